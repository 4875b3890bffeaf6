"""The fuzz suite of issue 12: properties that hold for ANY text, checked with hypothesis.

- no exception: scan and check accept every text (front matter, Markdown, control characters,
  odd white space, huge numbers, unbalanced quotes, lone CRs ...);
- every span's slice is its text (figures, sentences, cues, sources, claimant mentions);
- the JSON outputs are strict JSON (no NaN, no Infinity) and the XML outputs are well formed;
- a rerun gives byte-identical output;
- ``scan`` and ``check`` put every figure at the same line:col.

The examples per property come from the hypothesis profile (tests/conftest.py): a few dozen in CI,
``--hypothesis-profile attrib-fuzz`` (10,000) or ``ATTRIB_FUZZ_EXAMPLES=N`` for a long run.
Every text is generated or invented here.
"""
import json
import xml.dom.minidom

from hypothesis import given, strategies as st

import attrib
from attrib.check import CheckResult, check_text
from attrib.claims import build_claims
from attrib.errors import InputError
from attrib.graph import build_graph
from attrib.registry import Registry
from attrib.render import check_json, junit, sarif
from attrib.render.graphml import render as render_graph
from attrib.render.report import to_json as report_json
from attrib.render.scan import to_csv, to_json, to_table

# Pieces of news text, and of what breaks parsers: each example strings some of them together.
WORDS = [
    "The Interior Ministry", "said", "says", "told reporters", "according to", "per", "officials",
    "the ministry", "she", "he", "they", "a spokesperson", "reportedly", "sources said", "citing",
    "the agency's data", "a report by", "the UN", "Dana Ruiz,", "a senior analyst at the Harbour Institute,",
    "40", "1,200", "3.5", "nearly", "more than", "about", "up to", "between", "and", "to", "or",
    "million", "billion", "thousand", "hundreds of", "percent", "%", "$", "\u20ac", "people", "boats",
    "tonnes", "casualties", "one in five", "two", "twenty-five", "1" + "0" * 320, "1e400", "2024-05-01",
    "first", "six months", "51-49", "\u2013", "\u2014", "-", ",", ".", ":", ";", "?", "!", "(", ")",
    "\"", "\u201c", "\u201d", "'", "\u2019", "*", "_", "`", "#", "> ", "- ", "1. ", "|", "[x](http://e.org/5)",
    "<!-- attrib: ignore -->", "<!-- attrib: source=un-ocha -->", "<!--", "-->", "http://a.b/1,000",
    " ", "  ", "\n", "\n\n", "\r", "\r\n", "\t", "\f", "\v", "\u00a0", "\u2009", "\u202f", "\u3000",
    "\x00", "\x01", "\x1b", "\ufeff", "\ud7ff", "\U0001F600", "\u0301",
]
FRONT = st.sampled_from([
    "", "---\ntitle: Storm\n---\n", "---\ndate: 2024-13-45\n---\n", "---\ntitle: 2024-05-01\n---\n",
    "---\ntitle: .nan\n---\n", "---\npublisher: [unclosed\n---\n", "---\n- a list\n---\n",
    "---\ntitle: !!binary aGVsbG8=\n---\n", "---\na: &x [1]\nb: *x\n---\n", "---\n---\n",
])
TEXT = st.builds(
    lambda front, parts, raw: front + "".join(parts) + raw,
    FRONT,
    st.lists(st.sampled_from(WORDS) | st.sampled_from(WORDS).map(lambda w: w + " "), max_size=80),
    st.text(max_size=40),
)


def strict(text: str):
    def bad(name):
        raise AssertionError(f"not strict JSON: {name}")
    return json.loads(text, parse_constant=bad)


def scan(text: str, path: str = "fuzz.md"):
    try:
        return attrib.scan_text(text, path)
    except InputError:  # bad front matter: a one-line error by design
        return None


@given(TEXT)
def test_scan_and_check_never_raise_and_spans_are_slices(text):
    doc = scan(text)
    if doc is None:
        return
    t = doc.text
    spans = []
    for f in doc.figures:
        assert t[f.start:f.end] == f.text
        if f.sentence:
            spans.append(f.sentence)
    for s in doc.statements:
        spans.append(s.cue)
        if s.source:
            spans.append(s.source)
    for c in doc.claimants:
        spans += c.mentions
    for sp in spans:
        assert t[sp.start:sp.end] == sp.text, (sp, t[sp.start:sp.end])
    for md in (True, False):
        check_text(text, "fuzz.md" if md else "fuzz.txt", markdown=md)


@given(TEXT)
def test_outputs_are_strict_json_wellformed_xml_and_deterministic(text):
    doc = scan(text)
    if doc is None:
        return
    out = to_json([doc])
    strict(out)
    assert to_json([scan(text)]) == out  # a rerun: byte-identical
    to_csv([doc], all_kinds=True)
    to_table([doc], explain=True, all_kinds=True)
    findings = check_text(text, "fuzz.md")
    result = CheckResult(findings=findings, files=["fuzz.md"], fail_on={"fuzz.md": "error"})
    strict(check_json.render(result))
    strict(sarif.render(result, root="/"))
    xml.dom.minidom.parseString(junit.render(result).encode("utf-8"))
    assert check_text(text, "fuzz.md") == findings


@given(st.lists(TEXT, min_size=1, max_size=3))
def test_claims_and_graph_over_several_documents(texts):
    docs = [d for d in (scan(t, f"doc{i}.md") for i, t in enumerate(texts)) if d is not None]
    registry = Registry.default()
    claims = build_claims(docs, registry)
    G = build_graph(docs, claims, registry)
    xml.dom.minidom.parseString(render_graph(G, "graphml").encode("utf-8"))
    xml.dom.minidom.parseString(render_graph(G, "gexf").encode("utf-8"))
    strict(render_graph(G, "json"))
    strict(report_json(docs, claims, registry))


@given(TEXT)
def test_scan_and_check_agree_on_line_and_column(text):
    doc = scan(text, "fuzz.txt")
    if doc is None:
        return
    at = {f.start: (f.line, f.col) for f in doc.figures}
    for f in check_text(text, "fuzz.txt", markdown=False):
        if f.figure and f.start in at and f.code in ("ATR001", "ATR002"):
            assert (f.line, f.col) == at[f.start], (f, at[f.start])
