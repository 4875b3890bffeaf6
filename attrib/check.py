"""attrib check: findings for CI over scan's analysis (config, suppressions, source declarations, baseline).

The library face::

    findings = check_text("Prices rose 40% last year.\\n", "draft.md")
    findings, errors = check_paths(["drafts/"])           # a CheckResult, unpacks to a pair

Each finding is a :class:`attrib.messages.CheckFinding` made by a message class of
:mod:`attrib.messages`; the reporters of :mod:`attrib.render` turn a :class:`CheckResult` into text,
JSON, SARIF, GitHub annotations or JUnit XML.

The steps for one file: read it; mask what is no prose (:mod:`attrib.markdown`); scan the masked
text (offsets unchanged); apply source declarations; make findings; apply the settings
(select/ignore/severity); apply the inline suppressions; report the unused ones.
"""
from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from functools import partial
TYPE_CHECKING = False  # typing is not imported at run time: it is a tenth of attrib check's start-up
if TYPE_CHECKING:
    from typing import Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .config import CliOptions, Finder, Settings
from .errors import AttribError, ConfigError, InputError, RegistryError
from .markdown import Comment, line_starts, prepare
from .messages import (CODES, SEVERITY_RANK, CheckFinding, InvalidDirective, Message, UnknownSource, UnregisteredClaimant,
                       UnsourcedFigure, UnusedSuppression, VagueAttribution, resolve_codes)
from .model import Claimant, Document, Figure
from .records import dataclass, field

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
BASELINE_VERSION = 1


# ---- directives ----------------------------------------------------------------------------

_DIRECTIVE = re.compile(r"<!--\s*attrib\s*:(.*?)-->", re.DOTALL | re.IGNORECASE)
_SOURCE = re.compile(r"source\s*[=:]\s*(\S+?)(?:\s+(block))?", re.IGNORECASE)
_SUPPRESS = re.compile(r"(ignore|disable-file|disable|enable)(?:\s+(.*))?", re.IGNORECASE | re.DOTALL)


@dataclass
class Directive:
    """One ``<!-- attrib: ... -->`` comment, read."""

    kind: str  # ignore | disable | enable | disable-file | source | invalid
    comment: Comment
    codes: Optional[List[str]] = None  # None: every code
    source: Optional[str] = None
    block: bool = False  # source=ID block: every figure of the next block
    problem: str = ""
    used: bool = False

    @property
    def label(self) -> str:
        """The directive as a short one-line text (for messages and the baseline)."""
        m = _DIRECTIVE.fullmatch(self.comment.text)
        return "attrib: " + " ".join(m.group(1).split()) if m else self.comment.text

    def covers(self, offset: int) -> bool:
        t = self.comment.target
        return t is not None and t[0] <= offset < t[1]


def parse_directive(comment: Comment) -> Optional[Directive]:
    """The directive in an HTML comment, or None for an ordinary comment.

    >>> c = Comment(0, 30, "<!-- attrib: ignore ATR001 -->", False, (31, 40))
    >>> d = parse_directive(c); d.kind, d.codes
    ('ignore', ['ATR001'])
    >>> parse_directive(Comment(0, 9, "<!-- attrib: source=kr-nis -->", False, None)).source
    'kr-nis'
    """
    m = _DIRECTIVE.fullmatch(comment.text)
    if not m:
        return None
    body = m.group(1).strip()
    s = _SOURCE.fullmatch(body)
    if s:
        return Directive("source", comment, source=s.group(1), block=bool(s.group(2)))
    s = _SUPPRESS.fullmatch(body)
    if s:
        kind = s.group(1).lower()
        codes = None
        if s.group(2) and s.group(2).strip():
            try:
                codes = resolve_codes(re.split(r"[\s,]+", s.group(2).strip()))
            except ConfigError as e:
                return Directive("invalid", comment, problem=str(e))
        return Directive(kind, comment, codes=codes)
    return Directive("invalid", comment, problem="not ignore, disable, enable, disable-file or source=ID")


# ---- positions -----------------------------------------------------------------------------

class Lines:
    """1-based line and column of offsets (\\r\\n, \\r and \\n end lines)."""

    def __init__(self, text: str):
        self.starts = line_starts(text)

    def at(self, offset: int) -> Tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)]|#|\||>))")


