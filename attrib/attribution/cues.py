"""Cues: every construction that makes a statement (reporting verbs, 'according to', possessive and 'by'
sources, passive agents, documents, colon and dash frames, vague cues), each with its source mention
and its scope. Rule names are those of docs/attribution.md."""
from __future__ import annotations

from bisect import bisect_left
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional

from ..model import Document
from ..registry import Registry
from ..wordscan import finditer as _word_finditer
from .discourse import _RE_LABEL_VALUE
from .gender import _given
from .frames import _Cue
from .lexicon import _CLAUSE_CONJUNCTIONS, _DATELINE, _RE_BODY_DOCUMENT, _RE_CLAUSE_AFTER_VERB, _VOICE_NOUNS, _lex
from .mentions import Mention, _LazyMentions, _RE_PUBLISHED_IN, _starting
from .scope import (
    _INTRO, _Quotes, _clause_start, _figure_between, _inside_quote, _next_boundary, _quote_ending_at, _quote_starting_at,
    _whole_scope,
)
from .verbs import _unnamed_source, _verb_cue

_RE_VAGUE_VERB_END = re.compile(r"\s+(?:said|say|says|told|estimate|estimated|believe|claimed|claim|reported)$")

_RE_ACCORDING = re.compile(r"\b(?:[Aa]ccording\s+to|[Pp]er)\s+")
_RE_PER_NOT_CUE = re.compile(
    r"(?:cent|capita|day|week|month|year|hour|head|person|share|unit|annum|barrel|ton|tonne|kilo|"
    r"kg|km|mile|liter|litre|gallon|vote|se|household|student|resident|\d)")
# a determiner or a possessive (with at most one word between) before a verb form makes it a noun or an
# adjective: "the bank's estimates", "the reported toll"
_RE_NOUN_BEFORE = re.compile(r"(?:\b(?:the|these|those|whose|an?)|\w[\u2019']s|\ws[\u2019'])\s+$")
# a number before a form in -s makes it a counted noun: "61 reports of", "three estimates"
_RE_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|"
                              r"many|numerous|multiple))\s+(?:[a-z]+\s+)?$")
# a name that ends in -'s ("Moody's", "Standard & Poor's") before a past verb and a clause (_RE_CLAUSE_AFTER_VERB)
_RE_NAME_S_BEFORE = re.compile(r"\b[A-Z][\w&.-]*[\u2019']s\s+$")
_RE_BODY_VOICE_NP = re.compile(rf"\s*((?:a|an|the)\s+([a-z]+)\s+(?:{_VOICE_NOUNS}))\b")
# a clause of its own, with a common-noun subject, after a conjunction: "..., while a charity ship reported"
_RE_CONJOINED_NP_BEFORE = re.compile(rf"\b(?:{_CLAUSE_CONJUNCTIONS})\s+((?:a|an|another)\s+(?:[a-z][\w-]*\s+){{0,3}}?"
                                     r"[a-z][\w-]*)\s+$")
# a reduced passive on a thing: "a home assessed at the city average", "damage estimated at $40 million"
_RE_NOUN_JUST_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|each|every)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+$")
_RE_AT_VALUE_AFTER = re.compile(r"\s+(?:at|as)\s+(?!the\s+time\b)(?:the|a|an|[$\u20ac\u00a3]?\d)")
# "according to Census Bureau estimates": a form after the source of "according to" or "citing" is its noun
_RE_ACCORDING_NP_BEFORE = re.compile(r"\b(?:according\s+to|citing|per|from|in|based\s+on)\s+(?:(?:the|new|latest|"
                                     r"preliminary|official)\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,5}$")
# a pronoun subject, a modal or "to" before the noun makes it a verb: "you count", "we will review", "to study"
_RE_VERB_SUBJECT_BEFORE = re.compile(r"\b(?:I|you|we|they|he|she|it|to|will|would|can|could|should|must|may|might|"
                                     r"did|do|does|not)\s+$", re.IGNORECASE)
