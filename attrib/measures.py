"""What each figure measures, worked out once, before claims (a stage between attribution and claims).

A **measure** has four parts: whose it is (owner), what is counted (thing; for a rate or a sum, what it
measures: revenue, unemployment), what happened to it (event) and over which period (a forecast or an
expectation is a period of its own). They are read from the figure's unit, its noun phrase, its clause and
sentence, the line that introduces a list it is an item of, and the figure an elliptical clause continues,
with the tables of attrib/data/measures.yaml. ``measure_documents(docs)`` gives every countable figure its
measure and the steps that found it; claims then only group.

    >>> from attrib.pipeline import scan_text
    >>> d = scan_text("The ministry said 40 soldiers were killed.")
    >>> figure_measure(d, d.figures[0])[0].label
    'personnel killed'
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property
from pathlib import Path
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .model import Document, Figure
from .records import dataclass

MEASURES_YAML = Path(__file__).resolve().parent / "data" / "measures.yaml"

# --------------------------------------------------------------------------------------------------
# The lexicon (measures.yaml), compiled once


def _phrase_regex(phrases: Iterable[str], case: bool = False) -> str:
    parts = sorted({p.strip() for p in phrases if p and p.strip()}, key=lambda p: (-len(p), p))
    alts = [r"\s+".join(re.escape(w) for w in p.split()) for p in parts]
    return r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])" if alts else r"(?!x)x"


class _Table:
    """Surface phrases -> canonical names, matched as whole words (longest first)."""

    def __init__(self, mapping: Dict[str, List[str]], case: bool = False,
                 patterns: Optional[Dict[str, List[str]]] = None):
        self.case = case
        # phrases with a name inside ("taken to Vell General Hospital"): regular expressions, case as written
        self.patterns = [(re.compile(p), canon) for canon, ps in sorted((patterns or {}).items()) for p in ps]
        self.canon: Dict[str, str] = {}
        for canon, words in mapping.items():
            for w in words:
                key = w if case else w.lower()
                key = " ".join(key.split())
                self.canon.setdefault(key, canon)
        flags = 0 if case else re.IGNORECASE
        self.rx = re.compile(_phrase_regex(self.canon), flags)

    def find(self, text: str, offset: int = 0, whole: Optional[str] = None) -> List[Tuple[int, int, str, str]]:
        """[(start, end, canonical, surface)] of every match in ``text`` (offsets shifted by ``offset``). With
        ``whole``, the string ``text`` is the stretch of at ``offset``, a pattern may look behind the stretch
        ("five victims| of the shooting")."""
        out = []
        for m in self.rx.finditer(text):
            s = " ".join(m.group(0).split())
            out.append((m.start() + offset, m.end() + offset, self.canon[s if self.case else s.lower()], m.group(0)))
        for rx, canon in self.patterns:
            if whole is not None:
                out.extend((m.start(), m.end(), canon, m.group(0)) for m in rx.finditer(whole, offset, offset + len(text)))
                continue
            out.extend((m.start() + offset, m.end() + offset, canon, m.group(0)) for m in rx.finditer(text))
        if self.patterns:
            out.sort(key=lambda x: (x[0], -x[1]))
        return out


class Lexicon:
    def __init__(self, data: dict):
        self.data = data
        self.things = _Table(data.get("things", {}))
        loss = data.get("loss_terms", {})
        self.loss = _Table({k: v.get("words", []) for k, v in loss.items()})
        self.loss_thing = {k: v.get("thing") for k, v in loss.items()}
        self.events = _Table(data.get("events", {}), patterns=data.get("event_patterns", {}))
        owners = data.get("owners", {})
        self.owners = _Table({k: v.get("names", []) for k, v in owners.items()}, case=True)
        self.owner_side = {k: v.get("side") for k, v in owners.items()}
        self.periods = _Table(data.get("periods", {}))
        self.conflicts = {frozenset(p) for p in data.get("conflicts", []) if len(p) == 2}
        self.cumulative = set(data.get("cumulative_events", []))
        self.loss_events = set(data.get("loss_events", []))
        self.np_stop = {str(w).lower() for w in data.get("np_stop", [])}
        self.same_time_days = int(data.get("same_time_days", 7))
        self.period_anchors = {str(w).lower() for w in data.get("period_anchors", [])}
        pron = [str(w) for w in data.get("partitive_pronouns", [])]
        ex = [str(w) for w in data.get("existential_openers", [])]
        self.existential_rx = re.compile(r"(?<!\w)" + _phrase_regex(ex) + r"\s+$", re.IGNORECASE) if ex else None
        self.partitive_rx = re.compile(r"\s+of\s+" + _phrase_regex(pron), re.IGNORECASE) if pron else None
        aux = [str(w) for w in data.get("subject_aux", [])]
        # the subject of its clause, also after one lower-case word that modifies it ("the other six aboard were")
        self.subject_aux_rx = re.compile(r"\s*(?:[a-z]+\s+)?" + _phrase_regex(aux))
        self.light_events = {str(w).lower() for w in data.get("light_events", [])}
        self.negated_events = {str(k): str(v) for k, v in (data.get("negated_events") or {}).items()}
        neg = [str(w) for w in data.get("negations", [])]
        # "were not hurt", "had not been injured": a negation right before an event word (rule measure-negation)
        self.negation_rx = re.compile(r"(?:" + "|".join(
            (r"\b" if w[:1].isalpha() else "") + re.escape(w) for w in sorted(neg, key=len, reverse=True))
            + r")\s+(?:been\s+|be\s+)?$", re.IGNORECASE) if neg else None
        self.past_time_events = {str(w) for w in data.get("past_time_events", [])}
        rep = [str(w) for w in data.get("reporting_verbs", [])]
        self.reporting_rx = re.compile(_phrase_regex(rep), re.IGNORECASE) if rep else None
        self.state_types = {str(t) for t in data.get("state_types", [])}
        self.number_words = {str(k).lower(): int(v) for k, v in (data.get("window_numbers") or {}).items()}
        units = [str(u) for u in data.get("window_units", [])]
        self.window_rx = re.compile(
            r"\b(?:over|in|during|for|across)\s+the\s+(?:past|last|previous|prior|preceding)\s+"
            r"(?:(?P<n>\d+|" + "|".join(sorted(self.number_words, key=len, reverse=True)) + r")\s+)?"
            r"(?P<unit>" + "|".join(units) + r")s?\b", re.IGNORECASE) if units else None
        spans = [str(u) for u in data.get("span_units", [])]
        mods = sorted((str(w) for w in data.get("span_modifiers", [])), key=len, reverse=True)
        self.span_rx = re.compile(
            r"\b(?:in|for|during|over|across)\s+(?:the|its|their|his|her)\s+"
            r"(?:(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in mods) + r")\s+){0,3}"
            r"(?P<unit>" + "|".join(spans) + r")\b(?![-\u2010\u2011])", re.IGNORECASE) if spans else None
        self.hypernyms = {str(k): {str(x) for x in (v or [])} for k, v in (data.get("hypernyms") or {}).items()}
        self.generic_things = {str(w).lower() for w in data.get("generic_things", [])}
        self.person_nouns = {str(w).lower() for w in data.get("person_nouns", [])}
        self.person_events = {str(w) for w in data.get("person_events", [])}
        self.object_events = {str(w) for w in data.get("object_events", [])}
        self.state_events = {str(w) for w in data.get("state_events", [])}
        self.person_things = {str(w) for w in data.get("person_things", [])}
        self.animate_nouns = {str(w).lower() for w in data.get("animate_nouns", [])}
        self.object_things = {str(w) for w in data.get("object_things", [])}
        self.object_nouns = {str(w).lower() for w in data.get("object_nouns", [])}
        self.referring_nouns = {str(w).lower() for w in data.get("referring_nouns", [])}
        self.event_kin = {str(k): {str(x) for x in (v or [])} for k, v in (data.get("event_kin") or {}).items()}
        self.search_words = {" ".join(str(w).lower().split()) for w in data.get("search_words", [])}
        self.generic_heads = {str(w).lower() for w in data.get("generic_heads", [])}
        self.metrics = _Table(data.get("metrics", {}))
        self.expect_rx = re.compile(_phrase_regex([str(w) for w in data.get("expectation_words", [])]), re.IGNORECASE)
        self.open_reach = float(data.get("open_bound_reach", 0.1))
        self.non_party_sides = {str(t) for t in data.get("non_party_sides", [])}
        preps = [str(w) for w in data.get("place_prepositions", [])]
        self.place_before_rx = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, preps)) + r")\s+$", re.IGNORECASE) \
            if preps else None
        self.place_stop = {str(w).lower() for w in data.get("place_stop_words", [])}

    _default: Optional["Lexicon"] = None

    @classmethod
    def default(cls) -> "Lexicon":
        if cls._default is None:
            cls._default = cls.load(MEASURES_YAML)
        return cls._default

    @classmethod
    def load(cls, path) -> "Lexicon":
        import yaml

        with open(path, encoding="utf-8") as fh:
            return cls(yaml.safe_load(fh) or {})

    def related(self, a: Optional[str], b: Optional[str]) -> bool:
        """Whether two things may be one: equal, unknown on one side, or one a hypernym of the other; a thing
        named by a noun for people in some role ("passenger", "construction worker") is a kind of the people a
        toll counts (``person_nouns``)."""
        if a is None or b is None or a == b:
            return True
        if b in self.hypernyms.get(a, ()) or a in self.hypernyms.get(b, ()):
            return True
        people = self.thing_class("people")
        return (self.thing_class(a) == people and self.is_person(b)) or (self.thing_class(b) == people and
                                                                        self.is_person(a))

    def is_person(self, thing: Optional[str]) -> bool:
        """Whether a thing counts people in some role: its last word is one of ``person_nouns``."""
        words = (thing or "").split()
        return bool(words) and (words[-1] in self.person_nouns or " ".join(words[-2:]) in self.person_nouns)

    def is_animate(self, thing: Optional[str]) -> bool:
        """Whether a thing is known to count people (``person_things``, a noun for people in some role) or other living
        things and groups of people (``animate_nouns``: cattle, dogs, a family)."""
        if thing is None:
            return False
        if thing in self.person_things or self.thing_class(thing) in self.person_things:
            return True
        words = thing.split()
        return self.is_person(thing) or (bool(words) and words[-1] in self.animate_nouns)

    def is_object(self, thing: Optional[str]) -> bool:
        """Whether a thing is known to count objects, never killed, hurt or rescued: a thing of ``object_things`` or
        one whose last word is one of ``object_nouns`` (vehicles, hospitals, buildings)."""
        words = (thing or "").split()
        return bool(words) and (thing in self.object_things or words[-1] in self.object_nouns)

    def events_related(self, a: Optional[str], b: Optional[str]) -> bool:
        """Whether two events may be one count inside one story: equal, unknown on one side, or kin (``event_kin``:
        those shot are a shooting's dead and wounded)."""
        if a is None or b is None or a == b:
            return True
        return b in self.event_kin.get(a, ()) or a in self.event_kin.get(b, ())

    def thing_class(self, thing: Optional[str]) -> Optional[str]:
        cache = self.__dict__.setdefault("_thing_class", {})
        if thing not in cache:
            cache[thing] = self._thing_class_of(thing)
        return cache[thing]

    def _thing_class_of(self, thing: Optional[str]) -> Optional[str]:
        """One name for things that are hypernyms of each other (people and personnel, in a toll)."""
        if thing is None:
            return None
        mutual = [k for k, v in self.hypernyms.items() if thing in v and k in self.hypernyms.get(thing, ())]
        return min([thing, *mutual])

    def at_war(self, side_a: Optional[str], side_b: Optional[str]) -> bool:
        return bool(side_a and side_b) and frozenset((side_a, side_b)) in self.conflicts


# --------------------------------------------------------------------------------------------------
# What a figure measures

_CLAUSE_BREAK = re.compile(r"[;:\[\]\u201c\u201d\"\u2014\u2013]|(?<!\d),|,(?!\d)|\.(?=\s|$)|\.(?=[A-Z])")
_WORD = re.compile(r"[\w'\u2019.-]+")
_PARTITIVE = re.compile(r"\bof\s+(?:the|its|their|his|her)\s+$", re.IGNORECASE)
_NP_TOKENS = 5
_REPEAT_WORD = re.compile(r"\b(?:once|twice|thrice)\b", re.IGNORECASE)  # their unit "times" is their own
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")  # "American| Red Cross"
_COMPOUND = re.compile(r"^[\w.,]+-([a-z]+)\s+[a-z]", re.IGNORECASE)  # "two-vehicle crash", "three-car pileup"


@dataclass(frozen=True)
class Measure:
    owner: Optional[str]
    thing: Optional[str]
    event: Optional[str]
    period: str = ""
    place: Optional[str] = None  # the place inside a story the figure counts in ("300 Olmsby residents")

    @cached_property
    def label(self) -> str:
        parts = [self.owner, self.thing, self.event, self.period]
        label = " ".join(p for p in parts if p) or "unknown"
        return f"{label}, {self.place}" if self.place else label

    @cached_property
    def sort_key(self) -> tuple:
        """A total, deterministic order: the label, then each part (None first)."""
        return (self.label, self.owner or "", self.thing or "", self.event or "", self.period, self.place or "")

    @property
    def complete(self) -> bool:
        return None not in (self.owner, self.thing, self.event)


def _singular(word: str) -> str:
    w = word.lower()
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _norm_unit(unit: str) -> str:
    return " ".join(_singular(w) for w in re.findall(r"[\w-]+", unit))


@dataclass
class _Context:
    sentence: str
    rel_start: int  # figure offsets inside ``sentence``
    rel_end: int
    clause_start: int
    clause_end: int
    np_end: int  # end of the noun phrase after the figure


def figure_context(doc: Document, f: Figure, lex: Optional[Lexicon] = None) -> _Context:
    """The sentence around a figure, the clause that holds it and the noun phrase after it."""
    stop = (lex or Lexicon.default()).np_stop
    text = doc.text
    if f.sentence is not None and f.sentence.end > f.sentence.start:
        s0, s1 = f.sentence.start, f.sentence.end
        s0, s1 = min(s0, f.start), max(s1, f.end)
    else:  # no sentence from the engine: the line around the figure
        s0 = text.rfind("\n", 0, f.start) + 1
        s1 = text.find("\n", f.end)
        s1 = len(text) if s1 < 0 else s1
    sent = text[s0:s1]
    rs, re_ = f.start - s0, f.end - s0
    cs = 0
    for m in _CLAUSE_BREAK.finditer(sent, 0, rs):
        cs = m.end()
    m = _CLAUSE_BREAK.search(sent, re_)
    ce = m.start() if m else len(sent)
    np_end = re_
    n = 0
    for w in _WORD.finditer(sent, re_, ce):
        tok = w.group(0).lower().strip(".")
        if n == 0 and tok == "of":
            np_end = w.end()
            n += 1
            continue
        if tok in stop or tok == "of" or n >= _NP_TOKENS:
            break
        np_end = w.end()
        n += 1
    return _Context(sent, rs, re_, cs, ce, np_end)


def _nearest_before(matches, pos):
    best = None
    for m in matches:
        if m[1] <= pos and (best is None or m[1] > best[1]):
            best = m
    return best


def _nearest(matches, lo, hi):
    """The match closest to the span [lo, hi) (before or after it)."""
    best, dist = None, None
    for m in matches:
        d = lo - m[1] if m[1] <= lo else (m[0] - hi if m[0] >= hi else 0)
        if dist is None or d < dist or (d == dist and m[0] < best[0]):
            best, dist = m, d
    return best


_HEAD_PREPOSITIONS = {"for", "in", "on", "at", "from", "since", "over", "during", "by", "to"}


def _generic_head(unit: Optional[str], lex: Lexicon) -> Optional[Tuple[str, str]]:
    """A unit whose head is a word for the number itself (``generic_heads``): ("figure", "") for "figure for March"
    or "figures"; ("number", "scooters") for "number of scooters"; None for any other unit."""
    words = (unit or "").split()
    if not words or words[0].lower() not in lex.generic_heads:
        return None
    if len(words) > 2 and words[1].lower() == "of":
        return words[0], " ".join(words[2:])
    if len(words) == 1 or words[1].lower() in _HEAD_PREPOSITIONS:
        return words[0], ""
    return None


def figure_measure(doc: Document, f: Figure, lex: Optional[Lexicon] = None,
                   places: Optional[Dict[str, str]] = None) -> Tuple[Measure, List[str]]:
    """The measure a figure speaks of, and the steps that found it (rule names in brackets).

    Sources, in order: the figure's unit and text; the noun phrase after it; its clause; its sentence.
    ``places``: the place names known (folded name -> key), by default its document's (``place_names``).
    """
    lex = lex or Lexicon.default()
    ctx = figure_context(doc, f, lex)
    s, rs, re_ = ctx.sentence, ctx.rel_start, ctx.rel_end
    unit_text = " ".join(x for x in (f.unit or "", re.sub(r"[\d.,]+", " ", f.text or "")) if x)
    np = s[re_:ctx.np_end]
    before_clause = s[ctx.clause_start:rs]
    after_clause = s[ctx.np_end:ctx.clause_end]
    steps: List[str] = []

    # what is counted
    thing = event = owner = None
    loss_u = lex.loss.find(unit_text)
    things_u = lex.things.find(unit_text)
    if f.unit and np.startswith(" of "):
        # "one person of interest": a thing the unit begins and an "of" phrase ends (rule measure-unit)
        longer = [m for m in lex.things.find(f.unit + np) if m[0] == 0 and m[1] > len(f.unit)]
        if longer:
            things_u = longer
    if things_u:
        thing = things_u[0][2]
        steps.append(f"thing {thing} from the unit {things_u[0][3]!r} [measure-unit]")
    # a unit the scan carried over from another figure, not written with this one ("killing one and injuring two":
    # "deaths" for both) is a guess: an event word of the figure's own clause comes first (rule measure-carried)
    unit_words = (f.unit or "").strip().lower().split()
    carried = bool(unit_words) and not _REPEAT_WORD.search(f.text or "") and not re.search(r"(?<![\w])" + re.escape(unit_words[0]), (f.text or "").lower()) \
        and not doc.text[f.end:f.end + 40].lower().lstrip(" -").startswith(unit_words[0])
    unit_event = None
    if loss_u:
        event = loss_u[0][2]
        steps.append(f"event {event} from the unit {loss_u[0][3]!r} [measure-unit]")
        if thing is None:
            thing = lex.loss_thing.get(event)
            steps.append(f"thing {thing} implied by {loss_u[0][3]!r} [measure-loss-term]")
        if carried:
            unit_event, event = event, None
    head = _generic_head(f.unit, lex)
    if thing is None and head is not None:
        # "the figure for March", "the total": a word for the number itself; "the number of scooters": what follows
        unit_rest = head[1]
        steps.append(f"no thing: {head[0]!r} names the number, not what it counts [measure-generic-head]")
        if not unit_rest:
            # "three counts of aggravated assault": what follows "of" in the text, when the unit stops at the head
            of = _OF_WHAT.match(s, re_)
            if of and of.group(1).lower().split()[0] not in lex.np_stop:
                unit_rest = " ".join(w for w in of.group(1).split()[:_NP_TOKENS])
                cut = [i for i, w in enumerate(unit_rest.lower().split()) if w in lex.np_stop]
                unit_rest = " ".join(unit_rest.split()[:cut[0]]) if cut else unit_rest
        if unit_rest:
            rest_things = lex.things.find(unit_rest)
            thing = rest_things[0][2] if rest_things else _norm_unit(unit_rest)
            steps.append(f"thing {thing!r} from {unit_rest!r} after it [measure-generic-head]")
    elif thing is None and f.unit and f.unit.strip() and f.unit.strip().lower() in lex.generic_things:
        steps.append(f"no thing of its own: {f.unit.strip()!r} repeats what is counted [measure-generic]")
    elif thing is None and f.unit and f.unit.strip() and lex.events.find(f.unit) and \
            lex.events.find(f.unit)[0][3].lower() == f.unit.strip().lower():
        steps.append(f"no thing: the unit {f.unit.strip()!r} says what happened [measure-unit-event]")
    elif thing is None and f.unit and f.unit.strip():
        thing = _norm_unit(f.unit)
        compound = _COMPOUND.match(f.text or "")
        if compound and " " in thing and thing.startswith(_singular(compound.group(1))):
            # "a two-vehicle crash", "a three-car pileup": the compound counts its noun, not the head it modifies
            # (rule measure-compound)
            thing = _singular(compound.group(1))
            steps.append(f"thing {thing!r} from the compound {f.text!r} [measure-compound]")
        else:
            steps.append(f"thing {thing!r} is the unit as written [measure-unit-literal]")
    definite = _definite_antecedent(doc, f, lex) if _DEFINITE.search(s, max(0, rs - 16), rs) else None
    if definite is not None:
        # "All six had been released", "the six were treated": a bare definite numeral names the group of that
        # number counted before; what its predicate says is a state of that group, not another count
        meas, where = definite
        steps.append(f"the measure of {where!r}, the earlier count of that number a bare definite numeral refers to "
                     f"[measure-definite]")
        return meas, steps
    existential = _existential_antecedent(doc, f, lex, s, rs, re_)
    if existential is not None:
        # "The homeowner said there were five.": no noun of its own, the clause ends with it; another value of the
        # count just before
        meas, where = existential
        steps.append(f"the measure of {where!r}, the count before it that a bare count after an existential opener "
                     f"gives another value of [measure-existential]")
        return meas, steps
    antecedent = None
    if thing is not None and f.unit and lex.partitive_rx is not None and lex.partitive_rx.match(s, re_) and \
            f.unit.lower() not in (f.text or "").lower():
        # "Two passing boats pulled six of them": a unit not written with the figure is carried over from another
        # figure; the pronoun says what is counted
        steps.append(f"no thing from {f.unit!r}: not written with the figure, and a pronoun follows it "
                     f"[measure-anaphora]")
        thing = None
    if thing is None and lex.partitive_rx is not None and lex.partitive_rx.match(s, re_):
        antecedent = _antecedent(doc, f, lex)
        if antecedent is not None:
            thing = antecedent.thing
            steps.append(f"thing {thing} from the figure {lex.partitive_rx.match(s, re_).group(0).strip()!r} "
                         f"refers to [measure-anaphora]")
    if thing is None:
        for where, txt, off in (("noun phrase", np, re_), ("clause", before_clause, ctx.clause_start)):
            ms = lex.things.find(txt, off) + [(a, b, lex.loss_thing.get(c), d) for a, b, c, d in lex.loss.find(txt, off)]
            ms = [m for m in ms if m[2]]
            m = _nearest(ms, rs, re_)
            if m:
                thing = m[2]
                steps.append(f"thing {thing} from {m[3]!r} in the {where} [measure-context]")
                break
    if thing is None:
        m = _nearest_before(lex.things.find(s[:rs]), rs)
        if m:
            thing = m[2]
            steps.append(f"thing {thing} from {m[3]!r} earlier in the sentence [measure-sentence]")
    if thing is None and f.kind not in ("percent", "money"):
        # "As usual, the iPhone was the main cash cow. The 45.5 million sold were ...": the sentence before, in its
        # paragraph, names what a bare number counts (rule measure-discourse)
        before = _previous_sentence(doc, f)
        m = _nearest_before(lex.things.find(before), len(before)) if before else None
        if m:
            thing = m[2]
            steps.append(f"thing {thing} from {m[3]!r} in the sentence before [measure-discourse]")

    # what happened to it; an event word written with a capital inside the sentence is part of a name
    # ("the Grain Exchange", "the Return Fund"), not an event (rule measure-name-word)
    # ... and one right after a negation ("were not hurt") says what did not happen (rule measure-negation)
    # events that befall people are no event of a count of things, events of things none of a count of people
    # ("nine were injured when 11 vehicles collided": the vehicles collided, the people were injured; rule
    # measure-object)
    animate, inanimate = lex.is_animate(thing), lex.is_object(thing) and not carried
    skipped: List[str] = []

    def ev(txt: str, off: int = 0):
        whole = s if s[off:off + len(txt)] == txt else txt  # a stretch of the sentence, or the unit itself
        shift = 0 if whole is s else off
        out = []
        for m in lex.events.find(txt, off, s if whole is s else None):
            if m[3][:1].isupper() and s[:m[0]].strip(" \"'\u201c\u2018("):
                continue
            if thing is not None and ((m[2] in lex.person_events and inanimate) or
                                      (m[2] in lex.object_events and animate)):
                skipped.append(m[3])
                continue
            if lex.negation_rx is not None and lex.negation_rx.search(whole, max(0, m[0] - shift - 24), m[0] - shift):
                if m[2] not in lex.negated_events:
                    continue
                m = (m[0], m[1], lex.negated_events[m[2]], f"not {m[3]} [measure-negation]")  # "were not hurt"
            out.append(m)
        return out

    if event is None and f.kind in ("percent", "money"):
        # a rate or a sum changes ("fell to", "rose by"): what happened is no event of the war-and-disaster
        # kind the events table names; what it measures is its metric (rule measure-metric below)
        pass
    elif event is None:
        if _PARTITIVE.search(before_clause):
            steps.append("no event: 'of the N ...' names the whole a part is taken from [measure-partitive]")
        else:
            # the clause before the figure ends at a reporting verb: "the station where a clerk was killed said
            # three men ...": what happened before "said" is another clause's
            rep = [x for x in lex.reporting_rx.finditer(before_clause)] if lex.reporting_rx is not None else []
            before_ev, before_off = (before_clause[rep[-1].end():], ctx.clause_start + rep[-1].end()) if rep else \
                (before_clause, ctx.clause_start)
            unit_ev = ev(f.text or "", 0) if f.unit else []
            # measure-frame: a verb phrase around the figure, its object ("sent three people to the hospital", "pulled
            # six people from balconies"): the verb and what follows the noun phrase say together what happened
            pre = before_ev[-40:]
            post = s[ctx.np_end:ctx.clause_end][:60]
            frame = [(before_off + len(before_ev) - len(pre) + a, ctx.np_end + (b - len(pre) - 1), canon, surface)
                     for a, b, canon, surface in ev(pre + " " + post)
                     if a < len(pre) < b]
            cands = [(min(frame, key=lambda m: -m[0]), "frame")] if frame else []
            if not cands:
                cands = [(m, "noun phrase") for m in ev(np, re_) + [x for x in lex.loss.find(np, re_)
                                                                    if not (inanimate and x[2] in lex.person_events)]]
            if unit_ev and not cands:
                # "three stabbing victims", "four gunshot patients": the event is written inside the unit
                cands = [((rs, rs, unit_ev[0][2], unit_ev[0][3]), "unit")]
            aux = lex.subject_aux_rx.match(after_clause) if not cands else None
            subject = aux is not None
            if aux:
                # measure-predicate: "... and 31 were shot down": the figure is the subject, its verb says what
                # happened to it, whatever an earlier conjunct says (or a word between: "the six aboard were")
                cands = [(m, "predicate") for m in ev(after_clause[aux.end():], ctx.np_end + aux.end())]
                if not cands:
                    cands = [(m, "predicate") for m in ev(after_clause, ctx.np_end)]
            if not cands:
                before_c = ev(before_ev, before_off)
                if aux:
                    # a subject whose predicate says nothing takes no event of an earlier conjunct ("One resident died
                    # and about 50 people were left without a place to stay": the 50 did not die; rule
                    # measure-predicate)
                    before_c = [m for m in before_c if not _NEW_CONJUNCT.search(s, m[1], rs)]
                cands = [(m, "clause") for m in before_c + ev(after_clause, ctx.np_end)]
                later = [m[0] for m, _ in cands if m[0] >= re_ and m[2] not in lex.state_events]
                if later:
                    # "Two people in the car were killed": where they were, after the figure, yields to what befell
                    # them, further on
                    cands = [c for c in cands if not (c[0][2] in lex.state_events and re_ <= c[0][0] < max(later))]
            if not cands:
                # "Nine people, including four children, were injured": a parenthetical between a subject figure (or
                # a figure inside it) and its predicate
                # (also a relative clause: "the couple's two children, who were in the house, were not hurt": the
                # first comma's "who were in the house" says nothing, the predicate after the second does)
                for rx in (_COMMA, _PARENTHETICAL):
                    par = rx.match(s, ctx.clause_end)
                    aux = lex.subject_aux_rx.match(s, par.end()) if par else None
                    if aux:
                        tail = s[aux.end():]
                        cut = _CLAUSE_BREAK.search(tail)
                        tail = tail[:cut.start()] if cut else tail
                        cands = [(m, "predicate") for m in ev(tail, aux.end())]
                        if cands:
                            break
            light = [c for c in cands if c[0][3].lower() in lex.light_events]
            if light and len(light) < len(cands):
                # "three people suffered stab wounds": a light verb carries the event of what follows it
                after_light = [c for c in cands if c not in light and c[0][0] >= min(x[0][1] for x in light)]
                if after_light:
                    cands = after_light
            elif light:
                # "two men suffering from gunshot wounds": what they suffered lies past the noun phrase, in the clause
                end_l = max(x[0][1] for x in light)
                after_light = [(m, "clause") for m in ev(s[end_l:ctx.clause_end], end_l)
                               if m[3].lower() not in lex.light_events]
                if after_light:
                    cands = after_light
            if cands:
                m, where = min(cands, key=lambda c: (abs(c[0][1] - rs) if c[0][1] <= rs else c[0][0] - re_, c[0][0]))
                event = m[2]
                rule = {"predicate": "measure-predicate", "unit": "measure-unit", "frame": "measure-frame"
                        }.get(where, "measure-context")
                steps.append(f"event {event} from {m[3]!r} in the {where} [{rule}]")
            else:
                # at most 120 characters back, and never across a full stop before a capital ("... at 3:45 p.m. Two
                # boats pulled six of them": the scan may have read a sentence end as an abbreviation)
                lo = max([max(0, rs - 120)] + [x.end() for x in _STOP_CAPITAL.finditer(s, 0, rs + 1) if x.end() <= rs])
                m = _nearest_before(ev(s[lo:rs], lo), rs)
                if m and ((_NEW_CONJUNCT if subject else _CONJUNCT_CLAUSE).search(s, m[1], rs) or
                          (lex.reporting_rx is not None and lex.reporting_rx.search(s, m[1], rs))):
                    # "A clerk was shot and killed ..., and police are searching for two suspects": another
                    # conjunct's event, not the figure's; so is one before a reporting verb
                    steps.append(f"no event from {m[3]!r}: it is another clause's [measure-sentence]")
                elif m:
                    event = m[2]
                    steps.append(f"event {event} from {m[3]!r} earlier in the sentence [measure-sentence]")

    if unit_event is not None:
        if event is None or event == unit_event:
            event = unit_event
        else:
            steps.append(f"event {event} of its own clause, not {unit_event} of the unit {f.unit!r} the scan carried "
                         f"over from another figure [measure-carried]")
    if carried and event in lex.person_events and thing is not None and not lex.is_animate(thing):
        # "The crash involved three cars, and two were killed": the two are no cars
        steps.append(f"no thing from {f.unit!r}: not written with the figure, and what befell it befalls people "
                     f"[measure-carried]")
        thing = None
    if skipped and not loss_u:
        steps.append(f"no event from {', '.join(repr(x) for x in sorted(set(skipped)))}: "
                     f"{'what befalls people is not what befalls a ' if inanimate else 'what befalls things is not what befalls '}"
                     f"{thing} [measure-object]")
    if event in lex.person_events and thing is not None and not loss_u and inanimate:
        # "nine were injured when 11 vehicles collided", "taken to two hospitals": vehicles and hospitals are not
        # killed, hurt, rescued or arrested; the event word is another noun's (rule measure-object)
        steps.append(f"no event {event}: what it counts ({thing}) is not killed, hurt, rescued or arrested "
                     f"[measure-object]")
        event = None

    # whose it is
    own_u = lex.owners.find(unit_text)
    if own_u:
        owner = own_u[0][2]
        steps.append(f"owner {owner} from the unit {own_u[0][3]!r} [owner-unit]")
    else:
        m = _nearest(lex.owners.find(np, re_), rs, re_)
        where = "noun phrase"
        def not_in_name(ms):
            # "The American Red Cross said it was assisting about 50 residents": a word of a longer name (a capital
            # follows it) names a body, not whose the count is (rule owner-name)
            return [x for x in ms if not _NAME_GOES_ON.match(s, x[1])]

        if not m:
            m = _nearest_before(not_in_name(lex.owners.find(before_clause, ctx.clause_start)), rs)
            where = "clause"
        if not m:
            m = _nearest_before(not_in_name(lex.owners.find(s[:rs])), rs)
            where = "sentence"
        if m:
            owner = m[2]
            steps.append(f"owner {owner} from {m[3]!r} in the {where} [owner-{'np' if where == 'noun phrase' else where}]")
    if owner is None and antecedent is not None and antecedent.owner:
        owner = antecedent.owner
        steps.append(f"owner {owner} from the figure the pronoun refers to [measure-anaphora]")

    # over which period
    period = ""
    for a, b, canon, surface in lex.periods.find(s[ctx.clause_start:ctx.clause_end], ctx.clause_start):
        if a >= re_ and _AMONG.search(s, re_, a):
            # "The two killings were among 20 homicides recorded so far this year": the year's is the whole's count,
            # not the part's (rule measure-among)
            steps.append(f"no period from {surface!r}: it counts the whole the figure is among [measure-among]")
            continue
        nxt = _WORD.match(s, b + 1) if s[b:b + 1].isspace() else None
        if nxt and nxt.group(0).lower() in lex.period_anchors:
            steps.append(f"no period from {surface!r}: followed by {nxt.group(0)!r}, it dates something "
                         f"[measure-period-anchor]")
            continue
        period = canon
        steps.append(f"period {period} from {surface!r} [measure-period]")
        break
    if not period:
        ws = list(lex.window_rx.finditer(s, ctx.clause_start, ctx.clause_end)) if lex.window_rx is not None else []
        # the window nearest the figure, one after it first ("2,880 over the past three months and 2,660 over the
        # past 12 months")
        w = min(ws, key=lambda x: (x.start() < re_, abs(x.start() - re_) if x.start() >= re_ else rs - x.end()),
                default=None)
        if w is not None:
            n = (w.group("n") or "").lower()
            n = str(lex.number_words.get(n, n))
            unit = w.group("unit").lower().rstrip("s")
            period = f"past {n} {unit}" if n else unit
            steps.append(f"period {period!r} from {w.group(0)!r}: a window the figure is counted over "
                         f"[measure-window]")

    if not period and lex.span_rx is not None:
        # the reporting period: in the clause (nearest the figure), else the last one earlier in the sentence
        def own(x) -> bool:
            # "Sales for the fiscal year fell 8% and iPhone sales ... were 45.5m": another conjunct's period; but a
            # phrase that opens the sentence ("In its fourth quarter, ...") scopes over all of it
            return x.start() >= re_ or not _NEW_CONJUNCT.search(s, x.end(), rs) or not s[:x.start()].strip(" \"'(")
        ws = list(lex.span_rx.finditer(s, ctx.clause_start, ctx.clause_end))
        w = min(ws, key=lambda x: (x.start() < re_, abs(x.start() - re_) if x.start() >= re_ else rs - x.end()),
                default=None)
        where = "clause"
        if w is None:
            w = next(iter(reversed(list(lex.span_rx.finditer(s, 0, ctx.clause_start)))), None)
            where = "sentence"
        if w is not None and not own(w):
            steps.append(f"no period from {w.group(0)!r}: another conjunct of the sentence [measure-span]")
            w = None
        if w is not None:
            period = w.group("unit").lower()
            steps.append(f"period {period!r} from {w.group(0)!r} in the {where}: the reporting period it is stated "
                         f"for [measure-span]")
        else:
            # "annual sales of more than $215 billion"; "fell nine per cent to $46.85bn, the third quarterly decline":
            # an adjective of period in the clause, else after it with no new conjunct between
            ws = [x for x in _SPAN_ADJECTIVE.finditer(s, ctx.clause_start, ctx.clause_end)
                  if not _NEW_CONJUNCT.search(s, *sorted((x.end(), rs) if x.start() < rs else (re_, x.start())))]
            a = min(ws, key=lambda x: abs(x.start() - rs), default=None)
            if a is None:
                a = next((x for x in _SPAN_ADJECTIVE.finditer(s, ctx.clause_end) if not _NEW_CONJUNCT.search(
                    s, re_, x.start())), None)
            if a is not None:
                period = "quarter" if a.group(0).lower() == "quarterly" else "year"
                steps.append(f"period {period!r} from {a.group(0)!r}: the reporting period it is stated for "
                             f"[measure-span]")

    if not period and f.kind == "count" and event in lex.past_time_events:
        # "In February, one person died in a crash near the same exit": a figure set in an earlier month or year
        # than its article's date reports another, earlier event (rule measure-past-time)
        past = _past_time(doc, s, rs, re_, ctx.clause_end)
        if past:
            period = f"in {past}"
            steps.append(f"period {period!r}: set in an earlier month or year than its article, another event "
                         f"[measure-past-time]")

    # what a percentage or a sum measures (rule measure-metric)
    if f.kind in ("percent", "money"):
        right = [x for x in lex.metrics.find(s[re_:min(ctx.clause_end, re_ + 24)], re_)
                 if re.fullmatch(r"\s*(?:in|of)?\s*", s[re_:x[0]])]
        ms = lex.metrics.find(np, re_) + lex.metrics.find(before_clause, ctx.clause_start)
        if not ms:
            ms = lex.metrics.find(s[:rs])
        m = right[0] if right else _nearest(ms, rs, re_)
        if m:
            thing = f"{m[2]} {thing}" if thing else m[2]
            steps.append(f"what it measures: {m[2]} from {m[3]!r} [measure-metric]")

    # a forecast or an expectation is another measure than the value reported (rule measure-expectation)
    # a list item takes what its introducing line says it lists (rule measure-list)
    intro = _introducer(doc, f) if None in (owner, event) or thing is None else None
    if intro:
        if thing is None:
            m = _nearest_before(lex.things.find(intro), len(intro))
            if m:
                thing = m[2]
                steps.append(f"thing {thing} from {m[3]!r} in the line that introduces the list [measure-list]")
        if event is None and f.kind not in ("percent", "money"):
            m = _nearest_before(lex.events.find(intro) + lex.loss.find(intro), len(intro))
            if m:
                event = m[2]
                steps.append(f"event {event} from {m[3]!r} in the line that introduces the list [measure-list]")
        if owner is None:
            m = _nearest_before(lex.owners.find(intro), len(intro))
            if m:
                owner = m[2]
                steps.append(f"owner {owner} from {m[3]!r} in the line that introduces the list [measure-list]")
        if f.kind in ("percent", "money") and thing and " " not in thing:
            m = _nearest_before(lex.metrics.find(intro), len(intro))
            if m and not lex.metrics.find(s):
                thing = f"{m[2]} {thing}"
                steps.append(f"what it measures: {m[2]} from the line that introduces the list [measure-list]")

    # "police are looking for two suspects": a count of something named is searched for, not expected
    search = f.kind == "count" and bool((f.unit or "").strip()) and _generic_head(f.unit, lex) is None
    expect = _expectation(s, ctx.clause_start, rs, ctx.np_end, lex, search=search)
    if expect is None and _APPOSITIVE_VALUE.fullmatch(s, ctx.clause_start, rs):
        # "... ahead of what investors anticipated, at 4 million": a value set after the clause it completes
        # takes that clause's expectation (rule measure-expectation)
        prev = max(0, s.rfind(",", 0, max(0, ctx.clause_start - 1)) + 1, ctx.clause_start - 90)
        got = _expectation(s, prev, ctx.clause_start, ctx.clause_start, lex)
        if got is not None:
            expect = f"{got} in the clause the value completes"
    if expect is None:
        intro = _introducer(doc, f)
        if intro:
            got = _expectation(intro, 0, len(intro), len(intro), lex, window=len(intro))
            if got is not None:
                expect = f"{got} in the line that introduces the list"
    if expect is not None:
        period = ("forecast " + period).strip()
        steps.append(f"a forecast or expectation: {expect} [measure-expectation]")
    place = None
    if f.kind not in ("percent", "money", "ratio"):
        got = _figure_place(doc, f, ctx, lex, place_names(doc, lex) if places is None else places)
        if got is not None:
            place, surface, where = got
            steps.append(f"place {place} from {surface!r} {where} [measure-place]")
    return Measure(owner, thing, event, period, place), steps


# ---- the place inside a story a figure counts in (rule measure-place) ---------------------------------------------

_CAPITAL_RUN = re.compile(r"[A-Z][\w'\u2019-]*(?:[ \t]+(?:(?:of|de)[ \t]+)?[A-Z][\w'\u2019-]*)*")
_PLACE_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)$")
_PLACE_PREP = r"(?<![\w])(?:of|in|near|outside|from)\s+(?:the\s+(?:town|city|village|borough|county)\s+of\s+)?"
_PLACE_AFTER = re.compile(_PLACE_PREP + r"(?=[A-Z])")
_PLACE_OPENING = re.compile(r"\s*[\"'\u201c\u2018(]?(?:In|Near|Outside)\s+(?=[A-Z])")
_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)


