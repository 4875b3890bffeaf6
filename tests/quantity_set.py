"""Score the figure stage on our own sentence set (tests/data/quantities/sentences.yaml).

    python tests/quantity_set.py            # value F1, value+unit F1, then every miss
    python tests/quantity_set.py --quiet    # the scores only
    python tests/quantity_set.py --heldout  # the held-out set (tests/data/quantities/heldout.yaml)
    python tests/quantity_set.py --set PATH # any file of that format (e.g. tests/data/quantities/heldout2.yaml)

A predicted quantity is a figure of a countable kind (count, quantity, percent, money, ratio) with a
value or a stated range (a vague amount such as "hundreds" has neither), that restates no other figure. It matches a gold quantity of the same sentence when the values
agree (relative 0.1%; a gold range wants the figure's low and high, a single value its value or its
value in base units) and, for value+unit, when the units agree after normalisation (case, plurals,
spelling, digit grouping) as the figure's unit or its canonical unit. Pairs are matched one to one.
"""
from __future__ import annotations

import os
import re
import sys
from typing import Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.join(HERE, "data", "quantities", "sentences.yaml")
HELDOUT = os.path.join(HERE, "data", "quantities", "heldout.yaml")
COUNTABLE = {"count", "quantity", "percent", "money", "ratio"}

_SPELL = {"feet": "foot", "foot": "foot"}


def norm_unit(u: Optional[str]) -> Optional[str]:
    """'Kilometers per hour' -> 'kilometre per hour'; '1,000 people' -> '1000 people'."""
    if u is None:
        return None
    s = u.lower().strip()
    s = re.sub(r"(?<=\d)[,\u00a0\u202f](?=\d{3})", "", s)
    s = re.sub(r"^(?:the|a|an)\s+", "", s)
    out = []
    for w in s.split():
        if w in _SPELL:
            out.append(_SPELL[w])
            continue
        if re.fullmatch(r"[a-z]+(?:ch|sh|x|ss)es", w):
            w = w[:-2]
        elif len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            w = w[:-1]
        out.append(re.sub(r"(met|lit)er$", r"\1re", w))
    return " ".join(out) or None


def _close(a: Optional[float], b: float) -> bool:
    if a is None:
        return False
    return abs(a - b) <= 1e-3 * max(abs(b), 1e-9) or (b == 0 and abs(a) < 1e-9)


def value_match(fig: dict, gold) -> bool:
    if isinstance(gold, dict):
        return any(value_match(fig, g) for g in gold["alt"])
    if isinstance(gold, list):
        return _close(fig.get("low"), float(gold[0])) and _close(fig.get("high"), float(gold[1]))
    g = float(gold)
    base = (fig.get("base") or {}).get("value")
    return _close(fig.get("value"), g) or _close(base, g)


def unit_match(fig: dict, gold) -> bool:
    golds = gold if isinstance(gold, list) else [gold]
    got = {norm_unit(fig.get("unit")), norm_unit(fig.get("unit_canonical"))}
    return any(norm_unit(g) in got if g is not None else fig.get("unit") is None for g in golds)


def predictions(sentence: str) -> List[dict]:
    sys.path.insert(0, os.path.dirname(HERE))
    from attrib.figures import find_figures
    from attrib.read import document_from_text
    from attrib import segment

    doc = document_from_text(sentence + "\n", "<set>")
    doc.segments = segment.segment(doc.text, doc.body_start)
    out = []
    for f in find_figures(doc):
        if f.kind in COUNTABLE and (f.value is not None or f.hedge == "range") and not f.restates:
            out.append({"text": f.text, "kind": f.kind, "value": f.value, "low": f.low, "high": f.high,
                        "unit": f.unit, "unit_canonical": f.unit_canonical, "base": f.base})
    return out


def _match(preds: List[dict], golds: List[list], with_unit: bool) -> Tuple[int, List[int], List[int]]:
    """One-to-one matches; the indices of unmatched predictions and golds."""
    used = set()
    missed = []
    for gi, (gv, gu) in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in used and value_match(p, gv) and (not with_unit or unit_match(p, gu)):
                used.add(pi)
                break
        else:
            missed.append(gi)
    return len(used), [i for i in range(len(preds)) if i not in used], missed


def score(items: Optional[List[dict]] = None, path: str = SET) -> Dict[str, object]:
    """{'value': (p, r, f1), 'value_unit': (p, r, f1), 'misses': [...]} over the set."""
    import yaml

    if items is None:
        with open(path, encoding="utf-8") as fh:
            items = yaml.safe_load(fh)
    tot = {"value": [0, 0, 0], "value_unit": [0, 0, 0]}  # matched, predicted, gold
    misses = []
    for it in items:
        preds = predictions(it["s"])
        golds = it["q"] or []
        for key, wu in (("value", False), ("value_unit", True)):
            n, fp, fn = _match(preds, golds, wu)
            t = tot[key]
            t[0] += n
            t[1] += len(preds)
            t[2] += len(golds)
            if fp or fn:
                misses.append((key, it["s"], [golds[i] for i in fn],
                               [(preds[i]["text"], preds[i]["value"], preds[i]["low"], preds[i]["high"],
                                 preds[i]["unit"], preds[i]["unit_canonical"]) for i in fp]))
    out: Dict[str, object] = {"misses": misses, "sentences": len(items)}
    for key, (m, p, g) in tot.items():
        prec = m / p if p else 1.0
        rec = m / g if g else 1.0
        out[key] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return out


def main(argv: List[str]) -> int:
    path = HELDOUT if "--heldout" in argv else SET
    if "--set" in argv:
        path = argv[argv.index("--set") + 1]
    s = score(path=path)
    for key in ("value", "value_unit"):
        p, r, f = s[key]
        print(f"{key:10s}  precision {p:.3f}  recall {r:.3f}  F1 {100 * f:.1f}")
    if "--quiet" not in argv:
        for key, sent, fn, fp in s["misses"]:
            print(f"\n[{key}] {sent}\n   missed: {fn}\n   wrong:  {fp}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
