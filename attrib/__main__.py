"""The ``attrib`` command's entry point (also ``python -m attrib``).

``attrib check`` runs in CI and pre-commit hooks on every commit, so its start-up counts: an
ordinary check command line (the options below, each once) is read here and handed to
:func:`attrib.check.run` without importing click, whose import is a sixth of the command's time.
Everything else — help, usage errors, other commands, options written any other way — goes to the
click interface of :mod:`attrib.cli`, which defines the options, their help and their errors.
"""
from __future__ import annotations

import os
import sys
TYPE_CHECKING = False  # typing is not imported at run time: a cached check imports next to nothing
if TYPE_CHECKING:
    from typing import List, Optional

# `attrib check` options read here: option -> run() keyword.  The click definitions in attrib.cli
# are the reference (tests/test_check_fast.py runs both on the same command lines).
_FLAGS = {"--isolated": "isolated", "--exit-zero": "exit_zero", "--no-cache": "no_cache"}
_VALUES = {"--format": "fmt", "-o": "output", "--output": "output", "--select": "select",
           "--extend-select": "extend_select", "--ignore": "ignore", "--fail-on": "fail_on", "--config": "config",
           "--sources": "sources", "--baseline": "baseline", "--write-baseline": "write_baseline_to",
           "--stdin-filename": "stdin_filename", "-j": "jobs", "--jobs": "jobs"}
_FILES = ("output", "config", "sources", "baseline", "write_baseline_to")  # click.Path(dir_okay=False)


def check_arguments(args: List[str]) -> Optional[dict]:
    """``run()`` keywords for an ordinary ``attrib check`` command line; None for anything else.
    ``no_cache`` is among them when ``--no-cache`` is given (it is no keyword of run())."""
    kw = parse_check(args)
    if kw is None:
        return None
    from .check import FORMATS
    from .config import FAIL_ON

    if kw.get("fmt", "text") not in FORMATS or kw.get("fail_on", "error") not in FAIL_ON:
        return None
    jobs = kw.pop("jobs", "0")  # click's default: one process per core
    if not jobs.isdigit():
        return None
    for k in _FILES:
        if k in kw and (not kw[k] or os.path.isdir(kw[k]) or (os.path.exists(kw[k]) and not os.access(kw[k], os.R_OK))):
            return None
    return {**kw, "jobs": int(jobs)}


def parse_check(args: List[str]) -> Optional[dict]:
    """The options and paths of an ordinary ``attrib check`` command line as written (values not yet
    checked: see :func:`check_arguments`); None for anything else.  Imports nothing."""
    kw: dict = {}
    paths: List[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            paths += args[i + 1:]
            break
        if a.startswith("-") and a != "-":
            name, eq, value = a.partition("=")
            if name in _FLAGS and not eq and _FLAGS[name] not in kw:
                kw[_FLAGS[name]] = True
            elif name in _VALUES and _VALUES[name] not in kw:
                if not eq:
                    i += 1
                    if i == len(args):
                        return None
                    value = args[i]
                kw[_VALUES[name]] = value
            else:
                return None
        else:
            paths.append(a)
        i += 1
    if not paths:
        return None
    return {"paths": paths, **kw}


def guarded(run) -> None:
    """``run()``; an error attrib did not foresee is one line on stderr and exit 2 (``--debug`` or
    ATTRIB_DEBUG=1 for the traceback), never a bare traceback; Ctrl-C exits 130, a closed pipe 1."""
    try:
        run()
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `attrib scan ... | head`: the reader left; say nothing more
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:  # pragma: no cover
            pass
        sys.exit(1)
    except Exception as e:  # noqa: BLE001 - the last line of defence
        import traceback

        cli = sys.modules.get("attrib.cli")
        if os.environ.get("ATTRIB_DEBUG") or "--debug" in sys.argv[1:] or (cli is not None and cli._DEBUG[0]):
            traceback.print_exc()
        msg = " ".join(str(e).split())[:160]
        sys.stderr.write(f"attrib: internal error ({type(e).__name__}{': ' + msg if msg else ''}); "
                         "--debug shows the traceback\n")
        sys.exit(2)


def _exit(status: int) -> None:
    """End ``attrib check`` with ``status``: the output flushed and the exit handlers run (the caches
    written), as at any exit, but without the interpreter's teardown, which frees every object of
    the engine one by one (a tenth of a check's start-up).  The ordinary exit when a thread still
    runs (a pool of ``--jobs``) or a stream cannot be flushed (Python reports it, as always)."""
    threading = sys.modules.get("threading")
    if not isinstance(status, int) or (threading is not None and threading.active_count() > 1):
        sys.exit(status)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        sys.exit(status)
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        sys.exit(status)
    os._exit(status & 0xFF)


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["check"]:
        # a check allocates its modules, caches and findings and exits: the collector's full passes
        # over them (a dozen as they grow) were a twentieth of its start-up, and find no garbage worth
        # it.  Cycles are still collected, rarely; the scan pauses the collector itself meanwhile.
        import gc

        gc.set_threshold(50_000, 20, 20)
        written = parse_check(args[1:])
        if written is not None and not written.get("no_cache") and str(written.get("jobs", "0")).isdigit():
            # a check kept in the results cache (attrib.resultcache) is printed again, importing nothing
            # else; the key holds the options as written, and only a run that passed check_arguments
            # with the same ones (and the same option files) was kept
            from .resultcache import replay

            status: list = []
            guarded(lambda: status.append(replay(written)))
            if status[0] is not None:
                _exit(status[0])
    from .cache import enable

    kw = None
    if args[:1] == ["check"]:
        if written is None or not written.get("no_cache"):
            enable()  # before check_arguments imports the pipeline's classes (their code is cached)
        kw = check_arguments(args[1:])
    if kw is not None and kw.pop("no_cache", False):
        from .resultcache import disable

        disable()
    enable()  # the user's cache folder: registry, lexicons, compiled patterns (attrib.cache)
    if kw is not None:
        from . import resultcache

        kw["debug"] = bool(os.environ.get("ATTRIB_DEBUG"))
        guarded(lambda: _exit(resultcache.run(kw)))
        return
    from .cli import main as click_main

    click_main()


if __name__ == "__main__":
    main()
