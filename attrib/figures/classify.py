"""The kind of each raw figure: no-claim kinds (date, year, duration, time, age, ordinal), names that are
no figure (dropped), and for figures their sign, currency, glued unit, percent, hedge, unit and change."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Optional

from .changes import _change
from .fractions import _fraction_tail, _fraction_words
from .hedges import _hedge_before
from .kinds import DROP, _no_claim
from .lex import _Lex
from .names import _tail_word
from .numbers import _tolerance
from .raw import _Raw, _prev_word
from .units import _unit_before, _units
from .rx import rx


def _classify(text: str, body: int, r: _Raw, L: _Lex) -> Optional[_Raw]:
    s, e = r.start, r.end
    before = text[max(body, s - 60):s]
    after = text[e:e + 60]
    prev = _prev_word(text, s, body)
    if r.kind == "ordinal":
        if r.group == "ordd" and L.re_month_after.match(after):
            r.kind = "date"
        r.rules.append("ordinal")
        return r
    if r.group == "fracw":
        return _fraction_words(text, body, r, L, before, after, prev)
    if r.group == "fracd":
        if not (rx(r"[a-z]$").search(r.token) or rx(r"\s+of\b").match(after) or L.re_hedge_before.search(before)):
            return None  # "24/7", "9/11", "3/4" alone: names and dates, not fractions
        r.kind, r.unit_name, r.dimension = "ratio", "fraction", "ratio"
        r.rules.append("fraction")
        return _fraction_tail(text, body, r, L)
    decided = _no_claim(text, body, r, L, before, after, prev)
    if decided is DROP:
        return None
    if decided is not None:
        return decided
    # signs: "-2.1%", "minus 40 degrees"
    sign = rx(r"(?:^|(?<=[\s(\[:]))[-\u2212]$").search(before) \
        if r.group == "digits" and before[-1:] in ("-", "\u2212") else None
    tail = _tail_word(before).lower()
    word_sign = tail in ("minus", "negative") and rx(r"(?<!plus or )(?<!plus-or-)\b(?:minus|negative)\s+$", re.IGNORECASE).search(before)
    if (sign or word_sign) and r.value:
        r.value = -r.value
        r.low = r.high = r.value
        r.start = s - (1 if sign else len(word_sign.group()))
        r.rules.append("sign")
    elif r.group == "digits" and before.endswith("+") and rx(r"(?:^|(?<=[\s(\[:]))\+$").search(before):
        r.start = s - 1
        r.change = "change"  # "+235,000", "+0.2%": a change by its sign
        r.rules.append("sign")
    if r.group in ("digits", "words") and tail == "of" and rx(r"\bfactor\s+of\s+$", re.IGNORECASE).search(before):
        r.kind, r.unit, r.unit_written, r.unit_name, r.dimension = "ratio", "times", "factor of", "times", "ratio"
        r.rules.append("multiplier")  # "grew by a factor of four"
    if r.group == "digits" and r.token.startswith("."):
        r.kind, r.dimension = "ratio", "ratio"  # ".250": a proportion written without its zero
        r.rules.append("bare-decimal")
    # money before the number: "$5", "US$ 5", "€2bn", "RM45", "USD3m"
    cur = L.re_currency_before.search(text[max(body, r.start - 8):r.start])
    if cur and not r.glued:
        sign_w = cur.group().strip()
        c = L.tables.currency_of_sign(sign_w)
        r.kind = "money"
        r.unit = c.unit if c else "money"
        r.currency = c.code if c else None
        r.unit_written, r.unit_name, r.dimension = sign_w, (c.code if c else None), "currency"
        r.start = r.start - len(cur.group())
        r.rules.append("currency")
        if r.value and "sign" not in r.rules and rx(r"(?:^|(?<=[\s(\[:]))[-\u2212]$").search(text[max(body, r.start - 2):r.start]):
            r.value = -r.value  # "a balance of -$1,200"
            r.low = r.high = r.value
            r.start -= 1
            r.rules.append("sign")
    elif r.glued:
        kind, written = r.glued
        if kind == "unit":
            u = L.tables.unit(written)
            r.kind, r.unit, r.unit_written = "quantity", written, written
            r.unit_name, r.dimension = (u.name, u.dimension) if u else (None, None)
            r.rules.append("glued-unit")
        else:
            c = L.tables.minor_symbols[written]
            r.kind, r.unit, r.unit_written, r.currency = "money", c.minor or written, written, c.code
            r.unit_name, r.dimension = c.minor or written, "currency"
            r.rules.append("glued-minor-currency")
    pct = L.re_percent.match(text[r.end:r.end + 30])
    if pct and not r.glued:
        r.kind, r.dimension = "percent", "ratio"
        r.unit = "percentage points" if "point" in pct.group().lower() else "percent"
        r.unit_written = pct.group().strip()
        r.unit_name = "percentage point" if "point" in pct.group().lower() else "percent"
        r.end = r.end + pct.end()
        r.rules.append("percent")
    if r.unit is None and L.re_prefix_unit is not None and r.group == "digits":
        pu = L.re_prefix_unit.search(text[max(body, r.start - 20):r.start])
        if pu:  # "a magnitude 6.4 quake"
            u = L.tables.unit(L.prefix_units[pu.group("p").lower()])
            r.kind, r.unit, r.unit_written = "quantity", pu.group("p").lower(), pu.group("p")
            r.unit_name, r.dimension = (u.name, u.dimension) if u else (r.unit, "measure")
            r.start -= len(pu.group())
            r.rules.append("prefix-unit")
    _hedge_before(text, body, r, L)
    _units(text, body, r, L)
    if r.unit is None:
        r.unit = _unit_before(text, r.start, body, L, r)
        if r.unit is None and r.num_start > r.start and not r.info_subject:
            r.unit = _unit_before(text, r.num_start, body, L, r)  # "deaths topped 5,000": the hedge is the verb
        if r.unit:
            r.unit_written = r.unit_written or r.unit
            r.rules.append("unit-from-subject")
    elif r.kind == "money" and " per " not in r.unit:
        subject = _unit_before(text, r.start, body, L)
        clause = rx(r"[.;:!?]\s|,\s").split(text[max(body, r.start - 100):r.start])[-1]
        pm = L.re_per_subject.search(clause) if subject else None
        pm = pm or (L.re_rate_noun.search(clause) if L.re_rate_noun else None)
        if pm:  # "Earnings per share came in at $1.67": dollars per share
            d = pm.group("d").lower() if "d" in pm.groupdict() and pm.group("d") else L.rate_nouns[pm.group("n")]
            r.unit = f"{r.unit} per {d}"
            r.unit_name = f"{r.unit_name} per {d}" if r.unit_name else None
            r.rules.append("rate-from-subject")
    if r.hedge == "exact" and r.value is not None and r.group in ("digits",):
        r.tolerance = _tolerance(r.value, r.token, L, r.scaled)
    r.change = r.change or _change(text, body, r, L)
    return r

