"""Plain-text tables that fit the terminal: columns shrink to the width, long cells wrap.

A table is sized to ``width`` columns (the terminal's, see :func:`terminal_width`): columns keep their
natural width when everything fits; otherwise the widest wrapping columns give up space first (each
keeps at least its ``min``), and their cells wrap onto further lines. A column that must not wrap
(an id, a number) keeps its width; when even that does not fit, cells are cut and end in a visible
``…``. No line is ever longer than ``width``; lines carry no trailing spaces. ``width=0`` means no limit.

    >>> print(fit_table(["name", "said"], [["Interior Ministry of Lemoria", "said"]], width=16))
    name        said
    ----------  ----
    Interior    said
    Ministry
    of Lemoria
"""
from __future__ import annotations

import os
import re
import textwrap
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List, Optional, Sequence, Tuple, Union

from ..records import dataclass

ELLIPSIS = "\u2026"
GAP = 2
DEFAULT_WIDTH = 100  # when the output is no terminal and COLUMNS is unset


@dataclass
class Column:
    header: str
    wrap: bool = True  # wrap long cells (else cut them with an ellipsis)
    min: int = 8  # the least width a wrapping column shrinks to
    right: bool = False  # right-aligned (counts)


class Section(str):
    """A row that is one line of text across the table (a file name above its figures)."""


def terminal_width(default: int = DEFAULT_WIDTH) -> int:
    """``COLUMNS`` when set, else the width of the terminal on stdout, else ``default``."""
    env = os.environ.get("COLUMNS", "")
    if env.strip().isdigit() and int(env) > 0:
        return int(env)
    try:
        if os.isatty(1):
            return os.get_terminal_size(1).columns or default
    except OSError:
        pass
    return default


def width_of(s: str) -> int:
    """Columns ``s`` takes on a terminal: wide (East Asian, most emoji) characters two, combining marks none."""
    if s.isascii():
        return len(s)
    import unicodedata

    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _take(s: str, w: int) -> int:
    """How many characters of ``s`` fit in ``w`` columns."""
    if s.isascii():
        return min(len(s), w)
    used = 0
    for i, ch in enumerate(s):
        used += width_of(ch)
        if used > w:
            return i
    return len(s)


def _cut(s: str, w: int) -> str:
    if width_of(s) <= w:
        return s
    return (s[: _take(s, w - 1)] + ELLIPSIS) if w >= 1 else ""


def _cut_left(s: str, w: int) -> str:
    if width_of(s) <= w:
        return s
    k = _take(s[::-1], w - 1)
    return ELLIPSIS + s[len(s) - k:] if w >= 1 else ""


def fit_lines(text: str, width: Optional[int] = None) -> str:
    """Free text (explanations) wrapped to ``width`` (None: the terminal's; 0: as is); a wrapped line
    continues indented four spaces more than it began."""
    if width is None:
        width = terminal_width()
    if width <= 0:
        return text
    out: List[str] = []
    for line in text.split("\n"):
        if width_of(line) <= width:
            out.append(line)
            continue
        indent = " " * (len(line) - len(line.lstrip(" ")))
        body = _wrap(line.strip(), max(8, width - len(indent) - 4))
        out.append(indent + body[0])
        out += [indent + "    " + x for x in body[1:]]
    return "\n".join(x if width_of(x) <= width else _cut(x, width) for x in out)


def _pad(s: str, w: int, right: bool = False) -> str:
    fill = " " * max(0, w - width_of(s))
    return fill + s if right else s + fill


_BREAK = re.compile(r"\s+|(?<=[a-z]-)(?=[a-z])")  # where textwrap may break a line: spaces, hyphens


def _longest(s: str) -> int:
    """The longest piece of ``s`` that wrapping cannot break (a hyphenated word breaks at its hyphens)."""
    return max((width_of(p) for p in _BREAK.split(s)), default=0)


def _wrap(s: str, w: int) -> List[str]:
    if width_of(s) <= w:
        return [s]
    if s.isascii():
        return textwrap.wrap(s, w, break_long_words=True, break_on_hyphens=True) or [""]
    lines: List[str] = []  # wide characters: greedy, word by word, by columns
    line = ""
    for word in s.split(" "):
        cand = f"{line} {word}" if line else word
        if width_of(cand) <= w:
            line = cand
            continue
        if line:
            lines.append(line)
        while width_of(word) > w:
            k = max(1, _take(word, w))
            lines.append(word[:k])
            word = word[k:]
        line = word
    if line:
        lines.append(line)
    return lines or [""]


