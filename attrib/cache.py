"""What every start of attrib would rebuild, kept in the user's cache folder.

The folder is ``$ATTRIB_CACHE_DIR``, else ``$XDG_CACHE_HOME/attrib``, else ``~/.cache/attrib``;
``ATTRIB_CACHE=0`` turns the cache off.  What is kept:

- ``registry-*.pickle``: the registry read from sources.yaml files, keyed by their paths and contents;
- ``lexicon-*.pickle``: a lexicon read from attrib/data (and ``ATTRIB_LEXICONS``), keyed likewise;
- ``regex-*.marshal``: the compiled code of the regular expressions the CLI compiles (the lexicons'
  patterns above all), keyed by the Python build; each pattern is looked up by its own text and
  flags, so a changed lexicon simply compiles its new patterns.

- ``trie-*.marshal``: the regular-expression sources :func:`attrib.trie.trie_pattern` builds from the
  word lists, keyed by the words.
- ``view-*.pickle``: the compiled views of the lexicons the engine builds (:func:`view`: the
  figures' and the attribution's word sets and patterns), keyed by attrib's code and data
  (:func:`attrib.resultcache.code_key`: its modules' sizes and times, its data files' bytes) and the
  bytes of the ``ATTRIB_LEXICONS`` files;
- ``wordscan-*.marshal``: the words that can open a match of each pattern :func:`attrib.wordscan.finditer`
  reads (read from the pattern's parse tree), keyed by that module's source;
- ``records-*.marshal``: the compiled code of the methods :func:`attrib.records.dataclass` makes for
  the pipeline's classes, keyed by their source (compiling them was a tenth of a check's start-up).

Every key also holds attrib's version, the Python build and the source of the modules the cached
objects come from.  The files are safe to delete at any time; one that cannot be read (corrupt,
truncated, from another version) is ignored and rebuilt without a word, and a folder that cannot
be written leaves attrib working as without a cache.

The cache is used by the ``attrib`` command (:func:`enable`, called by :func:`attrib.cli.main`);
a program that imports attrib gets no files written unless it calls :func:`enable` itself.
"""
from __future__ import annotations

import os
import sys
TYPE_CHECKING = False  # typing is not imported at run time: a cached check imports next to nothing
if TYPE_CHECKING:
    from typing import Iterable, Optional, Sequence

KEEP = 64  # files of one kind kept (the lexicons alone are a dozen); older ones are pruned
HERE = os.path.dirname(os.path.abspath(__file__))
_ENABLED = [False]
_DISABLED = [False]  # disable() was called: enable() does nothing


def enable() -> None:
    """Use the cache folder for the rest of this process (the registry, lexicons, tries, regexes)."""
    if _ENABLED[0] or _DISABLED[0] or folder() is None:
        return
    _ENABLED[0] = True
    import atexit

    atexit.register(_at_exit)
    install_regex_cache()


def enabled() -> bool:
    return _ENABLED[0]


def disable() -> None:
    """No cache for the rest of this process, even after :func:`enable` (``attrib check --no-cache``):
    nothing more is read or written, and ``re.compile`` compiles again."""
    _DISABLED[0] = True
    _ENABLED[0] = False
    import re

    compiler = getattr(re, "_compiler", None) or sys.modules.get("sre_compile")
    original = getattr(getattr(compiler, "compile", None), "_attrib_original", None)
    if original is not None:
        compiler.compile = original


