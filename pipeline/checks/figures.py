"""Checks of what must survive translation exactly: numbers, symbols, numbering.

Numbers are compared as values, whatever the script of their digits and the
locale's separators; the numbers of dates belong to the dates check and
those inside document symbols to the symbols check.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from ..labels import label_key, level
from .dates import english_dates, without_month_names
from .registry import Unit, register
from .text import (
    SYMBOL,
    ascii_digits,
    blank,
    chinese_value,
    english_numbers,
    english_numbers_at,
    english_scaled,
    number_readings,
    plain,
    symbols,
    target_numbers,
)
from .words import fold, number_words

_DIGIT_RUN = re.compile(r"[0-9]+")
# A paragraph number left at the start of a supplied translation: "8. ", "(a) ".
_LEADING_NUMBER = re.compile(r"^\s*(?:[-*]\s+)?(?:[0-9]{1,3}\.|\([^\s()]{1,5}\)|[^\W\d_]\))\s+")
# Months written as numbers in Chinese dates (2013年9月26日) are not English numbers.
_ZH_MONTH = re.compile(r"(?<![0-9])(?:[1-9]|1[0-2])月")


class Wanted(NamedTuple):
    """A number of the English as written, and the values a translation may give it."""

    token: str  # "22", "4.3" of "4.3 million", "twenty-two", "sixty-eighth"
    values: frozenset[Decimal]
    # A length of time ("5 years", "2-year"): a word of the period may say it
    # ("quinquennal", "двухгодичный", "السنتين"); elsewhere such a word says nothing.
    period: bool = False
    times: int = 1  # how many times the English says it


_PERIOD_AFTER = re.compile(
    r"[\s\-\u2010\u2011]*(?:years?|months?|weeks?|days?|hours?|times|fold|decades?|centur(?:y|ies)|anniversary)\b",
    re.IGNORECASE,
)


# English number words the check asks for: three and more. "one", "two",
# "first" and "second" are also pronouns, "both", "a second time", an Arabic
# dual; "five-year" and "two-thirds" are derived words that a translation
# may say its own way ("quinquennal"); a scale word alone is part of "38
# million" or no number at all ("thousands of").
_MIN_ENGLISH_WORD_NUMBER = 3
_HYPHENS = "-\u2010\u2011"
_DERIVED_AFTER = re.compile(rf"[{_HYPHENS}][^\W\d_]")
_BARE_SCALES = frozenset(
    "hundred hundreds thousand thousands million millions billion billions trillion trillions".split()
)


def _english_word_numbers(english: str) -> tuple[list[tuple[str, Decimal, int]], list[Decimal]]:
    """The number words the check asks for (as written, value, end), and the
    values of the other mentions of a number in words ("five-year", "biennial")."""
    found, other = [], []
    for words in number_words(english, "en"):
        text = english[words.start : words.end]
        if words.value < _MIN_ENGLISH_WORD_NUMBER and not words.derived or text.lower() in _BARE_SCALES:
            continue
        if (
            words.derived
            or _DERIVED_AFTER.match(english, words.end)
            or (words.start > 0 and english[words.start - 1] in _HYPHENS)
        ):
            other.append(words.value)
            continue
        found.append((text, words.value, words.end))
    return found, other


# "3 p.m." is 15 heures, 15 ч., 下午3时; "10.30 a.m." is 10 h 30.
_TIME = re.compile(r"(?<![\d.])([01]?[0-9])(?:[.:]([0-5][0-9]))?\s*([ap])\.m\.", re.IGNORECASE)
# "the 1990s" is les années 90, التسعينات, 九十年代.
_DECADE = re.compile(r"(?<!\d)((?:1[0-9]|20)[0-9]0)(?:s|’s|'s)(?!\w)")
# A footnote mark after a sentence's full stop: "in 2005.2 The" and a
# paragraph's last "during 2009.1" are 2005 and 2, 2009 and 1, not decimals.
_MARK_AFTER_STOP = re.compile(r"(?<=\d)\.(?=\d{1,2}(?:\s+[A-Z]|\s*$))")
# "2014/15" is 2014-2015 as well.
_SHORT_YEAR = re.compile(r"(?<![\d/])((?:19|20)[0-9]{2})\s*[-–/]\s*([0-9]{2})(?![\d/])")


@lru_cache(maxsize=65536)
def numbers_to_check(english: str) -> tuple[Wanted, ...]:
    """The English numbers the numbers check owns: not in a date, not in a symbol.

    Digits, with the other ways a translation may write them ("4.3 million"
    as 4,3 millions or 4 300 000, "3 p.m." as 15 heures, "the 1990s" as les
    années 90, "2014/15" as 2014-2015), and numbers in words ("twenty-two",
    "sixty-eighth").
    """
    spans = [(d.start, d.end) for d in english_dates(english)]
    spans += [m.span() for m in SYMBOL.finditer(english)]
    text = _MARK_AFTER_STOP.sub(" ", blank(english, spans))
    seen: dict[Decimal, Wanted] = {}

    def want(token: str, values: set[Decimal], end: int = -1) -> None:
        period = end >= 0 and _PERIOD_AFTER.match(text, end) is not None
        for value in values:
            if value in seen:
                known = seen[value]
                seen[value] = known._replace(period=known.period or period, times=known.times + 1)
                return
        seen[min(values)] = Wanted(token, frozenset(values), period)

    times = list(_TIME.finditer(text))
    for m in times:
        hour = int(m.group(1))
        pm = m.group(3).lower() == "p"
        want(m.group(), {Decimal(hour), Decimal(hour % 12 + (12 if pm else 0))})
        if m.group(2) and int(m.group(2)):
            want(m.group(2), {Decimal(int(m.group(2)))})
    text = blank(text, [m.span() for m in times])
    alternatives: dict[str, set[Decimal]] = defaultdict(set)
    for token, values in english_scaled(text).items():
        alternatives[token] |= values
    for m in _DECADE.finditer(text):
        alternatives[m.group(1)].add(Decimal(int(m.group(1)) % 100))
    for m in _SHORT_YEAR.finditer(text):
        alternatives[m.group(2)].add(Decimal(int(m.group(1)) // 100 * 100 + int(m.group(2))))
    for token, value, end in english_numbers_at(text):
        want(token, {value, *alternatives.get(token, ())}, end)
    asked, mentioned = _english_word_numbers(text)
    for token, value, end in asked:
        want(token, {value}, end)
    for value in mentioned:  # "the five-year plan" says 5 once more
        if value in seen:
            seen[value] = seen[value]._replace(times=seen[value].times + 1)
    return tuple(seen.values())


@lru_cache(maxsize=65536)
def _english_values(english: str) -> frozenset[Decimal]:
    every = {value for _, value in english_numbers(_MARK_AFTER_STOP.sub(" ", english))}
    every.update(v for wanted in numbers_to_check(english) for v in wanted.values)
    return frozenset(every)


# --- the checks ---------------------------------------------------------------


def _listing(tokens: list[str]) -> str:
    return ", ".join(tokens)


def _as_digits(wanted: Wanted, runs: set[str]) -> bool:
    return any(v == v.to_integral_value() and str(int(v)) in runs for v in wanted.values)


@register("numbers", "error")
def check_numbers(unit: Unit) -> str | None:
    """Every number of the English is in the translation: digits of any script, the locale's format, or words"""
    wanted = numbers_to_check(unit.english)
    if not wanted:
        return None
    text = SYMBOL.sub(" ", ascii_digits(plain(unit.translation)))
    text = _LEADING_NUMBER.sub("", text, count=1)
    if unit.lang == "zh":
        text = _ZH_MONTH.sub(" ", text)  # the 12 of 12月 is December, no count
    # Most numbers are there as a plain run of digits; read the text fully
    # (separators, scale words, Chinese numerals, words) only for the others.
    runs = set(_DIGIT_RUN.findall(text))
    missing = [w for w in wanted if not _as_digits(w, runs)]
    if missing:
        have = target_numbers(text, unit.lang)
        missing = [w for w in missing if not w.values & have]
    if missing:
        words = number_words(without_month_names(text, unit.lang), unit.lang)
        said = {n.value for n in words if not n.derived}
        periods = {n.value for n in words if n.derived}
        missing = [w for w in missing if not (w.values & said or (w.period and w.values & periods))]
    if not missing:
        return _fewer(unit, wanted, text)
    count = len(wanted)
    noun = "number" if count == 1 else "numbers"
    lacks = "it" if count == 1 else _listing([w.token for w in missing])
    message = f"{count} {noun} in the English ({_listing([w.token for w in wanted])}), the translation lacks {lacks}"
    extras = _extras(unit, text)
    if extras:
        message += f" (it has {_listing(extras)}, which the English does not)"
    return message


