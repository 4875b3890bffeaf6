"""Compiled views of the figure lexicons (numbers, units, quantities, currencies, changes, hedges), built once."""
from __future__ import annotations

import re
from functools import lru_cache
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Tuple

from ..lexicon import lexicon
from ..quantities import Tables
from ..trie import alternation as _alt, trie_pattern


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
        self.mult_adverbs = {str(k).lower(): float(v) for k, v in (mult.get("adverbs") or {}).items()}
        self.mult_adjectives = {str(k).lower(): float(v) for k, v in (mult.get("adjectives") or {}).items()}
        self.mult_verbs = {str(k).lower(): float(v) for k, v in (mult.get("verbs") or {}).items()}
        self.mult_verb_before = frozenset(str(w).lower() for w in mult.get("verb_before") or [])
        self.frequency_verbs = frozenset(str(w).lower() for w in mult.get("frequency_verbs") or [])
        self.re_frequency_not_after = re.compile(
            rf"[ \t\u00a0]+(?:{_alt(mult.get('frequency_not_before') or ['(?!)'])})\b", re.IGNORECASE)
        self.re_mult_adjective_after = re.compile(
            rf"[ \t\u00a0]+(?:{_alt(mult.get('adjective_before') or ['(?!)'])})\b", re.IGNORECASE)
        self.mult_all = {**self.mult_adverbs, **self.mult_adjectives, **self.mult_verbs}
        self.re_comparative_after = re.compile(rf"\s+(?:{_alt(self.comparatives)})\b", re.IGNORECASE)
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
            rf"|(?P<mult>\b(?:{_alt(self.mult_all or ['(?!)'])})\b(?!-))"
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
        self.re_num_lead = re.compile(rf"(?:\d[\d,.]*|(?:{self.word_number})(?![-\w]))[ \t\u00a0]+", re.IGNORECASE)
        plain = token.replace(r"|(?P<fracw>", r"|(?P<fracw>(?!)")
        self.re_token_plain = re.compile(plain, re.IGNORECASE)
        firsts = set(self.units) | set(self.tens) | {w.split()[0] for w in self.vague} | \
            {w.split()[0] for w in self.alone} | self.ordinals | set(self.fractions) | {"a", "an"} | set(self.mult_all)
        self.re_start = re.compile(
            rf"(?<![\d.,])\d|(?<![\w.])\.\d|\b(?:{trie_pattern(firsts, fold_case=True)})\b"
            rf"|\b(?:{trie_pattern(set(self.units) | set(self.tens), fold_case=True)})(?=[-\w]*(?:{fold})\b)", re.IGNORECASE)
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
        self.re_number_idiom = re.compile(rf"\b(?:{_alt(units.get('number_idioms') or ['(?!)'])})\b", re.IGNORECASE)
        self.re_descriptive_compound = re.compile(
            rf"-(?:{_alt(units.get('descriptive_compounds') or ['(?!)'])})[ \t\u00a0]+[A-Za-z]", re.IGNORECASE)
        self.number_compounds = set(w.lower() for w in units.get("number_compounds") or [])
        self.unit_stop = set(w.lower() for w in units["unit_stop"])
        self.participles = set(w.lower() for w in units["counted_participles"])
        self.time_adverbs = set(w.lower() for w in units.get("time_adverbs") or [])
        self.clause_verbs = set(w.lower() for w in units.get("clause_verbs") or [])
        self.verb_participles = set(w.lower() for w in units.get("verb_participles") or [])
        self.predicate_units = {k.lower(): str(v) for k, v in (units.get("predicate_units") or {}).items()}
        self.re_predicate = re.compile(
            rf"[\"\u201d]?[ \t\u00a0]+(?:(?:were|was|are|is|have|has|had|had\s+been|have\s+been|has\s+been|were\s+reported|"
            rf"are\s+reported|are\s+feared|were\s+confirmed|are\s+confirmed|are\s+believed|were\s+believed|"
            rf"are\s+now|were\s+later)[ \t\u00a0]+)?(?:reportedly[ \t\u00a0]+)?"
            rf"(?P<p>{_alt(self.predicate_units)})\b", re.IGNORECASE) if self.predicate_units else None
        self.irregular_plurals = frozenset(w.lower() for w in units.get("irregular_plurals") or [])
        self.name_number_stop = frozenset(w.lower() for w in units.get("name_number_stop") or [])
        self.year_before_words = frozenset(w.lower() for w in units.get("year_before_words") or [])
        self.one_pronoun_after = frozenset(w.lower() for w in units.get("one_pronoun_after") or [])
        self.age_prepositions = frozenset(w.lower() for w in units.get("age_prepositions") or [])
        self.re_age_nouns_before = re.compile(
            rf"\b(?:{_alt(units.get('age_nouns') or ['(?!)'])})\s+(?:{_alt(self.age_prepositions or ['(?!)'])})\s+$",
            re.IGNORECASE)
        self.re_age_between = re.compile(  # "men between 19 and 24": the upper end is an age too
            rf"\b(?:{_alt(units.get('age_nouns') or ['(?!)'])}|aged|ages)\s+between\s+\d{{1,3}}\s+and\s+$", re.IGNORECASE)
        self.re_age_noun_end = re.compile(rf"\b(?:{_alt(units.get('age_nouns') or ['(?!)'])})\s+$", re.IGNORECASE)
        self.re_age_after_n = re.compile(  # "voters 65 and older": an age bound after a noun of persons
            rf"^\s+(?:{_alt(units.get('age_after') or ['(?!)'])})\b", re.IGNORECASE)
        self.re_age_at = re.compile(  # "died in June at 81": a life event, then "at" within its clause
            rf"\b(?:{_alt(units.get('age_at_verbs') or ['(?!)'])})\b[^.;:!?\n\d]{{0,40}}?\bat\s+$", re.IGNORECASE)
        self.re_age_is = re.compile(  # "My son is 23."
            rf"(?<![\w'])(?:{_alt(units.get('age_subjects') or ['(?!)'])})\s+(?:is|was|turned|turns|will\s+be)\s+$",
            re.IGNORECASE)
        self.rate_base_before = frozenset(str(w).lower() for w in units.get("rate_base_before") or [])
        tb = [str(w) for w in units.get("tally_before") or []]
        self.tally_tails = frozenset(w.split()[-1].lower() for w in tb) | {"of", "was", "were", "it", "them"}
        self.re_tally_before = re.compile(rf"\b(?:{_alt(tb or ['(?!)'])})\s+(?:(?:of|was|were|it|them)\s+)?$")
        self.re_tally_before2 = re.compile(rf"\b(?:{_alt(tb or ['(?!)'])})\s+(?:(?:of|was|were|it|them)\s+)?\d+[-\u2013]$")
        ta = _alt(units.get("tally_after") or ["(?!)"])
        self.re_tally_after = re.compile(rf"[-\u2013]\d+[ \t\u00a0]+(?:{ta})\b", re.IGNORECASE)
        self.re_tally_after2 = re.compile(rf"[ \t\u00a0]+(?:{ta})\b", re.IGNORECASE)
        self.rate_heads = frozenset(str(w).lower() for w in units.get("rate_heads") or [])
        self.of_idioms = frozenset(str(w).lower() for w in units.get("of_idioms") or [])
        self.unit_skip = frozenset(str(w).lower() for w in units.get("unit_skip") or [])
        self.count_nouns = frozenset(str(w).lower() for w in units.get("count_nouns") or [])
        self.count_adjectives = frozenset(str(w).lower() for w in units.get("count_adjectives") or [])
        self.half_not_after = frozenset(w.lower() for w in num.get("half_not_after") or [])
        self.person_nouns = set(w.lower() for w in units.get("person_nouns") or [])
        self.object_units = {k.lower(): str(v) for k, v in (units.get("object_units") or {}).items()}
        self.information_nouns = set(w.lower() for w in units.get("information_nouns") or [])
        causatives = _alt(changes.get("causative_verbs") or ["(?!)"])
        self.re_causative = re.compile(  # "put the death toll at 122", "bringing the confirmed deaths to 271"
            rf"\b(?:{causatives})\s+(?:the|its|their|a|an)\s+(?P<np>(?:[\w'\u2019-]+\s+){{0,8}}?)(?:(?:at|to)\s+)?$",
            re.IGNORECASE)
        tu_pp = _alt(units["time_units"] + ["quarter", "quarters", "period", "season"])
        self.re_copula_end = re.compile(r"\b(?:is|are|was|were)(?:\s+(?:up|down)(?:\s+from)?)?\s+$", re.IGNORECASE)
        self.re_copula_subject = re.compile(  # "iPad sales for the quarter were 9.3 million"
            r"(?<![A-Za-z'\u2019-])(?P<np>(?:[A-Za-z][\w'\u2019-]*\s+){0,4}?[A-Za-z][\w-]*)"
            rf"(?:\s+(?:for|in|during|over|of)\s+(?:the\s+|that\s+|this\s+|last\s+|each\s+)?(?:{tu_pp}))?"
            r"\s+(?:is|are|was|were)(?:\s+(?:up|down)(?:\s+from)?)?\s+$", re.IGNORECASE)
        self.re_apposition = re.compile(  # "the number of unemployed persons -- 8.7 million", "Weekly hours worked: 34.6"
            r"(?<![A-Za-z'\u2019-])(?P<np>(?:[A-Za-z][\w'\u2019-]*[ \t]+){0,3}[A-Za-z][\w-]*)[ \t]*(?:--|\u2014|:)[ \t]*$")
        self.re_percent = re.compile(r"^\s?(?:%|percent\b|per\s+cent\b|pct\b|percentage\s+points?\b)", re.IGNORECASE)
        self.re_time_after = re.compile(r"^\s?(?:[ap]\.?m\b\.?|o['\u2019]clock\b|(?:gmt|utc|cet|cest|est|edt|pst|pdt)\b)", re.IGNORECASE)
        self.re_age_after = re.compile(r"^(?:-|\s)(?:years?|months?)(?:-|\s)old\b", re.IGNORECASE)
        self.re_aged_before = re.compile(
            r"\b(?:aged|age|ages)\s+(?:(?:over|under|above|below|between|from)\s+)?(?:\d+\s*(?:to|and|-|\u2013)\s*)?$|\bages?\b(?:\s+[a-z]+){0,2}?\s+(?:from|of|to|at|between|limit\s+of|is|was|will\s+be|would\s+be)\s+"
            r"(?:\d+\s+(?:to|and)\s+)?$", re.IGNORECASE)
        tu = _alt(self.time_units)
        self.re_duration_range = re.compile(
            rf"\s*(?:to|-|\u2013|and)\s*[\d.,]+(?:-|\s)(?:{tu})\b", re.IGNORECASE)
        self.re_duration_after = re.compile(rf"^(?:-|\s)(?:{tu})\b(?!-old)", re.IGNORECASE)
        # a time that is a measured result or a term, not the narrative's clock: "slept 38 minutes longer",
        # "fell asleep 21 minutes sooner", "nine years in prison", "sentenced to 14 years", "asked for 14 years"
        comp = _alt(units.get("measured_time_after") or []) or "(?!)"
        terms = _alt(units.get("term_after") or []) or "(?!)"
        self.re_measured_time_after = re.compile(rf"\s+(?:{comp}|{terms})\b", re.IGNORECASE)
        before = _alt(units.get("term_before") or []) or "(?!)"
        self.re_term_before = re.compile(rf"\b(?:{before})\s+(?:(?:up\s+to|at\s+least|about|nearly|no\s+more\s+than|"
                                         rf"more\s+than|less\s+than|a\s+maximum\s+of)\s+)?$", re.IGNORECASE)
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
        self.re_rate_every = re.compile(  # "$11.70 for every $1,000 of assessed value", "$500 for each violation"
            r"[ \t\u00a0]+for[ \t\u00a0]+(?:every|each)[ \t\u00a0]+(?P<n>(?:US\$|[$\u00a3\u20ac])?\d{1,3}(?:,\d{3})*(?:\.\d+)?"
            r"(?:[ \t\u00a0]+(?:thousand|million))?(?![\d,.]\d))?(?:[ \t\u00a0]*(?P<d>(?:of[ \t\u00a0]+)?[A-Za-z][a-z-]+))?\b",
            re.IGNORECASE)
        self.re_rate_per = re.compile(  # "$5 per bag", "2.1 doctors per 1,000 people": any noun after "per"
            rf"[ \t\u00a0]+per[ \t\u00a0]+(?:(?:{mods})[ \t\u00a0]+)?"
            r"(?P<n>\d{1,3}(?:,\d{3})*(?:[ \t\u00a0]+(?:thousand|million))?[ \t\u00a0]+)?(?P<d>[A-Za-z][a-z-]+)\b",
            re.IGNORECASE)
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
        self.up_verbs = set(w.lower() for w in changes.get("up_verbs") or [])
        self.capital_labels = frozenset(str(w) for w in units.get("capital_labels") or [])
        self.causative_verbs = set(w.lower() for w in changes.get("causative_verbs") or [])
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
        # the letters that end each phrase: a cheap necessary test before the patterns anchored at the end
        # of the text before a number (see names._tail_word)
        self.hedge_tails = {_tail(p) for p in before}
        self.hedge_keep_span = frozenset(str(p).lower() for p in hedges.get("keep_span") or [])
        self.scale_label_tails = {_tail(p) for p in self.scale_labels}
        self.name_word_tails = {_tail(p, fold=False) for p in (units.get("name_words") or [])}
        self.re_hedge_before = re.compile(rf"(?:^|(?<=[\s(\"\u201c]))(?P<h>{trie_pattern(before, fold_case=True)})\s*$",
                                          re.IGNORECASE)
        self.re_hedge_after = re.compile(rf"^\s?(?P<h>{_alt(after)})(?!\w)", re.IGNORECASE)
        self.re_url = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|\]\([^)]*\)")
        # telephone numbers: "305-376-2616", "(212) 555-0100", "+44 20 7946 0958"
        self.re_phone = re.compile(r"(?=[\d(+])(?:(?<![\w.,-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{3}[.-])\d{3}[.-]\d{4}(?![\w-])"
                                   r"|(?<![\w+])\+\d{1,3}(?:[ .-]\d{2,4}){2,4}(?![\w-])"
                                   r"|(?<![\w+.,])0\d{2,4}[ .-]\d{3,4}[ .-]\d{3,4}(?![\w-]|[.,]\d)"
                                   # a local number, seven digits: "555-0148", "428-0912" (never a range: a range
                                   # does not start its upper end with 0, nor runs 555 to four digits)
                                   r"|(?<![\w.,$\u00a3\u20ac-])(?:555|\d{3}(?=-0))-\d{4}(?![\w-]|[.,]\d))")
        # a local number after a word of telephoning: "call 428-1234", "the tip line at 428-1234"
        self.re_phone_cue = re.compile(r"\b(?:call|calls|called|calling|phone|telephone|line|hotline|dial|dialled|dialed|"
                                       r"text|tel\.?|fax|number)\b[^.\n\d]{0,25}?(?P<p>(?<![\w.,$-])\d{3}-\d{4})(?![\w-]|[.,]\d)",
                                       re.IGNORECASE)  # "0800 555 0199" (each form starts with a digit, "(" or "+")


