"""Frames across sentences: a quotation keeps its speaker (quote-continues, quote-next-paragraph) and a line
ending in a colon gives its claimant to the list items after it (+list)."""
from __future__ import annotations

import re
from bisect import bisect_right
from heapq import heappop, heappush
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Tuple

from ..model import Document
from .frames import _Cue


# a line that is a label and a value, as in a forecast table set out without bullets
_RE_LABEL_VALUE = re.compile(r"[^\n.!?:]{1,60}:\s*[+\-\u2212]?[$\u20ac\u00a3]?\d[\d.,]*\s*(?:%|percent|[a-zA-Z]{1,12})?\s*")


def _quote_carry(doc: Document, cues: List[_Cue]) -> None:
    """A quotation with no cue of its own keeps the speaker of the quotation before it."""
    seg = doc.segments
    quotes = [q for q in seg.quotes if not q.scare]
    blocks = seg.blocks
    block_starts = [b.start for b in blocks]
    block_of = {}
    for q in quotes:
        i = bisect_right(block_starts, q.start) - 1
        if i >= 0 and q.start < blocks[i].end:
            block_of[q.start] = blocks[i].index
    named = [c for c in cues if c.claimant and not c.vague]
    # The shortest cue whose scope holds q.start + 1, earliest in ``named`` on a tie: a sweep over the
    # quotations in order with a heap of the scopes opened so far (a closed scope is dropped when it
    # surfaces). The cues appended below cover only their own quotation, never a later one.
    by_start = sorted(range(len(named)), key=lambda k: named[k].scope_start)
    heap: List[Tuple[int, int, int]] = []  # (scope length, index in named, scope end)
    nxt = 0
    prev_q, prev_cue = None, None
    for q in quotes:
        p = q.start + 1
        while nxt < len(by_start) and named[by_start[nxt]].scope_start <= p:
            c = named[by_start[nxt]]
            heappush(heap, (c.scope_end - c.scope_start, by_start[nxt], c.scope_end))
            nxt += 1
        while heap and heap[0][2] <= p:
            heappop(heap)
        if heap:
            prev_q, prev_cue = q, named[heap[0][1]]
            continue
        if (prev_cue is None or block_of.get(q.start) != block_of.get(prev_q.start)) and \
                not any(c.vague and c.scope_start <= p < c.scope_end for c in cues):
            before = _statement_just_before(doc, named, q, block_of.get(q.start))
            if before is not None:  # 'Achterberg said the benefit was real. "Twenty-seven against nine ..."'
                c = _carry(before, "quote-after-statement", q, "the quotation follows its speaker's statement "
                                                               "in the sentence before")
                cues.append(c)
                named.append(c)
                prev_q, prev_cue = q, c
                continue
        if prev_cue is None:
            continue
        qb, pb = block_of.get(q.start), block_of.get(prev_q.start)
        same_block = qb == pb
        next_block = qb is not None and pb is not None and qb == pb + 1 and \
            doc.text[blocks[qb].start] in "\u201c\"" and (not prev_q.closed or _block_is_quote(doc, blocks[qb], q))
        if same_block or next_block:
            c = _carry(prev_cue, "quote-continues" if same_block else "quote-next-paragraph", q,
                       "the quotation continues the one attributed to it before")
            cues.append(c)
            named.append(c)
            prev_q, prev_cue = q, c
        else:
            prev_q, prev_cue = None, None


def _carry(cue: _Cue, rule: str, q, why: str) -> _Cue:
    """A cue that gives ``cue``'s speaker to the quotation ``q``."""
    c = _Cue(rule, cue.cue_start, cue.cue_end, q.start, q.end, cue.mention)
    c.claimant = cue.claimant
    c.relay_ids = list(cue.relay_ids)
    c.evidence = [why] + cue.evidence
    return c


_RE_SPEAKER_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:[\w.'\u2019-]+[^\S\n]+){0,5}?(?:said|says|added|adds|told|tells|wrote|writes|"
                               r"explained|noted|continued|recalled|asked|insisted|argued|replied)\b")


