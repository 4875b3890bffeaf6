"""Claims across an archive of local incident reports: the words for people and for what happened to them,
searches that are no forecasts, and an event word that stays in its own conjunct. Every sentence here is our own."""
import subprocess
import sys
from pathlib import Path

import pytest

from attrib.claims import build_claims, figure_measure

from _report_helpers import claim_of, scan


def _measure(d, token):
    f = next(f for f in d.figures if f.is_figure and token in f.text)
    return figure_measure(d, f)[0]


# ---- who is counted: words for people ---------------------------------------------------------

def test_person_nouns_count_people_across_articles():
    a = scan("a.md", "One person died and three others were hurt when a van hit a bus on Orrin Road in Vell on "
                     "Friday, the Vell Highway Patrol said. The bus carried more than 40 guests of a wedding on "
                     "Orrin Road.")
    b = scan("b.md", "One man was killed and three passengers were injured when a van struck a wedding bus on Orrin "
                     "Road in Vell, Trooper Ada Kell of the Vell Highway Patrol said. At least 40 people were on the "
                     "bus on Orrin Road, Kell said.")
    claims = build_claims([a, b])
    assert claim_of(claims, "a.md", "One person").id == claim_of(claims, "b.md", "One man").id
    assert claim_of(claims, "a.md", "three").id == claim_of(claims, "b.md", "three").id
    assert claim_of(claims, "a.md", "40").id == claim_of(claims, "b.md", "40").id
    assert claim_of(claims, "a.md", "One person").id != claim_of(claims, "a.md", "three").id


def test_a_qualified_person_noun_is_still_a_person():
    a = scan("a.md", "Two construction workers died and five were injured when a wall fell on Kell Row in Dask, "
                     "Fire Chief Ina Voss said.")
    b = scan("b.md", "Five other workers were hurt in the collapse on Kell Row in Dask on Friday, and two people "
                     "died, Fire Chief Ina Voss said.")
    claims = build_claims([a, b])
    assert claim_of(claims, "a.md", "five").id == claim_of(claims, "b.md", "Five").id
    assert claim_of(claims, "a.md", "Two").id == claim_of(claims, "b.md", "two").id
    assert claim_of(claims, "a.md", "Two").id != claim_of(claims, "a.md", "five").id


# ---- what happened: shot, stabbed, taken to a hospital ------------------------------------------

def test_a_shootings_wounded_and_the_hospitals_gunshot_patients_are_one_count():
    d = scan("a.md", "Three people were wounded outside the Lark Inn on Ash Street in Vell early Sunday, police "
                     "said. Vell General Hospital said it had treated three patients with gunshot wounds.")
    assert _measure(d, "three patients").event in ("shot", "wounded")
    claims = build_claims([d])
    c = claim_of(claims, "a.md", "Three")
    assert c.id == claim_of(claims, "a.md", "three patients").id


def test_those_shot_are_not_the_wounded_when_some_died():
    d = scan("a.md", "Two people were killed and three others were wounded at a party on Ash Street in Vell, "
                     "police said. Officers found five people with gunshot wounds, Sgt. Ada Kell said.")
    claims = build_claims([d])
    five = claim_of(claims, "a.md", "five")
    assert five.id != claim_of(claims, "a.md", "three").id != claim_of(claims, "a.md", "Two").id
    assert _measure(d, "five").event == "shot"


def test_stabbed_is_what_happened():
    d = scan("a.md", "Three people were stabbed at the bus station on Ash Street in Vell on Friday, police said.")
    assert _measure(d, "Three").event == "stabbed"


def test_taken_to_a_hospital_is_the_predicate_not_the_earlier_death():
    d = scan("a.md", "One person died and two others were taken to a hospital after a fire on Ash Street in Vell, "
                     "the fire department said.")
    assert _measure(d, "One").event == "killed"
    assert _measure(d, "two").event != "killed"


# ---- a search is no forecast; an event stays in its own conjunct --------------------------------

def test_looking_for_suspects_is_a_search_not_a_forecast():
    d = scan("a.md", "Police are looking for two suspects who ran toward Ash Street in Vell, Sgt. Ada Kell said.")
    assert "forecast" not in _measure(d, "two").period
    e = scan("b.md", "Economists were looking for 240,000, Vell Statistics said.")
    assert _measure(e, "240,000").period.startswith("forecast")


def test_an_event_of_an_earlier_conjunct_is_not_the_figures():
    d = scan("a.md", "A clerk was shot and killed during a robbery on Ash Street in Vell on Saturday morning, and "
                     "police are searching for two suspects, the Vell Police Department said.")
    assert _measure(d, "two").event != "killed"


# ---- one origin per body: its officers, its full name, its bare noun -----------------------------

def test_a_bodys_officers_and_its_full_name_are_one_origin():
    a = scan("a.md", "Two people were wounded in a shooting at a bar on Ash Street in Vell late Friday, Vell police "
                     "said.\n\nLt. Ada Kell said the two wounded were in stable condition on Saturday.")
    b = scan("b.md", "Officer Tom Rusk of the Vell Police Department said two people were hurt in the shooting on Ash "
                     "Street in Vell on Friday.", date="2026-03-03")
    claims = build_claims([a, b])
    c = claim_of(claims, "a.md", "Two")
    assert c.id == claim_of(claims, "b.md", "two").id
    assert c.verdict == "single-sourced", c.explanation


def test_a_trooper_quoted_under_the_patrols_lede_speaks_for_it():
    c = scan("c.md", "One person was killed and four were injured when a truck hit a bus on Orrin Road near Dask, the "
                     "state Highway Patrol said.\n\nTrooper Ina Voss said four passengers were hurt.")
    d = scan("d.md", "Trooper Ina Voss said on Sunday that four people from the bus were injured in the crash on Orrin "
                     "Road near Dask.", date="2026-03-03")
    claims = build_claims([c, d])
    four = claim_of(claims, "c.md", "four passengers")
    assert four.id == claim_of(claims, "c.md", "four").id == claim_of(claims, "d.md", "four").id
    assert four.verdict == "single-sourced", four.explanation


def test_police_and_a_hospital_corroborate_though_the_lede_says_only_police():
    d = scan("d.md", "Three people were wounded outside a bar on Kell Row in Dask early Sunday, police said.\n\nDask "
                     "police spokeswoman Sgt. Mira Holt said the bar on Kell Row was closing.", date="2026-04-05")
    e = scan("e.md", "Dask General Hospital said it had treated three patients with gunshot wounds after the shooting "
                     "outside a bar on Kell Row in Dask.", date="2026-04-05", publisher="Dask Ledger")
    claims = build_claims([d, e])
    c = claim_of(claims, "d.md", "Three")
    assert c.id == claim_of(claims, "e.md", "three patients").id
    assert c.verdict == "corroborated", c.explanation


