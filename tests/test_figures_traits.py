"""Figure traits of the blind sets (issue 8), pinned in our own phrases: caps and comparisons as hedges,
spoken ranges, two levels after a verb that sets its object, and number-like tokens that are no figure."""
import pytest

import attrib


def figs(text):
    return [f for f in attrib.scan_text(text).figures if f.is_figure]


def one(text):
    fs = figs(text)
    assert len(fs) == 1, [f.text for f in fs]
    return fs[0]


@pytest.mark.parametrize("text,hedge,low,high", [
    # a cap reaches below its value as far as a hedge does: low < value, high = value
    ("As many as 300 boats sank.", "up_to", 270, 300),
    ("Shares fell by as much as 20%.", "up_to", 18, 20),
    ("The judge gave him no more than 10 years' probation and fines of up to $5,000.", "up_to", 4500, 5000),
    ("Turnout was under 40 percent.", "up_to", 36, 40),
    ("Visibility dropped below 200 feet.", "up_to", 180, 200),
    ("Donations of $50 or less made up most of it.", "up_to", 45, 50),
    ("The hall seats 2,000 people at most.", "up_to", 1800, 2000),
    # comparisons and passing a mark
    ("The true bill is closer to $80 million.", "approximately", 72e6, 88e6),
    ("Temperatures were near 30 degrees.", "approximately", 27, 33),
    ("Confirmed cases passed 4,000 on Monday.", "more_than", 4000, None),
    ("Spending went past £60m this summer.", "more_than", 60e6, None),
    ("Barely a quarter of members voted.", "nearly", 0.225, 0.25),
    # "a record" names the figure a record; it bounds nothing
    ("Output hit a record 7,400 tonnes.", "exact", 7400, 7400),
])
def test_caps_comparisons_and_marks(text, hedge, low, high):
    f = [f for f in figs(text) if f.value is not None][-1] if "probation" in text else one(text)
    assert f.hedge == hedge
    assert f.low == pytest.approx(low) if low is not None else f.low is None
    assert f.high == pytest.approx(high) if high is not None else f.high is None


def test_a_verb_that_takes_the_figure_loses_no_subject():
    assert one("Confirmed cases passed 4,000 on Monday.").unit == "Confirmed cases"
    assert one("Deaths topped 900 by Friday.").unit == "Deaths"


def test_up_to_is_a_level_only_after_a_verb_whose_particle_it_is():
    assert one("Our forces lost up to 90 soldiers.").hedge == "up_to"
    assert one("The firm may cut up to 500 jobs.").hedge == "up_to"
    f = one("Unemployment edged up to 6.1 percent.")
    assert (f.hedge, f.change) == ("exact", "level")


def test_past_as_an_adjective_is_no_hedge():
    fs = attrib.scan_text("Over the past 18 months, prices rose.").figures
    assert [(f.text, f.hedge) for f in fs] == [("18 months", "exact")]


@pytest.mark.parametrize("text,span,low,high", [
    ("Drivers were doing 70, 75 miles per hour on the bridge.", "70, 75 miles per hour", 70, 75),
    ('"Maybe 30, 40 people," she said.', "Maybe 30, 40 people", 30, 40),
    ("The square holds around eleven, twelve thousand.", "around eleven, twelve thousand", 11000, 12000),
    ("Chargers need 40 to 50 minutes.", "40 to 50 minutes", 40, 50),
    ("Adults need seven to 9 hours.", "seven to 9 hours", 7, 9),
    ("Filters pass 4–9kHz and 2-5 kHz.", "4–9kHz", 4, 9),
])
def test_spoken_and_duration_ranges(text, span, low, high):
    f = [f for f in attrib.scan_text(text).figures if f.text == span]
    assert f and (f[0].low, f[0].high, f[0].hedge) == (low, high, "range")


@pytest.mark.parametrize("text", [
    "Grades 4, 5 and 6 stayed home.",
    "Of the 20, 30 were new.",
    "Smith, 45, said so.",
])
def test_a_list_or_a_whole_is_no_spoken_range(text):
    assert not [f for f in attrib.scan_text(text).figures if f.hedge == "range"]


