"""polib catalogue -> PO text exactly as GNU gettext 0.21 writes it.

What ``msgcat``, ``msgmerge`` and the PO editors built on GNU's writer
produce: strings wrapped at 79 columns where libunistring's line breaking
allows (``linebreak``), Chinese and other wide characters counted as two
columns; ``#:`` references wrapped, every other comment line written as it
is; ``#,`` flags as GNU knows and orders them; obsolete entries last, and
those without a translation dropped. So ``msgcat FILE`` reproduces FILE
byte for byte, and a catalogue a translator saves with such a tool comes
back from the next build unchanged. Pure: entries in, text out.

Where it cannot match, and why: the catalogue is taken to be UTF-8 (it
always is here); format directives are kept whole only for c-format and
python-format entries (``formats``); a comment line ending in a backslash
is joined to the next line by GNU's own reader, so GNU does not read back
what it wrote either. What polib cannot hold is lost before writing: the
``\a`` escape, the header entry's flags other than fuzzy. A file name with
spaces in a ``#:`` reference, which polib reads as two names, is written
back as read but wrapped as two.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import polib

from . import linebreak
from .formats import directive_interiors

PAGE_WIDTH = 79  # GNU's default --width
_NO_WRAP_WIDTH = 2**31 - 1  # INT_MAX: GNU's width for a no-wrap entry

# GNU's format languages in the order write-po.c prints them (format.h, 0.21).
FORMAT_LANGUAGES = (
    "c", "objc", "python", "python-brace", "java", "java-printf", "csharp", "javascript", "scheme",
    "lisp", "elisp", "librep", "ruby", "sh", "awk", "lua", "object-pascal", "smalltalk", "qt",
    "qt-plural", "kde", "kde-kuit", "boost", "tcl", "perl", "perl-brace", "php", "gcc-internal",
    "gfc-internal", "ycp",
)  # fmt: skip
_FORMAT_INDEX = {lang: i for i, lang in enumerate(FORMAT_LANGUAGES)}
_RANGE = re.compile(r"(\d+)\.\.(\d+)$")

_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v",
            "\\": "\\\\", '"': '\\"'}  # fmt: skip
_NEEDS_ESCAPE = re.compile('[\a\b\f\n\r\t\v\\\\"]')


class Flags:
    """The ``#,`` flags GNU keeps: fuzzy, format, range, wrap. Others it drops."""

    __slots__ = ("fuzzy", "formats", "range", "no_wrap")

    def __init__(self, words: Iterable[str]):
        self.fuzzy = False
        self.formats: dict[str, str] = {}  # language -> "yes", "no" or "possible"
        self.range: tuple[int, int] | None = None
        self.no_wrap = False
        tokens = [t for word in words for t in re.split(r"[\s,]+", word) if t]
        i = 0
        while i < len(tokens):
            token = tokens[i]
            i += 1
            if token == "fuzzy":
                self.fuzzy = True
            elif token == "wrap":
                self.no_wrap = False
            elif token == "no-wrap":
                self.no_wrap = True
            elif token == "range:":
                match = _RANGE.match(tokens[i]) if i < len(tokens) else None
                if match:
                    i += 1
                    low, high = int(match.group(1)), int(match.group(2))
                    if low <= high:  # GNU ignores a reversed range
                        self.range = (low, high)
            elif token.endswith("-format"):
                self._format(token[: -len("-format")])

    def _format(self, name: str) -> None:
        for prefix, value in (("impossible-", None), ("possible-", "possible"), ("no-", "no"), ("", "yes")):
            if name.startswith(prefix) and name[len(prefix) :] in _FORMAT_INDEX:
                language = name[len(prefix) :]
                if value is None:
                    self.formats.pop(language, None)
                else:
                    self.formats[language] = value
                return

    def line(self, fuzzy: bool, obsolete: bool) -> str | None:
        """The ``#,`` line, or None when GNU writes none."""
        words = ["fuzzy"] if fuzzy and self.fuzzy else []
        for language in sorted(self.formats, key=_FORMAT_INDEX.__getitem__):
            value = self.formats[language]
            words.append(f"no-{language}-format" if value == "no" else f"{language}-format")
        if self.range is not None and not obsolete:
            words.append(f"range: {self.range[0]}..{self.range[1]}")
        if self.no_wrap:
            words.append("no-wrap")
        return "#, " + ", ".join(words) if words else None

    def format_language(self) -> str | None:
        """The language whose directives must not be broken (GNU: the first possible one)."""
        for language in FORMAT_LANGUAGES:
            if self.formats.get(language) in ("yes", "possible"):
                return language
        return None