def test_a_bare_police_with_no_officer_names_no_body_beside_a_named_one():
    d = scan("d.md", "Three people were wounded outside a bar on Kell Row in Dask early Sunday, police said.",
             date="2026-04-05")
    e = scan("e.md", "Dask General Hospital said it had treated three patients with gunshot wounds after the shooting "
                     "outside a bar on Kell Row in Dask.", date="2026-04-05", publisher="Dask Ledger")
    claims = build_claims([d, e])
    assert claim_of(claims, "d.md", "Three").verdict == "single-sourced"


def test_a_bare_police_is_the_body_an_officer_of_the_claim_speaks_for():
    a = scan("a.md", "Two people were killed at a party on Ash Street in Vell late Saturday, Vell police said.\n\n"
                     "Police are looking for two suspects who ran toward Orrin Road, Lt. Ada Kell said.")
    b = scan("b.md", "Vell police Sgt. Tom Rusk said no arrests had been made after the Ash Street party shooting in "
                     "Vell.\n\nPolice said the two suspects were last seen on Orrin Road.",
             date="2026-03-03", publisher="Vell Ledger")
    claims = build_claims([a, b])
    c = claim_of(claims, "a.md", "two suspects")
    assert c.id == claim_of(claims, "b.md", "two suspects").id
    assert c.verdict == "single-sourced", c.explanation


def test_an_officer_of_another_body_named_after_her_name_stays_independent():
    a = scan("a.md", "One man drowned after a boat capsized on Lake Orrin, the Dask County Sheriff's Office said. Seven "
                     "people were aboard, Sheriff Tam Holt said.\n\nLt. Ina Voss of the state Department of "
                     "Waterways said her officers counted seven people aboard the boat on Lake Orrin.")
    b = scan("b.md", "The state Department of Waterways said the boat that capsized on Lake Orrin was overloaded. Lt. "
                     "Ina Voss said seven people were aboard.", date="2026-03-03", publisher="Dask Ledger")
    claims = build_claims([a, b])
    c = claim_of(claims, "b.md", "seven")
    assert c.id == claim_of(claims, "a.md", "Seven").id
    assert c.verdict == "corroborated", c.explanation


# ---- what happened, read more closely -------------------------------------------------------------

def test_a_light_verb_carries_the_event_of_its_object():
    d = scan("a.md", "Three people suffered stab wounds at the bus station on Ash Street in Vell, Chief Tam Orrin said.")
    assert _measure(d, "Three").event == "stabbed"


def test_an_event_word_inside_the_unit_is_the_figures_event():
    d = scan("a.md", "Vell General Hospital said it had treated three stabbing victims and four gunshot patients.")
    assert _measure(d, "three").event == "stabbed"
    assert _measure(d, "four").event == "shot"


def test_victims_and_patients_are_people():
    d = scan("a.md", "Police said the three victims were waiting for a bus on Ash Street in Vell.")
    assert _measure(d, "three").thing == "people"


def test_a_word_for_a_number_followed_by_of_counts_what_follows():
    d = scan("a.md", "A teenager was charged with three counts of aggravated assault in Vell, police said.")
    assert _measure(d, "three").thing not in (None, "")


def test_of_them_never_refers_to_the_subject_of_its_own_clause():
    d = scan("a.md", "Seven people were aboard the boat on Lake Orrin, Sheriff Tam Holt said. Two passing fishing "
                     "boats pulled six of them from the water.")
    assert _measure(d, "six").thing == "people"


def test_a_postmodifier_does_not_hide_the_predicate_of_a_subject_figure():
    d = scan("a.md", "A man drowned when a boat carrying seven people flipped on Lake Orrin. The other six aboard were "
                     "rescued by fishermen, Sheriff Tam Holt said.")
    assert _measure(d, "six").event == "rescued"


def test_an_event_before_a_reporting_verb_is_another_clauses():
    d = scan("a.md", "The owner of a gas station on Ash Street where a clerk was killed Saturday said three men took "
                     "part in the robbery.")
    assert _measure(d, "three").event != "killed"


# ---- an earlier event named in passing ---------------------------------------------------------------

def test_a_figure_set_in_an_earlier_month_is_another_event():
    d = scan("a.md", "One person died and three were hurt when a van hit a truck on Orrin Road in Vell on Saturday, "
                     "the Vell Highway Patrol said.\n\nIt was the second fatal crash on Orrin Road this year. In "
                     "February, one person died in a crash near the same exit, according to patrol records.",
             date="2026-05-10")
    claims = build_claims([d])
    assert claim_of(claims, "a.md", "One person").id != claim_of(claims, "a.md", "one person").id
    assert _measure(d, "one person").period != _measure(d, "One person").period
    e = scan("b.md", "In 2025, three people died in house fires in Vell, Fire Marshal Ada Kell said.", date="2026-05-10")
    assert _measure(e, "three").period
    jobs = scan("c.md", "Employers in Vell added 2,950 jobs in February, Vell Statistics said.", date="2026-03-06")
    assert _measure(jobs, "2,950").period == ""  # a statistic's reference month is no other event


# ---- rival counts of one incident ---------------------------------------------------------------------

def test_rival_counts_of_the_injured_and_of_those_present_contradict():
    a = scan("a.md", "One person was killed and four were injured when a truck hit a bus on Orrin Road near Dask, the "
                     "Dask Highway Patrol said.\n\nBut Dask General Hospital said it had treated six patients from the "
                     "crash.", date="2026-03-20")
    b = scan("b.md", "Eight workers were inside the warehouse on Kell Row in Vell when its wall fell, Fire Chief Ina "
                     "Voss of the Vell Fire Department said.\n\nThe developer, Brightline Partners, said only six "
                     "workers were on the site.", date="2026-04-09")
    claims = build_claims([a, b])
    four, six = claim_of(claims, "a.md", "four"), claim_of(claims, "a.md", "six")
    assert six.id in four.contradicted_by and four.id in six.contradicted_by
    eight, six_w = claim_of(claims, "b.md", "Eight"), claim_of(claims, "b.md", "six")
    assert six_w.id in eight.contradicted_by
    # the rival claim is labelled by its most specific figure ("six people"), yet it counts workers too
    c = scan("c.md", "Brightline Partners said in a statement on Saturday that its sign-in sheet showed six people on "
                     "site when the wall fell on Kell Row in Vell.", date="2026-04-10", publisher="Vell Ledger")
    claims = build_claims([a, b, c])
    assert claim_of(claims, "b.md", "six").id == claim_of(claims, "c.md", "six").id
    assert claim_of(claims, "c.md", "six").id in claim_of(claims, "b.md", "Eight").contradicted_by


