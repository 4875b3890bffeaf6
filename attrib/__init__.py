"""attrib: who claimed each figure in a news text, and does anyone independent agree?

The library's face (the CLI is a thin layer over these):

    >>> import attrib
    >>> doc = attrib.scan_text("The ministry said 40 people died.")
    >>> [(f.text, f.status) for f in doc.figures]
    [('40 people', 'vague')]

- ``scan_text(text, path)`` / ``scan_paths(paths)`` / ``scan_document(doc)``: figures and claimants.
- ``analyse(text, path, meta)``: the same as a pure function returning a JSON-ready dict.
- ``build_claims(docs)``: group figures of many documents into claims with verdicts and grades.
- ``build_graph(docs, claims)``: the networkx graph of documents, claimants, statements, figures, claims.
- ``check_paths(paths)`` / ``check_text(text)``: findings for the CI gate.

Every stage is imported only when first used, so that ``attrib --help`` and ``attrib explain`` do not
load the engine and ``attrib check`` loads only what it runs.
"""
__version__ = "0.1.0"

_LAZY = {
    "scan_text": ("attrib.pipeline", "scan_text"),
    "scan_paths": ("attrib.pipeline", "scan_paths"),
    "scan_document": ("attrib.pipeline", "scan_document"),
    "analyse": ("attrib.pipeline", "analyse"),
    "build_claims": ("attrib.claims", "build_claims"),
    "build_graph": ("attrib.graph", "build_graph"),
    "check_paths": ("attrib.check", "check_paths"),
    "check_text": ("attrib.check", "check_text"),
    "Registry": ("attrib.registry", "Registry"),
}

__all__ = [*_LAZY, "__version__"]


def __getattr__(name):
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'attrib' has no attribute {name!r}")
