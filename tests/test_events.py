"""Events before claims: stories, in-text dates, story-level joins, forecasts, one body per claimant, and an
invented archive of incidents whose numbers collide. Every sentence here is our own."""
import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from attrib.claims import _name_keys, _identity_lexicon, build_claims, figure_measure
from attrib.events import find_events, text_date
from attrib.pipeline import scan_document
from attrib.read import document_from_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.incidents import generate, quality  # noqa: E402
from _report_helpers import claim_of, scan  # noqa: E402


# ---- stories -------------------------------------------------------------------------------------

def test_articles_of_one_incident_are_one_story_another_town_is_another():
    a = scan("a.md", "Police in Vell said Tam Orrin, 30, was shot on Ash Street near the Lark Inn.")
    b = scan("b.md", "Tam Orrin died on Ash Street in Vell after a shooting near the Lark Inn, police said.")
    c = scan("c.md", "In Dask, Mira Holt was shot outside the Copper Kettle on Birch Avenue.")
    ev = find_events([a, b, c])
    assert ev.story_of["a.md"] == ev.story_of["b.md"] != ev.story_of["c.md"]
    st = ev.story("a.md")
    assert st.place == "vell" and st.first == datetime.date(2026, 3, 2)
    assert st.joined["b.md"].startswith("shares ") and "similarity" in st.joined["b.md"]


def test_documents_further_apart_must_share_more():
    from attrib.events import EventLexicon

    lex = EventLexicon.default()
    near, two, three, month = lex.threshold(1), lex.threshold(2), lex.threshold(3), lex.threshold(30)
    assert near == lex.similarity < two < three <= month == lex.max_similarity


def test_in_text_dates_resolve_against_the_publication_date():
    pub = datetime.date(2026, 10, 8)  # a Thursday
    assert text_date("the toll rose on Tuesday", pub) == (datetime.date(2026, 10, 6), "Tuesday")
    assert text_date("as of Oct. 7, officials said", pub)[0] == datetime.date(2026, 10, 7)
    assert text_date("no date here", pub) is None


# ---- joins inside a story ----------------------------------------------------------------------

def test_one_incidents_count_joins_across_its_articles_in_other_words():
    a = scan("a.md", "Two people were killed and 16 others were wounded in a shooting on Ash Street in Vell, "
                     "Sgt. Anna Brisk of the Vell Police Department said.")
    b = scan("b.md", "A shooting on Ash Street in Vell left 2 dead and 16 injured, the Vell Police Department said.")
    claims = build_claims([a, b])
    assert claim_of(claims, "a.md", "Two").id == claim_of(claims, "b.md", "2 dead").id
    assert claim_of(claims, "a.md", "16").id == claim_of(claims, "b.md", "16").id
    assert claim_of(claims, "a.md", "16").id != claim_of(claims, "a.md", "Two").id


def test_the_same_count_of_two_incidents_stays_apart():
    a = scan("a.md", "Two people were killed in a shooting on Ash Street in Vell, Sgt. Anna Brisk said.")
    b = scan("b.md", "Two people were killed at the Copper Kettle on Birch Avenue in Dask, Lt. Omar Fenn said.")
    claims = build_claims([a, b])
    ca, cb = claim_of(claims, "a.md", "Two"), claim_of(claims, "b.md", "Two")
    assert ca.id != cb.id and ca.verdict == cb.verdict == "single-sourced"
    assert not ca.contradicted_by and not cb.contradicted_by


def test_a_forecast_is_not_the_reported_value():
    d = scan("a.md", "Tellmark said it sold 4,120 looms in the quarter, against analysts' expectations of 4,120 "
                     "looms.")
    figs = [f for f in d.figures if f.is_figure]
    m1, m2 = (figure_measure(d, f)[0] for f in figs[:2])
    assert "forecast" not in m1.period and "forecast" in m2.period
    assert figure_measure(scan("b.md", "Tellmark sold a better-than-expected 4,120 looms."),
                          scan("b.md", "Tellmark sold a better-than-expected 4,120 looms.").figures[0])[0].period == ""


def test_what_a_percentage_measures_is_part_of_its_measure():
    d = scan("a.md", "Tellmark's revenue fell 9 percent, while its profit fell 19 percent.")
    f9, f19 = [f for f in d.figures if f.is_figure][:2]
    assert figure_measure(d, f9)[0].thing.startswith("revenue")
    assert figure_measure(d, f19)[0].thing.startswith("profit")


def test_rival_tolls_of_one_story_contradict_both_ways():
    a = scan("a.md", "The Vell Rescue Service said 40 people died in the floods in the Vell valley.")
    b = scan("b.md", "The Vell Red Cross put the death toll from the floods in the Vell valley at 95.")
    claims = build_claims([a, b])
    ca, cb = claim_of(claims, "a.md", "40"), claim_of(claims, "b.md", "95")
    assert ca.id in cb.contradicted_by and cb.id in ca.contradicted_by


# ---- one claimant per body ---------------------------------------------------------------------

