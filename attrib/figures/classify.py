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
from .raw import _Raw, _plural, _prev_word
from .units import _unit_after, _unit_before, _units
from .rx import rx


_PERCENT_OF = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:(?:the|its|their|our|his|her|all|those|these)[ \t\u00a0]+)?"
                         r"(?=[A-Za-z])")


_FRONTED_OF = re.compile(r"(?:^|(?<=[.;!?\n]\s)|(?<=\n)|(?<=\bthat\s)|(?<=,\s))[ \t\u00a0\"\u201c]*[Oo]f[ \t\u00a0]+(?:the|those|these|its|their|our|his|her)"
                         r"[ \t\u00a0]+(?P<np>(?:[A-Za-z][\w-]*[ \t\u00a0]+){0,3}[a-z][\w-]*),[ \t\u00a0]+"
                         r"(?:[a-z]+[ \t\u00a0]+){0,2}$")
_RATE_BASE = re.compile(r"(?P<head>(?:[A-Za-z][\w-]*[ \t\u00a0]+){0,4}?)per[ \t\u00a0]+"
                        r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:[ \t\u00a0]+(?:thousand|million))?[ \t\u00a0]+(?P<d>[a-z][a-z-]*)\b")


def _rate_subject(text: str, body: int, r: _Raw, L: _Lex) -> None:
    """A rate named before the number keeps its base: "the violent crime rate per 100,000 residents fell from 388"
    counts violent crime rate per 100,000 residents; "measured per 100,000 people, the rate rose from 31" counts
    rate per 100,000 people. Only for a count whose subject is the base's noun or a rate word (units.yaml:
    rate_heads), or that has none."""
    sentence = rx(r"(?:^|[.;!?]\s)").split(text[max(body, r.start - 200):r.start])[-1]
    m = None
    for m in _RATE_BASE.finditer(sentence):
        pass
    if m is None or (r.unit and r.unit.split()[-1].lower() not in L.rate_heads | {m.group("d")}):
        return
    head = []
    for w in reversed(m.group("head").split()):
        if w.lower() in L.unit_stop or not w[:1].isalpha() or w[:1].isupper() and head:
            break
        head.insert(0, w)
    head = " ".join(head) if head and head[-1].lower() in L.rate_heads else (
        r.unit if r.unit and r.unit.split()[-1].lower() in L.rate_heads else None)
    if head:
        r.unit = r.unit_written = f"{head} per {sentence[m.start('n'):m.end('d')]}"
        r.rules.append("rate-from-subject")


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
        if r.unit == "percent":
            whole = _PERCENT_OF.match(text, r.end, min(len(text), r.end + 40))
            unit, _ = _unit_after(text, whole.end(), min(len(text), whole.end() + 80), L, allow_of=False) \
                if whole else (None, 0)
            if unit and unit.split()[0].lower() not in L.unit_skip | L.of_idioms and not unit[:1].isdigit():
                r.unit = f"percent of {unit}"  # "38% of suspected cases": a share of a whole names the whole
                r.rules.append("percent-of")
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
        if r.kind == "count":
            _rate_subject(text, body, r, L)
        if r.unit is None and r.kind == "count" and r.group in ("digits", "words"):
            fm = _FRONTED_OF.search(text, max(body, r.start - 90), r.start)
            if fm and L.re_num_lead.match(text, fm.start("np")):
                fm = None  # "Of the three brigades sent, one ...": the count before gives it (rule ellipsis)
            unit, _ = _unit_after(text, fm.start("np") - 1, fm.end("np"), L, allow_of=False) if fm else (None, 0)
            if unit and _plural(unit.split()[-1].lower(), L) and not unit.split()[0].lower() in L.time_units:
                r.unit = r.unit_written = unit  # "Of those announced jobs, about 62,000 had been created"
                r.rules.append("unit-fronted-partitive")
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

