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

import unicodedata

from .events import EventLexicon, Events, Story, doc_date, figure_date, find_events, fold  # noqa: F401 (doc_date re-exported)
from .measures import Lexicon, Measure, figure_measure, measure_documents  # noqa: F401 (re-exported)
from .model import Claimant, Document, Figure
from .registry import Registry, normalize_name


VERDICTS = ("corroborated", "single-sourced", "unsourced")
MEDIA_TYPES = frozenset({"media", "wire"})  # outlets: origins only when nobody else is
LETTERS = "ABCDEF"


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


def _reach(f: Figure, lex: "Lexicon") -> Tuple[float, float]:
    """The interval a figure is grouped by: an open bound ("at least 478") reaches ``open_bound_reach`` above its
    number, not to infinity, so that "at least 478" and a later "842" stay two counts."""
    lo, hi = figure_interval(f)
    if hi == math.inf and lo != -math.inf and lo >= 0:
        hi = lo * (1 + lex.open_reach) * (1 + max(0.0, f.tolerance or 0.0)) ** 2
    unit = _stated_unit(f)
    if unit and f.hedge == "exact" and lo == hi and f.value is not None:
        # a decimal stated with a scale word is a rounding of the exact value: "$46.9 billion" may be the
        # $46.85 billion of another article, "45.5 million" the 45.51 million; half-open, so that 5.5 and 5.6
        # never meet (rule group-rounding)
        lo, hi = f.value - unit / 2, f.value + unit / 2 - unit * 1e-6
    return (lo, hi)


_NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?\s*(?:-\s*)?([a-zA-Z]+)?")


def _stated_unit(f: Figure) -> Optional[float]:
    """The place of the last digit written, in the figure's value, for a decimal with a scale word ("46.9
    billion" -> 0.1 billion); None otherwise."""
    m = _NUMERAL.search(f.text or "")
    if m is None or not m.group(1) or f.value is None:
        return None
    written = float(m.group(0)[:m.end(1) - m.start(0)].replace(",", ""))
    if not written:
        return None
    scale = f.value / written
    if scale < 1000:  # no scale word: "5.5 percent" is as exact as it says
        return None
    return scale * 10 ** -len(m.group(1))


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
    story: str = ""  # the event (story) of its document
    series: str = ""  # the running series its story belongs to
    date_note: Optional[str] = None  # the in-text date its sentence names ("on Thursday"), if any

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
    event: Optional[Story] = None  # the story of its members (the first one, when a series joins several)
    stories: List[str] = field(default_factory=list)

    @property
    def block(self) -> str:
        """Where its rivals are looked for: its story, or its series when it spans stories or names an owner."""
        if len(self.stories) > 1 or self.measure.owner is not None:
            return self.members[0].series
        return self.members[0].story

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
            "story": self.event.to_dict() if self.event is not None else None,
            "explanation": list(self.explanation),
            "figures": [{"path": m.doc.path, "start": m.figure.start, "end": m.figure.end, "line": m.figure.line,
                         "text": m.figure.text, "claimant": m.claimant,
                         "date": m.date.isoformat() if m.date else None} for m in self.members],
        }


