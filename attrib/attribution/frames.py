"""A frame: a speaker (the source mention), a cue, and the scope it governs. Every step that finds
or carries a statement builds one; the engine turns frames into Statements."""
from __future__ import annotations

from dataclasses import dataclass, field
import re
from typing import List, Optional

from ..model import Claimant
from .mentions import Mention


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


@dataclass
class _Claim:
    """A claimant being assembled for one document."""

    c: Claimant
    category: str  # person | org | collective
    first: int