def _place_key(surface: str) -> str:
    from .events import fold

    return fold(surface)


def place_names(doc: Document, lex: Optional[Lexicon] = None) -> Dict[str, str]:
    """The places a document names: a name after a place preposition (``place_prepositions``: "in Olmsby", "near
    Dask"), and the names listed with it ("in Olmsby and Brennick"), without names of countries and capitals (the
    owners table: those are owners) and names holding a word of ``place_stop_words`` (streets, venues, bodies:
    "Linden Court", "Vell Police Department"). Folded name -> key."""
    lex = lex or Lexicon.default()
    cached = doc.__dict__.get("_place_names")
    if cached is not None:
        return cached
    from .events import EventLexicon, doc_names

    elex = EventLexicon.default()
    times = set(elex.months) | set(elex.weekdays)  # "in December", "in December's report": a time, no place
    out: Dict[str, str] = {}
    text = doc.text
    prev_end, prev_place = -1, False
    for nm in sorted((n for n in doc_names(doc) if n.start >= 0), key=lambda n: n.start):
        surface = text[nm.start:nm.end]
        before = text[max(0, nm.start - 14):nm.start]
        listed = prev_place and prev_end >= 0 and nm.start - prev_end < 8 and \
            _PLACE_LIST_GAP.search(text, prev_end, nm.start) is not None and \
            _PLACE_LIST_GAP.search(text, prev_end, nm.start).start() == prev_end
        is_place = listed or (lex.place_before_rx is not None and lex.place_before_rx.search(before) is not None)
        prev_end, prev_place = nm.end, False
        if not is_place:
            continue
        for part in re.split(r"\s*,\s*|\s+(?:and|or)\s+", surface):
            words = [w.strip(".").removesuffix("'s").removesuffix("\u2019s") for w in part.lower().split()]
            if not part[:1].isupper() or not words or set(words) & (lex.place_stop | times) or lex.owners.find(part):
                continue
            out.setdefault(_place_key(part), _place_key(part))
            prev_place = True
    doc.__dict__["_place_names"] = out
    return out


