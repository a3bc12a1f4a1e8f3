"""How one language version departs from the English: pieces in printed order, and the gold pairs.

Each language gets the document's units in its own order as *pieces*, one per
gold segment: a unit whole, two units merged (2-1), a unit's halves (1-2),
units left out (1-0), units of its own (0-1: a note, an adoption statement,
a reissue footnote), neighbours in the other order (a crossing). Footnote
marks are put in their paragraphs and Arabic text gets its kashida here, so
every piece's text is final before layout prints it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from .compose import FOOTNOTE, PARAGRAPH, Draft, Unit
from .labels import Label, note_mark
from .model import GoldPair

# Arabic letters that join the letter after them: a kashida may follow them.
_DUAL_JOINING = set("بتثجحخسشصضطظعغفقكلمنهيئ")
_ARABIC_WORD = re.compile("[\u0621-\u064a]{4,}")
_SEMICOLON = {"ar": "؛", "zh": "；", "fr": " ;"}
# Languages whose translators may list defined terms in their own alphabetical order.
_SORTING = ("fr", "es", "ru")
_QUOTED = re.compile(r"[\"“«]\s*([^\"”»]+?)\s*[\"”»]")
_ITEM_END = re.compile(r"(?:; and| ;|[;؛；,،，.。])$")


def _term_key(text: str) -> str:
    """How a dictionary orders an item by its first quoted term: letters only, no accents."""
    found = _QUOTED.search(text)
    term = found.group(1) if found else text
    bare = unicodedata.normalize("NFD", term.casefold().replace("ё", "е"))
    return "".join(c for c in bare if c.isalpha() or c == " ")


def _with_end(text: str, end: str) -> str:
    """``text`` closed as ``end`` closes an item of its list (";", ".", nothing)."""
    found = _ITEM_END.search(text)
    return (text[: found.start()] if found else text) + end


@dataclass
class Piece:
    units: tuple[int, ...]  # indices in draft.units (draft.footnotes when ``note``)
    text: str  # as this language prints it, markup kept
    kind: str
    role: str
    label: Label | None
    part: int = -1  # -1 whole; 0, 1: halves of a split unit
    note: bool = False  # a footnote
    marks: tuple[str, ...] = ()  # footnote marks in the text, as printed
    group: int = -1


def _joiner(lang: str) -> str:
    return "" if lang == "zh" else " "


def _with_marks(unit: Unit, draft: Draft, lang: str) -> tuple[list[str], tuple[str, ...]]:
    """The unit's sentences with its footnote marks glued where the PDF prints them."""
    parts = list(unit.parts[lang])
    marks = []
    for k, index in enumerate(unit.notes):
        note = draft.footnotes[index]
        if note.only and note.only != lang:
            continue
        assert note.label is not None
        mark = note_mark(note.label, lang, in_text=True)
        marks.append(mark)
        s = min(k, len(parts) - 1)
        sentence = parts[s]
        if lang in ("ar", "zh") and sentence and sentence[-1] in ".。,，;；،؛:：":
            parts[s] = sentence[:-1] + mark + sentence[-1]  # Arabic "المحرز(1)." Chinese "情况1。"
        else:
            parts[s] = sentence + mark  # "in 2012.2"
    return parts, tuple(marks)


def _kashida(text: str, rng: random.Random, share: float) -> str:
    """Tatweel stretched inside some Arabic words, as justified PDFs print them."""

    def stretch(match: re.Match[str]) -> str:
        word = match.group()
        if rng.random() >= share:
            return word
        spots = [
            i for i in range(len(word) - 1)
            if word[i] in _DUAL_JOINING and word[i + 1] not in "اأإآ" and not (word[i] == "ل" and word[i + 1] in "اأإآ")
        ]
        if not spots:
            return word
        i = rng.choice(spots)
        return word[: i + 1] + "\u0640" * rng.choice((1, 1, 2)) + word[i + 1 :]

    return _ARABIC_WORD.sub(stretch, text)


