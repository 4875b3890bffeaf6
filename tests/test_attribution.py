"""The attribution engine, one construction at a time (our own sentences, not published text).

Each test names the rule it pins; the rule names appear in every figure's explanation.
"""
import pytest

import attrib


def who(text, token):
    """(claimant name, status, rule) of the figure whose text contains ``token``."""
    doc = attrib.scan_text(text)
    names = {c.id: c.name for c in doc.claimants}
    rules = {s.id: s.rule for s in doc.statements}
    for f in doc.figures:
        if token in f.text and f.is_figure:
            return names.get(f.claimant), f.status, rules.get(f.statement)
    raise AssertionError(f"no figure {token!r} in {[f.text for f in doc.figures]}")


def claimant(doc, name):
    return next(c for c in doc.claimants if c.name == name)


# --- verbs ---------------------------------------------------------------------------------

def test_subject_verb_that():
    assert who("The Harbour Authority said that 45 vessels were damaged.", "45")[:2] == ("Harbour Authority", "attributed")


def test_trailing_cue_covers_what_comes_before():
    name, status, rule = who("At least 300 homes were destroyed, the Flood Relief Agency said on Monday.", "300")
    assert (name, status) == ("Flood Relief Agency", "attributed")
    assert rule.startswith("trailing")


def test_inverted_trailing_cue_with_role_and_affiliation():
    doc = attrib.scan_text("Some 2,000 people were evacuated, said Maria Lopez, a spokeswoman for the Coastal Guard Service.")
    f = [f for f in doc.figures if f.is_figure][0]
    assert claimant(doc, "Maria Lopez").id == f.claimant
    assert claimant(doc, "Maria Lopez").affiliation == ["Coastal Guard Service"]


def test_reported_with_direct_object():
    assert who("The Water Board reported 12 burst mains overnight.", "12")[0] == "Water Board"


def test_put_the_toll_at():
    assert who("The Ember Valley Fire Service put the number of homes lost at 1,150.", "1,150")[0] == "Ember Valley Fire Service"


def test_a_verb_that_takes_an_object_is_no_cue():
    # "added 56,000 jobs" is arithmetic, not speech
    assert who("Revisions added a combined 56,000 jobs to earlier months.", "56,000")[1] == "unsourced"


def test_passive_reporting_verb_names_nobody():
    assert who("Total losses are estimated at around 4,000 soldiers.", "4,000")[1] == "vague"


def test_negated_verb_is_no_statement():
    assert who("The Harbour Authority did not say whether 12 ships sank.", "12")[1] == "unsourced"


def test_parenthetical_cue_covers_the_whole_sentence():
    text = "The Harbour Authority said the port was closed. The ship cost $65 million, it said, and carried 80 crew."
    assert who(text, "80")[0] == "Harbour Authority"


def test_coordinated_verb_takes_the_sentence_subject():
    text = "The Northern Command did not confirm the loss but said its units had destroyed five boats."
    assert who(text, "five")[0] == "Northern Command"


# --- according to, per, citing, nominal sources ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Rescue teams have recovered 112 bodies, according to the Interior Ministry.",
    "According to the Interior Ministry, rescue teams have recovered 112 bodies.",
    "Per the Interior Ministry, rescue teams have recovered 112 bodies.",
])
def test_according_to_and_per_in_either_position(text):
    assert who(text, "112")[:2] == ("Interior Ministry", "attributed")


def test_per_cent_is_no_cue():
    assert who("Prices rose 4 per cent in May.", "4")[1] == "unsourced"


def test_according_to_a_post_by():
    assert who("Over 900 sailors were rescued, according to a post by the Coastal Guard Service on Friday.", "900")[0] \
        == "Coastal Guard Service"


def test_relay_citing_gives_the_origin_and_keeps_the_relay():
    doc = attrib.scan_text("Reuters reported, citing Westland officials, that 40 drones were shot down.")
    f = [f for f in doc.figures if f.is_figure][0]
    st = next(s for s in doc.statements if s.id == f.statement)
    names = {c.id: c.name for c in doc.claimants}
    assert names[f.claimant] == "Westland officials"
    assert [names[r] for r in st.relays] == ["Reuters"]


