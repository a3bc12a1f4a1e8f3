"""Checks of a translation's shape: closing punctuation and plausible length.

Length is counted in characters other than spaces, and compared after each
language's usual ratio to English, so a Chinese text a third as long as the
English is normal and a French one a third as long is not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from statistics import median

from ..labels import label_key
from ..languages import LANGUAGES
from ..model import AGENDA, DATE, MASTHEAD, PLACE_DATE, SESSION, SIGNATURE
from .registry import Unit, register
from .text import plain

# English closing mark -> the marks that close the same way in a language
# (the English mark itself where a language is not listed).
_CLOSERS: dict[str, dict[str, str]] = {
    ".": {"zh": "。"},
    ";": {"zh": "；", "ar": "؛;،"},
    ":": {"zh": "："},
    ",": {"zh": "，、", "ar": "،,"},
    "?": {"zh": "？", "ar": "؟"},
    "!": {"zh": "！"},
}
_QUOTES = "\"'\u201d\u2019\u00bb\u203a\u300d\u300f"
# Masthead lines, dates, signatures end as they end: "Distr.", "2013 г.".
_UNPUNCTUATED_KINDS = frozenset({MASTHEAD, DATE, SESSION, AGENDA, SIGNATURE, PLACE_DATE})
# Items of a list ("(a)", "(iv)") close as each language's list style has it:
# ";", ",", "." or nothing, whatever the English item does; only the marks of
# another script are wrong there (";" for "；" in Chinese).
# Items are lettered or in roman numerals, alone or under a paragraph number:
# "(a)", "(iv)", "1.a" (Arabic "1-أ").
_ITEM_LEVELS = frozenset({"a", "r"})
_ITEM_CLOSERS = {"zh": "；，。、：", "ar": "؛،.;,:"}
_LATIN_ITEM_CLOSERS = ";,.:"

# Characters other than spaces in a translation per character of the English:
# estimates for UN prose, used with a wide tolerance.
LENGTH_RATIO = {"en": 1.0, "fr": 1.18, "es": 1.15, "ru": 1.12, "ar": 0.92, "zh": 0.31}
LENGTH_TOLERANCE = 2.0  # flagged when more than twice or less than half the expected
SIBLING_TOLERANCE = 2.0
MIN_LENGTH = 30  # English texts shorter than this (without spaces) are not judged
# Short texts vary more in length between languages ("Surveillance of
# infectious diseases" is 传染病监测): below this many characters the
# tolerance is SHORT_TOLERANCE.
SHORT_TEXT = 60
SHORT_TOLERANCE = 2.5
# A body named in full with its acronym may be named by the acronym alone:
# "with the United Nations Development Programme (UNDP)" is "с ПРООН".
_NAME_AND_ACRONYM = re.compile(
    r"(?:[A-Z][\w'’\-]*\s+(?:(?:of|for|on|and|the|in|to|against)\s+)*)+[A-Z][\w'’\-]*\s*\(((?=(?:[^)]*[A-Z]){2})[A-Z][A-Za-z\-]*)\)"
)


def _tolerance(english_length: int, tolerance: float) -> float:
    return max(tolerance, SHORT_TOLERANCE) if english_length < SHORT_TEXT else tolerance


@lru_cache(maxsize=65536)
def _acronyms_only(english: str) -> float:
    """The share of the English's length left when its named bodies are given by acronym."""
    if "(" not in english:
        return 1.0
    short = _NAME_AND_ACRONYM.sub(lambda m: m.group(1), english)
    return length(short) / max(1, length(english))


def _closing(text: str) -> str:
    stripped = text.rstrip().rstrip(_QUOTES).rstrip()
    return stripped[-1:] if stripped else ""


def _last_word(text: str) -> str:
    words = text.rstrip().rstrip(_QUOTES).split()
    return words[-1] if words else ""


