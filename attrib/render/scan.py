"""Render scanned documents: json, table, csv, markdown (one analysis, many formats)."""
from __future__ import annotations

import csv
import io
from typing import Iterator, List, Sequence

from ..model import Claimant, Document, Figure
from .jsonout import dumps
from .table import table as render_table

JSON_VERSION = 1
ROW_FIELDS = ["path", "line", "col", "text", "kind", "value", "low", "high", "unit", "claimant", "cue", "status"]


def _num(x):
    if x is None:
        return None
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return int(x)
    return x


def claimant_dict(c: Claimant) -> dict:
    return {
        "id": c.id,
        "name": c.name,
        "aliases": list(c.aliases),
        "affiliation": list(c.affiliation),
        "type": c.type,
        "side": c.side,
        "country": c.country,
        "reliability": c.reliability,
        "registered": c.registered,
        "mentions": [m.to_dict() for m in c.mentions],
        "evidence": list(c.evidence),
    }


def figure_dict(f: Figure, doc: Document, statements: dict = None) -> dict:
    if statements is None:
        statements = {s.id: s for s in doc.statements}
    st = statements.get(f.statement) if f.statement else None
    d = {
        "id": f.id,
        "start": f.start,
        "end": f.end,
        "line": f.line,
        "col": f.col,
        "text": f.text,
        "kind": f.kind,
        "value": _num(f.value),
        "low": _num(f.low),
        "high": _num(f.high),
        "hedge": f.hedge,
        "unit": f.unit,
        "tolerance": f.tolerance,
        "claimant": f.claimant,
        "status": f.status,
        "cue": st.cue.to_dict() if st and st.cue else None,
        "source": st.source.to_dict() if st and st.source else None,
        "rule": st.rule if st else None,
        "relays": list(st.relays) if st else [],
        "sentence": f.sentence.to_dict() if f.sentence else None,
        "explanation": list(f.explanation),
    }
    return d


def document_dict(doc: Document) -> dict:
    stmts = {s.id: s for s in doc.statements}
    return {
        "path": doc.path,
        "publisher": doc.publisher,
        "date": None if doc.meta.get("date") is None else str(doc.meta.get("date")),
        "title": doc.meta.get("title"),
        "url": doc.meta.get("url"),
        "claimants": [claimant_dict(c) for c in doc.claimants],
        "figures": [figure_dict(f, doc, stmts) for f in doc.figures],
    }


#: JSON levels laid out one member per line: the top object, the documents, a document, its lists.
JSON_EXPAND = 4


def _json_document(doc: Document) -> str:
    return "    " + dumps(document_dict(doc), JSON_EXPAND - 2, 2)


def _json_pieces(chunks: Sequence[str]) -> Iterator[str]:
    """The scan JSON around per-document chunks (the same bytes as ``dumps`` of the whole object)."""
    yield f'{{\n  "version": {JSON_VERSION},\n  "documents": '
    if not chunks:
        yield "[]"
    for i, c in enumerate(chunks):
        yield ("[\n" if i == 0 else ",\n") + c
    yield "\n  ]\n}\n" if chunks else "\n}\n"


def to_json(docs: List[Document]) -> str:
    return "".join(_json_pieces([_json_document(d) for d in docs]))


def _fmt(x):
    x = _num(x)
    if x is None:
        return ""
    if isinstance(x, int):
        return f"{x:,}"
    return f"{x:,.4g}"


def rows(docs: List[Document], all_kinds: bool = False) -> List[dict]:
    out = []
    for doc in docs:
        out += _doc_rows(doc, all_kinds)
    return out


def _doc_rows(doc: Document, all_kinds: bool) -> List[dict]:
    out = []
    names = {c.id: c.name for c in doc.claimants}
    stmts = {s.id: s for s in doc.statements}
    for f in doc.figures:
        if not all_kinds and not f.is_figure:
            continue
        st = stmts.get(f.statement) if f.statement else None
        out.append({
            "path": doc.path, "line": f.line, "col": f.col, "text": f.text, "kind": f.kind,
            "value": f.value, "low": f.low, "high": f.high, "unit": f.unit or "",
            "claimant": names.get(f.claimant, f.claimant or ""),
            "cue": st.cue.text if st else "", "status": f.status or "",
        })
    return out


