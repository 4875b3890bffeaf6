"""Intervals: what range of values a figure states, and the wider range it is grouped by (rules group-rounding,
open bounds, a round number's tolerance)."""
from __future__ import annotations

import bisect
import math
import re
from typing import TYPE_CHECKING, List, Optional, Tuple

from ..measures import Lexicon
from ..model import Figure

if TYPE_CHECKING:  # the members carry intervals; values know nothing of claims
    from .claim import Member


# --------------------------------------------------------------------------------------------------
# Intervals


def figure_interval(f: Figure) -> Tuple[float, float]:
    """[low, high] of a figure widened by its round-number tolerance (open high = inf)."""
    v = f.value
    lo = f.low if f.low is not None else v
    hi = f.high if f.high is not None else (v if f.low is None else None)
    if lo is None and hi is None:
        return (-math.inf, math.inf)
    if lo is None:
        lo = hi
    tol = max(0.0, f.tolerance or 0.0)
    lo2 = lo * (1 - tol) if lo >= 0 else lo * (1 + tol)
    hi2 = math.inf if hi is None else (hi * (1 + tol) if hi >= 0 else hi * (1 - tol))
    return (lo2, hi2)


def _reach(f: Figure, lex: "Lexicon") -> Tuple[float, float]:
    """The interval a figure is grouped by: an open bound ("at least 478") reaches ``open_bound_reach`` above its
    number, not to infinity, so that "at least 478" and a later "842" stay two counts."""
    lo, hi = figure_interval(f)
    if hi == math.inf and lo != -math.inf and lo >= 0:
        hi = lo * (1 + lex.open_reach) * (1 + max(0.0, f.tolerance or 0.0)) ** 2
    unit = _stated_unit(f)
    if unit and f.hedge == "exact" and lo == hi and f.value is not None:
        # a decimal stated with a scale word is a rounding of the exact value: "$46.9 billion" may be the
        # $46.85 billion of another article, "45.5 million" the 45.51 million; half-open, so that 5.5 and 5.6
        # never meet (rule group-rounding)
        lo, hi = f.value - unit / 2, f.value + unit / 2 - unit * 1e-6
    return (lo, hi)


_NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?\s*(?:-\s*)?([a-zA-Z]+)?")


def _stated_unit(f: Figure) -> Optional[float]:
    """The place of the last digit written, in the figure's value, for a decimal with a scale word ("46.9
    billion" -> 0.1 billion); None otherwise."""
    m = _NUMERAL.search(f.text or "")
    if m is None or not m.group(1) or f.value is None:
        return None
    written = float(m.group(0)[:m.end(1) - m.start(0)].replace(",", ""))
    if not written:
        return None
    scale = f.value / written
    if scale < 1000:  # no scale word: "5.5 percent" is as exact as it says
        return None
    return scale * 10 ** -len(m.group(1))


_ROUND_CAP = 0.1  # as figures' round_tolerance_cap: a round number stands for at most 10 % either side


def _place(f: Figure) -> Optional[float]:
    """The place of the last digit an exact figure writes, in its value: "45.51 million" -> 10,000; "45 million"
    -> 1,000,000; "240,000" -> 10,000; "7.7 percent" -> 0.1; "eight per cent" -> 1. None for a hedged, ranged
    or valueless figure.

    >>> from types import SimpleNamespace as NS
    >>> _place(NS(text="45.51 million iPhones", value=45.51e6, low=45.51e6, high=45.51e6, hedge="exact"))
    10000.0
    >>> _place(NS(text="240,000 jobs", value=240000, low=240000, high=240000, hedge="exact"))
    10000.0
    """
    v = f.value
    if v is None or not v or f.hedge != "exact" or f.low != f.high or not math.isfinite(v):
        return None
    m = _NUMERAL.search(f.text or "")
    if m is None:  # a number word ("eight", "two million"): its trailing zeros
        digits, decimals = str(int(abs(v))) if float(v).is_integer() else "", ""
        if not digits:
            return None
        written = float(digits)
    else:
        decimals = m.group(1) or ""
        digits = m.group(0)[:m.end(1) - m.start(0)] if decimals else re.match(r"\d[\d,]*", m.group(0)).group(0)
        digits = digits.replace(",", "")
        written = float(digits)
        if not written:
            return None
    scale = abs(v) / written
    if decimals:
        return scale * 10 ** -len(decimals)
    return scale * 10 ** (len(digits) - len(digits.rstrip("0")))


