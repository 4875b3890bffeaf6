"""Relays: 'X reported, citing Y', 'Citing Y, X said', 'X quoted Y as saying' (rule suffix +relay).
The origin Y is the claimant; the carrier X is kept as a relay. Compilers: 'economists polled by Reuters
had forecast' (rule suffix +compiler): the survey's compiler is the claimant, the group its evidence."""
from __future__ import annotations

from functools import lru_cache
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List

from ..model import Document
from ..registry import Registry
from .frames import _Cue
from .lexicon import _lex
from .mentions import _mentions
from .scope import _next_boundary, _sentence_end, _sentence_of
from .verbs import _unnamed_source


def _apply_relays(doc: Document, cues: List[_Cue], reg: Registry) -> None:
    """'X reported, citing Y, ...' and 'X quoted Y as saying ...': Y is the origin, X the relay."""
    text = doc.text
    for cue in cues:
        if cue.mention is None or cue.vague and cue.mention.kind != "unnamed":
            continue  # (an unnamed speaker may relay another: "Local media, citing unnamed officials, reported")
        sent_end = _sentence_end(doc, cue.cue_end)
        si = _sentence_of(doc.segments.sentences, cue.cue_start)
        S = doc.segments.sentences[si].start if si is not None else 0
        fm = re.match(r"\s*(?:[Cc]iting|[Qq]uoting|[Vv]ia)\s+", text[S:sent_end])
        if fm and cue.rule != "fronted-citing" and cue.cue_start > S + fm.end():
            b = _next_boundary(text, S + fm.end(), sent_end)
            ms = _mentions(text, S + fm.end(), b, reg)
            if text[b:b + 1] == "," and (not ms or ms[0].start > S + fm.end() + 4 or
                                         ms[0].kind in ("description", "anaphor")):
                # "Quoting the commander of the eastern group, General Vesna Radic, ...": the name in apposition
                a2 = b + 1 + len(text[b + 1:b + 4]) - len(text[b + 1:b + 4].lstrip())
                named = _mentions(text, a2, _next_boundary(text, a2, sent_end), reg)
                if named and named[0].start <= a2 + 1 and named[0].kind in ("registry", "name"):
                    cue.relay, cue.mention = cue.mention, named[0]
                    cue.rule += "+relay"
                    continue
            if ms and ms[0].start <= S + fm.end() + 4:
                cue.relay, cue.mention = cue.mention, ms[0]
                cue.rule += "+relay"
                continue
        between = re.search(r",\s*citing\s+", text[cue.mention.end:cue.cue_start]) \
            if cue.mention.end <= cue.cue_start else None
        if between:  # "Reuters, citing two Ukrainian officials, said that ..."
            a = cue.mention.end + between.end()
            cited_end = _next_boundary(text, a, cue.cue_start)
            ms = _mentions(text, a, cited_end, reg)
            doc_m = _re_cited_document().match(text, a)
            if doc_m and not (ms and ms[0].start <= a + 4 and ms[0].kind in ("registry", "name")):
                # "The chamber, citing a survey of its members, said": a document with no other author named
                # leaves the speaker the source; "citing figures from the port authority": the authority
                named = [x for x in ms if x.kind in ("registry", "name") and
                         re.search(r"\b(?:from|by)\s+(?:the\s+)?$", text[a:x.start])]
                if named:
                    cue.relay, cue.mention = cue.mention, named[0]
                    cue.rule += "+relay"
                else:
                    cue.evidence = [f"it cites {doc_m.group().strip()} with no other author named"]
            elif _indefinite_person(text, a, cited_end) and _unnamed_origin(text, cue, a, cited_end):
                # "Reuters, citing a Kalmarian military intelligence officer, reported": an unnamed origin,
                # though a body's name stands inside the phrase
                cue.vague, cue.relay_ids = True, []
                cue.evidence = ["the relay cites nobody by name"]
            elif ms and ms[0].start <= a + 4:
                cue.relay, cue.mention = cue.mention, ms[0]
                cue.rule += "+relay"
            elif _unnamed_origin(text, cue, a, cited_end):
                # "Reuters, citing people familiar with the matter, said": the origin is unnamed
                cue.vague, cue.relay_ids = True, []
                cue.evidence = ["the relay cites nobody by name"]
            else:  # "the Ledger, citing documents it had seen, put": what it cites is no speaker; it speaks
                cited = text[a:cited_end].strip()
                cue.evidence = [f"it cites {cited} with no other author named"]
            continue
        window = text[cue.cue_end:min(sent_end, cue.cue_end + 12)]
        m = re.match(r"\s*,?\s*citing\s+", window) or re.match(r"\s*,?\s*citing\s+", text[cue.cue_end:sent_end])
        if m is None:
            verb = text[cue.cue_start:cue.cue_end]
            m2 = re.match(r"\s+", text[cue.cue_end:sent_end]) if re.search(r"quot(?:ed|es|ing)$", verb) or (
                re.search(r"(?:reported|cited|quoted)$", verb) and
                re.search(r"^\s+\S[^,.;]{0,60}?\s+as\s+(?:saying|stating|telling)\b", text[cue.cue_end:sent_end])) else None
            if m2 is None:
                continue
            m = m2
        a = cue.cue_end + m.end()
        b = _next_boundary(text, a, sent_end)
        ms = _mentions(text, a, b, reg)
        if not ms or ms[0].start > a + 4:
            # "citing sources" / "citing people familiar": the origin is unnamed; the relay keeps it
            if not cue.vague and _unnamed_origin(text, cue, a, b):
                cue.vague = True
                cue.evidence = ["the relay cites nobody by name"]
            continue
        origin = ms[0]
        cue.relay = cue.mention
        cue.mention = origin
        cue.rule += "+relay"
        if cue.rule.startswith("leading") and cue.scope_start <= a:
            cue.scope_start = max(cue.scope_start, origin.end)