def _num(x):
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return None
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


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
        self.merged: Dict[str, List[str]] = {}  # representative -> the surface forms it merged
        self.copy_of: Dict[str, str] = {}  # document path -> the first path of its wire copy (from the events)
        self.same_body: Dict[str, Set[str]] = {}  # claimant -> claimants whose names reduce to one of its keys
        self._identity(registry)
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

    def _identity(self, registry: Optional[Registry]) -> None:
        """One claimant per body (rule origin-same-body): claimants whose names reduce to one key (accents,
        spellings, possessives, qualifiers, body words and channel phrases dropped), or an unregistered one whose
        reduced name the registry knows, are one origin."""
        ident = _identity_lexicon()
        by_key: Dict[str, str] = {}
        group_owners: Dict[str, Set[str]] = {}

        def owners_of(x: str) -> Set[str]:
            return group_owners.get(self._find(x), set())

        for cid in sorted(self.claimants):
            c = self.claimants[cid]
            own = _name_owner(c.name, self.lex)
            if own:
                group_owners[self._find(cid)] = owners_of(cid) | {own}
            for n in [c.name, *c.aliases]:
                for key in _name_keys(n, ident):
                    target = None
                    if registry is not None and not c.registered:
                        e = registry.lookup(key)
                        target = e.id if e is not None else None
                    other = by_key.setdefault(key, cid)
                    if target and target != cid:  # an alias of a registry entry stands where the entry stands
                        self.up.setdefault(cid, set()).update(self.up.get(target, set()) | {target})
                    for t in (target, other):
                        if t and t != cid:
                            self.same_body.setdefault(cid, set()).add(t)
                            self.same_body.setdefault(t, set()).add(cid)
                        if t and t != cid and self._find(t) != self._find(cid):
                            oa, ob = owners_of(cid), owners_of(t)
                            if oa and ob and oa != ob:
                                continue  # "Russia's Interior Ministry" is not "Ukraine's Interior Ministry"
                            self._union(cid, t)
                            group_owners[self._find(cid)] = oa | ob
                            self.merged.setdefault(t, []).append(f"{c.name} ({cid})")
        # a group noun ("officials") or a description written without a capital ("the world's most valuable
        # company", "the town's mayor") names no body of its own: beside a named claimant it adds no origin
        self.generic = {cid for cid, c in self.claimants.items()
                        if self.type(cid) == "collective"
                        or not c.registered and (fold(c.name).removeprefix("the ") in ident["generic"]
                                                 or not any(ch.isupper() for ch in c.name))}

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

    def is_registered(self, cid: str) -> bool:
        c = self.claimants.get(cid)
        return bool(c.registered) if c is not None else (self.registry is not None and self.registry.get(cid) is not None)

    def body_of(self, cid: str) -> Set[str]:
        """Every claimant joined to ``cid`` by the names of one body (the closure of rule origin-same-body)."""
        seen, todo = {cid}, [cid]
        while todo:
            for y in sorted(self.same_body.get(todo.pop(), ())):
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
        return seen

    def name_words(self, cid: str) -> frozenset:
        cache = self.__dict__.setdefault("_name_words", {})
        if cid not in cache:
            cache[cid] = frozenset(fold(self.name(cid)).removeprefix("the ").split())
        return cache[cid]

    def name(self, cid: str) -> str:
        c = self.claimants.get(cid)
        if c is not None:
            return c.name
        e = self.registry.get(cid) if self.registry is not None else None
        return e.name if e is not None else cid


_IDENTITY: Optional[dict] = None


def _identity_lexicon() -> dict:
    global _IDENTITY
    if _IDENTITY is None:
        import yaml

        with open(Path(__file__).resolve().parent / "data" / "identity.yaml", encoding="utf-8") as fh:
            d = yaml.safe_load(fh) or {}
        _IDENTITY = {
            "spellings": {str(k): str(v) for k, v in (d.get("spellings") or {}).items()},
            "channels": sorted((fold(str(p)) for p in d.get("channel_phrases", [])), key=lambda p: -len(p)),
            "qualifiers": {str(w) for w in d.get("qualifiers", [])},
            "body": {str(w) for w in d.get("body_words", [])},
            "generic": {fold(str(w)) for w in d.get("generic_claimants", [])},
            "titles": {fold(str(w)) for w in d.get("titles", [])},
        }
    return _IDENTITY


def _name_owner(name: str, lex: "Lexicon") -> Optional[str]:
    """The country or people a body's name says it belongs to ("Ukraine's General Staff", "the Russian Ministry
    of Defence"), from the owners table; None when the name says none (the story implies it)."""
    m = lex.owners.find(name)
    return m[0][2] if m else None


