"""Partition continuation: a sentence that counts off the rest of a group its speaker just counted.

"Six people were hurt, the fire chief said. Two were in serious condition." The second sentence names no
speaker, but its subject is a bare number ("Two", "The other 12", "Three of them", "Two others"): an ellipsis of
the group the sentence before counted, whose parts it goes on to give. Its figures take the speaker of that
count (rule partition-continuation) when:

- the sentence opens with such an elliptical subject before a verb (``_RE_PARTITION``), holds no cue and no
  quotation, and is in the same block as the sentence before;
- the sentence before holds a count attributed to a named claimant;
- chains go on: "Two were treated and released. One remains in hospital."
"""
from __future__ import annotations

from bisect import bisect_right
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List

from ..model import Document, Statement

_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens)"
# "Two were", "The other 12 had", "Three of them were", "Two others were", "Another four remain", "All 12 had"
_RE_PARTITION = re.compile(
    rf"(?:(?:The|the)\s+(?:other|remaining)\s+|Another\s+|All\s+)?(?P<num>{_NUM})(?:\s+(?:others|more|of\s+(?:them|those|"
    r"the\s+\w+)))?\s+(?:(?:also|still|later|were|was|had|have|has|are|is)\s+)*(?:were|was|had|have|has|are|is|remain|"
    r"remained|remains|died|suffered|received|went|fled|escaped|underwent|needed|required|stayed|left|walked|"
    r"been|being|treated|taken|released|admitted|listed|hospitalized|hospitalised|rescued|discharged|killed|hurt|"
    r"injured|wounded|arrested|charged|held|missing)\b", re.IGNORECASE)
_QUOTES = ('"', "\u201c", "\u201d")


def continue_partitions(doc: Document, statements: List[Statement], claimants: Dict) -> List[Statement]:
    """Give the figures of a sentence that counts off a group to that group's counter; return the statements
    made."""
    sents = doc.segments.sentences
    starts = [s.start for s in sents]
    by_id = {st.id: st for st in statements}
    cue_sentences = {bisect_right(starts, st.cue.start) - 1 for st in statements}
    figs = sorted((f for f in doc.figures if f.is_figure), key=lambda f: f.start)
    by_sentence: Dict[int, List] = {}
    for f in figs:
        by_sentence.setdefault(bisect_right(starts, f.start) - 1, []).append(f)
    made: List[Statement] = []
    for si in sorted(by_sentence):
        if si < 1 or si in cue_sentences or sents[si].block != sents[si - 1].block:
            continue
        sent = sents[si]
        text = doc.text[sent.start:sent.end]
        lead = len(text) - len(text.lstrip())
        m = _RE_PARTITION.match(text, lead)
        if m is None or any(q in text for q in _QUOTES):
            continue
        first = by_sentence[si][0]
        if first.start != sent.start + m.start("num"):
            continue
        counted = [f for f in by_sentence.get(si - 1, ()) if f.status == "attributed" and f.kind == "count"
                   and f.statement in by_id and by_id[f.statement].claimant]
        if not counted:
            continue
        st = by_id[counted[-1].statement]
        open_ = [f for f in by_sentence[si] if f.status == "unsourced" and f.explanation and
                 f.explanation[-1].startswith("no cue governs")]
        if not open_:
            continue
        cont = Statement(id=f"{st.id}-part-{sent.start}", rule="partition-continuation", cue=st.cue,
                         source=st.source, claimant=st.claimant, scope_start=sent.start, scope_end=sent.end,
                         relays=list(st.relays), evidence=list(st.evidence))
        made.append(cont)
        by_id[cont.id] = cont
        name = claimants[st.claimant].c.name
        for f in open_:
            f.claimant, f.status, f.statement = st.claimant, "attributed", cont.id
            f.explanation[-1] = (f"rule partition-continuation: no cue of its own; '{m.group().strip()}' counts off "
                                 f"the {counted[-1].text!r} {name} gave in the sentence before (cue "
                                 f"'{st.cue.text}', line {doc.line_col(st.cue.start)[0]})")
    return made
