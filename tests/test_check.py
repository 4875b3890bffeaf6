"""attrib check, over a fake scan engine: directives, settings, baseline, exit codes, reporters.

The fake engine (``fake_scan``) makes every run of digits a figure and decides its status from its
sentence alone, so that these tests pin the check layer whatever the real engine does:
"reportedly" -> vague; "Acme said" -> attributed to acme (not registered); "the General Staff
said" -> attributed to ua-general-staff (registered); else unsourced.  Four-digit years from 1900
are of kind year (no figure).
"""
import io
import json
import re
import xml.etree.ElementTree as ET

import pytest

import attrib.pipeline
from attrib import check as C
from attrib.config import Settings
from attrib.errors import ConfigError
from attrib.model import Claimant, Figure, Span, Statement
from attrib.registry import Registry

_FIG = re.compile(r"\d[\d,]*(?:\.\d+)?%?")


def fake_scan(doc, registry=None):
    text = doc.text
    figs, stmts = [], []
    for i, m in enumerate(_FIG.finditer(text, doc.body_start)):
        sent = C.sentence_at(text, m.start(), m.end(), doc.body_start)
        kind = "year" if re.fullmatch(r"(19|20)\d\d", m.group()) else "count"
        status, claimant, statement = "unsourced", None, None
        if "reportedly" in sent:
            status, statement = "vague", f"s{i}"
            k = text.index("reportedly", text.rfind("\n", 0, m.start()) + 1)
            stmts.append(Statement(id=f"s{i}", rule="fake", cue=Span("reportedly", k, k + 10), source=None,
                                   claimant=None, scope_start=0, scope_end=0, status="vague"))
        elif "Acme said" in sent:
            status, claimant = "attributed", "acme"
        elif "the General Staff said" in sent:
            status, claimant = "attributed", "ua-general-staff"
        figs.append(Figure(id=f"f{i}", start=m.start(), end=m.end(), text=m.group(), kind=kind,
                           status=status if kind == "count" else None, claimant=claimant, statement=statement))
    doc.figures = figs
    doc.statements = stmts
    acme_at = text.find("Acme said")
    doc.claimants = [
        Claimant(id="acme", name="Acme", registered=False,
                 mentions=[Span("Acme", acme_at, acme_at + 4)] if acme_at >= 0 else []),
        Claimant(id="ua-general-staff", name="General Staff of the Armed Forces of Ukraine", registered=True),
    ]
    return doc


@pytest.fixture
def fake(monkeypatch):
    monkeypatch.setattr(attrib.pipeline, "scan_document", fake_scan)


REG = Registry.load(shipped=True, cwd="/nonexistent")


def run_check(src, path="draft.md", settings=None):
    return C.check_text(src, path, settings or Settings(), REG)


def brief(findings):
    return [f"{f.line}:{f.col} {f.code} {f.text}" for f in findings]


# ---- findings ------------------------------------------------------------------------------

def test_statuses_make_codes(fake):
    src = ("---\ntitle: 99 problems\n---\n"
           "Prices rose 40 percent in 2023.\n"
           "Some 300 boats were reportedly seized.\n"
           "Acme said 12 ships sank. Acme said 13 more did.\n"
           "Losses reached 77, the General Staff said.\n")
    fs = run_check(src)
    assert brief(fs) == ["4:13 ATR001 40", "5:6 ATR002 300", "6:1 ATR003 Acme"]
    assert fs[1].message == "figure '300' has only a vague attribution ('reportedly')"
    assert fs[2].message == "claimant 'Acme' is not in the registry (2 figures)"
    assert fs[2].severity == "info" and fs[1].severity == "warning" and fs[0].severity == "error"
    assert fs[0].context == "Prices rose 40 percent in 2023."
    assert (fs[0].end_line, fs[0].end_col) == (4, 15)


def test_masked_markdown_is_not_checked(fake):
    src = ("Intro with `code 5`, a [link](http://x.org/6) and <!-- 7 -->.\n\n"
           "```\nx = 8\n```\n\n| a | b |\n|---|---|\n| tanks | 131 |\n\n- item 41\n\n> quote 43\n")
    assert brief(run_check(src)) == ["9:11 ATR001 131", "11:8 ATR001 41", "13:9 ATR001 43"]


def test_txt_files_are_plain_text(fake):
    assert brief(run_check("Run `5` now.\n", path="draft.txt")) == ["1:6 ATR001 5"]
    assert brief(run_check("Run `5` now.\n", path="draft.md")) == []


# ---- suppressions --------------------------------------------------------------------------

def test_ignore_next_block(fake):
    src = "A 2.\n\n<!-- attrib: ignore -->\nB 3 and 4.\n\nC 5.\n"
    assert brief(run_check(src)) == ["1:3 ATR001 2", "6:3 ATR001 5"]


