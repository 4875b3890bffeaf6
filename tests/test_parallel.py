"""--jobs N: the same bytes as --jobs 1, in the same order; the JSON-ready per-document result."""
import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrib.cli import cli
from attrib.parallel import chunk_size, makespan, ordered_map
from attrib.pipeline import analyse, document_from_result, result_dict, scan_text
from attrib.render.report import render as render_report
from attrib.render.scan import render as render_scan

HERE = Path(__file__).parent
# Invented articles of the repository's own test corpora (more than enough for two workers).
ARTICLES = sorted((HERE / "corpus").glob("*.md")) + sorted((HERE / "corpus_dev2").glob("*.md"))


def _square_pid(x):
    return x * x, os.getpid()


def test_ordered_map_keeps_order_and_runs_in_workers():
    out = list(ordered_map(_square_pid, range(40), jobs=2, chunksize=3))
    assert [v for v, _ in out] == [x * x for x in range(40)]
    assert os.getpid() not in {pid for _, pid in out}  # every item went to a worker process


def test_small_chunks_keep_two_workers_busy_to_the_end():
    costs = [1.0] * 1200  # 1,200 documents of equal cost
    assert chunk_size(1200, 2) == 16 and chunk_size(40, 2) == 2 and chunk_size(3, 2) == 1
    assert makespan(costs, 2) == pytest.approx(608.0)  # 75 chunks of 16: one worker does one chunk more
    assert makespan(costs, 2, chunksize=64) == pytest.approx(624.0)  # 19 chunks: one worker waits 48 for the other
    assert makespan([5.0, 1.0, 1.0, 1.0, 1.0, 1.0], 2, chunksize=1) == pytest.approx(5.0)  # a long one alone


def test_ordered_map_one_job_stays_here():
    out = list(ordered_map(_square_pid, range(5), jobs=1))
    assert out == [(x * x, os.getpid()) for x in range(5)]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """The articles (copied), an empty file and a binary file: bad inputs must stay in place too."""
    assert len(ARTICLES) >= 8
    d = tmp_path_factory.mktemp("articles")
    for p in ARTICLES:
        shutil.copy(p, d / p.name)
    (d / "m-empty.md").write_text("", encoding="utf-8")
    (d / "n-binary.md").write_bytes(b"\x00\x01binary")
    return d


def run(*args):
    r = CliRunner().invoke(cli, list(map(str, args)), catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"])
def test_scan_jobs_2_is_byte_identical(folder, fmt):
    args = ["scan", "--format", fmt, "--all", folder, folder / "missing.md"]
    if fmt in ("table", "markdown"):
        args.insert(1, "--explain")
    one = run(*args, "--jobs", "1")
    two = run(*args, "--jobs", "2")
    assert one == two
    code, out, err = one
    assert code == 2 and "missing.md: no such file" in err and "n-binary.md: binary file" in err
    assert out.count("bangladesh-sylhet-floods.md") > 0


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_report_jobs_2_is_byte_identical(folder, fmt):
    one = run("report", "--format", fmt, "--explain", folder, "--jobs", "1")
    two = run("report", "--format", fmt, "--explain", folder, "--jobs", "2")
    assert one == two
    if fmt == "json":
        assert json.loads(one[1])["claims"]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_check_jobs_2_is_byte_identical(folder, fmt):
    one = run("check", "--isolated", "--format", fmt, folder, "--jobs", "1")
    two = run("check", "--isolated", "--format", fmt, folder, "--jobs", "2")
    assert one == two
    assert one[0] == 2 and "ATR001" in one[1]


ARTICLE = """---
publisher: Valley Ledger
date: 2026-04-11
title: Mill fire
---
At least 40 boats were damaged when the old mill burned, the River Board said on Friday.

"Nearly 90 workers lost their jobs," said Tomas Wend, the board's chair. About 300 people live near the mill.
"""


def test_result_is_json_ready_and_round_trips():
    doc = scan_text(ARTICLE, "mill.md")
    r = result_dict(doc)
    again = json.loads(json.dumps(r))  # JSON-ready: every value survives a JSON round trip
    back = document_from_result(again)
    assert back.meta["date"] == "2026-04-11" and back.publisher == "Valley Ledger"
    for fmt in ("json", "table", "csv"):
        assert render_scan([back], fmt, explain=True, all_kinds=True) == \
            render_scan([doc], fmt, explain=True, all_kinds=True)
    from attrib.claims import build_claims

    assert render_report([back], build_claims([back]), "json") == render_report([doc], build_claims([doc]), "json")
    assert [(s.start, s.end) for s in back.segments.sentences] == [(s.start, s.end) for s in doc.segments.sentences]


def test_analyse_is_pure():
    first = analyse(ARTICLE, "mill.md")
    analyse("The ministry said 7 people died.", "other.md")
    assert analyse(ARTICLE, "mill.md") == first
    figs = {f["text"]: (f["status"], f["claimant"]) for f in first["figures"]}
    assert figs["At least 40 boats"][0] == "attributed"
    assert analyse("Officials said 5 people died.", "x.md", meta={"publisher": "Wire"})["meta"] == {"publisher": "Wire"}


def test_document_from_result_rejects_other_dicts():
    with pytest.raises(ValueError):
        document_from_result({"path": "x"})
