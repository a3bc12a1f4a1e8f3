"""A right-to-left line as a PDF draws it (left to right on the page) -> logical order.

A PDF places glyphs; it does not say in which order they are read. For an
Arabic line the reader takes them right to left, except runs of Latin letters
and numbers ("A/RES/64/292", "2014-2020"), which keep their left-to-right
order inside the line. This is the inverse of the Unicode bidirectional
algorithm (UAX #9) for one right-to-left paragraph without embeddings:
levels 1 (Arabic, neutral text between Arabic) and 2 (Latin, numbers and the
separators that join them), rules W4 (one separator between two numbers),
W5 (terminators beside numbers), W7 (a number after Latin is Latin) and N1
(neutrals between two runs of one direction take it). Brackets drawn at
level 1 are mirrored glyphs: "(" drawn as ")"; they are mirrored back.

Where the drawing is ambiguous (a number and a Latin word separated by a
space could be "UNICEF 2014" or "2014 UNICEF"), Latin first is chosen, the
order of the English date "1 July 2013" in the masthead excepted, which N1
gives.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


def strong_class(text: str) -> str:
    """'R', 'L', 'EN' (numbers), 'NSM' (marks) or 'N' (neutral) for a unit's first character."""
    if not text:
        return "N"
    kind = unicodedata.bidirectional(text[0])
    if kind in ("R", "AL"):
        return "R"
    if kind == "L":
        return "L"
    if kind in ("EN", "AN"):
        return "EN"
    if kind == "NSM":
        return "NSM"
    return kind if kind in ("ES", "CS", "ET") else "N"


def is_rtl(units: Sequence[str]) -> bool:
    """A line is right to left when most of its strong letters are."""
    right = sum(1 for u in units if strong_class(u) == "R")
    left = sum(1 for u in units if strong_class(u) == "L")
    return right > left


def logical_order(units: Sequence[str]) -> list[int]:
    """Units (glyph texts) of a right-to-left line in visual order -> their indices in reading order.

    A unit is what one glyph stands for ("ب", "لا", "1"); combining marks
    should already sit in their base's unit. Use ``mirror`` on the units that
    ``drawn_mirrored`` names.
    """
    return [index for index, _mirrored in _order(units)]


def drawn_mirrored(units: Sequence[str]) -> set[int]:
    """Indices of units drawn at level 1, whose brackets are mirrored glyphs."""
    return {index for index, mirrored in _order(units) if mirrored}


def mirror(text: str) -> str:
    return "".join(_MIRROR.get(c, c) for c in text)


def _order(units: Sequence[str]) -> list[tuple[int, bool]]:
    ids = list(reversed(range(len(units))))
    levels = _levels([strong_class(units[i]) for i in ids])
    out: list[tuple[int, bool]] = []
    i = 0
    while i < len(ids):
        if levels[i] == 2:
            j = i
            while j < len(ids) and levels[j] == 2:
                j += 1
            out.extend((k, False) for k in reversed(ids[i:j]))  # a left-to-right run keeps its order
            i = j
            continue
        out.append((ids[i], True))
        i += 1
    return out


def _arabic_numbers(classes: list[str]) -> list[str]:
    """W2: a number after Arabic letters is an Arabic number (AN), unless Latin
    letters run with it ("A/RES/64/292"): then it goes with them (W7)."""
    out = list(classes)
    i = 0
    while i < len(out):
        if out[i] == "R":
            i += 1
            continue
        j = i
        while j < len(out) and out[j] != "R":
            j += 1
        if "L" not in out[i:j]:
            for k in range(i, j):
                if out[k] == "EN":
                    out[k] = "AN"
        i = j
    return out


def _levels(classes: list[str]) -> list[int]:
    """Resolved levels (1 right to left, 2 left to right) of units in near-logical order.

    The order is logical between runs and reversed inside each left-to-right
    run, so a neutral between two level-2 units joins them when both are
    Latin, when both are numbers and it is one separator or terminators
    (W4, W5), or when one is Latin and the other a number (W7, Latin first).
    """
    n = len(classes)
    classes = _arabic_numbers(classes)
    levels = [1] * n
    for i, kind in enumerate(classes):
        if kind in ("L", "EN", "AN"):
            levels[i] = 2
    i = 0
    while i < n:
        if levels[i] == 2 or classes[i] in ("R", "NSM"):
            i += 1
            continue
        j = i
        while j < n and levels[j] == 1 and classes[j] not in ("R", "NSM", "L", "EN", "AN"):
            j += 1
        left = classes[i - 1] if i > 0 and levels[i - 1] == 2 else None
        right = classes[j] if j < n and levels[j] == 2 else None
        if left and right:
            group = classes[i:j]
            if left == "L" and right == "L":
                join = True
            elif left == "EN" and right == "EN":
                join = (len(group) == 1 and group[0] in ("ES", "CS")) or all(g == "ET" for g in group)
            elif left == "AN" and right == "AN":
                join = len(group) == 1 and group[0] == "CS"  # W4: "64/292" yes, "2014-2020" no
            else:
                join = True  # Latin and a number: "July 2013", "A/RES/64/292" (W7)
            if join:
                for k in range(i, j):
                    levels[k] = 2
        elif left == "EN" or right == "EN":
            # A terminator beside a number ("%", "$") goes with it (W5).
            for k in range(i, j):
                if classes[k] == "ET":
                    levels[k] = 2
        i = max(j, i + 1)
    for i, kind in enumerate(classes):
        if kind == "NSM":
            levels[i] = levels[i - 1] if i > 0 else 1
    return levels


__all__ = ["drawn_mirrored", "is_rtl", "logical_order", "mirror", "strong_class"]
