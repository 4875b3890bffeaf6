"""The registry of known claimants (sources.yaml): load, validate, merge, look up aliases.

The shipped ``sources.yaml`` is read first, then ``./sources.yaml`` (when present), then every
``--sources FILE``. A later file extends the registry with new ids and overrides earlier entries by
id; an override changes only the fields it names. Every problem is a :class:`RegistryError` whose
message is one line, ``path:line: problem``. The format is described in docs/registry.md.

>>> reg = Registry.default()
>>> reg.lookup("the Pentagon's").id
'us-dod'
"""
from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, Iterable, List, Optional, Tuple

from .errors import RegistryError
from .records import dataclass, field

SHIPPED = Path(__file__).resolve().parent / "data" / "sources.yaml"
# The modules whose classes a cached registry holds (attrib.cache): itself, and the engine's alias index.
_CODE = [__file__, str(Path(__file__).resolve().parent / "attribution" / "mentions.py")]

#: The kinds of claimant an entry may be.
TYPES = (
    "military", "government", "ministry", "intelligence", "official-body", "media", "wire",
    "think-tank", "analyst", "ngo", "international-org", "person", "collective",
)
#: Admiralty (NATO AJP-2.1) source reliability grades.
RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
#: The keys an entry may have, in the order docs/registry.md lists them.
ENTRY_KEYS = ("id", "name", "aliases", "type", "side", "country", "affiliation", "reliability", "basis")
TOP_KEYS = ("version", "claimants")
VERSION = 1

_ID = re.compile(r"[a-z0-9][a-z0-9._-]*\Z")
_SIDE = re.compile(r"[a-z][a-z0-9-]{0,15}\Z")
_COUNTRY = re.compile(r"[A-Z]{2}\Z")
_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"

_POSSESSIVE = re.compile(r"'s?$")
_SPACES = re.compile(r"[\s\u00a0]+")


def normalize_name(s: str) -> str:
    """Fold a claimant name for alias look-up.

    >>> normalize_name("The Pentagon’s")
    'pentagon'
    >>> normalize_name("U.S. Department of Defense")
    'us department of defense'
    """
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u2018", "'")
    s = s.strip().lower()
    s = _POSSESSIVE.sub("", s)
    s = s.replace(".", "")
    s = _SPACES.sub(" ", s)
    if s.startswith("the "):
        s = s[4:]
    return s.strip(" ,;:")


@dataclass
class RegistryEntry:
    id: str
    name: str
    aliases: List[str] = field(default_factory=list)
    type: Optional[str] = None
    side: Optional[str] = None
    country: Optional[str] = None
    affiliation: List[str] = field(default_factory=list)
    reliability: Optional[str] = None
    basis: Optional[str] = None
    origin: str = ""  # file:line it was defined at (or last overridden at)


def _one_line(s: object) -> str:
    return " ".join(str(s).split())


class _File:
    """Validation helpers bound to one file: every error names ``path:line``."""

    def __init__(self, path: str):
        self.path = path

    def error(self, node_or_line, problem: str) -> RegistryError:
        line = node_or_line if isinstance(node_or_line, int) else node_or_line.start_mark.line + 1
        return RegistryError(f"{self.path}:{line}: {_one_line(problem)}")

    def string(self, node, what: str) -> Optional[str]:
        """A scalar as the text written (so ``country: NO`` is 'NO', not False); None for null."""
        if node.id != "scalar":
            raise self.error(node, f"{what} must be a single value, not a {node.id}")
        return None if node.tag == _NULL_TAG else node.value

    def strings(self, node, what: str) -> List[Tuple[str, int]]:
        """A list of strings (a single string or null allowed) as (text, line) pairs."""
        if node.id == "scalar":
            s = self.string(node, what)
            return [] if s is None else [(s, node.start_mark.line + 1)]
        if node.id != "sequence":
            raise self.error(node, f"{what} must be a list of strings")
        out = []
        for item in node.value:
            s = self.string(item, f"each item of {what}") if item.id == "scalar" else None
            if s is None:
                raise self.error(item, f"{what} must be a list of strings")
            out.append((s, item.start_mark.line + 1))
        return out


_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_LOADER = None