def test_rival_counts_an_article_sets_side_by_side_contradict_though_neither_names_an_event():
    # a crowd estimated by the police and by the organisers: "the crowd at about 2,000", "7,000 people took part" say
    # what is counted (people) but no event; the article sets them against each other in one paragraph
    a = scan("a.md", "Riders marched through Dask on Saturday to protest cuts to bus service. Dask police estimated the "
                     "crowd at about 2,000. Organizers with the Fair Fares coalition said more than 7,000 people took "
                     "part.", date="2026-05-02")
    claims = build_claims([a])
    two, seven = claim_of(claims, "a.md", "2,000"), claim_of(claims, "a.md", "7,000")
    assert two.measure.event is None and seven.measure.event is None
    assert seven.id in two.contradicted_by and two.id in seven.contradicted_by
    assert any("[relate-rival]" in x for x in two.explanation)
    # a specific thing (jobs) whose other count names an event is still the same count
    b = scan("b.md", "Norwell Paper will close its Kell Road mill in Dask by June, eliminating 340 jobs, the company "
                     "said on Tuesday. The Dask Papermakers Union said the closing would cost 410 jobs.",
             date="2026-05-02")
    claims = build_claims([b])
    assert claim_of(claims, "b.md", "410").id in claim_of(claims, "b.md", "340").contradicted_by


def test_eventless_counts_are_no_rivals_unless_an_article_sets_them_side_by_side():
    # the dead of a fire and the people a charity helps are two counts: "22 people" names no event, the toll does
    c = scan("c.md", "A fire on Orrin Street in Dask killed two people on Sunday, Fire Chief Ina Voss said. The Red Cross "
                     "said it was helping 22 people from the building.", date="2026-05-02")
    claims = build_claims([c])
    assert not claim_of(claims, "c.md", "22").contradicted_by
    # two eventless counts of one story in different paragraphs (or articles) are not set against each other
    d = scan("d.md", "Riders marched through Dask on Saturday to protest cuts to bus service. Dask police estimated "
                     "the crowd at about 2,000.\n\nLater, at City Hall, the Fair Fares coalition said 7,000 people had "
                     "signed its petition.", date="2026-05-02")
    claims = build_claims([d])
    assert not claim_of(claims, "d.md", "2,000").contradicted_by
    # one origin's two eventless counts are no dispute
    e = scan("e.md", "Dask police estimated the crowd at about 2,000 at noon. Dask police said 7,000 people had come "
                     "by evening.", date="2026-05-02")
    claims = build_claims([e])
    assert not claim_of(claims, "e.md", "2,000").contradicted_by
    # an open bound the other count exceeds, and a part of a whole, are no rival counts
    f = scan("f.md", "An organizer, Mara Lind, said about 300 people came to the Dask street fair. Dask police put the "
                     "crowd at more than 150. Under the Dask Transit plan, five of the 12 routes it proposes to cut serve "
                     "Vell, Councillor Ada Brun said.", date="2026-05-02")
    claims = build_claims([f])
    assert not claim_of(claims, "f.md", "300").contradicted_by
    assert not claim_of(claims, "f.md", "five").contradicted_by


def test_a_bare_count_after_there_were_counts_what_the_count_before_it_counts():
    # "said there were five": no noun of its own; it gives another value of the count just before (rule
    # measure-existential), so the two are rival counts of one thing
    a = scan("a.md", "Gunfire struck a house on Mott Lane in Dask late Tuesday, Dask police said. Det. Ari Bell said "
                     "three people were inside at the time.\n\nThe homeowner, Lena Marsh, said there were four. \"My "
                     "son was asleep upstairs,\" she said.", date="2026-05-06")
    m = _measure(a, "four")
    assert (m.thing, m.event) == (_measure(a, "three").thing, _measure(a, "three").event) == ("people", "present")
    claims = build_claims([a])
    assert claim_of(claims, "a.md", "three").id in claim_of(claims, "a.md", "four").contradicted_by
    # not a count with a noun of its own, nor one the clause goes on about
    b = scan("b.md", "Det. Ari Bell said three people were inside. There were four cars in the driveway, a neighbor, "
                     "Tom Reyes, said.", date="2026-05-06")
    assert _measure(b, "four").event is None


def test_a_part_of_a_count_is_no_rival_of_another_count():
    # "9 of the deaths": a part of some whole (the state's road deaths), never a rival of the crash's toll
    a = scan("a.md", "Two people were killed in a crash on Route 9 near Dask on Friday, the Dask Highway Patrol said.\n\n"
                     "The state Department of Transportation said work zone crashes had caused 9 of the deaths on Dask "
                     "County roads.", date="2026-09-12")
    claims = build_claims([a])
    assert not claim_of(claims, "a.md", "Two").contradicted_by
    assert any("[relate-part]" in x for x in claim_of(claims, "a.md", "9").explanation)


def test_an_event_word_never_crosses_a_full_stop_the_scan_read_as_an_abbreviation():
    d = scan("a.md", "Sheriff Tam Holt said seven people were aboard the boat, which overturned at about 3:45 p.m. Two "
                     "passing fishing boats pulled six of them from the water.")
    m = _measure(d, "six")
    assert m.thing == "people" and m.event != "aboard"


def test_an_earlier_incident_named_in_passing_joins_that_incidents_claim():
    a = scan("a.md", "Three people were stabbed at the Kell Row bus station in Vell on Friday evening, Vell police "
                     "said. Chief Tam Orrin said a teenager was arrested near the Kell Row station after a fight among "
                     "riders of the Dask Line.", date="2026-04-03")
    b = scan("b.md", "Vell General Hospital said it treated three stabbing victims from the Kell Row bus station on "
                     "Friday. Chief Tam Orrin said the teenager would appear before Judge Ilse Varn.", date="2026-04-04",
             publisher="Vell Ledger")
    c = scan("c.md", "Two people were wounded outside the Copper Lamp bar on Ash Street early Sunday, Sgt. Mira Holt "
                     "said. Officers found 11 shell casings near the Copper Lamp, and the owner, Bo Lind, said he had "
                     "hired two guards for Ash Street.\n\nIt was the first shooting in Vell since the stabbing at the "
                     "Kell Row bus station in April, in which three people were hurt.", date="2026-05-17",
             publisher="Bay Post")
    claims = build_claims([a, b, c])
    assert claim_of(claims, "c.md", "three").id == claim_of(claims, "a.md", "Three").id
    assert claim_of(claims, "c.md", "Two").id != claim_of(claims, "a.md", "Three").id
    d = scan("d.md", c.text.split("---\n", 2)[2].replace("at the Kell Row bus station in April", "on Orrin Road in "
                                                           "March"), date="2026-05-17", publisher="Bay Post")
    claims = build_claims([a, b, d])  # no incident of March on Orrin Road: a claim of its own
    assert claim_of(claims, "d.md", "three").id != claim_of(claims, "a.md", "Three").id
    # "last month" in May is April
    e = scan("e.md", c.text.split("---\n", 2)[2].replace("bus station in April", "bus station last month"),
             date="2026-05-17", publisher="Bay Post")
    claims = build_claims([a, b, e])
    assert claim_of(claims, "e.md", "three").id == claim_of(claims, "a.md", "Three").id


