"""Attribute figures to claimants (stage 4 of the pipeline).

The engine starts from cues (reporting verbs, "according to", possessive and "by" sources, colon and
dash frames around quotations, vague cues such as "reportedly"), finds the local mention each cue
ties to (its *source*: "the report", "he", "Bota Ilias") and the stretch of text it governs (its
*scope*), resolves sources to claimants (registry aliases, names split from titles and roles,
collectives, anaphora to the most recent compatible claimant), and gives every figure the innermost
named statement whose scope holds it. Quotations carry their speaker across sentences and into the
next paragraph; a line ending in a colon gives its claimant to the list items after it. A figure
with only vague cues is ``vague``; with none, ``unsourced``. Each rule has a name that appears in
the figure's explanation (see docs/attribution.md).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from heapq import heappop, heappush, merge
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .lexicon import lexicon
from .model import Claimant, Document, Figure, Span, Statement
from .registry import Registry, normalize_name
from .trie import alternation as _alt, trie_pattern

# --------------------------------------------------------------------------------------------
# Lexicon views


def _forms(lemma: str) -> List[str]:
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return [lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    if lemma.endswith(("s", "sh", "ch", "x")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    return [lemma, lemma + "s", lemma + "ed", lemma + "ing"]


class _Lex:
    def __init__(self):
        cues = lexicon("cues")
        names = lexicon("names")
        forms = set()
        narrow = dict(cues.get("narrow") or {})
        for lemma in cues["verbs"]:
            if lemma in narrow:
                continue
            irr = (cues.get("irregular") or {}).get(lemma)
            fs = _forms(lemma) + list(irr or [])
            if lemma == "say":
                fs = ["say", "says", "said", "saying"]
            if lemma == "tell":
                fs = ["tell", "tells", "told", "telling"]
            forms.update(fs)
        pats = [rf"\b(?:{trie_pattern(forms)})\b"] + [rf"\b(?:{p})(?![\w-])" for p in narrow.values()]
        self.re_verb = re.compile("|".join(f"(?:{p})" for p in pats))
        self.info_nouns = set(cues["info_nouns"])
        self.re_info = _alt(self.info_nouns)
        self.re_info_word = re.compile(rf"\b(?:{trie_pattern(self.info_nouns)})\b")
        info = trie_pattern(self.info_nouns)
        self.re_possessive_info = re.compile(rf"[\u2019']s\s+(?:[\w-]+\s+){{0,2}}?(?:{info})\b")
        self.re_info_by = re.compile(rf"\b(?:{info})\s+(?:[\w-]+\s+){{0,4}}?(?:by|from)\s+")
        self.re_org_document = re.compile(
            rf"\s+(?:{info})\b(?!\s+(?:a|an|the|more|less|about|around|some|its|their|\d))")
        self.anaphors = {k.lower(): v for k, v in cues["anaphors"].items()}
        self.re_anaphor = re.compile(rf"\b(?:{trie_pattern(self.anaphors, fold_case=True)})\b", re.IGNORECASE)
        heads = {k.split()[-1]: v for k, v in self.anaphors.items() if k.startswith("the ")}
        self.description_heads = heads
        self.re_description = re.compile(
            rf"(?:\b[Tt]he\s+(?:(?:[a-z]+\s+)?[a-z]+[\u2019']s\s+|[a-z]+s[\u2019']\s+|[A-Z][a-z]+\s+(?=[a-z]))?|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|"
            rf"\b[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?[\u2019']s?\s+)(?P<mods>(?:[a-z][a-z-]+\s+){{1,3}})?(?P<head>{_alt(heads)})\b"
            rf"(?P<of>\s+(?:of|for|on)\s+(?:the\s+)?[a-z][a-z-]+(?:\s+and\s+[a-z][a-z-]+)?)?")
        self.collective_nouns = list(cues["collective_nouns"])
        mods = _alt(cues.get("collective_modifiers") or [])
        self.re_collective = re.compile(
            rf"(?P<q>(?:(?:[A-Z][\w.\u2019'-]*|U\.S\.)\s+){{1,3}}(?:(?:{mods})\s+){{0,2}})"
            rf"(?P<n>{_alt(self.collective_nouns)})\b")
        self.inversion_verbs = set(cues["inversion_verbs"])
        self.re_institutional = re.compile(
            rf"\b(?:{trie_pattern([w for w in cues['institutional']], fold_case=True)})\b(?!['\u2019-])", re.IGNORECASE)
        self.documents = set(cues["documents"])
        self.re_document_head = re.compile(rf"\b(?:{trie_pattern(self.documents, fold_case=True)})\b", re.IGNORECASE)
        self.weak_verbs = set(cues.get("weak_verbs") or [])
        self.re_vague = re.compile("|".join(f"(?:{p})" for p in cues["vague"]), re.IGNORECASE)
        self.titles = set(w.lower().rstrip(".") for w in names["titles"])
        self.role_nouns = set(w.lower() for w in names["role_nouns"])
        self.generic_qualifiers = set(w.lower() for w in names["generic_qualifiers"])
        self.not_start = set(w.lower() for w in names["not_name_starts"])
        self.org_words = set(w.lower() for w in names["org_words"])
        conn = _alt(names["name_connectors"])
        cap = r"(?:(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|de|di|da|du|van|von|le|la)-)?(?:[A-Z][\w\u2019'.&-]*|U\.S\.|U\.K\.|U\.N\.)"
        labelled = r"(?:(?<=District\s)|(?<=Lodge\s)|(?<=Local\s)|(?<=Chapter\s)|(?<=Precinct\s)|(?<=Ward\s)|(?<=Post\s))\d{1,4}\b"
        self.re_name = re.compile(
            rf"{cap}(?:\s+(?:(?:{conn})\s+)*(?:{cap}|{labelled}))*(?:\s+\([A-Z][A-Za-z.]{{1,10}}\))?")


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    return _Lex()


_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*)*[ ,]*(?:[A-Z][a-z]{2}\.?\s+\d{1,2},?\s*)?|[A-Z][a-z]{2}\.?\s+\d{1,2}\s*)"
    r"(?:\([A-Za-z &]+\)\s*)?(?:\u2014|\u2013|--|-)\s+")
_NEXT_WORD = re.compile(r" ([a-z][\w-]*)")
_AUX_NEXT = {"has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may", "might",
             "also", "did", "does", "later", "earlier", "then", "again", "previously", "itself", "alone", "first",
             "now", "still", "on", "in", "at", "last", "this", "itself", "spokesman", "spokeswoman", "spokesperson"}
# End-anchored patterns are searched in the last _ANCHORED_WINDOW characters before a cue, not from the
# sentence start: a search from the start costs the sentence's length for every cue (quadratic).
_ANCHORED_WINDOW = 300
_CUE_WINDOW = 2000
_RE_BUT_AND_END = re.compile(r"\b(?:but|and)\s+(?:also\s+|then\s+)?$")
_RE_RELATIVE = re.compile(r",\s*(?:which|who)\s+(?:(?:also|had|has|have|previously|recently|\w+ly)\s+)*$")
_RE_ANONYMOUS = re.compile(r"\b(?:condition\s+of\s+anonymity|not\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|"
                           r"declined\s+to\s+be\s+(?:named|identified))\b")
_OF_NAME = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?[A-Z]")
_NAME_BOUND_HEADS = {"team", "club", "league", "franchise", "university", "school", "district", "hospital", "union",
                     "council", "board", "guild", "chamber", "exchange", "court", "bank", "fund", "coalition",
                     "alliance", "observatory", "monitor", "institute", "center", "centre", "committee", "commission",
                     "campaign", "navy", "police", "system"}
_RE_LONG_APPOSITION = re.compile(r",\s*((?:a|an|the)\s[^;\"\u201c\u201d]*?),\s*(?:(?:also|has|have|had|previously|earlier|later|"
                                 r"then|again|separately|publicly|recently)\s+)*$")
_RE_BODY_DOCUMENT = re.compile(r"\s*(?:the\s+)?([a-z]+)\s+(?:data|figures|records|estimates|statistics|numbers|"
                               r"projections|tallies|counts)\b")
_RE_MORE_APPOSITION = re.compile(r",\s*(?:\d{1,3}|(?:a|an|the|who|which)\b[^,;]*|"
                                 r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:of|at|for|with)\s[^,;]*)\s*$")
_DOC_SYNONYMS = {w: g for g in (["poll", "survey"], ["report", "study", "analysis", "assessment", "review"],
                                 ["figures", "data", "statistics", "numbers", "tally", "count"],
                                 ["statement", "release", "press release", "post", "announcement"]) for w in g}
_SELF_STANDING = {"army", "military", "navy", "junta", "regime", "government", "front", "movement", "militia",
                  "panel", "faction", "party", "rebels", "militants", "insurgents", "trustees", "companies", "state"}
_BUSINESS_HEADS = {"group", "company", "firm", "retailer", "lender", "insurer", "automaker", "developer", "carrier", "airline",
                   "utility", "nonprofit", "charity"}
_STATE_TYPES = {"government", "ministry", "military", "intelligence", "official-body", "international-org", "media",
                "wire", "collective"}
_DOC_PREFIX = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:\b(?:\d{4}|[A-Za-z][a-z-]+|U\.S\.)\s+){0,3}$")
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "statement"}
_RE_INDEFINITE = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\w.'\u2019-]+\s+){0,4}?"
    r"(?P<role>spokesperson|spokesman|spokeswoman|spokespeople|representative|official|officials|aide|aides|"
    r"source|sources|person|people|diplomat|diplomats|officer|officers|staffer|employee|member|resident|"
    r"witness|analyst|expert|insider|lawmaker|executive|administrator)\b")
_DESC_STOP = {"same", "other", "first", "second", "last", "latest", "new", "recent", "previous", "earlier",
              "above", "following", "said", "whole", "entire", "original", "full", "final", "initial"}
_NAME_ABBREVIATIONS = {"inc", "corp", "ltd", "co", "jr", "sr", "plc", "llc", "bros"}
_DATE_WORDS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
               "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|"
               "Saturday|Sunday")
_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|ic|an|i|ern|ch|ek)$")
_DEMONYMS_EXTRA = {"western", "eastern", "northern", "southern", "soviet", "dutch", "french", "swiss", "greek",
                   "thai", "czech", "polish", "us", "u.s.", "uk", "eu", "nato", "un", "allied", "kremlin-backed",
                   "pro-russian", "pro-kremlin", "russia-backed", "moscow-backed"}


_TOKEN = re.compile(r"\w+(?:[.&'\u2019-]\w+)*\.?")


def _fold(tok: str) -> str:
    return tok.replace("\u2019", "'").lower()


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

    def find(self, text: str, s: int, e: int):
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, s, e)]
        if s > 0 and toks and (text[s - 1].isalnum() or text[s - 1] == "-"):
            toks = toks[1:]
        folded = [t[2].replace("\u2019", "'").lower() for t in toks]
        raw = [t[2] for t in toks]
        out = []
        i = 0
        n_toks = len(toks)
        while i < n_toks:
            hit = None
            for table, words in ((self.folded, folded), (self.exact, raw)):
                key = words[i]
                cands = table.get(key)
                if cands is None and (key.endswith("'s") or key.endswith(".")):
                    cands = table.get(key[:-2] if key.endswith("'s") else key[:-1])
                if not cands:
                    continue
                for cand in cands:
                    alias, cid = cand[0], cand[1]
                    n = len(alias)
                    if i + n > n_toks:
                        continue
                    end = toks[i + n - 1][1]
                    if words[i:i + n - 1] != list(alias[:-1]):
                        continue
                    last = words[i + n - 1]
                    if last == alias[-1]:
                        pass
                    elif last == alias[-1] + "'s":
                        end -= 2
                    elif last == alias[-1] + ".":
                        end -= 1
                    else:
                        continue
                    if len(cand) > 2 and any(c and not raw[i + k][:1].isupper() for k, c in enumerate(cand[2])):
                        continue  # "the state Department of Revenue" is not "the State Department"
                    hit = (n, cid, end)
                    break
                if hit:
                    break
            if hit is not None:
                n, cid, end = hit
                out.append((toks[i][0], end, cid))
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


@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str  # registry | name | collective | anaphor | bare
    reg_id: Optional[str] = None


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
    for m in L.re_name.finditer(text, s, e):
        ms, me = m.start(), m.end()
        words = list(re.finditer(r"\S+", m.group()))
        # drop leading function words ("The", "During", "However")
        while words and words[0].group().lower().strip(",.") in L.not_start:
            words.pop(0)
        if not words:
            continue
        ms = m.start() + words[0].start()
        t = text[ms:me]
        if t.endswith((".", ",")) and not re.search(r"\b[A-Z]\.$|U\.S\.$", t) and \
                not (t.endswith(".") and t.split()[-1].lower().rstrip(".") in _NAME_ABBREVIATIONS):
            t, me = t[:-1], me - 1
        cut = re.search(r"\s+(?:on|in|of|and|the|for)\s+(?:the\s+)?(?:%s)\b" % _DATE_WORDS, t)
        if cut:
            t = t[:cut.start()]
            me = ms + len(t)
        # "Aid workers said", "Shipping agents said": a capitalised common noun opening the sentence
        if ms == s and len(t.split()) == 1:
            nxt = _NEXT_WORD.match(text, me)
            if nxt and not (L.re_verb.match(nxt.group(1)) or nxt.group(1) in _AUX_NEXT):
                continue
        if re.search(r"-(?:aligned|based|backed|linked|led|run|owned|affiliated|allied|leaning|funded|born)$", t):
            continue  # "the Republican-aligned firm": an adjective, not a name
        bare = re.sub(r"[\u2019']s$", "", t)
        if len(t.split()) == 1 and (_DEMONYM_END.search(t) and text[me:me + 1] == " " and
                                    text[me + 1:me + 2].islower() or t.lower() in _DEMONYMS_EXTRA):
            continue
        if bare.lower() in L.not_start or bare.lower() in L.titles:
            continue
        out.append(Mention(ms, me, t, "name"))
    for m in L.re_anaphor.finditer(text, s, e):
        if L.anaphors.get(m.group().lower()) == "person" and _OF_NAME.match(text, m.end()):
            continue  # "the head of the FAA told lawmakers": the FAA speaks
        if L.anaphors.get(m.group().lower()) == "person" and re.match(r"\s+(?:of|for)\s+the\s+[a-z]", text[m.end():m.end() + 12]):
            continue  # "the head of the agency": the agency speaks
        out.append(Mention(m.start(), m.end(), m.group(), "anaphor"))
    for m in L.re_institutional.finditer(text, s, e):
        out.append(Mention(m.start(), m.end(), m.group(), "collective"))
    for h in L.re_document_head.finditer(text, s, e):
        pre = _DOC_PREFIX.search(text, max(s, h.start() - 50), h.start())
        start = prefix = pre.start() if pre else h.start()
        for w in re.finditer(r"\S+\s+", text[prefix:h.start()]):  # "according to an indictment" -> "an indictment"
            word = w.group().strip().lower()
            if word in L.not_start and word not in _DETERMINERS:
                start = prefix + w.end()
            else:
                break
        out.append(Mention(start, h.end(), text[start:h.end()], "document"))
    for m in L.re_description.finditer(text, s, e):
        if re.match(r"[Tt]he\s+[A-Z]", m.group()) and m.group("head").lower() in L.info_nouns:
            continue  # "The Westfield poll": the name before the document is the mention
        ofm = _OF_NAME.match(text, m.end("head"))
        if L.description_heads[m.group("head").lower()] == "person" and ofm and ofm.end() <= e:
            continue  # "the head of the Federal Aviation Administration": the body is the mention
        possessive = not re.match(r"[Tt]he\s", m.group()) or \
            re.match(r"[Tt]he\s+(?:(?:[a-z]+\s+)?[a-z]+[\u2019']s|[a-z]+s[\u2019']|[A-Z])", m.group())
        if possessive and m.group("head").lower() in L.info_nouns and (
                m.group()[:1].isupper() and not re.match(r"(?:The|Its|Their|His|Her)\s", m.group())
                or re.match(r"[Tt]he\s+(?:[a-z]+\s+)?[a-z]+[\u2019']s", m.group())):
            om = re.match(r"[Tt]he\s+(?:[a-z]+\s+)?([a-z]+)(?=[\u2019']s)", m.group())
            if om and om.group(1) in L.description_heads:  # "the health department's figures" -> the department
                owner = text[m.start():m.start() + om.end()]
                kind = "anaphor" if owner.lower() in L.anaphors else "description"
                out.append(Mention(m.start(), m.start() + om.end(), owner, kind))
            continue  # "the Harbour Authority's tally", "the department's report": the owner is the mention
        if (m.group("mods") or m.group("of") or possessive) and m.group().lower() not in L.anaphors:
            mods = (m.group("mods") or "").split()
            if any(w in _DESC_STOP or w in ("the", "a", "an", "and", "or", "of", "that", "this", "these", "those",
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
            continue
        kept.append(mm)
    return kept


_TITLED = re.compile(r"(?:[\u2019']s)?\s+((?:[A-Za-z.-]+\s+){1,5}?)([A-Z][\w\u2019'.-]+(?:\s+[A-Z][\w\u2019'.-]+){0,3})")


_BODY_AFTER = re.compile(r"(?:[\u2019']s)?((?:\s+[a-z][a-z-]+){0,3}?\s+(?:office|agency|mission|council|fund|programme|program|"
                         r"commission|body|panel|envoy|monitors|investigators|refugee\s+agency|children's\s+agency|"
                         r"food\s+agency|health\s+agency|humanitarian\s+office|department|ministry|command))\b")


def _extend_registry_bodies(text: str, out: List[Mention], e: int) -> List[Mention]:
    """'the U.N. humanitarian office', 'the UN refugee agency': a body inside a registered one."""
    res = []
    for mm in out:
        if mm.kind == "registry":
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


@dataclass
class _Cue:
    rule: str
    cue_start: int
    cue_end: int
    scope_start: int
    scope_end: int
    mention: Optional[Mention] = None
    vague: bool = False
    relay: Optional[Mention] = None  # the named relay when the mention is its cited origin
    appositive: Optional[str] = None  # the role phrase after a name ("a senior analyst at Prizma")
    claimant: Optional[str] = None
    evidence: List[str] = field(default_factory=list)
    relay_ids: List[str] = field(default_factory=list)




_DET_TAIL = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|\b[Ii]ts|\b[Tt]heir)\s+$")
_CLAUSE_BOUNDARY = re.compile(r",(?!\d)|[;:\u201c\u201d\"\u2014]|\s\u2013\s|"
                              r"\b(?:that|which|who|whom|while|whereas|as|because|but|after|before|when)\b")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause that ends at ``pos``: after the last comma, quote, 'that' in [lo, pos).

    Clauses are local: only the last 300 characters are searched, so long sentences stay linear.
    """
    window = max(lo, pos - 300)
    best = window
    for m in _CLAUSE_BOUNDARY.finditer(text, window, pos):
        best = m.end()
    close = text.rfind(")", best, pos)
    if close >= 0 and text.rfind("(", best, close) < 0:  # the boundary fell inside "(R., Kan.)"
        opening = text.rfind("(", window, best)
        if opening >= 0:
            return _clause_start(text, lo, opening)
    return best


