"""attrib: who claimed each figure in a news text, and does anyone independent agree?

The library's face (the CLI is a thin layer over these):

    >>> import attrib
    >>> doc = attrib.scan_text("Officials said 40 people died.")   # doctest: +SKIP
    >>> docs, errors = attrib.scan_paths(["article.md"])              # doctest: +SKIP

Heavier stages (the claim graph) are imported lazily so that ``attrib check`` starts fast.
"""
__version__ = "0.1.0"

from .pipeline import scan_document, scan_paths, scan_text  # noqa: E402,F401

__all__ = ["scan_text", "scan_paths", "scan_document", "__version__"]
