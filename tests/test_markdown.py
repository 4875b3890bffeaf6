"""attrib.markdown: what the check masks, and that offsets never move."""
import re

import pytest

from attrib.markdown import line_starts, prepare


def masked(src, body_start=0, markdown=True):
    p = prepare(src, body_start, markdown)
    assert len(p.text) == len(src)
    # Newlines stay where they were; only spaces replace masked characters.
    assert [i for i, ch in enumerate(src) if ch in "\r\n"] == [i for i, ch in enumerate(p.text) if ch in "\r\n"]
    for i, (a, b) in enumerate(zip(src, p.text)):
        assert b == a or b == " ", (i, a, b)
    return p


def kept_numbers(text):
    return re.findall(r"\d+", text)


def test_prose_is_left_alone():
    src = "# Losses rose 12 percent\n\nThe army lost 40 tanks, officials said.\n"
    assert masked(src).text == src


def test_front_matter_is_masked():
    src = "---\ntitle: 5 things\ndate: 2024-01-02\n---\nBody with 7 figures.\n"
    p = masked(src, body_start=src.index("Body"))
    assert kept_numbers(p.text) == ["7"]
    assert p.skipped[0][2] == "front-matter"


def test_fenced_and_indented_code_are_masked():
    src = "Intro 1.\n\n```python\nx = 22\n```\n\n    y = 33\n\nOutro 4.\n"
    assert kept_numbers(masked(src).text) == ["1", "4"]


def test_unclosed_fence_runs_to_the_end():
    src = "Intro 1.\n\n~~~\nx = 22\nmore 33\n"
    assert kept_numbers(masked(src).text) == ["1"]


def test_inline_code_of_any_tick_length():
    src = "Run `cmd 5` and ``a ` b 6`` then 7.\n"
    assert kept_numbers(masked(src).text) == ["7"]


def test_unmatched_backticks_are_text():
    src = "A lone ` tick and 8 boats.\n"
    assert kept_numbers(masked(src).text) == ["8"]


def test_link_targets_titles_and_references_are_masked_text_is_kept():
    src = ('See [report 9](http://x.org/2024/10 "title 11") and [the 12 rules][r13].\n\n'
           '[r13]: https://example.org/14 "Title 15"\n')
    p = masked(src)
    assert kept_numbers(p.text) == ["9", "12"]
    assert "[report 9]" in p.text and "[the 12 rules]" in p.text


def test_nested_brackets_and_parentheses_in_links():
    src = "A [list [of] 3](http://x.org/a_(b)/4) and 5.\n"
    assert kept_numbers(masked(src).text) == ["3", "5"]


def test_images_autolinks_and_bare_urls_are_masked():
    src = "Chart ![map 16](img/17.png) <https://x.org/18> www.site19.org/20 and https://y.org/21, then 22.\n"
    assert kept_numbers(masked(src).text) == ["22"]


def test_html_blocks_inline_html_and_comments_are_masked():
    src = ('<div class="x23">\nBoxed 24\n</div>\n\nText <span data-n="25">26</span> '
           '<!-- note 27 --> 28.\n')
    assert kept_numbers(masked(src).text) == ["26", "28"]


def test_tables_lists_and_blockquotes_are_checked():
    src = ("| kind | count |\n|------|------:|\n| tanks | 131 |\n| guns `x9` | 386 |\n\n"
           "- item 41\n  1. nested 42\n\n> quoted 43\n> > deeper 44\n")
    assert kept_numbers(masked(src).text) == ["131", "386", "41", "1", "42", "43", "44"]


def test_escaped_bracket_does_not_open_a_link():
    src = "Escaped \\[not 45] and [real](u/46) 47.\n"
    assert kept_numbers(masked(src).text) == ["45", "47"]


