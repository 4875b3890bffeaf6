"""Report continuation: the figures a body's release goes on to give, in the sentences after its statement.

News prose names a statistics release, a poll or a company's results once and then reports more of its
figures with no cue of their own: "Sales rose 3.5%, the group said. Cash buyers accounted for 31%." A
figure with no cue at all takes the body whose statement holds the figures just before it when:

- that statement is an organisation's or a document's (a person's quotation is not continued: the next
  sentence may be the writer's own), and no other source speaks in between;
- it lies in the same paragraph or the next two blocks (a list's introduction may stand between), within ``_REACH`` sentences of the body's last cue or
  of the last figure continued, with no heading in between;
- it is a percentage, a lead in points or a sample opening a sentence ("Of 640 registered voters, 41% ..."),
  and the statement is a poll's or a survey's (its crosstabs);
- its sentence holds no quotation (someone's words), no cue of any kind, and no other time (a year,
  "last year", "earlier").

A release of statistics or results is continued by its own, narrower rule (``continue_releases``,
rule release-continuation): only a statistic's exact level, change or comparison base, and never the
writer's own synthesis around it.

The figure keeps the evidence: which statement it continues, and where that statement was made.
"""
from __future__ import annotations

from bisect import bisect_right
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List

from ..figures.lex import _lex as figures_lex
from ..model import Document, Span, Statement
from .lexicon import _lex
from .scope import _clause_start, _sentence_of

_REACH = 3  # sentences after the last sentence with the body's own cue
_BLOCKS = 2  # blocks after the one with the cue (a list's one-line introduction between them)
_QUOTES = ('"', "\u201c", "\u201d")
# a sentence about another time is the writer's background, not the poll's: "Turnout in the last race was 52%"
_RE_OTHER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|last\s+(?:year|month|election|race|cycle|time|spring|summer|fall|autumn|winter)|"
                            r"previous|earlier|ago|in\s+the\s+past)\b", re.IGNORECASE)
_RE_POINTS = re.compile(r"(?:percentage\s+)?points?\b")
_RE_SAMPLE = re.compile(r"\b(?:voters|respondents|adults|residents\s+surveyed|people\s+surveyed)\b")
# a poll other than the one continued: "A third survey", "another poll", "a new Halden poll"
_RE_OTHER_POLL = re.compile(r"\b(?:[Aa]n?|[Aa]nother|[Tt]he\s+(?:other|second|third|latest|new))\s+(?:[\w/.'-]+\s+){0,3}?"
                            r"(?:poll|survey)\b")
_RE_POLL = re.compile(r"\b(?:poll|polls|polling|survey|surveys|surveyed)\b", re.IGNORECASE)