def sentence_at(text: str, start: int, end: int, floor: int = 0) -> str:
    """The sentence around ``text[start:end]``, whitespace collapsed (the context of a finding).

    >>> sentence_at("One. Officials said 40 died. Two.", 20, 22)
    'Officials said 40 died.'
    """
    a = max(floor, start - 2000)  # a sentence starts within 2,000 characters: long documents stay linear
    for m in _SENT_END.finditer(text, a, start):
        a = m.end()
    m = _SENT_END.search(text, end)
    b = m.start() + (1 if text[m.start()] in ".!?" else 0) if m else len(text)
    out = " ".join(text[a:b].split())
    return out[:300]


# ---- one document --------------------------------------------------------------------------

def is_markdown(path: str) -> bool:
    """Markdown unless the name says plain text (.txt, .text); stdin without a name is Markdown."""
    return not path.lower().endswith((".txt", ".text"))


def check_text(text: str, path: str = "<text>", settings: Optional[Settings] = None, registry=None,
               markdown: Optional[bool] = None) -> List[CheckFinding]:
    """Check one text (front matter allowed); raises InputError for bad front matter.

    ``settings`` default to attrib's defaults (every code, default severities); ``registry`` to
    :meth:`attrib.registry.Registry.default`.
    """
    from .read import split_front_matter

    meta, body = split_front_matter(text, path)
    return check_document(Document(path=path, text=text, body_start=body, meta=meta), settings, registry, markdown)


def check_document(doc: Document, settings: Optional[Settings] = None, registry=None,
                   markdown: Optional[bool] = None) -> List[CheckFinding]:
    """Check a read (unscanned) Document; its text is left as read."""
    from .pipeline import scan_document
    from .registry import Registry

    settings = settings or Settings()
    registry = registry if registry is not None else Registry.default()
    text = doc.text
    prep = prepare(text, doc.body_start, is_markdown(doc.path) if markdown is None else markdown)
    scanned = Document(path=doc.path, text=prep.text, body_start=doc.body_start, meta=doc.meta)
    scan_document(scanned, registry)
    return findings_for(scanned, text, prep.comments, settings, registry)


def findings_for(doc: Document, original: str, comments: Sequence[Comment], settings: Settings,
                 registry) -> List[CheckFinding]:
    """Findings of a scanned document whose ``text`` is the masked ``original``."""
    ctx = _Context(doc, original)
    directives = [d for d in (parse_directive(c) for c in comments) if d is not None]
    raw: List[CheckFinding] = []
    for d in directives:
        if d.kind == "invalid":
            raw.append(ctx.make(InvalidDirective, d.comment.start, d.comment.end, d.label, problem=d.problem))
    figures = sorted((f for f in doc.figures if f.is_figure and f.start >= doc.body_start), key=lambda f: f.start)
    raw += _declare_sources(doc, ctx, directives, figures, registry)
    raw += _figure_findings(doc, ctx, figures, registry)
    kept = []
    for f in raw:
        if not settings.enabled(f.code):
            continue
        f.severity = settings.severity_of(f.code, f.severity)
        kept.append(f)
    kept = _suppress(kept, directives, len(original))
    for d in directives:
        why = _unused_why(d, directives)
        if why is not None and settings.enabled(UnusedSuppression.code):
            f = ctx.make(UnusedSuppression, d.comment.start, d.comment.end, d.label, why=why)
            f.severity = settings.severity_of(f.code, f.severity)
            kept.append(f)
    kept.sort(key=CheckFinding.sort_key)
    return kept


class _Context:
    def __init__(self, doc: Document, original: str):
        self.doc, self.original = doc, original
        self.lines = Lines(original)

    def make(self, cls, start: int, end: int, text: str, figure: Optional[str] = None, **args) -> CheckFinding:
        line, col = self.lines.at(start)
        end_line, end_col = self.lines.at(max(end, start))
        context = sentence_at(self.doc.text, start, end, self.doc.body_start)
        return cls.make(self.doc.path, text, start, end, line, col, end_line, end_col, context=context,
                        figure=figure, **args)


