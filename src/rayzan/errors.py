"""One error base class; subclasses carry where the problem is."""

from __future__ import annotations


class RayzanError(Exception):
    """Base of every error Rayzan raises on purpose."""

    exit_code = 2


class InputError(RayzanError):
    """An input (file, URL, field) that cannot be read; names it and says why."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")


class StoreError(RayzanError):
    """A database that cannot be opened, migrated or written."""


class PipelineError(RayzanError):
    """A pipeline built with a stage whose needs are not met."""


class UsageError(RayzanError):
    exit_code = 1


class OptionError(InputError):
    """A command-line option or query parameter given a value it cannot take (a filter value,
    an output path): a usage error.  ``where`` names the option, the reason lists what it takes."""

    exit_code = 1
