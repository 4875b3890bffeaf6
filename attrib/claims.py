"""Group the figures of many documents into claims; judge independence, verdicts and grades.

A *claim* is a set of figures that speak of the same thing: the same **measure** (whose, what is
counted, what happened to it, over which period) with overlapping intervals. Each claim gets

* its **origins**: the independent claimants behind its figures (a spokesperson and her ministry are
  one origin; an outlet that relays a ministry is no origin of its own),
* a **verdict**: ``corroborated`` (two or more independent origins), ``single-sourced`` (one) or
  ``unsourced`` (no figure has a claimant),
* ``contradicted_by`` / ``updates`` links to other claims on the same measure,
* an Admiralty-style **grade** (reliability letter x credibility digit) with the steps that led to it.

Every rule has a name that appears in the explanation and in docs/claims.md.

    >>> from attrib.model import Document, Figure
    >>> d = Document(path="a.md", text="Officials said 40 soldiers died.")
    >>> d.figures = [Figure(id="f1", start=15, end=26, text="40 soldiers", kind="count", value=40,
    ...                     low=40, high=40, unit="soldiers", status="unsourced")]
    >>> [c.verdict for c in build_claims([d])]
    ['unsourced']

The tables (synonyms, demonyms, events) are data: attrib/data/measures.yaml.
"""
from __future__ import annotations

import bisect
import datetime
import hashlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from .model import Claimant, Document, Figure
from .registry import Registry, normalize_name

MEASURES_YAML = Path(__file__).resolve().parent / "data" / "measures.yaml"

VERDICTS = ("corroborated", "single-sourced", "unsourced")
MEDIA_TYPES = frozenset({"media", "wire"})  # outlets: origins only when nobody else is
LETTERS = "ABCDEF"


# --------------------------------------------------------------------------------------------------
# The lexicon (measures.yaml), compiled once


def _phrase_regex(phrases: Iterable[str], case: bool = False) -> str:
    parts = sorted({p.strip() for p in phrases if p and p.strip()}, key=lambda p: (-len(p), p))
    alts = [r"\s+".join(re.escape(w) for w in p.split()) for p in parts]
    return r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])" if alts else r"(?!x)x"


class _Table:
    """Surface phrases -> canonical names, matched as whole words (longest first)."""

    def __init__(self, mapping: Dict[str, List[str]], case: bool = False):
        self.case = case
        self.canon: Dict[str, str] = {}
        for canon, words in mapping.items():
            for w in words:
                key = w if case else w.lower()
                key = " ".join(key.split())
                self.canon.setdefault(key, canon)
        flags = 0 if case else re.IGNORECASE
        self.rx = re.compile(_phrase_regex(self.canon), flags)

    def find(self, text: str, offset: int = 0) -> List[Tuple[int, int, str, str]]:
        """[(start, end, canonical, surface)] of every match in ``text`` (offsets shifted by ``offset``)."""
        out = []
        for m in self.rx.finditer(text):
            s = " ".join(m.group(0).split())
            out.append((m.start() + offset, m.end() + offset, self.canon[s if self.case else s.lower()], m.group(0)))
        return out


class Lexicon:
    def __init__(self, data: dict):
        self.data = data
        self.things = _Table(data.get("things", {}))
        loss = data.get("loss_terms", {})
        self.loss = _Table({k: v.get("words", []) for k, v in loss.items()})
        self.loss_thing = {k: v.get("thing") for k, v in loss.items()}
        self.events = _Table(data.get("events", {}))
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
        self.partitive_rx = re.compile(r"\s+of\s+" + _phrase_regex(pron), re.IGNORECASE) if pron else None
        aux = [str(w) for w in data.get("subject_aux", [])]
        self.subject_aux_rx = re.compile(r"\s*" + _phrase_regex(aux), re.IGNORECASE)
        self.state_types = {str(t) for t in data.get("state_types", [])}
        self.non_party_sides = {str(t) for t in data.get("non_party_sides", [])}

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

    def at_war(self, side_a: Optional[str], side_b: Optional[str]) -> bool:
        return bool(side_a and side_b) and frozenset((side_a, side_b)) in self.conflicts


# --------------------------------------------------------------------------------------------------
# What a figure measures

