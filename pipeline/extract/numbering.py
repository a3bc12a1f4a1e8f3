"""Word automatic numbering (word/numbering.xml) -> the labels a document shows.

Word keeps a list's numbers out of the text: a paragraph names a numbering
instance (``w:numId``) and a level (``w:ilvl``); the instance points to an
abstract definition whose levels give the start value, the number format
(``w:numFmt``), the label pattern (``w:lvlText``, "%1.", "(%2)", "%1.%2") and
when a level restarts (``w:lvlRestart``); an instance may override a level's
start (``w:startOverride``) or the whole level. ``Numbering.label`` replays
the counters in document order, as Word does: instances of one abstract
definition share their counters (a list continues) unless an instance
overrides a start (a list restarts, or jumps).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVELS = 9


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this level (1-based); 0 never
    legal: bool = False  # w:isLgl: every number of the label in decimal
    custom: str = ""  # w:numFmt w:format of a "custom" format, e.g. "١, ٢, ٣, ..."


@dataclass
class _Instance:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # level -> startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # level -> full override


def _val(element: Any, name: str) -> str | None:
    child = element.find(f"{W}{name}")
    return None if child is None else child.get(f"{W}val")


def _level(element: Any) -> Level:
    level = Level()
    start = _val(element, "start")
    if start is not None and start.lstrip("-").isdigit():
        level = replace(level, start=int(start))
    fmt = element.find(f"{W}numFmt")
    if fmt is not None:
        level = replace(level, fmt=fmt.get(f"{W}val") or "decimal", custom=fmt.get(f"{W}format") or "")
    else:
        # Word 2010 writes a custom format inside mc:AlternateContent; the
        # fallback (mc:Fallback) holds a plain one.
        for choice in element.iter(f"{W}numFmt"):
            level = replace(level, fmt=choice.get(f"{W}val") or "decimal", custom=choice.get(f"{W}format") or "")
            break
    text = element.find(f"{W}lvlText")
    if text is not None:
        level = replace(level, text=text.get(f"{W}val") or "")
    restart = _val(element, "lvlRestart")
    if restart is not None and restart.isdigit():
        level = replace(level, restart=int(restart))
    legal = element.find(f"{W}isLgl")
    if legal is not None and legal.get(f"{W}val") not in ("0", "false", "off"):
        level = replace(level, legal=True)
    return level


class Numbering:
    """The numbering definitions of one document and its running counters."""

    def __init__(self, root: Any | None):
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.instances: dict[str, _Instance] = {}
        self._counters: dict[str, list[int]] = {}
        self._used: dict[str, list[bool]] = {}
        self._seen: set[str] = set()
        if root is None:
            return
        for abstract in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in abstract.iter(f"{W}lvl"):
                ilvl = lvl.get(f"{W}ilvl")
                if ilvl is not None and ilvl.isdigit():
                    levels[int(ilvl)] = _level(lvl)
            self.abstracts[abstract.get(f"{W}abstractNumId") or ""] = levels
        for num in root.iter(f"{W}num"):
            abstract_id = _val(num, "abstractNumId") or ""
            instance = _Instance(abstract_id)
            for override in num.iter(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl") or 0)
                start = _val(override, "startOverride")
                if start is not None and start.lstrip("-").isdigit():
                    instance.starts[ilvl] = int(start)
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    instance.levels[ilvl] = _level(lvl)
            self.instances[num.get(f"{W}numId") or ""] = instance

    def level(self, num_id: str, ilvl: int) -> Level | None:
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        if ilvl in instance.levels:
            return instance.levels[ilvl]
        return self.abstracts.get(instance.abstract, {}).get(ilvl)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Count one paragraph of ``num_id`` at ``ilvl``; its label ("" for none).

        None when the paragraph is not numbered at all (numId 0 or unknown).
        """
        instance = self.instances.get(num_id)
        level = self.level(num_id, ilvl)
        if instance is None or level is None:
            return None
        ilvl = max(0, min(ilvl, LEVELS - 1))
        key = instance.abstract
        if key not in self._counters:
            self._counters[key] = [self._start(num_id, i) - 1 for i in range(LEVELS)]
            self._used[key] = [False] * LEVELS
        counters, used = self._counters[key], self._used[key]
        if num_id not in self._seen:
            # An instance that overrides a start restarts its list there.
            self._seen.add(num_id)
            for i, start in instance.starts.items():
                if 0 <= i < LEVELS:
                    counters[i] = start - 1
                    used[i] = False
        counters[ilvl] += 1
        used[ilvl] = True
        for deeper in range(ilvl + 1, LEVELS):
            below = self.level(num_id, deeper)
            restart = below.restart if below is not None else None
            if restart is None or (restart and ilvl < restart):
                counters[deeper] = self._start(num_id, deeper) - 1
                used[deeper] = False
        return self._format(num_id, ilvl, counters)

    def _start(self, num_id: str, ilvl: int) -> int:
        instance = self.instances.get(num_id)
        if instance is not None and ilvl in instance.starts:
            return instance.starts[ilvl]
        level = self.level(num_id, ilvl)
        return level.start if level is not None else 1

    def _format(self, num_id: str, ilvl: int, counters: list[int]) -> str:
        level = self.level(num_id, ilvl)
        assert level is not None
        if level.fmt == "bullet":
            return "-"
        if level.fmt == "none":
            return ""
        out = []
        text = level.text
        i = 0
        while i < len(text):
            if text[i] == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                ref = int(text[i + 1]) - 1
                ref_level = self.level(num_id, ref) or Level()
                value = max(counters[ref], self._start(num_id, ref))
                fmt = "decimal" if level.legal and ref_level.fmt not in ("decimalZero",) else ref_level.fmt
                out.append(format_number(value, fmt, ref_level.custom))
                i += 2
                continue
            out.append(text[i])
            i += 1
        return "".join(out)