def pieces_of(draft: Draft, lang: str, rng: random.Random, make_note) -> tuple[list[Piece], list[Piece], set[str]]:  # type: ignore[no-untyped-def]
    """(body pieces, footnote pieces, phenomena) of one language version.

    ``make_note(lang)`` returns a new language-only unit (a note with no
    counterpart), already appended to ``draft.units``.
    """
    phenomena: set[str] = set()
    kashida = lang == "ar" and rng.random() < 0.6
    share = rng.choice((0.03, 0.06, 0.12))
    texts: dict[int, tuple[str, tuple[str, ...]]] = {}

    def text_of(i: int) -> tuple[str, tuple[str, ...]]:
        if i not in texts:
            unit = draft.units[i]
            parts, marks = _with_marks(unit, draft, lang)
            if kashida and unit.role in ("body", "item"):
                parts = [_kashida(p, rng, share) for p in parts]
            texts[i] = (_joiner(lang).join(parts), marks)
            unit.parts[lang] = parts  # the split below cuts what is printed
        return texts[i]

    order = [i for i, u in enumerate(draft.units) if not u.only or u.only == lang]
    # Language-only units: a note after the title or at the end (0-1 in a
    # translation, 1-0 when the English has it alone).
    if rng.random() < (0.06 if lang == "en" else 0.14):
        unit_index = make_note(lang)
        titles = [k for k, i in enumerate(order) if draft.units[i].role in ("title", "heading")]
        where = rng.choice(("after-title", "end", "after-title"))
        at = titles[0] + 1 if titles and where == "after-title" else len(order)
        order.insert(at, unit_index)
        phenomena.add("extra-note")
    pieces: list[Piece] = []
    touched: set[int] = set()
    if lang != "en":
        mobile = [k for k, i in enumerate(order) if draft.units[i].mobile]
        # 1-0: an English paragraph left out, often near the start.
        if mobile and rng.random() < 0.15:
            k = mobile[0] if rng.random() < 0.4 else rng.choice(mobile)
            touched.add(order[k])
            phenomena.add("dropped" if k != mobile[0] else "dropped-first")
            del order[k]
        # A crossing: two unlabelled neighbours in the other order.
        swaps = [
            k for k in range(len(order) - 1)
            if draft.units[order[k]].swappable and draft.units[order[k + 1]].swappable
            and draft.units[order[k]].kind == draft.units[order[k + 1]].kind
            and not {order[k], order[k + 1]} & touched
        ]
        if swaps and rng.random() < 0.12:
            k = rng.choice(swaps)
            order[k], order[k + 1] = order[k + 1], order[k]
            touched |= {order[k], order[k + 1]}
            phenomena.add("crossing")
    # Definitions listed in this language's alphabetical order, their labels in
    # place: (b) is another term under the same (b) (a crossing the labels hide).
    relabel: dict[int, tuple[Label | None, int]] = {}  # unit -> (label, unit whose place it takes)
    if lang in _SORTING and draft.sortable and rng.random() < 0.8:
        for group in sorted(draft.sortable):
            places = [k for k, i in enumerate(order) if draft.units[i].group == group]
            units = [order[k] for k in places]
            if len(units) < 2 or set(units) & touched:
                continue
            ordered = sorted(units, key=lambda i: _term_key(draft.units[i].text(lang)))
            if ordered == units:
                continue
            for k, before, after in zip(places, units, ordered, strict=True):
                order[k] = after
                relabel[after] = (draft.units[before].label, before)
            touched |= set(units)
            phenomena.add("sorted-definitions")
    merge_at = split_at = -1
    if lang != "en":
        merges = [
            k for k in range(len(order) - 1)
            if draft.units[order[k]].mobile and draft.units[order[k + 1]].mobile
            and draft.units[order[k]].group == draft.units[order[k + 1]].group
            and not {order[k], order[k + 1]} & touched
            and order[k + 1] == order[k] + 1
        ]
        if merges and rng.random() < 0.12:
            merge_at = rng.choice(merges)
            touched |= {order[merge_at], order[merge_at + 1]}
            phenomena.add("merged")
        splits = [
            k for k, i in enumerate(order)
            if draft.units[i].mobile and len(draft.units[i].parts[lang]) >= 2 and i not in touched
        ]
        if splits and rng.random() < 0.12:
            split_at = rng.choice(splits)
            phenomena.add("split")
    k = 0
    while k < len(order):
        i = order[k]
        unit = draft.units[i]
        text, marks = text_of(i)
        if k == merge_at:
            second, marks2 = text_of(order[k + 1])
            if text and text[-1] not in ".;:,!?。；：，、！？،؛":  # a list item without closing punctuation
                text += _SEMICOLON.get(lang, ";")
            pieces.append(Piece((i, order[k + 1]), text + _joiner(lang) + second, unit.kind, unit.role,
                                unit.label, marks=marks + marks2, group=unit.group))
            k += 2
            continue
        if k == split_at:
            parts = unit.parts[lang]
            cut = rng.randint(1, len(parts) - 1)
            head = _joiner(lang).join(parts[:cut])
            tail = _joiner(lang).join(parts[cut:])
            pieces.append(Piece((i,), head, unit.kind, unit.role, unit.label, 0, marks=marks, group=unit.group))
            pieces.append(Piece((i,), tail, PARAGRAPH, "body", None, 1, group=-1))
            k += 1
            continue
        label = unit.label
        if i in relabel:
            label, place = relabel[i]
            end = _ITEM_END.search(text_of(place)[0])
            text = _with_end(text, end.group() if end else "")
        pieces.append(Piece((i,), text, unit.kind, unit.role, label, marks=marks, group=unit.group))
        k += 1
    notes = []
    for n, note in enumerate(draft.footnotes):
        if note.only and note.only != lang:
            continue
        if note.only:
            phenomena.add("reissue-note")
        notes.append(Piece((n,), note.text(lang), FOOTNOTE, "footnote", note.label, note=True))
    return pieces, notes, phenomena


