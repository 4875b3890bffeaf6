"""The results of ``attrib check``, kept in the user's cache folder, as ruff and mypy keep theirs.

A check of an unchanged draft with unchanged settings says what it said last time, so the
command keeps what it printed and its exit status under a key made of everything the result
depends on, and a repeated run prints that again without importing the engine:

- the command's options (all but ``--jobs``, which never changes a result) and the current folder;
- every input file's name and bytes;
- the config files that could apply: with neither ``--isolated`` nor ``--config``, every settings
  file name of :data:`attrib.config.CANDIDATES` and ``.git`` in each folder from the file's up to
  the file system's root, present or not, and their bytes (a superset of what the walk reads);
  with ``--config``, that file's bytes; the user's home folder;
- ``./sources.yaml`` (present or not), ``--sources`` and ``--baseline``: their bytes;
- ``ATTRIB_LEXICONS``, ``ATTRIB_MAX_SIZE`` and ``ATTRIB_DEBUG``, and the lexicon files of the
  ``ATTRIB_LEXICONS`` folders;
- attrib's version, the Python build, the size and modification time of every module of attrib,
  the bytes of its data files (the shipped lexicons and sources.yaml), and the installed
  markdown-it-py, mdit-py-plugins and PyYAML (their location and modification times).

An entry also lists the registry files the run read (a config's ``registry =`` files among them)
with the digest of their bytes; it is used only while they are unchanged.  Only a run that ended
with status 0 or 1 is kept (not one with errors, nor ``-o``, ``--write-baseline``, stdin, folders,
or files over the size cap); a hit prints the same characters to the same streams in the same
order, and exits with the same status.

Entries are ``check/<key>.marshal`` in :func:`attrib.cache.folder` (``$ATTRIB_CACHE_DIR``, else
``$XDG_CACHE_HOME/attrib``, else ``~/.cache/attrib``); ``ATTRIB_CACHE=0`` or ``attrib check
--no-cache`` turns the cache off.  They are written atomically (a temporary file, then a rename),
at most :data:`KEEP` are kept (the least recently used go first), and the folder is safe to delete
at any time; an entry that cannot be read is ignored and the check runs again; a folder that cannot
be written leaves the command working as without a cache.

The format is :mod:`marshal` (built in: reading an entry imports nothing).
"""
from __future__ import annotations

import os
import sys
TYPE_CHECKING = False  # typing is not imported at run time: a cached check imports next to nothing
if TYPE_CHECKING:
    from typing import Callable, List, Optional, Sequence, Tuple

from . import cache

FORMAT = 1  # the layout of an entry; a new one makes every old entry a miss
KEEP = 2000  # entries kept; older ones (by last use) are pruned when a new one is written
HERE = os.path.dirname(os.path.abspath(__file__))
#: attrib.config.CANDIDATES (not imported: the config module costs more than a hit); a test keeps them equal
CONFIG_NAMES = (".attrib.yaml", ".attrib.yml", "pyproject.toml", "setup.cfg", "tox.ini")
ENV = ("ATTRIB_LEXICONS", "ATTRIB_MAX_SIZE", "ATTRIB_DEBUG")
DEPENDENCIES = ("markdown_it", "mdit_py_plugins", "yaml")
MAX_INPUT = 32 * 1024 * 1024  # attrib.fsutil.DEFAULT_MAX_BYTES: a bigger input is not cached
#: run() keywords that make up the key, with run()'s defaults (jobs and debug change no kept result)
OPTIONS = (("fmt", "text"), ("output", None), ("select", None), ("extend_select", None), ("ignore", None),
           ("severity", ()), ("fail_on", None), ("exit_zero", False), ("config", None), ("isolated", False),
           ("sources", None), ("baseline", None), ("write_baseline_to", None), ("stdin_filename", None))
_NOT_KEPT = ("output", "write_baseline_to", "stdin_filename")  # these runs write files or read stdin

_read = cache._read  # a regular file's bytes, else None (never opens a FIFO)
_OFF = [False]  # --no-cache


class _Key:
    """The digest under construction; ``ok`` turns False when an input cannot be read."""

    def __init__(self):
        self.h = cache._hasher()
        self.ok = True

    def add(self, *parts) -> None:
        for p in parts:
            b = p if isinstance(p, bytes) else str(p).encode("utf-8", "surrogateescape")
            self.h.update(len(b).to_bytes(8, "little"))
            self.h.update(b)

    def file(self, path: str, required: bool = True) -> None:
        """A file's bytes, or its absence (when not ``required``; otherwise no key)."""
        data = _read(path)
        if data is None:
            if required or os.path.lexists(path):
                self.ok = False
            self.add(path, b"\0absent")
        else:
            self.add(path, data)


