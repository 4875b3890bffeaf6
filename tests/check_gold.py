#!/usr/bin/env python3
"""Gold check for the blind corpora written by hand (tests/corpus_dev6 ... corpus_dev10); no attrib import.

    python tests/check_gold.py check DIR   -- every gold loads as YAML, every token/occurrence exists in its article
                                             body (the same whole-word rule as ../shared/tools/score.py), claimant
                                             keys exist, every number-like token of the body is a figure or a
                                             not_figure; exits 1 on any error
    python tests/check_gold.py list ARTICLE -- number-like tokens of an article body with their occurrence indexes"""
import re, sys, yaml
from pathlib import Path
WORDS = r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|millions|billions|dozens|hundreds|thousands|half|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|once|twice|double|triple"
def body(text):
    m = re.match(r"\ufeff?---\r?\n.*?\r?\n---\r?\n", text, flags=re.DOTALL)
    return text[m.end():] if m else text
def pat(token):
    return r"(?<![\w.])(?<!\d,)" + re.escape(token) + r"(?!\w)(?![.,]\d)"
def hits(b, token):
    return [m.start() for m in re.finditer(pat(token), b, flags=re.IGNORECASE)]
def tokens(b):
    out = []
    for m in re.finditer(r"(?<![\w.])(?<!\d,)(\d+(?:,\d{3})*(?:\.\d+)?(?:bn|m|st|nd|rd|th|s)?|(?:%s))(?![\w])(?![.,]\d)" % WORDS, b, flags=re.I):
        out.append((m.start(), m.group(1)))
    return out
def listing(path):
    b = body(Path(path).read_text())
    counts = {}
    for pos, t in tokens(b):
        k = t.lower(); counts[k] = counts.get(k, 0) + 1
        print(f"{t!r:>12} #{counts[k]:<2} ...{b[max(0,pos-45):pos+len(t)+35]!r}".replace("\\n", " "))
def check(gold_path):
    g = yaml.safe_load(Path(gold_path).read_text())
    doc = Path(gold_path).parent / g["document"]
    b = body(doc.read_text())
    errs = []
    claimants = g.get("claimants") or {}
    covered = set()
    for kind in ("figures", "not_figures"):
        for f in g.get(kind) or []:
            t = str(f["token"]); occ = f.get("occurrence", 1)
            h = hits(b, t)
            if len(h) < occ:
                errs.append(f"{kind}: {t!r}#{occ} only {len(h)} found")
                continue
            pos = h[occ-1]
            if pos in covered: errs.append(f"duplicate {t!r}#{occ}")
            covered.update(range(pos, pos+len(t)))
            if kind == "figures":
                for k in ("value" if f.get("hedge") not in ("dozens","tens","hundreds","thousands","tens_of_thousands","hundreds_of_thousands") else None, "hedge", "unit"):
                    if k and k not in f and not (k in ("value", "hedge") and f.get("range")): errs.append(f"{t!r}#{occ} lacks {k}")
                c = f.get("claimant")
                for k in (c if isinstance(c, list) else [c]):
                    if k is not None and k not in claimants: errs.append(f"{t!r}#{occ}: unknown claimant {k}")
                if f.get("status") not in (None, "attributed", "vague", "unsourced"): errs.append(f"bad status {f}")
    for pos, t in tokens(b):
        if pos not in covered and not re.fullmatch(r"(?i)million|billion|thousand|hundred|dozen", t):
            errs.append(f"uncovered token {t!r} at {pos}: {b[max(0,pos-40):pos+40]!r}")
    n = len(g.get("figures") or [])
    print(f"{Path(gold_path).name}: {n} figures, {len(g.get('not_figures') or [])} not_figures, {len(b.split())} words", "OK" if not errs else "")
    for e in errs: print("   ", e)
    return n, not errs
if __name__ == "__main__":
    if sys.argv[1] == "list": listing(sys.argv[2])
    else:
        tot = 0; ok = True
        for p in sorted(Path(sys.argv[2]).glob("*.gold.yaml")):
            n, o = check(p); tot += n; ok &= o
        print("TOTAL figures", tot, "ALL OK" if ok else "ERRORS")
        sys.exit(0 if ok else 1)
