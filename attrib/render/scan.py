"""Render scanned documents: json, table, csv, markdown (one analysis, many formats)."""
from __future__ import annotations

import csv
import io
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Iterable, Iterator, List, Optional, Sequence

from ..model import Claimant, Document, Figure
from .amounts import amount, clean, fmt
from . import dumps as strict_dumps
from .jsonout import dumps
from .table import Column, Section, fit_lines, fit_table, shown_path

JSON_VERSION = 1
ROW_FIELDS = ["path", "line", "col", "text", "kind", "value", "low", "high", "unit", "claimant", "cue", "status"]


_num = clean  # numbers as written: no float artefacts in JSON either


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


def figure_dict(f: Figure, doc: Document, statements: Optional[dict] = None) -> dict:
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
        "unit_written": f.unit_written,
        "unit_canonical": f.unit_canonical,
        "dimension": f.dimension,
        "change": f.change,
        "currency": f.currency,
        "base": dict(f.base) if f.base else None,
        "restates": f.restates,
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


def _json_pieces(chunks: Iterable[str]) -> Iterator[str]:
    """The scan JSON around per-document chunks (the same bytes as ``dumps`` of the whole object)."""
    yield f'{{\n  "version": {JSON_VERSION},\n  "documents": '
    first = True
    for c in chunks:
        yield ("[\n" if first else ",\n") + c
        first = False
    yield "[]\n}\n" if first else "\n  ]\n}\n"


def _jsonl_line(doc: Document) -> str:
    """JSON Lines: one document object per line, compact (``scan --format jsonl``)."""
    return strict_dumps(document_dict(doc), separators=(",", ":")) + "\n"


def to_json(docs: List[Document]) -> str:
    return "".join(_json_pieces([_json_document(d) for d in docs]))


def _fmt(x):
    return fmt(x)


def rows(docs: List[Document], all_kinds: bool = False, explain: bool = False) -> List[dict]:
    out = []
    for doc in docs:
        names = {c.id: c.name for c in doc.claimants}
        stmts = {s.id: s for s in doc.statements}
        for f in doc.figures:
            if not all_kinds and not f.is_figure:
                continue
            st = stmts.get(f.statement) if f.statement else None
            out.append({
                "path": doc.path, "line": f.line, "col": f.col, "text": f.text, "kind": f.kind,
                "value": clean(f.value), "low": clean(f.low), "high": clean(f.high), "unit": f.unit or "",
                "claimant": names.get(f.claimant, f.claimant or ""),
                "cue": st.cue.text if st else "", "status": f.status or "",
            })
            if explain:
                out[-1]["rule"] = st.rule if st else ""
                out[-1]["explanation"] = " | ".join(x.strip() for x in f.explanation)
    return out


TABLE_COLUMNS = [Column("line:col", wrap=False), Column("figure", min=10), Column("amount", min=13),
                 Column("unit", min=6), Column("claimant", min=10), Column("cue", min=5),
                 Column("status", wrap=False)]


def _cells(r: dict) -> List[str]:
    return [f"{r['line']}:{r['col']}", r["text"], amount(r["value"], r["low"], r["high"]), r["unit"],
            r["claimant"], r["cue"], r["status"] or r["kind"]]


def _table_body(doc: Document, all_kinds: bool) -> list:
    rs = rows([doc], all_kinds)
    if not rs:
        return []
    return [Section(f"{shown_path(doc.path)} ({len(rs)} figure{'s' if len(rs) != 1 else ''})")] + [_cells(r) for r in rs]


def _table_join(chunks, explain: bool, width: Optional[int]) -> str:
    body = [row for rs, _ in chunks for row in rs]
    text = fit_table(TABLE_COLUMNS, body, width) if body else "no figures found"
    if explain:
        text += "\n\n" + fit_lines("\n".join(line for _, lines in chunks for line in lines), width)
    return text + "\n"


def to_table(docs: List[Document], explain: bool = False, all_kinds: bool = False,
             width: Optional[int] = None) -> str:
    """One table for every document, sized to ``width`` (None: the terminal); each file named once
    above its figures, its path relative to the current folder."""
    return _table_join([document_chunk(d, "table", explain, all_kinds) for d in docs], explain, width)


def _md(x: str) -> str:
    return str(x).replace("|", "\\|")


def _markdown_lines(doc: Document, all_kinds: bool) -> List[str]:
    out = []
    for r in rows([doc], all_kinds):
        c = _cells(r)
        out.append("| " + " | ".join(_md(x) for x in [f"{shown_path(doc.path)}:{c[0]}"] + c[1:]) + " |")
    return out


