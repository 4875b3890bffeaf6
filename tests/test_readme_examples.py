"""The shell examples of README.md and docs/output.md run as written and print what they show.

A fenced block right after an HTML comment ``<!-- NAME-output -->`` holds ``$ command`` lines, each
followed by its output (stdout and stderr, at 100 columns: the width of output that is no terminal).
The commands of a block run one after the other in one shell, in a fresh folder holding a copy of
``examples/`` (so that a command that writes a file writes it there, not in the repository).
A last line starting ``(…`` stands for output left out. Regenerate the blocks after a change with

    python tests/test_readme_examples.py --write
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = [ROOT / "README.md", ROOT / "docs" / "output.md", ROOT / "docs" / "check.md", ROOT / "docs" / "registry.md",
         ROOT / "docs" / "claims.md"]
BLOCK = re.compile(r"(<!-- ([a-z0-9-]+)-output -->\n```[a-z]*\n)(.*?)(```)", re.DOTALL)
MORE = "(\u2026"


def parse(body: str):
    """[(command, expected lines)], and whether the block ends with a '(…' line."""
    cmds, more = [], False
    for line in body.rstrip("\n").split("\n"):
        if line.startswith("$ "):
            cmds.append((line[2:], []))
        elif line.startswith(MORE):
            more = True
        elif cmds:
            cmds[-1][1].append(line)
    return cmds, more


def run_block(cmds):
    """The output of each command, run one after the other in one shell, in a copy of examples/."""
    import shutil
    import tempfile

    script = "".join(f"{{ {c}\n}} 2>&1\n__rc=$?; echo '@@@'; (exit $__rc)\n" for c, _ in cmds)
    env = dict(os.environ, COLUMNS="100", PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])
    env.pop("ATTRIB_LEXICONS", None)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(ROOT / "examples", Path(tmp) / "examples")
        p = subprocess.run(["bash", "-c", script], cwd=tmp, env=env, capture_output=True, text=True, timeout=300,
                           stdin=subprocess.DEVNULL)
    parts = p.stdout.split("@@@\n")
    return [x.rstrip("\n").split("\n") if x.strip() else [] for x in parts[: len(cmds)]]


def blocks():
    for f in FILES:
        if f.exists():
            for m in BLOCK.finditer(f.read_text(encoding="utf-8")):
                yield f, m


@pytest.mark.parametrize("f,name", [(f, m.group(2)) for f, m in blocks()])
def test_block_runs_as_written(f, name):
    m = next(m for g, m in blocks() if g == f and m.group(2) == name)
    cmds, more = parse(m.group(3))
    got = run_block(cmds)
    for (cmd, want), have in zip(cmds, got):
        if more and (cmd, want) == cmds[-1]:
            have = have[: len(want)]
        assert have == want, f"{f.name} {name}: $ {cmd}"


def write() -> None:
    for f in FILES:
        if not f.exists():
            continue
        text = f.read_text(encoding="utf-8")

        def redo(m):
            cmds, more = parse(m.group(3))
            got = run_block(cmds)
            out = []
            for i, ((cmd, want), have) in enumerate(zip(cmds, got)):
                if more and i == len(cmds) - 1:
                    have = have[: len(want)]
                out += [f"$ {cmd}"] + have
            tail = [line for line in m.group(3).rstrip("\n").split("\n") if line.startswith(MORE)]
            return m.group(1) + "\n".join(out + tail) + "\n" + m.group(4)

        f.write_text(BLOCK.sub(redo, text), encoding="utf-8")
        print("rewrote", f.relative_to(ROOT))


if __name__ == "__main__":
    if "--write" in sys.argv:
        write()