TABLE_HEAD = ["where", "figure", "value", "low", "high", "unit", "claimant", "cue", "status"]


def _table_rows(doc: Document, all_kinds: bool) -> List[list]:
    return [[f"{r['path']}:{r['line']}:{r['col']}", r["text"], _fmt(r["value"]), _fmt(r["low"]), _fmt(r["high"]),
             r["unit"], r["claimant"], r["cue"], r["status"]] for r in _doc_rows(doc, all_kinds)]


def _table_join(chunks, fmt: str, explain: bool) -> str:
    table = [r for rs, _ in chunks for r in rs]
    text = render_table(table, TABLE_HEAD, fmt) if table else "no figures found"
    if explain:
        text += "\n\n" + "\n".join(line for _, lines in chunks for line in lines)
    return text + "\n"


def to_table(docs: List[Document], fmt: str = "simple", explain: bool = False, all_kinds: bool = False) -> str:
    return _table_join([(_table_rows(d, all_kinds), _explain_lines(d, all_kinds) if explain else []) for d in docs],
                       fmt, explain)


def _explain_lines(doc: Document, all_kinds: bool) -> List[str]:
    parts = []
    for f in doc.figures:
        if not all_kinds and not f.is_figure:
            continue
        parts.append(f"{doc.path}:{f.line}:{f.col}: {f.text!r} -> {f.status or f.kind}")
        parts += [f"    {step}" for step in f.explanation]
    return parts


def explain_text(docs: List[Document], all_kinds: bool = False) -> str:
    return "\n".join(line for d in docs for line in _explain_lines(d, all_kinds))


def _csv_rows(doc: Document, all_kinds: bool) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ROW_FIELDS, lineterminator="\n")
    for r in _doc_rows(doc, all_kinds):
        w.writerow({k: ("" if r[k] is None else _num(r[k])) for k in ROW_FIELDS})
    return buf.getvalue()


def to_csv(docs: List[Document], all_kinds: bool = False) -> str:
    return ",".join(ROW_FIELDS) + "\n" + "".join(_csv_rows(d, all_kinds) for d in docs)


def to_markdown(docs: List[Document], explain: bool = False, all_kinds: bool = False) -> str:
    return to_table(docs, fmt="github", explain=explain, all_kinds=all_kinds)


# ---- one document at a time (where it was scanned), then joined ----------------------------

def document_chunk(doc: Document, fmt: str, explain: bool = False, all_kinds: bool = False):
    """What one document adds to the ``fmt`` output (small, picklable: made in a ``--jobs`` worker)."""
    if fmt == "json":
        return _json_document(doc)
    if fmt == "csv":
        return _csv_rows(doc, all_kinds)
    return _table_rows(doc, all_kinds), (_explain_lines(doc, all_kinds) if explain else [])


def output_pieces(chunks: Sequence, fmt: str, explain: bool = False) -> Iterator[str]:
    """The whole output from the :func:`document_chunk` of every document, in order, piece by piece
    (JSON and CSV are written as they are joined, never held twice)."""
    if fmt == "json":
        yield from _json_pieces(chunks)
    elif fmt == "csv":
        yield ",".join(ROW_FIELDS) + "\n"
        yield from chunks
    else:
        yield _table_join(chunks, "github" if fmt == "markdown" else "simple", explain)


def join_chunks(chunks: Sequence, fmt: str, explain: bool = False) -> str:
    return "".join(output_pieces(chunks, fmt, explain))


def render(docs: List[Document], fmt: str, explain: bool = False, all_kinds: bool = False) -> str:
    return join_chunks([document_chunk(d, fmt, explain, all_kinds) for d in docs], fmt, explain)
