"""Segment a text into blocks, sentences and quotations, with offsets (stage 2 of the pipeline).

Blocks are paragraphs, list items and headings. A line break starts a new block unless the line
plainly continues (it does not end a sentence and the next line starts in lower case), because news
text pasted from the web puts one paragraph on each line as often as it leaves a blank line.
Sentences never cross blocks. Quotations may span sentences and, when a paragraph ends inside an
open quotation and the next one opens a quotation again (the journalistic convention), blocks.
"""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List

from .lexicon import lexicon
from .model import Block, Quote, Segments, Sentence

_ITEM = re.compile(r"[ \t]*(?:[-*+\u2022\u25cf\u25aa\u2013\u2014]|\d{1,3}[.)])[ \t]+")
_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")
_LINE_END_SENTENCE = re.compile(r"[.!?:;\"\u201d\u2019)\]]\s*$")

# A sentence ends at . ! ? (with closing quotes or brackets) before white space and a capital,
# a digit or an opening quote; or, with no space, at a full stop between two words ("Ukraine.The").
_BOUNDARY = re.compile(
    r"(?P<end>[.!?]+[\"\u201d\u2019')\]]*)(?P<gap>\s+)(?=[\"\u201c\u2018(\[]?[A-Z0-9\u2022])"
    r"|(?<=[a-z]{2})(?P<end2>[.!?][\"\u201d]?)(?=[A-Z][a-z])"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")


def _hard_wrapped(text: str, cur_start: int, cur_end: int, nxt: str) -> bool:
    """Wire copy wrapped at a fixed width: a long line with no final punctuation runs on into the next one,
    even when that one opens with a capital ("... said on" / "Tuesday it sold ..."). Short lines (a title, a
    label such as "Nonfarm payrolls: +235,000") stand alone."""
    last = text[text.rfind("\n", cur_start, cur_end) + 1:cur_end].strip()
    return len(last) >= _WRAP_MIN and nxt[:1].isalnum() and not _ITEM.match(nxt)


_WRAP_MIN = 45


def _blocks(text: str, start: int) -> List[Block]:
    blocks: List[Block] = []
    pos = start
    lines = text[start:].split("\n")
    cur_start = None
    cur_end = None
    cur_kind = "paragraph"

    def flush():
        nonlocal cur_start
        if cur_start is not None:
            seg = text[cur_start:cur_end]
            s = cur_start + (len(seg) - len(seg.lstrip()))
            e = cur_start + len(seg.rstrip())
            if e > s:
                blocks.append(Block(s, e, cur_kind, len(blocks)))
        cur_start = None

    for line in lines:
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        kind = "item" if _ITEM.match(line) else "heading" if _HEADING.match(line) else "paragraph"
        continues = (
            cur_start is not None
            and kind == "paragraph"
            and cur_kind == "paragraph"
            and not _LINE_END_SENTENCE.search(text[cur_start:cur_end])
            and (stripped[:1].islower() or _hard_wrapped(text, cur_start, cur_end, stripped))
        )
        if continues:
            cur_end = line_end
            continue
        flush()
        cur_start, cur_end, cur_kind = line_start, line_end, kind
    flush()
    return blocks


_DIGIT_NEXT = re.compile(r"\s*\d")


def _sentences(text: str, blocks: List[Block]) -> List[Sentence]:
    lex = lexicon("abbreviations")
    abbrevs = lex["no_stop"]
    before_number = set(lex.get("no_stop_before_number") or [])
    out: List[Sentence] = []
    for b in blocks:
        s = b.start
        if b.kind == "item":  # a list item's marker is not part of its sentence
            m = _ITEM.match(text, b.start)
            if m and m.end() < b.end:
                s = m.end()
        for m in _BOUNDARY.finditer(text, s, b.end):
            if m.group("end") is not None:
                end_mark = m.group("end")
                cut = m.start("end")
                w = _WORD_BEFORE.search(text, max(s, cut - 12), cut)
                word = w.group(1) if w else ""
                if end_mark.startswith(".") and len(end_mark.rstrip("\"\u201d\u2019')]")) == 1:
                    if word.lower().rstrip(".") in abbrevs or re.fullmatch(r"[A-Z]", word) \
                            or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word) \
                            or word.lower().rstrip(".") in before_number and _DIGIT_NEXT.match(text, m.end("end")):
                        continue
                e = m.end("end")
                nxt = m.end()
            else:
                e = m.end("end2")
                nxt = e
                w = _WORD_BEFORE.search(text, max(s, m.start() - 12), m.start())
                if w and w.group(1).lower() in abbrevs:
                    continue
            if e > s:
                out.append(Sentence(s, e, b.index, len(out)))
            s = nxt
        if b.end > s:
            out.append(Sentence(s, b.end, b.index, len(out)))
    return out


_OPEN = "\u201c\u00ab\u201e"
_QMARK = re.compile(r"[\"\u201c\u201d\u00ab\u00bb\u201e]")


def _quotes(text: str, blocks: List[Block]) -> List[Quote]:
    quotes: List[Quote] = []
    for b in blocks:
        open_at = None
        for m in _QMARK.finditer(text, b.start, b.end):
            ch, i = m.group(), m.start()
            if ch == '"':
                prev = text[i - 1] if i > b.start else " "
                nxt = text[i + 1] if i + 1 < b.end else " "
                if open_at is None:
                    is_open = not prev.isalnum() or nxt.isalnum()
                else:
                    is_open = False
            else:
                is_open = ch in _OPEN
            if is_open:
                if open_at is None:
                    open_at = i
                # a second opening mark inside an open quotation is treated as unbalanced: ignore it
            elif open_at is not None:
                quotes.append(_mk_quote(text, open_at, i + 1, True))
                open_at = None
        if open_at is not None:
            quotes.append(_mk_quote(text, open_at, b.end, False))
    return quotes


def _mk_quote(text: str, start: int, end: int, closed: bool) -> Quote:
    inner = text[start + 1:end - 1 if closed else end].strip()
    words = len(inner.split())
    scare = closed and words <= 4 and not re.search(r"[.!?,]$", inner)
    return Quote(start, end, closed, scare)


def segment(text: str, body_start: int = 0) -> Segments:
    """Blocks, sentences and quotations of ``text`` after ``body_start``.

    >>> s = segment("He said: “It is 5.” Then.\\n\\n- 3 tanks")
    >>> [(b.kind) for b in s.blocks], len(s.sentences), len(s.quotes)
    (['paragraph', 'item'], 3, 1)
    """
    blocks = _blocks(text, body_start)
    return Segments(blocks=blocks, sentences=_sentences(text, blocks), quotes=_quotes(text, blocks))
