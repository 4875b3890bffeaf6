"""The command line: each command is a few lines over a library call."""
from __future__ import annotations

import functools
import os
import sys

import click

from . import __version__

_DEBUG = [bool(os.environ.get("ATTRIB_DEBUG"))]  # --debug: print the traceback behind an internal error


def _load_registry(sources):
    from .errors import RegistryError
    from .registry import Registry

    try:
        return Registry.load(extra=[sources] if sources else [])
    except RegistryError as e:
        click.echo(f"attrib: {e}", err=True)
        sys.exit(2)


def _check_output(output: str) -> None:
    """Fail before any work when OUTPUT cannot be written (one line, exit 2)."""
    from .fsutil import OutputError, check_writable

    try:
        check_writable(output)
    except OutputError as e:
        click.echo(f"attrib: {e}", err=True)
        sys.exit(2)


def _write(output: str, text: str) -> None:
    """TEXT to stdout ('-') or to the file OUTPUT, through a temporary file and os.replace."""
    if output == "-":
        click.echo(text, nl=False)
        return
    from .fsutil import display_path, write_atomic

    try:
        write_atomic(output, [text])
    except OSError as e:
        click.echo(f"attrib: {display_path(output)}: cannot write ({e.strerror or e})", err=True)
        sys.exit(2)


def _report_errors(errors) -> None:
    for e in errors:
        _report_error(e)


def _report_error(e) -> None:
    click.echo(f"attrib: {e}", err=True)
    detail = getattr(e, "detail", "")
    if detail and _DEBUG[0]:
        click.echo(detail.rstrip("\n"), err=True)


class _Size(click.ParamType):
    name = "SIZE"

    def convert(self, value, param, ctx):
        from .fsutil import parse_size

        try:
            return parse_size(value)
        except ValueError as e:
            self.fail(str(e), param, ctx)


def input_options(f):
    """--max-size, --follow-symlinks and --debug, in force for the command they are given to."""

    @functools.wraps(f)
    def wrapper(*args, max_size=None, follow_symlinks=False, debug=False, **kwargs):
        from . import read

        saved, saved_debug = read.OPTIONS, _DEBUG[0]
        read.OPTIONS = read.ReadOptions(max_bytes=max_size, follow_symlinks=follow_symlinks)
        _DEBUG[0] = debug or saved_debug
        try:
            return f(*args, **kwargs)
        finally:
            read.OPTIONS, _DEBUG[0] = saved, saved_debug

    wrapper = click.option("--debug", is_flag=True,
                           help="On an internal error, print its traceback too.")(wrapper)
    wrapper = click.option("--follow-symlinks", is_flag=True,
                           help="Follow symlinked folders inside the folders walked (each real folder once).")(wrapper)
    wrapper = click.option("--max-size", type=_Size(), default=None, metavar="SIZE",
                           help="Refuse an input larger than SIZE (16M, 512k ...) [default: 32M, or ATTRIB_MAX_SIZE].")(wrapper)
    return wrapper


def _iter_scan(paths, registry, quiet: bool = False):
    """Scanned documents and InputErrors one at a time (see :func:`attrib.pipeline.iter_scan`), with
    a progress bar on stderr for long runs (a terminal only, not with --quiet); no article at all
    is a usage error (exit 2, one line). Only the list of paths is held, never the documents."""
    from .errors import InputError
    from .pipeline import iter_scan
    from .read import TEXT_SUFFIXES, iter_paths

    items = list(iter_paths(paths))
    n = sum(1 for p in items if not isinstance(p, InputError))
    if not items:
        click.echo(f"attrib: no articles found in {' '.join(paths)} (looked for {', '.join(TEXT_SUFFIXES)})", err=True)
        sys.exit(2)

    def run(it):
        for p in it:  # in the order given, errors among the documents
            if isinstance(p, InputError):
                yield p
            else:
                yield from iter_scan([p], registry)

    if quiet or n < PROGRESS_MIN or not sys.stderr.isatty():
        yield from run(items)
    else:
        with click.progressbar(items, label="scanning", file=sys.stderr, show_pos=True, show_eta=True) as bar:
            yield from run(bar)


