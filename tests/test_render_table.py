"""attrib.render.table writes what tabulate writes (simple and github), and JSON laid out by jsonout parses back."""
import json

from hypothesis import given, settings
from hypothesis import strategies as st
from tabulate import tabulate

from attrib.render.jsonout import dumps
from attrib.render.table import table

cell = st.one_of(st.none(), st.integers(-5, 10_000), st.text(max_size=12))
rows = st.integers(1, 5).flatmap(lambda n: st.tuples(
    st.lists(st.text(min_size=1, max_size=8).filter(str.strip), min_size=n, max_size=n),
    st.lists(st.lists(cell, min_size=n, max_size=n), max_size=6)))


@settings(max_examples=300, deadline=None)
@given(rows, st.sampled_from(["simple", "github"]))
def test_table_is_tabulate(data, fmt):
    head, body = data
    assert table(body, head, fmt) == tabulate(body, headers=head, tablefmt=fmt, disable_numparse=True)


def test_table_fast_path_pads_like_tabulate():
    body = [["a.md:1:2", " 14 people ", "14", None], ["b", "x", "1,000", "tonnes"]]
    head = ["where", "figure", "value", "unit"]
    assert table(body, head) == ("where     figure     value    unit\n"
                                 "--------  ---------  -------  ------\n"
                                 "a.md:1:2  14 people  14\n"
                                 "b         x          1,000    tonnes")


json_value = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                                    st.text(max_size=6)),
                          lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                  st.dictionaries(st.text(max_size=4), inner, max_size=4)),
                          max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(json_value, st.integers(0, 5))
def test_jsonout_parses_back(obj, expand):
    text = dumps(obj, expand)
    assert json.loads(text) == obj
    assert dumps(obj, 99) == json.dumps(obj, ensure_ascii=False, indent=2)  # fully expanded = indent=2
