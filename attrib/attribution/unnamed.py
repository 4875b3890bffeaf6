"""Unnamed sources: "officials familiar with the talks", "Two health workers at X, who asked not to be named",
"a senior aid official".  The text says who speaks without naming anyone, so the figure stays *vague*, but the
phrase as written is kept as a claimant of type ``unnamed``: a reader asks "who says so?", and "two security
sources" is the answer the article gives.  An unnamed claimant never counts as an origin in the claims step
(a vague member names no independent body)."""
from __future__ import annotations

import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Set

from ..model import Claimant, Document, Span, Statement
from .lexicon import _lex
from .resolve import _slug

_PRONOUN_START = re.compile(r"(?:it|its|they|their|them|he|his|she|her|we|our|this|that|these|those)\b", re.IGNORECASE)
# words that may close the phrase but belong to the verb ("A Civic Alliance official later said")
_TAIL_ADVERB = re.compile(r"(?:\s+(?:later|earlier|also|then|again|now|initially|first|still|separately|privately|"
                          r"publicly|previously|recently|subsequently|repeatedly|independently))+$")
_DETERMINER = re.compile(r"(?:a|an|one|two|three|four|five|several|some|many|other|the|another)\s+", re.IGNORECASE)


def unnamed_name(phrase: str) -> Optional[str]:
    """The claimant name of an unnamed source's phrase, or None when the phrase is no description of a speaker.

    >>> unnamed_name("A Civic Alliance official later")
    'A Civic Alliance official'
    >>> unnamed_name("It is") is None
    True
    """
    t = phrase.strip().rstrip(",;:")
    t = re.split(r"[.!?]\s+(?=[A-Z])", t)[-1]  # a sentence break the segmenter missed: the last part speaks
    t = _TAIL_ADVERB.sub("", t).strip()
    if not t or _PRONOUN_START.match(t) or len(t.split()) > 12 or not re.search(r"[a-z]{3,}", t):
        return None
    if len(t.split()) < 2:  # "sources said", "officials said": no one is described (the README's plain vague)
        return None
    return t


def unnamed_aliases(name: str) -> List[str]:
    """Shorter forms that name the same unnamed speaker: without its determiner or count, and without what
    follows the head ("Two health workers at Lumeta General Hospital": 'health workers at Lumeta General
    Hospital', 'health workers')."""
    out: List[str] = []
    bare = _DETERMINER.sub("", name, count=1) if _DETERMINER.match(name) else name
    if bare != name:
        out.append(bare)
    head = re.split(r"\s+(?:familiar|close|with|at|in|on|of|from|for|based|who|speaking|knowledgeable|briefed|"
                    r"privy|involved)\b", bare)[0]
    if head != bare and head:
        out.append(head)
    return [a for a in out if a and a != name]


def unnamed_claimants(doc: Document, statements: List[Statement], unnamed: Set[str],
                      taken: Dict[str, object]) -> List[Claimant]:
    """Give each vague statement whose source is an unnamed speaker's phrase (statement ids in ``unnamed``) an
    unnamed claimant, and its figures that claimant (their status stays vague). Returns the new claimants in
    order of first statement; ``taken`` holds the ids already used by the document's claimants."""
    made: Dict[str, Claimant] = {}
    by_statement: Dict[str, str] = {}
    for st in sorted(statements, key=lambda s: s.cue.start):
        if st.status != "vague" or st.claimant or st.source is None or st.id not in unnamed:
            continue
        name = unnamed_name(st.source.text)
        if name is None:
            continue
        cid = "unnamed-" + _slug(name)
        while cid in taken and cid not in made:
            cid += "-x"
        if cid not in made:
            made[cid] = Claimant(id=cid, name=name, aliases=unnamed_aliases(name), type="unnamed",
                                 evidence=[f"unnamed source '{name}' (line {doc.line_col(st.source.start)[0]}): "
                                           "the text describes the speaker without naming anyone"])
        c = made[cid]
        off = st.source.start + st.source.text.find(name)
        c.mentions.append(Span(name, off, off + len(name)))
        st.claimant = cid
        by_statement[st.id] = cid
    for f in doc.figures:
        cid = by_statement.get(f.statement or "")
        if cid and f.status == "vague":
            f.claimant = cid
            f.explanation.append(f"the unnamed source '{made[cid].name}' stands as its claimant; the status stays vague")
    return list(made.values())
