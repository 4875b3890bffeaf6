"""Annotated corpora scored by the team's shared/tools/score.py, each against floors.

- tests/corpus: 17 invented articles written blind by a teammate, since read to find constructions;
- tests/corpus_dev2, _dev3, _dev4: invented development sets, read to find constructions;
- tests/corpus_blind: 12 invented articles never read by the engine's author. For this one only the
  SCORE line is ever shown (never score.py's per-figure problems), so that it stays blind.

All articles are invented for these tests (fictional events, people and figures; no published text).
The floors sit just under the scores of 2026-11-24: a change that loses ground fails here.
"""
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCORE = HERE.parents[1] / "shared/tools/score.py"
SCORE_LINE = re.compile(r"^SCORE docs=(\d+) figures=(\d+) (.*)$", re.MULTILINE)

CORPORA = {
    "corpus": dict(blind=False, floors=dict(recall=0.98, precision=0.98, claimant=0.97, status=0.98, bounds=0.98,
                                            unit=0.89, claimants=0.94, affiliation=0.85)),
    "corpus_dev2": dict(blind=False, floors=dict(recall=0.99, precision=0.91, claimant=0.95, status=0.97, bounds=0.99,
                                                 unit=0.93, claimants=0.94)),
    # dev3's status floor was 0.87: three figures of "the group said" went from a wrong claimant ("army") to
    # vague when bodies got types, which the design prefers (a wrong claimant is worse than none)
    "corpus_dev3": dict(blind=False, floors=dict(recall=0.99, precision=0.99, claimant=0.93, status=0.95, bounds=0.98,
                                                 unit=0.94, claimants=0.87)),
    "corpus_dev4": dict(blind=False, floors=dict(recall=0.99, precision=0.96, claimant=0.87, status=0.92, bounds=0.98,
                                                 unit=0.95, claimants=0.84)),
    # blind's claimant floor is 0.79 (was 0.81): its gold, written under the old convention, makes a group
    # named by its role alone ("economists say") vague; the real-news gold in ../shared/corpus/news makes it
    # the claimant, as written, and the engine now follows the real gold (docs/attribution.md, role groups)
    # dev5: 14 articles written blind of the engine on 2026-12-02 (first read: claimant 0.797, status 0.910)
    "corpus_dev5": dict(blind=False, floors=dict(recall=0.98, precision=0.92, claimant=0.89, status=0.95, bounds=0.93,
                                                 unit=0.83, claimants=0.84)),
    # written blind on 2026-12-03 (first read: claimant 0.626, status 0.824 on the engine of that morning)
    "corpus_dev6": dict(blind=False, floors=dict(recall=0.99, precision=0.96, claimant=0.86, status=0.94, bounds=0.97,
                                                 unit=0.90)),
    # written blind on 2026-12-03 (first read: claimant 0.639, status 0.810 on main at 50a2cf5)
    "corpus_dev7": dict(blind=False, floors=dict(recall=0.98, precision=0.96, claimant=0.79, status=0.91, bounds=0.93,
                                                 unit=0.78)),
    # written blind on 2026-12-03 (first read: claimant 0.827, status 0.914 on main at 238c205)
    "corpus_dev8": dict(blind=False, floors=dict(recall=0.99, precision=0.97, claimant=0.95, status=0.97, bounds=0.99,
                                                 unit=0.79)),
    # written blind on 2026-12-03: political news (first read: claimant 0.655, status 0.840 on main at 616e0eb)
    "corpus_dev9": dict(blind=False, floors=dict(recall=0.99, precision=0.95, claimant=0.91, status=0.92, bounds=0.97,
                                                 unit=0.83)),
    # written blind on 2026-12-03: war, disasters, health, protests (first read: 0.844 / 0.888 on 616e0eb)
    "corpus_dev10": dict(blind=False, floors=dict(recall=0.99, precision=0.98, claimant=0.93, status=0.93, bounds=0.98,
                                                  unit=0.61)),
    # written blind on 2026-12-03: local incidents, court, study, strike, budget, sports (first read: claimant
    # 0.783, status 0.847 on main at 86851b2)
    "corpus_dev11": dict(blind=False, floors=dict(recall=0.97, precision=0.98, claimant=0.89, status=0.92, bounds=0.97,
                                                  unit=0.84)),
    # written blind on 2026-12-03: political news (first read: claimant 0.722, status 0.915 on main at 907f0da)
    "corpus_dev12": dict(blind=False, floors=dict(recall=0.98, precision=0.93, claimant=0.89, status=0.94, bounds=0.95,
                                                  unit=0.90)),
    # written blind on 2026-12-03 (session 6): elections, protest counts, budget, fact-check, war communiques,
    # displacement, outbreak, central bank, wildfire, layoffs (first read: claimant 0.774, status 0.849 at 45d3220)
    "corpus_dev13": dict(blind=False, floors=dict(recall=0.99, precision=0.94, claimant=0.91, status=0.93, bounds=0.97,
                                                  unit=0.71)),
    # written blind on 2026-12-03 (session 6): 30 local incident articles for the claims step; its per-article
    # scan scores are floored here (first read: claimant 0.846, status 0.888 at 73a0ebf)
    "corpus_claims1": dict(blind=False, floors=dict(recall=0.94, precision=0.92, claimant=0.87, status=0.92, bounds=0.93,
                                                    unit=0.25)),
    # written blind on 2026-12-03 (session 6): 28 incident and running-story articles for the claims step; held out
    # (first read: claimant 0.791, status 0.844 at a9f8fe7)
    # written blind on 2026-12-03 (session 7): court, strike, quake, trial, housing, migrants, poll, mine, breach,
    # council transcript (first read: claimant 0.710, status 0.779 at 8c8d287)
    "corpus_dev14": dict(blind=False, floors=dict(recall=0.99, precision=0.96, claimant=0.85, status=0.88, bounds=0.96,
                                                  unit=0.80)),
    # written blind on 2026-12-03 (session 7): 41 shooting articles on 28 incidents for the claims step (first read:
    # claimant 0.748, status 0.784 at 8c8d287)
    "corpus_claims3": dict(blind=False, floors=dict(recall=0.95, precision=0.92, claimant=0.86, status=0.87, bounds=0.93,
                                                    unit=0.16)),
    # written blind on 2026-12-03 (session 7): GDP, drought, aviation, border row, referendum, emissions, sports
    # rights, waiting lists, homeless count, recall (first read: claimant 0.784, status 0.896 at 9dd6c20)
    "corpus_dev15": dict(blind=False, floors=dict(recall=0.99, precision=0.92, claimant=0.88, status=0.92, bounds=0.96,
                                                  unit=0.61)),
    # written blind on 2026-12-03 (session 7): 36 crash and fire articles for the claims step; held out (first read:
    # claimant 0.892, status 0.917 at 9dd6c20)
    "corpus_claims4": dict(blind=False, floors=dict(recall=0.99, precision=0.92, claimant=0.88, status=0.91, bounds=0.98,
                                                    unit=0.44)),
    # written blind on 2026-12-03 (session 8): outbreak, wildfire, protest counts, crime statistics, layoffs, port
    # strike, exam results, a scored tax bill, oil spill, transit fares; held out, only its SCORE line read (first
    # read: claimant 0.769, status 0.832 at 72709c9)
    "corpus_dev16": dict(blind=True, floors=dict(recall=0.98, precision=0.91, claimant=0.76, status=0.82, bounds=0.95,
                                                 unit=0.50)),
    # written blind on 2026-12-03 (session 8): 36 storm and industrial-accident articles on 24 incidents for the
    # claims step; held out (first read: claimant 0.906, status 0.955 at 72709c9)
    "corpus_claims5": dict(blind=True, floors=dict(recall=0.97, precision=0.98, claimant=0.89, status=0.94, bounds=0.96,
                                                   unit=0.24)),
    "corpus_claims2": dict(blind=False, floors=dict(recall=0.96, precision=0.96, claimant=0.85, status=0.89, bounds=0.96,
                                                    unit=0.33)),
    "corpus_blind": dict(blind=True, floors=dict(recall=0.98, precision=0.98, claimant=0.85, status=0.94, bounds=0.96,
                                                 unit=0.93, claimants=0.86, affiliation=0.2)),
}


