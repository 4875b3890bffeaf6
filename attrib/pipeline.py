"""Run the scan stages over documents: read -> segment -> figures -> attribution."""
from __future__ import annotations

import gc
import traceback
from typing import Iterable, Iterator, List, Optional, Tuple, Union

from . import attribution, figures, segment
from .errors import AnalysisError, AttribError, InputError
from .fsutil import display_path
from .model import Document
from .read import ReadOptions, document_from_text, read_paths
from .registry import Registry


def scan_document(doc: Document, registry: Optional[Registry] = None) -> Document:
    """Fill ``doc`` with its segments, figures, statements and claimants (in place) and return it."""
    if registry is None:
        registry = Registry.default()
    # The scan allocates many small objects and frees them as it goes; the cyclic collector, run
    # meanwhile, re-walks everything alive (a long document's every mention) again and again.
    # It is paused for one document and resumed after: time stays linear in the text.
    paused = gc.isenabled()
    gc.disable()
    try:
        doc.segments = segment.segment(doc.text, doc.body_start)
        doc.figures = figures.find_figures(doc)
        if "[^" in doc.text and not doc.path.lower().endswith((".txt", ".text")):
            from .markdown import footnote_spans  # Markdown footnote markers ([^2]) are no figures

            spans = footnote_spans(doc.text, doc.body_start)
            doc.figures = [f for f in doc.figures if not any(a <= f.start and f.end <= b for a, b in spans)]
        attribution.attribute(doc, registry)
    finally:
        if paused:
            gc.enable()
    return doc


def scan_text(text: str, path: str = "<text>", registry: Optional[Registry] = None) -> Document:
    """Scan a string (front matter allowed) and return the filled Document."""
    return scan_document(document_from_text(text, path), registry)


def analysis_error(path: str, e: BaseException) -> AnalysisError:
    """The one-line error for an unexpected exception while analysing ``path`` (a bug in attrib):
    the file, the exception's type and the first line of its message (at most 160 characters, so
    no document text is echoed at length); the traceback rides along for ``--debug``."""
    msg = " ".join(str(e).split())
    if len(msg) > 160:
        msg = msg[:157] + "..."
    err = AnalysisError(f"{display_path(path)}: internal error while analysing this file, skipped "
                        f"({type(e).__name__}{': ' + msg if msg else ''})")
    err.detail = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    return err


def iter_scan(paths: Iterable[str], registry: Optional[Registry] = None, stdin_name: str = "<stdin>",
              options: Optional[ReadOptions] = None) -> Iterator[Union[Document, InputError]]:
    """Scanned documents one at a time (nothing is kept), or the InputError of each bad input.

    An unexpected error inside one document's analysis becomes an :class:`AnalysisError` for that
    file (see :func:`analysis_error`); the files after it are still scanned.
    """
    if registry is None:
        registry = Registry.default()
    for d in read_paths(paths, stdin_name=stdin_name, options=options):
        if isinstance(d, InputError):
            yield d
            continue
        try:
            yield scan_document(d, registry)
        except (KeyboardInterrupt, SystemExit, MemoryError, AttribError):
            raise  # a user's error (a bad lexicon) stops the run with its own one line
        except Exception as e:  # noqa: BLE001 - isolation: one document's bug costs only that document
            yield analysis_error(d.path, e)


def scan_paths(paths: Iterable[str], registry: Optional[Registry] = None, stdin_name: str = "<stdin>",
               options: Optional[ReadOptions] = None) -> Tuple[List[Document], List[InputError]]:
    """Scan files, folders (recursively) and '-' (stdin). Bad inputs are returned, not raised."""
    docs, errors = [], []
    for d in iter_scan(paths, registry, stdin_name, options):
        (errors if isinstance(d, InputError) else docs).append(d)
    return docs, errors
