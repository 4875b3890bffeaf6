#!/usr/bin/env python3
"""Benchmark the renderers on generated articles: terminal tables, CSV, JSON, HTML, GEXF and DOT.

    python benchmarks/bench_render.py                  # sizes 200,2000
    python benchmarks/bench_render.py --sizes 5000

The articles come from bench_report.make_corpus (our own templates, a fixed seed); they are scanned
and grouped into claims once per size, then each output is rendered and timed. Printed per size and
output: seconds, bytes, and for the tables the longest line at 80 and 120 columns. Nothing asserts a time.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

from benchmarks.bench_report import make_corpus  # noqa: E402


def run_one(n: int) -> dict:
    from attrib.claims import build_claims
    from attrib.graph import build_graph
    from attrib.pipeline import scan_document
    from attrib.read import document_from_text
    from attrib.registry import Registry
    from attrib.render import graphml, html, report, scan

    reg = Registry.default()
    docs = [scan_document(document_from_text(text, name), reg) for name, text in make_corpus(n)]
    claims = build_claims(docs, reg)
    out = {"articles": n, "figures": sum(1 for d in docs for f in d.figures if f.is_figure), "claims": len(claims)}
    jobs = {
        "scan table 80": lambda: scan.to_table(docs, width=80),
        "scan table 120": lambda: scan.to_table(docs, width=120),
        "scan csv": lambda: scan.to_csv(docs),
        "scan json": lambda: scan.to_json(docs),
        "report table 80": lambda: report.to_table(docs, claims, reg, width=80),
        "report table 120": lambda: report.to_table(docs, claims, reg, width=120),
        "report csv": lambda: report.to_csv(claims),
        "report html": lambda: html.render_html(docs, claims, reg),
    }
    G = build_graph(docs, claims, reg)
    jobs["graph gexf"] = lambda: graphml.render(G, "gexf")
    jobs["graph dot"] = lambda: graphml.render(G, "dot")
    for name, job in jobs.items():
        t = time.perf_counter()
        text = job()
        row = {"s": round(time.perf_counter() - t, 3), "bytes": len(text.encode("utf-8"))}
        if "table" in name:
            row["longest_line"] = max(map(len, text.splitlines()))
        out[name] = row
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="200,2000")
    args = ap.parse_args(argv)
    for n in (int(x) for x in args.sizes.split(",")):
        print(json.dumps(run_one(n)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
