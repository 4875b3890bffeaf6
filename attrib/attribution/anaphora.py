"""Anaphora and descriptions: 'the ministry', 'it', 'the report', 'her campaign' to an earlier claimant or
a body named as a sentence's subject."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from heapq import merge
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List, Optional, Tuple

from ..registry import normalize_name
from .frames import _Claim
from .lexicon import _DATELINE, _DOC_SYNONYMS, _NAME_BOUND_HEADS, _SELF_STANDING, _STATE_TYPES, _lex
from .mentions import Mention, _subject_collectives, _subject_entities, _two_bodies
from .gender import PRONOUN_GENDER, _given, agrees, gender_of
from .roles import known_roles, person_in_role, roles
from .scope import _INTRO, _sentence_of


# "the world's largest ...", "the nation's second-biggest ...": a superlative epithet, not an owner
_RE_EPITHET = re.compile(r"[Tt]he\s+(?:world|nation|country|region|state|city|industry|sector|market|planet|continent)"
                         r"[\u2019']s\s")

_RE_SEEN_BY = re.compile(r"\b(?:seen|obtained|reviewed|viewed)\s+by\b")

# words in a body's name that make it public or collective, never "the company" of a story
_PUBLIC_WORDS = {"office", "ministry", "agency", "bureau", "department", "authority", "commission", "council",
                 "service", "services", "police", "government", "court", "parliament", "assembly", "board",
                 "administration", "institute", "centre", "center", "university", "hospital", "union", "party",
                 "federation", "association", "committee", "fund", "bank", "organisation", "organization", "house",
                 "guard", "patrol", "coastguard"}
# documents that stand as their own source when no author is named ("the poll found", "the study shows")
_STANDALONE_DOCUMENTS = {"poll", "survey", "study", "report", "analysis", "audit", "review", "assessment",
                         "investigation", "census", "indictment", "complaint", "lawsuit", "filing", "filings", "accounts"}
_RE_ROMAN = re.compile(r"[IVXL]{1,5}")
_RE_PLACE_BEFORE = re.compile(r"\b(?:in|near|into|outside|across)\s+$")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}



def _latest_first(items: list, pos: int):
    """The (position, ...) pairs of a list sorted by position that lie before ``pos``, latest first;
    pairs at the same position keep their order in the list."""
    i = bisect_left(items, (pos,))
    while i > 0:
        j = i - 1
        while j > 0 and items[j - 1][0] == items[i - 1][0]:
            j -= 1
        yield from items[j:i]
        i = j

class _Anaphora:
    """Resolution of anaphors and descriptions (a mixin of the resolver)."""

    def resolve_anaphor(self, m: Mention, pos: int) -> Tuple[Optional[str], List[str]]:
        L = _lex()
        need = L.anaphors.get(_POSSESSIVE_PRONOUN.get(m.text.lower(), m.text.lower()))
        head = m.text.lower().split()[-1]
        if head in L.info_nouns:  # "the report" after "a report by X" / "X's report" / "X released a report"
            cid = self._document_before(head, pos)
            if cid is not None:
                if self.claimants[cid].c.type == "document":
                    return cid, [f"'{m.text}' is the {self.claimants[cid].c.name} named in line {self._first_line(cid)}"]
                return cid, [f"'{m.text}' refers back to {self.claimants[cid].c.name}'s {head}, "
                             f"named in line {self._first_line(cid)}"]
        if need not in ("person", "collective") and head not in ("it", "they"):
            found = self._named_with_head(head, min(pos, m.start))
            for stand_in in L.head_stand_ins.get(head, ()) if found is None else ():
                found = self._stand_in(head, stand_in, min(pos, m.start))  # "the department": the police
                if found is not None:
                    break
            if found is not None:
                return found
        if head in L.business_heads and len(m.text.split()) == 2:  # "the company": the story's business, the one its statements name most
            found = self._latest_business(min(pos, m.start))
            if found is not None:
                return found, [f"'{m.text}' refers back to {self.claimants[found].c.name}, the business the story "
                               f"names in line {self._first_line(found)}"]
            found = self._business_subject(min(pos, m.start))
            if found is not None:
                return found, [f"'{m.text}' refers back to {self.claimants[found].c.name}, the name that opens a "
                               f"sentence in line {self._first_line(found)}, a body the text calls 'it'"]
        voice = self._voice_before(min(pos, m.start))
        if voice is not None and head in ("he", "she"):
            near = self._nearest_name(min(pos, m.start), True, m.text, marked=True) or \
                self._nearest_name(min(pos, m.start), True, m.text)
            if near is not None and self.doc.text.find(near.split()[-1], voice[0], min(pos, m.start)) >= 0:
                voice = None  # "A spokeswoman for the party said ... Niamh Corrigan focused on housing. She said": Corrigan
        if voice is not None and (head in roles().voices or head in ("he", "she")):
            vp, vcid = voice
            later = [p for p, cid in self.history if vp < p < pos and self.claimants[cid].category == "person"
                     and agrees(self.doc, m.text, self.claimants[cid].c.name)]
            if not later and (head in roles().voices or m.text.lower() in ("he", "she")):
                # "a company spokesman said ... The spokesman said / He said": the body he speaks for
                if vcid in self.voices:
                    return vcid, [f"'{m.text}' is the {self.claimants[vcid].c.name} who spoke in line "
                                  f"{self.doc.line_col(vp)[0]}"]
                return vcid, [f"'{m.text}' is the {self._voice_word(vp, vcid)} who spoke for "
                              f"{self.claimants[vcid].c.name} in line {self.doc.line_col(vp)[0]}"]
        if m.text.lower() == "it":
            found = self._previous_subject_org(min(pos, m.start))
            if found is not None:  # "The fire department identified the woman. It said one person died"
                return found, [f"'{m.text}' refers back to {self.claimants[found].c.name}, the subject of the "
                               "sentence before"]
        role = head if need == "person" and head not in ("he", "she") else None
        if role is not None:  # "the mayor": the person the text introduced as mayor
            found = person_in_role(self.doc, role, min(pos, m.start))
            if found is not None:
                name, p = found
                cid = self.known(name) or self._person(name, p, [])
                return cid, [f"'{m.text}' refers back to {self.claimants[cid].c.name}, introduced in that role "
                             f"in line {self.doc.line_col(p)[0]}"]
        for p, cid in reversed(self.history):
            if p >= pos:
                continue
            cl = self.claimants[cid]
            if role is not None and cl.category == "person" and known_roles(self.doc, cl.c.name) and \
                    not roles().matches(role, known_roles(self.doc, cl.c.name)):
                continue  # "the mayor" is not the elections director who spoke last
            if cl.category == "person" and not agrees(self.doc, m.text, cl.c.name):
                continue  # "she" is not Mr. Lin
            if head in L.info_nouns and not any(ch.isupper() for ch in cl.c.name):
                continue  # "the study said" is no document of "the phone-free group" that reported before
            if _compatible(need, cl, m.text.lower()):
                line = self._first_line(cid)
                voice = cid in self.voices
                if m.text.lower() in ("he", "she") and (p < self._sentence_start_before(pos) or voice):
                    # a person named since, in this sentence or the one before, whose gender the text marks
                    # (after a body's unnamed voice, any such person named after it: "A spokeswoman for the
                    # party said ... Niamh Corrigan focused on housing. She said")
                    near = self._nearest_name(pos, True, m.text, marked=True) or \
                        (self._nearest_name(pos, True, m.text) if voice else None)
                    if voice and near is not None and self.doc.text.find(near, p, pos) < 0:
                        near = None
                    if near is not None and near != cl.c.name:
                        nid = self.known(near) or self._person(near, pos, [])
                        return nid, [f"'{m.text}' refers back to {near}, the person named just before"]
                return cid, [f"'{m.text}' refers back to {cl.c.name}, named in line {line}"]
        if m.text.lower() in ("he", "she", "his", "her") and self._nearest_name(pos, True, m.text):
            # "Dana Ruiz founded the firm in 2009. She said ...": the person the text named just before,
            # with or without a statement of her own
            name = self._nearest_name(pos, True, m.text)
            cid = self._person(name, m.start, [])
            return cid, [f"'{m.text}' refers back to {name}, the person named just before"]
        words = m.text.split()
        if words[-1].lower() in (_NAME_BOUND_HEADS | _SELF_STANDING) and len(words) == 2:
            ctype = {"army": "military", "military": "military", "navy": "military", "junta": "government",
                     "regime": "government", "government": "government"}.get(words[-1].lower())
            cid = self._new(words[-1].lower(), "org", m.start, ctype)  # "according to the league"
            return cid, [f"'{m.text}' names a body not named before: it stands as the source"]
        if len(words) >= 3 and words[-1].lower() not in L.info_nouns and need not in ("person", "collective"):
            # "the defence ministry" with nothing before it names a body of its own
            name = " ".join(words[1:])
            category = "org"
            cid = self._new(name, category, m.start, None if need == "org" else need)
            return cid, [f"'{m.text}' names a claimant described, not named (no earlier match)"]
        if head in _STANDALONE_DOCUMENTS and len(words) == 2 and words[0].lower() == "the":
            # "according to the poll" with no poll named before: the document stands as the source
            cid = self._new(head, "org", m.start, "document")
            return cid, [f"'{m.text}' names no author and none was named before: the {head} stands as the source"]
        if role is not None and len(words) == 2 and roles().canon(role) not in roles().anonymous:
            # "the mayor said" with no mayor named before: the office-holder stands as the source
            cid = self._new(roles().canon(role), "person", m.start, "person")
            return cid, [f"'{m.text}' names a person by role only (no earlier {role} named)"]
        return None, [f"'{m.text}' has no earlier compatible claimant: left unresolved"]

    def _document_before(self, head: str, pos: int) -> Optional[str]:
        """The claimant of the latest statement before ``pos`` whose words name a document of this kind
        ("a report by X", "X's poll", "Exit polling ... by X shows")."""
        rx_, owned = _document_patterns(head)
        for p, cid in reversed(self.history):
            if p >= pos:
                continue
            cat, said = self.claimants[cid].category, self.cue_text.get((p, cid), "")
            if cat in ("org", "person") and rx_.search(said) or cat == "collective" and owned.search(said):
                return cid
            if cat == "collective" and _owner_modifies(self.claimants[cid].c.name, head, said):
                return cid  # "according to a police department statement": the police's statement
        return None

    def _sentence_start_before(self, pos: int) -> int:
        """The start of the sentence before the one holding ``pos``."""
        sents = self.doc.segments.sentences
        i = _sentence_of(sents, pos)
        return sents[max(0, i - 1)].start if i is not None else max(0, pos - 400)

    def _voice_before(self, pos: int) -> Optional[Tuple[int, str]]:
        """The latest statement before ``pos`` made by a body's voice ("a company spokesman said"), as
        (position, the body's claimant id)."""
        for p, cid in reversed(self.history):
            if p >= pos:
                continue
            if cid in self.voices or self.claimants[cid].category == "org" and self._voice_word(p, cid):
                return p, cid
            return None  # only the latest statement counts
        return None

    def _voice_word(self, p: int, cid: str) -> Optional[str]:
        words = set(re.findall(r"[a-z]+", self.cue_text.get((p, cid), "")))
        found = sorted(words & roles().voices)
        return found[0] if found else None

    def _implicit_body(self, role: List[str], pos: int) -> List[str]:
        """The body a role names without naming it: "union president X" -> the union named before;
        "Chief Executive X" -> the company the story is about (the first business it names)."""
        words = [w.lower().strip(".,") for w in role]
        for head in words:
            if head in _NAME_BOUND_HEADS | _lex().business_heads | {"agency", "ministry", "department", "office"}:
                found = self._named_with_head(head, pos)
                if found is not None and self.claimants[found[0]].category == "org":
                    return [self.claimants[found[0]].c.name]
        joined = " ".join(words)
        if re.search(r"\b(?:chief\s+executive|ceo|cfo|chief\s+financial\s+officer|chief\s+operating\s+officer|coo|"
                     r"chief\s+economist|chief\s+strategist|general\s+counsel)\b", joined):
            for p, cid in self.history:  # the story's company: the first business it names
                cl = self.claimants[cid]
                if p < pos and cl.category == "org" and (cl.c.type or "") not in _STATE_TYPES:
                    return [cl.c.name]
        return []

    def _first_line(self, cid: str) -> int:
        """The line where a claimant was first named."""
        return self.doc.line_col(self.claimants[cid].first)[0]

    def _stand_in(self, head: str, word: str, pos: int) -> Optional[Tuple[str, List[str]]]:
        """The latest body or group before ``pos`` named with ``word``, standing in for a description whose head
        no body has ("the department" after "Police in Brackwater arrested ...": a police department)."""
        found = self._named_with_head(word, pos)
        if found is not None:
            return found
        for p, mm in _latest_first(_subject_collectives(self.doc, self.reg), pos):
            if word in mm.text.lower().split():
                cid, _ = self.resolve(mm, p)
                if cid is not None:
                    return cid, [f"'the {head}' refers back to {self.claimants[cid].c.name}, the subject of line "
                                 f"{self.doc.line_col(p)[0]}"]
            break
        return None

    def _named_with_head(self, head: str, pos: int) -> Optional[Tuple[str, List[str]]]:
        """The latest body before ``pos`` whose name holds ``head``: a claimant, or a body named as a
        sentence's subject ("The national civil protection agency gave a higher count")."""
        claimants = ((p, "claimant", cid) for p, cid in _latest_first(self.history, pos)
                     if self.claimants[cid].category in ("org", "person"))
        entities = ((p, "entity", mm) for p, mm in _latest_first(_subject_entities(self.doc, self.reg), pos))
        # latest first, a claimant before an entity at the same place (a lazy merge: most look-ups stop
        # at the first candidates, where building and sorting every candidate per look-up was quadratic)
        for p, what, x in merge(claimants, entities, key=lambda c: -c[0]):
            if what == "claimant":
                if self.claimants[x].category == "org" and head in self.claimants[x].c.name.lower().split():
                    return x, [f"'the {head}' refers back to {self.claimants[x].c.name}, named in line "
                               f"{self._first_line(x)}"]
            elif head in x.text.lower().replace("\u2019", "'").split():
                named = [mm for _, mm in _subject_entities(self.doc, self.reg) if mm.kind in ("name", "registry")
                         and mm.end < x.start and re.fullmatch(r",\s*", self.doc.text[mm.end:x.start])] \
                    if x.kind == "description" else []
                if named:  # "Lumora Inc., the cloud software company, said": the company is Lumora
                    x = named[-1]
                if x.kind == "description":
                    name = re.sub(r"^[Tt]he\s+", "", x.text)
                    e = self.reg.lookup(name)
                    cid = self._from_registry(e.id, name, x.start) if e else self._new(name, "org", x.start)
                else:
                    cid, _ = self.resolve(x, p)
                if cid is not None and self.claimants[cid].category == "org":
                    return cid, [f"'the {head}' refers back to {self.claimants[cid].c.name}, the subject of line "
                                 f"{self._first_line(cid)}"]
            if what == "claimant" or (what == "entity" and x.kind == "name"):
                person = x if what == "claimant" else self.by_name.get(normalize_name(x.text))
                cl = self.claimants.get(person) if person else None
                if cl is not None:
                    for aff in cl.c.affiliation:  # "Interior Ministry spokesman Peter Wambua" ... "the ministry"
                        if cl.category != "person" and self.reg.get(aff) is not None:
                            continue  # an organisation's parent only as the text names it, not the registry's
                        e = self.reg.get(aff) or self.reg.lookup(aff)
                        label = e.name if e else aff
                        if head in label.lower().split() or head in aff.lower().split():
                            oid = self._from_registry(e.id, aff, p) if e else self._new(aff, "org", p)
                            return oid, [f"'the {head}' is the body {cl.c.name} speaks for: {label}"]
        for p, mm in reversed(_named_bodies(self.doc)):  # a body named in passing: "the former chief of the
            if p < pos and head in mm.text.lower().split():  # Pellworth Water Authority" ... "the authority"
                cid, _ = self.resolve(mm, p)
                if cid is not None and self.claimants[cid].category == "org":
                    return cid, [f"'the {head}' refers back to {self.claimants[cid].c.name}, named in line "
                                 f"{self.doc.line_col(p)[0]}"]
        text = self.doc.text
        before_rx, after_rx = _apposition_patterns(head)
        for p, mm in reversed(_named_bodies(self.doc)):  # a body in apposition to a description of that head:
            if p >= pos:  # "the state's largest teachers' union, the Calloway Education Association" ... "the union"
                continue
            if before_rx.search(text, max(0, p - 40), p) or after_rx.match(text, mm.end, mm.end + 80):
                cid, _ = self.resolve(mm, p)
                if cid is not None and self.claimants[cid].category == "org":
                    return cid, [f"'the {head}' refers back to {self.claimants[cid].c.name}, described as the {head} "
                                 f"in line {self.doc.line_col(p)[0]}"]
        return None

    def resolve_description(self, m: Mention, pos: int) -> Tuple[Optional[str], List[str]]:
        """'the regional governor', 'the ministry of health': an antecedent sharing the head noun, else
        a claimant of its own named by the description (an unresolved report or statement names nobody)."""
        L = _lex()
        if L.re_epithet.fullmatch(m.text):
            found = self._latest_business(pos)
            if found is not None:
                return found, [f"'{m.text}' refers back to {self.claimants[found].c.name}, named in line "
                               f"{self._first_line(found)}"]
        d = L.re_description.match(m.text)
        if d is None:
            return None, [f"'{m.text}': no earlier business to refer to"]
        head = d.group("head").lower()
        rm = re.match(r"[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)[\u2019']s\s+([a-z]+)$", m.text)
        if rm and rm.group(1) in roles().words and L.description_heads.get(rm.group(2)) != "person":
            found = person_in_role(self.doc, rm.group(1), min(pos, m.start))
            if found is not None:  # "the governor's office": the office of the person introduced as governor
                name = f"{found[0]}'s {rm.group(2)}"
                cid = self.by_name.get(normalize_name(name)) or self._new(name, "org", m.start)
                self._alias(cid, m.text[4:])
                return cid, [f"'{m.text}' is the {rm.group(2)} of {found[0]}, introduced as {rm.group(1)} in line "
                             f"{self.doc.line_col(found[1])[0]}"]
        if head in L.info_nouns and m.text.split()[0].lower() == "the" and not rm and \
                all(w.lower() in L.document_modifiers for w in m.text.split()[1:-1]):
            found = self._document_before(head, pos)
            if found is not None:  # "the exit poll found" after "Exit polling ... by Redline Research shows"
                return found, [f"'{m.text}' refers back to {self.claimants[found].c.name}'s {head}, named in line "
                               f"{self._first_line(found)}"]
        need = L.description_heads[head]
        mods = (d.group("mods") or "").split()
        if need == "person" and mods and re.match(r"[Tt]he\s|[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?[\u2019']s\s", m.text):
            # ("the fire chief", "Greywell County's chief medical examiner": the person introduced in that role)
            found = person_in_role(self.doc, " ".join(mods + [head]), min(pos, m.start))
            if found is None and set(mods) <= L.plain_role_qualifiers:  # "the chief medical examiner" after
                found = person_in_role(self.doc, head, min(pos, m.start))  # "X, the county's medical examiner"
            if found is not None:  # "the fire chief" after "Garrison Township Fire Chief Martin Delacroix"
                cid = self.known(found[0]) or self._person(found[0], found[1], [])
                return cid, [f"'{m.text}' refers back to {self.claimants[cid].c.name}, introduced in that role "
                             f"in line {self.doc.line_col(found[1])[0]}"]
        owner = re.match(r"([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)[\u2019']s?\s", m.text)
        possessor = re.match(r"[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)[\u2019']s\s", m.text)  # "the provincial governor's"
        personal = re.match(r"(?:[Hh]is|[Hh]er)\s", m.text) is not None
        for p, cid in reversed(self.history):
            if p >= pos:
                continue
            cl = self.claimants[cid]
            names = " ".join([cl.c.name, *cl.c.aliases]).lower()
            if owner and owner.group(1).lower() not in names:
                continue  # "Haskins' campaign" is not "Laura Bishop's campaign"
            if possessor and possessor.group(1) not in names:
                continue  # "the provincial governor's office" is not the UN's Office for ... Humanitarian Affairs
            if personal and not re.search(rf"[\u2019']s\s+(?:\S+\s+)*{head}\b", names):
                continue  # "His campaign" is a person's, not the Campaign Finance Board
            if head in names.split() and all(w in names for w in mods if w not in L.free_modifiers):
                return cid, [f"'{m.text}' refers back to {cl.c.name}, named in line {self._first_line(cid)}"]
            kind_words = L.kind_name_words.get(L.description_heads.get(head, ""), ())
            if kind_words and not possessor and not owner and cl.category == "org" and \
                    kind_words & set(cl.c.name.lower().split()):
                return cid, [f"'{m.text}' refers back to {cl.c.name}, named in line {self._first_line(cid)} (a body "
                             f"of that kind)"]
        if not mods and not possessor and re.match(r"[Tt]he\s", m.text) and L.description_heads[head] != "person":
            found = self._named_with_head(head, min(pos, m.start))
            if found is not None:
                return found
        if mods and not possessor and re.match(r"[Tt]he\s", m.text) and L.description_heads[head] != "person":
            for p, body in reversed(_named_bodies(self.doc)):  # "the fire department" after "Crews from the
                words = body.text.lower().split()  # Kestrel Falls Fire Department fought ...", named in passing
                if p < min(pos, m.start) and words[-1] == head and all(w in words for w in mods):
                    cid, _ = self.resolve(body, p)
                    if cid is not None and self.claimants[cid].category == "org":
                        return cid, [f"'{m.text}' refers back to {self.claimants[cid].c.name}, named in line "
                                     f"{self.doc.line_col(p)[0]}"]
                    break
        name = re.sub(r"^[Tt]he\s+", "", m.text)
        for variant in (name, re.sub(r"\s+\w+$", "", name), re.sub(r"[\u2019']s\b", "", name)):
            e = self.reg.lookup(variant)
            if e is not None and len(variant.split()) > 1:
                return self._from_registry(e.id, name, m.start), [f"'{m.text}' is the registry's {e.id}"]
        pm = re.match(r"(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s", m.text)
        if pm and head in L.info_nouns and m.text.split()[0].lower() in ("its", "their"):
            found = self._subject_body(m.start, pos)
            if found is not None:  # "The company employed 34,600 people, according to its annual report"
                return found, [f"'{m.text}' is the {head} of {self.claimants[found].c.name}, the subject of its "
                               "sentence"]
        if pm and m.text.split()[0].lower() == "its" and head not in L.info_nouns and head.endswith("s") and \
                head not in L.org_words:  # (people of the body: "its researchers", "its analysts")
            # "its researchers found", "its chairman said": the body "it" refers to, never a person's name
            cid, _ = self.resolve_anaphor(Mention(m.start, m.start + 3, "it", "anaphor"), pos)
            if cid is not None and self.claimants[cid].category == "org":
                return cid, [f"'{m.text}' speak for {self.claimants[cid].c.name}, which 'its' refers to"]
            return None, [f"'{m.text}': no body for 'its' to refer to"]
        if pm:  # "her campaign": the campaign of the person named just before
            owner = self._nearest_name(pos, m.text[:2].lower() in ("hi", "he"), m.text.split()[0]
                                        if m.text.split()[0].lower() in ("his", "her") else None)
            if owner is None:
                return None, [f"'{m.text}': no owner named before it"]
            name = f"{owner}'s {' '.join(mods + [head])}"
            if head in L.info_nouns:
                return None, [f"'{m.text}' has no earlier claimant: left unresolved"]
        elif head in L.info_nouns:
            return None, [f"'{m.text}' has no earlier claimant: left unresolved"]
        elif head in _lex().business_heads and ("'" not in m.text and "\u2019" not in m.text or _RE_EPITHET.match(m.text)):
            # "the Minneapolis company", "the tech giant", "the world's largest snack maker"
            cid = self._latest_business(pos)
            if cid is not None:
                return cid, [f"'{m.text}' refers back to {self.claimants[cid].c.name}, named in line {self._first_line(cid)}"]
        e = self.reg.lookup(name)
        if e is not None:
            return self._from_registry(e.id, name, m.start), [f"'{m.text}' is the registry's {e.id}"]
        category = "person" if need == "person" else "org"
        ctype = None if need in ("org", "person") else need
        cid = self._new(name, category, m.start, "person" if category == "person" else ctype)
        if pm and len(owner.split()) > 1:  # "Brooke Caldwell's campaign" is also "Caldwell's campaign"
            self._alias(cid, f"{owner.split()[-1]}'s {' '.join(mods + [head])}")
        if pm and owner[:1].isupper():  # and, attributively, "the Caldwell campaign", "the Brooke Caldwell campaign"
            self._alias(cid, f"{owner.split()[-1]} {' '.join(mods + [head])}")
            if len(owner.split()) > 1:
                self._alias(cid, f"{owner} {' '.join(mods + [head])}")
        held = sorted(known_roles(self.doc, owner)) if pm and head == "office" else []
        if len(held) == 1:  # "Sheriff Linda Baptiste ... Her office": the sheriff's office
            self._alias(cid, f"the {held[0]}'s office")
        return cid, [f"'{m.text}' names a claimant described, not named (no earlier match)"]

    def _previous_subject_org(self, pos: int) -> Optional[str]:
        """The organisation that opens the sentence before the one holding ``pos`` as its subject, when no
        organisation has spoken since it began (a statement in the history is then the nearer antecedent)."""
        sents = self.doc.segments.sentences
        i = _sentence_of(sents, pos)
        if not i:
            return None
        prev = sents[i - 1]
        if any(prev.start <= p < pos and self.claimants[cid].category == "org" for p, cid in self.history):
            return None
        return self._subject_body(prev.end - 1, prev.start)

    def _business_subject(self, pos: int) -> Optional[str]:
        """The first name of two words or more that opens a sentence before ``pos`` as the subject of "its"
        ("Halloran Glassworks will close its River Road plant"), its first word no given name: the story's
        business when no business has spoken yet."""
        text = self.doc.text
        for p, mm in _subject_entities(self.doc, self.reg):
            if p >= pos:
                break
            words = mm.text.split()
            if mm.kind != "name" or len(words) < 2 or words[0].lower() in _given() or \
                    words[0].lower().rstrip(".") in _lex().titles:
                continue
            if not re.match(r"\s+(?:\w+\s+){0,3}?(?:its|it)\b", text[mm.end:mm.end + 40]):
                continue
            cid, _ = self.resolve(mm, p)
            if cid is not None:
                cl = self.claimants[cid]
                if cl.category == "person":  # two capitalised words read as a person: the text calls it "its"
                    cl.category, cl.c.type = "org", None
                return cid
        return None

    def _subject_body(self, at: int, pos: int) -> Optional[str]:
        """The organisation that opens the sentence holding ``at`` as its subject ("The company", "Corvex"),
        resolved, or None."""
        from .mentions import _mentions  # the sentence's mentions, found on this rare path only
        sents = self.doc.segments.sentences
        i = _sentence_of(sents, at)
        if i is None:
            return None
        text, sent = self.doc.text, sents[i]
        intro = _INTRO.match(text, sent.start, sent.end)
        st0 = intro.end() if intro else sent.start
        head = [x for x in _mentions(text, st0, min(at, st0 + 90), self.reg) if x.start < at]
        if not head or head[0].start > st0 + 4 or head[0].kind not in ("registry", "name", "anaphor", "description"):
            return None
        if head[0].kind == "anaphor" and _lex().anaphors.get(head[0].text.lower()) in ("person", "collective"):
            return None
        cid, _ = self.resolve(head[0], pos)
        return cid if cid is not None and self.claimants[cid].category == "org" else None

    def _latest_business(self, pos: int) -> Optional[str]:
        """The last business (an organisation of no state type) with a statement before ``pos``."""
        def business(cid):
            cl = self.claimants.get(cid) if cid else None
            return cl is not None and cl.category == "org" and (cl.c.type or "") not in _STATE_TYPES and \
                not _PUBLIC_WORDS.intersection(cl.c.name.lower().split())
        def voices_only_analysts(cid):  # "analysts at Ledgerline said", "a memo seen by Ledgerline": a firm
            # quoted for its analysts, or an outlet that saw a document, is not the story's business
            texts = [t for (p, c), t in self.cue_text.items() if c == cid]
            return bool(texts) and all(_lex().re_role_group.search(t) or _RE_SEEN_BY.search(t) for t in texts)
        seen = [cid for p, cid in self.history if p < pos and business(cid) and not voices_only_analysts(cid)]
        if seen:  # the story's business: the one its statements name most, the latest among equals
            return max(reversed(seen), key=seen.count)
        for p, mm in reversed(_subject_entities(self.doc, self.reg)):  # a business named as a subject, no cue
            if p < pos and mm.kind in ("registry", "name"):
                cid, _ = self.resolve(mm, p)
                if business(cid):
                    return cid
        for p, mm in reversed(_proper_subjects(self.doc)):  # "Corvex will cut output ..., the company said"
            if p < pos:
                cid, _ = self.resolve(mm, p)
                if business(cid):
                    return cid
        return None

    def _nearest_name(self, pos: int, person: bool = True, gender: Optional[str] = None,
                      marked: bool = False) -> Optional[str]:
        """The last person-like name before ``pos`` in the same or the previous sentence (with ``marked``,
        only one whose gender the text marks and ``gender``, a pronoun, agrees with; nothing further back)."""
        ok = (lambda name: gender_of(self.doc, name) == PRONOUN_GENDER.get(gender.lower())) if marked else \
            (lambda name: not gender or agrees(self.doc, gender, name))
        sents = self.doc.segments.sentences
        i = _sentence_of(sents, pos)
        lo = sents[max(0, i - 1)].start if i is not None else max(0, pos - 400)
        L = _lex()
        best = None
        for m in L.re_name.finditer(self.doc.text, lo, pos):
            if _RE_PLACE_BEFORE.search(self.doc.text, max(0, m.start() - 8), m.start()):
                continue  # "At a rally in Port Elway last week, he told voters": a place, no person
            words = m.group().split()
            cut = next((i for i, w in enumerate(words) if w in ("of", "at", "from")), None)
            if cut in (2, 3) and (words[0].lower() in _given() or
                                  words[cut + 1:cut + 2] == ["the"] and not words[cut - 1].endswith("s")):
                words = words[:cut]  # "Niamh Corrigan of the Green Party": the person, then her body
            elif cut is not None:
                continue  # "United Policyholders of Sierra": a body's name, no person
            last_title = max((i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".,") in L.titles), default=-1)
            words = [w for w in words[last_title + 1:] if w.lower() not in L.not_start]
            words = [re.sub(r"[\u2019']s?$", "", w) for w in words]
            if 2 <= len(words) <= 3 and not any(w.lower() in L.org_words for w in words) and \
                    not (_RE_ROMAN.fullmatch(words[-1].rstrip(".,;:")) and gender_of(self.doc, " ".join(words)) is None):
                # ("Title IV", "Phase II": a numbered part, no person, unless a given name leads: "Henry VIII")
                if ok(" ".join(words)):
                    best = " ".join(words)
            elif person and len(words) == 1 and words[0][:1].isupper():  # "Penn did not concede. '...,' he said"
                full = [cl.c.name for cl in self.claimants.values() if cl.category == "person"
                        and cl.c.name.split()[-1] == words[0]] or [self._full_name_before(words[0], m.start())]
                if full[-1] and ok(full[-1]):
                    best = full[-1]
        if best is None and gender and lo > 0 and not marked:  # "Mr. Arlo Penn spoke. Carla Diaz said ... He said": further back
            for p, cid in reversed(self.history):
                cl = self.claimants[cid]
                if p < lo and cl.category == "person" and gender_of(self.doc, cl.c.name) == PRONOUN_GENDER.get(gender.lower()):
                    return cl.c.name
            for m in reversed(list(L.re_name.finditer(self.doc.text, 0, lo))):
                words = [re.sub(r"[\u2019']s?$", "", w) for w in m.group().split() if w.lower().rstrip(".,") not in L.titles]
                name = " ".join(words)
                if 2 <= len(words) <= 3 and not any(w.lower() in L.org_words for w in words) and \
                        gender_of(self.doc, name) == PRONOUN_GENDER.get(gender.lower()):
                    return name
        return best


