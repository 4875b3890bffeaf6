"""Reporters: each module turns analysis results into one output format.

Two helpers every reporter uses: :func:`dumps` for strict JSON (no NaN or Infinity: RFC 8259) and
:func:`xml_text` for text that XML 1.0 can hold.
"""
from __future__ import annotations

import re

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _finite(x):
    import math

    if isinstance(x, float):
        return x if math.isfinite(x) else None
    if isinstance(x, dict):
        return {k: _finite(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_finite(v) for v in x]
    return x


def dumps(obj, **kw) -> str:
    """``json.dumps`` with ``ensure_ascii=False`` and never NaN or Infinity (a value JSON cannot hold
    is written null).

    >>> dumps({"a": float("nan"), "b": [1.5, float("inf")]})
    '{"a": null, "b": [1.5, null]}'
    """
    import json  # here, not at the top: attrib check's text report needs no JSON

    kw.setdefault("ensure_ascii", False)
    try:
        return json.dumps(obj, allow_nan=False, **kw)
    except ValueError:  # only when a non-finite float slipped through: replace it, then strict again
        return json.dumps(_finite(obj), allow_nan=False, **kw)


def xml_text(s: str) -> str:
    """``s`` with the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/FFFF)
    replaced by U+FFFD.

    >>> xml_text("a\\x01b\\x1bc")
    'a\\ufffdb\\ufffdc'
    """
    return _XML_BAD.sub("\ufffd", s)