_CODE: List[str] = []


def code_key() -> str:
    """attrib's version, the Python build, attrib's modules (size and mtime), its data files (bytes)
    and the dependencies that read input (where they are installed and when); once a process."""
    if _CODE:
        return _CODE[0]
    from . import __version__

    k = _Key()
    k.add(FORMAT, __version__, sys.version, sys.implementation.cache_tag or "", sys.executable)
    for folder, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            p = os.path.join(folder, name)
            if name.endswith(".py"):
                try:
                    st = os.stat(p)
                except OSError:
                    continue
                k.add(os.path.relpath(p, HERE), st.st_size, st.st_mtime_ns)
            elif name.endswith((".yaml", ".json", ".xsd")):
                k.file(p, required=False)
    from importlib.machinery import PathFinder

    for dep in DEPENDENCIES:
        spec = PathFinder.find_spec(dep)
        origin = getattr(spec, "origin", None) if spec is not None else None
        k.add(dep, origin or "none")
        for p in filter(None, [origin, origin and os.path.dirname(origin)]):
            try:
                st = os.stat(p)
                k.add(st.st_size, st.st_mtime_ns)
            except OSError:
                pass
    _CODE.append(k.h.hexdigest())
    return _CODE[0]


def options(kw: dict) -> Tuple[Tuple[str, object], ...]:
    """The options of a run() call that decide its result, defaults filled in."""
    return tuple((name, tuple(kw.get(name) or ()) if name == "severity" else kw.get(name, default))
                 for name, default in OPTIONS)


def key(kw: dict, cwd: Optional[str] = None) -> Optional[str]:
    """The key of ``attrib check`` run with run() keywords ``kw`` here and now; None when such a run
    is not kept (it writes a file, reads stdin or a folder, or an input cannot be read)."""
    if _OFF[0] or cache.folder() is None:
        return None
    paths: Sequence[str] = kw.get("paths") or ()
    if not paths or any(kw.get(name) for name in _NOT_KEPT) or "-" in paths:
        return None
    cwd = os.path.abspath(cwd or os.getcwd())
    k = _Key()
    k.add(code_key(), cwd, os.path.expanduser("~"), repr(options(kw)))
    for name in ENV:
        k.add(name, os.environ.get(name, "\0unset"))
    for folder in filter(None, os.environ.get("ATTRIB_LEXICONS", "").split(os.pathsep)):
        try:
            names = sorted(n for n in os.listdir(folder) if n.endswith((".yaml", ".yml")))
        except OSError:
            names = []
        k.add(folder, len(names))
        for n in names:
            k.file(os.path.join(folder, n), required=False)
    for p in paths:
        try:
            if os.stat(p).st_size > MAX_INPUT:
                return None
        except OSError:
            return None
        k.file(p)  # a folder or a device is no regular file: not kept
    config, isolated = kw.get("config"), kw.get("isolated")
    if config:
        k.file(config)
    elif not isolated:
        seen = set()
        for p in paths:
            d = os.path.dirname(os.path.abspath(p))
            while d not in seen:
                seen.add(d)
                k.add(d, os.path.exists(os.path.join(d, ".git")))
                for name in CONFIG_NAMES:
                    k.file(os.path.join(d, name), required=False)
                parent = os.path.dirname(d)
                if parent == d:
                    break
                d = parent
    k.file(os.path.join(cwd, "sources.yaml"), required=False)
    for name in ("sources", "baseline"):
        if kw.get(name):
            k.file(kw[name])
    return k.h.hexdigest() if k.ok else None


# ---- entries -------------------------------------------------------------------------------------

def _entry_path(k: str) -> Optional[str]:
    d = cache.folder()
    return None if d is None else os.path.join(d, "check", f"{k}.marshal")


def _digest(data: bytes) -> bytes:
    h = cache._hasher()
    h.update(data)
    return h.digest()


