"""Claims over hand-built documents: measures, grouping, independence, verdicts, relations, grades."""
import math
import random

import pytest

from attrib.claims import Lexicon, build_claims, claim_id, figure_interval, figure_measure, overlaps
from attrib.model import Figure
from attrib.registry import Registry

from _report_helpers import claimant, make_doc

GS = claimant("ua-general-staff", "General Staff", affiliation=["ua-armed-forces"], side="ua", reliability="C")
NIS = claimant("kr-nis", "National Intelligence Service", side="kr", reliability="C")
DOD = claimant("us-dod", "Pentagon", side="us", reliability="B")
SINGH = claimant("sabrina-singh", "Sabrina Singh", affiliation=["us-dod"], side="us", reliability="B")
RUMOD = claimant("ru-mod", "Russian Ministry of Defence", side="ru", reliability="D")
WIRE = claimant("wire-a", "Wire A", type="wire", reliability="B")


def doc(text, figs, cls=(), path="a.md", date="2025-03-01", publisher="Outlet A"):
    return make_doc(f"---\npublisher: {publisher}\ndate: '{date}'\n---\n{text}\n", path, figs, cls)


def measure_of(text, token, **spec):
    d = doc(text, [dict(token=token, **spec)])
    return figure_measure(d, d.figures[0])[0]


def by_path(claims):
    return {m.doc.path: c for c in claims for m in c.members}


# ---- measures ------------------------------------------------------------------------------------

def test_measure_synonyms_troops_soldiers_personnel():
    a = measure_of("North Korea sent 900 troops.", "900", value=900, unit="troops")
    b = measure_of("North Korea has deployed 900 soldiers.", "900", value=900, unit="soldiers")
    c = measure_of("Pyongyang moved 900 military personnel.", "900", value=900, unit="military personnel")
    assert a == b == c
    assert a.label == "north-korean personnel deployed"


def test_measure_casualties_and_losses_are_one_event():
    a = measure_of("Russian forces suffered 5,000 casualties.", "5,000", value=5000, unit="casualties")
    b = measure_of("Russia's personnel losses reached 5,000.", "5,000", value=5000)
    assert (a.owner, a.thing, a.event) == (b.owner, b.thing, b.event) == ("russian", "personnel", "casualties")


def test_measure_killed_dead_deaths_one_event_but_not_casualties():
    k = measure_of("The army said 300 Russian soldiers were killed.", "300", value=300, unit="soldiers")
    d = measure_of("The army counted 300 Russian dead.", "300", value=300, unit="dead")
    c = measure_of("Russian forces suffered 300 casualties.", "300", value=300, unit="casualties")
    assert k.event == d.event == "killed"
    assert c.event == "casualties"


def test_owner_of_the_counted_noun_beats_the_subject():
    m = measure_of("Ukrainian forces captured 120 Russian soldiers near the border.", "120", value=120, unit="soldiers")
    assert (m.owner, m.event) == ("russian", "captured")


def test_owner_after_the_noun_phrase_is_not_taken():
    m = measure_of("The ministry reported North Korea's deployment of 900 soldiers to support Russia's war.",
                   "900", value=900, unit="soldiers")
    assert m.owner == "north-korean" and m.event == "deployed"


def test_partitive_whole_has_no_event():
    m = measure_of("Of the five Russian battalions, two were destroyed.", "five", value=5)
    assert m.event is None and m.owner == "russian"
    two = measure_of("Of the five Russian battalions, two were destroyed.", "two", value=2)
    assert two.event == "destroyed" and two.thing == "battalions"


def test_parts_are_not_the_whole():
    sf = measure_of("Pyongyang sent 400 special forces troops.", "400", value=400, unit="special forces troops")
    t = measure_of("Pyongyang sent 400 troops.", "400", value=400, unit="troops")
    assert sf != t


def test_unknown_unit_is_kept_as_written():
    m = measure_of("The report listed 12 air defense systems.", "12", value=12, unit="air defense systems")
    n = measure_of("The report listed 12 multiple launch rocket systems.", "12", value=12,
                   unit="multiple launch rocket systems")
    assert m.thing == "air defense system" and m != n


