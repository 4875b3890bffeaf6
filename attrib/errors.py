"""Errors that carry a one-line message naming the file and the problem."""


class AttribError(Exception):
    """Base for every error attrib reports to the user (exit status 2)."""


class InputError(AttribError):
    """A file that cannot be read as a document."""


class RegistryError(AttribError):
    """A malformed sources.yaml."""


class ConfigError(AttribError):
    """A malformed configuration file, baseline or lexicon."""


class AnalysisError(InputError):
    """An unexpected error inside the analysis of one document (a bug): that file is skipped.

    ``detail`` holds the traceback, printed by ``--debug``.
    """

    detail: str = ""
