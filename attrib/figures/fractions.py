"""Fractions: "a quarter of voters", "two-fifths", "1/4", "half the country", and what they are of."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Optional

from .changes import _change
from .hedges import _hedge_before
from .lex import _Lex
from .raw import _Raw, _prev_word
from .units import _unit_after, _units
from .rx import rx


_RE_AFTER_BY_FRACTION = r"\s+(?:since|from|in|on|over|last|this|to|and|or|but|after|before|during|between|" \
    r"compared|against|than|while|as|because|within|at|a\s+year|each|every|per)\b"


def _by_fraction_ends(after: str) -> bool:
    """After "by a third": no noun follows ("cut by a third", "down by a fifth since 2019", "by a third last
    month"), as one would in "by a third party"."""
    return not rx(r"\s+[a-z]").match(after) or rx(_RE_AFTER_BY_FRACTION).match(after) is not None


def _is_fraction(text: str, body: int, m, L: _Lex) -> bool:
    """Is the fraction-word match a fraction ('a quarter of voters', 'two-fifths', 'roughly a third',
    'half the country') rather than an ordinal or a noun ('a third term', 'the first fiscal quarter',
    'four quarters', 'the eastern half')?"""
    tok = m.group()
    parts = rx(r"[-\s]+").split(tok.lower())
    word = parts[-1]
    numbered = len(parts) > 1
    before = text[max(body, m.start() - 40):m.start()]
    after = text[m.end():m.end() + 40]
    prev = _prev_word(text, m.start(), body)
    of_after = rx(r"\s+of\b").match(after)
    hedged = L.re_hedge_before.search(before)
    if rx(r"-\w").match(after):
        return False  # "a half-hour", "a quarter-final"
    if not numbered:  # a bare "half" may be one ("half the country"); "quarter", "third" need a numerator
        if word == "half" and prev == "by" and _by_fraction_ends(after):
            return True  # "cut by half"
        return word == "half" and bool(rx(r"\s+(?:of|the|its|their|his|her|our|all|that|this|those|these)\b", re.IGNORECASE).match(after)) \
            and prev not in L.half_not_after and not prev.endswith("ern") and prev not in L.ordinals
    numer = 1 if parts[0] in ("a", "an") else L.units.get(parts[0], L.tens.get(parts[0], 1))
    if numer >= L.fractions[word]:
        return False  # "four quarters", "two halves": whole periods or parts, not a fraction
    if parts[0] in ("a", "an"):  # "a quarter of", "roughly a third", "cut by a third"; not "a third term"
        return bool(of_after or hedged) or (prev == "by" and _by_fraction_ends(after))
    if word in L.time_units and not ("-" in tok or of_after):
        return False  # "two or three quarters": periods of time
    return "-" in tok or bool(of_after) or word.endswith("s") or bool(hedged)




def _fraction_words(text: str, body: int, r: _Raw, L: _Lex, before: str, after: str, prev: str) -> Optional[_Raw]:
    """'a quarter of voters', 'two-fifths', 'one-tenth of a point', 'three quarters', 'half the country'."""
    r.kind, r.unit_name, r.dimension = "ratio", "fraction", "ratio"
    r.rules.append("fraction")
    return _fraction_tail(text, body, r, L)


def _fraction_tail(text: str, body: int, r: _Raw, L: _Lex) -> _Raw:
    """The whole a fraction is taken of: 'of voters', 'of a percentage point' (a fraction of a point is percent)."""
    m = rx(r"\s+of\s+(?:(?:a|an|the|its|their|his|her|our|all|those|these)\s+)?", re.IGNORECASE).match(text[r.end:r.end + 40]) or (rx(r"\s+(?:the|its|their|his|her|our|all|those|these)\s+", re.IGNORECASE).match(text[r.end:r.end + 40]) if r.token.lower() == "half" else None)
    if m:
        pct = L.re_percent.match(" " + text[r.end + m.end():r.end + m.end() + 30])
        if pct:
            r.kind = "percent"
            r.unit = "percentage points" if "point" in pct.group().lower() else "percent"
            r.unit_written = pct.group().strip()
            r.unit_name = "percentage point" if "point" in pct.group().lower() else "percent"
            r.end = r.end + m.end() + pct.end() - 1
        else:
            at = r.end + m.end()
            sm = rx(r"([A-Za-z]+)\b").match(text[at:at + 20]) if rx(r"\b(?:a|an)\s+$").search(m.group()) else None
            if sm and sm.group(1).lower() in L.word_scales and sm.group(1).lower() != "dozen":
                r.value = r.low = r.high = r.value * float(L.scales[sm.group(1).lower()])
                r.kind, r.unit_name, r.dimension, r.scaled = "count", None, None, True  # "three-quarters of a
                r.end = at + sm.end()  # million people": 750,000 people
                r.rules.append("fraction-of-scale")
                _hedge_before(text, body, r, L)
                _units(text, body, r, L)
                r.change = _change(text, body, r, L)
                return r
            nm = rx(r"\d[\d,.]*\s+").match(text[at:at + 20])
            unit, uend = _unit_after(text, at + (nm.end() if nm else 0), min(len(text), at + 80), L, allow_of=False)
            if unit:
                r.unit = r.unit_written = unit
                if not nm:  # "almost half of the 3,000 employees": the count after it stays its own figure
                    r.end = uend
    _hedge_before(text, body, r, L)
    r.change = _change(text, body, r, L)
    return r
