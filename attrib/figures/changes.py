"""Change ("rose by 5%", "a drop of 18,000") or level ("to 5%", "stood at")."""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Optional

from .lex import _Lex
from .raw import _Raw
from .rx import rx


def _change(text: str, body: int, r: _Raw, L: _Lex) -> Optional[str]:
    """Change ("rose by 5%", "fell 3.1%", "a drop of 18,000", "a 6 percent decrease") or level ("to 5%")."""
    before = text[max(body, r.start - 80):r.start]
    clause = rx(r"[.;:!?\n]\s|,\s").split(before)[-1]
    words = rx(r"[A-Za-z']+").findall(clause.lower())
    after = text[r.end:r.end + 30].lower()
    am = rx(r"\s*(?:-\s*)?([a-z]+)").match(after)
    if am and am.group(1) in ("higher", "lower") and r.kind in ("percent", "money", "quantity"):
        return "change"  # "closed 3 percent lower"
    if am and am.group(1) in L.change_nouns and r.kind in ("percent", "money", "quantity", "count") \
            and rx(r"\b(?:a|an|the)\s+$").search(before.lower()):
        return "change"  # "a 6 percent decrease"
    if not words:
        return None
    last = words[-1]
    if last in L.change_before and r.kind in ("percent", "money", "quantity", "count") and \
            not (last in ("up", "down") and len(words) > 1 and words[-2] in L.change_verbs):
        return "change"  # "up 2 percent", "off 14 percent"
    if last in ("to", "at", "from"):
        rest = words[:-1]
        if rest and rest[-1] in L.change_particles:
            rest = rest[:-1]
        if last == "at" or any(w in L.change_verbs or w in L.change_nouns for w in rest[-6:]):
            return "level"
        return None
    if last == "by" and any(w in L.change_verbs for w in words[-5:-1]):
        return "change"
    if last == "of" and len(words) > 1 and words[-2] in L.change_nouns:
        return "change"  # "a drop of 18,000", "an increase of 5%"
    if last in L.change_particles and len(words) > 1 and words[-2] in L.change_verbs:
        return "change"  # "ticked up 0.2%"
    if last in L.change_verbs:
        return "change"  # "fell 3.1%", "added 295,000"
    if last in L.level_verbs:
        return "level"
    return None
