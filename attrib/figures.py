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
from .quantities import Tables, Unit
from .trie import alternation as _alt, trie_pattern


class _Lex:
    """Compiled views of the lexicons, built once."""

    def __init__(self):
        num = lexicon("numbers")
        units = lexicon("units")
        hedges = lexicon("hedges")
        changes = lexicon("changes")
        self.tables = T = Tables()
        self.units = {k.lower(): v for k, v in num["units"].items()}
        self.tens = {k.lower(): v for k, v in num["tens"].items()}
        self.scales = {k.lower(): v for k, v in num["scales"].items()}
        self.alone = {k.lower(): v for k, v in num["alone"].items()}
        self.vague = {k.lower(): v for k, v in num["vague"].items()}
        self.ordinals = set(w.lower() for w in num["ordinals"])
        self.vague_need_of = set(w.lower() for w in num.get("vague_need_of") or [])
        self.fractions = {k.lower(): float(v) for k, v in (num.get("fractions") or {}).items()}
        mult = num.get("multipliers") or {}
        self.fold_suffixes = [str(w).lower() for w in mult.get("suffixes") or []] or ["fold"]
        self.times_words = set(str(w).lower() for w in mult.get("words") or [])
        self.comparatives = [str(w).lower() for w in mult.get("comparatives") or []]
        unit_w = _alt(self.units)
        tens_w = _alt(self.tens)
        word_scales = _alt(w for w in self.scales if re.fullmatch(r"[a-z]{4,}", w))
        self.word_scales = set(w for w in self.scales if re.fullmatch(r"[a-z]{4,}", w))
        numw = rf"(?:{tens_w}|{unit_w}|{word_scales})"
        # a loose run of number words; _words_value reads the longest well-formed prefix of it
        self.word_number = rf"(?:{tens_w}|{unit_w})(?:(?:[-\s]+|\s+and\s+)(?:{numw})(?![-\w]))*"
        short = r"(?:bn|mn|mln|m|k|tn|trn|b)(?![\w\u00b2\u00b3])"
        digit_scale = rf"(?:[\s\u00a0-]?(?:{word_scales})\b|{short})"
        symbols, _ = T.symbol_forms()
        glued = _alt(symbols)
        minor = _alt(T.minor_symbols)
        # letter signs and codes a number may be glued to ("RM45", "USD3m", "Rs500")
        letter_signs = sorted({s for s in T.signs if re.fullmatch(r"[A-Za-z.]{2,5}", s)}, key=lambda s: (len(s), s))
        glued_before = "|".join(rf"(?<=\b{re.escape(s)})" for s in letter_signs) or "(?!)"
        lead = rf"(?:(?<![\w.])|(?-i:{glued_before}))"
        fold = _alt(self.fold_suffixes)
        frac_w = _alt(self.fractions)
        token = (
            rf"(?P<vague>\b(?:{trie_pattern(self.vague)})\b)"
            rf"|(?P<alone>\b(?:{trie_pattern(self.alone)})\b)"
            rf"|(?P<fold>\b(?:(?:{self.word_number})|\d+(?:\.\d+)?)-?(?:{fold})\b)"
            rf"|(?P<fracw>\b(?:(?:a|an|one|{tens_w}|{unit_w})[-\s]+)?(?:{frac_w})\b(?!-))"
            rf"|(?P<ordd>(?<![\w.,])\d+(?:st|nd|rd|th)\b)"
            rf"|(?P<fracd>(?<![\w./,])\d{{1,2}}/\d{{1,3}}(?:rds|rd|ths|th|nds|nd|s)?(?![\w/]|[.,]\d))"
            rf"|(?P<digits>{lead}(?:\d{{3}},\d{{2}}(?=\s+[a-z])|(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[\u00a0\u202f\u2009]\d{{3}})+(?!\d)|\d+)(?:\.\d+)?"
            rf"|(?<![\w.,])\.\d+)(?![.,]\d)"
            rf"(?P<dscale>{digit_scale}*)(?-i:(?P<gunit>{glued})(?![\w/\u00b2\u00b3])|(?P<gminor>{minor})(?!\w|\.[A-Za-z]))?)"
            rf"|(?P<words>\b(?:{self.word_number})\b)"
            rf"|(?P<ordw>\b(?:{trie_pattern(self.ordinals)})\b)")
        self.re_token = re.compile(token, re.IGNORECASE)
        plain = token.replace(rf"|(?P<fracw>", rf"|(?P<fracw>(?!)")
        self.re_token_plain = re.compile(plain, re.IGNORECASE)
        firsts = set(self.units) | set(self.tens) | {w.split()[0] for w in self.vague} | \
            {w.split()[0] for w in self.alone} | self.ordinals | set(self.fractions) | {"a", "an"}
        self.re_start = re.compile(
            rf"(?<![\d.,])\d|(?<![\w.])\.\d|\b(?:{trie_pattern(firsts, fold_case=True)})\b"
            rf"|\b(?:{tens_w}|{unit_w})(?=[-\w]*(?:{fold})\b)", re.IGNORECASE)
        self.months = {k.lower(): v for k, v in units["months"].items()}
        self.weekdays = set(w.lower() for w in units.get("weekdays") or [])
        self.re_month_before = re.compile(rf"\b(?:{_alt(self.months)})\.?\s+$", re.IGNORECASE)
        self.re_month_after = re.compile(rf"^(?:th|st|nd|rd)?\s*(?:of\s+)?(?:{_alt(self.months)})\b", re.IGNORECASE)
        self.time_units = set(units["time_units"])
        self.label_words = set(w.lower().rstrip(".") for w in units["label_words"])
        self.scale_labels = set(w.lower() for w in units.get("scale_labels") or [])
        self.re_scale_label = re.compile(rf"\b(?P<l>{_alt(self.scale_labels)})\s+$", re.IGNORECASE) \
            if self.scale_labels else None
        self.re_name_word = re.compile(rf"(?:^|[\s(])(?:the\s+)?(?-i:{_alt(units.get('name_words') or ['(?!)'])})\s+$")
        streets = _alt(units.get("street_words") or [])
        self.re_street = re.compile(rf"^\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){{1,3}}(?:{streets})(?![\w])", re.IGNORECASE)
        self.re_model_suffix = re.compile(rf"[ \u00a0](?:{_alt(units.get('model_suffixes') or ['(?!)'])})\b")
        self.emergency_numbers = set(str(w) for w in units.get("emergency_numbers") or [])
        self.re_emergency_after = re.compile(
            r"[ \u00a0-]?(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|system|lines?|emergency|services?)\b",
            re.IGNORECASE)
        self.sport_words = set(w.lower() for w in units.get("sport_words") or [])
        self.number_compounds = set(w.lower() for w in units.get("number_compounds") or [])
        self.unit_stop = set(w.lower() for w in units["unit_stop"])
        self.participles = set(w.lower() for w in units["counted_participles"])
        self.time_adverbs = set(w.lower() for w in units.get("time_adverbs") or [])
        self.clause_verbs = set(w.lower() for w in units.get("clause_verbs") or [])
        self.verb_participles = set(w.lower() for w in units.get("verb_participles") or [])
        self.predicate_units = {k.lower(): str(v) for k, v in (units.get("predicate_units") or {}).items()}
        self.re_predicate = re.compile(
            rf"[ \t\u00a0]+(?:(?:were|was|are|is|have|has|had|had\s+been|have\s+been|has\s+been|were\s+reported|"
            rf"are\s+reported|are\s+feared|were\s+confirmed|are\s+confirmed|are\s+believed|were\s+believed|"
            rf"are\s+now|were\s+later)[ \t\u00a0]+)?(?:reportedly[ \t\u00a0]+)?"
            rf"(?P<p>{_alt(self.predicate_units)})\b", re.IGNORECASE) if self.predicate_units else None
        self.re_percent = re.compile(r"^\s?(?:%|percent\b|per\s+cent\b|pct\b|percentage\s+points?\b)", re.IGNORECASE)
        self.re_time_after = re.compile(r"^\s?(?:[ap]\.?m\b\.?|o['\u2019]clock\b|(?:gmt|utc|cet|cest|est|edt|pst|pdt)\b)", re.IGNORECASE)
        self.re_age_after = re.compile(r"^(?:-|\s)(?:years?|months?)(?:-|\s)old\b", re.IGNORECASE)
        self.re_aged_before = re.compile(
            r"\b(?:aged|age|ages)\s+$|\bages?\b(?:\s+[a-z]+){0,2}?\s+(?:from|of|to|at|between|limit\s+of)\s+"
            r"(?:\d+\s+(?:to|and)\s+)?$", re.IGNORECASE)
        tu = _alt(self.time_units)
        self.re_duration_range = re.compile(
            rf"\s*(?:to|-|\u2013|and)\s*[\d.,]+(?:-|\s)(?:{tu})\b", re.IGNORECASE)
        self.re_duration_after = re.compile(rf"^(?:-|\s)(?:{tu})\b(?!-old)", re.IGNORECASE)
        self.re_glued_range = re.compile(rf"[-\u2013]\d+(?:\.\d+)?(?-i:{glued})(?![\w/])")
        dims = _alt(T.dimension_words) if T.dimension_words else "(?!)"
        self.re_dimension_after = re.compile(rf"(?:[ \u00a0]|-)(?:{dims})\b", re.IGNORECASE)
        prefixes = {k.lower(): v for k, v in T.prefix_units.items()}
        self.prefix_units = prefixes
        self.re_prefix_unit = re.compile(rf"\b(?P<p>{_alt(prefixes)})[ \u00a0]+$", re.IGNORECASE) if prefixes else None
        self.re_past_n = re.compile(r"\b(?:past|last|previous|prior|next|first|coming|recent)\s+$", re.IGNORECASE)
        # units written after a number, spaced or hyphenated ("12 km", "230 km/h", "a 5-kilometre stretch")
        spaced_symbols = [s for s in symbols if len(s) >= 2]
        self.re_unit_after = re.compile(
            rf"(?:[ \t\u00a0]?-?|-)(?:(?-i:(?P<sym>{trie_pattern(spaced_symbols)}))|(?P<word>{trie_pattern(T.by_word, fold_case=True)}))"
            rf"(?![\w/\u00b2\u00b3])", re.IGNORECASE)
        mods = _alt(T.rate_modifiers) if T.rate_modifiers else "(?!)"
        self.re_rate = re.compile(rf"[ \t\u00a0]+(?:a|an|per|each|every|/)[ \t\u00a0]+(?:(?:{mods})[ \t\u00a0]+)?"
                                  rf"(?P<d>{_alt(T.rate_denominators)})\b(?![ \t\u00a0]+(?:ago|earlier|before|later|"
                                  rf"prior|previously|back|or\b))",
                                  re.IGNORECASE) if T.rate_denominators else None
        self.rate_nouns = {k: str(v) for k, v in (T.rate_nouns or {}).items()}
        self.re_rate_noun = re.compile(
            rf"\b(?-i:(?P<n>{_alt(self.rate_nouns)}))(?:\s+[a-z]+){{0,3}}\s+(?:of|was|were|is|at|to|came\s+in\s+at)\s+$") \
            if self.rate_nouns else None
        self.re_per_subject = re.compile(rf"\bper\s+(?P<d>{_alt(T.rate_denominators)})\b", re.IGNORECASE)
        self.re_rate_slash = re.compile(rf"/(?P<d>{_alt(T.rate_denominators)}|hr|h|yr|mo|wk|day|month|year)\b",
                                        re.IGNORECASE)
        signs = sorted(T.signs, key=len, reverse=True)
        sym_signs = [s for s in signs if not re.fullmatch(r"[A-Za-z.]+", s)]
        word_signs = [s for s in signs if re.fullmatch(r"[A-Za-z.]+", s)]
        self.re_currency_before = re.compile(
            rf"(?:(?:{'|'.join(re.escape(s) for s in sym_signs)})|(?<![\w$])(?:{'|'.join(re.escape(s) for s in word_signs)}))"
            rf"[ \u00a0]?$")
        self.re_currency_word = re.compile(rf"[ \t\u00a0]+(?P<w>{trie_pattern(T.words, fold_case=True)})(?!\w)",
                                           re.IGNORECASE)
        self.re_code_after = re.compile(rf"[ \u00a0](?P<c>{'|'.join(re.escape(c) for c in sorted(T.currencies))})\b")
        self.re_minor_word = re.compile(rf"[ \t\u00a0]+(?P<w>{_alt(T.minor_words)})\b", re.IGNORECASE) \
            if T.minor_words else None
        self.change_verbs = set(w.lower() for w in changes.get("change_verbs") or [])
        self.change_particles = set(w.lower() for w in changes.get("change_particles") or [])
        self.change_nouns = set(w.lower() for w in changes.get("change_nouns") or [])
        self.change_before = set(w.lower() for w in changes.get("change_before") or [])
        self.level_verbs = set(w.lower() for w in changes.get("level_verbs") or [])
        self.re_copula_before, self.re_verb_at_end = _subject_patterns(self)
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
        self.re_hedge_before = re.compile(rf"(?:^|(?<=[\s(\"\u201c]))(?P<h>{trie_pattern(before, fold_case=True)})\s*$",
                                          re.IGNORECASE)
        self.re_hedge_after = re.compile(rf"^\s?(?P<h>{_alt(after)})(?!\w)", re.IGNORECASE)
        self.re_url = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|\]\([^)]*\)")
        # telephone numbers: "305-376-2616", "(212) 555-0100", "+44 20 7946 0958"
        self.re_phone = re.compile(r"(?<![\w.,-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[.-])\d{3}[.-]\d{4}(?![\w-])"
                                   r"|(?<![\w+])\+\d{1,3}(?:[ .-]\d{2,4}){2,4}(?![\w-])")


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex()


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _words_value(s: str, L: _Lex) -> Tuple[Optional[float], int]:
    """Value of the longest well-formed number-word phrase at the start of ``s``, and its length.

    "twenty-five thousand" 25000, "one hundred and five" 105, "sixty-one thousand four hundred" 61400,
    "two dozen" 24; "two three-bedroom" stops after "two"; "one and two million" after "one" (a range).
    """
    total, cur = 0.0, 0.0
    last = None  # kind of the last word read: unit | teen | ten | hundred | scale | and
    big = float("inf")  # the last large scale used: the next must be smaller ("million ... thousand")
    end = seen = 0  # end of the number read so far; end of the last word looked at ("and" too)
    for m in re.finditer(r"[A-Za-z]+", s):
        w = m.group().lower()
        gap = s[seen:m.start()] if seen else ""
        if seen and not re.fullmatch(r"[-\s]+", gap):
            break
        seen = m.end()
        if w == "and":
            if last not in ("hundred", "scale"):
                break
            last = "and"
            continue
        if w in L.units or w in L.tens:
            v = L.units.get(w, L.tens.get(w))
            kind = "ten" if w in L.tens else ("unit" if v < 10 else "teen")
            if last in ("unit", "teen") or (last == "ten" and kind != "unit") or (last == "ten" and v == 0):
                break
            cur += v
            last = kind
        elif w == "hundred":
            if last not in ("unit", "teen", "ten") or cur >= 100:
                break
            cur *= 100
            last = "hundred"
        elif w in L.word_scales:
            sc = float(L.scales[w])
            if last in (None, "and") or sc >= big and cur == 0:
                break
            if w == "dozen":
                cur *= sc
                last = "unit"
                end = m.end()
                break
            if sc >= big:  # "three hundred thousand million": multiply what was read
                total = (total + cur) * sc
            else:
                total += cur * sc
                big = sc
            cur = 0.0
            last = "scale"
        else:
            break
        end = m.end()
    if last is None or not end:
        return None, 0
    return total + cur, end