def _compatible(need: Optional[str], cl: _Claim, phrase: str) -> bool:
    c = cl.c
    name = c.name.lower()
    if need == "person":
        return cl.category == "person"
    if need == "collective":
        last = c.name.split()[-1] if c.name.split() else ""
        return cl.category == "collective" or phrase == "they" and cl.category == "org" and \
            re.fullmatch(r"[A-Za-z]+[^su]s", last) is not None and last.lower() not in _lex().org_words
        # ("House Democrats want ..., they say"; "The trustees estimated ... They projected")
    if cl.category != "org":
        return False
    head = phrase.split()[-1]
    if head in _NAME_BOUND_HEADS or head in _SELF_STANDING:
        return head in name.split() or head == (c.type or "") or \
            (head in ("army", "military", "navy") and (c.type or "") == "military") or \
            (head in ("junta", "regime", "government") and (c.type or "") == "government")
    if head in _lex().business_heads:  # "the company", "the miner": a business, not a union or an office
        return (c.type or "") not in _STATE_TYPES and not _PUBLIC_WORDS.intersection(name.split())
    if need == "org" or need is None:
        return True
    t = (c.type or "").lower()
    head = phrase.split()[-1]
    if head in name or any(w in name.split() for w in _lex().head_stand_ins.get(head, ())):
        return True  # (a stand-in: "the department" after "Police in Brackwater", a police department)
    if need == "ministry":
        return t == "ministry" or "ministry" in name or "department" in name
    if need == "agency":
        return t in ("intelligence", "official-body", "government", "international-org", "ministry") or \
            any(w in name for w in ("agency", "office", "service", "bureau", "authority", "administration",
                                    "commission", "board", "department", "directorate", "inspectorate",
                                    "statistics", "programme", "program", "organization", "organisation"))
    if need == "intelligence":
        return t == "intelligence" or any(w in name for w in ("agency", "intelligence", "service", "directorate"))
    if need == "military":
        return t == "military"
    if need == "media":
        return t in ("media", "wire")
    if need == "think-tank":
        return t in ("think-tank", "analyst")
    if need == "government":
        return t in ("government", "ministry")
    kind_words = _lex().kind_name_words.get(need or "")
    if kind_words:  # "the pollster": a body whose name marks that kind ("Fairline Research")
        return t == need or bool(kind_words & set(name.split()))
    return False


