"""Terminal output that fits: `attrib scan` and `attrib report` at 80 and 120 columns, numbers as written."""
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrib.cli import cli
from attrib.render.amounts import amount, clean, fmt, interval
from attrib.render.table import Column, Section, fit_table

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
VAGUE = "Hundreds of people fled and dozens were hurt, officials said. About 12,000 troops were sent, the ministry said.\n"


def run(*args, width=None, input=None, env=None):
    e = dict(env or {})
    if width is not None:
        e["COLUMNS"] = str(width)
    return CliRunner(env=e).invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("command", ["scan", "report"])
@pytest.mark.parametrize("target", [EXAMPLES, EXAMPLES / "01-harbour-daily-strike.md"])
def test_no_line_is_longer_than_the_terminal(command, width, target):
    out = run(command, target, width=width).stdout
    assert out.strip()
    too_long = [line for line in out.splitlines() if len(line) > width]
    assert not too_long, f"{len(too_long)} lines over {width}: {too_long[:3]}"
    assert not [line for line in out.splitlines() if line != line.rstrip()]  # no trailing blanks


@pytest.mark.parametrize("command", ["scan", "report"])
def test_explanations_fit_too(command):
    out = run(command, "--explain", EXAMPLES, width=80).stdout
    assert ("rule " in out or "measure: " in out) and max(map(len, out.splitlines())) <= 80


def test_a_long_path_keeps_its_file_name(tmp_path):
    deep = tmp_path / ("a-rather-long-folder-name-" * 4) / "harbour.md"
    deep.parent.mkdir(parents=True)
    deep.write_text("The port authority said 40 boats sank.\n")
    out = run("scan", deep, width=40).stdout
    line = next(x for x in out.splitlines() if "harbour.md" in x)
    assert line.startswith("\u2026") and line.endswith("harbour.md (1 figure)") and len(line) <= 40


def test_the_width_option_overrides_the_terminal_and_0_means_no_limit():
    narrow = run("scan", "--width", "80", EXAMPLES, width=200).stdout
    assert max(map(len, narrow.splitlines())) <= 80
    wide = run("scan", "--width", "0", EXAMPLES, width=60).stdout
    assert max(map(len, wide.splitlines())) > 60


def test_claim_ids_are_never_cut_at_80_columns():
    data = json.loads(run("report", "--format", "json", EXAMPLES).stdout)
    out = run("report", EXAMPLES, width=80).stdout
    assert all(c["id"] in out for c in data["claims"]) and "\u2026" not in out.split("claimants (")[0]


def test_each_file_is_named_once_relative_to_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = run("scan", EXAMPLES.resolve(), width=120).stdout  # an absolute path is shown relative
    name = "examples/articles/01-harbour-daily-strike.md"
    assert out.count(name) == 1 and str(ROOT) not in out


def test_vague_amounts_are_intervals_never_midpoints():
    out = run("scan", "-", input=VAGUE, width=120).stdout
    assert "200–1,000" in out and "600" not in out  # 'hundreds'
    assert "24–144" in out and "84" not in out  # 'dozens'
    assert "12,000 (10,800–13,200)" in out
    rep = run("report", "-", input=VAGUE, width=120).stdout
    assert "200–1,000" in rep and " 600 " not in rep
    data = json.loads(run("report", "--format", "json", "-", input=VAGUE).stdout)
    hundreds = next(c for c in data["claims"] if any(f["text"].startswith("Hundreds") for f in c["figures"]))
    assert (hundreds["value"], hundreds["low"], hundreds["high"]) == (None, 200, 1000)


@pytest.mark.parametrize("command,fmt", [("scan", "json"), ("scan", "csv"), ("report", "json"), ("report", "csv"),
                                         ("scan", "markdown"), ("report", "markdown"), ("scan", "table")])
def test_numbers_have_no_float_artefacts_in_any_format(command, fmt):
    out = run(command, "--format", fmt, "-", input=VAGUE).stdout
    assert "13200.000000000002" not in out and "e+0" not in out
    assert "13200" in out or "13,200" in out


def test_report_csv_has_low_and_high():
    rows = list(csv.DictReader(io.StringIO(run("report", "--format", "csv", "-", input=VAGUE).stdout)))
    troops = next(r for r in rows if r["value"] == "12000")
    assert (troops["low"], troops["high"]) == ("10800", "13200")