def test_fronted_citing():
    text = "Citing the Flood Warning Centre, the Valley Tribune said water stood above the danger mark at 12 stations."
    assert who(text, "12")[0] == "Flood Warning Centre"


def test_quoted_as_saying():
    text = "The news agency TASS quoted the Northern Command as saying 20 drones were destroyed."
    assert who(text, "20")[0] == "Northern Command"


def test_number_inside_the_source_is_no_figure():
    doc = attrib.scan_text("Reuters reported, citing two Westland officials, that 40 drones were shot down.")
    assert [f.text for f in doc.figures if f.is_figure] == ["40 drones"]


def test_possessive_document():
    text = "Dana Ruiz confirmed the Harbour Authority's tally of 1,000 damaged boats."
    assert who(text, "1,000")[0] == "Harbour Authority"


def test_a_report_by():
    assert who("A report by the Coastal Guard Service found that 87 sailors were missing.", "87")[0] == "Coastal Guard Service"


def test_passive_agent():
    text = "Her campaign raised $31 million, well ahead of the $11 million reported by Senator Glen Hask."
    assert who(text, "$11 million")[0] == "Glen Hask"


def test_organisation_naming_a_poll():
    assert who("A Marlow poll released last week had the mayor at 48% among likely voters.", "48%")[0] == "Marlow"


# --- quotations ------------------------------------------------------------------------------

def test_multi_sentence_quote_attributed_after_the_last_sentence():
    text = '"The enemy lost 1,200 men in a day. They also lost 14 tanks," the Northern Command said.'
    assert who(text, "1,200")[0] == "Northern Command"
    assert who(text, "14")[0] == "Northern Command"


def test_quote_continues_after_its_attribution_in_the_same_paragraph():
    text = "\u201cWe lost 30 boats,\u201d the Harbour Authority said. \u201cAnd 12 more are missing.\u201d"
    assert who(text, "12")[:3] == ("Harbour Authority", "attributed", "quote-continues")


def test_quote_continued_into_the_next_paragraph():
    text = ("The Harbour Authority said: \u201cWe lost 30 boats on the first night.\n\n"
            "\u201cBy morning another 12 had sunk.\u201d\n")
    assert who(text, "12")[0] == "Harbour Authority"


def test_colon_quote_and_dash_quote():
    assert who('Maria Lopez: "We have evacuated 2,000 people."', "2,000")[0] == "Maria Lopez"
    assert who('"We have evacuated 2,000 people." \u2014 Maria Lopez', "2,000")[0] == "Maria Lopez"


def test_blockquote_signed_on_the_next_line():
    text = '> "Growth of 173,000 jobs a month keeps unemployment steady."\n> \u2014 Dana Ruiz, chief economist at Keel Analytics\n'
    doc = attrib.scan_text(text)
    assert who(text, "173,000")[0] == "Dana Ruiz"
    assert claimant(doc, "Dana Ruiz").affiliation == ["Keel Analytics"]


def test_vague_cue_inside_an_attributed_quote_keeps_the_speaker():
    text = '"Losses are estimated at 39,900," the Northern Command said.'
    assert who(text, "39,900")[:2] == ("Northern Command", "attributed")


def test_scare_quotes_and_unbalanced_quotes_do_not_derail():
    text = 'The so-called "special operation" has cost 300 lives, the Harbour Authority said. He said "nothing.'
    assert who(text, "300")[0] == "Harbour Authority"


# --- lists -------------------------------------------------------------------------------------

def test_list_introduced_by_an_attributed_line():
    text = ("The Northern Command listed the equipment destroyed:\n\n"
            "- 131 tanks\n- 689 armoured vehicles\n\nThe weather was cold.\n")
    assert who(text, "131")[0] == "Northern Command"
    assert who(text, "689")[0] == "Northern Command"


# --- anaphora ------------------------------------------------------------------------------------

