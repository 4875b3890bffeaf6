#!/usr/bin/env python3
"""Benchmark the figures stage alone: `attrib.figures.find_figures` over generated and real articles.

    python benchmarks/bench_figures.py                    # 1,000 generated articles, 3 passes
    python benchmarks/bench_figures.py --articles 300 --profile
    python benchmarks/bench_figures.py --folder ../shared/corpus/news --passes 20

Documents are read and segmented before the clock starts (the figures stage reads the sentences for
its ellipsis steps); each pass times `find_figures` over every document, and the best pass is
printed, with words per second and the stage's time per 1,000 words. `--profile` prints the top
cProfile entries of one pass, by own time. This script only prints; nothing here asserts a time.

    figures: 412,345 words in 0.91 s = 453,126 words/s (2.21 ms per 1,000 words), 1,000 documents
    figures CPU: 0.90 s = 458,161 words/s (2.18 ms per 1,000 words; CPU time, ...)
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for p in (ROOT, HERE):
    if p not in sys.path:
        sys.path.insert(0, p)

from corpus import DEFAULT_SEED, body_words, generate  # noqa: E402


def _documents(texts):
    from attrib import segment
    from attrib.read import document_from_text

    docs = []
    for i, t in enumerate(texts):
        d = document_from_text(t, f"doc-{i}.md")
        d.segments = segment.segment(d.text, d.body_start)
        docs.append(d)
    return docs


def _folder_texts(folder):
    out = []
    for base, dirs, files in os.walk(folder):
        dirs.sort()
        for f in sorted(files):
            if f.endswith((".md", ".txt")) and f.lower() != "readme.md":
                with open(os.path.join(base, f), encoding="utf-8") as fh:
                    out.append(fh.read())
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=1000, help="generated articles (default 1000)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed")
    ap.add_argument("--folder", help="scan the articles of this folder instead of generated ones")
    ap.add_argument("--passes", type=int, default=3, help="timed passes; the best is printed (default 3)")
    ap.add_argument("--profile", action="store_true", help="print the top cProfile entries of one pass")
    ap.add_argument("--top", type=int, default=25, help="cProfile entries to print (default 25)")
    a = ap.parse_args(argv)
    from attrib.figures import find_figures

    texts = _folder_texts(a.folder) if a.folder else generate(a.articles, seed=a.seed)
    docs = _documents(texts)
    words = sum(body_words(t) for t in texts)
    find_figures(docs[0])  # the lexicons compiled once, outside the clock
    best = cpu = None
    n = 0
    for _ in range(max(1, a.passes)):
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(len(find_figures(d)) for d in docs)
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        best = dt if best is None else min(best, dt)
        cpu = dc if cpu is None else min(cpu, dc)
    print(f"figures: {words:,} words in {best:.2f} s = {words / best:,.0f} words/s "
          f"({1000 * best / max(words, 1) * 1000:.2f} ms per 1,000 words), {len(docs):,} documents, {n:,} figures")
    print(f"figures CPU: {cpu:.2f} s = {words / cpu:,.0f} words/s ({1000 * cpu / max(words, 1) * 1000:.2f} ms per "
          f"1,000 words; CPU time, steadier than the clock on a shared machine)")
    if a.profile:
        pr = cProfile.Profile()
        pr.enable()
        for d in docs:
            find_figures(d)
        pr.disable()
        s = io.StringIO()
        pstats.Stats(pr, stream=s).sort_stats("tottime").print_stats(a.top)
        print(s.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
