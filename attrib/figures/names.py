"""Numbers that are no figure because they are part of a name: compounds, product names, scores,
numbers set inside a capitalised name."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Optional

from .lex import _Lex
from .raw import _Raw
from .rx import rx


def _compound(text: str, r: _Raw, L: _Lex) -> bool:
    m = rx(r"[A-Za-z]+(?:-[A-Za-z]+)+").match(text[r.start:r.start + 40])
    return bool(m) and m.group().lower() in L.number_compounds


_CAMEL = re.compile(r"(?:^|\s)([A-Za-z]*[a-z][A-Z][A-Za-z]*)\s$")
_NAME_BEFORE = re.compile(r"(\S*)\s+([A-Za-z][\w-]*)\s$")
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _tail_word(before: str) -> str:
    """The letters that end ``before`` once its trailing white space is stripped ("" if none): a cheap
    necessary condition for the patterns anchored at the end of the text before a number."""
    t = before.rstrip()
    i = len(t)
    while i and t[i - 1].isalpha():
        i -= 1
    return t[i:]


def _has_camel(w: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(w, w[1:]))


def _camel_before(before: str, tail: Optional[str] = None) -> bool:
    """A word with a capital inside it just before: a product name ("iPhone 7", "PlayStation 5")."""
    if not before[-1:].isspace() or not _has_camel(_tail_word(before) if tail is None else tail):
        return False  # the cheap test first: the word before has no capital inside it
    m = _CAMEL.search(before)
    return bool(m)


_RE_CALL_SIGN_BEFORE = re.compile(r"(?:^|[\s(])[KW][A-Z]{2,3}(?:-TV|-FM)?\s$")
# what a count is followed by: a percent sign or a noun ("WHO 12 cases" is no station), not a preposition
_RE_COUNTED_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)|\s+(?!(?:at|on|in|from|and|or|that|to|about|after|before|"
                               r"during|with|by|for|said|says|reported|told|news|found|finds|shows|showed|show|obtained|poll|survey)\b)[a-z]")
_RE_STATION_AFTER = re.compile(r"\s(?:News|Action\s+News|Eyewitness\s+News|NewsChannel|Now|Live|TV)\b")


def _station(before: str, after: str, token: str) -> bool:
    """A channel number in a broadcaster's name: call letters and a channel ("KVLR 12", "WXYZ-TV 7"), or a
    channel and "News" ("8 News", "12 News Now")."""
    if not re.fullmatch(r"\d{1,2}", token):
        return False
    return bool(_RE_CALL_SIGN_BEFORE.search(before) and not _RE_COUNTED_AFTER.match(after)) \
        or bool(_RE_STATION_AFTER.match(after))


def _score(text: str, body: int, r: _Raw, L: _Lex, before: str, after: str) -> bool:
    """'won 3-1', 'a 2-0 defeat', 'beat them 4-2': two small numbers joined by a dash near a word of sport."""
    small = rx(r"\d{1,2}").fullmatch(r.token)
    pair = rx(r"[-\u2013]\d{1,2}(?!\d|[.,]\d)").match(after) if small else None
    back = rx(r"(?<![\d.,])\d{1,2}[-\u2013]$").search(before) if small and before[-1:] in ("-", "\u2013") else None
    if not (pair or back):
        return False
    window = text[max(body, r.start - 60):r.end + 40].lower()
    return any(w in L.sport_words for w in rx(r"[a-z][a-z-]*").findall(window))


def _after_name(text: str, body: int, s: int, L: _Lex) -> bool:
    """A number glued by a space to a capitalised word inside a sentence is part of a name."""
    t = text[max(body, s - 40):s]
    if not t[-1:].isspace() or not t[:-1].split() or t[:-1].split()[-1][:1] not in _ASCII_UPPER:
        return False  # the cheap test first: no capitalised word just before
    m = _NAME_BEFORE.search(t)
    if not m or not m.group(2)[0].isupper() or not m.group(2)[1:].islower():
        return False
    g1 = m.group(1)
    in_name = rx(r"[A-Z][a-z]+").fullmatch(g1) is not None and g1.lower() not in L.unit_stop \
        and g1.lower() not in L.weekdays and g1.lower() not in L.months and g1.lower() not in L.name_number_stop
    if not (text[s:s + 1].isupper() or in_name or rx(r"(?:the|a|an|its|their|his|her|\d[\d,.]*)").fullmatch(g1)):
        return False  # "send Ukraine four more": a name stands before a number, not in it; "Police Lodge 3" is one
    m = rx(r"([A-Za-z][\w-]*)\s$").search(text[max(body, s - 30):s])
    w = m.group(1).lower()
    if w in L.months or w in L.label_words or w in L.name_number_stop or len(w) < 3:
        return False
    start = s - len(m.group(1)) - 1
    pre = text[max(body, start - 3):start]
    if start <= body or rx(r"(?:[.!?:\n\u2022\u201c\"]\s*|^\s*)$").search(pre) or \
            L.re_percent.match(rx(r"^[\d.,]+").sub("", text[s:s + 24])):
        return False  # the capitalised word opens the sentence
    return True


