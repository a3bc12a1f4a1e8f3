"""Page furniture in text extracted from a UN PDF: what is on every page and is not the document's text.

Pure: lines in, a flag per line out. Page counters (2/3, 37/2, Page 2, - 2 -),
job numbers (13-49986 (E), GE.05-13245 (E) 150405, V.14-01234), print dates,
bar codes, "Please recycle" in each language, and running headers: the
document's symbol in any shape, alone or with a short title on either side.
"""

from __future__ import annotations

import re

from .languages import OFFICIAL, Language, get_language
from .text import PRINTED_SYMBOL, symbols, without_kashida

# Page furniture, token by token: a line made only of these is not text.
_FURNITURE_TOKEN = re.compile(
    r"""^(?:
        \d{1,3}/\d{1,3}            # page counter 2/3 (Arabic extractions: 37/2)
      | (?:GE\.|V\.|N)?\d{2}-\d{5}  # job number 13-49986, Geneva GE.05-13245, Vienna V.14-01234
      | \([A-Z]\)                  # language letter of the job number (E)
      | \d{6}                      # print dates 081013
      | \*\d{7}\*                  # bar code *1349986*
      | [\u2672\u267B\u267C]       # recycling symbols
    )$""",
    re.VERBOSE,
)
# Page counters of older documents: "Page 2", "- 2 -", at either end of a line.
_PAGE_WORDS = r"(?:(?:Page|Página|Стр\.|Страница)\s+\d{1,3}|[-\u2013\u2014]\s*\d{1,3}\s*[-\u2013\u2014])"
_PAGE_LINE = re.compile(rf"^{_PAGE_WORDS}$")
_PAGE_AT_ENDS = re.compile(rf"^{_PAGE_WORDS}\s+|\s+{_PAGE_WORDS}$")
_RECYCLE = re.compile(r"^please\s+recycle$", re.IGNORECASE)
# A running header's short title does not end a sentence.
_SENTENCE_END = ".;:!?。；：！？"
_HEADER_TITLE_MAX = 150  # characters


def find_symbol(lines: list[str]) -> str:
    """The document's symbol as its masthead prints it (A/RES/181(II)), without a reissue's star."""
    for line in lines[:12]:
        found = PRINTED_SYMBOL.search(line)
        if found and symbols(found.group()):
            return found.group().rstrip("*")
    return ""


def _only_furniture(line: str, language: Language) -> bool:
    """A line of page furniture alone: page counter, job number, bar code, a symbol, "Please recycle"."""
    if not line:
        return False
    words = without_kashida(line).rstrip("\u2672\u267b\u267c ")
    if _RECYCLE.match(words) or _PAGE_LINE.match(line):
        return True
    if words.casefold() in (r.casefold() for r in language.recycle):
        return True
    rest = _strip_tokens(line)
    return not rest or bool(PRINTED_SYMBOL.fullmatch(rest) and symbols(rest))


def _strip_tokens(line: str) -> str:
    """``line`` without the furniture tokens at either end (page counter, job number...)."""
    if _PAGE_LINE.match(line):
        return ""
    line = _PAGE_AT_ENDS.sub("", line)
    tokens = line.split(" ")
    while tokens and _FURNITURE_TOKEN.match(tokens[0]):
        tokens.pop(0)
    while tokens and _FURNITURE_TOKEN.match(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


def _header_symbols(lines: list[str], symbol: str) -> set[str]:
    """Symbols that head pages: the document's, and any printed alone on a line."""
    found = {symbol.rstrip("*")} if symbol else set()
    for line in lines:
        rest = _strip_tokens(line)
        if rest and PRINTED_SYMBOL.fullmatch(rest) and symbols(rest):
            found.add(rest.rstrip("*"))
    return found


_ORGANISATION_NAMES = frozenset(
    re.sub(r"\s", "", name).casefold() for lang in OFFICIAL for name in get_language(lang).united_nations
)


def _header_title(line: str, headers: set[str]) -> bool:
    """A running header with its short title: "A/RES/69/313 Addis Ababa Action Agenda ..."
    or the title first and the symbol last, page counters and job numbers aside."""
    rest = _strip_tokens(line)
    for symbol in headers:
        for printed in (symbol, symbol + "*"):
            if rest.startswith(printed + " "):
                title = _strip_tokens(rest[len(printed):].strip())
            elif rest.endswith(" " + printed):
                title = _strip_tokens(rest[: -len(printed)].strip())
            else:
                continue
            if not title or re.sub(r"\s", "", without_kashida(title)).casefold() in _ORGANISATION_NAMES:
                return False  # the masthead: "United Nations A/68/500"
            ends = title.endswith(tuple(_SENTENCE_END)) and not title.endswith(("...", "\u2026"))
            return len(title) <= _HEADER_TITLE_MAX and not ends and not title[:1].islower()
    return False


def furniture_lines(lines: list[str], symbol: str, language: Language) -> list[bool]:
    """For each line, is it page furniture? A line with a running header's title counts
    when it stands apart: a blank line, other furniture or a page edge next to it."""
    plain = [_only_furniture(line, language) for line in lines]
    headers = _header_symbols([line for line, p in zip(lines, plain, strict=True) if p], symbol)
    out = list(plain)
    for k, line in enumerate(lines):
        if out[k] or not line or not headers:
            continue
        if _header_title(line, headers):
            before = k == 0 or not lines[k - 1] or plain[k - 1]
            after = k + 1 == len(lines) or not lines[k + 1] or plain[k + 1]
            out[k] = before or after or _strip_tokens(line) != line
    # The masthead's first lines ("United Nations" / "A/68/500") are read by the front matter.
    for k, line in enumerate(lines):
        if line and not out[k]:
            break
        if k < 2:
            out[k] = False
    return out


__all__ = ["find_symbol", "furniture_lines"]
