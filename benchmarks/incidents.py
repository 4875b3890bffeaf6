"""An invented archive of local incident reports whose numbers collide (tests and benchmarks).

Every incident is a shooting in one of a few invented towns; two to four outlets report each one, in
different words ("2 killed", "two people dead", "one dead and four others wounded"), some a day later
with a toll that has risen. Many incidents share a town, a police department, its spokesperson and a
hospital, and most share their numbers (one or two dead, a handful wounded) with dozens of others, so
only the event can keep their figures apart.

``generate(n_incidents, seed)`` returns ``[Article]``: the Markdown text and, for each countable
figure written, the token as written, its occurrence in the body and the key of the claim it belongs
to (``incident-N killed`` ...). Deterministic for a seed. All text is ours.
"""
from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field
from typing import List, Tuple

TOWNS = [  # (town, police department, spokesperson, hospital)
    ("Vell", "Vell Police Department", "Sgt. Anna Brisk", "Saint Oda Hospital"),
    ("Dask", "Dask Police", "Lt. Omar Fenn", "Dask General Hospital"),
    ("Marlow Bay", "Marlow Bay Police Department", "Officer Rita Calloway", "Harborview Medical Center"),
    ("Kessing", "Kessing County Sheriff's Office", "Deputy Lewis Tarne", "Kessing Regional Hospital"),
    ("Orrin Falls", "Orrin Falls Police", "Capt. Jo Mendel", "Falls Memorial Hospital"),
]
FIRST = ["Tam", "Mira", "Jonas", "Leila", "Corin", "Dara", "Ezra", "Nell", "Ivo", "Priya", "Sol", "Wren", "Abel",
         "Tess", "Rafe", "Lina", "Otto", "Kaya", "Bram", "Yara", "Hugo", "Mae", "Nico", "Ines"]
LAST = ["Orrin", "Holt", "Vasquez", "Adeyemi", "Lindqvist", "Okafor", "Marsh", "Pell", "Quint", "Roan", "Sallow",
        "Teague", "Ulmer", "Voss", "Whitlow", "Yarrow", "Zell", "Brannock", "Corder", "Dunmore", "Ember", "Fairley",
        "Greer", "Hasket"]
STREETS = ["Ash Street", "Birch Avenue", "Cole Road", "Dunn Boulevard", "Elm Court", "Fell Street", "Gable Lane",
           "Hart Avenue", "Iris Way", "Juniper Drive", "Kerr Street", "Linden Road", "Mott Avenue", "Nash Street",
           "Oak Terrace", "Pine Ridge Road", "Quarry Lane", "Rook Street"]
PLACES = ["a gas station", "a birthday party", "a bus stop", "a parking lot", "a barbershop", "a basketball court",
          "an apartment complex", "a corner store", "a nightclub", "a laundromat"]
# surnames built from syllables (400), so that names stay unique across a large archive
_PRE = ["Ash", "Bel", "Cor", "Dun", "El", "Fair", "Gar", "Hal", "Ing", "Jor", "Kel", "Lor", "Mar", "Nor", "Orm",
        "Pem", "Quin", "Rad", "Sel", "Tor"]
_SUF = ["by", "den", "field", "ford", "gate", "ham", "ley", "lin", "more", "ton", "wick", "worth", "well", "stone",
        "wood", "croft", "dale", "hurst", "mere", "shaw"]
SURNAMES = [p + s for p in _PRE for s in _SUF]
INITIALS = "ABCDEFGHJKLMNPRSTW"
OUTLETS = ["Vell Courier", "Bay Ledger", "County Herald", "Falls Gazette", "Tri-Town Post", "Evening Star"]
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


@dataclass
class Article:
    name: str
    text: str
    incident: int
    figures: List[Tuple[str, int, str]] = field(default_factory=list)  # (token, occurrence in body, claim key)


def _w(n: int, rnd: random.Random) -> str:
    return WORDS[n] if n in WORDS and rnd.random() < 0.5 else str(n)


