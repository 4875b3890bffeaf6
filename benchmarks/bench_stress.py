"""Pathological inputs: every case must scan in time linear in its length, up to 8 MB.

For each case the input is doubled from ``--min-kb`` up to ``--max-mb`` and the time of each size is
printed with its growth factor over the size before: about 2.0 when time grows linearly with the
doubled input, near 4 for a quadratic regression. The target (issue 12) is at most 2.2 at every
doubling. No assertion: benchmarks print figures.

    python benchmarks/bench_stress.py                    # every case, 512 KB ... 8 MB (several minutes)
    python benchmarks/bench_stress.py --max-mb 2         # quicker
    python benchmarks/bench_stress.py --case "said"      # the cases whose name holds 'said'

Timings are CPU seconds of the process (not wall time, so other jobs on a shared machine count
less), the best of ``--repeat`` runs (default 1 above 1 MB, 3 below), the garbage collector run
before each.
"""
import argparse
import gc
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import attrib  # noqa: E402


def _article() -> str:
    from attrib.read import split_front_matter
    from benchmarks.corpus import generate

    text = generate(1, seed=3)[0]
    return text[split_front_matter(text)[1]:] + "\n\n"


def _repeat(unit: str, tail: str = ""):
    return lambda n: unit * max(1, (n - len(tail)) // len(unit)) + tail


CASES = {
    # issue 12 H3: one sentence of 'said' (every word a cue) and one article repeated
    "said x N, then a figure": _repeat("said ", "5 people."),
    "one article repeated": lambda n: _repeat(_ARTICLE[0])(n),
    "one long sentence of clauses": _repeat("the officials, the ministry said, ", "40 people died."),
    "one long token": lambda n: "a" * n + " 40 people",
    "many unbalanced quotes": _repeat('"' + "word " * 5),
    "numbers only": lambda n: " ".join(str(i) for i in range(n // 6)),
    "long chain of capitalised words": _repeat("Alpha ", "said 40 people died."),
    "appositions in a row": _repeat("the Harbour Authority, a body of the state, ", "said 40 boats sank."),
    "many short paragraphs": _repeat("The ministry said 40 people died. He added that 3 more were hurt.\n\n"),
    "quotations continued": _repeat("\u201cWe lost 12 boats,\u201d the Harbour Authority said. \u201cAnd 30 cranes.\u201d\n\n"),
    "a list after a colon": _repeat("The ministry said:\n\n- 40 people died\n- 12 boats sank\n\n"),
    "urls and numbers": _repeat("See http://example.org/2024/05/01/1,000 where 40 people died. "),
}
_ARTICLE = [""]


def timed(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t = time.process_time()  # CPU time: other jobs on the machine do not count
        attrib.scan_text(text)
        best = min(best, time.process_time() - t)
    return best


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min-kb", type=int, default=512, help="the first size, in KB (default 512)")
    ap.add_argument("--max-mb", type=float, default=8, help="the last size, in MB (default 8)")
    ap.add_argument("--case", default="", help="only the cases whose name holds this text")
    ap.add_argument("--repeat", type=int, default=0, help="runs per size, best kept (default 3 below 1 MB, else 1)")
    args = ap.parse_args(argv)
    _ARTICLE[0] = _article()
    attrib.scan_text("warm up: the ministry said 3 people died.")
    sizes = []
    n = args.min_kb * 1000
    while n <= args.max_mb * 1_000_000 + 1:
        sizes.append(n)
        n *= 2
    print(f"{'case':34} " + " ".join(f"{s / 1e6:>7.2f}MB" for s in sizes) + "   worst x2 -> time x")
    worst_all = 0.0
    for name, make in CASES.items():
        if args.case and args.case not in name:
            continue
        times = []
        for s in sizes:
            text = make(s)
            times.append(timed(text, args.repeat or (3 if s < 1_000_000 else 1)))
            del text
        growth = [b / a for a, b in zip(times, times[1:]) if a > 0]
        worst = max(growth) if growth else float("nan")
        worst_all = max(worst_all, worst) if growth else worst_all
        print(f"{name:34} " + " ".join(f"{t:>8.2f}s" for t in times) + f"   {worst:.2f}"
              + ("" if not growth else "  (" + ", ".join(f"{g:.2f}" for g in growth) + ")"), flush=True)
    print(f"worst growth per doubling: {worst_all:.2f} (target: at most 2.2)")


if __name__ == "__main__":
    main()
