"""Pathological inputs: every case must scan in time linear in its length.

Prints seconds and characters per second for each case, at two sizes, and the growth factor
(about 2 when time grows linearly with the doubled input). Regressions to quadratic behaviour show
as a factor near 4. No assertion: benchmarks print figures.

    python benchmarks/bench_stress.py
"""
import time

import attrib

CASES = {
    "one long sentence of clauses": lambda n: ("the officials, the ministry said, " * n) + "40 people died.",
    "one long token": lambda n: "a" * (100 * n) + " 40 people",
    "many unbalanced quotes": lambda n: ('"' + "word " * 5) * (10 * n),
    "numbers only": lambda n: " ".join(str(i) for i in range(10 * n)),
    "long chain of capitalised words": lambda n: " ".join(["Alpha"] * (10 * n)) + " said 40 people died.",
    "appositions in a row": lambda n: ", ".join(["the Harbour Authority, a body of the state"] * n) + ", said 40 boats sank.",
    "many short paragraphs": lambda n: "\n\n".join(["The ministry said 40 people died. He added that 3 more were hurt."] * n),
}


def timed(text):
    t = time.perf_counter()
    attrib.scan_text(text)
    return time.perf_counter() - t


def main():
    attrib.scan_text("warm up: the ministry said 3 people died.")
    print(f"{'case':34} {'chars':>9} {'seconds':>8} {'chars/s':>11}   x2 input -> time x")
    for name, make in CASES.items():
        small, large = make(1000), make(2000)
        ts, tl = timed(small), timed(large)
        print(f"{name:34} {len(large):9,} {tl:8.2f} {len(large) / tl:11,.0f}   {tl / ts if ts else float('nan'):.1f}")


if __name__ == "__main__":
    main()
