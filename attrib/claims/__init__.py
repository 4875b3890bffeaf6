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

The steps, one module each, in the order build_claims runs them:

* members.py: each countable figure as a member (measure, interval, claimant, date, story);
* grouping.py: figures of one story into groups of one measure and overlapping values;
* joins.py: groups of one story, conversions and series joined;
* verdicts.py (with origins.py): origins and verdicts;
* contradictions.py: contradictions and updates between claims;
* grades.py: Admiralty grades;
* stats.py: per-claimant figures for the report.

values.py holds the intervals every step compares; claim.py the data the steps pass on.
"""
from __future__ import annotations

import datetime
import re

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Sequence, Tuple

from ..events import doc_date, doc_names, find_events, text_date
from ..measures import MONTH_NAMES, Lexicon, Measure, figure_measure, measure_documents
from ..model import Document
from ..registry import Registry
from .claim import Claim, Member, VERDICTS, claim_id, content_key
from .contradictions import _relate
from .grades import _grade
from .grouping import _group, _most_specific, fits
from .joins import _join_conversions, _join_series, _join_story
from .members import _members
from .origins import MEDIA_TYPES, Origins, _identity_lexicon, _name_keys
from .stats import claimant_stats
from .values import figure_interval, overlaps
from .verdicts import _judge

# the package's face: what the commands, the graph, the renderers and the tests use
__all__ = ["MEDIA_TYPES", "VERDICTS", "Claim", "Lexicon", "Measure", "Member", "Origins", "build_claims", "claim_id",
           "claimant_stats", "content_key", "doc_date", "figure_interval", "figure_measure", "fits",
           "measure_documents", "overlaps", "_identity_lexicon", "_name_keys"]


_AFTER = re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|\d{1,2})\s+(?P<unit>days?|weeks?)\s+after\b", re.IGNORECASE)
_AFTER_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_APPROXIMATE = re.compile(r"\bago\b|\blast\s+week\b", re.IGNORECASE)  # "two weeks ago": no one day
_CONJUNCTION = re.compile(r",?\s+(?:and|but|while)\s+|;\s*")


def _conjunct(text: str, s0: int, s1: int, f0: int, f1: int) -> Tuple[int, int]:
    """The stretch of the sentence [s0, s1) between the conjunctions around a figure [f0, f1)."""
    lo = max([s0] + [m.end() for m in _CONJUNCTION.finditer(text, s0, f0)])
    nxt = _CONJUNCTION.search(text, f1, s1)
    return lo, (nxt.start() if nxt else s1)


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
        officer = origins.stand_in.get((m.doc.path, m.claimant)) if m.claimant else None
        if officer:  # "police said", in an article whose police spokeswoman is named (rule origin-official)
            m.steps.append(f"{m.claimant!r} in this article is the body {officer} speaks for: its origin is "
                           f"{officer}'s [origin-official]")
            m.claimant = officer
        if not m.measure.period and m.date_note and m.date is not None and m.figure.kind == "count" \
                and m.measure.event in lex.past_time_events:
            # rule measure-past-time: "On Feb. 12, two people were killed on Ash Street": a toll dated more than a week
            # before its story's first article is another, earlier incident named in passing
            st = events.story(m.doc.path)
            gap = (st.first - m.date).days if st is not None and st.first is not None else 0
            if gap > lex.same_time_days:
                when = MONTH_NAMES[m.date.month - 1] if gap < 330 else str(m.date.year)
                m.measure = Measure(m.measure.owner, m.measure.thing, m.measure.event, f"in {when}", m.measure.place)
                m.steps.append(f"period 'in {when}': dated {m.date_note!r}, {gap} days before its story's first article, "
                               f"another, earlier event [measure-past-time]")
        # rule event-mention by day: "The June 3 shooting killed two people", in an article of another incident, at
        # least two days before its story began
        day = m.date if m.date_note and m.date is not None and not _APPROXIMATE.search(m.date_note) else None
        note = m.date_note
        after = _AFTER.search(m.doc.text, m.figure.sentence.start, m.figure.start) if m.figure.sentence else None
        if after is not None and re.search(r"[,;:\u2014]", m.doc.text[after.end():m.figure.start]):
            after = None  # "Two days after the Ash Street shooting, three more people were shot": the new incident's
        published = doc_date(m.doc)
        if after is not None and published is not None:
            # "shot on Saturday, a week after a block party shooting on the same street killed two people": the toll
            # is dated that long before the day the sentence names before it (or its document's)
            got = text_date(m.doc.text[m.figure.sentence.start:after.start()], published, None)
            n = after.group("n").lower()
            n = 1 if n in ("a", "an", "one") else (int(n) if n.isdigit() else _AFTER_NUMBERS.get(n, 0))
            day = (got[0] if got else published) - datetime.timedelta(
                days=n * (7 if after.group("unit").lower().startswith("week") else 1))
            note = after.group(0)
        st0 = events.story(m.doc.path) if day is not None else None
        early = (day is not None and st0 is not None and st0.first is not None and (st0.first - day).days >= 2
                 and m.figure.kind == "count" and m.measure.event in lex.past_time_events
                 and (not m.measure.period or m.measure.period.startswith("in ")))
        if (m.measure.period.startswith("in ") or early) and m.figure.sentence is not None:
            # rule event-mention: "since the stabbing at the Kell Row bus station in April, in which three people were
            # hurt" is a figure of that earlier story, when its sentence names it and it lies in that month
            # "In June, two people were killed on Mercer Street and two were wounded outside a Ferris Avenue bar": the
            # figure's own conjunct names its story, when it names anything; else its sentence does
            lo, hi = _conjunct(m.doc.text, m.figure.sentence.start, m.figure.sentence.end, m.figure.start, m.figure.end)
            if not any(lo <= nm.start < hi for nm in doc_names(m.doc)):
                lo, hi = m.figure.sentence.start, m.figure.sentence.end
            st = events.story_named(m.doc, lo, hi, m.measure.period[3:]) if m.measure.period.startswith("in ") else None
            if st is not None:
                m.steps.append(f"names an earlier event of {m.measure.period[3:]} that is the story {st.id} "
                               f"({st.title!r}): a figure of that story [event-mention]")
            elif early:
                st = events.story_on_day(m.doc, lo, hi, day)
                if st is not None:
                    m.steps.append(f"names an earlier event of {note!r} ({day.isoformat()}) that is the story "
                                   f"{st.id} ({st.title!r}), which lies on that day: a figure of that story "
                                   f"[event-mention]")
            if st is not None:
                m.measure = Measure(m.measure.owner, m.measure.thing, m.measure.event, "", m.measure.place)
                m.story, m.series = st.id, events.series_of.get(st.paths[0], st.id)
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