def test_fatally_shot_is_killed_and_damaged_is_not_destroyed():
    d = scan("a.md", "Two people were fatally shot on Ash Street in Vell on Friday, police said.")
    assert _measure(d, "Two").event == "killed"
    e = scan("b.md", "The fire destroyed three homes and damaged four others on Kell Row in Vell, Chief Ada Kell said.")
    assert _measure(e, "three").event == "destroyed" and _measure(e, "four").event == "damaged"
    f = scan("c.md", "Two children were taken to Vell General Hospital with injuries, police said.")
    assert _measure(f, "Two").event == "wounded"


def test_a_parenthetical_between_a_subject_figure_and_its_predicate():
    d = scan("a.md", "Nine people, including four children, were injured in the crash on Orrin Road in Vell, police said.")
    assert _measure(d, "Nine").event == "wounded"
    assert _measure(d, "four").event == "wounded"


def test_a_bare_definite_numeral_refers_to_the_earlier_count_of_that_number():
    d = scan("a.md", "Dask General Hospital said six people from the bus were treated in its emergency room on Saturday. "
                     "All six had been released by Sunday morning, the hospital said.")
    six, all_six = [f for f in d.figures if f.is_figure][:2]
    assert figure_measure(d, all_six)[0] == figure_measure(d, six)[0]
    e = scan("b.md", "Six people were rescued from Lake Orrin on Sunday, Sheriff Tam Holt said. The six were treated "
                     "for hypothermia at the scene.")
    six, the_six = [f for f in e.figures if f.is_figure][:2]
    assert figure_measure(e, the_six)[0] == figure_measure(e, six)[0]
    g = scan("d.md", "The three victims, two men and a woman, were taken to Vell General Hospital. One man remained in "
                     "serious condition; the other two were released, the hospital said.")
    assert "[measure-definite]" not in " ".join(figure_measure(g, [f for f in g.figures if f.is_figure][-1])[1])
    f = scan("c.md", "Six people were rescued from Lake Orrin on Sunday. Deputies said three were treated at the scene.")
    assert _measure(f, "three").event == "wounded"  # no earlier three: its own predicate


def test_the_unaccounted_for_and_the_assaulted_are_their_own_counts():
    d = scan("a.md", "One worker was killed when a wall fell on Kell Row in Vell, Chief Ada Kell said. Crews were "
                     "searching the rubble for one worker who had not been accounted for.")
    claims = build_claims([d])
    assert _measure(d, "one worker").event == "missing"
    assert claim_of(claims, "a.md", "One worker").id != claim_of(claims, "a.md", "one worker").id
    e = scan("b.md", "One man remained in serious condition, the hospital said. In January, one man was punched and "
                     "robbed on a platform there, according to police records.", date="2026-04-04")
    claims = build_claims([e])
    assert claim_of(claims, "b.md", "One man").id != claim_of(claims, "b.md", "one man").id


def test_an_officer_whose_title_names_her_service_is_of_that_body_not_another_of_her_article():
    from attrib.model import Span
    from _report_helpers import claimant, make_doc

    text_a = ("---\npublisher: Vell Courier\ndate: '2026-03-02'\n---\nTwo people died in a house fire on Kell Row in "
              "Vell, the Vell Fire Department said. Vell police closed Kell Row. Vell Fire Chief Ina Voss said a space "
              "heater started it.\n")
    voss = claimant("ina-voss", "Ina Voss", type="person")
    a = make_doc(text_a, "a.md", [dict(token="Two", value=2, unit="people", claimant="vell-fire-department")],
                 [claimant("vell-fire-department", "Vell Fire Department"),
                  claimant("vell-police", "Vell police", type="collective"), voss])
    at = a.text.index("Vell Fire Chief")
    voss.mentions = [Span("Vell Fire Chief Ina Voss", at, at + len("Vell Fire Chief Ina Voss"))]
    text_b = ("---\npublisher: Vell Ledger\ndate: '2026-03-03'\n---\nVoss said two people died in the Kell Row house "
              "fire in Vell.\n")
    b = make_doc(text_b, "b.md", [dict(token="two", value=2, unit="people", claimant="ina-voss")],
                 [claimant("ina-voss", "Ina Voss", type="person")])
    claims = build_claims([a, b])
    c = claim_of(claims, "a.md", "Two")
    assert c.id == claim_of(claims, "b.md", "two").id
    assert c.verdict == "single-sourced", c.explanation


def test_a_crowd_of_mourners_or_protesters_counts_people():
    a = scan("a.md", "About 200 people attended a vigil for the victims on Ash Street in Vell on Sunday, organizers said.")
    b = scan("b.md", "More than 200 mourners gathered on Ash Street in Vell on Sunday for the victims' vigil, organizers "
                     "said.", publisher="Vell Ledger")
    claims = build_claims([a, b])
    assert claim_of(claims, "a.md", "200").id == claim_of(claims, "b.md", "200").id


def test_an_officers_title_must_fit_the_body_she_is_taken_to_speak_for():
    a = scan("a.md", "Vell General Hospital said it treated three people from the crash on Ash Street in Vell. Officer "
                     "Tam Orrin said the crash closed Ash Street for two hours.", date="2026-03-02")
    b = scan("b.md", "Officer Tam Orrin said three people were hurt in the crash on Ash Street in Vell.", date="2026-03-02",
             publisher="Vell Ledger")
    claims = build_claims([a, b])
    c = claim_of(claims, "a.md", "three")
    assert c.id == claim_of(claims, "b.md", "three").id
    assert c.verdict == "corroborated", c.explanation


def test_a_towns_police_is_a_named_body_not_a_group_noun():
    a = scan("a.md", "Three people were wounded outside the Copper Lamp bar on Ash Street in Vell, Vell police said.",
             date="2026-03-02")
    b = scan("b.md", "Vell General Hospital said it treated three people wounded outside the Copper Lamp bar on Ash "
                     "Street.", date="2026-03-02", publisher="Vell Ledger")
    claims = build_claims([a, b])
    c = claim_of(claims, "a.md", "Three")
    assert c.id == claim_of(claims, "b.md", "three").id
    assert c.verdict == "corroborated" and "vell-police" in c.origins, c.explanation
    from attrib.claims import Origins
    from _report_helpers import claimant, make_doc

    d = make_doc("---\ndate: '2026-03-02'\n---\nLocal police said three people were hurt.\n", "c.md", [],
                 [claimant("local-police", "Local police", type="collective")])
    assert "local-police" in Origins([d]).generic


