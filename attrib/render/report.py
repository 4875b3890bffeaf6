"""Render claims: terminal tables (claims by verdict, claimants), JSON, CSV and Markdown."""
from __future__ import annotations

import csv
import io
from typing import List, Optional, Sequence

from ..claims import VERDICTS, Claim, claimant_stats
from ..model import Document
from ..registry import Registry
from .jsonout import dumps
from .scan import JSON_EXPAND, JSON_VERSION, _fmt, document_dict
from .table import table

CSV_FIELDS = ["id", "measure", "verdict", "grade", "value", "figures", "documents", "origins", "relays", "outlets",
              "contradicted_by", "updates", "refs"]


def report_dict(docs: Sequence[Document], claims: Sequence[Claim], registry: Optional[Registry] = None) -> dict:
    """The scan JSON's ``documents`` plus ``claims`` and a ``claimants`` summary."""
    return {
        "version": JSON_VERSION,
        "documents": [document_dict(d) for d in docs],
        "claims": [c.to_dict() for c in claims],
        "claimants": claimant_stats(claims, docs, registry),
    }


def to_json(docs, claims, registry=None) -> str:
    return dumps(report_dict(docs, claims, registry), JSON_EXPAND) + "\n"


def claim_row(c: Claim) -> dict:
    return {
        "id": c.id, "measure": c.measure.label, "verdict": c.verdict, "grade": c.grade,
        "value": c.value, "figures": len(c.members), "documents": len({m.doc.path for m in c.members}),
        "origins": ";".join(c.origins), "relays": ";".join(c.relays), "outlets": ";".join(c.outlets),
        "contradicted_by": ";".join(c.contradicted_by), "updates": ";".join(c.updates),
        "refs": ";".join(f"{m.doc.path}:{m.figure.start}-{m.figure.end}" for m in c.members),
    }


def to_table(docs, claims, registry=None, fmt: str = "simple", explain: bool = False) -> str:
    out: List[str] = []
    for verdict in VERDICTS:
        cs = [c for c in claims if c.verdict == verdict]
        if not cs:
            continue
        rows = []
        for c in cs:
            texts = sorted({m.figure.text for m in c.members})
            rows.append([c.id, c.measure.label, _fmt(c.value), ", ".join(texts)[:40], len(c.members),
                         ", ".join(c.origins) or "-", ", ".join(c.relays) or "-", len(c.outlets), c.grade,
                         ", ".join(c.contradicted_by) or "-"])
        head = ["claim", "measure", "value", "figures as written", "n", "origins", "relays", "outlets", "grade",
                "contradicted by"]
        out.append(f"{verdict} ({len(cs)})")
        out.append(table(rows, head, fmt))
        out.append("")
    if not claims:
        out.append("no claims: no countable figures found")
        out.append("")
    stats = claimant_stats(claims, docs, registry)
    if stats:
        rows = [[s["id"], s["name"], s["reliability"] or "-", s["statements"], s["figures"], s["claims"],
                 "-" if s["corroboration_rate"] is None else f"{s['corroboration_rate']:.0%}", s["contradicted"]]
                for s in stats]
        out.append(f"claimants ({len(stats)})")
        out.append(table(rows, ["claimant", "name", "rel.", "statements", "figures", "claims", "corroborated",
                            "contradicted"], fmt))
        out.append("")
    if explain:
        for c in claims:
            out.append(f"{c.id}: {c.measure.label} -> {c.verdict} {c.grade}")
            out += [f"    {step}" for step in c.explanation]
            for m in c.members:
                out.append(f"    {m.doc.path}:{m.figure.line}:{m.figure.col} {m.figure.text!r} "
                           f"({m.claimant or 'no claimant'})")
                out += [f"        {s}" for s in m.steps]
        out.append("")
    return "\n".join(out)


def to_csv(claims) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for c in claims:
        r = claim_row(c)
        r["value"] = "" if r["value"] is None else (int(r["value"]) if float(r["value"]).is_integer() else r["value"])
        w.writerow(r)
    return buf.getvalue()


def render(docs, claims, fmt: str = "table", registry=None, explain: bool = False) -> str:
    if fmt == "json":
        return to_json(docs, claims, registry)
    if fmt == "csv":
        return to_csv(claims)
    if fmt == "markdown":
        return to_table(docs, claims, registry, fmt="github", explain=explain)
    return to_table(docs, claims, registry, explain=explain)
