#!/usr/bin/env python3
"""A deterministic generator of news-like articles, for benchmarks (stdlib only).

Every sentence is assembled here from invented templates: attributed figures in many constructions
("X said", "according to X", "…, X said.", quotations over one or several sentences, lists
introduced by an attributed line, hedges, ranges, money, percentages, vague amounts), number-like
tokens that are no figures (dates, years, durations, ordinals), relays ("Reuters reported, citing
officials, that …"), vague sourcing ("reportedly", "sources said"), unsourced background and, mostly,
ordinary prose without numbers — as real news is.

    >>> from benchmarks.corpus import generate
    >>> docs = generate(3, seed=7)
    >>> len(docs), docs[0].startswith("---\\npublisher: ")
    (3, True)
    >>> generate(3, seed=7) == docs          # same seed, same bytes
    True

Command line:

    python benchmarks/corpus.py --out /tmp/corpus --articles 2000 [--seed 20250206]

writes article-00001.md … into the folder (Markdown with YAML front matter).
"""
from __future__ import annotations

import argparse
import os
import random
import sys
from typing import List, Tuple

DEFAULT_SEED = 20250206
MIN_WORDS, MAX_WORDS = 300, 900

# --------------------------------------------------------------------------- claimants
# (name as first mentioned, short anaphor used afterwards, pronoun)
BODIES = [
    ("the Ministry of Health", "the ministry", "it"),
    ("the Interior Ministry", "the ministry", "it"),
    ("the Ministry of Defence", "the ministry", "it"),
    ("the Finance Ministry", "the ministry", "it"),
    ("the Ministry of Agriculture", "the ministry", "it"),
    ("the National Statistics Office", "the office", "it"),
    ("the State Emergency Service", "the service", "it"),
    ("the Civil Protection Agency", "the agency", "it"),
    ("the UN refugee agency", "the agency", "it"),
    ("the World Food Programme", "the agency", "it"),
    ("the International Organization for Migration", "the organization", "it"),
    ("the World Health Organization", "the WHO", "it"),
    ("the Red Cross", "the Red Cross", "it"),
    ("the General Staff", "the General Staff", "it"),
    ("the port authority", "the authority", "it"),
    ("the regional governor's office", "the governor's office", "it"),
    ("the central bank", "the bank", "it"),
    ("the coast guard", "the coast guard", "it"),
    ("the national police", "police", "they"),
    ("the electoral commission", "the commission", "it"),
    ("the Halvard Institute", "the institute", "it"),
    ("the Meridian Policy Centre", "the centre", "it"),
    ("the Borealis Monitoring Group", "the group", "it"),
    ("the Institute for the Study of War", "the institute", "it"),
    ("Amnesty International", "Amnesty", "it"),
    ("Human Rights Watch", "the group", "it"),
    ("the Kestrel Shipping Association", "the association", "it"),
    ("the Union of Dock Workers", "the union", "it"),
]

WIRES = ["Reuters", "the Associated Press", "Agence France-Presse", "Bloomberg", "the BBC",
         "Al Jazeera", "the Financial Times", "the Calder Gazette", "Northwind News", "Radio Tarsa"]

FIRST = ["Dana", "Tomas", "Lina", "Marek", "Ayesha", "Jonas", "Ines", "Rafael", "Bota", "Kwame",
         "Sofia", "Hiro", "Maren", "Oleksii", "Priya", "Samir", "Greta", "Idris", "Clara", "Nikolai",
         "Yara", "Emeka", "Leonie", "Farid", "Astrid", "Tariq", "Mireille", "Paulo", "Hanna", "Ilya"]
LAST = ["Okafor", "Reyes", "Varga", "Lindqvist", "Haddad", "Brenner", "Moreau", "Castell", "Ilias",
        "Mensah", "Petrov", "Tanaka", "Kowalczyk", "Ferreira", "Nair", "Osei", "Halloran", "Strand",
        "Abidi", "Novak", "Quintero", "Sorensen", "Achebe", "Delacroix", "Marchetti", "Yilmaz"]
