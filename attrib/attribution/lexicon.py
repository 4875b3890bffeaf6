"""The lexicons as the attribution steps use them: reporting verbs, cue nouns, anaphors, collectives,
name words (attrib/data/cues.yaml and names.yaml), compiled once; and the small word sets the steps share."""
from __future__ import annotations

from functools import lru_cache
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List

from ..lexicon import lexicon
from ..trie import alternation as _alt, trie_pattern


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
        numbers = lexicon("numbers")  # number words never modify a description ("the two police have described")
        self.number_words = {str(w).lower() for k in ("units", "tens", "scales") for w in numbers.get(k) or {}}
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
        self.forecast_cue_stems = tuple(str(w).lower() for w in cues.get("forecast_cue_stems") or [])
        self.re_release_noun = re.compile(rf"\b(?:{_alt(cues.get('release_nouns') or []) or '(?!)'})\b", re.IGNORECASE)
        self.expectation_stems = tuple(str(w).lower() for w in cues.get("expectation_stems") or [])
        comparisons = _alt(cues.get("expectation_comparisons") or []) or "(?!)"
        # "than expected", "relative to analysts' expectations": a comparison, up to 3 words, the expectation word
        stems = _alt(self.expectation_stems) or "(?!)"
        self.re_expectation_compared = re.compile(
            rf"\b(?:{comparisons})[\s-]+(?:[\w\u2019'-]+\s+){{0,3}}?(?:{stems})[a-z]*", re.IGNORECASE)
        breaks = _alt(cues.get("release_breaks") or []) or "(?!)"
        self.re_release_break = re.compile(rf"\b(?:{breaks})\b", re.IGNORECASE)
        self.info_nouns = set(cues["info_nouns"])
        self.re_info = _alt(self.info_nouns)
        self.re_info_word = re.compile(rf"\b(?:{trie_pattern(self.info_nouns)})\b")
        info = trie_pattern(self.info_nouns)
        self.re_possessive_info = re.compile(rf"(?:[\u2019']s|(?<=s)[\u2019'])\s+(?:[\w-]+\s+){{0,2}}?(?:{info})\b")
        self.re_info_by = re.compile(rf"\b(?:{info})\s+(?:[\w-]+\s+){{0,4}}?(?:by|from)\s+")
        self.re_indefinite_document = re.compile(  # "A snap poll", "A third survey", "An internal review"
            rf"(?:[Aa]n?|[Oo]ne)\s+(?:[\w/-]+\s+){{0,3}}?(?:{info})\b")
        self.re_org_document = re.compile(
            rf"\s+(?:{info})\b(?!\s+(?:a|an|the|more|less|about|around|some|its|their|\d))")
        self.anaphors = {k.lower(): v for k, v in cues["anaphors"].items()}
        for h in (w.lower() for w in names.get("business_heads") or []):  # "the miner", "the retailer"
            self.anaphors.setdefault(f"the {h}", "org")
        self.re_anaphor = re.compile(rf"\b(?:{trie_pattern(self.anaphors, fold_case=True)})\b", re.IGNORECASE)
        heads = {k.split()[-1]: v for k, v in self.anaphors.items() if k.startswith("the ")}
        self.platforms = {str(w).lower() for w in names.get("platforms") or []}
        self.document_modifiers = {str(w).lower() for w in cues.get("document_modifiers") or []}
        self.free_modifiers = {str(w).lower() for w in cues.get("free_modifiers") or []}
        self.head_stand_ins = {str(k).lower(): [str(w).lower() for w in v]
                               for k, v in (cues.get("head_stand_ins") or {}).items()}
        self.plain_role_qualifiers = {str(w).lower() for w in cues.get("plain_role_qualifiers") or []}
        self.business_heads = set(w.lower() for w in names.get("business_heads") or [])
        for h in self.business_heads:  # "the tech giant", "the iPhone maker": a business described
            heads.setdefault(h, "org")
        self.description_heads = heads
        # "the world's most valuable publicly traded company": a superlative epithet of a business
        self.re_epithet = re.compile(
            r"\b[Tt]he\s+(?:world|nation|country|region|state|city|industry|sector|market|planet|continent)[\u2019']s\s+"
            rf"(?:[a-z][a-z-]*\s+){{1,5}}?(?:{_alt(self.business_heads)})\b")
        self.re_description = re.compile(
            rf"(?:\b[Tt]he\s+(?:(?:[a-z]+\s+)?[a-z]+[\u2019']s\s+|[a-z]+s[\u2019']\s+|[A-Z][a-z]+\s+(?=[a-z])|[A-Z][a-z]+-[a-z]+\s+(?=[a-z])|"
            # "the Ashcombe, Ohio-based company", "the New York-headquartered bank": a place of business
            rf"(?:[A-Z][\w.'-]*\s+){{0,2}}?(?:[A-Z][\w.'-]*,\s+)?[A-Z][\w.'-]*-(?:based|headquartered)\s+)?|\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|"
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
        self.role_groups = set(w.lower() for w in cues.get("role_groups") or [])
        # "(?:mods\s+)?roles" as two branches and the modifiers as a trie: the same matches, tried in the same
        # order, without an optional group entered at every position of every sentence (twice as fast)
        roles = trie_pattern(self.role_groups, fold_case=True)
        mods_trie = trie_pattern(cues.get("collective_modifiers") or [], fold_case=True)
        self.re_role_group = re.compile(rf"\b(?:(?:{mods_trie})\s+(?:{roles})|(?:{roles}))\b(?!-)", re.IGNORECASE)
        self.re_finite_after = re.compile(r"\s+(?:had\s+|have\s+|has\s+|were\s+|are\s+)?(?=[a-z]+\b(?!\s+by\b))")
        self.documents = set(cues["documents"])
        self.re_place_gloss = re.compile(
            rf"[A-Z][\w.\u2019'-]*,\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,3}}?(?:{_alt(cues.get('place_nouns') or ['town'])})\s+of\s+"
            r"(?:(?:about|around|roughly|nearly|some|almost|more\s+than|fewer\s+than|just\s+(?:over|under))\s+)?$")
        self.re_document_head = re.compile(rf"\b(?:{trie_pattern(self.documents, fold_case=True)})\b", re.IGNORECASE)
        self.weak_verbs = set(cues.get("weak_verbs") or [])
        self.kind_name_words = {k: set(v) for k, v in (cues.get("kind_name_words") or {}).items()}
        self.org_subject_verbs = set(cues.get("org_subject_verbs") or [])
        denials = trie_pattern({f for lemma in cues.get("denial_verbs") or [] for f in _forms(lemma)})
        # "..., a figure the government delegation rejected": a relative clause of denial on a figure noun
        self.re_denial_relative = re.compile(
            rf"\b(?:a|an|the|that|this)\s+(?:[\w-]+\s+)?(?:{_alt(cues.get('figure_nouns') or []) or '(?!)'})\s+"
            rf"(?:that\s+|which\s+)?(?P<subject>(?:[\w.\u2019'-]+,?\s+){{1,8}}?)(?:(?:has|have|had|quickly|swiftly|later)\s+)?$")
        self.re_denial_verb = re.compile(rf"(?:{denials})$") if denials else re.compile("(?!)")
        self.re_anonymity_modifier = re.compile(
            rf"\b[A-Za-z][a-z-]*\s+(?:{_alt(cues.get('anonymity_modifiers') or []) or '(?!)'})\b")
        self.people_heads = {str(w).lower() for w in cues.get("people_heads") or []}
        self.re_unnamed_head = re.compile(rf"\b(?:{_alt(cues.get('unnamed_heads') or []) or '(?!)'})\b", re.IGNORECASE)
        self.re_vague = re.compile("|".join(f"(?:{p})" for p in cues["vague"]), re.IGNORECASE)
        self.titles = set(w.lower().rstrip(".") for w in names["titles"])
        self.title_qualifiers = set(w.lower() for w in names.get("title_qualifiers", ()))
        self.role_nouns = set(w.lower() for w in names["role_nouns"])
        self.generic_qualifiers = set(w.lower() for w in names["generic_qualifiers"])
        self.not_start = set(w.lower() for w in names["not_name_starts"])
        self.org_words = _OrgWords(w.lower() for w in names["org_words"])
        self.org_words.suffixes = tuple(w.lower() for w in names.get("org_suffixes") or [])
        self.for_name_heads = set(w.lower() for w in names.get("for_name_heads") or [])
        self.name_connector_words = {str(w).lower() for w in names["name_connectors"]} - {"and", "&"}
        conn = _alt(names["name_connectors"])
        cap = r"(?:(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu|de|di|da|du|van|von|le|la)-)?(?:[A-Z][\w\u2019'.&-]*|U\.S\.|U\.K\.|U\.N\.)"
        labelled = r"(?:(?<=District\s)|(?<=Lodge\s)|(?<=Local\s)|(?<=Chapter\s)|(?<=Precinct\s)|(?<=Ward\s)|(?<=Post\s))\d{1,4}\b"
        self.re_name = re.compile(
            rf"(?<![\w\u2019'])(?<!\w-){cap}(?:\s+(?:(?:{conn})\s+)*(?:{cap}|{labelled}))*(?:\s+\([A-Z][A-Za-z.]{{1,10}}\))?")


class _OrgWords(set):
    """The org words of names.yaml; ``in`` also knows a word made on an org suffix ("Glassworks",
    "Pharma" of "Halvorsen Pharma" is a word, "Medtech" a suffix)."""
    suffixes: tuple = ()

    def __contains__(self, w) -> bool:
        return set.__contains__(self, w) or (isinstance(w, str) and len(w) > 6 and w.endswith(self.suffixes))


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    from ..cache import view

    return view("attribution", _Lex, _Lex)

_DATELINE = re.compile(
    r"(?:[A-Z][A-Za-z.'-]*(?:[ ,]+[A-Z][A-Za-z.'-]*)*[ ,]*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s*)?|[A-Z][a-z]{2}\.?\s+\d{1,2}\s*)"
    r"(?:\([A-Za-z &]+\)\s*)?(?:\u2014|\u2013|--|-)\s+")
_NEXT_WORD = re.compile(r" ([a-z][\w-]*)")
_AUX_NEXT = {"has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may", "might",
             "also", "did", "does", "later", "earlier", "then", "again", "previously", "itself", "alone", "first",
             "now", "still", "on", "in", "at", "last", "this", "itself", "spokesman", "spokeswoman", "spokesperson"}
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
                               r"projections|tallies|counts)\b|"
                               r"\s*(?:a|an|the)\s+([a-z]+)\s+(?:statement|report|release|count|tally|estimate|filing|"
                               r"bulletin|update|news\s+release|press\s+release)\b")
