"""Joins between groups: inside one story (group-story), conversions in parentheses (group-conversion), across
the stories of a series (group-series)."""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Tuple

from ..measures import Lexicon, Measure
from .claim import Member
from .grouping import _known, _most_specific
from .origins import Origins
from .values import GroupValues, _common, _sig_digits, groups_compatible


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
    through synonyms, hypernyms and person nouns; the event through event_kin), and the period (a forecast
    included) is the same."""
    return _periods_related(a.period, b.period) and (a.owner is None or b.owner is None or a.owner == b.owner) \
        and (a.place is None or b.place is None or a.place == b.place) \
        and lex.events_related(a.event, b.event) and _thing_related(a.thing, b.thing, lex)


def _implied_places(g: List[Member], story_places: "set") -> "set":
    """The places of the story's figures that the articles of a group's placeless figures name (``place_names``): an
    article that names one of them only is set there."""
    from ..measures import place_names

    return {p for m in g if m.measure.place is None for p in place_names(m.doc) if p in story_places}


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
    meas = {id(g): _most_specific(g) for g in groups}
    vals = {id(g): GroupValues(g) for g in groups}
    # an owner or a place left out is a guess only where the story's figures name two or more of them (two towns
    # of one flood, two sides of one war): there a figure that names none adds no origin to a claim that names one
    owners = len({m.measure.owner for g in groups for m in g if m.measure.owner is not None}) > 1
    story_places = {m.measure.place for g in groups for m in g if m.measure.place is not None}
    implied = {id(g): _implied_places(g, story_places) for g in groups}

    def place_guess(a: List[Member], b: List[Member]) -> bool:
        """Whether joining a group that names no place to one that does guesses the place: its articles name
        another of the story's places, or none while the story's figures name several (rule measure-place)."""
        pa, pb = meas[id(a)].place, meas[id(b)].place
        if (pa is None) == (pb is None):
            return False
        bare, placed = (a, pb) if pa is None else (b, pa)
        return not implied[id(bare)] <= {placed} or not implied[id(bare)] and len(story_places) > 1

    order = sorted(groups, key=lambda g: (-_known(meas[id(g)]) - (meas[id(g)].thing is not None), -len(g), g[0].key))
    clusters: List[List[List[Member]]] = []
    by_kind: Dict[Tuple[str, str], List[Tuple[List[List[Member]], List[float]]]] = {}  # clusters and their spans
    for g in order:
        mg, kg, gv = meas[id(g)], _kind(g), vals[id(g)]
        fits_ = []
        for cl, span in by_kind.get(kg, ()):
            if not (span[0] <= gv.span[1] and gv.span[0] <= span[1]):
                continue  # no value of the cluster can be one of the group's
            if all(_measures_related(mg, meas[id(h)], lex) and groups_compatible(g, h, gv, vals[id(h)]) for h in cl):
                fits_.append((cl, span))
        if len(fits_) == 1:
            cl, span = fits_[0]
            less = any((mg.thing is None) != (meas[id(h)].thing is None)
                       or (mg.event is None) != (meas[id(h)].event is None)
                       or owners and (mg.owner is None) != (meas[id(h)].owner is None)
                       or place_guess(g, h) for h in cl)
            if less and not _precise_match(g, cl):  # a guess at the measure never adds an origin
                have = {origins.group(m.claimant) for h in cl for m in h if m.claimant}
                mine = {origins.group(m.claimant) for m in g if m.claimant}
                if have and mine and mine - have:
                    clusters.append([g])
                    by_kind.setdefault(kg, []).append((clusters[-1], list(gv.span)))
                    continue
            for m in g:
                m.steps.append(f"joined the claim on {meas[id(cl[0])].label} in its story: the same value, "
                               f"and the measures agree where both are known [group-story]")
            cl.append(g)
            span[0], span[1] = min(span[0], gv.span[0]), max(span[1], gv.span[1])
        else:
            clusters.append([g])
            by_kind.setdefault(kg, []).append((clusters[-1], list(gv.span)))
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
