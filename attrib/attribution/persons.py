"""Persons and roles: names split from titles, surnames that join a full name, affiliations from roles
and appositions."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List, Optional, Tuple

from .lexicon import _NAME_BOUND_HEADS, _RE_CLAUSE_AFTER_VERB, _is_demonym, _lex
from .gender import _given
from .mentions import Mention
from .roles import person_in_role


# a unit of a body named after its possessor: "the BBC's Russian service", "Reuters' Moscow bureau"
_RE_UNIT = re.compile(r"^[A-Z][\w-]*\s+(?:service|desk|bureau|edition|unit|branch|section|channel|arm)$")


# a lower-case body of a possessor, named with it: "the OSCE's observer mission", "Harwell's audit office"
_RE_OWNED_BODY = re.compile(r"(?:[a-z][a-z-]+\s+){1,3}(?:office|agency|mission|commission|panel)")


class _Persons:
    """Resolution of names (a mixin of the resolver: it uses its claimants and registry)."""

    def resolve_name(self, m: Mention) -> Tuple[Optional[str], List[str]]:
        L = _lex()
        steps: List[str] = []
        t = m.text.strip()
        acro = re.search(r"\s*\(([A-Z][A-Za-z.]{1,10})\)$", t)
        core = t[:acro.start()] if acro else t
        if not _name_s_subject(self.doc.text, m.end):  # "Moody's said", "Standard & Poor's estimated that": the
            core = re.sub(r"[\u2019']s$", "", core)  # name itself ends in -'s, no possessive before a noun
        aff: List[str] = [m.body] if m.body else []  # "Officer Rita Calloway of the Marlow Bay Police Department"
        # possessive organisation before a role: "the Pentagon's Deputy Press Secretary Sabrina Singh"
        pm = re.match(r"(.+?)[\u2019']s\s+(.+)$", core)
        if pm and " of " in pm.group(1) and self.reg.lookup(pm.group(1)) is not None and \
                any(w.lower() in L.org_words for w in pm.group(2).split()):
            e = self.reg.lookup(pm.group(1))  # "the General Staff of Ukraine's Armed Forces"
            steps.append(f"'{t}' is the registry's {e.id} ({e.name})")
            return self._from_registry(e.id, core, m.start), steps
        if pm and len(pm.group(2).split()) == 1 and (pm.group(2).lower() in _NAME_BOUND_HEADS | {"hospital", "bank", "party"}
                                                     or pm.group(2)[:1].isupper() and pm.group(2).lower() in L.org_words
                                                     and pm.group(1).split()[-1].lower() in L.titles):
            pm = None  # "Marrick Children's Hospital", "the People's Bank", "the Alder County Sheriff's Office":
            # the possessive is part of the name
        if pm and pm.group(1).lower() in L.titles and pm.group(1)[:1].isupper() and len(pm.group(2).split()) >= 2 and \
                all(w[:1].isupper() for w in pm.group(2).split()) and pm.group(2).split()[-1].lower() in L.org_words:
            pm = None  # "the Governor's Highway Safety Office", "the Mayor's Office of Housing": one body's name
        if pm and (pm.group(2) == "office" or _RE_OWNED_BODY.fullmatch(pm.group(2))):
            # "the Secretary of State's office": the office, its holder's body; "the OSCE's observer mission"
            core = t
            aff.append(pm.group(1))
        elif pm and _RE_UNIT.search(pm.group(2)):
            # "the BBC's Russian service": a unit of the body, named with it
            core = f"{pm.group(1)} {pm.group(2)}"
            aff.append(pm.group(1))
        elif pm:
            aff.append(pm.group(1))
            core = pm.group(2)
        e = self.reg.lookup(t) if "'" in t or "\u2019" in t else None
        if e is not None:  # "Russia's defence ministry" as the registry knows it
            steps.append(f"'{t}' is the registry's {e.id} ({e.name})")
            return self._from_registry(e.id, t, m.start), steps
        known = self.known(core)
        if known is not None:
            steps.append(f"'{t}' names {self.claimants[known].c.name}, named before")
            return known, steps
        e = self.reg.lookup(core) or (self.reg.lookup(acro.group(1)) if acro else None)
        if e is not None:
            steps.append(f"'{t}' is the registry's {e.id} ({e.name})")
            cid = self._from_registry(e.id, core, m.start)
            if acro:
                self._alias(cid, acro.group(1))
            self._add_aff(cid, aff, steps)
            return cid, steps
        words = core.split()
        of = re.match(r"(.+?)\s+of\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)$", core)
        if of and any(w.lower().rstrip(".,") in L.titles for w in of.group(1).split()[:-1]):
            words = of.group(1).split()  # "Representative Diane Whitlow of Ohio": the person, not the place
        # split titles and roles from the person: "Ukrainian President Volodymyr Zelenskyy"
        last_title = -1
        for i, w in enumerate(words[:-1]):
            if w.lower().rstrip(".,") in L.titles:
                last_title = i
        if last_title >= 0 and all(w.lower().rstrip(".,") in L.title_qualifiers for w in words[:last_title + 1]
                                   if w.lower().rstrip(".,") in L.titles):
            last_title = -1  # "National Nurses United", "State Farm": qualifiers alone name no person after them
            # (not "Secretary of State Ruth Ames": a title before)
        if last_title >= 0 and any(w[:1].isupper() and w.lower() in L.org_words and nxt in ("of", "for")
                                   for w, nxt in zip(words[:last_title], words[1:last_title + 1])):
            last_title = -1  # "Orrin County Office of Emergency Management": a body's name, no title and person
        if last_title >= 0 and len(words) - last_title - 1 == 1 and \
                all(w.lower().rstrip(".,") in L.org_words for w in words[:last_title + 1]):
            last_title = -1  # "Health Canada", "Transport Scotland": a body named by its field and its place
        if last_title >= 0:
            name_words = words[last_title + 1:]
            role = words[:last_title + 1]
            plural_body = len(name_words) == 1 and name_words[0].endswith("s") and len(name_words[0]) > 4 and \
                not any(w.lower().rstrip(".,") in L.role_nouns for w in words[:last_title + 1])
            if name_words and all(w[:1].isupper() for w in name_words) and not plural_body and \
                    not any(w.lower() in L.org_words for w in name_words) and \
                    not all(w.lower().rstrip(".,") in L.titles for w in name_words):
                name = " ".join(name_words)
                prefix = [w for w in role if w.lower().rstrip(".,") not in L.titles and not _is_demonym(w)]
                ptext = " ".join(prefix)
                org_role = [w for w in role if not _is_demonym(w) and w.lower().strip(".,") not in L.role_nouns
                            and w[:1].isupper()]
                otext = " ".join(org_role)
                if prefix and (self.reg.lookup(ptext) is not None or
                               (any(w.lower() in L.org_words for w in role) or len(org_role) > 1) and otext):
                    aff.append(ptext if self.reg.lookup(ptext) is not None else otext)
                steps.append(f"'{t}': role '{' '.join(role)}' split from the name '{name}'")
                if not aff:
                    aff += self._implicit_body(role, m.start)
                e = self.reg.lookup(name)
                same = [c for c, cl in self.claimants.items() if cl.category == "person" and len(name_words) == 1
                        and cl.c.name.split()[-1] == name_words[0]]
                if e is not None:
                    steps.append(f"'{name}' is the registry's {e.id}")
                    cid = self._from_registry(e.id, name, m.start)
                elif same:  # "Ms. Raman" after "Priya Raman"
                    cid = same[-1]
                    steps.append(f"'{t}' is {self.claimants[cid].c.name}, named before")
                    self._alias(cid, name)
                else:
                    full = self._full_name_before(name, m.start) if len(name_words) == 1 else None
                    cid = self._person(full or name, m.start, steps)
                self._add_aff(cid, aff, steps)
                return cid, steps
        # a shortened name: "the Air Force" after "the Lemorian Air Force"
        if len(words) >= 2:
            for cid, cl in self.claimants.items():
                nw = cl.c.name.split()
                if cl.category == "org" and len(nw) > len(words) and \
                        (nw[-len(words):] == words or nw[:len(words)] == words):
                    steps.append(f"'{t}' is short for {cl.c.name}, named before")
                    self._alias(cid, core)
                    return cid, steps
        # a surname alone: "Singh" after "Sabrina Singh"
        if len(words) == 1:
            for cid, cl in self.claimants.items():
                if cl.category == "person" and cl.c.name.split()[-1] == words[0]:
                    steps.append(f"'{t}' is the surname of {cl.c.name}, named before")
                    self._alias(cid, words[0])
                    return cid, steps
        if len(words) == 1 and acro is None:  # "Harwell's August survey" after "a Harwell University poll"
            orgs = [cid for cid, cl in self.claimants.items() if cl.category == "org" and
                    len(cl.c.name.split()) > 1 and cl.c.name.split()[0] == words[0]]
            if orgs:
                steps.append(f"'{t}' is short for {self.claimants[orgs[-1]].c.name}, named before")
                self._alias(orgs[-1], core)
                return orgs[-1], steps
        if len(words) == 1 and acro is None and words[0].lower().strip(".,") not in L.org_words:
            # "Okafor said" after "Gov. Anna Okafor" named without a cue (not "the Senate" after "the Calloway Senate")
            full = self._full_name_before(words[0], m.start)
            if full is not None:
                steps.append(f"'{t}' is the surname of {full}, named earlier")
                cid = self._person(full, m.start, steps)
                self._alias(cid, words[0])
                return cid, steps
        if len(words) >= 2 and words[-1].lower() in L.titles and words[0].lower() not in _given() and \
                not any(w.lower().strip(".,()") in L.org_words for w in words) and \
                re.search(r"\b[Tt]he\s+$", self.doc.text[max(0, m.start - 5):m.start]):
            back = self._epithet_person(words[-1].lower(), m.start)
            if back is not None:  # "the Ohio-born Republican told reporters": the person named before
                steps.append(f"'the {t}' describes {self.claimants[back].c.name}, named before")
                return back, steps
        is_org = any(w.lower().strip(".,()") in L.org_words for w in words) or acro is not None or len(words) == 1
        if not is_org and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            cid = self._person(core, m.start, steps)
        else:
            cid = self._new(core, "org", m.start)
            steps.append(f"'{core}' is an organisation not in the registry")
        if acro:
            self._alias(cid, acro.group(1))
        self._add_aff(cid, aff, steps)
        return cid, steps

    def _epithet_person(self, title: str, pos: int) -> Optional[str]:
        """The person an epithet ending in a title refers back to ("the Texas Democrat", "the Ohio-born
        Republican"): the latest one introduced in that role, else the person named just before."""
        found = person_in_role(self.doc, title, pos)
        name = found[0] if found is not None else self._nearest_name(pos)
        cid = self.known(name) if name else None
        return cid if cid is not None and self.claimants[cid].category == "person" else None

    def _full_name_before(self, surname: str, pos: int) -> Optional[str]:
        """The last full personal name ending in ``surname`` before ``pos`` (titles left out)."""
        L = _lex()
        best = None
        for m in re.finditer(rf"((?:[A-Z][a-z]+\.?\s+){{1,4}}){re.escape(surname)}\b", self.doc.text[:pos]):
            words = m.group(1).split()
            ends = [i for i, w in enumerate(words) if w.endswith(".") and len(w) > 2 and w.lower().rstrip(".") not in L.titles]
            if ends:  # "... for Mendez. Mendez's campaign": a sentence ended there, no given name
                words = words[ends[-1] + 1:]
            while words and (words[0].lower().rstrip(".") in L.titles or words[0].lower() in L.not_start
                             or _is_demonym(words[0])):
                words.pop(0)
            if words and all(w.lower().rstrip(".") not in L.titles and w.lower() not in L.org_words for w in words):
                best = " ".join(words + [surname])
        return best

    def _person(self, name: str, pos: int, steps: List[str]) -> str:
        for cid, cl in self.claimants.items():  # "Sabrina Singh" after "Singh"? keep the full name
            if cl.category == "person" and cl.c.name == name:
                return cid
        steps.append(f"'{name}' is a person not in the registry")
        return self._new(name, "person", pos, "person")

    def _add_aff(self, cid: str, names: List[str], steps: List[str]) -> None:
        c = self.claimants[cid].c
        for n in names:
            n = re.sub(r"^(?:the|The)\s+", "", n.strip(" ,."))
            if not n:
                continue
            e = self.reg.lookup(n)
            if e is not None and e.id in c.affiliation:
                c.affiliation.remove(e.id)  # the surface form said in the text replaces the registry's id
            if n not in c.affiliation:
                c.affiliation.append(n)
                steps.append(f"{c.name} speaks for or works at {n}" + (f" ({e.id})" if e is not None else ""))


    def apposition(self, cid: str, app: str, steps: List[str]) -> None:
        """A role phrase set off by commas gives the body its bearer works at or speaks for.

        'a senior analyst at the strategic intelligence firm Prizma' -> Prizma; 'the chairman of the
        Suez Canal Authority' -> Suez Canal Authority; "Denmark's defence minister" -> Denmark. A phrase
        with no role word ("speaking to reporters in Orillia") gives none.
        """
        L = _lex()
        m = re.search(r"\b(?:at|of|for|with|from|to)\s+(?:the\s+)?(.+)$", app)
        role_part = app[:m.start()] if m else app
        if not any(w.lower().strip(".,") in L.role_nouns or w.lower().strip(".,") in L.titles
                   for w in re.findall(r"[\w.-]+", role_part)):
            return
        if m:
            orgs = [o for o in L.re_name.finditer(m.group(1))
                    if o.group().lower() not in L.not_start and not _is_demonym(o.group())
                    and not o.group().endswith("-based")]
            if orgs:
                self._add_aff(cid, [re.sub(r"^(?:The)\s+", "", orgs[0].group())], steps)
                return
            head = m.group(1).split()[-1].lower().strip(".,")
            for ocid, cl in self.claimants.items():  # "a senior analyst at the consultancy"
                if ocid != cid and cl.category == "org" and (head in cl.c.name.lower() or head == (cl.c.type or "")):
                    self._add_aff(cid, [cl.c.name], steps)
                    return
        pm = re.match(r"(?:the\s+)?([\w .&-]+?)[\u2019']s\s", app)
        if pm:  # "the society's secretary general", "Denmark's defence minister"
            owner = pm.group(1)
            if owner[:1].isupper():
                self._add_aff(cid, [owner], steps)
                return
            for ocid, cl in self.claimants.items():
                if ocid != cid and owner.split()[-1].lower() in cl.c.name.lower().split():
                    self._add_aff(cid, [cl.c.name], steps)
                    return


_RE_VERB_AFTER_NAME_S = re.compile(r"\s+(?:said|says|told|tells|estimated|estimates|reported|announced|forecast|"
                                   r"predicted|projected|found|wrote|added)\b")


def _name_s_subject(text: str, end: int) -> bool:
    """Whether a name in -'s is the subject of the past verb after it ("Moody's said that", "Standard & Poor's
    estimated at the time"): a possessive is followed by its noun, never by a clause."""
    if text[end - 2:end] not in ("'s", "\u2019s"):
        return False
    verb = _RE_VERB_AFTER_NAME_S.match(text, end)
    return verb is not None and _RE_CLAUSE_AFTER_VERB.match(text, verb.end()) is not None
