"""Who is independent of whom: affiliation chains, state sides, one claimant per body (rules origin-*)."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, Iterable, List, Optional, Sequence, Set

from ..events import fold
from ..measures import Lexicon
from ..model import Claimant, Document
from ..registry import Registry, normalize_name


MEDIA_TYPES = frozenset({"media", "wire"})  # outlets: origins only when nobody else is


class Origins:
    """Which claimants are one origin: affiliation (declared in the documents and in sources.yaml).

    Claimants joined by an affiliation chain (Singh -> us-dod; an analyst -> her think tank) are one
    origin; the representative is the member the others belong to.
    """

    def __init__(self, docs: Sequence[Document], registry: Optional[Registry] = None,
                 lexicon: Optional[Lexicon] = None):
        self.registry = registry
        self.lex = lexicon or Lexicon.default()
        self.claimants: Dict[str, Claimant] = {}
        names: Dict[str, str] = {}
        declared: Dict[str, List[str]] = {}  # claimant -> affiliations declared in any document
        for d in docs:
            for c in d.claimants:
                if c.id not in self.claimants:
                    self.claimants[c.id] = c
                for a in c.affiliation:  # "Officer Rita Calloway of the Marlow Bay Police Department" in one
                    if a not in declared.setdefault(c.id, []):  # article, "Calloway said" in another
                        declared[c.id].append(a)
                for n in [c.name, *c.aliases]:
                    names.setdefault(normalize_name(n), c.id)
        self._names = names
        self.parent: Dict[str, str] = {}
        self.up: Dict[str, Set[str]] = {}  # claimant -> the bodies it belongs to
        todo = sorted(self.claimants)
        seen: Set[str] = set()
        while todo:
            cid = todo.pop()
            if cid in seen:
                continue
            seen.add(cid)
            affs = list(declared.get(cid, []))
            entry = registry.get(cid) if registry is not None else None
            if entry is not None:
                affs += entry.affiliation
            for a in affs:
                aid = self.resolve(a)
                if aid and aid != cid:
                    self.up.setdefault(cid, set()).add(aid)
                    self._union(cid, aid)
                    if aid not in seen:
                        todo.append(aid)
        self.affiliation_group = {x: self._find(x) for x in seen}
        self.merged: Dict[str, List[str]] = {}  # representative -> the surface forms it merged
        self.copy_of: Dict[str, str] = {}  # document path -> the first path of its wire copy (from the events)
        self.same_body: Dict[str, Set[str]] = {}  # claimant -> claimants whose names reduce to one of its keys
        self._identity(registry)
        # origin-state-side: bodies of one state on one side (and anyone affiliated with them) are one
        # interested party, whatever their affiliation chains say
        self.party: Dict[str, str] = {}
        first: Dict[str, str] = {}
        for cid in sorted(seen):
            side = self.side(cid)
            if not side or side in self.lex.non_party_sides or not self.is_state(cid):
                continue
            self.party[cid] = side
            if side in first:
                self._union(first[side], cid)
            else:
                first[side] = cid

    def _identity(self, registry: Optional[Registry]) -> None:
        """One claimant per body (rule origin-same-body): claimants whose names reduce to one key (accents,
        spellings, possessives, qualifiers, body words and channel phrases dropped), or an unregistered one whose
        reduced name the registry knows, are one origin."""
        ident = _identity_lexicon()
        by_key: Dict[str, str] = {}
        group_owners: Dict[str, Set[str]] = {}

        def owners_of(x: str) -> Set[str]:
            return group_owners.get(self._find(x), set())

        for cid in sorted(self.claimants):
            c = self.claimants[cid]
            own = _name_owner(c.name, self.lex)
            if own:
                group_owners[self._find(cid)] = owners_of(cid) | {own}
            for n in [c.name, *c.aliases]:
                for key in _name_keys(n, ident):
                    target = None
                    if registry is not None and not c.registered:
                        e = registry.lookup(key)
                        target = e.id if e is not None else None
                    other = by_key.setdefault(key, cid)
                    if target and target != cid:  # an alias of a registry entry stands where the entry stands
                        self.up.setdefault(cid, set()).update(self.up.get(target, set()) | {target})
                    for t in (target, other):
                        if t and t != cid:
                            self.same_body.setdefault(cid, set()).add(t)
                            self.same_body.setdefault(t, set()).add(cid)
                        if t and t != cid and self._find(t) != self._find(cid):
                            oa, ob = owners_of(cid), owners_of(t)
                            if oa and ob and oa != ob:
                                continue  # "Russia's Interior Ministry" is not "Ukraine's Interior Ministry"
                            self._union(cid, t)
                            group_owners[self._find(cid)] = oa | ob
                            self.merged.setdefault(t, []).append(f"{c.name} ({cid})")
        # a group noun ("officials") or a description written without a capital ("the world's most valuable
        # company", "the town's mayor") names no body of its own: beside a named claimant it adds no origin
        self.generic = {cid for cid, c in self.claimants.items()
                        if self.type(cid) == "collective"
                        or not c.registered and (fold(c.name).removeprefix("the ") in ident["generic"]
                                                 or not any(ch.isupper() for ch in c.name))}

    def resolve(self, name: str) -> Optional[str]:
        if not name:
            return None
        if name in self.claimants or (self.registry is not None and self.registry.get(name) is not None):
            return name
        if self.registry is not None:
            e = self.registry.lookup(name)
            if e is not None:
                return e.id
        n = normalize_name(name)
        return self._names.get(n) or ("org:" + re.sub(r"[^a-z0-9]+", "-", n).strip("-"))

    def _find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        while p != self.parent.setdefault(p, p):
            self.parent[x] = p = self.parent[p]
        return p

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo

    def group(self, cid: str) -> str:
        return self._find(cid)

    def depth(self, cid: str) -> int:
        """How many bodies sit above a claimant (0 for a top body)."""
        seen, frontier, d = {cid}, [cid], 0
        while True:
            nxt = [a for c in frontier for a in sorted(self.up.get(c, ())) if a not in seen]
            if not nxt:
                return d
            seen.update(nxt)
            frontier, d = nxt, d + 1

    def _attr(self, cid: str, name: str) -> Optional[str]:
        """A claimant's field from the documents, else from sources.yaml."""
        c = self.claimants.get(cid)
        if c is not None and getattr(c, name, None):
            return getattr(c, name)
        e = self.registry.get(cid) if self.registry is not None else None
        return getattr(e, name, None) if e is not None else None

    def reliability(self, cid: str) -> Optional[str]:
        return self._attr(cid, "reliability")

    def _upward(self, cid: str) -> Iterable[str]:
        """The claimant, then the bodies above it in its affiliation chain, nearest first (no loops)."""
        seen: Set[str] = set()
        frontier = [cid]
        while frontier:
            nxt: List[str] = []
            for x in frontier:
                if x not in seen:
                    seen.add(x)
                    yield x
                    nxt += sorted(self.up.get(x, ()))
            frontier = nxt

    def side(self, cid: str) -> Optional[str]:
        """The claimant's side, else the nearest body above it that has one (a spokesperson's ministry)."""
        return next((s for s in map(lambda x: self._attr(x, "side"), self._upward(cid)) if s), None)

    def type(self, cid: str) -> Optional[str]:
        return self._attr(cid, "type")

    def is_state(self, cid: str) -> bool:
        """A body of a state (its type is one of ``state_types``), or a claimant affiliated with one through
        any chain (a spokesperson of a ministry, a press office of an army)."""
        return any(self.type(x) in self.lex.state_types for x in self._upward(cid))

    def is_registered(self, cid: str) -> bool:
        c = self.claimants.get(cid)
        return bool(c.registered) if c is not None else (self.registry is not None and self.registry.get(cid) is not None)

    def body_of(self, cid: str) -> Set[str]:
        """Every claimant joined to ``cid`` by the names of one body (the closure of rule origin-same-body)."""
        seen, todo = {cid}, [cid]
        while todo:
            for y in sorted(self.same_body.get(todo.pop(), ())):
                if y not in seen:
                    seen.add(y)
                    todo.append(y)
        return seen

    def name_words(self, cid: str) -> frozenset:
        cache = self.__dict__.setdefault("_name_words", {})
        if cid not in cache:
            cache[cid] = frozenset(fold(self.name(cid)).removeprefix("the ").split())
        return cache[cid]

    def name(self, cid: str) -> str:
        c = self.claimants.get(cid)
        if c is not None:
            return c.name
        e = self.registry.get(cid) if self.registry is not None else None
        return e.name if e is not None else cid


