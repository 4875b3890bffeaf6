"""Events before claims: which documents report one story, and when each figure's event happened.

A stage between attribution and claims. Figures may join one claim only when their documents are of one
**story**: documents that share enough rare named entities (people, bodies, places, names), at dates close
enough for what they share. Two shootings in one city twelve days apart share the city and its police;
one shooting's articles share the victim, the street, the hospital and the spokesperson. Each story is an
**event** of the report and of the graph, with a place, a date range and a title.

It scales: candidate pairs of documents come from an inverted index over entities held by few documents
(blocking), never from all pairs; the similarity of a candidate pair is a cosine over the entities of
both, each weighted by its inverse document frequency.

    >>> from attrib.model import Document
    >>> a = Document(path="a.md", text="Police in Vell said Tam Orrin, 30, was shot on Ash Street.")
    >>> b = Document(path="b.md", text="Tam Orrin died on Ash Street in Vell, police said.")
    >>> c = Document(path="c.md", text="In Dask, Mira Holt was shot at the Lark Inn.")
    >>> ev = find_events([a, b, c])
    >>> ev.story_of["a.md"] == ev.story_of["b.md"] != ev.story_of["c.md"]
    True

The tables (stop words, thresholds, date words) are data: attrib/data/events.yaml.
"""
from __future__ import annotations

import datetime
import hashlib
import math
import re
import unicodedata
import zlib
from collections import Counter
from pathlib import Path
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from .model import Document, Figure
from .records import dataclass, field

EVENTS_YAML = Path(__file__).resolve().parent / "data" / "events.yaml"


class EventLexicon:
    def __init__(self, data: dict):
        self.data = data
        self.similarity = float(data.get("story_similarity", 0.3))
        self.near_days = float(data.get("story_near_days", 3))
        self.per_doubling = float(data.get("story_similarity_per_doubling", 0.06))
        self.max_similarity = float(data.get("story_max_similarity", 0.7))
        self.series_similarity = float(data.get("series_similarity", 0.35))
        self.series_max_days = int(data.get("series_max_days", 400))
        self.block_max = int(data.get("block_max_docs", 60))
        self.min_shared = int(data.get("story_min_shared", 2))
        self.lede_days = int(data.get("story_lede_days", 7))
        self.strong_figures = int(data.get("story_strong_figures", 2))
        self.copy_similarity = float(data.get("copy_similarity", 0.5))
        self.copy_jaccard = float(data.get("copy_jaccard", 0.5))
        self.not_entities = {str(w).lower() for w in data.get("not_entities", [])}
        self.joiners = {str(w).lower() for w in data.get("name_joiners", [])}
        self.word_weight = float(data.get("word_weight", 0.5))
        self.word_min = int(data.get("word_min_length", 4))
        self.common_words = {str(w).lower() for w in data.get("common_words", [])}
        self.place_preps = {str(w).lower() for w in data.get("place_prepositions", [])}
        self.name_abbreviations = {str(w) for w in data.get("name_abbreviations", [])}
        self.weekdays = [str(w).lower() for w in data.get("weekdays", [])]
        self.months: Dict[str, int] = {}
        for k, words in (data.get("months") or {}).items():
            for w in words:
                self.months[str(w).lower()] = int(k)
        self.date_markers = sorted({str(w).lower() for w in data.get("date_markers", [])}, key=lambda w: -len(w))
        month_alt = "|".join(sorted(self.months, key=lambda w: -len(w)))
        self.month_day_rx = re.compile(r"\b(" + month_alt + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{3})",
                                       re.IGNORECASE) if month_alt else None
        self.weekday_rx = re.compile(r"\b(?:on\s+|late\s+|early\s+|last\s+)?(" + "|".join(self.weekdays) + r")\b",
                                     re.IGNORECASE) if self.weekdays else None

    _default: Optional["EventLexicon"] = None

    @classmethod
    def default(cls) -> "EventLexicon":
        if cls._default is None:
            import yaml

            with open(EVENTS_YAML, encoding="utf-8") as fh:
                cls._default = cls(yaml.safe_load(fh) or {})
        return cls._default

    def threshold(self, gap_days: Optional[float]) -> float:
        """The similarity two documents this many days apart must reach to be of one story."""
        if gap_days is None or gap_days <= self.near_days:
            return self.similarity
        return min(self.max_similarity, self.similarity + self.per_doubling * math.log2(gap_days / self.near_days))