def _known_place(run: str, places: Dict[str, str]) -> Optional[str]:
    """The known place the longest opening of a run of capitalised words names ("Dravik Monday": Dravik)."""
    words = run.split()
    for n in range(len(words), 0, -1):
        p = places.get(_place_key(" ".join(words[:n])))
        if p:
            return p
    return None


def _figure_place(doc: Document, f: Figure, ctx: "_Context", lex: Lexicon, places: Dict[str, str]
                  ) -> Optional[Tuple[str, str, str]]:
    """(place, surface, where) of the place a figure counts in, or None (rule measure-place): a known place written
    with the figure ("300 Olmsby residents"), after it in its clause ("residents of Olmsby", "homes damaged in
    Brennick", "evacuated from Olmsby"), before it in its clause after its last reporting verb ("in Olmsby, where 450
    homes"), or opening its sentence ("In Olmsby, 450 homes were damaged"). A place in a speaker's title ("Mayor
    Tessa Quill of Olmsby said") is no place of the figure."""
    if not places:
        return None
    s, rs, re_ = ctx.sentence, ctx.rel_start, ctx.rel_end
    for m in _CAPITAL_RUN.finditer(s, rs, re_):
        p = _known_place(m.group(0), places)
        if p:
            return p, m.group(0), "written with the figure"
    # a reporting verb ("said", reporting_verbs) or "according to" ends the figure's own words
    cuts = [rx for rx in (lex.reporting_rx, _ACCORDING) if rx is not None]
    end = min([ctx.clause_end] + [m.start() for rx in cuts for m in [rx.search(s, re_, ctx.clause_end)] if m])
    for m in _PLACE_AFTER.finditer(s, re_, end):
        run = _CAPITAL_RUN.match(s, m.end())
        p = _known_place(run.group(0), places) if run else None
        if p:
            return p, s[m.start():run.end()], "after it in its clause"
    lo = max([ctx.clause_start] + [m.end() for rx in cuts for m in rx.finditer(s, ctx.clause_start, rs)])
    for m in reversed(list(_PLACE_AFTER.finditer(s, lo, rs))):
        run = _CAPITAL_RUN.match(s, m.end())
        p = _known_place(run.group(0), places) if run and run.end() <= rs else None
        if p:
            return p, s[m.start():run.end()], "before it in its clause"
    m = _PLACE_OPENING.match(s)
    if m and m.end() <= rs:
        run = _CAPITAL_RUN.match(s, m.end())
        p = _known_place(run.group(0), places) if run else None
        if p and run.end() < rs and s[run.end():run.end() + 1] == ",":
            return p, s[m.start():run.end()].strip(), "opening its sentence"
    return None


