"""Render scanned documents: json, table, csv, markdown (one analysis, many formats)."""
from __future__ import annotations

import csv
import io
from typing import Iterable, Iterator, List, Optional

from ..model import Claimant, Document, Figure
from . import dumps
from .amounts import amount, clean, fmt
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


def figure_dict(f: Figure, doc: Document) -> dict:
    st = next((s for s in doc.statements if s.id == f.statement), None) if f.statement else None
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
    return {
        "path": doc.path,
        "publisher": doc.publisher,
        "date": None if doc.meta.get("date") is None else str(doc.meta.get("date")),
        "title": doc.meta.get("title"),
        "url": doc.meta.get("url"),
        "claimants": [claimant_dict(c) for c in doc.claimants],
        "figures": [figure_dict(f, doc) for f in doc.figures],
    }


def to_json(docs: List[Document]) -> str:
    out = {"version": JSON_VERSION, "documents": [document_dict(d) for d in docs]}
    return dumps(out, indent=2) + "\n"


def iter_json(docs: Iterable[Document]) -> Iterator[str]:
    """:func:`to_json`'s bytes, one document at a time (each document is dropped once written)."""
    yield f'{{\n  "version": {JSON_VERSION},\n  "documents": ['
    first = True
    for d in docs:
        body = dumps(document_dict(d), indent=2).replace("\n", "\n    ")
        yield ("\n    " if first else ",\n    ") + body
        first = False
    yield "]\n}\n" if first else "\n  ]\n}\n"


def iter_jsonl(docs: Iterable[Document]) -> Iterator[str]:
    """JSON Lines: one document object per line, compact (``scan --format jsonl``)."""
    for d in docs:
        yield dumps(document_dict(d), separators=(",", ":")) + "\n"


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


def to_table(docs: List[Document], explain: bool = False, all_kinds: bool = False,
             width: Optional[int] = None) -> str:
    """One table for every document, sized to ``width`` (None: the terminal); each file named once
    above its figures, its path relative to the current folder."""
    body: list = []
    for doc in docs:
        rs = rows([doc], all_kinds)
        if rs:
            body.append(Section(f"{shown_path(doc.path)} ({len(rs)} figure{'s' if len(rs) != 1 else ''})"))
            body += [_cells(r) for r in rs]
    text = fit_table(TABLE_COLUMNS, body, width) if body else "no figures found"
    if explain:
        text += "\n\n" + fit_lines(explain_text(docs, all_kinds), width)
    return text + "\n"


def _md(x: str) -> str:
    return str(x).replace("|", "\\|")


def to_markdown(docs: List[Document], explain: bool = False, all_kinds: bool = False) -> str:
    """A GitHub table (no width limit: it is read rendered): file:line:col, figure, amount, unit,
    claimant, cue, status."""
    lines = ["| where | figure | amount | unit | claimant | cue | status |", "|---|---|---|---|---|---|---|"]
    for doc in docs:
        for r in rows([doc], all_kinds):
            c = _cells(r)
            lines.append("| " + " | ".join(_md(x) for x in [f"{shown_path(doc.path)}:{c[0]}"] + c[1:]) + " |")
    text = "\n".join(lines) if len(lines) > 2 else "no figures found"
    if explain:
        text += "\n\n" + "\n".join(f"    {x}" if x else "" for x in explain_text(docs, all_kinds).splitlines())
    return text + "\n"


def explain_text(docs: List[Document], all_kinds: bool = False) -> str:
    parts = []
    for doc in docs:
        for f in doc.figures:
            if not all_kinds and not f.is_figure:
                continue
            parts.append(f"{shown_path(doc.path)}:{f.line}:{f.col}: {f.text!r} -> {f.status or f.kind}")
            parts += [f"    {step}" for step in f.explanation]
    return "\n".join(parts)


def iter_csv(docs: Iterable[Document], all_kinds: bool = False, explain: bool = False) -> Iterator[str]:
    """:func:`to_csv`'s text, one document at a time."""
    buf = io.StringIO()
    fields = ROW_FIELDS + (["rule", "explanation"] if explain else [])
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    for d in docs:
        for r in rows([d], all_kinds, explain):
            w.writerow({k: ("" if r[k] is None else r[k]) for k in fields})
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    yield buf.getvalue()


def to_csv(docs: List[Document], all_kinds: bool = False, explain: bool = False) -> str:
    """One row per figure; with ``explain``, also its rule and its explanation steps (joined by ' | ')."""
    return "".join(iter_csv(docs, all_kinds, explain))


STREAMED = ("json", "jsonl", "csv")


def iter_render(docs: Iterable[Document], fmt: str, explain: bool = False, all_kinds: bool = False,
                width: Optional[int] = None) -> Iterator[str]:
    """The output of ``attrib scan`` in chunks: json, jsonl and csv as each document comes (flat
    memory over an archive); table and markdown need every row for their column widths."""
    if fmt == "json":
        return iter_json(docs)
    if fmt == "jsonl":
        return iter_jsonl(docs)
    if fmt == "csv":
        return iter_csv(docs, all_kinds, explain)
    return iter([render(list(docs), fmt, explain=explain, all_kinds=all_kinds, width=width)])


def render(docs: List[Document], fmt: str, explain: bool = False, all_kinds: bool = False,
           width: Optional[int] = None) -> str:
    if fmt == "json":
        return to_json(docs)
    if fmt == "jsonl":
        return "".join(iter_jsonl(docs))
    if fmt == "csv":
        return to_csv(docs, all_kinds, explain)
    if fmt == "markdown":
        return to_markdown(docs, explain, all_kinds)
    return to_table(docs, explain=explain, all_kinds=all_kinds, width=width)