def test_explain_works_with_csv():
    rows = list(csv.DictReader(io.StringIO(run("scan", "--format", "csv", "--explain", "-", input=VAGUE).stdout)))
    assert rows and all(r["rule"] and r["explanation"] for r in rows if r["status"] == "attributed")
    rows = list(csv.DictReader(io.StringIO(run("report", "--format", "csv", "--explain", "-", input=VAGUE).stdout)))
    assert rows and all("verdict" in r["explanation"] for r in rows)


def test_number_helpers():
    assert clean(13200.000000000002) == 13200 and isinstance(clean(13200.000000000002), int)
    assert clean(0.1 + 0.2) == 0.3 and clean(float("inf")) is None
    assert fmt(1.32e4) == "13,200" and fmt(2.5e9) == "2,500,000,000" and fmt(-1234.5) == "-1,234.5"
    assert interval(10800, 13200.000000000002) == "10,800–13,200" and interval(5, None) == "≥ 5"
    assert amount(None, 200, 1000) == "200–1,000" and amount(14, 14, 14) == "14"
    assert amount(20000, 20000, None) == "≥ 20,000"


def test_fit_table_wraps_then_cuts_with_a_visible_ellipsis():
    cols = [Column("id", wrap=False), Column("text")]
    out = fit_table(cols, [["claim-0123456789ab", "a long sentence of words that must wrap"]], width=32)
    assert all(len(line) <= 32 for line in out.splitlines()) and "claim-0123456789ab" in out
    assert len(out.splitlines()) > 3  # wrapped onto several lines
    cut = fit_table(cols, [["claim-0123456789ab", "x"], Section("a section line longer than the table")], width=12)
    assert all(len(line) <= 12 for line in cut.splitlines()) and "\u2026" in cut


def test_progress_shows_on_a_terminal_only_and_quiet_silences_it(tmp_path):
    for i in range(25):
        (tmp_path / f"a{i:02}.md").write_text(f"The ministry said {i + 2} boats sank.\n")
    piped = subprocess.run([sys.executable, "-m", "attrib.cli", "scan", "--format", "json", str(tmp_path)],
                           capture_output=True, text=True, cwd=ROOT)
    assert piped.returncode == 0 and piped.stderr == ""  # stderr is no terminal: silent
    pty = pytest.importorskip("pty")
    code = ("import sys, os; from attrib.cli import cli; sys.argv=['attrib'] + sys.argv[1:]; "
            "cli(prog_name='attrib')")

    def on_tty(*extra):
        master, slave = pty.openpty()
        p = subprocess.run([sys.executable, "-c", code, "scan", "--format", "json", *extra, str(tmp_path)],
                           stdout=subprocess.DEVNULL, stderr=slave, cwd=ROOT, timeout=120)
        os.close(slave)
        chunks = []
        while True:
            try:
                b = os.read(master, 65536)
            except OSError:
                break
            if not b:
                break
            chunks.append(b)
        os.close(master)
        return p.returncode, b"".join(chunks).decode("utf-8", "replace")

    rc, err = on_tty()
    assert rc == 0 and "scanning" in err and "25/25" in err
    rc, err = on_tty("--quiet")
    assert rc == 0 and err == ""


def test_no_articles_found_is_exit_2_in_one_line(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    for command in (["scan"], ["report"], ["graph", "-o", str(tmp_path / "g.graphml")]):
        r = run(*command, tmp_path)
        assert r.exit_code == 2 and len(r.stderr.strip().splitlines()) == 1 and "no articles found" in r.stderr


def test_check_of_a_folder_without_articles_is_exit_2(tmp_path):
    r = run("check", tmp_path)
    assert r.exit_code == 2 and "no articles found" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_an_empty_file_is_alike_for_every_command(tmp_path):
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "blank.md").write_text("\n  \n")
    for command in (["scan"], ["report"], ["check"], ["graph", "-o", str(tmp_path / "g.graphml")]):
        r = run(*command, tmp_path / "empty.md", tmp_path / "blank.md")
        assert r.exit_code == 0 and r.stderr == "", (command, r.stderr)


def test_wide_characters_count_as_two_columns():
    from attrib.render.table import width_of

    rows = [["東京都庁の広報担当者", "said 40"], ["Zoë Ørsted 🚢 team", "x"]]
    for w in (20, 30):
        out = fit_table([Column("claimant"), Column("cue")], rows, width=w)
        assert all(width_of(line) <= w for line in out.splitlines()), out
    assert "東京" in fit_table([Column("claimant")], rows[:1], width=12)
