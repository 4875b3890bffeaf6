"""``attrib check`` as text: one ``path:line:col: CODE message`` line per finding."""
from __future__ import annotations

from ..fsutil import display_path


def render(result) -> str:
    """The findings of a :class:`attrib.check.CheckResult`, one per line, in file order.

    A finding is always one line: line breaks and control characters in a path or a message (a
    figure written across a line break) are shown escaped, so no finding can forge another line
    or a CI workflow command.
    """
    return "".join(f"{display_path(f.path)}:{f.line}:{f.col}: {f.code} {display_path(f.message)}\n"
                   for f in result.findings)
