"""The faster forms of the mention finders give what the plain forms gave (issue 10: same bytes out)."""
import re

import pytest

from attrib.attribution.lexicon import _TOKEN, _fold, _lex
from attrib.attribution.mentions import _alias_index
from attrib.lexicon import lexicon
from attrib.registry import Registry
from attrib.trie import alternation, trie_pattern

SENTENCES = [
    "The Pentagon's press secretary said U.S. Navy ships and the US Army were in the region.",
    "Ukraine's General Staff of the Armed Forces said; Russia's Ministry of Foreign Affairs denied it.",
    "the state Department of Revenue, the State Department and the U.N. refugee agency said.",
    "According to the United Nations Office for the Coordination of Humanitarian Affairs, 40 died.",
    "Reuters, AP and AFP reported it; UNICEF. UNHCR's staff; the Kremlin.",
    "Russian Foreign Ministry spokeswoman Maria Zakharova told the Russian state news agency RIA Novosti.",
    "South Korea's Ministry of National Defense and South Korean Ministry of National Defense.",
    "Pro-Russian officials and the u.s. embassy; north korea's official korean central news agency, KCNA",
]


def _reference_find(idx, text, s, e):
    """The linear form: every candidate of a first word tried, longest first."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, s, e)]
    if s > 0 and toks and (text[s - 1].isalnum() or text[s - 1] == "-"):
        toks = toks[1:]
    folded = [_fold(t[2]) for t in toks]
    raw = [t[2] for t in toks]
    out, i = [], 0
    while i < len(toks):
        hit = None
        for table, words in ((idx.folded, folded), (idx.exact, raw)):
            key = words[i]
            cands = table.get(key)
            if cands is None and (key.endswith("'s") or key.endswith(".")):
                cands = table.get(key[:-2] if key.endswith("'s") else key[:-1])
            for cand in cands or ():
                alias, n = cand[0], len(cand[0])
                if i + n > len(toks) or words[i:i + n - 1] != list(alias[:-1]):
                    continue
                last, end = words[i + n - 1], toks[i + n - 1][1]
                if last == alias[-1] + "'s":
                    end -= 2
                elif last == alias[-1] + ".":
                    end -= 1
                elif last != alias[-1]:
                    continue
                if len(cand) > 2 and any(c and not raw[i + k][:1].isupper() for k, c in enumerate(cand[2])):
                    continue
                hit = (n, cand[1], end)
                break
            if hit:
                break
        if hit:
            out.append((toks[i][0], hit[2], hit[1]))
            i += hit[0]
        else:
            i += 1
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_alias_find_is_the_linear_scan(sentence):
    idx = _alias_index(Registry.default())
    found = 0
    for s in range(0, len(sentence), 7):  # windows that start inside words too
        for e in (len(sentence), len(sentence) - 5, s + 30):
            got = idx.find(sentence, s, e)
            assert got == _reference_find(idx, sentence, s, e)
            found += len(got)
    assert found  # every sentence names some registered body


def test_role_groups_as_two_branches_match_as_the_optional_group():
    cues = lexicon("cues")
    L = _lex()
    plain = re.compile(rf"\b(?:(?:{alternation(cues['collective_modifiers'])})\s+)?"
                       rf"(?:{trie_pattern(L.role_groups, fold_case=True)})\b(?!-)", re.IGNORECASE)
    text = " ".join(SENTENCES) + (" Senior analysts said; health experts, local economists-led panels, Economists "
                                  "say, military analysts' notes, border police officers and analysts.")
    got = [m.span() for m in L.re_role_group.finditer(text)]
    assert got == [m.span() for m in plain.finditer(text)]
    assert len(got) >= 4
