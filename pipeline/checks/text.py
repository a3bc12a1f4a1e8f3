"""What the checks read in a text: numbers as each locale writes them.

Digits of any script and document symbols are read as everywhere else
(``pipeline.text``).

Strings in, values out; everything keyed on the English alone is cached,
since the same English is checked in five languages.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from babel import numbers as babel_numbers

from ..text import SYMBOL, ascii_digits, chinese_value, symbols  # noqa: F401  (the checks import them from here)


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces (positions kept)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# --- numbers ----------------------------------------------------------------

# A run of digits with the separators any locale puts inside a number.
_TOKEN = re.compile(r"[0-9]+(?:[.,\u00a0\u202f\u2009 '\u066b\u066c][0-9]+)*")
_EN_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_EN_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_DIGIT_RUN = re.compile(r"[0-9]+")
_SPACES = "\u00a0\u202f\u2009 "


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text).normalize()
    except InvalidOperation:
        return None


def english_numbers(text: str) -> list[tuple[str, Decimal]]:
    """The numbers of an English text as (as written, value): 1,000.5 is 1000.5."""
    result = []
    for match in _TOKEN.finditer(text):
        token = match.group().rstrip(" ")
        # An English number never has spaces inside: "26 2013" is two numbers.
        for part in token.split(" "):
            for piece in re.split(r"[\u00a0\u202f\u2009]", part):
                if _EN_GROUPED.fullmatch(piece) or _EN_PLAIN.fullmatch(piece):
                    value = _decimal(piece.replace(",", ""))
                    if value is not None:
                        result.append((piece, value))
                else:  # "8.1.2", "1,2": each run of digits is a number
                    result.extend((d, Decimal(d)) for d in _DIGIT_RUN.findall(piece))
    return result


@lru_cache(maxsize=16)
def _separators(lang: str) -> tuple[str, str]:
    """(group characters, decimal characters) a translation in ``lang`` may use."""
    group = {babel_numbers.get_group_symbol(lang)}
    decimal = {babel_numbers.get_decimal_symbol(lang)}
    if lang == "ar":  # the Arabic numbering system's own ٬ and ٫
        group.add(babel_numbers.get_group_symbol(lang, numbering_system="arab"))
        decimal.add(babel_numbers.get_decimal_symbol(lang, numbering_system="arab"))
    if group & set(_SPACES) or lang == "es":
        group |= set(_SPACES)  # typed as a space, a no-break space or a narrow one
    return "".join(sorted(group)), "".join(sorted(decimal))


@lru_cache(maxsize=16)
def _locale_number(lang: str) -> re.Pattern[str]:
    group, decimal = _separators(lang)
    g, d = re.escape(group), re.escape(decimal)
    return re.compile(rf"[0-9]{{1,3}}(?:[{g}][0-9]{{3}})+(?:[{d}][0-9]+)?|[0-9]+(?:[{d}][0-9]+)?")


def _locale_value(token: str, lang: str) -> Decimal | None:
    if not _locale_number(lang).fullmatch(token):
        return None
    group, decimal = _separators(lang)
    digits = "".join("." if c in decimal else c for c in token if c not in group)
    return _decimal(digits)


def target_numbers(text: str, lang: str) -> set[Decimal]:
    """Every value a number in a translation can be read as.

    Tolerant on purpose: "1 000" is 1000 and also 1 and 000, "1.000" is
    1000 in Spanish and 1.0 in English. The checks ask whether the English
    numbers are there, so a reading too many costs nothing.
    """
    text = ascii_digits(text)
    values: set[Decimal] = set()
    for match in _TOKEN.finditer(text):
        token = match.group().rstrip(_SPACES + ".,'")
        values.update(Decimal(d) for d in _DIGIT_RUN.findall(token))
        for value in (
            _locale_value(token, lang),
            _decimal(token.replace(",", "")) if _EN_GROUPED.fullmatch(token) else None,
            _decimal(token) if _EN_PLAIN.fullmatch(token) else None,
        ):
            if value is not None:
                values.add(value)
    if lang == "zh":
        values.update(chinese_numbers(text))
        values.update(_chinese_amounts(text))
    return values


# "3 800万" is 38 million, "12亿" 1.2 billion: Chinese counts in units of
# ten thousand and a hundred million where English counts in millions.
_ZH_AMOUNT = re.compile(r"([0-9]+(?:[ ,\u00a0\u202f\u2009][0-9]{3})*(?:\.[0-9]+)?)\s*([万亿])")


def _chinese_amounts(text: str) -> set[Decimal]:
    values: set[Decimal] = set()
    for match in _ZH_AMOUNT.finditer(text):
        number = _decimal(re.sub(r"[ ,\u00a0\u202f\u2009]", "", match.group(1)))
        if number is None:
            continue
        amount = number * (10_000 if match.group(2) == "万" else 100_000_000)
        values.add(amount.normalize())
        for scale in (1_000_000, 1_000_000_000):  # "38 million", "1.2 billion"
            values.add((amount / scale).normalize())
    return values


# --- Chinese numerals --------------------------------------------------------

_ZH_NUMERAL = re.compile("[〇零一二两三四五六七八九十百千万亿]+")


def chinese_numbers(text: str) -> list[Decimal]:
    """The values of the numerals written in Chinese characters in ``text``.

    Ordinals of sessions (第六十八届) are numbers too; the checks only ask
    whether an English number is present, so the extras do no harm.
    """
    return [Decimal(chinese_value(m.group())) for m in _ZH_NUMERAL.finditer(text)]
