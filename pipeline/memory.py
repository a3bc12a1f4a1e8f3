"""Confirmed translations of every document -> the best earlier translation for a new English text.

Pure: ``Entry`` values in (one per non-fuzzy, non-empty catalogue entry),
``Match`` values out. Exact English matches come from a dict; close ones
from rapidfuzz (``fuzz.ratio``, normalised Indel similarity, the measure
GNU msgmerge and catalog.update_catalog also use) over the memory's English
texts whose length could reach the cut-off at all, so the search stays fast
as the memory grows.

What the caller may rely on:

* Only confirmed translations go in (``entries_from_catalog`` drops fuzzy
  and empty msgstr): a suggestion must not breed suggestions.
* ``similarity`` is in [0, 1]; ``exact`` is True only for an identical
  English text (then ``similarity`` is 1.0).
* When several documents translated the same English differently, the
  translation most documents agree on wins, ties going to the document whose
  name sorts first; ``variants`` says how many different translations there
  were, so the caller can tell a translator to look.
* ``exclude_doc`` leaves a document's own entries out, so a document is never
  offered its own (possibly outdated) translations as "memory".
* The same entries give the same answers, whatever order they came in.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .model import Segment

SOURCE_LANG = "en"
DEFAULT_MIN_SIMILARITY = 0.75


@dataclass(frozen=True)
class Entry:
    """One confirmed translation: a catalogue entry that is neither fuzzy nor empty."""

    doc: str  # "A_68_500"
    lang: str
    english: str  # the msgid
    translation: str  # the msgstr


@dataclass(frozen=True)
class Match:
    """The memory's best translation for an English text."""

    english: str  # the memory's English text (the query's own text when exact)
    translation: str
    doc: str  # the document the translation comes from
    similarity: float  # in [0, 1]; 1.0 when exact
    exact: bool
    variants: int = 1  # distinct translations of this English in the memory

    def describe(self) -> str:
        """A translator comment: where the offer comes from and how close it is."""
        if self.exact:
            what = f"exact match from {self.doc}"
        else:
            what = f"{math.floor(self.similarity * 100)}% similar English in {self.doc}"
        extra = f"; {self.variants} different translations in memory" if self.variants > 1 else ""
        return f"translation memory: {what}{extra}"


@dataclass(frozen=True)
class Offer:
    msgid: str
    match: Match


def entries_from_catalog(
    doc: str, lang: str, translations: Mapping[str, tuple[str, bool]]
) -> list[Entry]:
    """A catalogue's confirmed translations (msgid -> (msgstr, fuzzy)) as memory entries.

    Fuzzy and empty entries are left out, and so is the source language,
    whose msgstr only repeats the msgid.
    """
    if lang == SOURCE_LANG:
        return []
    return [
        Entry(doc, lang, msgid, msgstr)
        for msgid, (msgstr, fuzzy) in translations.items()
        if msgid and msgstr and not fuzzy
    ]


class _LanguageIndex:
    """One language: English -> translations by document, and the fuzzy search space."""

    def __init__(self, entries: Iterable[Entry]):
        sources: dict[str, set[tuple[str, str]]] = {}
        for entry in entries:
            sources.setdefault(entry.english, set()).add((entry.doc, entry.translation))
        # Sorted (doc, translation) pairs: choices below never depend on input order.
        self.sources: dict[str, tuple[tuple[str, str], ...]] = {
            english: tuple(sorted(pairs)) for english, pairs in sources.items()
        }
        # Shortest first: a length band is then a contiguous slice.
        self.choices: list[str] = sorted(self.sources, key=lambda s: (len(s), s))
        self.lengths: list[int] = [len(s) for s in self.choices]
        # English texts that only one document holds: what excluding that
        # document removes from the search space.
        only: dict[str, set[str]] = {}
        for english, pairs in self.sources.items():
            docs = {doc for doc, _ in pairs}
            if len(docs) == 1:
                only.setdefault(next(iter(docs)), set()).add(english)
        self.only_in: dict[str, frozenset[str]] = {d: frozenset(s) for d, s in only.items()}

    def pick(self, english: str, exclude_doc: str | None) -> tuple[str, str, int] | None:
        """(translation, doc, variants) for an English text of the memory, or None."""
        pairs = [p for p in self.sources.get(english, ()) if p[0] != exclude_doc]
        if not pairs:
            return None
        votes: Counter[str] = Counter(translation for _, translation in pairs)
        first_doc: dict[str, str] = {}
        for doc, translation in pairs:  # sorted by doc: the first is the smallest
            first_doc.setdefault(translation, doc)
        best = min(votes, key=lambda t: (-votes[t], first_doc[t], t))
        return best, first_doc[best], len(votes)

    def band(self, length: int, cutoff: float) -> list[str]:
        """The texts whose length allows ``fuzz.ratio >= cutoff`` against one of ``length``.

        ratio = 1 - indel / (m + n) and indel >= |m - n|, so a text of length
        n can only reach the cut-off c when m c / (2 - c) <= n <= m (2 - c) / c.
        """
        low = math.ceil(length * cutoff / (2 - cutoff) - 1e-9)
        high = math.floor(length * (2 - cutoff) / cutoff + 1e-9)
        return self.choices[bisect_left(self.lengths, low) : bisect_right(self.lengths, high)]


