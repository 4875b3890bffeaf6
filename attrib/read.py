"""Read files, folders and stdin into Documents (stage 1 of the pipeline)."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator, Optional, Tuple, Union

from .errors import InputError
from .model import Document

TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
_FRONT_MATTER = re.compile(r"\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split_front_matter(text: str, path: str = "<text>") -> Tuple[dict, int]:
    """Return (metadata, offset of the body) for a text with optional YAML front matter.

    >>> split_front_matter("---\\npublisher: AP\\n---\\nBody")
    ({'publisher': 'AP'}, 22)
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    meta = _simple_front_matter(m.group(1))
    if meta is not None:
        return meta, m.end()
    import yaml

    try:
        meta = yaml.load(m.group(1), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 2}" if mark is not None else ""
        raise InputError(f"{path}{line}: front matter is not valid YAML ({getattr(e, 'problem', e)})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(f"{path}:2: front matter must be a mapping of keys to values")
    return {str(k): v for k, v in meta.items()}, m.end()


# Front matter of plain "key: value" lines (what articles carry: publisher, date, title, url) is read
# without PyYAML (a tenth of `attrib check`'s start-up); anything YAML could read otherwise is left
# to PyYAML. tests/test_read.py checks the two agree.
_SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *")
_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_SPECIAL = frozenset("yes no true false on off null y n".split())
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`~=<.+0123456789")


def _simple_front_matter(block: str) -> Optional[dict]:
    """The mapping of a front matter of plain ``key: value`` lines, or None (then PyYAML reads it)."""
    out: dict = {}
    for line in block.split("\n"):
        if not line.strip():
            continue
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None or m.group(1) in out or m.group(1).lower() in _SPECIAL:
            return None
        v = m.group(2) or ""
        if not v.isprintable():
            return None
        if not v:
            value = None
        elif _DATE.fullmatch(v):
            import datetime

            try:
                value = datetime.date(*map(int, v.split("-")))
            except ValueError:
                return None
        elif len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'" and v[0] not in v[1:-1] and "\\" not in v:
            value = v[1:-1]
        elif (v[0] in _INDICATORS or ": " in v or " #" in v or v.endswith(":") or "\t" in v
              or v.lower() in _SPECIAL):
            return None
        else:
            value = v
        out[m.group(1)] = value
    return out


def document_from_text(text: str, path: str = "<text>") -> Document:
    # A byte-order mark stays in the text so that offsets match the file as decoded.
    meta, body = split_front_matter(text, path)
    return Document(path=path, text=text, body_start=body, meta=meta)


def read_document(path: Union[str, Path]) -> Document:
    """Read one file as a Document; raise InputError with a one-line reason."""
    p = str(path)
    try:
        data = Path(p).read_bytes()
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read ({e.strerror or e})") from None
    return document_from_bytes(data, p)


def document_from_bytes(data: bytes, path: str) -> Document:
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (invalid byte at offset {e.start})") from None
    # An empty (or blank) file is a document with nothing in it, for every command alike: no error.
    return document_from_text(text, path)


def iter_paths(paths: Iterable[str]) -> Iterator[Union[str, InputError]]:
    """Expand PATH arguments: files as given, folders recursively (sorted), '-' for stdin.

    Yields paths, or InputError for a path that cannot be expanded (missing, a directory loop).
    """
    for p in paths:
        if p == "-":
            yield p
            continue
        if not os.path.lexists(p):
            yield InputError(f"{p}: no such file or directory")
            continue
        if os.path.isdir(p):
            yield from _walk(p, set())
        else:
            yield p


def _walk(folder: str, seen: set) -> Iterator[Union[str, InputError]]:
    try:
        real = os.path.realpath(folder)
    except OSError as e:  # pragma: no cover - exotic
        yield InputError(f"{folder}: cannot resolve ({e})")
        return
    if real in seen:
        yield InputError(f"{folder}: directory loop (already visited {real})")
        return
    seen = seen | {real}
    try:
        names = sorted(os.listdir(folder))
    except OSError as e:
        yield InputError(f"{folder}: cannot list folder ({e.strerror or e})")
        return
    for name in names:
        if name.startswith("."):
            continue
        full = os.path.join(folder, name)
        if os.path.isdir(full):
            yield from _walk(full, seen)
        elif name.lower().endswith(TEXT_SUFFIXES) and not name.lower().endswith(".gold.yaml"):
            yield full