def continue_reports(doc: Document, statements: List[Statement], claimants: Dict) -> List[Statement]:
    """Give cue-less figures to the report they continue; return the continuation statements made."""
    sents = doc.segments.sentences
    blocks = doc.segments.blocks
    starts = [s.start for s in sents]
    by_id = {st.id: st for st in statements}
    cue_sentences: Dict[int, set] = {}  # sentence index -> claimants (None when vague) whose cue is in it
    for st in statements:
        i = bisect_right(starts, st.cue.start) - 1
        cue_sentences.setdefault(i, set()).add(st.claimant)
    made: List[Statement] = []
    polls = sorted((st.cue.start, i, st) for i, st in enumerate(statements)
                   if st.claimant and st.status == "attributed" and _is_poll(doc, st))
    poll_starts = [p for p, _, _ in polls]
    last = None  # (statement, sentence index of its cue)
    for f in sorted((f for f in doc.figures if f.is_figure), key=lambda f: f.start):
        si = bisect_right(starts, f.start) - 1
        if si < 0:
            continue
        k = bisect_right(poll_starts, f.start) - 1
        if k >= 0 and (last is None or polls[k][2].cue.start > last[0].cue.start) and \
                bisect_right(starts, polls[k][0]) - 1 < si:
            last = (polls[k][2], bisect_right(starts, polls[k][0]) - 1)  # a poll named with no figure of its own
        if last is not None:
            st, s0 = last
            between = range(s0 + 1, si + 1)
            if si - s0 > _REACH or sents[si].block - sents[s0].block > _BLOCKS or \
                    any(blocks[b].kind == "heading" for b in range(sents[s0].block + 1, sents[si].block + 1)) or \
                    any(cue_sentences.get(j, set()) - {st.claimant} for j in between):
                last = None
        if f.status == "attributed":
            st = by_id.get(f.statement)
            cl = claimants.get(st.claimant) if st is not None else None
            reportable = cl is not None and _is_poll(doc, st)
            last = (st, bisect_right(starts, st.cue.start) - 1) if reportable and st.rule != "continuation" else \
                (last if st is not None and st.rule == "continuation" else None)
            continue
        if f.status == "vague":
            last = None
            continue
        if last is not None and _RE_OTHER_POLL.search(doc.text, sents[si].start, f.start):
            last = None  # "A third survey, by the Ledger, put Whitlow ahead 49% to 43%": another poll's figures
            continue
        if last is None or not (f.kind == "percent" or _RE_POINTS.match(f.unit or "") or
                                _RE_SAMPLE.search(f.unit or "") and
                                doc.text[sents[si].start:f.start].strip().lower() == "of") or si in cue_sentences or any(q in doc.text[sents[si].start:sents[si].end] for q in _QUOTES) or \
                _RE_OTHER_TIME.search(doc.text, sents[si].start, sents[si].end) or \
                not f.explanation or not f.explanation[-1].startswith("no cue governs"):
            continue
        st, s0 = last
        cont = Statement(id=f"{st.id}-cont-{f.start}", rule="continuation", cue=st.cue, source=st.source,
                         claimant=st.claimant, scope_start=sents[si].start, scope_end=sents[si].end,
                         relays=list(st.relays), evidence=list(st.evidence))
        made.append(cont)
        last = (st, si)  # the chain goes on from here: a poll's findings run over several paragraphs
        name = claimants[st.claimant].c.name
        f.claimant, f.status, f.statement = st.claimant, "attributed", cont.id
        f.explanation[-1] = (f"rule continuation: no cue of its own; it continues {name}'s statement "
                             f"(cue '{st.cue.text}', line {doc.line_col(st.cue.start)[0]}) with no other source "
                             f"in between")
    return made


# a release is an organisation's; a person, a vague group, an outlet or a compiler of others' views is not
_NO_RELEASE_TYPES = {"person", "collective", "analyst", "think-tank", "media", "wire"}
# the base a statistic is compared with: "down from", "compared with a profit of", "versus"
_RE_BASE = re.compile(r"\b(?:(?:up|down|off|higher|lower|rise|fall|drop|increase|decrease)\s+from|compared\s+(?:to|with)|"
                      r"versus|vs\.?)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+of\s+)?$", re.IGNORECASE)
