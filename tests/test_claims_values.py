"""Which values are one claim's: roundings and cuts of a precise value, generic heads ("the figure", "the
total"), and rival values of one measure. Every sentence here is our own."""
import pytest

from attrib.claims import build_claims
from attrib.claims.values import _compatible, _place

from _report_helpers import claim_of, scan as _scan


def scan(path, text, date="2026-04-21", publisher="Harbour Ledger"):
    return _scan(path, text, date, publisher)


STORY = ("Velco Motors, the Orlan scooter maker, reported its third-quarter results on Tuesday in Orlan. "
         "Chief executive Rina Vost said demand in Corvia stayed strong. ")


def test_place_of_the_last_written_digit():
    from types import SimpleNamespace as NS

    def f(text, v):
        return NS(text=text, value=v, low=v, high=v, hedge="exact")
    assert _place(f("12.34 million scooters", 12.34e6)) == 10000.0
    assert _place(f("12 million scooters", 12e6)) == 1e6
    assert _place(f("8 percent", 8)) == 1.0
    assert _place(NS(text="about 12 million", value=12e6, low=10.8e6, high=13.2e6, hedge="about")) is None
    # "12 million" may be 11.5 to 13 million: rounded, or cut as journalists do; "8 percent" only rounded
    lo, hi = _compatible(f("12 million", 12e6))
    assert lo == 11.5e6 and 12.9e6 < hi < 13e6
    assert _compatible(f("8 percent", 8)) == (7.5, 8.5 - 1e-6)


def test_a_value_written_with_fewer_digits_joins_the_precise_value_it_rounds_or_cuts():
    docs = [scan("a.md", STORY + "Velco Motors said it sold 12.34 million scooters in the quarter."),
            scan("b.md", STORY + "Velco Motors sold 12.3 million scooters in the quarter, the company said."),
            scan("c.md", STORY + "The company said it sold 12 million scooters in the quarter.")]
    claims = build_claims(docs)
    ids = {claim_of(claims, p, t).id for p, t in (("a.md", "12.34"), ("b.md", "12.3"), ("c.md", "12 million"))}
    assert len(ids) == 1


def test_the_order_of_the_files_does_not_decide_the_groups():
    texts = {"a.md": STORY + "Velco Motors said it sold 12 million scooters in the quarter.",
             "b.md": STORY + "Velco Motors sold 12.3 million scooters in the quarter, the company said.",
             "c.md": STORY + "The company said it sold 12.34 million scooters in the quarter."}
    one = build_claims([scan(p, t) for p, t in sorted(texts.items())])
    two = build_claims([scan(p, t) for p, t in sorted(texts.items(), reverse=True)])
    assert sorted(c.id for c in one) == sorted(c.id for c in two)
    assert len({claim_of(one, p, "million").id for p in texts}) == 1


def test_two_values_written_to_the_same_place_stay_apart():
    docs = [scan("a.md", STORY + "Velco Motors said it sold 12.3 million scooters in the quarter."),
            scan("b.md", STORY + "Velco Motors sold 12.4 million scooters in the quarter, the company said.")]
    claims = build_claims(docs)
    assert claim_of(claims, "a.md", "12.3").id != claim_of(claims, "b.md", "12.4").id


def test_a_generic_head_joins_the_one_claim_that_states_its_value():
    docs = [scan("a.md", STORY + "Velco Motors said it shipped 48,270 scooters to Corvia in March."),
            scan("b.md", STORY + "March's figure for Corvia stood at 48,270, Velco Motors said."),
            scan("c.md", STORY + "The total for March reached 48,270, according to Velco Motors.")]
    claims = build_claims(docs)
    c = claim_of(claims, "a.md", "48,270")
    assert c.id == claim_of(claims, "b.md", "48,270").id == claim_of(claims, "c.md", "48,270").id
    steps = [s for m in c.members for s in m.steps]
    # the join says why: a generic head read as no thing, or the story's one claim of that value
    assert any("[measure-generic-head]" in s or "[group-story]" in s for s in steps)


def test_a_generic_head_with_two_candidates_guesses_nothing():
    docs = [scan("a.md", STORY + "Velco Motors said it shipped 5,100 scooters to Corvia in March."),
            scan("b.md", STORY + "Velco Motors said it repaired 5,100 bicycles in Orlan in March."),
            scan("c.md", STORY + "The figure stood at 5,100, Velco Motors said.")]
    claims = build_claims(docs)
    assert claim_of(claims, "a.md", "5,100").id != claim_of(claims, "b.md", "5,100").id
    c = claim_of(claims, "c.md", "5,100")
    assert c.id not in {claim_of(claims, "a.md", "5,100").id, claim_of(claims, "b.md", "5,100").id}