def _person(k: int) -> str:
    first = FIRST[k % len(FIRST)]
    rest = k // len(FIRST)
    last = (LAST + SURNAMES)[rest % (len(LAST) + len(SURNAMES))]
    rest //= len(LAST) + len(SURNAMES)
    return f"{first} {INITIALS[rest % len(INITIALS)]}. {last}" if rest else f"{first} {last}"


def _street(k: int) -> str:
    kinds = ["Street", "Avenue", "Road", "Lane", "Drive", "Court"]
    return f"{SURNAMES[(k * 7) % len(SURNAMES)]} {kinds[(k // len(SURNAMES)) % len(kinds)]}"


class _Body:
    def __init__(self):
        self.parts: List[str] = []
        self.figs: List[Tuple[str, str]] = []

    def add(self, sentence: str, *figs: Tuple[str, str]):
        self.parts.append(sentence)
        self.figs.extend(figs)


def _occurrences(body: str, figs: List[Tuple[str, str]]) -> List[Tuple[str, int, str]]:
    import re

    out, seen = [], {}
    pos = 0
    low = body.lower()
    for token, key in figs:
        rx = re.compile(r"(?<![\w.,])" + re.escape(token.lower()) + r"(?![\w])")
        m = rx.search(low, pos)
        if m is None:
            raise ValueError(f"token {token!r} not found")
        occ = len(rx.findall(low, 0, m.start())) + 1
        pos = m.end()
        seen[token] = occ
        out.append((token, occ, key))
    return out


def _towns(n: int):
    if n <= len(TOWNS):
        return TOWNS[:n]
    out = list(TOWNS)
    ends = ["ford", "ville", "ton", "burg", "field", "port", "haven"]
    ranks = ["Sgt.", "Lt.", "Officer", "Capt.", "Det."]
    for k in range(n - len(TOWNS)):
        town = f"{_PRE[k % len(_PRE)]}{ends[(k // len(_PRE)) % len(ends)]}"
        out.append((town, f"{town} Police Department", f"{ranks[k % len(ranks)]} {_person(k + 7777)}",
                    f"{town} General Hospital"))
    return out


QUIET = ["Investigators were still looking for a motive.", "No arrests had been made by the evening.",
         "The investigation is continuing, police said.", "Officers asked witnesses to come forward.",
         "It was not clear what led to the gunfire."]