_CLAUSE_BREAK = re.compile(r"[;:\[\]\u201c\u201d\"\u2014\u2013]|(?<!\d),|,(?!\d)|\.(?=\s|$)|\.(?=[A-Z])")
_WORD = re.compile(r"[\w'\u2019.-]+")
_PARTITIVE = re.compile(r"\bof\s+(?:the|its|their|his|her)\s+$", re.IGNORECASE)
_NP_TOKENS = 5


@dataclass(frozen=True)
class Measure:
    owner: Optional[str]
    thing: Optional[str]
    event: Optional[str]
    period: str = ""

    @property
    def label(self) -> str:
        parts = [self.owner, self.thing, self.event, self.period]
        return " ".join(p for p in parts if p) or "unknown"

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


def figure_measure(doc: Document, f: Figure, lex: Optional[Lexicon] = None) -> Tuple[Measure, List[str]]:
    """The measure a figure speaks of, and the steps that found it (rule names in brackets).

    Sources, in order: the figure's unit and text; the noun phrase after it; its clause; its sentence.
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
    if things_u:
        thing = things_u[0][2]
        steps.append(f"thing {thing} from the unit {things_u[0][3]!r} [measure-unit]")
    if loss_u:
        event = loss_u[0][2]
        steps.append(f"event {event} from the unit {loss_u[0][3]!r} [measure-unit]")
        if thing is None:
            thing = lex.loss_thing.get(event)
            steps.append(f"thing {thing} implied by {loss_u[0][3]!r} [measure-loss-term]")
    if thing is None and f.unit and f.unit.strip():
        thing = _norm_unit(f.unit)
        steps.append(f"thing {thing!r} is the unit as written [measure-unit-literal]")
    antecedent = None
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

    # what happened to it; an event word written with a capital inside the sentence is part of a name
    # ("the Grain Exchange", "the Return Fund"), not an event (rule measure-name-word)
    def ev(txt: str, off: int = 0):
        return [m for m in lex.events.find(txt, off) if not (m[3][:1].isupper() and s[:m[0]].strip(" \"'\u201c\u2018("))]

    if event is None:
        if _PARTITIVE.search(before_clause):
            steps.append("no event: 'of the N ...' names the whole a part is taken from [measure-partitive]")
        else:
            cands = [(m, "noun phrase") for m in ev(np, re_) + lex.loss.find(np, re_)]
            if not cands and lex.subject_aux_rx.match(after_clause):
                # measure-predicate: "... and 31 were shot down": the figure is the subject, its verb says what
                # happened to it, whatever an earlier conjunct says
                cands = [(m, "predicate") for m in ev(after_clause, ctx.np_end)]
            if not cands:
                cands = [(m, "clause") for m in
                         ev(before_clause, ctx.clause_start) + ev(after_clause, ctx.np_end)]
            if cands:
                m, where = min(cands, key=lambda c: (abs(c[0][1] - rs) if c[0][1] <= rs else c[0][0] - re_, c[0][0]))
                event = m[2]
                rule = "measure-predicate" if where == "predicate" else "measure-context"
                steps.append(f"event {event} from {m[3]!r} in the {where} [{rule}]")
            else:
                m = _nearest_before(ev(s[max(0, rs - 120):rs], max(0, rs - 120)), rs)
                if m:
                    event = m[2]
                    steps.append(f"event {event} from {m[3]!r} earlier in the sentence [measure-sentence]")

    # whose it is
    own_u = lex.owners.find(unit_text)
    if own_u:
        owner = own_u[0][2]
        steps.append(f"owner {owner} from the unit {own_u[0][3]!r} [owner-unit]")
    else:
        m = _nearest(lex.owners.find(np, re_), rs, re_)
        where = "noun phrase"
        if not m:
            m = _nearest_before(lex.owners.find(before_clause, ctx.clause_start), rs)
            where = "clause"
        if not m:
            m = _nearest_before(lex.owners.find(s[:rs]), rs)
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
        nxt = _WORD.match(s, b + 1) if s[b:b + 1].isspace() else None
        if nxt and nxt.group(0).lower() in lex.period_anchors:
            steps.append(f"no period from {surface!r}: followed by {nxt.group(0)!r}, it dates something "
                         f"[measure-period-anchor]")
            continue
        period = canon
        steps.append(f"period {period} from {surface!r} [measure-period]")
        break
    return Measure(owner, thing, event, period), steps


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _antecedent(doc: Document, f: Figure, lex: Lexicon) -> Optional[Measure]:
    """The measure of the figure "N of them" refers to: the nearest earlier countable figure of the same
    paragraph that has a thing (rule measure-anaphora)."""
    for g in sorted((g for g in doc.figures if g.end <= f.start and g.is_figure), key=lambda g: -g.start):
        if _PARAGRAPH_BREAK.search(doc.text, g.end, f.start):
            return None
        meas = figure_measure(doc, g, lex)[0]
        if meas.thing is not None:
            return meas
    return None


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


def _point(f: Figure) -> float:
    if f.value is not None:
        return float(f.value)
    lo, hi = f.low, f.high
    if lo is not None and hi is not None:
        return (lo + hi) / 2
    return float(lo if lo is not None else (hi if hi is not None else 0))


def overlaps(a: Tuple[float, float], b: Tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# --------------------------------------------------------------------------------------------------
# Claims


@dataclass
class Member:
    """One figure of one document, as the claims see it."""

    doc: Document
    figure: Figure
    measure: Measure
    steps: List[str]
    interval: Tuple[float, float]
    claimant: Optional[str]
    relays: List[str]
    date: Optional[datetime.date]

    @property
    def key(self) -> Tuple[str, int, int]:
        return (self.doc.path, self.figure.start, self.figure.end)


@dataclass
class Claim:
    id: str
    measure: Measure
    members: List[Member]
    verdict: str = "unsourced"
    origins: List[str] = field(default_factory=list)
    claimants: List[str] = field(default_factory=list)
    relays: List[str] = field(default_factory=list)
    outlets: List[str] = field(default_factory=list)
    contradicted_by: List[str] = field(default_factory=list)
    updates: List[str] = field(default_factory=list)
    updated_by: List[str] = field(default_factory=list)
    grade: str = "F6"
    explanation: List[str] = field(default_factory=list)
    interval: Tuple[float, float] = (-math.inf, math.inf)
    origin_groups: Dict[str, List[str]] = field(default_factory=dict)

    @property
    def dates(self) -> List[datetime.date]:
        return sorted({m.date for m in self.members if m.date is not None})

    @property
    def value(self) -> Optional[float]:
        vals = sorted(_point(m.figure) for m in self.members)
        return vals[len(vals) // 2] if vals else None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "measure": self.measure.label,
            "owner": self.measure.owner,
            "thing": self.measure.thing,
            "event": self.measure.event,
            "period": self.measure.period or None,
            "value": _num(self.value),
            "verdict": self.verdict,
            "contradicted_by": list(self.contradicted_by),
            "updates": list(self.updates),
            "updated_by": list(self.updated_by),
            "origins": list(self.origins),
            "claimants": list(self.claimants),
            "relays": list(self.relays),
            "outlets": list(self.outlets),
            "grade": self.grade,
            "explanation": list(self.explanation),
            "figures": [{"path": m.doc.path, "start": m.figure.start, "end": m.figure.end,
                         "text": m.figure.text, "claimant": m.claimant} for m in self.members],
        }


def _num(x):
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return None
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def doc_date(doc: Document) -> Optional[datetime.date]:
    d = doc.meta.get("date")
    if isinstance(d, datetime.datetime):
        return d.date()
    if isinstance(d, datetime.date):
        return d
    if isinstance(d, str):
        try:
            return datetime.date.fromisoformat(d.strip()[:10])
        except ValueError:
            return None
    return None


def content_key(m: "Member") -> Tuple[str, int, int]:
    """A member's figure named by its document's content, not by how the path was typed."""
    doc = m.doc
    digest = doc.__dict__.get("_content_digest")
    if digest is None or doc.__dict__.get("_digest_text") is not doc.text:
        digest = hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        doc.__dict__["_content_digest"], doc.__dict__["_digest_text"] = digest, doc.text
    return (digest, m.figure.start, m.figure.end)


def claim_id(keys: Sequence[Tuple[str, int, int]]) -> str:
    """A stable id: a hash of the sorted member figure keys (content digest, start, end: the same
    articles give the same ids whether they are named ``examples/articles/`` or by an absolute path)."""
    h = hashlib.sha1("\n".join(f"{p}\t{s}\t{e}" for p, s, e in sorted(keys)).encode("utf-8")).hexdigest()
    return "claim-" + h[:12]


class Origins:
    """Which claimants are one origin: affiliation (declared in the documents and in sources.yaml).

    Claimants joined by an affiliation chain (Singh -> us-dod; an analyst -> her think tank) are one
    origin; the representative is the member the others belong to.
    """

    def __init__(self, docs: Sequence[Document], registry: Optional[Registry] = None,
                 lexicon: Optional[Lexicon] = None):
        self.registry = registry
        self.lex = lexicon or Lexicon.default()
        self.claimants: Dict[str, Claimant] = {}
        names: Dict[str, str] = {}
        for d in docs:
            for c in d.claimants:
                if c.id not in self.claimants:
                    self.claimants[c.id] = c
                for n in [c.name, *c.aliases]:
                    names.setdefault(normalize_name(n), c.id)
        self._names = names
        self.parent: Dict[str, str] = {}
        self.up: Dict[str, Set[str]] = {}  # claimant -> the bodies it belongs to
        todo = sorted(self.claimants)
        seen: Set[str] = set()
        while todo:
            cid = todo.pop()
            if cid in seen:
                continue
            seen.add(cid)
            affs = list(self.claimants[cid].affiliation) if cid in self.claimants else []
            entry = registry.get(cid) if registry is not None else None
            if entry is not None:
                affs += entry.affiliation
            for a in affs:
                aid = self.resolve(a)
                if aid and aid != cid:
                    self.up.setdefault(cid, set()).add(aid)
                    self._union(cid, aid)
                    if aid not in seen:
                        todo.append(aid)
        self.affiliation_group = {x: self._find(x) for x in seen}
        # origin-state-side: bodies of one state on one side (and anyone affiliated with them) are one
        # interested party, whatever their affiliation chains say
        self.party: Dict[str, str] = {}
        first: Dict[str, str] = {}
        for cid in sorted(seen):
            side = self.side(cid)
            if not side or side in self.lex.non_party_sides or not self.is_state(cid):
                continue
            self.party[cid] = side
            if side in first:
                self._union(first[side], cid)
            else:
                first[side] = cid

    def resolve(self, name: str) -> Optional[str]:
        if not name:
            return None
        if name in self.claimants or (self.registry is not None and self.registry.get(name) is not None):
            return name
        if self.registry is not None:
            e = self.registry.lookup(name)
            if e is not None:
                return e.id
        n = normalize_name(name)
        return self._names.get(n) or ("org:" + re.sub(r"[^a-z0-9]+", "-", n).strip("-"))

    def _find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        while p != self.parent.setdefault(p, p):
            self.parent[x] = p = self.parent[p]
        return p

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo

    def group(self, cid: str) -> str:
        return self._find(cid)

    def depth(self, cid: str) -> int:
        """How many bodies sit above a claimant (0 for a top body)."""
        seen, frontier, d = {cid}, [cid], 0
        while True:
            nxt = [a for c in frontier for a in sorted(self.up.get(c, ())) if a not in seen]
            if not nxt:
                return d
            seen.update(nxt)
            frontier, d = nxt, d + 1

    def _attr(self, cid: str, name: str) -> Optional[str]:
        """A claimant's field from the documents, else from sources.yaml."""
        c = self.claimants.get(cid)
        if c is not None and getattr(c, name, None):
            return getattr(c, name)
        e = self.registry.get(cid) if self.registry is not None else None
        return getattr(e, name, None) if e is not None else None

    def reliability(self, cid: str) -> Optional[str]:
        return self._attr(cid, "reliability")

    def _upward(self, cid: str) -> Iterable[str]:
        """The claimant, then the bodies above it in its affiliation chain, nearest first (no loops)."""
        seen: Set[str] = set()
        frontier = [cid]
        while frontier:
            nxt: List[str] = []
            for x in frontier:
                if x not in seen:
                    seen.add(x)
                    yield x
                    nxt += sorted(self.up.get(x, ()))
            frontier = nxt

    def side(self, cid: str) -> Optional[str]:
        """The claimant's side, else the nearest body above it that has one (a spokesperson's ministry)."""
        return next((s for s in map(lambda x: self._attr(x, "side"), self._upward(cid)) if s), None)

    def type(self, cid: str) -> Optional[str]:
        return self._attr(cid, "type")

    def is_state(self, cid: str) -> bool:
        """A body of a state (its type is one of ``state_types``), or a claimant affiliated with one through
        any chain (a spokesperson of a ministry, a press office of an army)."""
        return any(self.type(x) in self.lex.state_types for x in self._upward(cid))

    def name(self, cid: str) -> str:
        c = self.claimants.get(cid)
        if c is not None:
            return c.name
        e = self.registry.get(cid) if self.registry is not None else None
        return e.name if e is not None else cid


