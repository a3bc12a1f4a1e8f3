"""Records of a generated document: gold segments, gold pairs, the document itself.

A gold segment is what a translator translates, known by construction (never
by running hexaglot's segmenter): the printed text without its label, markup
and page furniture, the pieces of a cut paragraph joined, a word hyphenated at
a line end rejoined, kashida kept as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
TARGETS = ("fr", "es", "ru", "ar", "zh")


@dataclass(frozen=True)
class GoldSegment:
    text: str  # clean text
    kind: str  # hexaglot's segment kinds: "masthead", "numbered paragraph", "footnote"...
    label: str = ""  # the label as printed: "(b)", "б)", "(ب)", "1-1", "Глава II", "" for none
    key: str = ""  # the label's canonical key, the same in every language: "(b)", "1.1", "chapter 2"
    word: str = ""  # the label word of a labelled heading: "Chapter", "Глава", "الفصل", "章"
    unit: int = -1  # the abstract unit it renders (its English counterpart has the same), -1 none
    marks: tuple[str, ...] = ()  # footnote marks the text carries, as printed ("1", "(2)", "*")

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"text": self.text, "kind": self.kind}
        for name in ("label", "key", "word"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.marks:
            out["marks"] = list(self.marks)
        return out


@dataclass(frozen=True)
class GoldPair:
    """English segment indices with target segment indices (either may be empty)."""

    en: tuple[int, ...]
    tgt: tuple[int, ...]
    crossing: bool = False  # in another order than its neighbours in the translation

    @property
    def bead(self) -> str:
        return f"{len(self.en)}-{len(self.tgt)}"


@dataclass
class GeneratedDocument:
    seed: int
    kind: str  # "letter", "ga-resolution", "sc-resolution", "report", "general-comment", "plan", "draft-report"
    symbol: str  # "A/68/500"
    doc: str  # file-safe: "A_68_500"
    texts: dict[str, str]  # lang -> raw text as extracted from the PDF
    segments: dict[str, tuple[GoldSegment, ...]]  # lang -> gold segmentation
    pairs: dict[str, tuple[GoldPair, ...]]  # target lang -> gold alignment with the English
    phenomena: dict[str, frozenset[str]] = field(default_factory=dict)  # lang -> what occurs in it
    furniture: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> furniture lines printed

    def beads(self, lang: str) -> list[dict[str, list[str]]]:
        """The gold pairs as texts, in the format of tests/data/align/<DOC>/<lang>.gold.json."""
        en, tgt = self.segments["en"], self.segments[lang]
        return [
            {"en": [en[i].text for i in p.en], "tgt": [tgt[j].text for j in p.tgt]}
            for p in self.pairs[lang]
        ]
