"""The registry of known claimants (sources.yaml): load, validate, merge, look up aliases."""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

from .errors import RegistryError

SHIPPED = Path(__file__).resolve().parent / "data" / "sources.yaml"


def normalize_name(s: str) -> str:
    """Fold a claimant name for alias look-up.

    >>> normalize_name("The Pentagon’s")
    'pentagon'
    >>> normalize_name("U.S. Department of Defense")
    'us department of defense'
    """
    s = unicodedata.normalize("NFKC", s).replace("\u2019", "'").replace("\u2018", "'")
    s = s.strip().lower()
    s = re.sub(r"'s?$", "", s)
    s = s.replace(".", "")
    s = re.sub(r"[\s\u00a0]+", " ", s)
    s = re.sub(r"^the ", "", s)
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
    origin: str = ""  # file:line it was defined at


class Registry:
    def __init__(self, entries: Optional[Dict[str, RegistryEntry]] = None):
        self.entries: Dict[str, RegistryEntry] = dict(entries or {})
        self._index: Optional[Dict[str, str]] = None

    _default: Optional["Registry"] = None

    @classmethod
    def default(cls) -> "Registry":
        """The shipped registry, extended by ./sources.yaml when present (cached)."""
        if cls._default is None:
            cls._default = cls.load()
        return cls._default

    @classmethod
    def load(cls, extra: Iterable[str] = (), cwd: Optional[str] = None, shipped: bool = True) -> "Registry":
        reg = cls()
        files = [str(SHIPPED)] if shipped else []
        local = os.path.join(cwd or os.getcwd(), "sources.yaml")
        if os.path.isfile(local) and os.path.realpath(local) != os.path.realpath(SHIPPED):
            files.append(local)
        files += [str(x) for x in extra]
        for f in files:
            reg.merge_file(f)
        return reg

    def merge_file(self, path: str) -> None:
        import yaml

        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise RegistryError(f"{path}: cannot read registry ({getattr(e, 'strerror', None) or e})") from None
        try:
            root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f":{mark.line + 1}" if mark is not None else ""
            raise RegistryError(f"{path}{where}: invalid YAML ({getattr(e, 'problem', e)})") from None
        if root is None:
            return
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if not isinstance(data, dict) or not isinstance(data.get("claimants"), list):
            raise RegistryError(f"{path}:1: a registry needs a top-level 'claimants:' list")
        items = root.value
        nodes = {k.value: v for k, v in items}["claimants"].value
        for node, item in zip(nodes, data["claimants"]):
            line = node.start_mark.line + 1
            where = f"{path}:{line}"
            if not isinstance(item, dict):
                raise RegistryError(f"{where}: each claimant must be a mapping")
            cid = item.get("id")
            if not isinstance(cid, str) or not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", cid):
                raise RegistryError(f"{where}: claimant needs an 'id' of lowercase letters, digits and dashes")
            name = item.get("name") or (self.entries[cid].name if cid in self.entries else None)
            if not isinstance(name, str) or not name.strip():
                raise RegistryError(f"{where}: claimant {cid!r} needs a 'name'")
            for key in ("aliases", "affiliation"):
                v = item.get(key, [])
                if isinstance(v, str):
                    item[key] = [v]
                elif not isinstance(v, list) or not all(isinstance(a, str) for a in v):
                    raise RegistryError(f"{where}: {key} of {cid!r} must be a list of strings")
            rel = item.get("reliability")
            if rel is not None and rel not in tuple("ABCDEF"):
                raise RegistryError(f"{where}: reliability of {cid!r} must be one letter A-F, not {rel!r}")
            old = self.entries.get(cid)
            entry = RegistryEntry(
                id=cid,
                name=name,
                aliases=list(item.get("aliases") or (old.aliases if old else [])),
                type=item.get("type", old.type if old else None),
                side=item.get("side", old.side if old else None),
                country=item.get("country", old.country if old else None),
                affiliation=list(item.get("affiliation") or (old.affiliation if old else [])),
                reliability=rel if rel is not None else (old.reliability if old else None),
                basis=item.get("basis", old.basis if old else None),
                origin=where,
            )
            self.entries[cid] = entry
        self._index = None

    def get(self, cid: str) -> Optional[RegistryEntry]:
        return self.entries.get(cid)

    def _build(self) -> Dict[str, str]:
        idx: Dict[str, str] = {}
        for e in self.entries.values():
            for n in [e.name, *e.aliases]:
                idx.setdefault(normalize_name(n), e.id)
        for e in self.entries.values():  # a later (user) entry's own name wins over an alias
            idx[normalize_name(e.name)] = e.id
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