def render_po(po: polib.POFile) -> str:
    """The whole catalogue, header first, obsolete entries last."""
    blocks = [_header(po)]
    for entry in po:
        if not entry.obsolete:
            blocks.append(_entry(entry, obsolete=False))
    for entry in po:
        if entry.obsolete and _first_msgstr(entry):
            blocks.append(_entry(entry, obsolete=True))
    return "\n".join(blocks)


def _header(po: polib.POFile) -> str:
    lines = _comment_lines("#", po.header or "")
    msgstr = "".join(f"{key}: {value}\n" for key, value in po.metadata.items())
    fuzzy = po.metadata_is_fuzzy
    flags = Flags(fuzzy if isinstance(fuzzy, list) else ["fuzzy"] if fuzzy else [])
    flag_line = flags.line(fuzzy=bool(msgstr), obsolete=False)
    if flag_line:
        lines.append(flag_line)
    wrap = not flags.no_wrap
    _wrap(lines, "", "msgid", "", wrap)
    _wrap(lines, "", "msgstr", msgstr, wrap)
    return "\n".join(lines) + "\n"


def _entry(entry: polib.POEntry, obsolete: bool) -> str:
    lines = _comment_lines("#", entry.tcomment or "")
    lines += _comment_lines("#.", entry.comment or "")
    lines += _references(entry.occurrences)
    flags = Flags(entry.flags)
    flag_line = flags.line(fuzzy=bool(_first_msgstr(entry)), obsolete=obsolete)
    if flag_line:
        lines.append(flag_line)
    wrap = not flags.no_wrap
    language = flags.format_language()
    previous = "#~| " if obsolete else "#| "
    if entry.previous_msgctxt is not None:
        _wrap(lines, previous, "msgctxt", entry.previous_msgctxt, wrap, language)
    if entry.previous_msgid is not None:
        _wrap(lines, previous, "msgid", entry.previous_msgid, wrap, language)
    if entry.previous_msgid_plural is not None:
        _wrap(lines, previous, "msgid_plural", entry.previous_msgid_plural, wrap, language)
    prefix = "#~ " if obsolete else ""
    if entry.msgctxt is not None:
        _wrap(lines, prefix, "msgctxt", entry.msgctxt, wrap, language)
    _wrap(lines, prefix, "msgid", entry.msgid, wrap, language)
    if entry.msgstr_plural:
        _wrap(lines, prefix, "msgid_plural", entry.msgid_plural or "", wrap, language)
        for index in sorted(entry.msgstr_plural):
            _wrap(lines, prefix, f"msgstr[{index}]", entry.msgstr_plural[index], wrap, language, msgstr=True)
    else:
        _wrap(lines, prefix, "msgstr", entry.msgstr, wrap, language, msgstr=True)
    return "\n".join(lines) + "\n"


def _first_msgstr(entry: polib.POEntry) -> str:
    if entry.msgstr_plural:
        return str(entry.msgstr_plural[min(entry.msgstr_plural)])
    return entry.msgstr or ""


def _comment_lines(mark: str, text: str) -> list[str]:
    """Translator (``#``) and extracted (``#.``) comments: one line each, never wrapped."""
    if not text:
        return []
    return [f"{mark} {line}" if line else mark for line in text.split("\n")]


