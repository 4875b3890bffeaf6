#!/usr/bin/env python3
"""Benchmark attrib on real-shaped text: scan, report, --jobs, check start-up, against a pure-Python floor.

    python benchmarks/bench_real.py                       # 600 real + 600 generated articles
    python benchmarks/bench_real.py --articles 1500 --runs 21
    python benchmarks/bench_real.py --no-generated --no-startup --stages

Two corpora, written to a temporary folder and deleted afterwards:

- **real**: the real news articles of ``../shared/corpus`` (dev and news, read at run time, never
  copied into the repository) repeated under new names up to ``--articles`` files; skipped with a
  message when ``../shared/corpus`` is absent;
- **generated**: the same number of articles from benchmarks/corpus.py (fixed seed).

For each corpus, one line a figure:

- **floor**: what pure Python itself allows on the same files in this run — read and decode each
  file, drop the front matter, find every word with one regular-expression pass and probe each
  lower-cased word in a set (a tokenise-once design's minimum work); words per CPU-second;
- **scan (library, one core)**: ``attrib.pipeline.scan_paths`` over the folder in this process,
  pinned to one CPU: words per CPU-second, articles per second, the ratio to the floor, and the
  ratio to the spaCy small-model peer (measured when ``en_core_web_sm`` is importable, else the
  issue's figure, 3,500 words per CPU-second);
- **stages** (``--stages``): CPU seconds and share of read, segment, figures, attribution and the
  JSON rendering;
- **scan / report commands**: ``attrib scan --format json DIR`` and ``attrib report --format json DIR``
  as whole processes with ``--jobs 1`` and ``--jobs 2``: wall time, CPU time (workers included),
  peak RSS, and the speed-up of ``--jobs 2`` (whose outputs are compared byte for byte).

Then **check start-up** (``--no-startup`` to skip): the median wall and CPU time of ``--runs``
runs of ``attrib check ARTICLE`` (the installed command, its cache warm, ``.pyc`` allowed) beside
``python -c pass`` and, when installed (on PATH or ``--proselint``), ``proselint check`` on the
same file, in the same run.  Words are whitespace-separated words of the bodies.  This script only
prints; nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for p in (ROOT, HERE):
    if p not in sys.path:
        sys.path.insert(0, p)

from bench_scan import attrib_command  # noqa: E402
from corpus import body_words, generate  # noqa: E402

SHARED = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
SPACY_SM_WORDS_PER_CPU_S = 3_500  # the measurement of en_core_web_sm's full pipeline, one core
_FRONT = re.compile(r"\ufeff?---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_WORD = re.compile(r"\w+(?:[.,'\u2019-]\w+)*")


def real_articles() -> list:
    files = sorted(f for f in glob.glob(os.path.join(SHARED, "*", "*.md")) if os.path.basename(f) != "README.md")
    return [open(f, encoding="utf-8").read() for f in files]


def write_corpus(texts: list, n: int, folder: str) -> list:
    os.makedirs(folder)
    paths = []
    for i in range(n):
        p = os.path.join(folder, f"a{i + 1:05d}.md")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(texts[i % len(texts)])
        paths.append(p)
    return paths


def floor(paths: list) -> tuple:
    """(words, CPU seconds) of reading and tokenising every file once, with a set probe per word."""
    probe = {"said", "according", "percent", "million", "thousand", "hundreds", "about", "nearly"}
    t = time.process_time()
    words = hits = 0
    for p in paths:
        with open(p, "rb") as fh:
            text = fh.read().decode("utf-8")
        m = _FRONT.match(text)
        body = text[m.end():] if m else text
        words += len(body.split())
        for w in _WORD.findall(body):
            if w.lower() in probe:
                hits += 1
    return words, time.process_time() - t


def spacy_peer(texts: list):
    """en_core_web_sm words per CPU-second on these texts, or None when the model is not installed."""
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm")
    except Exception:
        return None
    words = sum(body_words(t) for t in texts)
    t = time.process_time()
    for doc in nlp.pipe(texts):
        pass
    return words / (time.process_time() - t)


def on_one_core(fn):
    """``fn()`` with this process pinned to one CPU (where the OS allows), the affinity restored after."""
    try:
        before = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {min(before)})
    except (AttributeError, OSError):
        before = None
    try:
        return fn()
    finally:
        if before is not None:
            os.sched_setaffinity(0, before)


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # .pyc allowed, as installed


def run_command(cmd: list, cwd: str) -> tuple:
    """(wall s, CPU s with every descendant, peak RSS MiB, stdout bytes) of one process."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV)
    out = p.stdout.read()
    _, _, ru = os.wait4(p.pid, 0)
    p.stdout.close()
    wall = time.perf_counter() - t
    rss = ru.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru.ru_maxrss / 1024
    return wall, ru.ru_utime + ru.ru_stime, rss, out