def test_of_them_may_refer_to_the_paragraph_before():
    d = scan("a.md", "The owner of the store on Ash Street in Vell said three men took part in the robbery, not two "
                     "robbers.\n\n\"There were three of them, and they were armed,\" she said.")
    figs = [f for f in d.figures if f.is_figure]
    three_men, three = figs[0], figs[-1]
    assert three.text.startswith("three") and three.start > d.text.index("There")
    assert figure_measure(d, three)[0].thing == figure_measure(d, three_men)[0].thing is not None


def test_a_definite_numeral_joins_the_count_it_refers_to_even_in_its_sentence():
    d = scan("a.md", "The owner of the store on Ash Street in Vell said three men took part in the robbery, Sgt. Ada "
                     "Kell said.\n\n\"There were three of them, and the police need to find all three,\" the owner said.")
    claims = build_claims([d])
    figs = [f for f in d.figures if f.is_figure and f.text.startswith("three")]
    assert len(figs) == 3
    ids = {c.id for c in claims for m in c.members if m.figure in figs}
    assert len(ids) == 1, [(m.figure.text, c.id) for c in claims for m in c.members]


def test_those_searched_for_are_sought_not_the_dead():
    a = scan("a.md", "Two people were killed at a party on Ash Street in Vell late Saturday, Vell police said. Police "
                     "are looking for two suspects who ran toward Orrin Road.", date="2026-03-07")
    b = scan("b.md", "Two men were killed at a house party on Ash Street in Vell, Officer Tam Rusk of the Vell Police "
                     "Department said. Detectives were searching for two men seen running from the house toward Orrin "
                     "Road, Rusk said.", date="2026-03-07", publisher="Vell Ledger")
    claims = build_claims([a, b])
    assert _measure(b, "two men").event == "sought"
    sought = claim_of(claims, "b.md", "two men")
    assert sought.id == claim_of(claims, "a.md", "two suspects").id
    assert sought.id != claim_of(claims, "a.md", "Two people").id


def test_a_bare_police_is_her_police_though_her_body_is_known_from_another_article():
    a = scan("a.md", "Two people were killed at a party on Ash Street in Vell late Saturday, Vell police said.\n\n"
                     "Lt. Ada Kell said officers found the victims in the backyard.", date="2026-03-07")
    b = scan("b.md", "The shooting on Ash Street in Vell left two people dead, Vell police Lt. Ada Kell said.\n\n"
                     "Police said the two suspects were last seen on Orrin Road.", date="2026-03-08",
             publisher="Vell Ledger")
    claims = build_claims([a, b])
    m = next(m for c in claims for m in c.members if m.doc.path == "b.md" and "suspects" in m.figure.text)
    assert m.claimant == "ada-kell" and any("[origin-official]" in s for s in m.steps), (m.claimant, m.steps)


def test_a_town_alone_around_an_officers_name_picks_none_of_its_bodies():
    from attrib.claims import Origins
    from attrib.model import Span
    from _report_helpers import claimant, make_doc

    text = ("---\ndate: '2026-03-02'\n---\nVell General Hospital said it treated three people. Vell Lt. Ada Kell said "
            "three people were hurt.\n")
    kell = claimant("ada-kell", "Ada Kell", affiliation=["Vell"], type="person")
    d = make_doc(text, "a.md", [], [claimant("vell-general-hospital", "Vell General Hospital"), kell])
    at = d.text.index("Lt. Ada Kell")
    kell.mentions = [Span("Lt. Ada Kell", at, at + len("Lt. Ada Kell"))]
    assert "vell-general-hospital" not in Origins([d]).up.get("ada-kell", set())


# ---- a place inside a story: one flood, two towns ------------------------------------------------------

_FLOOD_A = ("The Carran River flooded Brennick and Olmsby on Tuesday. About 300 Brennick residents were evacuated, the "
            "Marlow County Office of Emergency Management said.\n\nIn Olmsby, 450 homes were damaged, the county office "
            "said.")
_FLOOD_B = ("Floodwater from the Carran River reached Olmsby and Brennick on Tuesday. About 320 Olmsby residents were "
            "evacuated, Mayor Tessa Quill of Olmsby said.\n\nShe said 450 homes were damaged in Brennick.")


def _places(docs):
    from attrib.claims import measure_documents

    got = measure_documents(docs)
    return {(d.path, f.text.split()[0] if f.text[:1].isdigit() else f.text.split()[1]): got[(d.path, f.start, f.end)][0].place
            for d in docs for f in d.figures if f.is_figure}


def test_a_place_named_with_the_counted_noun_is_part_of_the_measure():
    a = scan("a.md", _FLOOD_A, date="2026-04-14")
    b = scan("b.md", _FLOOD_B, date="2026-04-14", publisher="Olmsby Star")
    assert _measure(a, "450").place == "olmsby"  # "In Olmsby, 450 homes ...": a place the article names
    assert _measure(a, "300").place is None  # "Brennick" follows no place preposition in a.md ...
    places = _places([a, b])
    assert places[("a.md", "300")] == "brennick"  # ... but b.md names it so: "300 Brennick residents"
    assert places[("b.md", "320")] == "olmsby"
    assert places[("b.md", "450")] == "brennick"  # "... 450 homes were damaged in Brennick"
    # a place in the speaker's title is no place of the figure
    q = scan("q.md", "Floods hit Olmsby and Brennick. Mayor Tessa Quill of Olmsby said 40 roads were closed in the "
                     "county.", date="2026-04-14")
    assert _places([a, b, q])[("q.md", "40")] is None
    claims = build_claims([a, b])
    assert claim_of(claims, "a.md", "300").id != claim_of(claims, "b.md", "320").id
    assert claim_of(claims, "a.md", "450").id != claim_of(claims, "b.md", "450").id
    assert not any(c.verdict == "corroborated" for c in claims)
    # two towns' counts are no rival counts of one thing
    assert not claim_of(claims, "a.md", "300").contradicted_by