def _members(docs: Sequence[Document], lex: Lexicon) -> List[Member]:
    out = []
    for d in docs:
        stmts = {s.id: s for s in d.statements}
        date = doc_date(d)
        for f in d.figures:
            if not f.is_figure:
                continue
            meas, steps = figure_measure(d, f, lex)
            st = stmts.get(f.statement) if f.statement else None
            claimant = f.claimant if (f.claimant and f.status != "vague") else None
            relays = [r for r in (st.relays if st else []) if r and r != claimant]
            out.append(Member(d, f, meas, steps, figure_interval(f), claimant, relays, date))
    return out


_LOOKBACK = 64


def _cluster(members: List[Member]) -> List[List[Member]]:
    """Greedy interval clustering: a figure joins the cluster whose common interval it overlaps."""
    clusters: List[Tuple[List[Member], List[float]]] = []
    for m in sorted(members, key=lambda m: (_point(m.figure), m.interval[0], m.key)):
        best = None
        for members_, box in clusters[:-_LOOKBACK - 1:-1]:  # figures come sorted: only recent clusters can fit
            if overlaps((box[0], box[1]), m.interval):
                best = (members_, box)
                break
        if best is None:
            clusters.append(([m], [m.interval[0], m.interval[1]]))
        else:
            best[0].append(m)
            best[1][0] = max(best[1][0], m.interval[0])
            best[1][1] = min(best[1][1], m.interval[1])
    return [c for c, _ in clusters]


