"""The terms check: official names of the glossary in their official forms."""

from __future__ import annotations

from ..glossary import Glossary
from .registry import Unit, register
from .text import plain


@register("terms", "warning", uses_glossary=True)
def check_terms(unit: Unit, glossary: Glossary) -> str | None:
    """Official names and terms the English uses are in one of the glossary's forms"""
    if unit.translation.strip() == unit.english.strip():
        return None  # kept in the original, as a citation or a title is: no term was translated
    misses = glossary.missing(unit.english, unit.lang, plain(unit.translation))
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