def test_a_glued_unit_range_is_no_vote_tally():
    f = one("A band of 3–6GHz is used.")
    assert (f.low, f.high, f.unit) == (3, 6, "GHz")
    assert [f.unit for f in figs("The Senate voted 61-39 to pass it.")] == ["votes", "votes"]


def test_a_verb_that_sets_its_object_makes_two_levels():
    fs = figs("The council voted to lift the parking fee from $2.50 to $3.25 per hour.")
    assert [(f.value, f.change, f.unit) for f in fs] == [(2.5, "level", "dollars per hour"),
                                                       (3.25, "level", "dollars per hour")]
    fs = figs("The plan would raise the levy from 5% to 7%.")
    assert [(f.value, f.hedge) for f in fs] == [(5, "exact"), (7, "exact")]
    f = one("Prices ranging from $4 to $6 were seen.")
    assert (f.low, f.high) == (4, 6)


def test_a_correction_takes_the_scale_it_corrects():
    fs = attrib.scan_text('She said: "The gap is $31 million, not 45. We checked."').figures
    assert [(f.value, f.kind) for f in fs] == [(31e6, "money"), (45e6, "money")]


@pytest.mark.parametrize("text", [
    "Officers were sent to the 2300 block of Maple Avenue.",
    "Members of Local 802 picketed the hall.",
    "Anyone with information should call the hotline at 555-0177.",
    "Tips can go to the tip line, 428-0913.",
])
def test_no_figure(text):
    assert figs(text) == []


def test_an_age_after_a_speaker_at_a_sentence_end():
    fs = attrib.scan_text('"We were lucky," said Dora Pell, 72. "Very lucky."').figures
    assert [(f.text, f.kind) for f in fs] == [("72", "age")]


def test_a_rate_base_after_for_every_is_part_of_the_unit():
    f = one("The levy is $3.10 for every $1,000 of assessed value.")
    assert (f.value, f.unit) == (3.1, "dollars per $1,000")
    assert one("A fine of $250 for each violation applies.").unit == "dollars per violation"


@pytest.mark.parametrize("text", [
    # bill numbers and ballot measures are names
    "The House passed HB 2210 last week.",
    "The Senate took up H.R. 4417 on Tuesday.",
    "Voters approved Proposition 50 and rejected Question 4.",
    "Measure 9, which would cap rents, is trailing.",
    "She told BBC Radio 5 she would not resign.",
    # the base of a rate with no figure before it
    "Measured per 100,000 people, the rate is higher here.",
])
def test_names_and_rate_bases_are_no_figures(text):
    assert figs(text) == []


@pytest.mark.parametrize("text,age", [
    ("Voters under 30 backed the levy.", 30),
    ("His support among voters over 65 slipped.", 65),
    ("Workers aged 50 and older were offered buyouts.", 50),
    ("Voters 65 and older split evenly.", 65),
    ("Drivers 70 or older must renew in person.", 70),
])
def test_the_age_of_persons_is_no_figure(text, age):
    fs = attrib.scan_text(text).figures
    assert [(f.value, f.kind) for f in fs] == [(age, "age")]


def test_a_share_of_persons_by_age_keeps_its_figure():
    fs = figs("Turnout among voters under 30 was 41 percent.")
    assert [(f.value, f.kind) for f in fs] == [(41, "percent")]
    assert [(f.value, f.kind) for f in figs("He hired 65 and fired 40 workers.")] == [(65, "count"), (40, "count")]


def units(text):
    return [(f.value, f.unit) for f in figs(text)]


@pytest.mark.parametrize("text,want", [
    # a tally before "vote", "ruling" or "decision", or after a verb of passing and its pronoun, counts votes
    ("The council passed the plan on a 7-2 vote last week.", [(7, "votes"), (2, "votes")]),
    ("The court struck it down in a 5-4 ruling.", [(5, "votes"), (4, "votes")]),
    ("The Senate cleared it 64-35 on Friday.", [(64, "votes"), (35, "votes")]),
])
def test_vote_tallies_count_votes(text, want):
    assert units(text) == want


def test_a_score_is_still_no_tally():
    assert figs("The visitors won 3-1 on Saturday.") == []