def _known(meas: Measure) -> int:
    return (meas.owner is not None) + (meas.event is not None)


def fits(part: Measure, whole: Measure) -> bool:
    """Whether a figure of measure ``part`` may speak of ``whole``: the same thing and period, and every
    part it knows (owner, event) the same; what it does not know, ``whole`` may know.

    >>> fits(Measure(None, "tonne", None), Measure(None, "tonne", "destroyed"))
    True
    >>> fits(Measure(None, "tonne", "exported"), Measure(None, "tonne", "destroyed"))
    False
    """
    return (part.thing == whole.thing and part.period == whole.period and part.owner in (None, whole.owner)
            and part.event in (None, whole.event))


def _most_specific(g: List[Member]) -> Measure:
    # over the distinct measures: a group of a repeated figure holds the same few many times
    return min({m.measure for m in g}, key=lambda x: (-_known(x), x.label, repr(x)))


def _join(m: Member, groups: List[List[Member]], origins: "Origins") -> Optional[List[Member]]:
    """The one group a figure of a less specific measure joins (rule group-partial), or None.

    A figure whose measure is not the group's own (a part unknown) may add no origin: it joins only when it
    has no claimant or its claimant's origin is already in the group. A guess at the measure never
    corroborates.
    """
    cands = []
    for g in groups:
        gm = _most_specific(g)
        if not fits(m.measure, gm):
            continue
        same = m.claimant is not None and any(
            x.claimant and (x.claimant == m.claimant or origins.group(x.claimant) == origins.group(m.claimant))
            for x in g)
        full = m.measure == gm
        if not (same or full or m.claimant is None):
            continue
        if all(overlaps(x.interval, m.interval) for x in g):
            cands.append((not (same or full), abs(_point(g[0].figure) - _point(m.figure)), g[0].key, g))
    if not cands:
        return None
    cands.sort(key=lambda c: c[:3])
    if len(cands) > 1 and cands[0][:2] == cands[1][:2]:
        return None  # two groups fit equally well: no guess
    return cands[0][3]


