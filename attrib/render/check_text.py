"""``attrib check`` as text: one ``path:line:col: CODE message`` line per finding."""
from __future__ import annotations


def render(result) -> str:
    """The findings of a :class:`attrib.check.CheckResult`, one per line, in file order."""
    return "".join(f"{f.path}:{f.line}:{f.col}: {f.code} {f.message}\n" for f in result.findings)