_CONJUNCT_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas)\b|;", re.IGNORECASE)
def _past_time(doc: Document, s: str, rs: int, re_: int, clause_end: int) -> Optional[str]:
    """The earlier month or year a figure is set in ("In February, ...", "... died in March", "In 2025 the city
    had three", "last month", "a year ago", "four weeks ago"), before the article's date; None when its sentence
    names none, or the article's own month."""
    import datetime

    from .events import EventLexicon, doc_date

    pub = doc_date(doc)
    if pub is None:
        return None
    elex = EventLexicon.default()
    rx = elex.__dict__.get("_past_rx")
    if rx is None:
        names = "|".join(sorted(elex.months, key=len, reverse=True))
        rx = elex.__dict__["_past_rx"] = re.compile(
            r"\b(?:in|during)\s+(?:early\s+|late\s+|mid-?)?(" + names + r"|\d{4})\b(?!\.?\s*\d)", re.IGNORECASE)
    found = [m for m in rx.finditer(s, 0, rs) if not _CONJUNCT_CLAUSE.search(s, m.end(), rs)]
    found += list(rx.finditer(s, re_, clause_end))
    # "last month", "a year ago", "two months earlier", "four weeks ago": a time back from the article's date, when
    # it lands in an earlier month (a week ago may be the article's own incident)
    rel = [m for m in _RELATIVE_PAST.finditer(s, 0, rs) if not _CONJUNCT_CLAUSE.search(s, m.end(), rs)]
    rel += list(_RELATIVE_PAST.finditer(s, re_, clause_end))
    for m in rel:
        unit = (m.group("unit") or m.group("unit2")).lower()
        n = m.group("n")
        n = 1 if n is None or n.lower() in ("a", "an", "one") else _SMALL_NUMBERS.get(n.lower(), int(n) if n.isdigit() else 0)
        if n <= 0:
            continue
        if unit == "year":
            return str(pub.year - n)
        if unit == "month":
            y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            when = datetime.date(y, mo + 1, 1)
        else:  # weeks
            when = pub - datetime.timedelta(days=7 * n)
        if (when.year, when.month) < (pub.year, pub.month):
            return MONTH_NAMES[when.month - 1]  # "december" in January: the month before (rule event-mention)
    for m in found:
        w = m.group(1).lower()
        if w.isdigit():
            if 1900 < int(w) < pub.year:
                return w
            continue
        month = elex.months.get(w.rstrip("."))
        if month is not None and month != pub.month and m.group(1)[:1].isupper():
            return w
    return None


