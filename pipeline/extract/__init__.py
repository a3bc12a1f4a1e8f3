"""Documents as the UN issues them (PDF, Word) -> the text form the segmenter reads.

``extract_text(path, lang)`` reads ``source/<lang>/<DOC>.pdf`` or ``.docx``
(or a ``.txt``, returned as it is) and returns text in the seed's form:
the masthead lines, ``## `` headings, ``- 1. `` labelled paragraphs,
``**bold**``, footnotes last below ``__________________``. The workflow
writes it to ``build/text/<lang>/<DOC>.txt`` so a user can open what was read.

``find_sources(source_dir, langs)`` finds every document's one source file in
each language, once per folder, and refuses two (``A_68_500.txt`` and
``A_68_500.pdf``) naming both; ``source_for`` does the same for one document,
``documents(source_dir)`` lists the documents of a folder. A file of a kind
that is refused (``.doc``) is found too, so that its extraction can say what
to do instead of the file being passed over in silence.

A file that cannot be read becomes, in the workflow, a one-line note in place
of its text (``unreadable_note``), which the build reports as it reports an
unreadable ``.txt`` (``unreadable_reason``): the other documents are built.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import HexaglotError, InputError
from ..io import decode_text
from .form import render

SOURCE_SUFFIXES = (".txt", ".docx", ".pdf")
_OLD_WORD = (".doc", ".rtf", ".odt", ".wpd")
# What is taken for a document's source: the kinds read, and the kinds refused with a reason.
FOUND_SUFFIXES = SOURCE_SUFFIXES + _OLD_WORD
# The first line of an extracted text that is a note saying why its source could not be read.
UNREADABLE = "[hexaglot] not extracted: "


def extract_bytes(data: bytes, path: str, lang: str, *, backend: str | None = None) -> str:
    """The text of a document's bytes, by the kind its name says."""
    suffix = Path(path).suffix.lower()
    if suffix == ".txt":
        return decode_text(data, path)
    if suffix in _OLD_WORD:
        raise InputError(
            f"{suffix} files are not read; open it in Word or LibreOffice and save it as a Word "
            "document (.docx), or export it as PDF",
            path,
        )
    if not data.strip():
        raise InputError("empty file; expected the document", path)
    if suffix == ".docx":
        from .word import read_word

        return render(read_word(data, path, lang))
    if suffix == ".pdf":
        from .pdf import DEFAULT_BACKEND, read_pdf

        return render(read_pdf(data, path, lang, backend or DEFAULT_BACKEND))
    raise InputError(f"unknown kind of file {suffix or '(no suffix)'}; expected .txt, .docx or .pdf", path)


def extract_text(path: str | os.PathLike[str], lang: str, *, backend: str | None = None) -> str:
    """Read ``path`` (.pdf, .docx or .txt) and return its text in the segmenter's form."""
    name = os.fspath(path)
    if Path(name).suffix.lower() in _OLD_WORD:
        extract_bytes(b"", name, lang)  # raises, saying what to do
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except IsADirectoryError:
        raise InputError("is a folder, expected a document", name) from None
    return extract_bytes(data, name, lang, backend=backend)


def check_single_source(paths: Iterable[str | os.PathLike[str]]) -> str | None:
    """The one existing path among a document's candidates, or None; two are an error."""
    found = [os.fspath(p) for p in paths if os.path.exists(p)]
    if len(found) > 1:
        raise InputError(
            f"{len(found)} sources for one document: {' and '.join(found)}; keep one of them "
            "(move the others out of the source folder)",
            found[0],
        )
    return found[0] if found else None


def source_candidates(source_dir: str, lang: str, doc: str) -> list[str]:
    """Where a document's text in ``lang`` may be: source/<lang>/<DOC>.txt, .docx, .pdf."""
    return [os.path.join(source_dir, lang, doc + suffix) for suffix in SOURCE_SUFFIXES]


def source_for(source_dir: str, lang: str, doc: str) -> str | None:
    """The document's source file in ``lang``, or None; an error when there are two."""
    return check_single_source(source_candidates(source_dir, lang, doc))


def find_sources(source_dir: str, langs: Iterable[str]) -> dict[str, dict[str, str]]:
    """Document -> language -> its source file in ``source_dir/<lang>``, every folder read once.

    A file counts when its suffix is one that is read (.txt, .docx, .pdf) or
    refused with a reason (.doc...); hidden files and other kinds (notes.md)
    are left alone. Two files for one document and language are an
    InputError naming every such pair, before anything is built.
    """
    found: dict[str, dict[str, list[str]]] = {}
    for lang in langs:
        folder = os.path.join(source_dir, lang)
        try:
            names = sorted(os.listdir(folder))
        except (FileNotFoundError, NotADirectoryError):
            continue
        for name in names:
            stem, suffix = os.path.splitext(name)
            path = os.path.join(folder, name)
            if name.startswith(".") or suffix.lower() not in FOUND_SUFFIXES or not os.path.isfile(path):
                continue
            found.setdefault(stem, {}).setdefault(lang, []).append(path)
    twins = [paths for doc in sorted(found) for _lang, paths in sorted(found[doc].items()) if len(paths) > 1]
    if twins:
        both = "; ".join(f"{' and '.join(paths)} are {len(paths)} sources for one document" for paths in twins)
        raise InputError(f"{both}; keep one file per document and language (move the others out of {source_dir}/)")
    return {doc: {lang: paths[0] for lang, paths in by_lang.items()} for doc, by_lang in found.items()}


def unreadable_note(error: HexaglotError) -> str:
    """What the workflow writes in place of the text of a file that cannot be read."""
    return f"{UNREADABLE}{' '.join(str(error).split())}\n"


def unreadable_reason(text: str) -> str | None:
    """The reason an extracted text holds instead of text ('source/fr/X.pdf: ...'), or None."""
    if not text.startswith(UNREADABLE):
        return None
    return text[len(UNREADABLE):].split("\n", 1)[0]


def documents(source_dir: str, lang: str = "en") -> list[str]:
    """Every document with a source in ``source_dir/lang`` (any kind found), checked for twins."""
    return sorted(find_sources(source_dir, [lang]))


__all__ = [
    "FOUND_SUFFIXES",
    "SOURCE_SUFFIXES",
    "UNREADABLE",
    "check_single_source",
    "documents",
    "extract_bytes",
    "extract_text",
    "find_sources",
    "source_candidates",
    "source_for",
    "unreadable_note",
    "unreadable_reason",
]
