"""Numbers that are no claim: a kind that is no figure (date, year, duration, time of day, age, a rank on a
scale), or no figure at all (a name, a label, a score, a pronoun "one"). Read in this order; the first
that holds decides."""
from __future__ import annotations

import re

from .hedges import _hedge_before
from .lex import _Lex
from .names import _after_name, _camel_before, _compound, _score, _station, _tail_word
from .raw import _Raw
from .units import _of_modifier, _unit_after
from .rx import rx

DROP = "drop"  # the number is no figure at all
# the last words the patterns below can end with (cheap tests first)
_PAST_WORDS = frozenset("past last previous prior next first coming recent".split())

_MEASURED = re.compile(r"\b(?:average|median|mean|typical|response\s+time|processing\s+time|wait\s+time)\b[^.;]*$",
                       re.IGNORECASE)
# "emissions above the limit on 92 days": the days something happened on, counted (no length of time)
_RE_ON_BEFORE = re.compile(r"\b[Oo]n\s+(?:(?:up\s+to|about|more\s+than|at\s+least|nearly|some|only)\s+)?$")


def _age_at_end(before: str, after: str) -> bool:
    """"said Helen Marchbanks, 81." / "said Terrence Ubaldo, 38. \"I ...": an age after a speaker's name, at a
    sentence end: two capitalised words after "said" or "says", the number closing the sentence."""
    return bool(rx(r"^\.(?:\s|$)").match(after) and
                rx(r"\b(?:said|says|told|added|recalled|explained|asked)\s+(?:[A-Z][a-z.'-]+\s+){1,2}[A-Z][a-z'-]+,\s$").search(before))


def _measured_after(after: str, L: _Lex, second: bool = False) -> bool:
    """A unit or percent sign after the second number of "8-12kHz", "of 2-3%", "of 5-7 km": a range, no tally.
    ``second``: ``after`` starts right after the second number itself."""
    if not second:
        m = rx(r"[-\u2013]\d[\d,.]*").match(after)
        if not m:
            return False
        after = after[m.end():]
    return bool(rx(r"[A-Za-z%\u00b0]").match(after) or L.re_percent.match(after[:30]) or
                L.re_unit_after.match(after[:40]))