_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "eleven": 11, "twelve": 12, "several": 0, "few": 0}
MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]
_RELATIVE_PAST = re.compile(
    r"\b(?:(?:last|the\s+previous|the\s+prior|the\s+preceding)\s+(?P<unit>month|year)"
    r"|(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit2>week|month|year)s?\s+(?:ago|earlier|before))\b", re.IGNORECASE)
_COMMA = re.compile(r",(?=\s)")
_AMONG = re.compile(r"\b(?:were|was|are|is|been)\s+(?:\w+\s+)?among\b", re.IGNORECASE)
_PARENTHETICAL = re.compile(r",[^,.;:\n]{1,60},(?=\s)")
_STOP_CAPITAL = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.[\"\u201d']?\s+(?=[\"\u201c']?[A-Z])")
_OF_WHAT = re.compile(r"\s+of\s+((?:[A-Za-z][\w-]*\s*){1,5})")
_SPAN_ADJECTIVE = re.compile(r"\b(?:annual|yearly|full[- ]year|quarterly)\b", re.IGNORECASE)
_NEW_CONJUNCT = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
_NEW_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:was|were|is|are|has|had|have|rose|fell)\b|\bbut\b|\bwhile\b|[;]",
                            re.IGNORECASE)


def _expectation(s: str, lo: int, rs: int, hi: int, lex: "Lexicon", window: int = 90,
                 search: bool = False) -> Optional[str]:
    """An expectation word governing the figure: before it in its clause (at most ``window`` characters back,
    with no new predicate between: "exceeded forecasts and was an improvement over January's 239,000" is no
    forecast) or in its noun phrase; not after "than" ("a better-than-expected 295,000"). With ``search`` (a
    count with a noun of its own), a word of ``search_words`` ("looking for two suspects") is a search."""
    for m in lex.expect_rx.finditer(s, max(lo, rs - window), hi):
        if re.search(r"than[\s-]*$", s[max(0, m.start() - 6):m.start()], re.IGNORECASE):
            continue
        if search and " ".join(m.group(0).lower().split()) in lex.search_words:
            continue
        if m.end() <= rs and _NEW_PREDICATE.search(s, m.end(), rs):
            continue
        return repr(m.group(0))
    return None


