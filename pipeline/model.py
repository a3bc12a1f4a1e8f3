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
    number: str = ""  # "1.", "(a)", "" when unnumbered
    markup: str = ""  # Markdown prefix in the source: "## ", "- "
    emphasis: bool = False  # the source set (part of) it in bold


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


@dataclass(frozen=True)
class Finding:
    """What one check found wrong with one segment, in a reviewer's words."""

    check: str  # the check's name: "numbers", "dates", ...
    severity: str  # "error", "warning" or "info"
    message: str  # "3 numbers in the English (26, 2013, 108), the translation lacks 108"
