"""Run one pure function over many items on every core, results in input order (``--jobs N``).

:func:`ordered_map` is a chunked, ordered map over a process pool: the output of a run does not
depend on the number of processes, because each item is handled by itself and the results come back
in the order of the items.  One process (``jobs=1``), or too few items to pay for a pool, runs the
same function in this process.

Where the OS can fork (Linux), the workers start as copies of this process: the registry and the
compiled lexicons loaded before the pool starts are shared, not rebuilt.  Elsewhere they start
fresh ("spawn") and the ``initargs`` are pickled to them.
"""
from __future__ import annotations

import os
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Callable, Iterator, List, Optional, Sequence

#: Fewer items than this per worker are run in this process (a pool costs more than it saves).
MIN_ITEMS_PER_JOB = 2


def default_jobs() -> int:
    """The CPUs this process may run on (``os.process_cpu_count``, affinity, else ``cpu_count``)."""
    count = getattr(os, "process_cpu_count", None)
    if count is not None:
        n = count()
    else:
        try:
            n = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            n = os.cpu_count()
    return max(1, n or 1)


def resolve_jobs(jobs: Optional[int]) -> int:
    """``None`` or 0: every core; otherwise at least 1."""
    return default_jobs() if not jobs else max(1, int(jobs))


def chunk_size(n: int, jobs: int) -> int:
    """Items sent to a worker at a time: many small chunks, so that at the end no worker waits long
    for another's last chunk (16 documents are about a tenth of a second of work), few enough that
    the traffic per item stays small."""
    return max(1, min(16, n // (jobs * 8)))


def makespan(costs: Sequence[float], jobs: int, chunksize: Optional[int] = None) -> float:
    """The time the pool takes for items of these costs: chunks in order, each to the first free worker
    (as :func:`ordered_map` hands them out), with no cost for the traffic.

    >>> makespan([1, 1, 1, 1], 2, 1), makespan([1, 1, 1, 1], 2, 4), makespan([3, 1, 1, 1], 2, 1)
    (2, 4, 3)
    """
    import heapq

    c = chunk_size(len(costs), jobs) if chunksize is None else chunksize
    free = [0] * max(1, jobs)
    for i in range(0, len(costs), c):
        heapq.heappush(free, heapq.heappop(free) + sum(costs[i:i + c]))
    return max(free)


def _init(initializer, initargs):
    if initializer is not None:
        initializer(*initargs)


def _call_chunk(fn, chunk):
    return [fn(x) for x in chunk]


def _context():
    import multiprocessing as mp

    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods and os.name == "posix" else "spawn")


def ordered_map(fn: Callable, items: Sequence, jobs: int = 1, initializer: Optional[Callable] = None,
                initargs: tuple = (), chunksize: Optional[int] = None,
                before_pool: Optional[Callable] = None) -> Iterator:
    """``fn(item)`` for every item, in order; on ``jobs`` processes when there is work enough.

    ``fn`` and ``initializer`` must be module-level functions (or partials of them) so that a
    spawned worker can find them; ``initializer(*initargs)`` runs once in every worker (and once
    here when the work stays in this process).  ``before_pool()`` runs here just before a pool
    starts (to warm caches that forked workers then share).
    """
    items = list(items)
    jobs = resolve_jobs(jobs)
    if jobs == 1 or len(items) < jobs * MIN_ITEMS_PER_JOB:
        _init(initializer, initargs)
        for x in items:
            yield fn(x)
        return
    if chunksize is None:
        chunksize = chunk_size(len(items), jobs)
    if before_pool is not None:
        before_pool()
    import gc

    # what is alive now (the registry, the compiled lexicons) is moved out of the collector's sight, so
    # that a collection in a forked worker does not touch, and so copy, every page it shares with us
    gc.freeze()
    chunks: List[list] = [items[i:i + chunksize] for i in range(0, len(items), chunksize)]
    from functools import partial

    with _context().Pool(processes=min(jobs, len(chunks)), initializer=_init,
                         initargs=(initializer, initargs)) as pool:
        try:
            for out in pool.imap(partial(_call_chunk, fn), chunks):
                yield from out
        finally:
            gc.unfreeze()


