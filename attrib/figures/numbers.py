"""The number grammar: digits with separators and scale words, number words, round-number tolerance,
and the raw figure one token match stands for."""
from __future__ import annotations

import math
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Optional, Tuple

from ..trie import alternation as _alt
from .lex import _Lex
from .raw import _Raw, _prev_word
from .rx import rx


_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _words_value(s: str, L: _Lex) -> Tuple[Optional[float], int]:
    """Value of the longest well-formed number-word phrase at the start of ``s``, and its length.

    "twenty-five thousand" 25000, "one hundred and five" 105, "sixty-one thousand four hundred" 61400,
    "two dozen" 24; "two three-bedroom" stops after "two"; "one and two million" after "one" (a range).
    """
    total, cur = 0.0, 0.0
    last = None  # kind of the last word read: unit | teen | ten | hundred | scale | and
    big = float("inf")  # the last large scale used: the next must be smaller ("million ... thousand")
    end = seen = 0  # end of the number read so far; end of the last word looked at ("and" too)
    for m in rx(r"[A-Za-z]+").finditer(s):
        w = m.group().lower()
        gap = s[seen:m.start()] if seen else ""
        if seen and not rx(r"[-\s]+").fullmatch(gap):
            break
        seen = m.end()
        if w == "and":
            if last not in ("hundred", "scale"):
                break
            last = "and"
            continue
        if w in L.units or w in L.tens:
            v = L.units.get(w, L.tens.get(w))
            kind = "ten" if w in L.tens else ("unit" if v < 10 else "teen")
            if last in ("unit", "teen") or (last == "ten" and kind != "unit") or (last == "ten" and v == 0):
                break
            cur += v
            last = kind
        elif w == "hundred":
            if last not in ("unit", "teen", "ten") or cur >= 100:
                break
            cur *= 100
            last = "hundred"
        elif w in L.word_scales:
            sc = float(L.scales[w])
            if last in (None, "and") or sc >= big and cur == 0:
                break
            if w == "dozen":
                cur *= sc
                last = "unit"
                end = m.end()
                break
            if sc >= big:  # "three hundred thousand million": multiply what was read
                total = (total + cur) * sc
            else:
                total += cur * sc
                big = sc
            cur = 0.0
            last = "scale"
        else:
            break
        end = m.end()
    if last is None or not end:
        return None, 0
    return total + cur, end


def _digits_value(s: str, scale: Optional[str], L: _Lex) -> float:
    """Digits and the scale words after them: "1.5 million", "3 hundred million", "295,00" (a dropped zero)."""
    if rx(r"\d{3},\d\d").fullmatch(s):
        s += "0"  # "295,00 jobs": a thousands group short of a digit is a typo for 295,000
    digits = rx(r"[,\u00a0\u202f\u2009]").sub("", s)
    words = rx(r"[A-Za-z]+").findall(scale or "")  # any white space between, a hard line break too
    if not words or len(digits) > 30:
        return float(digits)
    from decimal import Decimal, InvalidOperation
    try:  # in decimal, so that "4.1 billion" is 4100000000 and not 4099999999.9999995
        v = Decimal(digits)
        for w in words:
            v *= Decimal(L.scales[w.lower()])
        return float(v)
    except InvalidOperation:
        return float(digits)


def _tolerance(value: float, token: str, L: _Lex, scaled: bool = False) -> float:
    """Relative tolerance a round number carries: half the place of its last significant digit.

    For N written with t trailing zeros, 0.5 * 10**t / N = 0.5 / (N without its zeros); so "12,000" and
    "12 million" both carry 0.5 / 12. Read from the digits, never via huge floats (a 400-digit token is fine).
    """
    if not value or not math.isfinite(value):
        return 0.0
    digits = rx(r"[^\d.]").sub("", token.split("/")[0])
    if "." in digits or not digits:
        return 0.0
    stripped = digits.lstrip("0").rstrip("0")
    if not stripped or len(stripped) > 15:
        return 0.0
    scaled = scaled or len(stripped) < len(digits.lstrip("0"))
    return min(L.round_cap, 0.5 / int(stripped)) if scaled else 0.0