def _group(members: List[Member], origins: "Origins") -> List[List[Member]]:
    """Figures -> groups of one measure and overlapping intervals (rules group-*).

    Figures of one thing and period are taken from the most specific measure (owner and event known) to
    the least: figures of the same measure cluster by interval (group-measure); a figure missing its owner
    or event first tries to join a group of a more specific measure that fits it (group-partial), else
    clusters with figures of its own measure, which less specific figures may join in turn.
    """
    by_tp: Dict[Tuple[str, str], List[Member]] = {}
    unknown: Dict[Measure, List[Member]] = {}
    for m in members:
        if m.measure.thing is None:
            unknown.setdefault(m.measure, []).append(m)
        else:
            by_tp.setdefault((m.measure.thing, m.measure.period), []).append(m)
    groups: List[List[Member]] = []
    for tp in sorted(by_tp):
        ms = by_tp[tp]
        local: List[List[Member]] = []
        for level in (2, 1, 0):
            left: Dict[Measure, List[Member]] = {}
            for m in sorted((m for m in ms if _known(m.measure) == level), key=lambda m: m.key):
                g = _join(m, local, origins) if local else None
                if g is not None:
                    m.steps.append(f"joined the claim on {_most_specific(g).label} [group-partial]")
                    g.append(m)
                else:
                    left.setdefault(m.measure, []).append(m)
            for meas in sorted(left, key=lambda x: (x.label, repr(x))):
                local.extend(_cluster(left[meas]))
        groups.extend(local)
    # group-unknown: a figure whose thing is unknown groups only with the same measure and the same claimant
    for meas in sorted(unknown, key=lambda x: (x.label, repr(x))):
        by_c: Dict[str, List[Member]] = {}
        for m in unknown[meas]:
            by_c.setdefault(m.claimant or "", []).append(m)
        for c in sorted(by_c):
            groups.extend(_cluster(by_c[c]))
    return groups


