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
from .words import number_words


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
# A number as English writes it: no spaces inside ("26 2013" is two numbers).
_PIECE = re.compile(r"[0-9]+(?:[.,'\u066b\u066c][0-9]+)*")
_SPACES = "\u00a0\u202f\u2009 "
KASHIDA = "\u0640"


def plain(text: str) -> str:
    """``text`` without kashida (tatweel), which Arabic stretches words with to justify lines."""
    return text.replace(KASHIDA, "") if KASHIDA in text else text


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text).normalize()
    except InvalidOperation:
        return None


def english_numbers(text: str) -> list[tuple[str, Decimal]]:
    """The numbers of an English text as (as written, value): 1,000.5 is 1000.5."""
    return [(token, value) for token, value, _ in english_numbers_at(text)]


def english_numbers_at(text: str) -> list[tuple[str, Decimal, int]]:
    """The numbers of an English text as (as written, value, where it ends)."""
    result = []
    for match in _PIECE.finditer(text):
        piece = match.group()
        if _EN_GROUPED.fullmatch(piece) or _EN_PLAIN.fullmatch(piece):
            value = _decimal(piece.replace(",", ""))
            if value is not None:
                result.append((piece, value, match.end()))
        else:  # "8.1.2", "1,2": each run of digits is a number
            for run in _DIGIT_RUN.finditer(piece):
                result.append((run.group(), Decimal(run.group()), match.start() + run.end()))
    return result


@lru_cache(maxsize=16)
def _separators(lang: str) -> tuple[tuple[str, str], ...]:
    """The (group characters, decimal characters) pairs a translation in ``lang`` may use.

    babel's symbols of the locale (and of the Arabic numbering system: ٬ and
    ٫); a space, no-break space or narrow no-break space as the group mark in
    every language (French and Russian print them, UN Spanish and Chinese
    write "1 000 000", Arabic too); Arabic also writes the decimal comma.
    """
    group = {babel_numbers.get_group_symbol(lang), *_SPACES}
    decimal = babel_numbers.get_decimal_symbol(lang)
    profiles = [("".join(sorted(group)), decimal)]
    if lang == "ar":
        arab_group = babel_numbers.get_group_symbol(lang, numbering_system="arab")
        arab_decimal = babel_numbers.get_decimal_symbol(lang, numbering_system="arab")
        profiles.append(("".join(sorted({arab_group, *_SPACES})), arab_decimal + decimal))
        profiles.append((_SPACES, ","))  # 1 250 000 and 12,5
    return tuple(profiles)


@lru_cache(maxsize=64)
def _locale_number(group: str, decimal: str) -> re.Pattern[str]:
    g, d = re.escape(group), re.escape(decimal)
    return re.compile(rf"[0-9]{{1,3}}(?:[{g}][0-9]{{3}})+(?:[{d}][0-9]+)?|[0-9]+(?:[{d}][0-9]+)?")


def _locale_values(token: str, lang: str) -> set[Decimal]:
    values = set()
    for group, decimal in _separators(lang):
        if _locale_number(group, decimal).fullmatch(token):
            value = _decimal("".join("." if c in decimal else c for c in token if c not in group))
            if value is not None:
                values.add(value)
    return values