# -- number formats -----------------------------------------------------------

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# Word's letter sequences: Russian without ё, й, ъ, ы, ь; Arabic in abjad
# order (أ ب ج د), as UN Arabic letters its sub-items, and in alphabetical order.
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"
_ABJAD = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف",
          "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"]
_ALPHA = ["أ", "ب", "ت", "ث", "ج", "ح", "خ", "د", "ذ", "ر", "ز", "س", "ش", "ص", "ض", "ط", "ظ",
          "ع", "غ", "ف", "ق", "ك", "ل", "م", "ن", "هـ", "و", "ي"]
_CHINESE_DIGITS = "〇一二三四五六七八九"
_DIGIT_SETS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９")


def _roman(value: int) -> str:
    # pipeline.labels.roman, repeated: extraction jobs depend on pipeline/extract alone
    # (tests/test_extract.py), so a change to labels does not extract every PDF again.
    out = []
    for amount, letters in _ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def _letters(value: int, alphabet: list[str] | str) -> str:
    """Word repeats the letter past the alphabet's end: a ... z, aa ... zz."""
    size = len(alphabet)
    return alphabet[(value - 1) % size] * ((value - 1) // size + 1)


def _chinese(value: int) -> str:
    """Chinese counting: 一, 十, 十一, 二十一, 一百零五."""
    if value < 10:
        return _CHINESE_DIGITS[value]
    if value < 20:
        return "十" + (_CHINESE_DIGITS[value % 10] if value % 10 else "")
    if value < 100:
        return _CHINESE_DIGITS[value // 10] + "十" + (_CHINESE_DIGITS[value % 10] if value % 10 else "")
    hundreds, rest = divmod(value, 100)
    tail = "" if rest == 0 else ("零" + _CHINESE_DIGITS[rest] if rest < 10 else _chinese(rest))
    if 10 <= rest < 20:
        tail = "一" + tail
    return _CHINESE_DIGITS[hundreds] + "百" + tail


def _digits(value: int, digits: str, width: int = 0) -> str:
    return "".join(digits[int(d)] for d in str(value).rjust(width, "0"))


def _custom(value: int, pattern: str) -> str:
    """A Word 2010 custom format named by its first items: "١, ٢, ٣, ...", "001, 002, 003, ..."."""
    first = pattern.split(",")[0].strip()
    for digits in _DIGIT_SETS:
        if first and all(c in digits for c in first):
            return _digits(value, digits, len(first))
    return str(value)


_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda v: f"{v:02d}",
    "lowerRoman": _roman,
    "upperRoman": lambda v: _roman(v).upper(),
    "lowerLetter": lambda v: _letters(v, "abcdefghijklmnopqrstuvwxyz"),
    "upperLetter": lambda v: _letters(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "russianLower": lambda v: _letters(v, _RUSSIAN),
    "russianUpper": lambda v: _letters(v, _RUSSIAN.upper()),
    "arabicAbjad": lambda v: _letters(v, _ABJAD),
    "arabicAlpha": lambda v: _letters(v, _ALPHA),
    "decimalFullWidth": lambda v: _digits(v, _DIGIT_SETS[3]),
    "decimalFullWidth2": lambda v: _digits(v, _DIGIT_SETS[3]),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "ideographTraditional": lambda v: "甲乙丙丁戊己庚辛壬癸"[(v - 1) % 10],
    # ㈠ ... ㈩: parenthesised ideographs, how Chinese UN texts number (i), (ii);
    # past ten Word counts in plain digits.
    "ideographEnclosedCircle": lambda v: chr(0x3220 + v - 1) if 1 <= v <= 10 else str(v),
    "decimalEnclosedParen": lambda v: chr(0x2474 + v - 1) if 1 <= v <= 20 else f"({v})",
    "decimalEnclosedCircle": lambda v: chr(0x2460 + v - 1) if 1 <= v <= 20 else str(v),
    "ordinal": lambda v: f"{v}{'th' if 10 <= v % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(v % 10, 'th')}",
}


def format_number(value: int, fmt: str, custom: str = "") -> str:
    """One counter in a Word number format; unknown formats fall back to decimal."""
    if fmt == "custom":
        return _custom(value, custom)
    if value < 1 and fmt not in ("decimal", "decimalZero"):
        return str(value)
    return _FORMATS.get(fmt, str)(value)


__all__ = ["Level", "Numbering", "format_number"]
