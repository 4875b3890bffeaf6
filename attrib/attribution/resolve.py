"""Resolution: a source mention to a claimant of the document (registry, names, collectives, anaphora,
descriptions, documents). Persons and roles live in persons.py, anaphora in anaphora.py."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Tuple
import unicodedata

from ..model import Claimant, Document
from ..registry import Registry, normalize_name
from .anaphora import _Anaphora
from .frames import _Claim
from .lexicon import _lex
from .mentions import Mention
from .persons import _Persons


_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", s).strip("-") or "claimant"



class _Resolver(_Persons, _Anaphora):
    def __init__(self, doc: Document, reg: Registry):
        self.doc = doc
        self.reg = reg
        self.claimants: Dict[str, _Claim] = {}
        self.history: List[Tuple[int, str]] = []  # (position, claimant id) of resolved statements
        self.by_name: Dict[str, str] = {}  # folded names and aliases of this document's claimants
        self.cue_text: Dict[Tuple[int, str], str] = {}  # the words of each history entry's cue and source
        self.voices: Dict[str, str] = {}  # a body's unnamed voice ("a hospital spokeswoman") -> the body

    def voice(self, body: str, phrase: str, pos: int) -> Tuple[str, List[str]]:
        """The unnamed voice of a body ("a hospital spokeswoman" of Mercy General Hospital): a person of its
        own, affiliated with the body (one origin with it in claims)."""
        name = re.sub(r"^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+", "", phrase.strip())
        role = name.split()[-1].lower() if not re.search(r"\s(?:for|of|at)\s", name) else \
            re.split(r"\s(?:for|of|at)\s", name)[0].split()[-1].lower()
        cid = f"{body}-{_slug(role)}"
        if cid not in self.claimants:
            b = self.claimants[body].c
            c = Claimant(id=cid, name=name, type="person", registered=False, affiliation=[b.name],
                         side=b.side, country=b.country)
            self.claimants[cid] = _Claim(c, "person", pos)
            self.voices[cid] = body
        return cid, [f"'{phrase.strip()}' is an unnamed {role} speaking for {self.claimants[body].c.name}"]

    # -- registry and new claimants
    def _from_registry(self, cid: str, surface: str, pos: int) -> str:
        e = self.reg.get(cid)
        if cid not in self.claimants:
            cat = "person" if e.type == "person" else "collective" if e.type == "collective" else "org"
            c = Claimant(id=e.id, name=e.name, type=e.type, side=e.side, country=e.country,
                         reliability=e.reliability, registered=True, affiliation=list(e.affiliation))
            self.claimants[cid] = _Claim(c, cat, pos)
        self._alias(cid, surface)
        return cid

    def _new(self, name: str, category: str, pos: int, ctype: Optional[str] = None) -> str:
        cid = _slug(name)
        if cid in self.reg.entries and self.reg.get(cid).name != name:
            cid = cid + "-unregistered"
        if cid not in self.claimants:
            c = Claimant(id=cid, name=name, type=ctype or (None if category == "org" else category),
                         registered=False)
            self.claimants[cid] = _Claim(c, category, pos)
            self.by_name.setdefault(normalize_name(name), cid)
        return cid

    def _alias(self, cid: str, surface: str) -> None:
        c = self.claimants[cid].c
        s = re.sub(r"^(?:the|The)\s+", "", surface.strip())
        s = re.sub(r"[\u2019']s$", "", s)
        if s:
            self.by_name.setdefault(normalize_name(s), cid)
        if s and s != c.name and s not in c.aliases:
            c.aliases.append(s)

    def known(self, name: str) -> Optional[str]:
        """A claimant of this document already known by this name or alias ("OCHA" after "... (OCHA)")."""
        return self.by_name.get(normalize_name(name))

    def category(self, cid: str) -> str:
        return self.claimants[cid].category

    # -- names

    def resolve_collective(self, m: Mention) -> Tuple[Optional[str], List[str]]:
        e = self.reg.lookup(m.text)
        if e is not None:
            return self._from_registry(e.id, m.text, m.start), [f"'{m.text}' is the registry's {e.id}"]
        name = re.sub(r"^(?:the|The)\s+", "", m.text)  # as written: "Russian officials", "federal prosecutors"
        first = name.split()[0].lower()
        name = name[0].lower() + name[1:] if name[:1].isupper() and (
            first in _lex().not_start or first in _lex().role_groups or _lex().re_role_group.fullmatch(name)) else name
        cid = self._new(name, "collective", m.start, "collective")
        return cid, [f"'{m.text}' is a group speaking together (collective, not in the registry)"]

    def resolve_document(self, m: Mention) -> Tuple[Optional[str], List[str]]:
        """'according to an indictment unsealed on Monday', 'court documents show': the document itself; 'its
        latest annual report' is the report of the body 'its' refers to, when there is one."""
        own = re.match(r"([Ii]ts|[Tt]heir)\s", m.text)
        if own:
            found = self._subject_body(m.start, m.start)
            if found is None:
                pron = "it" if own.group(1).lower() == "its" else "they"
                found, _ = self.resolve_anaphor(Mention(m.start, m.start + len(own.group(1)), pron, "anaphor"), m.start)
            if found is not None and self.claimants[found].category == "org":
                return found, [f"'{m.text}' is the document of {self.claimants[found].c.name}, which "
                               f"'{own.group(1).lower()}' refers to"]
        name = re.sub(r"^(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+", "", m.text)
        cid = self._new(name[0].lower() + name[1:] if not name.isupper() else name, "org", m.start, "document")
        return cid, [f"'{m.text}' is a document that names no author: it stands as the source"]

    def resolve(self, m: Mention, pos: int) -> Tuple[Optional[str], List[str]]:
        if m.kind == "document":
            return self.resolve_document(m)
        if m.kind == "description":
            return self.resolve_description(m, pos)
        if m.kind == "registry":
            e = self.reg.get(m.reg_id)
            return self._from_registry(e.id, m.text, m.start), [f"'{m.text}' is the registry's {e.id} ({e.name})"]
        if m.kind == "collective":
            return self.resolve_collective(m)
        if m.kind == "anaphor":
            return self.resolve_anaphor(m, pos)
        return self.resolve_name(m)
