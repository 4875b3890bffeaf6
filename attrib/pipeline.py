"""Run the scan stages over documents: read -> segment -> figures -> attribution.

The per-document analysis is a pure function, :func:`analyse`: a text (and its metadata) in, a
JSON-ready dict out, nothing shared between documents.  That is what lets ``--jobs N`` spread an
archive over every core (:func:`map_paths`, output identical to ``--jobs 1``) and lets an existing
distributed engine (Dask, Spark, a queue of workers) scan one: map :func:`analyse` (or
:func:`analyse_file`) over the texts, gather the dicts, turn them back into Documents with
:func:`document_from_result` and hand those to :func:`attrib.claims.build_claims`
(``examples/dask_scan.py``).
"""
from __future__ import annotations

import gc
from functools import partial
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Callable, Iterable, Iterator, List, Optional, Tuple, Union

from . import attribution, figures, parallel, segment
from .errors import AnalysisError, AttribError, InputError
from .fsutil import display_path
from .model import Block, Claimant, Document, Figure, Quote, Segments, Sentence, Span, Statement
from .read import ReadOptions, _plain, document_from_bytes, document_from_text, iter_paths, read_document, read_paths
from .records import fields
from .registry import Registry

RESULT_VERSION = 1


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
    import traceback  # here: it imports tokenize and linecache, a few ms of every check

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


# ---- the pure per-document function and its JSON-ready result ----------------------------------

def analyse(text: str, path: str = "<text>", meta: Optional[dict] = None,
            registry: Optional[Registry] = None) -> dict:
    """Scan one text and return its :func:`result_dict` (JSON-ready; the text is part of it).

    ``text`` may start with YAML front matter; ``meta`` (publisher, date, title, url) is added
    over it.  Raises :class:`attrib.errors.InputError` for bad front matter.

    >>> r = analyse("The ministry said 40 people died.", "a.md")
    >>> [(f["text"], f["status"]) for f in r["figures"]]
    [('40 people', 'vague')]
    """
    doc = document_from_text(text, path)
    if meta:
        doc.meta.update(meta)
    return result_dict(scan_document(doc, registry))


def analyse_file(path: str, registry: Optional[Registry] = None) -> dict:
    """:func:`analyse` of a file (read as ``attrib scan`` reads it); raises InputError."""
    return result_dict(scan_document(read_document(path), registry))


def _names(cls) -> Tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


_FIGURE = _names(Figure)
_CLAIMANT = _names(Claimant)
_STATEMENT = _names(Statement)


def _span(s: Optional[Span]) -> Optional[list]:
    return None if s is None else [s.text, s.start, s.end]


def _unspan(x) -> Optional[Span]:
    return None if x is None else Span(x[0], x[1], x[2])


def result_dict(doc: Document) -> dict:
    """Everything a scanned Document holds as plain lists and dicts (``json.dumps`` takes it).

    :func:`document_from_result` turns it back into a Document that every later stage (claims,
    graph, check, the renderers) reads exactly as the original; front-matter dates become strings.
    """
    fig = []
    for f in doc.figures:
        d = {k: getattr(f, k) for k in _FIGURE}
        d["sentence"] = _span(f.sentence)
        fig.append(d)
    cl = []
    for c in doc.claimants:
        d = {k: getattr(c, k) for k in _CLAIMANT}
        d["mentions"] = [_span(m) for m in c.mentions]
        cl.append(d)
    st = []
    for s in doc.statements:
        d = {k: getattr(s, k) for k in _STATEMENT}
        d["cue"], d["source"] = _span(s.cue), _span(s.source)
        st.append(d)
    seg = doc.segments
    return {
        "result_version": RESULT_VERSION,
        "path": doc.path,
        "text": doc.text,
        "body_start": doc.body_start,
        "meta": _plain(doc.meta),
        "figures": fig,
        "claimants": cl,
        "statements": st,
        "segments": None if seg is None else {
            "blocks": [[b.start, b.end, b.kind, b.index] for b in seg.blocks],
            "sentences": [[s.start, s.end, s.block, s.index] for s in seg.sentences],
            "quotes": [[q.start, q.end, q.closed, q.scare] for q in seg.quotes],
        },
    }


def document_from_result(r: dict) -> Document:
    """The Document a :func:`result_dict` was made from (the inverse; see there)."""
    if not isinstance(r, dict) or r.get("result_version") != RESULT_VERSION:
        raise ValueError(f"not an attrib result (result_version {RESULT_VERSION} expected)")
    figs = []
    for d in r["figures"]:
        d = dict(d)
        d["sentence"] = _unspan(d["sentence"])
        d["explanation"] = list(d["explanation"])
        figs.append(Figure(**d))
    cls = []
    for d in r["claimants"]:
        d = dict(d)
        d["mentions"] = [_unspan(m) for m in d["mentions"]]
        for k in ("aliases", "affiliation", "evidence"):
            d[k] = list(d[k])
        cls.append(Claimant(**d))
    sts = []
    for d in r["statements"]:
        d = dict(d)
        d["cue"], d["source"] = _unspan(d["cue"]), _unspan(d["source"])
        d["relays"], d["evidence"] = list(d["relays"]), list(d["evidence"])
        sts.append(Statement(**d))
    seg = r.get("segments")
    segments = None if seg is None else Segments(
        blocks=[Block(*b) for b in seg["blocks"]],
        sentences=[Sentence(*s) for s in seg["sentences"]],
        quotes=[Quote(*q) for q in seg["quotes"]],
    )
    return Document(path=r["path"], text=r["text"], body_start=r["body_start"], meta=dict(r["meta"]),
                    figures=figs, claimants=cls, statements=sts, segments=segments)