def test_surface_forms_of_one_body_reduce_to_one_key():
    ident = _identity_lexicon()
    keys = lambda n: set(_name_keys(n, ident))  # noqa: E731
    assert keys("Vellish Bureau of Labour Statistics") & keys("Vellish Bureau of Labor Statistics")
    assert keys("Zelenskyy Foundation") == keys("Zelensky Foundation")
    assert keys("Erdoğan Institute") == keys("Erdogan Institute")
    assert keys("Vell's central civil protection agency") & keys("Office of Civil Protection")
    assert keys("General Staff on Facebook") == keys("General Staff")


# ---- an archive of incidents whose numbers collide ---------------------------------------------

def _score(arts):
    docs = [scan_document(document_from_text(a.text, a.name)) for a in arts]
    q = quality(docs, build_claims(docs), arts)
    return q["apart"], q["together"], q["mixed_corroborated"]


def test_archive_of_incidents_whose_numbers_collide():
    arts = generate(24, seed=11)
    assert len({a.incident for a in arts}) == 24
    apart, together, mixed = _score(arts)
    # measured 1.000 apart / 0.99 together on this archive (see docs/claims.md); floors, not targets
    assert apart >= 0.99 and together >= 0.9 and mixed == 0


def test_generated_archive_is_deterministic():
    assert [a.text for a in generate(5, seed=3)] == [a.text for a in generate(5, seed=3)]


# ---- measures from discourse -------------------------------------------------------------------

def test_list_items_take_what_the_introducing_line_lists():
    d = scan("a.md", "Tellmark is guiding the following for the next quarter:\n\n- revenue between $7 billion and "
                     "$8 billion\n- 120 new stores\n")
    figs = [f for f in d.figures if f.is_figure]
    assert figs and all("forecast" in figure_measure(d, f)[0].period for f in figs)
    steps = figure_measure(d, figs[0])[1]
    assert any("[measure-expectation]" in s and "introduces the list" in s for s in steps)


def test_an_expectation_in_a_finished_predicate_does_not_govern_the_figure():
    d = scan("a.md", "The gain exceeded economists' forecasts and was an improvement over January's 239,000 jobs.")
    f = next(f for f in d.figures if f.is_figure)
    assert "forecast" not in figure_measure(d, f)[0].period


def test_a_conversion_in_parentheses_is_the_same_figure():
    a = scan("a.md", "Tellmark said its revenue was $25 million (€23 million) in Vell last year.")
    claims = build_claims([a])
    assert claim_of(claims, "a.md", "$25").id == claim_of(claims, "a.md", "€23").id
    assert any("[group-conversion]" in s for c in claims for m in c.members for s in m.steps)


def test_a_bare_body_noun_and_its_named_body_are_one_origin():
    a = scan("a.md", "Two people were killed on Ash Street in Vell, the Vell Police Department said.")
    b = scan("b.md", "Two people were killed on Ash Street in Vell, police said.")
    c = claim_of(build_claims([a, b]), "a.md", "Two")
    assert c.id == claim_of(build_claims([a, b]), "b.md", "Two").id
    assert c.verdict == "single-sourced", c.explanation


def test_a_spokesperson_of_a_body_and_the_body_are_one_origin():
    a = scan("a.md", "Two people were killed on Ash Street in Vell, Sgt. Anna Brisk of the Vell Police Department "
                     "said.")
    b = scan("b.md", "Two people were killed on Ash Street in Vell, the Vell Police Department said.")
    c = claim_of(build_claims([a, b]), "a.md", "Two")
    assert c.verdict == "single-sourced", c.explanation


def test_report_json_and_explain_show_the_event(tmp_path):
    for name, text in (("a.md", "Two people were killed in a shooting on Ash Street in Vell, the Vell Police "
                                "Department said."),
                       ("b.md", "A shooting on Ash Street in Vell left 2 dead, the Vell Police Department said.")):
        (tmp_path / name).write_text(f"---\npublisher: P {name}\ndate: '2026-03-02'\n---\n{text}\n", encoding="utf-8")
    import json

    out = subprocess.run([sys.executable, "-m", "attrib.cli", "report", "--format", "json", str(tmp_path)],
                         capture_output=True, text=True)
    rep = json.loads(out.stdout)
    c = next(c for c in rep["claims"] if len(c["figures"]) == 2)
    assert c["story"]["place"] == "vell" and c["story"]["date"] == "2026-03-02"
    assert all(f["line"] for f in c["figures"])
    ex = subprocess.run([sys.executable, "-m", "attrib.cli", "report", "--explain", str(tmp_path)],
                        capture_output=True, text=True).stdout
    assert "[event-story]" in ex and "event event-" in ex


def test_a_rounded_decimal_with_a_scale_word_joins_the_exact_value():
    a = scan("a.md", "Tellmark said its revenue in Vell rose to $46.85 billion in the quarter.")
    b = scan("b.md", "Tellmark's revenue in Vell reached $46.9 billion in the quarter, Tellmark said.")
    claims = build_claims([a, b])
    assert claim_of(claims, "a.md", "46.85").id == claim_of(claims, "b.md", "46.9").id
    c = scan("c.md", "Unemployment in Vell fell to 5.5 percent, against a forecast of 5.6 percent, Vell Statistics "
                     "said.")
    cs = build_claims([c])
    assert claim_of(cs, "c.md", "5.5").id != claim_of(cs, "c.md", "5.6").id