def _digits_value(s: str, scale: Optional[str], L: _Lex) -> float:
    """Digits and the scale words after them: "1.5 million", "3 hundred million", "295,00" (a dropped zero)."""
    if re.fullmatch(r"\d{3},\d\d", s):
        s += "0"  # "295,00 jobs": a thousands group short of a digit is a typo for 295,000
    from decimal import Decimal, InvalidOperation

    digits = re.sub(r"[,\u00a0\u202f\u2009]", "", s)
    words = re.findall(r"[A-Za-z]+", scale or "")  # any white space between, a hard line break too
    if not words or len(digits) > 30:
        return float(digits)
    try:  # in decimal, so that "4.1 billion" is 4100000000 and not 4099999999.9999995
        v = Decimal(digits)
        for w in words:
            v *= Decimal(L.scales[w.lower()])
        return float(v)
    except InvalidOperation:
        return float(digits)


def _tolerance(value: float, token: str, L: _Lex, scaled: bool = False) -> float:
    """Relative tolerance a round number carries: half the place of its last significant digit.

    For N written with t trailing zeros, 0.5 * 10**t / N = 0.5 / (N without its zeros); so "12,000" and
    "12 million" both carry 0.5 / 12. Read from the digits, never via huge floats (a 400-digit token is fine).
    """
    if not value or not math.isfinite(value):
        return 0.0
    digits = re.sub(r"[^\d.]", "", token.split("/")[0])
    if "." in digits or not digits:
        return 0.0
    stripped = digits.lstrip("0").rstrip("0")
    if not stripped or len(stripped) > 15:
        return 0.0
    scaled = scaled or len(stripped) < len(digits.lstrip("0"))
    return min(L.round_cap, 0.5 / int(stripped)) if scaled else 0.0