def test_the_report_refers_to_the_latest_organisation():
    text = ("The Northern Command reported on Monday. Meanwhile, the war went on, Bloomberg reported.\n\n"
            "According to the report, 150,000 people fled.")
    assert who(text, "150,000")[0] == "Bloomberg"


def test_pronouns_refer_to_the_latest_compatible_claimant():
    text = ("Maria Lopez, a spokeswoman for the Coastal Guard Service, said the port had closed. "
            "She said 40 boats sank.")
    assert who(text, "40")[0] == "Maria Lopez"


def test_the_agency_and_the_ministry():
    text = "The Harbour Authority said 5 ships sank. The agency said 12 more were damaged."
    assert who(text, "12")[0] == "Harbour Authority"


def test_unresolved_pronoun_is_vague_not_a_guess():
    assert who("He said the company had cut 1,200 jobs.", "1,200")[1] == "vague"


def test_description_with_no_antecedent_names_its_own_claimant():
    assert who("At least 300 homes were destroyed, the regional governor said on Monday.", "300")[0] == "regional governor"


def test_possessive_description():
    text = "Laura Bishop raised $31 million, her campaign said on Tuesday."
    assert who(text, "$31 million")[0] == "Laura Bishop's campaign"


# --- persons, roles, affiliations ----------------------------------------------------------------

def test_person_split_from_role_and_affiliation():
    doc = attrib.scan_text("Bota Kessel, a senior analyst at the strategic intelligence firm Rivet, said 40 jets took off.")
    c = claimant(doc, "Bota Kessel")
    assert c.affiliation == ["Rivet"] and not c.registered


def test_title_and_organisation_before_a_name():
    doc = attrib.scan_text("Harbour Authority spokesman John Reyes said 8,000 crates were lost.")
    assert who("Harbour Authority spokesman John Reyes said 8,000 crates were lost.", "8,000")[0] == "John Reyes"
    assert claimant(doc, "John Reyes").affiliation == ["Harbour Authority"]


def test_role_then_name_in_commas():
    text = "The authority's chief engineer, Tom Alvaro, told reporters that 1.2 million homes lost power."
    assert who(text, "1.2 million")[0] == "Tom Alvaro"


def test_surname_refers_to_the_person_named_before():
    text = "Dana Ruiz, a researcher at Keel Analytics, said trade had slowed. Ruiz said 12 ports had closed."
    doc = attrib.scan_text(text)
    assert who(text, "12")[0] == "Dana Ruiz"
    assert len([c for c in doc.claimants if "Ruiz" in c.name]) == 1


def test_registry_claimant_is_registered_with_its_grade():
    doc = attrib.scan_text("The Pentagon said 12,000 troops had arrived.")
    c = doc.claimants[0]
    assert c.id == "us-dod" and c.registered and c.reliability in tuple("ABCDEF")


# --- vague and unsourced -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The strike reportedly killed 12 people.",
    "Sources said 12 soldiers were captured.",
    "It is estimated that 12 fighters remain in the city.",
    "The strike killed 12 people, according to media reports.",
])
def test_vague(text):
    assert who(text, "12")[:2] == (None, "vague")


def test_vague_with_a_described_speaker_keeps_the_phrase_as_unnamed_claimant():
    text = "Around 12 percent of the city has no power, people familiar with the grid said."
    assert who(text, "12")[:2] == ("people familiar with the grid", "vague")


def test_unsourced():
    assert who("The town has a population of 40,000.", "40,000")[:2] == (None, "unsourced")


def test_a_cue_in_another_sentence_does_not_carry_over():
    text = "The Harbour Authority said the port reopened. Moscow sent 12,000 troops to the area."
    assert who(text, "12,000")[1] == "unsourced"


# --- sentences -------------------------------------------------------------------------------------

def test_missing_space_after_full_stop_does_not_merge_sentences():
    text = "The Harbour Authority said 25 cranes fell.The storm also sank 10 boats near the pier."
    assert who(text, "25")[0] == "Harbour Authority"
    assert who(text, "10")[1] == "unsourced"