def _statement_just_before(doc: Document, named: List[_Cue], q, qb) -> Optional[_Cue]:
    """The named statement of the sentence just before a quotation that opens a sentence of the same block,
    when that sentence holds no other speaker."""
    sents = doc.segments.sentences
    starts = [x.start for x in sents]
    i = bisect_right(starts, q.start) - 1
    if i <= 0 or sents[i].start != q.start or sents[i - 1].block != sents[i].block or qb is None:
        return None
    if _RE_SPEAKER_AFTER.match(doc.text, q.end):
        return None  # '"We found 40 more," a diver added': the quotation has a speaker of its own
    prev = sents[i - 1]
    here = [c for c in named if prev.start <= c.cue_start < prev.end]
    if len({c.claimant for c in here}) != 1:
        return None
    return min(here, key=lambda c: c.cue_start)


def _block_is_quote(doc: Document, block, q) -> bool:
    return q.start == block.start and (q.end >= block.end - 1)


def _list_carry(doc: Document, cues: List[_Cue]) -> None:
    """A line ending in a colon gives its claimant to the list items that follow it."""
    seg = doc.segments
    text = doc.text
    blocks = seg.blocks
    block_starts = [b.start for b in blocks]
    after: Dict[int, Tuple[int, Optional[int]]] = {}  # block -> (block after its list, the list's end)
    starts = sorted(c.cue_start for c in cues)
    for cue in [c for c in cues if c.claimant and not c.vague]:
        end = cue.scope_end
        i = bisect_right(block_starts, cue.cue_start) - 1  # the block that holds the cue
        if i < 0 or cue.cue_start >= blocks[i].end:
            continue
        bi = blocks[i].index
        b = blocks[bi]
        if not text[b.start:b.end].rstrip().endswith(":"):
            continue
        if cue.scope_end < b.end - 1 and not _intro_continues(text, cue, b, starts) and \
                not _source_opens_intro(text, cue, b, starts):
            continue
        if bi not in after:  # walked once per block, however many cues it holds
            j, last = bi + 1, None
            while j < len(blocks) and (blocks[j].kind == "item" or _RE_LABEL_VALUE.fullmatch(text, blocks[j].start,
                                                                                             blocks[j].end)
                                       or text.startswith("|", blocks[j].start)
                                       and text[blocks[j - 1].end:blocks[j].start] in ("\n", "\n\n")):
                # a table's rows: one table, right after the line (a gap of blank or masked lines ends it)
                last = blocks[j].end  # list items, lines "Unemployment rate: 5.6%", or a table's rows after the colon
                j += 1
            after[bi] = (j, last)
        j, last = after[bi]
        if last is not None:
            end = last
        if j == bi + 1 and j < len(blocks) and blocks[j].kind == "paragraph" and \
                text[cue.cue_end:b.end].strip() == ":":
            end = blocks[j].end  # "Dana Lee continued:" -- the paragraph after the colon is what she said
        if end > cue.scope_end:
            c = _Cue(cue.rule.split("+")[0] + "+list", cue.cue_start, cue.cue_end, b.end, end, cue.mention)
            c.claimant = cue.claimant
            c.relay_ids = list(cue.relay_ids)
            c.evidence = ["the list is introduced by an attributed line ending in a colon"] + cue.evidence
            cues.append(c)


_RE_SHORT_INTRO = re.compile(r"\s*[A-Z][^.!?;:\"\u201c\u201d]{0,80}:\s*$")


_SUBJECT_SOURCE_RULES = ("possessive-source", "document-subject", "organisation-document")
_RE_LINE_START = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[Tt]he\s+)?$")


def _source_opens_intro(text: str, cue: _Cue, b, starts) -> bool:
    """"Kestrel Research's headline figures, with changes from last month, are:": a source that opens the
    line as its subject, with no other cue after it, introduces the list (however the phrase is set off)."""
    if cue.rule not in _SUBJECT_SOURCE_RULES or cue.mention is None or \
            not _RE_LINE_START.search(text, max(b.start, cue.mention.start - 6), cue.mention.start):
        return False
    i = bisect_right(starts, cue.cue_start)
    return not (i < len(starts) and starts[i] < b.end)


def _intro_continues(text: str, cue: _Cue, b, starts) -> bool:
    """'..., the sheriff's office said. The orders include:': a short line with no cue of its own, after the
    statement in the same paragraph, introduces the list as part of that statement."""
    stop = re.compile(r"[.!?][\"\u201d]?\s+").search(text, max(cue.scope_end, cue.cue_end), b.end)
    if stop is None:
        return False
    rest = text[stop.end():b.end]
    if not _RE_SHORT_INTRO.fullmatch(rest) or len(rest.split()) > 12:
        return False
    i = bisect_right(starts, stop.end())
    return not (i < len(starts) and starts[i] < b.end)
