#!/usr/bin/env python3
"""Scan a folder of articles on a Dask cluster, then build the claims from the results.

    pip install -e '.[dask]'
    python examples/dask_scan.py examples/articles/                      # a local cluster on this machine
    python examples/dask_scan.py ARCHIVE/ --scheduler tcp://host:8786    # an existing cluster
    python examples/dask_scan.py ARCHIVE/ --format json > report.json

Every article is one task: :func:`attrib.pipeline.analyse_file` reads and scans it on a worker and
returns a JSON-ready dict (nothing is shared between articles, so tasks may run anywhere, in any
order).  The dicts come back to this process in the order of the paths, become Documents again
(:func:`attrib.pipeline.document_from_result`) and go to the claims step
(:func:`attrib.claims.build_claims`), whose report is the one ``attrib report FOLDER`` prints.
The workers need attrib installed (and the files readable at the same paths, or send the texts
with :func:`attrib.pipeline.analyse` instead).
"""
from __future__ import annotations

import argparse
import sys
from typing import List, Optional, Sequence, Tuple

_REGISTRIES: dict = {}  # per worker process: the registry for a tuple of extra sources files


def _registry(sources: Tuple[str, ...]):
    from attrib.registry import Registry

    if sources not in _REGISTRIES:
        _REGISTRIES[sources] = Registry.load(extra=list(sources)) if sources else Registry.default()
    return _REGISTRIES[sources]


def analyse_task(path: str, sources: Tuple[str, ...] = ()) -> Tuple[bool, object]:
    """One task: (True, result dict) or (False, the one-line problem with the file)."""
    from attrib.errors import InputError
    from attrib.pipeline import analyse_file

    try:
        return True, analyse_file(path, _registry(sources))
    except InputError as e:
        return False, str(e)


def scan_folder(client, paths: Sequence[str], sources: Sequence[str] = ()):
    """(Documents, problems) for every article under PATHS, scanned by the cluster of ``client``."""
    from attrib.errors import InputError
    from attrib.pipeline import document_from_result
    from attrib.read import iter_paths

    files, problems = [], []
    for p in iter_paths(paths):
        if isinstance(p, InputError):
            problems.append(str(p))
        else:
            files.append(p)
    futures = client.map(analyse_task, files, sources=tuple(sources), key=[f"attrib-{i}" for i in range(len(files))])
    docs = []
    for ok, value in client.gather(futures):  # gather keeps the order of the futures
        if ok:
            docs.append(document_from_result(value))
        else:
            problems.append(value)
    return docs, problems


def report(client, paths: Sequence[str], fmt: str = "table", sources: Sequence[str] = ()) -> Tuple[str, List[str]]:
    """The ``attrib report`` output for PATHS, scanned on the cluster; and the problems with files."""
    from attrib.claims import build_claims
    from attrib.render.report import render

    registry = _registry(tuple(sources))
    docs, problems = scan_folder(client, paths, sources)
    return render(docs, build_claims(docs, registry), fmt, registry=registry), problems


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="files and folders of articles")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    ap.add_argument("--workers", type=int, default=None, help="local cluster: worker processes (default: cores)")
    ap.add_argument("--format", default="table", choices=["table", "json", "csv", "markdown"])
    ap.add_argument("--sources", action="append", default=[], help="an extra sources.yaml (on every worker)")
    a = ap.parse_args(argv)
    from dask.distributed import Client, LocalCluster

    if a.scheduler:
        client, cluster = Client(a.scheduler), None
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        out, problems = report(client, a.paths, a.format, a.sources)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    sys.stdout.write(out)
    for p in problems:
        print(f"attrib: {p}", file=sys.stderr)
    return 2 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
