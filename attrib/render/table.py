"""Text tables: the output of ``tabulate(rows, headers, tablefmt="simple"|"github", disable_numparse=True)``,
made directly for plain cells (tabulate spends most of its time guessing types and widths cell by cell).

Cells with a line break, an ANSI escape or, when ``wcwidth`` is installed (tabulate then measures
wide characters), a non-ASCII character go through tabulate itself, so the output is the same
either way (tests/test_render_table.py compares the two).
"""
from __future__ import annotations

from typing import List, Sequence

MIN_PADDING = 2  # tabulate's padding of a header


_wide = None


def _needs_tabulate(cells: List[List[str]]) -> bool:
    global _wide
    non_ascii = False
    for row in cells:
        for c in row:
            if "\n" in c or "\r" in c or "\x1b" in c:
                return True
            if not non_ascii and not c.isascii():
                non_ascii = True
    if non_ascii:
        if _wide is None:
            import importlib.util

            _wide = importlib.util.find_spec("wcwidth") is not None
        return _wide
    return False


def table(rows: Sequence[Sequence], headers: Sequence[str], fmt: str = "simple") -> str:
    """``rows`` under ``headers`` as tabulate's "simple" or "github" table, columns left-aligned."""
    heads = [str(h) for h in headers]
    raw = [["" if x is None else str(x) for x in r] for r in rows]
    if fmt not in ("simple", "github") or _needs_tabulate(raw + [heads]):
        from tabulate import tabulate

        return tabulate([list(r) for r in rows], headers=list(headers), tablefmt=fmt, disable_numparse=True)
    cells = [[c.strip() for c in r] for r in raw]
    widths = [len(h) + MIN_PADDING for h in heads]
    for row in cells:
        for i, c in enumerate(row):
            if len(c) > widths[i]:
                widths[i] = len(c)
    if fmt == "simple":
        lines = ["  ".join(c.ljust(w) for c, w in zip(heads, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    else:
        lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(heads, widths)) + " |",
                 "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
        lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in cells]
    return "\n".join(lines)
