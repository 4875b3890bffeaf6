"""Development corpora written by teammates and used to find constructions (tests/corpus_dev2, _dev3).

Invented articles with gold annotations (shared/corpus/README.md format), scored by the team's
shared/tools/score.py in one subprocess per folder. The floors sit just under the scores of
2026-11-24, so a change to the engine that loses ground on them fails here.
"""
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCORE = HERE.parents[1] / "shared/tools/score.py"
FLOORS = {
    "corpus_dev2": {"recall": 0.98, "precision": 0.88, "claimant": 0.90, "status": 0.92, "bounds": 0.95,
                    "unit": 0.86, "claimants": 0.94},
    "corpus_dev3": {"recall": 0.99, "precision": 0.98, "claimant": 0.81, "status": 0.87, "bounds": 0.98,
                    "unit": 0.92, "claimants": 0.85},
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_development_corpus_scores_above_floors(folder):
    if not SCORE.is_file():
        pytest.skip(f"scorer not found: {SCORE}")
    cmd = f"{shlex.quote(sys.executable)} -m attrib.cli scan --format json"
    proc = subprocess.run([sys.executable, str(SCORE), str(HERE / folder), "--cmd", cmd],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    line = re.search(r"^SCORE .*$", proc.stdout, re.MULTILINE).group()
    shares = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line)}
    low = {k: (shares[k], f) for k, f in FLOORS[folder].items() if shares[k] < f}
    assert not low, f"{folder}: below floor {low}\n{line}"
