"""``attrib check --format sarif``: SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps).

Every code is a rule with a stable ``id`` (the code) and ``name``; the rules are listed in code
order whatever was found, so ``ruleIndex`` never changes.  Each result carries a
``partialFingerprints`` entry that hashes its file, code, figure text and sentence (no line
numbers), so a dashboard keeps tracking a finding when lines above it move.  Columns count
Unicode code points (``columnKind``), as Python offsets do.
"""
from __future__ import annotations

import os
from urllib.parse import quote

from . import dumps

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "attribFinding/v1"


def _pascal(name: str) -> str:
    return "".join(w.capitalize() for w in name.split("-"))


def rules() -> list:
    from ..messages import MESSAGES

    return [{
        "id": m.code,
        "name": _pascal(m.name),
        "shortDescription": {"text": m.summary},
        "fullDescription": {"text": m.summary},
        "help": {"text": m.docs, "markdown": m.docs},
        "defaultConfiguration": {"level": LEVEL[m.severity]},
        "properties": {"tags": ["sourcing"] if m.code <= "ATR004" else ["directives"], "attribName": m.name},
    } for m in MESSAGES]


def _uri(path: str, root: str):
    """(uri, uriBaseId or None) for a path: relative to the run's root when below it."""
    if path.startswith("<"):
        return quote(path), None
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, root) if absolute.startswith(root.rstrip(os.sep) + os.sep) else None
    if rel is not None:
        return quote(rel.replace(os.sep, "/")), "%SRCROOT%"
    return "file://" + quote(absolute.replace(os.sep, "/") if absolute.startswith("/") else "/" + absolute), None


def as_dict(result, root: str = None) -> dict:
    from .. import __version__
    from ..check import fingerprint
    from ..messages import MESSAGES

    root = os.path.abspath(root or os.getcwd())
    index = {m.code: i for i, m in enumerate(MESSAGES)}
    results = []
    for f in result.findings:
        uri, base = _uri(f.path, root)
        loc = {"uri": uri}
        if base:
            loc["uriBaseId"] = base
        region = {"startLine": f.line, "startColumn": f.col, "endLine": max(f.end_line, f.line),
                  "endColumn": max(f.end_col, f.col if f.end_line <= f.line else 1),
                  "charOffset": f.start, "charLength": max(0, f.end - f.start)}
        if f.text:
            region["snippet"] = {"text": f.text}
        results.append({
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": loc, "region": region}}],
            "partialFingerprints": {FINGERPRINT: fingerprint(f)},
            "properties": {"context": f.context},
        })
    root_uri = "file://" + quote(root.replace(os.sep, "/").rstrip("/") + "/")
    if not root_uri.startswith("file:///"):
        root_uri = "file:///" + root_uri[len("file://"):]
    run = {
        "tool": {"driver": {"name": "attrib", "version": __version__, "semanticVersion": __version__,
                            "rules": rules()}},
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{
            "executionSuccessful": not result.errors,
            "toolExecutionNotifications": [{"level": "error", "message": {"text": e}} for e in result.errors],
        }],
        "results": results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(result, root: str = None) -> str:
    return dumps(as_dict(result, root), indent=2) + "\n"