_PUBLIC_TYPES = {"official-body", "ministry", "government", "international-org"}
_RELEASE_REACH = 6  # sentences after the release's cue or the last figure restated
_RELEASE_BLOCKS = 3
_RE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def continue_releases(doc: Document, statements: List[Statement], claimants: Dict) -> List[Statement]:
    """Give a release's restated figures to its body (rule release-continuation); return the statements made.

    "Payrolls rose 120,000 in May, the bureau said. The jobless rate fell to 4.1%." A cue-less figure takes
    the organisation whose release was last stated before it when the figure is a statistic's exact level
    or change ("fell to 4.1%", "rose 3 cents", "was unchanged at 329,000"), within ``_RELEASE_REACH``
    sentences and ``_RELEASE_BLOCKS`` blocks of the release or of the last figure restated, with no
    heading, no other source's cue, no quotation and no other cue in between or in its sentence. Not
    continued: hedged figures ("more than 3 million": a writer's summary), a sentence of the writer's own
    synthesis (a streak, a record, market prices: ``release_breaks``), a sentence about a year before the
    previous one, and statements of expectation or intention (``forecast_cue_stems``).
    """
    L = _lex()
    sents = doc.segments.sentences
    blocks = doc.segments.blocks
    starts = [s.start for s in sents]
    year = _pub_year(doc)
    own_figures: Dict[str, List] = {}  # statement id -> the figures it gives
    for f in doc.figures:
        if f.statement:
            own_figures.setdefault(f.statement, []).append(f)
    releases = sorted((st.cue.start, i, st) for i, st in enumerate(statements)
                      if _is_release(doc, st, claimants, L, own_figures.get(st.id, [])))
    # sentence index -> the sources whose cue in it breaks a release's chain: another's figures, not an
    # expectation compared with the result ("ahead of Wall Street's expectation of $1.65") nor a comment with no figure
    breaks: Dict[int, set] = {}
    for st in statements:
        i = bisect_right(starts, st.cue.start) - 1
        if st.id in own_figures and not _expectation(st, L) and not _expectation_scope(doc, st, L):
            breaks.setdefault(i, set()).add(st.claimant)
    made: List[Statement] = []
    k = 0
    last = None  # (release statement, sentence index of the last anchor)
    for f in sorted((f for f in doc.figures if f.is_figure), key=lambda f: f.start):
        si = bisect_right(starts, f.start) - 1
        while k < len(releases) and bisect_right(starts, releases[k][0]) - 1 < si:
            last = (releases[k][2], bisect_right(starts, releases[k][0]) - 1)
            k += 1
        if last is not None:
            st, s0 = last
            if si - s0 > _RELEASE_REACH or sents[si].block - sents[s0].block > _RELEASE_BLOCKS or \
                    any(blocks[b].kind == "heading" for b in range(sents[s0].block + 1, sents[si].block + 1)) or \
                    any(breaks.get(j, set()) - {st.claimant} for j in range(s0 + 1, si + 1)):
                last = None
        if f.status != "unsourced" or last is None or si in breaks or not _restatable(f, doc.text) or \
                not _statistic_verb(doc.text, sents[si].start, f) or \
                not f.explanation or not f.explanation[-1].startswith("no cue governs"):
            if f.status == "vague":
                last = None
            continue
        sent = doc.text[sents[si].start:sents[si].end]
        if any(q in sent for q in _QUOTES) or L.re_release_break.search(sent) or \
                _expectation_words(doc.text[sents[si].start:f.start], L) or \
                _other_year(sent, year, _sentence_text(doc, starts, last[0].cue.start)):
            continue
        st, _ = last
        if _other_body(doc.text, sents[si].start, f.start, claimants[st.claimant].c.name, L):
            continue  # "The Monetary Fund expanded its loan to $8 billion": the writer's news of another body
        cont = Statement(id=f"{st.id}-rel-{f.start}", rule="release-continuation", cue=st.cue, source=st.source,
                         claimant=st.claimant, scope_start=sents[si].start, scope_end=sents[si].end,
                         relays=list(st.relays), evidence=list(st.evidence))
        made.append(cont)
        last = (st, si)
        name = claimants[st.claimant].c.name
        f.claimant, f.status, f.statement = st.claimant, "attributed", cont.id
        what = f"an exact {f.change}" if f.change else "the exact base of a comparison"
        f.explanation[-1] = (f"rule release-continuation: no cue of its own; {what} of a statistic "
                             f"restated from {name}'s release (cue '{st.cue.text}', line "
                             f"{doc.line_col(st.cue.start)[0]}) with no other source in between")
    return made


def _restatable(f, text: str = "") -> bool:
    """A statistic's exact level or change, or the base it is compared with ("down from 48 million",
    "compared with a profit of $1.96 a share"): what a release gives and a text restates."""
    if f.hedge not in ("exact", "range") or f.kind not in ("count", "percent", "money", "quantity") or \
            f.kind == "quantity" and f.change != "change":  # "The quay is 800 metres long": a description
        return False
    return f.change in ("level", "change") or bool(text and _RE_BASE.search(text, max(0, f.start - 50), f.start))


