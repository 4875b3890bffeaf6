#!/usr/bin/env python3
"""Benchmark `attrib report` / `attrib graph` on 10^3, 10^4 and 10^5 generated articles.

    python benchmarks/bench_report.py                       # sizes 1000,10000,100000, the incident archive
    python benchmarks/bench_report.py --sizes 1000,10000
    python benchmarks/bench_report.py --kind war --sizes 2000 --keep /tmp/g.graphml

Two archives of our own text, fixed seeds:
- ``incidents`` (the default, benchmarks/incidents.py): local shootings in a few towns, two to four articles
  each, whose counts collide ("2 killed", "four wounded") across hundreds of incidents. Besides the costs it
  prints how well the claims keep incidents apart (pairwise, figures of different incidents in one claim)
  and join one incident's count across its articles, and how many corroborated claims mix incidents.
- ``war``: many outlets report a pool of events (about four articles per event), attributed to registered
  claimants, to their spokespeople, relayed by wires, or unattributed, so that claims corroborate, repeat,
  contradict and update one another.

Each size runs in a fresh process (so peak memory is that size's own) through the library exactly as the
CLI does: scan (read + segment + figures + attribution), claims, claim graph, GraphML written to a file.
Printed per size: seconds per stage, articles/s for the whole report, peak RSS, nodes, edges, GraphML bytes
and bytes per edge. Nothing here asserts a time.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

SEED = 20250206
OUTLETS = [f"{a} {b}" for a in ("Harbor", "Valley", "Coast", "Ridge", "Lake", "Prairie", "Delta", "Summit")
           for b in ("Times", "Ledger", "Courier", "Post", "Herald")]
CLAIMANTS = [  # surface forms the registry knows
    "The General Staff of the Armed Forces of Ukraine", "Ukraine's General Staff",
    "South Korea's National Intelligence Service", "The Pentagon",
    "Pentagon Deputy Press Secretary Sabrina Singh", "The Russian Ministry of Defence",
    "Kremlin spokesman Dmitry Peskov", "The White House", "Ukraine's Main Intelligence Directorate",
    "Russian milbloggers",
]
WIRES = ["Reuters", "the Associated Press", "Yonhap"]
PLACES = ["Kursk", "Sumy", "Kharkiv", "Pokrovsk", "Belgorod", "Zaporizhzhia", "Kherson", "Donetsk", "Bakhmut",
          "Avdiivka", "Kupiansk", "Lyman", "Toretsk", "Vovchansk", "Chasiv Yar"]
SUBJECTS = [  # (owner adjective, owner country, unit, event verb, passive?)
    ("North Korean", "North Korea", "troops", "sent", False),
    ("Russian", "Russia", "soldiers", "captured", True),
    ("Russian", "Russia", "soldiers", "killed", True),
    ("Ukrainian", "Ukraine", "soldiers", "captured", True),
    ("Russian", "Russia", "tanks", "destroyed", True),
    ("Ukrainian", "Ukraine", "tanks", "destroyed", True),
    ("Russian", "Russia", "drones", "shot down", True),
    ("North Korean", "North Korea", "soldiers", "wounded", True),
    ("Russian", "Russia", "artillery systems", "destroyed", True),
]
HEDGES = ["", "about ", "around ", "nearly ", "more than ", "some "]
FILLERS = [
    "The fighting near {place} continued through the night.",
    "Residents of {place} described long queues for water.",
    "The statement did not say how the numbers were counted.",
    "Independent verification was not possible.",
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _num(v: int) -> str:
    return f"{v:,}"


def make_corpus(n: int, seed: int = SEED):
    """[(name, text)] of ``n`` articles; deterministic for a seed."""
    rnd = random.Random(seed)
    n_events = max(20, n // 4)
    events = []
    for i in range(n_events):
        subj = rnd.choice(SUBJECTS)
        base = rnd.choice([3, 12, 40, 131, 350, 909, 1200, 4000, 8000, 12000, 16000, 40000])
        events.append((subj, base, rnd.choice(PLACES), rnd.randrange(730), rnd.choice(CLAIMANTS)))
    out = []
    for k in range(n):
        sents = []
        for _ in range(rnd.choice((1, 2, 2, 3))):
            (adj, country, unit, verb, passive), base, place, day, origin = events[rnd.randrange(n_events)]
            r = rnd.random()
            claimant = origin if r < 0.6 else rnd.choice(CLAIMANTS)
            value = base if rnd.random() < 0.8 else int(base * rnd.choice((0.5, 1.02, 1.3, 2)))
            hedge = rnd.choice(HEDGES)
            if passive:
                fact = f"{hedge}{_num(value)} {adj} {unit} were {verb} near {place}"
            else:
                fact = f"{country} had {verb} {hedge}{_num(value)} {unit} to {place}"
            if r < 0.5:
                sents.append(f"{claimant} said {fact}.")
            elif r < 0.7:
                sents.append(f"According to {claimant}, {fact}.")
            elif r < 0.85:
                sents.append(f"{_cap(rnd.choice(WIRES))} reported, citing {claimant}, that {fact}.")
            else:
                sents.append(f"{_cap(fact)}.")
            if rnd.random() < 0.5:
                sents.append(rnd.choice(FILLERS).format(place=place))
            date = f"2024-{1 + (day // 31) % 12:02d}-{1 + day % 28:02d}" if day < 365 else \
                f"2025-{1 + ((day - 365) // 31) % 12:02d}-{1 + day % 28:02d}"
        text = (f"---\npublisher: {rnd.choice(OUTLETS)}\ndate: '{date}'\ntitle: Report {k}\n---\n"
                + " ".join(sents) + "\n")
        out.append((f"bench/{k:06d}.md", text))
    return out


def incident_corpus(n: int):
    from benchmarks.incidents import generate

    arts = generate(max(1, n // 3), seed=SEED)[:n]
    return [(a.name, a.text) for a in arts], arts


def run_one(n: int, keep: str = "", kind: str = "incidents") -> dict:
    from attrib.claims import build_claims
    from attrib.graph import build_graph
    from attrib.pipeline import scan_document
    from attrib.read import document_from_text
    from attrib.registry import Registry
    from attrib.render.graphml import iter_graphml, write_atomic

    arts = None
    if kind == "incidents":
        corpus, arts = incident_corpus(n)
    else:
        corpus = make_corpus(n)
    reg = Registry.default()
    t0 = time.perf_counter()
    docs = [scan_document(document_from_text(text, name), reg) for name, text in corpus]
    t1 = time.perf_counter()
    claims = build_claims(docs, reg)
    t2 = time.perf_counter()
    G = build_graph(docs, claims, reg)
    t3 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        path = keep or os.path.join(tmp, "g.graphml")
        nbytes = write_atomic(path, iter_graphml(G))
    t4 = time.perf_counter()
    figs = sum(1 for d in docs for f in d.figures if f.is_figure)
    verdicts = {}
    for c in claims:
        verdicts[c.verdict] = verdicts.get(c.verdict, 0) + 1
    from benchmarks.incidents import quality as incident_quality

    quality = incident_quality(docs, claims, arts) if arts is not None else {}
    return {
        "quality": quality,
        "articles": len(corpus), "figures": figs, "claims": len(claims), "verdicts": verdicts,
        "contradicted": sum(1 for c in claims if c.contradicted_by),
        "scan_s": round(t1 - t0, 2), "claims_s": round(t2 - t1, 2), "graph_s": round(t3 - t2, 2),
        "write_s": round(t4 - t3, 2), "report_s": round(t2 - t0, 2),
        "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "graphml_bytes": nbytes,
        "bytes_per_edge": round(nbytes / max(1, G.number_of_edges()), 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated article counts")
    ap.add_argument("--keep", default="", help="also write the GraphML of the last size here")
    ap.add_argument("--kind", choices=["incidents", "war"], default="incidents", help="which archive to generate")
    ap.add_argument("--one", type=int, default=0, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.one:
        print(json.dumps(run_one(a.one, a.keep, a.kind)))
        return
    sizes = [int(s.replace("_", "")) for s in a.sizes.split(",") if s.strip()]
    for i, n in enumerate(sizes):
        cmd = [sys.executable, os.path.abspath(__file__), "--one", str(n), "--kind", a.kind]
        if a.keep and i == len(sizes) - 1:
            cmd += ["--keep", a.keep]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            print(f"{n:>7,} articles: failed\n{p.stderr[-2000:]}")
            continue
        r = json.loads(p.stdout.strip().splitlines()[-1])
        print(f"{r['articles']:>7,} articles  {r['figures']:>7,} figures  {r['claims']:>7,} claims  "
              f"report {r['report_s']:7.2f} s (scan {r['scan_s']:.2f} + claims {r['claims_s']:.2f}) "
              f"= {r['articles'] / max(r['report_s'], 1e-9):,.0f} articles/s  "
              f"graph {r['graph_s']:.2f} s + write {r['write_s']:.2f} s  peak {r['peak_rss_mb']:,.0f} MB  "
              f"{r['nodes']:,} nodes {r['edges']:,} edges  {r['graphml_bytes'] / 1e6:,.1f} MB GraphML  "
              f"{r['bytes_per_edge']:.0f} bytes/edge  verdicts {r['verdicts']} contradicted {r['contradicted']}"
              + (f"  incidents apart {r['quality']['apart']:.3f} together {r['quality']['together']:.3f} "
                 f"mixed corroborated {r['quality']['mixed_corroborated']}" if r.get("quality") else ""),
              flush=True)


if __name__ == "__main__":
    main()