def test_abbreviations_do_not_end_sentences():
    text = "Gen. Tom Alvaro said on Feb. 6 that 300 vehicles were lost."
    assert who(text, "300")[0] == "Tom Alvaro"


# --- explanations -----------------------------------------------------------------------------------

def test_every_attributed_figure_explains_itself():
    doc = attrib.scan_text("The Harbour Authority issued a report on Monday. The Harbour Authority said 40 ships sank. "
                           "According to the report, 12 more were lost.")
    f = [f for f in doc.figures if "12" in f.text][0]
    text = "\n".join(f.explanation)
    assert "rule according-to" in text
    assert "'the report' refers back to Harbour Authority" in text
    # a report that names no author is a source of its own, and a later "the report" is the same one
    doc = attrib.scan_text("The report said 5 ships sank. According to the report, 12 more were lost.")
    f = [f for f in doc.figures if "12" in f.text][0]
    assert "'the report' is the report named in line 1" in "\n".join(f.explanation)


def test_capitalised_common_noun_opening_a_sentence_is_no_claimant():
    doc = attrib.scan_text("Aid workers said 12 buses ran all night. Shipping agents said 3 ships waited.")
    assert [c.type for c in doc.claimants] == ["unnamed"] * len(doc.claimants)  # no organisation "Aid", "Shipping"
    assert who("Aid workers said 12 buses ran all night.", "12")[1] == "vague"


def test_shortened_name_and_acronym_refer_to_the_claimant_named_in_full():
    text = ("The Lemorian Air Force said 38 drones were launched. 31 were shot down, the Air Force said.\n\n"
            "The Office for Coastal Safety (OCS) said 4 boats sank. OCS also said 9 crew were rescued.")
    doc = attrib.scan_text(text)
    assert [c.name for c in doc.claimants] == ["Lemorian Air Force", "Office for Coastal Safety"]
    assert who(text, "31")[0] == "Lemorian Air Force" and who(text, "9")[0] == "Office for Coastal Safety"


def test_possessive_role_in_apposition():
    text = '"We moved 300 families," Hana Stor, the Coastal Guard Service\'s head of office, told reporters.'
    doc = attrib.scan_text(text)
    assert who(text, "300")[0] == "Hana Stor"
    assert claimant(doc, "Hana Stor").affiliation == ["Coastal Guard Service"]


def test_quotation_split_by_its_attribution():
    text = '"We lost 12 boats," the Harbour Authority said, "and 30 more were damaged."'
    assert who(text, "12")[0] == who(text, "30")[0] == "Harbour Authority"


def test_role_to_an_organisation():
    doc = attrib.scan_text("Ivan Hordo, an adviser to the Office of Coastal Safety, said 40 drones were downed.")
    assert claimant(doc, "Ivan Hordo").affiliation == ["Office of Coastal Safety"]


def test_place_named_description_and_organisation_words():
    assert who("The Selm city council said 12 homes burned.", "12")[0] == "Selm city council"
    doc = attrib.scan_text("The Varnian Millers' Guild said 300 tonnes of flour were lost.")
    assert doc.claimants[0].type is None  # an organisation, not a person


def test_age_in_apposition_is_no_figure_and_keeps_the_subject():
    text = "Smith, 54, told the committee that the office had lost 20,000 laptops."
    assert who(text, "20,000")[0] == "Smith"
    assert [f.kind for f in attrib.scan_text(text).figures if f.text == "54"] == ["age"]


def test_vote_tally_is_two_counts_of_votes():
    doc = attrib.scan_text("The Senate voted 51-49 to approve the measure, and the House passed it 220-212.")
    assert [(f.text, f.value, f.unit) for f in doc.figures if f.is_figure] == [
        ("51", 51, "votes"), ("49", 49, "votes"), ("220", 220, "votes"), ("212", 212, "votes")]


def test_trailing_cue_vs_complement_without_that():
    text = "Dozens of centres were open, and the Harbour Authority said it had closed 12 berths."
    assert who(text, "Dozens")[1] == "unsourced"
    assert who(text, "12")[0] == "Harbour Authority"