# ("according to district figures", "according to a hospital statement": the body of that head named before)
_RE_MORE_APPOSITION = re.compile(r",\s*(?:\d{1,3}|(?:a|an|the|who|which)\b[^,;]*|"
                                 r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:of|at|for|with)\s[^,;]*)\s*$")
_DOC_SYNONYMS = {w: g for g in (["poll", "survey"], ["report", "study", "analysis", "assessment", "review"],
                                 ["figures", "data", "statistics", "numbers", "tally", "count"],
                                 ["statement", "release", "press release", "post", "announcement"]) for w in g}
_SELF_STANDING = {"army", "military", "navy", "junta", "regime", "government", "front", "movement", "militia",
                  "panel", "faction", "party", "rebels", "militants", "insurgents", "trustees", "companies", "state",
                  "city", "county", "town"}
_STATE_TYPES = {"government", "ministry", "military", "intelligence", "official-body", "international-org", "media",
                "wire", "collective"}
_DOC_PREFIX = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:\b(?:\d{4}|[A-Za-z][a-z-]+|U\.S\.)\s+){0,3}$")
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
_SPOKES = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "statement"}
# the voice nouns of a body's unnamed spokesperson ("a hospital spokesman", a bare "A spokesperson said")
_VOICE_NOUNS = "spokesperson|spokesman|spokeswoman"
# the conjunctions that open a clause with a speaker of its own ("..., while a witness said 6 were hurt")
_CLAUSE_CONJUNCTIONS = "while|whereas|but"
# what follows a past verb but never a participle adjective ("Moody's said that", "estimated at the time"; not "the
# bank's estimated 40 jobs"): a clause, a pronoun, a preposition or a time
_RE_CLAUSE_AFTER_VERB = re.compile(r"(?:,|\s+(?:that|it|he|she|they|on|at|in|last|earlier|previously|this|late)\b)")
_RE_INDEFINITE = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\w.'\u2019-]+\s+){0,4}?"
    r"(?P<role>spokesperson|spokesman|spokeswoman|spokespeople|representative|official|officials|aide|aides|"
    r"source|sources|person|people|diplomat|diplomats|officer|officers|staffer|employee|member|resident|"
    r"witness|analyst|expert|insider|lawmaker|executive|administrator|agent|agents)\b")
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

def _is_demonym(w: str) -> bool:
    w = w.strip(",.")
    if " " in w:
        return False
    return w.lower() in _DEMONYMS_EXTRA or bool(_DEMONYM_END.search(w)) and w[:1].isupper() and len(w) > 3 and \
        w.lower() not in ("pentagon", "kremlin")
