"""Realistic six-language UN documents, drawn at random from a seed, with their gold.

    from realistic import generate
    doc = generate(17)            # a GeneratedDocument, the same for the same seed
    doc.texts["fr"]               # the French text as PDF extraction gives it
    doc.segments["fr"]            # its gold segmentation (GoldSegment records)
    doc.pairs["fr"]               # which English segments go with which French ones

The texts are team-written samples, not official United Nations texts; see
README.md in this folder for what is modelled and on what real-world basis.
"""

from __future__ import annotations

import random
import re

from .compose import PARAGRAPH, Composer, Unit
from .diverge import Piece, gold_pairs, pieces_of
from .layout import render_language
from .model import LANGS, TARGETS, GeneratedDocument, GoldPair, GoldSegment

__all__ = ["LANGS", "TARGETS", "GeneratedDocument", "GoldPair", "GoldSegment", "generate", "generate_many"]

_AR_INDIC = re.compile("[٠-٩]")


def generate(seed: int, langs: tuple[str, ...] = LANGS, kind: str | None = None) -> GeneratedDocument:
    """One document in ``langs`` (English always), deterministic for ``seed``.

    Each language's layout and departures from the English are drawn from a
    generator of their own, so asking for fewer languages changes nothing in
    the ones asked for.
    """
    composer = Composer(seed)
    draft = composer.compose(kind)
    wanted = [lang for lang in LANGS if lang == "en" or lang in langs]
    pieces: dict[str, tuple[list[Piece], list[Piece]]] = {}
    texts: dict[str, str] = {}
    segments: dict[str, tuple[GoldSegment, ...]] = {}
    phenomena: dict[str, set[str]] = {}
    furniture: dict[str, tuple[str, ...]] = {}
    for lang in wanted:
        rng = random.Random(f"hexaglot-realistic:{seed}:{lang}:diverge")

        def make_note(only: str, rng: random.Random = rng) -> int:
            unit = Unit(PARAGRAPH, composer.text("note.extra", rng=rng), "note", only=only)
            draft.units.append(unit)
            return len(draft.units) - 1

        body, notes, found = pieces_of(draft, lang, rng, make_note)
        pieces[lang] = (body, notes)
        layout_rng = random.Random(f"hexaglot-realistic:{seed}:{lang}:layout")
        text, segs, laid, printed_furniture = render_language(draft, lang, body, notes, layout_rng)
        furniture[lang] = printed_furniture
        texts[lang] = text
        segments[lang] = tuple(segs)
        phenomena[lang] = found | laid | _found_in(segs, text, lang) | composer.phenomena.get(lang, set())
    pairs: dict[str, tuple[GoldPair, ...]] = {}
    en_all = [*pieces["en"][0], *pieces["en"][1]]
    for lang in wanted:
        if lang == "en":
            continue
        found_pairs = gold_pairs(en_all, [*pieces[lang][0], *pieces[lang][1]])
        pairs[lang] = tuple(found_pairs)
        phenomena[lang] |= {f"bead-{p.bead}" for p in found_pairs} | (
            {"crossing"} if any(p.crossing for p in found_pairs) else set()
        )
    return GeneratedDocument(
        seed=seed, kind=draft.kind, symbol=draft.symbol, doc=draft.doc, texts=texts,
        segments=segments, pairs=pairs, phenomena={k: frozenset(v) for k, v in phenomena.items()},
        furniture=furniture,
    )


def generate_many(count: int, first_seed: int = 0, langs: tuple[str, ...] = LANGS) -> list[GeneratedDocument]:
    """Documents for seeds first_seed, first_seed + 1, ..."""
    return [generate(seed, langs) for seed in range(first_seed, first_seed + count)]


def _found_in(segs: list[GoldSegment], text: str, lang: str) -> set[str]:
    """Phenomena read off the finished text and gold: labels, kashida, separators."""
    found = set()
    if "\u0640" in text.replace("هـ", ""):
        found.add("kashida")
    if _AR_INDIC.search(text):
        found.add("arabic-indic-digits")
    if "\u202f" in text:
        found.add("narrow-nbsp")
    if "٫" in text:
        found.add("arabic-decimal")
    items = [s for s in segs if s.kind == "numbered paragraph" and s.key.startswith("(")]
    for s in items:
        end = s.text[-1:]
        found.add("item-end-" + {";": "semicolon", "؛": "semicolon", "；": "semicolon", ",": "comma",
                                 "،": "comma", "，": "comma", ".": "stop", "。": "stop"}.get(end, "none"))
    if any(s.marks for s in segs):
        found.add("footnote-mark")
    return found