def test_archive_without_names_in_many_towns_keeps_incidents_apart():
    arts = generate(60, seed=5, towns=12, names=0.0, days=20)
    apart, together, mixed = _score(arts)
    assert apart >= 0.99 and together >= 0.85 and mixed == 0


def test_group_nouns_never_corroborate_one_another():
    a = scan("a.md", "Two people were killed on Ash Street in Vell, police said.")
    b = scan("b.md", "Two people were killed on Ash Street in Vell, officials said.")
    c = claim_of(build_claims([a, b]), "a.md", "Two")
    assert c.id == claim_of(build_claims([a, b]), "b.md", "Two").id
    assert c.verdict != "corroborated", c.explanation


def test_two_claimants_of_one_article_are_one_origin():
    a = scan("a.md", "The Vell Rescue Service said 40 people died in the floods in the Vell valley. The Vell Red "
                     "Cross also said 40 people died in the floods in the Vell valley.")
    c = claim_of(build_claims([a]), "a.md", "40")
    assert len(c.members) == 2 and c.verdict == "single-sourced", c.explanation
    assert any("[origin-one-article]" in e for e in c.explanation)


def test_corroborated_lists_each_origin_and_why_it_is_independent():
    a = scan("a.md", "The Vell Rescue Service said 40 people died in the floods in the Vell valley.")
    b = scan("b.md", "The Vell Red Cross said 40 people died in the floods in the Vell valley.", publisher="Bay Ledger")
    c = claim_of(build_claims([a, b]), "a.md", "40")
    assert c.verdict == "corroborated"
    lines = [e for e in c.explanation if e.startswith("origin ")]
    assert len(lines) == len(c.origins) == 2 and all("[verdict-corroborated]" in e for e in lines)


def test_report_lists_the_surface_forms_a_body_merged():
    from attrib.claims import claimant_stats

    a = scan("a.md", "The Vell Bureau of Labour Statistics said 40 jobs were lost in the Vell valley.")
    b = scan("b.md", "The Vell Bureau of Labor Statistics said 40 jobs were lost in the Vell valley.")
    stats = {s["id"]: s for s in claimant_stats(build_claims([a, b]), [a, b])}
    merged = [s for s in stats.values() if s["same_body_as"]]
    assert merged and {f["path"] for f in merged[0]["forms"]} == {"a.md", "b.md"}


def test_round_number_tolerance_alone_never_corroborates():
    a = scan("a.md", "The Vell Rescue Service said 240,000 people fled the floods in the Vell valley.")
    b = scan("b.md", "The Vell Red Cross said 235,000 people fled the floods in the Vell valley.", publisher="Bay Ledger")
    claims = build_claims([a, b])
    ca = claim_of(claims, "a.md", "240,000")
    assert ca.id == claim_of(claims, "b.md", "235,000").id  # one claim: 240,000 may be a rounding of 235,000
    assert ca.verdict == "single-sourced" and any("[verdict-near-values]" in e for e in ca.explanation)


def test_label_lines_under_an_announcing_line_are_a_list():
    d = scan("a.md", "Here is what economists in Vell were looking for:\n\nPayrolls: +235,000\n\nUnemployment rate: "
                     "5.6%\n")
    figs = [f for f in d.figures if f.is_figure]
    assert len(figs) == 2 and all("forecast" in figure_measure(d, f)[0].period for f in figs)


def test_stories_do_not_depend_on_the_order_of_the_documents():
    arts = generate(8, seed=2)
    docs = [scan_document(document_from_text(a.text, a.name)) for a in arts]
    one, two = find_events(docs), find_events(list(reversed(docs)))
    assert one.story_of == two.story_of and [s.to_dict() for s in one.stories] == [s.to_dict() for s in two.stories]


def test_bodies_of_two_countries_with_one_name_stay_two():
    from attrib.claims import Origins
    from attrib.model import Claimant

    a = scan("a.md", "Nothing here.")
    a.claimants = [Claimant("ru-mvd", "Russia's Interior Ministry"), Claimant("ua-mvs", "Ukraine's Interior Ministry"),
                   Claimant("im", "the Interior Ministry")]
    o = Origins([a])
    assert o.group("ru-mvd") != o.group("ua-mvs")


def test_an_acronym_and_its_full_name_are_one_body():
    ident = _identity_lexicon()
    assert set(_name_keys("Vellish Statistics Office", ident)) & set(_name_keys("VSO", ident))
    assert not set(_name_keys("Vellish Statistics Office", ident)) & set(_name_keys("NATO", ident))


def test_an_elliptical_clause_takes_the_measure_it_continues():
    d = scan("a.md", "One person was killed and four others were wounded in the shooting in Vell, police said.")
    one, four = [f for f in d.figures if f.is_figure][:2]
    assert figure_measure(d, one)[0].event == "killed"
    m4 = figure_measure(d, four)[0]
    assert m4.event == "wounded" and m4.thing in (None, "people", "personnel")  # the toll's thing, not "others"


# ---- the real news corpus (../shared), scored against floors ------------------------------------