def test_ignore_named_codes_only(fake):
    src = "<!-- attrib: ignore ATR002 -->\nA 3 here. And 4 was reportedly there.\n"
    fs = run_check(src)
    assert brief(fs) == ["2:3 ATR001 3"]


def test_ignore_inside_a_paragraph_covers_that_paragraph(fake):
    src = "A 1 here. <!-- attrib: ignore ATR001 --> B 2.\n\nC 3.\n"
    assert brief(run_check(src)) == ["3:3 ATR001 3"]


def test_ignore_by_name(fake):
    assert brief(run_check("<!-- attrib: ignore unsourced-figure -->\nA 1.\n")) == []


def test_disable_enable_range(fake):
    src = "A 1.\n\n<!-- attrib: disable ATR001 -->\n\nB 2.\n\nC 3.\n\n<!-- attrib: enable ATR001 -->\n\nD 4.\n"
    assert brief(run_check(src)) == ["1:3 ATR001 1", "11:3 ATR001 4"]


def test_disable_without_enable_runs_to_the_end(fake):
    src = "A 1.\n<!-- attrib: disable -->\nB 2.\n\nC 3.\n"
    assert brief(run_check(src)) == ["1:3 ATR001 1"]


def test_disable_file(fake):
    assert brief(run_check("A 1.\n\n<!-- attrib: disable-file -->\n\nB 2.\n")) == []
    assert brief(run_check("A 1. B 2 reportedly.\n<!-- attrib: disable-file ATR002 -->\n")) == ["1:3 ATR001 1"]


def test_unused_and_invalid_directives(fake):
    src = ("<!-- attrib: ignore ATR002 -->\nA 1.\n\n"
           "<!-- attrib: enable ATR001 -->\n\n"
           "<!-- attrib: frobnicate -->\n\n"
           "<!-- attrib: ignore ATR999 -->\nB 2.\n\n"
           "<!-- attrib: ignore -->\n")
    fs = run_check(src)
    assert [(f.line, f.code) for f in fs] == [(1, "ATR005"), (2, "ATR001"), (4, "ATR005"), (6, "ATR006"),
                                                (8, "ATR006"), (9, "ATR001"), (11, "ATR005")]
    assert fs[0].message == "unused directive 'attrib: ignore ATR002': it suppresses no finding"
    assert fs[2].message == "unused directive 'attrib: enable ATR001': no disable before it to end"
    assert "unknown code 'ATR999'" in fs[4].message
    assert fs[6].message.endswith("no block follows it")


def test_unused_suppression_cannot_hide_itself(fake):
    src = "<!-- attrib: disable-file -->\n<!-- attrib: ignore ATR001 -->\nText.\n"
    assert [f.code for f in run_check(src)] == ["ATR005", "ATR005"]


def test_ordinary_comments_are_not_directives(fake):
    assert brief(run_check("<!-- TODO: check 5 -->\nText.\n")) == []


# ---- source declarations -------------------------------------------------------------------

def test_source_declaration_attributes_the_next_figure(fake):
    src = "<!-- attrib: source=ua-general-staff -->\nRussia lost 131 tanks and 12 guns.\n"
    fs = run_check(src)
    assert brief(fs) == ["2:27 ATR001 12"]


def test_source_declaration_block(fake):
    src = ("<!-- attrib: source=ua-general-staff block -->\n- 131 tanks\n- 12 guns\n\nNot this 5.\n")
    # the whole list is the next block
    assert brief(run_check(src)) == ["5:10 ATR001 5"]


def test_inline_source_declaration(fake):
    src = "Russia lost <!-- attrib: source=ua-general-staff --> 131 tanks, 12 guns.\n"
    assert brief(run_check(src)) == ["1:65 ATR001 12"]


def test_source_declaration_sets_figure_and_claimant(fake, monkeypatch):
    seen = {}
    real = C._figure_findings

    def spy(doc, ctx, figures, registry):
        seen["figs"] = [(f.text, f.status, f.claimant) for f in figures]
        seen["claimants"] = [c.id for c in doc.claimants]
        return real(doc, ctx, figures, registry)

    monkeypatch.setattr(C, "_figure_findings", spy)
    run_check("<!-- attrib: source=ua-general-staff -->\nLost 9.\n")
    assert seen["figs"] == [("9", "attributed", "ua-general-staff")]


def test_unknown_source_id(fake):
    src = "<!-- attrib: source=no-such-body -->\nLost 9.\n"
    fs = run_check(src)
    assert brief(fs) == ["1:1 ATR004 no-such-body", "2:6 ATR001 9"]
    assert fs[0].severity == "error"