# role templates: (before-name title or None, after-name apposition with {org})
ROLES = [
    ("Interior Minister", None), ("Health Minister", None), ("Defence Minister", None),
    ("Finance Minister", None), ("Governor", None), ("Mayor", None), ("President", None),
    (None, "a spokesperson for {org}"), (None, "a spokeswoman for {org}"), (None, "a spokesman for {org}"),
    (None, "a senior analyst at {org}"), (None, "a senior fellow at {org}"),
    (None, "a researcher at {org}"), (None, "an economist at {org}"), (None, "the director of {org}"),
    (None, "head of operations at {org}"), (None, "a professor of public health at the University of Calder"),
    ("Colonel", None), ("Deputy Minister", None),
]
THINK_TANKS = ["the Halvard Institute", "the Meridian Policy Centre", "the Borealis Monitoring Group",
               "the strategic intelligence firm Prizma", "the Tarsa Economic Forum",
               "the Centre for Coastal Studies", "the Varnholt Foundation"]

PUBLISHERS = ["The Calder Gazette", "Northwind News", "Radio Tarsa", "The Meridian Post",
              "Harbour Daily", "The Continental Ledger", "Eastline Media", "The Evening Courier",
              "Kestrel Wire", "The Valley Herald", "Union Street Journal", "Lowland Broadcasting"]

