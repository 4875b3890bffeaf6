"""Two numbers read as one figure: ranges, ratios ("one in five"), conversions in parentheses; and the
pairs that are no range (rival counts, a change then a level)."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List

from .hedges import _apply_hedge
from .lex import _Lex
from .numbers import _base
from .raw import _Raw
from .rx import rx


_RANGE_JOIN = re.compile(r"^\s*(?:[-\u2013\u2014]|to|and|or|-to-)\s*$", re.IGNORECASE)


_COUNTABLE = ("count", "quantity", "money", "percent")


def _merge_ranges(text: str, raws: List[_Raw], L: _Lex) -> List[_Raw]:
    """Two numbers joined into one figure.

    Ranges: '10,000-12,000', 'between 300 and 400 people', 'from 5 to 7 million', '$2-3 billion',
    'three or four ships', 'two to three weeks'. Ratios: 'one in five adults', '4 out of 10 voters'.
    The lower end inherits the scale of the upper ('5 to 7 million' is 5 million to 7 million).
    """
    out: List[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        b = raws[i + 1] if i + 1 < len(raws) else None
        if b is None or a.value is None or b.value is None or a.hedge not in ("exact", "approximately") and not (
                a.hedge in ("nearly", "more_than", "up_to") and rx(r"\s+(?:in|out\s+of)\s+").fullmatch(text[a.end:b.start])):
            out.append(a)
            i += 1
            continue
        gap = text[a.end:b.start]
        # a conversion in parentheses restates the figure before it: "5 miles (8 km)", "$46.85bn (£38.44bn)";
        # both stay figures (each is written as a number), the second names the first in ``restates``
        if a.kind in ("quantity", "money") and a.kind == b.kind and rx(r"\s*\(\s*(?:about|around|roughly|some|or|c\.)?\s*", re.IGNORECASE).fullmatch(gap) \
                and rx(r"\s*\)").match(text[b.end:b.end + 3]) and (a.dimension == b.dimension or a.kind == "money"):
            b.restates = (a.start, a.end)
            b.change = b.change or a.change
            b.rules.append("conversion")
        # rival counts, not a range: "(4,000 to 11,000)" alone in parentheses, the second at least twice the first
        if a.kind == b.kind == "count" and a.unit is None and b.unit is None and gap.strip().lower() == "to" \
                and text[max(0, a.start - 1):a.start] == "(" and text[b.end:b.end + 1] == ")" and b.value >= 2 * a.value:
            a.rules.append("rival-counts")
            b.rules.append("rival-counts")
            out += [a, b]
            i += 2
            continue
        # ratios: "one in five adults", "4 out of 10 voters"
        if a.kind == "count" and a.unit is None and b.kind == "count" and rx(r"\s+(?:in|out\s+of)\s+").fullmatch(gap) \
                and b.value and a.value <= b.value and b.hedge == "exact":
            b.start, b.kind, b.rules = a.start, "ratio", b.rules + ["ratio"]
            b.value = b.low = b.high = a.value / b.value
            b.hedge, b.tolerance = "exact", 0.0
            b.unit_name, b.dimension = "ratio", "ratio"
            if a.hedge != "exact":  # "nearly one in four adults"
                _apply_hedge(b, a.hedge, L)
            out.append(b)
            i += 2
            continue
        rate_end = a.unit and b.unit and b.unit.startswith(a.unit + " per ") and a.kind == b.kind
        same_unit = a.unit is None or rate_end or (a.kind == b.kind and a.kind in ("percent", "money") and a.unit == b.unit) \
            or (a.kind == "money" and b.kind == "count" and b.unit is None) \
            or (a.kind == b.kind == "quantity" and a.unit_name is not None and a.unit_name == b.unit_name)
        kinds_ok = a.kind in _COUNTABLE and (b.kind in _COUNTABLE or b.kind == "duration" and a.kind == "count")
        joiner = _RANGE_JOIN.match(gap)
        between = rx(r"\bbetween\s+$", re.IGNORECASE).search(text[max(0, a.start - 10):a.start])
        word = gap.strip().lower()
        small_or = word == "or" and a.value < b.value <= a.value * 2 and b.value <= 100
        if word in ("to", "-to-") and not between and _change_from(text, a, L):
            a.change = b.change = "level"  # "prices rose from £40 to £55": where it stood, and where it stands
            a.rules.append("not-range")
            out.append(a)
            i += 1
            continue
        if a.change == "change" and word in ("to", "-to-") and not between and \
                (b.value > 3 * a.value or rx(r"\b(?:by|of)\s+$").search(text[max(0, a.start - 6):a.start])
                 and b.value <= a.value):  # but "growth of 2 to 2.5 percent" is a range
            b.change = "level"  # "a drop of 18,000 to 239,000": how much it moved, and where it stands
            out.append(a)
            i += 1
            continue
        if kinds_ok and same_unit and (joiner and (word != "and" or between) or small_or):
            lo = a.value
            base_b = _base(b.token)
            if base_b and b.value / base_b > 1 and a.value < base_b and a.group == "digits" and "," not in a.token \
                    and not rx(r"[a-zA-Z]").search(a.token):
                lo = a.value * (b.value / base_b)  # "5 to 7 million", "$2-3 billion"
            elif a.group == "words" and b.group == "words":
                sc = rx(r"(\w+)$").search(b.token).group(1).lower()
                if sc in L.word_scales and a.value < L.scales[sc]:
                    lo = a.value * L.scales[sc]  # "between one and two million"
            if lo <= b.value:
                b.start = a.start - (len(between.group()) if between else 0)
                b.low, b.high = lo, b.high if b.high is not None else b.value
                b.value = None if b.hedge == "exact" else b.value
                b.hedge = "range"
                b.rules.append("range")
                if a.kind == "money" and b.kind == "count":
                    b.kind, b.unit = "money", a.unit
                    b.unit_written, b.unit_name, b.dimension, b.currency = \
                        a.unit_written, a.unit_name, a.dimension, a.currency
                elif b.kind == "duration":
                    b.rules.append("duration-range")
                b.tolerance = 0.0
                out.append(b)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _change_from(text: str, a: _Raw, L: _Lex) -> bool:
    """'rose from £40 to £55', 'fell from 5.7% to 5.2%': a verb of change before 'from' (its particle
    between), so the two numbers are two levels, not a range."""
    m = rx(r"([A-Za-z]+)(?:\s+(?:up|down|sharply|steadily|slightly))?\s+from\s+$").search(text[max(0, a.start - 40):a.start])
    return bool(m) and m.group(1).lower() in L.change_verbs