def _name_keys(name: str, ident: dict) -> List[str]:
    """Keys of a claimant's name, the most specific first: "Haiti's central civil protection agency" ->
    ["civil protection agency", "civil protection", "acr:..."]; "Zelenskyy" -> ["zelensky"]; "BLS" ->
    ["acr:bls"], as "Bureau of Labor Statistics" has."""
    ttl = ident.get("titles", set())
    low = fold(name)
    for ch in ident["channels"]:  # "the General Staff on Facebook": the channel is no part of the name
        if low.endswith(" " + ch):
            cut = re.search(r"\s+" + r"\W+".join(map(re.escape, ch.split())) + r"\W*$", name, re.IGNORECASE)
            if cut:
                name = name[:cut.start()]
            break
    m = re.match(r"\s*((?:[A-Z][a-z]*\.?\s+)+?)((?:[A-Z][\w'.-]+\s+){0,2}[A-Z][\w'.-]+)\s+of\s+(?:the\s+)?(.+)$", name)
    if m and fold(m.group(1)).split() and all(w in ttl for w in fold(m.group(1)).split()):
        # "Sgt. Anna Brisk of the Vell Police Department": the person and the body she speaks for
        return _name_keys(m.group(2), ident) + _name_keys(m.group(3), ident)
    words0 = name.split()
    while len(words0) > 2 and fold(words0[0]) in ttl and all(w[:1].isupper() for w in words0[1:]):
        words0 = words0[1:]  # "Sgt. Anna Brisk" -> Anna Brisk; not "General Staff of the Armed Forces"
    name = " ".join(words0)
    raw = unicodedata.normalize("NFKD", name)
    raw = "".join(ch for ch in raw if not unicodedata.combining(ch)).replace("\u2019", "'")
    raw = re.sub(r"^(?:the\s+)?[A-Z][\w.-]*'s?\s+", "", raw.strip()) if re.match(r"(?:the\s+)?[A-Z][\w.-]*'s?\s+\S", raw.strip()) \
        else raw  # a possessive owner: "Ukraine's General Staff" -> "General Staff"
    key = fold(raw)
    for ch in ident["channels"]:
        if key.endswith(" " + ch):
            key = key[:-len(ch) - 1]
    words = [ident["spellings"].get(w, w) for w in key.split()]
    words = [w for w in words if w not in ident["qualifiers"]]
    if words and words[0] == "of":
        words = words[1:]
    out = []
    if len(words) >= 2:
        core = [w for w in words if w not in ident["body"] and w != "of"]
        for ws in (words, core if 2 <= len(core) < len(words) else []):
            if ws:  # transliterations: doubled letters as one (Zelenskyy = Zelensky)
                out.append(" ".join(re.sub(r"(.)\1", r"\1", w) for w in ws))
    elif len(words) == 1 and len(words[0]) >= 5 and not name.strip().isupper():
        out.append(re.sub(r"(.)\1", r"\1", words[0]))
    # acronyms: "Bureau of Labor Statistics" and "BLS" (rule origin-same-body), from the name without its
    # channel phrase, when every word of it but the small ones is capitalised
    token = raw.strip().strip(".")
    written = re.findall(r"[A-Za-z][\w'-]*", raw)[:len(key.split())]
    big = [w for w in written if w.lower() not in _ACRONYM_SKIP]
    if re.fullmatch(r"[A-Z]{2,6}", token):
        out.append("acr:" + token.lower())
    elif len(big) >= 2 and all(w[:1].isupper() for w in big):
        out.append("acr:" + "".join(w[0] for w in big).lower())
    return out


_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "la"}


_CONVERSION_GAP = re.compile(r"\s*\(\s*(?:about|around|roughly|some|or|approximately|c\.)?\s*")


def _conversion(doc: Document, prev: Figure, f: Figure) -> bool:
    """"$25m (€23m)", "15 km (9 miles)": a figure in parentheses right after another of the same kind, in
    another unit, converts it."""
    gap = doc.text[prev.end:f.start]
    return (_CONVERSION_GAP.fullmatch(gap) is not None and prev.kind == f.kind and f.kind in ("money", "quantity")
            and (prev.unit or "") != (f.unit or "") and doc.text[f.end:f.end + 1] == ")")