def _fewer(unit: Unit, wanted: tuple[Wanted, ...], text: str) -> str | None:
    """A number the English says twice that the translation says once, with a
    number the English does not have: one of the two was changed."""
    repeated = [w for w in wanted if w.times > 1]
    if not repeated:
        return None
    extras = _extras(unit, text)
    if not extras:
        return None
    tokens = [readings for _, readings in number_readings(text, unit.lang)]
    words = number_words(without_month_names(text, unit.lang), unit.lang)
    for w in repeated:
        times = sum(1 for readings in tokens if readings & w.values)
        times += sum(1 for n in words if n.value in w.values and (not n.derived or w.period))
        if times < w.times:
            return (
                f"{w.token} is {w.times} times in the English, {times} in the translation "
                f"(it has {_listing(extras)}, which the English does not)"
            )
    return None


def _extras(unit: Unit, text: str) -> list[str]:
    if unit.lang == "zh":
        text = _ZH_MONTH.sub(" ", text)
    english = _english_values(unit.english)
    extras: list[str] = []
    for token, readings in number_readings(text, unit.lang):
        if not readings & english and token not in extras:
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
    translation = plain(unit.translation)
    missing = [s for s in wanted if not _symbol_pattern(s).search(translation)]
    if not missing:
        return None
    loose = _loose(translation)
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
# Brackets and quotes of "(a)", "’1‘", "1." go; dots and hyphens between parts stay: "1.1", "1-أ".
_NUMBER_PUNCTUATION = str.maketrans(dict.fromkeys("()[] \u0640’‘'", None) | {"أ": "ا", "إ": "ا"})


