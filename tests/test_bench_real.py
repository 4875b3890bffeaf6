"""benchmarks/bench_real.py runs end to end on a tiny corpus and prints every figure it promises."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_real_prints_its_figures():
    shared = (ROOT.parent / "shared" / "corpus").is_dir()  # real articles there: the generated pass is skipped
    p = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_real.py"), "--articles", "6",
                        "--no-startup", "--no-spacy", "--stages", "--jobs", "1,2", "--command-runs", "1"] + (["--no-generated"] if shared else []),
                       capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert p.returncode == 0, p.stderr
    out = p.stdout
    for needle in ("floor (read + one regex pass + set probe", "scan (library, one core)", "of the floor",
                   "x the spaCy small-model peer (3,500 words/CPU-s", "stages (CPU s, share): read",
                   "scan --jobs 2 in process", "with the pool's chunks", "attrib report --jobs 2", "peak RSS"):
        assert needle in out, needle
    assert "DIFFERENT" not in out and out.count("(outputs identical)") == 2 * out.count("\n== ")
