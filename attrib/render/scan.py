"""Render scanned documents: json, table, csv, markdown (one analysis, many formats)."""
from __future__ import annotations

import csv
import io
import json
from typing import List

from ..model import Claimant, Document, Figure

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
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


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


def to_table(docs: List[Document], fmt: str = "simple", explain: bool = False, all_kinds: bool = False) -> str:
    from tabulate import tabulate

    rs = rows(docs, all_kinds)
    table = [[f"{r['path']}:{r['line']}:{r['col']}", r["text"], _fmt(r["value"]), _fmt(r["low"]), _fmt(r["high"]),
              r["unit"], r["claimant"], r["cue"], r["status"]] for r in rs]
    head = ["where", "figure", "value", "low", "high", "unit", "claimant", "cue", "status"]
    text = tabulate(table, headers=head, tablefmt=fmt, disable_numparse=True) if table else "no figures found"
    if explain:
        text += "\n\n" + explain_text(docs, all_kinds)
    return text + "\n"


def explain_text(docs: List[Document], all_kinds: bool = False) -> str:
    parts = []
    for doc in docs:
        for f in doc.figures:
            if not all_kinds and not f.is_figure:
                continue
            parts.append(f"{doc.path}:{f.line}:{f.col}: {f.text!r} -> {f.status or f.kind}")
            parts += [f"    {step}" for step in f.explanation]
    return "\n".join(parts)


def to_csv(docs: List[Document], all_kinds: bool = False) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ROW_FIELDS, lineterminator="\n")
    w.writeheader()
    for r in rows(docs, all_kinds):
        w.writerow({k: ("" if r[k] is None else _num(r[k])) for k in ROW_FIELDS})
    return buf.getvalue()


def to_markdown(docs: List[Document], explain: bool = False, all_kinds: bool = False) -> str:
    return to_table(docs, fmt="github", explain=explain, all_kinds=all_kinds)


def render(docs: List[Document], fmt: str, explain: bool = False, all_kinds: bool = False) -> str:
    if fmt == "json":
        return to_json(docs)
    if fmt == "csv":
        return to_csv(docs, all_kinds)
    if fmt == "markdown":
        return to_markdown(docs, explain, all_kinds)
    return to_table(docs, explain=explain, all_kinds=all_kinds)
