"""A reporting verb's frame: its subject (leading, trailing, inverted, appositive, coordinated), and the
stretch it governs (rules leading-*, trailing-*, split-quote-*, verb-subject, indefinite-source,
anonymous-source, relative-subject-verb, role-name-verb)."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List, Optional

from ..model import Document
from .frames import _Cue
from .lexicon import _CLAUSE_CONJUNCTIONS, _DATELINE
from .lexicon import (
    _RE_ANONYMOUS, _RE_INDEFINITE, _RE_LONG_APPOSITION, _RE_MORE_APPOSITION, _RE_RELATIVE, _SPOKES, _lex,
)
from .mentions import Mention, _ending, _skip_info_subjects, _starting
from .scope import (
    _figure_heading, _DET_TAIL, _INTRO, _clause_start, _figure_between, _np_left_edge, _quote_ending_at,
    _quote_starting_at, _skip_back_space_comma, _trailing_tail,
)

# a market's response, the writer's: "..., sending its shares up 23%"
_MARKET_RESPONSE = (r"(?:sending|pushing|driving|lifting|knocking|dragging)\s+(?:its|their|the(?:\s+[\w.&'\u2019-]+){1,3}?)\s+"
                    r"(?:shares|stock|share\s+price|stock\s+price)")
# a comma and a subordinator that opens the writer's own clause after a leading statement (not 'while',
# which in news prose mostly contrasts two parts of the same statement)
_RE_NARRATION = re.compile(r",\s+(?:after|before|although|though|despite|even\s+as|even\s+though|meaning|"
                           + _MARKET_RESPONSE + r"|"
                           r"which\s+(?:means|meant|would\s+mean)|"
                           r"as(?!\s+(?:well|much|many|high|low|far|long|of|part|a\s+result)\b)|"
                           r"but\s+(?=(?:the|a|an|it|its|they|their|he|she|this|that|these|those|[A-Z])\b))\b")
# after a trailing cue, the writer's narration: "..., the agency said, as rescuers dug", "..., sending its shares up"
# (not "while" or "although": "X rose 5%, the office said, while Y fell 3%" is most often the same statement)
_RE_TRAILING_NARRATION = re.compile(r",\s+(?:as(?!\s+(?:well|much|many|high|low|far|long|of|part|a\s+result)\b)|"
                                    r"even\s+as|meaning|"
                                    + _MARKET_RESPONSE + r")\b")
# a clause joined with no subject of its own ("police said Monday, and 12 were hurt"; "with", "including" ... are
# read by the branch after it, past up to four words)
_RE_AND_MORE = re.compile(r",\s+and\s+(?!(?:the|a|an|he|she|they|it|its|their|his|her|[A-Z]\w*)\b)")
_RE_WHEN_TAIL = re.compile(r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday|tonight|late|early|earlier|later)\b)*")
# "..., said Ana Ortiz, who runs three shops": the source's own apposition, not her statement
_RE_SOURCE_APPOSITION = re.compile(r",\s*(?:[^,;\u201c\u201d\"]{1,30},\s*)?(?:who|whose|which|a|an|the|one\s+of)\b")
# (past a short tag: "said Rep. Luis Ocampo, D-Puerto Salado, whose district ...", "said Lee, 45, who ...")
_RE_SURVEYED_BY = re.compile(r"\s+(?:surveyed|polled|interviewed|questioned|canvassed|tracked)\s+by\s+(?:the\s+)?")
# End-anchored patterns are searched in the last _ANCHORED_WINDOW characters before a cue, not from the
# sentence start: a search from the start costs the sentence's length for every cue (quadratic).
_ANCHORED_WINDOW = 300
_CUE_WINDOW = 2000
# a preposition of place before a name: the name is in a phrase of place, no subject ("of", "for", "at", "with"
# and "by" are left out: "the director of the Office of Civil Protection", "a poll by Fairline Research")
_RE_PREPOSITION_END = re.compile(r"\b(?:[Ii]n|[Ii]nto|[Ff]rom|[Nn]ear|[Oo]n|[Tt]o|[Oo]utside|[Ii]nside|[Aa]cross|[Aa]round|"
                                 r"[Oo]ver|[Uu]nder|[Tt]hrough|[Tt]oward|[Tt]owards)\s+(?:(?:the|a|an)\s+)?$")
# an apposition naming who made a document: "published by a private imagery company on Monday"
_RE_AGENT_APPOSITION = re.compile(r"(?:published|released|compiled|provided|obtained|collected|gathered|issued|"
                                  r"taken|conducted|produced|prepared)\s+by\s+")
_RE_AGENT_END = re.compile(r"\s+(?:on|in|at|last|this|earlier|late|early|after|before|during)\b")
_DETERMINER_START = re.compile(r"(?:a|an|one|two|three|several|some)\s", re.IGNORECASE)
# a plain noun phrase: a determiner or quantifier, lower-case words (a capitalised first word), no punctuation
_RE_COMMON_NP = re.compile(r"(?:[A-Z][a-z-]*|[a-z][a-z-]*)(?:\s+[a-z][a-z-]*){1,5}")
_PREPOSITIONS = {"to", "of", "in", "at", "for", "from", "by", "with", "on", "according", "than", "as", "like"}
_AUX_WORDS = {"is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "not",
              "also", "who", "which", "that"}
_RE_FINITE = re.compile(r"\b(?:is|was|were|are|has|had|have|will|would|could|can|may|might)\b")
_RE_AND_BEFORE = re.compile(r"\b(?:and|but|while|whereas)\s+$")
_RE_BUT_AND_END = re.compile(r"\b(?:but|and)\s+(?:also\s+|then\s+)?$")
_RE_AUX_ONLY = re.compile(r"\s+(?:(?:had|have|has|were|are|was|is|also|already|all|themselves)\s+)*")


_RE_PERSON_OF_GROUP = re.compile(r"\s+(?:of|at|from|with)\s+(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){0,2}")
_RE_ITS_BEFORE = re.compile(r"\b[Ii]ts\s+$")
_RE_RESTRICTIVE_THAT = re.compile(r"(?<=[a-z])\s+(?:that|who|which)\s*$")
_RE_FINITE_START = re.compile(r"\s*(?:[a-z]+(?:s|ed)|has|had|have|is|was|are|were)\s")
_RE_ROLE_THEN_NAME = re.compile(r"\s+(?:its|their|his|her|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s*")
_RE_ROLE_LEAD = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Aa]nother|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s*")
_RE_TOLD_CONTENT = re.compile(r"\bthat\b|[\u201c\"]")
_RE_ROLE_AT = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[\w\u2019'-]+\s+){1,5}?(?:at|of|for|with)\s+(?:the\s+)?")


def _closing_names(text: str, mentions, a: int, b: int) -> List[Mention]:
    """Names starting in [a, b] that close their phrase (a comma, a stop or the end after them): the person a
    role introduces ("said its chair, Graham Pellow.")."""
    return [m for m in _starting(mentions, a, b) if m.kind == "name" and re.match(r"\s*(?:[,.;]|$)", text[m.end:m.end + 2])]


_RE_CLAUSE_CONJ_END = re.compile(rf"\b(?:{_CLAUSE_CONJUNCTIONS})\s*$")
# a pronoun numeral standing for one member of a group named before: "One of them said", "Another told"
_RE_ONE_OF_GROUP = re.compile(r"\s*(?:[Oo]ne(?:\s+of\s+(?:them|those|the\s+two|the\s+three))?|[Aa]nother(?:\s+one)?|"
                              r"[Aa]\s+(?:second|third|fourth|fifth)|[Tt]he\s+other|[Oo]thers)"
                              r"(?:\s+(?:also|later|separately|privately))?\s*")


def _unnamed_source(text: str, start: int, end: int) -> Optional[Mention]:
    """The phrase of an unnamed source ("Two Senate aides familiar with the talks"), as the local mention of a
    vague statement (it names nobody, so it resolves to no claimant); None when it is no short phrase."""
    t = text[start:end].rstrip(" ,")
    t = re.split(r",\s*(?:who|speaking|spoke)\b", t)[0].rstrip(" ,")
    if not t or len(t.split()) > 12 or "\n" in t:
        return None
    lead = len(t) - len(t.lstrip())
    return Mention(start + lead, start + len(t), t.strip(), "unnamed")


def _anonymous_subject(text: str, S: int, cs: int, limit: int, appositive: Optional[str],
                       subj: List[Mention]) -> Optional[Mention]:
    """A subject the text itself marks as unnamed: a post-modifier such as "familiar with" on its head
    ("officials familiar with the talks"), or an apposition "who asked not to be named" / "speaking on condition
    of anonymity" on a described speaker ("Two health workers at Lumeta General Hospital, who ..."). A named
    person keeps the statement ("Ana Ortiz, who asked that her employer not be named, said")."""
    rel = re.search(r"\b(?:who|that)\s*$", text[max(S, cs - 12):cs])
    if rel:  # "One woman who lives nearby, who asked not to be named": the head before the relative clause
        cs = _clause_start(text, S, max(S, cs - 12) + rel.start())
    np = text[cs:limit]
    marked = bool(appositive and _RE_ANONYMOUS.search(appositive)) or bool(_lex().re_anonymity_modifier.search(np))
    if not marked or not np.strip():
        return None
    lead = cs + len(np) - len(np.lstrip())
    if any(m.start == lead and m.kind in ("name", "registry", "person") for m in subj):
        return None
    return _unnamed_source(text, cs, limit)


def _common_noun_subject(text: str, cs: int, limit: int) -> Optional[Mention]:
    """A subject that is a plain noun phrase naming people ("Several crew members", "Local media", "The two
    men"): nobody is named, so its statement is vague with the phrase as its unnamed source."""
    L = _lex()
    seg = text[cs:limit]
    intro = _INTRO.match(seg)
    np = seg[intro.end():] if intro else seg
    words = np.split()
    if not 2 <= len(words) <= 6 or not _RE_COMMON_NP.fullmatch(np.strip()):
        return None
    head = words[-1].lower()
    if not (L.re_unnamed_head.fullmatch(head) or head in L.people_heads) or head in L.info_nouns or \
            any(L.re_verb.fullmatch(w) or w.lower() in _AUX_WORDS or w.lower() in _PREPOSITIONS for w in words):
        return None
    return _unnamed_source(text, limit - len(np.lstrip()), limit)  # after the intro and the spaces


def _verb_cue(doc: Document, sent, vs: int, ve: int, mentions: List[Mention], quotes) -> Optional[_Cue]:
    """A reporting verb: find its subject and the stretch it governs (vague when the subject names nobody)."""
    L = _lex()
    cue = _verb_frame(doc, sent, vs, ve, mentions, quotes)
    rel = L.re_denial_relative.search(doc.text, max(sent.start, vs - 120), vs) \
        if cue is not None and L.re_denial_verb.match(doc.text[vs:ve]) else None
    if rel:
        # "1,450 of its members, a figure the government delegation rejected": the denier claims nothing before
        # the verb; what follows is its own ("..., a claim the army denied, saying it had lost 12 men")
        cue.scope_start = max(cue.scope_start, ve)
        cue.rule = cue.rule.replace("trailing-", "leading-")
        inner = [m for m in _starting(mentions, rel.start("subject"), rel.end("subject")) if m.end <= vs]
        named = [m for m in inner if m.kind in ("registry", "name")] or inner
        if named and (cue.mention is None or cue.mention.start < rel.start()):
            cue.mention = named[0]  # "a figure the developer, Brightwater Partners, disputes": the developer
    if cue is not None and cue.mention is not None and cue.mention.kind == "unnamed":
        cue.vague = True
    return cue


def _verb_frame(doc: Document, sent, vs: int, ve: int, mentions: List[Mention], quotes) -> Optional[_Cue]:
    text = doc.text
    # A cue reads at most _CUE_WINDOW characters either side: a sentence longer than that is no prose
    # (a run-on list, a pasted table), and reading all of it for each of its cues would be quadratic.
    S, E = max(sent.start, vs - _CUE_WINDOW), min(sent.end, ve + _CUE_WINDOW)
    L = _lex()
    # a relative clause on a figure: "beat the 44m analysts predicted", "the 91 cents FactLine had expected"
    before = [m for m in _ending(mentions, S, vs) if S <= m.start]
    near = before[-1] if before and _RE_AUX_ONLY.fullmatch(text, before[-1].end, vs) else None
    if near is not None and len(before) > 1 and _RE_SURVEYED_BY.fullmatch(text, before[-2].end, near.start):
        near = before[-2]  # "the 91 cents analysts surveyed by FactLine had expected": the group is the subject
    head = _figure_heading(doc, near.start) if near is not None else None
    if head is not None and S <= head[0]:
        return _Cue("relative-figure-subject-verb", vs, ve, head[0], near.start, near)
    base = max(S, vs - 300)  # appositions are local: a bounded window keeps long sentences linear
    pre = text[base:vs]
    # an apposition between the subject and the verb: "Bota Ilias, a senior analyst at Prizma, said",
    # "AdImpact, which tracks advertising, estimated", "Senator X, an Ohio Republican who sits on ..., claimed"
    appositive = None
    app = re.search(r",\s*((?:a|an|the|who|and\s+who|which|whose|one\s+of|(?:in|on|through)\s+(?:a|an|its|their|his|her)\s|(?:[a-z][\w-]*\s+){1,3}(?:at|of|for|with)|[a-z]+ed|known\s+as|"
                    r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}[\u2019']s\s+(?=[a-z])|\d{1,3}(?=,)|[a-z]+ing)\b(?:[^;,]|,(?=\d))*?),\s*"
                    r"(?:(?:also|has|have|had|previously|earlier|later|then|again|separately|publicly|recently)\s+)*$", pre)
    if app is None:  # "X of Ohio, the top Democrat on the Labor, Health and Human Services panel, said"
        long_app = _RE_LONG_APPOSITION.search(pre)
        if long_app and any(m.kind in ("name", "registry") for m in _ending(mentions, base + long_app.start(), base + long_app.start())):
            app = long_app
    titled = re.match(r"the\s+([A-Za-z]+)\.?\s+[A-Z]", app.group(1)) if app else None
    if titled and titled.group(1).lower() in L.titles and \
            any(m.end == base + app.end(1) for m in _ending(mentions, base + app.end(1), base + app.end(1))
                if m.kind == "name"):
        app = None  # "Its pastor, the Rev. Lionel Oakes, said": the titled name is the speaker, not an apposition
    if app and not re.search(r"[\u201c\u201d\"]", app.group(1)):
        appositive = app.group(1)
        limit = base + app.start()
        while True:  # "Beaumont, 61, a former state treasurer, told": appositions in a row
            more = _RE_MORE_APPOSITION.search(text, max(S, limit - 200), limit)
            if not more or re.fullmatch(r",\s*[Tt]he\s+[A-Z][\w.&'\u2019-]*(?:\s+(?:of|for|and|on)?\s*[A-Z][\w.&'\u2019-]*)*\s*",
                                        text[more.start():limit]):
                break  # "Citing federal data, the Hartwell Institute, a research group, reported": the name is the subject
            limit = more.start()
    else:
        limit = vs
    cs = _clause_start(text, S, limit)
    rel = _RE_RESTRICTIVE_THAT.search(text, max(S, cs - 6), cs)
    fin = _RE_FINITE_START.match(text, cs) if rel else None
    if rel and fin and fin.end() <= vs and not any(m.end <= limit for m in _starting(mentions, cs, limit)
                                                             if m.kind in ("registry", "name", "anaphor", "description")):
        # "The union that represents the plant's 431 hourly workers says": the subject is before the relative
        described_end = _skip_back_space_comma(text, limit)
        limit = rel.start()
        cs = _clause_start(text, S, limit)
        head = (text[cs:limit].split() or [""])[-1].lower()
        if head in L.people_heads or L.re_unnamed_head.fullmatch(head):
            # "The man who lives next door said", "The group that tracks prices said": a speaker described, not
            # one named before (a restrictive clause introduces its referent)
            src = _unnamed_source(text, cs, described_end)
            if src is not None:
                return _Cue("anonymous-source", vs, ve, ve, E, src, vague=True)
    subj = [m for m in _starting(mentions, cs, limit) if m.end <= limit]
    if not subj:  # "the Ashcombe, Ohio-based company said": a description whose own comma opened the clause
        subj = [m for m in _ending(mentions, S, _skip_back_space_comma(text, limit))
                if m.kind == "description" and S <= m.start < cs < m.end]
    subj = _skip_info_subjects(text, subj, limit)
    while subj and _RE_PREPOSITION_END.search(text, max(cs, subj[0].start - 24), subj[0].start):
        subj = subj[1:]  # "Satellite images of the road into Belovar showed", "In Darak we found": no subject
    if appositive:
        agent = _RE_AGENT_APPOSITION.match(appositive)
        if agent:  # "Satellite images ..., published by a private imagery company on Monday, showed"
            a = base + app.start(1) + agent.end()
            named = [m for m in _starting(mentions, a, a + 4) if m.kind in ("registry", "name")]
            if named:
                subj = named
            elif not subj:
                src = _unnamed_source(text, a, a + len(_RE_AGENT_END.split(appositive[agent.end():])[0]))
                if src is not None and _DETERMINER_START.match(src.text):
                    return _Cue("anonymous-source", vs, ve, S, E, src, vague=True)
    if subj and _RE_BUT_AND_END.search(text, max(S, vs - _ANCHORED_WINDOW), vs) and (
            _figure_between(doc, subj[0].end, vs) or L.re_verb.search(text, subj[0].end, vs)) and \
            _RE_FINITE.search(text, cs, subj[0].start):
        # "X estimated that the strike was costing Tarrant $40m a week and said ...": the second verb shares the
        # sentence's subject; a name inside the first verb's clause is none
        subj = []
    rule = None
    mention = None
    member = _RE_ONE_OF_GROUP.fullmatch(text, cs, limit) if not subj else None
    if member:  # "One of them said", "Another said", "A second said": a member of a group, unnamed
        return _Cue("anonymous-source", vs, ve, S, E, _unnamed_source(text, cs, limit), vague=True)
    anon = _anonymous_subject(text, S, cs, limit, appositive, subj)
    if anon is not None:  # "officials familiar with the talks said", "A doctor ..., who asked not to be named, told"
        return _Cue("anonymous-source", vs, ve, S, E, anon, vague=True)
    ind = _RE_INDEFINITE.match(text, cs, limit)
    if ind:
        role = ind.group("role").lower()
        if role not in _SPOKES:
            # "a Senate aide said", "one official said": nobody is named (the phrase stays the local source); after
            # "while" or "but" its clause is its own ("Police said 4 died, while a witness said 6 were hurt")
            conj = _RE_CLAUSE_CONJ_END.search(text, max(S, cs - 10), cs)
            return _Cue("indefinite-source", vs, ve, conj.start() if conj else S, E,
                        _unnamed_source(text, ind.start(), limit), vague=True)
        owner = [m for m in subj if m.kind in ("registry", "name", "collective")]
        if not owner:
            org = re.match(r"\s*(?:for|of|at)\s+", text[ind.end():limit]) if ind.end() < limit else None
            subj = [m for m in subj if org and m.start >= ind.end()]
            if not subj:  # "a company spokesperson said": the organisation named last speaks
                head = [w.lower() for w in ind.group().split()[1:-1] if f"the {w.lower()}" in L.anaphors]
                subj = [Mention(cs + len(ind.group()) - len(ind.group().lstrip()), ind.end(),
                                f"the {head[-1]}" if head else ind.group().strip(), "anaphor")]
                # "a company spokesman": the story's company, as "the company" would be; "a department
                # spokeswoman": the department named before, or nobody (not merely the body named last)
    its = _RE_ITS_BEFORE.search(text, max(S, subj[0].start - 6), subj[0].start) \
        if subj and subj[0].kind == "collective" else None
    if its and L.re_role_group.fullmatch(subj[0].text):
        subj = [Mention(its.start(), subj[0].end, "it", "anaphor")] + subj[1:]  # "Its analysts put": the body's
    if subj:
        mention = subj[0]
        last = subj[-1]
        if last is not mention and last.kind in ("registry", "name", "collective", "anaphor") and \
                _RE_AUX_ONLY.fullmatch(text, last.end, vs) and _RE_AND_BEFORE.search(text, mention.end, last.start):
            mention = last  # "Ruiz said 12 boats sank and Lee said 30 did": the second verb's own subject
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
                named = [m for m in _ending(mentions, S, ante[0].start) if m.kind in ("registry", "name") and
                         re.fullmatch(r",\s*", text[m.end:ante[0].start])]
                if ante[0].kind in ("description", "anaphor") and named:
                    ante = named  # "Dr. Ana Ferrer, the authority's medical director, who told ...": Ferrer
                elif re.match(r",\s*who\b", text[rel.start():rel.start() + 8]):
                    person = [m for m in _ending(mentions, max(S, ante[0].start - 90), ante[0].start)
                              if m.kind == "name" and _RE_ROLE_AT.fullmatch(text, m.end, ante[0].start)]
                    if person:  # "said Johan Lindqvist, chief economist at Esker Bank, who had forecast": Lindqvist
                        ante = person
                return _Cue("relative-subject-verb", vs, ve, ve, E, ante[0])
        gap = text[cs:vs].strip()
        if cs > S and text[cs - 1] == "(" and text[vs:ve].lower() in L.inversion_verbs and \
                _figure_between(doc, cs, vs) and not re.search(r"[a-z]{3,}\s", gap):
            gap = ""  # "(32,000 counted the authorities)": an inverted parenthetical after the figure
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
                lead = _RE_ROLE_LEAD.match(text, ie, co.start()) if not head else None
                if lead:  # "Another insurer, Granite Shield, declined ... but said": the name set off by commas
                    head = [m for m in _starting(mentions, lead.end(), lead.end() + 2) if m.kind in ("name", "registry")
                            and re.match(r"\s*,", text[m.end:m.end + 2])]
                if head and not any(f.is_figure and head[0].end <= f.start < co.start() and
                                    re.search(r"\b(?:said|says|reported|told)\b", text[head[0].end:f.start])
                                    for f in doc.figures):
                    mention, rule = head[0], "coordinated-subject-verb"
            if mention is None:
                mention = _common_noun_subject(text, cs, limit)
                rule = "subject-verb"  # "Several crew members said 12 were missing": vague, the phrase kept
            if mention is None:
                return None
        else:
            # a name set off by commas after its role: "Bishop's campaign manager, Tom Alvarez, told ..."
            chunk_end = _skip_back_space_comma(text, cs)
            chunk_start = _clause_start(text, S, chunk_end)
            chunk = [m for m in _ending(mentions, chunk_end, chunk_end) if chunk_start <= m.start and m.kind in ("name", "registry")]
            role_end = _skip_back_space_comma(text, chunk_start)
            role_start = _clause_start(text, S, role_end)
            if chunk and chunk_start > S and L.re_anonymity_modifier.search(text, role_start, role_end):
                # "Sources close to the chancellor, Richard Penhallow, said": the name is the one they are close
                # to; the sources speak, unnamed
                return _Cue("anonymous-source", vs, ve, S, E, _unnamed_source(text, role_start, role_end), vague=True)
            if chunk and chunk_start > S and text[chunk_start - 1] == "," and \
                    not re.search(r"[\u201c\u201d\"]", text[chunk_start - 2:chunk_end]):
                mention, rule = chunk[0], "role-name-verb"
                person = [m for m in _starting(mentions, chunk_start, chunk[0].start - 1) if m.kind == "name"
                          and _RE_PERSON_OF_GROUP.fullmatch(text, m.end, chunk[0].start)]
                if person:  # "A consumer advocate, Rosa Delgado of the group United Policyholders, said": Delgado
                    mention = Mention(person[0].start, person[0].end, person[0].text, "name", body=chunk[0].text)
                appositive = text[role_start:role_end].strip()
            # inversion: "..., said the ministry." / "..., said Bota Ilias, a senior analyst ..."
            if mention is None and text[vs:ve].lower() in L.inversion_verbs:
                after = _starting(mentions, ve, ve + 5)
                role = _RE_ROLE_THEN_NAME.match(text, ve, E) if not after else None
                if role:  # '"...," said its chair, Graham Pellow.': a role that is no mention, then the name
                    after = _closing_names(text, mentions, role.end(), role.end() + 1)
                if after and not re.match(r"\s*(?:that|on|in)\b", text[ve:ve + 6]):
                    mention = after[0]
                    rule = "verb-subject"
                    named = [m for m in _closing_names(text, mentions, mention.end + 1, mention.end + 3)
                             if re.fullmatch(r",\s*", text[mention.end:m.start])] \
                        if mention.kind in ("description", "anaphor") else []
                    if named:  # '"...," said its chair, Graham Pellow.': the name the role introduces
                        mention = named[0]
                    am = re.match(r"\s*,\s*((?:a|an|the|who)\b[^,.;]*|[a-z][^,.;]*?\b(?:at|of|for|with)\b[^,.;]*)",
                                  text[mention.end:E])
                    if am:
                        appositive = am.group(1)
            if mention is None and text[vs:ve].split()[0].lower().endswith("ing") and \
                    text[vs:ve].split()[0].lower() not in ("citing", "quoting") and \
                    text[max(S, vs - 3):vs].rstrip().endswith(","):
                # "Gov. X used her address to argue ..., telling lawmakers that ...": the participle is the
                # sentence subject's
                dl = _DATELINE.match(text, S, E)
                st0 = dl.end() if dl else S
                intro = _INTRO.match(text, st0, E)
                ie = intro.end() if intro else st0
                head = [m for m in _starting(mentions, ie, ie + 12)
                        if m.kind in ("name", "registry", "anaphor", "description", "collective")
                        and re.fullmatch(r"(?:[A-Z][a-z]*\.?\s+)*", text[ie:m.start])]  # (a title before: "Gov. ")
                if head and head[0].end < vs:
                    mention, rule = head[0], "participle-subject-verb"
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
    semicolon_after = not leads and \
        re.match(r"(?:\s+(?:on|in|at|late|early|last|this|\w+day|\w+ly)\b)*\s*;", after_text) is not None
    if semicolon_after:
        figure_after = False  # "Two men were killed, Mercado said; the three wounded ...": the semicolon ends it
    told_hearer = text[vs:ve].lower() in ("told", "tells", "tell") and re.match(r"\s+(?:an?|the|his|her|their)\s", after_text) \
        and not re.search(r"\b(?:that|whether|how|what|why|when)\b|[\u201c\"]", after_text)
    trailing = (not intro_only) and boundary_before and not leads and not figure_after and \
        (parenthetical or semicolon_after or _trailing_tail(after_text, text[vs:ve]) or bool(told_hearer))
    # "..., she told a room of county health officers, treatment providers and families": a long hearer
    if rule == "verb-subject":
        trailing = not intro_only
    if re.search(r"\s(?:at|as)$", text[vs:ve]):
        trailing = False  # "gave the figure as 27, saying ...": the frame's own figure follows it
    if not before.strip() and rule != "verb-subject" and _trailing_tail(after_text, text[vs:ve]):
        q_prev = _quote_ending_at(quotes, _skip_back_space_comma(text, S))
        if q_prev is not None and q_prev.start < S and text[q_prev.start:q_prev.end].rstrip("\u201d\"' ")[-1:] in "?!":
            # '"Why did 40 boats sink?" Dana Lee said.': the question is the speaker's, though a sentence ends in it
            return _Cue(f"trailing-{rule}", vs, ve, q_prev.start, S, mention, appositive=appositive)
    if trailing:
        end = _np_left_edge(text, S, start_of_subject)
        q = _quote_ending_at(quotes, end)
        begin = q.start if q is not None and q.start < S else S
        if S < cs and text[cs - 1] == "(":
            begin = cs  # "(32,000 counted the authorities)": the parenthesis is the frame
        after_start = ve if rule != "verb-subject" else mention.end
        timed = _RE_WHEN_TAIL.match(text, after_start, E).end()  # "police said Monday, and 12 were hurt"
        if _RE_TRAILING_NARRATION.match(text, after_start):
            pass  # "..., the agency said, as rescuers dug through dozens of villages": the writer's narration
        elif timed > after_start and _RE_AND_MORE.match(text, timed):
            end = E
        elif re.match(r",\s", after_text) and not (
                rule == "verb-subject" and _RE_SOURCE_APPOSITION.match(after_text) and not L.re_verb.search(after_text)):
            # (the speaker's own apposition is no statement, unless it reports: "a shopkeeper who said he had lost
            # four relatives")
            end = E  # "..., it said, and the storm had ...": a parenthetical cue covers the sentence
        elif re.match(r"(?:\s+[\w.'\u2019-]+){0,4}?\s*,\s*(?:with|including|adding|bringing|taking|pushing|raising|lifting|putting|up\s+from|"
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
    if q is None:
        aside = _RE_NARRATION.search(text, ve, E)
        if aside and not L.re_verb.search(text, aside.end(), E):
            end = aside.start()  # "..., after three quarterly declines": the writer's narration, not the speaker's
    # a mid-sentence parenthetical ("..., X said, ...") covers the whole sentence
    begin = ve if ve_scope is None else ve_scope
    if boundary_before and not intro_only and re.match(r"\s*,", after_text):
        begin = S
    elif appositive is not None and rule == "subject-apposition-verb" and re.match(r"which\b", appositive) \
            and ve_scope is None:
        begin = base + app.start(1)  # "The Guild, which represents about 1,700 workers, said": a body's own account
    elif text[vs:ve].lower() in ("told", "tells", "tell"):
        content = _RE_TOLD_CONTENT.search(text, ve, end)
        if content is not None and _figure_between(doc, ve, content.start()):
            begin = content.start()  # "She told a crowd of about 4,000 that ...": the hearer is the writer's
    return _Cue(f"leading-{rule}", vs, ve, begin, end, mention, appositive=appositive)