# Introductory adverbials before a subject ("On December 23,", "Meanwhile,", "In a statement on Monday,").
_INTRO = re.compile(
    r"\s*(?:(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Mm]eanwhile|[Hh]owever|[Ss]eparately|[Ee]arlier|"
    r"[Ll]ater|[Ll]ast|[Tt]his|[Oo]verall|[Ss]till|[Aa]lso|[Yy]et|[Nn]ow|[Tt]hen|[Tt]oday|[Yy]esterday|[Bb]y|[Ff]rom|"
    r"[Uu]nder|[Aa]mid|[Dd]espite|[Ff]or|[Ww]ith|[Ww]ithout|[Ss]peaking|[Aa]sked|[Aa]dditionally|[Mm]oreover|"
    r"[Ff]urthermore|[Ii]ndeed|[Aa]nd|[Bb]ut|[Ss]o|[Ii]nstead|[Aa]gain|[Pp]reviously|[Ii]n\s+addition|[Ff]inally|"
    r"[Ii]n\s+an?\s+\w+|[Tt]hat\s+day|[Ee]arly|[Ll]ate|[Oo]vernight|[Ff]ollowing|[Ww]hile|[Ww]hen)\b[^,;\"\u201c\u201d]{0,70},\s*)*"
    r"(?:(?:[Aa]nd|[Bb]ut|[Ss]o|[Yy]et)\s+)?")