def _gold_files(folder):
    return sorted((HERE / folder).glob("*.gold.yaml"))


@pytest.mark.parametrize("folder", sorted(CORPORA))
def test_every_article_has_gold(folder):
    articles = {p.name for p in (HERE / folder).glob("*.md") if p.name != "README.md"}
    documents = set()
    for g in _gold_files(folder):
        m = re.search(r"^document:\s*(\S+)", g.read_text(encoding="utf-8"), re.MULTILINE)
        assert m, f"{g.name} has no document: line"
        documents.add(m.group(1))
    assert articles and articles == documents


def _shares(path, blind=False):
    """score.py's shares for the annotated folder ``path`` (only its SCORE line is shown for a blind set)."""
    cmd = f"{shlex.quote(sys.executable)} -m attrib.cli scan --format json"
    proc = subprocess.run([sys.executable, str(SCORE), str(path), "--cmd", cmd],
                          capture_output=True, text=True, cwd=str(HERE.parent), timeout=600)
    shown = proc.stderr[-3000:] if blind else proc.stdout[-3000:] + proc.stderr[-3000:]
    assert proc.returncode == 0, f"score.py failed ({proc.returncode}):\n{shown}"
    m = SCORE_LINE.search(proc.stdout)
    assert m, "no SCORE line in score.py output"
    assert int(m.group(1)) == len(sorted(Path(path).glob("*.gold.yaml")))
    return {k: float(v) for k, v in (kv.split("=") for kv in m.group(3).split())}, m.group(0)