def _tail(phrase: str, fold: bool = True) -> str:
    t = str(phrase).rstrip()
    i = len(t)
    while i and t[i - 1].isalpha():
        i -= 1
    return t[i:].lower() if fold else t[i:]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    from ..cache import view

    return view("figures", _Lex, _Lex)


def _subject_patterns(L) -> Tuple[re.Pattern, re.Pattern]:
    """"NP [is|has been] VERB [up|down|in] [at|to|by] N": the verbs of level and change of changes.yaml and the
    verbs of estimating."""
    changes = lexicon("changes")
    exclude = set(str(w).lower() for w in changes.get("subject_verbs_exclude") or [])
    verbs = trie_pattern(set(str(w).lower() for w in changes.get("subject_verbs") or []) |
                         ((L.change_verbs | L.level_verbs) - exclude), fold_case=True)
    copula = re.compile(
        r"(?<![A-Za-z'\u2019-])(?P<np>(?:[A-Za-z][A-Za-z'\u2019-]*\s+){0,3}(?!(?:has|have|had|is|are|was|were|been)\b)[A-Za-z][A-Za-z-]*)\s+"
        r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|has|have|had)\s+)?"
        rf"(?:{verbs})"
        r"(?:\s+(?:up|down|in|out|unchanged|steady|flat|little\s+changed))?(?:\s+(?:at|to|by|from))?\s+$",
        re.IGNORECASE)
    # "homicides rose from 402 to 417": "from" after the verb too (not "units were down from 52 million")
    at_end = re.compile(rf"\b(?:at|to|by|{verbs}|(?:{verbs})(?:\s+(?:up|down))?\s+from)\s+$")
    return copula, at_end