def _references(occurrences: Iterable[tuple[str, str]]) -> list[str]:
    """``#:`` lines: GNU drops repeats, strips ``./`` and fills lines up to the page width."""
    seen: set[tuple[str, str]] = set()
    lines: list[str] = []
    line = "#:"
    column = 2
    for path, number in occurrences:
        number = str(number or "")
        if number.isdigit():
            number = str(int(number))
        while path.startswith("./"):
            path = path[2:]
        # GNU drops a repeat when it reads one; dropping it on output too
        # keeps "./a.c:1 a.c:1" from changing at the next msgcat.
        if (path, number) in seen:
            continue
        seen.add((path, number))
        reference = f"{path}:{number}" if number else path
        size = len(reference.encode("utf-8")) + 1  # GNU counts bytes here
        if column > 2 and column + size > PAGE_WIDTH:
            lines.append(line)
            line, column = "#:", 2
        line += " " + reference
        column += size
    if column > 2:
        lines.append(line)
    return lines


def _escape(portion: str, start: int, interiors: frozenset[int]) -> tuple[str, set[int]]:
    """Escape one ``\\n``-terminated portion; indices where GNU forbids a break.

    ``start`` is the portion's offset in the whole string, ``interiors`` the
    offsets inside format directives (no break before them).
    """
    if not interiors and not _NEEDS_ESCAPE.search(portion):
        return portion, set()
    out: list[str] = []
    prohibited: set[int] = set()
    column = 0
    for offset, char in enumerate(portion, start):
        if offset in interiors:
            prohibited.add(column)
        escaped = _ESCAPES.get(char)
        if escaped is None:
            out.append(char)
            column += 1
        else:
            out.append(escaped)
            prohibited.add(column + 1)
            column += 2
    if portion.endswith("\n"):
        prohibited.add(column - 2)  # no break just before the final \n
    return "".join(out), prohibited


def _portions(value: str) -> list[tuple[int, str]]:
    """Split after every newline, keeping it; an empty string is one empty portion."""
    result: list[tuple[int, str]] = []
    start = 0
    while True:
        end = value.find("\n", start)
        if end < 0 or end == len(value) - 1:
            result.append((start, value[start:]))
            return result
        result.append((start, value[start : end + 1]))
        start = end + 1


def _wrap(
    lines: list[str],
    prefix: str,
    name: str,
    value: str,
    wrap: bool,
    language: str | None = None,
    msgstr: bool = False,
) -> None:
    """Append ``name "value"`` as GNU's write-po.c ``wrap()`` lays it out."""
    after_break = len(prefix) + 1  # a continuation line's text starts after prefix and quote
    width = (PAGE_WIDTH if wrap else _NO_WRAP_WIDTH) - 1 - after_break  # room for the closing quote
    interiors = directive_interiors(language, value, msgstr) if language and value else frozenset()
    portions = _portions(value)
    first_line = True
    for number, (start, portion) in enumerate(portions):
        text, prohibited = _escape(portion, start, interiors)
        more = number < len(portions) - 1
        cuts: list[int] = []
        if first_line:
            start_column = len(name) + 1  # 'name "' less the continuation indent
            if text and (more or start_column > width or _breaks_at_all(text, prohibited, width, start_column)):
                lines.append(f'{prefix}{name} ""')
                first_line = False
        if not first_line and linebreak.width(text) > width:
            cuts = linebreak.fill(linebreak.analyse(text, frozenset(prohibited)), width)
        head = f'{prefix}{name} "' if first_line else f'{prefix}"'
        first_line = False
        previous = 0
        for cut in cuts:
            lines.append(f'{head}{text[previous:cut]}"')
            head = f'{prefix}"'
            previous = cut
        lines.append(f'{head}{text[previous:]}"')


def _breaks_at_all(text: str, prohibited: set[int], width: int, start_column: int) -> bool:
    if start_column + linebreak.width(text) <= width:
        return False
    return linebreak.any_break(linebreak.analyse(text, frozenset(prohibited)), width, start_column)