def test_news_claims_score_floors():
    shared = Path(__file__).resolve().parents[2] / "shared"
    score, gold = shared / "tools" / "score_claims.py", shared / "corpus" / "news" / "claims.yaml"
    if not (score.is_file() and gold.is_file()):
        pytest.skip("no ../shared corpus")
    cmd = f"{sys.executable} -m attrib.cli report --format json"
    p = subprocess.run([sys.executable, str(score), str(gold), "--cmd", cmd], capture_output=True, text=True)
    last = p.stdout.strip().splitlines()[-1]
    got = dict(kv.split("=") for kv in last.split()[1:])
    # measured 0.972 / 0.950 / 0.903 / 0.857 (2026-12-03, with release-continuation); the targets are 0.90 / 0.90 / 0.90 / 0.80
    floors = {"pair_precision": 0.96, "pair_recall": 0.94, "verdict": 0.90, "contradictions": 0.85}
    assert all(float(got[k]) >= v for k, v in floors.items()), last


def _archive_score(folder):
    """The last line of ../shared/tools/score_claims.py on tests/FOLDER/claims.yaml, and its shares."""
    here = Path(__file__).resolve().parent
    score, gold = here.parents[1] / "shared" / "tools" / "score_claims.py", here / folder / "claims.yaml"
    if not score.is_file():
        pytest.skip("no ../shared scorer")
    cmd = f"{sys.executable} -m attrib.cli report --format json"
    p = subprocess.run([sys.executable, str(score), str(gold), "--cmd", cmd], capture_output=True, text=True)
    last = p.stdout.strip().splitlines()[-1]
    return last, dict(kv.split("=") for kv in last.split()[1:])


def test_claims1_archive_score_floors():
    """tests/corpus_claims1: a blind archive of 30 local incident articles (18 incidents) whose numbers collide."""
    last, got = _archive_score("corpus_claims1")
    # first read 0.879 / 0.392 / 0.755 / 0.000; measured 0.991 / 0.815 / 0.775 / 0.333 on the claims branch, then
    # 0.966 / 0.869 / 0.794 / 0.333 merged with the session's attribution (more figures attributed join more claims,
    # one of them wrongly: a fire's "two people were hurt" with a later "Two people are gone"); the targets
    # on such archives: precision 0.95, recall 0.80, no false corroborated, contradictions found; then 0.991 / 0.869 /
    # 0.804 / 0.333 (a bare "fire department" an officer speaks for is the named department; a count without an
    # event guesses none where its story has that count under two events)
    floors = {"pair_precision": 0.98, "pair_recall": 0.86, "verdict": 0.84, "contradictions": 0.66}
    assert all(float(got[k]) >= v for k, v in floors.items()), last


def test_claims2_archive_score_floors():
    """tests/corpus_claims2: a second blind archive (28 articles: 11 incidents, three running stories), written
    while the claims rules of this session were made and never read by them: the held-out measure."""
    last, got = _archive_score("corpus_claims2")
    # first read 0.745 / 0.547 / 0.756 / 0.000 (a9f8fe7); after the session's claims and attribution work
    # 0.700 / 0.653 / 0.769 / 0.286: recall and contradictions up, precision down (within-story measures of
    # different places, "300 Tullyford residents" with "320 Saxby residents", join: docs/claims.md); then, with the
    # place rule, past tolls, -ing events and turnout (its aggregate line only read), 0.831 / 0.653 / 0.801 / 0.429
    # 2026-12-03, later (claims-recall: stories by lede dates and follow-ups, mentions by day, negations, conditions,
    # its aggregate line only read): 0.833 / 0.667 / 0.801 / 0.429; then (claims-contradictions, a development set:
    # rival counts that name no event, set side by side in one paragraph, rule relate-rival) 0.833 / 0.667 / 0.808 /
    # 1.000
    floors = {"pair_precision": 0.83, "pair_recall": 0.70, "verdict": 0.81, "contradictions": 0.99}
    assert all(float(got[k]) >= v for k, v in floors.items()), last


def test_claims3_archive_score_floors():
    """tests/corpus_claims3: a third blind archive (41 shooting articles, 28 incidents of one county), its first read
    recorded in its README, then a development set of the claims-recall work."""
    last, got = _archive_score("corpus_claims3")
    # first read 0.895 / 0.340 / 0.703 / 0.333 (README); 0.907 / 0.390 / 0.703 / 0.333 at 9dd6c20; then 0.965 / 0.830 /
    # 0.739 / 0.333 (verdicts of claims of two figures or more 0.667), no false corroborated (three at 9dd6c20); then
    # 0.966 / 0.850 / 0.782 / 0.667 ("said there were five", rule measure-existential)
    floors = {"pair_precision": 0.96, "pair_recall": 0.87, "verdict": 0.81, "contradictions": 0.66}
    assert all(float(got[k]) >= v for k, v in floors.items()), last