def test_daily_figures_are_another_measure():
    a = measure_of("Ukraine said 1,100 Russian soldiers were killed in the past day.", "1,100", value=1100,
                   unit="soldiers")
    assert a.period == "daily"


def test_lexicon_is_data():
    lex = Lexicon.default()
    assert "casualties" in lex.loss_thing and lex.at_war("ua", "ru") and not lex.at_war("us", "ru")


# ---- intervals -----------------------------------------------------------------------------------

def test_intervals_overlap_with_round_number_tolerance():
    exact = Figure(id="a", start=0, end=1, text="12,000", kind="count", value=12000, low=12000, high=12000,
                   tolerance=0.05)
    some = Figure(id="b", start=0, end=1, text="some 12,500", kind="count", value=12500, low=12500, high=12500)
    far = Figure(id="c", start=0, end=1, text="15,000", kind="count", value=15000, low=15000, high=15000)
    more = Figure(id="d", start=0, end=1, text="more than 11,000", kind="count", value=11000, low=11000, high=None)
    assert overlaps(figure_interval(exact), figure_interval(some))
    assert not overlaps(figure_interval(exact), figure_interval(far))
    assert figure_interval(more)[1] == math.inf and overlaps(figure_interval(more), figure_interval(far))


# ---- verdicts ------------------------------------------------------------------------------------

def _troops(path, text, token, cl, cls, date="2025-03-01", publisher="Outlet A", relays=()):
    return doc(text, [dict(token=token, value=8000, low=7600, high=8400, unit="troops", claimant=cl,
                           relays=list(relays))], cls, path=path, date=date, publisher=publisher)


def test_corroborated_by_independent_origins_and_unsourced_joins_without_a_claimant():
    docs = [
        _troops("a.md", "The General Staff said North Korea sent about 8,000 troops.", "8,000", "ua-general-staff", [GS]),
        _troops("b.md", "The NIS said North Korea deployed around 8,000 troops.", "8,000", "kr-nis", [NIS]),
        _troops("c.md", "North Korea sent 8,000 troops last year.", "8,000", None, []),
    ]
    claims = build_claims(docs, Registry())
    assert len(claims) == 1
    c = claims[0]
    assert c.verdict == "corroborated" and c.origins == ["kr-nis", "ua-general-staff"]
    assert c.grade == "C1"
    assert any("[origin-unsourced-member]" in e for e in c.explanation)


def test_two_outlets_relaying_one_ministry_are_one_origin():
    docs = [
        _troops("a.md", "The ministry said North Korea sent 8,000 troops.", "8,000", "ru-mod", [RUMOD]),
        _troops("b.md", "Wire A, citing the ministry, said North Korea sent 8,000 troops.", "8,000", "ru-mod",
                [RUMOD, WIRE], relays=["wire-a"], publisher="Outlet B"),
        _troops("c.md", "Wire A said North Korea sent 8,000 troops.", "8,000", "wire-a", [WIRE], publisher="Outlet C"),
    ]
    c = build_claims(docs, Registry())[0]
    assert c.verdict == "single-sourced", c.explanation
    assert c.origins == ["ru-mod"] and c.relays == ["wire-a"]
    assert any("[origin-relay]" in e for e in c.explanation)
    assert any("3 outlet(s)" in e for e in c.explanation)


def test_spokesperson_and_her_ministry_are_one_origin():
    docs = [
        _troops("a.md", "Singh said North Korea sent 8,000 troops.", "8,000", "sabrina-singh", [SINGH]),
        _troops("b.md", "The Pentagon said North Korea sent 8,000 troops.", "8,000", "us-dod", [DOD]),
    ]
    c = build_claims(docs, Registry())[0]
    assert c.verdict == "single-sourced" and c.origins == ["us-dod"] and c.grade == "B3"
    assert any("[origin-affiliation]" in e for e in c.explanation)


def test_registry_affiliation_joins_origins():
    reg = Registry.default()
    hur = claimant("ua-hur", "HUR", side="ua", reliability="C")  # HUR and the General Staff share ua-mod
    docs = [
        _troops("a.md", "The General Staff said North Korea sent 8,000 troops.", "8,000", "ua-general-staff", [GS]),
        _troops("b.md", "HUR said North Korea sent 8,000 troops.", "8,000", "ua-hur", [hur]),
    ]
    if reg.get("ua-hur") is None:
        pytest.skip("registry without ua-hur")
    assert build_claims(docs, reg)[0].verdict == "single-sourced"


