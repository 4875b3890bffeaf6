"""Report continuation: the figures a body's release goes on to give, in the sentences after its statement.

News prose names a statistics release, a poll or a company's results once and then reports more of its
figures with no cue of their own: "Sales rose 3.5%, the group said. Cash buyers accounted for 31%." A
figure with no cue at all takes the body whose statement holds the figures just before it when:

- that statement is an organisation's or a document's (a person's quotation is not continued: the next
  sentence may be the writer's own), and no other source speaks in between;
- it lies in the same paragraph or the next two blocks (a list's introduction may stand between), within ``_REACH`` sentences of the body's last cue or
  of the last figure continued, with no heading in between;
- it is a percentage or a lead in points, and the statement is a poll's or a survey's (its crosstabs); a release's later
  figures are not continued, for the annotated corpora read them as the writer's background;
- its sentence holds no quotation (someone's words), no cue of any kind, and no other time (a year,
  "last year", "earlier").

The figure keeps the evidence: which statement it continues, and where that statement was made.
"""
from __future__ import annotations

from bisect import bisect_right
import re
from typing import Dict, List

from ..model import Document, Span, Statement

_REACH = 3  # sentences after the last sentence with the body's own cue
_BLOCKS = 2  # blocks after the one with the cue (a list's one-line introduction between them)
_QUOTES = ('"', "\u201c", "\u201d")
# a sentence about another time is the writer's background, not the poll's: "Turnout in the last race was 52%"
_RE_OTHER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|last\s+(?:year|month|election|race|cycle|time|spring|summer|fall|autumn|winter)|"
                            r"previous|earlier|ago|in\s+the\s+past)\b", re.IGNORECASE)
_RE_POINTS = re.compile(r"(?:percentage\s+)?points?\b")
_RE_POLL = re.compile(r"\b(?:poll|polls|polling|survey|surveys|surveyed)\b", re.IGNORECASE)


def continue_reports(doc: Document, statements: List[Statement], claimants: Dict) -> List[Statement]:
    """Give cue-less figures to the report they continue; return the continuation statements made."""
    sents = doc.segments.sentences
    blocks = doc.segments.blocks
    starts = [s.start for s in sents]
    by_id = {st.id: st for st in statements}
    cue_sentences: Dict[int, set] = {}  # sentence index -> claimants (None when vague) whose cue is in it
    for st in statements:
        i = bisect_right(starts, st.cue.start) - 1
        cue_sentences.setdefault(i, set()).add(st.claimant)
    made: List[Statement] = []
    last = None  # (statement, sentence index of its cue)
    for f in sorted((f for f in doc.figures if f.is_figure), key=lambda f: f.start):
        si = bisect_right(starts, f.start) - 1
        if si < 0:
            continue
        if last is not None:
            st, s0 = last
            between = range(s0 + 1, si + 1)
            if si - s0 > _REACH or sents[si].block - sents[s0].block > _BLOCKS or \
                    any(blocks[b].kind == "heading" for b in range(sents[s0].block + 1, sents[si].block + 1)) or \
                    any(cue_sentences.get(j, set()) - {st.claimant} for j in between):
                last = None
        if f.status == "attributed":
            st = by_id.get(f.statement)
            cl = claimants.get(st.claimant) if st is not None else None
            reportable = cl is not None and _RE_POLL.search(
                doc.text[min(st.cue.start, st.source.start if st.source else st.cue.start):st.cue.end + 40]) is not None
            last = (st, bisect_right(starts, st.cue.start) - 1) if reportable and st.rule != "continuation" else \
                (last if st is not None and st.rule == "continuation" else None)
            continue
        if f.status == "vague":
            last = None
            continue
        if last is None or not (f.kind == "percent" or _RE_POINTS.match(f.unit or "")) or si in cue_sentences or any(q in doc.text[sents[si].start:sents[si].end] for q in _QUOTES) or \
                _RE_OTHER_TIME.search(doc.text, sents[si].start, sents[si].end) or \
                not f.explanation or not f.explanation[-1].startswith("no cue governs"):
            continue
        st, s0 = last
        cont = Statement(id=f"{st.id}-cont-{f.start}", rule="continuation", cue=st.cue, source=st.source,
                         claimant=st.claimant, scope_start=sents[si].start, scope_end=sents[si].end,
                         relays=list(st.relays), evidence=list(st.evidence))
        made.append(cont)
        last = (st, si)  # the chain goes on from here: a poll's findings run over several paragraphs
        name = claimants[st.claimant].c.name
        f.claimant, f.status, f.statement = st.claimant, "attributed", cont.id
        f.explanation[-1] = (f"rule continuation: no cue of its own; it continues {name}'s statement "
                             f"(cue '{st.cue.text}', line {doc.line_col(st.cue.start)[0]}) with no other source "
                             f"in between")
    return made
