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
        self.org_names: Dict[str, str] = {}  # an affiliation no claimant or registry entry names -> its name
        self.stand_in: Dict[tuple, str] = {}  # (document path, bare body noun claimant) -> the officer who names it
        self._officials(docs, declared)
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
                if aid and aid.startswith("org:"):
                    self.org_names.setdefault(aid, a)
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

        # the claimants, then the bodies only an affiliation names ("Officer Tom Rusk of the Vell Police
        # Department" beside "Vell police said"): one body under two names is one origin
        entries = [(cid, c.name, [c.name, *c.aliases], c.registered) for cid, c in sorted(self.claimants.items())]
        entries += [(aid, n, [n], False) for aid, n in sorted(self.org_names.items())]
        for cid, cname, cnames, registered in entries:
            own = _name_owner(cname, self.lex)
            if own:
                group_owners[self._find(cid)] = owners_of(cid) | {own}
            for n in cnames:
                for key in _name_keys(n, ident):
                    target = None
                    if registry is not None and not registered:
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
                            self.merged.setdefault(t, []).append(f"{cname} ({cid})")
        # a group noun ("officials") or a description written without a capital ("the world's most valuable
        # company", "the town's mayor") names no body of its own: beside a named claimant it adds no origin
        # ... but a collective named with its place ("Vell police", "Dask fire officials") is that place's body
        self.generic = {cid for cid, c in self.claimants.items()
                        if self.type(cid) == "collective" and not _named_collective(c, ident)
                        or not c.registered and (fold(c.name).removeprefix("the ") in ident["generic"]
                                                 or not any(ch.isupper() for ch in c.name))}

    def _officials(self, docs: Sequence[Document], declared: Dict[str, List[str]]) -> None:
        """An officer speaks for the body of her article (rule origin-official): a person whose declared
        affiliations name no claimant ("Lt. Ada Kell" with none; "Dask police spokeswoman Sgt. Mira Holt" read as
        of "Dask"; "Police Chief Tam Orrin" as of "Police") is affiliated with the one body of her article whose name
        the words around her name hold ("police": the "police" the article cites), or whose name holds them all
        ("Police" -> "Vell police"); with no such words but a title of office ("Trooper Ina Voss"), with the one body
        of her article of the kind her title serves (``title_bodies``: a trooper's patrol), else the one body of her
        article that has ranks at all (none of ``unranked_bodies``: never a hospital). A body
        is a claimant that is no person, or whose name holds a body noun (``body_nouns``)."""
        ident = _identity_lexicon()
        skip = ident["titles"] | ident["qualifiers"] | ident["roles"]
        for d in sorted(docs, key=lambda d: (d.path, d.text)):  # one reading whatever the input's order
            bodies = [c for c in d.claimants if _is_body(c, ident)]
            if not bodies:
                continue
            for c in d.claimants:
                if c.type != "person" or _is_body(c, ident) or c.registered:
                    continue
                affs = declared.get(c.id, [])
                # an affiliation that names a claimant holds (rule origin-affiliation): none is added then, but a bare
                # "police" of this article may still be hers
                # (a bare "Police" names no body of its own: "Police spokesman Officer Ned Fal" beside "Vell police")
                held = any(self._names.get(normalize_name(a)) not in (None, c.id)
                           and fold(a).removeprefix("the ") not in ident["generic"] for a in affs)
                own = {w for n in [c.name, *c.aliases] for w in fold(n).split()}
                around: Set[str] = set()
                kinds: Set[str] = set()  # the kinds of body her titles serve ("Trooper": patrol, police)
                for m in c.mentions:
                    ws = fold(m.text).split()
                    for w in ws:
                        if w not in own:
                            kinds |= ident["title_bodies"].get(w, set())
                    around.update(w for w in ws if w not in own)
                    after = _OF_BODY.match(d.text, m.end)  # "Lt. Ina Voss of the state Conservation Department"
                    if after:
                        around.update(fold(after.group(1)).split())
                for a in affs:
                    around.update(fold(a).split())
                words = {w for w in around if w not in skip and w not in ("he", "she", "his", "her", "they")}
                if words:
                    # her words hold the body's name, or they name a kind of body ("Police") the body's name holds;
                    # a place alone ("Westmere") says which town, not which of its bodies
                    hits = [b for b in bodies if b.id != c.id and _body_words(b, ident) and
                            (_body_words(b, ident) <= words or
                             words & ident["body_nouns"] and words <= _body_words(b, ident))]
                elif kinds:
                    hits = [b for b in bodies if b.id != c.id and set(fold(b.name).split()) & kinds] or \
                        [b for b in bodies if b.id != c.id and not set(fold(b.name).split()) & ident["unranked"]]
                else:
                    continue
                if len(hits) > 1:
                    # "Vell police said ... Police said ... police spokesman Officer Ned Fal": the bare "police" of an
                    # article that names its police is that body; the officer speaks for the named one
                    named = [b for b in hits if fold(b.name).removeprefix("the ") not in ident["generic"]]
                    if len(named) == 1 and all(_body_words(b, ident) <= _body_words(named[0], ident)
                                               for b in hits if b is not named[0]):
                        hits = named
                if len(hits) != 1:
                    continue
                if fold(hits[0].name).removeprefix("the ") in ident["generic"]:
                    # a bare "police": which police, the officer says, in this article only (an id names every
                    # article's "police")
                    key = (d.path, hits[0].id)
                    self.stand_in[key] = c.id if self.stand_in.get(key, c.id) == c.id else ""
                    # ... and the words around her name name the body ("Vell police spokeswoman Sgt. Ada Kell": the
                    # "Vell police" another article cites)
                    phrase = " ".join(dict.fromkeys(w for m in c.mentions for w in fold(m.text).split()
                                                    if w in words))
                    if not held and len(phrase.split()) > 1 and phrase not in declared.setdefault(c.id, []):
                        declared[c.id].append(phrase)
                elif not held and hits[0].name not in declared.setdefault(c.id, []):
                    declared[c.id].append(hits[0].name)
        self.stand_in = {k: v for k, v in self.stand_in.items() if v}

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

    def group_name_words(self, cid: str) -> List[frozenset]:
        """The name words of every claimant and affiliated body of ``cid``'s origin (itself first)."""
        cache = self.__dict__.setdefault("_group_words", None)
        if cache is None:
            cache = self.__dict__["_group_words"] = {}
            for x in sorted(set(self.claimants) | set(self.org_names)):
                cache.setdefault(self._find(x), []).append(self.name_words(x))
        return [self.name_words(cid)] + cache.get(self._find(cid), [])

    def name_words(self, cid: str) -> frozenset:
        cache = self.__dict__.setdefault("_name_words", {})
        if cid not in cache:
            cache[cid] = frozenset(fold(self.name(cid)).removeprefix("the ").split())
        return cache[cid]

    def name(self, cid: str) -> str:
        c = self.claimants.get(cid)
        if c is not None:
            return c.name
        if cid in self.org_names:
            return self.org_names[cid]
        e = self.registry.get(cid) if self.registry is not None else None
        return e.name if e is not None else cid