def test_unsourced_claim():
    docs = [_troops("c.md", "North Korea sent 8,000 troops.", "8,000", None, [])]
    c = build_claims(docs, Registry())[0]
    assert c.verdict == "unsourced" and c.grade == "F6" and c.origins == []


def test_vague_attribution_is_no_origin():
    d = doc("North Korea reportedly sent 8,000 troops.",
            [dict(token="8,000", value=8000, unit="troops", claimant=None, status="vague")])
    assert build_claims([d], Registry())[0].verdict == "unsourced"


def test_partial_measure_from_another_origin_never_corroborates():
    docs = [
        _troops("a.md", "The General Staff said North Korea sent about 8,000 troops.", "8,000", "ua-general-staff", [GS]),
        doc("The NIS put the number at 8,000 troops.",
            [dict(token="8,000", value=8000, unit="troops", claimant="kr-nis")], [NIS], path="b.md"),
    ]
    claims = build_claims(docs, Registry())
    assert all(c.verdict != "corroborated" for c in claims)


# ---- relations -----------------------------------------------------------------------------------

def _tanks(path, value, cl, cls, date):
    return doc(f"The command said {value} Ukrainian tanks were destroyed.",
               [dict(token=str(value), value=value, unit="tanks", claimant=cl)], cls, path=path, date=date)


def test_contradiction_is_recorded_both_ways_and_graded():
    a = _tanks("a.md", 40, "ru-mod", [RUMOD], "2025-03-10")
    b = _tanks("b.md", 6, "ua-general-staff", [GS], "2025-03-11")
    ca, cb = (by_path(build_claims([a, b], Registry()))[p] for p in ("a.md", "b.md"))
    assert ca.contradicted_by == [cb.id] and cb.contradicted_by == [ca.id]
    assert ca.grade == "D5"  # contradicted by a more reliable origin
    assert cb.grade == "C4"


def test_no_contradiction_across_time():
    a = _tanks("a.md", 40, "ru-mod", [RUMOD], "2025-01-10")
    b = _tanks("b.md", 6, "ua-general-staff", [GS], "2025-03-11")
    assert all(not c.contradicted_by for c in build_claims([a, b], Registry()))


def test_later_larger_running_total_from_the_same_claimant_is_an_update():
    def cap(path, v, date):
        return doc(f"The General Staff said {v} Russian soldiers had been captured.",
                   [dict(token=str(v), value=v, unit="soldiers", claimant="ua-general-staff")], [GS], path=path,
                   date=date)
    old, new = cap("a.md", 700, "2025-03-01"), cap("b.md", 950, "2025-03-03")
    cs = by_path(build_claims([old, new], Registry()))
    assert cs["b.md"].updates == [cs["a.md"].id] and cs["a.md"].updated_by == [cs["b.md"].id]
    assert not cs["a.md"].contradicted_by and not cs["b.md"].contradicted_by


# ---- grades --------------------------------------------------------------------------------------

def test_interested_party_on_adversary_losses_is_capped():
    d = doc("The General Staff said 300 Russian soldiers were killed.",
            [dict(token="300", value=300, unit="soldiers", claimant="ua-general-staff")], [GS])
    c = build_claims([d], Registry())[0]
    assert c.grade == "C4" and any("[grade-interested-party]" in e for e in c.explanation)


def test_unknown_reliability_is_letter_f():
    x = claimant("some-analyst", "Some Analyst")
    d = doc("Some Analyst said North Korea sent 8,000 troops.",
            [dict(token="8,000", value=8000, unit="troops", claimant="some-analyst")], [x])
    assert build_claims([d], Registry())[0].grade == "F3"


# ---- contracts -----------------------------------------------------------------------------------

def _mixed_docs():
    return [
        _troops("a.md", "The General Staff said North Korea sent about 8,000 troops.", "8,000", "ua-general-staff", [GS]),
        _tanks("b.md", 40, "ru-mod", [RUMOD], "2025-03-10"),
        doc("In 2024, 3 reports and 12% of 50 drones were counted.",
            [dict(token="2024", kind="year", value=2024), dict(token="3", value=3, unit="reports"),
             dict(token="12", kind="percent", value=12), dict(token="50", value=50, unit="drones")], path="c.md"),
    ]