def test_source_declaration_without_figure(fake):
    fs = run_check("<!-- attrib: source=ua-general-staff -->\nNo numbers here.\n\nLater 5.\n")
    assert brief(fs) == ["1:1 ATR005 attrib: source=ua-general-staff", "4:7 ATR001 5"]


# ---- settings ------------------------------------------------------------------------------

def test_select_ignore_severity(fake):
    src = "A 1. And 2 reportedly. Acme said 3.\n"
    assert [f.code for f in run_check(src, settings=Settings(select=["ATR001"]))] == ["ATR001"]
    assert [f.code for f in run_check(src, settings=Settings(ignore=["ATR003"]))] == ["ATR001", "ATR002"]
    fs = run_check(src, settings=Settings(severity={"ATR002": "error"}))
    assert [f.severity for f in fs] == ["error", "error", "info"]


def test_unused_suppression_respects_select(fake):
    src = "<!-- attrib: ignore ATR002 -->\nText.\n"
    assert run_check(src, settings=Settings(ignore=["ATR005"])) == []


# ---- run(): exit codes, formats, stdin, errors ---------------------------------------------

@pytest.fixture
def tree(tmp_path, fake, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "clean.md").write_text("No figures at all.\n")
    (tmp_path / "bad.md").write_text("Title\n\nPrices rose 40 percent.\n")
    (tmp_path / "vague.md").write_text("Some 300 boats were reportedly seized.\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args, stdin=None, **kw):
    out, err = io.StringIO(), io.StringIO()
    status = C.run(list(args), out=out, err=err, stdin=stdin, **kw)
    return status, out.getvalue(), err.getvalue()


def test_exit_codes(tree):
    assert run("clean.md") == (0, "", "")
    assert run("bad.md") == (1, "bad.md:3:13: ATR001 unsourced figure '40': nobody is named as its source\n", "")
    assert run("vague.md")[0] == 0
    assert run("vague.md", fail_on="warning")[0] == 1
    assert run("bad.md", exit_zero=True)[0] == 0
    assert run("bad.md", ignore="ATR001")[0] == 0


def test_output_file_does_not_change_status(tree):
    status, out, _ = run("bad.md", output="report.txt")
    assert (status, out) == (1, "")
    assert (tree / "report.txt").read_text().startswith("bad.md:3:13: ATR001")


def test_missing_and_unreadable_files_exit_2_others_still_checked(tree):
    (tree / "binary.md").write_bytes(b"\x00\x01abc")
    status, out, err = run("nope.md", "binary.md", "bad.md")
    assert status == 2
    assert "bad.md:3:13: ATR001" in out
    assert err.splitlines() == ["attrib: nope.md: no such file", "attrib: binary.md: binary file, not text"]


def test_bad_front_matter_is_an_input_error(tree):
    (tree / "fm.md").write_text("---\nkey: [unclosed\n---\nBody 5.\n")
    status, _, err = run("fm.md")
    assert status == 2 and err.startswith("attrib: fm.md:") and "front matter" in err


def test_empty_file_is_clean(tree):
    (tree / "empty.md").write_text("")
    assert run("empty.md") == (0, "", "")


def test_folder_is_walked(tree):
    status, out, _ = run(".")
    assert status == 1
    assert [line.split(":")[0] for line in out.splitlines()] == ["./bad.md", "./vague.md"]


def test_stdin_with_a_name(tree):
    stdin = io.BytesIO(b"We counted 12 cats.\n")
    status, out, _ = run("-", stdin=stdin, stdin_filename="drafts/cats.md")
    assert (status, out) == (1, "drafts/cats.md:1:12: ATR001 unsourced figure '12': nobody is named as its source\n")
    status, out, _ = run("-", stdin=io.BytesIO(b"Run `12` now.\n"), stdin_filename="cats.txt")
    assert out.startswith("cats.txt:1:6:")


def test_bad_command_line_code_is_a_usage_error(tree):
    status, out, err = run("bad.md", select="ATR9")
    assert (status, out) == (2, "")
    assert err == "attrib: --select: unknown code 'ATR9' (known: ATR001, ATR002, ATR003, ATR004, ATR005, ATR006)\n"
    assert run("bad.md", severity=["ATR001=fatal"])[0] == 2


def test_json_format(tree):
    status, out, _ = run("bad.md", "vague.md", fmt="json")
    data = json.loads(out)
    assert status == 1 and data["version"] == 1
    assert data["summary"] == {"files": 2, "findings": 2, "failing": 1, "baselined": 0, "errors": 0,
                               "by_code": {"ATR001": 1, "ATR002": 1}}
    f = data["findings"][0]
    assert {k: f[k] for k in ("code", "name", "severity", "path", "line", "col", "text", "fails")} == {
        "code": "ATR001", "name": "unsourced-figure", "severity": "error", "path": "bad.md", "line": 3, "col": 13,
        "text": "40", "fails": True}
    assert len(f["fingerprint"]) == 32


def test_github_format(tree):
    (tree / "odd, name.md").write_text("A 5%\n")
    _, out, _ = run("odd, name.md", "vague.md", fmt="github")
    assert out.splitlines() == [
        "::error file=odd%2C name.md,line=1,col=3,endLine=1,endColumn=5,title=ATR001 unsourced-figure::"
        "unsourced figure '5%25': nobody is named as its source",
        "::warning file=vague.md,line=1,col=6,endLine=1,endColumn=9,title=ATR002 vague-attribution::"
        "figure '300' has only a vague attribution ('reportedly')",
    ]


def test_junit_format(tree):
    (tree / "nope.md").unlink(missing_ok=True)
    status, out, _ = run("clean.md", "bad.md", "vague.md", "nope.md", fmt="junit")
    root = ET.fromstring(out)
    assert status == 2
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("4", "1", "1")
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"clean.md", "bad.md", "vague.md", "attrib"}
    assert suites["bad.md"].find("testcase/failure").get("type") == "ATR001"
    assert suites["vague.md"].find("testcase/failure") is None  # a warning does not fail by default


