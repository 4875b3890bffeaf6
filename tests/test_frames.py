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