def test_crlf_and_bom_keep_offsets():
    src = "\ufeffLine 1\r\n\r\n```\r\nx 2\r\n```\r\nEnd `3` 4\r\n"
    p = masked(src)
    assert kept_numbers(p.text) == ["1", "4"]
    assert line_starts(src) == [0, 9, 11, 16, 21, 26, 37]


def test_standalone_comment_governs_the_next_block():
    src = "First 1.\n\n<!-- attrib: ignore -->\n<!-- other -->\n| a | 2 |\n|---|---|\n| b | 3 |\n\nLast 4.\n"
    p = masked(src)
    c = p.comments[0]
    assert not c.inline and c.text == "<!-- attrib: ignore -->"
    assert src[c.target[0]:c.target[1]].startswith("| a | 2 |")
    assert "Last" not in src[c.target[0]:c.target[1]]


def test_inline_comment_governs_its_own_block():
    src = "Para one 1.\n\nPara two 2 <!-- attrib: ignore --> still two 3.\n\nPara three 4.\n"
    c = masked(src).comments[0]
    assert c.inline
    assert src[c.target[0]:c.target[1]] == "Para two 2 <!-- attrib: ignore --> still two 3.\n"


def test_comment_in_list_item_governs_the_next_item():
    src = "- one 1\n  <!-- attrib: ignore -->\n- two 2\n- three 3\n"
    c = masked(src).comments[0]
    assert src[c.target[0]:c.target[1]] == "- two 2\n"


def test_comment_at_the_end_has_no_target():
    assert masked("Text 1.\n\n<!-- attrib: ignore -->\n").comments[0].target is None


def test_plain_text_masks_only_comments():
    src = "Plain `5` text 6.\n<!-- attrib: ignore -->\nNext 7 para\nstill 8.\n\nOther 9.\n"
    p = masked(src, markdown=False)
    assert kept_numbers(p.text) == ["5", "6", "7", "8", "9"]
    c = p.comments[0]
    assert src[c.target[0]:c.target[1]] == "Next 7 para\nstill 8."


@pytest.mark.parametrize("src", [
    "", "\n", "`", "[", "[a](", "<!--", "<div>", "|a|\n|-|\n", "> ", "- ", "```", "    x", "[x]: y",
    "a\\", "![", "![a](b", "<a href='1'", "**1**", "x\r\ny\rz",
])
def test_odd_inputs_do_not_crash(src):
    masked(src)


def test_random_markdown_keeps_length_and_newlines():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("ab 1`[]()<>!-*#|>\n\\\"'~:/") + ["<!--", "-->", "```", "    ", "http://"])

    @hypothesis.settings(max_examples=300, deadline=None)
    @hypothesis.given(st.lists(alphabet, max_size=60).map("".join))
    def run(src):
        masked(src)

    run()


# ---- plain prose skips the parser: the same result as the parser gives ---------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from attrib import markdown as md  # noqa: E402

_PROSE = st.text(alphabet=st.sampled_from(list("ab AZ09.,;:!?'\"-+*_#>|=&()/%$\u201c\u201d\u2014\n\n\n\t\r")), max_size=120)


def _parsed(text, body_start):
    m = md._Masker(text)
    m.mask(0, body_start, "front-matter")
    md._markdown(m)
    return m.result()


@settings(max_examples=500, deadline=None)
@given(_PROSE, st.booleans())
def test_plain_prose_fast_path_equals_the_parser(body, front):
    head = "---\npublisher: X\n---\n" if front else ""
    text = head + body
    got = md.prepare(text, len(head))
    want = _parsed(text, len(head))
    assert (got.text, got.skipped, got.comments) == (want.text, want.skipped, want.comments)


def test_plain_prose_is_not_parsed_and_markup_is():
    assert md._plain_prose("Officials said 40 people died.\n\nAbout 9 fled.\n", 0)
    for text in ("See `x`.", "A <b>bold</b> 5.", "[a](http://x.org/5)", "    code 5", "- \n", "www.x.org/5"):
        assert not md._plain_prose(text, 0), text