def test_one_towns_count_joins_across_articles_and_rival_counts_of_it_contradict():
    a = scan("a.md", _FLOOD_A, date="2026-04-14")
    c = scan("c.md", "The Carran River crested on Wednesday in Brennick and Olmsby. Some 300 residents of Brennick were "
                     "evacuated, Mayor Tessa Quill said.", date="2026-04-15", publisher="Marlow Daily")
    d = scan("d.md", "The Carran River flooded Brennick and Olmsby on Tuesday. Mayor Tessa Quill said 450 Olmsby "
                     "residents had been evacuated.", date="2026-04-14", publisher="Olmsby Star")
    e = scan("e.md", "Water from the Carran River covered Olmsby and Brennick. The Marlow County Office of Emergency "
                     "Management said 320 Olmsby residents were evacuated.", date="2026-04-14", publisher="Marlow Daily")
    assert _measure(c, "300").place == "brennick"  # "residents of Brennick" ("in Brennick and Olmsby" names it)
    claims = build_claims([a, c, d, e])
    assert claim_of(claims, "a.md", "300").id == claim_of(claims, "c.md", "300").id
    four, three = claim_of(claims, "d.md", "450"), claim_of(claims, "e.md", "320")
    assert three.id in four.contradicted_by and four.id in three.contradicted_by


def test_a_count_that_names_no_place_adds_no_origin_to_a_towns_count():
    a = scan("a.md", _FLOOD_A, date="2026-04-14")
    b = scan("b.md", "The Carran River flooded homes in Olmsby and Brennick on Tuesday, and about 300 residents were evacuated, "
                     "Mayor Tessa Quill of Olmsby said.", date="2026-04-14", publisher="Olmsby Star")
    claims = build_claims([a, b])
    assert claim_of(claims, "a.md", "300").verdict != "corroborated"
    assert claim_of(claims, "b.md", "300").verdict != "corroborated"


# ---- one body under a bare noun and its officer -----------------------------------------------------

def test_a_fire_marshal_under_a_bare_fire_department_is_the_named_departments():
    a = scan("a.md", "One person died and two others were taken to a hospital after a fire on Kell Row early Friday, "
                     "the Dask Fire Department said.", date="2026-03-06")
    b = scan("b.md", "The fire department said one person died in the Kell Row fire and two people were hurt.\n\n"
                     "Fire Marshal Ina Voss said Saturday that the fire started in a space heater.", date="2026-03-07",
             publisher="Dask Ledger")
    c = scan("c.md", "A second person has died after the Kell Row fire in Dask, fire officials said Sunday.\n\n"
                     "\"Two people are gone from one family,\" Fire Marshal Ina Voss said.", date="2026-03-08",
             publisher="Valley Wire")
    claims = build_claims([a, b, c])
    hurt = claim_of(claims, "b.md", "two people")
    assert hurt.verdict != "corroborated", hurt.explanation


def test_a_count_that_names_no_owner_adds_no_origin_where_the_story_names_two_owners():
    a = scan("a.md", "Fighting near Dravik went on for a third day. The Ukrainian Defence Ministry said 40 Russian "
                     "soldiers were killed near Dravik on Monday, and 12 Ukrainian soldiers were wounded.",
             date="2026-04-14")
    b = scan("b.md", "Fighting near Dravik went on for a third day on Monday. Analyst Mira Holt of the Tessel Institute "
                     "said about 40 soldiers were killed near Dravik.", date="2026-04-14", publisher="Tessel Post")
    claims = build_claims([a, b])
    assert _measure(a, "40").owner and _measure(b, "40").owner is None
    assert claim_of(claims, "b.md", "40").verdict != "corroborated"
    assert claim_of(claims, "a.md", "40").verdict != "corroborated"


def test_a_count_without_an_event_guesses_none_when_its_story_has_that_count_under_two_events():
    a = scan("a.md", "One person died and two people were hurt in a fire on Kell Row in Dask early Friday, the Dask Fire "
                     "Department said.", date="2026-03-06")
    b = scan("b.md", "A second person has died after the Kell Row fire in Dask, raising the death toll to two, the Dask "
                     "Fire Department said Sunday.\n\n\"Two people are gone from one family,\" Fire Chief Ina Voss said.",
             date="2026-03-08", publisher="Dask Ledger")
    assert _measure(b, "Two people").event is None
    claims = build_claims([a, b])
    # two hurt (Friday) or two dead (Sunday)? The figure does not say: it joins neither
    assert claim_of(claims, "b.md", "Two people").id != claim_of(claims, "a.md", "two people").id
    # with one event for that count in the story, the guess stands (the same origin: no corroboration)
    c = scan("c.md", "Two people were still staying with relatives on Saturday after the Kell Row fire in Dask, the "
                     "Dask Fire Department said.", date="2026-03-07", publisher="Dask Ledger")
    assert _measure(c, "Two people").event is None
    claims = build_claims([a, c])
    assert claim_of(claims, "c.md", "Two people").id == claim_of(claims, "a.md", "two people").id


def test_a_toll_set_last_month_or_some_time_ago_is_another_event():
    past = {
        "A shooting on Ash Street last month killed two people, police said.": "in february",
        "Two people were killed in a shooting on Ash Street last year, police said.": "in 2025",
        "A year ago, two people died in a shooting at the same bar, police said.": "in 2025",
        "Two months ago, two people were wounded in a shooting on Orrin Road.": "in january",
        "The previous month, two people were stabbed outside the same bar.": "in february",
        "Four weeks ago, two people were shot on Ash Street, Lt. Ada Kell said.": "in february",
    }
    for text, period in past.items():
        d = scan("a.md", text, date="2026-03-20")
        f = next(f for f in d.figures if f.is_figure)
        assert (figure_measure(d, f)[0].period or None) == period, text
    d = scan("a.md", "Shootings in Vell killed 12 people this year, police said; nine people were killed in shootings a "
                     "year earlier.", date="2026-03-20")
    assert _measure(d, "12").period == "" and _measure(d, "nine").period == "in 2025"
    # the article's own incident, and an earlier one of the same month, are no other month's
    for text in ("Two people were killed on Saturday in a shooting on Ash Street, police said.",
                 "A week ago, two people were shot on Ash Street, Lt. Ada Kell said.",
                 "Two people were killed in a shooting on Ash Street last weekend, police said.",
                 "Police said the two people killed last Saturday were brothers."):
        d = scan("a.md", text, date="2026-03-20")
        f = next(f for f in d.figures if f.is_figure)
        assert figure_measure(d, f)[0].period == "", text