def _roman(text: str) -> int | None:
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        value = _ROMAN[c]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total


# Words a label may carry around its number: "Chapter II", "Глава II",
# "الفصل الثاني", "Première partie", "Section A", "المادة 5" (folded).
_LABEL_WORDS = frozenset(
    fold(lang, word)
    for lang, words in (
        ("en", "chapter part section article annex appendix paragraph rule"),
        ("fr", "chapitre partie section article annexe appendice paragraphe"),
        ("es", "capitulo parte seccion articulo anexo apendice parrafo"),
        ("ru", "глава часть раздел статья приложение пункт"),
        ("ar", "الفصل الجزء الفرع المادة المرفق البند الفقرة"),
    )
    for word in words.split()
)
# UN Arabic names its section letters: ألف - (A.), باء - (B.), in abjad order.
_AR_LETTER_NAMES = {
    fold("ar", name): i
    for i, name in enumerate(
        "ألف باء جيم دال هاء واو زاي حاء طاء ياء كاف لام ميم نون سين عين فاء صاد قاف راء شين تاء ثاء خاء "
        "ذال ضاد ظاء غين".split(),
        start=1,
    )
}
_ZH_LABEL = re.compile("^第?(.+?)(?:章|节|條|条|部分)?$")
_PART_SEPARATOR = re.compile(r"(?<=\w)[.\-](?=\w)")
_MAX_DEPTH = 4


@lru_cache(maxsize=4096)
def ordinals(number: str, lang: str = "en") -> frozenset[tuple[str, object]]:
    """What a paragraph number counts: "(a)", "а)", "(أ)" are all the first letter.

    "(i)" is both the ninth letter and roman one; an Arabic "(1)" or "’1‘"
    and a Chinese "㈠" or "(一)" stand for a roman (i). Hierarchical numbers
    count part by part ("1.1" is the Arabic "1-1", "1.a" is "1-أ"); a label
    word is left aside and the number read ("Chapter II", "Глава II",
    "الفصل الثاني", "第二章", "Première partie", "الفرع ألف").
    """
    text = unicodedata.normalize("NFKC", ascii_digits(number)).lower().replace("\u0640", "")
    words = text.split()
    if len(words) > 1:
        rest = [w for w in words if fold(lang, w.strip("().:-")) not in _LABEL_WORDS]
        if rest and len(rest) < len(words):
            return _counted(" ".join(rest), lang)
    return _counted(text, lang)


