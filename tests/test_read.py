"""Front matter: plain key-value lines are read without PyYAML, exactly as PyYAML reads them."""
import datetime

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from attrib.read import _is_date, _plain, _simple_front_matter, split_front_matter

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
key = st.sampled_from(["publisher", "date", "title", "url", "language", "on", "Null", "x-y", "a_b", "2024"])
value = st.one_of(
    st.text(alphabet=st.sampled_from(list("aZ09 :#-'\"\\,.?!%@&*[]{}|>~=+\t\u00e9\u2019\u00a0/")), max_size=14),
    st.sampled_from(["2024-08-11", "2024-13-40", "yes", "No", "null", "~", "1e3", ".5", "0x1F", "12,000",
                     "https://www.example.org/a?b=1#c", "'quoted'", '"double"', "'it''s'", "Kyiv Post", ""]))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(key, st.sampled_from([": ", ":", ":  ", ": \t"]), value), max_size=4))
def test_simple_front_matter_is_what_yaml_reads(items):
    block = "\n".join(f"{k}{sep}{v}" for k, sep, v in items)
    got = _simple_front_matter(block)
    if got is None:
        return  # left to PyYAML
    assert got == _plain(yaml.load(block, Loader=_LOADER) or {})  # dates as ISO text, as _plain gives them


def test_article_front_matter_needs_no_yaml():
    block = "publisher: Valley Ledger\ndate: 2026-05-02\ntitle: 'Flood: the count'\nurl: https://example.org/a"
    assert _simple_front_matter(block) == {"publisher": "Valley Ledger", "date": "2026-05-02",
                                           "title": "Flood: the count", "url": "https://example.org/a"}
    for hard in ("tags: [a, b]", "title: Flood: the count", "n: 12", "on: x", "# a comment", "a: b\na: c"):
        assert _simple_front_matter(hard) is None, hard


@settings(max_examples=3000, deadline=None)
@given(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99))
def test_is_date_is_what_datetime_accepts(y, m, d):
    try:
        ok = bool(datetime.date(y, m, d))
    except ValueError:
        ok = False
    assert _is_date(f"{y:04d}-{m:02d}-{d:02d}") is ok


def test_split_front_matter_still_reports_bad_yaml():
    meta, body = split_front_matter("---\npublisher: AP\n---\nBody")
    assert (meta, body) == ({"publisher": "AP"}, 22)
    import pytest

    from attrib.errors import InputError

    with pytest.raises(InputError, match=r"x\.md:3: front matter is not valid YAML"):
        split_front_matter("---\ntitle: [unclosed\n---\nBody", "x.md")