def _members(docs: Sequence[Document], lex: Lexicon, events: Events,
             conversions: Optional[Dict[Tuple[str, int, int], Tuple[str, int, int]]] = None) -> List[Member]:
    conversions = {} if conversions is None else conversions
    out = []
    elex = EventLexicon.default()
    measures = measure_documents(docs, lex)
    for d in docs:
        stmts = {s.id: s for s in d.statements}
        published = doc_date(d)
        story = events.story_of.get(d.path, d.path)
        series = events.series_of.get(d.path, story)
        prev = None
        for f in sorted(d.figures, key=lambda f: f.start):
            if not f.is_figure:
                continue
            meas, steps = measures[(d.path, f.start, f.end)]
            st = stmts.get(f.statement) if f.statement else None
            claimant = f.claimant if (f.claimant and f.status != "vague") else None
            relays = [r for r in (st.relays if st else []) if r and r != claimant]
            date, note = figure_date(d, f, published, elex)
            if prev is not None and _conversion(d, prev, f):
                steps = steps + [f"a conversion in parentheses of {prev.text!r}: the same figure [group-conversion]"]
                conversions[(d.path, f.start, f.end)] = (d.path, prev.start, prev.end)
            prev = f
            out.append(Member(d, f, meas, steps, _reach(f, lex), claimant, relays, date, story, series, note))
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
    return min({m.measure for m in g}, key=lambda x: (-_known(x), x.sort_key))


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
            for meas in sorted(left, key=lambda x: x.sort_key):
                local.extend(_cluster(left[meas]))
        groups.extend(local)
    # group-unknown: a figure whose thing is unknown groups only with the same measure and the same claimant
    for meas in sorted(unknown, key=lambda x: x.sort_key):
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
    events = find_events(docs)
    origins.copy_of = events.copy_of
    by_story: Dict[str, List[Member]] = {}
    conversions: Dict[Tuple[str, int, int], Tuple[str, int, int]] = {}
    for m in _members(docs, lex, events, conversions):
        by_story.setdefault(m.story, []).append(m)
    groups: List[List[Member]] = []
    for sid in sorted(by_story):
        groups.extend(_join_story(_group(by_story[sid], origins), lex, origins))
    groups = _join_conversions(groups, conversions)
    claims = []
    for g in _join_series(groups):
        g.sort(key=lambda m: m.key)
        meas = _most_specific(g)
        c = Claim(id=claim_id([content_key(m) for m in g]), measure=meas, members=g)
        c.stories = sorted({m.story for m in g})
        c.event = events.story(g[0].doc.path)
        lo = max(m.interval[0] for m in g)
        hi = min(m.interval[1] for m in g)
        c.interval = (lo, hi) if lo <= hi else (min(m.interval[0] for m in g), max(m.interval[1] for m in g))
        _judge(c, origins)
        claims.append(c)
    claims.sort(key=lambda c: (c.members[0].key, c.id))
    _relate(claims, origins, lex)
    by_id = {x.id: x for x in claims}  # once: a map per claim made the grades quadratic
    for c in claims:
        _grade(c, origins, lex, by_id)
    return claims


def _thing_related(a: Optional[str], b: Optional[str], lex: "Lexicon") -> bool:
    if a is None or b is None or a == b:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) and (set(wa) <= set(wb) or set(wb) <= set(wa)):
        metric_a, metric_b = (wa[0] if len(wa) > 1 else None), (wb[0] if len(wb) > 1 else None)
        return metric_a is None or metric_b is None
    return lex.related(a, b)


def _periods_related(a: str, b: str) -> bool:
    """Equal periods; or a window ("past 3 month", rule measure-window) on one side and none on the other: an
    article that leaves the window out may mean it. A rate (daily) or a forecast is never left out."""
    if a == b:
        return True
    fa, fb = a.startswith("forecast"), b.startswith("forecast")
    if fa != fb:
        return False
    a2, b2 = a.removeprefix("forecast").strip(), b.removeprefix("forecast").strip()
    windows = ("past ", "day", "week", "month", "quarter", "year")
    return (not a2 and b2.startswith(windows) and b2 not in ("daily", "weekly", "monthly")) or \
        (not b2 and a2.startswith(windows) and a2 not in ("daily", "weekly", "monthly"))