def _markdown_join(chunks, explain: bool) -> str:
    lines = ["| where | figure | amount | unit | claimant | cue | status |", "|---|---|---|---|---|---|---|"]
    lines += [line for ls, _ in chunks for line in ls]
    text = "\n".join(lines) if len(lines) > 2 else "no figures found"
    if explain:
        text += "\n\n" + "\n".join(f"    {x}" if x else "" for x in
                                    "\n".join(line for _, ls in chunks for line in ls).splitlines())
    return text + "\n"


def to_markdown(docs: List[Document], explain: bool = False, all_kinds: bool = False) -> str:
    """A GitHub table (no width limit: it is read rendered): file:line:col, figure, amount, unit,
    claimant, cue, status."""
    return _markdown_join([document_chunk(d, "markdown", explain, all_kinds) for d in docs], explain)


def _explain_lines(doc: Document, all_kinds: bool) -> List[str]:
    parts = []
    for f in doc.figures:
        if not all_kinds and not f.is_figure:
            continue
        parts.append(f"{shown_path(doc.path)}:{f.line}:{f.col}: {f.text!r} -> {f.status or f.kind}")
        parts += [f"    {step}" for step in f.explanation]
    return parts


def explain_text(docs: List[Document], all_kinds: bool = False) -> str:
    return "\n".join(line for d in docs for line in _explain_lines(d, all_kinds))


def _csv_fields(explain: bool) -> List[str]:
    return ROW_FIELDS + (["rule", "explanation"] if explain else [])


def _csv_rows(doc: Document, all_kinds: bool, explain: bool) -> str:
    buf = io.StringIO()
    fields = _csv_fields(explain)
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    for r in rows([doc], all_kinds, explain):
        w.writerow({k: ("" if r[k] is None else r[k]) for k in fields})
    return buf.getvalue()


def to_csv(docs: List[Document], all_kinds: bool = False, explain: bool = False) -> str:
    """One row per figure; with ``explain``, also its rule and its explanation steps (joined by ' | ')."""
    return "".join(output_pieces([_csv_rows(d, all_kinds, explain) for d in docs], "csv", explain))


# ---- one document at a time (where it was scanned), then joined ----------------------------

def document_chunk(doc: Document, fmt: str, explain: bool = False, all_kinds: bool = False):
    """What one document adds to the ``fmt`` output (small, picklable: made in a ``--jobs`` worker)."""
    if fmt == "json":
        return _json_document(doc)
    if fmt == "jsonl":
        return _jsonl_line(doc)
    if fmt == "csv":
        return _csv_rows(doc, all_kinds, explain)
    lines = _explain_lines(doc, all_kinds) if explain else []
    if fmt == "markdown":
        return _markdown_lines(doc, all_kinds), lines
    return _table_body(doc, all_kinds), lines


STREAMED = ("json", "jsonl", "csv")


def output_pieces(chunks: Iterable, fmt: str, explain: bool = False, width: Optional[int] = None) -> Iterator[str]:
    """The whole output from the :func:`document_chunk` of every document, in order, piece by piece:
    json, jsonl and csv as each chunk comes (flat memory over an archive); table and markdown need
    every row for their column widths."""
    if fmt == "json":
        yield from _json_pieces(chunks)
    elif fmt == "jsonl":
        yield from chunks
    elif fmt == "csv":
        buf = io.StringIO()
        csv.DictWriter(buf, fieldnames=_csv_fields(explain), lineterminator="\n").writeheader()
        yield buf.getvalue()
        yield from chunks
    elif fmt == "markdown":
        yield _markdown_join(list(chunks), explain)
    else:
        yield _table_join(list(chunks), explain, width)


def iter_render(docs: Iterable[Document], fmt: str, explain: bool = False, all_kinds: bool = False,
                width: Optional[int] = None) -> Iterator[str]:
    """The output of ``attrib scan`` in pieces, each document rendered as it comes (see :func:`output_pieces`)."""
    return output_pieces((document_chunk(d, fmt, explain, all_kinds) for d in docs), fmt, explain, width)


def render(docs: List[Document], fmt: str, explain: bool = False, all_kinds: bool = False,
           width: Optional[int] = None) -> str:
    chunks = [document_chunk(d, fmt, explain, all_kinds) for d in docs]
    return "".join(output_pieces(chunks, fmt, explain, width))
