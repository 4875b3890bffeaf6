"""Mentions: the noun phrases that can be a source (registry aliases, names, collectives, anaphors,
descriptions, documents), found in a stretch of text only when a cue asks for them."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Tuple

from ..model import Document
from ..records import dataclass
from ..registry import Registry, normalize_name
from ..wordscan import finditer as _word_finditer
from .lexicon import (
    _AUX_NEXT, _DATELINE, _DATE_WORDS, _DEMONYMS_EXTRA, _DEMONYM_END, _DESC_STOP, _DETERMINERS,
    _DOC_PREFIX, _NAME_ABBREVIATIONS, _NEXT_WORD, _OF_NAME, _TOKEN, _fold, _lex,
)
from .scope import _INTRO
from .gender import _given


class _AliasIndex:
    """Registry names and aliases by their first word: a dictionary probe per word of text.

    Acronyms and short names (NIS, AP) match only in their own case; longer names in any case.
    A possessive ("Pentagon's") matches the name without it.
    """

    def __init__(self, reg: Registry):
        self.folded: Dict[str, List[Tuple[Tuple[str, ...], str]]] = {}
        self.exact: Dict[str, List[Tuple[Tuple[str, ...], str]]] = {}
        for name, cid in reg.alias_items():
            n = name.strip()
            toks = tuple(_TOKEN.findall(n))
            if not toks:
                continue
            if re.fullmatch(r"[A-Z0-9&.-]{2,6}", n) or len(n) <= 3:
                self.exact.setdefault(toks[0], []).append((toks, cid))
            else:
                ft = tuple(_fold(t) for t in toks)
                caps = tuple(t[:1].isupper() for t in toks)
                self.folded.setdefault(ft[0], []).append((ft, cid, caps))
        for d in (self.folded, self.exact):
            for v in d.values():
                v.sort(key=lambda x: -len(x[0]))
        # the candidates of a first word by the word after it: an alias of two or more words needs that
        # word as its second (or, for two words, with "'s" or "." after it); one-word aliases come last
        self.by_second = {}
        for name, d in (("folded", self.folded), ("exact", self.exact)):
            index = {}
            for key, cands in d.items():
                second: Dict[str, list] = {}
                singles = []
                for cand in cands:
                    alias = cand[0]
                    if len(alias) == 1:
                        singles.append(cand)
                        continue
                    forms = (alias[1], alias[1] + "'s", alias[1] + ".") if len(alias) == 2 else (alias[1],)
                    for w in forms:
                        lst = second.setdefault(w, [])
                        if not lst or lst[-1] is not cand:
                            lst.append(cand)
                index[key] = (second, singles)
            self.by_second[name] = index

    def find(self, text: str, s: int, e: int):
        """(start, end, id) of the registry names in text[s:e], left to right, the longest at each word."""
        raw = _TOKEN.findall(text, s, e)
        skip = 1 if s > 0 and raw and (text[s - 1].isalnum() or text[s - 1] == "-") else 0
        window = text[s:e].replace("\u2019", "'")
        if window.isascii():  # the same tokens, folded at once (lower-casing ASCII moves nothing)
            folded = _TOKEN.findall(window.lower())
        else:
            folded = [_fold(t) for t in raw]
        if skip:
            raw = raw[1:]
            folded = folded[1:]
        spans = None  # the tokens' offsets, found only for a window that names someone
        tables = ((self.folded, folded, self.by_second["folded"]), (self.exact, raw, self.by_second["exact"]))
        out = []
        i = 0
        n_toks = len(raw)
        # the tokens a name can start at (a table's key, or one with "'s" or "." after it), found at C speed;
        # the loop below looks at those alone (at any other token it finds nothing and moves on)
        keys = self.__dict__.get("_start_keys")
        if keys is None:
            keys = self._start_keys = tuple(
                frozenset(k + x for k in table for x in ("", "'s", ".")) for table in (self.folded, self.exact))
        starts = sorted(set(compress(range(n_toks), map(keys[0].__contains__, folded))).union(
            compress(range(n_toks), map(keys[1].__contains__, raw))))
        for i0 in starts:
            if i0 < i:
                continue
            i = i0
            hit = None
            for table, words, index in tables:
                key = words[i]
                cands = table.get(key)
                if cands is None and (key.endswith("'s") or key.endswith(".")):
                    key = key[:-2] if key.endswith("'s") else key[:-1]
                    cands = table.get(key)
                if not cands:
                    continue
                # the candidates in their order (longest first) that the next word allows
                second, singles = index[key]
                if i + 1 < n_toks:
                    nxt = second.get(words[i + 1])
                    cands = nxt + singles if nxt else singles
                else:
                    cands = singles
                for cand in cands:
                    alias, cid = cand[0], cand[1]
                    n = len(alias)
                    if i + n > n_toks:
                        continue
                    if words[i:i + n - 1] != list(alias[:-1]):
                        continue
                    last = words[i + n - 1]
                    if last == alias[-1]:
                        cut = 0
                    elif last == alias[-1] + "'s":
                        cut = 2
                    elif last == alias[-1] + ".":
                        cut = 1
                    else:
                        continue
                    if len(cand) > 2 and any(c and not raw[i + k][:1].isupper() for k, c in enumerate(cand[2])):
                        continue  # "the state Department of Revenue" is not "the State Department"
                    hit = (n, cid, cut)
                    break
                if hit:
                    break
            if hit is not None:
                n, cid, cut = hit
                if spans is None:
                    spans = [m.span() for m in _TOKEN.finditer(text, s, e)][skip:]
                out.append((spans[i][0], spans[i + n - 1][1] - cut, cid))
                i += n
            else:
                i += 1
        return out


def _alias_index(reg: Registry) -> _AliasIndex:
    cached = getattr(reg, "_attrib_alias_index", None)
    if cached is not None and cached[0] == len(reg.entries):
        return cached[1]
    idx = _AliasIndex(reg)
    reg._attrib_alias_index = (len(reg.entries), idx)
    return idx


# --------------------------------------------------------------------------------------------
# Mentions

# the small patterns of _mentions, compiled once (passed as strings they were looked up in re's cache
# thousands of times a document)
_RE_WORD = re.compile(r"\S+")
_RE_WORD_SPACE = re.compile(r"\S+\s+")
_RE_INITIAL_END = re.compile(r"\b[A-Z]\.$|U\.S\.$")
_RE_DATE_CUT = re.compile(r"\s+(?:on|in|of|and|the|for)\s+(?:the\s+)?(?:%s)\b|(?<=[\u2019']s)\s+(?:%s)\b"
                          % (_DATE_WORDS, _DATE_WORDS))  # "Harwell's August survey": the pollster's, in August
_RE_ADJECTIVE_END = re.compile(r"-(?:aligned|based|backed|linked|led|run|owned|affiliated|allied|leaning|funded|born)$")
_RE_POSSESSIVE_END = re.compile(r"[\u2019']s$")
_RE_POSSESSIVE_NAME = re.compile(r"[\u2019']s\s+[A-Z]")
_RE_OF_THE = re.compile(r"\s+(?:of|for)\s+the\s+[a-z]")
_RE_THE_NAME = re.compile(r"[Tt]he\s+[A-Z]")
_RE_THE = re.compile(r"[Tt]he\s")
_RE_THE_POSSESSOR = re.compile(r"[Tt]he\s+(?:(?:[a-z]+\s+)?[a-z]+[\u2019']s|[a-z]+s[\u2019']|[A-Z])")
_RE_DETERMINER_CAP = re.compile(r"(?:The|Its|Their|His|Her)\s")
_RE_THE_OWNER_S = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?[a-z]+[\u2019']s")
_RE_THE_OWNER = re.compile(r"[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)(?=[\u2019']s)")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # registry | name | collective | anaphor | description | document | unnamed
    reg_id: Optional[str] = None
    body: Optional[str] = None  # "Sonia Metz of Harwell Capital": the body the person is named with


def _mentions(text: str, s: int, e: int, reg: Registry) -> List[Mention]:
    """Candidate claimant mentions in text[s:e], earliest first, longest at each start, no overlaps."""
    L = _lex()
    out: List[Mention] = []
    dl = _DATELINE.match(text, s, e)
    if dl and (s == 0 or text[s - 1] == "\n"):
        s = dl.end()
    for a, b, cid in _alias_index(reg).find(text, s, e):
        out.append(Mention(a, b, text[a:b], "registry", cid))
    for m in L.re_collective.finditer(text, s, e):
        q = m.group("q").split()
        if q and (q[0].lower() in L.not_start or q[0].lower() in L.generic_qualifiers) and q[0].lower() != "the":
            q = q[1:]
            if not q or all(w.lower() in L.generic_qualifiers for w in q):
                continue
        start = m.end() - len(" ".join(q)) - len(m.group("n")) - 1 if q else m.start("n")
        start = text.find(q[0], m.start(), m.end()) if q else m.start("n")
        out.append(Mention(start, m.end(), text[start:m.end()], "collective"))
    for m in _word_finditer(L.re_name, text, s, e):
        ms, me = m.start(), m.end()
        words = list(_RE_WORD.finditer(m.group()))
        # drop leading function words ("The", "During", "However")
        while words and words[0].group().lower().strip(",.") in L.not_start:
            words.pop(0)
        if not words:
            continue
        ms = m.start() + words[0].start()
        t = text[ms:me]
        if t.endswith((".", ",")) and not _RE_INITIAL_END.search(t) and \
                not (t.endswith(".") and t.split()[-1].lower().rstrip(".") in _NAME_ABBREVIATIONS):
            t, me = t[:-1], me - 1
        cut = _RE_DATE_CUT.search(t)
        if cut:
            t = t[:cut.start()]
            me = ms + len(t)
        # "Aid workers said", "Shipping agents said": a capitalised common noun opening the sentence
        if ms == s and len(t.split()) == 1 and not (
                _RE_POSSESSIVE_END.search(t) and L.re_possessive_info.match(text, me - 2)):
            # (but "Harwell's final poll showed": a name owning a document)
            nxt = _NEXT_WORD.match(text, me)
            if nxt and not (L.re_verb.match(text, nxt.start(1)) or nxt.group(1) in _AUX_NEXT):
                continue
            if nxt and _RE_FINITE_NEXT.match(text, nxt.end(1)):
                continue  # "Public comment ran for three hours": the noun the verb form heads, no name
        if " for " in t and _RE_MADE_FOR.search(text, max(0, ms - 60), ms):
            cut = re.match(r"(.+?)\s+for\s+(?:the\s+)?([A-Z0-9].*)", t)
            last = cut.group(1).split()[-1].lower() if cut else ""
            if cut and len(cut.group(1).split()) >= 2 and (
                    last in L.org_words and last not in L.for_name_heads or re.fullmatch(r"[A-Z]{2,}(?:\s+\d+)?", cut.group(2))):
                # "a poll by Lakeshore College for WKTB 5", "Fairline Research for ABN": the pollster (but "the
                # Lindell College Center for Civic Research" is one name)
                t, me = cut.group(1), ms + len(cut.group(1))
        if _RE_ADJECTIVE_END.search(t):
            continue  # "the Republican-aligned firm": an adjective, not a name
        po = _RE_PERSON_OF.match(t)
        if po and not any(w.lower() in L.org_words for w in po.group(1).split()) and (
                po.group(1).split()[0].lower() in _given() or po.group(2).split()[-1].lower() in L.org_words):
            # "Sonia Metz of Harwell Capital", "Marcus Hale of the Civic Alliance": a person, then the body
            out.append(Mention(ms, ms + len(po.group(1)), po.group(1), "name", body=po.group(2)))
            t, ms = po.group(2), ms + po.start(2)
        two = _two_bodies(t, L)
        if two is not None:  # "The state Highway Patrol and Marrow Creek Community Hospital gave different counts"
            out.append(Mention(ms, ms + len(two[0]), two[0], "name"))
            t, ms = two[1], me - len(two[1])
        bare = _RE_POSSESSIVE_END.sub("", t)
        if len(t.split()) == 1 and (_DEMONYM_END.search(t) and text[me:me + 1] == " " and
                                    text[me + 1:me + 2].islower() and not _verb_next(text, me, L)
                                    or t.lower() in _DEMONYMS_EXTRA):
            continue  # "Ukrainian officials" (but "Oyelaran said", "Morgan told" are names)
        if bare.lower() in L.not_start or bare.lower() in L.titles:
            continue
        out.append(Mention(ms, me, t, "name"))
    out = [_with_unit(text, mm, e) for mm in out]
    for m in _word_finditer(L.re_anaphor, text, s, e):
        if text[m.end():m.end() + 1] == " " and \
                any(x.start == m.end() + 1 and x.kind in ("name", "registry") and len(x.text.split()) > 1 for x in out):
            continue  # "The state Department of Revenue": the anaphor's noun modifies the name that follows
        if _RE_POSSESSIVE_NAME.match(text[m.end():m.end() + 4]) and \
                any(x.start == m.end() + 3 and x.kind in ("name", "registry") and len(x.text.split()) > 1 for x in out):
            continue  # "the county's Office of Emergency Services": the named body is the mention
        o = _OFFICE_AFTER.match(text, m.end(), e)
        if o and text[m.end():m.end() + 1] == " " and not re.search(r"[\u2019']s\s", m.group()):
            # "the state fire marshal's office": the office (but "the governor's office" is the governor's)
            s0 = m.start() + (4 if m.group()[:4].lower() == "the " else 0)
            out.append(Mention(s0, o.end(), text[s0:o.end()], "name"))
            continue
        if L.anaphors.get(m.group().lower()) == "person" and _OF_NAME.match(text, m.end()):
            continue  # "the head of the FAA told lawmakers": the FAA speaks
        if L.anaphors.get(m.group().lower()) == "person" and _RE_OF_THE.match(text[m.end():m.end() + 12]):
            continue  # "the head of the agency": the agency speaks
        out.append(Mention(m.start(), m.end(), m.group(), "anaphor"))
    for m in _word_finditer(L.re_institutional, text, s, e):
        out.append(Mention(m.start(), m.end(), m.group(), "collective"))
    for m in _word_finditer(L.re_role_group, text, s, e):  # "analysts had expected", "economists say"
        out.append(Mention(m.start(), m.end(), m.group(), "collective"))
    for h in _word_finditer(L.re_document_head, text, s, e):
        pre = _DOC_PREFIX.search(text, max(s, h.start() - 50), h.start())
        start = prefix = pre.start() if pre else h.start()
        for w in _RE_WORD_SPACE.finditer(text[prefix:h.start()]):  # "according to an indictment" -> "an indictment"
            word = w.group().strip().lower()
            if word in L.not_start and word not in _DETERMINERS:
                start = prefix + w.end()
            else:
                break
        if text[start:h.end()].lower() in L.anaphors:
            continue  # "the study": an anaphor first (it refers back to a study named before, or stands alone)
        out.append(Mention(start, h.end(), text[start:h.end()], "document"))
    for m in _word_finditer(L.re_epithet, text, s, e):
        out.append(Mention(m.start(), m.end(), m.group(), "description"))
    for m in _word_finditer(L.re_description, text, s, e):
        if _RE_THE_NAME.match(m.group()) and m.group("head").lower() in L.info_nouns:
            continue  # "The Westfield poll": the name before the document is the mention
        ofm = _OF_NAME.match(text, m.end("head"))
        if L.description_heads[m.group("head").lower()] == "person" and ofm and ofm.end() <= e:
            continue  # "the head of the Federal Aviation Administration": the body is the mention
        possessive = not _RE_THE.match(m.group()) or \
            _RE_THE_POSSESSOR.match(m.group())
        if possessive and m.group("head").lower() in L.info_nouns and (
                m.group()[:1].isupper() and not _RE_DETERMINER_CAP.match(m.group())
                or _RE_THE_OWNER_S.match(m.group())):
            om = _RE_THE_OWNER.match(m.group())
            if om and om.group(1) in L.description_heads:  # "the health department's figures" -> the department
                owner = text[m.start():m.start() + om.end()]
                kind = "anaphor" if owner.lower() in L.anaphors else "description"
                out.append(Mention(m.start(), m.start() + om.end(), owner, kind))
            continue  # "the Harbour Authority's tally", "the department's report": the owner is the mention
        if (m.group("mods") or m.group("of") or possessive) and m.group().lower() not in L.anaphors:
            mods = (m.group("mods") or "").split()
            if any(w in _DESC_STOP or w in L.number_words or w in ("the", "a", "an", "and", "or", "of", "that", "this", "these", "those",
                                            "its", "their", "his", "her") for w in mods):
                continue
            of = m.group("of") or ""
            if of and L.description_heads[m.group("head").lower()] not in ("ministry", "org", "government",
                                                                             "intelligence", "military"):
                of = ""
            end = m.end("head") + len(of)
            out.append(Mention(m.start(), end, text[m.start():end], "description"))
    # keep, at each place, the earliest and then the longest; registry wins over a name of equal span
    rank = {"registry": 0, "collective": 1, "name": 2, "description": 3, "document": 4, "anaphor": 5}
    out.sort(key=lambda x: (x.start, -(x.end - x.start), rank[x.kind]))
    kept: List[Mention] = []
    out = _merge_titled_names(text, out, e)
    out = _extend_registry_bodies(text, out, e)
    named_starts = {mm.start for mm in out if mm.kind in ("registry", "name")}
    out = [mm for mm in out if not (mm.kind == "description" and mm.end + 1 in named_starts
                                    and text[mm.end:mm.end + 1] == " ")]
    for mm in out:
        if kept and mm.start < kept[-1].end:
            k = kept[-1]
            # a definite description ("the General Staff") gives way to the name or alias inside it
            if k.kind in ("anaphor", "description", "document") and mm.kind in ("registry", "name") and mm.end >= k.end:
                kept[-1] = mm
                continue
            # a registry alias inside a longer name: keep the longer name but remember the alias
            if k.kind == "name" and mm.kind == "registry" and k.reg_id is None and \
                    normalize_name(k.text) == normalize_name(mm.text):
                k.reg_id = mm.reg_id
            # two registered bodies run together ("... Bureau of Labor Statistics Reuters", a credit glued
            # to a line): the first one is the mention, not a name made of both
            elif k.kind == "name" and mm.kind == "registry" and mm.start == k.start and mm.end < k.end and any(
                    r.kind == "registry" and r.end == k.end and r.start > mm.end and not text[mm.end:r.start].strip()
                    for r in out):
                kept[-1] = mm
            continue
        kept.append(mm)
    return kept


_OFFICE_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}[\u2019']s\s+office\b")
_RE_FINITE_NEXT = re.compile(r"\s+(?:is|was|were|are|has|had|have|ran|runs|will|would|began|lasted|continued|went)\b")
# "Sonia Metz of Harwell Capital": a given name and a surname, then "of"/"at" and the body (checked on the given name)
_RE_PERSON_OF = re.compile(r"((?:[A-Z][\w'\u2019-]+\s+){1,2}[A-Z][\w'\u2019-]+)\s+(?:of|at|from)\s+(?:the\s+)?([A-Z][\w.&'\u2019-]*(?:\s+\S+)*)$")


# a document made by one body for another: "a poll by X for Y", "a survey conducted by X for Y"
_RE_MADE_FOR = re.compile(r"\b(?:poll|polls|survey|surveys|study|analysis|report)\s+(?:[\w,.-]+\s+){0,5}?by\s+(?:the\s+)?$",
                          re.IGNORECASE)


def _two_bodies(t: str, L):
    """Two bodies joined by "and", each a name of two words or more ending in an org word and the first with no
    connector of its own ("Highway Patrol and Marrow Creek Community Hospital"; but "Department of Health and
    Human Services" is one name): the two names, or None."""
    i = t.find(" and ")
    if i < 0:
        return None
    left, right = t[:i], t[i + 5:]
    lw, rw = left.split(), right.split()
    if len(lw) < 2 or len(rw) < 2 or not rw[0][:1].isupper() or " and " in right:
        return None
    if any(w.lower() in L.name_connector_words for w in lw) or any(w.lower() in L.name_connector_words for w in rw):
        return None
    if lw[-1].lower() not in L.org_words or rw[-1].lower().rstrip(".,") not in L.org_words:
        return None
    return left, right


def _verb_next(text: str, me: int, L) -> bool:
    """Whether the word after ``me`` is a reporting verb or an auxiliary (so the word before is a subject)."""
    nxt = _NEXT_WORD.match(text, me)
    return bool(nxt) and (L.re_verb.match(text, nxt.start(1)) is not None or nxt.group(1) in _AUX_NEXT)


_TITLED = re.compile(r"(?:[\u2019']s)?\s+((?:[A-Za-z.-]+\s+){1,5}?)([A-Z][\w\u2019'.-]+(?:\s+[A-Z][\w\u2019'.-]+){0,3})")


_BODY_AFTER = re.compile(r"(?:[\u2019']s)?((?:\s+[a-z][a-z-]+){0,3}?\s+(?:office|agency|mission|council|fund|programme|program|"
                         r"commission|body|panel|envoy|monitors|investigators|refugee\s+agency|children's\s+agency|"
                         r"food\s+agency|health\s+agency|humanitarian\s+office|department|ministry|command))\b")


_UNIT_AFTER = re.compile(r"\s+(service|desk|bureau|edition|unit|branch|section)\b")


def _with_unit(text: str, mm: Mention, e: int) -> Mention:
    """'the BBC's Russian service': a name whose last word is a demonym or a place, then a unit noun;
    "the Secretary of State's office", "the Harmon County clerk's office": the office named by its holder."""
    if mm.kind == "name":
        o = _OFFICE_AFTER.match(text, mm.end - 2 if mm.text.endswith(("'s", "\u2019s")) else mm.end, e)
        if o:
            return Mention(mm.start, o.end(), text[mm.start:o.end()], "name")
    if mm.kind == "name" and ("'s " in mm.text or "\u2019s " in mm.text):
        u = _UNIT_AFTER.match(text, mm.end, e)
        if u:
            return Mention(mm.start, u.end(), text[mm.start:u.end()], "name")
    return mm


def _extend_registry_bodies(text: str, out: List[Mention], e: int) -> List[Mention]:
    """'the U.N. humanitarian office', 'the UN refugee agency': a body inside a registered one."""
    res = []
    for mm in out:
        if mm.kind == "registry" or mm.kind == "name" and mm.text.endswith(("'s", "\u2019s")):
            # (and a possessor's: "the OSCE's observer mission", "Valmora's audit office")
            m = _BODY_AFTER.match(text, mm.end, e)
            words = m.group(1).split()[:-1] if m else []
            if m and m.group(1).strip() and not any(w in _DETERMINERS or w in ("and", "or", "of", "to", "as")
                                                    or _lex().re_verb.fullmatch(w) for w in words):
                res.append(Mention(mm.start, m.end(), text[mm.start:m.end()], "name", None))
                continue
        res.append(mm)
    return res


def _merge_titled_names(text: str, out: List[Mention], e: int) -> List[Mention]:
    """'Pentagon spokesman John Kirby', 'Kremlin spokesman Dmitry Peskov': one mention of the person."""
    L = _lex()
    res = []
    for mm in out:
        if mm.kind in ("registry", "collective", "name"):
            m = _TITLED.match(text, mm.end, e)
            if m and m.group(1).split()[-1].lower().rstrip(".") in L.titles and \
                    not L.re_verb.search(m.group(1)) and \
                    all(w.lower().rstrip(".") in L.titles or w[:1].islower() for w in m.group(1).split()) and \
                    not any(w.lower() in L.org_words for w in m.group(2).split()):
                res.append(Mention(mm.start, m.end(), text[mm.start:m.end()], "name"))
                continue
        res.append(mm)
    res.sort(key=lambda x: (x.start, -(x.end - x.start)))
    return res


# --------------------------------------------------------------------------------------------
# Cues and statements

_SUBJECT_START = re.compile(r"(?:[Tt]he\s+)?(?:[a-z]+[\u2019']s\s+)?[A-Z][\w.'\u2019&-]*\s+(?:[A-Z]|of\b|for\b)")


_RE_PUBLISHED_IN = re.compile(r",?\s*(?:published|released|issued|posted|compiled|reported)\s+(?:in|by|on)\s+(?:the\s+)?")
_SUBJECT_LEAD = re.compile(r"\s*(?:[Tt]he\s+)?(?:[a-z]+[\u2019']s\s+)?")


def _subject_entities(doc: Document, reg: Registry) -> List[Tuple[int, Mention]]:
    """Bodies named as a sentence's subject, cue or not: antecedents for "the agency", "the group"."""
    if getattr(doc, "_entities", None) is not None:
        return doc._entities
    text = doc.text
    entities: List[Tuple[int, Mention]] = []
    collectives: List[Tuple[int, Mention]] = []
    L = _lex()
    for sent in doc.segments.sentences:
        dl = _DATELINE.match(text, sent.start, sent.end)  # "SALTERRA, Velmonia, March 3 (Wire) - Corvex will ..."
        st_dl = dl.end() if dl and (sent.start == 0 or text[sent.start - 1] == "\n") else sent.start
        intro = _INTRO.match(text, st_dl, sent.end)
        st0 = intro.end() if intro else st_dl
        named = _SUBJECT_START.match(text, st0) or L.re_description.match(text, st0)
        if not named and not any(w in text[st0:st0 + 40].lower().split()[:3]
                                 for ws in L.head_stand_ins.values() for w in ws):
            continue  # the sentence opens with no capitalised name, no definite description and no group a
            # description may stand for ("Police in Brackwater", "Brackwater police")
        head = _mentions(text, st0, min(sent.end, st0 + 90), reg)
        if named and head and head[0].kind in ("registry", "name", "description") and \
                _SUBJECT_LEAD.fullmatch(text, st0, head[0].start):
            entities.append((head[0].start, head[0]))
            nxt = [m for m in head[1:] if m.kind == "description" and re.fullmatch(r",\s*", text[head[0].end:m.start])]
            if nxt:  # "The March Movement, the rebel group that ..."
                entities.append((nxt[0].start, nxt[0]))
        elif head and head[0].kind == "collective" and _SUBJECT_LEAD.fullmatch(text, st0, head[0].start):
            collectives.append((head[0].start, head[0]))  # "Police in Brackwater have arrested ..."
    doc._entities = entities
    doc._collectives = collectives
    return entities


def _subject_collectives(doc: Document, reg: Registry) -> List[Tuple[int, Mention]]:
    """Groups named as a sentence's subject ("Police in Brackwater", "Brackwater police"), cue or not."""
    _subject_entities(doc, reg)
    return doc._collectives

class _LazyMentions:
    """A sentence's mentions, found only when a cue first asks for them.

    :meth:`starting` and :meth:`ending` find the mentions near a place by binary search (mentions
    do not overlap, so their starts and ends are both in order): a long sentence with many cues
    stays linear instead of filtering every mention for every cue.
    """

    __slots__ = ("args", "items", "starts", "ends")

    def __init__(self, text, S, E, reg):
        self.args = (text, S, E, reg)
        self.items = None

    def _get(self):
        if self.items is None:
            self.items = _mentions(*self.args)
            self.starts = [m.start for m in self.items]
            self.ends = [m.end for m in self.items]
            if any(a > b for a, b in zip(self.ends, self.ends[1:])):  # never for _mentions(); stay correct
                self.starts = self.ends = None
        return self.items

    def __iter__(self):
        return iter(self._get())

    def starting(self, a: int, b: int) -> List[Mention]:
        """The mentions that start in [a, b], in order."""
        items = self._get()
        if self.starts is None:
            return [m for m in items if a <= m.start <= b]
        return items[bisect_left(self.starts, a):bisect_right(self.starts, b)]

    def ending(self, a: int, b: int) -> List[Mention]:
        """The mentions that end in [a, b], in order."""
        items = self._get()
        if self.ends is None:
            return [m for m in items if a <= m.end <= b]
        return items[bisect_left(self.ends, a):bisect_right(self.ends, b)]


def _starting(mentions, a: int, b: int) -> List[Mention]:
    """Mentions (a list or :class:`_LazyMentions`) that start in [a, b], in order."""
    if isinstance(mentions, _LazyMentions):
        return mentions.starting(a, b)
    return [m for m in mentions if a <= m.start <= b]


def _ending(mentions, a: int, b: int) -> List[Mention]:
    if isinstance(mentions, _LazyMentions):
        return mentions.ending(a, b)
    return [m for m in mentions if a <= m.end <= b]


def _skip_info_subjects(text: str, subj: List[Mention], limit: int) -> List[Mention]:
    """'Filings with the FEC showed', 'An analysis of records by OpenSecrets put': the body behind the
    document is the subject; a capitalised common noun ('Filings', 'Revisions') is none."""
    L = _lex()
    out = list(subj)
    while out and out[0].kind == "name" and len(out[0].text.split()) == 1 and \
            (out[0].text.lower() in L.info_nouns or out[0].text.lower().endswith("s") and len(out) > 1):
        out.pop(0)
    for i in range(1, len(out)):
        m = out[i]
        if re.search(r"\b(?:obtained|seen|reviewed|viewed|shared\s+with|provided\s+to|leaked\s+to)\s+by\s+(?:the\s+)?$|"
                     r"\b(?:shared\s+with|provided\s+to|leaked\s+to)\s+(?:the\s+)?$", text[max(0, m.start - 24):m.start]):
            break  # "staffing records obtained by WKTB 5 show": the outlet holds the document, it made none of it
        if out[0].kind == "document" and re.search(r"\b(?:by|from|with|of)\s+(?:the\s+)?$",
                                                    text[max(0, m.start - 12):m.start]):
            return out[i:]  # "Filings with the Federal Election Commission showed" -> the commission
        if re.search(r"\b(?:by|from)\s+(?:the\s+)?$", text[max(0, m.start - 12):m.start]) and \
                L.re_info_word.search(text, max(0, out[0].start - 40), m.start):
            return out[i:]  # "An analysis of FEC records by OpenSecrets put ..." -> OpenSecrets
    return out
