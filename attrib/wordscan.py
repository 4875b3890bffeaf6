"""``pattern.finditer`` for the lexicons' word patterns, tried only where one of their first words stands.

Most of the engine's large patterns (the reporting verbs, the info nouns, the collectives, the vague
cues) open with ``\\b`` and an alternation of words, and Python's ``re`` tries such a pattern at
every character of the text.  :func:`finditer` gives exactly the matches of
``pattern.finditer(text, pos, endpos)``, but calls ``pattern.match`` only at the starts of the words
that can open a match: the text's words are read once per document (one pass of ``\\w+``, a set
probe per word for every pattern at once), and each pattern keeps the starts of its own words.

Which words can open a match is read from the pattern itself (:func:`first_words`, on the parse tree
of ``re``): every way through the pattern must begin with ``\\b`` (or a look-behind excluding a word
character), then letters from a finite set of strings, and then something that ends the word (``\\b``,
a space, a non-word character).  A match then starts where a word of the text starts, and that whole
word is one of the set.  A pattern that is not of this shape is simply run as before.  Under
IGNORECASE the words are compared lower-cased, and a word with a non-ASCII character is always tried
(``re`` folds some of them, such as the long s, onto ASCII letters).

Equivalence: ``finditer`` returns the leftmost match, then searches on from its end; a search is
``match`` tried at each position in turn.  Trying ``match`` only at the positions where it can
succeed, in order and from the end of the last match, gives the same matches.  The window's end
(``endpos``) can cut a word short, and the cut word is tried too.  tests/test_wordscan.py compares
the two on the corpora, in whole documents and in windows.

Reading a pattern's words costs tens of milliseconds: they are kept in the cache folder
(``wordscan-*.marshal``), and without it they are read only from a process's ninth text on, so that
checking one article does not wait for them.  ``ATTRIB_WORDSCAN=0`` runs every pattern as before.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate, compress
import _thread
import os
import re
TYPE_CHECKING = False  # typing is not imported at run time
if TYPE_CHECKING:
    from typing import Dict, List, Optional

_WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_MAX_STRINGS = 20_000  # strings of a pattern's opening words, at most (past that: not analysed)


class _Unknown(Exception):
    """The pattern is not of the shape :func:`first_words` reads."""


def _parser():
    p = getattr(re, "_parser", None)
    if p is None:  # Python < 3.11
        import sre_parse as p
    return p


def _name(op) -> str:
    return str(op).rsplit(".", 1)[-1]


def _is_word(c: str) -> bool:
    return _WORD_CHAR.match(c) is not None


def _chars(op: str, av, fold: bool):
    """The characters a LITERAL or a small IN consumes, or None."""
    if op == "LITERAL":
        cs = {chr(av)}
    elif op == "IN":
        cs = set()
        for o, a in av:
            o = _name(o)
            if o == "LITERAL":
                cs.add(chr(a))
            elif o == "RANGE" and a[1] - a[0] <= 64:
                cs.update(chr(x) for x in range(a[0], a[1] + 1))
            else:
                return None
    else:
        return None
    if fold:
        if not all(c.isascii() for c in cs):
            return None
        cs = {c.lower() for c in cs}
    return cs


def _first(items: list):
    """(op name, av) of the first item of ``items``, with groups without flags opened; None when empty."""
    while items:
        op, av = items[0]
        op = _name(op)
        if op == "SUBPATTERN":
            _g, add, dele, sub = av[-4:]
            if add or dele:
                return op, av
            items = list(sub.data) + list(items[1:])
            continue
        return op, av
    return None


def _non_word_first(op: str, av) -> bool:
    """Whether the item consumes at least one character and its first is never a word character."""
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, _hi, sub = av
        f = _first(list(sub.data))
        return lo >= 1 and f is not None and _non_word_first(*f)
    if op == "LITERAL":
        return not _is_word(chr(av))
    if op == "IN":
        for o, a in av:
            o = _name(o)
            if o == "LITERAL":
                if _is_word(chr(a)):
                    return False
            elif o == "CATEGORY":
                if _name(a) != "CATEGORY_SPACE":
                    return False
            else:
                return False
        return True
    if op == "BRANCH":
        return all((_first(list(alt.data)) is not None and _non_word_first(*_first(list(alt.data)))) for alt in av[1])
    return False


def _excludes_word(o, a) -> bool:
    """Whether a look-around's one item matches every word character (``\\w``, ``[\\w...]``)."""
    o = _name(o)
    if o == "IN":
        return any(_name(x) == "CATEGORY" and _name(y) == "CATEGORY_WORD" for x, y in a) and \
            not any(_name(x) == "NEGATE" for x, _ in a)
    return o == "CATEGORY" and _name(a) == "CATEGORY_WORD"