def stages(paths: list, registry) -> dict:
    from attrib import attribution, figures, segment
    from attrib.read import read_document
    from attrib.render.scan import to_json

    cpu = dict.fromkeys(("read", "segment", "figures", "attribution", "render"), 0.0)
    docs = []
    clock = time.process_time
    for p in paths:
        a = clock()
        d = read_document(p)
        b = clock()
        d.segments = segment.segment(d.text, d.body_start)
        c = clock()
        d.figures = figures.find_figures(d)
        e = clock()
        attribution.attribute(d, registry)
        f = clock()
        cpu["read"] += b - a
        cpu["segment"] += c - b
        cpu["figures"] += e - c
        cpu["attribution"] += f - e
        docs.append(d)
    a = clock()
    to_json(docs)
    cpu["render"] = clock() - a
    return cpu


def parallel_split(folder: str, registry, jobs: int) -> tuple:
    """CPU seconds of the scan-and-render work: with one process; then this process's and the workers'
    with ``jobs`` workers; and the pool's schedule on ``jobs`` free cores: the chunks of
    :func:`attrib.parallel.ordered_map`, each to the first free worker, at the CPU cost each document
    had here (:func:`attrib.parallel.makespan`).  On free cores the wall time is about parent + schedule."""
    import resource
    from functools import partial

    from attrib import pipeline
    from attrib.parallel import makespan
    from attrib.read import iter_paths
    from attrib.render.scan import document_chunk, output_pieces

    fn = partial(document_chunk, fmt="json")

    def work(j):
        chunks, _ = pipeline.map_paths([folder], fn, registry, jobs=j)
        "".join(output_pieces(chunks, "json"))

    t = time.process_time()
    work(1)
    one = time.process_time() - t
    r0, t = resource.getrusage(resource.RUSAGE_CHILDREN), time.process_time()
    work(jobs)
    parent, r1 = time.process_time() - t, resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    pipeline._worker_init(registry, fn)  # each document as a worker does it: read, scan, render
    costs = []
    for p in iter_paths([folder]):
        t = time.process_time()
        pipeline._scan_item(p)
        costs.append(time.process_time() - t)
    schedule = makespan(costs, jobs) * workers / max(sum(costs), 1e-9)  # at the workers' measured CPU
    return one, parent, workers, schedule


def bench_corpus(name: str, texts: list, a, tmp: str, cmd: list) -> None:
    from attrib.pipeline import scan_paths
    from attrib.registry import Registry

    folder = os.path.join(tmp, name)
    paths = write_corpus(texts, a.articles, folder)
    words = sum(body_words(texts[i % len(texts)]) for i in range(a.articles))
    print(f"\n== {name}: {a.articles:,} articles ({len(texts)} distinct), {words:,} words, "
          f"{words / a.articles:,.0f} words per article")
    fw, fs = floor(paths)
    print(f"floor (read + one regex pass + set probe, pure Python): {fw / fs:,.0f} words/CPU-s")

    registry = Registry.default()
    scan_paths(paths[:3], registry)  # warm: lexicons compiled, registry indexed

    def timed():
        t, w = time.process_time(), time.perf_counter()
        docs, _ = scan_paths([folder], registry, jobs=1)
        return docs, time.process_time() - t, time.perf_counter() - w

    docs, cpu, wall = on_one_core(timed)
    n_fig = sum(1 for d in docs for f in d.figures if f.is_figure)
    del docs
    peer = spacy_peer(texts) if a.spacy else None
    peer_note = "measured here" if peer else "the issue's figure; en_core_web_sm is not installable from PyPI here"
    peer = peer or SPACY_SM_WORDS_PER_CPU_S
    print(f"scan (library, one core): {words / cpu:,.0f} words/CPU-s, {a.articles / wall:,.0f} articles/s, "
          f"{n_fig / a.articles:.1f} figures per article")
    print(f"  = {words / cpu / (fw / fs):.3f} of the floor; {words / cpu / peer:.1f}x the spaCy small-model peer "
          f"({peer:,.0f} words/CPU-s, {peer_note}; goal 50x)")
    if a.stages:
        st = on_one_core(lambda: stages(paths, registry))
        total = sum(st.values())
        print("stages (CPU s, share): " + ", ".join(f"{k} {v:.2f} ({v / total:.0%})" for k, v in st.items()))

    for j in a.jobs:
        if j > 1:
            one, parent, workers, schedule = parallel_split(folder, registry, j)
            print(f"scan --jobs {j} in process: this process {parent:.2f} s CPU, workers {workers:.2f} s CPU, "
                  f"against {one:.2f} s with --jobs 1; on {j} free cores at most {one / (parent + workers / j):.2f}x "
                  f"faster with perfect balance, {one / (parent + schedule):.2f}x with the pool's chunks "
                  f"(the parent's share is serial)")

    for sub in ("scan", "report"):
        outs, times, cpus, rsss = {}, {}, {}, {}
        for _ in range(a.command_runs):  # interleaved; the fastest run of each is the one least slowed by others
            for j in a.jobs:
                wall, cpu_s, rss, out = run_command(cmd + [sub, "--format", "json", "--jobs", str(j), folder], tmp)
                if j not in outs:
                    outs[j] = out
                same_run = out == outs[j]
                outs[j] = out if same_run else b"DIFFERENT BETWEEN RUNS"
                times[j], cpus[j], rsss[j] = min(times.get(j, wall), wall), min(cpus.get(j, cpu_s), cpu_s), rss
        for j in a.jobs:
            wall = times[j]
            print(f"attrib {sub} --jobs {j}: {wall:.2f} s wall, {cpus[j]:.2f} s CPU (fastest of {a.command_runs}), "
                  f"{words / wall:,.0f} words/s, {a.articles / wall:,.0f} articles/s, peak RSS {rsss[j]:,.0f} MiB")
        if 1 in times and len(times) > 1:
            same = all(o == outs[1] for o in outs.values())
            print(f"attrib {sub}: " + ", ".join(f"--jobs {j} {times[1] / times[j]:.2f}x" for j in a.jobs if j != 1)
                  + f" faster than --jobs 1 in wall time (outputs {'identical' if same else 'DIFFERENT'})")


