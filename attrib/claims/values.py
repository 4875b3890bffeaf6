"""Intervals: what range of values a figure states, and the wider range it is grouped by (rules group-rounding,
open bounds, a round number's tolerance)."""
from __future__ import annotations

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
