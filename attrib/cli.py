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
def scan(paths, fmt, explain, all_kinds, sources):
    """Every figure in PATHS (files, folders, '-' for stdin) and who claimed it."""
    from .pipeline import scan_paths
    from .render.scan import render

    registry = _load_registry(sources)
    docs, errors = scan_paths(paths, registry)
    click.echo(render(docs, fmt, explain=explain, all_kinds=all_kinds), nl=False)
    _report_errors(errors)
    sys.exit(2 if errors else 0)


# ---- report / graph commands (issue 3) go below this line ----


# ---- check / explain commands (issue 4) go below this line ----


def main():  # console-script entry point
    cli(prog_name="attrib")


if __name__ == "__main__":
    main()