def _measures_related(a: Measure, b: Measure, lex: "Lexicon") -> bool:
    """Whether two measures may be one, inside one story: every part known on both sides agrees (the thing
    through synonyms and hypernyms), and the period (a forecast included) is the same."""
    return _periods_related(a.period, b.period) and (a.owner is None or b.owner is None or a.owner == b.owner) \
        and (a.event is None or b.event is None or a.event == b.event) and _thing_related(a.thing, b.thing, lex)


def _sig_digits(v: Optional[float]) -> int:
    if v is None or not math.isfinite(v) or v == 0:
        return 0
    return len(f"{abs(v):.10g}".replace(".", "").strip("0"))


def _precise_match(g: List[Member], cl: List[List[Member]]) -> bool:
    """Every figure of ``g`` and of the cluster states one exact value of three or more significant digits
    (295,000; 46.85): too precise to be a coincidence inside one story."""
    vals = {m.figure.value for h in [g, *cl] for m in h}
    return len(vals) == 1 and all(m.figure.hedge == "exact" for h in [g, *cl] for m in h) \
        and _sig_digits(next(iter(vals))) >= 3


def _kind(g: List[Member]) -> Tuple[str, str]:
    f = g[0].figure
    unit = (f.unit or "").lower() if f.kind == "money" else ""
    return f.kind, unit


def _join_story(groups: List[List[Member]], lex: "Lexicon", origins: "Origins") -> List[List[Member]]:
    """Inside one story, groups of one kind whose common intervals overlap and whose measures agree where both
    are known join (rule group-story): "295,000 added" and "295,000 jobs"; "16 others wounded" and "16 people
    wounded". A group joins only when exactly one cluster fits it (no guess), and a group that does not know
    what it counts adds no origin."""
    order = sorted(groups, key=lambda g: (-_known(_most_specific(g)) - (_most_specific(g).thing is not None),
                                          -len(g), g[0].key))
    clusters: List[List[List[Member]]] = []
    for g in order:
        mg, kg, (lo, hi) = _most_specific(g), _kind(g), _common(g)
        fits_ = []
        for cl in clusters:
            if _kind(cl[0]) != kg:
                continue
            ok = True
            for h in cl:
                hl, hh = _common(h)
                if not (hl <= hi and lo <= hh) or not _measures_related(mg, _most_specific(h), lex):
                    ok = False
                    break
            if ok:
                fits_.append(cl)
        if len(fits_) == 1:
            cl = fits_[0]
            less = any((mg.thing is None) != (_most_specific(h).thing is None)
                       or (mg.event is None) != (_most_specific(h).event is None) for h in cl)
            if less and not _precise_match(g, cl):  # a guess at the measure never adds an origin
                have = {origins.group(m.claimant) for h in cl for m in h if m.claimant}
                mine = {origins.group(m.claimant) for m in g if m.claimant}
                if have and mine and mine - have:
                    clusters.append([g])
                    continue
            for m in g:
                m.steps.append(f"joined the claim on {_most_specific(cl[0]).label} in its story: the same value, "
                               f"and the measures agree where both are known [group-story]")
            cl.append(g)
        else:
            clusters.append([g])
    return [[m for h in cl for m in h] for cl in clusters]


def _join_conversions(groups: List[List[Member]], conv: Dict[Tuple[str, int, int], Tuple[str, int, int]]
                      ) -> List[List[Member]]:
    """A conversion in parentheses joins the claim of the figure it converts (rule group-conversion)."""
    if not conv:
        return groups
    where = {m.key: i for i, g in enumerate(groups) for m in g}
    for key, target in sorted(conv.items()):
        i, j = where.get(key), where.get(target)
        if i is None or j is None or i == j:
            continue
        moving = [m for m in groups[i] if m.key == key]
        groups[i] = [m for m in groups[i] if m.key != key]
        groups[j].extend(moving)
        where[key] = j
    return [g for g in groups if g]