# "its latest tax expenditure report": a determiner or a possessive pronoun and up to three lower-case modifiers
_RE_DET_NP_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|a|an|this|that|these|those)\s+(?:[a-z][\w-]*\s+){1,3}$")
# "analysts' earnings estimates": a possessive, a modifier, and a form in -s is a noun phrase
_RE_POSSESSIVE_MOD_BEFORE = re.compile(r"(?:\w[\u2019']s|\ws[\u2019'])\s+([a-z][\w-]*)\s+$")
# a claim the sentence itself calls false; its figure belongs to no one the sentence names
_RE_DENIED_CLAIM = re.compile(
    r"\b(?:[Cc]laims?|[Rr]eports?|[Aa]llegations?|[Rr]umou?rs?|[Ss]uggestions?|[Aa]ccounts?)(?:\s+[a-z]+){0,4}?\s+(?:that|of)\b"
    r"(?:[^,;:]|(?<=\d),(?=\d{3})){1,120}?(?P<p>\b(?:was|were|is|are|had\s+been|have\s+been)\s+(?:\w+ly\s+)?[\"\u201c]?(?:false|untrue|baseless|"
    r"unfounded|groundless|"
    r"fabricated|exaggerated|wrong|incorrect|inaccurate|fake|misleading|lies|nonsense)\b)")
_RE_PAREN_FIGURES = re.compile(r"\(((?P<owner>(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*?(?:[\u2019']s)?)\s+"
                               r"(?:figures|data|estimates|count|counts|tally|statistics|numbers))\)(?=\s*[,.;!?]|\s*$)")
_RE_PAREN_SOURCE = re.compile(r"\(([A-Z][\w&.'\u2019/-]*(?:\s+[A-Z][\w&.'\u2019/-]*){0,3})\)\s*[.!?]?[\"\u201d]?\s*$")
_RE_FRONTED_PP = re.compile(r"\s*(?:[Uu]nder|[Ii]n|[Bb]y|[Ff]or|[Ww]ith|[Aa]ccording\s+to)\s+(?:the\s+)?")
_RE_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|based\s+on|drawing\s+on|built\s+on|using|relying\s+on)\s+[^,;]*$")
_RE_SPONSORED_BY = re.compile(r"\b(?:sponsored|commissioned|funded|paid\s+for|backed|underwritten)\s+by\s+$")
_RE_BY_AFTER = re.compile(r"\s+by\s")
_RE_LISTED_IN = re.compile(r"\b(?:listed|named|set\s+out|detailed|cited|described|itemi[sz]ed|included|identified|shown|given)"
                           r"\s+(?:in|by)\s+(?=(?:the|its|an?|their)\s)")
# what may stand before "X poll" / "X data" when it is the source: a determiner, a fronted preposition
_RE_DOC_LEAD = re.compile(r"\s*(?:(?:[Ii]n|[Uu]nder|[Bb]y|[Ff]rom|[Pp]er|[Ff]or|[Tt]o|[Ww]ith|[Aa]ccording\s+to|[Ss]ince)\s+)?"
                          r"(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ll]atest|[Nn]ew|[Rr]ecent|[Ff]resh|[Oo]fficial|[Pp]reliminary|[Ff]inal|[Ss]nap|[Ee]xit|"
                          r"[Ll]ast\s+\w+'s|[Tt]hursday's|[Ff]riday's|[Mm]onday's|[Tt]uesday's|[Ww]ednesday's)\s+)*")
# "The survey of 2,046 adults by Marlow Research": the maker inside the subject's own phrase
_RE_OF_BY = re.compile(r"\s+of\s+(?:[^,;()]|(?<=\d),(?=\d)){1,40}?\s+by\s+")
# a document named as a sentence's adjunct: "... in a new Halden University poll", "according to the latest X survey"
_RE_DOC_ADJUNCT_END = re.compile(r"\b(?:[Ii]n|[Aa]ccording\s+to)\s+(?:the|a|an|its|their)\s+(?:(?:latest|new|recent|fresh|"
                                 r"final|first|second|third|last|same|weekly|monthly|annual|snap|exit|national|statewide|"
                                 r"separate|independent|public)\s+)*$")
_RE_COSPONSOR_END = re.compile(r"[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*)*\s*/\s*$")
# an indefinite document that opens the sentence, and its maker: "A snap poll of 1,104 viewers carried out by X"
_RE_COMMA_BY = re.compile(r",\s*(?:conducted\s+|carried\s+out\s+)?by\s+")
_RE_CARRIED_OUT_BY = re.compile(r"\s+(?:of\s+(?:[^,;()]|(?<=\d),(?=\d)){1,40}?\s+)?(?:carried\s+out|conducted|commissioned)"
                                r"\s+(?:[\w.]+\s+){0,2}?by\s+")