def build_claims(docs: Sequence[Document], registry: Optional[Registry] = None,
                 lexicon: Optional[Lexicon] = None) -> List[Claim]:
    """Group every countable figure of ``docs`` into exactly one claim and judge each claim."""
    lex = lexicon or Lexicon.default()
    origins = Origins(docs, registry, lex)
    claims = []
    for g in _group(_members(docs, lex), origins):
        g.sort(key=lambda m: m.key)
        meas = _most_specific(g)
        c = Claim(id=claim_id([content_key(m) for m in g]), measure=meas, members=g)
        lo = max(m.interval[0] for m in g)
        hi = min(m.interval[1] for m in g)
        c.interval = (lo, hi) if lo <= hi else (min(m.interval[0] for m in g), max(m.interval[1] for m in g))
        _judge(c, origins)
        claims.append(c)
    claims.sort(key=lambda c: (c.members[0].key, c.id))
    _relate(claims, origins, lex)
    for c in claims:
        _grade(c, origins, lex, {x.id: x for x in claims})
    return claims


def _judge(c: Claim, origins: Origins) -> None:
    """Origins and verdict (rules origin-*, verdict-*)."""
    ex = c.explanation
    n_fig = len(c.members)
    n_doc = len({m.doc.path for m in c.members})
    ex.append(f"measure: {c.measure.label}; {n_fig} figure(s) in {n_doc} document(s) whose intervals overlap "
              f"[group-measure]")
    claimants = sorted({m.claimant for m in c.members if m.claimant})
    relays = sorted({r for m in c.members for r in m.relays})
    c.claimants = claimants
    c.relays = relays
    c.outlets = sorted({m.doc.publisher or "unknown publisher" for m in c.members})
    # origin-relay: a claimant that relays another claimant's statement in this claim is not an origin
    relayed_by: Dict[str, Set[str]] = {}
    for m in c.members:
        if m.claimant:
            for r in m.relays:
                relayed_by.setdefault(r, set()).add(m.claimant)
    groups: Dict[str, Set[str]] = {}
    media = {cid for cid in claimants if origins.type(cid) in MEDIA_TYPES}
    others = set(claimants) - media - set(relayed_by)
    for cid in claimants:
        targets = sorted(relayed_by.get(cid, set()) - {cid})
        if targets:
            ex.append(f"{cid} relays {', '.join(targets)} here: not an origin of its own [origin-relay]")
            continue
        if cid in media and others:
            ex.append(f"{cid} is an outlet and the claim has a non-media source: counted as a relay [origin-media]")
            if cid not in c.relays:
                c.relays = sorted(c.relays + [cid])
            continue
        groups.setdefault(origins.group(cid), set()).add(cid)
    reps = []
    for g, members in sorted(groups.items()):
        rep = min(members, key=lambda x: (origins.depth(x), x))
        reps.append(rep)
        c.origin_groups[rep] = sorted(members)
        if len(members) > 1:
            by_aff: Dict[str, List[str]] = {}
            for x in sorted(members):
                by_aff.setdefault(origins.affiliation_group.get(x, x), []).append(x)
            if len(by_aff) == 1:
                ex.append(f"{', '.join(sorted(members))} are one origin ({rep}): joined by affiliation "
                          f"[origin-affiliation]")
            else:
                for part in by_aff.values():
                    if len(part) > 1:
                        ex.append(f"{', '.join(part)} are one origin: joined by affiliation [origin-affiliation]")
                side = next((origins.party[x] for x in sorted(members) if x in origins.party), "?")
                ex.append(f"{', '.join(sorted(members))} are one origin ({rep}): bodies of one state on side {side} "
                          f"are one interested party [origin-state-side]")
    c.origins = sorted(reps)
    unsourced = sum(1 for m in c.members if not m.claimant)
    if not claimants:
        c.verdict = "unsourced"
        ex.append("unsourced: no figure of the claim names a claimant [verdict-unsourced]")
    elif len(c.origins) >= 2:
        c.verdict = "corroborated"
        ex.append(f"corroborated: {len(c.origins)} independent origins ({', '.join(c.origins)}) [verdict-corroborated]")
    else:
        c.verdict = "single-sourced"
        outlets = len(c.outlets)
        ex.append(f"single-sourced: one origin ({c.origins[0] if c.origins else claimants[0]}), repeated in "
                  f"{n_fig} figure(s) by {outlets} outlet(s){' via ' + ', '.join(relays) if relays else ''} "
                  f"[verdict-single-sourced]")
    if unsourced and claimants:
        ex.append(f"{unsourced} figure(s) without a claimant join the claim but add no origin [origin-unsourced-member]")