def test_indefinite_sources():
    assert who("A Senate aide, speaking on condition of anonymity, said 100 bills had arrived.", "100")[:2] == \
        ("A Senate aide", "vague")
    # a body's unnamed voice is a person of its own, affiliated with the body (one origin with it in claims)
    text = "Keel Outfitters reported a profit. The cuts will affect 300 staff, a company spokesperson said."
    assert who(text, "300")[:2] == ("company spokesperson", "attributed")
    doc = attrib.scan_text(text)
    voice = next(c for c in doc.claimants if c.name == "company spokesperson")
    assert voice.type == "person" and voice.affiliation == ["Keel Outfitters"]
    assert [c.name for c in doc.claimants] == ["Keel Outfitters", "company spokesperson"]
    assert who("A spokesman for the Harbour Authority said 12 cranes fell.", "12")[0] == \
        "spokesman for the Harbour Authority"


def test_documents_and_institutions_as_sources():
    assert who("He faces 14 counts of fraud, according to an indictment unsealed on Monday.", "14")[0] == "indictment"
    doc = attrib.scan_text("He faces 14 counts of fraud, according to an indictment unsealed on Monday.")
    assert doc.claimants[0].type == "document" and doc.figures[0].status == "attributed"
    assert who("The scheme took in $48 million, federal prosecutors said.", "$48 million")[0] == "federal prosecutors"
    assert who("Town A had about 4,000 residents, according to the 2017 census.", "4,000")[0] == "2017 census"


def test_owner_of_a_document_and_agent_of_an_analysis():
    assert who("In Gaines County, 14% of pupils were exempt, the health department's figures show.", "14%")[0] \
        == "health department"
    text = "An analysis of FEC records by OpenLedger, a nonprofit that tracks money, put the share at 41%."
    assert who(text, "41%")[0] == "OpenLedger"


def test_an_infinitive_reporting_verb_states_nothing():
    text = "Dana Ruiz said trade slowed. An official, who was not authorized to brief reporters, said 12,000 troops massed."
    assert who(text, "12,000")[:2] == ("An official", "vague")


def test_explicit_outer_speaker_beats_an_inner_anaphoric_source():
    text = "Keel Outfitters cut jobs. Finance chief Arun Meta said on the call that the company expects costs to rise 40 points."
    assert who(text, "40")[0] == "Arun Meta"


def test_a_promise_inside_an_allegation_is_the_allegation():
    text = "He faces charges, according to an indictment. The indictment alleges that he promised clients returns of 9%."
    assert who(text, "9%")[0] == "indictment"


def test_relative_clause_subject():
    text = "The authors drew on data compiled by the Urban Land Office, which counted 6,200 permits."
    assert who(text, "6,200")[0] == "Urban Land Office"


def test_pronoun_of_an_anonymous_speaker_is_vague():
    text = ("Dana Ruiz said the fire spread fast. One woman, who asked not to be named, said she counted six loud booms.")
    assert who(text, "six")[:2] == ("One woman", "vague")


def test_the_report_prefers_whoever_issued_a_report():
    text = ("A report by the Meridian Institute found rents rose. The Urban Land Office said permits fell. "
            "The report estimates that 3,000 units could be built.")
    assert who(text, "3,000")[0] == "Meridian Institute"


def test_the_hearer_of_told_is_no_speaker():
    text = '"We lost 30 boats," Dana Ruiz, a harbour pilot, told Reuters.'
    assert who(text, "30")[0] == "Dana Ruiz"
    assert who('"We lost 30 boats," told Reuters.', "30")[1] != "attributed"


def test_a_body_within_a_registered_one():
    doc = attrib.scan_text("The UN refugee agency said 1,200 people fled.")
    assert doc.claimants[0].id == "unhcr"


def test_aliases_keep_their_capitals():
    doc = attrib.scan_text("The permits were matched with parcel records from the state Department of Revenue, "
                           "which counted 600 parcels.")
    assert all(c.id != "us-state-dept" for c in doc.claimants)


