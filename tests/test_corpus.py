"""The benchmark corpus generator: seeded, varied, and its translations still translations."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from eval_align import evaluate, load_gold

from pipeline.align import align_documents
from pipeline.segment import segment_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import LANGS, TARGETS, generate, load_samples, write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list:
    return generate(9, seed=3)


def test_same_seed_gives_the_same_corpus_and_another_seed_another(corpus: list) -> None:
    again = generate(9, seed=3)
    assert [(g.doc, g.texts) for g in again] == [(g.doc, g.texts) for g in corpus]
    other = generate(9, seed=4)
    assert [g.texts for g in other] != [g.texts for g in corpus]


def test_documents_have_distinct_names_and_their_own_symbol(corpus: list) -> None:
    assert len({g.doc for g in corpus}) == len(corpus)
    for g in corpus:
        for lang in LANGS:
            doc = segment_text(g.texts[lang], lang, f"{g.doc}/{lang}")
            assert doc.symbol == g.symbol, (g.doc, lang)
            # No sample's own symbol is left, running headers included.
            assert not re.search(r"A/68/500|A/69/123|E/2014/45(?!\d)", g.texts[lang]), (g.doc, lang)


def test_segmenting_each_language_gives_exactly_the_gold_segments(tmp_path: Path, corpus: list) -> None:
    write_corpus(tmp_path, corpus, gold=True)
    cases = load_gold(tmp_path / "gold")
    assert len(cases) == len(corpus) * len(TARGETS)
    assert {c.name: c.unmatched_gold for c in cases if c.unmatched_gold} == {}
    for case in cases:
        assert sum(len(s) for s, _ in case.beads) == len(case.en.segments), case.name
        assert sum(len(t) for _, t in case.beads) == len(case.tgt.segments), case.name


def test_generated_translations_align_like_the_samples(tmp_path: Path, corpus: list) -> None:
    """Consistent variations keep each translation aligned with its English."""
    write_corpus(tmp_path, corpus, gold=True)
    counts = evaluate(load_gold(tmp_path / "gold"), align_documents)["all"]
    assert counts.f1 == pytest.approx(1.0)
    assert counts.confident_precision == pytest.approx(1.0)


def test_documents_vary_paragraphs_and_numbers_consistently(corpus: list) -> None:
    samples = {s.symbol.rsplit("/", 1)[0]: s for s in load_samples()}
    english_of = {s.symbol.rsplit("/", 1)[0]: segment_text(
        "".join([s.front["en"], *(u.raw["en"] for u in s.units)]), "en", "x").texts for s in samples.values()}
    varied = 0
    for g in corpus:
        texts = segment_text(g.texts["en"], "en", g.doc).texts
        if texts != english_of[g.symbol.rsplit("/", 1)[0]]:
            varied += 1
        # Top-level paragraph numbers run 1, 2, 3... after reordering, in every language.
        for lang in LANGS:
            numbers = [int(n.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
                       for n in re.findall(r"(?m)^- ([0-9٠-٩]+)\.", g.texts[lang])]
            english = [int(n) for n in re.findall(r"(?m)^- ([0-9]+)\.", g.texts["en"])]
            assert numbers == sorted(numbers) and set(numbers) <= set(english), (g.doc, lang)
        assert [int(n) for n in re.findall(r"(?m)^- ([0-9]+)\.", g.texts["en"])] == list(
            range(1, len(re.findall(r"(?m)^- [0-9]+\.", g.texts["en"])) + 1))
    assert varied == len(corpus)
    # A paragraph recurs across documents (shared boilerplate is part of the load).
    seen: dict[str, set[str]] = {}
    for g in corpus:
        for text in segment_text(g.texts["en"], "en", g.doc).texts:
            seen.setdefault(text, set()).add(g.doc)
    assert max(len(docs) for docs in seen.values()) > 3


def test_a_changed_number_is_changed_in_every_language(corpus: list) -> None:
    """Every integer in an English gold segment also appears in its 1-1 translations."""
    mismatches = 0
    checked = 0
    for g in corpus:
        for lang in ("fr", "ru", "ar"):
            for en, tgt in g.gold[lang]:
                if len(en) != 1 or len(tgt) != 1:
                    continue
                for number in re.findall(r"(?<![0-9.,])[0-9]{2,}(?![0-9]|[.,][0-9])", en[0]):
                    checked += 1
                    mismatches += number not in tgt[0]
    assert checked > 100
    assert mismatches == 0  # changing the English alone breaks about 6 % of them