def test_every_countable_figure_in_exactly_one_claim():
    docs = _mixed_docs()
    claims = build_claims(docs, Registry())
    keys = [m.key for c in claims for m in c.members]
    want = [(d.path, f.start, f.end) for d in docs for f in d.figures if f.is_figure]
    assert sorted(keys) == sorted(want) and len(keys) == len(set(keys))


def test_deterministic_whatever_the_input_order():
    docs = _mixed_docs()
    first = [c.to_dict() for c in build_claims(docs, Registry())]
    for seed in range(3):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert [c.to_dict() for c in build_claims(shuffled, Registry())] == first


def test_claim_id_is_a_hash_of_sorted_members():
    assert claim_id([("b", 1, 2), ("a", 3, 4)]) == claim_id([("a", 3, 4), ("b", 1, 2)])
    assert claim_id([("a", 3, 4)]).startswith("claim-")


def test_an_outlet_beside_a_named_source_is_a_relay_not_an_origin():
    docs = [
        _troops("a.md", "The NIS said North Korea deployed around 8,000 troops.", "8,000", "kr-nis", [NIS]),
        _troops("b.md", "Wire A reported that North Korea sent 8,000 troops.", "8,000", "wire-a", [WIRE]),
    ]
    c = build_claims(docs, Registry())[0]
    assert c.verdict == "single-sourced" and c.origins == ["kr-nis"] and "wire-a" in c.relays
    assert any("[origin-media]" in e for e in c.explanation)


def test_outlets_alone_are_origins():
    other = claimant("wire-b", "Wire B", type="media")
    docs = [
        _troops("a.md", "Wire A reported that North Korea sent 8,000 troops.", "8,000", "wire-a", [WIRE]),
        _troops("b.md", "Wire B reported that North Korea sent 8,000 troops.", "8,000", "wire-b", [other]),
    ]
    assert build_claims(docs, Registry())[0].verdict == "corroborated"


def test_affiliation_cycles_terminate():
    a = claimant("body-a", "Body A", affiliation=["body-b"])
    b = claimant("body-b", "Body B", affiliation=["body-a"])
    docs = [_troops("a.md", "Body A said North Korea sent 8,000 troops.", "8,000", "body-a", [a, b]),
            _troops("b.md", "Body B said North Korea sent 8,000 troops.", "8,000", "body-b", [a, b])]
    c = build_claims(docs, Registry())[0]
    assert c.verdict == "single-sourced" and c.grade == "F3"


# ---- partial measures, periods, contradictions without an owner (our own port-fire sentences) ----------

BOARD = claimant("harbour-board", "Harbour Board")
GUILD = claimant("millers-guild", "Millers' Guild")
EXCHANGE = claimant("grain-exchange", "Grain Exchange")
RESCUE = claimant("rescue-service", "Rescue Service")
MAYOR = claimant("tomas-brenn", "Tomas Brenn", type="person")


def _fig(path, text, token, value, unit, cl, cls, date="2024-06-10", **kw):
    return doc(text, [dict(token=token, value=value, unit=unit, claimant=cl, **kw)], cls, path=path, date=date)


def test_a_partial_measure_joins_the_claim_of_its_own_origin():
    a = _fig("a.md", "The Harbour Board said 4,000 tonnes of maize had been burned.", "4,000", 4000, "tonnes",
             "harbour-board", [BOARD])
    b = _fig("b.md", "The Harbour Board has put the loss at 4,000 tonnes of maize.", "4,000", 4000, "tonnes",
             "harbour-board", [BOARD])
    assert figure_measure(b, b.figures[0])[0].event is None
    claims = build_claims([a, b], Registry())
    assert len(claims) == 1 and claims[0].measure.label == "tonne destroyed"
    assert any("[group-partial]" in s for m in claims[0].members for s in m.steps)


