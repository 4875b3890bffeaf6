#!/usr/bin/env python3
"""Benchmark `attrib check`: start-up on one article, and articles per second in one process.

    python benchmarks/bench_check.py                  # 15 start-up runs, 500 generated articles
    python benchmarks/bench_check.py --runs 30 --articles 2000 --file drafts/a.md --proselint ~/pv/bin/proselint

Start-up: the median and spread of wall-clock (and CPU) times of N interleaved runs of each command,
output discarded, `.pyc` files allowed even where PYTHONDONTWRITEBYTECODE is set, the way CI and
pre-commit run it, with this checkout's attrib and its cache in a fresh temporary folder
(ATTRIB_CACHE_DIR):

- `attrib check --isolated FILE`, warm: the result is in the results cache (attrib.resultcache);
- the same, cold: the results cache emptied before each run (the registry, lexicon and pattern
  caches warm), i.e. the first check of an edited draft;
- the same with `--no-cache`: no cache at all;
- `python -c pass`: the floor no Python tool beats;
- `proselint check FILE` (proselint on PATH, or `--proselint PATH`; skipped when absent), and the
  ratios of attrib's medians to proselint's (the goal of issue 10: under 0.5).

By default FILE is the dev article kursk-general-staff.md when ../shared is beside the repository,
else an article from benchmarks/corpus.py.  Also printed: whether a heavy module (networkx, click,
markdown-it, PyYAML ...) was imported by a cold check.

Throughput: articles from benchmarks/corpus.py (fixed seed) checked by `attrib.check.check_paths`
in this process; printed as articles/s and findings.  Nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

PROSELINT = "/tmp/pv/bin/proselint"  # a scratch venv's proselint, used when none is on PATH
DEV_ARTICLE = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "dev", "kursk-general-staff.md")


ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "ATTRIB_CACHE")}


def timed_interleaved(cmds: dict, runs: int, cwd: str, before: dict = None) -> tuple:
    """Wall and CPU seconds of ``runs`` runs of every command, interleaved (load on the machine falls on
    each alike); ``before[name]()`` runs (untimed) before each run of that command."""
    before = before or {}
    for name, c in cmds.items():  # warm: .pyc written, caches filled
        subprocess.run(c, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wall = {k: [] for k in cmds}
    cpu = {k: [] for k in cmds}
    for _ in range(runs):
        for name, c in cmds.items():
            if name in before:
                before[name]()
            t = time.perf_counter()
            p = subprocess.Popen(c, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
            _, _, ru = os.wait4(p.pid, 0)
            wall[name].append(time.perf_counter() - t)
            cpu[name].append(ru.ru_utime + ru.ru_stime)
    return wall, cpu


def describe(label: str, times: list, cpu: list = None) -> str:
    q = statistics.quantiles(times, n=4) if len(times) > 1 else [times[0]] * 3
    return (f"{label:<30} median {statistics.median(times) * 1000:6.1f} ms   "
            f"q1 {q[0] * 1000:6.1f}   q3 {q[2] * 1000:6.1f}   min {min(times) * 1000:6.1f}"
            + (f"   CPU {statistics.median(cpu) * 1000:6.1f} ms" if cpu else "") + f"   (n={len(times)})")


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
    ap.add_argument("--proselint", help="the proselint command to compare with (default: on PATH, or /tmp/pv/bin/proselint)")
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
        cache_dir = os.path.join(tmp, "attrib-cache")
        ENV["ATTRIB_CACHE_DIR"] = cache_dir  # never the user's cache
        ENV["PYTHONPATH"] = os.pathsep.join(filter(None, [ROOT, ENV.get("PYTHONPATH")]))  # this checkout's attrib
        check = [sys.executable, "-m", "attrib", "check", "--isolated", article]
        cmds = {"python -c pass": [sys.executable, "-c", "pass"],
                "attrib check, warm cache": check,
                "attrib check, cold results": check,
                "attrib check --no-cache": check[:4] + ["--no-cache"] + check[4:]}
        prose = a.proselint or shutil.which("proselint") or (PROSELINT if os.path.isfile(PROSELINT) else None)
        if prose:
            cmds["proselint check"] = [prose, "check", article]
        print(f"start-up: attrib check on {article}, {a.runs} interleaved runs each")
        # the cold run empties the results cache and keeps its result again, so the next warm run hits
        wall, cpu = timed_interleaved(cmds, a.runs, env_cwd,
                                      before={"attrib check, cold results":
                                              lambda: shutil.rmtree(os.path.join(cache_dir, "check"), True)})
        for name in cmds:
            print(describe(name, wall[name], cpu[name]))
        if prose:
            pw, pc = statistics.median(wall["proselint check"]), statistics.median(cpu["proselint check"])
            for name in ("attrib check, warm cache", "attrib check, cold results", "attrib check --no-cache"):
                print(f"{name} / proselint check: {statistics.median(wall[name]) / pw:.2f} (wall), "
                      f"{statistics.median(cpu[name]) / pc:.2f} (CPU); goal: under 0.5")
        else:
            print("proselint not found: not compared (pip install proselint into any venv, then --proselint PATH)")
        shutil.rmtree(os.path.join(cache_dir, "check"), True)
        mods = imported_modules(article, env_cwd)
        heavy = sorted(m for m in mods if m.split(".")[0] in ("networkx", "numpy", "scipy", "igraph", "pandas", "click",
                                                               "markdown_it", "yaml"))
        print(f"modules imported by a cold check: {len(mods)}; heavy: {', '.join(heavy) or 'none'}")

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
