"""JSON that is quick to write and still readable: the outer levels one member per line, the rest compact.

``json.dumps(indent=2)`` falls back to the pure-Python encoder; the C encoder only writes compact
JSON.  :func:`dumps` lays out the outer ``expand`` levels of objects and arrays itself (two spaces a
level, as ``indent=2``) and has the C encoder write everything inside them on one line, so scan
output puts one figure per line.  Same input, same bytes; any JSON reader reads it.

>>> print(dumps({"a": [1, {"b": None}], "c": []}, expand=2))
{
  "a": [
    1,
    {"b": null}
  ],
  "c": []
}
"""
from __future__ import annotations

import json

_compact = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def dumps(obj, expand: int = 1, indent: int = 0) -> str:
    """``obj`` as JSON; containers at the outer ``expand`` levels one member per line, ``indent`` levels in.

    Strict JSON (RFC 8259), as :func:`attrib.render.dumps`: a NaN or infinity is written null.
    """
    try:
        return _dumps(obj, expand, indent)
    except ValueError:  # a non-finite float slipped through
        from . import _finite

        return _dumps(_finite(obj), expand, indent)


def _dumps(obj, expand: int, indent: int) -> str:
    if expand <= 0 or not isinstance(obj, (dict, list)) or not obj:
        return _compact(obj)
    pad = "  " * (indent + 1)
    if isinstance(obj, dict):
        body = ",\n".join(f"{pad}{_compact(str(k))}: {_dumps(v, expand - 1, indent + 1)}" for k, v in obj.items())
        return "{\n" + body + "\n" + "  " * indent + "}"
    body = ",\n".join(pad + _dumps(v, expand - 1, indent + 1) for v in obj)
    return "[\n" + body + "\n" + "  " * indent + "]"
