"""Build scanned Documents by hand (figures, claimants, statements) for the claims and graph tests.

The scan engine is not needed: each figure is named by its token and occurrence, as in the gold files.
"""
from __future__ import annotations

import re
from typing import List, Optional

from attrib.model import Claimant, Document, Figure, Span, Statement
from attrib.read import document_from_text


def token_span(doc: Document, token: str, occurrence: int = 1):
    pat = r"(?<![\w.])(?<!\d,)" + re.escape(token) + r"(?!\w)(?![.,]\d)"
    hits = [m.span() for m in re.finditer(pat, doc.text[doc.body_start:], flags=re.IGNORECASE)]
    a, b = hits[occurrence - 1]
    return a + doc.body_start, b + doc.body_start


def sentence_of(doc: Document, start: int, end: int) -> Span:
    text = doc.text
    s = doc.body_start
    for m in re.finditer(r"(?<=[.!?])\s+|\n+", text[doc.body_start:]):
        a = m.start() + doc.body_start
        if a >= end:
            return Span(text[s:a], s, a)
        s = m.end() + doc.body_start
    return Span(text[s:], s, len(text))


def claimant(cid: str, name: Optional[str] = None, affiliation=(), side=None, reliability=None,
             type=None) -> Claimant:
    return Claimant(id=cid, name=name or cid, affiliation=list(affiliation), side=side,
                    reliability=reliability, type=type, registered=reliability is not None)


def make_doc(text: str, path: str = "a.md", figures: List[dict] = (), claimants: List[Claimant] = ()) -> Document:
    """figures: dicts with token, occurrence, value, low, high, hedge, unit, tolerance, claimant,
    status ('attributed' when a claimant is given, else 'unsourced'), relays, kind (count)."""
    doc = document_from_text(text, path)
    doc.claimants = list(claimants)
    for i, spec in enumerate(figures):
        a, b = token_span(doc, str(spec["token"]), spec.get("occurrence", 1))
        if spec.get("through"):  # widen the span over the unit words that follow
            b = doc.text.index(spec["through"], b) + len(spec["through"])
        v = spec.get("value")
        cl = spec.get("claimant")
        status = spec.get("status", "attributed" if cl else "unsourced")
        sid = None
        if cl or spec.get("relays"):
            sid = f"s{i + 1}"
            doc.statements.append(Statement(id=sid, rule="test", cue=Span("said", a, a), source=None, claimant=cl,
                                            scope_start=a, scope_end=b, status=status,
                                            relays=list(spec.get("relays", []))))
        f = Figure(id=f"f{i + 1}", start=a, end=b, text=doc.text[a:b], kind=spec.get("kind", "count"), value=v,
                   low=spec.get("low", v), high=spec.get("high", v), hedge=spec.get("hedge", "exact"),
                   unit=spec.get("unit"), tolerance=spec.get("tolerance", 0.0), claimant=cl, status=status,
                   statement=sid, sentence=sentence_of(doc, a, b))
        f.line, f.col = doc.line_col(a)
        doc.figures.append(f)
    doc.figures.sort(key=lambda f: f.start)
    return doc


def scan(path, text, date="2026-03-02", publisher="Vell Courier"):
    """An invented article (front matter + ``text``) through the real scan pipeline."""
    from attrib.pipeline import scan_document

    return scan_document(document_from_text(f"---\npublisher: {publisher}\ndate: '{date}'\n---\n{text}\n", path))


def claim_of(claims, path, token):
    """The claim holding the figure of ``path`` whose text contains ``token``."""
    for c in claims:
        for m in c.members:
            if m.doc.path == path and token in m.figure.text:
                return c
    raise AssertionError(f"{token} not in a claim of {path}")
