"""Write the claim graph as GraphML, GEXF or node-link JSON: deterministic bytes, written atomically.

The writers stream text from a networkx graph (they do not build an XML tree), so a graph of millions of
edges costs little more than its own memory. Every attribute is a scalar of one type per key
(boolean, long, double or string), booleans are written ``true``/``false``, edge ids are ``e0``,
``e1`` ... in sorted order, and every node and edge has a ``label``.
"""
from __future__ import annotations

import itertools
import math
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, Iterator, List, Tuple

from . import dumps, xml_text

FORMATS = ("graphml", "gexf", "json", "dot")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _esc(s: str, quote: bool = False) -> str:
    s = xml_text(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return s.replace('"', "&quot;") if quote else s


def _type(v) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "long"
    if isinstance(v, float):
        return "double"
    return "string"


def _text(v, t: str) -> str:
    if t == "boolean":
        return "true" if v else "false"
    if t == "double":
        return repr(float(v))
    if t == "long":
        return str(int(v))
    return str(v)


def _sorted_items(G) -> Tuple[List[Tuple[str, dict]], List[Tuple[str, str, str, dict]]]:
    nodes = sorted(G.nodes(data=True), key=lambda x: x[0])
    if G.is_multigraph():
        edges = sorted(((u, v, str(k), d) for u, v, k, d in G.edges(keys=True, data=True)), key=lambda e: e[:3])
    else:
        edges = sorted(((u, v, d.get("kind", ""), d) for u, v, d in G.edges(data=True)), key=lambda e: e[:3])
    return nodes, edges


def _keys(items, what: str) -> Dict[str, str]:
    """attribute name -> one type (a name seen with several types becomes a string)."""
    types: Dict[str, str] = {}
    for d in items:
        for k, v in d.items():
            if v is None or (isinstance(v, float) and not math.isfinite(v)):
                continue
            t = _type(v)
            if types.get(k, t) != t:
                t = "string"
            types[k] = t
    return dict(sorted(types.items()))


def _names(keys, taken=()) -> Dict[str, str]:
    """attribute key -> the name written: unique regardless of case (Gephi folds case), a clash
    (``Date`` beside ``date``, or a name in ``taken``) gets a ``_2``, ``_3``... suffix."""
    seen = {t.casefold() for t in taken}
    out = {}
    for k in keys:
        name, i = k, 1
        while name.casefold() in seen:
            i += 1
            name = f"{k}_{i}"
        seen.add(name.casefold())
        out[k] = name
    return out


def iter_graphml(G) -> Iterator[str]:
    """GraphML text in chunks (valid against the GraphML XSD)."""
    nodes, edges = _sorted_items(G)
    nkeys = _keys((d for _, d in nodes), "node")
    ekeys = _keys((e[3] for e in edges), "edge")
    nid = {k: f"n{i}" for i, k in enumerate(nkeys)}
    eid = {k: f"e{i}" for i, k in enumerate(ekeys)}
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for domain, keys, ids in (("node", nkeys, nid), ("edge", ekeys, eid)):
        names = _names(keys)
        for k, t in keys.items():
            yield f'<key id="{ids[k]}" for="{domain}" attr.name="{_esc(names[k], True)}" attr.type="{t}"/>\n'
    directed = "directed" if G.is_directed() else "undirected"
    yield f'<graph id="G" edgedefault="{directed}">\n'
    buf: List[str] = []
    elements = itertools.chain(  # generators: the file is streamed, never held whole
        ((f'<node id="{_esc(str(n), True)}">', d, nkeys, nid, "</node>\n") for n, d in nodes),
        ((f'<edge id="e{i}" source="{_esc(str(u), True)}" target="{_esc(str(v), True)}">', d, ekeys, eid,
          "</edge>\n") for i, (u, v, _k, d) in enumerate(edges)))
    for opening, d, keys, ids, closing in elements:
        parts = [opening]
        for k, t in keys.items():
            x = d.get(k)
            if x is None or (isinstance(x, float) and not math.isfinite(x)):
                continue
            parts.append(f'<data key="{ids[k]}">{_esc(_text(x, t))}</data>')
        parts.append(closing)
        buf.append("".join(parts))
        if len(buf) >= 2048:
            yield "".join(buf)
            buf = []
    yield "".join(buf)
    yield "</graph>\n</graphml>\n"


_GEXF_TYPES = {"boolean": "boolean", "long": "long", "double": "double", "string": "string"}


def iter_gexf(G) -> Iterator[str]:
    """GEXF 1.2 (draft namespace, as Gephi and networkx read it) text in chunks: no timestamp, so the
    bytes are deterministic. Nodes carry ``viz`` colours and sizes by kind (claims by verdict), edges
    their ``weight``; a dated article and its figures start at its date (``timeformat="date"``), so
    Gephi's timeline shows the claims spread."""
    from .style import colour, rgb, size

    nodes, edges = _sorted_items(G)
    special = ("label", "weight")
    nkeys = {k: t for k, t in _keys((d for _, d in nodes), "node").items() if k not in special}
    ekeys = {k: t for k, t in _keys((e[3] for e in edges), "edge").items() if k not in special}
    dated = any(d.get("kind") in ("document", "figure") and _ISO_DATE.fullmatch(str(d.get("date", "")))
                for _, d in nodes)
    mode = 'mode="dynamic" timeformat="date"' if dated else 'mode="static"'
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">\n'
           f'<graph defaultedgetype="{"directed" if G.is_directed() else "undirected"}" {mode}>\n')
    for cls, keys in (("node", nkeys), ("edge", ekeys)):
        names = _names(keys, taken=special + ("id",))
        yield f'<attributes class="{cls}">\n'
        for i, (k, t) in enumerate(keys.items()):
            yield f'<attribute id="{i}" title="{_esc(names[k], True)}" type="{_GEXF_TYPES[t]}"/>\n'
        yield "</attributes>\n"
    nidx = {k: i for i, k in enumerate(nkeys)}
    eidx = {k: i for i, k in enumerate(ekeys)}

    def attvalues(d, keys, idx):
        vals = []
        for k, t in keys.items():
            v = d.get(k)
            if v is None or (isinstance(v, float) and not math.isfinite(v)):
                continue
            vals.append(f'<attvalue for="{idx[k]}" value="{_esc(_text(v, t), True)}"/>')
        return "<attvalues>" + "".join(vals) + "</attvalues>" if vals else ""

    yield "<nodes>\n"
    for n, d in nodes:
        label = _esc(str(d.get("label", n)), True)
        date = str(d.get("date", ""))
        start = f' start="{date}"' if dated and d.get("kind") in ("document", "figure") and _ISO_DATE.fullmatch(date) \
            else ""
        r, g, b = rgb(colour(d))
        viz = f'<viz:color r="{r}" g="{g}" b="{b}"/><viz:size value="{size(d, G.degree(n))!r}"/>'
        yield f'<node id="{_esc(str(n), True)}" label="{label}"{start}>{attvalues(d, nkeys, nidx)}{viz}</node>\n'
    yield "</nodes>\n<edges>\n"
    for i, (u, v, _k, d) in enumerate(edges):
        label = _esc(str(d.get("label", d.get("kind", ""))), True)
        weight = float(d.get("weight", 1.0))
        yield (f'<edge id="e{i}" source="{_esc(str(u), True)}" target="{_esc(str(v), True)}" label="{label}" '
               f'weight="{weight!r}">{attvalues(d, ekeys, eidx)}</edge>\n')
    yield "</edges>\n</graph>\n</gexf>\n"


