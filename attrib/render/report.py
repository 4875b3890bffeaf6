"""Render claims: terminal tables (claims by verdict, claimants), JSON, CSV and Markdown."""
from __future__ import annotations

import csv
import io
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List, Optional, Sequence, Tuple

from ..claims import VERDICTS, Claim, claimant_stats
from ..model import Document
from ..registry import Registry
from .amounts import Number, amount, clean
from .jsonout import dumps
from .scan import JSON_EXPAND, JSON_VERSION, document_dict
from .table import Column, fit_lines, fit_table, shown_path

CSV_FIELDS = ["id", "measure", "verdict", "grade", "value", "low", "high", "figures", "documents", "origins",
              "relays", "outlets", "contradicted_by", "updates", "refs"]


def claim_numbers(c: Claim) -> Tuple[Optional[Number], Optional[Number], Optional[Number]]:
    """(value, low, high) of a claim as its figures were written: the median of the values written
    (None when every figure is a vague amount such as 'hundreds': no midpoint is invented) and the
    span of the figures' own intervals (None for an open end: 'more than 20,000')."""
    vals = sorted(m.figure.value for m in c.members if m.figure.value is not None)
    lows = [m.figure.low for m in c.members]
    highs = [m.figure.high for m in c.members]
    lo = None if not lows or None in lows else min(lows)
    hi = None if not highs or None in highs else max(highs)
    return (clean(vals[len(vals) // 2]) if vals else None, clean(lo), clean(hi))


def claim_dict(c: Claim) -> dict:
    d = c.to_dict()
    d["value"], d["low"], d["high"] = claim_numbers(c)
    return d


def report_dict(docs: Sequence[Document], claims: Sequence[Claim], registry: Optional[Registry] = None) -> dict:
    """The scan JSON's ``documents`` plus ``claims`` and a ``claimants`` summary."""
    return {
        "version": JSON_VERSION,
        "documents": [document_dict(d) for d in docs],
        "claims": [claim_dict(c) for c in claims],
        "claimants": claimant_stats(claims, docs, registry),
    }


def to_json(docs, claims, registry=None) -> str:
    d = report_dict(docs, claims, registry)
    # documents laid out as scan lays them out; a claim's or claimant's fields one a line, each compact
    parts = [f'  "version": {d["version"]}', '  "documents": ' + dumps(d["documents"], JSON_EXPAND - 1, 1),
             '  "claims": ' + dumps(d["claims"], 2, 1), '  "claimants": ' + dumps(d["claimants"], 2, 1)]
    return "{\n" + ",\n".join(parts) + "\n}\n"


def claim_row(c: Claim) -> dict:
    value, low, high = claim_numbers(c)
    return {
        "id": c.id, "measure": c.measure.label, "verdict": c.verdict, "grade": c.grade,
        "value": value, "low": low, "high": high, "figures": len(c.members),
        "documents": len({m.doc.path for m in c.members}),
        "origins": ";".join(c.origins), "relays": ";".join(c.relays), "outlets": ";".join(c.outlets),
        "contradicted_by": ";".join(c.contradicted_by), "updates": ";".join(c.updates),
        "refs": ";".join(f"{shown_path(m.doc.path)}:{m.figure.start}-{m.figure.end}" for m in c.members),
    }


CLAIM_COLUMNS = [Column("claim", wrap=False), Column("measure", min=10), Column("event", min=10),
                 Column("amount", min=13),
                 Column("figures as written", min=12), Column("n", wrap=False, right=True),
                 Column("origins (via relays)", min=12), Column("out", wrap=False, right=True),
                 Column("grade", wrap=False)]
LINK_COLUMNS = [Column("claim", wrap=False), Column("amount", min=13), Column("", wrap=False),
                Column("claim", wrap=False), Column("amount", min=13), Column("measure", min=10)]
CLAIMANT_COLUMNS = [Column("claimant", min=12), Column("name", min=12), Column("rel.", wrap=False),
                    Column("stmts", wrap=False, right=True), Column("figs", wrap=False, right=True),
                    Column("claims", wrap=False, right=True), Column("corrob.", wrap=False, right=True),
                    Column("contra.", wrap=False, right=True)]


def _claim_cells(c: Claim) -> List[str]:
    value, low, high = claim_numbers(c)
    texts = sorted({m.figure.text for m in c.members})
    origins = ", ".join(c.origins) or "-"
    if c.relays:
        origins += " via " + ", ".join(c.relays)
    return [c.id, c.measure.label, event_label(c), amount(value, low, high), ", ".join(texts), str(len(c.members)),
            origins, str(len(c.outlets)), c.grade]


def event_label(c: Claim) -> str:
    """Where and when the claim's event happened: "vell 2026-03-02" (its story's place and first date; a "+"
    when its documents run over several days)."""
    ev = c.event
    if ev is None:
        return "-"
    when = ev.first.isoformat() + ("+" if ev.last and ev.last != ev.first else "") if ev.first else "undated"
    return f"{ev.place or '-'} {when}"


def _links(claims) -> List[Tuple[str, List[List[str]]]]:
    """The contradictions (each pair once) and updates between claims, as rows."""
    by_id = {c.id: c for c in claims}

    def amt(c: Claim) -> str:
        return amount(*claim_numbers(c))

    out = []
    for what, verb, attr in (("contradictions", "contradicts", "contradicted_by"), ("updates", "updates", "updates")):
        rows = []
        for c in claims:
            for other_id in getattr(c, attr):
                o = by_id.get(other_id)
                if o is None or (attr == "contradicted_by" and other_id < c.id):
                    continue
                rows.append([c.id, amt(c), verb, o.id, amt(o), c.measure.label])
        if rows:
            out.append((what, rows))
    return out


def to_table(docs, claims, registry=None, explain: bool = False, width: Optional[int] = None) -> str:
    """Claims by verdict, then the claimants: tables sized to ``width`` (None: the terminal)."""
    out: List[str] = []
    for verdict in VERDICTS:
        cs = [c for c in claims if c.verdict == verdict]
        if not cs:
            continue
        out.append(f"{verdict} ({len(cs)})")
        out.append(fit_table(CLAIM_COLUMNS, [_claim_cells(c) for c in cs], width))
        out.append("")
    for what, rows in _links(claims):
        out.append(f"{what} ({len(rows)})")
        out.append(fit_table(LINK_COLUMNS, rows, width))
        out.append("")
    if not claims:
        out.append("no claims: no countable figures found")
        out.append("")
    stats = claimant_stats(claims, docs, registry)
    if stats:
        rows = [[s["id"], s["name"], s["reliability"] or "-", str(s["statements"]), str(s["figures"]),
                 str(s["claims"]), "-" if s["corroboration_rate"] is None else f"{s['corroboration_rate']:.0%}",
                 str(s["contradicted"])] for s in stats]
        out.append(f"claimants ({len(stats)})")
        out.append(fit_table(CLAIMANT_COLUMNS, rows, width))
        out.append("")
    if explain:
        out.append(fit_lines(explain_text(claims, stats), width))
        out.append("")
    return "\n".join(out)


def explain_text(claims, stats=None) -> str:
    out: List[str] = []
    for st in stats or ():
        if st.get("same_body_as"):
            out.append(f"{st['id']}: one body with {', '.join(st['same_body_as'])}, written as "
                       + "; ".join(f"{f['text']!r} ({shown_path(f['path'])}:{f['line']})" for f in st["forms"])
                       + " [origin-same-body]")
    for c in claims:
        out.append(f"{c.id}: {c.measure.label} -> {c.verdict} {c.grade}")
        ev = c.event
        if ev is not None:
            out.append(f"    event {ev.id}: {ev.title!r}, {ev.place or 'place unknown'}, {ev.date_label}, "
                       f"{len(ev.paths)} document(s)")
        out += [f"    {step}" for step in c.explanation]
        for m in c.members:
            out.append(f"    {shown_path(m.doc.path)}:{m.figure.line}:{m.figure.col} {m.figure.text!r} "
                       f"({m.claimant or 'no claimant'})")
            if ev is not None and m.doc.path in ev.joined:
                out.append(f"        its document joined the event: {ev.joined[m.doc.path]} [event-story]")
            if m.date_note and m.date is not None:
                out.append(f"        dated {m.date.isoformat()} by {m.date_note!r} in its sentence [event-date]")
            out += [f"        {s}" for s in m.steps]
    return "\n".join(out)


def _md(x) -> str:
    return str(x).replace("|", "\\|")


def to_markdown(docs, claims, registry=None, explain: bool = False) -> str:
    """GitHub tables (no width limit), one per verdict, then the claimants."""
    out: List[str] = []
    for verdict in VERDICTS:
        cs = [c for c in claims if c.verdict == verdict]
        if cs:
            out += [f"### {verdict} ({len(cs)})", "", "| " + " | ".join(c.header for c in CLAIM_COLUMNS) + " |",
                    "|" + "---|" * len(CLAIM_COLUMNS)]
            out += ["| " + " | ".join(_md(x) for x in _claim_cells(c)) + " |" for c in cs]
            out.append("")
    for what, rows in _links(claims):
        out += [f"### {what} ({len(rows)})", "", "| " + " | ".join(c.header for c in LINK_COLUMNS) + " |",
                "|" + "---|" * len(LINK_COLUMNS)]
        out += ["| " + " | ".join(_md(x) for x in r) + " |" for r in rows]
        out.append("")
    if not claims:
        out += ["no claims: no countable figures found", ""]
    if explain:
        out += ["    " + x if x else "" for x in explain_text(claims).splitlines()]
        out.append("")
    return "\n".join(out)


def to_csv(claims, explain: bool = False) -> str:
    """One row per claim; with ``explain``, also the steps behind its measure, verdict and grade."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS + (["explanation"] if explain else []), lineterminator="\n")
    w.writeheader()
    for c in claims:
        r = claim_row(c)
        if explain:
            r["explanation"] = " | ".join(x.strip() for x in c.explanation)
        w.writerow({k: ("" if v is None else v) for k, v in r.items()})
    return buf.getvalue()


def render(docs, claims, fmt: str = "table", registry=None, explain: bool = False, width: Optional[int] = None) -> str:
    if fmt == "json":
        return to_json(docs, claims, registry)
    if fmt == "csv":
        return to_csv(claims, explain)
    if fmt == "markdown":
        return to_markdown(docs, claims, registry, explain=explain)
    return to_table(docs, claims, registry, explain=explain, width=width)
