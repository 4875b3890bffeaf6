"""The findings ``attrib check`` reports: one tiny class per stable code (after pyflakes' messages).

A message class holds its code, a stable name, a default severity, a one-line template and the
documentation that ``attrib explain CODE`` prints.  The checker only creates findings through
:meth:`Message.make`; reporters only print them.

>>> UnsourcedFigure.code, UnsourcedFigure.severity
('ATR001', 'error')
>>> resolve_codes(["ATR00"]) == sorted(CODES)
True
"""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, Iterable, List, Optional, Type

from .errors import ConfigError
from .model import Finding
from .records import dataclass

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass
class CheckFinding(Finding):
    """A :class:`attrib.model.Finding` plus what reporters and the baseline need."""

    name: str = ""  # the code's stable name, e.g. unsourced-figure
    text: str = ""  # the subject: the figure as written, a claimant's name, a directive
    end_line: int = 0
    end_col: int = 0  # 1-based column just past the subject's last character

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.col, self.code, self.text)

    def to_dict(self) -> dict:
        return {
            "code": self.code, "name": self.name, "severity": self.severity, "path": self.path,
            "line": self.line, "col": self.col, "end_line": self.end_line, "end_col": self.end_col,
            "start": self.start, "end": self.end, "message": self.message, "text": self.text,
            "context": self.context, "figure": self.figure,
        }


class Message:
    """Base of every message class.  Subclasses set the class attributes only."""

    code = "ATR000"
    name = "message"
    severity = "error"
    template = ""
    summary = ""
    docs = ""
    suppressible = True  # may an inline directive hide it?

    @classmethod
    def make(cls, path: str, text: str, start: int, end: int, line: int, col: int, end_line: int,
             end_col: int, context: str = "", figure: Optional[str] = None, **args) -> CheckFinding:
        return CheckFinding(code=cls.code, severity=cls.severity, path=path, line=line, col=col,
                            message=cls.template.format(text=text, **args), start=start, end=end,
                            figure=figure, context=context, name=cls.name, text=text,
                            end_line=end_line, end_col=end_col)


class UnsourcedFigure(Message):
    code = "ATR001"
    name = "unsourced-figure"
    severity = "error"
    template = "unsourced figure '{text}': nobody is named as its source"
    summary = "A figure that no claimant is named for."
    docs = """\
A number a reader would want sourced (a count, quantity, percentage, sum of money or ratio) and
that the text attributes to nobody: no "the ministry said", no "according to", no quotation of a
named speaker covers it.  Dates, years, durations, ordinals and ages are never reported.

Fix it by naming the source in the sentence ("..., the General Staff said"), by declaring it for
editors and for attrib with a source declaration

    <!-- attrib: source=ua-general-staff -->
    Russia lost 1,164 transport vehicles.

or, when the number is common knowledge, by an ignore comment (see `attrib explain ATR005`)."""


class VagueAttribution(Message):
    code = "ATR002"
    name = "vague-attribution"
    severity = "warning"
    template = "figure '{text}' has only a vague attribution{cue}"
    summary = "A figure attributed only vaguely (reportedly, sources said, it is estimated)."
    docs = """\
The figure is attributed, but to nobody a reader can weigh: "reportedly", "sources said",
"according to reports", "it is estimated".  Name the source, or accept the warning.

    Some 300 soldiers were reportedly captured.      <- ATR002
    Some 300 soldiers were captured, the army said.  <- clean"""


class UnregisteredClaimant(Message):
    code = "ATR003"
    name = "unregistered-claimant"
    severity = "info"
    template = "claimant '{text}' is not in the registry ({count} figure{s})"
    summary = "A claimant that sources figures but has no entry in the registry."
    docs = """\
The figure has a named source, but that claimant has no entry in the registry (attrib's shipped
sources.yaml, ./sources.yaml, or the files named by `--sources` or the `registry` setting), so
attrib knows nothing of its type, side or reliability.  Reported once per claimant, at its first
mention.  Add an entry to your sources.yaml to silence it:

    claimants:
      - id: kr-nis
        name: National Intelligence Service
        aliases: [NIS]"""


