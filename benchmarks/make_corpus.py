"""A seeded corpus of N six-language documents made from the team's parallel samples.

    .venv/bin/python benchmarks/make_corpus.py OUT_DIR --docs 100 [--seed 1] [--gold]

Writes ``OUT_DIR/source/en/<DOC>.txt`` and ``OUT_DIR/source/<lang>/<DOC>.txt``
for the five target languages (with ``--gold``, also
``OUT_DIR/gold/<DOC>/{en,<lang>}.txt`` and ``<lang>.gold.json`` in the format
of tests/data/align). Nothing is downloaded.

Every generated document is cut from one of the three parallel samples in
tests/data/align (A_68_500, A_69_123, E_2014_45), as raw PDF-like text, with
seeded variations applied identically in all six languages, so that each
supplied translation remains a translation of the generated English:

* the sample's gold beads (``<lang>.gold.json``) tie each English segment to
  its target segments in every language; segments joined by a bead in any
  language form one *unit*, and a numbered paragraph with its lettered
  subparagraphs one *group*;
* within each run of body paragraphs, groups are reordered, dropped, or
  repeated from other samples (so paragraphs recur across documents), and
  top-level paragraph numbers are renumbered in every language (Arabic-Indic
  digits in Arabic);
* an integer that occurs in a unit's English and in every one of its
  translations is replaced by the same new integer in all six;
* the sample's symbol becomes the new document's (``A/68/1007`` ->
  ``A_68_1007``) everywhere, running headers included.

Each unit carries its raw lines (page furniture and page-break cuts included),
so the texts keep the quirks of PDF extraction the segmenter must handle.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.model import BODY_KINDS, Document  # noqa: E402
from pipeline.segment import segment_text  # noqa: E402

SAMPLES = ROOT / "tests" / "data" / "align"
TARGETS = ("fr", "es", "ru", "ar", "zh")
LANGS = ("en", *TARGETS)

Bead = tuple[list[str], list[str]]  # (English texts, target texts)
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# "- 3. " / "- ٣. ": a top-level paragraph number, the only numbers renumbered.
_TOP_NUMBER = re.compile(r"^(\s*[-*+]\s+)([0-9]+|[٠-٩]+)\.(?=\s)", re.M)
# A list prefix ("- 3. ", "- (a) ", "- a) ", "- (أ) "): never touched by number changes.
_LIST_PREFIX = re.compile(r"^\s*[-*+]\s+(?:[0-9٠-٩]+\.|\(?[^\s()]{1,3}\))\s+")
# An integer standing alone: not part of 1.2, 1,250,000, 1 250 000 or 125万.
_INTEGER = re.compile(
    r"(?<![0-9.,/\u066b\u066c])(?<![0-9][ \u00a0\u202f])[0-9]+(?![0-9]|[.,/][0-9]|[ \u00a0\u202f][0-9]{3})"
)


@dataclass
class Unit:
    """English segments joined by a bead in some language, with their raw text in each language."""

    kind: str  # the first English segment's kind
    number: str  # the first English segment's number ("1.", "(a)", "")
    raw: dict[str, str]  # lang -> the unit's raw lines (may be "" in a target)
    beads: dict[str, list[Bead]]  # target lang -> gold beads (English side for "en" is beads' union)
    english: list[str]  # cleaned English segment texts
    origin: tuple[str, int] = ("", -1)  # (sample, position): neighbours there stay joined as they were

    @property
    def body(self) -> bool:
        return self.kind in BODY_KINDS

    @property
    def sub(self) -> bool:
        """A lettered subparagraph: it moves with the numbered paragraph before it."""
        return bool(self.number) and not self.number[0].isdigit()


@dataclass
class Sample:
    name: str
    symbol: str
    front: dict[str, str]  # lang -> raw text before the first body unit
    front_beads: dict[str, list[Bead]]
    units: list[Unit] = field(default_factory=list)


def _slices(text: str, starts: list[int]) -> list[str]:
    """Raw text split at the given 1-based line numbers (first slice before starts[0])."""
    lines = text.splitlines(keepends=True)
    bounds = [1, *starts, len(lines) + 1]
    return ["".join(lines[a - 1 : b - 1]) for a, b in zip(bounds, bounds[1:], strict=False)]


def load_sample(folder: Path) -> Sample:
    """One sample as front matter and units, with every language's raw text and gold beads."""
    texts = {lang: (folder / f"{lang}.txt").read_text(encoding="utf-8") for lang in LANGS}
    docs: dict[str, Document] = {
        lang: segment_text(texts[lang], lang, f"{folder.name}/{lang}.txt") for lang in LANGS
    }
    en = docs["en"]
    n_en = len(en.segments)
    # Beads in every target language, as index lists into the segmentations.
    index_beads: dict[str, list[tuple[list[int], list[int]]]] = {}
    for lang in TARGETS:
        raw = json.loads((folder / f"{lang}.gold.json").read_text(encoding="utf-8"))["beads"]
        si = ti = 0
        out = []
        for bead in raw:
            s = list(range(si, si + len(bead["en"])))
            t = list(range(ti, ti + len(bead["tgt"])))
            if [en.segments[i].text for i in s] != bead["en"] or [
                docs[lang].segments[j].text for j in t
            ] != bead["tgt"]:
                raise ValueError(f"{folder.name}/{lang}: gold beads do not match the segmentation")
            si, ti = si + len(s), ti + len(t)
            out.append((s, t))
        index_beads[lang] = out
    # Units: English segments joined by a bead in any language stay together.
    owner = list(range(n_en))
    for beads in index_beads.values():
        for s, _ in beads:
            for i in s[1:]:
                owner[i] = owner[s[0]]
    first_body = next(i for i, seg in enumerate(en.segments) if seg.kind in BODY_KINDS)
    starts_en = [i for i in range(first_body, n_en) if owner[i] == i]
    # For each target language: the first target segment of each unit (0-1 beads
    # follow the unit before them).
    unit_of = {i: max(u for u in starts_en if u <= i) if i >= first_body else -1 for i in range(n_en)}
    per_lang_beads: dict[str, dict[int, list[Bead]]] = {}
    per_lang_first: dict[str, dict[int, int]] = {}
    for lang, beads in index_beads.items():
        segs = docs[lang].segments
        grouped: dict[int, list[Bead]] = {}
        first: dict[int, int] = {}
        current = -1
        for s, t in beads:
            if s:
                current = unit_of[s[0]]
            grouped.setdefault(current, []).append(
                ([en.segments[i].text for i in s], [segs[j].text for j in t])
            )
            if t and current not in first:
                first[current] = t[0]
        per_lang_beads[lang] = grouped
        per_lang_first[lang] = first
    sample = Sample(
        name=folder.name,
        symbol=en.symbol,
        front={},
        front_beads={lang: per_lang_beads[lang].get(-1, []) for lang in TARGETS},
    )
    # Raw slices: English by unit starts; targets by each unit's first target segment.
    en_lines = [en.segments[u].line for u in starts_en]
    en_slices = _slices(texts["en"], en_lines)
    sample.front["en"] = en_slices[0]
    raw_by_lang: dict[str, dict[int, str]] = {"en": dict(zip(starts_en, en_slices[1:], strict=True))}
    for lang in TARGETS:
        segs = docs[lang].segments
        owned = [(u, segs[per_lang_first[lang][u]].line) for u in starts_en if u in per_lang_first[lang]]
        lines = [line for _, line in owned]
        if lines != sorted(set(lines)):
            raise ValueError(f"{folder.name}/{lang}: two units start on one line")
        parts = _slices(texts[lang], lines)
        sample.front[lang] = parts[0]
        raw_by_lang[lang] = {u: part for (u, _), part in zip(owned, parts[1:], strict=True)}
    for pos, u in enumerate(starts_en):
        end = starts_en[pos + 1] if pos + 1 < len(starts_en) else n_en
        seg = en.segments[u]
        sample.units.append(
            Unit(
                kind=seg.kind,
                number=seg.number,
                raw={lang: raw_by_lang[lang].get(u, "") for lang in LANGS},
                beads={lang: per_lang_beads[lang].get(u, []) for lang in TARGETS},
                english=[en.segments[i].text for i in range(u, end)],
                origin=(folder.name, pos),
            )
        )
    return sample