def _iter_jobs(paths, registry, quiet: bool = False, jobs: int = 1, fn=None):
    """Like :func:`_iter_scan` on ``jobs`` processes (:func:`attrib.pipeline.iter_map`): ``fn(doc)``
    (or the Documents) and the InputErrors in the order of the files, each as soon as it is ready."""
    from .errors import InputError
    from .pipeline import document_from_result, iter_map, result_dict
    from .read import TEXT_SUFFIXES, iter_paths

    items = list(iter_paths(paths))
    if not items:
        click.echo(f"attrib: no articles found in {' '.join(paths)} (looked for {', '.join(TEXT_SUFFIXES)})", err=True)
        sys.exit(2)
    n = sum(1 for p in items if not isinstance(p, InputError))
    results = iter_map(paths, fn or result_dict, registry, jobs, expanded=items)
    if fn is None:  # Documents travel between processes as their JSON-ready result
        results = (r if isinstance(r, InputError) else document_from_result(r) for r in results)
    if quiet or n < PROGRESS_MIN or not sys.stderr.isatty():
        yield from results
        return
    with click.progressbar(length=n, label="scanning", file=sys.stderr, show_pos=True, show_eta=True) as bar:
        for r in results:
            if not isinstance(r, InputError):
                bar.update(1)
            yield r


def _scan(paths, registry, quiet: bool = False, jobs: int = 1):
    """(documents, errors) of :func:`_iter_scan` (:func:`_iter_jobs` with ``jobs`` > 1), for the
    commands that need every document; the same results either way."""
    from .errors import InputError
    from .parallel import resolve_jobs

    docs, errors = [], []
    it = _iter_scan(paths, registry, quiet) if resolve_jobs(jobs) == 1 else _iter_jobs(paths, registry, quiet, jobs)
    for d in it:
        (errors if isinstance(d, InputError) else docs).append(d)
    return docs, errors


PROGRESS_MIN = 20  # files: fewer than this are scanned without a progress bar

quiet_option = click.option("-q", "--quiet", is_flag=True, help="No progress bar on stderr (shown on a terminal "
                            f"when there are {PROGRESS_MIN} files or more).")
width_option = click.option("--width", type=click.IntRange(min=0), default=None, metavar="N",
                            help="Table width in columns [default: $COLUMNS, the terminal's, else 100; 0: no limit].")
jobs_option = click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, metavar="N",
                           help="Worker processes (default 0: one per core; 1: no workers). Output is the same.")
sources_option = click.option("--sources", type=click.Path(dir_okay=False), default=None,
                              help="An extra sources.yaml that extends or overrides the registry.")


class _Group(click.Group):
    """Every error attrib knows (a lexicon, a registry, a config) is one line and exit 2, never a traceback;
    so is a usage error (an unknown option, a bad value): one line naming the command and its --help."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as e:
            where = e.ctx.command_path if e.ctx is not None else (prog_name or "attrib")
            click.echo(f"attrib: {e.format_message()} (see '{where} --help')", err=True)
            sys.exit(e.exit_code)
        except click.ClickException as e:
            click.echo(f"attrib: {e.format_message()}", err=True)
            sys.exit(e.exit_code)
        except click.Abort:
            click.echo("attrib: aborted", err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)

    def invoke(self, ctx):
        from .errors import AttribError

        try:
            return super().invoke(ctx)
        except AttribError as e:
            click.echo(f"attrib: {e}", err=True)
            ctx.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="attrib")
def cli():
    """attrib: find every figure in news text, who claimed it, and who corroborates it."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv", "markdown"]), default="table",
              show_default=True, help="Output format (json, jsonl and csv are written as each file is scanned).")
