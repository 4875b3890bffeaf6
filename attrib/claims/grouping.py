"""Figures of one story into groups of one measure and overlapping intervals (rules group-measure,
group-partial, group-unknown)."""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Tuple

from ..measures import Measure
from .claim import Member
from .origins import Origins
from .values import _cluster, _point, is_range, overlaps


def _known(meas: Measure) -> int:
    return (meas.owner is not None) + (meas.event is not None)


def fits(part: Measure, whole: Measure) -> bool:
    """Whether a figure of measure ``part`` may speak of ``whole``: the same thing and period, and every
    part it knows (owner, event, place) the same; what it does not know, ``whole`` may know.

    >>> fits(Measure(None, "tonne", None), Measure(None, "tonne", "destroyed"))
    True
    >>> fits(Measure(None, "tonne", "exported"), Measure(None, "tonne", "destroyed"))
    False
    """
    return (part.thing == whole.thing and part.period == whole.period and part.owner in (None, whole.owner)
            and part.event in (None, whole.event) and part.place in (None, whole.place))


def _most_specific(g: List[Member]) -> Measure:
    # over the distinct measures: a group of a repeated figure holds the same few many times
    return min({m.measure for m in g}, key=lambda x: (-_known(x), x.place is None, x.sort_key))


def _join(m: Member, groups: List[List[Member]], origins: "Origins",
          rivals: Optional[Dict[Tuple[Optional[str], str], List[Member]]] = None) -> Optional[List[Member]]:
    """The one group a figure of a less specific measure joins (rule group-partial), or None.

    A figure whose measure is not the group's own (a part unknown) may add no origin: it joins only when it
    has no claimant or its claimant's origin is already in the group. A guess at the measure never
    corroborates. A figure that names no event guesses none when its story counts that value of its thing (or of a
    hypernym: people, personnel) under two events ("two people were hurt", "the death toll rose to two": "Two people
    are gone" is either).
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
        if all(overlaps(x.interval, m.interval) and is_range(x) == is_range(m)
               and (m.sentence < 0 or x.where != m.where) for x in g):
            cands.append((not (same or full), abs(_point(g[0].figure) - _point(m.figure)), g[0].key, g))
    if not cands:
        return None
    cands.sort(key=lambda c: c[:3])
    if len(cands) > 1 and cands[0][:2] == cands[1][:2]:
        return None  # two groups fit equally well: no guess
    if m.measure.event is None and rivals is not None:
        lex = origins.lex
        events = {x.measure.event for x in rivals.get((lex.thing_class(m.measure.thing), m.measure.period), ())
                  if x.measure.event is not None and x is not m and overlaps(x.interval, m.interval)
                  and _point(x.figure) == _point(m.figure)}
        if len(events) > 1:
            return None  # the same count under two events in its story: which one, the figure does not say
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
    rivals: Dict[Tuple[Optional[str], str], List[Member]] = {}  # by thing class and period (rule group-partial)
    for m in members:
        if m.measure.thing is not None:
            rivals.setdefault((origins.lex.thing_class(m.measure.thing), m.measure.period), []).append(m)
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
                g = _join(m, local, origins, rivals) if local else None
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