def _same_time(a: Claim, b: Claim, days: int) -> bool:
    da, db = a.dates, b.dates
    if not da or not db:
        return True
    return any(abs((x - y).days) <= days for x in da for y in db)


_MAX_SPAN = 400  # a claim whose figures span more days may miss a contradiction partner (never an update)


def _relate(claims: List[Claim], origins: Origins, lex: Lexicon) -> None:
    """contradicted_by (both ways) and updates between claims on one measure (rules relate-*)."""
    by_measure: Dict[Measure, List[Claim]] = {}
    for c in claims:
        # the same measure: thing and event known, and the same owner (or none named on either side)
        if c.measure.thing is not None and c.measure.event is not None:
            by_measure.setdefault(c.measure, []).append(c)
    window = datetime.timedelta(days=lex.same_time_days)
    span = datetime.timedelta(days=_MAX_SPAN)
    for meas, cs in by_measure.items():
        dated = sorted((c for c in cs if c.dates), key=lambda c: (c.dates[0], c.id))
        undated = [c for c in cs if not c.dates]
        starts = [c.dates[0] for c in dated]
        by_origin: Dict[str, List[Claim]] = {}
        if meas.event in lex.cumulative:  # updates may lie far apart in time, but share an origin
            for c in cs:
                for g in {origins.group(o) for o in c.origins}:
                    by_origin.setdefault(g, []).append(c)
        for a in sorted(cs, key=lambda c: c.id):
            if a.dates:  # claims that can be of the same time: bisect the sorted first dates
                lo = bisect.bisect_left(starts, a.dates[0] - window - span)
                hi = bisect.bisect_right(starts, a.dates[-1] + window)
                near = {b.id: b for b in dated[lo:hi]}
                near.update((b.id, b) for b in undated)
            else:
                near = {b.id: b for b in cs}
            for g in {origins.group(o) for o in a.origins}:
                near.update((b.id, b) for b in by_origin.get(g, ()))
            near = [near[k] for k in sorted(near) if k > a.id]
            for b in near:
                if overlaps(a.interval, b.interval):
                    continue
                ga = {origins.group(x) for x in a.origins}
                gb = {origins.group(x) for x in b.origins}
                if ga & gb:
                    # relate-update: the same origin, a later larger running total
                    shared = ga & gb
                    da = [m.date for m in a.members if m.claimant and origins.group(m.claimant) in shared and m.date]
                    db = [m.date for m in b.members if m.claimant and origins.group(m.claimant) in shared and m.date]
                    if meas.event in lex.cumulative and da and db and max(da) != max(db):
                        old, new = (a, b) if max(da) < min(db) else ((b, a) if max(db) < min(da) else (None, None))
                        if old is not None and (new.value or 0) > (old.value or 0):
                            new.updates.append(old.id)
                            old.updated_by.append(new.id)
                            new.explanation.append(f"updates {old.id}: a later, larger running total from the same "
                                                   f"origin [relate-update]")
                            old.explanation.append(f"updated by {new.id}, a later figure of the same origin "
                                                   f"[relate-update]")
                    continue
                if not a.origins or not b.origins:
                    continue  # relate-sourced: an unsourced figure contradicts nobody
                if not _same_time(a, b, lex.same_time_days):
                    continue
                a.contradicted_by.append(b.id)
                b.contradicted_by.append(a.id)
                for x, y in ((a, b), (b, a)):
                    x.explanation.append(f"contradicted by {y.id} ({', '.join(y.origins)}): same measure and time, "
                                         f"intervals do not overlap [relate-contradiction]")
    for c in claims:
        c.contradicted_by = sorted(set(c.contradicted_by))
        c.updates = sorted(set(c.updates))
        c.updated_by = sorted(set(c.updated_by))


