"""A figure while it is being read (_Raw), and the small word tests every step shares."""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List, Tuple


class _Raw:
    __slots__ = ("start", "end", "num_start", "num_end", "value", "low", "high", "hedge", "kind", "unit",
                 "rules", "token", "group", "tolerance", "drop", "scaled", "unit_written", "unit_name", "dimension",
                 "change", "currency", "glued", "restates", "predicate_unit", "info_subject")

    def __init__(self, start, end, value, token, group):
        self.start, self.end = start, end
        self.num_start, self.num_end = start, end
        self.value = value
        self.low = self.high = value
        self.hedge = "exact"
        self.kind = "count"
        self.unit = None
        self.rules: List[str] = []
        self.token = token
        self.group = group
        self.tolerance = 0.0
        self.drop = False
        self.scaled = False  # a scale word or suffix multiplied the digits ("12 million", "$3bn")
        self.unit_written = None  # the unit as the text writes it ("km/h", "$", "per cent")
        self.unit_name = None  # canonical unit ("kilometre per hour", "USD", "percent")
        self.dimension = None  # what the unit measures ("speed", "currency", "ratio")
        self.change = None  # "change" ("rose by 5%") | "level" ("to 5%") | None
        self.currency = None  # ISO code of a money figure
        self.glued = None  # (kind, written) of a unit glued to the digits ("12kW", "95p")
        self.restates = None  # (start, end) of the figure this one converts ("5 miles (8 km)")
        self.predicate_unit = None  # what its predicate says it counts ("108 had died": deaths)
        self.info_subject = False  # its subject names a figure, not a thing ("December's figures stood at")


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_WORD_CHARS = _LETTERS | frozenset(".'\u2019-")


def _prev_word(text: str, pos: int, floor: int) -> str:
    r"""The word before ``pos`` (within 40 characters), lower case, past white space and commas: what
    ``([A-Za-z][A-Za-z.'’-]*)[\s,]*$`` finds, read backwards without a regular expression."""
    lo = max(floor, pos - 40)
    j = pos
    while j > lo and (text[j - 1] == "," or text[j - 1].isspace()):
        j -= 1
    i = j
    while i > lo and text[i - 1] in _WORD_CHARS:
        i -= 1
    while i < j and text[i] not in _LETTERS:
        i += 1
    return text[i:j].lower().rstrip(".")


def _plural(w: str, L) -> bool:
    """A plural noun: an irregular plural of units.yaml, or a final s (not -ss, -us, -is)."""
    return w in L.irregular_plurals or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def _merge_spans(spans: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    out: List[Tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