def _declare_sources(doc, ctx, directives, figures: List[Figure], registry) -> List[CheckFinding]:
    out = []
    taken = set()
    for d in directives:
        if d.kind != "source":
            continue
        entry = registry.get(d.source)
        if entry is None:
            d.used = True  # reported as unknown, not also as unused
            out.append(ctx.make(UnknownSource, d.comment.start, d.comment.end, d.source))
            continue
        t = d.comment.target
        cands = [f for f in figures if f.start >= d.comment.end and id(f) not in taken
                 and (t is None or f.start < t[1])] if t is not None else []
        if not d.block:
            cands = cands[:1]
        for f in cands:
            taken.add(id(f))
            f.status, f.claimant = "attributed", d.source
            f.explanation.append(f"declared: {d.label}")
        d.used = bool(cands)
        if cands and not any(c.id == d.source for c in doc.claimants):
            doc.claimants.append(Claimant(id=entry.id, name=entry.name, aliases=list(entry.aliases),
                                          affiliation=list(entry.affiliation), type=entry.type, side=entry.side,
                                          country=entry.country, reliability=entry.reliability, registered=True))
    return out


def _figure_findings(doc, ctx, figures: List[Figure], registry) -> List[CheckFinding]:
    out = []
    statements = {s.id: s for s in doc.statements}
    claimants = {c.id: c for c in doc.claimants}
    unregistered: Dict[str, List[Figure]] = {}
    for f in figures:
        text = ctx.original[f.start:f.end]
        status = f.status or "unsourced"
        if status == "unsourced":
            out.append(ctx.make(UnsourcedFigure, f.start, f.end, text, figure=f.id))
        elif status == "vague":
            st = statements.get(f.statement) if f.statement else None
            cue = f" ('{st.cue.text}')" if st is not None and st.cue is not None and st.cue.text else ""
            out.append(ctx.make(VagueAttribution, f.start, f.end, text, figure=f.id, cue=cue))
        elif f.claimant:
            c = claimants.get(f.claimant)
            registered = (c is not None and c.registered) or registry.get(f.claimant) is not None
            if not registered:
                unregistered.setdefault(f.claimant, []).append(f)
    for cid, figs in unregistered.items():
        c = claimants.get(cid)
        name = c.name if c is not None else cid
        mentions = sorted((m for m in (c.mentions if c else []) if m.start >= doc.body_start), key=lambda m: m.start)
        a, b = (mentions[0].start, mentions[0].end) if mentions else (figs[0].start, figs[0].end)
        out.append(ctx.make(UnregisteredClaimant, a, b, name, count=len(figs), s="" if len(figs) == 1 else "s"))
    return out


def _suppress(findings: List[CheckFinding], directives: List[Directive], n: int) -> List[CheckFinding]:
    """Drop the findings an inline directive hides; mark the directives that hid something."""
    whole = [d for d in directives if d.kind == "disable-file"]
    ignores = [d for d in directives if d.kind == "ignore"]
    ranges = _ranges(directives, n)
    out = []
    for f in findings:
        if not CODES[f.code].suppressible:
            out.append(f)
            continue
        hit = False
        for d in whole:
            if d.codes is None or f.code in d.codes:
                d.used = hit = True
        for d in ignores:
            if d.covers(f.start) and (d.codes is None or f.code in d.codes):
                d.used = hit = True
        for a, b, codes, d in ranges:
            if a <= f.start < b and (codes is None or f.code in codes):
                d.used = hit = True
        if not hit:
            out.append(f)
    return out


def _ranges(directives: List[Directive], n: int):
    """(start, end, codes, disable directive) for every disable ... enable range."""
    out = []
    open_: Dict[str, Directive] = {}  # code or '*' -> the disable that opened it
    for d in directives:
        if d.kind == "disable":
            for key in d.codes or ["*"]:
                open_.setdefault(key, d)
        elif d.kind == "enable":
            keys = list(open_) if d.codes is None else [k for k in d.codes if k in open_]
            for key in keys:
                opener = open_.pop(key)
                out.append((opener.comment.start, d.comment.start, None if key == "*" else [key], opener))
            d.used = bool(keys)
    for key, opener in open_.items():
        out.append((opener.comment.start, n, None if key == "*" else [key], opener))
    return out


def _unused_why(d: Directive, directives) -> Optional[str]:
    if d.used or d.kind == "invalid":
        return None
    if d.kind == "enable":
        return ": no disable before it to end"
    if d.kind == "source":
        return ": no figure follows it in the block" if d.comment.target else ": no block follows it"
    if d.kind == "ignore" and d.comment.target is None:
        return ": no block follows it"
    return ": it suppresses no finding"


