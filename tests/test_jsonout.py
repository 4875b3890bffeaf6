"""attrib.render.jsonout: JSON laid out by hand at the outer levels, by the C encoder within, parses back."""
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from attrib.render.jsonout import dumps

json_value = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
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