def test_claims4_archive_score_floors():
    """tests/corpus_claims4: a fourth blind archive (36 crash and fire articles, 24 incidents), held out: no rule of
    the session was made from it (only its aggregate line was read)."""
    last, got = _archive_score("corpus_claims4")
    # first read 0.938 / 0.278 / 0.808 / 0.333 (at 9dd6c20, README); 0.789 / 0.278 / 0.808 / 0.333 at 8c8d287 (the
    # session's start); 0.973 / 0.667 / 0.817 / 0.333 after claims-recall (stories, mentions by day, conditions)
    floors = {"pair_precision": 0.96, "pair_recall": 0.68, "verdict": 0.82, "contradictions": 0.66}
    assert all(float(got[k]) >= v for k, v in floors.items()), last


def test_claims5_archive_score_floors():
    """tests/corpus_claims5: a fifth blind archive (36 storm and industrial-accident articles, 24 incidents), held
    out: only its aggregate line is read."""
    last, got = _archive_score("corpus_claims5")
    # first read 0.875 / 0.418 / 0.789 / 0.400 at 72709c9 (README); 0.900 / 0.537 / 0.800 / 0.600 after claims-join
    floors = {"pair_precision": 0.89, "pair_recall": 0.53, "verdict": 0.79, "contradictions": 0.59}
    assert all(float(got[k]) >= v for k, v in floors.items()), last


def test_a_window_is_part_of_the_measure_but_may_be_left_out():
    d = scan("a.md", "Hiring in Vell averaged 2,880 jobs over the past three months and 2,660 jobs over the past "
                     "12 months, Vell Statistics said.")
    f3, f12 = [f for f in d.figures if f.is_figure][:2]
    assert figure_measure(d, f3)[0].period == "past 3 month"
    assert figure_measure(d, f12)[0].period == "past 12 month"
    b = scan("b.md", "Hiring in Vell averaged 2,880 jobs, Vell Statistics said.")
    claims = build_claims([d, b])
    assert claim_of(claims, "a.md", "2,880").id == claim_of(claims, "b.md", "2,880").id
    assert claim_of(claims, "a.md", "2,880").id != claim_of(claims, "a.md", "2,660").id


def test_one_wire_copy_under_two_mastheads_is_one_origin():
    body = ("Two people were killed and four others were wounded in a shooting on Ash Street in Vell late on "
            "Saturday. Investigators said the gunman fled in a grey van and had not been found by Sunday morning. "
            "Neighbors said the street had been quiet for years. ")
    a = scan("a.md", body + "The figures were given by Mayor Ilse Varn.", publisher="Vell Courier")
    b = scan("b.md", body + "The figures were given by Councillor Tom Edd.", publisher="Bay Ledger")
    ev = find_events([a, b])
    assert ev.copy_of["b.md"] == ev.copy_of["a.md"]
    c = scan("c.md", "Police in Dask said a man was hurt at the Copper Kettle on Birch Avenue.")
    assert find_events([a, c]).copy_of["c.md"] == "c.md"


def test_figures_of_one_copy_never_corroborate_each_other():
    rest = (" Investigators said the gunman fled in a grey van and had not been found by Sunday morning. Neighbors "
            "said the street had been quiet for years, and that the corner shop would stay closed for a week.")
    a = scan("a.md", "Two people were killed on Ash Street in Vell late on Saturday, Mayor Ilse Varn said." + rest,
             publisher="Vell Courier")
    b = scan("b.md", "Two people were killed on Ash Street in Vell late on Saturday, Councillor Tom Edd said." + rest,
             publisher="Bay Ledger")
    c = claim_of(build_claims([a, b]), "a.md", "Two")
    assert len({m.doc.path for m in c.members}) == 2 and len(c.claimants) == 2
    assert c.verdict == "single-sourced" and any("[origin-one-article]" in e for e in c.explanation), c.explanation


def test_one_roundup_naming_two_stories_figures_does_not_chain_them():
    a1 = scan("a1.md", "The Dask Water Board said 4,317 homes lost supply after the Kell Dam pumping station "
                       "failed; 1,286 homes were reconnected by Friday, board engineer Lio Tamm said.", "2026-05-04")
    a2 = scan("a2.md", "Engineers at the Kell Dam pumping station reconnected 1,286 homes, the Dask Water Board said; "
                       "4,317 homes in Dask had lost supply, Lio Tamm said.", "2026-05-04")
    b1 = scan("b1.md", "Orlan Transit said 23,904 riders used the new Amber Line on its first day, and 612 bus "
                       "drivers joined the Orlan Drivers Union strike, spokesman Ivo Brenn said.", "2026-05-05")
    b2 = scan("b2.md", "The Amber Line carried 23,904 riders on its opening day while 612 drivers of the Orlan "
                       "Drivers Union walked out, Orlan Transit's Ivo Brenn said.", "2026-05-05")
    digest = scan("digest.md", "This folder: Kell Dam (4,317 homes, 1,286 reconnected; Lio Tamm, Dask Water Board) "
                               "and the Amber Line (23,904 riders, 612 drivers; Ivo Brenn, Orlan Transit).", "2026-05-06")
    ev = find_events([a1, a2, b1, b2, digest])
    assert ev.story_of["a1.md"] == ev.story_of["a2.md"]
    assert ev.story_of["b1.md"] == ev.story_of["b2.md"]
    assert ev.story_of["a1.md"] != ev.story_of["b1.md"]


