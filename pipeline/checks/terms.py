"""The terms check: official names of the glossary in their official forms."""

from __future__ import annotations

import re
from functools import lru_cache

from ..glossary import Glossary, Miss
from .registry import Unit, register
from .text import SYMBOL, blank, plain

# A body named in full and then by its acronym: "United Nations Population
# Fund (UNFPA)". A glossary name inside it ("United Nations") is part of the
# body's name, which the translation may give as an acronym the glossary does
# not know: it is not asked for on its own.
_ACRONYM_AFTER = re.compile(r"\((?=(?:[^)]*[A-Z]){2})[A-Z][A-Za-z\-]*\)")  # (UNFPA), (UN-Women)
_NEXT_NAME_WORD = re.compile(r"(?:'s|’s)?\s+(?:(?:for|on|and|in|to|against)\s+)?[A-Z]")
_PREVIOUS_NAME_WORD = re.compile(r"[A-Z][\w'’\-]*\s+of(?:\s+the)?\s+$")


@lru_cache(maxsize=65536)  # the same English is checked in five languages
def _without_symbols(english: str) -> str:
    """The English with its document symbols blanked: "UNEP/EA.29/29" names no body."""
    return blank(english, [m.span() for m in SYMBOL.finditer(english)])


def _inside_a_body(english: str, miss: Miss) -> bool:
    """Whether every mention of the missed English name is part of a longer
    name of a body that the English then gives an acronym."""
    name = miss.english.text
    places = [m.span() for m in re.finditer(re.escape(name), english)]
    if not places:
        return False
    for start, end in places:
        acronym = _ACRONYM_AFTER.search(english, end)
        if acronym is None:
            return False
        glued = _NEXT_NAME_WORD.match(english, end) or _PREVIOUS_NAME_WORD.search(english[max(0, start - 40) : start])
        if not glued:
            return False
    return True


# A resolution asks for a report "to the General Assembly", the body adopting it:
# French, Spanish, Russian and Arabic then name it by a pronoun ("de lui rendre
# compte", "que la informe", "представить ей доклад", "أن يقدم إليها").
_BODY = re.compile(r"(?:Assembly|Council|Commission|Committee|Conference|Board|Forum)$")
_TO_THE = re.compile(r"\bto\s+the\s+$")
_PRONOUN = {
    "fr": re.compile(r"\blui\b"),
    "es": re.compile(r"\b(?:le|la|les)\s|\w+r(?:le|la|les)\b"),
    "ru": re.compile(r"\b(?:ей|ему|ней|нему|ею)\b"),
    "ar": re.compile(r"(?<!\w)(?:إليها|إليه|لها|له)(?!\w)"),
}


def _named_by_a_pronoun(english: str, miss: Miss, lang: str, translation: str) -> bool:
    """Whether every mention of the missed body is as the one a report goes to ("to the
    General Assembly") and the translation has the pronoun its language names it by."""
    name = miss.english.text
    pronoun = _PRONOUN.get(lang)
    if pronoun is None or not _BODY.search(name) or not pronoun.search(translation):
        return False
    places = [m.start() for m in re.finditer(re.escape(name), english)]
    return bool(places) and all(_TO_THE.search(english[max(0, start - 12) : start]) for start in places)


@register("terms", "warning", uses_glossary=True)
def check_terms(unit: Unit, glossary: Glossary) -> str | None:
    """Official names and terms the English uses are in one of the glossary's forms"""
    if unit.translation.strip() == unit.english.strip():
        return None  # kept in the original, as a citation or a title is: no term was translated
    english = _without_symbols(unit.english)
    misses = glossary.missing(english, unit.lang, plain(unit.translation))
    misses = [m for m in misses if not _inside_a_body(english, m)]
    misses = [m for m in misses if not _named_by_a_pronoun(english, m, unit.lang, plain(unit.translation))]
    if not misses:
        return None
    if len(misses) == 1:
        miss = misses[0]
        return (
            f"The English names {miss.english.text}; the translation has none of its "
            f"official forms (expected «{miss.expected.text}»)"
        )
    listed = "; ".join(f"{m.english.text} (expected «{m.expected.text}»)" for m in misses)
    return f"{len(misses)} names of the English are not in their official forms: {listed}"
