"""Checks across units: the same English translated differently, within a
document and across documents, and different English translated identically.

Units of many documents in, findings keyed by (document, position) out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from ..model import Finding
from .registry import Unit, finding, register_corpus
from .text import plain

UnitKey = tuple[str, int]  # (document, index of the unit in that document's sequence)

SHORT_WORDS = 4  # English of fewer words is compared loosely (case, punctuation)
MIN_IDENTICAL_WORDS = 4  # a shared translation shorter than this is not suspicious
MIN_IDENTICAL_CJK = 10  # the same, in characters, for Chinese
LOOKALIKE = 95.0  # English texts this similar (rapidfuzz ratio) are the same text
_SHOWN = 60  # characters of a text quoted in a message

_PUNCTUATION = re.compile(r"[^\w\s]")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " "})


# The closing mark of a list item follows its place in the list (";" then "."),
# not its wording: translations differing only there are the same.
_CLOSING_MARKS = ".;,:。；，：؛،"


def _norm(text: str) -> str:
    # str.translate with a table costs ~4 µs a paragraph; a corpus has millions.
    if "\u2019" in text or "\u02bc" in text or "\u00a0" in text or "\u202f" in text:
        text = text.translate(_APOSTROPHES)
    return " ".join(plain(text).split()).rstrip(_CLOSING_MARKS + " ")


# Arabic joins a paragraph to the one before with و: the first preambular
# paragraph is "إذ يعيد تأكيد ...", a later one with the same English "وإذ يعيد ...".
_AR_LEADING_AND = re.compile(r"^[وف](?=\S{2})")


def _variant(lang: str, text: str) -> str:
    return _AR_LEADING_AND.sub("", text) if lang == "ar" else text


def _loose(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())


def _quote(text: str) -> str:
    return f"«{text if len(text) <= _SHOWN else text[: _SHOWN - 1] + '…'}»"


def _places(here: str, docs: list[str]) -> str:
    names = sorted({"this document" if d == here else d for d in docs})
    if len(names) > 3:
        names = names[:3] + [f"{len(names) - 3} more"]
    return ", ".join(names)


def _long_enough(lang: str, text: str) -> bool:
    if lang == "zh":
        return sum(not c.isspace() for c in text) >= MIN_IDENTICAL_CJK
    return len(text.split()) >= MIN_IDENTICAL_WORDS


def check_repeats(units_by_doc: Mapping[str, Sequence[Unit]]) -> dict[UnitKey, list[Finding]]:
    """Findings of the two repeat checks, keyed by (document, index of the unit)."""
    return _repeats(units_by_doc)[0]


def repeats_across_documents(units_by_doc: Mapping[str, Sequence[Unit]]) -> dict[UnitKey, list[Finding]]:
    """The findings that only the corpus shows: units whose own document, checked
    alone, has no repeat finding for them (its page lists those already)."""
    found, local = _repeats(units_by_doc)
    return {key: findings for key, findings in found.items() if key not in local}


def _repeats(units_by_doc: Mapping[str, Sequence[Unit]]) -> tuple[dict[UnitKey, list[Finding]], set[UnitKey]]:
    """The findings, and the units for which a check fires within their own document alone."""
    by_english: dict[tuple[str, str], list[tuple[UnitKey, str]]] = defaultdict(list)
    by_translation: dict[tuple[str, str], list[tuple[UnitKey, str]]] = defaultdict(list)
    for doc, units in units_by_doc.items():
        for index, unit in enumerate(units):
            if unit.lang == "en" or not unit.translation.strip():
                continue
            english, translation = _norm(unit.english), _variant(unit.lang, _norm(unit.translation))
            by_english[(unit.lang, english)].append(((doc, index), translation))
            by_translation[(unit.lang, translation)].append(((doc, index), english))

    found: dict[UnitKey, list[Finding]] = defaultdict(list)
    local: set[UnitKey] = set()
    for (_, english), items in by_english.items():
        # "United Nations" and other short texts repeat legitimately in
        # several places; there only a difference beyond case and
        # punctuation counts.
        same = _loose if len(english.split()) < SHORT_WORDS else (lambda text: text)
        variants: dict[str, list[UnitKey]] = defaultdict(list)
        shown: dict[str, str] = {}
        for key, translation in items:
            variants[same(translation)].append(key)
            shown.setdefault(same(translation), translation)
        if len(variants) < 2:
            continue
        variants_in: dict[str, set[str]] = defaultdict(set)
        for key, translation in items:
            variants_in[key[0]].add(same(translation))
        local.update(key for key, _ in items if len(variants_in[key[0]]) > 1)
        for key, translation in items:
            variants_elsewhere = [
                f"{_quote(shown[v])} ({_places(key[0], [d for d, _ in keys])})"
                for v, keys in variants.items()
                if v != same(translation)
            ]
            found[key].append(
                finding(
                    "repeats",
                    f"The same English is translated {len(variants)} ways: here "
                    f"{_quote(translation)}, elsewhere " + "; ".join(variants_elsewhere),
                )
            )

    for (lang, translation), items in by_translation.items():
        if len(items) < 2 or not _long_enough(lang, translation):
            continue
        # Compare distinct English texts, not every pair of units: a boilerplate
        # paragraph in a thousand documents is one text, not a million pairs.
        loose = {english: _loose(english) for _, english in items}
        if len(set(loose.values())) < 2:
            continue  # one English text (up to case and punctuation): nothing to report
        docs_of: dict[str, list[str]] = defaultdict(list)
        for other_key, other in items:
            docs_of[other].append(other_key[0])
        differing: dict[str, dict[str, list[str]]] = {}
        for key, english in items:
            if english not in differing:
                differing[english] = {
                    other: docs
                    for other, docs in docs_of.items()
                    if loose[other] != loose[english] and fuzz.ratio(other, english) < LOOKALIKE
                }
            others = differing[english]
            if any(key[0] in docs for docs in others.values()):
                local.add(key)
            if others:
                listed = "; ".join(
                    f"{_quote(text)} ({_places(key[0], docs)})" for text, docs in others.items()
                )
                found[key].append(
                    finding(
                        "repeats-identical",
                        "The same translation is given for different English: "
                        f"{_quote(english)} here, {listed}",
                    )
                )
    return dict(found), local


register_corpus(
    "repeats",
    "warning",
    "The same English is translated the same way everywhere",
    check_repeats,
)
register_corpus(
    "repeats-identical",
    "info",
    "Different English texts do not share one translation",
    check_repeats,
)