def test_a_middle_initial_is_inside_the_name():
    from attrib.events import doc_names

    d = scan("a.md", "Police said Tam B. Orrin was shot on Ash Street. Relatives said Tam B. Orrin had left work.")
    keys = [n.key for n in doc_names(d)]
    assert "tam b orrin" in keys and "orrin" not in keys


def test_the_missing_are_not_the_dead():
    a = scan("a.md", "Three people were killed when the Kell River flooded Ash Street in Vell, Sgt. Anna Brisk said.")
    b = scan("b.md", "Three people are missing after the Kell River flooded Ash Street in Vell, Sgt. Anna Brisk said.")
    claims = build_claims([a, b])
    assert claim_of(claims, "a.md", "Three").id != claim_of(claims, "b.md", "Three").id


def test_an_outlet_that_polled_the_forecasters_is_an_origin_not_a_relay():
    a = scan("a.md", "Tellmark Foods earned $1.65 a share in the quarter in Vell, and analysts polled by Reuters had "
                     "expected $1.58 a share for Tellmark Foods.")
    b = scan("b.md", "Analysts surveyed by FactSet had expected Tellmark Foods to earn $1.58 a share in Vell.",
             publisher="Bay Ledger")
    c = claim_of(build_claims([a, b]), "a.md", "$1.58")
    assert c.id == claim_of(build_claims([a, b]), "b.md", "$1.58").id
    assert c.verdict == "corroborated" and sorted(c.origins) == ["factset", "reuters"], c.explanation
    assert any("[origin-compiler]" in e for e in c.explanation)
    # an outlet that only reports the company's figure stays a relay of the company
    d = scan("d.md", "Tellmark Foods said it earned $1.65 a share in Vell, Reuters reported.", publisher="Bay Ledger")
    e = claim_of(build_claims([a, d]), "d.md", "$1.65")
    assert e.verdict != "corroborated", e.explanation


def test_an_affiliation_declared_in_one_article_holds_in_another():
    # "Officer Rita Vale of the Dask Police Department" in one article, "Officer Rita Vale said" in the next,
    # and the department itself in a third: one origin, not three independent ones
    a = scan("a.md", "One person was killed at a bakery on Elm Street in Dask, Officer Rita Vale of the Dask Police "
                     "Department said.")
    b = scan("b.md", "One person was killed at a bakery on Elm Street in Dask, Officer Rita Vale said.")
    c = scan("c.md", "One person was killed at a bakery on Elm Street in Dask, the Dask Police Department said.")
    claims = build_claims([b, a, c])
    claim = claim_of(claims, "c.md", "One")
    assert claim.verdict != "corroborated"


def test_a_place_preposition_must_stand_right_before_the_name():
    from attrib.events import doc_names

    d = scan("a.md", 'A man was shot on Ash Street, police said. "It happened outside."\n\nOrrin said the man '
                     "was in Vell. Police counted 20 shootings so far in 2027, Orrin said.")
    places = {n.key for n in doc_names(d) if n.place}
    assert "vell" in places and "orrin" not in places


def test_an_abbreviated_first_word_is_inside_the_name():
    from attrib.events import doc_names

    d = scan("a.md", "The man was taken to St. Adela Hospital, police said. He was treated at St. Adela Hospital "
                     "on Ash St. Police said he would recover.")
    names = doc_names(d)
    assert "st adela hospital" in {n.key for n in names if n.place}
    assert "st" not in {n.key for n in names} and "ash st police" not in {n.key for n in names}


def test_a_follow_up_is_as_near_as_the_day_its_lede_names():
    # three days after the shooting, an arrest: its lede dates the incident it reports ("on Saturday", "on June 3"),
    # so the two are as near in time as the incident's day, not as their publication dates
    a = scan("a.md", "VELL — Two people were shot at a block party on Ash Street on Saturday night, Vell police said. "
                     "Tam Orrin, 31, was killed, police said. Investigators found casings near the Lark Inn.",
             date="2026-06-06")
    b = scan("b.md", "VELL — Police have arrested a 19-year-old man in the block party shooting on Ash Street on "
                     "Saturday that killed Tam Orrin. Dana Pell, the district attorney, said the man was charged with "
                     "murder and held without bail at the Kessel County Jail. His lawyer, Rhea Mott, said he would "
                     "plead not guilty at an arraignment in Kessel County Court on Wednesday.", date="2026-06-09")
    c = scan("c.md", "VELL — Police have arrested a man in a shooting on Birch Avenue on Monday that wounded Mira "
                     "Holt outside the Copper Kettle. Holt was treated at Vell General and released.", date="2026-06-09")
    ev = find_events([a, b, c])
    assert ev.story_of["a.md"] == ev.story_of["b.md"] != ev.story_of["c.md"]
    assert "lede" in ev.story("a.md").joined["b.md"]


def _event_of(text, token):
    d = scan("a.md", text)
    f = next(f for f in d.figures if f.is_figure and token in f.text)
    return figure_measure(d, f)[0].event