def _join_series(groups: List[List[Member]]) -> List[List[Member]]:
    """Claims of different stories of one running series join when they have the same complete measure (owner,
    thing and event known: "North Korean troops deployed") and their common intervals overlap (rule
    group-series). An ownerless count ("2 killed") never leaves its story."""
    out: List[List[Member]] = []
    keyed: Dict[Tuple[str, Measure], List[List[Member]]] = {}
    for g in groups:
        meas = _most_specific(g)
        if meas.complete and all(m.measure.owner is not None for m in g if m.measure == meas):
            keyed.setdefault((g[0].series, meas), []).append(g)
        else:
            out.append(g)
    for key in sorted(keyed, key=lambda k: (k[0], k[1].sort_key)):
        boxes: List[Tuple[List[Member], List[float]]] = []
        for g in sorted(keyed[key], key=lambda g: (_common(g), g[0].key)):
            lo, hi = _common(g)
            for members, box in boxes:
                if box[0] <= hi and lo <= box[1]:
                    for m in g:
                        m.steps.append(f"joined across the stories of one series: same measure {key[1].label} "
                                       f"[group-series]")
                    members.extend(g)
                    box[0], box[1] = max(box[0], lo), min(box[1], hi)
                    break
            else:
                boxes.append((list(g), [lo, hi]))
        out.extend(b[0] for b in boxes)
    return out


def _common(g: List[Member]) -> Tuple[float, float]:
    lo = max(m.interval[0] for m in g)
    hi = min(m.interval[1] for m in g)
    return (lo, hi) if lo <= hi else (min(m.interval[0] for m in g), max(m.interval[1] for m in g))


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
    others = set(claimants) - media - set(relayed_by) - origins.generic
    for cid in claimants:
        if cid in origins.generic and any(x not in origins.generic for x in claimants):
            ex.append(f"{cid} names no identifiable body (a group noun or a description): no origin of its own "
                      f"beside the named claimants [origin-generic]")
            continue
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
    _same_body_in_claim(groups, origins, ex)
    vague = sorted(g for g, ms in groups.items() if ms <= origins.generic)
    if len(vague) > 1:  # group nouns and descriptions never corroborate one another: at most one origin
        ex.append(f"{', '.join(sorted(x for g in vague for x in groups[g]))} name no identifiable body: together "
                  f"one origin [origin-generic]")
        for g in vague[1:]:
            groups[vague[0]] |= groups.pop(g)
    reps = []
    for g, members in sorted(groups.items()):
        rep = min(members, key=lambda x: (origins.depth(x), not origins.is_registered(x), x))
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
    # origin-one-article: origins whose figures in this claim all stand in one and the same article are that
    # article's report, one origin (two figures of one article never corroborate each other)
    copy = origins.copy_of
    docs_of = {r: {copy.get(m.doc.path, m.doc.path) for m in c.members if m.claimant in c.origin_groups.get(r, [r])}
               for r in reps}
    if len(reps) > 1 and len(set().union(*docs_of.values())) == 1:
        ex.append(f"{', '.join(sorted(reps))} are named in one article only ({next(iter(docs_of[reps[0]]))}"
                  f"{', or copies of it under other mastheads' if any(copy.get(m.doc.path, m.doc.path) != m.doc.path for m in c.members) else ''}): "
                  f"one origin [origin-one-article]")
        keep = min(reps, key=lambda x: (origins.depth(x), x))
        c.origin_groups[keep] = sorted({x for r in reps for x in c.origin_groups.get(r, [r])})
        for r in reps:
            if r != keep:
                c.origin_groups.pop(r, None)
        reps = [keep]
    c.origins = sorted(reps)
    unsourced = sum(1 for m in c.members if not m.claimant)
    if not claimants:
        c.verdict = "unsourced"
        ex.append("unsourced: no figure of the claim names a claimant [verdict-unsourced]")
    elif len(c.origins) >= 2 and not _agreeing(c, origins):
        c.verdict = "single-sourced"
        ex.append(f"{len(c.origins)} origins ({', '.join(c.origins)}) state values that only a round number's "
                  f"tolerance makes meet (no two of them state one value): not corroborated [verdict-near-values]")
    elif len(c.origins) >= 2:
        c.verdict = "corroborated"
        ex.append(f"corroborated: {len(c.origins)} independent origins ({', '.join(c.origins)}) [verdict-corroborated]")
        for o in c.origins:
            where = sorted({m.doc.publisher or m.doc.path for m in c.members
                            if m.claimant in c.origin_groups.get(o, [o])})
            ex.append(f"origin {o} ({origins.type(o) or 'type unknown'}, side {origins.side(o) or 'none'}), in "
                      f"{', '.join(where)}: no affiliation, relay, state side or shared name joins it to the "
                      f"others [verdict-corroborated]")
    else:
        c.verdict = "single-sourced"
        outlets = len(c.outlets)
        ex.append(f"single-sourced: one origin ({c.origins[0] if c.origins else claimants[0]}), repeated in "
                  f"{n_fig} figure(s) by {outlets} outlet(s){' via ' + ', '.join(relays) if relays else ''} "
                  f"[verdict-single-sourced]")
    if unsourced and claimants:
        ex.append(f"{unsourced} figure(s) without a claimant join the claim but add no origin [origin-unsourced-member]")


