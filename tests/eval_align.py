"""Evaluation of the aligner on gold alignments: gold files in, counts and figures out.

Gold data: ``tests/data/align/<DOC>/en.txt``, ``<lang>.txt`` and
``<lang>.gold.json`` = ``{"beads": [{"en": [...], "tgt": [...]}, ...]}`` with
cleaned segment texts (either list may be empty).

What counts as a correct fill:

* 1-1 and 1-2 beads: the fill's (msgid, text) equals the gold pair, where the
  gold text is the bead's target blocks joined with the language's joiner.
* 2-1 and 2-2 beads: each of the two English segments gets a fill cut from
  the shared translation; the fill is correct when its bead is the gold bead
  (the same two English segments, the same target text). Where the text is
  cut is not judged: such fills are always fuzzy, a translator places the cut.
* 1-0 and 0-1 beads make no fill; a fill the gold does not have is a false
  positive, a gold pair with no fill a false negative.

Harder cases are made from each gold document by seeded perturbations of the
translation (drop a block, merge two neighbours, split one at a sentence,
insert a block from another document, drop an English segment), the gold
beads being rewritten to match. The alignment stays monotone: nothing is
shuffled.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from pipeline.align import fills_from, join_blocks
from pipeline.languages import get_language
from pipeline.model import BODY_KINDS, NUMBERED, PARAGRAPH, Alignment, Document, Segment
from pipeline.segment import segment_text

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "data" / "align"
LANGS = ("fr", "es", "ru", "ar", "zh")
THRESHOLD = 0.9

Bead = tuple[tuple[int, ...], tuple[int, ...]]
Aligner = Callable[[Document, Document], Alignment]


@dataclass
class Case:
    """One document pair with its gold beads over segment indices."""

    name: str  # "A_68_500/fr" or "A_68_500/fr#drop3.merge7"
    lang: str
    en: Document
    tgt: Document
    beads: list[Bead]
    unmatched_gold: int = 0  # gold texts the segmenter did not reproduce


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    correct: int = 0
    confident: int = 0  # fills at or above the threshold
    confident_correct: int = 0
    seconds: float = 0.0
    documents: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        """Sum the counts, join the lists (every field of a subclass too)."""
        for f in fields(self):
            mine = getattr(self, f.name)
            if isinstance(mine, list):
                mine.extend(getattr(other, f.name))
            else:
                setattr(self, f.name, mine + getattr(other, f.name))

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def confident_precision(self) -> float:
        return self.confident_correct / self.confident if self.confident else 1.0

    @property
    def ms_per_document(self) -> float:
        return 1000 * self.seconds / self.documents if self.documents else 0.0


# -- loading gold data -----------------------------------------------------------


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _locate(
    texts: list[str], segments: tuple[Segment, ...], start: int
) -> tuple[list[int], int, int]:
    """Indices of ``texts`` in ``segments`` from ``start`` on, in order; misses counted."""
    out, misses = [], 0
    k = start
    for text in texts:
        want = _norm(text)
        found = next(
            (x for x in range(k, min(len(segments), k + 6)) if _norm(segments[x].text) == want),
            None,
        )
        if found is None:
            misses += 1
            continue
        out.append(found)
        k = found + 1
    return out, k, misses


def load_gold(root: Path = GOLD_DIR) -> list[Case]:
    """Every (document, language) with a gold file, segmented with our segmenter."""
    cases = []
    for folder in sorted(p for p in root.glob("*") if p.is_dir()):
        en_path = folder / "en.txt"
        if not en_path.exists():
            continue
        en = segment_text(en_path.read_text(encoding="utf-8"), "en", f"{folder.name}/en.txt")
        for lang in LANGS:
            gold_path = folder / f"{lang}.gold.json"
            text_path = folder / f"{lang}.txt"
            if not (gold_path.exists() and text_path.exists()):
                continue
            tgt = segment_text(
                text_path.read_text(encoding="utf-8"), lang, f"source/{lang}/{folder.name}.txt"
            )
            raw = json.loads(gold_path.read_text(encoding="utf-8"))["beads"]
            beads: list[Bead] = []
            si = ti = misses = 0
            for bead in raw:
                s_idx, si, ms = _locate(bead.get("en", []), en.segments, si)
                t_idx, ti, mt = _locate(bead.get("tgt", []), tgt.segments, ti)
                misses += ms + mt
                if s_idx or t_idx:
                    beads.append((tuple(s_idx), tuple(t_idx)))
            cases.append(Case(f"{folder.name}/{lang}", lang, en, tgt, beads, misses))
    return cases


# -- scoring ---------------------------------------------------------------------------


def _keys(
    en: Document, tgt: Document, source: tuple[int, ...], target: tuple[int, ...]
) -> list[str]:
    """The identity of each fill a bead gives, by the rule in the module docstring."""
    if not source or not target:
        return []
    text = join_blocks([tgt.segments[j].text for j in target], get_language(tgt.lang))
    if len(source) == 1:
        return [f"{en.segments[source[0]].text}\x1f{text}"]
    both = "\x1e".join(en.segments[i].text for i in source)
    return [f"{en.segments[i].text}\x1f{both}\x1f{text}" for i in source]


def score(case: Case, alignment: Alignment, threshold: float = THRESHOLD) -> Counts:
    gold: Counter[str] = Counter()
    for source, target in case.beads:
        gold.update(_keys(case.en, case.tgt, source, target))
    counts = Counts(gold=sum(gold.values()), documents=1)
    fills = iter(fills_from(alignment, case.en, case.tgt))
    remaining = Counter(gold)
    for pair in alignment.pairs:
        if not pair.source or not pair.target or pair.confidence <= 0:
            continue
        for key in _keys(case.en, case.tgt, pair.source, pair.target):
            fill = next(fills)
            assert fill.msgid == key.split("\x1f", 1)[0]
            if len(pair.source) == 1:
                assert fill.text == key.split("\x1f")[1], "fills_from and the pair disagree"
            counts.predicted += 1
            ok = remaining[key] > 0
            if ok:
                remaining[key] -= 1
                counts.correct += 1
            if fill.confidence >= threshold:
                counts.confident += 1
                counts.confident_correct += ok
                if not ok:
                    counts.errors.append(
                        f"{case.name}: confident wrong {pair.bead} "
                        f"{fill.confidence:.3f} {fill.msgid[:40]!r} -> {fill.text[:40]!r}"
                    )
    return counts


# -- perturbations -------------------------------------------------------------------


def _with_segments(doc: Document, segments: list[Segment]) -> Document:
    renumbered = tuple(replace(s, index=k) for k, s in enumerate(segments))
    return replace(doc, segments=renumbered)


def _sentence_cut(text: str) -> int | None:
    cuts = [
        m.end() for m in re.finditer(r"(?<=[.;:。；：؛])\s*", text) if 30 < m.end() < len(text) - 30
    ]
    if not cuts:
        return None
    middle = len(text) / 2
    return min(cuts, key=lambda c: abs(c - middle))


def perturb(case: Case, seed: int, pool: list[Segment], operations: int = 2) -> Case:
    """A harder copy of ``case``: ``operations`` random edits of the translation."""
    rng = random.Random(f"{case.name}:{seed}")
    en_segs = list(case.en.segments)
    tgt_segs = list(case.tgt.segments)
    # Beads as lists of segments (objects), so edits need no index bookkeeping.
    beads: list[tuple[list[Segment], list[Segment]]] = [
        ([en_segs[i] for i in s], [tgt_segs[j] for j in t]) for s, t in case.beads
    ]
    names = []
    language = get_language(case.lang)
    for _ in range(operations):
        op = rng.choice(("drop", "merge", "split", "insert", "drop_en"))
        one_one = [
            k
            for k, (s, t) in enumerate(beads)
            if len(s) == 1 and len(t) == 1 and t[0].kind in BODY_KINDS
        ]
        if not one_one:
            break
        k = rng.choice(one_one)
        s, t = beads[k]
        if op == "drop":
            beads[k] = (s, [])
        elif op == "drop_en":
            beads[k] = ([], t)
        elif op == "merge":
            if k + 1 >= len(beads) or k + 1 not in one_one:
                continue
            s2, t2 = beads[k + 1]
            second = f"{t2[0].number} {t2[0].text}" if t2[0].number else t2[0].text
            merged = replace(
                t[0], text=join_blocks([t[0].text, second], language), id=f"{t[0].id}+"
            )
            beads[k : k + 2] = [(s + s2, [merged])]
        elif op == "split":
            cut = _sentence_cut(t[0].text)
            if cut is None:
                continue
            head = replace(t[0], text=t[0].text[:cut].strip(), id=f"{t[0].id}a")
            tail = replace(
                t[0], text=t[0].text[cut:].strip(), kind=PARAGRAPH, number="", id=f"{t[0].id}b"
            )
            beads[k] = (s, [head, tail])
        elif op == "insert":
            block = replace(rng.choice(pool), kind=PARAGRAPH, number="")
            beads.insert(k + rng.randint(0, 1), ([], [block]))
        names.append(f"{op}{k}")
    new_en = [seg for s, _ in beads for seg in s]
    new_tgt = [seg for _, t in beads for seg in t]
    en_doc = _with_segments(case.en, new_en)
    tgt_doc = _with_segments(case.tgt, new_tgt)
    pos_en = {id(seg): k for k, seg in enumerate(new_en)}
    pos_tgt = {id(seg): k for k, seg in enumerate(new_tgt)}
    new_beads: list[Bead] = [
        (tuple(pos_en[id(x)] for x in s), tuple(pos_tgt[id(x)] for x in t))
        for s, t in beads
        if s or t
    ]
    return Case(f"{case.name}#{'.'.join(names) or 'none'}", case.lang, en_doc, tgt_doc, new_beads)


def harder_cases(cases: list[Case], seeds: Iterable[int]) -> Iterator[Case]:
    """Perturbed copies of every case; inserted blocks come from the other documents."""
    for case in cases:
        pool = [
            seg
            for other in cases
            if other.lang == case.lang and other.name.split("/")[0] != case.name.split("/")[0]
            for seg in other.tgt.segments
            if seg.kind in BODY_KINDS and len(seg.text) > 40
        ] or [s for s in case.tgt.segments if s.kind == NUMBERED]
        if not pool:
            continue
        for seed in seeds:
            yield perturb(case, seed, pool, operations=1 + seed % 3)


def evaluate(
    cases: Iterable[Case], aligner: Aligner, threshold: float = THRESHOLD
) -> dict[str, Counts]:
    """Counts per language and overall ("all")."""
    import time

    totals: dict[str, Counts] = {}
    for case in cases:
        start = time.perf_counter()
        alignment = aligner(case.en, case.tgt)
        elapsed = time.perf_counter() - start
        counts = score(case, alignment, threshold)
        counts.seconds = elapsed
        for key in (case.lang, "all"):
            totals.setdefault(key, Counts()).add(counts)
    return totals
