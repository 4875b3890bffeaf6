"""The small breaks of trust, mended: footnotes, stable ids, lexicon errors, declared dependencies."""
import configparser
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrib.cli import cli
from attrib.markdown import footnote_spans, prepare

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
NOTES = ("---\ntitle: Harbour\n---\nThe port authority said 40 boats sank.[^2] Crews saved 12 cranes.[^note]\n\n"
         "[^2]: The authority counted them on Monday.\n[^note]: Crews said so.\n")


def run(*args, env=None, input=None):
    return CliRunner(env=env or {}).invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


def test_footnote_markers_are_no_figures(tmp_path):
    p = tmp_path / "notes.md"
    p.write_text(NOTES)
    figs = [f["text"] for f in json.loads(run("scan", "--format", "json", p).stdout)["documents"][0]["figures"]]
    assert figs == ["40 boats", "12 cranes"]
    out = run("check", "--select", "ATR001", p).stdout
    assert ":4:39" not in out and ":6:" not in out  # neither the marker nor the note's label


def test_footnotes_through_the_plugin_only_where_a_note_exists():
    spans = footnote_spans(NOTES, NOTES.index("The port"))
    assert [NOTES[a:b].strip() for a, b in spans] == ["[^2]", "[^note]", "[^2]:", "[^note]:"]
    assert footnote_spans("Costs rose [^3] times.\n") == []  # no note [^3]: a bracket, not a footnote
    assert footnote_spans("No notes here, 40 boats.\n") == []


def test_front_matter_is_masked_by_the_parser_too():
    text = "---\ndate: 2026-03-01\ncount: 40\n---\nBody 5.\n"
    assert "40" not in prepare(text, 0).text and "5" in prepare(text, 0).text


def test_claim_ids_do_not_depend_on_how_the_path_is_typed(monkeypatch):
    monkeypatch.chdir(ROOT)
    rel = json.loads(run("report", "--format", "json", "examples/articles/").stdout)
    absolute = json.loads(run("report", "--format", "json", str(EXAMPLES.resolve()) + "/").stdout)
    dotted = json.loads(run("report", "--format", "json", "./examples/../examples/articles").stdout)
    ids = [c["id"] for c in rel["claims"]]
    assert ids and ids == [c["id"] for c in absolute["claims"]] == [c["id"] for c in dotted["claims"]]


def run_fresh(*args, env):
    """The command in a new process: the lexicons are read once per process and cached."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "attrib.cli", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **env}, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("content,where,what", [
    ("weak_verbs:\n  - vowed\n  bad: [\n", ":3:", "invalid YAML"),
    ("weak_verbs:\n  - vowed\n  - no\n", ":3:", "not a string"),
    ("weak_verbs: {a: b}\n", ":1:", "expected a list under 'weak_verbs'"),
])
def test_a_bad_lexicon_is_one_line_with_file_and_line(tmp_path, content, where, what):
    (tmp_path / "cues.yaml").write_text(content)
    for command in ("scan", "check", "report"):
        r = run_fresh(command, EXAMPLES / "01-harbour-daily-strike.md", env={"ATTRIB_LEXICONS": str(tmp_path)})
        lines = r.stderr.strip().splitlines()
        assert r.returncode == 2 and len(lines) == 1, (command, r.stderr)
        assert lines[0].startswith(f"attrib: {tmp_path / 'cues.yaml'}{where}") and what in lines[0]


def test_a_missing_lexicon_folder_is_an_error(tmp_path):
    r = run_fresh("scan", EXAMPLES / "01-harbour-daily-strike.md", env={"ATTRIB_LEXICONS": str(tmp_path / "nope")})
    assert r.returncode == 2 and "does not exist" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_a_bad_registry_is_one_line_with_file_and_line(tmp_path):
    p = tmp_path / "sources.yaml"
    p.write_text("claimants:\n  - id: x\n    nme: X\n")
    r = run("report", "--sources", p, EXAMPLES)
    assert r.exit_code == 2 and r.stderr.startswith(f"attrib: {p}:3:") and len(r.stderr.strip().splitlines()) == 1


def test_dependencies_are_declared_for_every_supported_python():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    reqs = cfg["options"]["install_requires"]
    assert 'tomli>=1.1; python_version < "3.11"' in reqs and "mdit-py-plugins" in reqs


@pytest.mark.parametrize("args,what", [
    (["scan"], "Missing argument"),
    (["scan", "--bogus", "x.md"], "No such option '--bogus'"),
    (["report", "--width", "-3", "x.md"], "Invalid value for '--width'"),
    (["report", "--format", "pdf", "x.md"], "Invalid value for '--format'"),
    (["nosuch"], "No such command"),
])
def test_usage_errors_are_one_line(args, what):
    r = run_fresh(*args, env={})
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2 and len(lines) == 1 and what in lines[0] and "--help" in lines[0], r.stderr


def test_option_combinations_work(tmp_path):
    art = EXAMPLES / "01-harbour-daily-strike.md"
    for args in (["scan", "--format", "json", "--explain", "--all"], ["scan", "--format", "markdown", "--all"],
                 ["report", "--format", "html", "--explain"], ["report", "--format", "csv", "-o", tmp_path / "r.csv"],
                 ["scan", "--format", "csv", "--explain", "--all", "--width", "40"]):
        r = run(*args, art)
        assert r.exit_code == 0 and r.stderr == "", (args, r.stderr)
    assert (tmp_path / "r.csv").read_text().startswith("id,measure,verdict")
