"""Configuration of ``attrib check``: found by walking up from each file, merged with the command line.

Where settings live (the first found, walking up from a file's folder to the repository root, the
folder that holds ``.git``; within one folder in this order):

- ``.attrib.yaml`` (or ``.attrib.yml``): the settings as a top-level mapping;
- ``pyproject.toml``: a ``[tool.attrib]`` table (read with tomllib, or tomli before Python 3.11);
- ``setup.cfg`` or ``tox.ini``: an ``[attrib]`` section, and ``[attrib:GLOB]`` sections for
  per-path overrides.

Settings (``-`` and ``_`` alike in keys):

    select = ATR001, ATR002        codes, prefixes (ATR00) or names; default: every code
    ignore = ATR003                codes left out
    severity = ATR002:error        code -> error | warning | info
    fail-on = warning              the least severity that fails the run (default: error)
    registry = ../sources.yaml     extra sources.yaml files, relative to the config file
    exclude = drafts/old/**        files skipped when a folder is walked
    per-file-ignores = archive/*.md: ATR001   (glob: codes, one per line)
    overrides = [{paths: [...], select/ignore/severity: ...}]   (YAML and TOML)

>>> s = Settings.from_mapping({"ignore": "ATR003", "severity": {"ATR002": "error"}}, "x.cfg", "/r")
>>> s.ignore, s.severity
(['ATR003'], {'ATR002': 'error'})
"""
from __future__ import annotations

import os
import re
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, List, Optional, Tuple

from .errors import ConfigError
from .messages import SEVERITIES, resolve_codes
from .records import dataclass, field, replace

FAIL_ON = ("error", "warning", "info")
CANDIDATES = (".attrib.yaml", ".attrib.yml", "pyproject.toml", "setup.cfg", "tox.ini")
KEYS = ("select", "ignore", "extend-select", "severity", "fail-on", "registry", "exclude", "per-file-ignores",
        "overrides")


@dataclass
class Override:
    paths: List[str]
    select: Optional[List[str]] = None
    ignore: List[str] = field(default_factory=list)
    severity: Dict[str, str] = field(default_factory=dict)


@dataclass
class Settings:
    """The settings in force for one file."""

    select: Optional[List[str]] = None  # None: every code
    ignore: List[str] = field(default_factory=list)
    severity: Dict[str, str] = field(default_factory=dict)
    fail_on: str = "error"
    registry: List[str] = field(default_factory=list)  # absolute paths
    exclude: List[str] = field(default_factory=list)
    overrides: List[Override] = field(default_factory=list)
    source: Optional[str] = None  # the config file, None for defaults
    root: str = "."  # the folder globs and relative paths are taken from

    # -- building --------------------------------------------------------------------------

    @classmethod
    def from_mapping(cls, data: dict, source: str, root: str) -> "Settings":
        if not isinstance(data, dict):
            raise ConfigError(f"{source}: attrib settings must be a mapping of keys to values")
        s = cls(source=source, root=root)
        for raw_key, value in data.items():
            key = str(raw_key).replace("_", "-").lower()
            where = f"{source}: {raw_key}: "
            if key not in KEYS:
                raise ConfigError(f"{source}: unknown setting {raw_key!r} (known: {', '.join(KEYS)})")
            if key == "select":
                s.select = resolve_codes(_list(value, where), where)
            elif key == "extend-select":
                s.select = sorted(set(s.select or []) | set(resolve_codes(_list(value, where), where)))
            elif key == "ignore":
                s.ignore = resolve_codes(_list(value, where), where)
            elif key == "severity":
                s.severity = _severity(value, where)
            elif key == "fail-on":
                if value not in FAIL_ON:
                    raise ConfigError(f"{where}must be one of {', '.join(FAIL_ON)}, not {value!r}")
                s.fail_on = value
            elif key == "registry":
                s.registry = [os.path.normpath(os.path.join(root, p)) for p in _list(value, where)]
            elif key == "exclude":
                s.exclude = _list(value, where)
            elif key == "per-file-ignores":
                s.overrides += _per_file_ignores(value, where)
            elif key == "overrides":
                s.overrides += _overrides(value, where)
        return s

    # -- using ------------------------------------------------------------------------------

    def for_path(self, path: str) -> "Settings":
        """The settings with every override whose glob matches ``path`` applied."""
        rel = _relative(path, self.root)
        s = self
        for o in self.overrides:
            if any(glob_match(g, rel) for g in o.paths):
                s = replace(s, select=o.select if o.select is not None else s.select,
                            ignore=sorted(set(s.ignore) | set(o.ignore)), severity={**s.severity, **o.severity})
        return s

    def excluded(self, path: str) -> bool:
        rel = _relative(path, self.root)
        return any(glob_match(g, rel) for g in self.exclude)

    def enabled(self, code: str) -> bool:
        return (self.select is None or code in self.select) and code not in self.ignore

    def severity_of(self, code: str, default: str) -> str:
        return self.severity.get(code, default)

    def with_cli(self, cli: "CliOptions") -> "Settings":
        """Command-line options on top (after per-path overrides): --select replaces, --ignore adds,
        --severity overrides."""
        s = self
        if cli.select is not None:
            s = replace(s, select=cli.select)
        if cli.extend_select:
            s = replace(s, select=None if s.select is None else sorted(set(s.select) | set(cli.extend_select)))
        if cli.ignore:
            s = replace(s, ignore=sorted(set(s.ignore) | set(cli.ignore)))
        if cli.severity:
            s = replace(s, severity={**s.severity, **cli.severity})
        if cli.fail_on is not None:
            s = replace(s, fail_on=cli.fail_on)
        if cli.registry:
            s = replace(s, registry=s.registry + [os.path.abspath(p) for p in cli.registry])
        return s


