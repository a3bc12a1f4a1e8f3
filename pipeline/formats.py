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
_C_SIZES = ("hh", "ll", "h", "l", "L", "q", "j", "z", "Z", "t")
_C_CONVERSIONS = set("diouxXeEfFgGaAcCsSpn%")
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
        if end > i and _at(text, end) == "$":
            if int(text[i:end]) == 0:
                return found
            i = end + 1
            this_numbered = True  # an argument only if the conversion takes one
        else:
            this_numbered = False
        while _at(text, i) and (_at(text, i) in _C_FLAGS or (msgstr and _at(text, i) == "I")):
            i += 1
        for _part in ("width", "precision"):
            if _part == "precision":
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
        if _at(text, i) == "<":  # ISO C 99 <inttypes.h> macro, as xgettext writes it: %<PRId64>
            close = text.find(">", i)
            macro = text[i + 1 : close] if close > 0 else ""
            if not (macro.startswith(("PRI", "SCN")) and len(macro) > 4 and macro[3] in "diouxX"):
                return found
            i = close
        else:
            for size in _C_SIZES:
                if text.startswith(size, i):
                    i += len(size)
                    break
            if _at(text, i) not in _C_CONVERSIONS:
                return found
        if _at(text, i) != "%":
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