def test_a_partial_measure_of_a_new_claimant_never_corroborates():
    a = _fig("a.md", "The Harbour Board said 4,000 tonnes of maize had been burned.", "4,000", 4000, "tonnes",
             "harbour-board", [BOARD])
    b = _fig("b.md", "The Grain Exchange estimated the damage at 4,000 tonnes.", "4,000", 4000, "tonnes",
             "grain-exchange", [EXCHANGE])
    claims = build_claims([a, b], Registry())
    assert len(claims) == 2 and all(c.verdict == "single-sourced" for c in claims)


def test_the_same_partial_measure_from_two_claimants_corroborates():
    a = _fig("a.md", "A strike on the port of Vell killed 9 people, the Rescue Service said.", "9", 9, "people",
             "rescue-service", [RESCUE])
    b = _fig("b.md", "Tomas Brenn said 9 civilians died in the strike on the port of Vell.", "9", 9, "civilians",
             "tomas-brenn", [MAYOR])
    claims = build_claims([a, b], Registry())
    assert len(claims) == 1 and claims[0].verdict == "corroborated"
    assert claims[0].measure.label == "people killed"


def test_two_fitting_claims_of_different_events_take_no_guess():
    a = _fig("a.md", "The Harbour Board said 4,000 tonnes of maize had been burned.", "4,000", 4000, "tonnes",
             "harbour-board", [BOARD])
    b = _fig("b.md", "The Harbour Board said 4,000 tonnes of maize were returned to traders.", "4,000", 4000, "tonnes",
             "harbour-board", [BOARD])
    c = _fig("c.md", "The Harbour Board put the figure at 4,000 tonnes.", "4,000", 4000, "tonnes",
             "harbour-board", [BOARD])
    assert len(build_claims([a, b, c], Registry())) == 3


def test_overnight_dates_the_event_it_is_no_period():
    for text in ("A strike on the port killed 9 people overnight, the Rescue Service said.",
                 "The Rescue Service said 9 civilians were killed in the overnight strike."):
        m = measure_of(text, "9", value=9, unit="people")
        assert m.period == "" and m.event == "killed", text


def test_a_period_phrase_that_dates_something_is_no_period():
    m = measure_of("A day after the strike, the Rescue Service said 9 people had died.", "9", value=9, unit="people")
    assert m.period == ""
    assert measure_of("The Rescue Service said 9 people died a day.", "9", value=9, unit="people").period == "daily"


def test_contradiction_between_claims_without_an_owner_both_ways():
    a = _fig("a.md", "The Harbour Board said about 4,000 tonnes of maize had been burned in the port of Vell.",
             "4,000", 4000, "tonnes", "harbour-board", [BOARD], low=3600, high=4400)
    b = _fig("b.md", "The Millers' Guild said more than 15,000 tonnes of maize were ruined in the port of Vell.",
             "15,000", 15000, "tonnes", "millers-guild", [GUILD], date="2024-06-11", high=None)
    ca, cb = (by_path(build_claims([a, b], Registry()))[p] for p in ("a.md", "b.md"))
    assert ca.measure == cb.measure and ca.measure.owner is None
    assert ca.contradicted_by == [cb.id] and cb.contradicted_by == [ca.id]


def test_no_contradiction_when_only_one_side_names_the_owner():
    a = _tanks("a.md", 40, "ru-mod", [RUMOD], "2025-03-10")
    b = doc("The General Staff said 6 tanks were destroyed.",
            [dict(token="6", value=6, unit="tanks", claimant="ua-general-staff")], [GS], path="b.md", date="2025-03-11")
    assert all(not c.contradicted_by for c in build_claims([a, b], Registry()))


def test_of_them_takes_the_thing_of_the_figure_it_refers_to():
    d = doc("The Air Command said 22 missiles were fired. Crews shot down 17 of them, the command said.",
            [dict(token="22", value=22, unit="missiles", claimant="air-command"),
             dict(token="17", value=17, claimant="air-command")], [claimant("air-command", "Air Command")])
    m22, m17 = (figure_measure(d, f)[0] for f in d.figures)
    assert (m22.thing, m22.event) == ("missile", "launched")
    assert (m17.thing, m17.event) == ("missile", "destroyed")


def test_the_predicate_of_a_subject_figure_beats_an_earlier_conjunct():
    m = measure_of("The Air Command said 22 missiles were fired and 17 were intercepted.", "17", value=17,
                   unit="missiles")
    assert m.event == "destroyed"


