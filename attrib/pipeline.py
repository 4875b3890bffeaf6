"""Run the scan stages over documents: read -> segment -> figures -> attribution."""
from __future__ import annotations

from typing import Iterable, List, Optional, Tuple

from . import attribution, figures, segment
from .errors import InputError
from .model import Document
from .read import document_from_text, read_paths
from .registry import Registry


def scan_document(doc: Document, registry: Optional[Registry] = None) -> Document:
    """Fill ``doc`` with its segments, figures, statements and claimants (in place) and return it."""
    if registry is None:
        registry = Registry.default()
    doc.segments = segment.segment(doc.text, doc.body_start)
    doc.figures = figures.find_figures(doc)
    if "[^" in doc.text and not doc.path.lower().endswith((".txt", ".text")):
        from .markdown import footnote_spans  # Markdown footnote markers ([^2]) are no figures

        spans = footnote_spans(doc.text, doc.body_start)
        doc.figures = [f for f in doc.figures if not any(a <= f.start and f.end <= b for a, b in spans)]
    attribution.attribute(doc, registry)
    return doc


def scan_text(text: str, path: str = "<text>", registry: Optional[Registry] = None) -> Document:
    """Scan a string (front matter allowed) and return the filled Document."""
    return scan_document(document_from_text(text, path), registry)


def scan_paths(paths: Iterable[str], registry: Optional[Registry] = None,
               stdin_name: str = "<stdin>") -> Tuple[List[Document], List[InputError]]:
    """Scan files, folders (recursively) and '-' (stdin). Bad inputs are returned, not raised."""
    if registry is None:
        registry = Registry.default()
    docs, errors = [], []
    for d in read_paths(paths, stdin_name=stdin_name):
        if isinstance(d, InputError):
            errors.append(d)
        else:
            docs.append(scan_document(d, registry))
    return docs, errors