def _ends_word(items: list, depth: int = 0) -> bool:
    """Whether, right after a word character, what ``items`` match needs a non-word character next (or
    the end of the text): the word read so far is then whole."""
    if depth > 50 or not items:
        return False
    (op, av), rest = items[0], list(items[1:])
    op = _name(op)
    if op == "SUBPATTERN":
        _g, add, dele, sub = av[-4:]
        return not add and not dele and _ends_word(list(sub.data) + rest, depth + 1)
    if op == "BRANCH":
        return all(_ends_word(list(alt.data) + rest, depth + 1) for alt in av[1])
    if op == "AT":
        return _name(av) in ("AT_BOUNDARY", "AT_END", "AT_END_STRING")
    if op == "ASSERT_NOT":
        if av[0] == 1 and len(av[1].data) == 1 and _excludes_word(*av[1].data[0]):
            return True
        return _ends_word(rest, depth + 1)
    if op == "ASSERT":
        if av[0] == 1 and _ends_word(list(av[1].data), depth + 1):
            return True
        return _ends_word(rest, depth + 1)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, _hi, sub = av
        f = _first(list(sub.data))
        if f is None or not _non_word_first(*f):
            return False
        return lo >= 1 or _ends_word(rest, depth + 1)
    return _non_word_first(op, av)


def _alternatives(op: str, av, rest: list):
    """The item lists that a leading group (one that sets no flags) or branch stands for, each followed by
    ``rest``; None for any other item."""
    if op == "SUBPATTERN":
        _g, add, dele, sub = av[-4:]
        if add or dele:
            raise _Unknown
        return [list(sub.data) + rest]
    if op == "BRANCH":
        return [list(alt.data) + rest for alt in av[1]]
    return None


def _union(results):
    """The union of (words, letters) pairs."""
    words, letters = set(), set()
    for w, l in results:
        words |= w
        letters |= l
    return words, letters


def _runs(items: list, opened: set, fold: bool):
    """(whole first words, first letters) of the matches of ``items`` after the open word prefixes
    ``opened`` (the word characters read so far; ``{""}`` right after the opening boundary): a match's
    first word is one of the words, or starts with one of the letters."""
    if not opened:
        return set(), set()
    if len(opened) > _MAX_STRINGS:
        raise _Unknown
    started = "" not in opened
    if started and _ends_word(items):
        return set(opened), set()
    if not items:
        if started:  # the word could go on after the match: known by its first letter only
            return set(), {w[0] for w in opened}
        raise _Unknown
    (op, av), rest = items[0], items[1:]
    op = _name(op)
    alts = _alternatives(op, av, rest)
    if alts is not None:
        return _union(_runs(a, opened, fold) for a in alts)
    if op in ("ASSERT", "ASSERT_NOT"):
        return _runs(rest, opened, fold)  # a look-around consumes nothing: passed over, the matches only grow
    if op == "AT":
        raise _Unknown
    if _non_word_first(op, av):
        if not started:
            raise _Unknown  # a match opening with a non-word character
        return set(opened), set()
    cs = _chars(op, av, fold)
    if cs is not None:
        closed, nxt = set(), set()
        for c in cs:
            if _is_word(c):
                nxt.update(p + c for p in opened)
            elif not started:
                raise _Unknown
            else:
                closed.update(opened)
        w, l = _runs(rest, nxt, fold)
        return closed | w, l
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, hi, sub = av
        if hi <= 3:
            return _union(_runs(list(sub.data) * k + rest, opened, fold) for k in range(lo, hi + 1))
    if started:
        return set(), {w[0] for w in opened}
    raise _Unknown


def _starts(items: list, fold: bool):
    if not items:
        raise _Unknown
    (op, av), rest = items[0], items[1:]
    op = _name(op)
    alts = _alternatives(op, av, rest)
    if alts is not None:
        return _union(_starts(a, fold) for a in alts)
    if op == "AT" and _name(av) == "AT_BOUNDARY":
        return _runs(rest, {""}, fold)
    if op == "ASSERT_NOT" and av[0] == -1 and len(av[1].data) == 1 and _excludes_word(*av[1].data[0]):
        return _runs(rest, {""}, fold)  # (?<![\w...]): no word character before
    raise _Unknown