def _dot_id(s: str) -> str:
    return '"' + xml_text(str(s)).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def iter_dot(G) -> Iterator[str]:
    """Graphviz DOT text in chunks: shapes and fill colours by kind (claims by verdict), every edge
    labelled with its kind and weighted (an integer, as ``dot`` wants it); ``kind`` kept as an attribute."""
    from .style import DOT_SHAPES, colour

    nodes, edges = _sorted_items(G)
    yield f'digraph {_dot_id(G.graph.get("name", "G"))} {{\n'
    yield '  graph [rankdir=LR, overlap=false, splines=true];\n'
    yield '  node [style=filled, fontname="Helvetica", fontsize=10];\n  edge [fontname="Helvetica", fontsize=8];\n'
    buf: List[str] = []
    for n, d in nodes:
        kind = d.get("kind", "")
        attrs = {"label": str(d.get("label", n)), "kind": kind, "shape": DOT_SHAPES.get(kind, "ellipse"),
                 "fillcolor": colour(d)}
        if kind == "claim" and d.get("verdict"):
            attrs["verdict"] = d["verdict"]
        buf.append(f"  {_dot_id(n)} [" + ", ".join(f"{k}={_dot_id(v)}" for k, v in attrs.items()) + "];\n")
    for u, v, _k, d in edges:
        w = max(1, int(round(float(d.get("weight", 1.0)))))
        buf.append(f"  {_dot_id(u)} -> {_dot_id(v)} [label={_dot_id(d.get('kind', ''))}, "
                   f"kind={_dot_id(d.get('kind', ''))}, weight={w}];\n")
        if len(buf) >= 2048:
            yield "".join(buf)
            buf = []
    yield "".join(buf)
    yield "}\n"


def graph_json(G) -> str:
    """Node-link JSON (``networkx.node_link_graph(data, edges="edges")`` reads it back)."""
    nodes, edges = _sorted_items(G)
    data = {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": {k: v for k, v in sorted(G.graph.items()) if isinstance(v, (str, int, float, bool))},
        "nodes": [{"id": n, **d} for n, d in nodes],
        "edges": [{"source": u, "target": v, "key": k, "id": f"e{i}", **d} for i, (u, v, k, d) in enumerate(edges)],
    }
    return dumps(data, sort_keys=True, indent=1) + "\n"


def iter_format(G, fmt: str) -> Iterator[str]:
    if fmt == "graphml":
        return iter_graphml(G)
    if fmt == "gexf":
        return iter_gexf(G)
    if fmt == "json":
        return iter([graph_json(G)])
    if fmt == "dot":
        return iter_dot(G)
    raise ValueError(f"unknown graph format {fmt!r} (one of {', '.join(FORMATS)})")


def render(G, fmt: str = "graphml") -> str:
    return "".join(iter_format(G, fmt))


# Kept importable from here: every output is written by the one helper in attrib.fsutil.
from ..fsutil import OutputError, check_writable, write_atomic  # noqa: E402,F401