def test_specific_anaphor_heads_need_a_matching_name():
    text = ("A study by the Halstead Partners firm projected growth. Attendance averaged 51,300, according to the league.")
    assert who(text, "51,300")[0] == "league"


def test_self_standing_bodies_and_their_anaphors():
    text = "Fighting went on. The army said it had killed 62 insurgents, and the front said 54 people were hurt."
    assert who(text, "62")[0] == "army" and who(text, "54")[0] == "front"


def test_anaphor_prefers_a_name_holding_its_head():
    text = ("The Civil Protection Agency said 40 homes burned. The Regional Fire Service said crews were tired. "
            "The agency said 3,150 residents had left.")
    assert who(text, "3,150")[0] == "Civil Protection Agency"


def test_trailing_cue_followed_by_a_participle_with_that():
    text = "The outbreak has sickened more than 3,200 people, the World Health Organization said, warning that it could spread."
    assert who(text, "3,200")[0] == "World Health Organization"


def test_appositions_in_a_row_and_numbers_inside_them():
    assert who("Ana Beaumont, 61, a former state treasurer, told supporters that 60% agree.", "60%")[0] == "Ana Beaumont"
    text = "The Controllers Association, which represents about 20,000 workers, said 77% of members worked overtime."
    assert who(text, "77%")[0] == "Controllers Association"


def test_document_subject_and_anonymous_relay():
    text = "Approval stood at 40%, according to a Lakeshore Research poll. The poll of 1,024 voters has a margin of 3.1 points."
    assert who(text, "1,024")[0] == who(text, "3.1")[0] == "Lakeshore Research"
    text = "An official, speaking on condition of anonymity, said the government believed 12,000 troops had massed."
    assert who(text, "12,000")[:2] == ("An official", "vague")


def test_anaphor_finds_a_body_named_as_a_subject_without_a_cue():
    text = ("The Regional Fire Service said crews were tired. The national civil protection agency gave a higher count. "
            "In an update, the agency said 3,150 residents had left.")
    assert who(text, "3,150")[0] == "national civil protection agency"


def test_long_apposition_after_a_name_and_a_person_of_a_place():
    text = ("Representative Diane Whitlow of Ohio, the top Democrat on the Labor, Health and Human Services "
            "subcommittee, said the bill would cut funding by 9 percent.")
    assert who(text, "9 percent")[0] == "Diane Whitlow"


def test_body_after_a_possessive_and_document_published_in():
    text = ("The Regional Fire Service said crews were tired. The county's Office of Emergency Services put the "
            "number higher. In an alert, the office said orders covered 11,600 households.")
    assert who(text, "11,600")[0] == "Office of Emergency Services"
    text = ("A cholera outbreak spread, the ministry said. The figures, published in the World Health Organization's "
            "weekly bulletin, include 412 new cases.")
    assert who(text, "412")[0] == "World Health Organization"


def test_a_group_is_no_army():
    text = "The army said it had killed 62 insurgents. In a statement, the group said 35 prisoners were taken."
    assert who(text, "35")[0] != "army"


def test_possessive_inside_an_of_name_and_possessor_of_a_campaign():
    text = "The General Staff of Ukraine's Armed Forces said Russia had lost 1,530 troops in a day."
    assert attrib.scan_text(text).claimants[0].id == "ua-general-staff"
    text = ("Laura Bishop raised $31 million, her campaign said. Haskins' campaign said it had 48,000 donors.")
    assert who(text, "48,000")[0] == "Haskins' campaign"


def test_the_body_a_named_spokesperson_speaks_for():
    text = ("Harbour Ministry spokesman Peter Wambo put the toll at 210. "
            "According to the ministry, more than 165,000 people have left their homes.")
    assert who(text, "165,000")[0] == "Harbour Ministry"


def test_surname_of_a_person_named_earlier_without_a_cue():
    doc = attrib.scan_text("Gov. Anna Okafor toured the site on Monday. Okafor said 40 homes were lost.")
    assert [(c.name, c.type) for c in doc.claimants] == [("Anna Okafor", "person")]


