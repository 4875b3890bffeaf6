"""The command line: each command is a few lines over a library call."""
from __future__ import annotations

import sys

import click

from . import __version__


def _load_registry(sources):
    from .errors import RegistryError
    from .registry import Registry

    try:
        return Registry.load(extra=[sources] if sources else [])
    except RegistryError as e:
        click.echo(f"attrib: {e}", err=True)
        sys.exit(2)


def _report_errors(errors) -> None:
    for e in errors:
        click.echo(f"attrib: {e}", err=True)


jobs_option = click.option("-j", "--jobs", type=click.IntRange(min=0), default=0, metavar="N",
                           help="Worker processes (default 0: one per core; 1: no workers). Output is the same.")
sources_option = click.option("--sources", type=click.Path(dir_okay=False), default=None,
                              help="An extra sources.yaml that extends or overrides the registry.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="attrib")
def cli():
    """attrib: find every figure in news text, who claimed it, and who corroborates it."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]), default="table",
              show_default=True, help="Output format.")
@click.option("--explain", is_flag=True, help="Show the rule, cue, mention and resolution steps of every figure.")
@click.option("--all", "all_kinds", is_flag=True, help="Also list dates, years, durations and ordinals (table/csv).")
@sources_option
@jobs_option
def scan(paths, fmt, explain, all_kinds, sources, jobs):
    """Every figure in PATHS (files, folders, '-' for stdin) and who claimed it."""
    from functools import partial

    from .pipeline import map_paths
    from .render.scan import document_chunk, output_pieces

    registry = _load_registry(sources)
    chunk = partial(document_chunk, fmt=fmt, explain=explain, all_kinds=all_kinds)
    chunks, errors = map_paths(paths, chunk, registry, jobs=jobs)
    for piece in output_pieces(chunks, fmt, explain):
        click.echo(piece, nl=False)
    _report_errors(errors)
    sys.exit(2 if errors else 0)


# ---- report / graph commands (issue 3) go below this line ----


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]), default="table",
              show_default=True, help="Output format.")
@click.option("--explain", is_flag=True, help="Show the steps behind every claim's measure, verdict and grade.")
@sources_option
@jobs_option
def report(paths, fmt, explain, sources, jobs):
    """Claims across PATHS: which figures are corroborated, single-sourced, unsourced or contradicted."""
    from .claims import build_claims
    from .pipeline import scan_paths
    from .render.report import render

    registry = _load_registry(sources)
    docs, errors = scan_paths(paths, registry, jobs=jobs)
    claims = build_claims(docs, registry)
    click.echo(render(docs, claims, fmt, registry=registry, explain=explain), nl=False)
    _report_errors(errors)
    sys.exit(2 if errors else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="The file to write ('-' for stdout).")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json"]), default=None,
              help="Graph format [default: from the output's extension, else graphml].")
@sources_option
@jobs_option
def graph(paths, output, fmt, sources, jobs):
    """The claim graph of PATHS (documents, publishers, claimants, statements, figures, claims)."""
    from .render.graphml import OutputError, check_writable, iter_format, write_atomic

    if fmt is None:
        ext = output.lower().rsplit(".", 1)[-1] if "." in output else ""
        fmt = {"gexf": "gexf", "json": "json"}.get(ext, "graphml")
    if output != "-":
        try:
            check_writable(output)
        except OutputError as e:
            click.echo(f"attrib: {e}", err=True)
            sys.exit(2)
    from .claims import build_claims
    from .graph import build_graph
    from .pipeline import scan_paths

    registry = _load_registry(sources)
    docs, errors = scan_paths(paths, registry, jobs=jobs)
    G = build_graph(docs, build_claims(docs, registry), registry)
    if output == "-":
        for chunk in iter_format(G, fmt):
            click.echo(chunk, nl=False)
    else:
        try:
            write_atomic(output, iter_format(G, fmt))
        except OSError as e:
            click.echo(f"attrib: {output}: cannot write ({e.strerror or e})", err=True)
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
@jobs_option
def check_command(paths, fmt, output, select, extend_select, ignore, severity, fail_on, exit_zero, config, isolated,
                  sources, baseline, write_baseline, stdin_filename, jobs):
    """Fail a draft whose figures have no source: lint PATHS (files, folders, '-') for CI.

    Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage, config or input error.
    Codes: `attrib explain`.
    """
    from .check import run

    sys.exit(run(paths, fmt=fmt, output=output, select=select, extend_select=extend_select, ignore=ignore,
                 severity=severity, fail_on=fail_on, exit_zero=exit_zero, config=config, isolated=isolated,
                 sources=sources, baseline=baseline, write_baseline_to=write_baseline, stdin_filename=stdin_filename,
                 jobs=jobs))


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


def main():  # console-script entry point
    from .cache import enable

    enable()  # the user's cache folder: registry, lexicons, compiled patterns (attrib.cache)
    cli(prog_name="attrib")


if __name__ == "__main__":
    main()