def folder() -> Optional[str]:
    if os.environ.get("ATTRIB_CACHE", "1").strip().lower() in ("0", "no", "off", "false"):
        return None
    explicit = os.environ.get("ATTRIB_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "attrib")


def _hasher():
    try:
        from _blake2 import blake2b  # what hashlib.blake2b is, without loading OpenSSL
    except ImportError:  # pragma: no cover - other Pythons
        from hashlib import blake2b
    return blake2b(digest_size=16)


def digest(parts: Iterable[bytes], code: Sequence[str] = ()) -> str:
    """A hex key for ``parts``, attrib's version, this Python and the source of the ``code`` files
    (the modules whose classes or logic the cached object depends on: a changed module is a new key)."""
    from . import __version__

    h = _hasher()
    h.update(f"attrib {__version__}\0{sys.version}\0".encode())
    for p in list(parts) + [_code_digest(c) for c in code]:
        h.update(len(p).to_bytes(8, "little"))
        h.update(p)
    return h.hexdigest()


_CODE_DIGESTS: dict = {}


def _code_digest(path: str) -> bytes:
    """The digest of a module's source, read and hashed once a process (a dozen keys name the same modules)."""
    got = _CODE_DIGESTS.get(path)
    if got is None:
        h = _hasher()
        h.update(_read(path) or b"")
        got = _CODE_DIGESTS[path] = h.digest()
    return got


def _read(path: str) -> Optional[bytes]:
    """The bytes of a regular file (never a FIFO or a device: opening one could block), else None."""
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as fh:
            return fh.read()
    except OSError:
        return None


def files_digest(paths: Iterable[str], code: Sequence[str] = ()) -> Optional[str]:
    """The digest of files' paths and contents; None when one cannot be read (no caching then)."""
    parts = []
    for p in paths:
        data = _read(p)
        if data is None:
            return None
        parts += [os.path.abspath(p).encode("utf-8", "surrogateescape"), data]
    return digest(parts, code)


def _path(kind: str, key: str, ext: str) -> Optional[str]:
    d = folder() if _ENABLED[0] else None
    return None if d is None else os.path.join(d, f"{kind}-{key}.{ext}")


def load(kind: str, key: Optional[str], ext: str = "pickle"):
    """The object stored under ``kind``/``key``, or None."""
    path = _path(kind, key, ext) if key else None
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read()
        if ext == "marshal":
            import marshal

            return marshal.loads(data)
        import pickle

        return pickle.loads(data)
    except Exception:  # missing, corrupt, truncated, written by another version: rebuild
        return None


def store(kind: str, key: Optional[str], obj, ext: str = "pickle") -> None:
    """Keep ``obj`` under ``kind``/``key`` (atomically); never raises."""
    path = _path(kind, key, ext) if key else None
    if path is None:
        return
    try:
        if ext == "marshal":
            import marshal

            data = marshal.dumps(obj)
        else:
            import pickle

            data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
        d = os.path.dirname(path)
        os.makedirs(d, exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        _prune(d, kind, ext)
    except Exception:
        return


def _prune(d: str, kind: str, ext: str) -> None:
    mine = [os.path.join(d, n) for n in os.listdir(d) if n.startswith(kind + "-") and n.endswith("." + ext)]
    if len(mine) > KEEP:
        mine.sort(key=lambda p: os.stat(p).st_mtime)
        for p in mine[:-KEEP]:
            os.remove(p)


# ---- tables filled as the process runs, written at exit --------------------------------------------

class Table:
    """A dict kept in one cache file (marshal): read on first use, written at exit if it grew."""

    def __init__(self, kind: str, code: Sequence[str] = (), salt: bytes = b""):
        self.kind, self.code, self.salt = kind, code, salt
        self.data: Optional[dict] = None
        self.grew = False
        self.used: set = set()

    def _open(self) -> dict:
        if self.data is None:
            self.key = digest([self.salt], self.code)
            stored = load(self.kind, self.key, "marshal")
            self.data = stored if isinstance(stored, dict) else {}
        return self.data

    def get(self, k):
        if not _ENABLED[0]:
            return None
        v = self._open().get(k)
        if v is not None:
            self.used.add(k)
        return v

    MAX = 20_000  # entries; past that the table starts again (patterns made from changing data)
    KEEP = 1_500  # entries written at most: those this run used or added, then the most recent others

    def put(self, k, v) -> None:
        if _ENABLED[0]:
            if len(self._open()) >= self.MAX:
                self.data.clear()
            self.data[k] = v
            self.used.add(k)
            self.grew = True

    def save(self) -> None:
        if self.grew and self.data is not None:
            data = self.data
            if len(data) > self.KEEP:  # stale entries (an edited lexicon's old patterns) make every load slower
                order = [k for k in data if k not in self.used] + [k for k in data if k in self.used]
                data = {k: data[k] for k in order[-self.KEEP:]}
            store(self.kind, self.key, data, "marshal")
            self.grew = False


TRIES = Table("trie", [os.path.join(HERE, "trie.py")])
RECORDS = Table("records", [os.path.join(HERE, "records.py")])  # method source -> its code object
WORDSCANS = Table("wordscan", [os.path.join(HERE, "wordscan.py")])  # (pattern, flags) -> its opening words
_objects: list = []  # (kind, key, object, its attributes when stored): stored again if it gained some


def _views_key() -> Optional[str]:
    """The key of the lexicon views: attrib's code and data, and every lexicon file of the
    ``ATTRIB_LEXICONS`` folders; None when a folder is missing (the build reports it)."""
    from .resultcache import code_key

    parts = [code_key().encode()]
    for d in filter(None, os.environ.get("ATTRIB_LEXICONS", "").split(os.pathsep)):
        try:
            names = sorted(n for n in os.listdir(d) if n.endswith((".yaml", ".yml")))
        except OSError:
            return None
        parts.append(os.path.abspath(d).encode("utf-8", "surrogateescape"))
        for n in names:
            data = _read(os.path.join(d, n))
            parts += [n.encode("utf-8", "surrogateescape"), b"\0absent" if data is None else data]
    return digest(parts)


def view(kind: str, cls: type, build):
    """``build()``, an instance of ``cls`` made from the lexicons alone, read from the cache folder
    when it was built before from the same code and lexicons (and kept there when not)."""
    key = None
    if _ENABLED[0]:
        key = _views_key()
        got = load(f"view-{kind}", key)
        if type(got) is cls:
            return got
    obj = build()
    if key is not None:
        store(f"view-{kind}", key, obj)
    return obj


def keep(kind: str, key: Optional[str], obj) -> None:
    """Store ``obj`` now, and again at exit if it has cached more in its attributes meanwhile
    (the registry keeps the alias index the engine builds from it)."""
    if not _ENABLED[0] or key is None:
        return
    store(kind, key, obj)
    _objects.append((kind, key, obj, set(vars(obj))))


def loaded(kind: str, key: Optional[str], obj) -> None:
    """Note an object read from the cache, so that what it gains is stored at exit (see :func:`keep`)."""
    if _ENABLED[0] and key is not None:
        _objects.append((kind, key, obj, set(vars(obj))))


def _at_exit() -> None:
    for kind, key, obj, attrs in _objects:
        if set(vars(obj)) - attrs:
            store(kind, key, obj)
    TRIES.save()
    RECORDS.save()
    WORDSCANS.save()
    REGEXES.save()


# ---- compiled regular expressions ------------------------------------------------------------------

def _sre_build() -> bytes:
    import _sre

    return f"{sys.implementation.name} {_sre.MAGIC} {_sre.CODESIZE}".encode()


# (pattern, flags) -> the arguments of _sre.compile, each marshalled on its own: the file holds every
# pattern any command compiled (some 700, 1.5 MB), and a run decodes only those it uses
REGEXES = Table("regex", salt=b"")


def install_regex_cache() -> bool:
    """Serve ``re.compile`` from the cache for the rest of this process, and save what it adds at exit.

    CPython 3.9-3.13 only (the hook calls ``_sre.compile`` with the code the ``re`` compiler would
    make, and checks on a probe that the result is the same pattern); elsewhere, or with the cache
    off, nothing changes and False is returned.
    """
    if not _ENABLED[0] or sys.implementation.name != "cpython" or not ((3, 9) <= sys.version_info[:2] <= (3, 13)):
        return False
    import _sre
    import marshal
    import re

    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    if compiler is None:  # Python < 3.11
        import sre_compile as compiler
        import sre_parse as parser
    original = compiler.compile
    if getattr(original, "_attrib_cache", False):
        return True
    debug = compiler.SRE_FLAG_DEBUG

    def compile_cached(p, flags=0):
        if not isinstance(p, str) or flags & debug:
            return original(p, flags)
        k = (p, int(flags))
        args = table.get(k)
        if args is not None:
            try:
                args = marshal.loads(args)  # each entry is decoded only when its pattern is compiled
            except Exception:  # a damaged entry: compiled again
                args = None
        if args is None:
            tree = parser.parse(p, flags)
            groupindex = dict(tree.state.groupdict)
            indexgroup = [None] * tree.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            args = (int(flags | tree.state.flags), [int(c) for c in compiler._code(tree, flags)],
                    tree.state.groups - 1, groupindex, tuple(indexgroup))
            table[k] = marshal.dumps(args)
            REGEXES.grew = True
        REGEXES.used.add(k)
        return _sre.compile(p, *args)

    table: dict = {}
    probe = r"(?P<a>x+)\s(?:y|z)*?\b[^\d]{2,3}$"
    try:
        if compile_cached(probe, re.IGNORECASE) != original(probe, re.IGNORECASE):
            return False
    except Exception:
        return False
    REGEXES.salt = _sre_build() + b" entries as marshal bytes"
    table = REGEXES._open()
    REGEXES.grew = False
    compile_cached._attrib_cache = True
    compile_cached._attrib_original = original
    compiler.compile = compile_cached
    return True