def test_a_quarter_and_a_year_are_two_measures():
    from attrib.claims import figure_measure

    a = scan("a.md", STORY + "Revenue in the latest quarter fell 6 percent to $3.1 billion, Velco Motors said.")
    b = scan("b.md", STORY + "For the fiscal year, Velco Motors said it had sales of $12.2 billion, a 4.4 percent decline.")
    c = scan("c.md", STORY + "Sales for the full year fell 4 percent and scooter sales for the three months were 2.1 million.")
    ma = figure_measure(a, next(f for f in a.figures if f.text.startswith("6")))[0]
    mb = figure_measure(b, next(f for f in b.figures if f.text.startswith("4.4")))[0]
    mc = figure_measure(c, next(f for f in c.figures if f.text.startswith("2.1")))[0]
    assert ma.period == "quarter" and mb.period == "year"
    assert mc.period == ""  # the year belongs to the other conjunct


def test_a_fronted_period_scopes_over_every_conjunct():
    from attrib.claims import figure_measure

    d = scan("a.md", STORY + "In its third quarter, Velco Motors said it sold 2.1 million scooters, but that total was "
                             "down 3 percent from a year earlier.")
    f = next(f for f in d.figures if f.text.startswith("3 percent"))
    assert figure_measure(d, f)[0].period == "quarter"


def test_rival_values_of_one_measure_contradict_when_one_article_leaves_the_period_out():
    docs = [scan("a.md", STORY + "Velco Motors said it sold 41,300 scooters in the latest quarter."),
            scan("b.md", STORY + "Velco Motors sold 44,800 scooters, the Corvia Dealers Guild said.")]
    claims = build_claims(docs)
    ca, cb = claim_of(claims, "a.md", "41,300"), claim_of(claims, "b.md", "44,800")
    assert ca.id != cb.id and cb.id in ca.contradicted_by and ca.id in cb.contradicted_by


def test_two_outlets_own_figures_of_one_measure_and_day_disagree():
    docs = [scan("a.md", STORY + "Profit fell 17 percent in the quarter.", publisher="Orlan Post"),
            scan("b.md", STORY + "Profits were down seven per cent in the quarter.", publisher="Corvia Times")]
    claims = build_claims(docs)
    ca, cb = claim_of(claims, "a.md", "17"), claim_of(claims, "b.md", "seven")
    assert not ca.origins and not cb.origins
    assert cb.id in ca.contradicted_by and any("[relate-outlets]" in e for e in ca.explanation)


@pytest.mark.parametrize("a_text, b_text, token", [
    # an average over a window never meets a value without one
    ("Velco Motors said it sold an average of 41,300 scooters over the past three months.",
     "Velco Motors sold 44,800 scooters, the Corvia Dealers Guild said.", "41,300"),
    # an article that states a measure twice sets nothing against another's (relate-outlets)
    ("Profit fell 17 percent in the quarter. Profit fell 12 percent in the spring.",
     "Profits were down seven per cent in the quarter.", "17"),
    # a change since the year began is not the day's move
    ("Velco shares have climbed 14 percent since the beginning of the year.",
     "Velco shares fell 2 percent in late trading.", "14"),
])
def test_values_that_do_not_meet_but_contradict_nothing(a_text, b_text, token):
    docs = [scan("a.md", STORY + a_text, publisher="Orlan Post"), scan("b.md", STORY + b_text, publisher="Corvia Times")]
    assert not claim_of(build_claims(docs), "a.md", token).contradicted_by


def test_a_stated_range_is_not_a_value_inside_it():
    docs = [scan("a.md", STORY + "Velco Motors said its margin was 31.4 percent in the quarter."),
            scan("b.md", STORY + "Velco Motors said its margin has stayed between 31.2 and 31.6 percent since 2024.")]
    claims = build_claims(docs)
    a, b = claim_of(claims, "a.md", "31.4"), claim_of(claims, "b.md", "31.2")
    assert a.id != b.id and b.id not in a.contradicted_by


def test_two_figures_of_one_sentence_are_two_statements():
    d = scan("a.md", "The storm was blamed for four deaths in Dask, one in Vell and one in Orlan, officials said.")
    claims = build_claims([d])
    ones = [c for c in claims for m in c.members if m.figure.text == "one"]
    assert len(ones) == 2 and ones[0].id != ones[1].id


def test_a_bare_number_counts_what_the_sentence_before_names():
    from attrib.claims import figure_measure

    d = scan("a.md", STORY + "As ever, Velco phones carried the quarter. The 2.1 million sold were a record.")
    f = next(f for f in d.figures if f.text.startswith("2.1"))
    meas, steps = figure_measure(d, f)
    assert meas.thing == "smartphones" and any("[measure-discourse]" in x for x in steps)


def test_a_value_set_after_the_clause_it_completes_takes_its_expectation():
    from attrib.claims import figure_measure

    d = scan("a.md", STORY + "Sales beat what dealers had anticipated, at 1.8 million scooters.")
    f = next(f for f in d.figures if f.text.startswith("1.8"))
    assert figure_measure(d, f)[0].period.startswith("forecast")


def test_the_end_of_a_period_is_not_the_day_of_the_report():
    from attrib.events import text_date
    import datetime

    pub = datetime.date(2026, 4, 21)
    assert text_date("sold 2.1 million scooters in the quarter ended March 31", pub) is None
    assert text_date("sold 2.1 million scooters by March 31", pub)[0] == datetime.date(2026, 3, 31)