class _Raw:
    __slots__ = ("start", "end", "num_start", "num_end", "value", "low", "high", "hedge", "kind", "unit",
                 "rules", "token", "group", "tolerance", "drop", "scaled", "unit_written", "unit_name", "dimension",
                 "change", "currency", "glued", "restates", "predicate_unit")

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
        self.scaled = False  # a scale word or suffix multiplied the digits ("12 million", "$3bn")
        self.unit_written = None  # the unit as the text writes it ("km/h", "$", "per cent")
        self.unit_name = None  # canonical unit ("kilometre per hour", "USD", "percent")
        self.dimension = None  # what the unit measures ("speed", "currency", "ratio")
        self.change = None  # "change" ("rose by 5%") | "level" ("to 5%") | None
        self.currency = None  # ISO code of a money figure
        self.glued = None  # (kind, written) of a unit glued to the digits ("12kW", "95p")
        self.restates = None  # (start, end) of the figure this one converts ("5 miles (8 km)")
        self.predicate_unit = None  # what its predicate says it counts ("108 had died": deaths)


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
        if lw in L.time_adverbs:
            nxt = re.match(r"[ \t\u00a0]+([A-Za-z]+)", text[end + m.end():limit])
            if not nxt or nxt.group(1).lower() in L.unit_stop or nxt.group(1).lower() in L.time_adverbs:
                break  # "90 late in the evening", "300 early this year"
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


_SUBJECT_VERBS = ("estimated put stood stands stand amounted amount amounts reached reach reaches rose rise rises "
                  "climbed climbs totaled totalled totals total numbered number numbers increased grew fell dropped hit "
                  "hits came comes surpassed exceeded topped passed risen declined decreased jumped slipped edged soared "
                  "plunged slowed accelerated ticked fallen grown remained remains stayed held averaged averages").split()


def _subject_patterns(L) -> Tuple[re.Pattern, re.Pattern]:
    """"NP [is|has been] VERB [up|down|in] [at|to|by] N": the verbs of level and change of changes.yaml and the
    verbs of estimating."""
    verbs = trie_pattern(set(_SUBJECT_VERBS) | (L.change_verbs - {"lost", "lose", "loses", "losing", "cut", "cuts", "cutting"})
                         | (L.level_verbs - {"was", "were", "is", "are"}), fold_case=True)
    copula = re.compile(
        r"(?<![A-Za-z'\u2019-])(?P<np>(?:[A-Za-z][A-Za-z'\u2019-]*\s+){0,2}[A-Za-z][A-Za-z-]*)\s+"
        r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+)?"
        rf"(?:{verbs})"
        r"(?:\s+(?:up|down|in|out|unchanged|steady|flat|little\s+changed))?(?:\s+(?:at|to|by))?\s+$",
        re.IGNORECASE)
    at_end = re.compile(rf"\b(?:at|to|by|{verbs})\s+$")
    return copula, at_end


_TOLL = re.compile(r"\b(?:death|casualty|fatality)?\s*toll\b", re.IGNORECASE)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:[a-z]+\s+){0,4}?(?:at|to|by)?\s*$")
_PUT_AT = re.compile(r"\bput(?:s|ting)?\s+(?:the|its|their|a)\s+((?:[\w'-]+\s+){0,8}?)(?:at|to)\s+$")


