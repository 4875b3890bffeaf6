"""Scope: the stretch of text a cue governs, bounded by clauses, sentences and quotations."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Optional, Tuple

from ..model import Document


_DET_TAIL = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|\b[Ii]ts|\b[Tt]heir)\s+$")
_CLAUSE_BOUNDARY = re.compile(r",(?!\d)|[;:\u201c\u201d\"\u2014(]|\s\u2013\s|"
                              r"\b(?:that|which|who|whom|while|whereas|as|because|but|after|before|when|than)\b")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause that ends at ``pos``: after the last comma, quote, 'that' in [lo, pos).

    Clauses are local: only the last 300 characters are searched, so long sentences stay linear.
    """
    window = max(lo, pos - 300)
    best = window
    for m in _CLAUSE_BOUNDARY.finditer(text, window, pos):
        best = m.end()
    close = text.rfind(")", best, pos)
    if close >= 0 and text.rfind("(", best, close) < 0:  # the boundary fell inside "(R., Kan.)"
        opening = text.rfind("(", window, best)
        if opening >= 0:
            return _clause_start(text, lo, opening)
    return best


# Introductory adverbials before a subject ("On December 23,", "Meanwhile,", "In a statement on Monday,").
_INTRO = re.compile(
    r"\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\s+(?=[A-Z]))?"  # "Oct 25 Apple Inc ..."
    r"(?:(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Mm]eanwhile|[Hh]owever|[Ss]eparately|[Ee]arlier|"
    r"[Ll]ater|[Ll]ast|[Tt]his|[Oo]verall|[Ss]till|[Aa]lso|[Yy]et|[Nn]ow|[Tt]hen|[Tt]oday|[Yy]esterday|[Bb]y|[Ff]rom|"
    r"[Uu]nder|[Aa]mid|[Dd]espite|[Ff]or|[Ww]ith|[Ww]ithout|[Ss]peaking|[Aa]sked|[Aa]dditionally|[Mm]oreover|"
    r"[Ff]urthermore|[Ii]ndeed|[Aa]nd|[Bb]ut|[Ss]o|[Ii]nstead|[Aa]gain|[Pp]reviously|[Ii]n\s+addition|[Ff]inally|"
    r"[Ii]n\s+an?\s+\w+|[Tt]hat\s+day|[Ee]arly|[Ll]ate|[Oo]vernight|[Ff]ollowing|[Ww]hile|[Ww]hen)\b[^,;\"\u201c\u201d]{0,70},\s*)*"
    r"(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et)\s+)?")

