"""What a figure takes from the figures around it: the counted noun, a scale word, a rate's denominator."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import List

from ..model import Document
from .lex import _Lex
from .numbers import _base
from .raw import _Raw
from .rx import rx


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b")


# what a member of a group counted just before is or undergoes ("One is in critical condition", "One died")
_MEMBER_STATE = re.compile(r"\s+(?:is|was|remains|remained|died|has\s+died|had|suffered|underwent|required|needed)\b")
_QUOTE_OPEN = re.compile(r"[\s\"\u201c\u2018']*")


def _opens_sentence(text: str, sentences, sid: int, pos: int) -> bool:
    """Whether ``pos`` opens its sentence (past an opening quotation mark)."""
    if sid < 0 or sid >= len(sentences):
        return False
    return _QUOTE_OPEN.fullmatch(text, sentences[sid].start, pos) is not None


def _ellipsis(doc: Document, raws: List[_Raw], L: _Lex) -> None:
    """A count with no noun takes the noun of the count before it in the same sentence.

    "Of the three brigades, one was destroyed and the remaining two..." : one, two -> brigades.
    """
    text = doc.text
    sentences = doc.segments.sentences if doc.segments else []
    si = 0
    last_in_sentence = {}
    last_count = None  # (sentence index, figure) of the last count with a noun
    counted = []  # (sentence index, figure) of the counts with a noun so far
    for r in raws:
        while si < len(sentences) and sentences[si].end <= r.start:
            si += 1
        sid = si if si < len(sentences) and sentences[si].start <= r.start else -1
        if r.kind in ("count",) and r.unit is None and r.value is not None:
            prev = last_in_sentence.get(sid)
            same = [c for c in counted if c[1].value == r.value and 0 <= sid - c[0] <= 2] \
                if sid >= 0 and text[max(0, r.start - 4):r.start].lower() == "the " else []
            if same:  # "linked the group to 43 burglaries ... Of the 43, 31 happened": the number names them
                r.unit = same[-1][1].unit
                r.rules.append("ellipsis-definite")
            elif r.predicate_unit and prev is not None and "unit-from-predicate" in prev.rules:
                r.unit = r.unit_written = r.predicate_unit  # "11 people died and 42 were hurt": its own predicate
                r.rules.append("unit-from-predicate")
            elif prev is not None and prev.unit:
                r.unit = prev.unit
                r.rules.append("ellipsis")
            elif (_OF_THEM.match(text, r.end) or r.info_subject) and last_count is not None and \
                    sid - last_count[0] <= 2:
                r.unit = last_count[1].unit  # "38 drones were launched. Air defences shot down 31 of them."
                r.rules.append("ellipsis-of-them" if not r.info_subject else "ellipsis-figure-noun")
            elif r.predicate_unit:
                r.unit = r.unit_written = r.predicate_unit
                r.rules.append("unit-from-predicate")
            elif r.group == "words" and r.token.lower() == "one" and last_count is not None and \
                    0 <= sid - last_count[0] <= 1 and _opens_sentence(text, sentences, sid, r.start) and \
                    _MEMBER_STATE.match(text, r.end):
                # "Three people suffered stab wounds. One is in critical condition": one of the group counted
                r.unit = last_count[1].unit
                r.rules.append("ellipsis-member")
            elif r.group == "words" and r.token.lower() == "one":
                r.drop = True  # "one" with no noun and no antecedent is a pronoun
        if r.kind == "count" and r.unit:
            last_in_sentence[sid] = r
            last_count = (sid, r)
            counted.append((sid, r))


_PARALLEL = re.compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]+)(?:while|whereas|and|but)[ \t\u00a0]+"
                       r"(?:(?:only|just|about|some|nearly|almost|roughly|around)[ \t\u00a0]+)?$")
_VERB_AFTER = re.compile(r"[ \t\u00a0]+(?:[a-z]+ed|[a-z]+s|do|did|are|were|said|say|want|back|favou?r|oppose|support|"
                         r"prefer|approve|disapprove|voted|had|have|would|will|could|think|believe|agree)\b")


def _percent_ellipsis(doc: Document, raws: List[_Raw], L: _Lex) -> None:
    """A percent that opens a parallel clause takes the whole of the percent before it in the sentence.

    "61 percent of citizens oppose the mine, while 24 percent support it": 24 percent of citizens. Only when the
    second is no change, follows "while", "whereas", "and" or "but" directly (a hedge between), and a verb
    follows it ("and the fatality rate is 2%" has a subject of its own).
    """
    text = doc.text
    sentences = doc.segments.sentences if doc.segments else []
    si = 0
    whole = None  # (sentence index, figure) of the last percent of a whole
    for r in raws:
        while si < len(sentences) and sentences[si].end <= r.start:
            si += 1
        sid = si if si < len(sentences) and sentences[si].start <= r.start else -1
        if r.kind != "percent" or r.drop:
            continue
        if r.unit and r.unit.startswith("percent of "):
            whole = (sid, r)
            continue
        if whole is None or whole[0] != sid or sid < 0 or r.unit != "percent" or r.change == "change":
            continue
        if _PARALLEL.search(text, max(0, r.start - 24), r.start) and _VERB_AFTER.match(text, r.end, min(len(text), r.end + 20)):
            r.unit = whole[1].unit
            r.rules.append("percent-ellipsis")


def _scale_ellipsis(doc: Document, raws: List[_Raw], L: _Lex) -> None:
    """Money left without its scale word takes the scale of the money figure it is set against.

    "revenue of $51.5 billion, ahead of the consensus of $46.89": $46.89 billion. Only in one sentence,
    the same currency, a base within a factor of two of the other's digits, and never a rate ("$1.67 a share")
    nor an alternative given with "or" ("$9 billion, or $1.67").
    """
    text = doc.text
    sentences = doc.segments.sentences if doc.segments else []
    si = 0
    scaled = None  # (sentence index, figure) of the last scaled money figure
    for r in raws:
        while si < len(sentences) and sentences[si].end <= r.start:
            si += 1
        sid = si if si < len(sentences) and sentences[si].start <= r.start else -1
        if r.kind == "count" and r.unit is None and r.value is not None and not r.drop and scaled is not None \
                and scaled[0] == sid >= 0 and r.group == "digits" and \
                rx(r"(?:,|\bbut)\s+(?:not|rather\s+than|instead\s+of)\s+$").search(text[max(0, r.start - 16):r.start]):
            other = scaled[1]  # "The deficit is $52 million, not 90": $90 million, the figure it corrects
            base = _base(other.token)
            factor = other.value / base if base else 1
            if base and factor >= 1000 and r.value < 1000 and 0.2 <= r.value / base <= 5:
                r.kind, r.unit, r.unit_written, r.unit_name = other.kind, other.unit, other.unit_written, other.unit_name
                r.dimension, r.currency = other.dimension, other.currency
                r.value *= factor
                r.low = None if r.low is None else r.low * factor
                r.high = None if r.high is None else r.high * factor
                r.scaled = True
                r.rules.append("scale-ellipsis")
            continue
        if r.kind != "money" or r.value is None or r.drop:
            continue
        if r.scaled:
            scaled = (sid, r)
            continue
        if scaled is None or scaled[0] != sid or sid < 0 or (r.unit or "").count(" per ") or r.currency != scaled[1].currency:
            continue
        other = scaled[1]
        base = _base(other.token)
        factor = other.value / base if base else 1
        if not base or factor < 1000 or r.value >= 1000 or not 0.5 <= r.value / base <= 2:
            continue
        if rx(r"\bor\s+$").search(text[max(0, r.start - 6):r.start]):
            continue
        r.value *= factor
        r.low = None if r.low is None else r.low * factor
        r.high = None if r.high is None else r.high * factor
        r.scaled = True
        r.rules.append("scale-ellipsis")


def _rate_ellipsis(doc: Document, raws: List[_Raw], L: _Lex) -> None:
    """Money set against a rate in the same sentence keeps the rate's denominator.

    "Earnings per share came in at $1.67, ahead of the expectation of $1.65": $1.65 per share too. Only a
    later figure of the same currency, unscaled, within a factor of two of the rate's value.
    """
    sentences = doc.segments.sentences if doc.segments else []
    si = 0
    rate = None  # (sentence index, figure) of the last money figure that is a rate
    for r in raws:
        while si < len(sentences) and sentences[si].end <= r.start:
            si += 1
        sid = si if si < len(sentences) and sentences[si].start <= r.start else -1
        if r.kind != "money" or r.value is None or r.drop or not r.unit:
            continue
        if " per " in r.unit:
            rate = (sid, r)
            continue
        if rate is None or rate[0] != sid or sid < 0 or r.scaled or rate[1].scaled or r.currency != rate[1].currency:
            continue
        other = rate[1]
        if other.value and 0.5 <= r.value / other.value <= 2 and other.unit.startswith(r.unit + " per "):
            r.unit = other.unit
            r.unit_name = other.unit_name
            r.rules.append("rate-ellipsis")
