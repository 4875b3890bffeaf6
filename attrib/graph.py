"""The claim graph: documents, publishers, claimants, statements, figures and claims (networkx).

Nodes carry ``kind`` (document | publisher | claimant | statement | figure | claim) and ``label``;
edges carry ``kind`` and ``label``:

=================  =========================  ==================================================
edge kind          from -> to                 meaning
=================  =========================  ==================================================
published          publisher -> document      the outlet printed the article
contains           document -> figure         the article prints the figure
states             claimant -> statement      the claimant made the statement
asserts            statement -> figure        the statement gives the figure
relays             publisher -> relay -> ...  who passed a claimant's statement on, origin last
affiliated-with    claimant -> claimant       speaks for / works at (spokesperson -> ministry)
member-of          figure -> claim            the figure belongs to the claim
claims             claimant -> claim          the claimant stands behind figures of the claim (one hop)
corroborates       claimant -> claim          an independent origin of a corroborated claim
repeats            figure -> figure           a later figure of one origin repeats its first one
contradicts        claim -> claim             same measure and time, intervals apart (both ways)
updates            claim -> claim             a later, larger running total of the same origin
=================  =========================  ==================================================

Every edge has a ``weight`` (a double): how many times a relay passed statements on, how many of a
claim's figures a claimant gave (``claims``), else 1. Figures carry their character offsets as
``offset_start`` and ``offset_end`` (``start`` and ``end`` mean a time interval to Gephi).

Ids are stable: they derive from paths, offsets, claimant ids and claim ids only, and are GraphML
NMTOKENs. ``networkx`` is imported here only, so ``attrib check`` never loads it.

    >>> from attrib.graph import node_id
    >>> node_id("claimant", "ua-general-staff")
    'cl.ua-general-staff'
"""
from __future__ import annotations

import hashlib
import math
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Sequence

from .claims import Claim, Origins, build_claims, doc_date
from .model import Document
from .registry import Registry
from .render import dumps

_NMTOKEN = re.compile(r"[A-Za-z0-9._:-]+")
_PREFIX = {"document": "doc", "publisher": "pub", "claimant": "cl", "statement": "st", "figure": "fig", "claim": "", "event": ""}


def _h(s: str, n: int = 10) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def _token(s: str) -> str:
    """``s`` when it is a safe NMTOKEN, else a slug plus a hash (stable, unique)."""
    if _NMTOKEN.fullmatch(s) and len(s) <= 80:
        return s
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", s).strip("-")[:40]
    return f"{slug}.{_h(s, 8)}" if slug else _h(s, 12)


def node_id(kind: str, *parts) -> str:
    """The stable node id of a document (path), publisher (name), claimant (id), statement (path, id),
    figure (path, start, end) or claim (claim id)."""
    if kind == "claim":
        return str(parts[0])
    if kind in ("document", "statement", "figure"):
        head = f"{_PREFIX[kind]}.{_h(str(parts[0]))}"
        return head if kind == "document" else head + "." + ".".join(_token(str(p)) for p in parts[1:])
    return f"{_PREFIX[kind]}.{_token(str(parts[0]))}"


def _clean(attrs: dict) -> dict:
    """Scalar attributes only: no None, no non-finite numbers, lists and dicts as JSON strings."""
    out = {}
    for k, v in attrs.items():
        if v is None:
            continue
        if isinstance(v, (list, tuple, dict, set)):
            v = dumps(sorted(v) if isinstance(v, set) else v, sort_keys=True)
        elif isinstance(v, float):
            if not math.isfinite(v):
                continue
        elif not isinstance(v, (bool, int, str)):
            v = str(v)
        out[k] = v
    return out


def _num(v) -> Optional[float]:
    """A double as written: 6600.0, never 6600.000000000001 (see attrib.render.amounts.clean)."""
    from .render.amounts import clean

    v = clean(v)
    return None if v is None else float(v)


