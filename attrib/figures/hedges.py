"""Hedges and bounds: "nearly", "more than", "up to" before a number, "or more" after it, as intervals."""
from __future__ import annotations

import re

from .lex import _Lex
from .names import _tail_word
from .raw import _Raw
from .rx import rx


def _hedge_before(text: str, body: int, r: _Raw, L: _Lex) -> None:
    """A hedge before the figure ("nearly", "more than", "in the order of") makes its interval."""
    window = text[max(body, r.start - 40):r.start]
    h = L.re_hedge_before.search(window) if _tail_word(window).lower() in L.hedge_tails else None
    if not h or (r.group == "vague" and h.group("h").lower() not in ("some", "several")):
        return
    phrase = h.group("h").lower()
    cls = L.hedge_of[("b", phrase)]
    if phrase in ("past", "passing") and rx(r"\b(?:the|this|that|these|its|his|her|their|our|half|quarter|ten|twenty|five)\s+\S+\s*$",
                                           re.IGNORECASE).search(window[:h.end("h")]):
        return  # "the past 12 months", "half past 10", "the passing 12 months": no bound
    if phrase == "estimated" and rx(r"(?:^|[^\w])(?:[A-Z][\w.-]*|police|they|he|she|it|we|there|[a-z]+s)\s+"
                                    r"(?:also\s+|had\s+|have\s+|has\s+)?$").search(
                                        window[:h.start("h")]):
        return  # "police there estimated 3,500 people marched": the verb of a subject, no hedge ("an estimated 3,500")
    if phrase.startswith("up to") and _after_change_verb(text[max(body, r.start - 100):r.start - (len(window) - h.start("h"))], L):
        r.change = "level"  # "the rate ticked up to 62.9 percent": a level reached, no bound
        r.rules.append("level-not-bound")
        return
    if phrase not in L.hedge_keep_span:  # "closer to 35%": a comparison, the figure's text starts at the number
        r.start = r.start - (len(window) - h.start("h"))
    _apply_hedge(r, cls, L)
    r.rules.append(f"hedge:{cls}")


def _after_change_verb(before: str, L: _Lex) -> bool:
    """Does a verb whose particle this "up" is stand just before, with at most a short noun phrase between
    ("ticked", "moved the rate", "pushed unemployment"; not "lost", "cut": changes.yaml up_verbs)?"""
    words = rx(r"[A-Za-z']+").findall(before.split(",")[-1].split(";")[-1])[-5:]
    for i, w in enumerate(reversed(words)):
        if w.lower() in L.up_verbs:
            return True
        if i >= 4 or w.lower() in ("of", "to", "for", "by", "and", "or", "could", "would", "will", "may", "might",
                                   "can", "be", "than"):
            return False
    return False


def _apply_hedge(r: _Raw, cls: str, L: _Lex) -> None:
    v = r.value
    if v is None:
        return
    r.hedge = cls
    if cls == "nearly":
        r.low, r.high = v * (1 - L.spread), v
    elif cls == "approximately":
        r.low, r.high = v * (1 - L.spread), v * (1 + L.spread)
    elif cls == "more_than":
        r.low, r.high = v, None
    elif cls == "up_to":  # a cap reaches below its value as far as a hedge reaches ("up to 500": 450 to 500)
        r.low, r.high = v * (1 - L.spread), v
    else:
        r.low = r.high = v