@lru_cache(maxsize=None)
def _document_patterns(head: str) -> Tuple["re.Pattern", "re.Pattern"]:
    """A statement's words that name a document of this kind ("poll", "polling", "survey"), and the same owned
    by a possessor ("the state police's annual crime report"): a group's document only when it is theirs."""
    words = "|".join(_DOC_SYNONYMS.get(head, [head]))
    return (re.compile(rf"\b(?:{words})(?:s|ing)?\b"),
            re.compile(rf"[\u2019']s?\s+(?:[\w-]+\s+){{0,3}}?(?:{words})s?\b"))


def _owner_modifies(name: str, head: str, said: str) -> bool:
    """Whether the group's name modifies the document noun in its statement's words ("a police department
    statement", "a union strike bulletin")."""
    return _owner_pattern(name.lower(), head).search(said) is not None


@lru_cache(maxsize=None)
def _owner_pattern(name: str, head: str) -> "re.Pattern":
    words = "|".join(_DOC_SYNONYMS.get(head, [head]))
    return re.compile(rf"\b(?:a|an|the|its|their)\s+{re.escape(name)}\s+(?:[\w-]+\s+){{0,2}}?(?:{words})s?\b")


@lru_cache(maxsize=None)
def _apposition_patterns(head: str) -> Tuple["re.Pattern", "re.Pattern"]:
    """A description of this head just before a name ("the teachers' union, the X Association") and just
    after it ("X, the region's largest union")."""
    h = re.escape(head)
    return (re.compile(rf"\b{h},\s+(?:the\s+)?$", re.IGNORECASE),
            re.compile(rf",\s+(?:the|a|an)\s+(?:[\w\u2019'-]+\s+){{0,4}}?{h}\b", re.IGNORECASE))