def _widths(cols: Sequence[Column], natural: List[int], words: List[int], width: int) -> Tuple[List[int], int]:
    """Column widths and the gap between columns (one space instead of two when words would break)."""
    avail = width - GAP * (len(cols) - 1)
    if width <= 0 or sum(natural) <= avail:
        return natural, GAP
    mins = [min(n, max(c.min, w)) if c.wrap else n for c, n, w in zip(cols, natural, words)]
    if sum(mins) > avail:
        avail = width - (len(cols) - 1)
        return _shrink(cols, natural, mins, avail), 1
    return _shrink(cols, natural, mins, avail), GAP


def _shrink(cols: Sequence[Column], natural: List[int], mins: List[int], avail: int) -> List[int]:
    floor = [min(n, c.min) if c.wrap else n for c, n in zip(cols, natural)]
    while sum(mins) > avail:  # the longest words give way first, and are broken
        i = max(range(len(mins)), key=lambda i: (mins[i] - floor[i], mins[i]))
        if mins[i] <= floor[i]:
            break
        mins[i] -= 1
    if sum(mins) > avail:  # too narrow: wrapping columns shrink further first, then the rest is cut
        ws = list(mins)
        while sum(ws) > avail and max(ws) > 1:
            soft = [i for i, c in enumerate(cols) if c.wrap and ws[i] > 4]
            i = max(soft or range(len(ws)), key=lambda i: (ws[i], -i))
            ws[i] -= 1
        return ws

    def total(cap: int) -> int:
        return sum(max(m, min(n, cap)) for m, n in zip(mins, natural))

    lo, hi = 0, max(natural)  # the largest cap on the wrapping columns that fits
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if total(mid) <= avail:
            lo = mid
        else:
            hi = mid - 1
    ws = [max(m, min(n, lo)) for m, n in zip(mins, natural)]
    spare = avail - sum(ws)
    # hand out what the cap left over: first to the columns it makes fit whole (nearest first), the rest
    # to the columns still short the most
    for i in sorted(range(len(ws)), key=lambda i: (natural[i] - ws[i], i)):
        if 0 < natural[i] - ws[i] <= spare:
            spare -= natural[i] - ws[i]
            ws[i] = natural[i]
    for i in sorted(range(len(ws)), key=lambda i: (-(natural[i] - ws[i]), i)):
        if spare <= 0:
            break
        extra = min(spare, natural[i] - ws[i])
        ws[i] += extra
        spare -= extra
    return ws


def fit_table(headers: Sequence[Union[str, Column]], rows: Sequence[Union[Sequence[str], Section]],
              width: Optional[int] = None) -> str:
    """The table as text, no line longer than ``width`` (None: the terminal's; 0: no limit)."""
    cols = [h if isinstance(h, Column) else Column(h) for h in headers]
    if width is None:
        width = terminal_width()
    body = [r if isinstance(r, Section) else [" ".join(str(x).split()) for x in r] for r in rows]
    natural = [width_of(c.header) for c in cols]
    words = [_longest(c.header) for c in cols]  # the longest word of each column
    for r in body:
        if not isinstance(r, Section):
            natural = [max(n, width_of(x)) for n, x in zip(natural, r)]
            words = [max(w, _longest(x)) for w, x in zip(words, r)]
    ws, gap = _widths(cols, natural, words, width)
    out: List[str] = []

    def emit(cells: Sequence[str], header: bool = False) -> None:
        parts = []
        for c, w, x in zip(cols, ws, cells):
            parts.append(_wrap(x, w) if (c.wrap or header) and w >= 4 else [_cut(x, w)])
        for k in range(max(len(p) for p in parts)):
            line = []
            for c, w, p in zip(cols, ws, parts):
                x = p[k] if k < len(p) else ""
                line.append(_pad(x, w, c.right and not header))
            out.append((" " * gap).join(line).rstrip())

    emit([c.header for c in cols], header=True)
    out.append((" " * gap).join("-" * w for w in ws))
    for r in body:
        if isinstance(r, Section):  # a path: when too long, its head gives way, the file name stays
            out.append(_cut_left(str(r), width) if width > 0 else str(r))
        else:
            emit(r)
    return "\n".join(out)


def shown_path(path: str, cwd: Optional[str] = None) -> str:
    """A path for people: relative to the current folder when it lies inside it, else as given."""
    if not os.path.isabs(path):
        return path
    cwd = cwd or os.getcwd()
    try:
        rel = os.path.relpath(path, cwd)
    except ValueError:  # another drive
        return path
    return path if rel.startswith("..") else rel
