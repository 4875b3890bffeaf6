"""What is counted or measured: a unit of the table, a currency, the noun phrase after the number, the
subject before it, and a rate's denominator."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List, Optional, Tuple

from .hedges import _apply_hedge
from .lex import _Lex
from .raw import _Raw, _plural, _prev_word
from .rx import rx


_OF = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+")
_HYPHEN = re.compile(r"-(?=[A-Za-z])")
_WORD_AT = re.compile(r"[ \t\u00a0]*([A-Za-z][A-Za-z'\u2019-]*(?<=[A-Z]-)\d+[A-Za-z]*|[A-Za-z][A-Za-z'\u2019-]*)")  # "F-35"
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z][A-Za-z'\u2019-]*)")


def _unit_after(text: str, pos: int, limit: int, L: _Lex, allow_of: bool, skip: bool = True) -> Tuple[Optional[str], int]:
    """The noun phrase a number counts, read from ``pos`` (at most four words); ``skip``: past a word that
    changes no measure ("two more bodies"; not after "one": "one more signing" is an idiom of no count)."""
    i = pos
    m = _OF.match(text[i:limit]) if allow_of else None
    if m:
        i += m.end()
    words, end = [], i
    hm = _HYPHEN.match(text[i:limit]) if not allow_of or i == pos else None
    if hm:
        end += 1
    sk = _WORD_AT.match(text[end:limit]) if not hm else None
    if skip and sk and sk.group(1).lower() in L.unit_skip:
        nxt = _NEXT_WORD.match(text[end + sk.end():limit])
        if nxt and nxt.group(1).lower() not in L.unit_stop:
            end += sk.end()  # "two more bodies", "300 more teachers", "two other people": no measure changes
    while len(words) < 5:
        m = _WORD_AT.match(text[end:limit]) if words or i == end else None
        if m is None and not words:
            m = _WORD_AT.match(text[end:limit])
        if not m:
            break
        w = m.group(1)
        lw = w.lower().rstrip("'\u2019")
        if lw == "and" and words and words[-1].lower().endswith("ed"):
            nxt = rx(r"[ \t\u00a0]+and[ \t\u00a0]+([A-Za-z][A-Za-z-]*)").match(text[end:limit])
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
            nxt = rx(r"[ \t\u00a0]+([A-Za-z]+)").match(text[end + m.end():limit])
            if not nxt or nxt.group(1).lower() in L.unit_stop or nxt.group(1).lower() in L.time_adverbs:
                break  # "90 late in the evening", "300 early this year"
        words.append(w)
        end += m.end()
        co = _conjunct(text, end, limit, L) if len(words) < 4 else 0
        if co:  # "soldiers and police officers", "assembly and warehouse jobs": coordinated heads, one phrase
            words.extend(text[end:end + co].split())
            end += co
            break
        if _plural(lw, L):  # "boats sank", "tanks destroyed": a plural noun ends the phrase ...
            nxt = _NEXT_WORD.match(text[end:limit])
            if not (nxt and _plural(nxt.group(1).lower(), L) and nxt.group(1).lower() not in L.unit_stop):
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


_CONJUNCT = re.compile(r"[ \t\u00a0]+and[ \t\u00a0]+((?:[a-z][a-z-]*[ \t\u00a0]+)?[a-z][a-z-]*)(?![\w-])")
_AFTER_CONJUNCT = re.compile(r"[ \t\u00a0]*(?:$|[,.;:!?)\"\u201d\u2019]|(?P<w>[A-Za-z]+))")
_OBJECTS = frozenset("the a an it them its their his her this these those".split())


def _conjunct(text: str, at: int, limit: int, L: _Lex) -> int:
    """The length of "and X [Y]" at ``at`` when it coordinates a second head of the counted phrase: "400 soldiers
    and police officers", "1,200 assembly and warehouse jobs". Its last word is a plural noun, none of its words a
    function word or a participle, and what follows ends the phrase (punctuation or a function word, not an
    object: "300 workers and exports cars" is a verb); 0 when there is none."""
    m = _CONJUNCT.match(text, at, limit)
    if not m:
        return 0
    ws = m.group(1).split()
    if any(w in L.unit_stop or w in L.units or w in L.tens or
           w.endswith(("ed", "ing", "ly")) and w not in L.participles for w in ws) or \
            not _plural(ws[-1], L):
        return 0
    nx = _AFTER_CONJUNCT.match(text, m.end(), limit)
    if not nx or nx.group("w") and (nx.group("w").lower() not in L.unit_stop or nx.group("w").lower() in _OBJECTS):
        return 0
    return m.end() - at


_OF_BARE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+((?:[a-z][a-z-]*[ \t\u00a0]+){0,2}[a-z][a-z-]*)(?![\w-])")


def _of_modifier(text: str, at: int, L: _Lex) -> Optional[str]:
    """A bare "of" phrase after a head that changes the measure: "26 places of detention", "three years of
    supervised release"; none after a determiner, a number or a name ("12 cases of the disease")."""
    m = _OF_BARE.match(text, at, min(len(text), at + 60))
    if not m:
        return None
    ws = []
    for w in m.group(1).split():
        if w in L.unit_stop or w in L.clause_verbs or w in L.time_adverbs or w in L.time_units or \
                w.endswith("ly") or w in L.units or w in L.tens or ws and w.endswith("ed"):
            break
        ws.append(w)
        if _plural(w, L):
            break  # "two years of talks | failed": a plural noun ends the phrase
    return " ".join(ws) or None