_IDENTITY: Optional[dict] = None


def _identity_lexicon() -> dict:
    global _IDENTITY
    if _IDENTITY is None:
        import yaml

        with open(Path(__file__).resolve().parent.parent / "data" / "identity.yaml", encoding="utf-8") as fh:
            d = yaml.safe_load(fh) or {}
        _IDENTITY = {
            "spellings": {str(k): str(v) for k, v in (d.get("spellings") or {}).items()},
            "channels": sorted((fold(str(p)) for p in d.get("channel_phrases", [])), key=lambda p: -len(p)),
            "qualifiers": {str(w) for w in d.get("qualifiers", [])},
            "body": {str(w) for w in d.get("body_words", [])},
            "generic": {fold(str(w)) for w in d.get("generic_claimants", [])},
            "titles": {fold(str(w)) for w in d.get("titles", [])},
        }
    return _IDENTITY


def _name_owner(name: str, lex: "Lexicon") -> Optional[str]:
    """The country or people a body's name says it belongs to ("Ukraine's General Staff", "the Russian Ministry
    of Defence"), from the owners table; None when the name says none (the story implies it)."""
    m = lex.owners.find(name)
    return m[0][2] if m else None


def _name_keys(name: str, ident: dict) -> List[str]:
    """Keys of a claimant's name, the most specific first: "Haiti's central civil protection agency" ->
    ["civil protection agency", "civil protection", "acr:..."]; "Zelenskyy" -> ["zelensky"]; "BLS" ->
    ["acr:bls"], as "Bureau of Labor Statistics" has."""
    ttl = ident.get("titles", set())
    low = fold(name)
    for ch in ident["channels"]:  # "the General Staff on Facebook": the channel is no part of the name
        if low.endswith(" " + ch):
            cut = re.search(r"\s+" + r"\W+".join(map(re.escape, ch.split())) + r"\W*$", name, re.IGNORECASE)
            if cut:
                name = name[:cut.start()]
            break
    m = re.match(r"\s*((?:[A-Z][a-z]*\.?\s+)+?)((?:[A-Z][\w'.-]+\s+){0,2}[A-Z][\w'.-]+)\s+of\s+(?:the\s+)?(.+)$", name)
    if m and fold(m.group(1)).split() and all(w in ttl for w in fold(m.group(1)).split()):
        # "Sgt. Anna Brisk of the Vell Police Department": the person and the body she speaks for
        return _name_keys(m.group(2), ident) + _name_keys(m.group(3), ident)
    words0 = name.split()
    while len(words0) > 2 and fold(words0[0]) in ttl and all(w[:1].isupper() for w in words0[1:]):
        words0 = words0[1:]  # "Sgt. Anna Brisk" -> Anna Brisk; not "General Staff of the Armed Forces"
    name = " ".join(words0)
    raw = unicodedata.normalize("NFKD", name)
    raw = "".join(ch for ch in raw if not unicodedata.combining(ch)).replace("\u2019", "'")
    raw = re.sub(r"^(?:the\s+)?[A-Z][\w.-]*'s?\s+", "", raw.strip()) if re.match(r"(?:the\s+)?[A-Z][\w.-]*'s?\s+\S", raw.strip()) \
        else raw  # a possessive owner: "Ukraine's General Staff" -> "General Staff"
    key = fold(raw)
    for ch in ident["channels"]:
        if key.endswith(" " + ch):
            key = key[:-len(ch) - 1]
    words = [ident["spellings"].get(w, w) for w in key.split()]
    words = [w for w in words if w not in ident["qualifiers"]]
    if words and words[0] == "of":
        words = words[1:]
    out = []
    if len(words) >= 2:
        core = [w for w in words if w not in ident["body"] and w != "of"]
        for ws in (words, core if 2 <= len(core) < len(words) else []):
            if ws:  # transliterations: doubled letters as one (Zelenskyy = Zelensky)
                out.append(" ".join(re.sub(r"(.)\1", r"\1", w) for w in ws))
    elif len(words) == 1 and len(words[0]) >= 5 and not name.strip().isupper():
        out.append(re.sub(r"(.)\1", r"\1", words[0]))
    # acronyms: "Bureau of Labor Statistics" and "BLS" (rule origin-same-body), from the name without its
    # channel phrase, when every word of it but the small ones is capitalised
    token = raw.strip().strip(".")
    written = re.findall(r"[A-Za-z][\w'-]*", raw)[:len(key.split())]
    big = [w for w in written if w.lower() not in _ACRONYM_SKIP]
    if re.fullmatch(r"[A-Z]{2,6}", token):
        out.append("acr:" + token.lower())
    elif len(big) >= 2 and all(w[:1].isupper() for w in big):
        out.append("acr:" + "".join(w[0] for w in big).lower())
    return out


_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "la"}


def _same_body_in_claim(groups: Dict[str, Set[str]], origins: "Origins", ex: List[str]) -> None:
    """A claimant named by a bare common noun for a body ("police", "the ministry") is the one body of the claim
    whose name holds that noun ("Vell Police Department"), when there is exactly one (rule origin-same-body)."""
    if len(groups) < 2:
        return
    words = {g: [origins.name_words(c) for c in sorted(ms)] for g, ms in groups.items()}
    for g in sorted(groups):
        if g not in groups:
            continue
        mine = words[g]
        if not all(len(w) <= 2 for w in mine):
            continue
        hosts = [h for h in sorted(groups) if h != g and h in groups
                 and any(w < other for w in mine for other in words[h] if w)]
        if len(hosts) == 1:
            h = hosts[0]
            ex.append(f"{', '.join(sorted(groups[g]))} names {', '.join(sorted(groups[h]))} by a common noun: one "
                      f"origin [origin-same-body]")
            groups[h] |= groups.pop(g)
            words[h] = words[h] + words.pop(g)
