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
            or (a.kind == b.kind == "quantity" and a.unit_name is not None and a.unit_name == b.unit_name) \
            or (a.kind == "count" and b.kind in ("money", "quantity", "percent") and a.value is not None and
                "unit-from-subject" in a.rules and
                rx(r"^\s*[-\u2013\u2014]\s*$").match(text[a.end:b.start]))  # "the band is 186,000 - 312,000 dollars"
        kinds_ok = a.kind in _COUNTABLE and (b.kind in _COUNTABLE or b.kind == "duration" and a.kind == "count") \
            or a.kind == b.kind == "duration" and a.unit is None  # "by 20 to 30 minutes", "eight to 10 hours"
        joiner = _RANGE_JOIN.match(gap)
        if not joiner and _comma_range(text, a, b):
            joiner = True  # "going 60, 65 miles per hour", "maybe 15, 20 shots": a spoken range
        between = rx(r"\bbetween\s+$", re.IGNORECASE).search(text[max(0, a.start - 10):a.start])
        word = gap.strip().lower()
        small_or = word == "or" and a.value < b.value <= a.value * 2 and b.value <= 100
        if word in ("to", "-to-") and not between and _change_from(text, a, L):
            a.change = b.change = "level"  # "prices rose from £40 to £55": where it stood, and where it stands
            a.rules.append("not-range")
            if rate_end:  # "from $4.20 to $4.85 per 1,000 gallons": the first level has the same denominator
                a.unit, a.unit_name = b.unit, b.unit_name or a.unit_name
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


_LIST_BEFORE = re.compile(r"(?:\d|\b(?:the|those|these|all|of|and|or|[A-Z][a-z]+))[,\s]*$")


def _comma_range(text: str, a: _Raw, b: _Raw) -> bool:
    """Two numbers set side by side with a comma, the second a little above the first, before one noun: a range
    as people speak it ("60, 65 miles per hour", "maybe 15, 20 shots", "fourteen, fifteen thousand"). Not a
    list ("3, 4, 5 and 6"), not a part after its whole ("Of the 12, 15 were"), not after a name ("Smith, 54")."""
    if text[a.end:b.start] != ", " or a.unit is not None or a.kind != "count" or a.group != b.group \
            or a.hedge not in ("exact", "approximately") or b.hedge != "exact":
        return False
    scale = _word_scale(b) if a.group == "words" else 1.0
    lo = a.value * scale if a.value < scale else a.value  # "fourteen, fifteen thousand": 14,000 to 15,000
    if not (lo < b.value <= 2 * lo):
        return False
    if _LIST_BEFORE.search(text[max(0, a.start - 20):a.start]) and not a.hedge == "approximately" and \
            not rx(r"\b(?:going|doing|maybe|perhaps|about|around|say)\s+$", re.IGNORECASE).search(text[max(0, a.start - 12):a.start]):
        return False
    return not rx(r"^[^.;:!?\n]{0,40}?(?:,|\band\b|\bor\b)\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)",
                  re.IGNORECASE).match(text[b.end:b.end + 48]) if b.unit is None else \
        not rx(r"^\s*(?:,|and|or)\s*\d").match(text[b.end:b.end + 10])


def _word_scale(b: _Raw) -> float:
    """The scale word of "fifteen thousand" (1,000); 1 when it has none."""
    from .lex import _lex
    from .numbers import _words_value
    L = _lex()
    words = b.token.split()
    if len(words) > 1 and words[-1].lower() in L.word_scales:
        v, _ = _words_value(" ".join(words[:-1]), L)
        if v:
            return b.value / v
    return 1.0


def _change_from(text: str, a: _Raw, L: _Lex) -> bool:
    """'rose from £40 to £55', 'fell from 5.7% to 5.2%', 'raise the volume charge from $4.20 to $4.85', 'cut the
    forecast from 3% to 2%': a verb of change (or one that sets its object) before 'from', its particle or a
    short object between, so the two numbers are two levels, not a range. A verb of range ('ranging from')
    or 'between' on the way is none."""
    m = rx(r"([A-Za-z]+)(?:\s+(?:up|down|sharply|steadily|slightly))?\s+from\s+$").search(text[max(0, a.start - 40):a.start])
    if m and m.group(1).lower() in L.change_verbs:
        return True
    if not rx(r"\bfrom\s+$").search(text[max(0, a.start - 8):a.start]):
        return False
    clause = rx(r"[.;:!?()]\s|,\s|\n").split(text[max(0, a.start - 120):a.start])[-1]
    words = rx(r"[A-Za-z][A-Za-z'-]*").findall(clause)[:-1][-14:]  # the words before "from", "from" left out
    for w in reversed(words):
        w = w.lower()
        if w in ("ranging", "range", "ranges", "ranged", "varying", "vary", "varies", "varied", "between",
                 "anywhere", "spanning", "extending", "stretching", "lasting", "aged", "ages", "of", "with",
                 "while", "whereas", "who", "which", "that", "for"):
            return False
        if w in L.change_verbs or w in L.causative_verbs:
            return True
    return False