_RE_INDEFINITE_START = re.compile(r"\s*(?:a|an|one)\s", re.IGNORECASE)  # one person (a group of officials is a collective)


def _indefinite_person(text: str, a: int, b: int) -> bool:
    """Does [a, b) read as one person described, not named ("a Kalmarian military intelligence officer"): "a",
    "an" or "one", and an unnamed head as the last word? ("two Westland officials" stays a collective.)"""
    words = text[a:b].split()
    return bool(words) and _RE_INDEFINITE_START.match(text, a) is not None and \
        _lex().re_unnamed_head.fullmatch(words[-1].strip(",.;").lower()) is not None


def _unnamed_origin(text: str, cue: _Cue, a: int, b: int) -> bool:
    """'Reuters, citing two security sources, reported': the unnamed origin's phrase becomes the source of the
    (vague) statement and the named speaker its relay. False when what is cited is no described speaker."""
    src = _unnamed_source(text, a, b)
    if src is None or not _lex().re_unnamed_head.search(src.text):
        return False
    cue.relay, cue.mention = cue.mention, src
    cue.rule += "+relay"
    return True



@lru_cache(maxsize=1)
def _re_cited_document() -> "re.Pattern":
    """A document cited by a speaker: "a survey of its members", "its own figures", "preliminary data"."""
    info = _lex().re_info  # the info nouns, longest first
    return re.compile(rf"(?:(?:a|an|the|its|their|his|her|own|new|latest|internal|preliminary|unpublished|"
                      rf"official|recent|annual|monthly|weekly|[\w-]+-(?:commissioned|run))\s+){{0,3}}(?:{info})\b")

_RE_COMPILED_BY = re.compile(r"\s+(?:(?:surveyed|polled|interviewed|questioned|canvassed|tracked)\s+by|at|with|from|of|for)\s+")


def _apply_compilers(doc: Document, cues: List[_Cue], reg: Registry) -> None:
    """'Economists polled by Reuters had forecast 1.9%': a group named by its role speaks through the survey
    that asked it, so the compiler (Reuters) is the claimant and the group stays in the evidence; so does
    the body a group works for ('analysts at Harlow Bank expect', 'officials with the port authority said')."""
    text = doc.text
    for cue in cues:
        m = cue.mention
        if cue.vague or m is None or m.kind != "collective" or not _lex().re_role_group.fullmatch(m.text):
            continue
        cm = _RE_COMPILED_BY.match(text, m.end)
        if cm is None:
            continue
        a = cm.end()
        ms = _mentions(text, a, _next_boundary(text, a, _sentence_end(doc, a)), reg)
        if ms and ms[0].start <= a + 4 and ms[0].kind in ("registry", "name"):
            cue.evidence.append(f"'{m.text}' {text[m.end:a].strip()} {ms[0].text}: the body it speaks through is the source")
            cue.mention = ms[0]
            cue.rule += "+compiler" if "by" in text[m.end:a].split() else "+body"
