"""Checks of what must survive translation exactly: numbers, symbols, numbering.

Numbers are compared as values, whatever the script of their digits and the
locale's separators; the numbers of dates belong to the dates check and
those inside document symbols to the symbols check.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from ..labels import label_key
from ..model import Finding
from .dates import english_dates
from .registry import Unit, finding, register
from .text import (
    SYMBOL,
    ascii_digits,
    blank,
    chinese_value,
    english_numbers,
    symbols,
    target_numbers,
)

_DIGIT_RUN = re.compile(r"[0-9]+")
# A paragraph number left at the start of a supplied translation: "8. ", "(a) ".
_LEADING_NUMBER = re.compile(r"^\s*(?:[-*]\s+)?(?:[0-9]{1,3}\.|\([^\s()]{1,5}\)|[^\W\d_]\))\s+")
# Months written as numbers in Chinese dates (2013年9月26日) are not English numbers.
_ZH_MONTH = re.compile(r"(?<![0-9])(?:[1-9]|1[0-2])月")


@lru_cache(maxsize=65536)
def numbers_to_check(english: str) -> tuple[tuple[str, Decimal], ...]:
    """The English numbers the numbers check owns: not in a date, not in a symbol."""
    spans = [(d.start, d.end) for d in english_dates(english)]
    spans += [m.span() for m in SYMBOL.finditer(english)]
    seen: dict[Decimal, str] = {}
    for token, value in english_numbers(blank(english, spans)):
        seen.setdefault(value, token)
    return tuple((token, value) for value, token in seen.items())


@lru_cache(maxsize=65536)
def _english_values(english: str) -> frozenset[Decimal]:
    return frozenset(value for _, value in english_numbers(english))


# --- numbers written out in words --------------------------------------------

_FR_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize dix-sept dix-huit dix-neuf"
).split()
_FR_TENS = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
_ES_TENS = dict(
    zip(
        range(30, 100, 10),
        "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(),
        strict=True,
    )
)
_RU_UNITS = (
    "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
    "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать"
).split()
_RU_TENS = dict(
    zip(
        range(20, 100, 10),
        "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split(),
        strict=True,
    )
)


def _french(n: int) -> str:
    if n < 20:
        return _FR_UNITS[n]
    if n < 70:
        tens, unit = _FR_TENS[n - n % 10], n % 10
        return tens if unit == 0 else f"{tens} et un" if unit == 1 else f"{tens}-{_FR_UNITS[unit]}"
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{_FR_UNITS[n - 60]}"
    return "quatre-vingts" if n == 80 else f"quatre-vingt-{_FR_UNITS[n - 80]}"


def _spanish(n: int) -> str:
    if n < 30:
        return _ES_UNITS[n]
    tens, unit = _ES_TENS[n - n % 10], n % 10
    return tens if unit == 0 else f"{tens} y {_ES_UNITS[unit]}"


def _russian(n: int) -> str:
    if n < 20:
        return _RU_UNITS[n]
    tens, unit = _RU_TENS[n - n % 10], n % 10
    return tens if unit == 0 else f"{tens} {_RU_UNITS[unit]}"


_SPELLERS = {"fr": _french, "es": _spanish, "ru": _russian}


@lru_cache(maxsize=1024)
def _spelled_pattern(lang: str, n: int) -> re.Pattern[str] | None:
    speller = _SPELLERS.get(lang)
    if speller is None or not 0 <= n < 100:
        return None
    words = speller(n).replace("-", " ").split()
    return re.compile(r"(?<!\w)" + r"[\s\-]+".join(map(re.escape, words)) + r"(?!\w)", re.I)


def spelled_out(lang: str, value: Decimal, text: str) -> str | None:
    """The words writing ``value`` in ``text`` (fr, es, ru nominative; 0-99), if any."""
    if value != value.to_integral_value():
        return None
    pattern = _spelled_pattern(lang, int(value))
    match = pattern.search(text) if pattern else None
    return match.group() if match else None


# --- the checks ---------------------------------------------------------------


def _listing(tokens: list[str]) -> str:
    return ", ".join(tokens)


@register("numbers", "error")
def check_numbers(unit: Unit) -> str | Finding | None:
    """Every number of the English is in the translation, in any script or locale format"""
    wanted = numbers_to_check(unit.english)
    if not wanted:
        return None
    text = SYMBOL.sub(" ", ascii_digits(unit.translation))
    text = _LEADING_NUMBER.sub("", text, count=1)
    # Most numbers are there as a plain run of digits; read the text fully
    # (separators, Chinese numerals) only for the others.
    runs = set(_DIGIT_RUN.findall(text))
    missing = [(t, v) for t, v in wanted if not (v == int(v) and str(int(v)) in runs)]
    if missing:
        have = target_numbers(text, unit.lang)
        missing = [(token, value) for token, value in missing if value not in have]
    if not missing:
        return None
    spelled = {}
    for token, value in missing:
        words = spelled_out(unit.lang, value, text)
        if words:
            spelled[token] = words
    lacking = [token for token, _ in missing if token not in spelled]
    written = "; ".join(f"{t} is written out («{w}»)" for t, w in spelled.items())
    if not lacking:
        return finding(
            "numbers", f"{written}: UN style writes numbers as numerals", severity="warning"
        )
    count = len(wanted)
    noun = "number" if count == 1 else "numbers"
    lacks = "it" if count == 1 else _listing(lacking)
    message = (
        f"{count} {noun} in the English ({_listing([t for t, _ in wanted])}), "
        f"the translation lacks {lacks}"
    )
    extras = _extras(unit, text)
    if extras:
        message += f" (it has {_listing(extras)}, which the English does not)"
    if written:
        message += f"; {written}"
    return message


def _extras(unit: Unit, text: str) -> list[str]:
    if unit.lang == "zh":
        text = _ZH_MONTH.sub(" ", text)
    english = _english_values(unit.english)
    extras = []
    for token, value in english_numbers(text.replace("\u00a0", "").replace("\u202f", "")):
        if value not in english and token not in extras:
            extras.append(token)
    return extras[:3]


@lru_cache(maxsize=4096)
def _symbol_pattern(symbol: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z0-9/]){re.escape(symbol)}(?![A-Za-z0-9/]|[.\-][A-Za-z0-9])")


@lru_cache(maxsize=65536)
def _english_symbols(english: str) -> tuple[str, ...]:
    return tuple(symbols(english))


def _loose(text: str) -> str:
    text = ascii_digits(unicodedata.normalize("NFKC", text))
    return re.sub(r"\s*/\s*", "/", text)


@register("symbols", "error")
def check_symbols(unit: Unit) -> str | None:
    """Document symbols (A/68/500, A/RES/64/293) are copied unchanged"""
    wanted = _english_symbols(unit.english)
    if not wanted:
        return None
    missing = [s for s in wanted if not _symbol_pattern(s).search(unit.translation)]
    if not missing:
        return None
    loose = _loose(unit.translation)
    altered = [s for s in missing if _symbol_pattern(s).search(loose)]
    absent = [s for s in missing if s not in altered]
    parts = []
    if absent:
        if len(wanted) == 1:
            parts.append(f"the document symbol {absent[0]} is not in the translation")
        else:
            verb = "is" if len(absent) == 1 else "are"
            parts.append(
                f"{len(absent)} of the {len(wanted)} document symbols of the English "
                f"{verb} not in the translation: {_listing(absent)}"
            )
    if altered:
        parts.append(
            f"{_listing(altered)} is written differently (full-width characters, other "
            "digits or spaces); symbols are copied exactly as in the English"
        )
    message = "; ".join(parts)
    return message[0].upper() + message[1:]


# --- paragraph numbering -------------------------------------------------------

_LATIN = "abcdefghijklmnopqrstuvwxyz"
# Russian enumerates а) б) в) ... without ё, й, ъ, ы, ь.
_CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"
# Arabic enumerates in abjad order: (أ) (ب) (ج) (د) (هـ) (و) ...
_ARABIC = "ابجدهوزحطيكلمنسعفصقرشتثخذضظغ"
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_NUMBER_PUNCTUATION = str.maketrans(dict.fromkeys("()[]. \u0640’‘'", None) | {"أ": "ا", "إ": "ا"})


def _roman(text: str) -> int | None:
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        value = _ROMAN[c]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total


@lru_cache(maxsize=4096)
def ordinals(number: str, lang: str = "en") -> frozenset[tuple[str, int | str]]:
    """What a paragraph number counts: "(a)", "а)", "(أ)" are all the first letter.

    "(i)" is both the ninth letter and roman one; an Arabic "(1)" or "’1‘"
    and a Chinese "㈠" or "(一)" stand for a roman (i).
    """
    core = unicodedata.normalize("NFKC", ascii_digits(number)).lower()
    core = core.translate(_NUMBER_PUNCTUATION).rstrip(")")
    if core.isdigit():
        value = int(core)
        return frozenset({("n", value), ("r", value)} if lang == "ar" else {("n", value)})
    if core and all(c in "〇零一二两三四五六七八九十百千" for c in core):
        value = chinese_value(core)  # 一. is a chapter I., (四) or ㈣ a sub-item (iv)
        return frozenset({("n", value), ("r", value)})
    result: set[tuple[str, int | str]] = set()
    for alphabet in (_LATIN, _CYRILLIC, _ARABIC):
        if len(core) in (1, 2) and len(set(core)) == 1 and core[0] in alphabet:
            result.add(("a", alphabet.index(core[0]) + 1 + len(alphabet) * (len(core) - 1)))
    roman = _roman(core)
    if roman is not None:
        result.add(("r", roman))
    return frozenset(result or {("?", core)})


@register("numbering", "error")
def check_numbering(unit: Unit) -> str | None:
    """The paragraph number is the English one, in the language's own letters or digits"""
    target = unit.target_number.strip()
    if not target:
        return None  # not known: the translation was not supplied with numbers
    number = unit.number.strip()
    if not number:
        return f"The English paragraph is unnumbered; the translation is numbered {target}"
    # Labels with words and hierarchical ones (Глава II, الفصل الثاني, 1-أ, أولا -)
    # compare by their canonical key (pipeline.labels).
    key = label_key(number, "en")
    if key and key == label_key(target, unit.lang):
        return None
    if ordinals(number, "en") & ordinals(target, unit.lang):
        return None
    return f"The English paragraph is numbered {number}, the translation {target}"