def first_words(pattern: str, flags: int = 0):
    """(lower-cased?, whole words, first letters) that can open a match of a pattern, or None when it
    is not read: every match starts where a word of the text starts, and that word is one of the
    words or begins with one of the letters.

    >>> first_words(r"\\b(?:said|says)\\b")
    (False, ('said', 'says'), ())
    >>> first_words(r"\\b[Tt]he\\s+agency", re.IGNORECASE)
    (True, ('the',), ())
    >>> first_words(r"\\b[A-C]\\w+")
    (False, (), ('A', 'B', 'C'))
    >>> first_words(r"(?:\\d+)?\\bsaid") is None
    True
    """
    try:
        compiled = re.compile(pattern, flags)
        flags = compiled.flags
        if flags & (re.ASCII | re.LOCALE) or not isinstance(pattern, str):
            return None
        tree = _parser().parse(pattern, flags)
        fold = bool(flags & re.IGNORECASE)
        words, letters = _starts(list(tree.data), fold)
    except (_Unknown, RecursionError, re.error, AttributeError, TypeError, ValueError, IndexError):
        return None
    if "" in words or (not words and not letters):
        return None
    words = {w for w in words if w[0] not in letters}  # (a word whose letter is kept is tried anyway)
    return fold, tuple(sorted(words)), tuple(sorted(letters))


# ---- the scanners and the per-document word index --------------------------------------------------

class _Scanner:
    __slots__ = ("pattern", "fold", "words", "letters", "slot")

    def __init__(self, pattern, fold: bool, words, letters, slot: int):
        self.pattern, self.fold, self.slot = pattern, fold, slot
        self.words, self.letters = frozenset(words), frozenset(letters)


# id(pattern) -> (pattern, its scanner or None: run as before).  Keyed by id: a pattern's own hash
# reads its whole compiled code each time (microseconds for the verb pattern)
_SCANNERS: Dict[int, tuple] = {}
_ALL: List[_Scanner] = []
_TABLES: list = [None]  # the look-up tables of every scanner's words, rebuilt as scanners come
# (the text, its word index): one document at a time, replaced whole (threads may scan side by side)
_INDEX: list = [None]
_LOCK = _thread.allocate_lock()  # scanners are added under it


_EAGER_AFTER = 8  # texts: a pattern's words are read from its parse tree (tens of ms) from the ninth text on
_SEEN: list = [None, 0]  # the last text, how many texts were asked about


def _lazy_scanner(pattern, text: str) -> Optional[_Scanner]:
    """The pattern's scanner, once the analysis pays: when it is in the cache folder, or after a few texts
    (one article's check does not wait for it); None meanwhile (run as before)."""
    if _SEEN[0] is not text:
        _SEEN[0] = text
        _SEEN[1] += 1
    if _SEEN[1] > _EAGER_AFTER or _cached(pattern) is not None:
        return _scanner(pattern)
    return None


def _cached(pattern):
    from .cache import WORDSCANS

    return WORDSCANS.get((pattern.pattern, int(pattern.flags))) if isinstance(pattern.pattern, str) else None


def _analysis(pattern):
    from .cache import WORDSCANS

    if not isinstance(pattern.pattern, str):
        return None
    key = (pattern.pattern, int(pattern.flags))
    got = WORDSCANS.get(key)
    if got is not None:
        return None if got == "none" else (got[0], tuple(got[1]), tuple(got[2]))
    res = first_words(pattern.pattern, pattern.flags)
    WORDSCANS.put(key, "none" if res is None else (res[0], list(res[1]), list(res[2])))
    return res


def _scanner(pattern) -> Optional[_Scanner]:
    got = _SCANNERS.get(id(pattern))
    if got is not None and got[0] is pattern:
        return got[1]
    res = None if os.environ.get("ATTRIB_WORDSCAN", "1") == "0" else _analysis(pattern)
    with _LOCK:
        got = _SCANNERS.get(id(pattern))
        if got is not None and got[0] is pattern:
            return got[1]
        sc = None
        if res is not None:
            fold, words, letters = res
            # a pattern opening with any capitalised word is tried at each of them; one that may open
            # with any lower-case word too is no use here
            if not letters or not fold and all("A" <= c <= "Z" for c in letters):
                sc = _Scanner(pattern, fold, words, letters, len(_ALL))
        if sc is not None:
            _ALL.append(sc)
            _TABLES[0] = None  # (an index made before has no list for it: read again when asked)
        _SCANNERS[id(pattern)] = (pattern, sc)  # (the pattern is kept: its id stays its own)
    return sc


def _tables():
    t = _TABLES[0]
    if t is None:
        with _LOCK:
            t = _TABLES[0] = _make_tables()
    return t


