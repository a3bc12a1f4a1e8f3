"""Records that flow through every stage: segments, documents, alignments.

Frozen dataclasses only; no stage keeps parallel dicts of the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Segment kinds. The names appear in catalogues (extracted comments) and
# reports, so they are words a translator understands.
MASTHEAD = "masthead"  # "United Nations", "Distr.: General", "Original: English"
DATE = "date"  # the masthead's issue date
SESSION = "session"  # "Sixty-eighth session"
AGENDA = "agenda"  # "Agenda item 108"
AGENDA_TITLE = "agenda title"  # "Crime prevention and criminal justice"
TITLE = "title"  # the letter's title, a declaration's title
HEADING = "heading"  # any other heading
ANNEX = "annex heading"  # "Annex to the letter dated ..."
PARAGRAPH = "paragraph"
PREAMBLE = "preamble"  # unnumbered lead-in before numbered paragraphs
NUMBERED = "numbered paragraph"
SIGNATURE = "signature"
PLACE_DATE = "place and date"  # "New York, 26 September 2013"
FOOTNOTE = "footnote"  # a page's footnote, moved after the text; number is its mark
FOOTNOTE_RULE = "_" * 18  # the rule UN documents draw above a page's footnotes

KINDS = (
    MASTHEAD,
    DATE,
    SESSION,
    AGENDA,
    AGENDA_TITLE,
    TITLE,
    HEADING,
    ANNEX,
    PARAGRAPH,
    PREAMBLE,
    NUMBERED,
    SIGNATURE,
    PLACE_DATE,
    FOOTNOTE,
)
HEADING_KINDS = frozenset({TITLE, HEADING, ANNEX})
BODY_KINDS = frozenset({PARAGRAPH, PREAMBLE, NUMBERED})


@dataclass(frozen=True)
class Segment:
    """One unit a translator translates, with the structure around it.

    ``text`` is exactly what goes into msgid/msgstr: no paragraph number, no
    Markdown. ``number`` and ``markup`` carry that structure so every
    language's rebuilt text is numbered and marked up identically.
    """

    id: str  # stable identity: content hash, "-2", "-3" for repeats
    index: int  # position in the document, from 0
    kind: str
    text: str
    line: int  # 1-based line of the source file where the segment starts
    number: str = ""  # the label as printed: "1.", "(a)", "а)", "1-أ", "Глава II"; "" when unnumbered
    label: str = ""  # its canonical key, the same in every language: "n:1", "a:1" (pipeline.labels)
    markup: str = ""  # Markdown prefix in the source: "## ", "- "
    emphasis: bool = False  # the source set (part of) it in bold

    def __post_init__(self) -> None:
        # An empty text would be an empty msgid: the PO header, a broken catalogue.
        if not self.text.strip():
            raise ValueError(f"segment {self.index} at line {self.line} has no text: a segment is never empty")


@dataclass(frozen=True)
class Document:
    """A segmented text in one language."""

    path: str  # as given, for messages and references
    lang: str
    symbol: str  # "A/68/500", "" when the text does not say
    segments: tuple[Segment, ...]

    @property
    def texts(self) -> list[str]:
        return [s.text for s in self.segments]


@dataclass(frozen=True)
class Pair:
    """A bead of an alignment: English segment indices to target block indices.

    One side may be empty (a 1-0 bead: the English has no counterpart; a 0-1
    bead: a block of the translation matches nothing).
    """

    source: tuple[int, ...]
    target: tuple[int, ...]
    confidence: float  # in [0, 1]
    why: str = ""  # why the confidence was capped, in a translator's words ("" when it was not)

    @property
    def bead(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True)
class Alignment:
    """The whole alignment of one translation against its English original."""

    lang: str
    pairs: tuple[Pair, ...]
    notes: tuple[str, ...] = field(default=())  # document-level findings, in words


@dataclass(frozen=True)
class Fill:
    """A supplied translation offered for one catalogue entry."""

    msgid: str  # the English segment text
    text: str  # the translation, cleaned like a segment
    confidence: float  # in [0, 1]
    bead: str  # "1-1", "2-1", ...
    origin: str  # "source/fr/A_68_500.txt:12": file and first line of the block
    why: str = ""  # why it is unsure (Pair.why), "" when nothing but the odds says so


@dataclass(frozen=True)
class Finding:
    """What one check found wrong with one segment, in a reviewer's words."""

    check: str  # the check's name: "numbers", "dates", ...
    severity: str  # "error", "warning" or "info"
    message: str  # "3 numbers in the English (26, 2013, 108), the translation lacks 108"


# Statuses of a segment in a catalogue, as gettext counts them.
TRANSLATED = "translated"
FUZZY = "fuzzy"
UNTRANSLATED = "untranslated"
# Where the segment stands in a supplied whole-text translation.
ALIGNED = "aligned"
MISSING = "missing"  # the supplied text has no counterpart
NOT_SUPPLIED = ""  # no supplied text for this document and language


@dataclass(frozen=True)
class SegmentScore:
    """One segment of one document in one language, as a reviewer sees it."""

    doc: str
    lang: str
    id: str
    index: int
    kind: str
    number: str
    english: str
    translation: str
    status: str  # TRANSLATED, FUZZY or UNTRANSLATED
    supplied: str  # ALIGNED, MISSING or NOT_SUPPLIED
    words: int  # English words
    confidence: float | None  # alignment confidence, when aligned
    coverage: float  # 1 translated, 0.5 fuzzy, 0 untranslated
    consistency: float | None  # 1 minus penalties of the checks that fired; None if untranslated
    findings: tuple[Finding, ...] = ()
    why: str = ""  # why the alignment was unsure (Fill.why), when it was filled fuzzy by a rule


@dataclass(frozen=True)
class LanguageSummary:
    """A document's catalogue in one language: counts as msgfmt gives them, and more."""

    doc: str
    lang: str
    catalog: str  # path of the .po
    error: str  # why the catalogue could not be read; "" when it was
    entries: int
    translated: int
    fuzzy: int
    untranslated: int
    obsolete: int
    words: int
    words_translated: int
    errors: int  # findings by severity
    warnings: int
    infos: int
    missing: int  # English segments the supplied text lacks
    extra: tuple[str, ...]  # blocks of the supplied text that match nothing
    disagreements: int  # translator's msgstr differs from the supplied text
    notes: tuple[str, ...]  # document-level findings of the alignment

    @property
    def completeness(self) -> float:
        return self.translated / self.entries if self.entries else 0.0

    @property
    def completeness_words(self) -> float:
        return self.words_translated / self.words if self.words else 0.0


@dataclass(frozen=True)
class DocumentScore:
    doc: str
    symbol: str
    summaries: tuple[LanguageSummary, ...]
    records: tuple[SegmentScore, ...]