def _unit_before(text: str, pos: int, floor: int, L: _Lex) -> Optional[str]:
    """The subject of "NP are estimated at N" / "NP amounted to N" / "NP stood at N" / "put NP at N"."""
    if not L.re_verb_at_end.search(text, max(floor, pos - 40), pos):
        return None  # the common case: no "estimated at" / "rose to" / "put ... at" before the number
    window = text[max(floor, pos - 120):pos]
    clause = re.split(r"[.;:!?]\s", window)[-1]
    pm = _PUT_AT.search(clause)
    m = L.re_copula_before.search(window)
    if not (pm or m):
        return None
    head_region = pm.group(1) if pm else clause[:m.start("np") - len(window) + len(clause)] + m.group("np") \
        if len(clause) >= len(window) - m.start("np") else m.group("np")
    nm = _NUMBER_OF.search(clause)
    if nm:
        words = nm.group(1).split()
        while len(words) > 1 and words[-1].lower() in L.unit_stop:
            words.pop()  # "the number of dead at 122": dead
        return " ".join(words)
    if _TOLL.search(head_region if pm else clause):
        return "deaths"
    if pm:
        words = [w for w in pm.group(1).split() if w.lower() not in L.unit_stop]
        return " ".join(words[-2:]) or None
    words = [w for w in m.group("np").split()]
    keep = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w.endswith(("'s", "\u2019s", "'", "\u2019")):
            break  # "December's figures": a possessive opens the phrase
        if w.lower() in L.unit_stop:
            if keep and w.lower() in ("in", "of", "at", "for", "among") and i > 0 and \
                    words[i - 1].lower() not in L.unit_stop and words[i - 1].lower() not in L.clause_verbs:
                keep = words[i - 1:i + 1] + keep  # "jobs in mining declined by 9,000": the head and its modifier
            break
        keep.insert(0, w)
    while len(keep) > 1 and keep[0].lower() in L.clause_verbs:
        keep.pop(0)  # "revised to show payrolls grew by 239,000": payrolls
    return " ".join(keep) or None


def _token(text: str, m, L: _Lex) -> Optional[_Raw]:
    """The raw figure one token match stands for (None: no number after all)."""
    s, e = m.span()
    grp = m.lastgroup
    tok = m.group()
    if grp == "digits":
        glued = m.group("gunit") or m.group("gminor") or ""
        scale = m.group("dscale") or ""
        num = tok[: len(tok) - len(glued) - len(scale)]
        if scale == "K" and not L.re_currency_before.search(text[max(0, s - 8):s]):
            return None  # "a 4K screen", "a 5K run": a name; "$40K" is money
        if scale == "m" and not glued and L.re_dimension_after.match(text, e, min(len(text), e + 30)) and \
                not L.re_currency_before.search(text[max(0, s - 8):s]):
            r = _Raw(s, e, float(num.replace(",", "")), num, grp)  # "828m tall", "a 5m-long wall": metres
            r.glued = ("unit", "m")
            r.num_end = e - 1
            return r
        r = _Raw(s, e, _digits_value(num, scale, L), num, grp)
        r.scaled = bool(scale.strip())
        if glued:
            r.glued = ("unit" if m.group("gunit") else "minor", glued)
            r.num_end = e - len(glued)
        if scale and not glued:
            r.num_end = e
        return r
    if grp == "words":
        v, n = _words_value(tok, L)
        if v is None:
            return None
        return _Raw(s, s + n, v, text[s:s + n], grp)
    if grp == "fold":
        fm = re.match(r"(.*?)-?(?:%s)$" % _alt(L.fold_suffixes), tok, re.IGNORECASE)
        base = fm.group(1)
        v = float(base) if re.fullmatch(r"[\d.]+", base) else _words_value(base, L)[0]
        if v is None:
            return None
        r = _Raw(s, e, v, tok, grp)
        r.kind, r.unit, r.unit_written, r.unit_name, r.dimension = "ratio", "fold", tok[len(base):].lstrip("-"), \
            "times", "ratio"
        r.rules.append("multiplier")
        return r
    if grp == "fracw":
        parts = re.split(r"[-\s]+", tok.lower())
        den = L.fractions[parts[-1]]
        numer = 1.0 if len(parts) == 1 or parts[0] in ("a", "an") else float(L.units.get(parts[0], L.tens.get(parts[0], 1)))
        r = _Raw(s, e, numer / den, tok, grp)
        return r
    if grp == "fracd":
        fm = re.match(r"(\d+)/(\d+)([a-z]*)", tok)
        a, b = int(fm.group(1)), int(fm.group(2))
        if not (0 < a < b <= 100):
            return None
        r = _Raw(s, e, a / b, tok, grp)
        r.low = r.high = r.value
        return r
    if grp == "alone":
        return _Raw(s, e, float(L.alone[tok.lower()]), tok, grp)
    if grp == "vague":
        if tok.lower() in L.vague_need_of and not re.match(r"\s+of\b", text[e:e + 10]):
            return None  # "test scores", "scores tax bills": no amount without "of"
        spec = L.vague[re.sub(r"\s+", " ", tok.lower())]
        r = _Raw(s, e, None, tok, grp)
        r.low, r.high, r.hedge = float(spec["low"]), float(spec["high"]), spec["hedge"]
        r.rules.append("vague-amount")
        return r
    r = _Raw(s, e, None, tok, grp)  # ordinals
    r.kind = "ordinal"
    if grp == "ordd":
        r.value = float(re.match(r"\d+", tok).group())
    r.low = r.high = r.value
    return r


