"""The stage: cues, relays, resolution, carried frames, then each figure takes the innermost named
statement whose scope holds it."""
from __future__ import annotations

import re

from bisect import bisect_left, insort
from functools import lru_cache
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Tuple

from ..model import Claimant, Document, Figure, Span, Statement
from ..registry import Registry
from .cues import _find_cues
from .discourse import _list_carry, _quote_carry
from .continuation import continue_releases, continue_reports
from .partitions import continue_partitions
from .lexicon import _CLAUSE_CONJUNCTIONS, _VOICE_NOUNS, _lex
from .mentions import Mention
from .relays import _apply_compilers, _apply_relays
from .resolve import _Resolver
from .roles import roles
from .scope import _clause_start, _sentence_end, _sentence_of
from .unnamed import unnamed_claimants


# frames that name a compiler or a document's author: they beat a group named by its role alone
# ("analysts had expected $3.7 billion, according to FactSet"), not a speaker's verb ("Korvane posted ...")
_RE_COORDINATED = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+")
_RE_DASH = re.compile(r"\s(?:\u2014|\u2013|--)\s")
_COMPILER_RULES = {"according-to", "by-source", "passive-agent", "organisation-document", "parenthetical-source",
                   "possessive-source", "document-subject"}


def attribute(doc: Document, registry: Registry) -> Document:
    """Fill doc.statements, doc.claimants and each figure's claimant, status and explanation."""
    seg = doc.segments
    text = doc.text
    _trim_relative_subjects(doc)
    cues = _find_cues(doc, registry)
    res = _Resolver(doc, registry)
    # relays: "Bloomberg reported, citing Russian officials, that ..." / "TASS quoted the ministry as saying"
    _apply_relays(doc, cues, registry)
    _apply_compilers(doc, cues, registry)
    cues.sort(key=lambda c: (c.cue_start, c.cue_end, c.rule))
    _participles_after_trailing_cues(text, cues)
    for cue in cues:
        if cue.vague and cue.relay is not None and cue.relay.kind != "unnamed":  # "Reuters, citing two security sources"
            rid, rsteps = res.resolve(cue.relay, cue.cue_start)
            if rid is not None:
                cue.relay_ids.append(rid)
                cue.evidence += rsteps + [f"relayed by {res.claimants[rid].c.name}"]
        if cue.vague or cue.mention is None:
            continue
        cid, steps = res.resolve(cue.mention, cue.cue_start)
        if cid is None:
            owned = _owned_document(text, cue.mention)
            if owned is not None:  # "The department's staffing report lists 231": no department named before
                cue.mention = owned
                cid, more = res.resolve(owned, cue.cue_start)
                steps = steps + more
        cue.evidence = cue.evidence + steps  # what earlier steps found (a compiler), then the resolution
        if cid is None and _RE_BARE_VOICE.fullmatch(cue.mention.text):
            body = res._previous_subject_org(cue.mention.start)
            if body is not None:  # "Halden Airport has confirmed its runway is closed. A spokesperson said ...":
                cid = body  # the voice of the body that opened the sentence before
                cue.evidence.append(f"'{cue.mention.text}' speaks for {res.claimants[body].c.name}, the subject of "
                                    "the sentence before")
        if cid is None:
            cue.vague = True  # a cue whose source cannot be resolved names nobody
            continue
        phrase = _voice_phrase(text, cue.mention)
        if phrase is not None and cid not in res.voices:  # "a hospital spokeswoman said": the body's voice
            cid, more = res.voice(cid, phrase, cue.mention.start)
            cue.evidence += more
            start = cue.mention.end - len(phrase)
            cue.mention = Mention(start, cue.mention.end, phrase, cue.mention.kind, cue.mention.reg_id)
        cue.claimant = cid
        own_end = cue.mention.end - 2 if text[cue.mention.end - 2:cue.mention.end] in ("'s", "\u2019s") \
            else cue.mention.end  # ("Kestwick Albion's" is read with its possessive)
        doc_of = _lex().re_possessive_info.match(text, own_end)
        if doc_of and res.claimants[cid].category in ("org", "person"):  # "the club's annual accounts show": the
            res._alias(cid, text[cue.mention.start:doc_of.end()])  # owner, and its document as a surface form of it
        if cue.appositive:
            res.apposition(cid, cue.appositive, cue.evidence)
        if cue.relay is not None:
            rid, rsteps = res.resolve(cue.relay, cue.cue_start)
            if rid is not None and rid != cid:
                cue.relay_ids.append(rid)
                cue.evidence += rsteps + [f"relayed by {res.claimants[rid].c.name}"]
        insort(res.history, (cue.cue_start, cid))  # kept in order (a sort per cue was quadratic)
        lo = min(cue.cue_start, cue.mention.start)
        si = _sentence_of(seg.sentences, lo)
        lo = _clause_start(text, seg.sentences[si].start, lo) if si is not None else lo  # "Exit polling ... by X shows"
        hi = min(max(cue.cue_end, cue.mention.end) + 25, _sentence_end(doc, cue.cue_end))
        res.cue_text[(cue.cue_start, cid)] = text[lo:hi].lower()  # the words that made the statement
    _semicolon_frames(doc, cues)
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
        if source_kind[sid] == "collective" and _lex().re_role_group.fullmatch(cue.mention.text):
            source_kind[sid] = "group"  # "analysts", "economists": named by role alone
        weak[sid] = (text[cue.cue_start:cue.cue_end].split() or [""])[0].lower() in _lex().weak_verbs
    statements = _drop_reported_sources(doc, statements)
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
        if _lex().re_place_gloss.search(text, max(s.start if si is not None else 0, pos - 80), pos):
            f.status = "unsourced"  # "... close its plant in Dolmar, a town of 38,000 people": the writer's gloss
            f.explanation.append("the writer's gloss on a place, inside another's statement: unsourced")
            continue
        named = [st for st in covering if st.claimant]
        vague = [st for st in covering if st.status == "vague"]
        denied = [st for st in vague if st.rule == "denied-claim"]
        if denied:  # "claims of thousands of deaths were false, the ministry said": not the denier's figure
            named = []
            vague = denied
        anonymous = [st for st in vague if st.rule in ("indefinite-source", "anonymous-source")]
        if anonymous and named:  # "an official, speaking on condition of anonymity, said the government believed N"
            first = min(anonymous, key=lambda st: st.cue.start)
            # (a statement of its own after a coordinator stays: "..., said 12 boats sank, and the port
            # authority said 3 cranes fell")
            named = [st for st in named if st.cue.start < first.cue.start or _RE_COORDINATED.search(
                text, first.cue.end, st.source.start if st.source is not None else st.cue.start)]
        if named and vague and all(weak.get(st.id) for st in named):
            named = []  # "a PAC reportedly plans to add $25 million": the plan is reported by nobody named
        if named:
            ranked = sorted(named, key=lambda st: (st.scope_end - st.scope_start, -st.cue.start))
            best = ranked[0]
            same_sentence = [st for st in ranked[1:] if f.sentence is not None
                             and f.sentence.start <= st.cue.start < f.sentence.end]
            dash = _RE_DASH.search(text, f.end, best.cue.start) if best.cue.start > f.end and \
                best.rule.split("+")[0] in ("according-to", "organisation-document", "by-source") else None
            before_dash = [st for st in same_sentence if dash and st.cue.start < dash.start() and
                           st.scope_start <= f.start < st.scope_end] if dash else []
            if before_dash:
                # "The $1,800 figure, the governor's office said, is the savings for a family earning $150,000 — a
                # household in the top 15%, according to Census estimates": the dash's clause is the census's
                best = before_dash[0]
            elif same_sentence and weak.get(best.id):
                best = same_sentence[0]  # "the indictment alleges that he promised 9%": the allegation governs
            elif same_sentence and source_kind.get(best.id) in ("anaphor", "description", "document", "group"):
                explicit = [st for st in same_sentence if source_kind.get(st.id) in ("registry", "name", "collective")
                            and (source_kind.get(best.id) != "group" or st.rule.split("+")[0] in _COMPILER_RULES)
                            and (source_kind.get(best.id) == "group" or st.rule != "according-to")
                            and (source_kind.get(best.id) == "group" or st.cue.start < best.cue.start
                                 or st.rule.split("+")[0] not in _COMPILER_RULES)]
                # (a source named inside the speaker's own words, "said the figure came from a projection by X",
                # is what the speaker cites: the speaker stays the source)
                if explicit:
                    # "Mehta said that the company expects 40 points": Mehta, named, speaks; "analysts had
                    # expected 40, according to FactSet": the compiler that names no one else is the source
                    best = explicit[0]
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
            # the narrowest; of two alike, the one whose unnamed speaker is described ("a senior official")
            st = min(vague, key=lambda st: (st.scope_end - st.scope_start, st.source is None))
            f.status = "vague"
            f.statement = st.id
            f.explanation.append(f"rule {st.rule}: '{st.cue.text}' names nobody")
        else:
            f.status = "unsourced"
            f.explanation.append("no cue governs this figure: unsourced")

    statements += continue_reports(doc, statements, res.claimants)  # "Cash buyers accounted for 31%."
    statements += continue_releases(doc, statements, res.claimants)  # "The jobless rate fell to 4.1%."
    statements += continue_partitions(doc, statements, res.claimants)  # "Six were hurt, X said. Two were ..."
    doc.statements = statements
    described = {sid for sid, kind in source_kind.items() if kind == "unnamed"}
    unnamed = {c.id: c for c in unnamed_claimants(doc, statements, described, res.claimants)}  # "two security sources"

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
    for cid, body in res.voices.items():  # the body a voice speaks for stands beside it
        if cid in used and body not in used:
            used[body] = used[cid]
    out = []
    for cid, _ in sorted(used.items(), key=lambda kv: (kv[1], kv[0])):
        if cid in unnamed:
            out.append(unnamed[cid])
            continue
        c = res.claimants[cid].c
        c.mentions = sources_of.get(cid, [])
        c.affiliation = _affiliation_view(c, used, registry)
        out.append(c)
    doc.claimants = out
    return doc


