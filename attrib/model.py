"""The data that flows through attrib's pipeline.

read -> segment -> figures -> attribution -> (graph -> claims) -> render.
Every stage takes and returns these plain dataclasses; no stage imports a later one.
Offsets are Python string indices into ``Document.text`` (front matter included).
"""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional

from .records import dataclass, field

# Kinds of number-like tokens that are no figure to source.
NON_FIGURE_KINDS = frozenset({"date", "time", "year", "duration", "ordinal", "age"})
# Kinds of figures that need a source.
FIGURE_KINDS = frozenset({"count", "quantity", "percent", "money", "ratio"})

STATUSES = ("attributed", "vague", "unsourced")


@dataclass
class Span:
    """A stretch of the document's text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Sentence:
    start: int
    end: int
    block: int  # index of the block (paragraph, list item, heading) that holds it
    index: int  # position among all sentences of the document


@dataclass
class Block:
    start: int
    end: int
    kind: str  # paragraph | item | heading
    index: int


@dataclass
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (or the block end when unclosed)
    closed: bool
    scare: bool  # a short quotation used as a term, not speech


@dataclass
class Segments:
    blocks: List[Block]
    sentences: List[Sentence]
    quotes: List[Quote]


@dataclass
class Document:
    path: str
    text: str
    body_start: int = 0  # offset just past the YAML front matter
    meta: Dict[str, object] = field(default_factory=dict)
    figures: List["Figure"] = field(default_factory=list)
    claimants: List["Claimant"] = field(default_factory=list)
    statements: List["Statement"] = field(default_factory=list)
    segments: Optional[Segments] = None

    @property
    def publisher(self) -> Optional[str]:
        p = self.meta.get("publisher")
        return str(p) if p is not None else None

    def line_col(self, offset: int) -> tuple:
        """1-based line and column of an offset (a binary search over line starts, built once).

        \\r\\n, a lone \\r and \\n each end a line, as in ``attrib check`` (:func:`attrib.markdown.line_starts`).
        """
        starts = self.__dict__.get("_line_starts")
        if starts is None or self.__dict__.get("_line_text") is not self.text:
            from .markdown import line_starts

            starts = line_starts(self.text)
            self.__dict__["_line_starts"] = starts
            self.__dict__["_line_text"] = self.text
        from bisect import bisect_right

        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1


@dataclass
class Claimant:
    id: str
    name: str
    aliases: List[str] = field(default_factory=list)
    affiliation: List[str] = field(default_factory=list)  # ids of claimants/registry entries, or names
    type: Optional[str] = None  # military, ministry, media, wire, think-tank, analyst, person, collective ...
    side: Optional[str] = None
    country: Optional[str] = None
    reliability: Optional[str] = None  # A-F, from the registry
    registered: bool = False
    mentions: List[Span] = field(default_factory=list)
    evidence: List[str] = field(default_factory=list)


@dataclass
class Statement:
    """One act of attribution: a claimant (or nobody, when vague) says what lies in ``scope``."""

    id: str
    rule: str  # the name of the attribution rule that found it
    cue: Span
    source: Optional[Span]  # the local mention ("the report", "he", "Bota Ilias"); None when vague
    claimant: Optional[str]  # claimant id after resolution; None when vague
    scope_start: int
    scope_end: int
    status: str = "attributed"  # attributed | vague
    relays: List[str] = field(default_factory=list)  # claimant ids that pass the statement on
    evidence: List[str] = field(default_factory=list)  # resolution steps, human readable


@dataclass
class Figure:
    id: str
    start: int
    end: int
    text: str
    kind: str  # count | quantity | percent | money | ratio | date | time | year | duration | ordinal | age
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    hedge: str = "exact"
    unit: Optional[str] = None  # what is counted or measured ("people", "kW", "dollars per share")
    tolerance: float = 0.0  # relative tolerance a round number carries (for matching, not for bounds)
    unit_written: Optional[str] = None  # the unit as the text writes it ("km/h", "$", "per cent", "a week")
    unit_canonical: Optional[str] = None  # canonical unit ("kilometre per hour", "USD", "percent")
    dimension: Optional[str] = None  # what the unit measures ("speed", "currency", "ratio", "length")
    change: Optional[str] = None  # "change" ("rose by 5%") | "level" ("to 5%") | None (the text says neither)
    currency: Optional[str] = None  # ISO 4217 code of a money figure, when known
    base: Optional[Dict[str, object]] = None  # the value in the dimension's base unit: {unit, factor, value, low, high}
    restates: Optional[str] = None  # id of the figure this one converts: "5 miles (8 km)" (8 km restates 5 miles)
    claimant: Optional[str] = None
    status: Optional[str] = None  # attributed | vague | unsourced (None for non-figures)
    statement: Optional[str] = None  # Statement.id
    sentence: Optional[Span] = None
    line: int = 0
    col: int = 0
    explanation: List[str] = field(default_factory=list)

    @property
    def is_figure(self) -> bool:
        return self.kind not in NON_FIGURE_KINDS


@dataclass
class Finding:
    """A message for the CI check: a stable code about one place in one file."""

    code: str
    severity: str  # error | warning | info
    path: str
    line: int
    col: int
    message: str
    start: int = 0
    end: int = 0
    figure: Optional[str] = None  # Figure.id
    context: str = ""
