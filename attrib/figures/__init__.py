"""Find figures: numbers, number words and vague amounts, with hedges, intervals, kinds and units.

Stage 3 of the pipeline, a package whose modules are its steps. Each number-like token becomes a Figure with a ``kind``: count, quantity,
percent, money or ratio for figures a reader wants sourced; date, time, year, duration, ordinal or
age for tokens that are no claim. Names with numbers ("F-16", "COVID-19", "Article 5") and pronoun
uses of "one" ("not a national one") are no figures at all and are dropped. The rules are named;
each figure's ``explanation`` starts with the rules that fired. Word lists live in attrib/data.
"""
from __future__ import annotations

import math
from bisect import bisect_right
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List

from ..model import Document, Figure
from ..wordscan import finditer as _word_finditer
from .classify import _classify
from .ellipsis import _ellipsis, _percent_ellipsis, _rate_ellipsis, _scale_ellipsis
from .fractions import _is_fraction
from .lex import _lex
from .numbers import _token
from .ranges import _merge_ranges
from .raw import _Raw, _merge_spans


def find_figures(doc: Document) -> List[Figure]:
    """Every number-like token of the document's body, classified and bounded.

    >>> from attrib.read import document_from_text
    >>> [(f.text, f.kind, f.low, f.high, f.unit) for f in find_figures(document_from_text(
    ...     "Nearly 40,000 casualties in six months, since Feb. 6."))]
    [('Nearly 40,000 casualties', 'count', 36000.0, 40000.0, 'casualties'), ('six months', 'duration', 6.0, 6.0, 'months'), ('6', 'date', 6.0, 6.0, None)]
    """
    L = _lex()
    text = doc.text
    body = doc.body_start
    # URLs and e-mail addresses need "://", "www.", "@" or "](" (a Markdown link): no scan without one
    has_url = "://" in text or "www." in text or "@" in text or "](" in text
    skip = [(m.start(), m.end()) for m in L.re_url.finditer(text, body)] if has_url else []
    skip += [(m.start(), m.end()) for m in L.re_phone.finditer(text, body)]
    if "-" in text:
        skip += [m.span("p") for m in _word_finditer(L.re_phone_cue, text, body)]
    skip = _merge_spans(skip)  # URLs and telephone numbers, sorted and merged: none overlaps another
    skip_starts = [a for a, _ in skip]
    raws: List[_Raw] = []
    last = body
    for st in L.re_start.finditer(text, body):
        if st.start() < last:
            continue
        m = L.re_token.match(text, st.start())
        if m is not None and m.lastgroup == "fracw" and not _is_fraction(text, body, m, L):
            m = L.re_token_plain.match(text, st.start())  # the same words read without fractions
        if m is None:
            continue
        s, e = m.span()
        k = bisect_right(skip_starts, s) - 1  # the skipped span that starts last before s
        if k >= 0 and s < skip[k][1]:
            last = e
            continue
        r = _token(text, m, L)
        if r is None:
            last = e if m.lastgroup != "words" else s + 1
            continue
        last = r.end
        raws.append(r)
    kept: List[_Raw] = []
    for r in raws:
        if kept and r.start < kept[-1].end:
            continue  # inside the span a figure before it took ("51-49", "six months")
        r = _classify(text, body, r, L)
        if r is not None:
            kept.append(r)
    raws = kept
    raws = _merge_ranges(text, raws, L)
    _ellipsis(doc, raws, L)
    _percent_ellipsis(doc, raws, L)
    _scale_ellipsis(doc, raws, L)
    _rate_ellipsis(doc, raws, L)
    figures = []
    for r in raws:
        if r.drop or not all(x is None or math.isfinite(x) for x in (r.value, r.low, r.high)):
            continue  # a number past float range (a 310-digit figure) is no figure to report
        line, col = doc.line_col(r.start)
        base = None
        u = L.tables.unit(r.unit_written) if r.kind == "quantity" and r.unit_written else None
        factor, base_unit = (u.factor, u.base) if u is not None and u.factor is not None else (None, None)
        if r.kind == "money" and r.currency and r.unit_name and r.unit_name != r.currency and \
                L.tables.currencies.get(r.currency) and r.unit_name == L.tables.currencies[r.currency].minor:
            factor, base_unit = 0.01, r.currency  # "95p" is 0.95 GBP
        if factor is not None:
            conv = lambda x: None if x is None else round(x * factor, 12)
            base = {"unit": base_unit, "factor": factor, "value": conv(r.value), "low": conv(r.low),
                    "high": conv(r.high)}
        figures.append(Figure(
            id=f"fig-{r.start}-{r.end}", start=r.start, end=r.end, text=text[r.start:r.end], kind=r.kind,
            value=r.value, low=r.low, high=r.high, hedge=r.hedge, unit=r.unit, tolerance=r.tolerance,
            unit_written=r.unit_written, unit_canonical=r.unit_name, dimension=r.dimension, change=r.change,
            currency=r.currency, base=base, restates=f"fig-{r.restates[0]}-{r.restates[1]}" if r.restates else None,
            line=line, col=col, explanation=[f"figure rules: {', '.join(r.rules) or 'number'}"],
        ))
    return figures
