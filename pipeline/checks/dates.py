"""The dates check: an English date against the forms babel gives each locale.

"26 September 2013", "13 to 15 May 2013", "29 and 30 May 2013",
"September 2013" are read from the English; the translation must name the
month (any of the locale's forms) with the same day(s) and year close by.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from babel import dates as babel_dates

from ..languages import get_language
from ..model import DATE
from .registry import Unit, register
from .text import ascii_digits, chinese_value, plain

_EN_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_MONTH_NUMBER = {name: i for i, name in enumerate(_EN_MONTHS, start=1)}
_MONTH = "|".join(_EN_MONTHS)
_DAY = r"(?P<{0}>[0-3]?[0-9])(?:st|nd|rd|th)?"
# The American order first, or "September" alone would be taken before "26, 2013".
_ENGLISH_DATE = re.compile(
    rf"\b(?P<month_us>{_MONTH})\s+{_DAY.format('d3')},?\s+(?P<year_us>[12][0-9]{{3}})\b"
    rf"|(?<![\w/])(?:{_DAY.format('d1')}(?:\s*(?:-|–|to|and)\s*{_DAY.format('d2')})?\s+)?"
    rf"(?P<month>{_MONTH})\b(?:,?\s+(?P<year>[12][0-9]{{3}})\b)?"
)
# How far (in characters) from the month name the day and year may stand.
_WINDOW = 40


@dataclass(frozen=True)
class EnglishDate:
    text: str  # as written in the English
    start: int
    end: int
    month: int
    days: tuple[int, ...]
    year: int | None


@lru_cache(maxsize=65536)
def english_dates(text: str) -> tuple[EnglishDate, ...]:
    """The dates in an English text; a bare month name ("May") is not a date."""
    found = []
    for m in _ENGLISH_DATE.finditer(text):
        if m.group("month_us"):
            month, year = m.group("month_us"), m.group("year_us")
            days: tuple[str, ...] = (m.group("d3"),)
        else:
            month, year = m.group("month"), m.group("year")
            days = tuple(d for d in (m.group("d1"), m.group("d2")) if d)
        if not days and not year:
            continue
        numbers = tuple(int(d) for d in days)
        try:  # "31 February" is not a date; 2000 lets 29 February through
            for day in numbers:
                datetime.date(int(year) if year else 2000, _MONTH_NUMBER[month], day)
        except ValueError:
            continue
        found.append(
            EnglishDate(
                m.group(),
                m.start(),
                m.end(),
                _MONTH_NUMBER[month],
                numbers,
                int(year) if year else None,
            )
        )
    return tuple(found)


def _months(locale: str, context: Literal["format", "stand-alone"]) -> dict[int, str]:
    return dict(babel_dates.get_month_names("wide", context=context, locale=locale))


def _alef(text: str) -> str:
    return text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


@lru_cache(maxsize=128)
def month_forms(lang: str, month: int) -> tuple[str, ...]:
    """The ways a translation in ``lang`` may write ``month``, from babel's locale data.

    Both contexts (Russian genitive сентября and nominative сентябрь, and
    the prepositional сентябре); in Arabic both the Egyptian/Gulf name
    (سبتمبر, locale ar) and the Levantine one (أيلول, locale ar_SY), since
    the UN writes أيلول/سبتمبر; in Chinese 9月 and 九月.
    """
    forms: set[str] = set()
    locales = ("ar", "ar_SY") if lang == "ar" else (lang,)
    for locale in locales:
        for context in ("format", "stand-alone"):  # type: Literal["format", "stand-alone"]
            name = _months(locale, context)[month]
            forms.add(name)
            if lang == "ar":
                forms.add(_alef(name))
    if lang == "ru":
        nominative = _months("ru", "stand-alone")[month]
        forms.add(nominative.rstrip("ьй") + "е")  # в сентябре, в мае
    if lang == "es" and month == 9:
        forms.add("setiembre")
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=128)
def _month_pattern(lang: str, month: int) -> re.Pattern[str]:
    forms = "|".join(re.escape(f) for f in month_forms(lang, month))
    if lang == "zh":
        return re.compile(rf"(?<![0-9〇一二三四五六七八九十])(?:{month}月|{forms})")
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)", re.IGNORECASE)


# Numbers near a date that are none of its numbers: a footnote mark
# ("guidelines.1", Arabic "التوجيهية(1)" and "2016(2)", Chinese "草案1。"), a
# document symbol (E/2006/436) or a resolution number (2/245).
_NOT_DATE_NUMBERS = re.compile(
    r"(?<=[^\W_])\([0-9]{1,2}\)|(?<=[^\W\d_][.;,])[0-9]{1,2}(?=\s|$)|(?<=[\u3400-\u9fff])[0-9]{1,2}(?=[。，；：])"
    r"|(?<![\w/])[A-Z][A-Z]{0,6}(?:\.\d+)?(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+|[0-9]+(?:/[0-9]+)+"
)


def _month_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the text names a month; two names joined by "/" (أيلول/سبتمبر) are one."""
    spans: list[tuple[int, int]] = []
    for m in _any_month(lang).finditer(text):
        if spans and m.start() - spans[-1][1] <= 2 and not text[spans[-1][1] : m.start()].strip("/ "):
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append(m.span())
    return spans