@lru_cache(maxsize=1)
def _voice_patterns() -> Tuple["re.Pattern", "re.Pattern"]:
    """A body's voice as a whole mention ("a company spokesman") and before "for X" ("a spokeswoman for the"),
    from the voices of names.yaml (body_voices)."""
    voices = "|".join(sorted(map(re.escape, roles().voices), key=lambda w: (-len(w), w)))
    return (re.compile(rf"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w\u2019'-]+\s+){{0,3}}?(?:{voices})"),
            re.compile(rf"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){{0,2}}?(?:{voices})\s+(?:for|of|at)\s+(?:the\s+)?$"))


def _voice_phrase(text: str, m) -> Optional[str]:
    """The phrase of a body's unnamed voice that a source mention is or ends ("a company spokesman", "a
    spokeswoman for the ministry"), or None (a named spokesman is a person of his own)."""
    if m.kind not in ("anaphor", "description", "registry", "name", "collective"):
        return None
    whole, before_for = _voice_patterns()
    own = text[m.start:m.end]
    if whole.fullmatch(own):
        return own
    before = before_for.search(text, max(0, m.start - 60), m.start)
    if before is not None and before.end() == m.start:
        return text[before.start():m.end]
    return None


def _participles_after_trailing_cues(text: str, cues) -> None:
    """'Velmonia recorded 1,284 cases, the Health Ministry said, raising the toll to 39': a participle cue right
    after a trailing cue is that speaker's, not the main clause's subject."""
    trailing = [c for c in cues if c.rule.startswith("trailing") and c.mention is not None and not c.vague]
    for c in cues:
        if c.mention is None or not re.match(r"[a-z]+ing\b", text[c.cue_start:c.cue_end]):
            continue
        for t in trailing:
            end = max(t.cue_end, t.mention.end)
            if end < c.cue_start and re.fullmatch(r"(?:\s+(?:on|in|at|late|early|last|this|\w+day)\b)*,\s*",
                                                  text[end:c.cue_start]):
                c.mention, c.appositive = t.mention, None
                c.rule = c.rule.replace("subject-apposition-verb", "subject-verb")