def startup(a, tmp: str, cmd: list, article: str) -> None:
    env = ENV
    prose = a.proselint or shutil.which("proselint")
    cmds = {"python -c pass": [sys.executable, "-c", "pass"], "attrib check": cmd + ["check", "--isolated", article]}
    if prose:
        cmds["proselint check"] = [prose, "check", article]
    for c in cmds.values():  # warm: .pyc written, attrib's cache filled
        subprocess.run(c, cwd=tmp, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = {k: [] for k in cmds}
    cpu = {k: [] for k in cmds}
    for _ in range(a.runs):  # interleaved, so that load on the machine falls on every command alike
        for k, c in cmds.items():
            t = time.perf_counter()
            p = subprocess.Popen(c, cwd=tmp, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, ru = os.wait4(p.pid, 0)
            wall[k].append(time.perf_counter() - t)
            cpu[k].append(ru.ru_utime + ru.ru_stime)
    print(f"\n== check start-up on {os.path.basename(article)}, {a.runs} runs each")
    for k in cmds:
        print(f"{k:<16} median {statistics.median(wall[k]) * 1000:6.1f} ms wall, "
              f"{statistics.median(cpu[k]) * 1000:6.1f} ms CPU (min {min(wall[k]) * 1000:.1f} ms wall)")
    if prose:
        r = statistics.median(wall["attrib check"]) / statistics.median(wall["proselint check"])
        rc = statistics.median(cpu["attrib check"]) / statistics.median(cpu["proselint check"])
        print(f"attrib check / proselint check: {r:.2f} (wall), {rc:.2f} (CPU); goal: under 0.5")
    else:
        print("proselint not found (pip install proselint into any venv, then --proselint PATH)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=600, help="articles per corpus (default 600)")
    ap.add_argument("--jobs", default="1,2", help="--jobs values of the command runs (default 1,2)")
    ap.add_argument("--runs", type=int, default=15, help="check start-up runs (default 15)")
    ap.add_argument("--command-runs", type=int, default=3,
                    help="runs of each scan/report command, the fastest kept (default 3)")
    ap.add_argument("--proselint", help="the proselint command to compare check's start-up with")
    ap.add_argument("--stages", action="store_true", help="also the CPU time of each stage of the scan")
    ap.add_argument("--no-generated", action="store_true", help="only the real articles")
    ap.add_argument("--no-startup", action="store_true", help="skip the check start-up runs")
    ap.add_argument("--no-spacy", dest="spacy", action="store_false", help="do not try the spaCy peer")
    a = ap.parse_args(argv)
    a.jobs = [int(j) for j in a.jobs.split(",")]

    import platform

    cmd = attrib_command()
    print(f"machine: Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs; "
          f"command: {' '.join(cmd)}")
    real = real_articles() if os.path.isdir(SHARED) else []
    with tempfile.TemporaryDirectory() as tmp:
        if not real:
            print(f"\n== real: skipped ({SHARED} is absent)")
        corpora = [("real", real)] if real else []
        if not a.no_generated:
            corpora.append(("generated", generate(a.articles)))
        for name, texts in corpora:
            bench_corpus(name, texts, a, tmp, cmd)
        if not a.no_startup:
            article = os.path.join(SHARED, "dev", "kursk-general-staff.md")
            if not os.path.isfile(article):
                article = os.path.join(tmp, "one.md")
                with open(article, "w", encoding="utf-8") as fh:
                    fh.write(generate(1)[0])
            startup(a, tmp, cmd, article)
    return 0


if __name__ == "__main__":
    sys.exit(main())