def _compatible(f: Figure) -> Optional[Tuple[float, float]]:
    """The values a more precise figure may have for this one to be a rounding of it (rule group-rounding): half a
    place either side ("eight per cent" for 7.7 percent), and, when at least two digits are written, a cut too (a
    whole place above: "45 million" for 45.51 million, as journalists write it). At most 10 % either side."""
    u = _place(f)
    if u is None:
        return None
    v = float(f.value)
    half = min(u / 2, _ROUND_CAP * abs(v))
    up = u if u <= abs(v) / 10 else half
    return (v - half, v + up - u * 1e-6)


def _point(f: Figure) -> float:
    if f.value is not None:
        return float(f.value)
    lo, hi = f.low, f.high
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return float(lo if lo is not None else (hi if hi is not None else 0))


def overlaps(a: Tuple[float, float], b: Tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _strict(f: Figure) -> Tuple[float, float]:
    """The interval a figure states: its hedge's bounds and a decimal's rounding, without the tolerance a round
    number carries ("240,000" is 240,000 here, not 235,000 to 245,000)."""
    lo = f.low if f.low is not None else f.value
    hi = f.high if f.high is not None else (f.value if f.low is None else math.inf)
    if lo is None:
        return (-math.inf, math.inf)
    if hi is None:
        hi = math.inf
    unit = _stated_unit(f)
    if unit and lo == hi:
        lo, hi = lo - unit / 2, hi + unit / 2 - unit * 1e-6
    return (lo, hi)


def _sig_digits(v: Optional[float]) -> int:
    if v is None or not math.isfinite(v) or v == 0:
        return 0
    return len(f"{abs(v):.10g}".replace(".", "").strip("0"))


def _common(g: List[Member]) -> Tuple[float, float]:
    lo = max(m.interval[0] for m in g)
    hi = min(m.interval[1] for m in g)
    return (lo, hi) if lo <= hi else (min(m.interval[0] for m in g), max(m.interval[1] for m in g))


def _width(iv: Tuple[float, float]) -> float:
    return iv[1] - iv[0] if math.isfinite(iv[0]) and math.isfinite(iv[1]) else math.inf


def is_range(m: "Member") -> bool:
    """A stated range ("62.7 to 62.9 percent", "between $76 billion and $78 billion") is its own statement: a value
    inside it agrees with it but is not it (rule group-range)."""
    return m.figure.hedge == "range"


def _member_compatible(x: "Member", y: "Member") -> bool:
    """Whether two figures may state one value: their intervals overlap, or the less precisely written one may be a
    rounding (or a cut) of the other (rule group-rounding)."""
    if x.interval[0] <= y.interval[1] and y.interval[0] <= x.interval[1]:
        return True
    px = x.place if x.place is not None else _width(x.interval)
    py = y.place if y.place is not None else _width(y.interval)
    if px == py:
        return False
    rough, fine = (x, y) if px > py else (y, x)
    c = rough.compatible
    return c is not None and c[0] <= fine.interval[1] and fine.interval[0] <= c[1]


def _span(g: List["Member"]) -> Tuple[float, float]:
    los = [min(m.interval[0], m.compatible[0]) if m.compatible else m.interval[0] for m in g]
    his = [max(m.interval[1], m.compatible[1]) if m.compatible else m.interval[1] for m in g]
    return min(los), max(his)


def _spans_meet(g: List["Member"], h: List["Member"]) -> bool:
    a, b = _span(g), _span(h)
    return a[0] <= b[1] and b[0] <= a[1]


def groups_compatible(g: List["Member"], h: List["Member"]) -> bool:
    """Whether two groups of figures may be one claim by value: their common intervals overlap, or every figure of
    one may state one value with every figure of the other (``_member_compatible``, over distinct figures)."""
    if {is_range(m) for m in g} != {is_range(m) for m in h}:
        return False
    if {m.where for m in g if m.sentence >= 0} & {m.where for m in h if m.sentence >= 0}:
        return False  # two figures of one sentence are two statements (rule group-one-sentence)
    gl, gh = _common(g)
    hl, hh = _common(h)
    if gl <= hh and hl <= gh:
        return True
    if not _spans_meet(g, h):  # cheap: no value of one may be a rounding of any value of the other
        return False

    def distinct(ms):
        return list({(m.interval, m.place, m.compatible): m for m in ms}.values())
    dg, dh = distinct(g), distinct(h)
    return all(_member_compatible(x, y) for x in dg for y in dh)


def _cluster(members: List["Member"]) -> List[List["Member"]]:
    """Ranges and single values apart (rule group-range), each grouped by ``_cluster_values``."""
    return _cluster_values([m for m in members if not is_range(m)]) + _cluster_values([m for m in members if is_range(m)])


def _cluster_values(members: List["Member"]) -> List[List["Member"]]:
    """Figures of one measure into groups of compatible values (rule group-rounding).

    The most precise figures come first (the last written digit's place: "45.51 million" before "45.5 million"
    before "45 million"; then the narrowest interval) and each *anchors* a group; a figure joins the group whose
    common interval (the intersection of all its members) overlaps its own, or, when every member of the group is
    written more precisely, overlaps the values it may be a rounding of (``_compatible``); the nearest anchor
    first. So a value written with fewer digits joins the precise value it was rounded or cut from, whatever order
    the files come in; two values written to the same place join only when their intervals overlap (45.5 and 45.6
    million never do); and a chain of overlaps cannot stretch one group from 100 to 1,000.

    >>> from types import SimpleNamespace as NS
    >>> def fig(text, v):
    ...     f = NS(text=text, value=v, low=v, high=v, hedge="exact")
    ...     return NS(figure=f, interval=(v, v), key=(text, 0, 0), place=_place(f), compatible=_compatible(f),
    ...               sentence=-1, where=(text, -1))
    >>> groups = _cluster_values([fig("45 million", 45e6), fig("45.5 million", 45.5e6), fig("45.51 million", 45.51e6),
    ...                    fig("45.6 million", 45.6e6)])
    >>> [[m.figure.text for m in g] for g in groups]
    [['45.51 million', '45.5 million', '45 million'], ['45.6 million']]
    """
    def precision(m: "Member") -> float:
        return m.place if m.place is not None else _width(m.interval)

    anchors: List[Tuple[float, int]] = []  # (low of the anchor's reach, group index), sorted
    wide: List[int] = []  # groups whose anchor has no finite interval: always looked at
    reach = 0.0  # the widest finite anchor reach so far
    groups: List[Tuple[List["Member"], List[float], float, float]] = []  # members, common box, anchor point, place
    sentences: List[set] = []  # the sentences each group's members stand in (rule group-one-sentence)
    for m in sorted(members, key=lambda m: (precision(m), _width(m.interval), _point(m.figure), m.interval[0],
                                            m.key)):
        lo, hi = m.interval
        comp = m.compatible
        slo, shi = (min(lo, comp[0]), max(hi, comp[1])) if comp else (lo, hi)
        p, prec = _point(m.figure), precision(m)
        if math.isfinite(slo) and math.isfinite(shi):
            cands = anchors[bisect.bisect_left(anchors, (slo - reach, -1)):bisect.bisect_right(anchors, (shi, len(groups)))]
        else:
            cands = anchors
        best = None
        for _, gi in [*cands, *((0.0, g) for g in wide)]:
            ms, box, ap, gp = groups[gi]
            if m.sentence >= 0 and m.where in sentences[gi]:
                continue  # "one in Colombia and one in St. Vincent": two figures of one sentence, two statements
            if box[0] <= hi and lo <= box[1] or comp and gp < prec and box[0] <= comp[1] and comp[0] <= box[1]:
                cand = (abs(ap - p), gi)
                if best is None or cand < best:
                    best = cand
        if best is None:
            if math.isfinite(slo) and math.isfinite(shi):
                bisect.insort(anchors, (slo, len(groups)))
                reach = max(reach, shi - slo)
            else:
                wide.append(len(groups))
            groups.append(([m], [lo, hi], p, prec))
            sentences.append({m.where})
        else:
            ms, box, ap, gp = groups[best[1]]
            ms.append(m)
            sentences[best[1]].add(m.where)
            if box[0] <= hi and lo <= box[1]:
                box[0], box[1] = max(box[0], lo), min(box[1], hi)
            groups[best[1]] = (ms, box, ap, max(gp, prec))
    return [g[0] for g in groups]