@pytest.mark.parametrize("text,want", [
    # the subject of "rose from N to M" is what both count
    ("Robberies fell. Burglaries rose from 210 to 245.", [(210, "Burglaries"), (245, "Burglaries")]),
    # a partitive of an adjective used as a noun counts it
    ("Doctors said 9 of the injured were in critical condition.", [(9, "injured")]),
    ("Of the 40 wounded, 12 of the wounded were children.", None),
    # "more", "other", "additional" before the noun change no measure
    ("Crews pulled three more bodies from the lake.", [(3, "bodies")]),
    ("The district will hire 300 more teachers over two years.", [(300, "teachers")]),
    ("Two other people were hurt.", [(2, "people")]),
    # coordinated heads are one thing counted
    ("They sent 250 soldiers and border guards to the area.", [(250, "soldiers and border guards")]),
    ("The plant added 1,200 assembly and warehouse jobs.", [(1200, "assembly and warehouse jobs")]),
    # a figure noun after the number names the figure; it counts what the count before counted
    ("Police said 80 cars were stolen. He dismissed the 80 figure as wrong.", [(80, "cars"), (80, "cars")]),
    # a lone participle before a preposition is a reduced clause, not what is counted
    ("Inspectors found 212 faults, including 31 related to wiring.", [(212, "faults"), (31, "faults")]),
])
def test_what_is_counted(text, want):
    got = units(text)
    if want is None:
        assert got[-1] == (12, "wounded")
    else:
        assert got == want


@pytest.mark.parametrize("text,unit", [
    ("Only 45% of registered voters turned out.", "percent of registered voters"),
    ("Some 61 percent of citizens oppose the plan.", "percent of citizens"),
    ("Nearly 40% of the buildings were unsafe.", "percent of buildings"),
])
def test_a_percent_of_a_whole_names_the_whole(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text,unit", [
    ("Inflation was 3% in May.", "percent"),
    ("The share rose 4 percent of late.", "percent"),
    ("He won 52% of the vote.", "percent of vote"),
])
def test_a_percent_without_a_whole_stays_percent(text, unit):
    assert one(text).unit == unit


def test_a_second_count_is_no_coordinated_head():
    assert units("The plan adds 14 police officers and nine firefighters.") == [(14, "police officers"), (9, "firefighters")]
    assert figs("One more signing of that size and they must sell.") == []


@pytest.mark.parametrize("text,want", [
    # a part of a whole that has its own number, or a possessive before it
    ("The audit found that 11 of 24 agencies had no plan.", (11, "agencies")),
    ("She carried seven of the state's nine districts.", (7, "districts")),
    # a model name inside the counted phrase
    ("The order buys 40 F-35 fighters.", (40, "F-35 fighters")),
    # a lone participle before a preposition is a passive clause, not the thing counted
    ("Rebels lost nine tanks, including three supplied by allies.", (3, "tanks")),
    ("Police tied the gang to 52 thefts; 31 happened between noon and 3 p.m.", (31, "thefts")),
    # a phrase that starts with a number word is another figure, not the noun
    ("The list had 318,000 people, up from 278,000 two years earlier.", (278000, "people")),
])
def test_what_a_part_or_a_clause_counts(text, want):
    assert want in units(text)


def test_a_rate_subject_keeps_its_base():
    got = units("The violent crime rate per 100,000 residents fell from 388 to 347.")
    assert got == [(388, "violent crime rate per 100,000 residents"), (347, "violent crime rate per 100,000 residents")]
    got = units("Measured per 100,000 people, the rate rose from 31 to 35.")
    assert got == [(31, "rate per 100,000 people"), (35, "rate per 100,000 people")]


def test_a_model_number_before_a_model_word_is_no_figure():
    assert units("The plant builds 38 of its 737 MAX jets a month.") == [(38, "MAX jets")]
    assert figs("Airlines grounded the 737 MAX after the crash.") == []