@dataclass
class CliOptions:
    """What the command line says about settings (None / empty: not given)."""

    select: Optional[List[str]] = None
    extend_select: List[str] = field(default_factory=list)
    ignore: List[str] = field(default_factory=list)
    severity: Dict[str, str] = field(default_factory=dict)
    fail_on: Optional[str] = None
    registry: List[str] = field(default_factory=list)
    config: Optional[str] = None  # --config FILE: use it, skip discovery
    isolated: bool = False  # --isolated: no config file at all

    @classmethod
    def parse(cls, select=None, extend_select=None, ignore=None, severity=(), fail_on=None, registry=(),
              config=None, isolated=False) -> "CliOptions":
        """From raw option strings (comma-separated codes, CODE=LEVEL); raises ConfigError."""
        where = "command line: "
        return cls(
            select=resolve_codes(_list(select, where), "--select: ") if select is not None else None,
            extend_select=resolve_codes(_list(extend_select, where), "--extend-select: ") if extend_select else [],
            ignore=resolve_codes(_list(ignore, where), "--ignore: ") if ignore else [],
            severity=_severity(list(severity), "--severity: ") if severity else {},
            fail_on=fail_on, registry=list(registry or []), config=config, isolated=isolated)


# ---- values --------------------------------------------------------------------------------

def _list(value, where: str) -> List[str]:
    """A list from a list, or from a string split on commas, spaces and newlines."""
    if value is None:
        return []
    if isinstance(value, str):
        return [x for x in re.split(r"[\s,]+", value) if x]
    if isinstance(value, (list, tuple)) and all(isinstance(x, str) for x in value):
        out = []
        for x in value:
            out += _list(x, where)
        return out
    raise ConfigError(f"{where}must be a list of strings or a comma-separated string, not {value!r}")


def _severity(value, where: str) -> Dict[str, str]:
    pairs: List[Tuple[str, str]] = []
    if isinstance(value, dict):
        pairs = [(str(k), v) for k, v in value.items()]
    else:
        for item in _list(value, where):
            if not re.fullmatch(r"[^:=]+[:=][^:=]+", item):
                raise ConfigError(f"{where}{item!r} is not CODE=LEVEL")
            k, v = re.split(r"[:=]", item)
            pairs.append((k, v))
    out = {}
    for k, v in pairs:
        if v not in SEVERITIES:
            raise ConfigError(f"{where}severity of {k} must be one of {', '.join(SEVERITIES)}, not {v!r}")
        for code in resolve_codes([k], where):
            out[code] = v
    return out


