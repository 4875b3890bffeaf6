"""attrib check with the real scan engine: the dev corpus against its gold, and a draft of our own.

On the dev articles, check must flag exactly the figures the gold marks unsourced (claimant null)
or vague (status: vague), each at the line:col where the figure starts, the gold token inside the
figure's span.  Token positions come from ../shared/tools/score.py itself (same occurrence logic).
"""
import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from attrib import check as C
from attrib.config import CliOptions
from attrib.pipeline import scan_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
DRAFT = Path(__file__).parent / "data" / "check" / "harbour-draft.md"

needs_shared = pytest.mark.skipif(not (DEV.is_dir() and (SHARED / "tools" / "score.py").is_file()),
                                  reason="../shared (dev corpus and score.py) is not beside the repository")


def score_module():
    spec = importlib.util.spec_from_file_location("attrib_shared_score", SHARED / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_files():
    return sorted(DEV.glob("*.gold.yaml")) if DEV.is_dir() else []


def line_col(text, offset):
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


@needs_shared
@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.name)
def test_dev_article_flags_exactly_the_gold_unsourced_and_vague(gold_path):
    score = score_module()
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    doc_path = gold_path.parent / gold["document"]
    text = doc_path.read_text(encoding="utf-8")
    findings, errors = C.check_paths([str(doc_path)], CliOptions(isolated=True, select=["ATR001", "ATR002"]))
    assert errors == []
    must, may = {}, set()  # token span -> code; token spans either way
    for g in gold["figures"]:
        span = score.token_span(text, str(g["token"]), g.get("occurrence", 1))
        want = g.get("claimant")
        keys = want if isinstance(want, list) else [want]
        status = g.get("status") or ("unsourced" if want is None else "attributed")
        code = {"unsourced": "ATR001", "vague": "ATR002"}.get(status)
        if None in keys and len(keys) > 1:
            may.add(span)  # "nobody, or one of these": flagging it or not are both right
        elif code:
            must[span] = code
    got = {}
    for f in findings:
        hits = [s for s in list(must) + list(may) if f.start <= s[0] and s[1] <= f.end]
        assert len(hits) == 1, f"{f.path}:{f.line}:{f.col}: {f.code} {f.text!r} matches no gold unsourced/vague figure"
        assert (f.line, f.col) == line_col(text, f.start)
        assert f.line == line_col(text, hits[0][0])[0]
        got[hits[0]] = f.code
    assert {s: c for s, c in got.items() if s in must} == must


@needs_shared
@pytest.mark.parametrize("gold_path", gold_files(), ids=lambda p: p.name)
def test_masking_changes_nothing_on_plain_articles(gold_path):
    """On articles without code or comments, check reports exactly what scan says (no more, no less)."""
    doc_path = gold_path.parent / yaml.safe_load(gold_path.read_text(encoding="utf-8"))["document"]
    text = doc_path.read_text(encoding="utf-8")
    doc = scan_text(text, str(doc_path))
    want = [(f.start, {"unsourced": "ATR001", "vague": "ATR002"}[f.status]) for f in doc.figures
            if f.is_figure and f.start >= doc.body_start and f.status in ("unsourced", "vague")]
    got = [(f.start, f.code) for f in C.check_text(text, str(doc_path)) if f.code in ("ATR001", "ATR002")]
    assert got == sorted(want)


# The draft in tests/data/check/harbour-draft.md is ours: front matter, fenced and indented code,
# inline code, tables (one under an ignore), a list, a blockquote, a link, HTML comments, a source
# declaration (known and unknown id), a disable/enable range, an unused ignore, an invalid directive.
DRAFT_FINDINGS = [
    "10:23: ATR001 unsourced figure '40 grain silos': nobody is named as its source",
    "12:1: ATR002 figure 'Some 300 dock workers' has only a vague attribution ('reportedly')",
    "27:12: ATR001 unsourced figure '7': nobody is named as its source",
    "28:12: ATR001 unsourced figure '11': nobody is named as its source",
    "35:21: ATR001 unsourced figure '6 convoys': nobody is named as its source",
    "38:3: ATR003 claimant 'Insurers' is not in the registry (1 figure)",
    "51:1: ATR004 source declaration names 'harbour-gossip', which is not in the registry",
    "52:16: ATR001 unsourced figure '70 barges': nobody is named as its source",
    "54:1: ATR005 unused directive 'attrib: ignore ATR002': it suppresses no finding",
    "57:1: ATR006 invalid directive 'attrib: silence everything': not ignore, disable, enable, disable-file or "
    "source=ID",
]


def test_own_draft_pins_every_finding(monkeypatch):
    monkeypatch.chdir(ROOT)
    rel = DRAFT.relative_to(ROOT).as_posix()
    out, err = io.StringIO(), io.StringIO()
    status = C.run([rel], isolated=True, out=out, err=err)
    assert (status, err.getvalue()) == (1, "")
    assert out.getvalue().splitlines() == [f"{rel}:{line}" for line in DRAFT_FINDINGS]


def test_own_draft_positions_point_at_the_figures():
    text = DRAFT.read_text(encoding="utf-8")
    for f in C.check_text(text, str(DRAFT)):
        assert (f.line, f.col) == line_col(text, f.start)
        if f.code in ("ATR001", "ATR002"):
            assert text[f.start:f.end] == f.text
        elif f.code in ("ATR004", "ATR005", "ATR006"):
            assert text[f.start:f.end].startswith("<!-- attrib:")


def test_own_draft_through_the_command_line(tmp_path):
    """The installed command, end to end, with --stdin-filename and a CRLF copy of the draft."""
    data = DRAFT.read_bytes().replace(b"\n", b"\r\n")
    p = subprocess.run([sys.executable, "-m", "attrib.cli", "check", "--isolated", "-", "--stdin-filename",
                        "draft.md"], input=data, capture_output=True, cwd=tmp_path, timeout=120)
    assert p.returncode == 1, p.stderr
    assert p.stdout.decode().splitlines() == [f"draft.md:{line}" for line in DRAFT_FINDINGS]