@click.option("--explain", is_flag=True, help="Show the rule, cue, mention and resolution steps of every figure.")
@click.option("--all", "all_kinds", is_flag=True, help="Also list dates, years, durations and ordinals (table/csv).")
@sources_option
@width_option
@quiet_option
@input_options
@jobs_option
def scan(paths, fmt, explain, all_kinds, sources, width, quiet, jobs):
    """Every figure in PATHS (files, folders, '-' for stdin) and who claimed it."""
    from .errors import InputError
    from .parallel import resolve_jobs
    from .render.scan import document_chunk, iter_render, output_pieces

    registry = _load_registry(sources)
    if resolve_jobs(jobs) > 1:  # each document rendered in the worker that scanned it, written as it comes
        from functools import partial

        chunk = partial(document_chunk, fmt=fmt, explain=explain, all_kinds=all_kinds)
        errors = []

        def chunks():
            for r in _iter_jobs(paths, registry, quiet, jobs, chunk):
                if isinstance(r, InputError):
                    errors.append(r)
                    _report_error(r)
                else:
                    yield r

        for piece in output_pieces(chunks(), fmt, explain, width):
            click.echo(piece, nl=False)
        sys.exit(2 if errors else 0)
    errors = []

    def documents():
        for d in _iter_scan(paths, registry, quiet):
            if isinstance(d, InputError):
                errors.append(d)
                _report_error(d)  # at once: a long run shows its bad files as it meets them
            else:
                yield d

    for chunk in iter_render(documents(), fmt, explain=explain, all_kinds=all_kinds, width=width):
        click.echo(chunk, nl=False)
    sys.exit(2 if errors else 0)


# ---- report / graph commands (issue 3) go below this line ----


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown", "html"]), default="table",
              show_default=True, help="Output format (html: one self-contained page with the claim graph drawn).")
@click.option("-o", "--output", default="-", help="The file to write ('-' for stdout, the default).")
@click.option("--explain", is_flag=True, help="Show the steps behind every claim's measure, verdict and grade.")
@sources_option
@width_option
@quiet_option
@input_options
@jobs_option
def report(paths, fmt, output, explain, sources, width, quiet, jobs):
    """Claims across PATHS: which figures are corroborated, single-sourced, unsourced or contradicted."""
    from .claims import build_claims
    from .render.report import render

    if output != "-":
        _check_output(output)
    registry = _load_registry(sources)
    docs, errors = _scan(paths, registry, quiet, jobs)
    claims = build_claims(docs, registry)
    if fmt == "html":
        from .render.html import render_html

        text = render_html(docs, claims, registry)
    else:
        text = render(docs, claims, fmt, registry=registry, explain=explain,
                      width=0 if output != "-" and width is None else width)
    _write(output, text)
    _report_errors(errors)
    sys.exit(2 if errors else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="The file to write ('-' for stdout).")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json", "dot"]), default=None,
              help="Graph format [default: from the output's extension (.graphml, .gexf, .json, .dot, .gv); "
                   "graphml for '-' or a name without one].")
@sources_option
@quiet_option
@input_options
@jobs_option
def graph(paths, output, fmt, sources, quiet, jobs):
    """The claim graph of PATHS (documents, publishers, claimants, statements, figures, claims)."""
    from .fsutil import display_path, write_atomic
    from .render.graphml import iter_format

    if fmt is None:
        base = output.replace("\\", "/").rsplit("/", 1)[-1]
        ext = base.lower().rsplit(".", 1)[-1] if "." in base.lstrip(".") else ""
        fmt = {"graphml": "graphml", "xml": "graphml", "gexf": "gexf", "json": "json", "dot": "dot",
               "gv": "dot", "": "graphml"}.get(ext)
        if fmt is None:
            click.echo(f"attrib: {output}: unknown graph format '.{ext}' (name it .graphml, .gexf, .json, .dot "
                       "or .gv, or give --format)", err=True)
            sys.exit(2)
    if output != "-":
        _check_output(output)
    from .claims import build_claims
    from .graph import build_graph

    registry = _load_registry(sources)
    docs, errors = _scan(paths, registry, quiet, jobs)
    G = build_graph(docs, build_claims(docs, registry), registry)
    try:
        write_atomic(output, iter_format(G, fmt))
    except OSError as e:
        click.echo(f"attrib: {display_path(output)}: cannot write ({e.strerror or e})", err=True)
        sys.exit(2)
    _report_errors(errors)
    sys.exit(2 if errors else 0)