def _has_metric(c: Claim) -> bool:
    return c.members[0].figure.kind in ("percent", "money") and len((c.measure.thing or "").split()) > 1


def _other_documents(a: Claim, b: Claim) -> bool:
    return not ({m.doc.path for m in a.members} & {m.doc.path for m in b.members})


def _strict(f: Figure) -> Tuple[float, float]:
    """The interval a figure states: its hedge's bounds and a decimal's rounding, without the tolerance a round
    number carries ("240,000" is 240,000 here, not 235,000 to 245,000)."""
    lo = f.low if f.low is not None else f.value
    hi = f.high if f.high is not None else (f.value if f.low is None else math.inf)
    if lo is None:
        return (-math.inf, math.inf)
    if hi is None:
        hi = math.inf
    unit = _stated_unit(f)
    if unit and lo == hi:
        lo, hi = lo - unit / 2, hi + unit / 2 - unit * 1e-6
    return (lo, hi)


def _agreeing(c: Claim, origins: "Origins") -> bool:
    """Whether two of the claim's origins state one value (their stated intervals overlap)."""
    by_origin: Dict[str, List[Tuple[float, float]]] = {}
    for o in c.origins:
        ms = set(c.origin_groups.get(o, [o]))
        by_origin[o] = [_strict(m.figure) for m in c.members if m.claimant in ms]
    keys = sorted(by_origin)
    return any(overlaps(x, y) for i, a in enumerate(keys) for b in keys[i + 1:]
               for x in by_origin[a] for y in by_origin[b])


def _same_body_in_claim(groups: Dict[str, Set[str]], origins: "Origins", ex: List[str]) -> None:
    """A claimant named by a bare common noun for a body ("police", "the ministry") is the one body of the claim
    whose name holds that noun ("Vell Police Department"), when there is exactly one (rule origin-same-body)."""
    if len(groups) < 2:
        return
    words = {g: [origins.name_words(c) for c in sorted(ms)] for g, ms in groups.items()}
    for g in sorted(groups):
        if g not in groups:
            continue
        mine = words[g]
        if not all(len(w) <= 2 for w in mine):
            continue
        hosts = [h for h in sorted(groups) if h != g and h in groups
                 and any(w < other for w in mine for other in words[h] if w)]
        if len(hosts) == 1:
            h = hosts[0]
            ex.append(f"{', '.join(sorted(groups[g]))} names {', '.join(sorted(groups[h]))} by a common noun: one "
                      f"origin [origin-same-body]")
            groups[h] |= groups.pop(g)
            words[h] = words[h] + words.pop(g)