def _numbers_of_date(
    text: str, start: int, end: int, names: list[tuple[int, int]], lang: str, with_year: bool
) -> set[int]:
    """The numbers of the date whose month is named at text[start:end]: the
    days before the month and the year after it (in Chinese the year before
    and the days after), no further than the next month named either side."""
    for s, e in names:
        if s <= start and end <= e:
            start, end = s, e
    if lang == "zh":
        return _chinese_date_numbers(text, start, end)
    before_from = max([e for _, e in names if e <= start] + [start - _WINDOW, 0])
    after_to = min([s for s, _ in names if s >= end] + [end + _WINDOW])
    before = _DAYS_BEFORE_MONTH.search(text, before_from, start)
    days = {int(d) for d in before.groups() if d} if before else set()
    years = _date_numbers(text[end:after_to])
    return {n for n in days if n <= 31} | ({n for n in years if n > 31} if with_year else set())


_ZH_N = "[0-9]+|[〇零一二两三四五六七八九十]+"
# 2013年5月13日, 5月13日至15日, 5月13至15日: the year right before 月, the days right after.
_ZH_YEAR = re.compile(rf"({_ZH_N})\s*年\s*$")
_ZH_DAYS = re.compile(rf"\s*({_ZH_N})\s*[日号]?(?:\s*(?:至|到|-|–|~|、|和|及)\s*({_ZH_N})\s*[日号])?")


