"""Read files, folders and stdin into Documents (stage 1 of the pipeline)."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Iterable, Iterator, Optional, Tuple, Union

from .errors import AttribError, InputError
from .fsutil import display_path, read_bytes, read_stream
from .model import Document
from .records import dataclass

TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
_FRONT_MATTER = re.compile(r"\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


_LOADER = None


def _front_matter_loader():
    """The safe YAML loader, with a timestamp that is no date (``date: 2024-13-45``) kept as written."""
    global _LOADER
    if _LOADER is None:
        import yaml

        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

        class Loader(base):
            pass

        def timestamp(loader, node):
            try:
                return base.construct_yaml_timestamp(loader, node)
            except (ValueError, OverflowError, TypeError):
                return loader.construct_scalar(node)

        Loader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
        _LOADER = Loader
    return _LOADER


def _plain(v, depth: int = 0):
    """A front-matter value as JSON can hold it: dates as ISO strings, NaN and infinities as None,
    bytes (``!!binary``) as text, sets as sorted lists, keys as strings."""
    import math

    if depth > 50:
        return None
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    datetime = sys.modules.get("datetime")  # no date without it (PyYAML imports it); not imported here
    if datetime is not None and isinstance(v, (datetime.date, datetime.time)):
        return v.isoformat()
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    if isinstance(v, dict):
        return {str(_plain(k, depth + 1)): _plain(x, depth + 1) for k, x in v.items()}
    if isinstance(v, (set, frozenset)):
        return sorted((_plain(x, depth + 1) for x in v), key=lambda x: (str(type(x)), str(x)))
    if isinstance(v, (list, tuple)):
        return [_plain(x, depth + 1) for x in v]
    return str(v)


def split_front_matter(text: str, path: str = "<text>") -> Tuple[dict, int]:
    """Return (metadata, offset of the body) for a text with optional YAML front matter.

    Values are plain JSON values (see :func:`_plain`). YAML aliases (``*name``) are refused: a
    few lines of them can expand to gigabytes.

    >>> split_front_matter("---\\npublisher: AP\\n---\\nBody")
    ({'publisher': 'AP'}, 22)
    """
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    meta = _simple_front_matter(m.group(1))
    if meta is not None:
        return _plain(meta), m.end()
    import yaml

    shown = display_path(path)
    source = m.group(1)
    Loader = _front_matter_loader()
    try:
        if "*" in source:  # refuse aliases before anything is built from them
            for event in yaml.parse(source, Loader=Loader):
                if isinstance(event, yaml.AliasEvent):
                    mark = event.start_mark
                    raise InputError(f"{shown}:{mark.line + 2}: front matter uses a YAML alias (*{event.anchor}), "
                                     "which attrib does not read")
        meta = yaml.load(source, Loader=Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 2}" if mark is not None else ""
        problem = " ".join(str(getattr(e, "problem", None) or "invalid syntax").split())
        raise InputError(f"{shown}{line}: front matter is not valid YAML ({problem})") from None
    except RecursionError:
        raise InputError(f"{shown}: front matter is nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as e:
        raise InputError(f"{shown}: front matter holds a value attrib cannot read ({type(e).__name__})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(f"{shown}:2: front matter must be a mapping of keys to values")
    return _plain(meta), m.end()


# Front matter of plain "key: value" lines (what articles carry: publisher, date, title, url) is read
# without PyYAML (a tenth of `attrib check`'s start-up); anything YAML could read otherwise is left
# to PyYAML. tests/test_read.py checks the two agree.
_SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *")
_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_SPECIAL = frozenset("yes no true false on off null y n".split())
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`~=<.+0123456789")


def _is_date(v: str) -> bool:
    """Is ``YYYY-MM-DD`` a date ``datetime.date`` accepts (without importing datetime)?"""
    y, m, d = int(v[:4]), int(v[5:7]), int(v[8:])
    if y < 1 or not 1 <= m <= 12:
        return False
    leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    return 1 <= d <= (31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]


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
            if not _is_date(v):  # PyYAML would fail on it too, with its own message
                return None
            value = v  # the ISO date as written, what _plain makes of the date PyYAML reads
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


@dataclass
class ReadOptions:
    """How inputs are read: the size cap of one input and whether symlinked folders are followed."""

    max_bytes: Optional[int] = None  # None: fsutil.default_max_bytes() (ATTRIB_MAX_SIZE or 32 MiB)
    follow_symlinks: bool = False  # follow symlinked folders when walking a folder (loops detected)


#: The options in force when none are passed (the command line sets them once per run).
OPTIONS = ReadOptions()


def read_document(path: Union[str, Path], options: Optional[ReadOptions] = None) -> Document:
    """Read one file as a Document; raise InputError with a one-line reason.

    FIFOs, devices and sockets are refused without reading; so is a file over the size cap.
    """
    opts = options or OPTIONS
    p = str(path)
    shown = display_path(p)
    try:
        data = read_bytes(p, opts.max_bytes, what="file")
    except IsADirectoryError:
        raise InputError(f"{shown}: is a directory") from None
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except OSError as e:
        raise InputError(f"{shown}: cannot read ({e.strerror or e})") from None
    except AttribError as e:
        raise InputError(str(e)) from None
    return document_from_bytes(data, p)


_BOMS = (("utf-8-sig", b"\xef\xbb\xbf"), ("utf-32", b"\xff\xfe\x00\x00"), ("utf-32", b"\x00\x00\xfe\xff"),
         ("utf-16", b"\xff\xfe"), ("utf-16", b"\xfe\xff"))


def decode(data: bytes, path: str) -> str:
    """Text from bytes: UTF-8, or UTF-16/UTF-32 with a byte-order mark; raises InputError.

    A UTF-8 byte-order mark stays in the text (offsets match the file as decoded); a UTF-16 or
    UTF-32 one is dropped.
    """
    shown = display_path(path)
    for enc, bom in _BOMS:
        if data.startswith(bom) and enc != "utf-8-sig":
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"{shown}: not {enc.upper()} text (invalid bytes at offset {e.start})") from None
    head = data[:8192]
    if b"\x00" in head:
        enc = _utf16_without_bom(head)
        if enc is not None:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
        raise InputError(f"{shown}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{shown}: not UTF-8 text (invalid byte at offset {e.start})") from None


def _utf16_without_bom(head: bytes) -> Optional[str]:
    """'utf-16-le' or 'utf-16-be' when every other byte of mostly-ASCII text is zero, else None."""
    if len(head) < 4:
        return None
    half = len(head) // 2
    if head[1::2].count(0) >= 0.9 * half and head[0::2].count(0) < 0.1 * half:
        return "utf-16-le"
    if head[0::2].count(0) >= 0.9 * half and head[1::2].count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def document_from_bytes(data: bytes, path: str) -> Document:
    """A Document from a file's bytes; its ``path`` is the name as :func:`attrib.fsutil.display_path`
    shows it (a name that is not UTF-8, or holds control characters, is escaped)."""
    text = decode(data, path)
    # An empty (or blank) file is a document with nothing in it, for every command alike: no error.
    return document_from_text(text, display_path(path))


def iter_paths(paths: Iterable[str], options: Optional[ReadOptions] = None) -> Iterator[Union[str, InputError]]:
    """Expand PATH arguments: files as given, folders recursively (sorted), '-' for stdin.

    A folder named on the command line is walked even when it is a symlink; inside it, symlinked
    folders are skipped unless ``follow_symlinks`` (then each real folder is walked once: loops and
    link "diamonds" cost nothing). Yields paths, or InputError for a path that cannot be expanded.
    """
    opts = options or OPTIONS
    for p in paths:
        if p == "-":
            yield p
            continue
        if not os.path.lexists(p):
            yield InputError(f"{display_path(p)}: no such file or directory")
            continue
        if os.path.isdir(p):
            yield from _walk(p, (), set() if opts.follow_symlinks else None)
        else:
            yield p


def _walk(folder: str, chain: tuple, visited: Optional[set]) -> Iterator[Union[str, InputError]]:
    try:
        real = os.path.realpath(folder)
    except OSError as e:  # pragma: no cover - exotic
        yield InputError(f"{display_path(folder)}: cannot resolve ({e})")
        return
    if real in chain:
        yield InputError(f"{display_path(folder)}: directory loop (already visited {display_path(real)})")
        return
    if visited is not None:
        if real in visited:
            return  # reached again through another link: its files are already read
        visited.add(real)
    chain = chain + (real,)
    try:
        names = sorted(os.listdir(folder))
    except OSError as e:
        yield InputError(f"{display_path(folder)}: cannot list folder ({e.strerror or e})")
        return
    for name in names:
        if name.startswith("."):
            continue
        full = os.path.join(folder, name)
        if os.path.isdir(full):
            if visited is None and os.path.islink(full):
                continue  # a symlinked folder: not followed (--follow-symlinks)
            yield from _walk(full, chain, visited)
        elif name.lower().endswith(TEXT_SUFFIXES) and not name.lower().endswith(".gold.yaml"):
            yield full


def read_stdin(name: str = "<stdin>", stream=None, options: Optional[ReadOptions] = None) -> bytes:
    """The bytes of stdin (or ``stream``), at most the size cap; raises InputError."""
    opts = options or OPTIONS
    try:
        return read_stream(stream if stream is not None else sys.stdin.buffer, display_path(name), opts.max_bytes)
    except AttribError as e:
        raise InputError(str(e)) from None


def read_paths(paths: Iterable[str], stdin_name: str = "<stdin>",
               options: Optional[ReadOptions] = None) -> Iterator[Union[Document, InputError]]:
    """Documents for every PATH (see iter_paths); errors are yielded, not raised."""
    for p in iter_paths(paths, options):
        if isinstance(p, InputError):
            yield p
            continue
        try:
            if p == "-":
                yield document_from_bytes(read_stdin(stdin_name, options=options), stdin_name)
            else:
                yield read_document(p, options)
        except InputError as e:
            yield e