# ---- many files ----------------------------------------------------------------------------

@dataclass
class CheckResult:
    """What a run found.  Unpacks to ``(findings, errors)``."""

    findings: List[CheckFinding] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)  # one line each: "path: problem"
    details: Dict[str, str] = field(default_factory=dict)  # error line -> traceback (internal errors, --debug)
    files: List[str] = field(default_factory=list)  # the paths checked
    fail_on: Dict[str, str] = field(default_factory=dict)  # path -> the least failing severity
    baselined: int = 0  # findings the baseline hid

    def __iter__(self) -> Iterator:
        return iter((self.findings, self.errors))

    def fails(self, f: CheckFinding) -> bool:
        """Is this finding at or above the --fail-on severity in force for its file?"""
        level = self.fail_on.get(f.path, "error")
        return SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level]

    @property
    def failing(self) -> List[CheckFinding]:
        return [f for f in self.findings if self.fails(f)]


def _expand(paths: Iterable[str]) -> Iterator[Tuple[str, bool, Optional[str]]]:
    """(path, found by walking a folder, error) for every PATH argument."""
    from .read import TEXT_SUFFIXES, iter_paths

    for p in paths:
        if p != "-" and os.path.isdir(p):
            found = False
            for q in iter_paths([p]):
                found = True
                if isinstance(q, InputError):
                    yield "", True, str(q)
                else:
                    yield q, True, None
            if not found:  # a mistyped folder must not pass CI in silence
                yield "", True, f"{p}: no articles found (looked for {', '.join(TEXT_SUFFIXES)})"
        else:
            yield p, False, None


def check_paths(paths: Iterable[str], cli: Optional[CliOptions] = None, stdin_filename: Optional[str] = None,
                baseline: Optional[str] = None, stdin=None, jobs: int = 1) -> CheckResult:
    """Check files, folders (recursively: .md, .markdown, .txt, .text) and '-' (stdin).

    Bad files, configs and registries become one-line ``errors``; the other files are still checked.
    ``--config`` given but unreadable raises ConfigError (nothing can be checked).  ``jobs`` > 1
    checks the files in that many worker processes; the result is the same.
    """
    from .fsutil import display_path
    from .parallel import ordered_map
    from .read import read_stdin

    finder = Finder(cli)
    result = CheckResult()
    registries: Dict[tuple, object] = {}
    plan: List[tuple] = []  # in PATH order: ("error", line) | ("empty", shown) | ("task", shown, settings)
    tasks: List[tuple] = []
    for p, walked, err in _expand(paths):
        if err:
            plan.append(("error", err))
            continue
        shown = display_path((stdin_filename or "<stdin>") if p == "-" else p)
        try:
            settings = finder.for_file((stdin_filename or "-") if p == "-" else p)
            if walked and settings.excluded(p):
                continue
            data = read_stdin(shown, stream=stdin) if p == "-" else None
        except InputError as e:
            plan.append(("error", str(e)))
            continue
        except AttribError as e:
            plan.append(("error", str(e)))
            continue
        if p == "-":
            if not data.strip():
                plan.append(("empty", shown))
                continue
            item = (shown, data)
        else:
            item = p
        key = _registry(settings, registries)
        plan.append(("task", shown, settings))
        tasks.append((item, settings, key))
    first = next((r for r in registries.values() if not isinstance(r, RegistryError)), None)
    outcomes = iter(list(ordered_map(_check_item, tasks, jobs, initializer=_check_init, initargs=(registries,),
                                     before_pool=None if first is None else partial(_warm, first))))
    errors: List[str] = []
    for step in plan:
        if step[0] != "task":
            if step[0] == "error":
                errors.append(step[1])
            else:
                result.files.append(step[1])
            continue
        shown, settings = step[1], step[2]
        kind, value = next(outcomes)
        if kind == "error":
            errors.append(value)
            continue
        if kind == "internal":  # an unexpected error inside attrib, isolated to this file
            errors.append(value[0])
            result.details[value[0]] = value[1]
            continue
        result.files.append(shown)
        if kind == "ok":
            result.fail_on[shown] = settings.fail_on
            result.findings += value
    if baseline is not None:
        try:
            known = load_baseline(baseline)
        except ConfigError as e:
            errors.append(str(e))
        else:
            result.findings, result.baselined = apply_baseline(result.findings, known, baseline)
    result.errors = list(dict.fromkeys(errors))  # one line per problem, however many files share it
    return result


