"""Frames on constructions of unseen news (issue 7): each test is one construction, in our own sentences.

A frame is a speaker, a cue and a scope; each figure takes the innermost frame that covers it. These
tests pin the predicates, cues, relays, source boundaries, scopes, discourse frames and negation that
real articles showed the engine lacked.
"""
import attrib

from test_attribution import who


def status(text, token):
    return who(text, token)[1]


# --- 1. predicates: expectation, plans, results --------------------------------------------------

def test_progressive_is_active_not_passive():
    # "is expecting" is a progressive, not a passive: the subject speaks
    assert who("The Harbour Authority is expecting 40 cruise ships this summer.", "40")[:2] == \
        ("Harbour Authority", "attributed")


def test_guide_is_a_forecast_verb():
    assert who("Brightline Foods guided for revenue between $2 billion and $2.2 billion.", "$2")[0] == "Brightline Foods"
    assert who("For the next quarter, Brightline Foods is guiding the following: revenue of $5 billion.", "$5")[0] == \
        "Brightline Foods"


def test_posted_results_are_the_company_s():
    assert who("Harlow Mills posted quarterly revenue of $4.2 billion.", "$4.2")[0] == "Harlow Mills"
    assert who("Harlow Mills posted a net loss of $12 million.", "$12")[0] == "Harlow Mills"


def test_a_hyphenated_participle_is_an_adjective_not_a_cue():
    # "better-than-expected" describes the figure; nobody in the sentence expected it
    name, st, _ = who("Retailers added a better-than-expected 40,000 jobs in May, according to the Commerce Office.",
                      "40,000")
    assert (name, st) == ("Commerce Office", "attributed")
    assert status("Grain exports hit a long-expected 9 million tonnes.", "9 million") == "unsourced"


def test_peg_at_is_an_estimate():
    assert who("Revenue beat the consensus that Harlow Data pegged at $3.9 billion.", "$3.9")[0] == "Harlow Data"


# --- 7. negation -----------------------------------------------------------------------------------

def test_a_contracted_negation_is_no_statement():
    assert status("Maria Lopez didn't say that 40 jobs were cut.", "40") == "unsourced"
    assert status("The ministry hasn't confirmed that 300 people died.", "300") == "unsourced"


# --- 4. source boundaries --------------------------------------------------------------------------

def test_a_name_with_slashes_is_one_name():
    assert who("Analysts had expected revenue of $12.5 billion, according to Thomson Reuters I/B/E/S.",
               "$12.5")[0] == "Thomson Reuters I/B/E/S"


def test_a_credit_after_a_registered_body_is_not_part_of_its_name():
    # a photo or wire credit glued to the end of the line ("... Statistics Reuters")
    name = who("Unemployment fell to 4.1 percent, according to the U.S. Bureau of Labor Statistics Reuters\n\n"
               "More text follows here.", "4.1")[0]
    assert name == "Bureau of Labor Statistics"


# --- 9. groups named by their role --------------------------------------------------------------------

def test_a_bare_role_group_is_the_claimant_as_written():
    assert who("Economists had expected 200,000 new jobs.", "200,000")[:2] == ("economists", "attributed")
    assert who("The toll rose to 41, local officials said.", "41")[:2] == ("local officials", "attributed")
    assert who("Residents said 12 houses burned.", "12")[:2] == ("residents", "attributed")


def test_unnamed_sources_stay_vague():
    assert status("Sources said 12 houses burned.", "12") == "vague"
    assert status("People familiar with the talks said 30 jets were on offer.", "30") == "vague"
    assert status("Two officials said 30 jets were on offer.", "30") == "vague"


def test_a_plural_possessive_owner_is_the_source():
    assert who("Hiring outpaced analysts' expectations of 240,000.", "240,000")[0] == "analysts"
    assert who("Earnings beat Wall Street's expectation of $1.65 a share.", "$1.65")[0] == "Wall Street"
    assert who("Analysts\u2019 consensus estimates were looking for revenue of $46 billion.", "$46")[0] == "analysts"


def test_a_relative_clause_on_a_figure_is_its_frame():
    assert who("Sales beat the 44m analysts predicted, however.", "44m")[:2] == ("analysts", "attributed")
    doc = attrib.scan_text("Earnings were 84 cents a share, below the 91 cents analysts surveyed by FactLine had expected.")
    assert {f.text: f.status for f in doc.figures} == {"84 cents": "unsourced", "91 cents": "attributed"}


def test_a_surveyed_group_speaks_through_its_compiler():
    name, st, rule = who("Economists polled by Reuters had forecast a 1.9 percent pace.", "1.9")
    assert (name, st) == ("Reuters", "attributed") and rule.endswith("+compiler")
    doc = attrib.scan_text("Economists polled by Reuters had forecast a 1.9 percent pace.")
    f = doc.figures[0]
    assert any("compiler" in line for line in f.explanation)


def test_a_group_at_a_body_is_the_body_s():
    name, _, rule = who("Analysts at Harlow Bank expect growth of 2.5 percent.", "2.5")
    assert name == "Harlow Bank" and rule.endswith("+body")
    assert who("Officials with the Coastal Guard Service said 38 boats sank.", "38")[0] == "Coastal Guard Service"
