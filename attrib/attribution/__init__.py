"""Attribute figures to claimants (stage 4 of the pipeline).

The engine starts from cues (reporting verbs, "according to", possessive and "by" sources, colon and
dash frames around quotations, vague cues such as "reportedly"), finds the local mention each cue
ties to (its *source*: "the report", "he", "Bota Ilias") and the stretch of text it governs (its
*scope*), resolves sources to claimants (registry aliases, names split from titles and roles,
collectives, anaphora to the most recent compatible claimant), and gives every figure the innermost
named statement whose scope holds it. Quotations carry their speaker across sentences and into the
next paragraph; a line ending in a colon gives its claimant to the list items after it. A figure
with only vague cues is ``vague``; with none, ``unsourced``. Each rule has a name that appears in
the figure's explanation (see docs/attribution.md).
"""
from .engine import attribute  # noqa: F401
from .lexicon import _lex  # noqa: F401  (tests reset its cache)
from .mentions import Mention  # noqa: F401

__all__ = ["attribute", "Mention"]
