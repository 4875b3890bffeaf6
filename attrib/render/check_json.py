"""``attrib check --format json``: findings, errors and a summary, with a format version."""
from __future__ import annotations

from . import dumps
from collections import Counter

# Bump when a field changes meaning or goes away (adding fields does not bump it).
CHECK_JSON_VERSION = 1


def as_dict(result) -> dict:
    from .. import __version__
    from ..check import fingerprint

    findings = []
    for f in result.findings:
        d = f.to_dict()
        d["fingerprint"] = fingerprint(f)
        d["fails"] = result.fails(f)
        findings.append(d)
    return {
        "version": CHECK_JSON_VERSION,
        "tool": {"name": "attrib", "version": __version__},
        "summary": {
            "files": len(result.files),
            "findings": len(result.findings),
            "failing": len(result.failing),
            "baselined": result.baselined,
            "errors": len(result.errors),
            "by_code": dict(sorted(Counter(f.code for f in result.findings).items())),
        },
        "findings": findings,
        "errors": [{"message": e} for e in result.errors],
    }


def render(result) -> str:
    return dumps(as_dict(result), indent=2) + "\n"