def load_samples(root: Path = SAMPLES) -> list[Sample]:
    return [load_sample(p) for p in sorted(root.iterdir()) if (p / "en.txt").exists()]


def _groups(units: list[Unit]) -> list[list[Unit]]:
    groups: list[list[Unit]] = []
    for unit in units:
        if unit.sub and groups and groups[-1][-1].body:
            groups[-1].append(unit)
        else:
            groups.append([unit])
    return groups


def _new_integer(old: str, rng: random.Random) -> str:
    value = int(old)
    if len(old) == 4 and 1900 <= value <= 2099:
        new = rng.randint(1990, 2030)
    elif value <= 31:
        new = rng.randint(1, 28)  # a day of the month stays a day of the month
    else:
        new = rng.randint(10 ** (len(old) - 1), 10 ** len(old) - 1)
    return str(new) if str(new) != old else str(new + 1)


def _sub_outside_prefix(text: str, old: str, new: str) -> str:
    pattern = re.compile(_INTEGER.pattern.replace("[0-9]+", re.escape(old), 1))
    out = []
    for line in text.splitlines(keepends=True):
        prefix = _LIST_PREFIX.match(line)
        cut = prefix.end() if prefix else 0
        out.append(line[:cut] + pattern.sub(new, line[cut:]))
    return "".join(out)