def _loader():
    """CSafeLoader with a resolver that only tells null, int and text apart.

    The registry reads every value as the text written, so the full YAML 1.1 resolver (a tenth of
    the load time) is not needed; null must still read as null and ``version: 1`` as an int.
    """
    global _LOADER
    if _LOADER is None:
        import yaml

        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        scalar, sequence = yaml.ScalarNode, yaml.SequenceNode

        class Loader(base):
            def resolve(self, kind, value, implicit):
                if kind is scalar:
                    if implicit[0]:
                        if value in _NULLS:
                            return _NULL_TAG
                        if value.isdigit():
                            return _INT_TAG
                    return _STR_TAG
                return "tag:yaml.org,2002:seq" if kind is sequence else "tag:yaml.org,2002:map"

        _LOADER = Loader
    return _LOADER


def _compose(path: str):
    import yaml

    from .errors import AttribError
    from .fsutil import display_path, read_text

    try:
        text = read_text(path, what="registry")
    except AttribError as e:  # a FIFO, a device, a file over the size cap: refused unread
        raise RegistryError(str(e)) from None
    except UnicodeDecodeError as e:
        raise RegistryError(f"{display_path(path)}: cannot read registry (not UTF-8 text at offset {e.start})") from None
    except OSError as e:
        problem = getattr(e, "strerror", None) or e
        raise RegistryError(f"{display_path(path)}: cannot read registry ({_one_line(problem)})") from None
    try:
        return yaml.compose(text, Loader=_loader())
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(e, "problem", None) or e
        context = getattr(e, "context", None) or ""
        if context.startswith("expected"):
            problem = f"{context} {problem}"
        raise RegistryError(f"{path}:{line}: invalid YAML ({_one_line(problem)})") from None