def _same_time(a: Claim, b: Claim, days: int) -> bool:
    da, db = a.dates, b.dates
    if not da or not db:
        return True
    return any(abs((x - y).days) <= days for x in da for y in db)


_MAX_SPAN = 400  # a claim whose figures span more days may miss a contradiction partner (never an update)


def _relate(claims: List[Claim], origins: Origins, lex: Lexicon) -> None:
    """contradicted_by (both ways) and updates between claims on one measure (rules relate-*)."""
    by_measure: Dict[Tuple[str, Measure], List[Claim]] = {}
    for c in claims:
        # the same measure: thing and event known (for a rate or a sum, what it measures), and the same owner
        # (or none named on either side), in one story or series
        m = c.measure
        thing = m.thing if m.thing is not None else lex.loss_thing.get(m.event)  # a toll counts people
        if thing is not None and (m.event is not None or _has_metric(c)):
            key = Measure(m.owner, lex.thing_class(thing), m.event, m.period)
            by_measure.setdefault((c.block, key), []).append(c)
    window = datetime.timedelta(days=lex.same_time_days)
    span = datetime.timedelta(days=_MAX_SPAN)
    for (_, meas), cs in sorted(by_measure.items(), key=lambda kv: (kv[0][0], kv[0][1].sort_key)):
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
                    if not (a.updates or b.updates or a.updated_by or b.updated_by) and _same_time(
                            a, b, lex.same_time_days) and _other_documents(a, b) and meas.event not in lex.cumulative:
                        # relate-misquoted: one origin given two values by different outlets at one time
                        a.contradicted_by.append(b.id)
                        b.contradicted_by.append(a.id)
                        for x, y in ((a, b), (b, a)):
                            x.explanation.append(f"contradicted by {y.id}: the same origin ({', '.join(sorted(shared))}) "
                                                 f"quoted at another value by another outlet [relate-misquoted]")
                    continue
                if not a.origins and not b.origins:
                    continue  # relate-sourced: two unsourced figures contradict nobody
                if (not a.origins or not b.origins) and len(a.stories) + len(b.stories) > 2 or \
                        (not a.origins or not b.origins) and a.stories != b.stories:
                    continue  # an outlet's own figure is set against a report only inside its story
                if not _same_time(a, b, lex.same_time_days):
                    continue
                a.contradicted_by.append(b.id)
                b.contradicted_by.append(a.id)
                for x, y in ((a, b), (b, a)):
                    who = ', '.join(y.origins) or 'no source: an outlet\'s own figure'
                    x.explanation.append(f"contradicted by {y.id} ({who}): same measure and time, "
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
    forms: Dict[str, Set[Tuple[str, str, int]]] = {}
    for d in docs:
        for cl in d.claimants:
            for sp in (cl.mentions[:1] or [None]):
                line = d.line_col(sp.start)[0] if sp is not None else 0
                forms.setdefault(cl.id, set()).add((sp.text if sp is not None else cl.name, d.path, line))
    out = []
    for cid in sorted(stats):
        st = stats[cid]
        # the surface forms of the body, and where each was found (rule origin-same-body)
        st["same_body_as"] = sorted(origins.body_of(cid) - {cid})
        st["forms"] = [{"text": t, "path": p, "line": ln}
                       for t, p, ln in sorted(f for x in [cid, *st["same_body_as"]] for f in forms.get(x, ()))]
        st["corroboration_rate"] = round(st["corroborated"] / st["claims"], 3) if st["claims"] else None
        out.append(st)
    return out


def _blank(cid: str, origins: Origins) -> dict:
    return {"id": cid, "name": origins.name(cid), "reliability": origins.reliability(cid), "side": origins.side(cid),
            "statements": 0, "figures": 0, "claims": 0, "corroborated": 0, "contradicted": 0}
