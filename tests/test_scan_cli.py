"""`attrib scan`: formats, the JSON contract, bad input, determinism."""
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrib.cli import cli

ARTICLE = """---
publisher: Harbour Herald
date: 2026-03-01
title: Storm sinks boats
---
At least 40 boats sank overnight, the Harbour Authority said on Monday.

"We have lost 12 cranes," said Dana Ruiz, a spokeswoman for the authority.

About 300 people live near the pier.
"""


@pytest.fixture
def article(tmp_path):
    p = tmp_path / "storm.md"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def run(*args, input=None):
    return CliRunner().invoke(cli, list(map(str, args)), input=input, catch_exceptions=False)


def test_json_contract(article):
    r = run("scan", "--format", "json", article)
    assert r.exit_code == 0
    out = json.loads(r.output)
    doc = out["documents"][0]
    assert doc["publisher"] == "Harbour Herald"
    figs = {f["text"]: f for f in doc["figures"]}
    f = figs["At least 40 boats"]
    assert ARTICLE[f["start"]:f["end"]] == "At least 40 boats"
    assert (f["kind"], f["value"], f["low"], f["high"], f["unit"], f["status"]) == ("count", 40, 40, None, "boats", "attributed")
    assert f["cue"]["text"] == "said" and ARTICLE[f["cue"]["start"]:f["cue"]["end"]] == "said"
    assert ARTICLE[f["source"]["start"]:f["source"]["end"]] == f["source"]["text"] == "Harbour Authority"
    ids = {c["id"] for c in doc["claimants"]}
    assert f["claimant"] in ids
    ruiz = next(c for c in doc["claimants"] if c["name"] == "Dana Ruiz")
    assert figs["12 cranes"]["claimant"] == ruiz["id"]
    assert figs["About 300 people"]["status"] == "unsourced" and figs["About 300 people"]["claimant"] is None


def test_table_csv_markdown_and_explain(article):
    t = run("scan", article).output
    assert "At least 40 boats" in t and "Harbour Authority" in t
    c = run("scan", "--format", "csv", article).output.splitlines()
    assert c[0].startswith("path,line,col,text") and len(c) == 4
    m = run("scan", "--format", "markdown", "--explain", article).output
    assert m.startswith("| where") and "rule trailing-subject-verb" in m


def test_stdin(article):
    r = run("scan", "--format", "json", "-", input=ARTICLE)
    assert json.loads(r.output)["documents"][0]["path"] == "<stdin>"


def test_output_is_byte_identical_across_runs(article):
    assert run("scan", "--format", "json", article).output == run("scan", "--format", "json", article).output


def test_bad_inputs_are_one_line_each_and_the_rest_is_scanned(tmp_path, article):
    (tmp_path / "bin.md").write_bytes(b"caf\xe9 40 boats\n")
    (tmp_path / "empty.md").write_text("")
    r = CliRunner().invoke(cli, ["scan", "--format", "json", str(tmp_path / "bin.md"), str(tmp_path / "empty.md"),
                                 str(tmp_path / "missing.md"), str(article)])
    assert r.exit_code == 2
    errs = [l for l in r.stderr.splitlines() if l]
    assert len(errs) == 2 and all(l.startswith("attrib: ") for l in errs)
    assert "not UTF-8" in errs[0] and "no such file" in errs[1]  # in the order given
    assert "Traceback" not in r.output + r.stderr
    docs = json.loads(r.stdout)["documents"]  # an empty file is a document with no figures, not an error
    assert [Path(d["path"]).name for d in docs] == ["empty.md", "storm.md"] and docs[0]["figures"] == []


def test_folders_recurse_and_directory_loops_are_reported(tmp_path, article):
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_text("They found 3 shells.\n")
    os.symlink(tmp_path, sub / "loop")
    r = CliRunner().invoke(cli, ["scan", "--format", "json", str(tmp_path)])
    paths = [Path(d["path"]).name for d in json.loads(r.stdout)["documents"]]
    assert paths == ["storm.md", "b.txt"]  # a folder's entries in name order, sub-folders in place
    assert r.exit_code == 0 and r.stderr == ""  # a symlinked folder is not followed by default
    r = CliRunner().invoke(cli, ["scan", "--format", "json", "--follow-symlinks", str(tmp_path)])
    paths = [Path(d["path"]).name for d in json.loads(r.stdout)["documents"]]
    assert paths == ["storm.md", "b.txt"]
    assert "directory loop" in r.stderr and r.exit_code == 2


def test_malformed_front_matter_is_an_input_error(tmp_path):
    p = tmp_path / "x.md"
    p.write_text("---\npublisher: [unclosed\n---\nThey found 3 shells.\n")
    r = CliRunner().invoke(cli, ["scan", str(p)])
    assert r.exit_code == 2 and "front matter is not valid YAML" in r.stderr


def test_user_lexicon_extends_the_shipped_one(tmp_path, monkeypatch):
    from attrib import lexicon as lx
    from attrib import attribution, figures
    (tmp_path / "hedges.yaml").write_text("classes:\n  nearly:\n    before: [well-nigh]\n")
    monkeypatch.setenv("ATTRIB_LEXICONS", str(tmp_path))
    for f in (lx.lexicon, figures._lex, attribution._lex):
        f.cache_clear()
    try:
        import attrib
        f = [f for f in attrib.scan_text("Well-nigh 500 boats sank.").figures if f.is_figure][0]
        assert f.hedge == "nearly" and f.high == 500
    finally:
        monkeypatch.delenv("ATTRIB_LEXICONS")
        for f in (lx.lexicon, figures._lex, attribution._lex):
            f.cache_clear()