def target_numbers(text: str, lang: str) -> set[Decimal]:
    """Every value a number in a translation can be read as.

    Tolerant on purpose: "1 000" is 1000 and also 1 and 000, "1.000" is
    1000 in Spanish and 1.0 in English, "4,3 millions" is 4.3 and 4 300 000.
    The checks ask whether the English numbers are there, so a reading too
    many costs nothing. Numbers written in words are read by
    ``pipeline.checks.words``.
    """
    text = ascii_digits(text)
    values: set[Decimal] = set()
    for match in _TOKEN.finditer(text):
        token = match.group().rstrip(_SPACES + ".,'")
        values.update(Decimal(d) for d in _DIGIT_RUN.findall(token))
        values.update(_locale_values(token, lang))
        for value in (
            _decimal(token.replace(",", "")) if _EN_GROUPED.fullmatch(token) else None,
            _decimal(token) if _EN_PLAIN.fullmatch(token) else None,
        ):
            if value is not None:
                values.add(value)
    values.update(_scaled(text, lang, values))
    for m in _SHORT_YEAR.finditer(text):  # 2014-15 is 2014-2015
        values.add(Decimal(int(m.group(1)) // 100 * 100 + int(m.group(2))))
    if lang == "zh":
        values.update(chinese_numbers(text))
        values.update(_chinese_amounts(text))
    return values


_SHORT_YEAR = re.compile(r"(?<![\d/])((?:19|20)[0-9]{2})\s*[-–/]\s*([0-9]{2})(?![\d/])")

# A number followed by a scale word: "4.3 million", "4,3 millions", "38 млн".
_SCALE_WORDS = {
    "en": {"thousand": 3, "million": 6, "billion": 9, "trillion": 12},
    "fr": {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9},
    "es": {"mil millones": 9, "mil": 3, "millón": 6, "millon": 6, "millones": 6, "millardos": 9, "billones": 12},
    "ru": {"тыс": 3, "тысяч": 3, "тысячи": 3, "тысяча": 3, "млн": 6, "миллион": 6, "миллиона": 6,
           "миллионов": 6, "млрд": 9, "миллиард": 9, "миллиарда": 9, "миллиардов": 9},
    "ar": {"ألف": 3, "آلاف": 3, "الف": 3, "مليون": 6, "ملايين": 6, "مليار": 9, "مليارات": 9,
           "بليون": 9, "بلايين": 9},
}  # fmt: skip


@lru_cache(maxsize=16)
def _scale_pattern(lang: str) -> re.Pattern[str] | None:
    words = _SCALE_WORDS.get(lang)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"({_TOKEN.pattern})\s*({alternatives})(?!\w)", re.IGNORECASE)


def _scaled(text: str, lang: str, values: set[Decimal] | None = None) -> set[Decimal]:
    """The values of numbers followed by a scale word, multiplied out."""
    pattern = _scale_pattern(lang)
    if pattern is None or pattern.search(text) is None:
        return set()
    scaled: set[Decimal] = set()
    for match in pattern.finditer(text):
        token = match.group(1).rstrip(_SPACES + ".,'")
        power = _SCALE_WORDS[lang][match.group(2).lower()]
        readings = _locale_values(token, lang) if lang != "en" else set()
        if _EN_PLAIN.fullmatch(token) or _EN_GROUPED.fullmatch(token):
            readings.add(Decimal(token.replace(",", "")))
        scaled.update((v * 10**power).normalize() for v in readings)
    return scaled


def number_readings(text: str, lang: str) -> list[tuple[str, set[Decimal]]]:
    """Each number of a translation as written, with every value it can be
    read as, its scale word included ("23万" is 230 000, "4,3 millions")."""
    text = ascii_digits(text)
    pattern = _scale_pattern(lang)
    found = []
    for match in _TOKEN.finditer(text):
        token = match.group().rstrip(_SPACES + ".,'")
        readings = target_numbers(token, lang)
        tail = text[match.start() : match.end() + 24]
        scaled = pattern.match(tail) if pattern is not None else None
        if scaled is not None:
            readings |= _scaled(scaled.group(), lang)
        if lang == "zh":
            amount = _ZH_AMOUNT.match(tail)
            if amount is not None:
                readings |= _chinese_amounts(amount.group())
        found.append((token, readings))
    return found


def english_scaled(text: str) -> dict[str, set[Decimal]]:
    """English numbers followed by a scale word, as written -> multiplied out:
    "4.3 million" -> {4300000}."""
    found: dict[str, set[Decimal]] = {}
    pattern = _scale_pattern("en")
    assert pattern is not None
    for match in pattern.finditer(text):
        token = match.group(1).rstrip(_SPACES + ".,'")
        if _EN_PLAIN.fullmatch(token) or _EN_GROUPED.fullmatch(token):
            power = _SCALE_WORDS["en"][match.group(2).lower()]
            found.setdefault(token, set()).add((Decimal(token.replace(",", "")) * 10**power).normalize())
    return found


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


def chinese_numbers(text: str) -> list[Decimal]:
    """The values of the numerals written in Chinese characters in ``text``:
    二〇一三, 第六十八, 十二点五 (12.5); not the 百 of 百分之 (per cent), nor
    the 一 inside words (一致, 统一).

    Ordinals of sessions (第六十八届) are numbers too; the checks only ask
    whether an English number is present, so the extras do no harm.
    """
    return [n.value for n in number_words(text, "zh") if not n.derived]