class Registry:
    def __init__(self, entries: Optional[Dict[str, RegistryEntry]] = None):
        self.entries: Dict[str, RegistryEntry] = dict(entries or {})
        self._index: Optional[Dict[str, str]] = None
        self._rank: Dict[str, int] = {}  # how many files had been merged when an entry was last set
        self._norms: Dict[str, List[str]] = {}  # id -> normalized names and aliases
        self._affiliation_at: Dict[str, str] = {}  # id -> path:line where its affiliation was set
        self._files = 0

    _default: Optional["Registry"] = None

    @classmethod
    def default(cls) -> "Registry":
        """The shipped registry, extended by ./sources.yaml when present (cached)."""
        if cls._default is None:
            cls._default = cls.load()
        return cls._default

    @classmethod
    def load(cls, extra: Iterable[str] = (), cwd: Optional[str] = None, shipped: bool = True) -> "Registry":
        """The shipped registry, then ``cwd/sources.yaml`` when present, then ``extra`` files, validated."""
        reg = cls()
        files = [str(SHIPPED)] if shipped else []
        local = os.path.join(cwd or os.getcwd(), "sources.yaml")
        if os.path.isfile(local) and os.path.realpath(local) != os.path.realpath(SHIPPED):
            files.append(local)
        files += [str(x) for x in extra]
        from . import cache, resultcache

        resultcache.note_read(files)  # a kept check result holds only while these are unchanged

        key = cache.files_digest(files, _CODE) if cache.enabled() else None
        cached = cache.load("registry", key)
        if isinstance(cached, cls):
            cache.loaded("registry", key, cached)
            return cached
        for f in files:
            reg.merge_file(f)
        reg.validate()
        cache.keep("registry", key, reg)
        return reg

    # ------------------------------------------------------------------ reading one file
    def merge_file(self, path: str) -> None:
        """Add the entries of ``path``, overriding entries of the same id field by field.

        Everything that can be checked within the file is checked here; :meth:`validate` checks
        what needs the whole registry (affiliations).
        """
        f = _File(path)
        root = _compose(path)
        if root is None:  # an empty file adds nothing
            return
        if root.id != "mapping" or not any(k.id == "scalar" and (k.value == "claimants" or k.value == "version" and
                                                                  v.id == "scalar" and v.value == str(VERSION))
                                           for k, v in root.value):
            # not a registry at all (a file named by mistake): say so without echoing any of its content
            raise f.error(root, "a registry needs a top-level 'claimants:' list")
        claimants = None
        seen_top = set()
        for k, v in root.value:
            key = k.value if k.id == "scalar" else None
            if key in seen_top:
                raise f.error(k, f"duplicate key {key!r}")
            seen_top.add(key)
            if key == "version":
                if v.id != "scalar" or v.tag != _INT_TAG or v.value != str(VERSION):
                    raise f.error(v, f"unsupported registry version {_one_line(getattr(v, 'value', '?'))!r} "
                                     f"(this attrib reads version {VERSION})")
            elif key == "claimants":
                claimants = v
            else:
                raise f.error(k, f"unknown top-level key {key!r} (expected one of: {', '.join(TOP_KEYS)})")
        if claimants is None:
            raise f.error(root, "a registry needs a top-level 'claimants:' list")
        if claimants.id == "scalar" and claimants.tag == _NULL_TAG:
            return
        if claimants.id != "sequence":
            raise f.error(claimants, "'claimants' must be a list of entries")

        self._files += 1
        rank = self._files
        ids_here: Dict[str, int] = {}
        names_here: Dict[str, Tuple[str, int]] = {}  # normalized name -> (id, line) within this file
        for node in claimants.value:
            line = node.start_mark.line + 1
            if node.id != "mapping":
                raise f.error(node, "each claimant must be a mapping of id, name, aliases, ...")
            item = {}
            for k, v in node.value:
                key = k.value if k.id == "scalar" else None
                if key not in ENTRY_KEYS:
                    raise f.error(k, f"unknown key {key!r} (expected one of: {', '.join(ENTRY_KEYS)})")
                if key in item:
                    raise f.error(k, f"duplicate key {key!r}")
                item[key] = v
            if "id" not in item:
                raise f.error(node, "claimant needs an 'id'")
            cid = f.string(item["id"], "id")
            if cid is None or not _ID.match(cid):
                raise f.error(item["id"], f"id {cid!r} must be lowercase letters, digits and dashes "
                                          "(for example ua-general-staff)")
            if cid in ids_here:
                raise f.error(node, f"duplicate id {cid!r} (first defined at line {ids_here[cid]})")
            ids_here[cid] = line
            self._merge_entry(f, cid, node, item, rank, names_here)
        self._index = None

    def _merge_entry(self, f: _File, cid: str, node, item: dict, rank: int,
                     names_here: Dict[str, Tuple[str, int]]) -> None:
        old = self.entries.get(cid)
        where = f"{f.path}:{node.start_mark.line + 1}"

        def text(key: str, old_value: Optional[str]) -> Optional[str]:
            return f.string(item[key], f"{key} of {cid!r}") if key in item else old_value

        name = text("name", old.name if old else None)
        if name is None or not name.strip():
            raise f.error(item.get("name", node), f"claimant {cid!r} needs a 'name'")
        aliases = [a for a, _ in f.strings(item["aliases"], f"aliases of {cid!r}")] if "aliases" in item \
            else (list(old.aliases) if old else [])
        etype = text("type", old.type if old else None)
        if etype is not None and etype not in TYPES:
            raise f.error(item["type"], f"type of {cid!r} is {etype!r}; expected one of: {', '.join(TYPES)}")
        side = text("side", old.side if old else None)
        if side is not None and not _SIDE.match(side):
            raise f.error(item["side"], f"side of {cid!r} must be a short lowercase code such as ua, ru or us, "
                                        f"not {side!r}")
        country = text("country", old.country if old else None)
        if country is not None and not _COUNTRY.match(country):
            raise f.error(item["country"], f"country of {cid!r} must be an ISO 3166 alpha-2 code such as UA, "
                                           f"not {country!r}")
        if "affiliation" in item:
            affiliation = [a for a, _ in f.strings(item["affiliation"], f"affiliation of {cid!r}")]
            self._affiliation_at[cid] = f"{f.path}:{item['affiliation'].start_mark.line + 1}"
        else:
            affiliation = list(old.affiliation) if old else []
            self._affiliation_at.setdefault(cid, where)
        reliability = text("reliability", old.reliability if old else None)
        if reliability is not None and reliability not in RELIABILITY:
            raise f.error(item["reliability"], f"reliability of {cid!r} must be one letter A-F, not {reliability!r}")
        basis = text("basis", old.basis if old else None)

        # Names and aliases: none may fold to nothing, none may belong to another entry of this file.
        written = [(name, item.get("name", node).start_mark.line + 1)] if "name" in item else []
        if "aliases" in item:
            written += f.strings(item["aliases"], f"aliases of {cid!r}")
        folded: Dict[str, str] = {}
        for surface, line in written:
            key = folded[surface] = normalize_name(surface)
            if not key:
                raise f.error(line, f"name or alias {surface!r} of {cid!r} is empty once folded")
            other = names_here.get(key)
            if other is not None and other[0] != cid:
                raise f.error(line, f"alias {surface!r} of {cid!r} is already a name of {other[0]!r} "
                                    f"(line {other[1]})")
            names_here[key] = (cid, line)

        self.entries[cid] = RegistryEntry(
            id=cid, name=name, aliases=aliases, type=etype, side=side, country=country,
            affiliation=affiliation, reliability=reliability, basis=basis, origin=where,
        )
        self._rank[cid] = rank
        self._norms[cid] = [folded[n] if n in folded else normalize_name(n) for n in [name, *aliases]]

    # ------------------------------------------------------------------ whole-registry checks
    def validate(self) -> None:
        """Check what needs every file merged: each affiliation names an entry, and none loops."""
        entries = self.entries
        for e in entries.values():
            for aid in e.affiliation:
                if aid not in entries:
                    raise RegistryError(f"{self._affiliation_at.get(e.id, e.origin)}: affiliation {aid!r} of "
                                        f"{e.id!r} is not the id of any claimant in the registry")
        done = set()
        walked: List[str] = []
        for e in entries.values():
            if e.id in done:
                continue
            path, on_path = [e.id], {e.id}
            stack = [iter(e.affiliation)]
            while stack:  # depth-first walk up the affiliations
                nxt = next(stack[-1], None)
                if nxt is None:
                    stack.pop()
                    walked.append(path[-1])
                    on_path.discard(path.pop())
                    continue
                if nxt in on_path:
                    loop = " -> ".join(path[path.index(nxt):] + [nxt])
                    raise RegistryError(f"{self._affiliation_at.get(e.id, e.origin)}: affiliation of {e.id!r} "
                                        f"leads back to itself ({loop})")
                if nxt in done:
                    continue
                path.append(nxt)
                on_path.add(nxt)
                stack.append(iter(entries[nxt].affiliation))
            # every entry of this walk is now known to lead to no loop: none is walked again (linear)
            done.update(walked)
            walked.clear()

    def clashes(self) -> List[Tuple[str, str, str]]:
        """(folded name, id, other id) for every name or alias that two entries share."""
        owner: Dict[str, str] = {}
        out = []
        for e in self.entries.values():
            for key in set(self._folded(e)):
                if key in owner and owner[key] != e.id:
                    out.append((key, owner[key], e.id))
                owner.setdefault(key, e.id)
        return out

    # ------------------------------------------------------------------ look-up
    def get(self, cid: str) -> Optional[RegistryEntry]:
        return self.entries.get(cid)

    def _folded(self, e: RegistryEntry) -> List[str]:
        norms = self._norms.get(e.id)
        if norms is None:
            norms = self._norms[e.id] = [normalize_name(n) for n in [e.name, *e.aliases]]
        return norms

    def _build(self) -> Dict[str, str]:
        # Entries of a later file win. Within one file (where shipped and user files may not clash)
        # an entry's own name wins over another's alias, and the first alias wins over later ones.
        groups: Dict[int, List[RegistryEntry]] = {}
        for e in self.entries.values():
            groups.setdefault(self._rank.get(e.id, 0), []).append(e)
        idx: Dict[str, str] = {}
        for rank in sorted(groups):
            own: Dict[str, str] = {}
            for e in groups[rank]:
                for n in self._folded(e)[1:]:
                    own.setdefault(n, e.id)
            for e in groups[rank]:
                own[self._folded(e)[0]] = e.id
            idx.update(own)
        return idx

    def lookup(self, name: str) -> Optional[RegistryEntry]:
        if self._index is None:
            self._index = self._build()
        cid = self._index.get(normalize_name(name))
        return self.entries.get(cid) if cid else None

    def alias_items(self) -> List[Tuple[str, str]]:
        """(surface form, id) for every name and alias, longest first."""
        out = []
        for e in self.entries.values():
            for n in [e.name, *e.aliases]:
                out.append((n, e.id))
        out.sort(key=lambda x: (-len(x[0]), x[0]))
        return out
