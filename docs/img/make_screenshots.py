"""Regenerate the screenshots of README.md and docs/output.md from the invented examples.

    python docs/img/make_screenshots.py      (attrib importable, a chromium on PATH: apt-get install chromium)

report.png is the top of the report (the claim graph and the claims). report-figure.png shows the
first article with one figure's explanation open, as hovering or clicking it does: the page is the
report itself with a style added that hides the other sections and opens that figure's tip
(a headless screenshot cannot hover, nor scroll to a fragment).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from attrib.cli import cli  # noqa: E402

FIGURE = "about 6,000 tonnes"  # the figure whose explanation the second picture shows


def shot(chromium: str, page: Path, out: Path, size: str) -> None:
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--host-resolver-rules=MAP * ~NOTFOUND", f"--window-size={size}", f"--screenshot={out}",
                    page.as_uri()], check=True, capture_output=True, timeout=120)


def main() -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("no chromium on PATH (apt-get install chromium)")
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        r = CliRunner().invoke(cli, ["report", "--format", "html", "--quiet", "examples/articles/", "-o", str(page)])
        assert r.exit_code == 0, r.output
        shot(chromium, page, ROOT / "docs" / "img" / "report.png", "1100,1000")
        text = page.read_text(encoding="utf-8")
        fig = re.search(r'<mark class="fig [^"]*" tabindex="0" id="([^"]+)"[^>]*>' + re.escape(FIGURE), text).group(1)
        first = re.search(r'<article class="doc" id="([^"]+)"', text).group(1)
        extra = (f"<style>header,#graph,#claims,#claimants,article.doc:not(#{first}){{display:none}}"
                 f"#{fig} .tip{{display:block}}</style>")
        focus = Path(tmp) / "figure.html"
        focus.write_text(text.replace("</head>", extra + "</head>", 1), encoding="utf-8")
        shot(chromium, focus, ROOT / "docs" / "img" / "report-figure.png", "1100,760")
    for p in sorted((ROOT / "docs" / "img").glob("*.png")):
        print(p.relative_to(ROOT), p.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