_OF_BODY = re.compile(r"(?:\s+of|,\s+(?:a|an|the)\s+[a-z ]{0,30}?\b(?:of|for|at|with))\s+((?:the\s+)?[^,.;:\n]{2,60}?)"
                      r"(?=\s+(?:said|says|told|who|which)\b|[,.;:\n]|$)")


def _named_collective(c: Claimant, ident: dict) -> bool:
    """A collective named with a proper name and a body noun ("Vell police", "Westmere police"): a body, not a group
    noun ("police", "Neighbors", "Witnesses on shore")."""
    words = c.name.split()
    return len(words) >= 2 and words[0][:1].isupper() and fold(words[0]) not in ident["qualifiers"] \
        and fold(words[0]) not in ident["generic_modifiers"] and bool(set(fold(c.name).split()) & ident["body_nouns"])


def _body_words(c: Claimant, ident: dict) -> Set[str]:
    return {w for w in fold(c.name).split() if w not in ident["qualifiers"]}


def _is_body(c: Claimant, ident: dict) -> bool:
    """Whether a claimant is a body (no person): its type says so, or its name holds a body noun."""
    if c.type not in ("person", "collective", None):
        return True
    return bool(set(fold(c.name).split()) & ident["body_nouns"])


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
            "roles": {fold(str(w)) for w in d.get("roles", [])},
            "body_nouns": {fold(str(w)) for w in d.get("body_nouns", [])},
            "generic_modifiers": {fold(str(w)) for w in d.get("generic_modifiers", [])},
            "unranked": {fold(str(w)) for w in d.get("unranked_bodies", [])},
            "title_bodies": {fold(str(k)): {fold(str(x)) for x in (v or [])}
                             for k, v in (d.get("title_bodies") or {}).items()},
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
    # a host is known by the names of every body of its origin: "Lt. Ada Kell" by "Vell police" (rule origin-official)
    words = {g: [origins.name_words(c) for c in sorted(ms)] for g, ms in groups.items()}
    hosting = {g: [w for c in sorted(ms) for w in origins.group_name_words(c)] for g, ms in groups.items()}
    for g in sorted(groups):
        if g not in groups:
            continue
        # the words of a bare body noun in the group (an officer's "fire department"), else of every member
        bare = [origins.name_words(c) for c in sorted(groups[g]) if c in origins.generic]
        mine = bare or words[g]
        if not all(len(w) <= 2 for w in mine):
            continue
        hosts = [h for h in sorted(groups) if h != g and h in groups
                 and any(w < other for w in mine for other in hosting[h] if w)]
        if len(hosts) == 1:
            h = hosts[0]
            ex.append(f"{', '.join(sorted(groups[g]))} names {', '.join(sorted(groups[h]))} by a common noun: one "
                      f"origin [origin-same-body]")
            groups[h] |= groups.pop(g)
            words[h] = words[h] + words.pop(g)
            hosting[h] = hosting[h] + hosting.pop(g)