def _named_bodies(doc) -> List[Tuple[int, Mention]]:
    """Every multi-word name of a body in the text ("the Pellworth Water Authority"), in text order."""
    cached = getattr(doc, "_named_bodies", None)
    if cached is not None:
        return cached
    L = _lex()
    out = []
    for m in L.re_name.finditer(doc.text):
        for part in re.finditer(r"(?:[^.]|\.(?!\s))+", m.group()):  # "Authority. The FBI": two names
            words = part.group().split()
            while words and words[0].lower() in L.not_start:
                words.pop(0)
            end = m.start() + part.end()
            if words and words[-1].endswith(".") and len(words[-1]) > 4:  # "outside the Transport Ministry."
                words[-1], end = words[-1][:-1], end - 1
            start = end - len(" ".join(words))
            t = doc.text[start:end]
            two = _two_bodies(t, L)
            if two is not None:  # "the state Highway Patrol and Marrow Creek Community Hospital": two bodies
                out.append((start, Mention(start, start + len(two[0]), two[0], "name")))
                start, t = end - len(two[1]), two[1]
                words = t.split()
            if len(words) >= 2 and words[-1].lower() in L.org_words and " ".join(words) == t:
                out.append((start, Mention(start, end, t, "name")))
    doc._named_bodies = out
    return out