def _below(shares, floors):
    return {k: (shares.get(k), floor) for k, floor in floors.items() if shares.get(k, 0.0) < floor}


@pytest.mark.parametrize("folder", sorted(CORPORA))
def test_scores_above_floors(folder):
    if not SCORE.is_file():
        pytest.skip(f"scorer not found: {SCORE}")
    spec = CORPORA[folder]
    shares, line = _shares(HERE / folder, spec["blind"])
    low = _below(shares, spec["floors"])
    assert not low, f"{folder}: shares below their floors {low}\n{line}"


# The real news of ../shared/corpus (18 articles on three stories, six outlets each; never copied here):
# the target of the attribution issue. Floors sit just under the scores reached on 2026-12-02.
SHARED_NEWS = HERE.parents[1] / "shared/corpus/news"
NEWS_FLOORS = dict(recall=0.98, precision=0.97, claimant=0.98, status=0.98, bounds=0.98, unit=0.85)


def test_real_news_scores_above_floors():
    if not SCORE.is_file() or not SHARED_NEWS.is_dir():
        pytest.skip("../shared/corpus/news or its scorer not found next to the repository")
    shares, line = _shares(SHARED_NEWS)
    low = _below(shares, NEWS_FLOORS)
    assert not low, f"news: shares below their floors {low}\n{line}"


@pytest.mark.parametrize("folder", ["corpus_dev6", "corpus_dev7", "corpus_dev8", "corpus_dev9", "corpus_dev10",
                                    "corpus_dev11", "corpus_dev12"])
def test_hand_written_gold_is_consistent_with_its_articles(folder):
    # every token/occurrence exists, claimant keys exist, every number-like token is a figure or a not_figure
    proc = subprocess.run([sys.executable, str(HERE / "check_gold.py"), "check", str(HERE / folder)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "ALL OK" in proc.stdout, proc.stdout[-3000:]
