"""Gender, as the text marks it: which persons "he" and "she" can refer to.

A person's gender is read from the text, never guessed past it: an honorific before the surname
("Ms. Liu", "Mr. Lin"), a gendered role word in the title or apposition ("spokeswoman Ana Ruiz",
"Tom Hale, the congressman"), else the given name (``given_names.yaml``). A person the text marks no
way stays open to both pronouns.
"""
from __future__ import annotations

import re
from functools import lru_cache
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Optional

from ..lexicon import lexicon

_FEMALE_WORDS = {"ms", "mrs", "miss", "madam", "dame", "lady", "spokeswoman", "chairwoman", "congresswoman",
                 "councilwoman", "assemblywoman", "businesswoman", "sportswoman", "policewoman", "stateswoman",
                 "queen", "princess", "duchess", "sister", "mother", "grandmother", "wife", "widow", "daughter",
                 "actress", "waitress"}
_MALE_WORDS = {"mr", "sir", "lord", "spokesman", "chairman", "congressman", "councilman", "assemblyman",
               "businessman", "sportsman", "policeman", "statesman", "king", "prince", "duke", "brother", "father",
               "grandfather", "husband", "widower", "son"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@lru_cache(maxsize=1)
def _given():
    data = lexicon("given_names")
    return {n.lower(): "f" for n in data.get("female") or []} | {n.lower(): "m" for n in data.get("male") or []}


def gender_of(doc, name: str) -> Optional[str]:
    """'f', 'm' or None for the person ``name`` ("Ana Ruiz"), as the text marks it."""
    cache = doc.__dict__.setdefault("_genders", {})
    if name in cache:
        return cache[name]
    words = name.split()
    found = None
    if words:
        surname = re.escape(words[-1])
        marks = re.findall(rf"\b([A-Z]?[a-z]+)\.?\s+(?:[A-Z][\w.'-]*\s+){{0,2}}{surname}\b|"
                           rf"\b{surname}\b,\s+(?:the|a|an|[\w\u2019']+'s)?\s*(?:[\w-]+\s+){{0,3}}?([a-z]+)\b", doc.text)
        for before, after in marks:
            for w in (before.lower(), after.lower()):
                if w in _FEMALE_WORDS:
                    found = found or "f"
                elif w in _MALE_WORDS:
                    found = found or "m"
        if found is None and len(words) > 1:
            found = _given().get(words[0].lower().strip(".,"))
    cache[name] = found
    return found


def agrees(doc, pronoun: str, name: str) -> bool:
    """Whether ``pronoun`` ("she") can refer to the person ``name`` (True when either marks nothing)."""
    want = PRONOUN_GENDER.get(pronoun.lower())
    if want is None:
        return True
    got = gender_of(doc, name)
    return got is None or got == want