def test_rival_crowd_counts_of_police_and_organisers_contradict():
    a = scan("a.md", "About 400 people marched from the Dask Town Green to City Hall on Sunday to demand safer bike "
                     "lanes, Dask police said.", date="2026-05-03")
    b = scan("b.md", "Organisers of Sunday's march in Dask, the cycling group Spoke Alliance, said 1,200 people joined "
                     "the march from the Dask Town Green to City Hall.", date="2026-05-03", publisher="Dask Ledger")
    c = scan("c.md", "Police estimated the crowd at the Dask Town Green march at about 400 on Sunday.", date="2026-05-04",
             publisher="Dask Star")
    assert _measure(a, "400").event == "attended" and _measure(b, "1,200").event == "attended"
    assert _measure(c, "400").thing == "people"  # "the crowd"
    e = scan("e.md", "About 400 people gathered on the Dask Town Green on Sunday.", date="2026-05-03")
    assert _measure(e, "400").event == "attended"
    claims = build_claims([a, b, c])
    police, organisers = claim_of(claims, "a.md", "400"), claim_of(claims, "b.md", "1,200")
    assert organisers.id in police.contradicted_by and police.id in organisers.contradicted_by
    # "took part" is no turnout ("three men took part in the robbery"), nor is being in a crowd
    d = scan("d.md", "The owner said three men took part in the robbery on Orrin Road. Police said two people in the "
                     "crowd were hurt.", date="2026-05-03")
    assert _measure(d, "three").event != "attended" and _measure(d, "two").event == "wounded"


def test_killing_and_wounding_say_what_happened():
    d = scan("a.md", "A gunman opened fire outside the Lark Inn on Ash Street, killing one man and wounding three "
                     "others, police said. Someone fired into a crowd outside the bar, injuring four people.")
    assert _measure(d, "one man").event == "killed"
    assert _measure(d, "three").event == "wounded"
    assert _measure(d, "four").event == "wounded"  # not "launched" from "fired"


def test_one_fatally_is_a_death_and_a_light_verb_finds_its_event_past_the_noun_phrase():
    d = scan("a.md", "Three people were shot, one fatally, outside the Lark Inn on Ash Street late Friday, police said. "
                     "Officers found two men suffering from gunshot wounds on Orrin Road.")
    one = _measure(d, "one fatally")
    assert one.event == "killed" and one.thing != "fatally"
    assert _measure(d, "Three").event == "shot"
    assert _measure(d, "two men").event == "shot"  # not "casualties" from "suffering"


def test_taken_to_a_named_hospital_is_wounded():
    d = scan("a.md", "One victim was pronounced dead at the scene, and two others were taken to Vell General Hospital, "
                     "police said. A third man was rushed to St. Adela Medical Center.")
    assert _measure(d, "two others").event == "wounded"
    assert _measure(d, "One victim").event == "killed"


def test_a_toll_dated_before_its_story_began_is_another_event():
    a = scan("a.md", "Two people were killed in a shooting outside the Lark Inn on Ash Street in Vell on Saturday, Vell "
                     "police said.", date="2026-03-21")
    b = scan("b.md", "Two people were killed outside the Lark Inn on Ash Street in Vell on Saturday, Vell General "
                     "Hospital said.\n\nIt was the second shooting near the Lark Inn this year. On Feb. 12, two people "
                     "were killed on Ash Street, according to county records.", date="2026-03-22",
             publisher="Vell Ledger")
    c = scan("c.md", "A man was charged on Tuesday in the March 21 shooting outside the Lark Inn on Ash Street in Vell "
                     "that killed two people, Vell police said.", date="2026-03-25", publisher="Vell Star")
    claims = build_claims([a, b, c])
    tonight = claim_of(claims, "a.md", "Two people")
    assert claim_of(claims, "b.md", "Two people").id == tonight.id
    feb = [m for cl in claims for m in cl.members if m.doc.path == "b.md" and m.figure.start > b.text.index("Feb. 12")]
    assert feb and all(m.measure.period == "in february" for m in feb), [m.steps for m in feb]
    assert all(cl.id != tonight.id for cl in claims for m in cl.members if m in feb)
    # dated within days of the story's first article: the story's own incident
    assert claim_of(claims, "c.md", "two people").id == tonight.id


def test_a_toll_of_two_weeks_ago_is_dated_so_and_is_another_event():
    a = scan("a.md", "Two people were shot outside the Anchor Tap on Ferris Avenue in Harlow early Saturday, the Harlow "
                     "Police Department said.\n\nTwo weeks ago, two people were killed at a block party on Mercer "
                     "Street, less than a mile away.", date="2027-06-20")
    claims = build_claims([a])
    past = claim_of(claims, "a.md", "two people")
    assert past.id != claim_of(claims, "a.md", "Two people").id
    m = next(m for m in past.members if m.figure.text == "two people")
    assert m.date.isoformat() == "2027-06-06" and m.measure.period == "in june", m.steps
    # "last week" may still be the story's own incident: dated, but no other event
    b = scan("b.md", "Two people were shot outside the Anchor Tap on Ferris Avenue in Harlow last week, police said.",
             date="2027-06-20")
    m = claim_of(build_claims([b]), "b.md", "Two people").members[0]
    assert m.date.isoformat() == "2027-06-13" and m.measure.period == ""


def test_a_sentence_naming_two_earlier_incidents_gives_each_figure_its_own_conjuncts():
    a = scan("a.md", "Two people were killed at a block party on Mercer Street in Harlow late Saturday, the Harlow "
                     "Police Department said. Three others were wounded, Sgt. Dana Whitlow said.\n\nLast month, one man "
                     "was shot on Ferris Avenue.", date="2027-06-06")
    b = scan("b.md", "Two people were wounded outside the Anchor Tap bar on Ferris Avenue in Harlow on Saturday, "
                     "Harlow police said.", date="2027-06-20", publisher="Channel 9")
    c = scan("c.md", "One man was killed near Brant Park on Thursday night, Lt. Omar Keene said. Keene said officers "
                     "found Teo Varga, 31, beside the Brant Park fountain on Linwood Road. St. Ives Medical Center said "
                     "a second man, 45, was treated for a cut.\n\nIn June, two people were killed at a block party on "
                     "Mercer Street and two were wounded outside a Ferris Avenue bar.", date="2027-07-04",
             publisher="Harlow Daily")
    claims = build_claims([a, b, c])
    june = [m for cl in claims for m in cl.members if m.doc.path == "c.md" and m.figure.start > c.text.index("In June")]
    killed = next(m for m in june if "people" in m.figure.text)
    wounded = next(m for m in june if m is not killed)
    # the first conjunct names Mercer Street, which only the block party's story names: that story's toll
    assert claim_of(claims, "a.md", "Two people").id == next(cl.id for cl in claims if killed in cl.members)
    # the second names Ferris Avenue, which two stories name: no guess (never the block party's story)
    assert not any("[event-mention]" in x for x in wounded.steps), wounded.steps
    assert any("[event-mention]" in x for x in killed.steps)


# ---- crash and fire reports: what befalls people and what befalls things ----------------------------------------

