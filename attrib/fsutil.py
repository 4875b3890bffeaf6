"""Files in and out: reads that refuse what is no regular file or too big, writes that survive a kill.

Every file attrib writes (``check -o``, ``check --write-baseline``, ``graph -o``, the HTML and table
outputs of other commands) goes through :func:`write_atomic`:

- ``-`` and targets that are no regular file (``/dev/stdout``, a terminal, a FIFO) are written
  directly: there is nothing to replace, and replacing a device node with a file would be wrong;
- a symlink is written through: the file it points to is replaced, the link stays;
- otherwise the text goes to a temporary file in the target's folder (same file system, so the
  rename is atomic), which is flushed, fsynced and renamed over the target, keeping its permissions.
  A failure, SIGINT or SIGTERM while writing removes the temporary file and leaves the old target
  as it was: a reader sees the old file or the new one, never half of either.

Every input file (documents, ``--sources``, ``--baseline``, config files) is read with
:func:`read_bytes`: a FIFO, a device or a socket is refused at once (reading one may block for ever or
never end), and a file over the size cap is refused before it is read (:data:`DEFAULT_MAX_BYTES`,
``--max-size`` or ``ATTRIB_MAX_SIZE``).

>>> parse_size("16M"), parse_size("512k"), parse_size("1000")
(16777216, 524288, 1000)
"""
from __future__ import annotations

import _thread
import os
import re
import stat
import sys
from contextlib import contextmanager
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Iterable, Iterator, Optional, Set, Union

from .errors import AttribError

#: The largest input attrib reads by default (a long news article is under 100 KB).
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024 ** 2, "mb": 1024 ** 2, "mib": 1024 ** 2,
          "g": 1024 ** 3, "gb": 1024 ** 3, "gib": 1024 ** 3}


class OutputError(AttribError):
    """An output path that cannot be written."""


class SizeError(AttribError):
    """An input over the size cap (its message names the file)."""


def parse_size(text: Union[str, int]) -> int:
    """Bytes from '16M', '512k', '2G' or a plain number; raises ValueError."""
    if isinstance(text, int):
        return text
    s = str(text).strip().lower().replace("_", "")
    num = s.rstrip("kmgib")
    unit = s[len(num):]
    if not num or unit not in _UNITS:
        raise ValueError(f"{text!r} is not a size (for example 16M, 512k, 1000000)")
    value = int(float(num) * _UNITS[unit])
    if value <= 0:
        raise ValueError(f"{text!r} is not a positive size")
    return value


def default_max_bytes() -> int:
    """The size cap: ``ATTRIB_MAX_SIZE`` when set (and valid), else :data:`DEFAULT_MAX_BYTES`."""
    env = os.environ.get("ATTRIB_MAX_SIZE")
    if env:
        try:
            return parse_size(env)
        except ValueError:
            pass
    return DEFAULT_MAX_BYTES


def human_size(n: int) -> str:
    """'32 MiB', '1.5 KiB', '900 bytes'."""
    for unit, size in (("GiB", 1024 ** 3), ("MiB", 1024 ** 2), ("KiB", 1024)):
        if n >= size:
            v = n / size
            return f"{v:.0f} {unit}" if v == int(v) else f"{v:.1f} {unit}"
    return f"{n} bytes"