@pytest.mark.parametrize("text,value,hedge", [
    # "double", "triple" before what they multiply: a ratio
    ("Wards are running at double their capacity.", 2, "exact"),
    ("She raised $3 million, nearly double the sum her rival collected.", 2, "nearly"),
    ("Imports were roughly triple what they were in 2010.", 3, "approximately"),
    ("Fares are now more than double those of 2019.", 2, "more_than"),
    # a verb of multiplying with no level after it states the ratio
    ("Tuition has roughly tripled since 2001.", 3, "approximately"),
    ("Reported thefts doubled last year.", 2, "exact"),
    ("Cases have roughly doubled over the past decade.", 2, "approximately"),
])
def test_double_and_tripled_are_multipliers(text, value, hedge):
    f = [f for f in figs(text) if f.kind == "ratio"]
    assert len(f) == 1, [g.text for g in figs(text)]
    assert (f[0].value, f[0].unit, f[0].hedge) == (value, "times", hedge)


@pytest.mark.parametrize("text", [
    "The firm could double the number of stores.",     # a verb after a modal
    "We want to triple our output.",                   # after "to"
    "The audit double-counted the grants.",            # a compound verb
    "The cost has doubled to 40 billion euros.",       # the level after it carries the figure
    "He ordered a double espresso.",                   # no determiner after it
    "The mayor doubled down on her pledge.",           # a phrasal verb
])
def test_double_as_a_verb_or_adjective_is_no_multiplier(text):
    assert [f.text for f in figs(text) if f.kind == "ratio"] == []


@pytest.mark.parametrize("text,unit", [
    # a subject's head keeps its prepositional modifier over four words
    ("Initial claims for jobless benefits fell by 8,000.", "claims for jobless benefits"),
    ("Payroll employment in the region rose by 68,000.", "employment in the region"),
])
def test_a_longer_subject_keeps_its_head(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text,want", [
    # a fronted partitive names what the count after it counts
    ("Of those promised jobs, about 6,000 had been created.", (6000, "promised jobs")),
    ("Of the new recruits, only 40 were sent abroad.", (40, "new recruits")),
    ("An audit found that of those grants, about 300 were never paid.", (300, "grants")),
])
def test_a_fronted_partitive_gives_the_noun(text, want):
    assert units(text)[-1] == want


def test_a_fronted_partitive_of_a_time_or_place_gives_none():
    assert units("Of the past decade, 2019 was the worst.") == []
    assert units("Of all this, 30 percent is waste.") == [(30, "percent")]


@pytest.mark.parametrize("text,age", [
    # an age after a verb of a life event and "at", closing its clause
    ("The senator died in June at 81.", 81),
    ("She retired at 62, after four decades at the mill.", 62),
    # an age after a kinship noun or a pronoun and a copula, closing the sentence
    ('"My son is 23. He loved the work," she said.', 23),
    ("Her daughter was 9.", 9),
])
def test_an_age_after_a_life_event_or_a_kinship_noun(text, age):
    fs = [f for f in attrib.scan_text(text).figures if f.value == age]
    assert [(f.value, f.kind) for f in fs] == [(age, "age")]


@pytest.mark.parametrize("text,value", [
    ("Shares closed at 81.", 81),            # a level, no life event
    ("The rate is 23.", 23),                 # no kinship noun
    ("He died at 81 hospitals' doors.", 81),  # not closing the clause (an invented oddity)
])
def test_a_level_after_at_or_is_stays_a_figure(text, value):
    assert [f.value for f in figs(text)] == [value]


def test_a_clock_time_in_words_is_no_figure():
    fs = attrib.scan_text("We hear the guns every night from about ten o'clock.").figures
    assert [f.kind for f in fs] == ["time"]


@pytest.mark.parametrize("text", [
    # a number hyphenated to a word of building height or fire rank describes the thing; it counts nothing
    "Fire gutted a two-story home on Elm Street.",
    "A missile hit a nine-storey apartment block.",
    "Crews fought a four-alarm fire overnight.",
    "The 12-storey tower was evacuated.",
])
def test_descriptive_compounds_are_no_figures(text):
    assert figs(text) == []


def test_a_count_of_storeys_is_still_a_figure():
    assert units("The tower has 40 storeys.") == [(40, "storeys")]