_RE_SEMICOLON_GAP = re.compile(r";\s+(?:(?:[Mm]eanwhile|[Bb]ut|[Yy]et|[Aa]nd|[Hh]owever),?\s+)?(?:[Tt]he\s+)?$")


def _drop_reported_sources(doc: Document, statements: List[Statement]) -> List[Statement]:
    """'A backbencher said as many as 30 MPs had written to the whip': a counted group speaking inside what
    another speaker reports is part of the report (its count a figure of the outer statement), not a source."""
    figs = [f for f in doc.figures if f.is_figure]
    out = []
    for st in statements:
        src = st.source
        counted = src is not None and any(f.start <= src.start < f.end for f in figs)
        if counted and any(o is not st and o.source is not None and o.cue.end <= src.start and
                           o.scope_start <= src.start < o.scope_end and not (o.source.start <= src.start < o.source.end)
                           for o in statements):
            continue
        out.append(st)
    return out


def _semicolon_frames(doc: Document, cues) -> None:
    """'X said the offices were worth £6m; the council's property team has put their value at £3.8m': a
    clause after a semicolon whose subject speaks on its own ends the frames opened before it."""
    text = doc.text
    named = [c for c in cues if c.mention is not None and not c.vague and c.claimant is not None]
    for b in named:
        semi = text.rfind(";", max(0, b.mention.start - 30), b.mention.start)
        if semi < 0 or not _RE_SEMICOLON_GAP.match(text, semi, b.mention.start) or \
                b.cue_start < b.mention.start:
            continue
        for a in cues:
            if a is not b and a.rule.startswith("leading") and a.cue_end <= semi < a.scope_end and \
                    a.scope_start <= semi and a.claimant != b.claimant:
                a.scope_end = semi
    for b in cues:  # "Police said 4 died, while a witness said 6 were hurt": an unnamed speaker's clause after
        if b.rule != "indefinite-source" or not _RE_CLAUSE_CONJ.match(text, b.scope_start):  # "while" or "but"
            continue  # ends the frames opened before it
        for a in named:
            if a.rule.startswith("leading") and a.cue_end <= b.scope_start < a.scope_end:
                a.scope_end = b.scope_start
    for b in named:  # "X's poll showed him trailing by 2 points; he won by 7.6, according to the certified
        if b.rule not in _TRAILING_RULES:  # results": a trailing cue after a semicolon covers its own clause
            continue  # when the clause before it has a speaker of its own
        semi = text.rfind(";", b.scope_start, b.cue_start)
        if semi < 0:
            continue
        before = [a for a in named if a is not b and a.claimant != b.claimant and a.cue_end <= semi and
                  a.scope_start <= semi < a.scope_end]
        if before:
            b.scope_start = semi + 1
            for a in before:
                a.scope_end = semi


