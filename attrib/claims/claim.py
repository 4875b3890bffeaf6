"""The claim and its members: the data the steps pass on, stable ids."""
from __future__ import annotations

import datetime
import hashlib
import math
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Sequence, Tuple

from ..events import Story
from ..measures import Measure
from ..model import Document, Figure, Statement
from ..records import dataclass, field
from .values import _point


VERDICTS = ("corroborated", "single-sourced", "unsourced")


# --------------------------------------------------------------------------------------------------
# Claims


@dataclass
class Member:
    """One figure of one document, as the claims see it."""

    doc: Document
    figure: Figure
    measure: Measure
    steps: List[str]
    interval: Tuple[float, float]
    claimant: Optional[str]
    relays: List[str]
    date: Optional[datetime.date]
    story: str = ""  # the event (story) of its document
    series: str = ""  # the running series its story belongs to
    date_note: Optional[str] = None  # the in-text date its sentence names ("on Thursday"), if any
    place: Optional[float] = None  # the place of its last written digit (values._place)
    compatible: Optional[Tuple[float, float]] = None  # the values it may be a rounding of (values._compatible)
    sentence: int = -1  # where its sentence starts (two figures of one sentence are two statements)
    statement: Optional[Statement] = None  # the statement that gives the figure its claimant, if any

    @property
    def where(self) -> Tuple[str, int]:
        return (self.doc.path, self.sentence)

    @property
    def key(self) -> Tuple[str, int, int]:
        return (self.doc.path, self.figure.start, self.figure.end)


@dataclass
class Claim:
    id: str
    measure: Measure
    members: List[Member]
    verdict: str = "unsourced"
    origins: List[str] = field(default_factory=list)
    claimants: List[str] = field(default_factory=list)
    relays: List[str] = field(default_factory=list)
    outlets: List[str] = field(default_factory=list)
    contradicted_by: List[str] = field(default_factory=list)
    updates: List[str] = field(default_factory=list)
    updated_by: List[str] = field(default_factory=list)
    grade: str = "F6"
    explanation: List[str] = field(default_factory=list)
    interval: Tuple[float, float] = (-math.inf, math.inf)
    origin_groups: Dict[str, List[str]] = field(default_factory=dict)
    event: Optional[Story] = None  # the story of its members (the first one, when a series joins several)
    stories: List[str] = field(default_factory=list)

    @property
    def block(self) -> str:
        """Where its rivals are looked for: its story, or its series when it spans stories or names an owner."""
        if len(self.stories) > 1 or self.measure.owner is not None:
            return self.members[0].series
        return self.members[0].story

    @property
    def dates(self) -> List[datetime.date]:
        return sorted({m.date for m in self.members if m.date is not None})

    @property
    def value(self) -> Optional[float]:
        vals = sorted(_point(m.figure) for m in self.members)
        return vals[len(vals) // 2] if vals else None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "measure": self.measure.label,
            "owner": self.measure.owner,
            "thing": self.measure.thing,
            "event": self.measure.event,
            "period": self.measure.period or None,
            "place": self.measure.place,
            "value": _num(self.value),
            "verdict": self.verdict,
            "contradicted_by": list(self.contradicted_by),
            "updates": list(self.updates),
            "updated_by": list(self.updated_by),
            "origins": list(self.origins),
            "claimants": list(self.claimants),
            "relays": list(self.relays),
            "outlets": list(self.outlets),
            "grade": self.grade,
            "story": self.event.to_dict() if self.event is not None else None,
            "explanation": list(self.explanation),
            "figures": [{"path": m.doc.path, "start": m.figure.start, "end": m.figure.end, "line": m.figure.line,
                         "text": m.figure.text, "claimant": m.claimant,
                         "date": m.date.isoformat() if m.date else None} for m in self.members],
        }


def _num(x):
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return None
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def content_key(m: "Member") -> Tuple[str, int, int]:
    """A member's figure named by its document's content, not by how the path was typed."""
    doc = m.doc
    digest = doc.__dict__.get("_content_digest")
    if digest is None or doc.__dict__.get("_digest_text") is not doc.text:
        digest = hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        doc.__dict__["_content_digest"], doc.__dict__["_digest_text"] = digest, doc.text
    return (digest, m.figure.start, m.figure.end)


def claim_id(keys: Sequence[Tuple[str, int, int]]) -> str:
    """A stable id: a hash of the sorted member figure keys (content digest, start, end: the same
    articles give the same ids whether they are named ``examples/articles/`` or by an absolute path)."""
    h = hashlib.sha1("\n".join(f"{p}\t{s}\t{e}" for p, s, e in sorted(keys)).encode("utf-8")).hexdigest()
    return "claim-" + h[:12]
