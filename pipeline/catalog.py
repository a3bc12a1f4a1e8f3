"""Segments <-> gettext catalogues: template, msgmerge-style update, fills.

The only module that touches polib. Catalogues are values here (polib
objects built from and rendered to text); ``cli`` reads and writes the files.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import polib
from babel.messages.catalog import Catalog
from rapidfuzz import fuzz, process

from .errors import CatalogError
from .model import Document, Fill, Segment
from .poformat import PAGE_WIDTH, render_po

WRAP = PAGE_WIDTH  # GNU gettext's line width, which render_catalog follows
PROVENANCE = "hexaglot:"  # translator comments this tool writes start so
_PROVENANCE_SHA = re.compile(r"\[sha ([0-9a-f]{8})\]")
_WRAPPED_NOTE_LINES = 4  # a note polib wrapped spans at most this many lines
_MONTHS = {
    m: i
    for i, m in enumerate(
        "january february march april may june july august september october november december".split(),
        start=1,
    )
}
# Fields the template sets; any other header field is the translator's.
_TEMPLATE_FIELDS = ("Project-Id-Version", "POT-Creation-Date", "Report-Msgid-Bugs-To")
_LANGUAGE_FIELDS = ("Language", "Plural-Forms", "MIME-Version", "Content-Type", "Content-Transfer-Encoding")


@dataclass(frozen=True)
class Disagreement:
    """A translator's msgstr and a supplied translation that differ."""

    msgid: str
    msgstr: str
    supplied: str
    origin: str


# -- the template --------------------------------------------------------------