def _per_file_ignores(value, where: str) -> List[Override]:
    items: List[Tuple[str, object]] = []
    if isinstance(value, dict):
        items = [(str(k), v) for k, v in value.items()]
    elif isinstance(value, str):
        for line in value.splitlines():
            line = line.strip()
            if not line:
                continue
            if ":" not in line:
                raise ConfigError(f"{where}{line!r} is not 'GLOB: CODES'")
            glob, codes = line.rsplit(":", 1)
            items.append((glob.strip(), codes))
    else:
        raise ConfigError(f"{where}must map globs to codes")
    return [Override(paths=[g], ignore=resolve_codes(_list(c, where), where)) for g, c in items]


def _overrides(value, where: str) -> List[Override]:
    if not isinstance(value, list):
        raise ConfigError(f"{where}must be a list of {{paths: [...], select/ignore/severity: ...}}")
    out = []
    for item in value:
        if not isinstance(item, dict) or "paths" not in item:
            raise ConfigError(f"{where}each override needs 'paths'")
        extra = set(item) - {"paths", "select", "ignore", "severity"}
        if extra:
            raise ConfigError(f"{where}unknown key {sorted(extra)[0]!r} in an override")
        out.append(Override(
            paths=_list(item["paths"], where),
            select=resolve_codes(_list(item["select"], where), where) if "select" in item else None,
            ignore=resolve_codes(_list(item.get("ignore"), where), where),
            severity=_severity(item.get("severity") or {}, where)))
    return out


def _is_within(path: str, folder: str) -> bool:
    """Is ``path`` ``folder`` or below it (both absolute)?"""
    folder = folder.rstrip(os.sep) or os.sep
    return path == folder or path.startswith(folder if folder.endswith(os.sep) else folder + os.sep)


def _relative(path: str, root: str) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    except ValueError:  # another drive
        rel = path
    return rel.replace(os.sep, "/")


def glob_match(pattern: str, rel: str) -> bool:
    """Match a path relative to the config folder; ``**`` spans folders, a bare name any folder.

    >>> glob_match("drafts/*.md", "drafts/a.md"), glob_match("*.md", "x/y/a.md")
    (True, True)
    >>> glob_match("drafts/**", "drafts/2024/a.md"), glob_match("drafts/*.md", "other/drafts/a.md")
    (True, False)
    """
    pattern = pattern.strip().replace("\\", "/")
    if pattern.startswith("./"):
        pattern = pattern[2:]
    if "/" not in pattern.rstrip("/"):
        pattern = "**/" + pattern
    if pattern.endswith("/"):
        pattern += "**"
    rx, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            rx += "(?:.*/)?"
            i += 3
        elif pattern.startswith("**", i):
            rx += ".*"
            i += 2
        elif pattern[i] == "*":
            rx += "[^/]*"
            i += 1
        elif pattern[i] == "?":
            rx += "[^/]"
            i += 1
        else:
            rx += re.escape(pattern[i])
            i += 1
    return re.fullmatch(rx, rel) is not None


# ---- files ---------------------------------------------------------------------------------

def load_file(path: str) -> Settings:
    """Read settings from one file (any of the supported kinds); raises ConfigError."""
    name = os.path.basename(path)
    root = os.path.dirname(os.path.abspath(path))
    data = _read(path, name)
    if data is None:
        if name in (".attrib.yaml", ".attrib.yml"):
            data = {}
        else:
            raise ConfigError(f"{path}: no [{'tool.attrib' if name.endswith('.toml') else 'attrib'}] section")
    return Settings.from_mapping(data, path, root)