def _token(text: str, m, L: _Lex) -> Optional[_Raw]:
    """The raw figure one token match stands for (None: no number after all)."""
    s, e = m.span()
    grp = m.lastgroup
    tok = m.group()
    if grp == "digits":
        glued = m.group("gunit") or m.group("gminor") or ""
        scale = m.group("dscale") or ""
        num = tok[: len(tok) - len(glued) - len(scale)]
        if scale == "K" and not L.re_currency_before.search(text[max(0, s - 8):s]):
            return None  # "a 4K screen", "a 5K run": a name; "$40K" is money
        if scale == "m" and not glued and L.re_dimension_after.match(text, e, min(len(text), e + 30)) and \
                not L.re_currency_before.search(text[max(0, s - 8):s]):
            r = _Raw(s, e, float(num.replace(",", "")), num, grp)  # "828m tall", "a 5m-long wall": metres
            r.glued = ("unit", "m")
            r.num_end = e - 1
            return r
        r = _Raw(s, e, _digits_value(num, scale, L), num, grp)
        r.scaled = bool(scale.strip())
        if glued:
            r.glued = ("unit" if m.group("gunit") else "minor", glued)
            r.num_end = e - len(glued)
        if scale and not glued:
            r.num_end = e
        return r
    if grp == "words":
        v, n = _words_value(tok, L)
        if v is None:
            return None
        return _Raw(s, s + n, v, text[s:s + n], grp)
    if grp == "fold":
        fm = re.match(r"(.*?)-?(?:%s)$" % _alt(L.fold_suffixes), tok, re.IGNORECASE)
        base = fm.group(1)
        v = float(base) if rx(r"[\d.]+").fullmatch(base) else _words_value(base, L)[0]
        if v is None:
            return None
        r = _Raw(s, e, v, tok, grp)
        r.kind, r.unit, r.unit_written, r.unit_name, r.dimension = "ratio", "fold", tok[len(base):].lstrip("-"), \
            "times", "ratio"
        r.rules.append("multiplier")
        return r
    if grp == "fracw":
        parts = rx(r"[-\s]+").split(tok.lower())
        den = L.fractions[parts[-1]]
        numer = 1.0 if len(parts) == 1 or parts[0] in ("a", "an") else float(L.units.get(parts[0], L.tens.get(parts[0], 1)))
        r = _Raw(s, e, numer / den, tok, grp)
        return r
    if grp == "fracd":
        fm = rx(r"(\d+)/(\d+)([a-z]*)").match(tok)
        a, b = int(fm.group(1)), int(fm.group(2))
        if not (0 < a < b <= 100):
            return None
        r = _Raw(s, e, a / b, tok, grp)
        r.low = r.high = r.value
        return r
    if grp == "mult":  # "twice as many", "twice that of 1990": a multiplier; "extended twice" is none
        w = tok.lower()
        if w in L.mult_adverbs:
            if not L.re_comparative_after.match(text, e, min(len(text), e + 30)):
                return _frequency(text, s, e, tok, grp, L)
        elif w in L.mult_adjectives:  # "at double their capacity"; not "could double the number", "a double room"
            if not L.re_mult_adjective_after.match(text, e, min(len(text), e + 12)) or \
                    _prev_word(text, s, 0) in L.mult_verb_before or text[max(0, s - 1):s] == "-":
                return None
        elif rx(r"[ \t\u00a0]+(?:to|from)[ \t\u00a0]+(?:about[ \t\u00a0]+|around[ \t\u00a0]+|nearly[ \t\u00a0]+|more[ \t\u00a0]+than[ \t\u00a0]+)?"
                r"(?:[$\u00a3\u20ac]|[A-Z]{1,3}\$|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                r"sixty|seventy|eighty|ninety|a)\b)", re.IGNORECASE).match(text, e, min(len(text), e + 40)):
            return None  # "the cost has doubled to 40 billion euros": the level after it is the figure
        elif rx(r"[ \t\u00a0]+(?:down|up|back)\b", re.IGNORECASE).match(text, e, min(len(text), e + 8)):
            return None  # "doubled down on", "doubled back": a phrasal verb, no multiplier
        r = _Raw(s, e, L.mult_all[w], tok, grp)
        r.kind, r.unit, r.unit_written, r.unit_name, r.dimension = "ratio", "times", tok, "times", "ratio"
        if w in L.mult_verbs:
            r.change = "change"  # "has tripled": a change by a factor
        r.rules.append("multiplier")
        return r
    if grp == "alone":
        return _Raw(s, e, float(L.alone[tok.lower()]), tok, grp)
    if grp == "vague":
        if tok.lower() in L.vague_need_of and not rx(r"\s+of\b").match(text[e:e + 10]):
            return None  # "test scores", "scores tax bills": no amount without "of"
        spec = L.vague[rx(r"\s+").sub(" ", tok.lower())]
        r = _Raw(s, e, None, tok, grp)
        r.low, r.high, r.hedge = float(spec["low"]), float(spec["high"]), spec["hedge"]
        r.rules.append("vague-amount")
        return r
    r = _Raw(s, e, None, tok, grp)  # ordinals
    r.kind = "ordinal"
    if grp == "ordd":
        r.value = float(rx(r"\d+").match(tok).group())
    r.low = r.high = r.value
    return r


def _base(token: str) -> Optional[float]:
    """The digits of a token without its scale word ("1.5 million" -> 1.5)."""
    m = rx(r"[\d.,\u00a0\u202f\u2009]+").match(token)
    if not m:
        return None
    try:
        return float(rx(r"[,\u00a0\u202f\u2009]").sub("", m.group()))
    except ValueError:
        return None


def _frequency(text: str, s: int, e: int, tok: str, grp: str, L) -> "Optional[_Raw]":
    """"was shot twice", "hit once", "had been called twice before": how often the verb before happened, a count
    of times; None when the adverb follows no verb ("Once he is released", "was once a mill town")."""
    prev = _prev_word(text, s, 0)
    w = tok.lower()
    after_verb = prev.endswith("ed") and len(prev) > 3 or prev in L.frequency_verbs
    # after a verb, before a clause's end or a time ("hitting the man twice,", "called to the address twice
    # before", "and Gerald once."), and for "twice" and "thrice" (no conjunction, no "formerly") after a hedge
    # too ("fired at least twice")
    counted = after_verb or rx(r"\s*(?:[.,;:)]|$|(?:before|in|during|since|last|this|that\s+(?:day|night|week|"
                               r"month|year))\b)").match(text, e, min(len(text), e + 12)) or \
        w != "once" and rx(r"\b(?:at\s+least|more\s+than|nearly|almost|only|just)\s+$").search(text, max(0, s - 14), s)
    if prev == "at":  # "at once", "all at once"
        return None
    if not counted or L.re_frequency_not_after.match(text, e, min(len(text), e + 12)):
        return None
    r = _Raw(s, e, L.mult_adverbs[w], tok, grp)
    r.kind, r.unit, r.unit_written, r.unit_name, r.dimension = "count", "times", tok, "times", None
    r.rules.append("frequency")
    return r
