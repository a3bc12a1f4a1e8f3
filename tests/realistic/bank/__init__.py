"""The content bank: parallel units written by the team in the six languages.

Files ``*.txt`` in this folder hold entries::

    == ga.pre t:water
    en: *Recalling* its resolution {res} of {date},
    fr: *Rappelant* sa résolution {res} du {date},
    es: ...
    ru: ...
    ar: ...
    zh: ...

The header names the entry's category first, then tags (``t:<theme>`` for
a theme; none for text any document may use). Every entry has the six
languages, each on one line, with the same slots (tests/realistic/slots.py);
``*x*`` marks italics, ``**x**`` bold. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..model import LANGS
from ..slots import SLOT

HERE = Path(__file__).resolve().parent
_SLOT = re.compile(r"\{\^?([a-z]+(?:#\d)?)(?::[\w-]+)?(?:\.\w+)?\}")


class BankError(ValueError):
    """A malformed bank entry, with its file and line."""


@dataclass(frozen=True)
class Entry:
    id: str  # "reports.txt:120"
    category: str
    tags: frozenset[str]
    texts: dict[str, str]

    @property
    def themes(self) -> frozenset[str]:
        return frozenset(t[2:] for t in self.tags if t.startswith("t:"))


def parse(text: str, name: str) -> list[Entry]:
    entries: list[Entry] = []
    header: tuple[int, list[str]] | None = None
    texts: dict[str, str] = {}

    def close() -> None:
        if header is None:
            return
        line, words = header
        missing = [lang for lang in LANGS if lang not in texts]
        if missing:
            raise BankError(f"{name}:{line}: entry {' '.join(words)!r} lacks {', '.join(missing)}")
        slots = {lang: sorted(set(_SLOT.findall(texts[lang]))) for lang in LANGS}
        for lang in LANGS:
            rest = SLOT.sub("", texts[lang])
            if "{" in rest or "}" in rest:
                raise BankError(f"{name}:{line}: {lang} has a malformed slot near {rest[rest.find('{'):][:30]!r}")
            if slots[lang] != slots["en"]:
                raise BankError(
                    f"{name}:{line}: {lang} has slots {slots[lang]}, the English {slots['en']}"
                )
            if texts[lang].count("*") % 2:
                raise BankError(f"{name}:{line}: {lang} has an unpaired '*'")
        entries.append(Entry(f"{name}:{line}", words[0], frozenset(words[1:]), dict(texts)))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            close()
            header, texts = (number, line[3:].split()), {}
            continue
        lang, sep, body = line.partition(": ")
        if header is None or not sep or lang not in LANGS:
            raise BankError(f"{name}:{number}: expected '== category tags' or '<lang>: text', got {line[:40]!r}")
        if lang in texts:
            raise BankError(f"{name}:{number}: {lang} given twice")
        texts[lang] = body.strip()
    close()
    return entries


@lru_cache(maxsize=1)
def load() -> dict[str, tuple[Entry, ...]]:
    """Every entry of every bank file, by category."""
    by_category: dict[str, list[Entry]] = defaultdict(list)
    for path in sorted(HERE.glob("*.txt")):
        for entry in parse(path.read_text(encoding="utf-8"), path.name):
            by_category[entry.category].append(entry)
    return {k: tuple(v) for k, v in by_category.items()}


@lru_cache(maxsize=4096)
def _entries(category: str, theme: str | None, tag: str | None) -> tuple[Entry, ...]:
    out = []
    for entry in load().get(category, ()):
        if theme is not None and entry.themes and theme not in entry.themes:
            continue
        if tag is not None and tag not in entry.tags:
            continue
        out.append(entry)
    return tuple(out)


def entries(category: str, theme: str | None = None, tag: str | None = None) -> list[Entry]:
    """Entries of a category usable in a document of ``theme``: the theme's own and the generic ones."""
    out = list(_entries(category, theme, tag))
    if not out:
        raise BankError(f"the bank has no {category!r} entry for theme {theme!r}, tag {tag!r}")
    return out


@lru_cache(maxsize=1024)
def _themed(category: str, theme: str) -> tuple[Entry, ...]:
    return tuple(e for e in load().get(category, ()) if theme in e.themes)


def themed(category: str, theme: str) -> list[Entry]:
    """Entries of the theme only (no generic ones)."""
    return list(_themed(category, theme))


def themes() -> list[str]:
    """Themes with an agenda title, a report title and enough text for every kind of document."""
    found = {t for e in load().get("agenda", ()) for t in e.themes}
    return sorted(found)