def _read(path: str, name: str) -> Optional[dict]:
    """The attrib settings of a file, or None when it holds none."""
    from .errors import AttribError
    from .fsutil import display_path, read_text

    try:
        text = read_text(path, what="config file")
    except FileNotFoundError:
        raise ConfigError(f"{display_path(path)}: no such config file") from None
    except AttribError as e:  # a FIFO, a device, a file over the size cap: refused unread
        raise ConfigError(str(e)) from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{display_path(path)}: cannot read config (not UTF-8 text at offset {e.start})") from None
    except OSError as e:
        raise ConfigError(f"{display_path(path)}: cannot read config ({e.strerror or e})") from None
    if name.endswith((".yaml", ".yml")):
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            raise ConfigError(f"{path}{line}: invalid YAML ({getattr(e, 'problem', None) or e})") from None
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: must be a mapping of settings")
        return data
    if name.endswith(".toml"):
        if "attrib" not in text:  # cheap: most pyproject.toml never name it
            return None
        toml = _toml_module(path)
        try:
            data = toml.loads(text)
        except toml.TOMLDecodeError as e:
            raise ConfigError(f"{path}: invalid TOML ({e})") from None
        # [tool.attrib], [tool."attrib"], [tool] attrib = {...} and tool.attrib.select = [...] are one table
        tool = data.get("tool")
        if not isinstance(tool, dict):
            return None
        attrib = tool.get("attrib")
        if attrib is None:
            return None
        if not isinstance(attrib, dict):
            raise ConfigError(f"{path}: tool.attrib must be a table of settings")
        return attrib
    # setup.cfg, tox.ini
    if not re.search(r"^\[attrib(?::[^\]]*)?\]", text, flags=re.MULTILINE):
        return None
    import configparser

    cp = configparser.ConfigParser(interpolation=None)
    try:
        cp.read_string(text, source=path)
    except configparser.Error as e:
        raise ConfigError(f"{path}: invalid INI ({str(e).splitlines()[0]})") from None
    if not cp.has_section("attrib"):
        data: dict = {}
    else:
        data = dict(cp.items("attrib"))
    overrides = []
    for sec in cp.sections():
        if sec.startswith("attrib:"):
            o = dict(cp.items(sec))
            o["paths"] = sec[len("attrib:"):]
            overrides.append(o)
    if overrides:
        data["overrides"] = overrides
    return data


def _toml_module(path: str):
    try:
        import tomllib  # Python 3.11+

        return tomllib
    except ImportError:  # pragma: no cover - Python < 3.11
        try:
            import tomli

            return tomli
        except ImportError:
            raise ConfigError(f"{path}: reading [tool.attrib] needs Python 3.11+ or the 'tomli' package "
                              "(pip install tomli)") from None


class Finder:
    """Find and cache the settings for each file: walk up to the repository root."""

    def __init__(self, cli: Optional[CliOptions] = None, cwd: Optional[str] = None):
        self.cli = cli or CliOptions()
        self.cwd = os.path.abspath(cwd or os.getcwd())
        self._by_dir: Dict[str, Settings] = {}
        self._fixed: Optional[Settings] = None
        if self.cli.config:
            self._fixed = load_file(self.cli.config)  # raises ConfigError: a usage error

    def for_file(self, path: str) -> Settings:
        """Settings for ``path`` (overrides applied, command line on top); raises ConfigError."""
        return self.base_for(path).for_path(path).with_cli(self.cli)

    def base_for(self, path: str) -> Settings:
        if self._fixed is not None:
            return self._fixed
        if self.cli.isolated:
            return Settings(root=self.cwd)
        folder = os.path.dirname(os.path.abspath(path)) if path not in ("-", "") else self.cwd
        return self._for_dir(folder)

    def _for_dir(self, folder: str) -> Settings:
        if folder in self._by_dir:
            return self._by_dir[folder]
        chain = []
        found: Optional[Settings] = None
        top = self._ceiling(folder)
        d = folder
        while True:
            if d in self._by_dir:
                found = self._by_dir[d]
                break
            chain.append(d)
            found = self._in_dir(d)
            if found is not None:
                break
            parent = os.path.dirname(d)
            if d == top or parent == d:
                found = Settings(root=d)
                break
            d = parent
        for c in chain:
            self._by_dir[c] = found
        return found

    def _ceiling(self, folder: str) -> str:
        """The highest folder whose settings may apply to a file in ``folder``: the repository root
        (the nearest folder holding ``.git``); else the user's home, when the file is below it; else
        the current folder, when the file is below it; else the file's own folder. Nothing above it
        is read, so a stray ``.attrib.yaml`` in /tmp or / cannot change what a draft's check says."""
        d = folder
        while True:
            if os.path.exists(os.path.join(d, ".git")):
                return d
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
        for top in (os.path.abspath(os.path.expanduser("~")), self.cwd):
            if top and _is_within(folder, top):
                return top
        return folder

    @staticmethod
    def _in_dir(d: str) -> Optional[Settings]:
        for name in CANDIDATES:
            p = os.path.join(d, name)
            if os.path.isfile(p):
                data = _read(p, name)
                if data is not None:
                    return Settings.from_mapping(data, p, d)
        return None