class TranslationMemory:
    """Every document's confirmed translations, searchable per language."""

    def __init__(self, entries: Iterable[Entry]):
        by_lang: dict[str, list[Entry]] = {}
        for entry in entries:
            if entry.english and entry.translation:
                by_lang.setdefault(entry.lang, []).append(entry)
        self._entries = dict(sorted(by_lang.items()))
        # A language's index is built when it is first searched: a rebuild
        # that needs offers in one language pays for that language alone.
        self._indexes: dict[str, _LanguageIndex] = {}

    def _index(self, lang: str) -> _LanguageIndex | None:
        if lang not in self._indexes and lang in self._entries:
            self._indexes[lang] = _LanguageIndex(self._entries[lang])
        return self._indexes.get(lang)

    @classmethod
    def from_catalogues(
        cls, catalogues: Mapping[str, Mapping[str, Mapping[str, tuple[str, bool]]]]
    ) -> TranslationMemory:
        """From {doc: {lang: {msgid: (msgstr, fuzzy)}}}."""
        return cls(
            entry
            for doc, langs in catalogues.items()
            for lang, translations in langs.items()
            for entry in entries_from_catalog(doc, lang, translations)
        )

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._entries)

    def size(self, lang: str) -> int:
        """Distinct English texts held for ``lang``."""
        index = self._index(lang)
        return len(index.choices) if index else 0

    def lookup(
        self,
        lang: str,
        english: str,
        *,
        exclude_doc: str | None = None,
        min_similarity: float = DEFAULT_MIN_SIMILARITY,
    ) -> Match | None:
        """The best translation of ``english`` (or of the most similar English) into ``lang``."""
        if not 0 < min_similarity <= 1:
            raise ValueError(f"min_similarity must be in (0, 1], not {min_similarity}")
        index = self._index(lang)
        if index is None or not english:
            return None
        exact = index.pick(english, exclude_doc)
        if exact is not None:
            translation, doc, variants = exact
            return Match(english, translation, doc, 1.0, True, variants)
        band = index.band(len(english), min_similarity)
        cutoff = min_similarity * 100
        skip = frozenset() if exclude_doc is None else index.only_in.get(exclude_doc, frozenset())
        # A document asking for its own text would find itself first: leave it out.
        hit = None if english in skip else process.extractOne(
            english, band, scorer=fuzz.ratio, score_cutoff=cutoff
        )
        if english in skip or (hit is not None and hit[0] in skip):
            # Search again without the excluded document's texts; the filtering
            # copy is paid only when that document stands in the way.
            rest = [choice for choice in band if choice not in skip]
            hit = process.extractOne(english, rest, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is None:
            return None
        choice, score = hit[0], hit[1]
        picked = index.pick(choice, exclude_doc)
        if picked is None:  # cannot happen: a text not only in exclude_doc has another doc
            return None
        translation, doc, variants = picked
        # ratio is 100 only for identical texts, which the exact path took.
        return Match(choice, translation, doc, min(score / 100, 1.0), False, variants)


def offers(
    memory: TranslationMemory,
    doc_name: str,
    segments_or_msgids: Sequence[Segment] | Sequence[str],
    lang: str,
    *,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
) -> list[Offer]:
    """What the memory offers a document's entries, in order, once per msgid.

    The document's own entries are excluded, so re-running on a document
    already in the memory offers nothing from itself.
    """
    seen: set[str] = set()
    out: list[Offer] = []
    for item in segments_or_msgids:
        msgid = item.text if isinstance(item, Segment) else item
        if msgid in seen:
            continue
        seen.add(msgid)
        match = memory.lookup(lang, msgid, exclude_doc=doc_name, min_similarity=min_similarity)
        if match is not None:
            out.append(Offer(msgid, match))
    return out


__all__ = [
    "DEFAULT_MIN_SIMILARITY",
    "Entry",
    "Match",
    "Offer",
    "TranslationMemory",
    "entries_from_catalog",
    "offers",
]