# What may follow a trailing cue ("..., the ministry said on Monday in a statement."): adverbials and,
# for verbs of telling, their hearer. A clause ("said it had declared ...") makes the cue a leading one.
_TAIL_ADVERBIAL = (r"(?:on|in|at|via|through|during|from|with|late|early|last|this|earlier|later|yesterday|today|"
                   r"tonight|overnight|citing|according|adding|without|while|after|before|when|as|but|and|by|"
                   r"under|amid|since|for|separately|again|also|previously|publicly|privately|recently|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_TAIL = re.compile(rf"^\s*(?:{_TAIL_ADVERBIAL}[^\u201c\"]*)?[.!?]?[\u201d\"]?\s*$")
_TAIL_HEARER = re.compile(r"^\s*(?:me|us|him|her|them|reporters|journalists|lawmakers|legislators|senators|investors|analysts|supporters|voters|"
                          r"shareholders|employees|staff|residents|parents|students|delegates|members|viewers|listeners|"
                          r"the\s+[\w-]+(?:\s+[\w-]+)?|an?\s+[\w-]+(?:\s+[\w-]+)?|(?:\d{1,2}\s+)?[A-Z][\w.'\u2019-]*"
                          r"(?:\s+(?:[A-Z][\w.'\u2019-]*|\d{1,2}(?=\s|[.,!?]|$)))*)(?=\s|[.,!?]|$)")  # "told KVLR 12", "told 8 News"


def _trailing_tail(after_text: str, verb: str) -> bool:
    """Does only an adverbial (or, after 'told', a hearer and an adverbial) follow the verb?"""
    if _TAIL.match(after_text):
        return True
    if verb.lower() in ("told", "tells", "tell", "informed", "briefed", "assured", "warned", "reminded"):
        m = _TAIL_HEARER.match(after_text)
        return bool(m) and _TAIL.match(after_text[m.end():]) is not None
    return False




def _sentence_of(sents, pos):
    lo, hi = 0, len(sents) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= pos:
            lo = mid + 1
        elif sents[mid].start > pos:
            hi = mid - 1
        else:
            return mid
    return None


class _Quotes(list):
    """The quotations of a document in order, with their starts and ends for binary search
    (quotations do not overlap, so both are sorted)."""

    def __init__(self, quotes):
        super().__init__(quotes)
        self.starts = [q.start for q in self]
        self.ends = [q.end for q in self]


def _inside_quote(quotes: "_Quotes", pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation (between its marks)."""
    i = bisect_right(quotes.starts, pos) - 1
    return i >= 0 and quotes.starts[i] < pos < quotes.ends[i]


def _quote_ending_at(quotes, pos: int):
    """A quotation whose closing mark stands just before ``pos`` (allowing ', ' between)."""
    if isinstance(quotes, _Quotes):
        i = bisect_left(quotes.ends, pos - 3)
        while i < len(quotes) and quotes.ends[i] <= pos:
            if quotes[i].closed:
                return quotes[i]
            i += 1
        return None
    for q in quotes:
        if q.closed and q.end <= pos and pos - q.end <= 3:
            return q
    return None


def _quote_starting_at(quotes, pos: int, limit: int = 4):
    if isinstance(quotes, _Quotes):
        i = bisect_left(quotes.starts, pos)
        return quotes[i] if i < len(quotes) and quotes.starts[i] - pos <= limit else None
    for q in quotes:
        if q.start >= pos and q.start - pos <= limit:
            return q
    return None

# the end of a noun phrase: punctuation, a dash, or 'and' opening a second verb phrase ("exceeded economists'
# forecasts and was an improvement over ...")
_NP_BOUNDARY = re.compile(r"[,;:\u201c\u201d\"()]|\.(?=\s|$)|\s\u2013\s|\s\u2014|"
                          r"\s(?:and|but)\s+(?=(?:was|were|is|are|has|have|had|will|would|could|also)\b)")


def _next_boundary(text: str, a: int, E: int) -> int:
    m = _NP_BOUNDARY.search(text, a, E)
    return m.start() if m else E


def _whole_scope(text: str, S: int, E: int, cue_pos: int, quotes) -> Tuple[int, int]:
    """A sentence-wide cue covers the sentence, reaching back over a quotation closed before it."""
    q = _quote_ending_at(quotes, _skip_back_space_comma(text, cue_pos))
    if q is not None and q.start < S:
        return q.start, E
    return S, E


def _skip_back_space_comma(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " ,\u00a0\t":
        pos -= 1
    return pos


_DET_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)$")


def _np_left_edge(text: str, S: int, pos: int) -> int:
    """Move back from a mention over its determiner, then over spaces and a comma."""
    m = _DET_BEFORE.search(text, max(S, pos - 8), pos)
    if m:
        pos = m.start()
    return _skip_back_space_comma(text, pos)

def _figure_between(doc: Document, a: int, b: int) -> bool:
    """Is there a figure (a countable kind) starting in [a, b)?"""
    starts = getattr(doc, "_figure_starts", None)
    if starts is None:
        starts = sorted(f.start for f in doc.figures if f.is_figure)
        doc._figure_starts = starts
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _figure_heading(doc: Document, pos: int) -> Optional[Tuple[int, int]]:
    """The figure a relative clause opening at ``pos`` modifies: "the 44m [that] analysts predicted",
    "the 91 cents analysts had expected" -- a figure that ends just before, with at most 'that' between."""
    spans = getattr(doc, "_figure_spans", None)
    if spans is None:
        spans = sorted((f.end, f.start) for f in doc.figures if f.is_figure)
        doc._figure_spans = spans
    i = bisect_left(spans, (pos - 12, -1))
    while i < len(spans) and spans[i][0] <= pos:
        end, start = spans[i]
        if _RELATIVE_GAP.fullmatch(doc.text, end, pos):
            return start, end
        i += 1
    return None


_RELATIVE_GAP = re.compile(r"\s+(?:(?:that|which)\s+)?(?:the\s+)?")  # "fewer than the 11 the fire department reported"


def _sentence_end(doc: Document, pos: int) -> int:
    i = _sentence_of(doc.segments.sentences, pos)
    return doc.segments.sentences[i].end if i is not None else len(doc.text)