def _introducer(doc: Document, f: Figure) -> Optional[str]:
    """The line that introduces the list a figure is an item of ("Apple is guiding the following:"), or None."""
    seg = doc.segments
    if seg is None:
        return None
    blocks = seg.blocks
    idx = next((b.index for b in blocks if b.start <= f.start < b.end), None)

    def listed(b) -> bool:  # a list item, or a "Label: value" line ("Unemployment rate: 5.6%")
        return b.kind == "item" or _LABEL_LINE.match(doc.text, b.start, b.end) is not None

    if idx is None or not listed(blocks[idx]):
        return None
    j = idx - 1
    while j >= 0 and listed(blocks[j]):
        j -= 1
    if j < 0:
        return None
    text = doc.text[blocks[j].start:blocks[j].end].strip()
    if blocks[idx].kind != "item" and not text.endswith(":"):
        return None  # label lines form a list only under a line that announces it
    return text if text.endswith(":") or len(text) < 200 else None


_APPOSITIVE_VALUE = re.compile(r"[\s,;:\u2014\u2013-]*(?:at|of|to|around|about|roughly|some)?\s*", re.IGNORECASE)
def _previous_sentence(doc: Document, f: Figure) -> Optional[str]:
    """The sentence before the figure's, in its paragraph (None at a paragraph's start)."""
    seg = doc.segments
    if seg is None or f.sentence is None:
        return None
    starts = doc.__dict__.get("_sentence_starts")
    if starts is None or len(starts) != len(seg.sentences):  # once per document: a long one has many figures
        starts = doc.__dict__["_sentence_starts"] = [x.start for x in seg.sentences]
    i = bisect.bisect_right(starts, f.sentence.start) - 1
    if i <= 0 or seg.sentences[i].start != f.sentence.start:
        return None
    prev = seg.sentences[i - 1]
    if _PARAGRAPH_BREAK.search(doc.text, prev.end, f.sentence.start) or prev.end > f.sentence.start:
        return None
    return doc.text[prev.start:prev.end]