# ---- baseline ------------------------------------------------------------------------------

def test_baseline_round_trip_survives_edits_above(tree):
    status, _, err = run("bad.md", "vague.md", write_baseline_to="base.json")
    assert status == 0 and "wrote 2 baseline entries" in err
    assert run("bad.md", "vague.md", baseline="base.json")[:2] == (0, "")
    # Lines added above move every finding: the baseline still holds.
    (tree / "bad.md").write_text("New intro line.\n\nAnother.\n\nTitle\n\nPrices rose 40 percent.\n")
    assert run("bad.md", baseline="base.json")[:2] == (0, "")
    # A new figure is new; the old one stays hidden.
    (tree / "bad.md").write_text("Title\n\nPrices rose 40 percent. Rents rose 9 percent.\n")
    assert run("bad.md", baseline="base.json")[1] == "bad.md:3:36: ATR001 unsourced figure '9': nobody is named as its source\n"


def test_baseline_counts_repeats(tree):
    (tree / "two.md").write_text("It was 5 then 5.\n")
    run("two.md", write_baseline_to="base.json")
    data = json.loads((tree / "base.json").read_text())
    assert data["findings"] == [{"path": "two.md", "code": "ATR001", "text": "5", "context": "It was 5 then 5.",
                                 "count": 2}]
    (tree / "two.md").write_text("It was 5 then 5.\n\nIt was 5 then 5.\n")
    assert len(run("two.md", baseline="base.json")[1].splitlines()) == 2


def test_baseline_paths_are_relative_to_the_baseline_file(tree):
    (tree / "ci").mkdir()
    run("bad.md", write_baseline_to="ci/base.json")
    assert json.loads((tree / "ci/base.json").read_text())["findings"][0]["path"] == "../bad.md"
    assert run(str(tree / "bad.md"), baseline="ci/base.json")[0] == 0


@pytest.mark.parametrize("content,problem", [
    ("{not json", "base.json:1: malformed baseline (not JSON: Expecting property name enclosed in double quotes)"),
    ("[]", "base.json: malformed baseline (expected an object with a 'findings' list)"),
    ('{"baseline_version": 7, "findings": []}', "base.json: unsupported baseline version 7 (this attrib reads 1)"),
    ('{"baseline_version": 1, "findings": [{"path": "a"}]}',
     "base.json: malformed baseline entry 1 (needs path, code, text and context strings)"),
])
def test_malformed_baseline_is_one_line_exit_2(tree, content, problem):
    (tree / "base.json").write_text(content)
    status, out, err = run("bad.md", baseline="base.json")
    assert status == 2
    assert err == f"attrib: {problem}\n"
    assert "bad.md:3:13" in out  # the files are still checked


def test_missing_baseline(tree):
    assert run("bad.md", baseline="none.json")[2] == "attrib: none.json: no such baseline file\n"


def test_load_baseline_raises_config_error(tmp_path):
    p = tmp_path / "b.json"
    p.write_text("{}")
    with pytest.raises(ConfigError):
        C.load_baseline(str(p))


def test_check_paths_unpacks_to_findings_and_errors(tree):
    findings, errors = C.check_paths(["bad.md", "missing.md"])
    assert [f.code for f in findings] == ["ATR001"] and errors == ["missing.md: no such file"]
