"""Origins and verdicts of one claim (rules origin-*, verdict-*)."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Set, Tuple

from .claim import Claim
from .origins import MEDIA_TYPES, Origins, _same_body_in_claim
from .values import _strict, overlaps


_RE_COMPILING = re.compile(r"\b(?:surveyed|polled|canvassed|questioned|interviewed)\s+by\b", re.IGNORECASE)


def _compiled(m) -> bool:
    """Whether a member's figure is its claimant's own compilation: the compiler of a survey of others
    (rule suffix +compiler, "economists polled by X"). A tally is not: an outlet's count may relay others'."""
    st = m.statement
    return st is not None and ("+compiler" in st.rule or bool(_RE_COMPILING.search(st.cue.text)))


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
    # an outlet that compiled the figure itself by a survey ("analysts surveyed by Thomson Reuters") is an origin,
    # not a relay of the others (origin-compiler)
    compilers = {m.claimant for m in c.members if m.claimant and _compiled(m)}
    outlets = {cid for cid in claimants if origins.type(cid) in MEDIA_TYPES}
    media = outlets - compilers
    for cid in sorted(compilers):
        if origins.type(cid) in MEDIA_TYPES and len(claimants) > 1:
            ex.append(f"{cid} compiled its figure itself (a survey of its own): an origin, not a relay "
                      f"[origin-compiler]")
    others = set(claimants) - outlets - set(relayed_by) - origins.generic  # a compiling outlet makes no outlet a relay
    # a bare body noun ("the fire department") that an officer of this claim speaks for (rule origin-official) stays
    # with her: it names her body, which the claim may name in full (rule origin-same-body below)
    spoken_for = {cid for cid in claimants if cid in origins.generic and any(
        x != cid and x not in origins.generic and origins.group(x) == origins.group(cid) for x in claimants)}
    for cid in claimants:
        if cid in spoken_for:
            groups.setdefault(origins.group(cid), set()).add(cid)
            continue
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


def _agreeing(c: Claim, origins: "Origins") -> bool:
    """Whether two of the claim's origins state one value (their stated intervals overlap)."""
    by_origin: Dict[str, List[Tuple[float, float]]] = {}
    for o in c.origins:
        ms = set(c.origin_groups.get(o, [o]))
        by_origin[o] = [_strict(m.figure) for m in c.members if m.claimant in ms]
    keys = sorted(by_origin)
    return any(overlaps(x, y) for i, a in enumerate(keys) for b in keys[i + 1:]
               for x in by_origin[a] for y in by_origin[b])