_LABEL_LINE = re.compile(r"[ \t]*[A-Za-z][^:\n]{0,60}:[ \t]*[+\-\u2212]?[$\u00a3\u20ac]?\d[^\n]{0,40}$")


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


# "all six", "all of the six", "the six"; not "the other two" (the rest of a whole, whatever count came before)
_DEFINITE = re.compile(r"(?<!\w)(?:(?<!other\s)the|all(?:\s+the)?|all\s+of\s+the)\s+$", re.IGNORECASE)


def _definite_antecedent(doc: Document, f: Figure, lex: Lexicon) -> Optional[Tuple[Measure, str]]:
    """The measure of the earlier figure of the document with the same value that a bare definite numeral ("all six",
    "the six": no noun of its own written) refers to, and that figure's text (rule measure-definite)."""
    unit = (f.unit or "").strip().lower()
    written = bool(unit) and unit in (f.text or "").lower()
    own = lex.things.find(unit)
    thing = own[0][2] if own else (_norm_unit(unit) if unit else None)
    if f.kind != "count" or f.value is None or (written and unit not in lex.generic_things
                                                 and unit not in lex.referring_nouns):
        return None  # a role of its own ("the two passengers", "the two men who opened fire") is a count of its own
    people = written  # "the two people", "the two victims": a noun of its own, people at large
    for g in sorted((g for g in doc.figures if g.end <= f.start and g.is_figure and g.kind == "count"),
                    key=lambda g: -g.start):
        if g.value == f.value and g.hedge == "exact" and f.hedge == "exact":
            meas = figure_measure(doc, g, lex)[0]
            if meas.thing is None:
                continue
            if people and not (lex.is_animate(meas.thing) and lex.related(thing, meas.thing)):
                continue  # "the two people" never are "two vehicles" counted before
            return meas, g.text
    return None