_RE_PROPER_SUBJECT = re.compile(
    r"(?:(?:[Tt]he\s+)?(?:[A-Z][\w-]*[\u2019']s\s+)?(?:[a-z][\w-]*\s+){0,4}?)?([A-Z][a-z][\w&-]+)\s+"
    r"(?=(?:will|would|has|had|have|is|was|also|now|plans|expects|reported|posted|said|says|announced|cut|"
    r"raised|lowered|sold|shipped|earned|lost|made)\b)")


def _proper_subjects(doc) -> List[Tuple[int, Mention]]:
    """One-word names that open a sentence as its subject ("Corvex will cut output"), kept only when the
    text also writes the word with a capital inside a sentence (a proper noun, not "Repairs will run")."""
    cached = getattr(doc, "_proper_subjects", None)
    if cached is not None:
        return cached
    L, text = _lex(), doc.text
    out = []
    for sent in doc.segments.sentences:
        dl = _DATELINE.match(text, sent.start, sent.end)
        st = dl.end() if dl and (sent.start == 0 or text[sent.start - 1] == "\n") else sent.start
        m = _RE_PROPER_SUBJECT.match(text, st, sent.end)
        if m is None or m.group(1).lower() in L.not_start or m.group(1).lower() in L.titles:
            continue
        w = m.group(1)
        if re.search(rf"(?<=[a-z,;:] ){re.escape(w)}(?:[\u2019']s)?\b", text):
            out.append((m.start(1), Mention(m.start(1), m.end(1), w, "name")))
    doc._proper_subjects = out
    return out
