"""`attrib report --format html`: one self-contained page, loaded in a real headless Chromium.

Chromium comes from Debian (`apt-get install chromium`; .ci/run installs it when it can). The page is
loaded offline (every host name resolves to nothing), its DOM is dumped and checked against the
analysis (every figure marked, every claim listed, the graph drawn), the console must stay silent and
a screenshot is taken. Without a Chromium the browser tests skip and say why; the others still run.
"""
import json
import os
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from attrib.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SHARED = Path(os.environ.get("ATTRIB_SHARED", str(ROOT.parent / "shared")))
CORPORA = {"examples": EXAMPLES, "dev": SHARED / "corpus" / "dev", "news": SHARED / "corpus" / "news"}


def chromium():
    for name in (os.environ.get("ATTRIB_CHROMIUM"), "chromium", "chromium-browser", "google-chrome", "chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


CHROMIUM = chromium()
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium on PATH (apt-get install chromium, "
                                   "or set ATTRIB_CHROMIUM); .ci/run installs it when apt is available")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0"]


def browse(page: Path, *extra, timeout=120):
    """Run Chromium on a file: (stdout, the console messages it logged)."""
    r = subprocess.run([CHROMIUM, *FLAGS, *extra, page.as_uri()], capture_output=True, text=True, timeout=timeout,
                       env={**os.environ, "HOME": str(page.parent)})
    console = [line for line in r.stderr.splitlines() if ":CONSOLE" in line]
    return r.stdout, console


class Dom(HTMLParser):
    """Counts of the elements the checks look for, from the DOM Chromium dumped."""

    def __init__(self):
        super().__init__()
        self.marks, self.statuses, self.claims, self.nodes, self.svg, self.panels, self.tips = 0, set(), 0, [], 0, 0, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "mark" and "fig" in cls and a.get("id"):
            self.marks += 1
            self.statuses.add(a.get("data-status"))
        elif tag == "tr" and "claim" in cls:
            self.claims += 1
        elif tag == "svg" and a.get("id") == "claim-graph":
            self.svg += 1
        elif tag == "a" and "node" in cls:
            self.nodes.append(cls[1] if len(cls) > 1 else "")
        elif tag == "details" and "claimant" in cls:
            self.panels += 1
        elif tag == "span" and "tip" in cls:
            self.tips += 1


def report_json(path: Path) -> dict:
    r = CliRunner().invoke(cli, ["report", "--format", "json", "--quiet", str(path)])
    return json.loads(r.stdout)


def write_html(path: Path, out: Path) -> None:
    r = CliRunner().invoke(cli, ["report", "--format", "html", "--quiet", str(path), "-o", str(out)])
    assert r.exit_code == 0, r.output + r.stderr


def png_size(p: Path):
    head = p.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", head[16:24])


# ---- without a browser -----------------------------------------------------------------------------

def test_the_page_is_self_contained_and_deterministic(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    write_html(EXAMPLES, a)
    write_html(EXAMPLES, b)
    text = a.read_text(encoding="utf-8")
    assert a.read_bytes() == b.read_bytes()
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text
    # nothing to fetch: no script, no external stylesheet, font, image or frame
    assert "<script" not in text.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", text)
    assert "@import" not in text and "url(http" not in text


def test_figures_carry_status_by_colour_and_label_and_their_explanation(tmp_path):
    out = tmp_path / "r.html"
    write_html(EXAMPLES, out)
    text = out.read_text(encoding="utf-8")
    # the unsourced dock workers of the first article: class (colour), label and tip
    m = re.search(r'<mark class="fig s-unsourced"[^>]*>some 2,300 dock workers<span class="tag">unsourced</span>'
                  r'<span class="tip" role="tooltip">(.*?)</span></mark>', text)
    assert m and "2,070–2,530" in m.group(1)
    m = re.search(r'<mark class="fig s-attributed"[^>]*>about 6,000 tonnes<span class="tag">attributed</span>'
                  r'<span class="tip" role="tooltip">(.*?)</mark>', text)
    tip = m.group(1)
    assert "Dravik Port Authority" in tip and "cue: “said”" in tip and "rule: <code>" in tip and "claim-" in tip


def test_the_graph_draws_claimants_and_the_claims_they_stand_behind(tmp_path):
    out = tmp_path / "r.html"
    write_html(EXAMPLES, out)
    dom = Dom()
    dom.feed(out.read_text(encoding="utf-8"))
    data = report_json(EXAMPLES)
    drawn = [c for c in data["claims"] if any(f["claimant"] for f in c["figures"])]
    assert dom.nodes.count("n-claim") == len(drawn)
    behind = {f["claimant"] for c in drawn for f in c["figures"] if f["claimant"]}
    assert dom.nodes.count("n-claimant") == len(behind)


# ---- in Chromium -----------------------------------------------------------------------------------

@needs_browser
def test_the_console_check_would_catch_an_error(tmp_path):
    bad = tmp_path / "bad.html"
    bad.write_text('<!DOCTYPE html><link rel="icon" href="data:,"><p>x</p>'
                   '<img src="https://cdn.example.org/x.png"><script>console.error("boom")</script>')
    _dom, console = browse(bad, "--dump-dom")
    assert any("boom" in line for line in console), console


@needs_browser
@pytest.mark.parametrize("name", list(CORPORA))
def test_report_loads_in_chromium(name, tmp_path):
    corpus = CORPORA[name]
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is absent")
    page = tmp_path / "report.html"
    write_html(corpus, page)
    data = report_json(corpus)
    shot = tmp_path / "shot.png"
    dumped, console = browse(page, "--dump-dom", f"--screenshot={shot}", "--window-size=1280,1600", "--hide-scrollbars")
    assert console == [], "console messages:\n" + "\n".join(console)
    dom = Dom()
    dom.feed(dumped)
    figures = [f for d in data["documents"] for f in d["figures"] if f["kind"] not in
               ("date", "time", "year", "duration", "ordinal", "age")]
    assert dom.marks == dom.tips == len(figures) > 0
    assert dom.statuses <= {"attributed", "vague", "unsourced"} and "attributed" in dom.statuses
    assert dom.claims == len(data["claims"]) > 0
    assert dom.svg == 1 and dom.nodes.count("n-claim") > 0 and dom.nodes.count("n-claimant") > 0
    assert dom.panels >= dom.nodes.count("n-claimant")
    assert png_size(shot) == (1280, 1600) and shot.stat().st_size > 20_000  # drawn, not blank
