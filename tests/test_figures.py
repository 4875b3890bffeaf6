"""Figures: numbers, number words, vague amounts, hedges, kinds and units (our own sentences)."""
import pytest
from hypothesis import given, settings, strategies as st

import attrib


def figs(text, all_kinds=True):
    return [f for f in attrib.scan_text(text).figures if all_kinds or f.is_figure]


def one(text):
    fs = [f for f in figs(text) if f.is_figure]
    assert len(fs) == 1, [f.text for f in fs]
    return fs[0]


@pytest.mark.parametrize("text,value", [
    ("They found 40,000 shells.", 40000),
    ("They found 1,164 shells.", 1164),
    ("They found 1.5 million shells.", 1500000),
    ("The bill costs $3bn.", 3e9),
    ("They sent some 12-thousand troops.", 12000),
    ("They sent some 15-hundred troops.", 1500),
    ("They found twenty-five shells.", 25),
    ("They found a dozen shells.", 12),
    ("They found three hundred shells.", 300),
])
def test_values(text, value):
    assert one(text).value == value


@pytest.mark.parametrize("text,low,high,hedge", [
    ("Nearly 40,000 people fled.", 36000, 40000, "nearly"),
    ("More than 16,000 people fled.", 16000, None, "more_than"),
    ("At least 16,000 people fled.", 16000, None, "more_than"),
    ("Up to 500 people fled.", None, 500, "up_to"),
    ("About 4,000 people fled.", 3600, 4400, "approximately"),
    ("An estimated 4,000 people fled.", 3600, 4400, "approximately"),
    ("Some 4,000 people fled.", 3600, 4400, "approximately"),
    ("Exactly 909 people fled.", 909, 909, "exact"),
])
def test_hedges_make_intervals(text, low, high, hedge):
    f = one(text)
    assert (f.low, f.high, f.hedge) == (low, high, hedge)


@pytest.mark.parametrize("text,low,high", [
    ("Hundreds of people fled.", 200, 1000),
    ("Dozens of people fled.", 24, 144),
    ("Tens of thousands of people fled.", 20000, 100000),
    ("Thousands of people fled.", 2000, 10000),
    ("Between 300 and 400 people fled.", 300, 400),
    ("From 10,000 to 12,000 people fled.", 10000, 12000),
    ("Some 10,000\u201312,000 people fled.", 10000, 12000),
])
def test_vague_amounts_and_ranges(text, low, high):
    f = one(text)
    assert (f.low, f.high) == (low, high)


@pytest.mark.parametrize("text,kind,unit", [
    ("Prices rose 12% in May.", "percent", "percent"),
    ("Prices rose 12 percent in May.", "percent", "percent"),
    ("The fund holds \u20ac500 million.", "money", "euros"),
    ("Troops took 120 square kilometres of land.", "quantity", "square kilometres"),
    ("The ship carried 40 tonnes of grain.", "quantity", "tonnes"),
    ("They shot down 50 armored vehicles.", "count", "armored vehicles"),
    ("They counted 1,000 killed and wounded soldiers.", "count", "killed and wounded soldiers"),
])
def test_kinds_and_units(text, kind, unit):
    f = one(text)
    assert (f.kind, f.unit) == (kind, unit)


@pytest.mark.parametrize("text,token,kind", [
    ("It happened on Feb. 6 in Kyiv.", "6", "date"),
    ("It happened on 3 March in Kyiv.", "3", "date"),
    ("It happened in 2024.", "2024", "year"),
    ("It lasted six months.", "six months", "duration"),
    ("It lasted 48 hours.", "48 hours", "duration"),
    ("It was the first strike.", "first", "ordinal"),
    ("A 45-year-old man died.", "45", "age"),
    ("The alarm sounded at 10 a.m.", "10", "time"),
])
def test_number_like_tokens_that_are_no_figure(text, token, kind):
    f = [f for f in figs(text) if token in f.text][0]
    assert f.kind == kind and not f.is_figure and f.status is None


@pytest.mark.parametrize("text", [
    "The F-16 jets arrived.",
    "It was the worst since World War II.",
    "COVID-19 spread fast.",
    "The G7 met.",
    "NATO invoked Article 5.",
    "He called it a regional problem, not a national one.",
])
def test_names_and_pronouns_are_no_figures(text):
    assert [f for f in figs(text) if f.is_figure] == []


def test_elliptical_numbers_take_the_counted_noun():
    fs = figs("Of the three brigades sent, one was destroyed and the remaining two were withdrawn.", False)
    assert [(f.text, f.unit) for f in fs] == [
        ("three brigades", "brigades"), ("one", "brigades"), ("two", "brigades")]