def _grade(c: Claim, origins: Origins, lex: Lexicon, by_id: Dict[str, Claim]) -> None:
    """Admiralty grade: letter = reliability of the best origin, digit = credibility (rules grade-*)."""
    ex = c.explanation
    if c.verdict == "unsourced":
        c.grade = "F6"
        ex.append("grade F6: no source, so neither reliability nor truth can be judged [grade-unsourced]")
        return
    letters = {o: origins.reliability(o) for o in c.origins}
    known = sorted((v, o) for o, v in letters.items() if v)
    if known:
        letter, best = known[0]
        ex.append(f"letter {letter}: the most reliable origin, {best}, is {letter} in sources.yaml [grade-letter]")
    else:
        letter = "F"
        ex.append("letter F: no origin has a reliability in sources.yaml [grade-letter-unknown]")
    if c.verdict == "corroborated":
        digit = 1
        ex.append("digit 1: confirmed by independent origins [grade-corroborated]")
    else:
        digit = 3
        ex.append("digit 3: one origin, possibly true, at most 3 [grade-single-origin]")
        owner_side = lex.owner_side.get(c.measure.owner) if c.measure.owner else None
        if c.measure.event in lex.loss_events:
            for o in c.origins:
                side = origins.side(o)
                if lex.at_war(side, owner_side):
                    digit = max(digit, 4)
                    ex.append(f"digit 4: {o} ({side}) is a party at war with the {c.measure.owner} side and speaks of "
                              f"its losses, uncorroborated [grade-interested-party]")
                    break
    if c.contradicted_by:
        mine = LETTERS.index(letter)
        better = [x for x in c.contradicted_by if _best_letter(by_id[x], origins) < mine]
        if better:
            digit = 5
            ex.append(f"digit 5: contradicted by a more reliable origin ({', '.join(better)}) [grade-contradicted-better]")
        else:
            new = max(digit, 2 if c.verdict == "corroborated" else 4)
            if new != digit:
                ex.append(f"digit {new}: contradicted by an origin no more reliable [grade-contradicted]")
            digit = new
    c.grade = f"{letter}{digit}"
    ex.append(f"grade {c.grade}")


def _best_letter(c: Claim, origins: Origins) -> int:
    vals = [origins.reliability(o) for o in c.origins]
    vals = [LETTERS.index(v) for v in vals if v]
    return min(vals) if vals else LETTERS.index("F")


def claimant_stats(claims: Sequence[Claim], docs: Sequence[Document], registry: Optional[Registry] = None) -> List[dict]:
    """Per claimant: statements, figures, claims, corroborated share, contradictions."""
    origins = Origins(docs, registry)
    stats: Dict[str, dict] = {}
    for d in docs:
        for s in d.statements:
            if s.claimant:
                stats.setdefault(s.claimant, _blank(s.claimant, origins))["statements"] += 1
    for c in claims:
        for cid in c.claimants:
            st = stats.setdefault(cid, _blank(cid, origins))
            st["figures"] += sum(1 for m in c.members if m.claimant == cid)
            st["claims"] += 1
            st["corroborated"] += c.verdict == "corroborated"
            st["contradicted"] += bool(c.contradicted_by)
    out = []
    for cid in sorted(stats):
        st = stats[cid]
        st["corroboration_rate"] = round(st["corroborated"] / st["claims"], 3) if st["claims"] else None
        out.append(st)
    return out


def _blank(cid: str, origins: Origins) -> dict:
    return {"id": cid, "name": origins.name(cid), "reliability": origins.reliability(cid), "side": origins.side(cid),
            "statements": 0, "figures": 0, "claims": 0, "corroborated": 0, "contradicted": 0}