@pytest.mark.parametrize("text,ages", [
    ("The toll includes 68 people aged over 75.", [75]),
    ("The three wounded, all men between 19 and 24, were taken to hospital.", [19, 24]),
])
def test_ages_after_aged_over_and_between(text, ages):
    assert [f.value for f in attrib.scan_text(text).figures if f.kind == "age"] == ages


def test_a_share_between_two_percents_is_no_age():
    assert [f.kind for f in attrib.scan_text("Women between 40 and 45 percent said so.").figures] == ["percent"]


@pytest.mark.parametrize("text,unit", [
    # a bare "of" phrase after the head changes the measure and stays in the unit
    ("Inspectors visited 26 places of detention this year.", "places of detention"),
    ("Doctors confirmed 12 cases of measles.", "cases of measles"),
    ("He was ordered to serve three years of supervised release.", "years of supervised release"),
    ("Two years of talks failed.", "years of talks"),
])
def test_a_bare_of_phrase_stays_in_the_unit(text, unit):
    assert [f.unit for f in attrib.scan_text(text).figures] == [unit]


@pytest.mark.parametrize("text,unit", [
    ("Doctors confirmed 12 cases of the disease.", "cases"),     # a determiner: the whole, not a kind
    ("Ships carried 900 tonnes of wheat.", "tonnes"),            # a unit of the table ends the phrase
    ("The glacier shed 3 cubic kilometres of ice.", "cubic kilometres"),  # a measure word before a substance
    ("Police held 40 members of Congress.", "members"),          # a name after "of" is no modifier here
])
def test_an_of_phrase_with_a_determiner_or_a_name_stays_out(text, unit):
    assert [f.unit for f in attrib.scan_text(text).figures] == [unit]


@pytest.mark.parametrize("text,want", [
    # a percent in a parallel clause takes the whole of the percent before it
    ("A poll found 61 percent of residents oppose the mine, while 24 percent support it.",
     ["percent of residents", "percent of residents"]),
    ("Some 40% of members voted yes and 35% voted no.", ["percent of members", "percent of members"]),
])
def test_a_parallel_percent_takes_the_whole(text, want):
    assert [f.unit for f in figs(text)] == want


@pytest.mark.parametrize("text,want", [
    ("About 40% of members voted yes, up 5% from last year.", ["percent of members", "percent"]),
    ("Only 38% of cases were confirmed, and the fatality rate is 2%.", ["percent of cases", "percent"]),
])
def test_a_change_or_another_subject_keeps_its_percent(text, want):
    assert [f.unit for f in figs(text)] == want


@pytest.mark.parametrize("text", [
    # idioms with a number in them count nothing
    "Aides said the two sides were close to a deal.",
    "The charge covers deaths of two or more people.",
    "Between the two of them, they ran the firm.",
])
def test_number_idioms_are_no_figures(text):
    assert figs(text) == []


def test_a_count_of_sides_is_still_a_figure():
    assert units("The hexagon has six sides, and two sides are red.") == [(6, "sides"), (2, "sides")]


def test_spaced_dash_ranges_in_a_list():
    text = "Pay bands:\n- Senior engineer: $186,000 - $312,000\n- Junior engineer: $90,000 - $120,000\n"
    assert [(f.low, f.high, f.kind) for f in figs(text)] == [(186000, 312000, "money"), (90000, 120000, "money")]


def test_a_spaced_dash_range_before_a_currency_word_is_one_figure():
    f = one("The band is 186,000 - 312,000 dollars.")
    assert (f.low, f.high, f.kind, f.unit) == (186000, 312000, "money", "dollars")


def test_a_definite_number_names_what_the_same_number_counted():
    got = units("Police tied the gang to 52 thefts last year. Of the 52, 31 happened at night.")
    assert got == [(52, "thefts"), (52, "thefts"), (31, "thefts")]
    # a different number after "the" is no reference to it
    assert units("Police tied the gang to 52 thefts. The 12 were all at night.")[-1] == (12, None)