def test_an_event_word_inside_a_name_is_no_event():
    m = measure_of("The Grain Exchange estimated the damage at 4,000 tonnes.", "4,000", value=4000, unit="tonnes")
    assert m.event is None


# ---- independence: one state, one side, one interested party -------------------------------------

PRES = claimant("ua-president-office", "Office of the President", side="ua", type="government", reliability="C")
GS_T = claimant("ua-general-staff", "General Staff", side="ua", type="military", reliability="C")
NIS_T = claimant("kr-nis", "National Intelligence Service", side="kr", type="intelligence", reliability="C")
DOD_T = claimant("us-dod", "Pentagon", side="us", type="ministry", reliability="B")
THINK = claimant("ua-think-tank", "A Kyiv think tank", side="ua", type="think-tank")


def _state_docs(*pairs):
    return [_troops(f"{i}.md", f"{c.name} said North Korea sent about 8,000 troops.", "8,000", c.id, [c])
            for i, c in enumerate(pairs)]


def test_state_bodies_of_one_side_are_one_origin():
    c = build_claims(_state_docs(GS_T, PRES), Registry())[0]
    assert c.verdict == "single-sourced" and len(c.origins) == 1, c.explanation
    assert any("[origin-state-side]" in e for e in c.explanation)


def test_state_bodies_of_different_sides_stay_independent():
    c = build_claims(_state_docs(GS_T, NIS_T, DOD_T), Registry())[0]
    assert c.verdict == "corroborated" and c.origins == ["kr-nis", "ua-general-staff", "us-dod"]


def test_a_non_state_claimant_of_the_same_side_is_independent():
    c = build_claims(_state_docs(GS_T, THINK), Registry())[0]
    assert c.verdict == "corroborated"


def test_neutral_bodies_are_no_party():
    un1 = claimant("un-a", "UN Office A", side="neutral", type="official-body")
    un2 = claimant("un-b", "UN Office B", side="neutral", type="official-body")
    assert build_claims(_state_docs(un1, un2), Registry())[0].verdict == "corroborated"


def test_a_person_affiliated_with_a_state_body_joins_its_side():
    reg = Registry.default()
    if reg.get("ua-president-office") is None or reg.get("ua-general-staff") is None:
        pytest.skip("registry without the Ukrainian bodies")
    # unregistered, no side of its own: affiliated (by name) with a registered body, it inherits side ua
    adviser = claimant("ivan-hordiy", "Ivan Hordiy", affiliation=["Office of the President of Ukraine"],
                       type="person")
    docs = _state_docs(adviser, claimant("ua-general-staff", "General Staff"))
    from attrib.claims import Origins
    o = Origins(docs, reg)
    assert o.side("ivan-hordiy") == "ua" and o.is_state("ivan-hordiy")
    c = build_claims(docs, reg)[0]
    assert c.verdict == "single-sourced", c.explanation


def test_unregistered_claimants_without_a_side_stay_independent():
    a = claimant("interior-ministry", "Interior Ministry")
    b = claimant("air-command", "Air Command")
    assert build_claims(_state_docs(a, b), Registry())[0].verdict == "corroborated"
    # ... unless affiliated
    c = claimant("press-office", "Press Office", affiliation=["interior-ministry"])
    assert build_claims(_state_docs(a, c), Registry())[0].verdict == "single-sourced"


def test_a_hospital_s_unnamed_spokeswoman_and_the_hospital_are_one_origin():
    import attrib
    a = attrib.scan_text("---\ntitle: A\npublisher: Outlet A\n---\nMercy General Hospital said 3 people were "
                         "treated after the Dorsey Street fire on Monday.\n", "a.md")
    b = attrib.scan_text("---\ntitle: B\npublisher: Outlet B\n---\nMercy General Hospital took in the victims of the "
                         "Dorsey Street fire on Monday. Three people were treated, a hospital spokeswoman said.\n", "b.md")
    voice = next(c for c in b.claimants if c.type == "person")
    assert voice.name == "hospital spokeswoman" and voice.affiliation
    claims = [c for c in build_claims([a, b], Registry()) if len(c.members) == 2]
    assert len(claims) == 1 and claims[0].verdict == "single-sourced", [c.explanation for c in claims]
