"""Segments and their translations -> TMX 1.4b (all languages) and XLIFF 2.0 (one language).

Pure: values in, an ``Export`` (the XML text and what had to be left out)
out. Built with ``xml.etree.ElementTree``, so every ``&``, ``<``, ``>`` and
quote is escaped by the library, and the same inputs give the same bytes
(no creation date unless one is passed in).

Choices, and why:

* TMX is a memory of *confirmed* translations: a ``<tuv>`` is written only
  for a non-empty, non-fuzzy msgstr. English (the source) is always there.
  XLIFF is a working file for one language, so a fuzzy msgstr is kept as a
  ``<target>`` of a ``state="initial"`` segment (translate-toolkit reads that
  back as fuzzy); a final one is ``state="translated"``; an untranslated
  segment is ``state="initial"`` with no target.
* Language tags are the catalogues' codes (``ar zh en fr ru es``): they are
  valid BCP 47 tags, the ones in every ``.po`` header and report, and what
  the UN itself uses for its six languages. ``zh-CN`` would name a region,
  not the Simplified script; a consumer that wants ``zh-Hans`` passes
  ``tags={"zh": "zh-Hans"}``.
* One ``<tu>`` per segment, ``tuid="<DOC>:<segment id>"`` (repeated English
  paragraphs keep their ``-2`` ids), with ``<prop type="x-doc">`` and
  ``<prop type="x-kind">``.
* XML 1.0 cannot carry C0 control characters other than TAB, LF and CR,
  U+FFFE, U+FFFF or lone surrogates. A TM that silently changed a text would
  be worse than one that lacks it, so a text holding one is left out: a
  translation loses its ``<tuv>`` (or XLIFF ``<target>``), an English text its
  whole unit, and each omission is returned as a ``Skipped(tuid, lang,
  reason)`` for the caller to report. A CR is kept, written as ``&#13;`` so
  that a parser does not turn it into LF.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .languages import OFFICIAL
from .model import Document, Segment

TOOL = "hexaglot"
TOOL_VERSION = "0.1.0"  # pyproject's version; a constant so the bytes do not depend on the install
XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
_TMX_DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
# What XML 1.0 forbids in character data (CR is allowed, escaped below).
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TMX_DATE = re.compile(r"\d{8}T\d{6}Z")
_NMTOKEN = re.compile(r"[\w.\-:]+")

Translations = Mapping[str, tuple[str, bool]]


@dataclass(frozen=True)
class Unit:
    """One segment of one document with its confirmed translations."""

    doc: str  # file-safe document name: "A_68_500"
    id: str  # the segment id: "a36fe77f61", "a36fe77f61-2"
    kind: str
    english: str
    translations: tuple[tuple[str, str], ...] = ()  # (lang, msgstr), non-fuzzy only

    @property
    def tuid(self) -> str:
        return f"{self.doc}:{self.id}"


@dataclass(frozen=True)
class Skipped:
    """A text left out of an export, and why, for the caller to report."""

    tuid: str
    lang: str
    reason: str


@dataclass(frozen=True)
class Export:
    text: str
    skipped: tuple[Skipped, ...]


def doc_name(doc: Document) -> str:
    """The file-safe document name used for tuids and XLIFF file ids: A/68/500 is A_68_500."""
    return doc.symbol.replace("/", "_") if doc.symbol else "document"


def units_of(
    doc: Document, catalogues: Mapping[str, Translations], name: str | None = None
) -> list[Unit]:
    """A document's segments with every language's non-fuzzy, non-empty msgstr."""
    name = name or doc_name(doc)
    langs = sorted(catalogues, key=_lang_key)
    units: list[Unit] = []
    for seg in doc.segments:
        found: list[tuple[str, str]] = []
        for lang in langs:
            msgstr, fuzzy = catalogues[lang].get(seg.text, ("", False))
            if msgstr and not fuzzy:
                found.append((lang, msgstr))
        units.append(Unit(name, seg.id, seg.kind, seg.text, tuple(found)))
    return units


def unsafe_reason(text: str) -> str | None:
    """Why ``text`` cannot be written as XML 1.0 character data, or None."""
    match = _FORBIDDEN.search(text)
    if match is None:
        return None
    char = match.group(0)
    what = "lone surrogate" if "\ud800" <= char <= "\udfff" else (
        "non-character" if char in "\ufffe\uffff" else "control character"
    )
    return f"{what} U+{ord(char):04X} at offset {match.start()} is not allowed in XML"


# -- TMX 1.4b ------------------------------------------------------------------


def render_tmx(
    units: Iterable[Unit],
    srclang: str = "en",
    *,
    creationdate: str | None = None,
    tags: Mapping[str, str] | None = None,
    toolversion: str = TOOL_VERSION,
) -> Export:
    """A TMX 1.4b memory: one ``<tu>`` per unit, one ``<tuv>`` per confirmed language.

    ``creationdate`` (TMX form ``20131003T000000Z``) is written only when
    given, so output is reproducible. ``tags`` maps catalogue codes to the
    tags to write (default: the codes themselves).
    """
    if creationdate is not None and not _TMX_DATE.fullmatch(creationdate):
        raise ValueError(f"creationdate {creationdate!r} is not in TMX form YYYYMMDDThhmmssZ")
    tags = tags or {}
    root = ET.Element("tmx", version="1.4")
    header = ET.SubElement(
        root,
        "header",
        creationtool=TOOL,
        creationtoolversion=toolversion,
        datatype="plaintext",
        segtype="paragraph",
        adminlang="en",
        srclang=tags.get(srclang, srclang),
    )
    header.set("o-tmf", TOOL)
    if creationdate is not None:
        header.set("creationdate", creationdate)
    body = ET.SubElement(root, "body")
    skipped: list[Skipped] = []
    for unit in units:
        reason = unsafe_reason(unit.english)
        if reason is not None:
            skipped.append(Skipped(unit.tuid, srclang, f"English text: {reason}; unit left out"))
            continue
        tu = ET.SubElement(body, "tu", tuid=unit.tuid)
        ET.SubElement(tu, "prop", type="x-doc").text = unit.doc
        ET.SubElement(tu, "prop", type="x-kind").text = unit.kind
        _tuv(tu, tags.get(srclang, srclang), unit.english)
        for lang, text in sorted(unit.translations, key=lambda pair: _lang_key(pair[0])):
            if lang == srclang or not text:
                continue
            reason = unsafe_reason(text)
            if reason is not None:
                why = f"translation: {reason}; translation left out"
                skipped.append(Skipped(unit.tuid, lang, why))
                continue
            _tuv(tu, tags.get(lang, lang), text)
    return Export(_serialise(root, _TMX_DOCTYPE), tuple(skipped))


def _tuv(tu: ET.Element, tag: str, text: str) -> None:
    tuv = ET.SubElement(tu, "tuv", {_XML_LANG: tag})
    ET.SubElement(tuv, "seg").text = text


# -- XLIFF 2.0 -----------------------------------------------------------------


def render_xliff(
    doc: Document,
    translations: Translations,
    lang: str,
    *,
    srclang: str = "en",
    name: str | None = None,
) -> Export:
    """One language's catalogue as XLIFF 2.0: a ``<unit>`` per segment, in document order."""
    name = name or doc_name(doc)
    if not _NMTOKEN.fullmatch(name):
        raise ValueError(f"document name {name!r} is not an XML NMTOKEN (letters, digits, _ . - :)")
    # Unqualified tags under a literal xmlns: ElementTree would otherwise invent
    # an "ns0:" prefix, or (default_namespace=) refuse unqualified attributes.
    root = ET.Element("xliff", xmlns=XLIFF_NS, version="2.0", srcLang=srclang, trgLang=lang)
    file = ET.SubElement(root, "file", id=name)
    skipped: list[Skipped] = []
    for seg in doc.segments:
        tuid = f"{name}:{seg.id}"
        reason = unsafe_reason(seg.text)
        if reason is not None:
            skipped.append(Skipped(tuid, srclang, f"English text: {reason}; unit left out"))
            continue
        unit = ET.SubElement(file, "unit", id=seg.id)
        notes = ET.SubElement(unit, "notes")
        ET.SubElement(notes, "note", category="kind").text = _describe(seg)
        msgstr, fuzzy = translations.get(seg.text, ("", False))
        if msgstr:
            reason = unsafe_reason(msgstr)
            if reason is not None:
                skipped.append(Skipped(tuid, lang, f"translation: {reason}; target left out"))
                msgstr = ""
        state = "translated" if msgstr and not fuzzy else "initial"
        segment = ET.SubElement(unit, "segment", state=state)
        ET.SubElement(segment, "source", {_XML_SPACE: "preserve"}).text = seg.text
        if msgstr:
            ET.SubElement(segment, "target", {_XML_SPACE: "preserve"}).text = msgstr
    return Export(_serialise(root, ""), tuple(skipped))


def _describe(seg: Segment) -> str:
    return f"{seg.kind} {seg.number}" if seg.number else seg.kind


# -- shared --------------------------------------------------------------------


def _serialise(root: ET.Element, doctype: str) -> str:
    ET.indent(root, space="  ")
    text = ET.tostring(root, encoding="unicode")
    # ElementTree escapes CR in attributes but not in text, and an XML parser
    # turns a literal CR into LF: write it as a character reference. Every
    # literal CR left in the output is in character data, so this is exact.
    text = text.replace("\r", "&#13;")
    return f"{_DECLARATION}{doctype}{text}\n"


def _lang_key(lang: str) -> tuple[int, str]:
    return (OFFICIAL.index(lang) if lang in OFFICIAL else len(OFFICIAL), lang)


__all__ = [
    "XLIFF_NS",
    "Export",
    "Skipped",
    "Unit",
    "doc_name",
    "render_tmx",
    "render_xliff",
    "units_of",
    "unsafe_reason",
]
