"""Contradictions and updates between claims on one measure (rules relate-*)."""
from __future__ import annotations

import bisect
import datetime
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Set, Tuple

from ..measures import Lexicon, Measure
from .claim import Claim
from .joins import _periods_related
from .origins import Origins
from .values import overlaps


def _has_metric(c: Claim) -> bool:
    return c.members[0].figure.kind in ("percent", "money") and len((c.measure.thing or "").split()) > 1


def _other_documents(a: Claim, b: Claim) -> bool:
    return not ({m.doc.path for m in a.members} & {m.doc.path for m in b.members})


def _same_time(a: Claim, b: Claim, days: int) -> bool:
    da, db = a.dates, b.dates
    if not da or not db:
        return True
    return any(abs((x - y).days) <= days for x in da for y in db)


_MAX_SPAN = 400  # a claim whose figures span more days may miss a contradiction partner (never an update)


_SPANS = ("quarter", "year", "half")


def _period_family(period: str) -> str:
    """What of a period no article may leave out when claims are compared: all but a reporting period (rule
    measure-span). "forecast quarter" -> "forecast"; "past 3 month" stays (an average over three months is not
    the value of one month)."""
    fc = period.startswith("forecast")
    rest = period.removeprefix("forecast").strip()
    return " ".join(x for x in ("forecast" if fc else "", "" if rest in _SPANS else rest) if x)


def _outlets_disagree(a: Claim, b: Claim, meas: Measure, lex: Lexicon, once: Set[str]) -> bool:
    """Two claims without origins disagree (rule relate-outlets) when they stand in one story, in different articles
    dated the same day, on a measure that is no running total (a toll that grows from one report to the next is no
    dispute), and each of their articles states this measure once: an article that gives several values of one
    measure (a margin and last year's, two regions' sales) shows that the measure does not tell its figures apart."""
    return (a.id in once and b.id in once and len(a.stories) == 1 and a.stories == b.stories
            and meas.event not in lex.cumulative and _other_documents(a, b) and bool(set(a.dates) & set(b.dates)))


def _relate(claims: List[Claim], origins: Origins, lex: Lexicon) -> None:
    """contradicted_by (both ways) and updates between claims on one measure (rules relate-*)."""
    by_measure: Dict[Tuple[str, Measure], List[Claim]] = {}
    for c in claims:
        # the same measure: thing and event known (for a rate or a sum, what it measures), and the same owner
        # (or none named on either side), in one story or series
        m = c.measure
        thing = m.thing if m.thing is not None else lex.loss_thing.get(m.event)  # a toll counts people
        if thing is not None and (m.event is not None or _has_metric(c)):
            # a reporting period ("quarter", "year") may be left out by one article: such claims are compared when
            # their periods agree (_periods_related); windows, rates and forecasts never meet the rest. A claim is on
            # the thing of each of its figures that states the claim's event or none ("eight workers were inside"
            # and "six people on site, only six workers": both count workers)
            things = {thing} | ({x.measure.thing for x in c.members if x.measure.thing is not None
                                 and x.measure.event in (None, m.event) and x.measure.period == m.period}
                                if not _has_metric(c) else set())
            for t in sorted({lex.thing_class(t) for t in things}):
                key = Measure(m.owner, t, m.event, _period_family(m.period))
                by_measure.setdefault((c.block, key), []).append(c)
    # how many claims of one measure each document holds: an article that states several values of one measure
    # says more than the measure tells apart (relate-outlets)
    per_doc: Dict[Tuple[str, Measure, str], int] = {}
    for (blk, key), cs in by_measure.items():
        for c in cs:
            for p in {m.doc.path for m in c.members}:
                per_doc[(blk, key, p)] = per_doc.get((blk, key, p), 0) + 1
    once = {c.id for (blk, key), cs in by_measure.items() for c in cs
            if all(per_doc[(blk, key, m.doc.path)] == 1 for m in c.members)}  # each of its articles states it once
    window = datetime.timedelta(days=lex.same_time_days)
    span = datetime.timedelta(days=_MAX_SPAN)
    done: Set[Tuple[str, str]] = set()  # a pair of claims meets under one key only
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
                if (a.id, b.id) in done:
                    continue
                done.add((a.id, b.id))
                if overlaps(a.interval, b.interval) or not _periods_related(a.measure.period, b.measure.period):
                    continue
                if a.measure.place and b.measure.place and a.measure.place != b.measure.place:
                    continue  # two towns' counts of one story are no rival counts (rule measure-place)
                # relate-part: "19 of the deaths", a part of some whole, is no rival value of a count (updates may
                # still be found)
                part = all(_part(m) for m in a.members) or all(_part(m) for m in b.members)
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
                    if not part and not (a.updates or b.updates or a.updated_by or b.updated_by) and _same_time(
                            a, b, lex.same_time_days) and _other_documents(a, b) and meas.event not in lex.cumulative:
                        # relate-misquoted: one origin given two values by different outlets at one time
                        a.contradicted_by.append(b.id)
                        b.contradicted_by.append(a.id)
                        for x, y in ((a, b), (b, a)):
                            x.explanation.append(f"contradicted by {y.id}: the same origin ({', '.join(sorted(shared))}) "
                                                 f"quoted at another value by another outlet [relate-misquoted]")
                    continue
                if part:
                    for x in (a, b):
                        note = (f"a part of some whole ({x.members[0].figure.text!r} of ...): set against no other "
                                f"value [relate-part]")
                        if all(_part(m) for m in x.members) and note not in x.explanation:
                            x.explanation.append(note)
                    continue
                if not a.origins and not b.origins:
                    if not _outlets_disagree(a, b, meas, lex, once):
                        continue  # relate-sourced: two unsourced figures contradict nobody ...
                    # ... but relate-outlets: two outlets' own figures of one story, measure and day that do not
                    # meet disagree ("profit fell 19 percent" and "profits were down nine per cent")
                    a.contradicted_by.append(b.id)
                    b.contradicted_by.append(a.id)
                    for x, y in ((a, b), (b, a)):
                        x.explanation.append(f"contradicted by {y.id}: another outlet's own figure of the same measure, "
                                             f"story and day, intervals do not overlap [relate-outlets]")
                    continue
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
    _relate_rivals(claims, origins, lex, done)
    for c in claims:
        c.contradicted_by = sorted(set(c.contradicted_by))
        c.updates = sorted(set(c.updates))
        c.updated_by = sorted(set(c.updated_by))


