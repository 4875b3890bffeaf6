"""The claim graph and its writers: GraphML valid against the XSD, round trips, deterministic bytes."""
import json
import os
import re
from pathlib import Path

import pytest

from attrib.claims import build_claims
from attrib.graph import build_graph, node_id
from attrib.registry import Registry
from attrib.render.graphml import OutputError, check_writable, render, write_atomic

from _report_helpers import claimant, make_doc

XSD = Path(__file__).parent / "data" / "graphml" / "graphml.xsd"
GS = claimant("ua-general-staff", "General Staff", affiliation=["ua-armed-forces"], side="ua", reliability="C")
NIS = claimant("kr-nis", "National Intelligence Service", side="kr", reliability="C")
SINGH = claimant("sabrina-singh", "Sabrina Singh & co <spokes>", affiliation=["us-dod"], side="us", reliability="B")
DOD = claimant("us-dod", "Pentagon", side="us", reliability="B")
RUMOD = claimant("ru-mod", "Russian Ministry of Defence", side="ru", reliability="D")


def _doc(path, text, figs, cls, date, publisher):
    return make_doc(f"---\npublisher: {publisher}\ndate: '{date}'\n---\n{text}\n", path, figs, cls)


def corpus():
    t = dict(value=8000, low=7600, high=8400, unit="troops")
    return [
        _doc("x/a b.md", "The General Staff said North Korea sent about 8,000 troops.",
             [dict(token="8,000", claimant="ua-general-staff", **t)], [GS], "2025-03-01", "Harbor Times"),
        _doc("x/b.md", "Singh said North Korea deployed 8,000 troops, citing the Pentagon.",
             [dict(token="8,000", claimant="us-dod", relays=["sabrina-singh"], **t)], [SINGH, DOD], "2025-03-02",
             "Valley Ledger"),
        _doc("x/c.md", "North Korea sent 8,000 troops. The ministry said 40 Ukrainian tanks were destroyed.",
             [dict(token="8,000", **t), dict(token="40", value=40, unit="tanks", claimant="ru-mod")], [RUMOD],
             "2025-03-02", "Coast Courier"),
        make_doc("The General Staff said 6 Ukrainian tanks were destroyed.", "x/d.md",
                 [dict(token="6", value=6, unit="tanks", claimant="ua-general-staff")], [GS]),
    ]


@pytest.fixture(scope="module")
def graph():
    docs = corpus()
    return build_graph(docs, build_claims(docs, Registry()), Registry())


def test_nodes_and_edges_of_every_kind(graph):
    kinds = {d["kind"] for _, d in graph.nodes(data=True)}
    assert kinds == {"document", "publisher", "claimant", "statement", "figure", "claim", "event"}
    ekinds = {d["kind"] for *_, d in graph.edges(data=True)}
    assert {"published", "contains", "states", "asserts", "relays", "affiliated-with", "member-of",
            "corroborates", "contradicts", "reports"} <= ekinds
    # every figure of a claim reports the claim's event
    for u, v, d in graph.edges(data=True):
        if d["kind"] == "reports":
            assert graph.nodes[u]["kind"] == "figure" and graph.nodes[v]["kind"] == "event"
    assert all("label" in d for _, d in graph.nodes(data=True))
    assert all("label" in d for *_, d in graph.edges(data=True))


def test_relay_chain_runs_publisher_relay_origin(graph):
    pub, singh, dod = node_id("publisher", "Valley Ledger"), node_id("claimant", "sabrina-singh"), \
        node_id("claimant", "us-dod")
    assert graph.has_edge(pub, singh, key="relays") and graph.has_edge(singh, dod, key="relays")
    assert graph.has_edge(singh, dod, key="affiliated-with")


def test_contradiction_edges_both_ways(graph):
    pairs = [(u, v) for u, v, k in graph.edges(keys=True) if k == "contradicts"]
    assert len(pairs) == 2 and {(v, u) for u, v in pairs} == set(pairs)