def _indefinite_document_subject(text: str, st0: int, E: int, mentions):
    """'A snap poll of 1,104 viewers carried out by Fairline Research found ...', 'A third survey, by the Carver
    Ledger and Northfield College, put ...': (end of the document's phrase, the maker's mention), or None."""
    L = _lex()
    dm = L.re_indefinite_document.match(text, st0, E)
    if dm is None:
        return None
    pm = _RE_COMMA_BY.match(text, dm.end(), E) or _RE_CARRIED_OUT_BY.match(text, dm.end(), E) or \
        _RE_MADE_BY.match(text, dm.end(), E)
    named = [x for x in mentions.starting(pm.end(), pm.end() + 5) if x.kind in ("registry", "name")] if pm else []
    return (dm.end(), named[0]) if named else None


# a part of a document named after it: "The median forecast in the poll", "The central case of the report"
_RE_IN_DOCUMENT = re.compile(r"\s+(?:in|of|from)\s+(?=(?:the|this|that|its|their)\s)")
# the maker of a document named in an apposition: "The poll, conducted Friday by Marist College, found"
_RE_MADE_BY = re.compile(r",\s*(?:published|released|issued|posted|compiled|conducted|commissioned|carried\s+out|"
                         r"prepared|produced|sponsored|funded|paid\s+for|written|authored|led|run)\s+"
                         r"(?:[\w.]+\s+){0,3}?by\s+")
_RE_NOT_FIGURE = re.compile(r",\s+(?:and\s+|but\s+)?not\s+(?=(?:[$\u20ac\u00a3]\s?)?\d)")
# a benchmark the main clause is measured against: its source is the benchmark's, not the clause's
_RE_COMPARED_TO = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|than|above|below|ahead\s+of|short\s+of|"
                             r"beating|topping|missing|exceeding|surpassing)\s+(?:[\w$.,-]+\s+){0,2}$")
_RE_NEGATED = re.compile(r"(?:\b(?:not|never|cannot|could\s+not|did\s+not|would\s+not)|n[\u2019']t)\s+(?:\w+\s+)?$")
_RE_AS_BEFORE = re.compile(r"\bas\s+$")
_RE_TO_BEFORE = re.compile(r"\bto\s+$")
_RE_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$")
_RE_PASSIVE_AGENT = re.compile(
    r"\b(?:reported|estimated|claimed|announced|released|published|compiled|disclosed|"
    r"cited|calculated|projected|recorded|counted|confirmed|given|provided|issued|surveyed|polled|"
    r"interviewed|forecast|tallied)\s+by\s+")
_RE_QUOTED_AS = re.compile(r"\s+(?:by\s+[^,.;]{1,60}?\s+)?as\s+say")
_RE_CITING_START = re.compile(r"\s*(?:[Cc]iting|[Qq]uoting|[Vv]ia)\s+")
# "Lee: We opened 40 stores", "MODERATOR: Three questions tonight": a label of one to three capitalised words
_RE_SPEAKER_LABEL = re.compile(r"(?:[-*\u2022]\s*)?([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}|"
                               r"[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,4}):\s+(?=\S)")


def _is_speaker_label(text: str, label: str, pos: int, L) -> bool:
    """A label names a speaker when it is in capitals ("MODERATOR"), a role ("Moderator"), or the surname or
    full name of a person named before it; "Nonfarm payrolls:" and "Apple:" name no speaker."""
    words = label.split()
    if any(w.lower() in L.org_words for w in words):
        return False
    if label.isupper() and len(label) >= 3 and " " not in label:
        return True  # "MODERATOR:"
    if label.isupper() and len(words) <= 5 and any(w.lower().rstrip(".") in L.titles or w.lower() in _given()
                                                   for w in words):
        return True  # a transcript's labels: "COUNCILLOR ADA MBEKI:", "AUDITOR GENERAL PRIYA NANDA:", "JOHN ROSS:"
    if len(words) == 1 and (label.lower() in L.role_nouns or label.lower().rstrip(".") in L.titles):
        return True
    pat = rf"\b[A-Z][a-z]+\s+{re.escape(label)}\b" if len(words) == 1 else rf"\b{re.escape(label)}\b"
    return re.search(pat, text[max(0, pos - 5000):pos]) is not None


# "By her own count, she has trained 400 pilots": the possessor speaks
_RE_OWN_COUNT = re.compile(r"\b[Bb]y\s+(his|her|its|their)\s+own\s+(?:count|estimates?|admission|account|tally|reckoning|"
                           r"calculations?|figures?)\b")