def _other_body(text: str, lo: int, hi: int, release: str, L) -> bool:
    """Whether the clause before a figure names an organisation other than the release's body."""
    own = {w.lower() for w in release.split()}
    for m in L.re_name.finditer(text, lo, hi):
        words = [w.lower().strip(".,\u2019'") for w in m.group().split()]
        if len(words) == 1 and not text[lo:m.start()].strip():
            continue  # "Health care led the gains": a capitalised word opening the sentence names nobody
        if any(w in L.org_words for w in words) and not own & set(words):
            return True
    return False


def _statistic_verb(text: str, start: int, f) -> bool:
    """Whether a verb of change or level governs the figure in its clause ("fell to 4.1%", "stood at 212",
    "added 9,000"), not a bare "at" of place ("offers shots at 140 pharmacies")."""
    L = figures_lex()
    words = re.findall(r"[a-z']+", text[max(start, f.start - 60):f.start].lower())
    if words and words[-1] == "at":
        return any(w in L.level_verbs or w in L.change_verbs or w in L.change_nouns for w in words[-6:-1])
    return True


def _is_release(doc: Document, st: Statement, claimants: Dict, L, own: List) -> bool:
    """An organisation's attributed statement that is no expectation, intention or poll."""
    cl = claimants.get(st.claimant) if st.claimant else None
    if cl is None or st.status != "attributed" or cl.category != "org" or (cl.c.type or "") in _NO_RELEASE_TYPES:
        return False
    if _expectation(st, L) or _is_poll(doc, st):
        return False
    # a release gives statistics: the body is a public one, or the statement gives figures of its own and
    # names its results or data, or one of them is a level or a change
    if (cl.c.type or "") in _PUBLIC_TYPES:
        return True
    lo = min(st.cue.start, st.source.start if st.source else st.cue.start)
    return bool(own) and (bool(L.re_release_noun.search(doc.text, lo, st.cue.end + 30)) or any(_restatable(f) for f in own))


def _expectation(st: Statement, L) -> bool:
    """Whether a statement's cue is one of expectation or intention ("economists' forecasts", "expects")."""
    return any(w.startswith(L.forecast_cue_stems) for w in re.findall(r"[a-z]+", st.cue.text.lower()))


def _expectation_scope(doc: Document, st: Statement, L) -> bool:
    """Whether a statement's own words are of expectation ("the rate was predicted to fall to 5.6%, according
    to analysts"): a forecast compared with the result, which does not interrupt the release."""
    return _expectation_words(doc.text[st.scope_start:st.scope_end], L)


def _expectation_words(text: str, L) -> bool:
    """Whether a text speaks of an expectation ("projected to peak at 5.4%", "the consensus"), other than
    to compare with one ("a better-than-expected 295,000")."""
    words = re.findall(r"[a-z]+", L.re_expectation_compared.sub(" ", text).lower())
    return any(w.startswith(L.expectation_stems) for w in words)


def _sentence_text(doc: Document, starts: List[int], pos: int) -> str:
    s = doc.segments.sentences[max(0, bisect_right(starts, pos) - 1)]
    return doc.text[s.start:s.end]


def _other_year(sentence: str, year, release_sentence: str) -> bool:
    """Whether a sentence speaks of a year before the one before publication ("peaked at 10% in 2009"); with
    no publication date, of a year the release's sentence does not name."""
    years = [int(y) for y in _RE_YEAR.findall(sentence)]
    if year:
        return any(y < year - 1 for y in years)
    own = {int(y) for y in _RE_YEAR.findall(release_sentence)}
    return any(y not in own for y in years)


def _pub_year(doc: Document):
    m = re.match(r"\s*((?:19|20)\d\d)", str(doc.meta.get("date") or ""))
    return int(m.group(1)) if m else None


def _is_poll(doc: Document, st: Statement) -> bool:
    """Whether a statement is a poll's or a survey's ("A Marlow poll found", "the survey puts", "Exit polling
    conducted by X shows")."""
    lo = min(st.cue.start, st.source.start if st.source else st.cue.start)
    sents = doc.segments.sentences
    i = _sentence_of(sents, lo)
    lo = _clause_start(doc.text, sents[i].start, lo) if i is not None else lo
    return _RE_POLL.search(doc.text, lo, st.cue.end + 40) is not None
