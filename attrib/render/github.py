"""``attrib check --format github``: GitHub Actions workflow commands that annotate the diff.

    ::error file=drafts/a.md,line=3,col=14,endLine=3,endColumn=20,title=ATR001 unsourced-figure::...
"""
from __future__ import annotations

from ..fsutil import display_path

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    """Escaped as the workflow-command syntax asks: no value can end the command or start another."""
    return display_path(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def render(result) -> str:
    out = []
    for f in result.findings:
        props = (f"file={_prop(f.path)},line={f.line},col={f.col},endLine={f.end_line},endColumn={f.end_col},"
                 f"title={_prop(f'{f.code} {f.name}')}")
        out.append(f"::{COMMAND[f.severity]} {props}::{_data(f.message)}\n")
    for e in result.errors:
        out.append(f"::error title=attrib::{_data(e)}\n")
    return "".join(out)