_TO_DIGIT = re.compile(r"-to-\d")
_PASSIVE_BY = re.compile(r"[ \t\u00a0]+(?:by|to|from|with|at|for|on|in|between|during|after|before|within|over|since|"
                         r"near|across|when|while|because)\b")
_TOLL = re.compile(r"\b(?:death|casualty|fatality)?\s*toll\b", re.IGNORECASE)


# "the number of X [...] rose to N", from the last "number of" of the clause
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?!(?:.*\s)?number\s+of\s)((?:[A-Za-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
                        r"(?:[A-Za-z][\w'-]*\s+){0,8}?(?:at|to|by)?\s*$")


_OF_GAP = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+([A-Za-z][\w-]*(?:[ \t\u00a0]+[A-Za-z][\w-]*)?)"
                     r"(?=[ \t\u00a0]+(?:a|an|per|each|every)[ \t\u00a0])")
_PARTITIVE = re.compile(r"[ \t\u00a0]+of[ \t\u00a0]+(?:(?:the|these|those|its|their|our|his|her)[ \t\u00a0]+"
                        r"(?:[A-Za-z][\w-]*['\u2019]s?[ \t\u00a0]+)?|(?=\d[\d,]*[ \t\u00a0]+[a-z]))", re.IGNORECASE)
_DETERMINERS = frozenset(("the", "a", "an"))
_PREPOSITIONS = frozenset(("in", "of", "from", "at", "for", "among", "on"))


def _head(words: List[str], L: _Lex) -> Optional[str]:
    """The head of a subject noun phrase read backwards: "December's figures" -> figures; "jobs in mining"
    keeps its modifier; "revised to show payrolls" loses its verb."""
    keep: List[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w.endswith(("'s", "\u2019s", "'", "\u2019")):
            break  # "December's figures": a possessive opens the phrase
        if w.lower() in L.unit_stop:
            if keep and w.lower() in _DETERMINERS and i > 1 and words[i - 1].lower() in _PREPOSITIONS and \
                    words[i - 2].lower() not in L.unit_stop and words[i - 2].lower() not in L.clause_verbs:
                keep = words[i - 2:i + 1] + keep  # "deaths from the outbreak are nearing 1,000": the head first
                break
            if keep and w.lower() in _PREPOSITIONS and all(k[:1].isupper() for k in keep):
                return None  # "an outbreak in West Texas has risen to 259": a place, not what is counted
            if keep and w.lower() in ("in", "of", "at", "for", "among") and i > 0 and \
                    words[i - 1].lower() not in L.unit_stop and words[i - 1].lower() not in L.clause_verbs:
                keep = words[i - 1:i + 1] + keep  # "jobs in mining declined by 9,000": the head and its modifier
            break
        keep.insert(0, w)
    while len(keep) > 1 and keep[0].lower() in L.clause_verbs:
        keep.pop(0)  # "revised to show payrolls grew by 239,000": payrolls
    return " ".join(keep) or None


def _object(np: str, L: _Lex) -> Optional[str]:
    """The object of a causative verb: "the hurricane's overall toll across the Caribbean" -> overall toll,
    "the confirmed deaths from Hurricane Matthew" -> confirmed deaths."""
    words = np.split()
    for i, w in enumerate(words):
        if w.endswith(("'s", "\u2019s", "'", "\u2019")):
            words = words[i + 1:]
            break
    out = []
    for w in words:
        if w.lower() in L.unit_stop:
            break
        out.append(w)
    return " ".join(out[-3:]) or None


def _measure(phrase: Optional[str], L: _Lex) -> Optional[str]:
    """A death predicate on persons counts deaths: "people killed", "dead", "persons who died" -> deaths."""
    if not phrase:
        return phrase
    words = phrase.lower().split()
    if L.predicate_units.get(words[-1]) == "deaths" and (len(words) == 1 or words[-2] in L.person_nouns):
        return "deaths"
    return phrase


def _unit_before(text: str, pos: int, floor: int, L: _Lex, r: Optional[_Raw] = None) -> Optional[str]:
    """The subject of "NP are estimated at N" / "NP amounted to N" / "NP stood at N" / "put NP at N" /
    "NP were N" / "NP -- N"; None for an information noun ("December's figures"), noted on ``r``."""
    unit = _subject(text, pos, floor, L)
    words = unit.split() if unit else []
    if len(words) > 1 and words[-1].lower() in L.count_nouns and words[-2].islower() and \
            words[-2] not in L.count_adjectives and words[-2] not in L.unit_stop and \
            not words[-2].endswith(("al", "ed", "est", "ive", "ous", "ic", "ble")):
        return words[-2]  # "the homicide count rose from 402": homicides ("the official tally" names nothing)
    if unit and unit.split()[-1].lower() in L.information_nouns:
        if r is not None:
            r.info_subject = True
        return None
    return _measure(unit, L)


def _subject(text: str, pos: int, floor: int, L: _Lex) -> Optional[str]:
    lo = max(floor, pos - 40)
    verb_end = L.re_verb_at_end.search(text, lo, pos)
    window = text[max(floor, pos - 120):pos]
    clause = rx(r"[.;:!?]\s").split(window)[-1]
    if not verb_end:  # the common case: no "estimated at" / "rose to" / "put ... at" before the number
        cm = L.re_causative.search(clause) if rx(r"\b(?:toll|tally|total|count)\b").search(clause[-40:]) else None
        if cm:  # "put the death toll well over 800"
            return "deaths" if _TOLL.search(cm.group("np")) else _object(cm.group("np"), L)
        if L.re_copula_end.search(text, lo, pos):
            nm = _NUMBER_OF.search(clause)  # "the number of applicants was 290": applicants
            if nm and _number_of(nm, L).lower() not in L.unit_stop:
                return _number_of(nm, L)
            m = L.re_copula_subject.search(clause)  # "iPad sales for the quarter were 9.3 million"
            return _head(m.group("np").split(), L) if m else None
        m = L.re_apposition.search(text, max(floor, pos - 60), pos)
        if m and m.group().rstrip().endswith(":") and not rx(r"(?:^|\n)[ \t*\u2022-]*$").search(text[max(floor, m.start() - 8):m.start()]):
            m = None  # a colon labels a number only in a list line: "Average weekly hours worked: 34.6"
        if m:  # "the number of unemployed persons -- 8.7 million", "Average weekly hours worked: 34.6"
            nm = _NUMBER_OF.search(m.group("np") + " ")
            return _number_of(nm, L) if nm else _head(m.group("np").split(), L)
        return None
    pm = L.re_causative.search(clause)
    m = L.re_copula_before.search(window)
    if not (pm or m):
        return None
    head_region = pm.group("np") if pm else clause[:m.start("np") - len(window) + len(clause)] + m.group("np") \
        if len(clause) >= len(window) - m.start("np") else m.group("np")
    nm = _NUMBER_OF.search(clause)
    if nm:
        return _number_of(nm, L)
    if _TOLL.search(head_region if pm else clause):
        return "deaths"
    if pm:
        return _object(pm.group("np"), L)
    return _head(m.group("np").split(), L)


def _number_of(nm, L: _Lex) -> str:
    words = nm.group(1).split()
    while len(words) > 1 and (words[-1].lower() in L.unit_stop or words[-1].lower() in L.change_verbs or
                              words[-1].lower() in L.level_verbs or
                              words[-1].lower().endswith("ed") and words[-1].lower() not in L.participles):
        words.pop()  # "the number of dead at 122": dead; "the number of flu cases tied to": flu cases
    return " ".join(words)


def _units(text: str, body: int, r: _Raw, L: _Lex) -> None:
    """What the figure counts or measures, read after it: a unit of the table, a currency, a noun phrase."""
    T = L.tables
    if text[r.end:r.end + 1] == "-" and r.value is not None:
        ha = L.re_hedge_after.match(text[r.end:r.end + 20])
        if ha:  # "sixty-odd volunteers", "40-plus years": the hedge first, then what is counted
            if r.hedge == "exact":  # "about 40-plus": the hedge before holds
                _apply_hedge(r, L.hedge_of[("a", ha.group("h").lower())], L)
                r.rules.append(f"hedge:{r.hedge}")
            r.end += ha.end()
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
    part = _PARTITIVE.match(text, r.end, min(len(text), r.end + 30)) \
        if r.unit is None and r.kind == "count" and r.group in ("digits", "words") else None
    if part:  # "38 of the known deaths", "12 of the 20 players": a part counts what the whole counts
        at = part.end()
        nm = L.re_num_lead.match(text, at, min(len(text), at + 40))  # "12 of the 20 players", "of its nine districts"
        unit, _ = _unit_after(text, nm.end() if nm else at, min(len(text), at + 80), L, allow_of=False)
        adj = rx(r"[A-Za-z][a-z-]+[ \t\u00a0]+(?=[a-z])").match(text[at:at + 30]) if unit is None and not nm else None
        if adj:  # "of the known deaths": an adjective of the stop list before the noun
            unit, _ = _unit_after(text, at + adj.end(), min(len(text), at + 80), L, allow_of=False)
        if unit and (_plural(unit.split()[-1].lower(), L) or not nm and unit.lower() in L.participles):
            r.unit = r.unit_written = unit  # "12 of the injured": an adjective used as a noun counts persons
            r.rules.append("unit-partitive")
    if r.unit is None and not _TO_DIGIT.match(text[r.end:r.end + 5]):
        unit, uend = _unit_after(text, r.end, min(len(text), r.end + 80), L, allow_of=True,
                                 skip=not (r.group == "words" and r.token.lower() == "one"))
        if unit and " " not in unit and unit.lower() in L.verb_participles:
            unit = None  # "the 45.5 million sold were ahead of forecasts": a verb, not what is counted
        if unit and " " not in unit and unit.lower().endswith("ed") and unit.lower() not in L.participles and \
                _PASSIVE_BY.match(text, uend):
            unit = None  # "three supplied by Western partners": a passive clause; the count takes the noun before
        if unit and unit.split()[0].lower() in L.units | L.tens.keys():
            unit = None  # "up from 278,000 two years earlier": another number's phrase, not this one's noun
        if unit and " " not in unit and unit.lower() in L.information_nouns and r.kind == "count":
            unit = None  # "dismissed the 290 figure": it names the figure; it counts what the count before counted
            r.info_subject = True
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
            if r.kind == "count" and _plural(unit.split()[-1].lower(), L) and T.unit(unit.split()[-1]) is None:
                mod = _of_modifier(text, uend, L)
                if mod:  # "26 places of detention", "12 cases of measles"
                    unit = f"{unit} of {mod}"
            r.unit = unit
            r.unit_written = r.unit_written or unit
            r.end = uend
    if r.kind == "count" and L.object_units and r.unit is None:
        verb = _prev_word(text, r.start, body)
        if verb in L.object_units:  # "the storm killed hundreds", "killing at least 12 people"
            r.unit = r.unit_written = L.object_units[verb]
            r.rules.append("unit-from-verb")
    # rates keep their denominator: "$300 a week", "$1.67 per share", "60 miles an hour"
    if L.re_rate is not None and r.kind in ("money", "quantity", "count", "percent"):
        gap = _OF_GAP.match(text, r.end, min(len(text), r.end + 40)) if r.kind == "quantity" and r.unit else None
        at = gap.end() if gap else r.end  # "120 grams of CO2 per kilometre", "3 million litres of water a day"
        rm = L.re_rate.match(text, at, min(len(text), at + 40)) or \
            (L.re_rate_slash.match(text, at, min(len(text), at + 12)) if not gap else None)
        pn = L.re_rate_per.match(text, at, min(len(text), at + 50)) if rm is None else None
        if pn and (pn.group("d").lower() in L.unit_stop or not (pn.group("n") or r.unit)):
            pn = None
        of = f" of {gap.group(1)}" if gap else ""
        if rm is None and pn is None and r.unit is not None and r.kind in ("money", "quantity", "percent"):
            ev = L.re_rate_every.match(text, at, min(len(text), at + 50))
            if ev and (ev.group("n") or ev.group("d") and ev.group("d").lower() not in L.unit_stop):
                n = ev.group("n") or ""
                d = ev.group("d") or ""
                d = "" if d.lower() in L.unit_stop or d.lower().startswith("of") else d.lower()
                per = " ".join(f"{n} {d}".split())
                r.unit = f"{r.unit}{of} per {per}"
                r.unit_written = f"{r.unit_written or ''}{of} {ev.group().strip()}".strip()
                if r.unit_name:
                    r.unit_name = f"{r.unit_name} per {per}"
                if n:  # the base is part of the unit, no figure of its own
                    r.end = ev.end("n") if not d else ev.end()
                r.rules.append("rate")
        if rm and r.unit is not None and not (r.kind == "count" and rm.group().strip().lower().startswith(("a ", "an "))
                                              and r.unit and not _plural(r.unit.split()[-1].lower(), L)):
            d = rm.group("d").lower()
            r.unit = f"{r.unit}{of} per {d}"
            r.unit_written = f"{r.unit_written or ''}{of} {rm.group().strip()}".strip()
            if r.unit_name:
                r.unit_name = f"{r.unit_name} per {d}"
            r.rules.append("rate")  # the span stays the number and its unit; the rate is in the unit
        elif pn:
            n = " ".join(pn.group("n").split()) if pn.group("n") else ""
            d = f"{n} {pn.group('d').lower()}".strip()
            r.unit = f"{r.unit}{of} per {d}" if r.unit else f"per {d}"
            r.unit_written = f"{r.unit_written or ''}{of} {pn.group().strip()}".strip()
            if r.unit_name:
                r.unit_name = f"{r.unit_name} per {d}"
            if n:  # "5.3 per 100,000 residents": the denominator is part of the unit, no figure of its own
                r.end = pn.end()
            r.rules.append("rate")
    ha = L.re_hedge_after.match(text[r.end:r.end + 20])
    if ha and r.value is not None and r.hedge == "exact":
        cls = L.hedge_of[("a", ha.group("h").lower())]
        _apply_hedge(r, cls, L)
        r.end += ha.end()
        r.rules.append(f"hedge:{cls}")