def generate(n_incidents: int = 24, seed: int = 11, start: datetime.date = datetime.date(2026, 3, 1),
             days: int = 0, towns: int = 5, names: float = 1.0) -> List[Article]:
    """``n_incidents`` incidents over ``days`` days (default: 90, or a third of a day per incident beyond 270),
    in ``towns`` towns; an article names the victim or the suspect beyond its lead with probability ``names``
    (else it adds only boilerplate every incident's articles share)."""
    rnd = random.Random(seed)
    days = days or max(90, n_incidents // 3)
    town_list = _towns(towns)
    arts: List[Article] = []
    for i in range(n_incidents):
        town, police, spokes, hospital = town_list[i % len(town_list)] if i < 2 * len(town_list) \
            else rnd.choice(town_list)
        # incidents 0 and 5: one town, one day; the others spread over three months
        day = start + datetime.timedelta(days=0 if i in (0, 1, 5) else rnd.randrange(days))
        street = (f"{rnd.randrange(1, 40) * 100} block of "
                  f"{STREETS[i % len(STREETS)] if i < len(STREETS) else _street(i)}")
        place = rnd.choice(PLACES)
        # names unique to the incident (a real archive repeats none either)
        victim, suspect = _person(i), _person(i + 104729)
        age = rnd.randrange(17, 70)
        killed = rnd.choice([1, 1, 2, 2, 3])
        wounded = rnd.choice([2, 3, 4, 4, 5, 16])
        later_killed = killed + 1 if rnd.random() < 0.3 else killed
        k_key, w_key = f"incident-{i} killed", f"incident-{i} wounded"
        for a in range(rnd.choice([2, 3, 3, 4])):
            outlet = OUTLETS[(i + a) % len(OUTLETS)]
            late = a >= 2 and later_killed != killed
            date = day + datetime.timedelta(days=1 if late else rnd.choice([0, 0, 1]))
            k = later_killed if late else killed
            kk = f"incident-{i} killed later" if late else k_key
            b = _Body()
            kw = _w(k, rnd)
            ww = _w(wounded, rnd)
            style = (i + a) % 4
            if style == 0:
                b.add(f"{kw.capitalize() if kw.isalpha() else kw} people were killed and {ww} others were wounded "
                      f"in a shooting at {place} on {street} in {town}, {spokes} of the {police} said.",
                      (kw, kk), (ww, w_key))
            elif style == 1:
                b.add(f"A shooting at {place} in {town} left {kw} dead and {ww} injured, the {police} said.",
                      (kw, kk), (ww, w_key))
            elif style == 2:
                b.add(f"Police in {town} said {kw} people died after gunfire broke out near {street}.", (kw, kk))
                b.add(f"{spokes} said {ww} people were wounded and taken to {hospital}.", (ww, w_key))
            else:
                b.add(f"{victim} was among {kw} people killed when a gunman opened fire at {place} on {street}, "
                      f"according to the {police}.", (kw, kk))
                b.add(f"The {police} said {ww} more were hurt.", (ww, w_key))
            extra = [f"Investigators named {suspect} as the man they believe fired the shots.",
                     f"{victim}, {age}, was remembered by neighbors as a quiet presence.",
                     f"Relatives said {victim} had just finished a shift.",
                     f"{suspect} was taken into custody late in the evening.",
                     f"Neighbors on the {street} said they heard shots shortly before midnight."]
            rnd.shuffle(extra)
            quiet = list(QUIET)
            rnd.shuffle(quiet)
            for x in (extra[:2] if rnd.random() < names else quiet[:2]):
                b.add(x)
            body = " ".join(b.parts)
            title = f"Shooting on {street} in {town}"
            text = (f"---\npublisher: {outlet}\ndate: '{date.isoformat()}'\ntitle: {title}\n---\n{body}\n")
            art = Article(f"incidents/{i:03d}-{a}.md", text, i, _occurrences(body, b.figs))
            arts.append(art)
    return arts


def quality(docs, claims, arts) -> dict:
    """Pairwise: figures of different incidents that share a claim; figures of one count that share one."""
    import re
    from collections import Counter

    of = {(m.doc.path, m.figure.start): c.id for c in claims for m in c.members}
    keys = []
    for a, d in zip(arts, docs):
        body = d.text[d.body_start:].lower()
        for tok, occ, key in a.figures:
            ms = list(re.finditer(r"(?<![\w.,])" + re.escape(tok.lower()) + r"(?![\w])", body))
            s = d.body_start + ms[occ - 1].start()
            f = next((f for f in d.figures if f.start <= s < f.end and f.is_figure), None)
            if f is not None:
                keys.append((key.split()[0], key, of.get((d.path, f.start))))
    # counted by claim, so that the cost stays linear: pairs in one claim, split by incident and by count
    by_claim = Counter(c for _, _, c in keys)
    by_claim_inc = Counter((c, i) for i, _, c in keys)
    by_key = Counter(k for _, k, _ in keys)
    by_key_claim = Counter((k, c) for _, k, c in keys)
    pairs = lambda n: n * (n - 1) // 2  # noqa: E731
    same_claim = sum(pairs(v) for v in by_claim.values())
    same_claim_inc = sum(pairs(v) for v in by_claim_inc.values())
    inc_total = Counter(i for i, _, _ in keys)
    apart_total = pairs(len(keys)) - sum(pairs(v) for v in inc_total.values())
    together = sum(pairs(v) for v in by_key.values())
    joined = sum(pairs(v) for v in by_key_claim.values())
    incident = {a.name: a.incident for a in arts}
    mixed = sum(1 for c in claims if c.verdict == "corroborated" and len({incident[m.doc.path] for m in c.members}) > 1)
    return {"apart": round(1 - (same_claim - same_claim_inc) / max(1, apart_total), 4),
            "together": round(joined / max(1, together), 4), "mixed_corroborated": mixed}
