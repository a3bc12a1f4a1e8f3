"""The HexaglotError family: every expected failure names its file and place."""

from __future__ import annotations


class HexaglotError(Exception):
    """A failure the user can fix; the CLI prints it as one line."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line else "") + ": "
        return where + self.message


class InputError(HexaglotError):
    """A source text that cannot be read as a document (encoding, empty, binary)."""


class CatalogError(HexaglotError):
    """A .po or .pot file that is broken: syntax, duplicate entry, wrong header."""


class ConfigError(HexaglotError):
    """config.yaml or a command line that asks for something impossible."""


class ChangedOnDiskError(HexaglotError):
    """A file changed on disk between the build's read and its write: the newer file is kept."""