# What may follow a trailing cue ("..., the ministry said on Monday in a statement."): adverbials and,
# for verbs of telling, their hearer. A clause ("said it had declared ...") makes the cue a leading one.
_TAIL_ADVERBIAL = (r"(?:on|in|at|via|through|during|from|with|late|early|last|this|earlier|later|yesterday|today|"
                   r"tonight|overnight|citing|according|adding|without|while|after|before|when|as|but|and|by|"
                   r"under|amid|since|for|separately|again|also|previously|publicly|privately|recently|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_TAIL = re.compile(rf"^\s*(?:{_TAIL_ADVERBIAL}[^\u201c\"]*)?[.!?]?[\u201d\"]?\s*$")
_TAIL_HEARER = re.compile(r"^\s*(?:reporters|journalists|lawmakers|legislators|senators|investors|analysts|"
                          r"the\s+[\w-]+(?:\s+[\w-]+)?|an?\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w.'\u2019-]*"
                          r"(?:\s+[A-Z][\w.'\u2019-]*)*)(?=\s|[.,!?]|$)")


def _trailing_tail(after_text: str, verb: str) -> bool:
    """Does only an adverbial (or, after 'told', a hearer and an adverbial) follow the verb?"""
    if _TAIL.match(after_text):
        return True
    if verb.lower() in ("told", "tells", "tell", "informed", "briefed", "assured", "warned", "reminded"):
        m = _TAIL_HEARER.match(after_text)
        return bool(m) and _TAIL.match(after_text[m.end():]) is not None
    return False




def _sentence_of(sents, pos):
    lo, hi = 0, len(sents) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if sents[mid].end <= pos:
            lo = mid + 1
        elif sents[mid].start > pos:
            hi = mid - 1
        else:
            return mid
    return None


class _Quotes(list):
    """The quotations of a document in order, with their starts and ends for binary search
    (quotations do not overlap, so both are sorted)."""

    def __init__(self, quotes):
        super().__init__(quotes)
        self.starts = [q.start for q in self]
        self.ends = [q.end for q in self]


def _quote_ending_at(quotes, pos: int):
    """A quotation whose closing mark stands just before ``pos`` (allowing ', ' between)."""
    if isinstance(quotes, _Quotes):
        i = bisect_left(quotes.ends, pos - 3)
        while i < len(quotes) and quotes.ends[i] <= pos:
            if quotes[i].closed:
                return quotes[i]
            i += 1
        return None
    for q in quotes:
        if q.closed and q.end <= pos and pos - q.end <= 3:
            return q
    return None


def _quote_starting_at(quotes, pos: int, limit: int = 4):
    if isinstance(quotes, _Quotes):
        i = bisect_left(quotes.starts, pos)
        return quotes[i] if i < len(quotes) and quotes.starts[i] - pos <= limit else None
    for q in quotes:
        if q.start >= pos and q.start - pos <= limit:
            return q
    return None


_RE_ACCORDING = re.compile(r"\b(?:[Aa]ccording\s+to|[Pp]er)\s+")
_RE_PER_NOT_CUE = re.compile(
    r"(?:cent|capita|day|week|month|year|hour|head|person|share|unit|annum|barrel|ton|tonne|kilo|"
    r"kg|km|mile|liter|litre|gallon|vote|se|household|student|resident|\d)")
_RE_NEGATED = re.compile(r"\b(?:not|never|n't|cannot|can't|could\s+not|did\s+not|would\s+not)\s+(?:\w+\s+)?$")
_RE_AS_BEFORE = re.compile(r"\bas\s+$")
_RE_TO_BEFORE = re.compile(r"\bto\s+$")
_RE_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")
_RE_PASSIVE_AGENT = re.compile(
    r"\b(?:reported|estimated|claimed|announced|released|published|compiled|disclosed|"
    r"cited|calculated|projected|recorded|counted|confirmed|given|provided|issued|surveyed|polled|"
    r"interviewed|forecast|tallied)\s+by\s+")
_RE_QUOTED_AS = re.compile(r"\s+(?:by\s+[^,.;]{1,60}?\s+)?as\s+say")
_RE_CITING_START = re.compile(r"\s*[Cc]iting\s+")
_RE_COLON_QUOTE = re.compile(r"([^:\u201c\"]{2,80}?):\s*(?=[\u201c\"])")
_RE_DASH_LINE = re.compile(r"\s*(?:>\s*)?(?:\u2014|\u2013|--|-)\s*")
_RE_DASH_QUOTE = re.compile(r"[\u201d\"]\s*(?:\u2014|\u2013|--)\s*")
_RE_ROLE_AFTER = re.compile(r"\s*,\s*(.+?)\s*$")
_RE_NAME_END = re.compile(r"\s*[,.;]|\s*$")
_RE_POSSESSIVE_S = re.compile(r"[\u2019']s$")


def _bucket(rx, text: str, start: int, sents) -> Dict[int, list]:
    """Matches of ``rx`` over the document, grouped by the sentence that wholly holds them."""
    out: Dict[int, list] = {}
    starts = [s.start for s in sents]
    for m in rx.finditer(text, start):
        i = bisect_left(starts, m.start() + 1) - 1
        if i >= 0 and m.end() <= sents[i].end:
            out.setdefault(i, []).append(m)
    return out


_SUBJECT_START = re.compile(r"(?:[Tt]he\s+)?(?:[a-z]+[\u2019']s\s+)?[A-Z][\w.'\u2019&-]*\s+(?:[A-Z]|of\b|for\b)")


_RE_PUBLISHED_IN = re.compile(r",?\s*(?:published|released|issued|posted|compiled|reported)\s+(?:in|by|on)\s+(?:the\s+)?")
_SUBJECT_LEAD = re.compile(r"\s*(?:[Tt]he\s+)?(?:[a-z]+[\u2019']s\s+)?")


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


def _subject_entities(doc: Document, reg: Registry) -> List[Tuple[int, Mention]]:
    """Bodies named as a sentence's subject, cue or not: antecedents for "the agency", "the group"."""
    if getattr(doc, "_entities", None) is not None:
        return doc._entities
    text = doc.text
    entities: List[Tuple[int, Mention]] = []
    L = _lex()
    for sent in doc.segments.sentences:
        intro = _INTRO.match(text, sent.start, sent.end)
        st0 = intro.end() if intro else sent.start
        if not (_SUBJECT_START.match(text, st0) or L.re_description.match(text, st0)):
            continue  # the sentence opens with no capitalised name and no definite description
        head = _mentions(text, st0, min(sent.end, st0 + 90), reg)
        if head and head[0].kind in ("registry", "name", "description") and \
                _SUBJECT_LEAD.fullmatch(text, st0, head[0].start):
            entities.append((head[0].start, head[0]))
            nxt = [m for m in head[1:] if m.kind == "description" and re.fullmatch(r",\s*", text[head[0].end:m.start])]
            if nxt:  # "The March Movement, the rebel group that ..."
                entities.append((nxt[0].start, nxt[0]))
    doc._entities = entities
    return entities


def _find_cues(doc: Document, reg: Registry) -> List[_Cue]:
    L = _lex()
    text = doc.text
    seg = doc.segments
    sents = seg.sentences
    quotes = _Quotes(q for q in seg.quotes if not q.scare)
    blocks = seg.blocks
    cues: List[_Cue] = []
    body = doc.body_start
    found = {
        "according": _bucket(_RE_ACCORDING, text, body, sents),
        "verb": _bucket(L.re_verb, text, body, sents),
        "possessive": _bucket(L.re_possessive_info, text, body, sents),
        "by": _bucket(L.re_info_by, text, body, sents),
        "agent": _bucket(_RE_PASSIVE_AGENT, text, body, sents),
        "info": _bucket(L.re_info_word, text, body, sents),
        # a vague cue attributes nothing but figures: look for one only where a figure stands
        "vague": {i: list(L.re_vague.finditer(text, sn.start, sn.end)) for i, sn in enumerate(sents)
                  if _figure_between(doc, sn.start, sn.end)},
        "dash": _bucket(_RE_DASH_QUOTE, text, body, sents),
    }
    active = set()
    for v in found.values():
        active.update(v)
    doc._entities = None  # found on first use by _subject_entities()
    for si, sent in enumerate(sents):  # sentences that open a block may hold a colon or a dash frame
        b = blocks[sent.block]
        if sent.start <= b.start + 4:
            active.add(si)

    for si in sorted(active):
        sent = sents[si]
        S, E = sent.start, sent.end
        mentions = _LazyMentions(text, S, E, reg)

        def mention_at(a: int, b: int) -> Optional[Mention]:
            """The mention that starts in [a, b]."""
            hits = mentions.starting(a, b)
            return hits[0] if hits else None

        # --- according to X / per X
        for m in found["according"].get(si, ()):
            if m.group()[0] in "Pp" and _RE_PER_NOT_CUE.match(text, m.end()):
                continue
            a = m.end()
            b = _next_boundary(text, a, E)
            mm = _source_in_np(text, a, b, mentions)
            if mm is None:
                bare = _RE_BODY_DOCUMENT.match(text, a, b)
                if bare and f"the {bare.group(1).lower()}" in L.anaphors:  # "according to district figures"
                    mm = Mention(bare.start(1), bare.end(1), f"the {bare.group(1).lower()}", "anaphor")
            if mm is None:
                continue
            if mm.kind == "description" and text[b:b + 1] == ",":
                nm = [x for x in mentions.starting(b + 1, b + 3) if x.kind in ("name", "registry")]
                if nm and _RE_NAME_END.match(text, nm[0].end, nm[0].end + 2):
                    mm = nm[0]
            sc_s, sc_e = _whole_scope(text, S, E, m.start(), quotes)
            cues.append(_Cue("according-to", m.start(), m.end() - 1, sc_s, sc_e, mm))

        # --- reporting verbs
        for m in found["verb"].get(si, ()):
            vs, ve = m.start(), m.end()
            word = m.group().split()[0].lower()
            lo = max(S, vs - 25)
            if _RE_NEGATED.search(text, lo, vs):
                continue  # a denial or refusal is no statement of the figure
            if _RE_TO_BEFORE.search(text, max(S, vs - 4), vs):
                continue  # "declined to say", "not authorized to brief": an infinitive states nothing
            if word.endswith("ing") and _RE_AS_BEFORE.search(text, max(S, vs - 4), vs):
                continue  # "quoted the ministry as saying": the quoting verb carries the cue
            if _RE_PASSIVE_BEFORE.search(text, max(S, vs - 20), vs) and not (
                    word.startswith("quot") and _RE_QUOTED_AS.match(text, ve)):
                continue  # passive: "losses are estimated at" names no claimant (a vague cue may)
            cue = _verb_cue(doc, sent, vs, ve, mentions, quotes)
            if cue is not None:
                cues.append(cue)

        # --- possessive source: "the White House's data of 1,000", "X's estimate"
        for m in found["possessive"].get(si, ()):
            pos = m.start()
            near = mentions.ending(pos - 2, pos + 2)
            owner = [mm for mm in near if mm.end == pos or mm.end == pos + 2 and mm.text.endswith(("'s", "\u2019s"))]
            owner = owner or near
            if not owner:
                continue
            a = m.end()
            b = _next_boundary(text, a, E)
            cues.append(_Cue("possessive-source", owner[0].start, m.end(), a, b, owner[0]))

        # --- "a report by X", "data from X", "figures released by X"
        for m in found["by"].get(si, ()):
            a = m.end()
            mm = mention_at(a, min(E, a + 4))
            if mm is None or mm.kind in ("description", "anaphor"):
                named = [x for x in mentions.starting(a, a + 45) if x.kind in ("registry", "name")
                         and not re.search(r"[,;.]", text[a:x.start])]
                mm = named[0] if named else mm
            if mm is None:
                continue
            sc_s, sc_e = _whole_scope(text, S, E, m.start(), quotes)
            cues.append(_Cue("by-source", m.start(), m.end(), sc_s, sc_e, mm))

        # --- passive agent: "the $11.2 million reported by her opponent, Glen Haskins"
        for m in found["agent"].get(si, ()):
            a = m.end()
            cand = [mm for mm in mentions.starting(a, a + 45) if mm.kind in ("registry", "name", "collective")]
            desc = mentions.starting(a, a + 4)
            mm = desc[0] if desc and desc[0].kind != "description" else (cand[0] if cand else (desc[0] if desc else None))
            if mm is None:
                continue
            begin = _clause_start(text, S, m.start())
            if L.re_info_word.search(text, begin, m.start()) or re.search(r"\btoll\b", text[begin:m.start()]):
                cues.append(_Cue("passive-agent", m.start(), m.end() - 1, S, E, mm))  # "The toll was compiled by X"
            else:
                cues.append(_Cue("passive-agent", m.start(), m.end() - 1, begin, m.start(), mm))

        # --- an organisation naming a document: "A Marist poll released last week had ...", "Eurostat data showed"
        if si in found["info"]:
            for mm in mentions:
                if mm.kind not in ("registry", "name"):
                    continue
                im = L.re_org_document.match(text, mm.end, min(E, mm.end + 40))
                if im and not _RE_POSSESSIVE_S.search(mm.text):
                    sc_s, sc_e = _whole_scope(text, S, E, mm.start, quotes)
                    cues.append(_Cue("organisation-document", mm.start, im.end(), sc_s, sc_e, mm))

        # --- a document as the sentence's subject: "The poll of 1,024 voters has a margin of error of 3.1 points"
        if si in found["info"]:
            intro = _INTRO.match(text, S, E)
            st0 = intro.end() if intro else S
            first = mentions.starting(st0, st0 + 2)
            if first and first[0].kind in ("anaphor", "description") and \
                    first[0].text.split()[-1].lower() in L.info_nouns:
                src = first[0]
                pm = _RE_PUBLISHED_IN.match(text, first[0].end, E)
                if pm:  # "The figures, published in the WHO's weekly bulletin, include ..."
                    named = [x for x in mentions.starting(pm.end(), pm.end() + 4) if
                             x.kind in ("registry", "name", "collective")]
                    src = named[0] if named else src
                cues.append(_Cue("document-subject", first[0].start, first[0].end, S, E, src))

        # --- "Citing X, the Dhaka Tribune said ...": X is the origin of the sentence's statement
        cm = _RE_CITING_START.match(text, S, E)
        if cm:
            a = cm.end()
            mm = mention_at(a, a + 4)
            if mm is not None:
                cues.append(_Cue("fronted-citing", S, a - 1, S, E, mm))

        # --- vague cues
        for m in found["vague"].get(si, ()):
            sc_s, sc_e = _whole_scope(text, S, E, m.start(), quotes)
            cues.append(_Cue("vague-cue", m.start(), m.end(), sc_s, sc_e, None, vague=True))

        # --- "X: “...”" at the start of a block, and "“...” — X"
        blk = blocks[sent.block]
        if S == blk.start or S - blk.start <= 64 and text[blk.start:S].strip() in ("-", "*", "\u2022"):
            cm = _RE_COLON_QUOTE.match(text, S, E)
            if cm:
                mm = mention_at(S, S + 3)
                mm = mm if mm is not None and mm.end <= cm.end(1) + 1 else None
                q = _quote_starting_at(quotes, cm.end(), 3)
                if mm is not None and q is not None:
                    app = text[mm.end:cm.end(1)].strip(" ,")
                    cues.append(_Cue("colon-quote", cm.end(1), cm.end(1) + 1, q.start, q.end, mm,
                                     appositive=app or None))
        # a line "— Name, role" after a quoted paragraph (a blockquote's signature)
        if S <= blk.start + 4 and sent.block > 0:
            dm = _RE_DASH_LINE.match(text, blk.start, E)
            if dm and dm.end() > blk.start and S <= dm.end() + 1:
                a = dm.end()
                mm = mention_at(a, a + 2)
                prev = blocks[sent.block - 1]
                pq = quotes[bisect_left(quotes.starts, prev.start):bisect_left(quotes.starts, prev.end)]
                if mm is not None and pq:
                    am = _RE_ROLE_AFTER.match(text, mm.end, blk.end)
                    cues.append(_Cue("dash-line", a - 1, a, prev.start, prev.end, mm,
                                     appositive=am.group(1) if am else None))
        for m in found["dash"].get(si, ()):
            q = _quote_ending_at(quotes, m.start() + 1)
            mm = mention_at(m.end(), min(E, m.end() + 2))
            if q is not None and mm is not None:
                cues.append(_Cue("dash-quote", m.start() + 1, m.end(), q.start, q.end, mm))
    return cues


def _next_boundary(text: str, a: int, E: int) -> int:
    m = re.compile(r"[,;:\u201c\u201d\"()]|\.(?=\s|$)|\s\u2013\s|\s\u2014").search(text, a, E)
    return m.start() if m else E


def _whole_scope(text: str, S: int, E: int, cue_pos: int, quotes) -> Tuple[int, int]:
    """A sentence-wide cue covers the sentence, reaching back over a quotation closed before it."""
    q = _quote_ending_at(quotes, _skip_back_space_comma(text, cue_pos))
    if q is not None and q.start < S:
        return q.start, E
    return S, E


def _skip_back_space_comma(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " ,\u00a0\t":
        pos -= 1
    return pos


_DET_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)$")


def _np_left_edge(text: str, S: int, pos: int) -> int:
    """Move back from a mention over its determiner, then over spaces and a comma."""
    m = _DET_BEFORE.search(text, max(S, pos - 8), pos)
    if m:
        pos = m.start()
    return _skip_back_space_comma(text, pos)


def _source_in_np(text: str, a: int, b: int, mentions: List[Mention]) -> Optional[Mention]:
    """The claimant a noun phrase names: 'a post by X' -> X; "X's report" -> X; 'the report' -> anaphor."""
    L = _lex()
    np = text[a:b]
    m = re.match(rf"\s*(?:the|a|an|its|their|his|her|this|that|these|those|new|latest|recent|\s)*"
                 rf"(?:[\w-]+\s+){{0,2}}?(?:{L.re_info})\s+(?:[\w-]+\s+){{0,2}}?(?:by|from|of|released\s+by|published\s+by)\s+",
                 np) or re.match(r"[^,;]{0,60}?\b(?:compiled|published|released|issued|collected|gathered|produced|"
                                 r"conducted|commissioned|prepared|filed|submitted|brought)\s+by\s+", np) \
        or re.match(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:filings?|records|reports?|data)\s+(?:with|to)\s+", np)
    if m and not re.match(rf"\s*the\s+(?:{L.re_info})\s*$", np):
        a2 = a + m.end()
        c = [mm for mm in _starting(mentions, a2, a2 + 4) if mm.start < b]
        if c:
            return c[0]
    c = [mm for mm in _starting(mentions, a, a + 4) if mm.start < b]
    if c:
        return c[0]
    named = [mm for mm in _starting(mentions, a, b - 1) if mm.kind in ("registry", "name")
             and re.fullmatch(r"\s*(?:the\s+)?(?:[a-z][\w-]*\s+){1,4}", text[a:mm.start])]
    return named[0] if named else None  # "according to the aviation data firm FlightGrid"


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


def _figure_between(doc: Document, a: int, b: int) -> bool:
    """Is there a figure (a countable kind) starting in [a, b)?"""
    starts = getattr(doc, "_figure_starts", None)
    if starts is None:
        starts = sorted(f.start for f in doc.figures if f.is_figure)
        doc._figure_starts = starts
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


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
        if out[0].kind == "document" and re.search(r"\b(?:by|from|with|of)\s+(?:the\s+)?$",
                                                    text[max(0, m.start - 12):m.start]):
            return out[i:]  # "Filings with the Federal Election Commission showed" -> the commission
        if re.search(r"\b(?:by|from)\s+(?:the\s+)?$", text[max(0, m.start - 12):m.start]) and \
                L.re_info_word.search(text, max(0, out[0].start - 40), m.start):
            return out[i:]  # "An analysis of FEC records by OpenSecrets put ..." -> OpenSecrets
    return out


def _verb_cue(doc: Document, sent, vs: int, ve: int, mentions: List[Mention], quotes) -> Optional[_Cue]:
    """A reporting verb: find its subject and the stretch it governs."""
    text = doc.text
    # A cue reads at most _CUE_WINDOW characters either side: a sentence longer than that is no prose
    # (a run-on list, a pasted table), and reading all of it for each of its cues would be quadratic.
    S, E = max(sent.start, vs - _CUE_WINDOW), min(sent.end, ve + _CUE_WINDOW)
    L = _lex()
    base = max(S, vs - 300)  # appositions are local: a bounded window keeps long sentences linear
    pre = text[base:vs]
    # an apposition between the subject and the verb: "Bota Ilias, a senior analyst at Prizma, said",
    # "AdImpact, which tracks advertising, estimated", "Senator X, an Ohio Republican who sits on ..., claimed"
    appositive = None
    app = re.search(r",\s*((?:a|an|the|who|which|whose|one\s+of|[a-z][\w-]*\s+(?:at|of|for|with)|[a-z]+ed|known\s+as|"
                    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}[\u2019']s\s+(?=[a-z])|\d{1,3}(?=,)|[a-z]+ing)\b(?:[^;,]|,(?=\d))*?),\s*"
                    r"(?:(?:also|has|have|had|previously|earlier|later|then|again|separately|publicly|recently)\s+)*$", pre)
    if app is None:  # "X of Ohio, the top Democrat on the Labor, Health and Human Services panel, said"
        long_app = _RE_LONG_APPOSITION.search(pre)
        if long_app and any(m.kind in ("name", "registry") for m in _ending(mentions, base + long_app.start(), base + long_app.start())):
            app = long_app
    if app and not re.search(r"[\u201c\u201d\"]", app.group(1)):
        appositive = app.group(1)
        limit = base + app.start()
        while True:  # "Beaumont, 61, a former state treasurer, told": appositions in a row
            more = _RE_MORE_APPOSITION.search(text, max(S, limit - 200), limit)
            if not more:
                break
            limit = more.start()
    else:
        limit = vs
    cs = _clause_start(text, S, limit)
    subj = [m for m in _starting(mentions, cs, limit) if m.end <= limit]
    subj = _skip_info_subjects(text, subj, limit)
    rule = None
    mention = None
    ind = _RE_INDEFINITE.match(text, cs, limit)
    if ind:
        role = ind.group("role").lower()
        if role not in _SPOKES:
            # "a Senate aide said", "one official said": nobody is named
            return _Cue("indefinite-source", vs, ve, S, E, None, vague=True)
        owner = [m for m in subj if m.kind in ("registry", "name", "collective")]
        if not owner:
            org = re.match(r"\s*(?:for|of|at)\s+", text[ind.end():limit]) if ind.end() < limit else None
            subj = [m for m in subj if org and m.start >= ind.end()]
            if not subj:  # "a company spokesperson said": the organisation named last speaks
                subj = [Mention(cs + len(ind.group()) - len(ind.group().lstrip()), ind.end(),
                                ind.group().strip(), "anaphor")]
    if subj:
        mention = subj[0]
        if mention.kind == "anaphor" and mention.text.lower() in ("he", "she", "they") and \
                _RE_ANONYMOUS.search(text, S, E):
            return _Cue("anonymous-source", vs, ve, S, E, None, vague=True)  # "..., who asked not to be named, said she"
        if re.search(r"[;!?]", text[mention.end:vs]) or re.search(r"[\u201c\u201d\"]", text[mention.end:limit]):
            return None
        rule = "subject-apposition-verb" if appositive else "subject-verb"
    else:
        appositive = None
        rel = _RE_RELATIVE.search(text, max(S, vs - _ANCHORED_WINDOW), vs)
        if rel:  # "a dataset compiled by the Urban Land Trust, which counted 6,200 units"
            ante = [m for m in _ending(mentions, rel.start(), rel.start()) if m.kind in ("registry", "name", "collective",
                                                                                   "anaphor", "description")]
            if ante:
                return _Cue("relative-subject-verb", vs, ve, ve, E, ante[0])
        gap = text[cs:vs].strip()
        co = _RE_BUT_AND_END.search(text, max(S, vs - _ANCHORED_WINDOW), vs)
        if co:
            gap = gap or "and"
        if gap and not re.fullmatch(r"(?:also|has|have|had|previously|earlier|later|then|further|again|"
                                    r"separately|officially|publicly|recently|once|had\s+previously|"
                                    r"would|will|did|does|do|has\s+also|had\s+also|\s)*", gap):
            # "Russia's defence ministry did not acknowledge the loss but said ...": the sentence's subject
            if co:
                intro = _INTRO.match(text, S)
                ie = intro.end() if intro else S
                head = [m for m in _starting(mentions, ie, ie + 4) if m.start < co.start()]
                if head and not any(f.is_figure and head[0].end <= f.start < co.start() and
                                    re.search(r"\b(?:said|says|reported|told)\b", text[head[0].end:f.start])
                                    for f in doc.figures):
                    mention, rule = head[0], "coordinated-subject-verb"
            if mention is None:
                return None
        else:
            # a name set off by commas after its role: "Bishop's campaign manager, Tom Alvarez, told ..."
            chunk_end = _skip_back_space_comma(text, cs)
            chunk_start = _clause_start(text, S, chunk_end)
            chunk = [m for m in _ending(mentions, chunk_end, chunk_end) if chunk_start <= m.start and m.kind in ("name", "registry")]
            if chunk and chunk_start > S and text[chunk_start - 1] == "," and \
                    not re.search(r"[\u201c\u201d\"]", text[chunk_start - 2:chunk_end]):
                mention, rule = chunk[0], "role-name-verb"
                role_start = _clause_start(text, S, _skip_back_space_comma(text, chunk_start))
                appositive = text[role_start:_skip_back_space_comma(text, chunk_start)].strip()
            # inversion: "..., said the ministry." / "..., said Bota Ilias, a senior analyst ..."
            if mention is None and text[vs:ve].lower() in L.inversion_verbs:
                after = _starting(mentions, ve, ve + 5)
                if after and not re.match(r"\s*(?:that|on|in)\b", text[ve:ve + 6]):
                    mention = after[0]
                    rule = "verb-subject"
                    am = re.match(r"\s*,\s*((?:a|an|the|who)\b[^,.;]*|[a-z][^,.;]*?\b(?:at|of|for|with)\b[^,.;]*)",
                                  text[mention.end:E])
                    if am:
                        appositive = am.group(1)
            if mention is None:
                return None
    # A participle cue ("saying", "adding") after a main clause takes that clause's subject.
    start_of_subject = mention.start if rule != "verb-subject" else vs
    tail = _DET_TAIL.search(text, max(S, start_of_subject - 8), start_of_subject)
    before = text[S:tail.start() if tail else start_of_subject]
    after_text = text[ve if rule != "verb-subject" else mention.end:E]
    intro_only = _INTRO.fullmatch(before) is not None and not _figure_between(doc, S, start_of_subject)
    leads = re.match(r"\s*(?:,\s*)?(?:that\b|:|[\u201c\"]|,\s*[\u201c\"])", after_text) or \
        re.match(r"(?:\s+[^\s,]+){0,6}?\s+that\b", after_text)
    clause_before = text[S:cs] if rule in ("subject-verb", "subject-apposition-verb") else before
    boundary_before = before.rstrip()[-1:] in (",", "\u201d", '"') or before.strip() == "" or \
        clause_before.rstrip()[-1:] in (",", "\u201d", '"')
    figure_after = _figure_between(doc, ve, E)
    parenthetical = re.match(r"(?:\s+[\w.'\u2019-]+){0,4}?\s*,\s+(?![\u201c\"])", after_text) is not None
    if parenthetical and not leads:
        figure_after = False
    trailing = (not intro_only) and boundary_before and not leads and not figure_after and \
        (parenthetical or _trailing_tail(after_text, text[vs:ve]))
    if rule == "verb-subject":
        trailing = not intro_only
    if trailing:
        end = _np_left_edge(text, S, start_of_subject)
        q = _quote_ending_at(quotes, end)
        begin = q.start if q is not None and q.start < S else S
        if re.match(r",\s", after_text):
            end = E  # "..., it said, and the storm had ...": a parenthetical cue covers the sentence
        elif re.match(r"(?:\s+[\w.'\u2019-]+){0,4}?\s*,\s*(?:with|including|adding|bringing|taking|up\s+from|"
                      r"down\s+from|compared\s+with|against)\b", after_text):
            end = E
        return _Cue(f"trailing-{rule}", vs, ve, begin, end, mention, appositive=appositive)
    # a quotation split by its attribution: '"We lost 12 men," she said, "and 30 more..."'
    q_before = _quote_ending_at(quotes, _np_left_edge(text, S, start_of_subject))
    q_after = _quote_starting_at(quotes, ve, 4) if re.match(r"\s*,?\s*[\u201c\"]", after_text) else None
    if rule != "verb-subject" and q_before is not None and q_after is not None:
        return _Cue(f"split-quote-{rule}", vs, ve, min(q_before.start, S), max(q_after.end, E), mention,
                    appositive=appositive)
    # leading: the verb governs what follows; a quotation opened after it is covered whole
    if mention.kind in ("anaphor", "description") and mention.text.split()[-1].lower() in L.info_nouns:
        ve_scope = mention.start
    else:
        ve_scope = None
    q = _quote_starting_at(quotes, ve, 4)
    end = max(E, q.end) if q is not None else E
    # a mid-sentence parenthetical ("..., X said, ...") covers the whole sentence
    begin = ve if ve_scope is None else ve_scope
    if boundary_before and not intro_only and re.match(r"\s*,", after_text):
        begin = S
    return _Cue(f"leading-{rule}", vs, ve, begin, end, mention, appositive=appositive)


# --------------------------------------------------------------------------------------------
# Resolution


_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", s).strip("-") or "claimant"


@dataclass
class _Claim:
    """A claimant being assembled for one document."""

    c: Claimant
    category: str  # person | org | collective
    first: int


class _Resolver:
    def __init__(self, doc: Document, reg: Registry):
        self.doc = doc
        self.reg = reg
        self.claimants: Dict[str, _Claim] = {}
        self.history: List[Tuple[int, str]] = []  # (position, claimant id) of resolved statements
        self.by_name: Dict[str, str] = {}  # folded names and aliases of this document's claimants
        self.cue_text: Dict[Tuple[int, str], str] = {}  # the words of each history entry's cue and source

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
    def resolve_name(self, m: Mention) -> Tuple[Optional[str], List[str]]:
        L = _lex()
        steps: List[str] = []
        t = m.text.strip()
        acro = re.search(r"\s*\(([A-Z][A-Za-z.]{1,10})\)$", t)
        core = t[:acro.start()] if acro else t
        core = re.sub(r"[\u2019']s$", "", core)
        aff: List[str] = []
        # possessive organisation before a role: "the Pentagon's Deputy Press Secretary Sabrina Singh"
        pm = re.match(r"(.+?)[\u2019']s\s+(.+)$", core)
        if pm and " of " in pm.group(1) and self.reg.lookup(pm.group(1)) is not None and \
                any(w.lower() in L.org_words for w in pm.group(2).split()):
            e = self.reg.lookup(pm.group(1))  # "the General Staff of Ukraine's Armed Forces"
            steps.append(f"'{t}' is the registry's {e.id} ({e.name})")
            return self._from_registry(e.id, core, m.start), steps
        if pm:
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
        if last_title >= 0:
            name_words = words[last_title + 1:]
            role = words[:last_title + 1]
            if name_words and all(w[:1].isupper() for w in name_words) and \
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
        if len(words) == 1 and acro is None:  # "Okafor said" after "Gov. Anna Okafor" named without a cue
            full = self._full_name_before(words[0], m.start)
            if full is not None:
                steps.append(f"'{t}' is the surname of {full}, named earlier")
                cid = self._person(full, m.start, steps)
                self._alias(cid, words[0])
                return cid, steps
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

    def _full_name_before(self, surname: str, pos: int) -> Optional[str]:
        """The last full personal name ending in ``surname`` before ``pos`` (titles left out)."""
        L = _lex()
        best = None
        for m in re.finditer(rf"((?:[A-Z][a-z]+\.?\s+){{1,4}}){re.escape(surname)}\b", self.doc.text[:pos]):
            words = m.group(1).split()
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

    def resolve_collective(self, m: Mention) -> Tuple[Optional[str], List[str]]:
        e = self.reg.lookup(m.text)
        if e is not None:
            return self._from_registry(e.id, m.text, m.start), [f"'{m.text}' is the registry's {e.id}"]
        name = re.sub(r"^(?:the|The)\s+", "", m.text)  # as written: "Russian officials", "federal prosecutors"
        name = name[0].lower() + name[1:] if name[:1].isupper() and name.split()[0].lower() in _lex().not_start \
            else name
        cid = self._new(name, "collective", m.start, "collective")
        return cid, [f"'{m.text}' is a group speaking together (collective, not in the registry)"]

    def resolve_anaphor(self, m: Mention, pos: int) -> Tuple[Optional[str], List[str]]:
        L = _lex()
        need = L.anaphors.get(m.text.lower())
        head = m.text.lower().split()[-1]
        if head in L.info_nouns:  # "the report" after "a report by X" / "X's report" / "X released a report"
            for p, cid in reversed(self.history):
                if p < pos and self.claimants[cid].category == "org" and \
                        re.search(rf"\b(?:{'|'.join(_DOC_SYNONYMS.get(head, [head]))})", self.cue_text.get((p, cid), "")):
                    return cid, [f"'{m.text}' refers back to {self.claimants[cid].c.name}'s {head}, "
                                 f"named in line {self._first_line(cid)}"]
        if need not in ("person", "collective") and head not in ("it", "they"):
            found = self._named_with_head(head, min(pos, m.start))
            if found is not None:
                return found
        for p, cid in reversed(self.history):
            if p >= pos:
                continue
            cl = self.claimants[cid]
            if _compatible(need, cl, m.text.lower()):
                line = self._first_line(cid)
                return cid, [f"'{m.text}' refers back to {cl.c.name}, named in line {line}"]
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
        return None, [f"'{m.text}' has no earlier compatible claimant: left unresolved"]

    def _implicit_body(self, role: List[str], pos: int) -> List[str]:
        """The body a role names without naming it: "union president X" -> the union named before;
        "Chief Executive X" -> the company the story is about (the first business it names)."""
        words = [w.lower().strip(".,") for w in role]
        for head in words:
            if head in _NAME_BOUND_HEADS | _BUSINESS_HEADS | {"agency", "ministry", "department", "office"}:
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
        return None

    def resolve_description(self, m: Mention, pos: int) -> Tuple[Optional[str], List[str]]:
        """'the regional governor', 'the ministry of health': an antecedent sharing the head noun, else
        a claimant of its own named by the description (an unresolved report or statement names nobody)."""
        L = _lex()
        d = L.re_description.match(m.text)
        head = d.group("head").lower()
        need = L.description_heads[head]
        mods = (d.group("mods") or "").split()
        owner = re.match(r"([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?)[\u2019']s?\s", m.text)
        for p, cid in reversed(self.history):
            if p >= pos:
                continue
            cl = self.claimants[cid]
            names = " ".join([cl.c.name, *cl.c.aliases]).lower()
            if owner and owner.group(1).lower() not in names:
                continue  # "Haskins' campaign" is not "Laura Bishop's campaign"
            if head in names.split() and all(w in names for w in mods if w not in ("national", "regional", "local")):
                return cid, [f"'{m.text}' refers back to {cl.c.name}, named in line {self._first_line(cid)}"]
        if not mods and re.match(r"[Tt]he\s", m.text) and L.description_heads[head] != "person":
            found = self._named_with_head(head, min(pos, m.start))
            if found is not None:
                return found
        name = re.sub(r"^[Tt]he\s+", "", m.text)
        for variant in (name, re.sub(r"\s+\w+$", "", name), re.sub(r"[\u2019']s\b", "", name)):
            e = self.reg.lookup(variant)
            if e is not None and len(variant.split()) > 1:
                return self._from_registry(e.id, name, m.start), [f"'{m.text}' is the registry's {e.id}"]
        pm = re.match(r"(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s", m.text)
        if pm:  # "her campaign": the campaign of the person named just before
            owner = self._nearest_name(pos, person=m.text[:2].lower() in ("hi", "he"))
            if owner is None:
                return None, [f"'{m.text}': no owner named before it"]
            name = f"{owner}'s {' '.join(mods + [head])}"
            if head in L.info_nouns:
                return None, [f"'{m.text}' has no earlier claimant: left unresolved"]
        elif head in L.info_nouns:
            return None, [f"'{m.text}' has no earlier claimant: left unresolved"]
        elif head in _BUSINESS_HEADS and "'" not in m.text and "\u2019" not in m.text:  # "the Minneapolis company"
            for p, cid in reversed(self.history):
                cl = self.claimants[cid]
                if p < pos and cl.category == "org" and (cl.c.type or "") not in _STATE_TYPES:
                    return cid, [f"'{m.text}' refers back to {cl.c.name}, named in line {self._first_line(cid)}"]
        e = self.reg.lookup(name)
        if e is not None:
            return self._from_registry(e.id, name, m.start), [f"'{m.text}' is the registry's {e.id}"]
        category = "person" if need == "person" else "org"
        ctype = None if need in ("org", "person") else need
        cid = self._new(name, category, m.start, "person" if category == "person" else ctype)
        return cid, [f"'{m.text}' names a claimant described, not named (no earlier match)"]

    def _nearest_name(self, pos: int, person: bool = True) -> Optional[str]:
        """The last person-like name before ``pos`` in the same or the previous sentence."""
        sents = self.doc.segments.sentences
        i = _sentence_of(sents, pos)
        lo = sents[max(0, i - 1)].start if i is not None else max(0, pos - 400)
        L = _lex()
        best = None
        for m in L.re_name.finditer(self.doc.text, lo, pos):
            words = m.group().split()
            last_title = max((i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".,") in L.titles), default=-1)
            words = [w for w in words[last_title + 1:] if w.lower() not in L.not_start]
            words = [re.sub(r"[\u2019']s?$", "", w) for w in words]
            if 2 <= len(words) <= 3 and not any(w.lower() in L.org_words for w in words):
                best = " ".join(words)
        return best

    def resolve_document(self, m: Mention) -> Tuple[Optional[str], List[str]]:
        """'according to an indictment unsealed on Monday', 'court documents show': the document itself."""
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


def _is_demonym(w: str) -> bool:
    w = w.strip(",.")
    if " " in w:
        return False
    return w.lower() in _DEMONYMS_EXTRA or bool(_DEMONYM_END.search(w)) and w[:1].isupper() and len(w) > 3 and \
        w.lower() not in ("pentagon", "kremlin")


def _compatible(need: Optional[str], cl: _Claim, phrase: str) -> bool:
    c = cl.c
    name = c.name.lower()
    if need == "person":
        return cl.category == "person"
    if need == "collective":
        return cl.category == "collective"
    if cl.category != "org":
        return False
    head = phrase.split()[-1]
    if head in _NAME_BOUND_HEADS or head in _SELF_STANDING:
        return head in name.split() or head == (c.type or "") or \
            (head in ("army", "military", "navy") and (c.type or "") == "military") or \
            (head in ("junta", "regime", "government") and (c.type or "") == "government")
    if head in _BUSINESS_HEADS:
        return (c.type or "") not in _STATE_TYPES
    if need == "org" or need is None:
        return True
    t = (c.type or "").lower()
    head = phrase.split()[-1]
    if head in name:
        return True
    if need == "ministry":
        return t == "ministry" or "ministry" in name or "department" in name
    if need == "agency":
        return t in ("intelligence", "official-body", "government", "international-org", "ministry") or \
            any(w in name for w in ("agency", "office", "service", "bureau", "authority", "administration",
                                    "commission", "board", "department", "directorate", "inspectorate"))
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
    return False


# --------------------------------------------------------------------------------------------
# The stage


def attribute(doc: Document, registry: Registry) -> Document:
    """Fill doc.statements, doc.claimants and each figure's claimant, status and explanation."""
    seg = doc.segments
    text = doc.text
    cues = _find_cues(doc, registry)
    res = _Resolver(doc, registry)
    # relays: "Bloomberg reported, citing Russian officials, that ..." / "TASS quoted the ministry as saying"
    _apply_relays(doc, cues, registry)
    cues.sort(key=lambda c: (c.cue_start, c.cue_end, c.rule))
    for cue in cues:
        if cue.vague or cue.mention is None:
            continue
        cid, steps = res.resolve(cue.mention, cue.cue_start)
        cue.evidence = steps
        if cid is None:
            cue.vague = True  # a cue whose source cannot be resolved names nobody
            continue
        cue.claimant = cid
        if cue.appositive:
            res.apposition(cid, cue.appositive, cue.evidence)
        if cue.relay is not None:
            rid, rsteps = res.resolve(cue.relay, cue.cue_start)
            if rid is not None and rid != cid:
                cue.relay_ids.append(rid)
                cue.evidence += rsteps + [f"relayed by {res.claimants[rid].c.name}"]
        insort(res.history, (cue.cue_start, cid))  # kept in order (a sort per cue was quadratic)
        lo = min(cue.cue_start, cue.mention.start)
        hi = min(max(cue.cue_end, cue.mention.end) + 25, _sentence_end(doc, cue.cue_end))
        res.cue_text[(cue.cue_start, cid)] = text[lo:hi].lower()  # the words that made the statement
    # "under X" / "of X" after an organisation's name: the body it belongs to
    _quote_carry(doc, cues)
    _list_carry(doc, cues)

    statements: List[Statement] = []
    source_kind: Dict[str, Optional[str]] = {}  # statement id -> kind of its source mention
    weak: Dict[str, bool] = {}  # statement id -> made by a commitment verb ("promised")
    for i, cue in enumerate(sorted(cues, key=lambda c: (c.scope_start, c.cue_start, c.rule))):
        if not cue.vague and cue.claimant is None:
            continue
        sid = f"st-{cue.cue_start}-{cue.cue_end}-{i}"
        # the span's text is the slice it covers ("according to agency data": 'agency', though the
        # mention reads as 'the agency' for resolution)
        src = Span(text[cue.mention.start:cue.mention.end], cue.mention.start, cue.mention.end) \
            if cue.mention is not None else None
        statements.append(Statement(
            id=sid, rule=cue.rule, cue=Span(text[cue.cue_start:cue.cue_end], cue.cue_start, cue.cue_end),
            source=src, claimant=cue.claimant, scope_start=cue.scope_start, scope_end=cue.scope_end,
            status="vague" if cue.vague else "attributed", relays=list(cue.relay_ids), evidence=list(cue.evidence)))
        source_kind[sid] = cue.mention.kind if cue.mention is not None else None
        weak[sid] = (text[cue.cue_start:cue.cue_end].split() or [""])[0].lower() in _lex().weak_verbs
    doc.statements = statements
    # a number inside the source's own words ("citing two Ukrainian officials") is no figure to source
    source_starts = sorted(st.source.start for st in statements if st.source is not None)

    def inside_a_source(f: Figure) -> bool:
        i = bisect_left(source_starts, f.start)
        return i < len(source_starts) and source_starts[i] < f.end

    doc.figures = [f for f in doc.figures if not inside_a_source(f)]

    sents = seg.sentences
    by_sentence: Dict[int, List[Statement]] = {}  # the statements whose scope reaches into each sentence
    ends = [x.end for x in sents]
    for st in statements:
        first = _sentence_of(sents, st.scope_start)
        first = bisect_left(ends, st.scope_start + 1) if first is None else first
        j = first
        while j < len(sents) and sents[j].start < st.scope_end:
            by_sentence.setdefault(j, []).append(st)
            j += 1
    for f in doc.figures:
        si = _sentence_of(sents, f.start)
        if si is not None:
            s = sents[si]
            f.sentence = Span(text[s.start:s.end], s.start, s.end)
        if not f.is_figure:
            continue
        pos = f.start
        covering = [st for st in (by_sentence.get(si, ()) if si is not None else statements)
                    if st.scope_start <= pos < st.scope_end
                    and not (st.source is not None and st.source.start <= pos < st.source.end)]
        named = [st for st in covering if st.claimant]
        vague = [st for st in covering if st.status == "vague"]
        anonymous = [st for st in vague if st.rule in ("indefinite-source", "anonymous-source")]
        if anonymous and named:  # "an official, speaking on condition of anonymity, said the government believed N"
            first = min(st.cue.start for st in anonymous)
            named = [st for st in named if st.cue.start < first]
        if named:
            ranked = sorted(named, key=lambda st: (st.scope_end - st.scope_start, -st.cue.start))
            best = ranked[0]
            same_sentence = [st for st in ranked[1:] if f.sentence is not None
                             and f.sentence.start <= st.cue.start < f.sentence.end]
            if same_sentence and weak.get(best.id):
                best = same_sentence[0]  # "the indictment alleges that he promised 9%": the allegation governs
            elif same_sentence and source_kind.get(best.id) in ("anaphor", "description", "document"):
                explicit = [st for st in same_sentence if source_kind.get(st.id) in ("registry", "name", "collective")]
                if explicit:
                    best = explicit[0]  # "Mehta said that the company expects 40 points": Mehta, named, speaks
            f.claimant = best.claimant
            f.status = "attributed"
            f.statement = best.id
            outer = [st.claimant for st in sorted(named, key=lambda st: st.scope_end - st.scope_start)
                     if st is not best and st.claimant != best.claimant and f.sentence is not None
                     and f.sentence.start <= st.cue.start < f.sentence.end]
            for r in outer:
                if r not in best.relays:
                    best.relays.append(r)
            name = res.claimants[best.claimant].c.name
            f.explanation += [
                f"rule {best.rule}: cue '{best.cue.text}' (line {doc.line_col(best.cue.start)[0]})",
                f"source '{best.source.text if best.source else ''}' -> {name}",
            ] + [f"  {s}" for s in best.evidence]
            if best.relays:
                f.explanation.append("relayed by " + ", ".join(res.claimants[r].c.name for r in best.relays))
        elif vague:
            st = min(vague, key=lambda st: st.scope_end - st.scope_start)
            f.status = "vague"
            f.statement = st.id
            f.explanation.append(f"rule vague-cue: '{st.cue.text}' names nobody")
        else:
            f.status = "unsourced"
            f.explanation.append("no cue governs this figure: unsourced")

    # claimants: everyone a statement was attributed to, in order of first statement
    used: Dict[str, int] = {}
    for st in statements:
        for cid in [st.claimant, *st.relays]:
            if cid and (cid not in used or st.cue.start < used[cid]):
                used[cid] = st.cue.start
    sources_of: Dict[str, List[Span]] = {}
    for st in statements:
        if st.claimant and st.source is not None:
            sources_of.setdefault(st.claimant, []).append(st.source)
    out = []
    for cid, _ in sorted(used.items(), key=lambda kv: (kv[1], kv[0])):
        cl = res.claimants[cid]
        c = cl.c
        c.mentions = sources_of.get(cid, [])
        c.affiliation = _affiliation_view(c, used, registry)
        out.append(c)
    doc.claimants = out
    return doc


def _affiliation_view(c: Claimant, used: Dict[str, int], reg: Registry) -> List[str]:
    """Affiliations as ids of the document's claimants where they are one, else as the names used."""
    out: List[str] = []
    for a in c.affiliation:
        e = reg.get(a)
        if e is not None:  # an id from the registry
            v = e.id if e.id in used else e.name
        else:
            e = reg.lookup(a)
            v = e.id if e is not None and e.id in used else a
        if v not in out:
            out.append(v)
    return out


def _apply_relays(doc: Document, cues: List[_Cue], reg: Registry) -> None:
    """'X reported, citing Y, ...' and 'X quoted Y as saying ...': Y is the origin, X the relay."""
    text = doc.text
    for cue in cues:
        if cue.vague or cue.mention is None:
            continue
        sent_end = _sentence_end(doc, cue.cue_end)
        si = _sentence_of(doc.segments.sentences, cue.cue_start)
        S = doc.segments.sentences[si].start if si is not None else 0
        fm = re.match(r"\s*[Cc]iting\s+", text[S:sent_end])
        if fm and cue.rule != "fronted-citing" and cue.cue_start > S + fm.end():
            ms = _mentions(text, S + fm.end(), _next_boundary(text, S + fm.end(), sent_end), reg)
            if ms and ms[0].start <= S + fm.end() + 4:
                cue.relay, cue.mention = cue.mention, ms[0]
                cue.rule += "+relay"
                continue
        between = re.search(r",\s*citing\s+", text[cue.mention.end:cue.cue_start]) \
            if cue.mention.end <= cue.cue_start else None
        if between:  # "Reuters, citing two Ukrainian officials, said that ..."
            a = cue.mention.end + between.end()
            ms = _mentions(text, a, _next_boundary(text, a, cue.cue_start), reg)
            if ms and ms[0].start <= a + 4:
                cue.relay, cue.mention = cue.mention, ms[0]
                cue.rule += "+relay"
            else:  # "Reuters, citing people familiar with the matter, said": the origin is unnamed
                cue.vague, cue.relay_ids = True, []
                cue.evidence = ["the relay cites nobody by name"]
            continue
        window = text[cue.cue_end:min(sent_end, cue.cue_end + 12)]
        m = re.match(r"\s*,?\s*citing\s+", window) or re.match(r"\s*,?\s*citing\s+", text[cue.cue_end:sent_end])
        if m is None:
            m2 = re.match(r"\s+", text[cue.cue_end:sent_end]) if re.search(r"quot(?:ed|es|ing)$", text[cue.cue_start:cue.cue_end]) else None
            if m2 is None:
                continue
            m = m2
        a = cue.cue_end + m.end()
        b = _next_boundary(text, a, sent_end)
        ms = _mentions(text, a, b, reg)
        if not ms or ms[0].start > a + 4:
            # "citing sources" / "citing people familiar": the origin is unnamed; the relay keeps it
            continue
        origin = ms[0]
        cue.relay = cue.mention
        cue.mention = origin
        cue.rule += "+relay"
        if cue.rule.startswith("leading") and cue.scope_start <= a:
            cue.scope_start = max(cue.scope_start, origin.end)


def _sentence_end(doc: Document, pos: int) -> int:
    i = _sentence_of(doc.segments.sentences, pos)
    return doc.segments.sentences[i].end if i is not None else len(doc.text)


def _quote_carry(doc: Document, cues: List[_Cue]) -> None:
    """A quotation with no cue of its own keeps the speaker of the quotation before it."""
    seg = doc.segments
    quotes = [q for q in seg.quotes if not q.scare]
    blocks = seg.blocks
    block_starts = [b.start for b in blocks]
    block_of = {}
    for q in quotes:
        i = bisect_right(block_starts, q.start) - 1
        if i >= 0 and q.start < blocks[i].end:
            block_of[q.start] = blocks[i].index
    named = [c for c in cues if c.claimant and not c.vague]
    # The shortest cue whose scope holds q.start + 1, earliest in ``named`` on a tie: a sweep over the
    # quotations in order with a heap of the scopes opened so far (a closed scope is dropped when it
    # surfaces). The cues appended below cover only their own quotation, never a later one.
    by_start = sorted(range(len(named)), key=lambda k: named[k].scope_start)
    heap: List[Tuple[int, int, int]] = []  # (scope length, index in named, scope end)
    nxt = 0
    prev_q, prev_cue = None, None
    for q in quotes:
        p = q.start + 1
        while nxt < len(by_start) and named[by_start[nxt]].scope_start <= p:
            c = named[by_start[nxt]]
            heappush(heap, (c.scope_end - c.scope_start, by_start[nxt], c.scope_end))
            nxt += 1
        while heap and heap[0][2] <= p:
            heappop(heap)
        if heap:
            prev_q, prev_cue = q, named[heap[0][1]]
            continue
        if prev_cue is None:
            continue
        qb, pb = block_of.get(q.start), block_of.get(prev_q.start)
        same_block = qb == pb
        next_block = qb is not None and pb is not None and qb == pb + 1 and \
            doc.text[blocks[qb].start] in "\u201c\"" and (not prev_q.closed or _block_is_quote(doc, blocks[qb], q))
        if same_block or next_block:
            c = _Cue("quote-continues" if same_block else "quote-next-paragraph", prev_cue.cue_start,
                     prev_cue.cue_end, q.start, q.end, prev_cue.mention)
            c.claimant = prev_cue.claimant
            c.relay_ids = list(prev_cue.relay_ids)
            c.evidence = ["the quotation continues the one attributed to it before"] + prev_cue.evidence
            cues.append(c)
            named.append(c)
            prev_q, prev_cue = q, c
        else:
            prev_q, prev_cue = None, None


def _block_is_quote(doc: Document, block, q) -> bool:
    return q.start == block.start and (q.end >= block.end - 1)


def _list_carry(doc: Document, cues: List[_Cue]) -> None:
    """A line ending in a colon gives its claimant to the list items that follow it."""
    seg = doc.segments
    text = doc.text
    blocks = seg.blocks
    block_starts = [b.start for b in blocks]
    list_end: Dict[int, Optional[int]] = {}  # block index -> end of the list items after it
    for cue in [c for c in cues if c.claimant and not c.vague]:
        end = cue.scope_end
        i = bisect_right(block_starts, cue.cue_start) - 1  # the block that holds the cue
        if i < 0 or cue.cue_start >= blocks[i].end:
            continue
        bi = blocks[i].index
        b = blocks[bi]
        if not text[b.start:b.end].rstrip().endswith(":") or cue.scope_end < b.end - 1:
            continue
        if bi not in list_end:
            j, last = bi + 1, None
            while j < len(blocks) and blocks[j].kind == "item":
                last = blocks[j].end
                j += 1
            list_end[bi] = last
        if list_end[bi] is not None:
            end = list_end[bi]
        if end > cue.scope_end:
            c = _Cue(cue.rule.split("+")[0] + "+list", cue.cue_start, cue.cue_end, b.end, end, cue.mention)
            c.claimant = cue.claimant
            c.relay_ids = list(cue.relay_ids)
            c.evidence = ["the list is introduced by an attributed line ending in a colon"] + cue.evidence
            cues.append(c)
