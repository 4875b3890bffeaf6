"""Compile a word list into one trie-shaped regular expression.

A plain alternation of a thousand aliases makes the regex engine try every alternative at every
position; a trie shares prefixes so each position costs a few character tests.

>>> import re
>>> p = re.compile(trie_pattern(["General Staff", "General Staff of Ukraine", "Gallup"]))
>>> p.match("General Staff of Ukraine").group()
'General Staff of Ukraine'
"""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, Iterable

_END = ""


def alternation(words: Iterable[str]) -> str:
    """A plain regex alternation of the words, longest first (for short lists and for lists whose entries
    hold their own patterns' punctuation, where a trie buys nothing).

    >>> alternation(["a", "ab", "b"])
    'ab|a|b'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def trie_pattern(words: Iterable[str], fold_case: bool = False) -> str:
    """A regex source matching exactly the given words, longest first at each branch.

    Under the ``attrib`` command the sources are kept in the user's cache (:mod:`attrib.cache`).
    """
    from .cache import TRIES, enabled

    if not enabled():
        return _trie(words, fold_case)
    words = sorted(set(words))  # the pattern does not depend on the order (a set's differs by process)
    key = ("\x00".join(words), fold_case)
    got = TRIES.get(key)
    if got is None:
        got = _trie(words, fold_case)
        TRIES.put(key, got)
    return got


def _trie(words: Iterable[str], fold_case: bool) -> str:
    root: Dict = {}
    for w in words:
        if not w:
            continue
        node = root
        for ch in (w.lower() if fold_case else w):
            node = node.setdefault(ch, {})
        node[_END] = True
    return _emit(root) or "(?!)"


def _emit(node: Dict) -> str:
    end = _END in node
    branches = []
    singles = []
    for ch in sorted(k for k in node if k != _END):
        sub = _emit(node[ch])
        if sub:
            branches.append(re.escape(ch) + sub)
        else:
            singles.append(re.escape(ch))
    if singles:
        branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a longer word wins over its own prefix: try the continuation first, then stop here
    return f"(?:{body})?" if end else body
