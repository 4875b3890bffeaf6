"""Find figures: numbers, number words and vague amounts, with hedges, intervals, kinds and units.

Stage 3 of the pipeline. Each number-like token becomes a Figure with a ``kind``: count, quantity,
percent, money or ratio for figures a reader wants sourced; date, time, year, duration, ordinal or
age for tokens that are no claim. Names with numbers ("F-16", "COVID-19", "Article 5") and pronoun
uses of "one" ("not a national one") are no figures at all and are dropped. The rules are named;
each figure's ``explanation`` starts with the rules that fired. Word lists live in attrib/data.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from functools import lru_cache
from typing import List, Optional, Tuple

from .lexicon import lexicon
from .model import Document, Figure
from .trie import alternation as _alt, trie_pattern


class _Lex:
    """Compiled views of the lexicons, built once."""

    def __init__(self):
        num = lexicon("numbers")
        units = lexicon("units")
        hedges = lexicon("hedges")
        self.units = {k.lower(): v for k, v in num["units"].items()}
        self.tens = {k.lower(): v for k, v in num["tens"].items()}
        self.scales = {k.lower(): v for k, v in num["scales"].items()}
        self.alone = {k.lower(): v for k, v in num["alone"].items()}
        self.vague = {k.lower(): v for k, v in num["vague"].items()}
        self.ordinals = set(w.lower() for w in num["ordinals"])
        unit_w = _alt(self.units)
        tens_w = _alt(self.tens)
        word_scales = "hundred|thousand|million|billion|trillion"
        simple = rf"(?:{tens_w})(?:[-\s](?:{unit_w}))?|(?:{unit_w})"
        self.word_number = (rf"(?:{simple})(?:[-\s](?:{word_scales}))*"
                            rf"(?:\s(?:and\s)?(?:{simple})(?![-\s](?:{word_scales})))?")
        digit_scale = r"(?:[\s\u00a0-]?(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mn|mln|m|k|tn|trn|b)\b)"
        self.re_token = re.compile(
            rf"(?P<vague>\b(?:{trie_pattern(self.vague)})\b)"
            rf"|(?P<alone>\b(?:{trie_pattern(self.alone)})\b)"
            rf"|(?P<ordd>(?<![\w.,])\d+(?:st|nd|rd|th)\b)"
            rf"|(?P<digits>(?<![\w.])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![.,]\d)(?P<dscale>{digit_scale})?)"
            rf"|(?P<words>\b(?:{self.word_number})\b(?P<wscale>)?)"
            rf"|(?P<ordw>\b(?:{trie_pattern(self.ordinals)})\b)",
            re.IGNORECASE,
        )
        firsts = set(self.units) | set(self.tens) | {w.split()[0] for w in self.vague} | \
            {w.split()[0] for w in self.alone} | self.ordinals
        self.re_start = re.compile(rf"(?<![\w.])\d|\b(?:{trie_pattern(firsts, fold_case=True)})\b", re.IGNORECASE)
        self.months = {k.lower(): v for k, v in units["months"].items()}
        self.re_month_before = re.compile(rf"\b(?:{_alt(self.months)})\.?\s+$", re.IGNORECASE)
        self.re_month_after = re.compile(rf"^(?:th|st|nd|rd)?\s*(?:of\s+)?(?:{_alt(self.months)})\b", re.IGNORECASE)
        self.time_units = set(units["time_units"])
        self.label_words = set(w.lower() for w in units["label_words"])
        self.measures = set(w.lower() for w in units["measures"])
        self.currency_signs = units["currency_signs"]
        self.currency_codes = units["currency_codes"]
        self.currency_words = set(w.lower() for w in units["currency_words"])
        self.unit_stop = set(w.lower() for w in units["unit_stop"])
        self.participles = set(w.lower() for w in units["counted_participles"])
        self.re_percent = re.compile(r"^\s?(?:%|percent\b|per\s+cent\b|pct\b|percentage\s+points?\b)", re.IGNORECASE)
        self.re_time_after = re.compile(r"^\s?(?:[ap]\.?m\b\.?|o['\u2019]clock\b|(?:gmt|utc|cet|cest|est|edt|pst|pdt)\b)", re.IGNORECASE)
        self.re_age_after = re.compile(r"^(?:-|\s)(?:years?|months?)(?:-|\s)old\b|^-year\b", re.IGNORECASE)
        self.re_aged_before = re.compile(r"\b(?:aged|age|ages)\s+$", re.IGNORECASE)
        self.re_duration_range = re.compile(
            rf"\s*(?:to|-|\u2013|and)\s*[\d.,]+(?:-|\s)(?:{_alt(self.time_units)})\b", re.IGNORECASE)
        self.re_duration_after = re.compile(
            rf"^(?:-|\s)(?:{_alt(self.time_units)})\b(?!-old)", re.IGNORECASE)
        signs = sorted(self.currency_signs, key=len, reverse=True)
        self.re_currency_before = re.compile(
            rf"(?:(?:{'|'.join(re.escape(s) for s in signs)})|\b(?:{_alt(self.currency_codes)})\s)\s?$")
        self.spread = float(hedges.get("spread", 0.1))
        self.round_cap = float(hedges.get("round_tolerance_cap", 0.1))
        before, after = [], []
        self.hedge_of = {}
        for cls, spec in hedges["classes"].items():
            for p in spec.get("before", []) or []:
                before.append(p)
                self.hedge_of[("b", p.lower())] = cls
            for p in spec.get("after", []) or []:
                after.append(p)
                self.hedge_of[("a", p.lower())] = cls
        self.re_hedge_before = re.compile(rf"(?:^|(?<=[\s(\"\u201c]))(?P<h>{_alt(before)})\s*$", re.IGNORECASE)
        self.re_hedge_after = re.compile(rf"^\s?(?P<h>{_alt(after)})(?!\w)", re.IGNORECASE)
        self.re_url = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|\]\([^)]*\)")


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex()


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _words_value(s: str, L: _Lex) -> Optional[float]:
    """Value of a number-word phrase ("twenty-five thousand", "one hundred and five")."""
    total, cur = 0.0, 0.0
    for w in re.split(r"[\s-]+", s.lower()):
        if w == "and" or not w:
            continue
        if w in L.units:
            cur += L.units[w]
        elif w in L.tens:
            cur += L.tens[w]
        elif w == "hundred":
            cur = (cur or 1) * 100
        elif w in ("thousand", "million", "billion", "trillion"):
            total += (cur or 1) * L.scales[w]
            cur = 0
        else:
            return None
    return total + cur


def _digits_value(s: str, scale: Optional[str], L: _Lex) -> float:
    v = float(s.replace(",", ""))
    if scale:
        v *= L.scales[scale.strip().strip("-").strip().lower()]  # any white space, a hard line break too
    return v


def _tolerance(value: float, token: str, L: _Lex) -> float:
    """Relative tolerance a round number carries: half the place of its last significant digit."""
    if not value or not math.isfinite(value):
        return 0.0
    digits = re.sub(r"[^\d.]", "", token)
    if "." in digits or not digits or len(digits) > 300:  # past float range: no tolerance (no OverflowError)
        return 0.0
    stripped = digits.rstrip("0")
    place = 10 ** (len(digits) - len(stripped))
    scale = value / float(digits) if float(digits) else 1
    return min(L.round_cap, 0.5 * place * scale / value) if place > 1 or scale > 1 else 0.0


class _Raw:
    __slots__ = ("start", "end", "num_start", "num_end", "value", "low", "high", "hedge", "kind", "unit",
                 "rules", "token", "group", "tolerance", "drop")

    def __init__(self, start, end, value, token, group):
        self.start, self.end = start, end
        self.num_start, self.num_end = start, end
        self.value = value
        self.low = self.high = value
        self.hedge = "exact"
        self.kind = "count"
        self.unit = None
        self.rules: List[str] = []
        self.token = token
        self.group = group
        self.tolerance = 0.0
        self.drop = False


def _prev_word(text: str, pos: int, floor: int) -> str:
    m = re.search(r"([A-Za-z][A-Za-z.'\u2019-]*)[\s,]*$", text[max(floor, pos - 40):pos])
    return m.group(1).lower().rstrip(".") if m else ""


_IRREGULAR_PLURALS = frozenset("people personnel children men women police cattle aircraft staff crew "
                               "civilians troops forces".split())


def _plural(w: str) -> bool:
    return w in _IRREGULAR_PLURALS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def _unit_after(text: str, pos: int, limit: int, L: _Lex, allow_of: bool) -> Tuple[Optional[str], int]:
    """The noun phrase a number counts, read from ``pos`` (at most four words)."""
    i = pos
    m = re.match(r"[ \t\u00a0]+of[ \t\u00a0]+", text[i:limit]) if allow_of else None
    if m:
        i += m.end()
    words, end = [], i
    hm = re.match(r"-(?=[A-Za-z])", text[i:limit]) if not allow_of or i == pos else None
    if hm:
        end += 1
    while len(words) < 5:
        m = re.match(r"[ \t\u00a0]*([A-Za-z][A-Za-z'\u2019-]*)", text[end:limit]) if words or i == end else None
        if m is None and not words:
            m = re.match(r"[ \t\u00a0]*([A-Za-z][A-Za-z'\u2019-]*)", text[end:limit])
        if not m:
            break
        w = m.group(1)
        lw = w.lower().rstrip("'\u2019")
        if lw == "and" and words and words[-1].lower().endswith("ed"):
            nxt = re.match(r"[ \t\u00a0]+and[ \t\u00a0]+([A-Za-z][A-Za-z-]*)", text[end:limit])
            if nxt and nxt.group(1).lower() not in L.unit_stop:
                words.append("and")
                end += m.end()
                continue
        if lw in L.unit_stop and not (not words and lw in L.participles):
            break
        if words and lw.endswith("ly") and len(lw) > 4:
            break
        if w.endswith(("'s", "\u2019s")):
            break
        words.append(w)
        end += m.end()
        if _plural(lw):  # "boats sank", "tanks destroyed": a plural noun ends the phrase ...
            nxt = re.match(r"[ \t\u00a0]+([A-Za-z][A-Za-z'\u2019-]*)", text[end:limit])
            if not (nxt and _plural(nxt.group(1).lower()) and nxt.group(1).lower() not in L.unit_stop):
                break  # ... unless another plural follows ("special forces troops")
    while len(words) > 1 and (words[-1].lower().endswith(("ed", "ly")) or words[-1].lower() == "and"):
        if words[0].lower() in L.participles and len(words) == 1:
            break
        words.pop()
    if words and words[-1].lower() == "and":
        words.pop()
    if not words:
        return None, pos
    # recompute the end of the kept words
    j = pos
    for w in words:
        k = text.find(w, j, limit)
        j = k + len(w)
    return " ".join(words), j


_COPULA_BEFORE = re.compile(
    r"(?P<np>(?:[A-Za-z][A-Za-z-]*\s+){0,2}[A-Za-z][A-Za-z-]*)\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:estimated|put|stood|stands|stand|amounted|amount|amounts|reached|reach|reaches|rose|rise|rises|climbed|"
    r"climbs|totaled|totalled|totals|total|numbered|number|numbers|increased|grew|fell|dropped|hit|hits|"
    r"came|comes|surpassed|exceeded|topped|passed|risen|declined|decreased|jumped|slipped|edged|soared|"
    r"plunged|slowed|accelerated|ticked|fallen|grown)"
    r"(?:\s+(?:up|down))?(?:\s+(?:at|to|by))?\s+$",
    re.IGNORECASE,
)


_VERB_AT_END = re.compile(r"\b(?:at|to|by|estimated|put|stood|stands|stand|amounted|reached|rose|climbed|totaled|"
                          r"totalled|totals|numbered|hit|hits|surpassed|exceeded|topped|passed)\s+$")
_TOLL = re.compile(r"\b(?:death|casualty|fatality)?\s*toll\b", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:[a-z]+\s+){0,4}?(?:at|to|by)?\s*$")
_PUT_AT = re.compile(r"\bput(?:s|ting)?\s+(?:the|its|their|a)\s+((?:[\w'-]+\s+){0,8}?)(?:at|to)\s+$")


def _unit_before(text: str, pos: int, floor: int, L: _Lex) -> Optional[str]:
    """The subject of "NP are estimated at N" / "NP amounted to N" / "NP stood at N" / "put NP at N"."""
    if not _VERB_AT_END.search(text, max(floor, pos - 40), pos):
        return None  # the common case: no "estimated at" / "rose to" / "put ... at" before the number
    window = text[max(floor, pos - 120):pos]
    clause = re.split(r"[.;:!?]\s", window)[-1]
    pm = _PUT_AT.search(clause)
    m = _COPULA_BEFORE.search(window)
    if not (pm or m):
        return None
    head_region = pm.group(1) if pm else clause[:m.start("np") - len(window) + len(clause)] + m.group("np") \
        if len(clause) >= len(window) - m.start("np") else m.group("np")
    nm = _NUMBER_OF.search(clause)
    if nm:
        return nm.group(1)
    if _TOLL.search(head_region if pm else clause):
        return "deaths"
    if pm:
        words = [w for w in pm.group(1).split() if w.lower() not in L.unit_stop]
        return " ".join(words[-2:]) or None
    words = [w for w in m.group("np").split()]
    keep = []
    for w in reversed(words):
        if w.lower() in L.unit_stop:
            break
        keep.insert(0, w)
    return " ".join(keep) or None


def find_figures(doc: Document) -> List[Figure]:
    """Every number-like token of the document's body, classified and bounded.

    >>> from attrib.read import document_from_text
    >>> [(f.text, f.kind, f.low, f.high, f.unit) for f in find_figures(document_from_text(
    ...     "Nearly 40,000 casualties in six months, since Feb. 6."))]
    [('Nearly 40,000 casualties', 'count', 36000.0, 40000.0, 'casualties'), ('six months', 'duration', 6.0, 6.0, 'months'), ('6', 'date', 6.0, 6.0, None)]
    """
    L = _lex()
    text = doc.text
    body = doc.body_start
    skip = [(m.start(), m.end()) for m in L.re_url.finditer(text, body)]
    skip_starts = [a for a, _ in skip]
    raws: List[_Raw] = []
    last = body
    for st in L.re_start.finditer(text, body):
        if st.start() < last:
            continue
        m = L.re_token.match(text, st.start())
        if m is None:
            continue
        last = m.end()
        s, e = m.span()
        k = bisect_right(skip_starts, s) - 1  # URLs do not overlap: the one that starts last before s
        if k >= 0 and s < skip[k][1]:
            continue
        grp = m.lastgroup
        tok = m.group()
        if grp == "digits":
            r = _Raw(s, e, _digits_value(tok[: len(tok) - len(m.group("dscale") or "")], m.group("dscale"), L), tok, grp)
        elif grp == "words":
            v = _words_value(tok, L)
            if v is None:
                continue
            r = _Raw(s, e, v, tok, grp)
        elif grp == "alone":
            r = _Raw(s, e, float(L.alone[tok.lower()]), tok, grp)
        elif grp == "vague":
            spec = L.vague[re.sub(r"\s+", " ", tok.lower())]
            r = _Raw(s, e, None, tok, grp)
            r.low, r.high, r.hedge = float(spec["low"]), float(spec["high"]), spec["hedge"]
            r.rules.append("vague-amount")
        else:  # ordinals
            r = _Raw(s, e, None, tok, grp)
            r.kind = "ordinal"
            if grp == "ordd":
                r.value = float(re.match(r"\d+", tok).group())
            r.low = r.high = r.value
        raws.append(r)
    kept: List[_Raw] = []
    for r in raws:
        if kept and r.start < kept[-1].end:
            continue  # inside the span a figure before it took ("51-49", "six months")
        r = _classify(text, body, r, L)
        if r is not None:
            kept.append(r)
    raws = kept
    raws = _merge_ranges(text, raws, L)
    _ellipsis(doc, raws, L)
    figures = []
    for r in raws:
        if r.drop or not all(x is None or math.isfinite(x) for x in (r.value, r.low, r.high)):
            continue  # a number past float range (a 310-digit figure) is no figure to report
        line, col = doc.line_col(r.start)
        figures.append(Figure(
            id=f"fig-{r.start}-{r.end}", start=r.start, end=r.end, text=text[r.start:r.end], kind=r.kind,
            value=r.value, low=r.low, high=r.high, hedge=r.hedge, unit=r.unit, tolerance=r.tolerance,
            line=line, col=col, explanation=[f"figure rules: {', '.join(r.rules) or 'number'}"],
        ))
    return figures


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
    if r.group == "digits":
        # names and labels: F-16, COVID-19, Su-34, G7, #5, Article 5, 24/7, 10:30, 1.2.3
        if before.endswith("-") and len(before) > 1 and before[-2].isalpha():
            return None
        if re.match(r"[A-Za-z]", after):
            if re.match(r"s\b", after) and re.fullmatch(r"1[89]\d0|20\d0", r.token):
                r.kind, r.end = "year", e + 1
                r.rules.append("decade")
                return r
            return None
        if before.endswith(("#", "/")) or re.match(r"/\d", after) or re.match(r"[-\u2013](?:[A-Z]|\d+[A-Za-z])", after):
            return None
        if re.match(r":\d\d", after) or before.endswith(":") and re.search(r"\d:$", before):
            r.kind = "time"
            r.rules.append("clock-time")
            return r
        if prev in L.label_words and not L.re_hedge_before.search(before) and not before.rstrip().endswith(","):
            return None
    tally = r"\b(?:vot(?:e|ed|es|ing)|passed|approved|rejected|confirmed|margin|House|Senate|tally|of)\s+(?:of\s+)?"
    if r.group == "digits" and (re.match(r"[-\u2013]\d", after) and re.search(tally + "$", before) or
                                re.search(tally + r"\d+[-\u2013]$", before)):
        r.unit = "votes"  # "voted 51-49", "passed the House 220-212": two counts of votes
        r.rules.append("vote-tally")
        return r
    if r.group == "digits" and re.search(r"[A-Z][a-z]+,\s$", before) and re.match(r",\s", after) \
            and r.value is not None and 16 <= r.value <= 110 and "," not in r.token and "." not in r.token:
        r.kind = "age"
        r.rules.append("age-apposition")  # "Smith, 54, told the committee"
        return r
    if r.group in ("digits", "words") and _after_name(text, body, s, L):
        return None  # "Hydro One", "Leopard 1 tanks", "Air Force One"
    if r.group == "digits" and L.re_month_before.search(re.sub(r"\d{1,2}[-\u2013]$", "", before)) and \
            re.search(r"\b\d{1,2}[-\u2013]$", before):
        r.kind = "date"
        r.rules.append("date-range")
        return r
    if L.re_duration_range.match(after):
        r.kind = "duration"
        r.rules.append("duration-range")
        return r
    if r.group == "digits" and re.search(r"\b(?:1[89]|20)\d\d[-\u2013]$", before):
        r.kind = "year"
        r.rules.append("year-range")
        return r
    if re.search(r"\b(?:children|people|those|anyone|everyone|adults|residents|kids|teenagers|youths?|minors|"
                 r"boys|girls|men|women|patients|pupils|students)\s+(?:under|over|below|above|aged)\s+$", before):
        r.kind = "age"
        r.rules.append("age")
        return r
    # time of day, ages
    if L.re_time_after.match(after) and r.group == "digits":
        r.kind = "time"
        r.rules.append("time-of-day")
        return r
    if L.re_age_after.match(after) or L.re_aged_before.search(before):
        r.kind = "age"
        r.rules.append("age")
        return r
    # dates: "Feb. 6", "February 6, 2025", "6 February"
    if r.group == "digits" and r.value is not None and r.value <= 31 and r.value == int(r.value) \
            and "," not in r.token and (L.re_month_before.search(before) or L.re_month_after.match(after)):
        r.kind = "date"
        r.rules.append("day-of-month")
        return r
    # years
    if r.group == "digits" and re.fullmatch(r"1[89]\d\d|20\d\d|2100", r.token):
        hedged = L.re_hedge_before.search(before) or L.re_currency_before.search(before)
        unit, _ = _unit_after(text, e, min(len(text), e + 60), L, False)
        plural_next = unit is not None and unit.split()[0].lower().endswith("s") and not unit[0].isupper()
        year_prev = prev in {"in", "since", "by", "until", "till", "from", "of", "early", "late", "mid", "before",
                             "after", "during", "the", "year", "fiscal", "through", "to", "and", "between", "spring",
                             "summer", "autumn", "fall", "winter", "end", "start", "beginning", "for", "around"}
        if re.search(r"\b(?:mid|early|late)-$", before) or (not hedged and not (plural_next and not year_prev)):
            r.kind = "year"
            r.rules.append("year")
            return r
    # durations: "six months", "48 hours", "a two-day visit"
    if L.re_duration_after.match(after) and r.group in ("digits", "words", "alone"):
        m = L.re_duration_after.match(after)
        if "." in r.token or _MEASURED.search(text, max(body, s - 80), s):
            r.kind = "quantity"  # "a median response time of 9.5 minutes", "the average wait ... 211 days"
            r.unit = m.group().strip(" -").lower()
            r.end = e + m.end()
            r.rules.append("measured-duration")
            return r
        r.kind = "duration"
        r.unit = m.group().strip(" -").lower()
        r.end = e + m.end()
        r.rules.append("duration")
        return r
    # the pronoun and determiner uses of "one"
    if r.group == "words" and r.token.lower() == "one":
        if prev in {"a", "an", "the", "this", "that", "no", "every", "any", "each", "which", "another", "only",
                    "last", "first", "next", "same", "other", "national", "big", "new", "old", "such", "someone",
                    "single", "any", "little", "good", "better", "best", "right", "wrong", "real", "key", "main"} \
                or re.match(r"\s+(?:another|of\s+(?!the\s+\w+\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)))",
                            after, re.IGNORECASE) \
                or re.search(r"\b(?:a|an)\s+[a-z]+\s+$", before):
            return None
    # money
    cur = L.re_currency_before.search(before)
    if cur:
        sign = cur.group().strip()
        r.kind = "money"
        r.unit = L.currency_signs.get(sign) or L.currency_codes.get(sign, "money")
        r.start = s - len(before) + cur.start()
        r.rules.append("currency")
    pct = L.re_percent.match(after)
    if pct:
        r.kind = "percent"
        r.unit = "percentage points" if "point" in pct.group().lower() else "percent"
        r.end = e + pct.end()
        r.rules.append("percent")
    # hedges
    h = L.re_hedge_before.search(text[max(body, r.start - 40):r.start])
    if h and not (r.group == "vague" and h.group("h").lower() not in ("some", "several")):
        cls = L.hedge_of[("b", h.group("h").lower())]
        r.start = r.start - (len(text[max(body, r.start - 40):r.start]) - h.start("h"))
        _apply_hedge(r, cls, L)
        r.rules.append(f"hedge:{cls}")
    # units
    if r.unit is None:
        unit, uend = _unit_after(text, r.end, min(len(text), r.end + 80), L, allow_of=True)
        if unit:
            head = unit.split()[-1].lower()
            first = unit.split()[0].lower()
            if first in L.currency_words or head in L.currency_words:
                r.kind = "money"
                r.rules.append("currency-word")
                if first in L.currency_words and first != head:  # "91 cents analysts expected": the money ends
                    w = re.match(r"\s*\S+", text[r.end:uend])  # at its currency word
                    unit, uend = unit.split()[0], r.end + w.end()
            elif unit.lower() in L.measures or head in L.measures or first in L.measures:
                r.kind = "quantity"
                r.rules.append("measure")
            r.unit = unit
            r.end = uend
    ha = L.re_hedge_after.match(text[r.end:r.end + 20])
    if ha and r.value is not None and r.hedge == "exact":
        cls = L.hedge_of[("a", ha.group("h").lower())]
        _apply_hedge(r, cls, L)
        r.end += ha.end()
        r.rules.append(f"hedge:{cls}")
    if r.unit is None:
        r.unit = _unit_before(text, r.start, body, L)
        if r.unit:
            r.rules.append("unit-from-subject")
    if r.hedge == "exact" and r.value is not None and r.group in ("digits",):
        r.tolerance = _tolerance(r.value, r.token, L)
    return r


def _after_name(text: str, body: int, s: int, L: _Lex) -> bool:
    """A number glued by a space to a capitalised word inside a sentence is part of a name."""
    m = re.search(r"(\S*)\s+([A-Za-z][\w-]*)\s$", text[max(body, s - 40):s])
    if not m or not m.group(2)[0].isupper() or not m.group(2)[1:].islower():
        return False
    if not (text[s:s + 1].isupper() or re.fullmatch(r"(?:the|a|an|its|their|his|her|\d[\d,.]*)", m.group(1))):
        return False  # "send Ukraine four more": a name stands before a number, not in it
    m = re.search(r"([A-Za-z][\w-]*)\s$", text[max(body, s - 30):s])
    w = m.group(1).lower()
    if w in L.months or w in L.label_words or w in _NAME_NUMBER_STOP or len(w) < 3:
        return False
    start = s - len(m.group(1)) - 1
    pre = text[max(body, start - 3):start]
    if start <= body or re.search(r"(?:[.!?:\n\u2022\u201c\"]\s*|^\s*)$", pre) or L.re_percent.match(text[s:s + 12]):
        return False  # the capitalised word opens the sentence
    return True


_NAME_NUMBER_STOP = {"some", "about", "around", "nearly", "over", "almost", "roughly", "only", "just", "more",
                     "than", "least", "total", "another", "exactly", "approximately", "perhaps", "maybe"}


def _apply_hedge(r: _Raw, cls: str, L: _Lex) -> None:
    v = r.value
    if v is None:
        return
    r.hedge = cls
    if cls == "nearly":
        r.low, r.high = v * (1 - L.spread), v
    elif cls == "approximately":
        r.low, r.high = v * (1 - L.spread), v * (1 + L.spread)
    elif cls == "more_than":
        r.low, r.high = v, None
    elif cls == "up_to":
        r.low, r.high = None, v
    else:
        r.low = r.high = v


_RANGE_JOIN = re.compile(r"^\s*(?:[-\u2013\u2014]|to|and|or)\s*$", re.IGNORECASE)
_COUNTABLE = ("count", "quantity", "money", "percent")


def _base(token: str) -> Optional[float]:
    """The digits of a token without its scale word ("1.5 million" -> 1.5)."""
    m = re.match(r"[\d.,]+", token)
    if not m:
        return None
    try:
        return float(m.group().replace(",", ""))
    except ValueError:
        return None


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
        if b is None or a.value is None or b.value is None or a.hedge not in ("exact", "approximately"):
            out.append(a)
            i += 1
            continue
        gap = text[a.end:b.start]
        # ratios: "one in five adults", "4 out of 10 voters"
        if a.kind == "count" and a.unit is None and b.kind == "count" and re.fullmatch(r"\s+(?:in|out\s+of)\s+", gap) \
                and b.value and a.value <= b.value:
            b.start, b.kind, b.rules = a.start, "ratio", b.rules + ["ratio"]
            b.value = b.low = b.high = a.value / b.value
            b.hedge, b.tolerance = "exact", 0.0
            out.append(b)
            i += 2
            continue
        same_unit = a.unit is None or (a.kind == b.kind and a.kind in ("percent", "money") and a.unit == b.unit) \
            or (a.kind == "money" and b.kind == "count" and b.unit is None)
        kinds_ok = a.kind in _COUNTABLE and (b.kind in _COUNTABLE or b.kind == "duration" and a.kind == "count")
        joiner = _RANGE_JOIN.match(gap)
        between = re.search(r"\bbetween\s+$", text[max(0, a.start - 10):a.start], re.IGNORECASE)
        word = gap.strip().lower()
        small_or = word == "or" and a.value < b.value <= a.value * 2 and b.value <= 100
        if kinds_ok and same_unit and (joiner and (word != "and" or between) or small_or):
            lo = a.value
            base_b = _base(b.token)
            if base_b and b.value / base_b > 1 and a.value < base_b and a.group == "digits" and "," not in a.token \
                    and not re.search(r"[a-zA-Z]", a.token):
                lo = a.value * (b.value / base_b)  # "5 to 7 million", "$2-3 billion"
            if lo <= b.value:
                b.start = a.start - (len(between.group()) if between else 0)
                b.low, b.high = lo, b.high if b.high is not None else b.value
                b.value = None if b.hedge == "exact" else b.value
                b.hedge = "range"
                b.rules.append("range")
                if a.kind == "money" and b.kind == "count":
                    b.kind, b.unit = "money", a.unit
                elif b.kind == "duration":
                    b.rules.append("duration-range")
                b.tolerance = 0.0
                out.append(b)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_MEASURED = re.compile(r"\b(?:average|median|mean|typical|response\s+time|processing\s+time|wait\s+time)\b[^.;]*$",
                       re.IGNORECASE)
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b")


def _ellipsis(doc: Document, raws: List[_Raw], L: _Lex) -> None:
    """A count with no noun takes the noun of the count before it in the same sentence.

    "Of the three brigades, one was destroyed and the remaining two..." : one, two -> brigades.
    """
    text = doc.text
    sentences = doc.segments.sentences if doc.segments else []
    si = 0
    last_in_sentence = {}
    last_count = None  # (sentence index, figure) of the last count with a noun
    for r in raws:
        while si < len(sentences) and sentences[si].end <= r.start:
            si += 1
        sid = si if si < len(sentences) and sentences[si].start <= r.start else -1
        if r.kind in ("count",) and r.unit is None and r.value is not None:
            prev = last_in_sentence.get(sid)
            if prev is not None and prev.unit:
                r.unit = prev.unit
                r.rules.append("ellipsis")
            elif _OF_THEM.match(text, r.end) and last_count is not None and sid - last_count[0] <= 2:
                r.unit = last_count[1].unit  # "38 drones were launched. Air defences shot down 31 of them."
                r.rules.append("ellipsis-of-them")
            elif r.group == "words" and r.token.lower() == "one":
                r.drop = True  # "one" with no noun and no antecedent is a pronoun
        if r.kind == "count" and r.unit:
            last_in_sentence[sid] = r
            last_count = (sid, r)
