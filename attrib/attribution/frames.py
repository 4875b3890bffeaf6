"""A frame: a speaker (the source mention), a cue, and the scope it governs. Every step that finds
or carries a statement builds one; the engine turns frames into Statements."""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List, Optional

from ..model import Claimant
from ..records import dataclass, field
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


@dataclass
class _Claim:
    """A claimant being assembled for one document."""

    c: Claimant
    category: str  # person | org | collective
    first: int