# --------------------------------------------------------------------------------------------------
# Names


def fold(text: str) -> str:
    """A name as a key: accents dropped (Erdoğan = Erdogan), lower case, possessive 's dropped, curly
    apostrophes straightened, white space collapsed."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(ch for ch in t if not unicodedata.combining(ch)).replace("\u2019", "'").lower()
    t = re.sub(r"'s\b", "", t)
    return " ".join(re.findall(r"[a-z0-9]+", t))


_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*|&")


def _sentence_starts(doc: Document) -> Set[int]:
    starts: Set[int] = set()
    if doc.segments is not None:
        for s in doc.segments.sentences:
            starts.add(s.start)
        for b in doc.segments.blocks:
            starts.add(b.start)
    return starts


def _mid_sentence_capitals(doc: Document, starts: Set[int]) -> Set[str]:
    text = doc.text
    return {m.group(0) for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'-]*", text[doc.body_start:])
            if m.start() + doc.body_start not in starts}


@dataclass
class Name:
    start: int
    end: int
    key: str
    place: bool  # after a place preposition ("in Vell")


def doc_names(doc: Document, lex: Optional[EventLexicon] = None) -> List[Name]:
    """Runs of capitalised words in the body and title ("Bureau of Labor Statistics", "Tam Orrin"),
    without sentence-opening common words and the words of ``not_entities``."""
    lex = lex or EventLexicon.default()
    cached = doc.__dict__.get("_names")
    if cached is not None:
        return cached
    text = doc.text
    starts = _sentence_starts(doc)
    lower_words = None
    out: List[Name] = []
    run: List[Tuple[int, int, str]] = []
    prev_word = ""
    prev_end = -1

    def flush(run, before):
        nonlocal lower_words
        while run and run[-1][2].lower() in lex.joiners:
            run.pop()
        while run and (run[0][2].lower() in lex.joiners or run[0][2].lower().strip(".") in lex.not_entities):
            run.pop(0)
        if not run:
            return
        if len(run) == 1 and run[0][0] in starts:
            if lower_words is None:
                lower_words = _mid_sentence_capitals(doc, starts)
            if run[0][2] not in lower_words:
                return  # a word opening a sentence, never written with a capital elsewhere: a common word
        key = fold(" ".join(w for _, _, w in run))
        if key and len(key) > 1:
            out.append(Name(run[0][0], run[-1][1], key, before in lex.place_preps))

    region = [(doc.body_start, len(text))]
    title = doc.meta.get("title") if isinstance(doc.meta, dict) else None
    before = ""
    for lo, hi in region:
        for m in _WORD.finditer(text, lo, hi):
            w = m.group(0).rstrip(".'\u2019-")
            if not w:
                continue
            gap = text[run[-1][1]:m.start()] if run else ""
            cap = w[:1].isupper()
            if run and (not cap or w.lower().strip(".") in lex.not_entities) and w.lower() in lex.joiners \
                    and gap.strip() == "":
                run.append((m.start(), m.start() + len(w), w))
                continue
            # "Tam B. Orrin": a middle initial's full stop is inside the name; so is an abbreviated first word's
            # ("St. Adela Hospital", not "St" and an "Adela Hospital"; but "Ash St. Police said" is two)
            initial = bool(run) and gap.strip() == "." and (
                (len(run[-1][2]) == 1 and run[-1][2].isupper()) or (len(run) == 1 and run[0][2] in lex.name_abbreviations))
            # a place preposition stands right before the name: not "... outside." / "Orrin said", nor "in 2027, Orrin"
            adjacent = prev_end >= 0 and text[prev_end:m.start()].isspace()
            if cap and w.lower().strip(".") not in lex.not_entities and (not run or gap.strip() in ("", "-") or initial) \
                    and "\n" not in gap:
                if not run:
                    before = prev_word if adjacent else ""
                run.append((m.start(), m.start() + len(w), w))
            else:
                flush(run, before)
                run = []
                if cap and w.lower().strip(".") not in lex.not_entities:
                    before = prev_word if adjacent else ""
                    run = [(m.start(), m.start() + len(w), w)]
            prev_word = w.lower()
            prev_end = m.start() + len(w)
        flush(run, before)
        run = []
    if isinstance(title, str) and title.strip():
        for m in re.finditer(r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*", title):
            k = fold(m.group(0))
            if k and k not in lex.not_entities and len(k) > 1:
                out.append(Name(-1, -1, k, False))
    doc.__dict__["_names"] = out
    return out


_LOWER_WORD = re.compile(r"(?<![\w'-])[a-z][a-z'-]+")


def content_words(doc: Document, lex: Optional[EventLexicon] = None) -> Set[str]:
    """The document's lower-case content words (``w:`` + the word, a plural's s dropped), without the common
    words of ``common_words``."""
    lex = lex or EventLexicon.default()
    out: Set[str] = set()
    for m in _LOWER_WORD.finditer(doc.text, doc.body_start):
        w = m.group(0).strip("'-")
        if len(w) < lex.word_min or w in lex.common_words:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add("w:" + w)
    return out


def figure_keys(doc: Document) -> Set[str]:
    """Precise numbers the document states (``n:`` + the value, three or more significant digits: 295,000;
    46.85; not 2 or 16): articles that repeat one report share them."""
    out: Set[str] = set()
    for f in doc.figures:
        v = f.value
        if not f.is_figure or v is None or not math.isfinite(v) or v == 0:
            continue
        digits = f"{abs(v):.10g}".replace(".", "").strip("0")
        if len(digits) >= 3:
            out.add(f"n:{v:.10g}")
    return out


def entity_keys(doc: Document, lex: Optional[EventLexicon] = None) -> Set[str]:
    """The entities of a document: each name, each word of a name of several words, and its content words
    (``w:`` keys)."""
    lex = lex or EventLexicon.default()
    keys: Set[str] = content_words(doc, lex) | figure_keys(doc)
    for n in doc_names(doc, lex):
        keys.add(n.key)
        parts = n.key.split()
        if len(parts) > 1:
            keys.update(p for p in parts if len(p) > 2 and p not in lex.joiners and p not in lex.not_entities)
    return keys


# --------------------------------------------------------------------------------------------------
# Dates


def doc_date(doc: Document) -> Optional[datetime.date]:
    d = doc.meta.get("date") if isinstance(doc.meta, dict) else None
    if isinstance(d, datetime.datetime):
        return d.date()
    if isinstance(d, datetime.date):
        return d
    if isinstance(d, str):
        try:
            return datetime.date.fromisoformat(d.strip()[:10])
        except ValueError:
            return None
    return None


_PERIOD_BOUND = re.compile(r"\b(?:ended|ending|ends|end|through|thru|to|until|till)\s+(?:on\s+)?$", re.IGNORECASE)


def text_date(text: str, published: Optional[datetime.date],
              lex: Optional[EventLexicon] = None) -> Optional[Tuple[datetime.date, str]]:
    """The date a stretch of text names ("on Thursday", "as of Feb. 5", "October 7"), resolved against the
    publication date: a weekday is the latest such day on or before it; a month and day without a year take
    the publication year (the year before when that would lie more than a month after publication).

    >>> text_date("the toll rose on Thursday", datetime.date(2016, 10, 8))
    (datetime.date(2016, 10, 6), 'Thursday')
    >>> text_date("as of Feb. 5", datetime.date(2025, 2, 7))
    (datetime.date(2025, 2, 5), 'Feb. 5')
    >>> text_date("in the quarter ended Sept. 24", datetime.date(2016, 10, 25)) is None
    True
    >>> text_date("Two weeks ago, two people were killed", datetime.date(2027, 6, 20))
    (datetime.date(2027, 6, 6), 'Two weeks ago')
    """
    lex = lex or EventLexicon.default()
    if published is None:
        return None
    # "two weeks ago", "10 days ago", "last week": back from the publication date
    ago = _AGO.search(text)
    if ago:
        n = ago.group("n")
        n = 1 if n is None or n.lower() in ("a", "an", "one") else (int(n) if n.isdigit() else _AGO_NUMBERS[n.lower()])
        days = n * (7 if (ago.group("unit") or "week").lower().startswith("week") else 1)
        return published - datetime.timedelta(days=days), ago.group(0)
    if lex.month_day_rx is not None:
        # "the quarter ended Sept. 24", "the three months to 24 September": the end of a period the figure is
        # counted over, not the day it was reported (rule event-date)
        m = next((x for x in lex.month_day_rx.finditer(text) if not _PERIOD_BOUND.search(text, 0, x.start())), None)
        if m:
            month, day = lex.months[m.group(1).lower()], int(m.group(2))
            try:
                d = datetime.date(published.year, month, day)
            except ValueError:
                d = None
            if d is not None:
                if (d - published).days > 31:
                    d = d.replace(year=d.year - 1)
                return d, m.group(0)
    if lex.weekday_rx is not None:
        m = lex.weekday_rx.search(text)
        if m:
            wd = lex.weekdays.index(m.group(1).lower())
            back = (published.weekday() - wd) % 7
            return published - datetime.timedelta(days=back), m.group(1)
    return None


# --------------------------------------------------------------------------------------------------
# Stories


_AGO_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}
_AGO = re.compile(r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
                  r"(?P<unit>days?|weeks?)\s+ago|last\s+week)\b", re.IGNORECASE)


@dataclass
class Story:
    """One event of the report: documents that report it, where, when and under what title."""

    id: str
    paths: List[str]
    place: Optional[str] = None
    first: Optional[datetime.date] = None
    last: Optional[datetime.date] = None
    title: str = ""
    entities: List[str] = field(default_factory=list)  # the entities most of its documents share
    joined: Dict[str, str] = field(default_factory=dict)  # path -> why it joined the story

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "place": self.place,
                "date": self.first.isoformat() if self.first else None,
                "last_date": self.last.isoformat() if self.last else None,
                "documents": list(self.paths), "entities": list(self.entities),
                "joined": dict(sorted(self.joined.items()))}

    @property
    def date_label(self) -> str:
        if self.first is None:
            return "date unknown"
        if self.last and self.last != self.first:
            return f"{self.first.isoformat()}..{self.last.isoformat()}"
        return self.first.isoformat()


@dataclass
class Events:
    stories: List[Story]
    story_of: Dict[str, str]  # document path -> story id
    series_of: Dict[str, str] = field(default_factory=dict)  # document path -> series id (stories far apart)
    copy_of: Dict[str, str] = field(default_factory=dict)  # document path -> the first path of its wire copy

    def story(self, path: str) -> Optional[Story]:
        sid = self.story_of.get(path)
        return self._by_id.get(sid) if sid else None

    def __post_init__(self):
        self._by_id = {s.id: s for s in self.stories}

    def story_named(self, doc: Document, start: int, end: int, when: str,
                    lex: Optional["EventLexicon"] = None) -> Optional[Story]:
        """The one other story that a stretch of ``doc`` names in passing (rule event-mention): "since the stabbing
        at the Kell Row bus station in April, in which three people were hurt". ``when`` is the month or year the
        stretch sets it in ("april", "2025"). The stretch must name something that no other part of its own story
        names and that the documents of exactly one other story name, and that story must lie in ``when``."""
        lex = lex or EventLexicon.default()
        own = self.story_of.get(doc.path)
        published = doc_date(doc)
        if own is None or published is None:
            return None
        votes = self._named(doc, start, end, lex)[1]
        if len(votes) != 1:
            return None
        st = self._by_id.get(next(iter(votes)))
        if st is None or st.first is None:
            return None
        if when.isdigit():
            return st if st.first.year <= int(when) <= (st.last or st.first).year else None
        month = lex.months.get(when.rstrip("."))
        if month is None:
            return None
        year = published.year if month <= published.month else published.year - 1
        lo, hi = datetime.date(year, month, 1), datetime.date(year + month // 12, month % 12 + 1, 1)
        return st if st.first < hi and (st.last or st.first) >= lo else None

    def story_on_day(self, doc: Document, start: int, end: int, day: datetime.date,
                     lex: Optional["EventLexicon"] = None) -> Optional[Story]:
        """The one other story that a stretch of ``doc`` sets on ``day`` ("The June 3 shooting killed two people"),
        when it lies on that day (a document of it published then or the day after, or whose lede names that day):
        the one the stretch's names point to (as for story_named), or, when they point to none, the one story
        of that day close to ``doc`` (similarity at least half the threshold), unless ``doc``'s own lede names that
        day (then the day is its own incident's)."""
        lex = lex or EventLexicon.default()
        own = self.story_of.get(doc.path)
        if own is None:
            return None
        days = self.__dict__.get("_days") or {}
        on_day = [sid for sid in days.get(day, ()) if sid != own]
        votes = self._named(doc, start, end, lex)[1]
        if votes:  # a name of the stretch points to another story: that one, or none
            sid = next(iter(votes)) if len(votes) == 1 else None
            return self._by_id.get(sid) if sid in on_day else None
        if day in (self.__dict__.get("_lede_of") or {}).get(doc.path, ()):
            return None
        sims = self.__dict__.get("_sims") or {}
        close = [sid for sid in on_day
                 if any(sims.get((doc.path, p) if doc.path < p else (p, doc.path), 0.0) >= lex.similarity / 2
                        for p in self._by_id[sid].paths)]
        return self._by_id[close[0]] if len(close) == 1 else None

    def _named(self, doc: Document, start: int, end: int, lex: "EventLexicon") -> Tuple[list, Set[str]]:
        """The names a stretch of ``doc`` holds, and the other stories that exactly one of its names points to: a
        name (or a word of a name) that no other part of its own story names and the documents of exactly one other
        story name."""
        own = self.story_of.get(doc.path)
        words = lambda nm: {nm.key} | {p for p in nm.key.split() if len(p) > 2 and p not in lex.joiners  # noqa: E731
                                        and p not in lex.not_entities and p not in lex.common_words}
        docs_of = self.__dict__.get("_docs_by_path") or {doc.path: doc}
        index = self.__dict__.get("_name_index")
        if index is None:  # name key -> the stories whose documents name it (built once, linear in the names)
            index = self.__dict__["_name_index"] = {}
            for p in sorted(docs_of):
                for nm in doc_names(docs_of[p], lex):
                    for k in words(nm):
                        index.setdefault(k, set()).add(self.story_of.get(p))
        mine = [nm for nm in doc_names(doc, lex) if start <= nm.start < end]
        own_paths = self._by_id[own].paths if own in self._by_id else [doc.path]
        elsewhere = {k for p in own_paths if p in docs_of
                     for nm in doc_names(docs_of[p], lex) if not (p == doc.path and start <= nm.start < end)
                     for k in words(nm)}
        votes = {sid for nm in mine for k in words(nm) - elsewhere
                 for sid in [next(iter(index.get(k, set()) - {own}), None)] if len(index.get(k, set()) - {own}) == 1}
        return mine, votes


def lede_date(doc: Document, published: Optional[datetime.date],
              lex: Optional[EventLexicon] = None) -> Optional[datetime.date]:
    """The day the incident of a document happened, as its lede (first sentence of its body) names it ("arrested a
    man in the shooting on Saturday", "as crowds left the fireworks on July 4"): at most ``story_lede_days`` before
    publication and not after it; else None."""
    lex = lex or EventLexicon.default()
    if published is None or doc.segments is None:
        return None
    first = next((x for x in sorted(doc.segments.sentences, key=lambda x: x.start) if x.start >= doc.body_start), None)
    if first is None:
        return None
    got = text_date(doc.text[first.start:first.end], published, lex)
    if got is None or not 0 <= (published - got[0]).days <= lex.lede_days:
        return None
    return got[0]


def _title(doc: Document) -> str:
    t = doc.meta.get("title") if isinstance(doc.meta, dict) else None
    if isinstance(t, str) and t.strip():
        return " ".join(t.split())
    body = doc.text[doc.body_start:].strip()
    line = body.split("\n", 1)[0].strip().lstrip("#").strip()
    return (line[:77] + "...") if len(line) > 80 else line


_SHINGLE_WORD = re.compile(r"\w+")


def _shingles(doc: Document, k: int = 5) -> Set[int]:
    got = doc.__dict__.get("_shingles")
    if got is None:
        words = _SHINGLE_WORD.findall(doc.text[doc.body_start:].lower())
        got = {zlib.crc32(" ".join(words[i:i + k]).encode("utf-8")) for i in range(max(0, len(words) - k + 1))}
        doc.__dict__["_shingles"] = got
    return got


def _shingle_jaccard(a: Document, b: Document) -> float:
    """The share of five-word runs two documents have in common (of all either has)."""
    sa, sb = _shingles(a), _shingles(b)
    if min(len(sa), len(sb)) < _COPY_MIN_RUNS:
        return 0.0  # too short to tell a copy from two outlets' one-line reports
    return len(sa & sb) / len(sa | sb)


_COPY_MIN_RUNS = 30  # five-word runs: some 35 words


def _main_place(doc: Document, lex: EventLexicon) -> Optional[str]:
    """The place a document is set in: a name after a place preposition ("in Vell") that the document names
    at least twice, anywhere ("Vell Police Department"); the most frequent of them. A place named once (a
    dateline, "in India") sets nothing."""
    names = doc_names(doc, lex)
    cands = {nm.key for nm in names if nm.place}
    if not cands:
        return None
    count = Counter()
    for nm in names:
        for k in cands:
            if nm.key == k or f" {k} " in f" {nm.key} ":
                count[k] += 1
    best = sorted(((v, k) for k, v in count.items() if v >= 2), key=lambda x: (-x[0], x[1]))
    return best[0][1] if best else None


def _rest_shares(a: List[int], b: List[int], i: int, j: int, margin: Dict[Tuple[int, int], float],
                 lex: EventLexicon) -> bool:
    """Whether two groups, without documents ``i`` and ``j``, share on average at least half the threshold."""
    ra, rb = [x for x in a if x not in (i, j)], [y for y in b if y not in (i, j)]
    if not ra or not rb:
        return False
    total = sum(margin.get((x, y) if x < y else (y, x), -lex.similarity) for x in ra for y in rb)
    return total / (len(ra) * len(rb)) >= -lex.similarity / 2


def find_events(docs: Sequence[Document], lex: Optional[EventLexicon] = None) -> Events:
    """Group documents into stories (connected components of document pairs that share enough)."""
    lex = lex or EventLexicon.default()
    docs = sorted(docs, key=lambda d: (d.path, d.text))  # one order whatever the input's: the same stories
    n = len(docs)
    ents = [entity_keys(d, lex) for d in docs]
    dates = [doc_date(d) for d in docs]
    ledes = [lede_date(d, dates[i], lex) or dates[i] for i, d in enumerate(docs)]
    df: Counter = Counter()
    for e in ents:
        df.update(e)
    idf = {k: (math.log((1 + n) / (1 + v)) + 1.0) * (lex.word_weight if k.startswith("w:") else 1.0)
           for k, v in df.items()}
    # the norm counts what the document could share: entities held by at least one other document
    norm = [math.sqrt(sum(idf[k] ** 2 for k in e if df[k] > 1)) for e in ents]
    # blocking: pairs of documents that share an entity held by few documents
    index: Dict[str, List[int]] = {}
    for i, e in enumerate(ents):
        for k in e:
            if 2 <= df[k] <= lex.block_max and not k.startswith("w:"):
                index.setdefault(k, []).append(i)
    pairs: Set[Tuple[int, int]] = set()
    for k in sorted(index):
        ids = index[k]
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                pairs.add((ids[a], ids[b]))
    parent = list(range(n))
    series = list(range(n))
    copies = list(range(n))

    def find(x, parent=parent):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # the places each document is set in ("in Vell", "near Dask"): two that share none are two events
    places = [_main_place(d, lex) for d in docs]
    why: Dict[int, Tuple[float, int, str]] = {}
    margin: Dict[Tuple[int, int], float] = {}
    links: List[Tuple[float, int, int, str]] = []
    sims: Dict[Tuple[str, str], float] = {}  # pairs of paths that share at least half the threshold (event-mention)
    for i, j in sorted(pairs):
        shared = ents[i] & ents[j]
        if len(shared) < lex.min_shared or not norm[i] or not norm[j]:
            continue
        sim = sum(idf[k] ** 2 for k in shared) / (norm[i] * norm[j])
        gap = abs((dates[i] - dates[j]).days) if dates[i] and dates[j] else None
        # a follow-up is as near as the day its lede names: "arrested a man in Saturday's shooting" three days on
        # is as near to Saturday's reports as they are to each other (rule story-lede-date)
        lede_gap = abs((ledes[i] - ledes[j]).days) if gap is not None and ledes[i] and ledes[j] else None
        by_lede = lede_gap is not None and lede_gap < gap
        if by_lede:
            gap = lede_gap
        if sim >= lex.series_similarity and (gap is None or gap <= lex.series_max_days):
            si, sj = find(i, series), find(j, series)
            if si != sj:
                series[max(si, sj)] = min(si, sj)
        margin[(i, j)] = sim - lex.threshold(gap)
        if sim >= lex.similarity / 2:
            sims[(docs[i].path, docs[j].path) if docs[i].path < docs[j].path else (docs[j].path, docs[i].path)] = sim
        if sim >= lex.copy_similarity and _shingle_jaccard(docs[i], docs[j]) >= lex.copy_jaccard:
            ci, cj = find(i, copies), find(j, copies)  # one wire copy under two mastheads (rule story-same-copy)
            if ci != cj:
                copies[max(ci, cj)] = min(ci, cj)
        strong = sum(1 for k in shared if k.startswith("n:")) >= lex.strong_figures
        if places[i] and places[j] and places[i] not in ents[j] and places[j] not in ents[i]:
            margin[(i, j)] = -lex.similarity  # each is set in a place the other never names (story-places-differ)
            strong = False
        if margin[(i, j)] < 0 and not (strong and sim >= lex.threshold(gap) / 2):
            continue
        top = sorted((k for k in shared if not k.startswith("w:")), key=lambda k: (-idf[k], k))[:4]
        top = [f"the figure {k[2:]}" if k.startswith("n:") else k for k in top]
        reason = f"shares {', '.join(top)} with {docs[i].path} (similarity {sim:.2f}" + \
                 (f", {gap} day(s) apart" + (" by the day each lede names" if by_lede else "") + ")"
                  if gap is not None else ")")
        links.append((sim, i, j, reason, strong))
    # average linkage: two groups of documents join when their pairs pass the threshold on average (a pair
    # that was no candidate counts as sharing nothing), so one strong pair cannot chain two incidents of a town
    members_of: Dict[int, List[int]] = {i: [i] for i in range(n)}
    for sim, i, j, reason, strong in sorted(links, key=lambda x: (-x[0], x[1], x[2])):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        a, b = members_of[ri], members_of[rj]
        total = sum(margin.get((x, y) if x < y else (y, x), -lex.similarity) for x in a for y in b)
        # rule story-figures: the same precise figures, the same report; a document joins a group so, but two
        # groups of several documents only when the rest of them (without the pair's two documents) shares, on
        # average, at least half the threshold (as a strong pair must): a bridge (a roundup, a README that names
        # every story's figures) is close to each story while the stories share nothing (rule story-no-bridge)
        # rule story-follow-up: one document joins a group when it passes the threshold with one of them (this
        # pair, the strongest left) and reaches half of it with every other
        single = min(len(a), len(b)) == 1 and all(
            margin.get((x, y) if x < y else (y, x), -lex.similarity) >= -lex.similarity / 2 for x in a for y in b)
        if total < 0 and not single and not (strong and (min(len(a), len(b)) == 1 or _rest_shares(a, b, i, j, margin, lex))):
            continue
        if strong:
            reason += f" and {sum(1 for k in ents[i] & ents[j] if k.startswith('n:'))} precise figures"
        root, other = min(ri, rj), max(ri, rj)
        parent[other] = root
        members_of[root] = a + b
        del members_of[other]
        if j not in why:
            why[j] = (sim, i, reason)
        elif i not in why:
            why[i] = (sim, j, reason.replace(docs[i].path, docs[j].path))
        si, sj = find(i, series), find(j, series)  # a story lies inside one series
        if si != sj:
            series[max(si, sj)] = min(si, sj)
    comps: Dict[int, List[int]] = {}
    for i in range(n):
        comps.setdefault(find(i), []).append(i)
    stories: List[Story] = []
    story_of: Dict[str, str] = {}
    for root in sorted(comps, key=lambda r: docs[r].path):
        members = sorted(comps[root], key=lambda i: docs[i].path)
        paths = [docs[i].path for i in members]
        # named by its documents' content, not their paths: the same articles give the same event ids
        digests = sorted(hashlib.sha1(docs[i].text.encode("utf-8", "surrogatepass")).hexdigest()[:16] for i in members)
        sid = "event-" + hashlib.sha1("\n".join(digests).encode("utf-8")).hexdigest()[:10]
        ds = sorted(d for d in (dates[i] for i in members) if d)
        count: Counter = Counter()
        for i in members:
            count.update(ents[i])
        common = [k for k, v in sorted(count.items(), key=lambda kv: (-kv[1] * idf[kv[0]], kv[0]))
                  if v >= max(2, (len(members) + 1) // 2)][:6] if len(members) > 1 else []
        places_: Counter = Counter(places[i] for i in members if places[i])
        if not places_:
            for i in members:
                places_.update({nm.key for nm in doc_names(docs[i], lex) if nm.place})
        place = None
        if places_:
            place = sorted(places_.items(), key=lambda kv: (-kv[1], -idf.get(kv[0], 0), kv[0]))[0][0]
        first = min(members, key=lambda i: (dates[i] or datetime.date.max, docs[i].path))
        st = Story(id=sid, paths=paths, place=place, first=ds[0] if ds else None, last=ds[-1] if ds else None,
                   title=_title(docs[first]), entities=common)
        for i in members:
            st.joined[docs[i].path] = why[i][2] if i in why else (
                "first document of the story" if len(members) > 1 else "alone: shares too little with any other "
                                                                       "document")
        stories.append(st)
        for p in paths:
            story_of[p] = sid
    series_of = {docs[i].path: "series-" + docs[find(i, series)].path for i in range(n)}
    copy_of = {docs[i].path: docs[find(i, copies)].path for i in range(n)}
    ev = Events(stories, story_of, series_of, copy_of)
    ev.__dict__["_docs_by_path"] = {d.path: d for d in docs}
    ev.__dict__["_sims"] = sims
    # the days each story lies on: its documents' publication dates, the days before them, the days their ledes name
    days: Dict[datetime.date, List[str]] = {}
    lede_of: Dict[str, Set[datetime.date]] = {}
    for i, d in enumerate(docs):
        own = set()
        if dates[i]:
            own.update((dates[i], dates[i] - datetime.timedelta(days=1)))
        if ledes[i] and ledes[i] != dates[i]:
            own.add(ledes[i])
            lede_of[d.path] = {ledes[i]}
        for x in sorted(own):
            ids = days.setdefault(x, [])
            if story_of[d.path] not in ids:
                ids.append(story_of[d.path])
    ev.__dict__["_days"] = days
    ev.__dict__["_lede_of"] = lede_of
    return ev


def figure_date(doc: Document, f: Figure, published: Optional[datetime.date],
                lex: Optional[EventLexicon] = None) -> Tuple[Optional[datetime.date], Optional[str]]:
    """The date of the event a figure reports: a date its sentence names, else the document's date."""
    if f.sentence is not None and published is not None:
        got = text_date(doc.text[f.sentence.start:f.sentence.end], published, lex)
        if got is not None:
            return got
    return published, None


def iter_entities(docs: Iterable[Document]) -> Iterable[Tuple[str, Set[str]]]:  # for tests and benchmarks
    for d in docs:
        yield d.path, entity_keys(d)