def _change_number(unit: Unit, rng: random.Random) -> Unit:
    """The same integer changed in the unit's English and in all its translations."""
    def tokens(text: str) -> set[str]:
        return set(_INTEGER.findall(text))

    common = tokens(" ".join(unit.english))
    for lang in TARGETS:
        common &= tokens(" ".join(t for _, tgt in unit.beads[lang] for t in tgt))
    if not common:
        return unit
    old = rng.choice(sorted(common))
    new = _new_integer(old, rng)

    def fix(texts: list[str]) -> list[str]:
        return [_sub_outside_prefix(t, old, new) for t in texts]

    return Unit(
        kind=unit.kind,
        number=unit.number,
        raw={lang: _sub_outside_prefix(raw, old, new) for lang, raw in unit.raw.items()},
        beads={lang: [(fix(s), fix(t)) for s, t in beads] for lang, beads in unit.beads.items()},
        english=fix(unit.english),
        origin=unit.origin,
    )


def _vary_run(groups: list[list[Unit]], pool: list[list[Unit]], rng: random.Random) -> list[list[Unit]]:
    """Reorder, drop and borrow groups of one run of body paragraphs."""
    run = list(groups)
    if len(run) > 2 and rng.random() < 0.6:  # reorder: a few swaps of neighbours
        for _ in range(rng.randint(1, max(1, len(run) // 3))):
            k = rng.randrange(len(run) - 1)
            run[k], run[k + 1] = run[k + 1], run[k]
    run = [g for g in run if rng.random() >= 0.2] or [run[0]]  # drop
    for _ in range(rng.choice((0, 0, 1, 1, 2))):  # repeat a paragraph seen in another document
        run.insert(rng.randint(0, len(run)), rng.choice(pool))
    return run


def _renumber(text: str, numbers: list[int], lang: str) -> str:
    it = iter(numbers)
    last = [numbers[-1] if numbers else 1]

    def repl(m: re.Match[str]) -> str:
        n = next(it, last[0])
        last[0] = n
        digits = str(n).translate(_ARABIC_DIGITS) if m.group(2).translate(_WESTERN_DIGITS) != m.group(2) else str(n)
        return f"{m.group(1)}{digits}."

    return _TOP_NUMBER.sub(repl, text)


def _join(text: str, raw: str, follows: bool) -> str:
    """Append a unit's raw lines: as they were when it followed its neighbour in the
    sample; else on the next line within a list, after a blank line otherwise."""
    if follows and text.endswith("\n"):
        return text + raw
    text = text.rstrip() + "\n"
    last = text.rstrip().rsplit("\n", 1)[-1]
    if not (_LIST_PREFIX.match(last) and _LIST_PREFIX.match(raw)):
        text += "\n"
    return text + raw.lstrip("\n")


def _replace_symbols(text: str, symbols: list[str], new: str) -> str:
    for old in symbols:
        text = re.sub(rf"(?<![\w/]){re.escape(old)}(?![\w/])", new, text)
    return text


@dataclass
class Generated:
    doc: str
    symbol: str
    texts: dict[str, str]  # lang -> raw text
    gold: dict[str, list[Bead]]  # target lang -> beads


def generate(n: int, seed: int = 1, samples: list[Sample] | None = None) -> list[Generated]:
    """``n`` documents, the same for the same ``n`` and ``seed``."""
    samples = samples or load_samples()
    symbols = [s.symbol for s in samples]
    pool = [g for s in samples for g in _groups(s.units) if all(u.body for u in g)]
    out = []
    for k in range(n):
        rng = random.Random(f"hexaglot-corpus:{seed}:{k}")
        sample = samples[k % len(samples)]
        head, number = sample.symbol.rsplit("/", 1)
        symbol = f"{head}/{1000 + k}"
        # Runs of body groups vary; everything else (headings, signatures) stays in place.
        layout: list[list[Unit]] = []
        run: list[list[Unit]] = []
        for group in _groups(sample.units):
            if all(u.body for u in group):
                run.append(group)
                continue
            if run:
                layout += _vary_run(run, pool, rng)
                run = []
            layout.append(group)
        if run:
            layout += _vary_run(run, pool, rng)
        units = [u if rng.random() >= 0.3 else _change_number(u, rng) for g in layout for u in g]
        texts = {lang: _replace_symbols(sample.front[lang], symbols, symbol) for lang in LANGS}
        gold = {lang: list(sample.front_beads[lang]) for lang in TARGETS}
        counter = 0
        previous: Unit | None = None
        for unit in units:
            numbers = []
            for _ in _TOP_NUMBER.finditer(unit.raw["en"]):
                counter += 1
                numbers.append(counter)
            follows = previous is not None and unit.origin == (previous.origin[0], previous.origin[1] + 1)
            for lang in LANGS:
                raw = _replace_symbols(_renumber(unit.raw[lang], numbers, lang), symbols, symbol)
                if raw.strip():
                    texts[lang] = _join(texts[lang], raw, follows)
            previous = unit
            for lang in TARGETS:
                gold[lang] += unit.beads[lang]
        out.append(
            Generated(
                doc=symbol.replace("/", "_"),
                symbol=symbol,
                texts={lang: text.rstrip() + "\n" for lang, text in texts.items()},
                gold=gold,
            )
        )
    return out


def write_corpus(root: Path, docs: list[Generated], gold: bool = False) -> None:
    for g in docs:
        for lang, text in g.texts.items():
            path = root / "source" / lang / f"{g.doc}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        if gold:
            folder = root / "gold" / g.doc
            folder.mkdir(parents=True, exist_ok=True)
            for lang, text in g.texts.items():
                (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
            for lang, beads in g.gold.items():
                lines = ",\n".join(
                    "  " + json.dumps({"en": s, "tgt": t}, ensure_ascii=False) for s, t in beads
                )
                (folder / f"{lang}.gold.json").write_text(
                    '{"beads": [\n' + lines + "\n]}\n", encoding="utf-8"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gold", action="store_true", help="also write gold alignments under OUT/gold")
    args = parser.parse_args(argv)
    docs = generate(args.docs, args.seed)
    write_corpus(args.out, docs, args.gold)
    print(f"{args.out}: {len(docs)} documents in {len(LANGS)} languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
