"""attrib.wordscan.finditer gives exactly the matches of pattern.finditer: on the corpora's documents, whole
and in windows (sentences, and random stretches that cut words), for every lexicon pattern it can read."""
from __future__ import annotations

import doctest
import glob
import os
import random
import re

from hypothesis import given, settings, strategies as st

from attrib import wordscan
from attrib.read import document_from_text

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "corpus")


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def _patterns():
    from attrib.attribution import cues
    from attrib.attribution.lexicon import _lex

    L = _lex()
    pats = {k: v for k, v in vars(L).items() if isinstance(v, re.Pattern)}
    pats.update({k: v for k, v in vars(cues).items() if isinstance(v, re.Pattern)})
    from attrib.figures.lex import _lex as figures_lex

    pats.update({"figures." + k: v for k, v in vars(figures_lex()).items() if isinstance(v, re.Pattern)})
    return pats


def _texts():
    files = sorted(glob.glob(os.path.join(HERE, "corpus*", "*.md")) + glob.glob(os.path.join(SHARED, "*", "*.md")))
    return [open(f, encoding="utf-8").read() for f in files if os.path.basename(f) != "README.md"]


def test_doctests():
    res = doctest.testmod(wordscan)
    assert res.failed == 0 and res.attempted >= 4


def test_reads_the_large_lexicon_patterns():
    from attrib.attribution.lexicon import _lex

    L = _lex()
    for name in ("re_verb", "re_vague", "re_role_group", "re_info_word", "re_info_by", "re_institutional",
                 "re_document_head"):
        assert wordscan._scanner(getattr(L, name)) is not None, name


def test_same_matches_on_the_corpora():
    pats = {k: p for k, p in _patterns().items() if wordscan._scanner(p) is not None}
    assert len(pats) >= 8
    rnd = random.Random(7)
    checked = 0
    for text in _texts()[::3]:
        doc = document_from_text(text, "a.md")
        wins = [(0, None), (doc.body_start, None)]
        from attrib import segment

        wins += [(s.start, s.end) for s in segment.segment(doc.text, doc.body_start).sentences]
        n = len(doc.text)
        for _ in range(12):
            a = rnd.randrange(n + 1)
            wins.append((a, rnd.randrange(a, min(n, a + 300) + 1)))
        for name, p in pats.items():
            for a, b in wins:
                want = p.finditer(doc.text, a) if b is None else p.finditer(doc.text, a, b)
                assert _spans(wordscan.finditer(p, doc.text, a, b)) == _spans(want), (name, a, b)
                checked += 1
    assert checked > 1000


_WORDS = ["said", "Said", "SAID", "says", "the", "The", "police", "officials", "per", "Per", "\u017fays", "it's",
          "pro-kremlin", "U.S.", "caf\u00e9", "\u0130stanbul", "_x", "9", "sa", "id", ",", ".", "-", "'", "\u2019"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.lists(st.sampled_from([" ", "", "\n", "  "]), max_size=30),
       st.integers(0, 200), st.integers(0, 200))
def test_same_matches_on_random_text(words, gaps, a, b):
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    for pattern, flags in ((r"\b(?:said|says)\b", 0), (r"\b(?:said|says)\b", re.IGNORECASE),
                           (r"\b(?:the\s+police|officials)\b", re.IGNORECASE), (r"\b[Pp]er\s+", 0),
                           (r"(?<![\w'])(?:pro-kremlin|U\.S\.)", 0), (r"\b(?:[A-Z]\w*|its)\s", 0),
                           (r"\bsa(?=id)", 0)):
        p = re.compile(pattern, flags)
        for lo, hi in ((0, None), (a, None), (a, a + b), (min(a, len(text)), max(0, len(text) - b))):
            want = p.finditer(text, lo) if hi is None else p.finditer(text, lo, hi)
            assert _spans(wordscan.finditer(p, text, lo, hi)) == _spans(want), (pattern, text, lo, hi)


def test_unread_patterns_run_as_before():
    for pattern in (r"(?<![\d.,])\d", r"\w+ing", r"[A-Z]\w+", r"x*"):
        assert wordscan.first_words(pattern) is None
    for pattern in (r"(?<![\d.,])\d", r"\w+ing", r"[A-Z]\w+", r"x*", r"\bsaid", r"\bs\w+"):
        p = re.compile(pattern)
        text = "He said 40 people were missing, Xavier said."
        assert _spans(wordscan.finditer(p, text, 0)) == _spans(p.finditer(text, 0))