def test_unit_from_the_subject_of_estimated_at():
    f = one("Total personnel losses are estimated at approximately 39,900, officials said.")
    assert f.unit.endswith("losses")


def test_round_numbers_carry_a_tolerance_but_exact_bounds():
    f = one("They sent 12,000 troops.")
    assert f.low == f.high == 12000 and 0 < f.tolerance <= 0.1
    assert one("They sent 909 troops.").tolerance == 0


def test_urls_hold_no_figures():
    assert [f for f in figs("See https://example.org/2024/55-tanks for 3 tanks.") if f.is_figure][0].value == 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("ab 1,0.5-\u201c\u201d\"'\u2019:\n\u2014%$") +
                                ["said ", "according to ", "The ministry ", "hundreds ", "Feb. ", " he ", "F-"]),
                max_size=40).map("".join))
def test_any_text_scans_without_error_and_spans_are_exact(text):
    doc = attrib.scan_text(text)
    for f in doc.figures:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.text
        assert f.status in (None, "attributed", "vague", "unsourced")


@pytest.mark.parametrize("text,unit", [
    ("The death toll from the storm rose to 212 on Wednesday.", "deaths"),
    ("The governor put the overall toll from the floods at 210.", "deaths"),
    ("Rescuers searched a 3-kilometre stretch of river.", "kilometre"),
    ("Payrolls grew by 200,000 in May.", "Payrolls"),
])
def test_units_from_tolls_hyphens_and_subjects(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text", [
    "Hydro One said power was back.",
    "They sent 40 Leopard 1 tanks.",
    "The survey ran Sept. 3\u201315 among adults.",
    "The trip takes 10 to 14 days.",
    "Enrolment rose in the 2023\u201324 school year.",
])
def test_numbers_in_names_date_ranges_and_duration_ranges(text):
    assert [f.text for f in figs(text) if f.is_figure and f.text.split()[0] in ("One", "1", "15", "10", "24")] == []


def test_percent_and_money_ranges_are_one_figure():
    f = one("The rate is 4.50%\u20134.75% now.")
    assert (f.low, f.high, f.kind) == (4.5, 4.75, "percent")
    f = one("It could cost $100 billion to $135 billion.")
    assert (f.low, f.high, f.kind) == (1e11, 1.35e11, "money")


@pytest.mark.parametrize("text,hedge", [
    ("Markets see about an 80% chance of a cut.", "approximately"),
    ("Damage could exceed $1 billion.", "more_than"),
])
def test_more_hedges(text, hedge):
    assert one(text).hedge == hedge


def test_a_country_before_a_number_is_no_name():
    assert one("Allies will send Ukraine four more batteries.").value == 4


@pytest.mark.parametrize("text,kind,low,high", [
    ("They pledged $2-3 billion in aid.", "money", 2e9, 3e9),
    ("It took two to three weeks.", "duration", 2, 3),
    ("Three or four ships sank.", "count", 3, 4),
    ("From 5 to 7 million people voted.", "count", 5e6, 7e6),
    ("One in five adults smoke.", "ratio", 0.2, 0.2),
    ("Four out of 10 voters agree.", "ratio", 0.4, 0.4),
])
def test_ranges_and_ratios(text, kind, low, high):
    f = [f for f in figs(text)][0]
    assert (f.kind, f.low, f.high) == (kind, low, high)


def test_two_counts_joined_by_and_stay_two():
    assert [f.text for f in figs("20 killed and 30 injured.")] == ["20 killed", "30 injured"]


def test_n_of_them_counts_the_noun_before():
    fs = figs("The Air Force said 38 drones were launched. Air defence units shot down 31 of them.", False)
    assert [(f.text, f.unit) for f in fs] == [("38 drones", "drones"), ("31", "drones")]


def test_measured_durations_are_figures_other_durations_are_not():
    assert one("The median response time for those calls was 9.5 minutes.").kind == "quantity"
    assert one("The average wait for a payment fell to 211 days.").unit == "days"
    assert [f.kind for f in figs("The fighting lasted six months.")] == ["duration"]


@pytest.mark.parametrize("gap", ["\n", "\t", "\f", "\v", "\u2009", "\u202f", "\u3000", "\u00a0"])
def test_scale_word_after_any_white_space(gap):
    # a hard-wrapped line between a number and its scale word (wire copy, Markdown) is one figure
    f = one(f"Officials said 5{gap}million people fled.")
    assert f.value == 5_000_000