_WORKER: dict = {}


def _check_init(registries: dict) -> None:
    _WORKER["registries"] = registries


def _warm(registry) -> None:
    check_text("Officials said 40 people died, according to Reuters.\n", "<warm>.md", registry=registry)


def _check_item(task) -> Tuple[str, object]:
    """Read and check one file (in a worker): ("ok", findings), ("empty", None), ("error", line) or
    ("internal", (line, traceback)) for an unexpected error inside attrib (that file alone is lost)."""
    from .pipeline import analysis_error
    from .read import document_from_bytes, read_document

    item, settings, key = task
    try:
        doc = document_from_bytes(item[1], item[0]) if isinstance(item, tuple) else read_document(item)
    except InputError as e:
        if str(e).endswith(": empty file"):  # an empty draft has nothing to source
            return "empty", None
        return "error", str(e)
    registry = _WORKER["registries"][key]
    if isinstance(registry, RegistryError):
        return "error", str(registry)
    try:
        return "ok", check_document(doc, settings, registry)
    except (KeyboardInterrupt, SystemExit, MemoryError, AttribError):
        raise  # a user's error (a bad lexicon) stops the run with its own one line
    except Exception as e:  # noqa: BLE001 - isolation: one document's bug costs only that document
        err = analysis_error(doc.path, e)
        return "internal", (str(err), err.detail)


def _registry(settings: Settings, cache: dict) -> tuple:
    """Load the registry ``settings`` name into ``cache`` once (a RegistryError is kept as the value); its key."""
    from .registry import Registry

    key = tuple(settings.registry)
    if key not in cache:
        try:
            cache[key] = Registry.load(extra=list(key)) if key else Registry.default()
        except RegistryError as e:
            cache[key] = e
    return key


# ---- baseline ------------------------------------------------------------------------------

def _baseline_path(path: str, baseline_file: str) -> str:
    if path.startswith("<"):
        return path
    folder = os.path.dirname(os.path.abspath(baseline_file))
    try:
        rel = os.path.relpath(os.path.abspath(path), folder)
    except ValueError:
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


def baseline_key(f: CheckFinding, baseline_file: str) -> Tuple[str, str, str, str]:
    """What identifies a finding across edits: file, code, subject text, normalised sentence."""
    return (_baseline_path(f.path, baseline_file), f.code, f.text, " ".join(f.context.split()))


def fingerprint(f: CheckFinding) -> str:
    """A stable hash of a finding's file, code, subject text and context (no line numbers)."""
    key = "\0".join((f.path.replace(os.sep, "/"), f.code, f.text, " ".join(f.context.split())))
    import hashlib  # here, not at the top: OpenSSL is a millisecond of every check's start-up

    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def write_baseline(findings: Sequence[CheckFinding], path: str) -> int:
    """Record ``findings`` in ``path`` (JSON); return how many entries were written."""
    import json

    counts = Counter(baseline_key(f, path) for f in findings)
    entries = [{"path": k[0], "code": k[1], "text": k[2], "context": k[3], "count": n}
               for k, n in sorted(counts.items())]
    data = {"tool": "attrib check", "baseline_version": BASELINE_VERSION, "findings": entries}
    from .fsutil import display_path, write_atomic

    try:
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except OSError as e:
        raise ConfigError(f"{display_path(path)}: cannot write baseline ({e.strerror or e})") from None
    return len(entries)


