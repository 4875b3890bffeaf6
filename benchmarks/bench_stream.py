"""Memory of ``attrib scan --format jsonl`` (and json) over an archive: it must stay flat.

Writes ``--files`` generated articles (benchmarks/corpus.py, default 20,000) to a temporary folder,
runs ``attrib scan --format FORMAT FOLDER > /dev/null`` as a subprocess and prints its wall time and
peak resident memory (``ru_maxrss`` of the child). The target (issue 12) is a peak of at most
150 MB for jsonl over 20,000 files. A run over a tenth of the files is printed first: flat memory
means the two peaks are close.

    python benchmarks/bench_stream.py                      # 20,000 files, jsonl (several minutes)
    python benchmarks/bench_stream.py --files 2000 --format json
    python benchmarks/bench_stream.py --dir /tmp/corpus    # reuse (or keep) the folder of articles
"""
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def write_corpus(folder: str, n: int) -> None:
    from benchmarks.corpus import generate

    have = len([x for x in os.listdir(folder) if x.endswith(".md")]) if os.path.isdir(folder) else 0
    if have >= n:
        return
    os.makedirs(folder, exist_ok=True)
    done = 0
    while done < n:  # in batches: the generator's list is not held whole either
        batch = generate(min(1000, n - done), seed=20250206 + done)
        for i, text in enumerate(batch):
            with open(os.path.join(folder, f"article-{done + i:05d}.md"), "w", encoding="utf-8") as fh:
                fh.write(text)
        done += len(batch)


def attrib_command():
    exe = shutil.which("attrib")
    return [exe] if exe else [sys.executable, "-m", "attrib.cli"]


def measure(folder: str, fmt: str, files: int) -> None:
    """Run one scan in a fresh process; print its wall time and peak memory."""
    paths = sorted(os.path.join(folder, x) for x in os.listdir(folder) if x.endswith(".md"))[:files]
    sub = tempfile.mkdtemp(prefix="attrib-stream-")
    try:
        for p in paths:  # a folder holding just these files (links: no copy)
            os.symlink(p, os.path.join(sub, os.path.basename(p)))
        code = ("import resource, subprocess, sys; "
                "rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL); "
                "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)")
        t = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code, *attrib_command(), "scan", "--format", fmt, sub],
                             capture_output=True, text=True, check=True).stdout.split()
        wall = time.perf_counter() - t
    finally:
        shutil.rmtree(sub, ignore_errors=True)
    kib, rc = int(out[0]), int(out[1])
    if sys.platform == "darwin":
        kib //= 1024  # bytes there
    print(f"scan --format {fmt}: {len(paths):,} files in {wall:.1f} s ({len(paths) / wall:.0f} files/s), "
          f"peak memory {kib / 1024:.0f} MB, exit {rc}", flush=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=20_000)
    ap.add_argument("--format", default="jsonl", choices=["jsonl", "json", "csv"])
    ap.add_argument("--dir", default=None, help="the folder of articles (kept; default: a temporary one)")
    args = ap.parse_args(argv)
    folder = args.dir or tempfile.mkdtemp(prefix="attrib-corpus-")
    try:
        t = time.perf_counter()
        write_corpus(folder, args.files)
        print(f"corpus: {args.files:,} articles in {folder} ({time.perf_counter() - t:.1f} s to write)", flush=True)
        measure(folder, args.format, max(1, args.files // 10))
        measure(folder, args.format, args.files)
        print("target: peak at most 150 MB for jsonl over 20,000 files")
    finally:
        if args.dir is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
