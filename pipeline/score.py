"""A document's state and catalogues -> a score per segment and per language.

Pure: the sync state (segments, alignment, fills) and the catalogue texts
go in, a DocumentScore comes out. Counting follows msgfmt --statistics.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import polib

from . import catalog
from .checks import Unit, check_repeats, run_checks
from .checks.figures import reordered
from .errors import CatalogError
from .glossary import Glossary
from .model import (
    ALIGNED,
    FUZZY,
    MISSING,
    NOT_SUPPLIED,
    TRANSLATED,
    UNTRANSLATED,
    DocumentScore,
    Finding,
    LanguageSummary,
    SegmentScore,
)

# What a finding costs a segment's consistency score, by severity.
PENALTY = {"error": 0.5, "warning": 0.25, "info": 0.0}
COVERAGE = {TRANSLATED: 1.0, FUZZY: 0.5, UNTRANSLATED: 0.0}
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def consistency(findings: tuple[Finding, ...] | list[Finding]) -> float:
    return max(0.0, 1.0 - sum(PENALTY.get(f.severity, 0.0) for f in findings))


def status_of(entry: polib.POEntry | None) -> str:
    if entry is None or not entry.msgstr:
        return UNTRANSLATED
    return FUZZY if "fuzzy" in entry.flags else TRANSLATED


def score_document(
    state: Mapping[str, Any],
    catalogs: Mapping[str, tuple[str, str | None]],
    glossary: Glossary | None,
    extra_findings: Mapping[tuple[str, str], list[Finding]] | None = None,
) -> DocumentScore:
    """Score every segment of one document in every language of ``catalogs``.

    ``extra_findings`` maps (lang, msgid) to findings of checks that need more
    than one segment (repeats), computed by the caller.
    """
    doc = state["doc"]
    segments = state["segments"]
    parsed: dict[str, polib.POFile] = {}
    errors: dict[str, str] = {}
    for lang, (path, text) in catalogs.items():
        known = state.get("languages", {}).get(lang, {}).get("error")
        if text is None:
            errors[lang] = known or f"{path}: missing; run snakemake to create it"
            continue
        try:
            parsed[lang] = catalog.parse_catalog(text, path)
        except CatalogError as exc:
            errors[lang] = str(exc)
    entries = {lang: {e.msgid: e for e in po if not e.obsolete} for lang, po in parsed.items()}

    records: list[SegmentScore] = []
    summaries: list[LanguageSummary] = []
    for lang, (path, _text) in catalogs.items():
        info = state.get("languages", {}).get(lang, {})
        supplied = info.get("supplied") or None
        if lang in errors:
            summaries.append(_broken_summary(doc, lang, path, errors[lang], segments, supplied))
            continue
        fills = {f["msgid"]: f for f in supplied["fills"]} if supplied else {}
        target_numbers = _target_numbers(supplied, segments, lang) if supplied else {}
        missing = _missing_indices(supplied) if supplied else set()
        units: list[Unit] = []
        for seg in segments:
            msgid = seg["text"]
            entry = entries[lang].get(msgid)
            status = status_of(entry)
            translation = entry.msgstr if entry is not None else ""
            fill = fills.get(msgid)
            unit = Unit(
                lang=lang,
                english=msgid,
                translation=translation,
                kind=seg["kind"],
                number=seg["number"],
                target_number=target_numbers.get(seg["index"], ""),
                siblings={
                    other: entries[other][msgid].msgstr
                    for other in entries
                    if other not in (lang, "en") and msgid in entries[other] and entries[other][msgid].msgstr
                },
                supplied=fill["text"] if fill else "",
            )
            units.append(unit)
        repeats = check_repeats({doc: units}) if lang != "en" else {}
        lang_records = []
        for position, (seg, unit) in enumerate(zip(segments, units, strict=True)):
            msgid = unit.english
            entry = entries[lang].get(msgid)
            status = status_of(entry)
            fill = fills.get(msgid)
            translation = unit.translation
            found = tuple(run_checks(unit, glossary)) if status != UNTRANSLATED else ()
            found += tuple(repeats.get((doc, position), ()))
            found += tuple((extra_findings or {}).get((lang, msgid), ()))
            lang_records.append(
                SegmentScore(
                    doc=doc,
                    lang=lang,
                    id=seg["id"],
                    index=seg["index"],
                    kind=seg["kind"],
                    number=seg["number"],
                    english=msgid,
                    translation=translation,
                    status=status,
                    supplied=(MISSING if seg["index"] in missing else ALIGNED if fill else NOT_SUPPLIED)
                    if supplied
                    else NOT_SUPPLIED,
                    words=count_words(msgid),
                    confidence=fill["confidence"] if fill else None,
                    coverage=COVERAGE[status],
                    consistency=consistency(found) if status != UNTRANSLATED else None,
                    findings=found,
                    why=fill.get("why", "") if fill else "",
                )
            )
        records.extend(lang_records)
        summaries.append(_summary(doc, lang, path, parsed[lang], lang_records, supplied))
    return DocumentScore(doc=doc, symbol=state.get("symbol", ""), summaries=tuple(summaries), records=tuple(records))


def _target_numbers(supplied: Mapping[str, Any], segments: list[dict[str, Any]], lang: str) -> dict[int, str]:
    """English index -> the label the aligned translation printed; not known ("") for the
    items of a list the translation gives in its own order (the alignment reports that)."""
    blocks = supplied.get("target_segments", [])
    numbers: dict[int, str] = {}
    for pair in supplied.get("pairs", []):
        if len(pair["source"]) == 1 and pair["target"]:
            numbers[pair["source"][0]] = blocks[pair["target"][0]]["number"]
    english = {seg["index"]: seg["number"] for seg in segments}
    for index in reordered({i: (english.get(i, ""), n) for i, n in numbers.items()}, lang):
        numbers[index] = ""
    return numbers


def _missing_indices(supplied: Mapping[str, Any]) -> set[int]:
    return {i for p in supplied.get("pairs", []) if not p["target"] for i in p["source"]}


def _extra_blocks(supplied: Mapping[str, Any] | None) -> tuple[str, ...]:
    if not supplied:
        return ()
    blocks = supplied.get("target_segments", [])
    return tuple(blocks[i]["text"] for p in supplied.get("pairs", []) if not p["source"] for i in p["target"])


def _summary(
    doc: str,
    lang: str,
    path: str,
    po: polib.POFile,
    records: list[SegmentScore],
    supplied: Mapping[str, Any] | None,
) -> LanguageSummary:
    counts = catalog.count_entries(po)
    severities = [f.severity for r in records for f in r.findings]
    return LanguageSummary(
        doc=doc,
        lang=lang,
        catalog=path,
        error="",
        entries=counts.translated + counts.fuzzy + counts.untranslated,
        translated=counts.translated,
        fuzzy=counts.fuzzy,
        untranslated=counts.untranslated,
        obsolete=counts.obsolete,
        words=sum(r.words for r in records),
        words_translated=sum(r.words for r in records if r.status == TRANSLATED),
        errors=severities.count("error"),
        warnings=severities.count("warning"),
        infos=severities.count("info"),
        missing=sum(1 for r in records if r.supplied == MISSING),
        extra=_extra_blocks(supplied),
        disagreements=len(supplied.get("disagreements", [])) if supplied else 0,
        notes=tuple(supplied.get("notes", [])) if supplied else (),
    )


def _broken_summary(
    doc: str,
    lang: str,
    path: str,
    error: str,
    segments: list[dict[str, Any]],
    supplied: Mapping[str, Any] | None,
) -> LanguageSummary:
    return LanguageSummary(
        doc=doc,
        lang=lang,
        catalog=path,
        error=error,
        entries=len({s["text"] for s in segments}),
        translated=0,
        fuzzy=0,
        untranslated=0,
        obsolete=0,
        words=sum(count_words(s["text"]) for s in segments),
        words_translated=0,
        errors=0,
        warnings=0,
        infos=0,
        missing=0,
        extra=_extra_blocks(supplied),
        disagreements=0,
        notes=tuple(supplied.get("notes", [])) if supplied else (),
    )