def load_baseline(path: str) -> Counter:
    """Read a baseline written by :func:`write_baseline`; raises ConfigError with one line."""
    import json

    from .fsutil import display_path, read_text

    shown = display_path(path)
    try:
        data = json.loads(read_text(path, what="baseline"))
    except FileNotFoundError:
        raise ConfigError(f"{shown}: no such baseline file") from None
    except AttribError as e:
        raise ConfigError(str(e)) from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{shown}: cannot read baseline (not UTF-8 text at offset {e.start})") from None
    except OSError as e:
        raise ConfigError(f"{shown}: cannot read baseline ({e.strerror or e})") from None
    except json.JSONDecodeError as e:
        raise ConfigError(f"{shown}:{e.lineno}: malformed baseline (not JSON: {e.msg})") from None
    except RecursionError:
        raise ConfigError(f"{shown}: malformed baseline (nested too deeply)") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: malformed baseline (expected an object with a 'findings' list)")
    if data.get("baseline_version") != BASELINE_VERSION:
        raise ConfigError(f"{path}: unsupported baseline version {data.get('baseline_version')!r} "
                          f"(this attrib reads {BASELINE_VERSION})")
    out: Counter = Counter()
    for i, e in enumerate(data["findings"]):
        keys = ("path", "code", "text", "context")
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) for k in keys):
            raise ConfigError(f"{path}: malformed baseline entry {i + 1} (needs path, code, text and context strings)")
        n = e.get("count", 1)
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise ConfigError(f"{path}: malformed baseline entry {i + 1} (count must be a positive integer)")
        out[(e["path"], e["code"], e["text"], " ".join(e["context"].split()))] += n
    return out


def apply_baseline(findings: Sequence[CheckFinding], known: Counter, baseline_file: str):
    """(findings not in the baseline, how many it hid); a key recorded n times hides n findings."""
    left = Counter(known)
    out, hidden = [], 0
    for f in findings:
        k = baseline_key(f, baseline_file)
        if left[k] > 0:
            left[k] -= 1
            hidden += 1
        else:
            out.append(f)
    return out, hidden


# ---- the command ---------------------------------------------------------------------------

FORMATS = {"text": "check_text", "json": "check_json", "sarif": "sarif", "github": "github", "junit": "junit"}


def render(result: CheckResult, fmt: str = "text") -> str:
    """The result in one of :data:`FORMATS` (each a small module of :mod:`attrib.render`)."""
    import importlib

    return importlib.import_module(f"{__package__}.render.{FORMATS[fmt]}").render(result)


def run(paths: Sequence[str], fmt: str = "text", output: Optional[str] = None, select: Optional[str] = None,
        extend_select: Optional[str] = None, ignore: Optional[str] = None, severity: Sequence[str] = (),
        fail_on: Optional[str] = None, exit_zero: bool = False, config: Optional[str] = None,
        isolated: bool = False, sources: Optional[str] = None, baseline: Optional[str] = None,
        write_baseline_to: Optional[str] = None, stdin_filename: Optional[str] = None,
        out=None, err=None, stdin=None, debug: bool = False, jobs: int = 1) -> int:
    """``attrib check`` end to end; returns the exit status (0 clean, 1 failing findings, 2 errors).

    ``out``/``err`` are text streams (default: sys.stdout/sys.stderr); ``--output`` writes the
    report to a file instead of ``out`` and does not change the status.
    """
    import sys

    out = out or sys.stdout
    err = err or sys.stderr
    try:
        cli = CliOptions.parse(select=select, extend_select=extend_select, ignore=ignore, severity=severity,
                               fail_on=fail_on, registry=[sources] if sources else [], config=config,
                               isolated=isolated)
        result = check_paths(paths, cli, stdin_filename=stdin_filename,
                             baseline=None if write_baseline_to else baseline, stdin=stdin, jobs=jobs)
    except AttribError as e:
        err.write(f"attrib: {e}\n")
        return 2
    for e in result.errors:
        err.write(f"attrib: {e}\n")
        if debug and e in result.details:
            err.write(result.details[e])
    status = 2 if result.errors else 0
    if write_baseline_to:
        try:
            n = write_baseline(result.findings, write_baseline_to)
        except ConfigError as e:
            err.write(f"attrib: {e}\n")
            return 2
        err.write(f"attrib: wrote {n} baseline entr{'y' if n == 1 else 'ies'} "
                  f"({len(result.findings)} findings) to {write_baseline_to}\n")
        return status
    report = render(result, fmt)
    if output:
        from .fsutil import display_path, write_atomic

        try:
            write_atomic(output, report)
        except OSError as e:
            err.write(f"attrib: {display_path(output)}: cannot write report ({e.strerror or e})\n")
            return 2
    else:
        out.write(report)
    if status == 0 and result.failing and not exit_zero:
        status = 1
    return status


__all__ = ["check_text", "check_document", "check_paths", "CheckResult", "write_baseline", "load_baseline",
           "apply_baseline", "fingerprint", "Message", "parse_directive", "sentence_at", "render", "run"]