def test_an_event_word_under_a_negation_says_what_did_not_happen():
    # the children were there and unharmed: no count of the wounded, nor of the dead
    assert _event_of("Two children were in the house at the time and were not hurt, the sheriff said.", "Two") \
        == "unharmed"
    assert _event_of("Two people were not seriously hurt, police said.", "Two") == "wounded"
    assert _event_of("Two men were arrested, and police said they had not been charged.", "Two") == "arrested"
    assert _event_of("Three people were hurt and two others were unhurt, police said.", "Three") == "wounded"


def test_shot_to_death_is_killed():
    assert _event_of("Two men were found shot to death in an apartment on Ash Street, police said.", "Two") == "killed"


def test_victims_of_the_shooting_were_shot():
    assert _event_of("Officer Tam Orrin said the department counted five victims of the shooting.", "five") == "shot"


def test_an_event_never_comes_from_across_a_quoted_sentence_the_scan_joined():
    # "... 2:30 a.m. "Six patients came ...": a sentence end the scan may read as an abbreviation, before a quote
    assert _event_of('The hospital said all of them arrived between 2 and 2:30 a.m. "Six patients came to us from '
                     'that area," a spokeswoman said.', "Six") is None


def _background():
    """The generated archive of 24 incidents, scanned: names and words of other stories, for realistic weights."""
    return [scan_document(document_from_text(a.text, a.name)) for a in generate(24, seed=11)]


_BLOCK_PARTY = (
    "VELL — Five people were shot at a block party on Ash Street on Saturday night, Vell police said. Tam Orrin, 34, "
    "was killed. Police spokesman Officer Ned Fal said investigators recovered more than 30 shell casings and were "
    "reviewing video that residents shared. An organizer said about 200 people had gathered.",
    "VELL — A man wounded in Saturday's block party shooting on Ash Street died Sunday, raising the death toll to two, "
    "Vell police said. The Kessel County Medical Examiner's Office identified him as Rudi Lamm, 22, who died at St. "
    "Adela Hospital. Hospital spokeswoman Ona Pike said three other people remained hospitalized, one in critical "
    "condition. Lt. Ida Wren said detectives had collected casings from two guns.",
    "VELL (KNS) — Police in Vell have arrested a 19-year-old man in a block party shooting on Saturday that killed two "
    "people and wounded three others. Juno Brack, of Vell, was charged with two counts of murder, the district "
    "attorney said. He was arrested at a relative's home about 3 miles from Ash Street, police spokesman Officer Ned "
    "Fal said. Investigators recovered more than 30 shell casings at the scene, Fal said. Brack was held without bail "
    "and is due in court on Wednesday.")


def test_a_follow_up_close_to_one_article_and_near_the_other_joins_their_story():
    # rule story-follow-up: the wire's arrest story (c) shares much with the first report (a); the second-day story
    # (b) passes the threshold with c and falls a little short of it with a (on average the pair falls short): b joins
    # a and c when it passes with one of them and reaches half the threshold with every other, never through no pair
    import yaml
    from attrib.events import EVENTS_YAML, EventLexicon

    bg = _background()
    docs = [scan(f"{k}.md", t, date=d) for k, t, d in zip("abc", _BLOCK_PARTY, ("2026-06-06", "2026-06-07",
                                                                               "2026-06-08"))] + bg
    data = yaml.safe_load(EVENTS_YAML.read_text(encoding="utf-8"))
    ev = find_events(docs, EventLexicon(dict(data, story_similarity=0.4)))
    assert ev.story_of["a.md"] == ev.story_of["b.md"] == ev.story_of["c.md"]
    ev = find_events(docs, EventLexicon(dict(data, story_similarity=0.43)))
    assert ev.story_of["a.md"] == ev.story_of["c.md"] != ev.story_of["b.md"]


def test_a_patients_condition_is_a_count_of_its_own():
    text = ("Five people were shot at a block party on Ash Street on Saturday, Vell police said. Two died at the scene. "
            "St. Adela Hospital said it received three gunshot patients, two of them in critical condition.")
    d = scan("a.md", text)
    two = [f for f in d.figures if f.is_figure and f.text.lower().startswith("two")]
    assert [figure_measure(d, f)[0].event for f in two] == ["killed", "critical"]
    assert _event_of("One victim was in serious condition, police said.", "One") == "serious"
    claims = build_claims([d])
    assert claim_of(claims, "a.md", "Two") is not claim_of(claims, "a.md", "two")


def test_two_sentences_the_scan_read_as_one_are_two_statements():
    # "... at about 1:50 a.m. Lt. Ida Wren said ...": the scan may read "a.m." as an abbreviation and join two
    # sentences; the police's five and the lieutenant's five are one count (rule group-one-sentence holds per sentence)
    d = scan("a.md", "Vell police said five people were wounded outside the Lark Inn at about 1:50 a.m. Lt. Ida Wren "
                     "said detectives had confirmed five victims at the scene and were trying to learn whether a sixth person "
                     "treated at the hospital had been shot elsewhere.")
    five = [f for f in d.figures if f.is_figure and f.text.startswith("five")]
    assert len(five) == 2
    claims = build_claims([d])
    assert claim_of(claims, "a.md", "five people") is claim_of(claims, "a.md", "five victims")