_TRAILING_RULES = ("according-to", "trailing-subject-verb")
_RE_BARE_VOICE = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+(?:{_VOICE_NOUNS})")
_RE_CLAUSE_CONJ = re.compile(rf"(?:{_CLAUSE_CONJUNCTIONS})\s")
_RE_OWNED_DOCUMENT = re.compile(r"[\u2019']s\s+((?:[a-z][a-z-]+\s+){0,2}[a-z]+)\b")


def _owned_document(text: str, m) -> Optional[Mention]:
    """The document an unresolved owner's mention owns ("The department" of "The department's staffing
    report"), as a document mention of its own, or None."""
    dm = _RE_OWNED_DOCUMENT.match(text, m.end)
    if dm is None or dm.group(1).split()[-1] not in _lex().info_nouns:
        return None
    return Mention(m.start, dm.end(), text[m.start:dm.end()], "document")


def _trim_relative_subjects(doc: Document) -> None:
    """'beat the 44m analysts predicted': the group is the subject of a relative clause on the figure, not
    what the figure counts, so the figure ends before it (a count of speakers, 'two analysts said', keeps it)."""
    L = _lex()
    text = doc.text
    for f in doc.figures:
        if not f.is_figure or not f.unit or not f.text.endswith(f.unit.split()[-1]):
            continue
        last = f.unit.split()[-1]
        group = last.lower() in L.role_groups or L.re_institutional.fullmatch(last) is not None  # "the two police have"
        if not group or not text[f.start - 4:f.start].lower().endswith(("the ", "an ", "a ")):
            continue
        after = L.re_finite_after.match(text, f.end)
        if after and L.re_verb.match(text, after.end()):
            f.end -= len(last) + 1
            f.unit = f.unit[: -len(last) - 1] or None
            f.text = text[f.start:f.end]
            f.explanation.append(f"'{last}' is the subject of a relative clause on the figure, not its unit")


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