# --------------------------------------------------------------------------- topics
# Each topic: place names, countable units with events, money and percent measures, prose.
TOPICS = {
    "flood": dict(
        places=["in the Sarn valley", "in Lower Mereth", "across the river delta", "in Kalvik province", "in the northern districts"],
        counts=[("people", ["were displaced", "have been evacuated", "fled their homes", "remain in shelters"]),
                ("homes", ["were destroyed", "were damaged", "were left without power"]),
                ("people", ["were killed", "died", "remain missing"]),
                ("families", ["received emergency aid", "were relocated"]),
                ("hectares of farmland", ["were flooded", "were submerged"]),
                ("schools", ["were closed", "are being used as shelters"])],
        money=["in emergency aid", "in damage", "for reconstruction", "in insurance claims"],
        percent=["{p} of the harvest was lost", "{p} of roads in the province remain closed",
                 "{p} of households lack clean water", "river levels rose by {p} overnight"],
        prose=["Water levels began to fall overnight, but forecasters warned that more rain was on the way.",
               "Volunteers in rubber boots carried elderly residents to waiting buses.",
               "The main bridge into town was closed after engineers found cracks in its supports.",
               "Residents described waking to find water pouring under their doors.",
               "Aid convoys struggled to reach villages cut off by landslides.",
               "Local officials have faced criticism for the slow response.",
               "Shops in the old market remained shuttered as owners cleared mud from their floors.",
               "Farmers said it could take years before the fields are usable again."]),
    "port": dict(
        places=["at the port of Hallin", "at the Varna terminal", "in the eastern docks", "at the grain harbour in Osk"],
        counts=[("drones", ["were launched", "were shot down", "struck the terminal"]),
                ("people", ["were killed", "were injured", "were wounded"]),
                ("ships", ["were damaged", "were diverted", "remain at anchor"]),
                ("tonnes of grain", ["were destroyed", "were lost", "are stuck in silos"]),
                ("containers", ["were burned", "await inspection"]),
                ("workers", ["were evacuated", "were sent home"])],
        money=["in losses", "in repairs", "in delayed exports", "in lost revenue"],
        percent=["{p} of the port's capacity is out of action", "{p} of grain exports pass through the terminal",
                 "insurance premiums rose by {p}", "cargo volumes fell {p} in a month"],
        prose=["Smoke could still be seen rising over the cranes on Thursday morning.",
               "Shipping companies said they were reviewing their routes through the strait.",
               "The attack came hours after talks on a maritime corridor broke down.",
               "Firefighters worked through the night to contain the blaze at the fuel depot.",
               "Dock workers gathered outside the gates, waiting for news of colleagues.",
               "The terminal is one of the busiest on the coast.",
               "Insurers have been watching the region closely since the spring.",
               "Officials did not say how long repairs would take."]),
    "budget": dict(
        places=["nationwide", "in the public sector", "under the new budget", "over the next two years"],
        counts=[("jobs", ["will be cut", "were created", "are at risk"]),
                ("public servants", ["will be affected", "face pay freezes"]),
                ("hospitals", ["will receive new funding", "face closure"]),
                ("teachers", ["will be hired", "left the profession"])],
        money=["for defence", "for health care", "in tax cuts", "in new borrowing", "for pensions"],
        percent=["the economy would grow by {p} next year", "the deficit would reach {p} of economic output",
                 "inflation had slowed to {p}", "fuel prices would rise {p}", "unemployment stood at {p}"],
        prose=["Opposition lawmakers walked out of the chamber before the vote.",
               "The plan still needs approval from the upper house.",
               "Markets reacted calmly to the announcement.",
               "Unions have threatened strikes if the cuts go ahead.",
               "The minister defended the plan as responsible and fair.",
               "Economists were divided over whether the forecasts were realistic.",
               "A final vote is expected before the end of the session.",
               "Business groups broadly welcomed the measures."]),
    "outbreak": dict(
        places=["in the eastern region", "in the border camps", "in three northern provinces", "in the capital's suburbs"],
        counts=[("cases", ["have been confirmed", "were recorded", "were reported"]),
                ("people", ["have died", "were hospitalised", "have been vaccinated"]),
                ("health workers", ["were deployed", "fell ill"]),
                ("doses of vaccine", ["were delivered", "are expected"]),
                ("clinics", ["were opened", "ran out of supplies"])],
        money=["in emergency funding", "for vaccines", "in medical supplies"],
        percent=["{p} of cases are children", "the fatality rate was {p}", "{p} of the population is vaccinated"],
        prose=["Health workers in protective suits went door to door in the worst-hit neighbourhoods.",
               "Schools in the area were told to remain open but to report any symptoms.",
               "Officials urged residents to boil drinking water.",
               "The outbreak has exposed long-standing gaps in rural health care.",
               "Doctors said the hospitals were coping, but only just.",
               "A mobile laboratory arrived at the camp on Monday.",
               "Aid groups warned that the rainy season could make things worse.",
               "Testing remains limited outside the main towns."]),
    "conflict": dict(
        places=["along the front line", "in the border region", "in the Kursk area", "in the southern sector", "in the occupied districts"],
        counts=[("troops", ["were deployed", "were sent to the area", "were withdrawn"]),
                ("soldiers", ["were killed", "were captured", "were wounded"]),
                ("tanks", ["were destroyed", "were lost"]),
                ("civilians", ["were killed", "were evacuated", "fled the fighting"]),
                ("artillery systems", ["were destroyed", "were moved"]),
                ("prisoners", ["were exchanged", "were released"])],
        money=["in military aid", "in reconstruction funds", "in weapons purchases"],
        percent=["{p} of the territory had been retaken", "the brigade had lost {p} of its strength",
                 "{p} of the population has left"],
        prose=["Fighting continued overnight along several stretches of the front.",
               "The claims could not be independently verified.",
               "Both sides have accused each other of targeting civilian infrastructure.",
               "Villagers described hearing explosions late into the night.",
               "Satellite images showed fresh craters near the airfield.",
               "Diplomats in the capital said talks were not expected to resume soon.",
               "The region has been largely closed to reporters.",
               "Commanders have asked for more air defence systems."]),
    "election": dict(
        places=["in the capital", "in the rural north", "in the coastal provinces", "at overseas polling stations"],
        counts=[("votes", ["were cast", "were declared invalid", "were counted"]),
                ("polling stations", ["opened late", "were closed", "reported irregularities"]),
                ("observers", ["were accredited", "were deployed"]),
                ("complaints", ["were filed", "were upheld"])],
        money=["in campaign spending", "on election security"],
        percent=["turnout reached {p}", "the governing party won {p} of the vote", "{p} of ballots had been counted",
                 "the opposition took {p} of seats"],
        prose=["Queues formed outside polling stations before dawn.",
               "Both main candidates claimed they were on course to win.",
               "Supporters gathered in the central square as results came in.",
               "The count was slowed by a power cut in two districts.",
               "International monitors are expected to publish their findings later this week.",
               "The campaign was dominated by the cost of living.",
               "Several small parties failed to clear the threshold.",
               "The result is likely to be challenged in court."]),
    "wildfire": dict(
        places=["in the pine forests above Telmar", "in the southern hills", "in the national park", "on the island of Ves"],
        counts=[("hectares", ["have burned", "were destroyed"]),
                ("firefighters", ["were deployed", "are battling the blaze"]),
                ("people", ["were evacuated", "were treated for smoke inhalation", "died"]),
                ("buildings", ["were destroyed", "were damaged"]),
                ("water-bombing aircraft", ["were sent", "joined the effort"])],
        money=["in damage", "in firefighting costs", "in lost tourism revenue"],
        percent=["{p} of the park has burned", "the island lost {p} of its forest cover", "bookings fell {p}"],
        prose=["Strong winds pushed the flames towards the coast overnight.",
               "Tourists were taken off the beaches by boat.",
               "The sky over the town turned orange by mid-afternoon.",
               "Firefighters from neighbouring countries arrived to help.",
               "Residents were told to keep windows closed because of the smoke.",
               "Investigators are trying to establish how the fire started.",
               "The summer has been the driest on record in parts of the south.",
               "Roads into the hills remained closed on Sunday."]),
}

NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "a dozen",
                "twenty-five", "thirty-six", "ninety-nine", "a hundred", "several hundred"]
HEDGES = ["nearly", "almost", "more than", "over", "at least", "up to", "fewer than", "about",
          "around", "approximately", "some", "an estimated", "roughly", "close to", "just under"]
VAGUE_AMOUNTS = ["hundreds of", "dozens of", "thousands of", "tens of thousands of", "scores of"]
SAY = ["said", "said", "said", "reported", "estimated", "stated", "added", "told reporters",
       "said in a statement", "wrote on Telegram", "announced", "confirmed", "claimed"]
SAY_THAT = ["said", "said", "reported", "estimated", "stated", "announced", "claimed", "told reporters",
            "warned"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DURATION_UNITS = ["days", "weeks", "months", "years", "hours"]
SMALL_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]
ORDINALS = ["first", "second", "third", "fourth", "fifth"]
GENERIC_PROSE = [
    "The situation remains fluid, and officials cautioned that the picture could change.",
    "Questions remain about who will pay for the response.",
    "Critics say the warnings were ignored for too long.",
    "Neighbouring governments have offered assistance.",
    "It was not immediately clear what would happen next.",
    "The government has promised a full inquiry.",
    "Residents say they have heard little from the authorities.",
    "The announcement was met with scepticism by some local leaders.",
    "A spokesperson declined to comment further.",
    "The figures could not be independently confirmed.",
    "Several people interviewed asked not to be named.",
    "Talks between the parties are due to continue next week.",
    "Public anger has grown in recent days.",
    "Aid agencies have appealed for calm and for access.",
    "The decision marks a sharp change of course.",
]
SMALL_UNITS = {"hospitals", "schools", "ships", "tanks", "drones", "clinics", "polling stations", "complaints",
               "buildings", "water-bombing aircraft", "artillery systems", "containers", "observers"}
# Names that hold digits but are no figures.
NAMED_THINGS = ["G7 summit", "COVID-19 recovery plan", "F-16 programme", "Route 9 bypass", "A1 motorway project",
                "World War II memorial", "Terminal 4 upgrade", "Article 5 debate", "Channel 4 documentary",
                "Vision 2030 strategy"]
SUBJECTS = ["Residents", "Local officials", "Aid workers", "Volunteers", "Witnesses", "Shopkeepers", "Engineers",
            "Diplomats", "Opposition politicians", "Community leaders", "Doctors", "Teachers", "Farmers",
            "Lorry drivers", "Church groups", "Students", "Pensioners", "Journalists", "Police officers"]
VERBS = ["described", "complained about", "spoke of", "warned of", "pointed to", "questioned", "welcomed",
         "criticised", "recalled", "blamed the authorities for", "were frustrated by", "praised"]
OBJECTS = ["the slow pace of the response", "a lack of clear information", "the chaos of the first hours",
           "the cost of rebuilding", "long queues for fuel", "the closure of the main road",
           "rumours spreading online", "the absence of senior officials", "the courage of the rescue teams",
           "the strain on local hospitals", "the decision to close the schools", "the patchy phone signal",
           "promises made during the last crisis", "the rising price of bread", "the silence from the capital",
           "the work of the volunteers", "confusing instructions from the authorities"]
TAILS = ["", " on Sunday", " in interviews", " at a packed meeting in the town hall", " as the clean-up began",
         " in the days that followed", " on social media", " outside the council offices", " late into the evening"]
