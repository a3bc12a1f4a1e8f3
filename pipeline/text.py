"""What every part reads alike in a text of any language: digits, Chinese numerals, document symbols."""

from __future__ import annotations

import re

# Arabic-Indic, extended Arabic-Indic (Persian, Urdu) and full-width digits as
# ASCII; bidirectional marks, which Arabic text carries between digits, go.
_DIGITS = {0x0660 + i: str(i) for i in range(10)}
_DIGITS |= {0x06F0 + i: str(i) for i in range(10)}
_DIGITS |= {0xFF10 + i: str(i) for i in range(10)}
_BIDI = dict.fromkeys([0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_NORMALISE = str.maketrans(_DIGITS | _BIDI)
_NEEDS_NORMALISING = re.compile(
    "[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)


def ascii_digits(text: str) -> str:
    """Digits of every script as ASCII digits, bidirectional marks removed."""
    # str.translate with a dict costs ~50 ns a character; most texts need none.
    if _NEEDS_NORMALISING.search(text) is None:
        return text
    return text.translate(_NORMALISE)


# Kashida (tatweel, U+0640) stretches an Arabic word to justify a line: the
# text keeps it as printed, but it is no letter, so whatever compares or
# measures texts (anchors, lengths, labels, words of a language) reads past it.
KASHIDA = "\u0640"


def without_kashida(text: str) -> str:
    """``text`` without kashida, for comparing and measuring (never for what is shown)."""
    return text.replace(KASHIDA, "") if KASHIDA in text else text


def kashida_free(text: str) -> tuple[str, list[int]]:
    """``text`` without kashida, and for each of its positions (and its end) the
    position in ``text``: a match in the first is a slice of the second."""
    if KASHIDA not in text:
        return text, list(range(len(text) + 1))
    plain: list[str] = []
    where: list[int] = []
    for k, char in enumerate(text):
        if char != KASHIDA:
            plain.append(char)
            where.append(k)
    where.append(len(text))
    return "".join(plain), where


# A document symbol: A/68/500, A/RES/64/293, E/CN.15/2013/1, A/C.3/68/L.12,
# S/2013/123/Add.1. At least one slash and one digit; never a trailing dot.
SYMBOL = re.compile(r"(?<![\w/])[A-Z][A-Z]{0,6}(?:\.\d+)?(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+")


# A symbol as a masthead or running header prints it: with a session in roman
# numerals or a year in brackets, and the star of a reissue: A/RES/181(II),
# S/RES/2178 (2014), A/68/500*; identical letters to two organs carry both
# symbols joined by a dash: A/68/500–S/2013/590.
_ONE_PRINTED = SYMBOL.pattern + r"(?:\s?\((?:[IVXLC]{1,6}|\d{4})\))?\**"
PRINTED_SYMBOL = re.compile(rf"{_ONE_PRINTED}(?:[\u2013\u2014-]{_ONE_PRINTED})?")


def symbols(text: str) -> list[str]:
    """The document symbols in ``text``, in order, each once."""
    found = [m.group() for m in SYMBOL.finditer(text)]
    return list(dict.fromkeys(s for s in found if any(c.isdigit() for c in s)))


# Chinese numerals: 二〇一三, 二十六, 三千八百万.
_ZH_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_ZH_UNIT = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}


def chinese_value(numeral: str) -> int:
    """二〇一三 -> 2013 (digit by digit), 二十六 -> 26, 一百零五 -> 105."""
    if all(c in _ZH_DIGIT for c in numeral):
        return int("".join(str(_ZH_DIGIT[c]) for c in numeral))
    total = section = digit = 0
    for c in numeral:
        if c in _ZH_DIGIT:
            digit = _ZH_DIGIT[c]
        elif c in _ZH_UNIT:
            section += (digit or 1) * _ZH_UNIT[c]
            digit = 0
        else:
            total = (total + section + digit) * _ZH_BIG[c]
            section = digit = 0
    return total + section + digit
