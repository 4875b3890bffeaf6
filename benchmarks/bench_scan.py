#!/usr/bin/env python3
"""Benchmark `attrib scan`: throughput on one core, peak memory, and start-up time.

    python benchmarks/bench_scan.py                  # 2,000 generated articles
    python benchmarks/bench_scan.py --articles 500 --profile
    python benchmarks/bench_scan.py --no-startup --no-tracemalloc

The corpus is made by benchmarks/corpus.py (deterministic, our own text). Scanning runs through the
library exactly as the CLI does (``attrib.read.document_from_text`` then ``attrib.scan_document``,
with the registry loaded once) and keeps every scanned Document, as ``attrib scan`` does before it
renders. Words are whitespace-separated words of the article bodies (front matter excluded).

Printed figures, one per line, e.g.::

    scan: 1,204,320 words in 3.21 s = 375,177 words/s, 623 articles/s

This script only prints; nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for p in (ROOT, HERE):
    if p not in sys.path:
        sys.path.insert(0, p)

from corpus import DEFAULT_SEED, body_words, generate  # noqa: E402

TARGET_WORDS_PER_S = 250_000


def pin_one_core() -> str:
    """Run on a single CPU (where the OS allows) so the figure is a one-core figure."""
    try:
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[0]})
        return f"pinned to CPU {cpus[0]} of {len(cpus)}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity here)"


def scan_all(texts, registry):
    import attrib
    from attrib.read import document_from_text

    docs = []
    for i, text in enumerate(texts):
        docs.append(attrib.scan_document(document_from_text(text, f"article-{i + 1:05d}.md"), registry))
    return docs


def maxrss_mib() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def attrib_command() -> list:
    """The installed `attrib` console script beside this Python, else `python -m attrib.cli`."""
    exe = os.path.join(os.path.dirname(sys.executable), "attrib")
    if os.path.exists(exe):
        return [exe]
    found = shutil.which("attrib")
    if found:
        return [found]
    return [sys.executable, "-m", "attrib.cli"]


def time_command(cmd, runs: int, ok=(0, 1)) -> tuple:
    """Median and min wall time of ``cmd`` over ``runs`` runs (one warm-up run first)."""
    env = dict(os.environ)
    env.setdefault("PYTHONPATH", ROOT)
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    if first.returncode not in ok:
        return None, None, (first.stderr.strip().splitlines() or [f"exit {first.returncode}"])[-1]
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT)
        times.append(time.perf_counter() - t)
    return statistics.median(times), min(times), None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000, help="articles to generate and scan (default 2000)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed")
    ap.add_argument("--runs", type=int, default=10, help="start-up runs to take the median of (default 10)")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up measurement")
    ap.add_argument("--no-tracemalloc", action="store_true", help="skip the traced-memory pass (it is slower)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    ap.add_argument("--profile", action="store_true", help="print the top cProfile entries of a scan pass")
    ap.add_argument("--profile-articles", type=int, default=300, help="articles in the profiled pass (default 300)")
    ap.add_argument("--top", type=int, default=30, help="cProfile entries to print (default 30)")
    a = ap.parse_args(argv)

    import platform

    pin = "not pinned" if a.no_pin else pin_one_core()
    print(f"machine: Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, {pin}")

    t = time.perf_counter()
    texts = generate(a.articles, a.seed)
    gen_s = time.perf_counter() - t
    words = sum(body_words(x) for x in texts)
    chars = sum(len(x) for x in texts)
    print(f"corpus: {len(texts):,} articles, {words:,} words, {chars / 1e6:.1f} M characters "
          f"(seed {a.seed}, generated in {gen_s:.2f} s)")

    t = time.perf_counter()
    import attrib
    from attrib.registry import Registry

    registry = Registry.default()
    print(f"import + registry: {time.perf_counter() - t:.3f} s (attrib {attrib.__version__}, "
          f"{len(getattr(registry, 'entries', []) or [])} registry entries)")

    # Warm-up on a few articles (lazy imports, compiled regular expressions, caches).
    scan_all(texts[:5], registry)

    gc.collect()
    t = time.perf_counter()
    docs = scan_all(texts, registry)
    secs = time.perf_counter() - t
    print(f"scan: {words:,} words in {secs:.2f} s = {words / secs:,.0f} words/s, {len(texts) / secs:,.0f} articles/s")
    print(f"scan target: {TARGET_WORDS_PER_S:,} words/s on one core — "
          f"{'met' if words / secs >= TARGET_WORDS_PER_S else 'NOT met'} ({words / secs / TARGET_WORDS_PER_S:.2f}x)")

    kinds = Counter(f.kind for d in docs for f in d.figures)
    statuses = Counter(f.status for d in docs for f in d.figures if f.is_figure)
    n_fig = sum(statuses.values())
    print(f"found: {n_fig:,} figures ({n_fig / max(1, len(docs)):.1f} per article), "
          f"{sum(kinds.values()) - n_fig:,} dates/years/durations/ordinals, "
          f"{sum(len(d.claimants) for d in docs):,} claimants, {sum(len(d.statements) for d in docs):,} statements")
    if n_fig:
        print("statuses: " + ", ".join(f"{k or 'none'} {v / n_fig:.1%}" for k, v in statuses.most_common()))
    else:
        print("statuses: no figures found (is the engine still a stub?)")
    print(f"peak memory (maxrss, whole process, all {len(docs):,} documents kept): {maxrss_mib():,.0f} MiB")
    del docs
    gc.collect()

    if not a.no_tracemalloc:
        tracemalloc.start()
        docs = scan_all(texts, registry)
        cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak memory (tracemalloc, scan of {len(docs):,} documents, kept): {peak / 2**20:,.1f} MiB "
              f"= {peak / len(docs) / 1024:,.1f} KiB per article")
        del docs
        gc.collect()

    if not a.no_startup:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "one-article.md")
            with open(path, "w", encoding="utf-8") as f:
                f.write(texts[0])
            base = [sys.executable, "-c", "pass"]
            cmd = attrib_command()
            med, lo, _ = time_command(base, a.runs)
            print(f"startup: python -c pass: median {med * 1000:.0f} ms (min {lo * 1000:.0f} ms) over {a.runs} runs")
            for sub in ("scan", "check"):
                med, lo, err = time_command(cmd + [sub, path], a.runs)
                shown = " ".join(os.path.basename(c) if i == 0 else c for i, c in enumerate(cmd))
                if err:
                    print(f"startup: {shown} {sub} on one article: not measured ({err})")
                else:
                    print(f"startup: {shown} {sub} on one article: median {med * 1000:.0f} ms "
                          f"(min {lo * 1000:.0f} ms) over {a.runs} runs")

    if a.profile:
        sub = texts[: a.profile_articles]
        prof = cProfile.Profile()
        prof.enable()
        scan_all(sub, registry)
        prof.disable()
        for key in ("tottime", "cumulative"):
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(a.top)
            print(f"\nprofile: {len(sub):,} articles, top {a.top} by {key}")
            lines = buf.getvalue().splitlines()
            start = next((i for i, ln in enumerate(lines) if "ncalls" in ln), 0)
            print("\n".join(ln for ln in lines[start:] if ln.strip()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