def test_party_tag_in_parentheses_is_no_clause_boundary():
    assert who("Sen. Patricia Wynn (D., Ill.) said the courts received $844 million.", "$844 million")[0] == \
        "Patricia Wynn"


def test_according_to_a_descriptor_and_a_name():
    text = "The rate fell to 6.58% last week, according to mortgage-finance company Freddie Mae."
    assert who(text, "6.58%")[0] == "Freddie Mae"


def test_business_description_refers_to_the_company_named_before():
    text = "Halvorn Brands Inc. said profit fell. The Minneapolis company reported net income of $312 million."
    assert who(text, "$312 million")[0] == "Halvorn Brands Inc."


def test_surveyed_by_and_names_with_label_numbers():
    text = "Earnings were 84 cents a share, below the 91 cents analysts surveyed by FactLine had expected."
    assert who(text, "91 cents")[0] == "FactLine"
    doc = attrib.scan_text("About 68% of members approved, the Machinists District 88 said in a statement.")
    assert doc.claimants[0].name == "Machinists District 88"


def test_registered_voters_and_agreed_to_pay_are_no_statements():
    assert who("Ohio has about 8 million registered voters.", "8 million")[1] == "unsourced"
    assert who("Vireo Labs agreed to pay $640 million.", "$640 million")[1] == "unsourced"


def test_more_self_standing_bodies_and_bare_documents_of_a_body():
    assert who("Statewide, 35.5% of students met the standard, the state said.", "35.5%")[0] == "state"
    assert who("Including debt, the deal values Coastal at $5.9 billion, the companies said.", "$5.9 billion")[0] == \
        "companies"
    text = "The Lakeport district said scores rose. Enrollment fell to 33,500, according to district figures."
    assert who(text, "33,500")[0] == "Lakeport district"
    assert who("A petition gathered more than 4,000 signatures, organizers said.", "4,000")[0] == "organizers"


def test_role_apposition_then_another_apposition():
    text = ("Randall Coyne, chief executive of Tremont Homes, a builder based in Dallas, said in an interview "
            "that his company offered incentives on 70 homes.")
    assert who(text, "70")[0] == "Randall Coyne"


def test_titled_surname_joins_the_person_named_in_full():
    text = ('"It worked," said Priya Raman, the lab\'s director. Ms. Raman said 3,000 homes could be built.')
    doc = attrib.scan_text(text)
    assert who(text, "3,000")[0] == "Priya Raman"
    assert [c.name for c in doc.claimants] == ["Priya Raman"]


def test_the_institute_behind_its_lab():
    text = ("Rents rose 31%, according to a report by the Meridian Policy Institute's Housing Lab. "
            "The institute's previous study put the figure at 1.4 points.")
    assert who(text, "1.4")[0] == "Meridian Policy Institute"


def test_citing_between_subject_and_verb():
    assert who("Reuters, citing two Westland officials, said 40 drones were downed.", "40")[0] == "Westland officials"
    # the unnamed origin is the (vague) claimant, the outlet its relay
    doc = attrib.scan_text("Reuters, citing people familiar with the matter, said 40 drones were downed.")
    f = next(f for f in doc.figures if f.is_figure)
    names = {c.id: c.name for c in doc.claimants}
    assert (names[f.claimant], f.status) == ("people familiar with the matter", "vague")
    assert [names[r] for s in doc.statements if s.id == f.statement for r in s.relays] == ["Reuters"]


def test_passive_quoted_as_saying():
    assert who("Mayor Jane Orr was quoted as saying 300 homes were lost.", "300")[0] == "Jane Orr"


def test_implicit_body_of_a_corporate_title():
    text = ("Keel Outfitters said profit rose. Analysts polled by Ledgerline had expected less. "
            "Chief Executive Joanna Prescott told analysts that sales rose 2%.")
    doc = attrib.scan_text(text)
    assert claimant(doc, "Joanna Prescott").affiliation == ["Keel Outfitters"]
