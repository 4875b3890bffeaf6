"""Admiralty grades: a reliability letter and a credibility digit (rules grade-*)."""
from __future__ import annotations

TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict

from ..measures import Lexicon
from .claim import Claim
from .origins import Origins


LETTERS = "ABCDEF"


def _grade(c: Claim, origins: Origins, lex: Lexicon, by_id: Dict[str, Claim]) -> None:
    """Admiralty grade: letter = reliability of the best origin, digit = credibility (rules grade-*)."""
    ex = c.explanation
    if c.verdict == "unsourced":
        c.grade = "F6"
        ex.append("grade F6: no source, so neither reliability nor truth can be judged [grade-unsourced]")
        return
    letters = {o: origins.reliability(o) for o in c.origins}
    known = sorted((v, o) for o, v in letters.items() if v)
    if known:
        letter, best = known[0]
        ex.append(f"letter {letter}: the most reliable origin, {best}, is {letter} in sources.yaml [grade-letter]")
    else:
        letter = "F"
        ex.append("letter F: no origin has a reliability in sources.yaml [grade-letter-unknown]")
    if c.verdict == "corroborated":
        digit = 1
        ex.append("digit 1: confirmed by independent origins [grade-corroborated]")
    else:
        digit = 3
        ex.append("digit 3: one origin, possibly true, at most 3 [grade-single-origin]")
        owner_side = lex.owner_side.get(c.measure.owner) if c.measure.owner else None
        if c.measure.event in lex.loss_events:
            for o in c.origins:
                side = origins.side(o)
                if lex.at_war(side, owner_side):
                    digit = max(digit, 4)
                    ex.append(f"digit 4: {o} ({side}) is a party at war with the {c.measure.owner} side and speaks of "
                              f"its losses, uncorroborated [grade-interested-party]")
                    break
    if c.contradicted_by:
        mine = LETTERS.index(letter)
        better = [x for x in c.contradicted_by if _best_letter(by_id[x], origins) < mine]
        if better:
            digit = 5
            ex.append(f"digit 5: contradicted by a more reliable origin ({', '.join(better)}) [grade-contradicted-better]")
        else:
            new = max(digit, 2 if c.verdict == "corroborated" else 4)
            if new != digit:
                ex.append(f"digit {new}: contradicted by an origin no more reliable [grade-contradicted]")
            digit = new
    c.grade = f"{letter}{digit}"
    ex.append(f"grade {c.grade}")


def _best_letter(c: Claim, origins: Origins) -> int:
    vals = [origins.reliability(o) for o in c.origins]
    vals = [LETTERS.index(v) for v in vals if v]
    return min(vals) if vals else LETTERS.index("F")
