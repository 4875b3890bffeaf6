"""The pre-commit hook of .pre-commit-hooks.yaml, run by pre-commit on a temporary repository.

The hook definition is read from the repository's .pre-commit-hooks.yaml and used as a
``repo: local`` hook (language ``system``: the attrib under test, no download of the package from
an index), so pre-commit itself selects the files by type, passes them and reads the exit status.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install pre-commit)")

ROOT = Path(__file__).resolve().parent.parent


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    r = tmp_path / "newsroom"
    r.mkdir()
    git(r, "init", "-q")
    git(r, "config", "user.email", "desk@example.org")
    git(r, "config", "user.name", "Desk")
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())[0]
    assert hook["id"] == "attrib-check"
    local = {k: v for k, v in hook.items() if k not in ("minimum_pre_commit_version",)}
    local["language"] = "system"
    if shutil.which("attrib") is None:  # the package is importable but its script is not on PATH
        local["entry"] = f"{sys.executable} -m attrib.cli check"
    (r / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    (r / "notes.py").write_text("print(40000)\n")  # not Markdown: the hook must not see it
    (r / "draft.md").write_text("# Harbour\n\nThe port handled 40,000 containers.\n")
    (r / "clean.md").write_text("# Harbour\n\nThe port was busy.\n")
    git(r, "add", ".")
    return r


def pre_commit(repo, *args):
    env = dict(os.environ, PRE_COMMIT_HOME=str(repo.parent / "pre-commit-home"), PYTHONPATH=str(ROOT))
    env.pop("PRE_COMMIT", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=300)


def test_hook_fails_on_an_unsourced_figure_then_passes(repo):
    p = pre_commit(repo, "run", "--all-files")
    assert p.returncode == 1, p.stdout + p.stderr
    assert "attrib check (every figure has a source)" in p.stdout and "Failed" in p.stdout
    assert "draft.md:3:" in p.stdout and "ATR001" in p.stdout
    assert "clean.md" not in p.stdout.split("Failed", 1)[1] and "notes.py" not in p.stdout

    (repo / "draft.md").write_text("# Harbour\n\n<!-- attrib: source=ua-general-staff -->\n"
                                   "The port handled 40,000 containers.\n")
    git(repo, "add", ".")
    p = pre_commit(repo, "run", "--all-files")
    assert p.returncode == 0, p.stdout + p.stderr
    assert "Passed" in p.stdout


def test_hook_blocks_a_commit(repo):
    p = pre_commit(repo, "install")
    assert p.returncode == 0, p.stderr
    env = dict(os.environ, PRE_COMMIT_HOME=str(repo.parent / "pre-commit-home"), PYTHONPATH=str(ROOT))
    c = subprocess.run(["git", "commit", "-q", "-m", "draft"], cwd=repo, env=env, capture_output=True, text=True)
    assert c.returncode != 0
    assert "ATR001" in c.stdout + c.stderr


def test_the_local_hook_of_docs_check_md_works_as_written(repo):
    import re

    text = (ROOT / "docs" / "check.md").read_text(encoding="utf-8").split("## pre-commit", 1)[1]
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
    local = next(b for b in blocks if "repo: local" in b)
    (repo / ".pre-commit-config.yaml").write_text(local)
    git(repo, "add", ".")
    bindir = os.path.dirname(sys.executable)  # where the attrib under test has its script
    env = dict(os.environ, PRE_COMMIT_HOME=str(repo.parent / "pre-commit-home"), PYTHONPATH=str(ROOT),
               PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
    env.pop("PRE_COMMIT", None)
    if shutil.which("attrib", path=env["PATH"]) is None:
        pytest.skip("no 'attrib' script on PATH (pip install -e .)")
    p = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=repo, env=env,
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 1 and "draft.md:3:" in p.stdout and "ATR001" in p.stdout, p.stdout + p.stderr
    assert "notes.py" not in p.stdout