# ---- check / explain commands (issue 4) go below this line ----


@cli.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github", "junit"]), default="text",
              show_default=True, help="Report format: path:line:col lines, JSON, SARIF 2.1.0, GitHub annotations, JUnit.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to FILE (exit status unchanged).")
@click.option("--select", metavar="CODES", help="Only these codes (comma-separated codes, prefixes or names).")
@click.option("--extend-select", metavar="CODES", help="Add codes to those the config selects.")
@click.option("--ignore", metavar="CODES", help="Leave these codes out (added to the config's).")
@click.option("--severity", multiple=True, metavar="CODE=LEVEL", help="Change a code's severity (error|warning|info).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="Least severity that makes the exit status 1 [default: error, or the config's].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings fail (errors still exit 2).")
@click.option("--config", type=click.Path(dir_okay=False), help="Use this config file; no discovery.")
@click.option("--isolated", is_flag=True, help="Ignore every config file.")
@sources_option
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in FILE.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record today's findings in FILE and exit.")
@click.option("--stdin-filename", metavar="NAME", help="The name to report (and find config for) when PATH is '-'.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the user's cache folder (results, registry, lexicons).")
@input_options
@jobs_option
def check_command(paths, fmt, output, select, extend_select, ignore, severity, fail_on, exit_zero, config, isolated,
                  sources, baseline, write_baseline, stdin_filename, no_cache, jobs):
    """Fail a draft whose figures have no source: lint PATHS (files, folders, '-') for CI.

    Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage, config or input error.
    Codes: `attrib explain`.
    """
    from . import read, resultcache

    kw = dict(paths=list(paths), fmt=fmt, output=output, select=select, extend_select=extend_select, ignore=ignore,
              severity=severity, fail_on=fail_on, exit_zero=exit_zero, config=config, isolated=isolated,
              sources=sources, baseline=baseline, write_baseline_to=write_baseline, stdin_filename=stdin_filename,
              debug=_DEBUG[0], jobs=jobs)
    if no_cache:
        resultcache.disable()
    if no_cache or read.OPTIONS != read.ReadOptions():  # --max-size, --follow-symlinks: not in the key
        from .check import run

        sys.exit(run(**kw))
    sys.exit(resultcache.run(kw))


@cli.command("explain")
@click.argument("code", required=False)
def explain_command(code):
    """What a check CODE (ATR001 or unsourced-figure) means; without CODE, list them all."""
    from .messages import explain, listing

    if not code:
        click.echo(listing(), nl=False)
        return
    text = explain(code)
    if text is None:
        click.echo(f"attrib: unknown code {code!r} (see 'attrib explain' for the list)", err=True)
        sys.exit(2)
    click.echo(text, nl=False)


def main():  # python -m attrib.cli (the console script is attrib.__main__:main, which reads check itself)
    """Run the command line; an error attrib did not foresee is one line on stderr and exit 2
    (``--debug`` or ATTRIB_DEBUG=1 for the traceback), never a bare traceback."""
    from .__main__ import guarded
    from .cache import enable

    enable()  # the user's cache folder: registry, lexicons, compiled patterns (attrib.cache)
    guarded(lambda: cli(prog_name="attrib"))


if __name__ == "__main__":
    main()
