"""Write the claim graph as GraphML, GEXF or node-link JSON: deterministic bytes, written atomically.

The writers stream text from a networkx graph (they do not build an XML tree), so a graph of millions of
edges costs little more than its own memory. Every attribute is a scalar of one type per key
(boolean, long, double or string), booleans are written ``true``/``false``, edge ids are ``e0``,
``e1`` ... in sorted order, and every node and edge has a ``label``.
"""
from __future__ import annotations

import itertools
import math
from typing import Dict, Iterator, List, Tuple

from . import dumps, xml_text


FORMATS = ("graphml", "gexf", "json")
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
        for k, t in keys.items():
            yield f'<key id="{ids[k]}" for="{domain}" attr.name="{_esc(k, True)}" attr.type="{t}"/>\n'
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
    """GEXF 1.2 (draft namespace, as Gephi and networkx read it) text in chunks (Gephi's own format; no timestamp, so the bytes are deterministic)."""
    nodes, edges = _sorted_items(G)
    nkeys = {k: t for k, t in _keys((d for _, d in nodes), "node").items() if k != "label"}
    ekeys = {k: t for k, t in _keys((e[3] for e in edges), "edge").items() if k != "label"}
    yield ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n'
           f'<graph defaultedgetype="{"directed" if G.is_directed() else "undirected"}" mode="static">\n')
    for cls, keys in (("node", nkeys), ("edge", ekeys)):
        yield f'<attributes class="{cls}">\n'
        for i, (k, t) in enumerate(keys.items()):
            yield f'<attribute id="{i}" title="{_esc(k, True)}" type="{_GEXF_TYPES[t]}"/>\n'
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
        yield f'<node id="{_esc(str(n), True)}" label="{label}">{attvalues(d, nkeys, nidx)}</node>\n'
    yield "</nodes>\n<edges>\n"
    for i, (u, v, _k, d) in enumerate(edges):
        label = _esc(str(d.get("label", d.get("kind", ""))), True)
        yield (f'<edge id="e{i}" source="{_esc(str(u), True)}" target="{_esc(str(v), True)}" label="{label}">'
               f'{attvalues(d, ekeys, eidx)}</edge>\n')
    yield "</edges>\n</graph>\n</gexf>\n"


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
    raise ValueError(f"unknown graph format {fmt!r} (one of {', '.join(FORMATS)})")


def render(G, fmt: str = "graphml") -> str:
    return "".join(iter_format(G, fmt))


# Kept importable from here: every output is written by the one helper in attrib.fsutil.
from ..fsutil import OutputError, check_writable, write_atomic  # noqa: E402,F401
