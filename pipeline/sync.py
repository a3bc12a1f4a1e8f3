"""One document's texts and catalogues -> its updated catalogues and state.

Pure orchestration of segment -> template -> update -> align -> fill for the
six languages of one document. ``cli`` reads the files and writes the result.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import catalog
from .config import Config
from .errors import CatalogError, HexaglotError
from .memory import TranslationMemory, offers
from .model import Document
from .segment import segment_text


@dataclass
class Inputs:
    """Everything one document's sync reads, already decoded."""

    doc: str
    english: str  # text of source/en/<doc>.txt
    english_path: str
    supplied: dict[str, tuple[str, str]] = field(default_factory=dict)  # lang -> (path, text)
    catalogs: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # lang -> (path, text)
    catalog_errors: dict[str, str] = field(default_factory=dict)  # lang -> why it is unreadable
    supplied_errors: dict[str, str] = field(default_factory=dict)  # lang -> why the supplied text is unreadable
    english_error: str = ""  # why the English original is unreadable; then nothing is updated


@dataclass
class Result:
    template: str  # the .pot text
    catalogs: dict[str, str]  # lang -> new .po text (absent: leave the file alone)
    state: dict[str, Any]  # what scoring and reports need, JSON-ready
    warnings: list[str]  # one line each, for the log and the console
    document: Document | None = None  # the segmented English original
    translations: dict[str, dict[str, tuple[str, bool]]] = field(default_factory=dict)


# The memory, or what loads it when a document first has an empty entry.
MemorySource = TranslationMemory | Callable[[], TranslationMemory | None]


def sync_document(inputs: Inputs, config: Config, memory: MemorySource | None = None) -> Result:
    if inputs.english_error:
        return _unreadable_original(inputs, config)
    english = segment_text(inputs.english, config.source_language, inputs.english_path)
    template = catalog.build_template(english)
    state: dict[str, Any] = {
        "doc": inputs.doc,
        "symbol": english.symbol,
        "source": inputs.english_path,
        "segments": [_segment_record(s) for s in english.segments],
        "languages": {},
    }
    out: dict[str, str] = {}
    translations: dict[str, dict[str, tuple[str, bool]]] = {}
    warnings: list[str] = []
    for lang in config.languages:
        path, text = inputs.catalogs.get(lang, (config.catalog_path(inputs.doc, lang), None))
        record: dict[str, Any] = {"catalog": path, "error": None, "supplied": None}
        state["languages"][lang] = record
        try:
            if lang in inputs.catalog_errors:
                raise CatalogError(inputs.catalog_errors[lang])
            old = catalog.parse_catalog(text, path) if text is not None else None
        except CatalogError as exc:
            record["error"] = str(exc)
            warnings.append(f"{exc}; left unchanged, {lang} not updated")
            continue
        po = catalog.update_catalog(old, template, lang, english, similarity=config.similarity)
        if lang == config.source_language:
            catalog.mirror_source(po)
        elif lang in inputs.supplied_errors:
            record["supplied"] = _unreadable_supplied(inputs.supplied_errors[lang])
            warnings.append(f"{inputs.supplied_errors[lang]}; {lang} not filled from it")
        elif lang in inputs.supplied:
            supplied_path, supplied_text = inputs.supplied[lang]
            record["supplied"] = _align_into(po, english, supplied_path, supplied_text, lang, config)
            for note in record["supplied"]["notes"]:
                warnings.append(f"{supplied_path}: {note}")
        if memory is not None and lang != config.source_language:
            empty = [e.msgid for e in po if not e.obsolete and not e.msgstr]
            tm = (memory if isinstance(memory, TranslationMemory) else memory()) if empty else None
            found = [] if tm is None else offers(tm, inputs.doc, empty, lang, min_similarity=config.memory_similarity)
            record["memory"] = catalog.fill_from_memory(po, found, config.trust_exact)
        out[lang] = catalog.render_catalog(po)
        translations[lang] = catalog.translations_of(po)
    return Result(catalog.render_catalog(template), out, state, warnings, english, translations)


def _unreadable_original(inputs: Inputs, config: Config) -> Result:
    """A document whose English original cannot be read: no segments, every catalogue left alone."""
    english = Document(path=inputs.english_path, lang=config.source_language, symbol="", segments=())
    state: dict[str, Any] = {
        "doc": inputs.doc,
        "symbol": "",
        "source": inputs.english_path,
        "segments": [],
        "languages": {
            lang: {"catalog": path, "error": inputs.english_error, "supplied": None}
            for lang, (path, _text) in inputs.catalogs.items()
        },
    }
    warnings = [f"{inputs.english_error}; {inputs.doc} not updated"]
    template = catalog.render_catalog(catalog.build_template(english))
    return Result(template, {}, state, warnings, english, {})


def _unreadable_supplied(error: str) -> dict[str, Any]:
    """The alignment record of a supplied text that cannot be read: nothing aligned, a note saying why."""
    return {"path": error.split(":", 1)[0], "error": error, "notes": [f"{error}; nothing aligned from it"],
            "pairs": [], "target_segments": [], "fills": [], "disagreements": []}


def _align_into(
    po: Any, english: Document, path: str, text: str, lang: str, config: Config
) -> dict[str, Any]:
    from . import align  # only documents with supplied translations need it

    target = segment_text(text, lang, path)
    alignment = align.align_documents(english, target)
    fills = align.fills_from(alignment, english, target)
    disagreements = catalog.fill_catalog(po, fills, config.fill_threshold)
    return {
        "path": path,
        "notes": list(alignment.notes),
        "pairs": [
            {
                "source": list(p.source),
                "target": list(p.target),
                "confidence": round(p.confidence, 4),
                "bead": p.bead,
                "why": p.why,
            }
            for p in alignment.pairs
        ],
        "target_segments": [_segment_record(s) for s in target.segments],
        "fills": [
            {
                "msgid": f.msgid,
                "text": f.text,
                "confidence": round(f.confidence, 4),
                "bead": f.bead,
                "origin": f.origin,
                "fuzzy": f.confidence < config.fill_threshold,
                "why": f.why,
            }
            for f in fills
        ],
        "disagreements": [
            {"msgid": d.msgid, "msgstr": d.msgstr, "supplied": d.supplied, "origin": d.origin}
            for d in disagreements
        ],
    }


def _segment_record(seg: Any) -> dict[str, Any]:
    return {
        "id": seg.id,
        "index": seg.index,
        "kind": seg.kind,
        "text": seg.text,
        "line": seg.line,
        "number": seg.number,
        "markup": seg.markup,
        "emphasis": seg.emphasis,
    }


__all__ = ["HexaglotError", "Inputs", "Result", "sync_document"]
