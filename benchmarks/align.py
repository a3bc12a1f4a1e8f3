"""Benchmark: hexaglot's aligner against baselines on gold alignments.

    .venv/bin/python benchmarks/align.py [--seeds 40] [--threshold 0.9]
                                         [--generated 1000] [--first-seed 0]

Prints, per aligner and language, F1 of filled msgstr, precision of the
non-fuzzy fills (confidence >= threshold) and milliseconds per document, on
the gold documents of tests/data/align and on seeded harder copies of them
(dropped, merged, split and inserted paragraphs; see tests/eval_align.py for
the rules). Every aligner runs on the same cases in the same process.

Then, on the realistic generated corpus (tests/realistic: documents for seeds
FIRST_SEED .. FIRST_SEED + GENERATED - 1, each in six languages; scoring in
tests/realistic/evaluate.py): per aligner and language F1, P, R, precision
of the non-fuzzy fills, crossings that came out non-fuzzy, ms per document;
the same scores with the gold segmentation (the aligner alone); the gold
segments hexaglot's segmenter did not reproduce; the calibration
table (confidence bins, fills, share correct); and the time per document and
language for generated documents of A/68/500's size (22 to 33 English
segments; A/68/500 has 27). ``--generated 0`` skips this part.

Baselines:
* Gale-Church (1993), length only, in this file: characters, the classic
  bead penalties and variance (s^2 = 6.8), with the length ratio c taken from
  the two documents' totals (c = 1, the paper's setting, is hopeless for
  Chinese). It has no confidence: every fill counts as non-fuzzy.
* hunalign, when the `hunalign` program is installed (Debian package); it is
  skipped with the reason printed otherwise.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from eval_align import LANGS, Case, Counts, evaluate, harder_cases, load_gold  # noqa: E402
from realistic import evaluate as realistic_eval  # noqa: E402
from realistic import generate  # noqa: E402

from pipeline.align import align_documents  # noqa: E402
from pipeline.model import Alignment, Document, Pair  # noqa: E402

# -- Gale-Church -------------------------------------------------------------------

# -100 * log(prior of the bead / prior of 1-1), as in the paper's program.
_GC_PENALTY = {(1, 1): 0, (1, 0): 450, (0, 1): 450, (2, 1): 230, (1, 2): 230, (2, 2): 440}
_GC_VARIANCE = 6.8


def _gc_distance(ls: float, lt: float, c: float) -> float:
    if ls == 0 and lt == 0:
        return 0.0
    mean = (ls + lt / c) / 2.0
    delta = (c * ls - lt) / math.sqrt(max(mean, 1e-9) * _GC_VARIANCE)
    tail = math.erfc(abs(delta) / math.sqrt(2.0))
    return 2500.0 if tail < 1e-25 else -100.0 * math.log(tail)


def gale_church(source: Document, target: Document) -> Alignment:
    """Classic length-only alignment (full dynamic programme, no band)."""
    ls = [len(s.text) for s in source.segments]
    lt = [len(s.text) for s in target.segments]
    c = (sum(lt) / sum(ls)) if sum(ls) and sum(lt) else 1.0
    n, m = len(ls), len(lt)
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            for (di, dj), penalty in _GC_PENALTY.items():
                if i < di or j < dj or cost[i - di][j - dj] == inf:
                    continue
                d = cost[i - di][j - dj] + penalty
                d += _gc_distance(sum(ls[i - di : i]), sum(lt[j - dj : j]), c)
                if d < cost[i][j]:
                    cost[i][j], back[i][j] = d, (di, dj)
    pairs = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        pairs.append(Pair(tuple(range(i - di, i)), tuple(range(j - dj, j)), 1.0))
        i, j = i - di, j - dj
    return Alignment(lang=target.lang, pairs=tuple(reversed(pairs)))


# -- hunalign ---------------------------------------------------------------------------


def hunalign(source: Document, target: Document) -> Alignment:
    """hunalign with an empty dictionary (length and identical tokens), its ladder
    output turned into beads; its quality score becomes the confidence."""
    with tempfile.TemporaryDirectory() as tmp:
        src, tgt, dic = (os.path.join(tmp, name) for name in ("src.txt", "tgt.txt", "null.dic"))
        Path(src).write_text("\n".join(s.text for s in source.segments) + "\n", encoding="utf-8")
        Path(tgt).write_text("\n".join(s.text for s in target.segments) + "\n", encoding="utf-8")
        Path(dic).write_text("", encoding="utf-8")
        out = subprocess.run(
            ["hunalign", "-utf", dic, src, tgt], capture_output=True, text=True, check=True
        ).stdout
    ladder = []
    for line in out.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            ladder.append(
                (int(parts[0]), int(parts[1]), float(parts[2]) if len(parts) > 2 else 0.0)
            )
    pairs = []
    for (i0, j0, quality), (i1, j1, _) in zip(ladder, ladder[1:], strict=False):
        confidence = max(0.0, min(1.0, quality))
        pairs.append(Pair(tuple(range(i0, i1)), tuple(range(j0, j1)), confidence))
    return Alignment(lang=target.lang, pairs=tuple(pairs))


# -- the run ---------------------------------------------------------------------------------


def _line(name: str, key: str, counts: Counts) -> str:
    return (
        f"{name:<14} {key:<4} F1 {counts.f1:.4f}  "
        f"P {counts.precision:.4f}  R {counts.recall:.4f}  "
        f"non-fuzzy P {counts.confident_precision:.4f} "
        f"({counts.confident}/{counts.predicted} fills)  "
        f"{counts.ms_per_document:6.1f} ms/doc  ({counts.documents} docs)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, default=40, help="perturbed copies per gold document")
    parser.add_argument(
        "--threshold", type=float, default=None,
        help="confidence that fills non-fuzzy (default: align.fill_threshold of config.yaml)",
    )
    parser.add_argument(
        "--generated", type=int, default=1000, help="generated documents to score (0: none)"
    )
    parser.add_argument("--first-seed", type=int, default=0, help="seed of the first generated document")
    parser.add_argument(
        "--errors", type=int, default=0, help="print this many wrong non-fuzzy fills per aligner"
    )
    args = parser.parse_args(argv)
    if args.threshold is None:
        args.threshold = realistic_eval.fill_threshold()

    gold = load_gold()
    if not gold:
        print("no gold data under tests/data/align: nothing to measure")
        return 1
    hard = list(harder_cases(gold, range(args.seeds)))
    aligners: list[tuple[str, Callable[[Document, Document], Alignment]]] = [
        ("hexaglot", align_documents),
        ("gale-church", gale_church),
    ]
    if shutil.which("hunalign"):
        aligners.append(("hunalign", hunalign))
    else:
        print(
            "hunalign: skipped, the `hunalign` program is not installed (Debian package hunalign)"
        )
    documents = sorted({c.name.split("/")[0] for c in gold})
    print(
        f"data: {len(gold)} gold documents ({', '.join(documents)}) "
        f"x {len(LANGS)} languages; {len(hard)} perturbed copies (seeds 0-{args.seeds - 1}); "
        f"threshold {args.threshold}; gold texts not reproduced by the segmenter: "
        f"{sum(c.unmatched_gold for c in gold)}"
    )
    for label, cases in (("gold", gold), ("gold+perturbed", gold + hard)):
        print(f"\n== {label}")
        for name, aligner in aligners:
            start = time.perf_counter()
            totals = evaluate(cases, aligner, args.threshold)
            _ = time.perf_counter() - start
            for key in (*LANGS, "all"):
                if key in totals:
                    print(_line(name, key, totals[key]))
    size = next((c for c in gold if c.name == "A_68_500/fr"), None)
    if size is not None:
        print("\n== time per document of A/68/500's size (median of 20 runs, per language)")
        for name, aligner in aligners:
            for lang in LANGS:
                case: Case | None = next((c for c in gold if c.name == f"A_68_500/{lang}"), None)
                if case is None:
                    continue
                times = []
                for _ in range(20):
                    start = time.perf_counter()
                    aligner(case.en, case.tgt)
                    times.append(time.perf_counter() - start)
                times.sort()
                print(f"{name:<14} {lang:<4} {1000 * times[len(times) // 2]:6.1f} ms")
    if args.generated > 0:
        _generated(args, aligners)
    return 0


def _generated(
    args: argparse.Namespace, aligners: list[tuple[str, Callable[[Document, Document], Alignment]]]
) -> None:
    """The realistic generated corpus: scores, segmentation, calibration, time at A/68/500's size."""
    seeds = range(args.first_seed, args.first_seed + args.generated)
    start = time.perf_counter()
    docs = [generate(seed) for seed in seeds]
    made = time.perf_counter() - start
    start = time.perf_counter()
    cases = realistic_eval.cases(docs)
    segmented = time.perf_counter() - start
    print(
        f"\n== generated: {len(docs)} documents (seeds {seeds.start}-{seeds.stop - 1}) x "
        f"{len(realistic_eval.TARGETS)} languages; threshold {args.threshold}; generated in {made:.1f} s, "
        f"segmented in {segmented:.1f} s"
    )
    totals_by = {}
    for name, aligner in aligners:
        totals = realistic_eval.evaluate(cases, aligner, args.threshold)
        totals_by[name] = totals
        for key in (*LANGS, "all"):
            if key in totals:
                print(_generated_line(name, key, totals[key]))
        for error in totals["all"].errors[: args.errors]:
            print("   ", error)
    print("\n-- alignment alone: the same documents segmented exactly as the gold says")
    perfect = realistic_eval.gold_cases(docs)
    for name, aligner in aligners:
        totals = realistic_eval.evaluate(perfect, aligner, args.threshold)
        for key in (*LANGS, "all"):
            if key in totals:
                print(_generated_line(name, key, totals[key]))
    hexa = totals_by["hexaglot"]
    print("\n-- segmentation (hexaglot's segmenter against the gold segments)")
    for key in (*LANGS, "all"):
        if key in hexa:
            t = hexa[key]
            print(
                f"{key:<4} gold texts not reproduced {t.missed_segments}/{t.gold_segments} "
                f"({t.missed_segments / max(1, t.gold_segments):.2%}); segments not in the gold "
                f"{t.extra_segments}; labels differing from the gold {t.label_differs}"
            )
    en = hexa["fr"] if "fr" in hexa else next(iter(hexa.values()))
    print(f"en   gold texts not reproduced {en.en_missed_segments} (in the {en.documents} documents)")
    print("\n-- calibration of hexaglot's confidence (all languages)")
    for line in realistic_eval.format_calibration(hexa["all"].fills):
        print(line)
    sized = [c for c in cases if 22 <= len(c.doc.segments["en"]) <= 33]
    print(
        f"\n-- time per document and language at A/68/500's size ({len(sized) // max(1, len(realistic_eval.TARGETS))}"
        " documents of 22-33 English gold segments; median; align, and segment + align)"
    )
    from pipeline.segment import segment_text

    for name, aligner in aligners:
        for lang in realistic_eval.TARGETS:
            align_ms, both_ms = [], []
            for case in (c for c in sized if c.lang == lang):
                t0 = time.perf_counter()
                tgt = segment_text(case.doc.texts[lang], lang, case.tgt.path)
                t1 = time.perf_counter()
                aligner(case.en, tgt)
                t2 = time.perf_counter()
                align_ms.append(1000 * (t2 - t1))
                both_ms.append(1000 * (t2 - t0))
            if align_ms:
                align_ms.sort()
                both_ms.sort()
                print(
                    f"{name:<14} {lang:<4} {align_ms[len(align_ms) // 2]:6.1f} ms align  "
                    f"{both_ms[len(both_ms) // 2]:6.1f} ms segment + align  ({len(align_ms)} docs)"
                )


def _generated_line(name: str, key: str, s: realistic_eval.Score) -> str:
    return (
        f"{name:<14} {key:<4} F1 {s.f1:.4f}  P {s.precision:.4f}  R {s.recall:.4f}  "
        f"non-fuzzy P {s.confident_precision:.4f} ({s.confident}/{s.predicted})  "
        f"crossings non-fuzzy {s.crossings_confident}/{s.crossings}  "
        f"{s.ms_per_document:6.1f} ms/doc  ({s.documents} docs)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
