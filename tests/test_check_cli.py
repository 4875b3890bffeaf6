"""The `attrib check` and `attrib explain` commands as a user runs them (subprocesses)."""
import subprocess
import sys
from pathlib import Path

import pytest

from attrib.messages import MESSAGES

ROOT = Path(__file__).resolve().parent.parent


def attrib(*args, cwd=None, input=None):
    return subprocess.run([sys.executable, "-m", "attrib.cli", *args], cwd=cwd, input=input,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def draft(tmp_path):
    (tmp_path / ".git").mkdir()
    p = tmp_path / "draft.md"
    p.write_text("# Port\n\nThe port handled 40,000 containers.\n")
    return p


def test_check_does_not_import_heavy_modules(draft):
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "attrib.cli", "check", str(draft)],
                       capture_output=True, text=True, timeout=120, cwd=draft.parent)
    assert p.returncode == 1
    mods = {line.rsplit("|", 1)[1].strip() for line in p.stderr.splitlines() if line.startswith("import time:")}
    assert "attrib.check" in mods
    assert "markdown_it" not in mods  # plain prose: no Markdown construct to mask, no parser
    heavy = {m for m in mods if m.split(".")[0] in ("networkx", "numpy", "scipy", "igraph", "pandas", "attrib.graph")}
    assert not heavy and "attrib.graph" not in mods and "attrib.claims" not in mods


def test_check_parses_markup_with_markdown_it(draft):
    draft.write_text("# Port\n\nThe port handled 40,000 containers (`see 12 notes`).\n")
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "attrib.cli", "check", str(draft)],
                       capture_output=True, text=True, timeout=120, cwd=draft.parent)
    assert "markdown_it" in p.stderr and "12 notes" not in p.stdout and "40,000 containers" in p.stdout


def test_exit_statuses_and_output_file(draft):
    cwd = draft.parent
    p = attrib("check", "draft.md", cwd=cwd)
    assert (p.returncode, p.stdout) == (1, "draft.md:3:18: ATR001 unsourced figure '40,000 containers': "
                                           "nobody is named as its source\n")
    assert attrib("check", "--exit-zero", "draft.md", cwd=cwd).returncode == 0
    p = attrib("check", "--output", "report.json", "--format", "json", "draft.md", cwd=cwd)
    assert (p.returncode, p.stdout) == (1, "") and (cwd / "report.json").read_text().startswith("{")
    p = attrib("check", "draft.md", "gone.md", cwd=cwd)
    assert p.returncode == 2 and p.stderr == "attrib: gone.md: no such file\n" and "draft.md:3:18" in p.stdout


@pytest.mark.parametrize("args", [["check"], ["check", "--format", "xml", "x.md"], ["check", "--fail-on", "x", "a"]])
def test_usage_errors_exit_2(draft, args):
    assert attrib(*args, cwd=draft.parent).returncode == 2


def test_baseline_from_the_command_line(draft):
    cwd = draft.parent
    p = attrib("check", "--write-baseline", "base.json", "draft.md", cwd=cwd)
    assert p.returncode == 0 and "wrote 1 baseline entry" in p.stderr
    assert attrib("check", "--baseline", "base.json", "draft.md", cwd=cwd).returncode == 0
    (cwd / "base.json").write_text("not json")
    p = attrib("check", "--baseline", "base.json", "draft.md", cwd=cwd)
    assert p.returncode == 2 and p.stderr.startswith("attrib: base.json:1: malformed baseline")


def test_github_format_from_stdin(draft):
    p = attrib("check", "--format", "github", "-", "--stdin-filename", "posts/x.md", cwd=draft.parent,
               input="Officials counted 12 boats, the General Staff said. Another 7 sank.\n")
    assert p.returncode == 1
    assert p.stdout.startswith("::error file=posts/x.md,line=1,col=")


def test_explain():
    p = attrib("explain")
    assert p.returncode == 0 and [line.split()[0] for line in p.stdout.splitlines()] == [m.code for m in MESSAGES]
    for m in MESSAGES:
        p = attrib("explain", m.code)
        assert p.returncode == 0 and p.stdout.startswith(f"{m.code} {m.name} (default severity: {m.severity})")
    assert attrib("explain", "vague-attribution").stdout.startswith("ATR002")
    p = attrib("explain", "ATR999")
    assert p.returncode == 2 and "unknown code" in p.stderr


def test_help_lists_every_option():
    p = attrib("check", "--help")
    for opt in ("--format", "--output", "--select", "--ignore", "--severity", "--fail-on", "--exit-zero", "--config",
                "--baseline", "--write-baseline", "--stdin-filename", "--sources", "--isolated", "--extend-select"):
        assert opt in p.stdout


def test_docs_name_every_code_and_option():
    doc = (ROOT / "docs" / "check.md").read_text(encoding="utf-8")
    for m in MESSAGES:
        assert m.code in doc and m.name in doc
    for opt in ("--fail-on", "--exit-zero", "--baseline", "--write-baseline", "--stdin-filename", "--format sarif"):
        assert opt in doc
    assert "pre-commit" in doc and "github/codeql-action/upload-sarif" in doc