@register("punctuation", "warning")
def check_punctuation(unit: Unit) -> str | None:
    """A sentence or clause closes with the language's own mark (。 ； ： in Chinese)"""
    if unit.kind in _UNPUNCTUATED_KINDS:
        return None
    mark = _closing(unit.english)
    if mark not in _CLOSERS:
        return None  # headings and titles close without a mark; nothing to expect
    accepted = _CLOSERS[mark].get(unit.lang, mark)
    translation = plain(unit.translation)
    found = _closing(translation)
    if found and found in accepted:
        return None
    if _is_item(unit.number.strip()):
        items = _ITEM_CLOSERS.get(unit.lang, _LATIN_ITEM_CLOSERS)
        if not found or found in items or not _is_mark(found):
            return None  # a list item in the language's list style (or with no mark)
    if _last_word(unit.english) == _last_word(translation):
        return None  # an abbreviation both keep: "Distr.", "etc."
    language = LANGUAGES[unit.lang].name if unit.lang in LANGUAGES else unit.lang
    expected = " or ".join(f"«{c}»" for c in accepted)
    ends = f"with «{found}»" if found else "with nothing"
    return (
        f"The English ends with «{mark}», the translation {ends}; "
        f"{language} closes it with {expected}"
    )


def _is_item(number: str) -> bool:
    """Is ``number`` (the English label) an item's: "(a)", "a)", "(iv)", "1.a"?"""
    key = label_key(number, "en") if number else ""
    kind, _, value = key.partition(":")
    if kind in _ITEM_LEVELS:
        return True
    last = value.rpartition(".")[2]
    return kind == "n" and "." in value and not last.isdigit()


def _is_mark(char: str) -> bool:
    return not char.isalnum()


def length(text: str) -> int:
    """Characters other than whitespace and kashida."""
    return len("".join(plain(text).split()))


_WIDE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


@lru_cache(maxsize=65536)  # each translation is a sibling of five others
def _english_equivalent(lang: str, text: str) -> float:
    if lang == "zh":
        # Ideographs are dense; the digits, symbols and Latin names inside a
        # Chinese text ("第64/293号决议") are as long as in the English.
        wide = len(_WIDE.findall(text))
        return wide / LENGTH_RATIO["zh"] + (length(text) - wide)
    return length(text) / LENGTH_RATIO.get(lang, 1.0)


@register("length", "warning")
def check_length(unit: Unit) -> str | None:
    """The translation is of a plausible length for the English"""
    english = length(unit.english)
    if english < MIN_LENGTH or unit.lang not in LENGTH_RATIO:
        return None
    ratio = _english_equivalent(unit.lang, unit.translation) / english
    tolerance = _tolerance(english, LENGTH_TOLERANCE)
    if _acronyms_only(unit.english) / tolerance <= ratio <= tolerance:
        return None
    size = "short" if ratio < 1 else "long"
    hint = "part may be missing" if ratio < 1 else "it may hold more than this segment"
    return (
        f"The translation is {ratio:.0%} of the length expected from the English "
        f"({length(unit.translation)} characters for {english}), too {size}: {hint}"
    )


@register("length-siblings", "warning")
def check_length_siblings(unit: Unit) -> str | None:
    """The translation is of a length like the other languages' translations of the segment"""
    english = length(unit.english)
    if english < MIN_LENGTH or unit.lang not in LENGTH_RATIO:
        return None
    others = {
        lang: _english_equivalent(lang, text)
        for lang, text in unit.siblings.items()
        if lang not in (unit.lang, "en") and lang in LENGTH_RATIO and text.strip()
    }
    if len(others) < 2:
        return None
    typical = median(others.values())
    ratio = _english_equivalent(unit.lang, unit.translation) / typical
    tolerance = _tolerance(english, SIBLING_TOLERANCE)
    if _acronyms_only(unit.english) / tolerance <= ratio <= tolerance:
        return None
    hint = "it may be truncated" if ratio < 1 else "it may hold more than this segment"
    return (
        f"The translation is {ratio:.0%} of the length of the other translations "
        f"({', '.join(sorted(others))}, each weighed by its language's usual length): {hint}"
    )
