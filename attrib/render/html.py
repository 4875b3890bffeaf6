"""The HTML report: one self-contained page (no script, no CDN, no font or image to fetch) that opens
offline in any browser.

It holds, in order: a summary; **the claim graph drawn** as inline SVG (claimants and relays on the
left, the claims they stand behind on the right, contradictions and updates as arcs; the layout is
computed here, deterministically); the claims by verdict with their grade, amount, origins, relays,
outlets, contradictions and updates; a panel per claimant; and every article with its figures
highlighted by status, by colour *and* by a label, each figure's claimant, cue, rule, explanation and
claim shown on hover or on click (keyboard focus too).
"""
from __future__ import annotations

import hashlib
import html
import re
from collections import defaultdict
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Sequence, Tuple

from ..claims import VERDICTS, Claim, Origins, claimant_stats
from ..model import Document
from .amounts import amount
from .report import claim_numbers
from .style import STATUS_COLOURS, VERDICT_COLOURS
from .table import shown_path

E = html.escape


def _h(s: str, n: int = 10) -> str:
    return hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def doc_anchor(doc: Document) -> str:
    return "doc-" + _h(doc.path)


def fig_anchor(doc: Document, start: int, end: int) -> str:
    return f"fig-{_h(doc.path)}-{start}-{end}"


