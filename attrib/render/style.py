"""Colours and sizes by node kind and verdict, shared by the GEXF, DOT and HTML outputs."""
from __future__ import annotations

import math
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Tuple

KIND_COLOURS = {
    "document": "#8c8c8c",
    "publisher": "#5b6b8c",
    "claimant": "#2b6cb0",
    "statement": "#b7c4d6",
    "figure": "#d69e2e",
    "claim": "#2f855a",
}
VERDICT_COLOURS = {  # a claim's colour says its verdict
    "corroborated": "#2f855a",
    "single-sourced": "#c05621",
    "unsourced": "#c53030",
}
STATUS_COLOURS = {"attributed": "#2f855a", "vague": "#b7791f", "unsourced": "#c53030"}
KIND_SIZES = {"document": 8.0, "publisher": 10.0, "claimant": 12.0, "statement": 4.0, "figure": 5.0, "claim": 10.0}
DOT_SHAPES = {"document": "note", "publisher": "house", "claimant": "ellipse", "statement": "point",
              "figure": "box", "claim": "diamond"}


def colour(d: dict) -> str:
    """The hex colour of a node (its attributes ``d``)."""
    if d.get("kind") == "claim" and d.get("verdict") in VERDICT_COLOURS:
        return VERDICT_COLOURS[d["verdict"]]
    return KIND_COLOURS.get(d.get("kind", ""), "#999999")


def rgb(hex_colour: str) -> Tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def size(d: dict, degree: int = 0) -> float:
    """A node's size: its kind's, grown with the square root of its degree (claimants and claims that
    gather many figures stand out)."""
    base = KIND_SIZES.get(d.get("kind", ""), 5.0)
    return round(base * (1.0 + math.sqrt(max(degree, 0)) / 3.0), 2)
