"""Roles: who "the mayor", "the senator" or "the candidate" is.

A role anaphor refers back to the person the text introduced in that role, whether or not that person
made a statement before: a title before the name ("Mayor Arthur Penn", "Sen. Ada Voss"), a role word
before it in lower case ("challenger Omar Lindgren"), or an apposition after or before it ("Dana Reyes,
the county's top prosecutor," / "the county's top prosecutor, Dana Reyes,"). The vocabulary (titles,
role nouns, abbreviations, synonyms, hypernyms) is data in ``names.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, FrozenSet, List, Optional, Tuple

from ..lexicon import lexicon
from .lexicon import _lex

_PERSON = r"[A-Z][\w\u2019'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w\u2019'-]+){1,2}"


class _Roles:
    """The role vocabulary of ``names.yaml``, compiled once."""

    def __init__(self):
        names = lexicon("names")
        L = _lex()
        self.abbrev: Dict[str, str] = {k.lower(): v.lower() for k, v in (names.get("role_abbreviations") or {}).items()}
        self.synonyms: Dict[str, FrozenSet[str]] = {}
        for key, group in (names.get("role_synonyms") or {}).items():
            g = frozenset(w.lower() for w in [key, *group])
            for w in g:
                self.synonyms[w] = g
        self.hypernyms = {k.lower(): frozenset(w.lower() for w in v)
                          for k, v in (names.get("role_hypernyms") or {}).items()}
        self.prefixes = {w.lower() for w in names.get("role_prefixes") or []}
        self.voices = {w.lower() for w in names.get("body_voices") or []}
        self.anonymous = {w.lower() for w in names.get("anonymous_roles") or []} | self.voices
        self.words = (L.titles | L.role_nouns | self.prefixes) - {"the", "of", "state", "house", "white", "first"}
        role = "|".join(sorted((re.escape(w) for w in self.words if w.isalpha()), key=lambda w: (-len(w), w)))
        # "Dana Reyes, the county's top prosecutor," / "Omar Lindgren, a challenger"
        self.re_after = re.compile(
            rf"(?<![\w.])({_PERSON}),\s+(?:the|a|an|its|his|her|their|[A-Z]?[a-z]+[\u2019']s)\s+"
            rf"(?:[\w\u2019'-]+\s+){{0,4}}({role})(?=\s*[,.;)]|\s+(?:of|for|at|in|on|with|and)\b)")
        # "the county's top prosecutor, Dana Reyes," / "challenger Omar Lindgren"
        self.re_before = re.compile(rf"\b({role}),?\s+({_PERSON})\b")

    def canon(self, word: str) -> str:
        w = word.lower().strip(".,")
        return self.abbrev.get(w, w)

    def matches(self, head: str, roles: FrozenSet[str]) -> bool:
        """Whether a person introduced with ``roles`` can be "the <head>" (a former one cannot)."""
        if roles & {"former", "ex", "ex-", "late", "retired", "then"}:
            return False
        head = self.canon(head)
        joined = " ".join(sorted(roles))
        want = set(self.synonyms.get(head, {head})) | set(self.hypernyms.get(head, ()))
        return any(w in roles or (" " in w and all(x in roles for x in w.split())) for w in want) or head in joined.split()


@lru_cache(maxsize=1)
def roles() -> _Roles:
    return _Roles()


def _titled(words: List[str]) -> Optional[Tuple[str, FrozenSet[str]]]:
    """("Arthur Penn", {"mayor"}) for the words of "Mayor Arthur Penn"; None if no title leads."""
    L, R = _lex(), roles()
    last = -1
    for i, w in enumerate(words[:-1]):
        if w.lower().rstrip(".,") in L.titles:
            last = i
    if last < 0:
        return None
    name = words[last + 1:]
    if "and" in name:  # "Gov. Alana Brisco and Republican leaders": a person's name ends at a coordination
        name = name[:name.index("and")]
    if not 1 <= len(name) <= 3 or not all(w[:1].isupper() for w in name) or \
            any(w.lower().strip(".,") in L.org_words or w.lower().rstrip(".,") in L.titles for w in name):
        return None
    return " ".join(re.sub(r"[\u2019']s$", "", w).rstrip(",.") for w in name), \
        frozenset(R.canon(w) for w in words[:last + 1])


def introduced_persons(doc) -> List[Tuple[int, str, FrozenSet[str]]]:
    """Every person the text introduces with a role, as (position, name, roles), in text order."""
    cached = getattr(doc, "_roles", None)
    if cached is not None:
        return cached
    L, R = _lex(), roles()
    text = doc.text
    out: List[Tuple[int, str, FrozenSet[str]]] = []
    for m in L.re_name.finditer(text):
        words = m.group().split()
        got = _titled(words)
        if got is not None:
            prefix = re.search(r"\b([a-z][\w-]*)\s+$", text[max(0, m.start() - 30):m.start()])
            extra = {prefix.group(1)} if prefix and prefix.group(1) in R.prefixes else set()
            out.append((m.start(), got[0], got[1] | frozenset(extra)))
    for m in R.re_after.finditer(text):
        out.append((m.start(1), m.group(1), frozenset({R.canon(m.group(2))})))
    for m in R.re_before.finditer(text):
        name = m.group(2).split()
        if any(w.lower().rstrip(".,") in L.titles or w.lower() in L.org_words for w in name):
            continue
        if re.search(r"\b(?:for|of|to|with|by|from|at|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\u2019'-]+\s+){0,2}$|"
                     r"\b[a-z]{3,}ing\s+(?:the|a|an)\s+(?:[\w\u2019'-]+\s+)?$", text[max(0, m.start(1) - 40):m.start(1)]):
            continue  # "a spokesman for the governor, Eli Brandvold", "a PAC backing the mayor, Safer Dunmore":
            # the governor is not Brandvold
        prev = re.search(r"([A-Za-z-]+)\s+$", text[max(0, m.start(1) - 20):m.start(1)])
        extra = {prev.group(1).lower()} if prev and prev.group(1).lower() in ("former", "ex", "late", "retired") else set()
        out.append((m.start(2), m.group(2), frozenset({R.canon(m.group(1))} | extra)))
    out.sort()
    doc._roles = out
    return out


def person_in_role(doc, head: str, pos: int) -> Optional[Tuple[str, int]]:
    """The latest person introduced before ``pos`` in a role that "the <head>" can name: (name, position)."""
    R = roles()
    for p, name, rs in reversed(introduced_persons(doc)):
        if p < pos and R.matches(head, rs):
            return name, p
    return None


def known_roles(doc, name: str) -> FrozenSet[str]:
    """The roles the text gives a person ("Arthur Penn" -> {"mayor"}), empty if none."""
    out: set = set()
    for _, n, rs in introduced_persons(doc):
        if n == name or n.split()[-1] == name.split()[-1] and len(name.split()) == 1:
            out |= rs
    return frozenset(out)