def test_a_count_of_things_takes_no_event_that_befalls_people_and_people_none_that_befalls_things():
    # rule measure-object: hospitals are not wounded, people are not destroyed
    a = scan("a.md", "All nine injured were taken to two hospitals, Chief Rhea Dunn said.", date="2028-02-03")
    assert _measure(a, "two hospitals").event is None
    b = scan("b.md", "Two residents of a house the fire gutted were recovering on Sunday, fire officials said.",
             date="2028-02-03")
    assert _measure(b, "Two residents").event == "wounded"
    c = scan("c.md", "Officers found 12 shell casings near the man who was killed, police said.", date="2028-02-03")
    assert _measure(c, "12").event is None
    # a noun neither list knows may take any event; living things are not objects
    d = scan("d.md", "Three motorcyclists were killed and 40 cattle died in the crash, troopers said.",
             date="2028-02-03")
    assert _measure(d, "Three").event == "killed" and _measure(d, "40").event == "killed"


def test_a_verb_and_the_phrase_after_the_figure_say_together_what_happened():
    # rule measure-frame: "sent [three people] to the hospital" is no deployment; "pulled [six people] from ..." a rescue
    a = scan("a.md", "The crash killed two and sent three people to the hospital, Sgt. Lena Ortt said. Firefighters "
                     "pulled six people from balconies, Chief Rhea Dunn said.", date="2028-02-03")
    assert _measure(a, "three people").event == "wounded"
    assert _measure(a, "six people").event == "rescued"
    b = scan("b.md", "Troopers took two men into custody after the chase, the patrol said.", date="2028-02-03")
    assert _measure(b, "two men").event == "arrested"


def test_a_subject_whose_predicate_says_nothing_takes_no_event_of_an_earlier_conjunct():
    a = scan("a.md", "One resident died and about 50 people were left without a place to stay after the fire, the "
                     "Orlen Fire Department said.", date="2028-02-03")
    assert _measure(a, "50").event == "fled"
    b = scan("b.md", "One man died and four people were at home at the time, the sheriff said.", date="2028-02-03")
    assert _measure(b, "four people").event is None


def test_where_people_were_yields_to_what_befell_them():
    a = scan("a.md", "Two people in the car were killed, deputies said.", date="2028-02-03")
    assert _measure(a, "Two people").event == "killed"
    b = scan("b.md", "Deputy Ana Rook said the three people in the car were wearing seat belts. Police said 23 "
                     "passengers were on the bus.", date="2028-02-03")
    assert _measure(b, "three").event == "aboard" and _measure(b, "23").event == "aboard"
    # ... but a verb before the figure is its own: "a boat carrying seven people flipped" counts those aboard
    c = scan("c.md", "A man drowned when a boat carrying seven people flipped on Lake Orr, authorities said.",
             date="2028-02-03")
    assert _measure(c, "seven").event == "aboard"


def test_a_unit_the_scan_carried_over_yields_to_the_figures_own_clause():
    # rule measure-carried: "killing one and injuring two": the two were injured, whatever unit the scan carried over
    a = scan("a.md", "A pickup and a sedan collided, killing one and injuring two, the patrol said.", date="2028-02-03")
    two = next(f for f in a.figures if f.is_figure and f.text == "two")
    assert figure_measure(a, two)[0].event == "wounded"
    b = scan("b.md", "The crash involved three cars, and two were killed, police said.", date="2028-02-03")
    two = next(f for f in b.figures if f.is_figure and f.text == "two")
    m = figure_measure(b, two)[0]
    assert (m.thing, m.event) == (None, "killed")  # the two are no cars


def test_a_word_of_a_longer_name_is_no_owner():
    # rule owner-name: "American Red Cross" names a body, not whose the residents are
    a = scan("a.md", "The American Red Cross said it was assisting about 50 residents.", date="2028-02-03")
    assert _measure(a, "50").owner is None
    b = scan("b.md", "American officials said 12 people were evacuated.", date="2028-02-03")
    assert _measure(b, "12").owner == "american"


def test_the_n_victims_refer_to_the_count_before_a_role_of_its_own_does_not():
    # rule measure-definite: "the two victims" (a noun that refers) are the two killed; "the two passengers" a count of
    # their own, and "the three people" never the "three times" the car rolled
    a = scan("a.md", "A fire killed two people in a duplex on Orr Lane, the Tarn Fire Department said. Firefighters "
                     "found the two victims in a back bedroom, Chief Rhea Dunn said.", date="2028-02-03")
    victims = next(f for f in a.figures if f.is_figure and "victims" in f.text)
    assert figure_measure(a, victims)[0].event == "killed"
    claims = build_claims([a])
    assert claim_of(claims, "a.md", "two people").id == claim_of(claims, "a.md", "two victims").id
    b = scan("b.md", "Two people were killed in the crash, police said. The hospital said the two passengers had been "
                     "released.", date="2028-02-03")
    assert _measure(b, "two passengers").event != "killed"
    c = scan("c.md", "Deputy Ana Rook said the car rolled three times. Rook said the three people in the car were "
                     "wearing seat belts.", date="2028-02-03")
    assert _measure(c, "three people").thing == "people"


def test_a_compound_counts_its_noun():
    a = scan("a.md", "Three people were hurt in a two-vehicle crash on Elm Road, deputies said.", date="2028-02-03")
    assert _measure(a, "two-vehicle").thing == "vehicle"


def test_words_of_crash_and_fire_reports():
    said = {
        "The fire left 14 residents without a place to stay, the chief said.": "fled",
        "The crash claimed the lives of two people, police said.": "killed",
        "Two pedestrians were struck and killed on Main Street, police said.": "killed",
        "A car struck two pedestrians on Main Street, police said.": "struck",
        "Two people were taken by ambulance to the hospital, fire officials said.": "wounded",
        "One person was airlifted to a trauma center, police said.": "wounded",
        "Two people were found dead inside the home, firefighters said.": "killed",
    }
    for text, event in said.items():
        d = scan("a.md", text, date="2028-02-03")
        f = next(f for f in d.figures if f.is_figure)
        assert figure_measure(d, f)[0].event == event, (text, figure_measure(d, f))


def test_a_count_of_people_displaced_and_a_count_set_beside_it_that_names_no_event_are_rivals():
    # relate-rival: a state of people (displaced) may meet a count that names no event; what befalls them never does
    a = scan("a.md", "The fire on Orr Lane in Tarn displaced 14 residents, the Tarn Fire Department said. The Red Cross "
                     "said it was helping 22 people from the building.", date="2028-02-03")
    claims = build_claims([a])
    assert claim_of(claims, "a.md", "22").id in claim_of(claims, "a.md", "14").contradicted_by
    b = scan("b.md", "The fire on Orr Lane in Tarn killed two people, the Tarn Fire Department said. The Red Cross "
                     "said it was helping 22 people from the building.", date="2028-02-03")
    claims = build_claims([b])
    assert not claim_of(claims, "b.md", "two people").contradicted_by