_CLAUSE_CLOSE = re.compile(r"\s*(?:[.,;!?\"'\u201d\u2019)]|$)")


def _existential_antecedent(doc: Document, f: Figure, lex: Lexicon, s: str, rs: int, re_: int
                            ) -> Optional[Tuple[Measure, str]]:
    """The measure of the count a bare count after an existential opener ("said there were five.") gives another
    value of, and that count's text: the nearest earlier count of its paragraph, else of the paragraph before, that
    has a thing (rule measure-existential). None unless the figure writes no noun of its own and closes its clause."""
    if lex.existential_rx is None or f.kind != "count" or len((f.text or "").split()) != 1:
        return None
    if not lex.existential_rx.search(s, max(0, rs - 24), rs) or not _CLAUSE_CLOSE.match(s, re_):
        return None
    for g in sorted((g for g in doc.figures if g.end <= f.start and g.is_figure and g.kind == "count"),
                    key=lambda g: -g.start):
        if len(_PARAGRAPH_BREAK.findall(doc.text, g.end, f.start)) > 1:
            return None
        meas = figure_measure(doc, g, lex)[0]
        if meas.thing is not None:
            return meas, g.text
    return None


def _antecedent(doc: Document, f: Figure, lex: Lexicon) -> Optional[Measure]:
    """The measure of the figure "N of them" refers to: the nearest earlier countable figure of the same
    paragraph, else of the paragraph before, that has a thing (rule measure-anaphora)."""
    for g in sorted((g for g in doc.figures if g.end <= f.start and g.is_figure), key=lambda g: -g.start):
        if len(_PARAGRAPH_BREAK.findall(doc.text, g.end, f.start)) > 1:
            return None  # the paragraph before at most ("... three men took part. / 'There were three of them'")
        if f.value is not None and g.value is not None and g.value < f.value:
            continue  # a part never exceeds its whole: "three of them" is not of "the two police have described"
        if f.sentence is not None and f.sentence.start <= g.start and not _CLAUSE_BREAK.search(doc.text, g.end, f.start) \
                and not _NEW_CONJUNCT.search(doc.text, g.end, f.start):
            continue  # "Two boats pulled six of them": a pronoun never refers to the subject of its own clause
        meas = figure_measure(doc, g, lex)[0]
        if meas.thing is not None:
            return meas
    return None




def measure_documents(docs: Sequence[Document], lex: Optional[Lexicon] = None
                      ) -> Dict[Tuple[str, int, int], Tuple[Measure, List[str]]]:
    """The measure of every countable figure of ``docs``, keyed by (path, start, end)."""
    lex = lex or Lexicon.default()
    out: Dict[Tuple[str, int, int], Tuple[Measure, List[str]]] = {}
    # the places any document names ("in Olmsby"): "300 Olmsby residents" of an article that names Olmsby only so
    places: Dict[str, str] = {}
    for d in docs:
        places.update(place_names(d, lex))
    for d in docs:
        for f in d.figures:
            if f.is_figure:
                out[(d.path, f.start, f.end)] = figure_measure(d, f, lex, places)
    return out