# ---- many documents, on every core ----------------------------------------------------------------

_WORKER: dict = {}  # this process's registry and per-document function (set by _worker_init)


def _worker_init(registry: Registry, fn: Optional[Callable]) -> None:
    _WORKER["registry"], _WORKER["fn"] = registry, fn


def _scan_item(item) -> Tuple[bool, object]:
    """Read and scan one path (or ``(name, bytes)`` read from stdin): (True, fn(doc)), or (False, the
    InputError or AnalysisError of the file)."""
    try:
        doc = document_from_bytes(item[1], item[0]) if isinstance(item, tuple) else read_document(item)
    except InputError as e:
        return False, e
    try:
        doc = scan_document(doc, _WORKER["registry"])
        fn = _WORKER["fn"]
        return True, doc if fn is None else fn(doc)
    except (KeyboardInterrupt, SystemExit, MemoryError, AttribError):
        raise  # a user's error (a bad lexicon) stops the run with its own one line
    except Exception as e:  # noqa: BLE001 - isolation: one document's bug costs only that document
        return False, analysis_error(doc.path, e)


def warm(registry: Registry) -> None:
    """Build the lexicons' patterns and the registry's indexes now (before worker processes fork)."""
    scan_text("---\npublisher: x\n---\nThe ministry said 40 people died, according to Reuters.\n", "<warm>", registry)


def iter_map(paths: Iterable[str], fn: Optional[Callable] = None, registry: Optional[Registry] = None,
             jobs: int = 1, stdin_name: str = "<stdin>", stdin=None,
             expanded: Optional[list] = None) -> Iterator[object]:
    """``fn(doc)`` for every scanned document of PATHS, or the InputError of a bad input, in the
    order of the files, each as soon as it and the ones before it are done.

    PATHS are files, folders (recursively) and '-' (stdin); ``expanded`` is their
    :func:`attrib.read.iter_paths` when the caller has it already.  ``fn`` runs where the document
    was scanned, so with ``jobs`` > 1 it must be a module-level function (or a partial of one) and
    return something picklable and small: a rendered chunk, a :func:`result_dict`.  ``fn=None``
    gives the Documents.  What comes out, and its order, does not depend on ``jobs``.
    """
    if registry is None:
        registry = Registry.default()
    items = []
    for p in (iter_paths(paths) if expanded is None else expanded):
        if p == "-":
            from .read import read_stdin

            try:
                p = (stdin_name, read_stdin(stdin_name, stream=stdin))
            except InputError as e:
                p = e
        items.append(p)
    work = [p for p in items if not isinstance(p, InputError)]
    done = parallel.ordered_map(_scan_item, work, jobs, initializer=_worker_init, initargs=(registry, fn),
                                before_pool=partial(warm, registry))
    for p in items:
        yield p if isinstance(p, InputError) else next(done)[1]
    for _ in done:  # let the pool close
        pass


def map_paths(paths: Iterable[str], fn: Optional[Callable] = None, registry: Optional[Registry] = None,
              jobs: int = 1, stdin_name: str = "<stdin>", stdin=None, on_result: Optional[Callable] = None,
              expanded: Optional[list] = None) -> Tuple[list, List[InputError]]:
    """The results of :func:`iter_map` and the bad inputs, as two lists; ``on_result()`` is called
    as each result comes in (a progress bar)."""
    out, errors = [], []
    for r in iter_map(paths, fn, registry, jobs, stdin_name, stdin, expanded):
        if isinstance(r, InputError):
            errors.append(r)
        else:
            out.append(r)
            if on_result is not None:
                on_result()
    return out, errors


def scan_paths(paths: Iterable[str], registry: Optional[Registry] = None, stdin_name: str = "<stdin>",
               jobs: int = 1, on_result: Optional[Callable] = None,
               expanded: Optional[list] = None) -> Tuple[List[Document], List[InputError]]:
    """Scan files, folders (recursively) and '-' (stdin). Bad inputs are returned, not raised.

    With ``jobs`` > 1 the documents are scanned in worker processes and come back through
    :func:`result_dict` / :func:`document_from_result`; the Documents are the same either way.
    ``on_result`` and ``expanded``: see :func:`map_paths`.
    """
    if parallel.resolve_jobs(jobs) == 1:
        return map_paths(paths, None, registry, 1, stdin_name, on_result=on_result, expanded=expanded)
    results, errors = map_paths(paths, result_dict, registry, jobs, stdin_name, on_result=on_result,
                                expanded=expanded)
    return [document_from_result(r) for r in results], errors
