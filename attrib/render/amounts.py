"""Numbers as they were written: no float artefacts, no exponents, intervals instead of midpoints.

The figures' bounds are computed (``about 12,000`` is 12,000 less and more 10 %), so a bound can be
``13200.000000000002``. Every format prints numbers through :func:`clean`, which rounds to 12
significant digits (far more than any news figure is written with) and gives an ``int`` when the
number is whole; :func:`fmt` adds thousands separators and never an exponent.

    >>> clean(13200.000000000002), clean(6600.000000000001), clean(0.1 + 0.2)
    (13200, 6600, 0.3)
    >>> fmt(13200.000000000002), fmt(2.5e9), fmt(0.000125)
    ('13,200', '2,500,000,000', '0.000125')
    >>> interval(10800, 13200.000000000002), interval(20000, None), interval(None, 5e6)
    ('10,800–13,200', '≥ 20,000', '≤ 5,000,000')
"""
from __future__ import annotations

import math
from decimal import Decimal
from typing import Optional, Union

Number = Union[int, float]
SIGNIFICANT = 12
DASH = "\u2013"


def clean(x) -> Optional[Number]:
    """``x`` rounded to 12 significant digits; an int when whole; None for None and non-finite."""
    if x is None or isinstance(x, bool):
        return x
    if isinstance(x, int):
        return x
    x = float(x)
    if not math.isfinite(x):
        return None
    if x == 0:
        return 0
    digits = SIGNIFICANT - 1 - int(math.floor(math.log10(abs(x))))
    r = round(x, digits)
    if r.is_integer() and abs(r) < 1e18:
        return int(r)
    return r


def fmt(x) -> str:
    """A number for people: thousands separators, no exponent, no artefacts; '' for None."""
    x = clean(x)
    if x is None:
        return ""
    if isinstance(x, int):
        return f"{x:,}"
    sign = "-" if x < 0 else ""
    whole, _, frac = format(Decimal(repr(abs(x))), "f").partition(".")
    return f"{sign}{int(whole):,}" + ("." + frac if frac else "")


def interval(low, high, sep: str = DASH) -> str:
    """``low–high``, ``≥ low`` or ``≤ high`` ('' when neither bound is known); one number when equal."""
    lo, hi = clean(low), clean(high)
    if lo is None and hi is None:
        return ""
    if hi is None:
        return f"\u2265 {fmt(lo)}"
    if lo is None:
        return f"\u2264 {fmt(hi)}"
    if lo == hi:
        return fmt(lo)
    return f"{fmt(lo)}{sep}{fmt(hi)}"


def amount(value, low, high) -> str:
    """What a figure amounts to: the value as written, with its interval when it is not exact;
    the interval alone when no value was written (``hundreds`` is 200–1,000, not 600)."""
    v, span = clean(value), interval(low, high)
    if v is None:
        return span
    if span in ("", fmt(v)) or (v in (lo_hi := (clean(low), clean(high))) and None in lo_hi):
        return span or fmt(v)
    return f"{fmt(v)} ({span})"
