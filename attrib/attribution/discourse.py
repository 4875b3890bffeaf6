"""Frames across sentences: a quotation keeps its speaker (quote-continues, quote-next-paragraph) and a line
ending in a colon gives its claimant to the list items after it (+list)."""
from __future__ import annotations

import re

from typing import List

from ..model import Document
from .frames import _Cue


# a line that is a label and a value, as in a forecast table set out without bullets
_RE_LABEL_VALUE = re.compile(r"[^\n.!?:]{1,60}:\s*[+\-\u2212]?[$\u20ac\u00a3]?\d[\d.,]*\s*(?:%|percent|[a-zA-Z]{1,12})?\s*")


def _quote_carry(doc: Document, cues: List[_Cue]) -> None:
    """A quotation with no cue of its own keeps the speaker of the quotation before it."""
    seg = doc.segments
    quotes = [q for q in seg.quotes if not q.scare]
    blocks = seg.blocks
    block_of = {}
    for q in quotes:
        for b in blocks:
            if b.start <= q.start < b.end:
                block_of[q.start] = b.index
                break
    named = [c for c in cues if c.claimant and not c.vague]
    prev_q, prev_cue = None, None
    for q in quotes:
        covering = [c for c in named if c.scope_start <= q.start + 1 < c.scope_end]
        if covering:
            prev_q, prev_cue = q, min(covering, key=lambda c: c.scope_end - c.scope_start)
            continue
        if prev_cue is None:
            continue
        qb, pb = block_of.get(q.start), block_of.get(prev_q.start)
        same_block = qb == pb
        next_block = qb is not None and pb is not None and qb == pb + 1 and \
            doc.text[blocks[qb].start] in "\u201c\"" and (not prev_q.closed or _block_is_quote(doc, blocks[qb], q))
        if same_block or next_block:
            c = _Cue("quote-continues" if same_block else "quote-next-paragraph", prev_cue.cue_start,
                     prev_cue.cue_end, q.start, q.end, prev_cue.mention)
            c.claimant = prev_cue.claimant
            c.relay_ids = list(prev_cue.relay_ids)
            c.evidence = ["the quotation continues the one attributed to it before"] + prev_cue.evidence
            cues.append(c)
            named.append(c)
            prev_q, prev_cue = q, c
        else:
            prev_q, prev_cue = None, None


def _block_is_quote(doc: Document, block, q) -> bool:
    return q.start == block.start and (q.end >= block.end - 1)


def _list_carry(doc: Document, cues: List[_Cue]) -> None:
    """A line ending in a colon gives its claimant to the list items that follow it."""
    seg = doc.segments
    text = doc.text
    blocks = seg.blocks
    for cue in [c for c in cues if c.claimant and not c.vague]:
        end = cue.scope_end
        bi = next((b.index for b in blocks if b.start <= cue.cue_start < b.end), None)
        if bi is None:
            continue
        b = blocks[bi]
        if not text[b.start:b.end].rstrip().endswith(":") or cue.scope_end < b.end - 1:
            continue
        j = bi + 1
        while j < len(blocks) and (blocks[j].kind == "item" or _RE_LABEL_VALUE.fullmatch(text, blocks[j].start,
                                                                                         blocks[j].end)):
            end = blocks[j].end  # list items, or lines "Unemployment rate: 5.6%" after the colon
            j += 1
        if j == bi + 1 and j < len(blocks) and blocks[j].kind == "paragraph" and \
                text[cue.cue_end:b.end].strip() == ":":
            end = blocks[j].end  # "Dana Lee continued:" -- the paragraph after the colon is what she said
        if end > cue.scope_end:
            c = _Cue(cue.rule.split("+")[0] + "+list", cue.cue_start, cue.cue_end, b.end, end, cue.mention)
            c.claimant = cue.claimant
            c.relay_ids = list(cue.relay_ids)
            c.evidence = ["the list is introduced by an attributed line ending in a colon"] + cue.evidence
            cues.append(c)
