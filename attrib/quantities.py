"""The unit and currency tables of attrib/data, compiled once: canonical names, dimensions, conversions.

``quantities.yaml`` lists measurement units (canonical name, dimension, conversion to the dimension's
base unit, the words and symbols news English writes them with); ``currencies.yaml`` lists currencies
by ISO code (the unit name a money figure reports, signs, codes, words, the hundredth part). The figure
stage asks these tables what a written unit is:

>>> t = tables()
>>> u = t.unit("km")
>>> (u.name, u.dimension, u.factor, u.base)
('kilometre', 'length', 1000.0, 'metre')
>>> t.unit("kilometres") == u
True
>>> t.currency_of_sign("RM").code, t.currency_of_sign("$").unit
('MYR', 'dollars')
"""
from __future__ import annotations

import re
from functools import lru_cache
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Tuple

from .errors import ConfigError
from .lexicon import lexicon
from .records import dataclass


@dataclass(frozen=True)
class Unit:
    name: str  # canonical, singular ("kilometre per hour")
    dimension: str  # "speed"
    factor: Optional[float] = None  # the value of 1 unit in the base unit (None: no factor converts)
    base: Optional[str] = None  # the dimension's base unit ("metre per second")


@dataclass(frozen=True)
class Currency:
    code: str  # ISO 4217
    unit: str  # the unit a money figure reports ("dollars")
    minor: Optional[str] = None  # the hundredth part's unit ("cents"), when it has one


_CONVERSION = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\s+(\S.*?)\s*$")


def _words(spec, key, where) -> List[str]:
    v = spec.get(key) or []
    if not isinstance(v, list):
        raise ConfigError(f"{where}: {key} must be a list")
    return [str(x) for x in v]


class Tables:
    """Look-ups from written forms to units and currencies."""

    def __init__(self):
        q = lexicon("quantities")
        self.by_symbol: Dict[str, Unit] = {}  # case as written
        self.by_word: Dict[str, Unit] = {}  # lower case
        for name, spec in (q.get("units") or {}).items():
            where = f"quantities.yaml: units: {name}"
            if not isinstance(spec, dict) or not spec.get("dimension"):
                raise ConfigError(f"{where}: needs a dimension")
            factor = base = None
            if spec.get("is"):
                m = _CONVERSION.match(str(spec["is"]))
                if not m:
                    raise ConfigError(f"{where}: 'is' must read '<number> <base unit>', got {spec['is']!r}")
                factor, base = float(m.group(1)), m.group(2)
            unit = Unit(name, str(spec["dimension"]), factor, base)
            for w in _words(spec, "words", where) + [name]:
                self.by_word.setdefault(w.lower(), unit)
            for s in _words(spec, "symbols", where):
                self.by_symbol.setdefault(s, unit)
        for w in lexicon("units").get("measures") or []:  # a plain list of measure words (no dimension)
            self.by_word.setdefault(str(w).lower(), Unit(str(w).lower(), "measure"))
        self.rate_denominators = sorted({str(w).lower() for w in q.get("rate_denominators") or []})
        self.rate_modifiers = sorted({str(w).lower() for w in q.get("rate_modifiers") or []})
        self.rate_nouns = {str(k): str(v) for k, v in (q.get("rate_nouns") or {}).items()}
        self.dimension_words = sorted({str(w).lower() for w in q.get("dimension_words") or []})
        self.prefix_units = {str(k): str(v) for k, v in (q.get("prefix_units") or {}).items()}

        c = lexicon("currencies")
        self.currencies: Dict[str, Currency] = {}
        self.signs: Dict[str, Currency] = {}  # written before the number ("$", "RM", "USD")
        self.words: Dict[str, Currency] = {}  # written after it ("dollars"), lower case
        self.minor_symbols: Dict[str, Currency] = {}  # glued after it ("95p")
        self.minor_words: Dict[str, Currency] = {}  # "95 pence"
        not_codes = {str(x) for x in c.get("not_codes") or []}
        for code, spec in (c.get("currencies") or {}).items():
            where = f"currencies.yaml: currencies: {code}"
            if not isinstance(spec, dict) or not spec.get("unit"):
                raise ConfigError(f"{where}: needs a unit")
            minor = spec.get("minor") or {}
            cur = Currency(str(code), str(spec["unit"]), str(minor["unit"]) if minor.get("unit") else None)
            self.currencies[cur.code] = cur
            for s in _words(spec, "signs", where) + ([] if cur.code in not_codes else [cur.code]):
                self.signs.setdefault(s, cur)
            for w in _words(spec, "words", where):
                self.words.setdefault(w.lower(), cur)
            for s in _words(minor, "symbols", where):
                self.minor_symbols.setdefault(s, cur)
            for w in _words(minor, "words", where):
                self.minor_words.setdefault(w.lower(), cur)
        for w in c.get("generic_words") or []:
            self.words.setdefault(str(w).lower(), Currency("", str(w).lower()))

    def unit(self, written: str) -> Optional[Unit]:
        """The unit a written form names: a symbol as written ("kW"), else any word form ("Kilometres")."""
        w = re.sub(r"\s+", " ", written.strip())
        return self.by_symbol.get(w) or self.by_word.get(w.lower())

    def currency_of_sign(self, sign: str) -> Optional[Currency]:
        return self.signs.get(re.sub(r"\s+", " ", sign.strip()))

    def currency_of_word(self, word: str) -> Optional[Currency]:
        return self.words.get(re.sub(r"\s+", " ", word.strip().lower()))

    def base_value(self, unit: Optional[Unit], value: Optional[float]) -> Optional[float]:
        if unit is None or unit.factor is None or value is None:
            return None
        return value * unit.factor

    def symbol_forms(self) -> Tuple[List[str], List[str]]:
        """(symbols, words) of every unit, for the figure stage's patterns."""
        return sorted(self.by_symbol), sorted(self.by_word)


@lru_cache(maxsize=1)
def tables() -> Tables:
    return Tables()