def load(k: Optional[str]) -> Optional[Tuple[int, list]]:
    """``(status, [(stream, text), ...])`` kept under ``k`` while the registry files it read are
    unchanged; None otherwise (missing, corrupt, from another format, stale)."""
    path = _entry_path(k) if k else None
    if path is None:
        return None
    import marshal

    try:
        with open(path, "rb") as fh:
            entry = marshal.loads(fh.read())
        fmt, status, writes, inputs = entry
        if fmt != FORMAT or status not in (0, 1) or not isinstance(writes, list):
            return None
        for stream, text in writes:
            if stream not in (1, 2) or not isinstance(text, str):
                return None
        for p, digest in inputs:
            data = _read(p)
            if data is None or _digest(data) != digest:
                return None
    except Exception:  # missing, unreadable, truncated, not ours: run the check
        return None
    try:
        os.utime(path)  # last use, for pruning
    except OSError:
        pass
    return status, writes


def store(k: str, status: int, writes: list, inputs: Sequence[str]) -> bool:
    """Keep a run's result under ``k`` (atomically: a temporary file renamed); never raises.
    ``inputs`` are the further files the run read (registries): their digests go into the entry."""
    path = _entry_path(k)
    if path is None:
        return False
    import marshal

    digests = []
    for p in dict.fromkeys(inputs):
        data = _read(p)
        if data is None:
            return False
        digests.append((os.path.abspath(p), _digest(data)))
    tmp = None
    try:
        data = marshal.dumps((FORMAT, status, [(s, t) for s, t in writes], digests))
        d = os.path.dirname(path)
        os.makedirs(d, exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
        _prune(d)
        return True
    except Exception:  # an unwritable folder, a full disk: no entry, and no partial file left
        return False
    finally:
        if tmp is not None:
            try:
                os.remove(tmp)
            except OSError:
                pass


def _prune(d: str) -> None:
    names = [n for n in os.listdir(d) if n.endswith(".marshal")]
    if len(names) <= KEEP:
        return
    stamped = []
    for n in names:
        try:
            stamped.append((os.stat(os.path.join(d, n)).st_mtime_ns, n))
        except OSError:
            pass
    stamped.sort()
    for _, n in stamped[:len(stamped) - KEEP]:
        try:
            os.remove(os.path.join(d, n))
        except OSError:
            pass


# ---- the command ---------------------------------------------------------------------------------

def replay(kw: dict) -> Optional[int]:
    """Print what the kept run with these keywords printed and return its status; None on a miss."""
    got = load(key(kw))
    if got is None:
        return None
    return _print(*got)


def _print(status: int, writes: list) -> int:
    for stream, text in writes:
        (sys.stdout if stream == 1 else sys.stderr).write(text)
    return status


class _Tee:
    """A text stream that writes through to ``stream`` and records what it wrote, in order."""

    def __init__(self, stream, number: int, log: list):
        self._stream, self._number, self._log = stream, number, log

    def write(self, text):
        n = self._stream.write(text)
        if isinstance(text, str):
            self._log.append((self._number, text))
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._stream, name)


_READ: List[str] = []  # the registry files read this process (attrib.registry.Registry.load notes them)


def note_read(paths: Sequence[str]) -> None:
    _READ.extend(paths)


def run(kw: dict, check: Optional[Callable[..., int]] = None) -> int:
    """:func:`attrib.check.run` with these keywords, through the cache: a hit prints the kept
    result; a miss runs the check (printing as it goes) and keeps its result when it may.  Only
    while :func:`attrib.cache.enable` is in force (the ``attrib`` command): a program that imports
    attrib and calls this gets the plain check."""
    k = key(kw) if cache.enabled() else None
    if k is not None:
        got = load(k)
        if got is not None:
            return _print(*got)
    if check is None:
        from .check import run as check
    if k is None:
        return check(**kw)
    log: list = []
    saved = sys.stdout, sys.stderr
    out, err = _Tee(sys.stdout, 1, log), _Tee(sys.stderr, 2, log)
    del _READ[:]
    sys.stdout, sys.stderr = out, err
    try:
        status = check(**{**kw, "out": out, "err": err})
    finally:
        sys.stdout, sys.stderr = saved
    if status in (0, 1) and cache.enabled() and key(kw) == k:  # the inputs did not change while they were checked
        store(k, status, log, list(_READ))
    return status


def disable() -> None:
    """No results cache (and none of attrib.cache) for the rest of this process: ``--no-cache``."""
    _OFF[0] = True
    cache.disable()


__all__ = ["key", "load", "store", "replay", "run", "disable", "code_key", "note_read"]