def document_date(doc: Document) -> datetime:
    """The date the masthead prints, for headers: deterministic, never now()."""
    for seg in doc.segments[:10]:
        match = re.search(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", seg.text)
        if match and match.group(2).lower() in _MONTHS:
            day, month, year = int(match.group(1)), _MONTHS[match.group(2).lower()], int(match.group(3))
            return datetime(year, month, day, tzinfo=UTC)
    return datetime(1970, 1, 1, tzinfo=UTC)


def header_for(lang: str | None, doc: Document) -> dict[str, str]:
    """Header fields as babel writes them for ``lang`` (None: the template)."""
    date = document_date(doc)
    babel_catalog = Catalog(
        locale=lang,
        project="hexaglot",
        version=doc.symbol or "",
        msgid_bugs_address="",
        creation_date=date,
        revision_date=date,
        fuzzy=False,
    )
    fields = {key: value for key, value in babel_catalog.mime_headers}
    fields.pop("Generated-By", None)  # names the babel version: not deterministic
    fields["Report-Msgid-Bugs-To"] = ""
    fields["Project-Id-Version"] = f"hexaglot {doc.symbol}".strip()
    fields["Content-Type"] = "text/plain; charset=UTF-8"
    if lang is None:
        fields.pop("Language", None)
        fields["Language-Team"] = "LANGUAGE <LL@li.org>"
        fields["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    else:
        fields["Language-Team"] = f"{_language_name(lang)} <LL@li.org>"
        fields["Last-Translator"] = "hexaglot <hexaglot@localhost>"
    # The header is written in the order of this dict (a translator's order is
    # kept as read); new catalogues get the usual one, as polib orders it.
    ordered = polib.POFile()
    ordered.metadata = fields
    return dict(ordered.ordered_metadata())


def _language_name(lang: str) -> str:
    from babel import Locale

    return Locale.parse(lang).english_name or lang


def describe(seg: Segment) -> str:
    """The extracted comment a translator sees above the entry."""
    where = f"{seg.kind} {seg.number}" if seg.number else seg.kind
    return f"{where} [{seg.id}]"


def build_template(doc: Document) -> polib.POFile:
    """One entry per distinct English text, in document order; repeats share it."""
    pot = polib.POFile(wrapwidth=WRAP, check_for_duplicates=False)
    pot.header = (
        f"Template for {doc.symbol or doc.path}, made by hexaglot from {doc.path}.\n"
        "Do not edit: it is regenerated from the English original."
    )
    pot.metadata = header_for(None, doc)
    by_msgid: dict[str, polib.POEntry] = {}
    for seg in doc.segments:
        entry = by_msgid.get(seg.text)
        if entry is None:
            entry = polib.POEntry(msgid=seg.text, msgstr="")
            by_msgid[seg.text] = entry
            pot.append(entry)
        entry.occurrences.append((doc.path, str(seg.line)))
        entry.comment = "\n".join(filter(None, [entry.comment, describe(seg)]))
    return pot


# -- reading and rendering -----------------------------------------------------


_PO_LINE = re.compile(
    r"""^(?:\#~\s*)?(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"\s*$"""
)


def _check_syntax(text: str, path: str) -> None:
    """What polib tolerates and msgfmt rejects: an unterminated or stray line."""
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if not stripped or (stripped.startswith("#") and not stripped.startswith("#~")):
            continue
        if stripped.startswith("#~") and stripped[2:].lstrip()[:1] in ("", "|", "#"):
            continue
        if not _PO_LINE.match(stripped):
            raise CatalogError(
                f"syntax error: {_shorten(stripped)!r} is not a quoted PO string; "
                "fix it in a PO editor or restore it from git",
                path,
                number,
            )


class _Parser(polib._POFileParser):  # type: ignore[misc]
    """polib's parser, fed lines split at LF only.

    ``polib.pofile(text)`` splits with ``str.splitlines``, which also breaks at
    U+2028, U+0085 and \\x1c-\\x1e: a msgstr holding one would be cut short.
    Two more things GNU writes and polib would lose are kept: the previous
    msgid of an obsolete entry (``#~| msgid``, read as ``#| msgid``, the same
    field) and a comment's trailing spaces or empty lines (polib strips every
    line and drops empty ones: a mark after the comment keeps them, ``_unmark``
    removes it).
    """

    def __init__(self, text: str):
        super().__init__(text, encoding="utf-8", check_for_duplicates=False)
        mark = _KEEP not in text
        self.fhandle = [_for_polib(line.removesuffix("\r"), mark) for line in text.split("\n")]


_KEEP = "\ufdd0"  # a Unicode noncharacter, never in a catalogue


def _for_polib(line: str, mark: bool) -> str:
    if line.startswith("#~|"):
        return "#" + line[2:]
    if mark and (line in ("#", "#.") or line.startswith(("# ", "##", "#. "))):
        return (line + " " if line in ("#", "#.") else line) + _KEEP
    return line


def _unmark(po: polib.POFile) -> None:
    po.header = po.header.replace(_KEEP, "")
    for entry in po:
        entry.tcomment = entry.tcomment.replace(_KEEP, "")
        entry.comment = entry.comment.replace(_KEEP, "")


def parse_catalog(text: str, path: str) -> polib.POFile:
    """PO text -> POFile, or a CatalogError naming the file and line."""
    text = text.removeprefix("\ufeff")  # some Windows editors save a byte-order mark
    if "\x00" in text:
        raise CatalogError("binary data, not a PO catalogue", path)
    _check_syntax(text, path)
    try:
        po = _Parser(text).parse()
        po.wrapwidth = WRAP
        _unmark(po)
    except (OSError, ValueError) as exc:
        message = str(exc)
        line = re.search(r"line (\d+)", message)
        reason = re.sub(r"\s*\(line \d+\)", "", message).strip() or "not a PO catalogue"
        raise CatalogError(
            f"{reason[0].lower()}{reason[1:]}; fix it in a PO editor or restore it from git",
            path,
            int(line.group(1)) if line else None,
        ) from None
    seen: dict[tuple[str | None, str, bool], int] = {}
    for entry in po:
        key = (entry.msgctxt, entry.msgid, entry.obsolete)
        if key in seen:
            raise CatalogError(
                f"duplicate entry for msgid {_shorten(entry.msgid)!r} (first at line {seen[key]}); "
                "keep one of them",
                path,
                entry.linenum,
            )
        seen[key] = entry.linenum
    return po


def render_catalog(po: polib.POFile) -> str:
    """The catalogue as GNU gettext writes it: ``msgcat`` leaves the text unchanged."""
    return render_po(po)


def _shorten(text: str, width: int = 50) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# -- msgmerge-style update -----------------------------------------------------


def update_catalog(
    old: polib.POFile | None,
    template: polib.POFile,
    lang: str,
    doc: Document,
    *,
    similarity: float = 0.6,
) -> polib.POFile:
    """Merge a template into a language's catalogue, losing no translation.

    GNU msgmerge semantics: an exact msgid match keeps its translation (an
    obsolete one is revived); a new msgid is offered the most similar old
    translation as fuzzy with ``#| msgid``; a translated entry that matches
    nothing new is kept as obsolete.
    """
    po = polib.POFile(wrapwidth=WRAP, check_for_duplicates=False)
    po.header = old.header if old is not None and old.header else _default_header(lang, doc)
    po.metadata = _merged_metadata(old, template, lang, doc)
    po.metadata_is_fuzzy = []

    previous: list[polib.POEntry] = list(old) if old is not None else []
    exact: dict[tuple[str | None, str], polib.POEntry] = {}
    for entry in previous:  # active entries win over obsolete ones
        key = (entry.msgctxt, entry.msgid)
        if key not in exact or (exact[key].obsolete and not entry.obsolete):
            exact[key] = entry
    donors = [e for e in previous if e.msgstr and not e.msgid_plural]
    donor_ids = [e.msgid for e in donors]

    used: set[int] = set()
    for tmpl in template:
        entry = polib.POEntry(
            msgid=tmpl.msgid,
            msgctxt=tmpl.msgctxt,
            msgstr="",
            occurrences=list(tmpl.occurrences),
            comment=tmpl.comment,
            flags=[f for f in tmpl.flags if f != "fuzzy"],
        )
        match = exact.get((tmpl.msgctxt, tmpl.msgid))
        if match is not None:
            used.add(id(match))
            _carry(match, entry)
            if match.fuzzy:
                entry.previous_msgid = match.previous_msgid
        elif donors:
            best = process.extractOne(
                tmpl.msgid, donor_ids, scorer=fuzz.ratio, score_cutoff=similarity * 100
            )
            if best is not None:
                donor = donors[best[2]]
                _carry(donor, entry)
                if "fuzzy" not in entry.flags:
                    entry.flags.append("fuzzy")
                # The English the offered translation was written for.
                entry.previous_msgid = (
                    donor.previous_msgid if donor.fuzzy and donor.previous_msgid else donor.msgid
                )
        po.append(entry)

    for entry in previous:
        if id(entry) in used or not (entry.msgstr or entry.tcomment):
            continue
        gone = polib.POEntry(
            msgid=entry.msgid,
            msgctxt=entry.msgctxt,
            msgstr=entry.msgstr,
            tcomment=entry.tcomment,
            flags=list(entry.flags),
            previous_msgid=entry.previous_msgid,
            obsolete=True,
        )
        po.append(gone)
    return po


def _carry(source: polib.POEntry, target: polib.POEntry) -> None:
    """Copy what the translator owns: msgstr, translator comments, flags."""
    target.msgstr = source.msgstr
    target.tcomment = source.tcomment
    for flag in source.flags:
        if flag not in target.flags:
            target.flags.append(flag)


def _default_header(lang: str, doc: Document) -> str:
    return (
        f"{_language_name(lang)} translation of {doc.symbol or doc.path}.\n"
        f"Made by hexaglot from {doc.path}; edit the msgstr lines, never the msgid.\n"
        "Entries marked fuzzy are suggestions to review; #~ entries are obsolete\n"
        "translations kept for reference."
    )


def _merged_metadata(
    old: polib.POFile | None, template: polib.POFile, lang: str, doc: Document
) -> dict[str, str]:
    fresh = header_for(lang, doc)
    if old is None:
        return fresh
    merged = dict(old.metadata)
    for key in _TEMPLATE_FIELDS:
        if key in template.metadata:
            merged[key] = template.metadata[key]
    for key in _LANGUAGE_FIELDS:
        merged[key] = fresh[key]
    for key, value in fresh.items():
        merged.setdefault(key, value)
    return merged


def mirror_source(po: polib.POFile) -> polib.POFile:
    """The source language's catalogue: msgstr is the msgid, nothing fuzzy.

    Its text lives in source/en; obsolete entries would only repeat old
    English, so they are dropped.
    """
    for entry in list(po):
        if entry.obsolete:
            po.remove(entry)
            continue
        entry.msgstr = entry.msgid
        entry.previous_msgid = None
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    return po


# -- filling from supplied translations ----------------------------------------


def text_sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def provenance(fill: Fill) -> str:
    """Where a filled msgstr came from and how sure the alignment is; a capped one says why:
    "..., confidence 0.50: paired across: the translation gives these paragraphs in
    another order [sha 1a2b3c4d]"."""
    why = f": {fill.why}" if fill.why else ""
    return (
        f"{PROVENANCE} aligned from {fill.origin}, {fill.bead} bead, "
        f"confidence {fill.confidence:.2f}{why} [sha {text_sha(fill.text)}]"
    )


def is_ours(entry: polib.POEntry) -> bool:
    """Was this msgstr written by hexaglot and left untouched since?"""
    found = _provenance(entry.tcomment)
    if found is None:
        return False
    match = _PROVENANCE_SHA.search(found[1])
    return match is not None and match.group(1) == text_sha(entry.msgstr)


def _provenance(tcomment: str | None) -> tuple[range, str] | None:
    """The lines of the provenance note and its text.

    Before catalogues were written as GNU does, polib wrapped long comments,
    putting the ``[sha ...]`` of a long note on a line of its own: such a
    note is read back whole (its lines up to the one with the sha).
    """
    lines = (tcomment or "").split("\n")
    for start, line in enumerate(lines):
        if not line.startswith(PROVENANCE):
            continue
        text, end = line, start + 1
        while not _PROVENANCE_SHA.search(text) and end < min(len(lines), start + _WRAPPED_NOTE_LINES):
            text += " " + lines[end]
            end += 1
        if _PROVENANCE_SHA.search(text):
            return range(start, end), text
        return range(start, start + 1), line
    return None


def _without_provenance(tcomment: str | None) -> str:
    if not tcomment:
        return ""
    found = _provenance(tcomment)
    note = found[0] if found is not None else range(0)
    lines = tcomment.split("\n")
    return "\n".join(line for i, line in enumerate(lines) if i not in note and not line.startswith(PROVENANCE))


def fill_catalog(
    po: polib.POFile, fills: Sequence[Fill], threshold: float
) -> list[Disagreement]:
    """Fill empty (or hexaglot-filled, untouched) msgstr from supplied translations.

    A pair below ``threshold`` is filled fuzzy. A translator's msgstr, fuzzy
    or not, is never overwritten: a differing supplied text is returned as a
    disagreement.
    """
    by_msgid: dict[str, Fill] = {}
    for fill in fills:
        # A repeated English paragraph keeps its most confident pairing.
        if fill.msgid not in by_msgid or fill.confidence > by_msgid[fill.msgid].confidence:
            by_msgid[fill.msgid] = fill
    disagreements: list[Disagreement] = []
    for entry in po:
        if entry.obsolete:
            continue
        offered = by_msgid.get(entry.msgid)
        ours = is_ours(entry)
        if offered is None:
            if ours:  # the supplied text no longer offers it: clear our own fill
                entry.msgstr = ""
                entry.tcomment = _without_provenance(entry.tcomment)
                _set_fuzzy(entry, False)
                entry.previous_msgid = None
            continue
        fill = offered
        if entry.msgstr and not ours:
            if entry.msgstr.strip() != fill.text.strip():
                disagreements.append(Disagreement(entry.msgid, entry.msgstr, fill.text, fill.origin))
            continue
        entry.msgstr = fill.text
        entry.tcomment = "\n".join(filter(None, [_without_provenance(entry.tcomment), provenance(fill)]))
        _set_fuzzy(entry, fill.confidence < threshold)
        entry.previous_msgid = None
    return disagreements


def fill_from_memory(po: polib.POFile, offers: Sequence[Any], trust_exact: bool) -> int:
    """Fill empty msgstr from translation-memory offers (``memory.Offer``).

    A close match is always fuzzy; an exact one too unless ``trust_exact``.
    Only empty entries are filled: a translator's or aligner's text stays.
    Returns how many entries were filled.
    """
    by_msgid = {offer.msgid: offer.match for offer in offers}
    filled = 0
    for entry in po:
        match = by_msgid.get(entry.msgid)
        if entry.obsolete or match is None or entry.msgstr:
            continue
        entry.msgstr = match.translation
        note = f"{PROVENANCE} {match.describe()} [sha {text_sha(match.translation)}]"
        entry.tcomment = "\n".join(filter(None, [_without_provenance(entry.tcomment), note]))
        _set_fuzzy(entry, not (match.exact and trust_exact))
        if not match.exact:
            entry.previous_msgid = match.english
        filled += 1
    return filled


def translations_of(po: polib.POFile) -> dict[str, tuple[str, bool]]:
    """msgid -> (msgstr, fuzzy) of the active entries: what rebuild, TMX and memory read."""
    return {e.msgid: (e.msgstr, "fuzzy" in e.flags) for e in po if not e.obsolete}


def _set_fuzzy(entry: polib.POEntry, fuzzy: bool) -> None:
    if fuzzy and "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
    elif not fuzzy and "fuzzy" in entry.flags:
        entry.flags.remove("fuzzy")


# -- counting ------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    """What ``msgfmt --statistics`` counts (obsolete entries excluded)."""

    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int


def count_entries(po: Iterable[polib.POEntry]) -> Counts:
    translated = fuzzy = untranslated = obsolete = 0
    for entry in po:
        if entry.obsolete:
            obsolete += 1
        elif "fuzzy" in entry.flags and entry.msgstr:
            fuzzy += 1
        elif entry.msgstr:
            translated += 1
        else:
            untranslated += 1
    return Counts(translated, fuzzy, untranslated, obsolete)