def _no_claim(text: str, body: int, r: _Raw, L: _Lex, before: str, after: str, prev: str):
    """DROP (a name, no figure), ``r`` with its no-claim kind set (or a vote tally, read whole), or None:
    a figure, to be read on."""
    s, e = r.start, r.end
    tail_raw = _tail_word(before)
    tail = tail_raw.lower()  # cheap necessary tests before the patterns anchored at the end
    dash_end = before[-1:] in ("-", "\u2013")
    if r.group in ("digits", "words") and L.re_scale_label and tail in L.scale_label_tails and \
            L.re_scale_label.search(before):
        r.kind = "ordinal"  # "a Category 4 storm", "level two": a rank on a scale, read but no claim
        r.unit = L.re_scale_label.search(before).group("l").lower()
        r.rules.append("scale-label")
        return r
    if r.group == "words" and _compound(text, r, L):
        return DROP  # "a one-time award", "a one-way street"
    if r.group == "words" and any(m.start() <= s and e <= m.end() for m in
                                  L.re_number_idiom.finditer(text, max(body, s - 12), min(len(text), e + 16))):
        return DROP  # "the two sides were close", "two or more people": an idiom
    if r.group in ("words", "digits") and after[:1] == "-" and L.re_descriptive_compound.match(after):
        return DROP  # "a two-story home", "a four-alarm fire": a compound adjective, no count
    if r.group == "digits":
        # names and labels: F-16, COVID-19, Su-34, G7, #5, Article 5, 24/7, 10:30, 1.2.3
        if before.endswith("-") and len(before) > 1 and before[-2].isalpha() and \
                not rx(r"\d-to-$").search(before):
            return DROP
        if r.glued:
            if prev in L.label_words:
                return DROP  # "Section 5c", "Model 3p"
        elif rx(r"[A-Za-z]").match(after):
            if rx(r"s\b").match(after) and rx(r"1[89]\d0|20\d0").fullmatch(r.token):
                r.kind, r.end = "year", e + 1
                r.rules.append("decade")
                return r
            return DROP
        if before.endswith(("#", "/")) or rx(r"/\d").match(after) or \
                (rx(r"[-\u2013](?:[A-Z]|\d+[A-Za-z])").match(after) and not L.re_glued_range.match(after)):
            return DROP
        if rx(r":\d\d").match(after) or before.endswith(":") and rx(r"\d:$").search(before):
            r.kind = "time"
            r.rules.append("clock-time")
            return r
        if prev in L.label_words and not L.re_hedge_before.search(before) and not before.rstrip().endswith(","):
            return DROP
        if tail_raw in L.name_word_tails and L.re_name_word.search(before) or _camel_before(before, tail_raw):
            return DROP  # "the S&P 500", "the FTSE 100", "iPhone 7", "PlayStation 5"
        if _station(before, after, r.token):
            return DROP  # "told KVLR 12 at the scene", "told 8 News": a broadcaster's name
        if r.token in L.emergency_numbers and (L.re_emergency_after.match(after) or
                                               rx(r"\b(?:dial(?:l?ed|s|ing)?|call(?:ed|s|ing)?)\s+$", re.IGNORECASE).search(before)):
            return DROP  # "911 calls", "dialled 999": a telephone service, not a figure
        if L.re_model_suffix.match(after):
            return DROP  # "the iPhone 7 and 7 Plus"
        if L.re_street.match(after) and not L.re_currency_before.search(before):
            return DROP  # "221 Baker Street": an address
        if rx(r"\s+blocks?\s+of\s+[A-Z0-9]").match(after) and rx(r"\b(?:the|a)\s+(?:\d+\s+(?:and|to)\s+)?$", re.IGNORECASE).search(before):
            return DROP  # "the 1400 block of Dorsey Avenue": an address
        if tail_raw in L.capital_labels and not L.re_hedge_before.search(before):
            return DROP  # "the union's Local 1187", "American Legion Post 12": a name
        if _score(text, body, r, L, before, after):
            return DROP  # "won 3-1", "a 2-0 defeat": a sports score
    if r.group == "digits" and not r.glued and (
            rx(r"[-\u2013]\d").match(after) and not _measured_after(after, L) and
            (tail in L.tally_tails and L.re_tally_before.search(before) or L.re_tally_after.match(after))
            or dash_end and rx(r"\d[-\u2013]$").search(before) and not _measured_after(after, L, second=True) and
            (L.re_tally_before2.search(before) or L.re_tally_after2.match(after) and
             rx(r"(?<![\d,.])\d+[-\u2013]$").search(before))):
        r.unit = "votes"  # "voted 51-49", "passed the House 220-212": two counts of votes
        r.rules.append("vote-tally")
        return r
    if r.group == "digits" and rx(r"[A-Z][a-z]+,\s$").search(before) and (rx(r",\s").match(after) or
                                                                         _age_at_end(before, after)) \
            and r.value is not None and 16 <= r.value <= 110 and "," not in r.token and "." not in r.token:
        r.kind = "age"
        r.rules.append("age-apposition")  # "Smith, 54, told the committee"
        return r
    if r.group in ("digits", "words") and _after_name(text, body, s, L):
        return DROP  # "Hydro One", "Leopard 1 tanks", "Air Force One"
    if r.group == "digits" and dash_end and rx(r"\b\d{1,2}[-\u2013]$").search(before) and \
            L.re_month_before.search(rx(r"\d{1,2}[-\u2013]$").sub("", before)):
        r.kind = "date"
        r.rules.append("date-range")
        return r
    if L.re_duration_range.match(after):
        r.kind = "duration"
        r.rules.append("duration-range")
        _hedge_before(text, body, r, L)
        return r
    if r.group == "digits" and dash_end and rx(r"\b(?:1[89]|20)\d\d[-\u2013]$").search(before):
        r.kind = "year"
        r.rules.append("year-range")
        return r
    if r.group == "digits" and r.value is not None and 1 <= r.value <= 110 and "," not in r.token and \
            "." not in r.token and not r.glued and rx(r"\s*(?:[.,;:!?)\"\u201d]|$)").match(after) and \
            (tail == "at" and L.re_age_at.search(before) or
             tail in ("is", "was", "turned", "turns", "be") and L.re_age_is.search(before) and
             rx(r"[.!?]").match(after.lstrip()[:1] or ".")):
        r.kind = "age"  # "died in June at 81", "took office at 41", "My son is 23."
        r.rules.append("age-at")
        return r
    if r.group == "digits" and prev in L.rate_base_before and not r.glued:
        return DROP  # "measured per 100,000 residents, the rate rose": the base of a rate, no figure
    if (tail in L.age_prepositions and L.re_age_nouns_before.search(before) and not L.re_percent.match(after[:30])
            or L.re_age_after_n.match(after) and L.re_age_noun_end.search(before)
            or tail == "and" and L.re_age_between.search(before)) and r.value is not None and 0 < r.value <= 120 \
            and not L.re_percent.match(after[:30]) and not rx(r"\s+(?:and|to)\s+[\d.]+\s?(?:%|per\s?cent)", re.IGNORECASE).match(after):
        r.kind = "age"  # "children under 16", "voters 65 and older": the persons' age
        r.rules.append("age")
        return r
    # time of day, ages
    if L.re_time_after.match(after) and (r.group == "digits" or rx(r"\s?o['\u2019]clock\b", re.IGNORECASE).match(after)):
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
    if r.group == "digits" and not r.glued and not r.scaled and rx(r"1[89]\d\d|20\d\d|2100").fullmatch(r.token):
        hedged = L.re_hedge_before.search(before) or L.re_currency_before.search(before)
        unit, _ = _unit_after(text, e, min(len(text), e + 60), L, False)
        plural_next = unit is not None and unit.split()[0].lower().endswith("s") and not unit[0].isupper()
        year_prev = prev in L.year_before_words
        if rx(r"\b(?:mid|early|late)-$").search(before) or (not hedged and not (plural_next and not year_prev)):
            r.kind = "year"
            r.rules.append("year")
            return r
    # durations: "six months", "48 hours", "a two-day visit", "12 straight months", "the past 12"
    if r.group in ("digits", "words") and not r.glued and tail in _PAST_WORDS and L.re_past_n.search(before) and \
            rx(r"\s*(?:[,.;:)!?]|$|and\b|or\b|to\b|through\b)").match(after):
        r.kind = "duration"
        r.rules.append("duration-elided")  # "200,000 jobs a month for the past 12"
        return r
    if L.re_duration_after.match(after) and r.group in ("digits", "words", "alone") and not r.glued:
        m = L.re_duration_after.match(after)
        measured = L.re_measured_time_after.match(text, e + m.end()) or L.re_term_before.search(before)
        if ("." in r.token or _MEASURED.search(text, max(body, s - 80), s) and not m.group().startswith("-")
                or measured and not m.group().startswith("-")) \
                and not L.re_past_n.search(before):  # "the average rate on a 30-year mortgage": a term, no measure
            r.kind = "quantity"  # "a median response time of 9.5 minutes", "the average wait ... 211 days"
            r.unit = m.group().strip(" -").split()[-1].lower()
            r.end = e + m.end()
            mod = _of_modifier(text, r.end, L) if not m.group().startswith("-") else None
            if mod:  # "three years of supervised release"
                r.unit = f"{r.unit} of {mod}"
            r.rules.append("measured-duration")
            _hedge_before(text, body, r, L)
            return r
        on_days = _RE_ON_BEFORE.search(before) is not None and not m.group().startswith("-") and \
            m.group().rstrip().endswith("s")  # (plural: "on one night" is a time, no count)
        r.kind = "count" if on_days else "duration"  # "on 92 days", "on 14 of the past 30 days": days counted
        r.unit = m.group().strip(" -").split()[-1].lower()
        r.end = e + m.end()
        mod = _of_modifier(text, r.end, L) if not m.group().startswith("-") else None
        if mod:  # "three years of supervised release"
            r.unit = f"{r.unit} of {mod}"
        r.rules.append("days-counted" if on_days else "duration")
        _hedge_before(text, body, r, L)  # "in less than 24 hours"
        return r
    # the pronoun and determiner uses of "one"
    if r.group == "words" and r.token.lower() == "one":
        if prev in L.one_pronoun_after \
                or rx(r"\s+(?:another|of\s+(?!the\s+\w+\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)))", re.IGNORECASE).match(after) \
                or rx(r"\b(?:a|an)\s+[a-z]+\s+$").search(before):
            return DROP
    return None
