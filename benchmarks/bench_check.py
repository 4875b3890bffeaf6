#!/usr/bin/env python3
"""Benchmark `attrib check`: start-up on one article, and articles per second in one process.

    python benchmarks/bench_check.py                  # 15 start-up runs, 500 generated articles
    python benchmarks/bench_check.py --runs 30 --articles 2000 --file drafts/a.md

Start-up: the median and spread of wall-clock times of N runs of the command
(`python -m attrib check --isolated FILE`, output discarded, `.pyc` files allowed even where
PYTHONDONTWRITEBYTECODE is set), the way CI and pre-commit run it;
by default FILE is the dev article kursk-general-staff.md when ../shared is beside the repository,
else an article from benchmarks/corpus.py.  Also printed: the same for `python -c pass` (the floor
no Python tool beats) and whether networkx was imported (it must not be).

Throughput: articles from benchmarks/corpus.py (fixed seed) checked by `attrib.check.check_paths`
in this process; printed as articles/s and findings.  Nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

DEV_ARTICLE = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "dev", "kursk-general-staff.md")


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd, runs: int, cwd: str) -> list:
    subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)  # warm
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        out.append(time.perf_counter() - t)
    return out


def describe(label: str, times: list) -> str:
    q = statistics.quantiles(times, n=4) if len(times) > 1 else [times[0]] * 3
    return (f"{label:<28} median {statistics.median(times) * 1000:6.1f} ms   "
            f"q1 {q[0] * 1000:6.1f}   q3 {q[2] * 1000:6.1f}   min {min(times) * 1000:6.1f}   (n={len(times)})")


def imported_modules(path: str, cwd: str) -> set:
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "attrib", "check", "--isolated", path],
                       cwd=cwd, capture_output=True, text=True, env=ENV)
    names = set()
    for line in p.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15, help="start-up runs (default 15)")
    ap.add_argument("--articles", type=int, default=500, help="generated articles for throughput (default 500)")
    ap.add_argument("--file", help="the article to time start-up on")
    a = ap.parse_args(argv)

    from benchmarks.corpus import generate

    with tempfile.TemporaryDirectory() as tmp:
        docs = generate(max(a.articles, 1))
        paths = []
        for i, text in enumerate(docs):
            p = os.path.join(tmp, f"article-{i:05d}.md")
            with open(p, "w", encoding="utf-8") as fh:
                fh.write(text)
            paths.append(p)
        article = os.path.abspath(a.file) if a.file else (DEV_ARTICLE if os.path.isfile(DEV_ARTICLE) else paths[0])

        env_cwd = tmp  # no sources.yaml or config of the repository in the way
        print(f"start-up: attrib check on {article}")
        floor = timed([sys.executable, "-c", "pass"], a.runs, env_cwd)
        help_ = timed([sys.executable, "-m", "attrib", "--help"], a.runs, env_cwd)
        check = timed([sys.executable, "-m", "attrib", "check", "--isolated", article], a.runs, env_cwd)
        print(describe("python -c pass", floor))
        print(describe("attrib --help", help_))
        print(describe("attrib check ARTICLE", check))
        mods = imported_modules(article, env_cwd)
        heavy = sorted(m for m in mods if m.split(".")[0] in ("networkx", "numpy", "scipy", "igraph", "pandas", "click",
                                                               "markdown_it", "yaml"))
        print(f"modules imported by check: {len(mods)}; heavy: {', '.join(heavy) or 'none'}")

        from attrib.check import check_paths
        from attrib.config import CliOptions

        opts = CliOptions(isolated=True)
        check_paths(paths[:1], opts)  # warm the registry and lexicons once, as a long run would
        t = time.perf_counter()
        findings, errors = check_paths(paths[:a.articles], opts)
        dt = time.perf_counter() - t
        print(f"throughput: {a.articles} articles in {dt:.2f} s = {a.articles / dt:,.0f} articles/s "
              f"({len(findings)} findings, {len(errors)} errors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
