"""A format string -> the offsets inside its directives, where GNU never breaks.

GNU's PO writer does not break a line inside a format directive of an
entry flagged ``c-format`` or ``python-format`` (``%+d`` and ``%%`` would
otherwise break after the ``%``, ``% d`` after the space). It finds the
directives with its format parsers, which stop at the first invalid
directive: the directives before it are kept whole, the invalid one and
those after it are not. This module follows the C and Python parsers of
GNU gettext 0.21 (format-c.c, format-python.c) that far; other languages'
directives are not modelled (their entries wrap as plain text).
"""

from __future__ import annotations

from collections.abc import Callable

_C_FLAGS = " +-#0'"
_C_SIZES = "hlLqjzZt"  # any run of them: 0.21 checks none against the conversion
_C_NO_ARGUMENT = set("%m")  # "%m" is glibc's strerror(errno)
_C_CONVERSIONS = set("cCsSiduoxXeEfFgGaApn") | _C_NO_ARGUMENT
_C99_SIZES = ("MAX", "PTR", "LEAST8", "LEAST16", "LEAST32", "LEAST64", "FAST8", "FAST16", "FAST32", "FAST64",
              "8", "16", "32", "64")  # fmt: skip
_PY_FLAGS = "-+ #0"
_PY_CONVERSIONS = set("%crsiduoxXeEfgG")


def _digits(text: str, i: int) -> int:
    while i < len(text) and "0" <= text[i] <= "9":
        i += 1
    return i


def _at(text: str, i: int) -> str:
    return text[i] if i < len(text) else ""


def _c_directives(text: str, msgstr: bool) -> list[tuple[int, int]]:
    """(start, end) of the valid directives before the first invalid one."""
    found: list[tuple[int, int]] = []
    numbered = unnumbered = False
    i = 0
    while True:
        start = text.find("%", i)
        if start < 0:
            return found
        i = start + 1
        end = _digits(text, i)
        this_numbered = end > i and _at(text, end) == "$"
        if this_numbered:
            if int(text[i:end]) == 0:
                return found
            i = end + 1  # an argument only if the conversion takes one
        while _at(text, i) and (_at(text, i) in _C_FLAGS or (msgstr and _at(text, i) == "I")):
            i += 1
        for part in ("width", "precision"):
            if part == "precision":
                if _at(text, i) != ".":
                    break
                i += 1
            if _at(text, i) == "*":
                i += 1
                end = _digits(text, i)
                if end > i and _at(text, end) == "$":
                    if int(text[i:end]) == 0 or unnumbered:
                        return found
                    numbered, i = True, end + 1
                else:
                    if numbered:
                        return found
                    unnumbered = True
            else:
                i = _digits(text, i)
        conversion = _at(text, i)
        if conversion == "<":  # an ISO C 99 <inttypes.h> macro, as xgettext writes it: %<PRId64>
            i = _c99_macro(text, i)
            if i < 0:
                return found
            takes_argument = True
        else:
            while _at(text, i) and _at(text, i) in _C_SIZES:
                i += 1
            conversion = _at(text, i)
            if not conversion or conversion not in _C_CONVERSIONS:
                return found
            takes_argument = conversion not in _C_NO_ARGUMENT
        if takes_argument:
            if this_numbered:
                if unnumbered:
                    return found
                numbered = True
            elif numbered:
                return found
            else:
                unnumbered = True
        found.append((start, i))
        i += 1


def _c99_macro(text: str, i: int) -> int:
    """Index of the ``>`` closing ``<PRI...>`` at ``i``, or -1 if it is not one."""
    if not text.startswith("PRI", i + 1) or not _at(text, i + 4) or _at(text, i + 4) not in "diouxX":
        return -1
    i += 5
    for size in _C99_SIZES:
        if text.startswith(size, i):
            i += len(size)
            return i if _at(text, i) == ">" else -1
    return -1


def _python_directives(text: str, msgstr: bool) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    named = unnamed = False
    i = 0
    while True:
        start = text.find("%", i)
        if start < 0:
            return found
        i = start + 1
        name = False
        if _at(text, i) == "(":
            depth, i = 0, i + 1
            while i < len(text):
                if text[i] == "(":
                    depth += 1
                elif text[i] == ")":
                    if depth == 0:
                        break
                    depth -= 1
                i += 1
            if i >= len(text):
                return found
            name, i = True, i + 1
        while _at(text, i) and _at(text, i) in _PY_FLAGS:
            i += 1
        for _part in ("width", "precision"):
            if _part == "precision":
                if _at(text, i) != ".":
                    break
                i += 1
            if _at(text, i) == "*":
                if named:
                    return found
                unnamed, i = True, i + 1
            else:
                i = _digits(text, i)
        if _at(text, i) in ("h", "l", "L"):
            i += 1
        if not _at(text, i) or _at(text, i) not in _PY_CONVERSIONS:
            return found
        if name:
            if unnamed:
                return found
            named = True
        elif _at(text, i) != "%":
            if named:
                return found
            unnamed = True
        found.append((start, i))
        i += 1


_PARSERS: dict[str, Callable[[str, bool], list[tuple[int, int]]]] = {
    "c": _c_directives,
    "python": _python_directives,
}


def directive_interiors(language: str, value: str, msgstr: bool) -> frozenset[int]:
    """Offsets of ``value`` inside a directive of ``language`` (not its ``%``)."""
    parser = _PARSERS.get(language)
    if parser is None or "%" not in value:
        return frozenset()
    return frozenset(i for start, end in parser(value, msgstr) for i in range(start + 1, end + 1))
