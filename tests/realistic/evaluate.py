"""Score any aligner on generated documents: what a catalogue would get filled with, against the gold.

Each target language of each document is segmented with hexaglot's segmenter
(English and translation), aligned by the aligner under test, and its fills
compared with the gold by the key rule of tests/eval_align.py, on texts:

* a fill of a 1-1 or 1-2 bead is correct when (msgid, msgstr) equals a gold
  pair's (English text, target texts joined with the language's joiner);
* a fill of a 2-1 or 2-2 bead is correct when its bead is the gold bead: the
  same two English texts and the same target text (where the aligner cuts
  the shared translation is not judged: such fills are always fuzzy);
* 1-0 and 0-1 beads make no fill; a fill the gold lacks is a false positive,
  a gold pair no fill matches a false negative.

Keys are built from texts, so a segmentation error shows up as wrong fills
and missed pairs; it is also counted on its own: gold texts the segmenter
did not reproduce, and segments it made that the gold lacks, per language
(English included). A crossing (two paragraphs in another order in the
translation) is counted per English segment in a crossing gold pair, with
how many of them received a non-fuzzy fill (right or wrong): every one must
be fuzzy. Every fill is kept as (confidence, correct) for a calibration table.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from eval_align import Counts

from pipeline.align import fills_from, join_blocks
from pipeline.config import load_config
from pipeline.languages import get_language
from pipeline.model import Alignment, Document, Segment
from pipeline.segment import segment_id, segment_text

from .model import TARGETS, GeneratedDocument

ROOT = Path(__file__).resolve().parent.parent.parent
Aligner = Callable[[Document, Document], Alignment]
_SPACE = re.compile(r"\s+")


def fill_threshold() -> float:
    """The configured ``align.fill_threshold`` (config.yaml at the repository root)."""
    return load_config(str(ROOT / "config.yaml")).fill_threshold


def norm(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


@dataclass
class Score(Counts):
    """Counts for one or more (document, language) cases, with what the generator knows."""

    crossings: int = 0  # English segments in a crossing gold pair
    crossings_confident: int = 0  # ... that got a non-fuzzy fill
    gold_segments: int = 0  # gold segments of the target language
    missed_segments: int = 0  # gold texts (target language) the segmenter did not reproduce
    extra_segments: int = 0  # segments the segmenter made that the gold lacks
    en_missed_segments: int = 0  # the same for the English side of the cases
    en_extra_segments: int = 0
    label_differs: int = 0  # reproduced target segments whose label is not the gold label as printed
    fills: list[tuple[float, bool]] = field(default_factory=list)


@dataclass
class Case:
    """One document in one target language, segmented by hexaglot, with its gold."""

    name: str  # "s17:A_68_500/fr"
    lang: str
    doc: GeneratedDocument
    en: Document
    tgt: Document


def cases(docs: Iterable[GeneratedDocument], langs: Iterable[str] = TARGETS) -> list[Case]:
    out = []
    wanted = tuple(langs)
    for doc in docs:
        en = segment_text(doc.texts["en"], "en", f"{doc.doc}/en.txt")
        for lang in wanted:
            if lang in doc.texts:
                tgt = segment_text(doc.texts[lang], lang, f"{doc.doc}/{lang}.txt")
                out.append(Case(f"s{doc.seed}:{doc.doc}/{lang}", lang, doc, en, tgt))
    return out


def gold_document(doc: GeneratedDocument, lang: str) -> Document:
    """A language version segmented exactly as the gold says: to score an aligner alone."""
    segments = tuple(
        Segment(
            id=segment_id(s.text) + f"-{k}", index=k, kind=s.kind, text=s.text, line=k + 1,
            number=s.label,
        )
        for k, s in enumerate(doc.segments[lang])
    )
    return Document(path=f"{doc.doc}/{lang}.txt", lang=lang, symbol=doc.symbol, segments=segments)


def gold_cases(docs: Iterable[GeneratedDocument], langs: Iterable[str] = TARGETS) -> list[Case]:
    """Cases whose segmentation is the gold one: alignment measured without segmentation errors."""
    wanted = tuple(langs)
    return [
        Case(f"s{doc.seed}:{doc.doc}/{lang}", lang, doc, gold_document(doc, "en"), gold_document(doc, lang))
        for doc in docs
        for lang in wanted
        if lang in doc.texts
    ]


def _keys(en: list[str], tgt: list[str], lang: str) -> list[str]:
    """The identity of each fill a bead gives (the rule in the module docstring)."""
    if not en or not tgt:
        return []
    text = norm(join_blocks(tgt, get_language(lang)))
    if len(en) == 1:
        return [f"{norm(en[0])}\x1f{text}"]
    both = "\x1e".join(norm(e) for e in en)
    return [f"{norm(e)}\x1f{both}\x1f{text}" for e in en]


def _mapping(gold: list[str], found: list[str]) -> dict[int, int]:
    """Gold segment index -> segmenter index, for the texts the segmenter reproduced."""
    matcher = SequenceMatcher(None, gold, found, autojunk=False)
    out = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            out[block.a + k] = block.b + k
    return out


def _unmatched(gold: list[str], found: list[str]) -> tuple[int, int]:
    """(gold texts the segmenter did not produce, produced texts the gold lacks), as multisets."""
    g, f = Counter(gold), Counter(found)
    return sum((g - f).values()), sum((f - g).values())


def score_case(case: Case, aligner: Aligner, threshold: float) -> Score:
    doc, lang = case.doc, case.lang
    gold_en = [norm(s.text) for s in doc.segments["en"]]
    gold_tgt = [norm(s.text) for s in doc.segments[lang]]
    found_en = [norm(s.text) for s in case.en.segments]
    found_tgt = [norm(s.text) for s in case.tgt.segments]
    score = Score(documents=1, gold_segments=len(gold_tgt))
    score.missed_segments, score.extra_segments = _unmatched(gold_tgt, found_tgt)
    score.en_missed_segments, score.en_extra_segments = _unmatched(gold_en, found_en)
    tgt_map = _mapping(gold_tgt, found_tgt)
    for g, f in tgt_map.items():
        if doc.segments[lang][g].label.strip() != case.tgt.segments[f].number.strip():
            score.label_differs += 1

    gold: Counter[str] = Counter()
    crossing_en: set[int] = set()
    for pair in doc.pairs[lang]:
        keys = _keys([gold_en[i] for i in pair.en], [gold_tgt[j] for j in pair.tgt], lang)
        gold.update(keys)
        if pair.crossing and pair.tgt:
            crossing_en.update(pair.en)
    score.gold = sum(gold.values())

    start = time.perf_counter()
    alignment = aligner(case.en, case.tgt)
    score.seconds = time.perf_counter() - start

    en_map = _mapping(gold_en, found_en)
    crossing_found = {en_map[i] for i in crossing_en if i in en_map}
    score.crossings = len(crossing_en)
    remaining = Counter(gold)
    fills = iter(fills_from(alignment, case.en, case.tgt))
    for pair in alignment.pairs:
        if not pair.source or not pair.target or pair.confidence <= 0:
            continue
        keys = _keys([found_en[i] for i in pair.source], [found_tgt[j] for j in pair.target], lang)
        for i, key in zip(pair.source, keys, strict=True):
            fill = next(fills)
            ok = remaining[key] > 0
            if ok:
                remaining[key] -= 1
            score.predicted += 1
            score.correct += ok
            score.fills.append((fill.confidence, ok))
            if fill.confidence >= threshold:
                score.confident += 1
                score.confident_correct += ok
                if i in crossing_found:
                    score.crossings_confident += 1
                if not ok:
                    score.errors.append(
                        f"{case.name}: non-fuzzy wrong {pair.bead} {fill.confidence:.3f} "
                        f"{fill.msgid[:50]!r} -> {fill.text[:50]!r}"
                    )
    return score


def evaluate(
    cases: Iterable[Case], aligner: Aligner, threshold: float | None = None
) -> dict[str, Score]:
    """Scores per language and overall ("all")."""
    threshold = fill_threshold() if threshold is None else threshold
    totals: dict[str, Score] = {}
    for case in cases:
        score = score_case(case, aligner, threshold)
        for key in (case.lang, "all"):
            totals.setdefault(key, Score()).add(score)
    return totals


BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0)


def calibration(fills: list[tuple[float, bool]], bins: tuple[float, ...] = BINS) -> list[tuple[float, float, int, float]]:
    """(low, high, fills, share correct) per confidence bin; the last bin holds 1.0 itself."""
    rows = []
    for k, low in enumerate(bins):
        high = bins[k + 1] if k + 1 < len(bins) else 1.0
        if k + 1 < len(bins):
            inside = [ok for c, ok in fills if low <= c < high]
        else:
            inside = [ok for c, ok in fills if c >= low]
            high = low
        share = sum(inside) / len(inside) if inside else float("nan")
        rows.append((low, high, len(inside), share))
    return rows


def format_calibration(fills: list[tuple[float, bool]]) -> list[str]:
    lines = ["confidence      fills  correct"]
    for low, high, n, share in calibration(fills):
        span = f"= {low:.2f}" if low == high else f"[{low:.2f}, {high:.2f})"
        lines.append(f"{span:<14} {n:7d}  {share:7.4f}" if n else f"{span:<14} {n:7d}        -")
    return lines