_RE_COLON_QUOTE = re.compile(r"([^:\u201c\"]{2,80}?):\s*(?=[\u201c\"])")
_RE_DASH_LINE = re.compile(r"\s*(?:>\s*)?(?:\u2014|\u2013|--|-)\s*")
_RE_DASH_QUOTE = re.compile(r"[\u201d\"]\s*(?:\u2014|\u2013|--)\s*")
_RE_ROLE_AFTER = re.compile(r"\s*,\s*(.+?)\s*$")
_RE_NAME_END = re.compile(r"\s*[,.;]|\s*$|\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Za-z]")  # "..., Halima Oduya of the commission"
_RE_POSSESSIVE_S = re.compile(r"[\u2019']s$")


def _bucket(rx, text: str, start: int, sents) -> Dict[int, list]:
    """Matches of ``rx`` over the document, grouped by the sentence that wholly holds them."""
    out: Dict[int, list] = {}
    starts = [s.start for s in sents]
    for m in _word_finditer(rx, text, start):
        i = bisect_left(starts, m.start() + 1) - 1
        if i >= 0 and m.end() <= sents[i].end:
            out.setdefault(i, []).append(m)
    return out


_RE_GAPPED = re.compile(r",\s*(?:and\s+|while\s+|but\s+|with\s+)?(?:[Tt]he\s+)?")
_RE_GAPPED_AT = re.compile(r"\s+(?:at|as)\s+")