def test_scalar_attributes_one_type_per_key(graph):
    types = {}
    for _, d in list(graph.nodes(data=True)) + [(None, d) for *_, d in graph.edges(data=True)]:
        for k, v in d.items():
            assert v is not None and isinstance(v, (str, int, float, bool)), (k, v)
            types.setdefault(k, set()).add(type(v))
    assert all(len(t) == 1 for t in types.values()), types


def test_graphml_validates_against_the_xsd(graph, tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    p = tmp_path / "g.graphml"
    p.write_text(render(graph, "graphml"), encoding="utf-8")
    xmlschema.XMLSchema(str(XSD)).validate(str(p))


def test_graphml_edge_ids_unique_and_booleans(graph):
    text = render(graph, "graphml")
    ids = re.findall(r'<edge id="([^"]+)"', text)
    assert len(ids) == len(set(ids)) == graph.number_of_edges()
    assert 'attr.type="boolean"' in text
    assert re.search(r">(true|false)</data>", text)
    assert "None" not in text


def test_graphml_round_trip_networkx(graph, tmp_path):
    import networkx as nx

    p = tmp_path / "g.graphml"
    p.write_text(render(graph, "graphml"), encoding="utf-8")
    h = nx.read_graphml(p, force_multigraph=True)
    assert h.number_of_nodes() == graph.number_of_nodes() and h.number_of_edges() == graph.number_of_edges()
    for n, d in graph.nodes(data=True):
        assert h.nodes[n] == d
    singh = node_id("claimant", "sabrina-singh")
    assert h.nodes[singh]["registered"] is True and h.nodes[singh]["label"] == "Sabrina Singh & co <spokes>"


def test_graphml_round_trip_igraph(graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    p = tmp_path / "g.graphml"
    p.write_text(render(graph, "graphml"), encoding="utf-8")
    g = igraph.Graph.Read_GraphML(str(p))
    assert g.vcount() == graph.number_of_nodes() and g.ecount() == graph.number_of_edges()
    assert set(g.vs["kind"]) == {"document", "publisher", "claimant", "statement", "figure", "claim", "event"}
    assert "label" in g.es.attributes()


def test_gexf_and_json_round_trip(graph, tmp_path):
    import networkx as nx

    p = tmp_path / "g.gexf"
    p.write_text(render(graph, "gexf"), encoding="utf-8")
    h = nx.read_gexf(p)
    assert h.number_of_nodes() == graph.number_of_nodes() and h.number_of_edges() == graph.number_of_edges()
    j = nx.node_link_graph(json.loads(render(graph, "json")), edges="edges")
    assert j.number_of_nodes() == graph.number_of_nodes() and j.number_of_edges() == graph.number_of_edges()


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_deterministic_bytes(fmt):
    docs = corpus()
    a = render(build_graph(docs, build_claims(docs, Registry()), Registry()), fmt)
    docs2 = corpus()[::-1]
    b = render(build_graph(docs2, build_claims(docs2, Registry()), Registry()), fmt)
    assert a == b


def test_node_ids_are_stable_nmtokens(graph):
    assert all(re.fullmatch(r"[A-Za-z0-9._:-]+", n) for n in graph.nodes)
    assert node_id("figure", "x/a b.md", 3, 9) == node_id("figure", "x/a b.md", 3, 9)
    assert node_id("document", "x/a.md") != node_id("document", "x_a.md")


def test_bytes_per_edge_is_small(graph):
    assert len(render(graph, "graphml").encode()) / graph.number_of_edges() < 600


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path):
    p = tmp_path / "out.graphml"
    p.write_text("old")
    write_atomic(str(p), iter(["new ", "text"]))
    assert p.read_text() == "new text" and os.listdir(tmp_path) == ["out.graphml"]

    def boom():
        yield "partial"
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomic(str(p), boom())
    assert p.read_text() == "new text" and os.listdir(tmp_path) == ["out.graphml"]


def test_check_writable(tmp_path):
    check_writable(str(tmp_path / "fine.graphml"))
    with pytest.raises(OutputError):
        check_writable(str(tmp_path / "missing" / "g.graphml"))
    with pytest.raises(OutputError):
        check_writable(str(tmp_path))
