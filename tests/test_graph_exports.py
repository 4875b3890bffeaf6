"""Graph exports as Gephi, yEd and Graphviz users expect them: weights, viz, dates, DOT, one hop to claims."""
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrib.cli import cli
from attrib.claims import build_claims
from attrib.graph import build_graph, node_id
from attrib.registry import Registry
from attrib.render.graphml import _names, render

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
GEXF = "{http://www.gexf.net/1.2draft}"
VIZ = "{http://www.gexf.net/1.2draft/viz}"


@pytest.fixture(scope="module")
def graph():
    from attrib.pipeline import scan_paths

    registry = Registry.default()
    docs, errors = scan_paths([str(EXAMPLES)], registry)
    assert not errors
    return build_graph(docs, build_claims(docs, registry), registry)


def test_every_edge_has_a_weight_and_relays_count(graph):
    assert all(isinstance(d["weight"], float) and d["weight"] >= 1 for *_, d in graph.edges(data=True))
    relays = [d for *_, d in graph.edges(data=True) if d["kind"] == "relays"]
    assert all(d["weight"] == d["count"] for d in relays)


def test_a_claimant_reaches_its_claims_in_one_hop(graph):
    ministry = node_id("claimant", "interior-ministry")
    claims = {v for _, v, k in graph.out_edges(ministry, keys=True) if k == "claims"}
    assert claims and all(graph.nodes[c]["kind"] == "claim" for c in claims)
    killed = next(c for c in claims if graph.nodes[c]["measure"] == "people killed")
    # the weight is the number of the claim's figures the claimant gave
    given = [u for u, _, k in graph.in_edges(killed, keys=True) if k == "member-of"
             and graph.nodes[u].get("claimant") == "interior-ministry"]
    assert graph.edges[ministry, killed, "claims"]["weight"] == len(given) >= 1


def test_gexf_has_viz_colours_sizes_weights_and_dates(graph):
    root = ET.fromstring(render(graph, "gexf"))
    g = root.find(f"{GEXF}graph")
    assert g.get("timeformat") == "date" and g.get("mode") == "dynamic"
    colours = {}
    for n in g.iter(f"{GEXF}node"):
        c, s = n.find(f"{VIZ}color"), n.find(f"{VIZ}size")
        assert c is not None and s is not None and float(s.get("value")) > 0
        kind = graph.nodes[n.get("id")]["kind"]
        colours.setdefault(kind, set()).add((c.get("r"), c.get("g"), c.get("b")))
        if kind == "document":
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", n.get("start"))
    assert colours["document"] != colours["claimant"]
    assert all(float(e.get("weight")) >= 1 for e in g.iter(f"{GEXF}edge"))


def test_attribute_names_are_unique_regardless_of_case():
    assert _names(["Date", "date", "DATE", "kind"]) == {"Date": "Date", "date": "date_2", "DATE": "DATE_3",
                                                         "kind": "kind"}
    assert _names(["Label"], taken=("label",)) == {"Label": "Label_2"}


def test_graph_attributes_hold_no_gephi_time_names(graph):
    names = {k.casefold() for _, d in graph.nodes(data=True) for k in d}
    assert not names & {"start", "end"}  # Gephi reads these as a time interval
    assert {"offset_start", "offset_end"} <= names


def test_numbers_have_no_float_artefacts(graph):
    text = render(graph, "graphml")
    assert not re.search(r"\d\.\d*0000000\d", text) and not re.search(r"\d\.\d*9999999\d", text)


def test_dot_export_is_read_by_graphviz(graph, tmp_path):
    text = render(graph, "dot")
    assert text.startswith('digraph "attrib claim graph" {') and "weight=" in text
    assert text.count("->") == graph.number_of_edges()
    dot = shutil.which("dot")
    if dot is None:
        pytest.skip("Graphviz 'dot' is not installed (apt-get install graphviz)")
    p = tmp_path / "g.dot"
    p.write_text(text, encoding="utf-8")
    r = subprocess.run([dot, "-Tsvg", str(p)], capture_output=True, text=True)
    assert r.returncode == 0 and "<svg" in r.stdout and not r.stderr.strip(), r.stderr


@pytest.mark.parametrize("name,fmt", [("g.dot", "digraph"), ("g.gv", "digraph"), ("g.gexf", "<gexf"),
                                      ("g.graphml", "<graphml"), ("g", "<graphml")])
def test_the_format_follows_the_extension(tmp_path, name, fmt):
    r = CliRunner().invoke(cli, ["graph", str(EXAMPLES), "-o", str(tmp_path / name)])
    assert r.exit_code == 0, r.output
    assert fmt in (tmp_path / name).read_text(encoding="utf-8")[:200]


def test_an_unknown_extension_is_refused_in_one_line(tmp_path):
    r = CliRunner().invoke(cli, ["graph", str(EXAMPLES), "-o", str(tmp_path / "x.unknownext")])
    assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "unknown graph format '.unknownext'" in r.stderr and not list(tmp_path.iterdir())


def test_a_vague_claim_has_its_interval_not_a_midpoint():
    from attrib.pipeline import scan_text

    registry = Registry.default()
    docs = [scan_text("Hundreds of people fled the port, officials said.\n", "a.md", registry)]
    g = build_graph(docs, build_claims(docs, registry), registry)
    claim = next(d for _, d in g.nodes(data=True) if d["kind"] == "claim")
    assert "value" not in claim and (claim["low"], claim["high"]) == (200.0, 1000.0)