def claimant_anchor(cid: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", cid).strip("-")[:40]
    return f"cl-{slug}-{_h(cid, 6)}"


CSS = """
:root{--ink:#1a202c;--muted:#4a5568;--line:#e2e8f0;--bg:#fff;--panel:#f7fafc}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);
background:var(--bg);margin:0}
header,main{max-width:1200px;margin:0 auto;padding:0 1.2rem}
header{padding-top:1rem;border-bottom:1px solid var(--line)}
h1{font-size:1.5rem;margin:.3rem 0}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
nav a{margin-right:1rem}a{color:#2b6cb0}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.9rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
th{background:var(--panel)}
table.claims code{white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:0 .4em;border-radius:.3em;color:#fff;font-size:.78rem;font-weight:600;
white-space:nowrap}
.v-corroborated{background:#2f855a}.v-single-sourced{background:#c05621}.v-unsourced{background:#c53030}
.legend span{margin-right:1rem;white-space:nowrap}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:50%;vertical-align:-.1em;margin-right:.3em}
.graph{overflow:auto;border:1px solid var(--line);background:#fff}
.graph svg{display:block}
.graph text{font:12px system-ui,Helvetica,Arial,sans-serif;fill:#1a202c}
.graph .edge{fill:none;stroke-opacity:.55}
.graph a:hover text,.graph a:focus text{font-weight:700}
details.claimant{border:1px solid var(--line);border-radius:.4rem;margin:.4rem 0;padding:.3rem .7rem;
background:var(--panel)}
details.claimant summary{cursor:pointer;font-weight:600}
details.claimant:target{outline:3px solid #90cdf4}
tr:target{outline:3px solid #90cdf4}
article.doc{border-top:1px solid var(--line);padding-top:.5rem}
article.doc p{max-width:52rem}
mark.fig{position:relative;border-radius:.25em;padding:0 .15em;cursor:pointer;outline:none;color:inherit;
border-bottom:3px solid}
mark.fig:target{box-shadow:0 0 0 3px #90cdf4}
mark.s-attributed{background:#c6f6d5;border-color:#2f855a}
mark.s-vague{background:#fefcbf;border-color:#b7791f}
mark.s-unsourced{background:#fed7d7;border-color:#c53030}
mark.fig .tag{font-size:.68rem;font-weight:700;text-transform:uppercase;letter-spacing:.03em;margin-left:.25em;
vertical-align:.15em}
mark.s-attributed .tag{color:#22543d}mark.s-vague .tag{color:#744210}mark.s-unsourced .tag{color:#742a2a}
mark.fig .tip{display:none;position:absolute;left:0;top:1.6em;z-index:10;width:26rem;max-width:80vw;
background:#fff;border:1px solid #a0aec0;border-radius:.4rem;box-shadow:0 4px 14px rgba(0,0,0,.18);
padding:.5rem .7rem;font-size:.82rem;line-height:1.35;font-weight:400;white-space:normal;cursor:auto}
mark.fig:hover .tip,mark.fig:focus .tip,mark.fig:focus-within .tip,mark.fig:target .tip{display:block}
.tip b{font-weight:600}.tip .step{display:block;color:var(--muted);padding-left:.8em;text-indent:-.8em}
.tip .row{display:block}
"""


def _status_label(status: Optional[str]) -> str:
    return status or "unsourced"


class _Index:
    """Who is who, and which figure belongs to which claim."""

    def __init__(self, docs: Sequence[Document], claims: Sequence[Claim], registry=None):
        self.docs = docs
        self.claims = claims
        self.origins = Origins(docs, registry)
        self.stats = {s["id"]: s for s in claimant_stats(claims, docs, registry)}
        self.claim_of: Dict[Tuple[str, int, int], Claim] = {}
        for c in claims:
            for m in c.members:
                self.claim_of[(m.doc.path, m.figure.start, m.figure.end)] = c
        self.by_id = {c.id: c for c in claims}
        self.info: Dict[str, object] = {}
        for d in docs:
            for cl in d.claimants:
                self.info.setdefault(cl.id, cl)

    def name(self, cid: Optional[str]) -> str:
        if not cid:
            return ""
        c = self.info.get(cid)
        return getattr(c, "name", None) or self.origins.name(cid) or cid


# ---- the graph ---------------------------------------------------------------------------------

def graph_layout(ix: _Index):
    """Nodes (id -> (kind, label, column, row, column size)), edges ((u, v, kind, weight)) of the drawn graph.

    Three columns: relays that are no origin of any claim, claimants that stand behind claims, and
    the claims (those with a claimant). Within a column nodes are ordered by the barycentre of their
    neighbours in the other columns (six sweeps each way, ties by name), so lines cross little: the
    classic layered (Sugiyama) drawing. Deterministic: no randomness, sorted ties; computed here,
    without numpy. Pixel positions: :func:`_positions`.
    """
    claims = [c for c in ix.claims if any(m.claimant for m in c.members)]
    behind: Dict[str, Dict[str, int]] = defaultdict(dict)  # claimant -> claim -> figures
    for c in claims:
        for m in c.members:
            if m.claimant:
                behind[m.claimant][c.id] = behind[m.claimant].get(c.id, 0) + 1
    relays: Dict[Tuple[str, str], int] = defaultdict(int)  # (relay, next in chain) -> times
    for c in claims:
        for m in c.members:
            chain = [r for r in m.relays if r and r != m.claimant] + ([m.claimant] if m.claimant else [])
            for a, b in zip(chain, chain[1:]):
                if a != b:
                    relays[(a, b)] += 1
    origins = sorted(behind)
    relay_only = sorted({a for a, _ in relays} - set(origins))
    layers = [relay_only, origins, [c.id for c in claims]] if relay_only else [origins, [c.id for c in claims]]
    nbrs: Dict[str, List[str]] = defaultdict(list)
    for cid, cs in behind.items():
        for k in cs:
            nbrs[cid].append(k)
            nbrs[k].append(cid)
    for a, b in relays:
        nbrs[a].append(b)
        nbrs[b].append(a)
    label = {c.id: c.measure.label for c in claims}
    label.update({cid: ix.name(cid) for cid in origins + relay_only})
    order = [sorted(layer, key=lambda n: (label[n].lower(), n)) for layer in layers]
    for _ in range(6):  # barycentre sweeps, right then left
        for li in list(range(1, len(order))) + list(range(len(order) - 2, -1, -1)):
            pos = {n: i for layer in order for i, n in enumerate(layer)}
            here = set(order[li])

            def bary(n, here=here):
                ps = [pos[m] for m in nbrs[n] if m in pos and m not in here]
                return (sum(ps) / len(ps) if ps else float("inf"), label[n].lower(), n)
            order[li] = sorted(order[li], key=bary)
    nodes = {}
    tallest = max((len(layer) for layer in order), default=0)
    for li, layer in enumerate(order):
        for i, n in enumerate(layer):
            kind = "claim" if li == len(order) - 1 else ("relay" if relay_only and li == 0 else "claimant")
            nodes[n] = (kind, label[n], li, i, len(layer))
    edges = []
    for cid in origins:
        for k, w in sorted(behind[cid].items()):
            edges.append((cid, k, "claims", w))
    for (a, b), w in sorted(relays.items()):
        edges.append((a, b, "relays", w))
    shown = {c.id for c in claims}
    for c in claims:
        for o in c.contradicted_by:
            if o in shown and c.id < o:
                edges.append((c.id, o, "contradicts", 1))
        for o in c.updates:
            if o in shown:
                edges.append((c.id, o, "updates", 1))
    return nodes, edges, len(order), tallest


EDGE_COLOURS = {"claims": "#4a5568", "relays": "#805ad5", "contradicts": "#c53030", "updates": "#3182ce"}
ROW = 22
LABEL_W = 320  # room for a claim's label right of its node
CHAR_W = 6.6  # the mean width of a character of the 12px labels


def graph_svg(ix: _Index) -> str:
    nodes, edges, ncols, tallest = graph_layout(ix)
    if not nodes:
        return '<p class="muted">No claim has a claimant: there is nothing to draw.</p>'
    col_x = {3: [215, 490, 740], 2: [250, 540]}[ncols]  # room for 30 characters left of a node
    width = col_x[-1] + LABEL_W + 90
    height = tallest * ROW + 60
    xy = _positions(nodes, edges, ncols, tallest, col_x)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="claim graph" id="claim-graph">']
    heads = "".join(f'<marker id="arrow-{k}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" '
                    f'markerHeight="9" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{c}"/></marker>'
                    for k, c in EDGE_COLOURS.items())
    out.append(f"<defs>{heads}</defs>")
    heads_y = 16
    titles = ["relays", "claimants", "claims"] if ncols == 3 else ["claimants", "claims"]
    for x, t in zip(col_x, titles):
        out.append(f'<text x="{x}" y="{heads_y}" text-anchor="middle" font-weight="700">{t}</text>')
    out.append('<g class="edges">')
    for u, v, kind, w in edges:
        (x1, y1), (x2, y2) = xy[u], xy[v]
        colour = EDGE_COLOURS[kind]
        sw = min(1.0 + (w - 1) * 0.8, 5.0)
        dash = ' stroke-dasharray="5 3"' if kind in ("contradicts", "updates") else ""
        if x1 == x2:  # within a column: an arc to the right (of the claims' labels, for claims)
            if kind in ("contradicts", "updates"):  # just right of the longer of the two labels
                x1 = x2 = x1 + 20 + CHAR_W * max(len(_claim_label(ix.by_id[u])), len(_claim_label(ix.by_id[v])))
            cx = x1 + 30 + min(abs(y2 - y1) * 0.12, 60)
            d = f"M{x1:.1f},{y1:.1f} C{cx:.1f},{y1:.1f} {cx:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"
        else:
            if kind == "relays":  # into the start of the claimant's label, which lies left of its node
                x2 -= 16 + CHAR_W * len(_clip(nodes[v][1], 30))
            mx = (x1 + x2) / 2
            d = f"M{x1 + 7:.1f},{y1:.1f} C{mx:.1f},{y1:.1f} {mx:.1f},{y2:.1f} {x2 - 8:.1f},{y2:.1f}"
        marker = "" if kind == "contradicts" else f' marker-end="url(#arrow-{kind})"'
        out.append(f'<path class="edge e-{kind}" d="{d}" stroke="{colour}" stroke-width="{sw:.1f}"{dash}{marker}>'
                   f'<title>{E(ix.name(u) if kind != "contradicts" else u)} {kind} '
                   f'{E(v)}{"" if w == 1 else f" ({w} figures)" if kind == "claims" else f" ({w}×)"}</title></path>')
    out.append("</g>")
    out.append('<g class="nodes">')
    for n in sorted(nodes, key=lambda n: (nodes[n][2], nodes[n][3])):
        kind, lab, li, _i, _ = nodes[n]
        x, y = xy[n]
        if kind == "claim":
            c = ix.by_id[n]
            fill = VERDICT_COLOURS.get(c.verdict, "#718096")
            text = f"{lab} · {amount(*claim_numbers(c))} · {c.verdict} {c.grade}"
            short = _claim_label(c)
            shape = (f'<rect x="{x - 6}" y="{y - 6}" width="12" height="12" transform="rotate(45 {x} {y})" '
                     f'fill="{fill}"/>')
            label_svg = f'<text x="{x + 12}" y="{y + 4}">{E(short)}</text>'
            href, title = f"#{n}", f"{n}: {text}"
        else:
            fill = "#805ad5" if kind == "relay" else "#2b6cb0"
            shape = f'<circle cx="{x}" cy="{y}" r="6" fill="{fill}"/>'
            label_svg = f'<text x="{x - 11}" y="{y + 4}" text-anchor="end">{E(_clip(lab, 30))}</text>'
            href, title = f"#{claimant_anchor(n)}", f"{lab} ({n})"
        out.append(f'<a href="{href}" class="node n-{kind}" data-id="{E(n, True)}"><title>{E(title)}</title>'
                   f"{shape}{label_svg}</a>")
    out.append("</g></svg>")
    return "".join(out)


def _positions(nodes, edges, ncols: int, tallest: int, col_x: List[int]) -> Dict[str, Tuple[float, float]]:
    """Pixel positions: the tallest column evenly spaced; every other column from right to left, each
    node at the mean height of its neighbours in the column to its right, pushed apart to one row."""
    top, bottom = 34.0, 34.0 + (tallest - 1) * ROW
    cols: Dict[int, List[str]] = defaultdict(list)
    for n in sorted(nodes, key=lambda n: (nodes[n][2], nodes[n][3])):
        cols[nodes[n][2]].append(n)
    nbrs: Dict[str, List[str]] = defaultdict(list)
    for u, v, _k, _w in edges:
        nbrs[u].append(v)
        nbrs[v].append(u)
    y: Dict[str, float] = {}
    last = ncols - 1
    for i, n in enumerate(cols[last]):
        count = len(cols[last])
        y[n] = top + (tallest - count) * ROW / 2 + i * ROW
    for li in range(last - 1, -1, -1):
        want = []
        for n in cols[li]:
            ys = [y[m] for m in nbrs[n] if m in y and nodes[m][2] > li]
            want.append((sum(ys) / len(ys) if ys else (top + bottom) / 2, nodes[n][3], n))
        want.sort()
        placed: List[float] = []
        for target, _i, _n in want:  # downwards: at least a row below the one before
            placed.append(max(target, placed[-1] + ROW) if placed else max(target, top))
        for k in range(len(placed) - 1, -1, -1):  # upwards: inside the drawing
            limit = bottom if k == len(placed) - 1 else placed[k + 1] - ROW
            placed[k] = min(placed[k], limit)
        for (_t, _i, n), yy in zip(want, placed):
            y[n] = yy
    return {n: (col_x[nodes[n][2]], y[n]) for n in nodes}


def _claim_label(c: Claim) -> str:
    """A claim's label in the graph: measure, amount, grade (its colour says the verdict)."""
    return f"{_clip(c.measure.label, 32)} · {_clip(amount(*claim_numbers(c)), 20)} · {c.grade}"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "\u2026"


# ---- sections ----------------------------------------------------------------------------------

def _claim_link(cid: str) -> str:
    return f'<a href="#{E(cid, True)}">{E(cid)}</a>'


def _claimant_link(ix: _Index, cid: str) -> str:
    return f'<a href="#{claimant_anchor(cid)}">{E(ix.name(cid))}</a>'


def _claims_section(ix: _Index) -> str:
    out = ['<section id="claims"><h2>Claims</h2>']
    if not ix.claims:
        out.append('<p class="muted">No claims: no countable figures found.</p>')
    for verdict in VERDICTS:
        cs = [c for c in ix.claims if c.verdict == verdict]
        if not cs:
            continue
        out.append(f'<h3><span class="badge v-{verdict}">{verdict}</span> {len(cs)} claim{"s" * (len(cs) != 1)}</h3>')
        out.append('<table class="claims"><thead><tr><th>claim</th><th>measure</th><th>amount</th><th>grade</th>'
                   '<th>figures as written</th><th>origins</th><th>relays</th><th>outlets</th>'
                   '<th>contradicted by</th><th>updates</th></tr></thead><tbody>')
        for c in cs:
            figs = ", ".join(f'<a href="#{fig_anchor(m.doc, m.figure.start, m.figure.end)}">{E(m.figure.text)}</a>'
                             for m in c.members)
            upd = ", ".join(_claim_link(x) for x in c.updates) or "–"
            if c.updated_by:
                upd += " (updated by " + ", ".join(_claim_link(x) for x in c.updated_by) + ")"
            out.append(
                f'<tr id="{E(c.id, True)}" class="claim" data-verdict="{verdict}"><td><code>{E(c.id)}</code></td>'
                f"<td>{E(c.measure.label)}</td><td class=\"num\">{E(amount(*claim_numbers(c)))}</td>"
                f'<td><span class="badge v-{verdict}" title="{E(verdict, True)}">{E(c.grade)}</span></td>'
                f"<td>{figs}</td><td>{', '.join(_claimant_link(ix, o) for o in c.origins) or '–'}</td>"
                f"<td>{', '.join(_claimant_link(ix, r) for r in c.relays) or '–'}</td>"
                f"<td>{E(', '.join(c.outlets)) or '–'}</td>"
                f"<td>{', '.join(_claim_link(x) for x in c.contradicted_by) or '–'}</td><td>{upd}</td></tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    return "".join(out)


def _claimants_section(ix: _Index) -> str:
    figs: Dict[str, List[Tuple[Document, object]]] = defaultdict(list)
    for d in ix.docs:
        for f in d.figures:
            if f.is_figure and f.claimant:
                figs[f.claimant].append((d, f))
    claims_of: Dict[str, List[Claim]] = defaultdict(list)
    for c in ix.claims:
        for cid in c.claimants:
            claims_of[cid].append(c)
    out = ['<section id="claimants"><h2>Claimants</h2>']
    ids = sorted(set(ix.stats) | set(figs), key=lambda c: (ix.name(c).lower(), c))
    if not ids:
        out.append('<p class="muted">No claimant is named.</p>')
    for cid in ids:
        st = ix.stats.get(cid, {})
        info = ix.info.get(cid)
        facts = [f"id <code>{E(cid)}</code>"]
        for what, val in (("type", getattr(info, "type", None)), ("side", st.get("side")),
                          ("reliability", st.get("reliability"))):
            if val:
                facts.append(f"{what} {E(str(val))}")
        facts.append("in the registry" if getattr(info, "registered", False) else "not in the registry")
        aff = getattr(info, "affiliation", None) or []
        if aff:
            facts.append("speaks for " + ", ".join(E(ix.name(a)) for a in aff))
        n_claims = len(claims_of.get(cid, []))
        out.append(f'<details class="claimant" id="{claimant_anchor(cid)}"><summary>{E(ix.name(cid))} '
                   f'<span class="muted">— {len(figs.get(cid, []))} figure{"s" * (len(figs.get(cid, [])) != 1)}, '
                   f'{n_claims} claim{"s" * (n_claims != 1)}</span></summary>')
        out.append(f"<p>{'; '.join(facts)}.</p>")
        if claims_of.get(cid):
            out.append("<p><b>Claims:</b> " + "; ".join(
                f'{_claim_link(c.id)} {E(c.measure.label)} {E(amount(*claim_numbers(c)))} '
                f'<span class="badge v-{c.verdict}">{c.verdict}</span>' for c in claims_of[cid]) + "</p>")
        if figs.get(cid):
            out.append("<p><b>Figures:</b> " + "; ".join(
                f'<a href="#{fig_anchor(d, f.start, f.end)}">{E(f.text)}</a> '
                f'<span class="muted">({E(shown_path(d.path))}:{f.line})</span>' for d, f in figs[cid]) + "</p>")
        out.append("</details>")
    out.append("</section>")
    return "".join(out)


def _tip(ix: _Index, doc: Document, f, stmts) -> str:
    st = stmts.get(f.statement) if f.statement else None
    rows = [f'<span class="row"><b>{E(f.text)}</b> — {E(amount(f.value, f.low, f.high))} {E(f.unit or "")}</span>',
            f'<span class="row">status: <b>{E(_status_label(f.status))}</b></span>']
    if f.claimant:
        rows.append(f'<span class="row">claimant: {_claimant_link(ix, f.claimant)}</span>')
    if st is not None and st.cue is not None:
        rows.append(f'<span class="row">cue: “{E(st.cue.text)}”</span>')
    if st is not None:
        rows.append(f'<span class="row">rule: <code>{E(st.rule)}</code></span>')
        if st.relays:
            rows.append('<span class="row">relayed by: ' + ", ".join(_claimant_link(ix, r) for r in st.relays)
                        + "</span>")
    c = ix.claim_of.get((doc.path, f.start, f.end))
    if c is not None:
        rows.append(f'<span class="row">claim: {_claim_link(c.id)} ({E(c.verdict)}, {E(c.grade)})</span>')
    rows += [f'<span class="step">{E(step.strip())}</span>' for step in f.explanation]
    return '<span class="tip" role="tooltip">' + "".join(rows) + "</span>"


def _body_html(ix: _Index, doc: Document) -> str:
    """The article's body as paragraphs, its figures marked."""
    text = doc.text
    stmts = {s.id: s for s in doc.statements}
    figs = sorted((f for f in doc.figures if f.is_figure and f.start >= doc.body_start), key=lambda f: f.start)
    marks: List[Tuple[int, int, str]] = []
    last = doc.body_start
    for f in figs:
        if f.start < last:
            continue  # overlapping spans: the first one wins
        status = _status_label(f.status)
        opening = (f'<mark class="fig s-{status}" tabindex="0" id="{fig_anchor(doc, f.start, f.end)}" '
                   f'data-status="{status}">')
        closing = f'<span class="tag">{status}</span>{_tip(ix, doc, f, stmts)}</mark>'
        marks.append((f.start, f.end, opening + "\x00" + closing))
        last = f.end
    parts: List[str] = []
    pos = doc.body_start
    for a, b, wrap in marks:
        parts.append(E(text[pos:a]))
        opening, closing = wrap.split("\x00")
        parts.append(opening + E(text[a:b]) + closing)
        pos = b
    parts.append(E(text[pos:]))
    body = "".join(parts)
    paras = [p.strip() for p in re.split(r"\n[ \t]*\n", body.replace("\r\n", "\n")) if p.strip()]
    return "".join(f"<p>{p}</p>" for p in paras)


def _articles_section(ix: _Index, intro: str = "") -> str:
    out = ['<section id="articles"><h2>Articles</h2>', intro]
    for d in ix.docs:
        figs = [f for f in d.figures if f.is_figure]
        counts = {s: sum(1 for f in figs if _status_label(f.status) == s) for s in STATUS_COLOURS}
        meta = [E(str(x)) for x in (d.publisher, d.meta.get("date")) if x]
        title = d.meta.get("title") or shown_path(d.path)
        out.append(f'<article class="doc" id="{doc_anchor(d)}"><h3>{E(str(title))}</h3>'
                   f'<p class="muted">{" · ".join(meta + [E(shown_path(d.path))])} — '
                   + ", ".join(f"{n} {s}" for s, n in counts.items()) + "</p>")
        out.append(_body_html(ix, d))
        out.append("</article>")
    out.append("</section>")
    return "".join(out)


def render_html(docs: Sequence[Document], claims: Sequence[Claim], registry=None, title: str = "attrib report") -> str:
    """The whole page as a string (deterministic: same input, same bytes)."""
    ix = _Index(docs, claims, registry)
    nfig = sum(1 for d in docs for f in d.figures if f.is_figure)
    verdicts = ", ".join(f"{sum(1 for c in claims if c.verdict == v)} {v}" for v in VERDICTS)
    unsourced = sum(1 for c in claims if not any(m.claimant for m in c.members))
    legend = ('<p class="legend">'
              '<span><span class="swatch" style="background:#2b6cb0"></span>claimant</span>'
              '<span><span class="swatch" style="background:#805ad5"></span>relay (passes a claim on)</span>'
              + "".join(f'<span><span class="swatch" style="background:{c}"></span>claim: {v}</span>'
                        for v, c in VERDICT_COLOURS.items())
              + '<span>— stands behind (thicker: more figures)</span>'
                '<span style="color:#805ad5">— relays</span><span style="color:#c53030">- - contradicts</span>'
                '<span style="color:#3182ce">- - updates</span></p>')
    status_legend = " ".join(f'<mark class="fig s-{s}">figure<span class="tag">{s}</span></mark>' for s in STATUS_COLOURS)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',
        f"<title>{E(title)}</title><style>{CSS}</style></head><body>",
        f'<header><h1>{E(title)}</h1><p class="muted">{len(docs)} article{"s" * (len(docs) != 1)}, '
        f'{nfig} figure{"s" * (nfig != 1)}, {len(claims)} claim{"s" * (len(claims) != 1)} ({verdicts}).</p>',
        '<nav><a href="#graph">Graph</a><a href="#claims">Claims</a><a href="#claimants">Claimants</a>'
        '<a href="#articles">Articles</a></nav></header><main>',
        '<section id="graph"><h2>The claim graph</h2>',
        '<p class="muted">Who stands behind each claim, and who relays whom. Click a node for its claim or '
        f'claimant. {unsourced} claim{"s" * (unsourced != 1)} without any claimant '
        f'{"is" if unsourced == 1 else "are"} listed below, not drawn.</p>',
        legend,
        f'<div class="graph">{graph_svg(ix)}</div></section>',
        _claims_section(ix),
        _claimants_section(ix),
        _articles_section(ix, f'<p class="muted">Figures are marked by status: {status_legend}. '
                              "Hover over a figure, or click it, for its claimant, cue, rule and explanation.</p>"),
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"