def build_graph(docs: Sequence[Document], claims: Optional[List[Claim]] = None,
                registry: Optional[Registry] = None):
    """A ``networkx.MultiDiGraph`` of the documents and their claims (built when not given).

    Edge keys are the edge kinds (one edge of a kind between two nodes).
    """
    import networkx as nx

    if claims is None:
        claims = build_claims(docs, registry)
    origins = Origins(docs, registry)
    G = nx.MultiDiGraph(name="attrib claim graph")

    def node(nid, kind, label, **attrs):
        if nid in G:
            return nid
        G.add_node(nid, **_clean({"kind": kind, "label": label, **attrs}))
        return nid

    def edge(u, v, kind, weight=1.0, **attrs):
        if G.has_edge(u, v, key=kind):
            d = G.edges[u, v, kind]
            if "count" in d:
                d["count"] += 1
                d["weight"] = float(d["count"])
            return
        G.add_edge(u, v, key=kind, **_clean({"kind": kind, "label": kind, "weight": float(weight), **attrs}))

    def claimant_node(cid: str) -> str:
        c = origins.claimants.get(cid)
        e = registry.get(cid) if registry is not None else None
        name = c.name if c else (e.name if e else (cid[4:] if cid.startswith("org:") else cid))
        return node(node_id("claimant", cid), "claimant", name, claimant=cid,
                    claimant_type=(c.type if c else None) or (e.type if e else None),
                    side=origins.side(cid), reliability=origins.reliability(cid),
                    registered=bool((c and c.registered) or e is not None))

    for cid in sorted(origins.claimants):
        claimant_node(cid)
    for cid in sorted(origins.up):
        for aid in sorted(origins.up[cid]):
            edge(claimant_node(cid), claimant_node(aid), "affiliated-with")

    for d in sorted(docs, key=lambda d: d.path):
        day = doc_date(d)
        date = day.isoformat() if day else None  # ISO 8601 (GEXF: the node's start, typed as a date)
        did = node(node_id("document", d.path), "document", d.meta.get("title") or d.path, path=d.path,
                   publisher=d.publisher, date=date if day else (None if d.meta.get("date") is None
                                                                 else str(d.meta.get("date"))))
        pub = d.publisher or "unknown publisher"
        pid = node(node_id("publisher", pub), "publisher", pub)
        edge(pid, did, "published")
        stmts = {}
        for s in d.statements:
            sid = node(node_id("statement", d.path, s.id), "statement", s.cue.text if s.cue else s.id, path=d.path,
                       rule=s.rule, status=s.status, claimant=s.claimant)
            stmts[s.id] = sid
            if s.claimant:
                edge(claimant_node(s.claimant), sid, "states")
                chain = [pid] + [claimant_node(r) for r in s.relays if r and r != s.claimant] \
                    + [claimant_node(s.claimant)]
                for a, b in zip(chain, chain[1:]):
                    if a != b:
                        edge(a, b, "relays", count=1)
        for f in d.figures:
            if not f.is_figure:
                continue
            fid = node(node_id("figure", d.path, f.start, f.end), "figure", f.text, path=d.path,
                       offset_start=f.start, offset_end=f.end, date=date, figure_kind=f.kind, value=_num(f.value), low=_num(f.low), high=_num(f.high),
                       unit=f.unit, status=f.status, claimant=f.claimant)
            edge(did, fid, "contains")
            if f.statement and f.statement in stmts:
                edge(stmts[f.statement], fid, "asserts")

    from .render.report import claim_numbers  # values as written: no midpoint for 'hundreds'

    for c in claims:  # every claim node first: claim -> claim edges must not create bare nodes
        value, low, high = claim_numbers(c)
        node(node_id("claim", c.id), "claim", f"{c.measure.label} ({c.verdict}, {c.grade})",
             measure=c.measure.label, verdict=c.verdict, grade=c.grade, value=_num(value), low=_num(low),
             high=_num(high),
             origins=c.origins, figures=len(c.members), contradicted=bool(c.contradicted_by))
    events_seen: Dict[str, str] = {}
    for c in claims:
        cid = node_id("claim", c.id)
        first: Dict[str, str] = {}
        if c.event is not None and c.event.id not in events_seen:
            e = c.event
            events_seen[e.id] = node(node_id("event", e.id), "event", e.title or e.id, title=e.title, place=e.place,
                                     date=e.first.isoformat() if e.first else None, documents=len(e.paths))
        for m in sorted(c.members, key=lambda m: (m.date.isoformat() if m.date else "9999", m.key)):
            fid = node_id("figure", m.doc.path, m.figure.start, m.figure.end)
            edge(fid, cid, "member-of")
            if c.event is not None:
                edge(fid, events_seen[c.event.id], "reports")
            if m.claimant:
                g = origins.group(m.claimant)
                if g in first:
                    edge(fid, first[g], "repeats")
                else:
                    first[g] = fid
        given: Dict[str, int] = {}
        for m in c.members:
            if m.claimant:
                given[m.claimant] = given.get(m.claimant, 0) + 1
        for who in sorted(given):
            edge(claimant_node(who), cid, "claims", weight=given[who])
        if c.verdict == "corroborated":
            for o in c.origins:
                edge(claimant_node(o), cid, "corroborates")
        for other in c.contradicted_by:
            edge(cid, node_id("claim", other), "contradicts")
        for old in c.updates:
            edge(cid, node_id("claim", old), "updates")
    return G