_ASH_PARTY = ("VELL — Two people were killed and three were wounded at a block party on Ash Street on Saturday night, "
              "Vell police said. Officer Ned Fal said investigators found more than 30 casings. Tam Orrin, 34, was "
              "among the dead.")


def test_an_earlier_incident_named_by_its_day_is_that_days_story():
    # rule event-mention by day: a follow-up of another incident on the same street restates the toll of "the June 3
    # shooting", whose own articles are in the archive: those figures are that story's, not the new incident's
    a = scan("a.md", _ASH_PARTY, date="2026-06-06")
    b = scan("b.md", "VELL — A 16-year-old boy was shot in the arm on Ash Street on Saturday afternoon, Vell police "
                     "said. Officer Ned Fal said the boy was expected to recover. The June 6 shooting killed two people "
                     "and wounded three others. Residents said they no longer let their children play outside.",
             date="2026-06-13")
    c = scan("c.md", "DASK — Two people were killed in a crash on Route 9 on Saturday, the State Patrol said.",
             date="2026-06-06")
    bg = _background()
    assert find_events([a, b, c] + bg).story_of["a.md"] != find_events([a, b, c] + bg).story_of["b.md"]
    claims = build_claims([a, b, c] + bg)
    assert claim_of(claims, "b.md", "two people") is claim_of(claims, "a.md", "Two people")
    assert claim_of(claims, "b.md", "three others") is claim_of(claims, "a.md", "three")
    assert claim_of(claims, "c.md", "Two people") is not claim_of(claims, "a.md", "Two people")
    assert any("[event-mention]" in s for m in claim_of(claims, "b.md", "two people").members for s in m.steps)


def test_a_relative_clause_between_a_subject_figure_and_its_predicate():
    assert _event_of("The sheriff said two children, who were at home, were hurt.", "two") == "wounded"
    assert _event_of("The sheriff said the couple's two children, who were in the house at the time, were not "
                     "hurt.", "two") == "unharmed"


def test_kids_are_children():
    d = scan("a.md", "Two children were not hurt, the sheriff said. \"Those two kids will carry this,\" he said.")
    assert {figure_measure(d, f)[0].thing for f in d.figures if f.is_figure} == {"children"}


def test_a_person_of_interest_is_a_suspect_not_a_victim():
    d = scan("a.md", "One man was killed in Vell on Monday, police said. Chief Tam Orrin said investigators had "
                     "identified one person of interest.")
    one = [figure_measure(d, f)[0].thing for f in d.figures if f.is_figure]
    assert one[1] == "suspect" and one[0] != "suspect"


def test_an_officer_beside_a_bare_police_and_the_named_police_speaks_for_the_named_one():
    # a: "Vell police said" and "Police said" (the same body) and their spokesman; b: the spokesman alone. His "two
    # killed" in b and the named police's in a are one origin (rule origin-official), never corroboration
    a = scan("a.md", "VELL — Two people were killed at a block party on Ash Street on Saturday night, Vell police "
                     "said. Police spokesman Officer Ned Fal said investigators found more than 30 casings. Police "
                     "said the party had drawn about 200 people.", date="2026-06-06")
    b = scan("b.md", "VELL — Police have arrested a man in the block party shooting on Ash Street on Saturday that "
                     "killed two people, police spokesman Officer Ned Fal said. Fal said investigators found more "
                     "than 30 casings.", date="2026-06-08")
    claims = build_claims([a, b])
    two = claim_of(claims, "a.md", "Two people")
    assert two is claim_of(claims, "b.md", "two people") and two.verdict == "single-sourced"


def test_a_part_among_a_years_count_is_no_count_of_the_year():
    d = scan("a.md", "The two killings were among 20 homicides recorded in Vell so far this year, police said.")
    two, twenty = (figure_measure(d, f)[0] for f in d.figures if f.is_figure)
    assert (two.event, two.period) == ("killed", "") and twenty.period == "since year start"


def test_a_toll_a_week_before_the_incident_is_that_weeks_story():
    # "..., a week after a block party shooting on the same street killed two people": the two are the toll of the
    # story a week before, not of this one (rule event-mention by day)
    a = scan("a.md", _ASH_PARTY, date="2026-06-06")
    b = scan("b.md", "VELL — A 16-year-old boy was shot in the arm on Ash Street on Saturday afternoon, a week after a "
                     "block party shooting on the same street killed two people, Vell police said. Officer Ned Fal "
                     "said the boy was expected to recover. Residents said they no longer let their children play "
                     "outside.", date="2026-06-13")
    bg = _background()
    claims = build_claims([a, b] + bg)
    assert claim_of(claims, "b.md", "two people") is claim_of(claims, "a.md", "Two people")
    # ... but not a toll after the "after" clause has closed: the new incident's own
    c = scan("c.md", "VELL — A week after the Ash Street block party shooting, three people were wounded on Birch "
                     "Avenue on Saturday, Vell police said.", date="2026-06-13")
    with_c = build_claims([a, b, c] + bg)
    assert claim_of(with_c, "c.md", "three") is not claim_of(with_c, "a.md", "three")
    assert any("'a week after'" in x and "[event-mention]" in x
               for m in claim_of(claims, "b.md", "two people").members if m.doc.path == "b.md" for x in m.steps)