def _make_tables():
    by_lower: Dict[str, tuple] = {}  # lower-cased word -> (the exact word, or None under IGNORECASE; slot)
    by_letters: Dict[frozenset, list] = {}  # a set of first letters -> the slots that open with them
    for sc in _ALL:
        for w in sc.words:
            k = w if sc.fold else w.lower()
            by_lower[k] = by_lower.get(k, ()) + ((None if sc.fold else w, sc.slot),)
        if sc.letters:
            by_letters.setdefault(sc.letters, []).append(sc.slot)
    letters = [(re.compile("[%s](?<!\\w[%s])" % ("".join(sorted(k)), "".join(sorted(k)))), v)
               for k, v in by_letters.items()]  # a word's first letter (a class first: re skips to it)
    return by_lower, letters, tuple(sc.slot for sc in _ALL if sc.fold), len(_ALL)


# a word holding a non-ASCII character: under IGNORECASE, always tried
_NON_ASCII_WORD = re.compile(r"(?<!\w)(?=\w*[^\W\x00-\x7f])\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _lowered(text: str):
    """(``text`` lower-cased, or None when that would move a character or change its kind (word or
    not); whether a word character of the text is not ASCII)."""
    low = text.lower()
    if text.isascii():
        return low, False
    non_ascii_word = False
    for c in set(_NON_ASCII.findall(text)):
        word = c.isalnum() or c == "_"
        non_ascii_word = non_ascii_word or word
        lc = c.lower()
        if word != (lc.isalnum() or lc == "_"):
            low = None
    if low is not None and len(low) != len(text):
        low = None
    return low, non_ascii_word


def _index(text: str) -> list:
    """For each scanner, the starts of the words of ``text`` that can open one of its matches, in order."""
    by_lower, letters, folding, n = _tables()
    lists: List[list] = [[] for _ in range(n)]
    low, non_ascii_word = _lowered(text)
    if low is None:  # a rare text whose lower-casing moves characters: a word at a time
        for m in _WORD.finditer(text):
            hits = by_lower.get(m.group().lower())
            if hits is not None:
                for exact, i in hits:
                    if exact is None or exact == m.group():
                        lists[i].append(m.start())
    else:
        # the words and what lies between them, their offsets summed, the words looked up: all at C speed
        parts = _WORD_SPLIT.split(low)
        offsets = list(accumulate(map(len, parts)))
        for k in compress(range(len(parts)), map(by_lower.__contains__, parts)):
            p = offsets[k - 1]  # (parts[0] is what stands before the first word, maybe "")
            w = None
            for exact, i in by_lower[parts[k]]:
                if exact is None:
                    lists[i].append(p)
                else:
                    if w is None:
                        w = text[p:offsets[k]]
                    if exact == w:
                        lists[i].append(p)
    merge = set()
    if folding and non_ascii_word:
        extra = [m.start() for m in _NON_ASCII_WORD.finditer(text)]
        if extra:
            for i in folding:
                lists[i].extend(extra)
                merge.add(i)
    for rx, slots in letters:
        extra = [m.start() for m in rx.finditer(text)]
        if extra:
            for i in slots:
                lists[i].extend(extra)
                merge.add(i)
    for i in merge:
        lists[i] = sorted(set(lists[i]))
    _INDEX[0] = (text, lists)
    return lists


def finditer(pattern, text: str, pos: int = 0, endpos: Optional[int] = None):
    """The matches of ``pattern.finditer(text, pos, endpos)`` (see the module's doc)."""
    got = _SCANNERS.get(id(pattern))
    sc = got[1] if got is not None and got[0] is pattern else _lazy_scanner(pattern, text)
    if sc is None or pos < 0 or endpos is not None and endpos < 0:
        return pattern.finditer(text, pos) if endpos is None else pattern.finditer(text, pos, endpos)
    n = len(text)
    end = n if endpos is None or endpos > n else endpos
    idx = _INDEX[0]
    lists = idx[1] if idx is not None and idx[0] is text else None
    if lists is None or sc.slot >= len(lists):
        lists = _index(text)
    starts = lists[sc.slot]
    i = bisect_left(starts, pos)
    j = bisect_left(starts, end, i)
    cands = starts[i:j]
    if pos < end < n:
        c, d = text[end - 1], text[end]
        if (c.isalnum() or c == "_") and (d.isalnum() or d == "_"):
            # the window's end cuts a word short: the cut word may be one of the pattern's
            p = end - 1
            while p > pos and (text[p - 1].isalnum() or text[p - 1] == "_"):
                p -= 1
            if p > pos or p == 0 or not (text[p - 1].isalnum() or text[p - 1] == "_"):
                w = text[p:end]
                if sc.fold:
                    hit = not w.isascii() or w.lower() in sc.words
                else:
                    hit = w in sc.words or w[0] in sc.letters
                if hit and (not cands or cands[-1] != p):
                    cands.append(p)
    out = []
    last = pos
    match = pattern.match
    for p in cands:
        if p >= last:
            m = match(text, p, end)
            if m is not None:
                out.append(m)
                last = m.end()
    return out