def _zh_value(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else chinese_value(numeral)


def _chinese_date_numbers(text: str, start: int, end: int) -> set[int]:
    found = set()
    year = _ZH_YEAR.search(text, max(0, start - 12), start)
    if year is not None:
        found.add(_zh_value(year.group(1)))
    days = _ZH_DAYS.match(text, end)
    if days is not None:
        found.update(_zh_value(d) for d in days.groups() if d)
    return found


_DIGIT_RUN = re.compile(r"[0-9]+")
# The day or days right before the month's name: "26", "1er", "1º", "13 au 15",
# "del 2 al 3 de", "13–15", "29 et 30", Arabic "من 15 إلى 19", "29 و30"; not
# the 13 of "à sa 13e séance, le 14 février".
_DAYS_BEFORE_MONTH = re.compile(
    r"(?<![0-9])([0-9]{1,2})(?:\s*(?:er|º|ª)?\s*(?:[-–—]|to|au|al|and|et|y|и|إلى|و)\s*([0-9]{1,2}))?"
    r"\s*(?:er|º|ª)?\s*(?:de\s+)?$"
)


def _date_numbers(window: str) -> set[int]:
    """Days and years are plain runs of digits (the text's digits already ASCII)."""
    return {int(run) for run in _DIGIT_RUN.findall(window)}


@lru_cache(maxsize=16)
def _any_month(lang: str) -> re.Pattern[str]:
    forms = sorted({f for month in range(1, 13) for f in month_forms(lang, month)}, key=len, reverse=True)
    alternatives = "|".join(re.escape(f) for f in forms)
    if lang == "zh":
        return re.compile(alternatives)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def without_month_names(text: str, lang: str) -> str:
    """``text`` with the language's month names blanked: UN Arabic's كانون الثاني
    (January) and تشرين الأول (October) hold ordinals that are not numbers."""
    return _any_month(lang).sub(lambda m: " " * len(m.group()), text)


def expected_date(lang: str, date: EnglishDate) -> str:
    """How the locale writes the date (its last day), UN style, for a message."""
    locale = "en_GB" if lang == "en" else lang  # the UN writes "3 October 2013"
    if date.days and date.year:
        day = datetime.date(date.year, date.month, date.days[-1])
        text = babel_dates.format_date(day, format="long", locale=locale)
    elif date.year:
        day = datetime.date(date.year, date.month, 1)
        text = babel_dates.format_skeleton("yMMMM", day, locale=locale)
    else:
        day = datetime.date(2000, date.month, date.days[-1])  # a leap year: 29 February
        text = babel_dates.format_skeleton("MMMMd", day, locale=locale)
    if lang == "ru":
        text = re.sub(r"\s+г\.", " года", text)  # babel: "2013\u202fг."
    elif lang == "ar":
        text = text.replace(_months("ar", "format")[date.month], _un_arabic_month(date.month))
    elif lang == "fr" and date.days and day.day == 1:
        text = re.sub(r"^1 ", "1er ", text)
    return text


def _un_arabic_month(month: int) -> str:
    return f"{_months('ar_SY', 'format')[month]}/{_months('ar', 'format')[month]}"


@register("dates", "error")
def check_dates(unit: Unit) -> str | None:
    """Every English date is in the translation, written as the locale writes it"""
    dates = english_dates(unit.english)
    if not dates:
        return None
    text = ascii_digits(plain(unit.translation))
    problems, _ = _date_problems(dates, text, unit.lang)
    if problems and unit.kind == DATE and get_language(unit.lang).masthead_in_english:
        # Arabic, Chinese and Russian documents print their masthead (the
        # "Distr." block with the issue date) in English: judge an English
        # date there as English.
        english, unnamed = _date_problems(dates, text, "en")
        if not unnamed:
            problems = english
    if not problems:
        return None
    if len(dates) == 1:
        return "The English date " + problems[0].replace(" (", " is not in the translation (", 1)
    return f"{len(problems)} of {len(dates)} English dates are not in the translation: " + (
        "; ".join(problems)
    )


def _date_problems(dates: tuple[EnglishDate, ...], text: str, lang: str) -> tuple[list[str], int]:
    """What is wrong with each date in ``text`` as ``lang`` writes dates, in words,
    and how many of the dates' months ``text`` does not name at all."""
    problems = []
    unnamed = 0
    text = _NOT_DATE_NUMBERS.sub(lambda m: " " * len(m.group()), text)
    names = _month_spans(text, lang)
    for date in dates:
        wanted = set(date.days) | ({date.year} if date.year else set())
        months = list(_month_pattern(lang, date.month).finditer(text))
        if not months:
            unnamed += 1
            problems.append(
                f"{date.text} (the translation does not name the month; "
                f"expected «{expected_date(lang, date)}»)"
            )
            continue
        best: set[int] = set()
        for m in months:
            present = _numbers_of_date(text, m.start(), m.end(), names, lang, date.year is not None)
            if wanted <= present:
                best = wanted
                break
            if len(wanted & present) > len(best):
                best = wanted & present
        if best != wanted:
            lacking = ", ".join(str(n) for n in sorted(wanted - best))
            problems.append(
                f"{date.text} (no {lacking} next to the month; "
                f"expected «{expected_date(lang, date)}»)"
            )
    return problems, unnamed