class UnknownSource(Message):
    code = "ATR004"
    name = "unknown-source"
    severity = "error"
    template = "source declaration names '{text}', which is not in the registry"
    summary = "A source declaration whose id is not in the registry."
    docs = """\
`<!-- attrib: source=ID -->` attributes the next figure to the registry entry ID.  The id is not
in the registry, so the declaration is not applied (the figure keeps its own finding).  Check the
spelling, or add the claimant to your sources.yaml."""


class UnusedSuppression(Message):
    code = "ATR005"
    name = "unused-suppression"
    severity = "warning"
    template = "unused directive '{text}'{why}"
    summary = "An ignore/disable comment that hid nothing, or a source declaration with no figure."
    docs = """\
Inline directives are HTML comments, invisible when the Markdown is rendered:

    <!-- attrib: ignore ATR001,ATR002 -->   the next block (on its own line), or the block
                                            it sits in (inside a paragraph)
    <!-- attrib: disable ATR001 -->         from here ...
    <!-- attrib: enable ATR001 -->          ... to here (or to the end of the file)
    <!-- attrib: disable-file -->           the whole file
    <!-- attrib: source=ID -->              the next figure is attributed to registry entry ID
    <!-- attrib: source=ID block -->        every figure of the next block is

Without codes, ignore and disable cover every code.  This finding reports a directive that
suppressed no finding, an enable without a disable, and a source declaration that found no figure
to attribute, so stale comments do not pile up.  It cannot itself be suppressed inline: ignore it
in the configuration instead."""
    suppressible = False


class InvalidDirective(Message):
    code = "ATR006"
    name = "invalid-directive"
    severity = "warning"
    template = "invalid directive '{text}': {problem}"
    summary = "An `<!-- attrib: ... -->` comment attrib cannot read."
    docs = """\
The comment starts with `attrib:` but is not one of the directives listed by
`attrib explain ATR005`, or names a code that does not exist.  The directive is not applied."""
    suppressible = False


MESSAGES: List[Type[Message]] = [UnsourcedFigure, VagueAttribution, UnregisteredClaimant, UnknownSource,
                                 UnusedSuppression, InvalidDirective]
CODES: Dict[str, Type[Message]] = {m.code: m for m in MESSAGES}
NAMES: Dict[str, Type[Message]] = {m.name: m for m in MESSAGES}


def get(code_or_name: str) -> Optional[Type[Message]]:
    """The message class for a code or a name (case-insensitive), or None.

    >>> get("atr002").name
    'vague-attribution'
    >>> get("unsourced-figure").code
    'ATR001'
    """
    key = code_or_name.strip()
    return CODES.get(key.upper()) or NAMES.get(key.lower())


def resolve_codes(items: Iterable[str], where: str = "") -> List[str]:
    """Expand codes, code prefixes (``ATR00``) and names into a sorted list of codes.

    Raises ConfigError naming ``where`` for an item that matches nothing.
    """
    out = set()
    for item in items:
        item = item.strip()
        if not item:
            continue
        m = get(item)
        if m is not None:
            out.add(m.code)
            continue
        hits = [c for c in CODES if c.startswith(item.upper())]
        if not hits:
            raise ConfigError(f"{where}unknown code {item!r} (known: {', '.join(sorted(CODES))})")
        out.update(hits)
    return sorted(out)


def explain(code_or_name: str) -> Optional[str]:
    """The text ``attrib explain CODE`` prints, or None for an unknown code."""
    m = get(code_or_name)
    if m is None:
        return None
    head = f"{m.code} {m.name} (default severity: {m.severity})"
    return f"{head}\n\n{m.summary}\n\n{m.docs}\n"


def listing() -> str:
    """One line per code: what ``attrib explain`` prints without a code."""
    return "".join(f"{m.code}  {m.name:<22} {m.severity:<8} {m.summary}\n" for m in MESSAGES)