def test_a_time_that_is_a_result_or_a_term_is_a_figure_and_the_story_s_clock_is_not():
    kinds = {f.text: f.kind for f in figs(
        "Pupils slept 38 minutes longer and fell asleep 21 minutes sooner. He was given nine years in prison; "
        "prosecutors had asked for 14 years. The trial lasted 11 days, and two hours later the jury returned.")}
    assert kinds["38 minutes"] == kinds["21 minutes"] == kinds["nine years"] == kinds["14 years"] == "quantity"
    assert "11 days" not in kinds and "two hours" not in kinds  # durations: no figure to source


def test_estimated_after_a_subject_is_a_verb_not_a_hedge():
    assert [(f.text, f.hedge) for f in figs("In Vell, police there estimated 3,500 people marched.")] == \
        [("3,500 people", "exact")]
    assert figs("Floods killed an estimated 300 people.")[0].hedge != "exact"


def test_weeks_of_severance_are_a_figure():
    assert [f.kind for f in figs("Workers will receive at least 16 weeks of severance pay.")] == ["quantity"]


def spans(text):
    """(text, unit) of each figure the scan reads."""
    return [(f.text, f.unit) for f in figs(text)]


def kinds(text):
    """(text, kind, is_figure) of every number the scan reads, figure or not."""
    return [(f.text, f.kind, f.is_figure) for f in attrib.scan_text(text).figures]


def test_once_and_twice_after_a_verb_count_how_often_it_happened():
    assert [(f.text, f.value, f.unit) for f in figs("He was shot twice in the chest.")] == [("twice", 2, "times")]
    assert [(f.text, f.value, f.unit) for f in figs("Deputies had been called once before.")] == [("once", 1, "times")]
    # a conjunction, an adverb of time and an idiom are no count
    assert figs("Once he is released, he will leave.") == []
    assert figs("The town was once a mill town.") == []
    assert figs("He tried once again.") == []
    # before a comparative it stays a multiplier
    assert [(f.kind, f.unit) for f in attrib.scan_text("It costs twice as much.").figures] == [("ratio", "times")]


def test_days_something_happened_on_are_counted_not_a_length_of_time():
    assert kinds("Emissions were above the limit on 92 days.") == [("92 days", "count", True)]
    assert kinds("The strike lasted 92 days.") == [("92 days", "duration", False)]
    assert kinds("We count the people we can see on one night.") == [("one night", "duration", False)]


def test_one_opening_a_sentence_after_a_count_is_one_of_that_group():
    assert spans("Three people suffered stab wounds. One is in critical condition.") == \
        [("Three people", "people"), ("One", "people")]
    # a pronoun "one" with no group counted before, or before no state, is no figure
    assert spans("One is never sure.") == []
    assert spans("Three people spoke. One said the plan was bad.") == [("Three people", "people")]


@pytest.mark.parametrize("text, token, value", [
    ("Footfall has fallen by a fifth since 2019.", "a fifth", 0.2),
    ("The agency cut rations by a third last month.", "a third", 1 / 3),
    ("Crossings are down by a quarter from last summer.", "a quarter", 0.25),
])
def test_by_a_fraction_before_a_time_or_a_preposition_is_a_fraction(text, token, value):
    f = next(f for f in figs(text) if f.text == token)
    assert (f.kind, round(f.value, 3)) == ("ratio", round(value, 3))


def test_by_a_third_before_a_noun_is_an_ordinal():
    assert not any(f.kind == "ratio" for f in figs("The seat was won by a third party candidate."))


@pytest.mark.parametrize("text, token, value", [
    ("The officer fired three times, hitting the man twice.", "twice", 2),
    ("He said the man fired at least twice at the deputies.", "twice", 2),
    ("Deputies had been called to the address twice before.", "twice", 2),
    ("The woman was shot three times and her husband once.", "once", 1),
])
def test_twice_and_once_count_times_after_an_object_or_a_hedge(text, token, value):
    f = next(f for f in figs(text) if token in f.text)
    assert (f.kind, f.value) == ("count", value)


@pytest.mark.parametrize("text", ["Once he is released, he will go home.", "The town was once a mill town.",
                                  "Sales grew twice as fast as costs."])
def test_once_as_a_conjunction_or_formerly_and_a_multiplier_count_no_times(text):
    assert not any(f.kind == "count" for f in figs(text))
