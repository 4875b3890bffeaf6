"""The entry point reads ordinary `attrib check` command lines without click: the same result as click's."""
import subprocess
import sys

import pytest

from attrib.__main__ import check_arguments

DRAFT = """---
publisher: Valley Ledger
---
The ferry carried 310 passengers, the Port Office said.

About 45 cars were left behind. Officials reportedly counted 12 more.
"""
CONFIG = "[tool.attrib]\nignore = ['ATR003']\nfail-on = 'warning'\n"


@pytest.fixture
def cwd(tmp_path):
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Prices rose 40% in May.\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    return tmp_path


def run(module, args, cwd, stdin=""):
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", module, "check", *args], cwd=cwd, input=stdin,
                       capture_output=True, text=True, timeout=120)
    err = "".join(line + "\n" for line in p.stderr.splitlines() if not line.startswith("import time:"))
    return (p.returncode, p.stdout, err), " click.core" in p.stderr or "| click\n" in p.stderr


LINES = [
    ["draft.md"],
    ["--isolated", "draft.md", "plain.txt"],
    ["--format", "json", "draft.md"],
    ["--format=sarif", "--exit-zero", "draft.md"],
    ["--fail-on", "info", "--select", "ATR001,ATR002", "draft.md"],
    ["--ignore=ATR002", "-j", "1", "."],
    ["--jobs", "2", "--isolated", "."],
    ["missing.md", "draft.md"],
    ["--config", "missing.toml", "draft.md"],
    ["--stdin-filename", "x.md", "-"],
    ["-o", "report.txt", "draft.md"],
    ["--", "draft.md"],
    ["--no-cache", "--format", "json", "draft.md"],
]


@pytest.mark.parametrize("args", LINES, ids=[" ".join(a) for a in LINES])
def test_fast_path_is_click(cwd, args):
    fast, fast_click = run("attrib", args, cwd, stdin=DRAFT)
    slow, _ = run("attrib.cli", args, cwd, stdin=DRAFT)
    assert fast == slow
    assert not fast_click  # read without importing click


@pytest.mark.parametrize("args", [["--help"], ["--format", "xml", "draft.md"], ["-j", "-1", "draft.md"], [],
                                  ["--severity", "ATR001=info", "draft.md"], ["--config", "sub", "draft.md"],
                                  ["--isolated=yes", "draft.md"], ["--format"]])
def test_anything_else_goes_to_click(cwd, args, monkeypatch):
    monkeypatch.chdir(cwd)
    assert check_arguments(args) is None
    fast, fast_click = run("attrib", args, cwd)
    slow, _ = run("attrib.cli", args, cwd)
    assert fast == slow and fast_click


def test_arguments():
    assert check_arguments(["-j", "3", "--format=json", "a.md", "-"]) == {"paths": ["a.md", "-"], "jobs": 3,
                                                                           "fmt": "json"}
    assert check_arguments(["a.md"]) == {"paths": ["a.md"], "jobs": 0}
    assert check_arguments(["--format", "json", "--format", "text", "a.md"]) is None  # repeated: click decides