HEADLINE_VERBS = ["warns", "says", "reports", "confirms", "disputes", "counts", "estimates"]


class _Writer:
    """Builds one article; keeps the claimants mentioned so far for anaphora."""

    def __init__(self, rng: random.Random, topic: str):
        self.r = rng
        self.t = TOPICS[topic]
        self.topic = topic
        self.mentioned: List[Tuple[str, str, str]] = []  # (full, anaphor, pronoun)
        self.people: List[Tuple[str, str]] = []  # (full intro, surname)
        self.year = rng.randint(2019, 2026)
        self.used: set = set()

    # ---- numbers
    @staticmethod
    def scale(unit: str) -> int:
        """The largest order of magnitude that is plausible for a count of ``unit``."""
        return 3 if unit in SMALL_UNITS else 6

    def digits(self, top: int = 6) -> str:
        r = self.r
        mag = min(top, r.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]))
        n = r.randint(10 ** (mag - 1), 10 ** mag - 1)
        if mag >= 3 and r.random() < 0.6:  # round numbers are common in news
            q = 10 ** (mag - r.choice([1, 2]))
            n = max(q, n // q * q)
        return f"{n:,}"

    def amount(self, top: int = 6) -> str:
        """A count as written: digits, words, hedged, million-scaled or a range."""
        r = self.r
        x = r.random()
        if x < 0.40:
            s = self.digits(top)
        elif x < 0.52:
            s = r.choice(NUMBER_WORDS)
        elif x < 0.60 and top > 3:
            s = f"{r.randint(1, 9)}.{r.randint(1, 9)} million"
        elif x < 0.70:
            a = self.r.randint(2, 90) * 100
            b = a + self.r.choice([100, 200, 500, 1000])
            s = r.choice([f"between {a:,} and {b:,}", f"{a:,}–{b:,}", f"{a:,} to {b:,}", f"from {a:,} to {b:,}"])
            return s
        else:
            s = self.digits(top)
        if r.random() < 0.45 and (s[-1] == "0" or s.endswith("million")):  # hedges go with round numbers
            s = f"{r.choice(HEDGES)} {s}"
        return s

    def count_phrase(self) -> Tuple[str, str]:
        """('more than 4,000 people', 'were displaced')."""
        unit, events = self.r.choice(self.t["counts"])
        if self.r.random() < 0.12:
            return f"{self.r.choice(VAGUE_AMOUNTS)} {unit}", self.r.choice(events)
        return f"{self.amount(self.scale(unit))} {unit}", self.r.choice(events)

    def money(self) -> str:
        r = self.r
        cur = r.choice(["$", "€", "£", ""])
        x = r.random()
        if x < 0.35:
            v = f"{r.randint(1, 99)}.{r.randint(1, 9)} billion" if r.random() < 0.5 else f"{r.randint(2, 900)} million"
        elif x < 0.55:
            v = f"{r.randint(1, 40)}bn" if r.random() < 0.5 else f"{r.randint(5, 900)}m"
        else:
            v = self.digits()
        if cur:
            s = f"{cur}{v}"
        else:
            s = f"{v} {r.choice(['dollars', 'euros', 'pounds'])}"
        if r.random() < 0.3:
            s = f"{r.choice(['about', 'more than', 'nearly', 'an estimated', 'up to'])} {s}"
        return f"{s} {r.choice(self.t['money'])}"

    def percent(self) -> str:
        """A clause holding a percentage: 'inflation had slowed to 4.5 percent'."""
        r = self.r
        v = f"{r.randint(1, 95)}" if r.random() < 0.6 else f"{r.randint(0, 30)}.{r.randint(1, 9)}"
        p = r.choice([f"{v} percent", f"{v}%", f"{v} per cent"])
        if r.random() < 0.25:
            p = f"{r.choice(['about', 'nearly', 'more than', 'roughly', 'almost'])} {p}"
        return r.choice(self.t["percent"]).format(p=p)

    def date(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.3:
            return f"on {r.choice(WEEKDAYS)}"
        if x < 0.55:
            return f"on {r.choice(WEEKDAYS)}, {r.choice(MONTH_ABBR)} {r.randint(1, 28)}"
        if x < 0.75:
            return f"on {r.choice(MONTHS)} {r.randint(1, 28)}, {self.year}"
        if x < 0.9:
            return f"in {r.choice(MONTHS)} {self.year}"
        return f"since {self.year - r.randint(1, 6)}"

    def day(self) -> str:
        """A day an event happened on (no 'since')."""
        r = self.r
        return r.choice([f"on {r.choice(WEEKDAYS)}", f"on {r.choice(WEEKDAYS)}, {r.choice(MONTH_ABBR)} {r.randint(1, 28)}",
                         f"on {r.choice(MONTHS)} {r.randint(1, 28)}", f"late on {r.choice(WEEKDAYS)}"])

    def duration(self) -> str:
        r = self.r
        return r.choice([f"in the past {r.choice(SMALL_WORDS)} {r.choice(DURATION_UNITS)}",
                         f"over {r.choice(SMALL_WORDS)} {r.choice(DURATION_UNITS)}",
                         f"for {r.randint(2, 48)} {r.choice(DURATION_UNITS)}",
                         f"within {r.randint(2, 72)} hours"])

    # ---- claimants
    def body(self) -> str:
        """A body's name: first mention in full, later often the anaphor."""
        r = self.r
        if self.mentioned and r.random() < 0.4:
            full, ana, _ = r.choice(self.mentioned)
            return ana
        b = r.choice(BODIES)
        if b not in self.mentioned:
            self.mentioned.append(b)
        return b[0]

    def person(self) -> str:
        """A person: full introduction the first time, surname later."""
        r = self.r
        if self.people and r.random() < 0.45:
            return r.choice(self.people)[1]
        first, last = r.choice(FIRST), r.choice(LAST)
        title, appo = r.choice(ROLES)
        if title:
            intro = f"{title} {first} {last}"
        else:
            org = r.choice(THINK_TANKS) if ("analyst" in appo or "fellow" in appo or "researcher" in appo
                                            or "economist" in appo) else r.choice(BODIES)[0]
            intro = f"{first} {last}, {appo.format(org=org)},"
        self.people.append((intro, last))
        return intro

    def claimant(self) -> str:
        x = self.r.random()
        if x < 0.5:
            return self.body()
        if x < 0.85:
            return self.person()
        return self.r.choice(WIRES)

    @staticmethod
    def cap(s: str) -> str:
        return s[:1].upper() + s[1:]

    @staticmethod
    def subj(s: str) -> str:
        """An introduction ending in a comma ('X, a fellow at Y,') used as a subject."""
        return s

    @staticmethod
    def tail(s: str) -> str:
        """A claimant placed at the end of a sentence loses its closing comma."""
        return s[:-1] if s.endswith(",") else s

    # ---- sentences with figures
    def figure_clause(self) -> str:
        x = self.r.random()
        if x < 0.6:
            n, ev = self.count_phrase()
            return f"{n} {ev} {self.r.choice(self.t['places'])}" if self.r.random() < 0.5 else f"{n} {ev}"
        if x < 0.8:
            return f"the government had set aside {self.money()}" if self.r.random() < 0.5 else \
                f"the cost had reached {self.money()}"
        return self.percent()

    def attributed(self) -> str:
        r = self.r
        c = self.claimant()
        clause = self.figure_clause()
        x = r.random()
        if x < 0.22:
            return f"{self.cap(c)} {r.choice(SAY_THAT)} that {clause}."
        if x < 0.38:
            return f"According to {self.tail(c)}, {clause}."
        if x < 0.48:
            return f"{self.cap(clause)}, according to {self.tail(c)}."
        if x < 0.66:
            return f"{self.cap(clause)}, {c} {r.choice(SAY)}."
        if x < 0.74:
            return f"{self.cap(clause)}, said {self.tail(c)}."
        if x < 0.80:
            n, ev = self.count_phrase()
            unit, events = r.choice(self.t["counts"])
            return f"{self.cap(c)} put the number of {unit} that {r.choice(events)} at {self.amount()}."
        if x < 0.86:
            return f"In a statement {self.day()}, {c} said {clause}."
        if x < 0.92:
            w = r.choice(WIRES)
            return f"{w} reported, citing {r.choice(['officials', 'health officials', 'military sources', 'a government document', self.tail(self.body())])}, that {clause}."
        return f"{self.cap(clause)}, per {self.tail(c)}."

    def quote(self) -> str:
        r = self.r
        p = self.person()
        n, ev = self.count_phrase()
        first = r.choice([f"We know that {n} {ev}, and we expect that number to rise.",
                          f"At least {r.randint(2, 90) * 10} of our people are working around the clock.",
                          f"There is no doubt that {n} {ev}.",
                          f"This is the worst we have seen {self.duration()}."])
        more = r.choice(["We are doing everything we can.", "The next few days will be critical.",
                         "Nobody should be in any doubt about the scale of this.",
                         f"We have asked for {self.money()}.", ""])
        body = (first + " " + more).strip()
        o, c = ("“", "”") if r.random() < 0.7 else ('"', '"')
        x = r.random()
        if x < 0.4:
            return f"{o}{body[:-1]},{c} {p} said."
        if x < 0.6:
            return f"{o}{body[:-1]},{c} said {self.tail(p)}."
        if x < 0.8:
            return f"{self.cap(p)} said: {o}{body}{c}"
        return f"{o}{body}{c} — {self.tail(p)}"

    def list_block(self) -> str:
        r = self.r
        c = self.body()
        intro = r.choice([f"{self.cap(c)} also listed the damage as of {r.choice(MONTH_ABBR)} {r.randint(1, 28)}:",
                          f"A report by {c} detailed the following:",
                          f"According to {self.tail(c)}, the toll so far includes:"])
        bullet = r.choice(["-", "*", "  •"])
        items = []
        for _ in range(r.randint(3, 7)):
            unit, events = r.choice(self.t["counts"])
            items.append(f"{bullet} {self.digits(self.scale(unit))} {unit} {r.choice(events)}")
        return intro + "\n\n" + "\n".join(items)

    def vague(self) -> str:
        r = self.r
        n, ev = self.count_phrase()
        return r.choice([f"{self.cap(n)} {self.reportedly(ev)}.",
                         f"{self.cap(n)} {ev}, sources said.",
                         f"It is estimated that {n} {ev}.",
                         f"{self.cap(n)} {ev}, officials are believed to have told aid groups.",
                         f"Local media said {n} {ev}, though the figure could not be verified."])

    def unsourced(self) -> str:
        r = self.r
        n, ev = self.count_phrase()
        return r.choice([f"{self.cap(n)} {ev} {self.date()}.",
                         f"The region is home to {self.amount()} people.",
                         f"{self.cap(n)} {ev} {self.duration()}.",
                         f"It was the {r.choice(ORDINALS)} such incident {self.duration()}.",
                         f"The {self.digits()}-kilometre route was reopened {self.date()}."])

    def anaphoric(self) -> str:
        r = self.r
        if self.mentioned and r.random() < 0.6:
            _, ana, pron = r.choice(self.mentioned)
            who = ana
        elif self.people:
            who = r.choice(["he", "she", "they", r.choice(self.people)[1]])
        else:
            who = "officials"
        n, ev = self.count_phrase()
        return r.choice([f"{self.cap(who)} added that {n} {ev}.",
                         f"{self.cap(n)} {ev}, {who} said.",
                         f"The report also said {n} {ev}.",
                         f"{self.cap(who)} said {self.percent()}."])

    @staticmethod
    def reportedly(ev: str) -> str:
        """'were displaced' -> 'were reportedly displaced'; 'fled their homes' -> 'reportedly fled …'."""
        head, _, rest = ev.partition(" ")
        if head in ("were", "was", "have", "has", "are", "is", "remain", "will") and rest:
            return f"{head} reportedly {rest}"
        return f"reportedly {ev}"

    def dated_prose(self) -> str:
        r = self.r
        return r.choice([f"The {r.choice(ORDINALS)} warnings were issued {self.date()}.",
                         f"Officials met {self.day()} to discuss the response.",
                         f"The last comparable event was in {self.year - r.randint(3, 40)}.",
                         f"Work is expected to take {r.choice(SMALL_WORDS)} {r.choice(DURATION_UNITS)}.",
                         f"The emergency was declared {self.day()}, {r.choice(SMALL_WORDS)} {r.choice(DURATION_UNITS)} after the first reports.",
                         f"The {r.choice(NAMED_THINGS)} was mentioned again {self.day()}."])

    def prose(self) -> str:
        """A sentence with no number in it, not repeated within an article when it can be helped."""
        r = self.r
        for _ in range(4):
            x = r.random()
            if x < 0.45:
                s = (f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)}{r.choice(TAILS)}.")
            elif x < 0.85:
                s = r.choice(self.t["prose"])
            else:
                s = r.choice(GENERIC_PROSE)
            if s not in self.used:
                break
        self.used.add(s)
        return s

    def sentence(self) -> str:
        x = self.r.random()
        # Real news is mostly prose: more than half the sentences hold no figure at all.
        if x < 0.55:
            return self.prose()
        if x < 0.74:
            return self.attributed()
        if x < 0.80:
            return self.anaphoric()
        if x < 0.85:
            return self.vague()
        if x < 0.91:
            return self.unsourced()
        return self.dated_prose()

    def paragraph(self) -> str:
        r = self.r
        x = r.random()
        if x < 0.08:
            return self.quote() + (" " + self.prose() if r.random() < 0.3 else "")
        if x < 0.105:
            return self.list_block()
        return " ".join(self.sentence() for _ in range(r.randint(1, 4)))

    def article(self, publisher: str, date: str) -> str:
        r = self.r
        place = r.choice(self.t["places"])
        lead_n, lead_ev = self.count_phrase()
        c = self.claimant()
        title = f"{self.cap(self.tail(c))} {r.choice(HEADLINE_VERBS)} {lead_n} {lead_ev} {place}"
        lead = r.choice([f"{self.cap(lead_n)} {lead_ev} {place}, {c} {r.choice(SAY)} {self.date()}.",
                         f"{self.cap(c)} {r.choice(SAY_THAT)} {self.date()} that {lead_n} {lead_ev} {place}."])
        target = r.randint(MIN_WORDS + 20, MAX_WORDS - 40)
        paras = [lead]
        words = len(lead.split())
        while True:
            p = self.paragraph()
            n = len(p.split())
            if words + n > MAX_WORDS - 10:
                if words >= MIN_WORDS:
                    break
                continue
            paras.append(p)
            words += n
            if words >= target:
                break
        fm = f"---\npublisher: {publisher}\ndate: {date}\ntitle: \"{title}\"\n---\n"
        return fm + "\n\n".join(paras) + "\n"


def generate(n: int, seed: int = DEFAULT_SEED) -> List[str]:
    """``n`` articles (Markdown with front matter, 300–900 words of body each); same seed, same text."""
    rng = random.Random(seed)
    topics = sorted(TOPICS)
    out = []
    for i in range(n):
        topic = topics[i % len(topics)] if rng.random() < 0.5 else rng.choice(topics)
        w = _Writer(random.Random(rng.getrandbits(64)), topic)
        date = f"{w.year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(w.article(rng.choice(PUBLISHERS), date))
    return out


def body_words(article: str) -> int:
    """Words after the front matter (what the benchmarks count)."""
    if article.startswith("---\n"):
        end = article.find("\n---\n", 4)
        if end != -1:
            article = article[end + 5:]
    return len(article.split())


def write(out_dir: str, n: int, seed: int = DEFAULT_SEED) -> List[str]:
    os.makedirs(out_dir, exist_ok=True)
    paths = []
    width = max(5, len(str(n)))
    for i, text in enumerate(generate(n, seed), 1):
        p = os.path.join(out_dir, f"article-{i:0{width}d}.md")
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        paths.append(p)
    return paths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="folder to write article-NNNNN.md into (default: print a summary only)")
    ap.add_argument("--articles", type=int, default=2000, help="how many articles (default 2000)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--show", type=int, default=0, metavar="K", help="print the first K articles")
    a = ap.parse_args(argv)
    if a.out:
        paths = write(a.out, a.articles, a.seed)
        docs = [open(p, encoding="utf-8").read() for p in paths]
        print(f"wrote {len(paths):,} articles to {a.out}")
    else:
        docs = generate(a.articles, a.seed)
    words = [body_words(d) for d in docs]
    print(f"{len(docs):,} articles, {sum(words):,} words (min {min(words)}, max {max(words)}, "
          f"mean {sum(words) / len(words):.0f})")
    for d in docs[:a.show]:
        print(d)
    return 0


if __name__ == "__main__":
    sys.exit(main())