_COUNT_KINDS = ("count", "quantity")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _eventless(c: Claim) -> bool:
    """A count that says what it counts but not what happened ("the crowd at about 3,500", "680 jobs")."""
    return c.measure.event is None and c.measure.thing is not None and c.members[0].figure.kind in _COUNT_KINDS


_PART_OF = re.compile(r"\s+of\b")


def _part(m) -> bool:
    """"five of the 30 routes", "three of them": a part of a count, never a rival of it."""
    f = m.figure
    return len(m.doc.text[f.start:f.end].split()) == 1 and _PART_OF.match(m.doc.text, f.end) is not None


def _set_side_by_side(a: Claim, b: Claim) -> bool:
    """Some article states a figure of each in one paragraph: it sets the two counts against each other. Not a part
    and its whole ("three of the 14 routes")."""
    for ma in a.members:
        for mb in b.members:
            if ma.doc.path != mb.doc.path:
                continue
            if _part(ma) or _part(mb):
                continue
            lo, hi = sorted((ma.figure.start, mb.figure.start))
            if not _PARAGRAPH_BREAK.search(ma.doc.text, lo, hi):
                return True
    return False


def _open_bound_holds(a: Claim, b: Claim) -> bool:
    """A claim of open bounds only ("more than 100") that the other does not fall short of ("about 200"): no
    dispute. A claim that also states its value ("612 jobs", "more than 600 jobs") is no open bound."""
    for x, y in ((a, b), (b, a)):
        if all(m.figure.high is None and m.figure.low is not None for m in x.members) and \
                y.interval[0] >= max(m.figure.low for m in x.members):
            return True
    return False


def _relate_rivals(claims: List[Claim], origins: Origins, lex: Lexicon, done: Set[Tuple[str, str]]) -> None:
    """relate-rival: a count that names no event ("police estimated the crowd at about 3,500"; "organizers said more
    than 10,000 people took part") is compared with another count of the same thing when an article sets the two side
    by side, in one paragraph: different origins, one story, the same owner, period and place (or none named), the same
    time, intervals that do not overlap (and an open bound, "more than 100", that the other does not fall short of
    is no dispute; nor is a part, "three of the 14 routes", set beside anything). The other count may name an event only when the thing is no word for people
    (the thing a toll counts): "612 jobs eliminated" and "680 jobs" are rival counts, "two people killed" and "22 people
    the Red Cross is helping" are not. Candidates come from the paragraphs of each article, never all pairs."""
    tolls = {lex.thing_class(t) for t in lex.loss_thing.values() if t}
    by_doc: Dict[str, List[Claim]] = {}
    for c in claims:
        if c.members[0].figure.kind in _COUNT_KINDS and c.measure.thing is not None and c.origins:
            for p in sorted({m.doc.path for m in c.members}):
                by_doc.setdefault(p, []).append(c)
    tried: Set[Tuple[str, str]] = set()
    for p in sorted(by_doc):
        cs = sorted({c.id: c for c in by_doc[p]}.values(), key=lambda c: c.id)
        for i, a in enumerate(cs):
            for b in cs[i + 1:]:
                if not (_eventless(a) or _eventless(b)) or (a.id, b.id) in done or (a.id, b.id) in tried:
                    continue
                tried.add((a.id, b.id))  # a pair of claims that share several articles is judged once
                ma, mb = a.measure, b.measure
                ta, tb = lex.thing_class(ma.thing), lex.thing_class(mb.thing)
                # a count of people that names an event may be set against one that names none only when its event is
                # a state (displaced, present, aboard), never what befalls people (killed, hurt, rescued ...)
                if ta != tb or (ma.event != mb.event and (ma.thing != mb.thing or ta in tolls) and
                                not (ta in tolls and (ma.event or mb.event) not in lex.person_events)):
                    continue
                if ma.owner != mb.owner or _period_family(ma.period) != _period_family(mb.period) or \
                        not _periods_related(ma.period, mb.period):
                    continue
                if ma.place and mb.place and ma.place != mb.place:
                    continue
                if a.block != b.block or overlaps(a.interval, b.interval) or _open_bound_holds(a, b) or \
                        not _same_time(a, b, lex.same_time_days):
                    continue
                if {origins.group(x) for x in a.origins} & {origins.group(x) for x in b.origins}:
                    continue
                if not _set_side_by_side(a, b):
                    continue
                done.add((a.id, b.id))
                a.contradicted_by.append(b.id)
                b.contradicted_by.append(a.id)
                for x, y in ((a, b), (b, a)):
                    x.explanation.append(f"contradicted by {y.id} ({', '.join(y.origins)}): a rival count of the same "
                                         f"thing that an article sets beside it, intervals do not overlap [relate-rival]")