def _merge_spans(spans: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    out: List[Tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


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
    skip += [(m.start(), m.end()) for m in L.re_phone.finditer(text, body)]
    skip = _merge_spans(skip)  # URLs and telephone numbers, sorted and merged: none overlaps another
    skip_starts = [a for a, _ in skip]
    raws: List[_Raw] = []
    last = body
    for st in L.re_start.finditer(text, body):
        if st.start() < last:
            continue
        m = L.re_token.match(text, st.start())
        if m is not None and m.lastgroup == "fracw" and not _is_fraction(text, body, m, L):
            m = L.re_token_plain.match(text, st.start())  # the same words read without fractions
        if m is None:
            continue
        s, e = m.span()
        k = bisect_right(skip_starts, s) - 1  # the skipped span that starts last before s
        if k >= 0 and s < skip[k][1]:
            last = e
            continue
        r = _token(text, m, L)
        if r is None:
            last = e if m.lastgroup != "words" else s + 1
            continue
        last = r.end
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
    _scale_ellipsis(doc, raws, L)
    _rate_ellipsis(doc, raws, L)
    figures = []
    for r in raws:
        if r.drop or not all(x is None or math.isfinite(x) for x in (r.value, r.low, r.high)):
            continue  # a number past float range (a 310-digit figure) is no figure to report
        line, col = doc.line_col(r.start)
        base = None
        u = L.tables.unit(r.unit_written) if r.kind == "quantity" and r.unit_written else None
        factor, base_unit = (u.factor, u.base) if u is not None and u.factor is not None else (None, None)
        if r.kind == "money" and r.currency and r.unit_name and r.unit_name != r.currency and \
                L.tables.currencies.get(r.currency) and r.unit_name == L.tables.currencies[r.currency].minor:
            factor, base_unit = 0.01, r.currency  # "95p" is 0.95 GBP
        if factor is not None:
            conv = lambda x: None if x is None else round(x * factor, 12)
            base = {"unit": base_unit, "factor": factor, "value": conv(r.value), "low": conv(r.low),
                    "high": conv(r.high)}
        figures.append(Figure(
            id=f"fig-{r.start}-{r.end}", start=r.start, end=r.end, text=text[r.start:r.end], kind=r.kind,
            value=r.value, low=r.low, high=r.high, hedge=r.hedge, unit=r.unit, tolerance=r.tolerance,
            unit_written=r.unit_written, unit_canonical=r.unit_name, dimension=r.dimension, change=r.change,
            currency=r.currency, base=base, restates=f"fig-{r.restates[0]}-{r.restates[1]}" if r.restates else None,
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
    if r.group == "fracw":
        return _fraction_words(text, body, r, L, before, after, prev)
    if r.group == "fracd":
        if not (re.search(r"[a-z]$", r.token) or re.match(r"\s+of\b", after) or L.re_hedge_before.search(before)):
            return None  # "24/7", "9/11", "3/4" alone: names and dates, not fractions
        r.kind, r.unit_name, r.dimension = "ratio", "fraction", "ratio"
        r.rules.append("fraction")
        return _fraction_tail(text, body, r, L)
    if r.group in ("digits", "words") and L.re_scale_label and L.re_scale_label.search(before):
        r.kind = "ordinal"  # "a Category 4 storm", "level two": a rank on a scale, read but no claim
        r.unit = L.re_scale_label.search(before).group("l").lower()
        r.rules.append("scale-label")
        return r
    if r.group == "words" and _compound(text, r, L):
        return None  # "a one-time award", "a one-way street"
    if r.group == "digits":
        # names and labels: F-16, COVID-19, Su-34, G7, #5, Article 5, 24/7, 10:30, 1.2.3
        if before.endswith("-") and len(before) > 1 and before[-2].isalpha() and \
                not re.search(r"\d-to-$", before):
            return None
        if r.glued:
            if prev in L.label_words:
                return None  # "Section 5c", "Model 3p"
        elif re.match(r"[A-Za-z]", after):
            if re.match(r"s\b", after) and re.fullmatch(r"1[89]\d0|20\d0", r.token):
                r.kind, r.end = "year", e + 1
                r.rules.append("decade")
                return r
            return None
        if before.endswith(("#", "/")) or re.match(r"/\d", after) or \
                (re.match(r"[-\u2013](?:[A-Z]|\d+[A-Za-z])", after) and not L.re_glued_range.match(after)):
            return None
        if re.match(r":\d\d", after) or before.endswith(":") and re.search(r"\d:$", before):
            r.kind = "time"
            r.rules.append("clock-time")
            return r
        if prev in L.label_words and not L.re_hedge_before.search(before) and not before.rstrip().endswith(","):
            return None
        if L.re_name_word.search(before) or _camel_before(before):
            return None  # "the S&P 500", "the FTSE 100", "iPhone 7", "PlayStation 5"
        if r.token in L.emergency_numbers and (L.re_emergency_after.match(after) or
                                               re.search(r"\b(?:dial(?:l?ed|s|ing)?|call(?:ed|s|ing)?)\s+$", before, re.IGNORECASE)):
            return None  # "911 calls", "dialled 999": a telephone service, not a figure
        if L.re_model_suffix.match(after):
            return None  # "the iPhone 7 and 7 Plus"
        if L.re_street.match(after) and not L.re_currency_before.search(before):
            return None  # "221 Baker Street": an address
        if _score(text, body, r, L, before, after):
            return None  # "won 3-1", "a 2-0 defeat": a sports score
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
        _hedge_before(text, body, r, L)
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
    if r.group == "digits" and not r.glued and r.value is not None and r.value <= 31 and r.value == int(r.value) \
            and "," not in r.token and (L.re_month_before.search(before) or L.re_month_after.match(after)):
        r.kind = "date"
        r.rules.append("day-of-month")
        return r
    # years
    if r.group == "digits" and not r.glued and not r.scaled and re.fullmatch(r"1[89]\d\d|20\d\d|2100", r.token):
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
    # durations: "six months", "48 hours", "a two-day visit", "12 straight months", "the past 12"
    if r.group in ("digits", "words") and not r.glued and L.re_past_n.search(before) and \
            re.match(r"\s*(?:[,.;:)!?]|$|and\b|or\b|to\b|through\b)", after):
        r.kind = "duration"
        r.rules.append("duration-elided")  # "200,000 jobs a month for the past 12"
        return r
    if L.re_duration_after.match(after) and r.group in ("digits", "words", "alone") and not r.glued:
        m = L.re_duration_after.match(after)
        if ("." in r.token or _MEASURED.search(text, max(body, s - 80), s) and not m.group().startswith("-")) \
                and not L.re_past_n.search(before):  # "the average rate on a 30-year mortgage": a term, no measure
            r.kind = "quantity"  # "a median response time of 9.5 minutes", "the average wait ... 211 days"
            r.unit = m.group().strip(" -").split()[-1].lower()
            r.end = e + m.end()
            r.rules.append("measured-duration")
            _hedge_before(text, body, r, L)
            return r
        r.kind = "duration"
        r.unit = m.group().strip(" -").split()[-1].lower()
        r.end = e + m.end()
        r.rules.append("duration")
        _hedge_before(text, body, r, L)  # "in less than 24 hours"
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
    # signs: "-2.1%", "minus 40 degrees"
    sign = re.search(r"(?:^|(?<=[\s(\[:]))[-\u2212]$", before) if r.group == "digits" else None
    word_sign = re.search(r"(?<!plus or )(?<!plus-or-)\b(?:minus|negative)\s+$", before, re.IGNORECASE)
    if (sign or word_sign) and r.value:
        r.value = -r.value
        r.low = r.high = r.value
        r.start = s - (1 if sign else len(word_sign.group()))
        r.rules.append("sign")
    elif r.group == "digits" and re.search(r"(?:^|(?<=[\s(\[:]))\+$", before):
        r.start = s - 1
        r.change = "change"  # "+235,000", "+0.2%": a change by its sign
        r.rules.append("sign")
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
        r.unit = _unit_before(text, r.start, body, L)
        if r.unit:
            r.unit_written = r.unit_written or r.unit
            r.rules.append("unit-from-subject")
    elif r.kind == "money" and " per " not in r.unit:
        subject = _unit_before(text, r.start, body, L)
        clause = re.split(r"[.;:!?]\s|,\s", text[max(body, r.start - 100):r.start])[-1]
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


def _hedge_before(text: str, body: int, r: _Raw, L: _Lex) -> None:
    """A hedge before the figure ("nearly", "more than", "in the order of") makes its interval."""
    window = text[max(body, r.start - 40):r.start]
    h = L.re_hedge_before.search(window)
    if not h or (r.group == "vague" and h.group("h").lower() not in ("some", "several")):
        return
    phrase = h.group("h").lower()
    cls = L.hedge_of[("b", phrase)]
    if phrase.startswith("up to") and _after_change_verb(text[max(body, r.start - 100):r.start - (len(window) - h.start("h"))], L):
        r.change = "level"  # "the rate ticked up to 62.9 percent": a level reached, no bound
        r.rules.append("level-not-bound")
        return
    r.start = r.start - (len(window) - h.start("h"))
    _apply_hedge(r, cls, L)
    r.rules.append(f"hedge:{cls}")


def _after_change_verb(before: str, L: _Lex) -> bool:
    """Does a verb of change stand just before, with at most a short noun phrase between
    ("ticked", "moved the rate", "pushed unemployment")?"""
    words = re.findall(r"[A-Za-z']+", before.split(",")[-1].split(";")[-1])[-5:]
    for i, w in enumerate(reversed(words)):
        if w.lower() in L.change_verbs:
            return True
        if i >= 4 or w.lower() in ("of", "to", "for", "by", "and", "or", "could", "would", "will", "may", "might",
                                   "can", "be", "than"):
            return False
    return False


def _units(text: str, body: int, r: _Raw, L: _Lex) -> None:
    """What the figure counts or measures, read after it: a unit of the table, a currency, a noun phrase."""
    T = L.tables
    if r.unit is None:
        um = L.re_unit_after.match(text, r.end, min(len(text), r.end + 40))
        if um and not (r.group == "vague" and not um.group().startswith(" of")):
            written = um.group("sym") or um.group("word")
            u = T.unit(written)
            r.kind, r.unit, r.unit_written = "quantity", written, written
            r.unit_name, r.dimension = (u.name, u.dimension) if u else (written.lower(), "measure")
            r.end = um.end()
            r.rules.append("unit-table")
        else:
            cw = L.re_currency_word.match(text, r.end, min(len(text), r.end + 40))
            if cw is None and r.scaled is False and r.group in ("words", "alone", "digits"):
                cw = None
            mw = L.re_minor_word.match(text, r.end, min(len(text), r.end + 30)) if L.re_minor_word else None
            code = L.re_code_after.match(text, r.end, min(len(text), r.end + 10))
            if cw:
                c = T.currency_of_word(cw.group("w"))
                r.kind, r.unit, r.unit_written = "money", cw.group("w"), cw.group("w")
                r.unit_name, r.dimension, r.currency = (c.code or None) if c else None, "currency", \
                    (c.code or None) if c else None
                r.end = cw.end()
                r.rules.append("currency-word")
            elif mw:
                c = T.minor_words[mw.group("w").lower()]
                r.kind, r.unit, r.unit_written, r.unit_name = "money", mw.group("w"), mw.group("w"), c.minor
                r.dimension, r.currency = "currency", c.code
                r.end = mw.end()
                r.rules.append("minor-currency-word")
            elif code:
                c = T.currencies[code.group("c")]
                r.kind, r.unit, r.unit_written, r.unit_name = "money", c.unit, code.group("c"), c.code
                r.dimension, r.currency = "currency", c.code
                r.end = code.end()
                r.rules.append("currency-code-after")
    if r.unit is None and not re.match(r"-to-\d", text[r.end:r.end + 5]):
        unit, uend = _unit_after(text, r.end, min(len(text), r.end + 80), L, allow_of=True)
        if unit and " " not in unit and unit.lower() in L.verb_participles:
            unit = None  # "the 45.5 million sold were ahead of forecasts": a verb, not what is counted
        if unit is None and r.kind == "count" and L.re_predicate is not None:
            pm = L.re_predicate.match(text, r.end, min(len(text), r.end + 60))
            if pm:  # "at least 108 had died", "18 were killed": what the predicate says of them, unless the
                r.predicate_unit = L.predicate_units[pm.group("p").lower()]  # sentence names the noun (_ellipsis)
        if unit:
            words = unit.split()
            head, first = words[-1].lower(), words[0].lower()
            cur = T.currency_of_word(first) or T.currency_of_word(head)
            if cur:
                r.kind, r.currency, r.dimension = "money", cur.code or None, "currency"
                r.unit_name = cur.code or None
                r.rules.append("currency-word")
            elif first in L.times_words and r.kind == "count":
                nxt = text[uend:uend + 30].lower()
                if any(re.match(rf"\s+{re.escape(c)}\b", nxt) for c in L.comparatives):
                    r.kind, r.unit_name, r.dimension = "ratio", "times", "ratio"  # "eight times higher"
                    r.rules.append("multiplier")
            r.unit = unit
            r.unit_written = r.unit_written or unit
            r.end = uend
    # rates keep their denominator: "$300 a week", "$1.67 per share", "60 miles an hour"
    if r.unit is not None and L.re_rate is not None and r.kind in ("money", "quantity", "count", "percent"):
        rm = L.re_rate.match(text, r.end, min(len(text), r.end + 40)) or \
            L.re_rate_slash.match(text, r.end, min(len(text), r.end + 12))
        if rm and not (r.kind == "count" and rm.group().strip().lower().startswith(("a ", "an "))
                       and r.unit and not _plural(r.unit.split()[-1].lower())):
            d = rm.group("d").lower()
            r.unit = f"{r.unit} per {d}"
            r.unit_written = f"{r.unit_written or ''} {rm.group().strip()}".strip()
            if r.unit_name:
                r.unit_name = f"{r.unit_name} per {d}"
            r.rules.append("rate")  # the span stays the number and its unit; the rate is in the unit
    ha = L.re_hedge_after.match(text[r.end:r.end + 20])
    if ha and r.value is not None and r.hedge == "exact":
        cls = L.hedge_of[("a", ha.group("h").lower())]
        _apply_hedge(r, cls, L)
        r.end += ha.end()
        r.rules.append(f"hedge:{cls}")


def _change(text: str, body: int, r: _Raw, L: _Lex) -> Optional[str]:
    """Change ("rose by 5%", "fell 3.1%", "a drop of 18,000", "a 6 percent decrease") or level ("to 5%")."""
    before = text[max(body, r.start - 80):r.start]
    clause = re.split(r"[.;:!?\n]\s|,\s", before)[-1]
    words = re.findall(r"[A-Za-z']+", clause.lower())
    after = text[r.end:r.end + 30].lower()
    am = re.match(r"\s*(?:-\s*)?([a-z]+)", after)
    if am and am.group(1) in ("higher", "lower") and r.kind in ("percent", "money", "quantity"):
        return "change"  # "closed 3 percent lower"
    if am and am.group(1) in L.change_nouns and r.kind in ("percent", "money", "quantity", "count") \
            and re.search(r"\b(?:a|an|the)\s+$", before.lower()):
        return "change"  # "a 6 percent decrease"
    if not words:
        return None
    last = words[-1]
    if last in L.change_before and r.kind in ("percent", "money", "quantity", "count") and \
            not (last in ("up", "down") and len(words) > 1 and words[-2] in L.change_verbs):
        return "change"  # "up 2 percent", "off 14 percent"
    if last in ("to", "at", "from"):
        rest = words[:-1]
        if rest and rest[-1] in L.change_particles:
            rest = rest[:-1]
        if last == "at" or any(w in L.change_verbs or w in L.change_nouns for w in rest[-6:]):
            return "level"
        return None
    if last == "by" and any(w in L.change_verbs for w in words[-5:-1]):
        return "change"
    if last == "of" and len(words) > 1 and words[-2] in L.change_nouns:
        return "change"  # "a drop of 18,000", "an increase of 5%"
    if last in L.change_particles and len(words) > 1 and words[-2] in L.change_verbs:
        return "change"  # "ticked up 0.2%"
    if last in L.change_verbs:
        return "change"  # "fell 3.1%", "added 295,000"
    if last in L.level_verbs:
        return "level"
    return None


def _is_fraction(text: str, body: int, m, L: _Lex) -> bool:
    """Is the fraction-word match a fraction ('a quarter of voters', 'two-fifths', 'roughly a third',
    'half the country') rather than an ordinal or a noun ('a third term', 'the first fiscal quarter',
    'four quarters', 'the eastern half')?"""
    tok = m.group()
    parts = re.split(r"[-\s]+", tok.lower())
    word = parts[-1]
    numbered = len(parts) > 1
    before = text[max(body, m.start() - 40):m.start()]
    after = text[m.end():m.end() + 40]
    prev = _prev_word(text, m.start(), body)
    of_after = re.match(r"\s+of\b", after)
    hedged = L.re_hedge_before.search(before)
    if re.match(r"-\w", after):
        return False  # "a half-hour", "a quarter-final"
    if not numbered:  # a bare "half" may be one ("half the country"); "quarter", "third" need a numerator
        if word == "half" and prev == "by" and not re.match(r"\s+[a-z]", after):
            return True  # "cut by half"
        return word == "half" and bool(re.match(r"\s+(?:of|the|its|their|his|her|our|all|that|this|those|these)\b",
                                                after, re.IGNORECASE)) \
            and prev not in _HALF_NOT_AFTER and not prev.endswith("ern") and prev not in L.ordinals
    numer = 1 if parts[0] in ("a", "an") else L.units.get(parts[0], L.tens.get(parts[0], 1))
    if numer >= L.fractions[word]:
        return False  # "four quarters", "two halves": whole periods or parts, not a fraction
    if parts[0] in ("a", "an"):  # "a quarter of", "roughly a third", "cut by a third"; not "a third term"
        return bool(of_after or hedged) or (prev == "by" and not re.match(r"\s+[a-z]", after))
    if word in L.time_units and not ("-" in tok or of_after):
        return False  # "two or three quarters": periods of time
    return "-" in tok or bool(of_after) or word.endswith("s") or bool(hedged)


_HALF_NOT_AFTER = frozenset("the a an this that its their his her our my your first second last latter former other "
                            "each every upper lower top bottom back front better bigger larger smaller".split())


def _fraction_words(text: str, body: int, r: _Raw, L: _Lex, before: str, after: str, prev: str) -> Optional[_Raw]:
    """'a quarter of voters', 'two-fifths', 'one-tenth of a point', 'three quarters', 'half the country'."""
    r.kind, r.unit_name, r.dimension = "ratio", "fraction", "ratio"
    r.rules.append("fraction")
    return _fraction_tail(text, body, r, L)


def _fraction_tail(text: str, body: int, r: _Raw, L: _Lex) -> _Raw:
    """The whole a fraction is taken of: 'of voters', 'of a percentage point' (a fraction of a point is percent)."""
    m = re.match(r"\s+of\s+(?:(?:a|an|the|its|their|his|her|our|all|those|these)\s+)?", text[r.end:r.end + 40],
                 re.IGNORECASE) or (re.match(r"\s+(?:the|its|their|his|her|our|all|those|these)\s+",
                                             text[r.end:r.end + 40], re.IGNORECASE) if r.token.lower() == "half" else None)
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
            nm = re.match(r"\d[\d,.]*\s+", text[at:at + 20])
            unit, uend = _unit_after(text, at + (nm.end() if nm else 0), min(len(text), at + 80), L, allow_of=False)
            if unit:
                r.unit = r.unit_written = unit
                if not nm:  # "almost half of the 3,000 employees": the count after it stays its own figure
                    r.end = uend
    _hedge_before(text, body, r, L)
    r.change = _change(text, body, r, L)
    return r


def _compound(text: str, r: _Raw, L: _Lex) -> bool:
    m = re.match(r"[A-Za-z]+(?:-[A-Za-z]+)+", text[r.start:r.start + 40])
    return bool(m) and m.group().lower() in L.number_compounds


def _camel_before(before: str) -> bool:
    """A word with a capital inside it just before: a product name ("iPhone 7", "PlayStation 5")."""
    m = re.search(r"(?:^|\s)([A-Za-z]*[a-z][A-Z][A-Za-z]*)\s$", before)
    return bool(m)


def _score(text: str, body: int, r: _Raw, L: _Lex, before: str, after: str) -> bool:
    """'won 3-1', 'a 2-0 defeat', 'beat them 4-2': two small numbers joined by a dash near a word of sport."""
    pair = re.match(r"[-\u2013]\d{1,2}(?!\d|[.,]\d)", after) if re.fullmatch(r"\d{1,2}", r.token) else None
    back = re.search(r"(?<![\d.,])\d{1,2}[-\u2013]$", before) if re.fullmatch(r"\d{1,2}", r.token) else None
    if not (pair or back):
        return False
    window = text[max(body, r.start - 60):r.end + 40].lower()
    return any(w in L.sport_words for w in re.findall(r"[a-z][a-z-]*", window))


def _after_name(text: str, body: int, s: int, L: _Lex) -> bool:
    """A number glued by a space to a capitalised word inside a sentence is part of a name."""
    m = re.search(r"(\S*)\s+([A-Za-z][\w-]*)\s$", text[max(body, s - 40):s])
    if not m or not m.group(2)[0].isupper() or not m.group(2)[1:].islower():
        return False
    g1 = m.group(1)
    in_name = re.fullmatch(r"[A-Z][a-z]+", g1) is not None and g1.lower() not in L.unit_stop \
        and g1.lower() not in L.weekdays and g1.lower() not in L.months and g1.lower() not in _NAME_NUMBER_STOP
    if not (text[s:s + 1].isupper() or in_name or re.fullmatch(r"(?:the|a|an|its|their|his|her|\d[\d,.]*)", g1)):
        return False  # "send Ukraine four more": a name stands before a number, not in it; "Police Lodge 3" is one
    m = re.search(r"([A-Za-z][\w-]*)\s$", text[max(body, s - 30):s])
    w = m.group(1).lower()
    if w in L.months or w in L.label_words or w in _NAME_NUMBER_STOP or len(w) < 3:
        return False
    start = s - len(m.group(1)) - 1
    pre = text[max(body, start - 3):start]
    if start <= body or re.search(r"(?:[.!?:\n\u2022\u201c\"]\s*|^\s*)$", pre) or \
            L.re_percent.match(re.sub(r"^[\d.,]+", "", text[s:s + 24])):
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


_RANGE_JOIN = re.compile(r"^\s*(?:[-\u2013\u2014]|to|and|or|-to-)\s*$", re.IGNORECASE)
_COUNTABLE = ("count", "quantity", "money", "percent")


def _base(token: str) -> Optional[float]:
    """The digits of a token without its scale word ("1.5 million" -> 1.5)."""
    m = re.match(r"[\d.,\u00a0\u202f\u2009]+", token)
    if not m:
        return None
    try:
        return float(re.sub(r"[,\u00a0\u202f\u2009]", "", m.group()))
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
        if b is None or a.value is None or b.value is None or a.hedge not in ("exact", "approximately") and not (
                a.hedge in ("nearly", "more_than", "up_to") and re.fullmatch(r"\s+(?:in|out\s+of)\s+", text[a.end:b.start])):
            out.append(a)
            i += 1
            continue
        gap = text[a.end:b.start]
        # a conversion in parentheses restates the figure before it: "5 miles (8 km)", "$46.85bn (£38.44bn)";
        # both stay figures (each is written as a number), the second names the first in ``restates``
        if a.kind in ("quantity", "money") and a.kind == b.kind and re.fullmatch(r"\s*\(\s*(?:about|around|roughly|some|or|c\.)?\s*", gap, re.IGNORECASE) \
                and re.match(r"\s*\)", text[b.end:b.end + 3]) and (a.dimension == b.dimension or a.kind == "money"):
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
        if a.kind == "count" and a.unit is None and b.kind == "count" and re.fullmatch(r"\s+(?:in|out\s+of)\s+", gap) \
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
            or (a.kind == "money" and b.kind == "count" and b.unit is None)
        kinds_ok = a.kind in _COUNTABLE and (b.kind in _COUNTABLE or b.kind == "duration" and a.kind == "count")
        joiner = _RANGE_JOIN.match(gap)
        between = re.search(r"\bbetween\s+$", text[max(0, a.start - 10):a.start], re.IGNORECASE)
        word = gap.strip().lower()
        small_or = word == "or" and a.value < b.value <= a.value * 2 and b.value <= 100
        if a.change == "change" and word in ("to", "-to-") and not between and \
                (re.search(r"\b(?:by|of)\s+$", text[max(0, a.start - 6):a.start]) or b.value > 3 * a.value):
            b.change = "level"  # "a drop of 18,000 to 239,000": how much it moved, and where it stands
            out.append(a)
            i += 1
            continue
        if kinds_ok and same_unit and (joiner and (word != "and" or between) or small_or):
            lo = a.value
            base_b = _base(b.token)
            if base_b and b.value / base_b > 1 and a.value < base_b and a.group == "digits" and "," not in a.token \
                    and not re.search(r"[a-zA-Z]", a.token):
                lo = a.value * (b.value / base_b)  # "5 to 7 million", "$2-3 billion"
            elif a.group == "words" and b.group == "words":
                sc = re.search(r"(\w+)$", b.token).group(1).lower()
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
            elif r.predicate_unit:
                r.unit = r.unit_written = r.predicate_unit
                r.rules.append("unit-from-predicate")
            elif r.group == "words" and r.token.lower() == "one":
                r.drop = True  # "one" with no noun and no antecedent is a pronoun
        if r.kind == "count" and r.unit:
            last_in_sentence[sid] = r
            last_count = (sid, r)


def _scale_ellipsis(doc: Document, raws: List[_Raw], L: _Lex) -> None:
    """Money left without its scale word takes the scale of the money figure it is set against.

    "revenue of $51.5 billion, ahead of the consensus of $46.89": $46.89 billion. Only in one sentence,
    the same currency, a base within a factor of two of the other's digits, and never a rate ("$1.67 a share")
    nor an alternative given with "or" ("$9 billion, or $1.67").
    """
    text = doc.text
    sentences = doc.segments.sentences if doc.segments else []
    si = 0
    scaled = None  # (sentence index, figure) of the last scaled money figure
    for r in raws:
        while si < len(sentences) and sentences[si].end <= r.start:
            si += 1
        sid = si if si < len(sentences) and sentences[si].start <= r.start else -1
        if r.kind != "money" or r.value is None or r.drop:
            continue
        if r.scaled:
            scaled = (sid, r)
            continue
        if scaled is None or scaled[0] != sid or sid < 0 or (r.unit or "").count(" per ") or r.currency != scaled[1].currency:
            continue
        other = scaled[1]
        base = _base(other.token)
        factor = other.value / base if base else 1
        if not base or factor < 1000 or r.value >= 1000 or not 0.5 <= r.value / base <= 2:
            continue
        if re.search(r"\bor\s+$", text[max(0, r.start - 6):r.start]):
            continue
        r.value *= factor
        r.low = None if r.low is None else r.low * factor
        r.high = None if r.high is None else r.high * factor
        r.scaled = True
        r.rules.append("scale-ellipsis")


def _rate_ellipsis(doc: Document, raws: List[_Raw], L: _Lex) -> None:
    """Money set against a rate in the same sentence keeps the rate's denominator.

    "Earnings per share came in at $1.67, ahead of the expectation of $1.65": $1.65 per share too. Only a
    later figure of the same currency, unscaled, within a factor of two of the rate's value.
    """
    sentences = doc.segments.sentences if doc.segments else []
    si = 0
    rate = None  # (sentence index, figure) of the last money figure that is a rate
    for r in raws:
        while si < len(sentences) and sentences[si].end <= r.start:
            si += 1
        sid = si if si < len(sentences) and sentences[si].start <= r.start else -1
        if r.kind != "money" or r.value is None or r.drop or not r.unit:
            continue
        if " per " in r.unit:
            rate = (sid, r)
            continue
        if rate is None or rate[0] != sid or sid < 0 or r.scaled or rate[1].scaled or r.currency != rate[1].currency:
            continue
        other = rate[1]
        if other.value and 0.5 <= r.value / other.value <= 2 and other.unit.startswith(r.unit + " per "):
            r.unit = other.unit
            r.unit_name = other.unit_name
            r.rules.append("rate-ellipsis")

