"""The benchmark corpus generator: deterministic, the promised sizes, and the constructions it claims."""
import re

from benchmarks.corpus import MAX_WORDS, MIN_WORDS, body_words, generate
from attrib.read import document_from_text


def test_same_seed_same_text_other_seed_other_text():
    assert generate(5, seed=1) == generate(5, seed=1)
    assert generate(5, seed=1) != generate(5, seed=2)


def test_articles_are_300_to_900_words_with_front_matter():
    docs = generate(60, seed=3)
    for text in docs:
        assert MIN_WORDS <= body_words(text) <= MAX_WORDS
        doc = document_from_text(text, "a.md")
        assert doc.publisher and doc.meta.get("date") and doc.meta.get("title")


def test_mixes_the_constructions_it_promises():
    text = "\n".join(generate(40, seed=4))
    for pattern in [r"according to ", r", [^.]* said\.", r"“[^”]*\d[^”]*,” ", r"\n- \d", r"reportedly",
                    r"sources said", r"between [\d,]+ and [\d,]+", r"\d+(\.\d)? (percent|per cent)|\d%",
                    r"[$€£][\d.,]+", r"\b(nearly|more than|about|around) \d", r"\b(19|20)\d\d\b",
                    r"citing ", r"\b(first|second|third)\b"]:
        assert re.search(pattern, text), pattern
    # Most sentences are prose without any digit.
    sentences = re.split(r"(?<=[.!?])\s+", text)
    assert sum(not re.search(r"\d", s) for s in sentences) > len(sentences) * 0.4