def gold_pairs(en: list[Piece], tgt: list[Piece]) -> list[GoldPair]:
    """Which English segments go with which target segments, crossings marked."""
    def key(p: Piece) -> tuple[bool, tuple[int, ...]]:
        return (p.note, p.units)

    en_index: dict[tuple[bool, int], int] = {}
    for s, piece in enumerate(en):
        for u in piece.units:
            en_index[(piece.note, u)] = s
    beads: list[tuple[list[int], list[int]]] = []
    seen_en: set[int] = set()
    by_unit: dict[tuple[bool, int], int] = {}  # a split unit's first piece's bead
    for t, piece in enumerate(tgt):
        sources = [en_index[(piece.note, u)] for u in piece.units if (piece.note, u) in en_index]
        if piece.part == 1 and (piece.note, piece.units[0]) in by_unit:
            beads[by_unit[(piece.note, piece.units[0])]][1].append(t)
            continue
        beads.append((sorted(sources), [t]))
        if piece.part == 0:
            by_unit[(piece.note, piece.units[0])] = len(beads) - 1
        seen_en.update(sources)
    del key
    for s in range(len(en)):
        if s not in seen_en:
            beads.append(([s], []))
    # Order: by English position; a 0-1 bead stays after the bead before it.
    placed: list[tuple[float, int, tuple[list[int], list[int]]]] = []
    last = -1.0
    for n, (s_idx, t_idx) in enumerate(beads):
        if s_idx:
            last = float(s_idx[0])
            placed.append((last, n, (s_idx, t_idx)))
        elif t_idx:
            placed.append((last + 0.5, n, (s_idx, t_idx)))
        else:
            placed.append((last, n, (s_idx, t_idx)))
    placed.sort(key=lambda x: (x[0], x[1]))
    ordered = [b for _, _, b in placed]
    # A pair crosses when an earlier English segment has a later target, or a
    # later one an earlier target (prefix maxima and suffix minima of targets).
    linked = [(min(s), min(t)) for s, t in ordered if s and t]
    linked.sort()
    crossing: set[tuple[int, int]] = set()
    high = -1
    for a in linked:
        if high > a[1]:
            crossing.add(a)
        high = max(high, a[1])
    low = 1 << 30
    for a in reversed(linked):
        if low < a[1]:
            crossing.add(a)
        low = min(low, a[1])
    return [
        GoldPair(tuple(s), tuple(t), bool(s and t) and (min(s), min(t)) in crossing) for s, t in ordered
    ]
