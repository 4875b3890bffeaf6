"""The figures of the documents as claim members: measure, interval, claimant, relays, date, story."""
from __future__ import annotations

import bisect
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Sequence, Tuple

from ..events import EventLexicon, Events, doc_date, figure_date
from ..measures import _STOP_CAPITAL, Lexicon, measure_documents
from ..model import Document, Figure
from .claim import Member
from .values import _compatible, _place, _reach


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
        starts = sorted(x.start for x in d.segments.sentences) if d.segments is not None else []
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
            sentence = starts[bisect.bisect_right(starts, f.start) - 1] if starts and starts[0] <= f.start else -1
            if sentence >= 0:
                # "... at about 1:50 a.m. Lt. Ida Wren said ...": a sentence end the scan read as an abbreviation
                # starts another statement (rule group-one-sentence holds per sentence)
                cut = [x.end() for x in _STOP_CAPITAL.finditer(d.text, sentence, f.start + 1) if x.end() <= f.start]
                sentence = cut[-1] if cut else sentence
            if any("[measure-definite]" in x for x in steps):
                sentence = -1  # "... three of them, and police need to find all three": a reference, no second statement
            out.append(Member(d, f, meas, steps, _reach(f, lex), claimant, relays, date, story, series, note,
                              _place(f), _compatible(f), sentence, st))
    return out