def _gapped_subjects(text: str, a: int, E: int, mentions, cue: _Cue) -> List[_Cue]:
    """A second subject with its verb left out: "The government puts the dead at 122, Radio Caraibes at 264"."""
    out = []
    for mm in _starting(mentions, a + 1, len(text)):
        if mm.kind not in ("registry", "name", "collective", "description"):
            continue
        g = _RE_GAPPED.search(text, max(a, mm.start - 8), mm.start)
        at = _RE_GAPPED_AT.match(text, mm.end)
        if g and g.end() == mm.start and at:
            end = _next_boundary(text, at.end(), E)
            out.append(_Cue("gapped-subject", mm.start, at.end(), at.end(), end, mm))
    return out


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
        "vague": {i: list(_word_finditer(L.re_vague, text, sn.start, sn.end)) for i, sn in enumerate(sents)
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
                g = (1 if bare.group(1) else 2) if bare else None
                if bare and f"the {bare.group(g).lower()}" in L.anaphors:  # "according to district figures",
                    # "according to a hospital statement"
                    mm = Mention(bare.start(g), bare.end(g), f"the {bare.group(g).lower()}", "anaphor")
            if mm is None:
                vm = _RE_BODY_VOICE_NP.match(text, a, b)
                if vm and f"the {vm.group(2).lower()}" in L.anaphors:  # "according to a hospital spokesman": the
                    # voice of the hospital named before (the engine reads the whole phrase as the body's voice)
                    mm = Mention(vm.start(1), vm.end(), f"the {vm.group(2).lower()}", "anaphor")
            if mm is None:
                continue
            if mm.kind == "description" and text[b:b + 1] == ",":
                nm = [x for x in mentions.starting(b + 1, b + 3) if x.kind in ("name", "registry")]
                if nm and _RE_NAME_END.match(text, nm[0].end, nm[0].end + 12):
                    mm = nm[0]
            sc_s, sc_e = _whole_scope(text, S, E, m.start(), quotes)
            cues.append(_Cue("according-to", m.start(), m.end() - 1, sc_s, sc_e, mm))

        # --- reporting verbs
        for m in found["verb"].get(si, ()):
            vs, ve = m.start(), m.end()
            word = m.group().split()[0].lower()
            lo = max(S, vs - 25)
            if _RE_BY_AFTER.match(text, ve) and not word.endswith(("s", "ing")):
                continue  # "a toll reported by the Herald": a passive participle, its agent is the source
            if text[vs - 1:vs] == "-" or text[ve:ve + 1] == "-":
                continue  # "a better-than-expected 40,000", "long-awaited": a compound adjective, not a verb
            if word.endswith("s") and _RE_COUNT_BEFORE.search(text, max(S, vs - 24), vs):
                continue  # "61 reports of lids bursting", "two estimates": a counted noun, no verb
            if _RE_NOUN_BEFORE.search(text, max(S, vs - 40), vs) and not (
                    _RE_NAME_S_BEFORE.search(text, max(S, vs - 40), vs) and _RE_CLAUSE_AFTER_VERB.match(text, ve)
                    and not word.endswith(("s", "ing"))):
                continue  # "the reported toll", "the bank's estimates": a noun or an adjective (but "Moody's
                # said that", "Standard & Poor's estimated at the time": a name in -'s, then a past verb)
            dn = _RE_DET_NP_BEFORE.search(text, max(S, vs - 60), vs) if word in L.info_nouns else None
            if dn and (dn.group().split() or [""])[-1].lower() not in L.titles | L.role_nouns | L.org_words and \
                    f"the {(dn.group().split() or [''])[-1].lower()}" not in L.anaphors:
                continue  # "in its latest tax expenditure report" (but "the inspector general estimates" speaks)
            if word in L.info_nouns and _RE_ACCORDING_NP_BEFORE.search(text, max(S, vs - 60), vs):
                continue  # "according to Census Bureau estimates", "citing FBI figures": the noun of the source
            pm = _RE_POSSESSIVE_MOD_BEFORE.search(text, max(S, vs - 40), vs) if word in L.info_nouns else None
            if pm and pm.group(1) not in L.role_nouns and pm.group(1) not in L.titles:
                continue  # "analysts' earnings estimates" (but "the marshal's office puts" speaks)
            rp = _RE_NOUN_JUST_BEFORE.search(text, max(S, vs - 40), vs) if word.endswith("ed") else None
            if rp and _RE_AT_VALUE_AFTER.match(text, ve) and f"the {rp.group(1)}" not in L.anaphors and \
                    rp.group(1) not in L.people_heads and not L.re_unnamed_head.fullmatch(rp.group(1)):
                continue  # "the owner of a home assessed at the city average of $615,000": a participle on a noun
            if _RE_NEGATED.search(text, lo, vs):
                continue  # a denial or refusal is no statement of the figure
            if _RE_TO_BEFORE.search(text, max(S, vs - 4), vs):
                continue  # "declined to say", "not authorized to brief": an infinitive states nothing
            if word.endswith("ing") and _RE_AS_BEFORE.search(text, max(S, vs - 4), vs):
                continue  # "quoted the ministry as saying": the quoting verb carries the cue
            if not word.endswith("ing") and _RE_PASSIVE_BEFORE.search(text, max(S, vs - 20), vs) and not (
                    word.startswith("quot") and _RE_QUOTED_AS.match(text, ve)):
                continue  # passive: "losses are estimated at" names no claimant (a vague cue may)
            cue = _verb_cue(doc, sent, vs, ve, mentions, quotes)
            if cue is not None and word in L.org_subject_verbs and not _is_organisation(cue.mention):
                cue = None  # "Pelagia recorded 1,284 new cases": a place's count is narration
            elif cue is None and word not in L.weak_verbs:
                cm = _RE_CONJOINED_NP_BEFORE.search(text, max(S, vs - 60), vs)
                src = _unnamed_source(text, cm.start(1), cm.end(1)) if cm else None
                if src is not None:  # "X said ..., while a charity ship reported that 27 were missing": a
                    # speaker of its own, named by no more than a common noun, ends X's frame
                    cue = _Cue("indefinite-source", vs, ve, cm.start(), E, src, vague=True)
            if cue is not None:
                cues.append(cue)
                if re.search(r"\s(?:at|as)$", m.group()):  # "puts the dead at 122, the Red Cross at 264"
                    cues.extend(_gapped_subjects(text, m.end(), E, mentions, cue))

        # --- possessive source: "the White House's data of 1,000", "X's estimate"
        for m in found["possessive"].get(si, ()):
            pos = m.start()
            near = mentions.ending(pos - 2, pos + 2)
            owner = [mm for mm in near if mm.end == pos or mm.end == pos + 2 and mm.text.endswith(("'s", "\u2019s"))]
            owner = owner or near
            if not owner:
                continue
            if owner[0].kind == "name" and not _is_organisation(owner[0]) and _named_as_place(doc, owner[0].text):
                continue  # "brought Brackwater's homicide count to 23": a place's count names no source
            a = m.end()
            b = _next_boundary(text, a, E)
            if _RE_FRONTED_PP.fullmatch(text, S, owner[0].start) and text[b:b + 1] == ",":
                b = E  # "Under the governor's plan, the rate is 22 percent": the fronted frame holds the clause
            cues.append(_Cue("possessive-source", owner[0].start, m.end(), a, b, owner[0]))

        # --- "a report by X", "data from X", "figures released by X"
        for m in found["by"].get(si, ()):
            if _RE_VERB_SUBJECT_BEFORE.search(text, max(S, m.start() - 12), m.start()):
                continue  # "before you count the savings from closing Title IV": a verb, not a count by a source
            if _RE_SPONSORED_BY.search(m.group()) and any(
                    x.kind in ("registry", "name") for x in mentions.ending(m.start() - 2, m.start())):
                continue  # "a Harwell University poll sponsored by the Courier-Post": the pollster made it
            a = m.end()
            mm = mention_at(a, min(E, a + 4))
            if mm is None or mm.kind in ("description", "anaphor"):
                named = [x for x in mentions.starting(a, a + 45) if x.kind in ("registry", "name")
                         and not re.search(r"[,;.]", text[a:x.start])]
                mm = named[0] if named else mm
            if mm is None:
                continue
            sc_s, sc_e = _whole_scope(text, S, E, m.start(), quotes)
            rel = _RE_RELATIVE_OPEN.search(text, max(S, m.start() - 80), m.start())
            close = text.find(",", m.end(), E) if rel else -1
            if rel and close > 0:  # "X, which collects reports from 312 police agencies, recorded": the clause's
                sc_s, sc_e = rel.start(), close  # own source, not the sentence's
            begin = _clause_start(text, S, m.start())
            if begin > S and _RE_COMPARED_TO.search(text, max(begin, m.start() - 40), m.start()):
                sc_s = begin  # "earned $1.12, against a consensus of 98 cents compiled by X": X's is the consensus
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
            # "Ortiz said a 283 toll reported by X was wrong": the reduced relative is the verb's object
            verbs = [v.end() for v in found["verb"].get(si, ()) if begin <= v.start() and v.end() < m.start()]
            if verbs:
                cues.append(_Cue("passive-agent", m.start(), m.end() - 1, max(verbs), m.start(), mm))
            elif (begin == S or _INTRO.fullmatch(text, S, begin)) and (
                    L.re_info_word.search(text, begin, m.start()) or re.search(r"\btoll\b", text[begin:m.start()])) or \
                    _RE_PASSIVE_BEFORE.search(text, max(S, m.start() - 20), m.start()) or \
                    (not text[begin:m.start()].strip() and mm.start <= a + 4):
                # "The toll was compiled by X", "The number killed was reported by X to have risen to 84",
                # "The settlement, announced by X, resolves claims that ..."
                cues.append(_Cue("passive-agent", m.start(), m.end() - 1, S, E, mm))
            else:
                cues.append(_Cue("passive-agent", m.start(), m.end() - 1, begin, m.start(), mm))

        # --- an organisation naming a document: "A Marist poll released last week had ...", "Eurostat data showed"
        if si in found["info"]:
            for mm in mentions:
                if mm.kind not in ("registry", "name") or mm.text.lower() in L.platforms:
                    continue  # "in a Telegram post": the platform is the channel, not the author
                im = L.re_org_document.match(text, mm.end, min(E, mm.end + 40))
                lead = _RE_COSPONSOR_END.sub("", text[_clause_start(text, S, mm.start):mm.start])
                # ("The final Ledger/Northfield College poll": a co-sponsor before the slash)
                if im and not _RE_POSSESSIVE_S.search(mm.text):
                    sc_s, sc_e = _whole_scope(text, S, E, mm.start, quotes)
                    if lead.strip() and not _RE_DOC_LEAD.fullmatch(lead) and not _RE_DOC_ADJUNCT_END.search(lead):
                        # (but "Whitlow leads by 4 points in a new Halden University poll": the poll is the
                        # source of the clause it closes)
                        # "a letter opposing the Senate plan": the verb's object is no source of the clause,
                        # only of what its own phrase holds ("exceeded the Street forecast of $46.8 billion")
                        sc_s, sc_e = mm.start, _next_boundary(text, im.end(), E)
                    cues.append(_Cue("organisation-document", mm.start, im.end(), sc_s, sc_e, mm))

        # --- a list's introduction that names its document: "Among the expenses listed in the indictment:"
        if text[S:E].rstrip().endswith(":") and not _figure_between(doc, S, E):
            lm = _RE_LISTED_IN.search(text, S, E)
            docs = [x for x in mentions if x.end > lm.end() and x.start <= lm.end() + 5
                    and x.kind in ("document", "anaphor", "description", "registry", "name")] if lm else []
            if docs:
                d0 = docs[0] if docs[0].start >= lm.end() else \
                    Mention(lm.end(), docs[0].end, text[lm.end():docs[0].end], docs[0].kind, docs[0].reg_id)
                cues.append(_Cue("list-document", lm.start(), lm.end(), S, E, d0))

        # --- a document as the sentence's subject: "The poll of 1,024 voters has a margin of error of 3.1 points"
        if si in found["info"]:
            intro = _INTRO.match(text, S, E)
            st0 = intro.end() if intro else S
            first = mentions.starting(st0, st0 + 2)
            made = _indefinite_document_subject(text, st0, E, mentions) if not first else None
            if made is not None:  # "A snap poll of 1,104 viewers carried out by Fairline Research found",
                cues.append(_Cue("document-subject", st0, made[0], S, E, made[1]))  # "A third survey, by X, put"
            if first and first[0].kind in ("anaphor", "description") and \
                    first[0].text.split()[-1].lower() in L.info_nouns and not _inside_quote(quotes, first[0].start):
                # (not inside a quotation: '"The statement was more dovish than I expected," said Lee' is Lee's)
                src = first[0]
                pm = _RE_PUBLISHED_IN.match(text, first[0].end, E) or _RE_MADE_BY.match(text, first[0].end, E) or \
                    _RE_OF_BY.match(text, first[0].end, E)
                if pm:  # "The figures, published in the WHO's weekly bulletin, include ..."; "The poll,
                    # conducted by Marist College, found ..."; "The report, released Tuesday by the inspector general"
                    named = [x for x in mentions.starting(max(S, pm.end() - 4), pm.end() + 4) if
                             x.kind in ("registry", "name", "collective", "description", "anaphor")
                             and not (x.kind in ("description", "anaphor") and x.text.split()[-1].lower() in L.info_nouns)]
                    if named and not (named[0].kind in ("collective", "anaphor") and named[0].text.isalpha()
                                      and named[0].text.islower()):
                        src = named[0]  # (not "led by researchers at X": a group named by its role makes no source)
                im = _RE_IN_DOCUMENT.match(text, first[0].end, E) if src is first[0] else None
                inner = [x for x in mentions.starting(im.end(), im.end() + 2) if x.kind in ("anaphor", "description")
                         and x.text.split()[-1].lower() in L.info_nouns] if im else []
                if inner:  # "The median forecast in the poll was 4.75%": the poll's, which names its maker
                    src = inner[0]
                cues.append(_Cue("document-subject", first[0].start, first[0].end, S, E, src))

        # --- "Citing X, the Dhaka Tribune said ...": X is the origin of the sentence's statement
        cm = _RE_CITING_START.match(text, S, E)
        if cm:
            a = cm.end()
            mm = mention_at(a, a + 4)
            if mm is not None and (cm.group().strip()[0] in "Cc" or mm.kind in ("registry", "name", "collective")):
                cues.append(_Cue("fronted-citing", S, a - 1, S, E, mm))

        # --- "by her own count": the possessor is the source, for the sentence
        for om in _RE_OWN_COUNT.finditer(text, S, E):
            pron = Mention(om.start(1), om.end(1), om.group(1), "anaphor")
            cues.append(_Cue("own-count", om.start(), om.end(), S, E, pron))

        # --- "claims of thousands of deaths were false, the ministry said": the figure is a claim denied
        for dm in _RE_DENIED_CLAIM.finditer(text, S, E):
            cues.append(_Cue("denied-claim", dm.start("p"), dm.end("p"), dm.start(), dm.start("p"), None, vague=True))
        # --- "the auditor found $9 million, not $90 million": the figure set aside is nobody's claim
        for nm in _RE_NOT_FIGURE.finditer(text, S, E):
            if _figure_between(doc, _clause_start(text, S, nm.start()), nm.start()):
                cues.append(_Cue("denied-claim", nm.start(), nm.end(), nm.end(), _next_boundary(text, nm.end(), E),
                                 None, vague=True))

        # --- "... EPS of $1.65 (FactSet).": a source named in parentheses at the end of the sentence
        pm_ = _RE_PAREN_SOURCE.search(text, S, E)
        if pm_ is not None:
            src = [x for x in mentions if x.start == pm_.start(1) and x.end == pm_.end(1) and x.kind in ("registry", "name")]
            if src:
                cues.append(_Cue("parenthetical-source", pm_.start(), pm_.end(), S, pm_.start(), src[0]))
        # "... killed 54 (ministry figures).", "reached 68% (county clerk's figures), the highest": a body's
        # figures named in parentheses after the clause they source
        for dm in _RE_PAREN_FIGURES.finditer(text, S, E):
            owner = dm.group("owner")
            head = owner.split()[-1].lower().rstrip("s").rstrip("'\u2019")
            if f"the {head}" in L.anaphors:
                src_m = Mention(dm.start("owner"), dm.end("owner"), f"the {head}", "anaphor")
            else:
                src_m = Mention(dm.start(1), dm.end(1), dm.group(1), "document")
            cues.append(_Cue("parenthetical-source", dm.start(), dm.end(), _clause_start(text, S, dm.start()),
                             dm.start(), src_m))

        # --- vague cues
        for m in found["vague"].get(si, ()):
            sc_s, sc_e = _whole_scope(text, S, E, m.start(), quotes)
            src = None
            vm = _RE_VAGUE_VERB_END.search(m.group())
            if vm:  # "Two Senate aides familiar with the talks said": the unnamed source's phrase, as written
                cs = _clause_start(text, S, m.start())
                src = _unnamed_source(text, cs, m.start() + vm.start())
            cues.append(_Cue("vague-cue", m.start(), m.end(), sc_s, sc_e, src, vague=True))

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
        # "Lee: We opened 40 stores" -- a speaker label opening a block, without quotation marks
        if S == blk.start or S - blk.start <= 64 and text[blk.start:S].strip() in ("-", "*", "\u2022"):
            lm = _RE_SPEAKER_LABEL.match(text, S, E)
            if lm and _quote_starting_at(quotes, lm.end(), 3) is None and \
                    not _RE_LABEL_VALUE.fullmatch(text, blk.start, blk.end) and \
                    _is_speaker_label(text, lm.group(1), lm.start(1), L):
                label = lm.group(1)
                if label.isupper() and " " in label:  # "MAYOR DONOVAN REID" is read as "Mayor Donovan Reid"
                    label = " ".join(w.capitalize() if len(w) > 3 or w[-1:] != "." and len(w) > 2 else w
                                     for w in label.split())
                mm = Mention(lm.start(1), lm.end(1), label, "name")
                cues.append(_Cue("speaker-label", lm.end(1), lm.end(1) + 1, lm.end(), blk.end, mm))
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

def _named_as_place(doc, name: str) -> bool:
    """Does the text use this name as a place: after "in", "near", "outside", "across" or "into", or as the
    dateline ("BRACKWATER (GNS) —", "in Brackwater")?"""
    bare = re.sub(r"[\u2019']s?$", "", name.strip())
    if not bare or len(bare.split()) > 3:
        return False
    cache = doc.__dict__.setdefault("_places", {})
    if bare not in cache:
        cache[bare] = re.search(rf"\b(?:in|near|outside|across|into)\s+{re.escape(bare)}\b", doc.text) is not None or \
            any(re.match(rf"{re.escape(bare.upper())}\b", d) for d in _datelines(doc))
    return cache[bare]


def _datelines(doc) -> list:
    """The datelines that open a line of the article ("BRACKWATER (GNS) — ")."""
    if "_datelines" not in doc.__dict__:
        text = doc.text
        doc._datelines = [m.group() for m in (_DATELINE.match(text, s.start, s.end) for s in doc.segments.sentences
                                              if s.start == 0 or text[s.start - 1] == "\n") if m]
    return doc._datelines


def _is_organisation(m: Optional[Mention]) -> bool:
    """Does a mention name an organisation: the registry's, or a name or description with an org word?"""
    if m is None:
        return False
    if m.kind == "registry":
        return True
    words = {w.lower().strip(".,'\u2019s") for w in m.text.split()} | {w.lower() for w in m.text.split()}
    return m.kind in ("name", "description", "anaphor") and bool(words & _lex().org_words)


def _source_in_np(text: str, a: int, b: int, mentions: List[Mention]) -> Optional[Mention]:
    """The claimant a noun phrase names: 'a post by X' -> X; "X's report" -> X; 'the report' -> anaphor."""
    L = _lex()
    np = text[a:b]
    m = re.match(rf"\s*(?:the|a|an|its|their|his|her|this|that|these|those|new|latest|recent|\s)*"
                 rf"(?:[\w-]+\s+){{0,2}}?(?:{L.re_info})\s+(?:[\w-]+\s+){{0,2}}?(?:by|from|of|released\s+by|published\s+by)\s+",
                 np) or re.match(r"[^,;]{0,60}?\b(?:compiled|published|released|issued|collected|gathered|produced|"
                                 r"conducted|commissioned|prepared|filed|submitted|brought|posted|provided|supplied|kept|maintained|"
                                 r"certified|tallied|counted|shared)\s+by\s+", np) \
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