def _counted(text: str, lang: str) -> frozenset[tuple[str, object]]:
    core = text.translate(_NUMBER_PUNCTUATION).strip("-.)")  # "1.", Arabic "1 -"
    parts = _PART_SEPARATOR.split(core)
    if 1 < len(parts) <= _MAX_DEPTH:
        readings = [_one(part, lang) for part in parts]
        return frozenset(("h", combo) for combo in itertools.product(*readings))
    counted = _one(core, lang)
    if next(iter(counted))[0] == "?" and " " in text.strip():
        said = _said(text, lang)  # "حادي عشر": XI.
        if said:
            return said
    return counted


@lru_cache(maxsize=4096)
def _one(core: str, lang: str) -> frozenset[tuple[str, object]]:
    if lang == "zh" and core:
        core = _ZH_LABEL.sub(r"\1", core)
    if core.isdigit():
        value = int(core)
        return frozenset({("n", value), ("r", value)} if lang == "ar" else {("n", value)})
    if core and all(c in "〇零一二两三四五六七八九十百千" for c in core):
        value = chinese_value(core)  # 一. is a chapter I., (四) or ㈣ a sub-item (iv)
        return frozenset({("n", value), ("r", value)})
    result: set[tuple[str, object]] = set()
    for alphabet in (_LATIN, _CYRILLIC, _ARABIC):
        if len(core) in (1, 2) and len(set(core)) == 1 and core[0] in alphabet:
            result.add(("a", alphabet.index(core[0]) + 1 + len(alphabet) * (len(core) - 1)))
    roman = _roman(core)
    if roman is not None:
        result.add(("r", roman))
    if not result and lang == "ar" and fold("ar", core) in _AR_LETTER_NAMES:
        result.add(("a", _AR_LETTER_NAMES[fold("ar", core)]))
    return frozenset(result or _said(core, lang) or {("?", core)})


def _said(text: str, lang: str) -> frozenset[tuple[str, object]]:
    """A number said in words ("الثاني", "أولا", "première"), as a count."""
    if lang not in ("fr", "es", "ru", "ar", "en"):
        return frozenset()
    said = number_words(text, lang)
    if len(said) != 1 or said[0].value != int(said[0].value):
        return frozenset()
    value = int(said[0].value)
    return frozenset({("n", value), ("r", value)})


@register("numbering", "error")
def check_numbering(unit: Unit) -> str | None:
    """The paragraph number is the English one, in the language's own letters or digits"""
    target = unit.target_number.strip()
    if not target:
        return None  # not known: the translation was not supplied with numbers
    number = unit.number.strip()
    if not number:
        return f"The English paragraph is unnumbered; the translation is numbered {target}"
    if ordinals(number, "en") & ordinals(target, unit.lang):
        return None
    return f"The English paragraph is numbered {number}, the translation {target}"


def reordered(labels: Mapping[int, tuple[str, str]], lang: str) -> set[int]:
    """The English segments whose translation carries another label of their list only
    because the translation gives the list in another order: French, Spanish and
    Russian instruments sort their definitions alphabetically, so "Record" is (c)
    in English and b) « Procès-verbal » in French. ``labels`` maps an English
    segment's index to (its label, the label the aligned translation printed).

    Within a run of consecutive items of one level, the labels that differ must
    form cycles (c -> b, b -> c: a permutation of the list); one label changed
    alone (a translation that printed b) for c) and kept b) too) breaks the cycle
    and stays for the numbering check to report."""
    found: set[int] = set()
    for run in _runs(labels, lang):
        moved = {en: tgt for _, en, tgt in run if en != tgt}
        for index, en, tgt in run:
            current, steps = tgt, 0
            while current in moved and current != en and steps <= len(moved):
                current, steps = moved[current], steps + 1
            if en != tgt and current == en:
                found.add(index)
    return found


def _runs(labels: Mapping[int, tuple[str, str]], lang: str) -> list[list[tuple[int, str, str]]]:
    """Consecutive English segments labelled on both sides at one level, as
    (index, English key, translation's key)."""
    runs: list[list[tuple[int, str, str]]] = []
    for index in sorted(labels):
        number, target = labels[index]
        en = label_key(number.strip(), "en") if number.strip() else ""
        tgt = label_key(target.strip(), lang) if target.strip() else ""
        if not en or not tgt or level(en) != level(tgt):
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and last[0] == index - 1 and level(last[1]) == level(en):
            runs[-1].append((index, en, tgt))
        else:
            runs.append([(index, en, tgt)])
    return runs
