"""Documents as the UN issues them (PDF, Word) -> the text form the segmenter reads.

``extract_text(path, lang)`` reads ``source/<lang>/<DOC>.pdf`` or ``.docx``
(or a ``.txt``, returned as it is) and returns text in the seed's form:
the masthead lines, ``## `` headings, ``- 1. `` labelled paragraphs,
``**bold**``, footnotes last below ``__________________``. The workflow
writes it to ``build/text/<lang>/<DOC>.txt`` so a user can open what was read.

``source_for(source_dir, lang, doc)`` finds a document's one source file and
``check_single_source`` refuses two (``A_68_500.txt`` and ``A_68_500.pdf``),
naming both; ``documents(source_dir)`` lists the documents of a folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..io import decode_text
from .form import render

SOURCE_SUFFIXES = (".txt", ".docx", ".pdf")
_OLD_WORD = (".doc", ".rtf", ".odt", ".wpd")


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


def documents(source_dir: str, lang: str = "en") -> list[str]:
    """Every document with a source in ``source_dir/lang`` (any accepted kind), checked for twins."""
    folder = Path(source_dir) / lang
    if not folder.is_dir():
        return []
    names = sorted({
        p.stem for p in folder.iterdir()
        if p.suffix.lower() in SOURCE_SUFFIXES and p.is_file() and not p.name.startswith(".")
    })
    for name in names:
        source_for(source_dir, lang, name)
    return names


__all__ = [
    "SOURCE_SUFFIXES",
    "check_single_source",
    "documents",
    "extract_bytes",
    "extract_text",
    "source_candidates",
    "source_for",
]