def display_path(path: Union[str, bytes]) -> str:
    """A file name safe to print: undecodable bytes (surrogate escapes) and control characters as
    backslash escapes, so a name can neither break UTF-8 output nor inject a line or a command.

    >>> display_path("bad\\udcffname.md"), display_path("two\\nlines.md")
    ('bad\\\\xffname.md', 'two\\\\nlines.md')
    """
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not _UNSAFE.search(path):
        return path
    out = []
    for ch in path:
        o = ord(ch)
        if 0xDC80 <= o <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
            out.append(f"\\x{o - 0xDC00:02x}")
        elif not _UNSAFE.match(ch):
            out.append(ch)
        else:
            esc = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch)
            out.append(esc or (f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}"))
    return "".join(out)


# control characters, line and paragraph separators, lone surrogates
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


# ---- reading --------------------------------------------------------------------------------

def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def read_bytes(path: str, max_bytes: Optional[int] = None, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises OSError or AttribError.

    A FIFO, device or socket raises AttribError naming the file before anything is read (opened
    non-blocking, so even a FIFO swapped in after the check cannot hang the run); so does a file
    over the cap (checked on the size, then on what is actually read).
    """
    limit = default_max_bytes() if max_bytes is None else max_bytes
    shown = display_path(path)
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(21, "is a directory", path)
    if not stat.S_ISREG(st.st_mode):
        raise AttribError(f"{shown}: is {_kind(st.st_mode)}, not a regular file ({what} not read)")
    if st.st_size > limit:
        raise SizeError(f"{shown}: {human_size(st.st_size)} is over the {human_size(limit)} size limit "
                        "(--max-size or ATTRIB_MAX_SIZE to raise it)")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise AttribError(f"{shown}: is {_kind(st.st_mode)}, not a regular file ({what} not read)")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(min(limit, st.st_size) + 1)  # what stat says (no buffer of the whole cap)
            if len(data) > st.st_size:  # the file grew meanwhile: read on, up to the cap
                data += fh.read(limit + 1 - len(data))
    finally:
        os.close(fd)
    if len(data) > limit:
        raise SizeError(f"{shown}: over the {human_size(limit)} size limit (--max-size or ATTRIB_MAX_SIZE to raise it)")
    return data


def read_stream(stream, name: str, max_bytes: Optional[int] = None) -> bytes:
    """At most ``max_bytes`` of a binary stream (stdin); raises SizeError past the cap."""
    limit = default_max_bytes() if max_bytes is None else max_bytes
    parts, n = [], 0
    while n <= limit:  # in chunks: no buffer of the whole cap
        chunk = stream.read(min(1 << 20, limit + 1 - n))
        if not chunk:
            break
        parts.append(chunk)
        n += len(chunk)
    data = b"".join(parts)
    if len(data) > limit:
        raise SizeError(f"{name}: over the {human_size(limit)} size limit (--max-size or ATTRIB_MAX_SIZE to raise it)")
    return data


def read_text(path: str, max_bytes: Optional[int] = None, what: str = "file") -> str:
    """:func:`read_bytes` decoded as UTF-8 (a byte-order mark dropped); raises OSError,
    UnicodeDecodeError or AttribError."""
    data = read_bytes(path, max_bytes, what)
    return data.decode("utf-8-sig")


# ---- writing --------------------------------------------------------------------------------

_PENDING: Set[str] = set()  # temporary files being written, removed on SIGINT/SIGTERM
_LOCK = _thread.allocate_lock()  # threading.Lock; signal, tempfile and threading are imported when writing


def _remove_pending() -> None:
    with _LOCK:
        for tmp in list(_PENDING):
            try:
                os.unlink(tmp)
            except OSError:
                pass
            _PENDING.discard(tmp)


@contextmanager
def _signals_clean_up() -> Iterator[None]:
    """While writing: SIGTERM and SIGINT remove the temporary files, then end the process as the
    signal would (SIGTERM exits 143; SIGINT raises KeyboardInterrupt)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {}

    def on_signal(signum, frame):
        _remove_pending()
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + signum)

    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            old[sig] = signal.signal(sig, on_signal)
        except (ValueError, OSError):  # pragma: no cover - not the main thread of the interpreter
            pass
    try:
        yield
    finally:
        for sig, handler in old.items():
            signal.signal(sig, handler)


def check_writable(path: str) -> None:
    """Fail early (before any work) when ``path`` cannot be written; raise OutputError with one line."""
    if path == "-":
        return
    shown = display_path(path)
    if os.path.isdir(path):
        raise OutputError(f"{shown}: is a directory")
    if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
        if not os.access(path, os.W_OK):
            raise OutputError(f"{shown}: is not writable")
        return  # a device or a FIFO (/dev/stdout): written directly
    p = os.path.realpath(path)  # a symlink is written through: check what it points to
    folder = os.path.dirname(p) or "."
    if not os.path.isdir(folder):
        raise OutputError(f"{shown}: no such folder {os.path.dirname(path) or '.'!r}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{shown}: folder is not writable")
    if os.path.exists(p) and not os.access(p, os.W_OK):
        raise OutputError(f"{shown}: file is not writable")


def _is_fd_link(path: str) -> bool:
    """/dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N: an open descriptor, written to as it is
    (replacing the file behind a redirection would cut the shell's own stream)."""
    p = os.path.abspath(path)
    return p in ("/dev/stdout", "/dev/stderr") or p.startswith(("/dev/fd/", "/proc/self/fd/"))


def _chunks_as_bytes(chunks: Union[str, bytes, Iterable[Union[str, bytes]]]) -> Iterator[bytes]:
    if isinstance(chunks, (str, bytes)):
        chunks = [chunks]
    for c in chunks:
        yield c.encode("utf-8") if isinstance(c, str) else c


def write_atomic(path: str, chunks: Union[str, bytes, Iterable[Union[str, bytes]]], stdout=None) -> int:
    """Write text (a string or an iterable of str/bytes chunks) to ``path``; return the bytes written.

    See the module doc: ``-`` and non-regular targets directly, symlinks through, regular files by
    temporary file + fsync + rename, temporary files removed on failure, SIGINT and SIGTERM.
    Raises OSError.
    """
    if path == "-":
        out = stdout if stdout is not None else sys.stdout
        buf = getattr(out, "buffer", None)
        n = 0
        for b in _chunks_as_bytes(chunks):
            if buf is not None:
                buf.write(b)
            else:
                out.write(b.decode("utf-8"))
            n += len(b)
        out.flush()
        return n
    try:
        st = os.stat(path)  # through symlinks, as the kernel resolves them (/dev/stdout -> the pipe)
    except FileNotFoundError:
        st = None
    if st is not None and (not stat.S_ISREG(st.st_mode) or _is_fd_link(path)):
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "is a directory", path)
        n = 0
        with open(path, "wb") as fh:  # /dev/stdout, /dev/null, a terminal, a FIFO
            for b in _chunks_as_bytes(chunks):
                fh.write(b)
                n += len(b)
        return n
    target = os.path.realpath(path)  # a symlink is written through (a dangling one: its target is created)
    folder = os.path.dirname(target) or "."
    with _signals_clean_up():
        import tempfile

        fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(target) + ".", suffix=".tmp", dir=folder)
        with _LOCK:
            _PENDING.add(tmp)
        n = 0
        try:
            with os.fdopen(fd, "wb") as fh:
                for b in _chunks_as_bytes(chunks):
                    fh.write(b)
                    n += len(b)
                fh.flush()
                os.fsync(fh.fileno())
            if st is not None:
                mode = st.st_mode & 0o7777
            else:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            try:
                os.chmod(tmp, mode)
            except OSError:  # pragma: no cover - a file system without modes
                pass
            os.replace(tmp, target)
            _fsync_dir(folder)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        finally:
            with _LOCK:
                _PENDING.discard(tmp)
    return n


def _fsync_dir(folder: str) -> None:
    """Make the rename itself durable (POSIX); ignored where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


__all__ = ["DEFAULT_MAX_BYTES", "OutputError", "SizeError", "check_writable", "display_path", "parse_size",
           "read_bytes", "read_stream", "read_text", "write_atomic", "human_size", "default_max_bytes"]
