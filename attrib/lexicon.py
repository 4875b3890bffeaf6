"""Load the YAML lexicons in attrib/data (reporting cues, hedges, number words, units...).

Lexicons are data: a user extends them without touching Python by pointing ``ATTRIB_LEXICONS``
at one or more folders (separated by ``os.pathsep``) holding files of the same names. A user's
list entries are added to the shipped ones; a user's mapping entries override them.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError

DATA = Path(__file__).resolve().parent / "data"


def _line_of(where: str, key) -> str:
    """':N', the first line of file ``where`` that names ``key`` (a key or a list entry), or ''."""
    import re

    try:
        lines = Path(where).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return ""
    pat = re.compile(r"^\s*(?:-\s*)?['\"]?" + re.escape(str(key)) + r"['\"]?\s*(?::|$|#)")
    for i, line in enumerate(lines, 1):
        if pat.match(line):
            return f":{i}"
    return ""


def _merge(base, extra, where, key=None):
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v, where, k) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [x for x in extra if x not in base]
    if base is not None and type(base) is not type(extra):
        at = _line_of(where, key) if key is not None else ""
        under = f" under {key!r}" if key is not None else " at the top level"
        raise ConfigError(f"{where}{at}: expected a {_KIND.get(type(base), type(base).__name__)}{under}, "
                          f"got a {_KIND.get(type(extra), type(extra).__name__)}")
    return extra


_KIND = {dict: "mapping", list: "list", str: "string", int: "number", float: "number", bool: "boolean",
         type(None): "nothing"}


def _read(path: Path):
    import yaml

    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}{where}: invalid YAML in lexicon ({getattr(e, 'problem', e)})") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read lexicon ({e.strerror or e})") from None


def _check(data, where, path=()):
    """Every list entry and key must be a string: YAML reads a bare no/on/off as a boolean."""
    if isinstance(data, dict):
        for k, v in data.items():
            if not isinstance(k, str):
                raise ConfigError(f"{where}{_line_of(where, k)}: key {k!r} under {'/'.join(path) or 'top level'} is not a string (quote it)")
            _check(v, where, path + (k,))
    elif isinstance(data, list):
        for v in data:
            if not isinstance(v, str):
                raise ConfigError(f"{where}{_line_of(where, _yaml_word(v))}: entry {v!r} under {'/'.join(path)} is not a string (quote it)")


def _yaml_word(v) -> str:
    return {True: "yes", False: "no"}.get(v, str(v)) if isinstance(v, bool) else str(v)


def folders():
    """The ATTRIB_LEXICONS folders; a folder that does not exist is an error, not silence."""
    out = []
    for folder in filter(None, os.environ.get("ATTRIB_LEXICONS", "").split(os.pathsep)):
        if not Path(folder).is_dir():
            raise ConfigError(f"{folder}: ATTRIB_LEXICONS names a folder that does not exist")
        out.append(folder)
    return out


@lru_cache(maxsize=None)
def lexicon(name: str):
    """The merged lexicon ``name`` (shipped data + ATTRIB_LEXICONS folders)."""
    from . import cache

    extras = [p for p in (Path(folder) / f"{name}.yaml" for folder in folders()) if p.is_file()]
    key = cache.files_digest([str(DATA / f"{name}.yaml")] + [str(p) for p in extras], [__file__]) \
        if cache.enabled() else None
    data = cache.load("lexicon", key)
    if data is not None:
        return data
    data = _read(DATA / f"{name}.yaml")
    _check(data, str(DATA / f"{name}.yaml")) if name != "numbers" and name != "hedges" else None
    for p in extras:
        extra = _read(p)
        _check(extra, str(p))
        data = _merge(data, extra, str(p))
    cache.store("lexicon", key, data)
    return data
