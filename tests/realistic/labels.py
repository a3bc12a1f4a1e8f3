"""Paragraph labels and labelled headings as each language prints them, with one canonical key.

A label is structure, not text: the same item is "(b)" in English, "b)" in
French and Spanish, "б)" in Russian, "(ب)" in Arabic, "(b)" or "（b）" in
Chinese, and its key is "(b)" in all six. ``LabelStyle`` holds the choices
one language version of one document makes (Arabic-Indic digits, "1 -" or
"1-", "㈠" or "(一)", "Partie I" or "Première partie").
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from . import numbers as nb

# Kinds of labels.
NUM = "num"  # 1.
ALPHA = "alpha"  # (a)
ROMAN = "roman"  # (i)
HIER = "hier"  # 1.1, 2.3.4
MIXED = "mixed"  # 1.a
CHAPTER = "chapter"  # I. (a chapter heading)
SECTION = "section"  # A. (a section heading)
W_CHAPTER = "word-chapter"  # Chapter II / Chapter 1
W_PART = "word-part"  # Part I
W_SECTION = "word-section"  # Section A
W_ARTICLE = "word-article"  # Article 5
NOTE = "note"  # a footnote's mark: 1, *

_LATIN = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"
_ABJAD = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض"]
_AR_LETTER_NAMES = (
    "ألف باء جيم دال هاء واو زاي حاء طاء ياء كاف لام ميم نون سين عين فاء صاد قاف راء شين تاء ثاء خاء ذال ضاد"
).split()
_AR_ADVERBS = (
    "أولا ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا عاشرا".split()
    + [f"{w} عشر" for w in "حادي ثاني ثالث رابع خامس سادس سابع ثامن تاسع".split()]
    + ["عشرون"]
)


@dataclass(frozen=True)
class Label:
    kind: str
    value: tuple[int, ...]  # 3 -> (3,); 1.2 -> (1, 2); 1.a -> (1, 1); "*" -> (0,)
    roman: bool = True  # word-chapter: Chapter II (True) or Chapter 2 (False)

    @property
    def key(self) -> str:
        """The same string for the same label in every language."""
        v = self.value
        if self.kind == NUM:
            return str(v[0])
        if self.kind == ALPHA:
            return f"({_LATIN[v[0] - 1]})"
        if self.kind == ROMAN:
            return f"({nb.roman(v[0]).lower()})"
        if self.kind == HIER:
            return ".".join(str(x) for x in v)
        if self.kind == MIXED:
            return f"{'.'.join(str(x) for x in v[:-1])}.{_LATIN[v[-1] - 1]}"
        if self.kind == CHAPTER:
            return nb.roman(v[0])
        if self.kind == SECTION:
            return _LATIN[v[0] - 1].upper()
        if self.kind == W_CHAPTER:
            return f"chapter {v[0]}"
        if self.kind == W_PART:
            return f"part {v[0]}"
        if self.kind == W_SECTION:
            return f"section {_LATIN[v[0] - 1].upper()}"
        if self.kind == W_ARTICLE:
            return f"article {v[0]}"
        if self.kind == NOTE:
            return "*" if v[0] == 0 else str(v[0])
        raise ValueError(self.kind)

    @property
    def heading(self) -> bool:
        return self.kind in (CHAPTER, SECTION, W_CHAPTER, W_PART, W_SECTION, W_ARTICLE)

    @property
    def worded(self) -> bool:
        return self.kind in (W_CHAPTER, W_PART, W_SECTION, W_ARTICLE)


@dataclass(frozen=True)
class LabelStyle:
    """The label forms one language version of one document uses."""

    lang: str
    indic: bool = False  # Arabic: Arabic-Indic digits in labels
    ar_dash: str = " -"  # Arabic: "1 -" or "1-"
    ar_roman: str = "quote"  # Arabic (i): "’1‘" (quote) or "(1)" (paren)
    zh_full: bool = False  # Chinese: full-width brackets （a）
    zh_roman: str = "circled"  # Chinese (i): "㈠" (circled) or "(一)" (paren)
    fr_part_word: bool = False  # French: "Première partie" rather than "Partie I"
    premier: bool = False  # French: "Article premier", "Chapitre premier"
    zh_section_di: bool = False  # Chinese: "第A节" rather than "A节"


def draw_style(lang: str, rng: random.Random) -> LabelStyle:
    if lang == "ar":
        return LabelStyle(
            lang, indic=rng.random() < 0.5, ar_dash=rng.choice((" -", "-")),
            ar_roman=rng.choice(("quote", "quote", "paren")),
        )
    if lang == "zh":
        return LabelStyle(
            lang, zh_full=rng.random() < 0.4, zh_roman=rng.choice(("circled", "circled", "paren")),
            zh_section_di=rng.random() < 0.3,
        )
    if lang == "fr":
        return LabelStyle(lang, fr_part_word=rng.random() < 0.5, premier=rng.random() < 0.5)
    return LabelStyle(lang)


def _digits(n: int, style: LabelStyle) -> str:
    return nb.arabic_indic(str(n)) if style.indic else str(n)


def printed(label: Label, style: LabelStyle) -> tuple[str, str]:
    """(the label as printed, its label word or "")."""
    lang, v, kind = style.lang, label.value, label.kind
    if kind == NUM:
        if lang == "ar":
            return f"{_digits(v[0], style)}{style.ar_dash}", ""
        return f"{v[0]}.", ""
    if kind == ALPHA:
        i = v[0] - 1
        if lang == "en":
            return f"({_LATIN[i]})", ""
        if lang in ("fr", "es"):
            return f"{_LATIN[i]})", ""
        if lang == "ru":
            return f"{_CYRILLIC[i]})", ""
        if lang == "ar":
            return f"({_ABJAD[i]})", ""
        return (f"（{_LATIN[i]}）" if style.zh_full else f"({_LATIN[i]})"), ""
    if kind == ROMAN:
        r = nb.roman(v[0]).lower()
        if lang == "en":
            return f"({r})", ""
        if lang in ("fr", "es", "ru"):
            return f"{r})", ""
        if lang == "ar":
            d = _digits(v[0], style)
            return (f"’{d}‘" if style.ar_roman == "quote" else f"({d})"), ""
        if style.zh_roman == "circled" and v[0] <= 10:
            return chr(0x3220 + v[0] - 1), ""
        return f"({nb.zh_cardinal(v[0], before_measure=False)})", ""
    if kind == HIER:
        if lang == "ar":
            return "-".join(_digits(x, style) for x in v), ""
        return ".".join(str(x) for x in v), ""
    if kind == MIXED:
        head = v[:-1]
        if lang == "ar":
            return "-".join(_digits(x, style) for x in head) + "-" + _ABJAD[v[-1] - 1], ""
        letters = _CYRILLIC if lang == "ru" else _LATIN
        return ".".join(str(x) for x in head) + "." + letters[v[-1] - 1], ""
    if kind == CHAPTER:
        if lang == "ar":
            return f"{_AR_ADVERBS[v[0] - 1]} -", ""
        if lang == "zh":
            return f"{nb.zh_cardinal(v[0], before_measure=False)}.", ""
        return f"{nb.roman(v[0])}.", ""
    if kind == SECTION:
        if lang == "ar":
            return f"{_AR_LETTER_NAMES[v[0] - 1]} -", ""
        return f"{_LATIN[v[0] - 1].upper()}.", ""
    if kind == NOTE:
        return note_mark(label, lang, in_text=False), ""
    return _worded(label, style)


def _worded(label: Label, style: LabelStyle) -> tuple[str, str]:
    lang, n, kind = style.lang, label.value[0], label.kind
    number = nb.roman(n) if (label.roman and kind in (W_CHAPTER, W_PART)) else str(n)
    if kind == W_SECTION:
        number = _LATIN[n - 1].upper()
    if kind == W_CHAPTER:
        if lang == "ar":
            return (f"الفصل {nb.ar_ordinal(n, False)}" if n <= 20 else f"الفصل {_digits(n, style)}"), "الفصل"
        if lang == "zh":
            return f"第{nb.zh_cardinal(n, before_measure=False)}章", "章"
        if lang == "fr" and n == 1 and style.premier and not label.roman:
            return "Chapitre premier", "Chapitre"
        word = {"en": "Chapter", "fr": "Chapitre", "es": "Capítulo", "ru": "Глава"}[lang]
        return f"{word} {number}", word
    if kind == W_PART:
        if lang == "ar":
            return f"الجزء {nb.ar_ordinal(n, False)}", "الجزء"
        if lang == "zh":
            return f"第{nb.zh_cardinal(n, before_measure=False)}部分", "部分"
        if lang == "fr" and style.fr_part_word and n <= 10:
            ordinal = nb.fr_ordinal(n)
            return f"{ordinal.capitalize()} partie", "partie"
        word = {"en": "Part", "fr": "Partie", "es": "Parte", "ru": "Часть"}[lang]
        return f"{word} {number}", word
    if kind == W_SECTION:
        if lang == "ar":
            return f"الفرع {_AR_LETTER_NAMES[n - 1]}", "الفرع"
        if lang == "zh":
            return (f"第{number}节" if style.zh_section_di else f"{number}节"), "节"
        word = {"en": "Section", "fr": "Section", "es": "Sección", "ru": "Раздел"}[lang]
        return f"{word} {number}", word
    if kind == W_ARTICLE:
        if lang == "ar":
            return f"المادة {_digits(n, style)}", "المادة"
        if lang == "zh":
            return f"第{n}条", "条"
        if lang == "fr" and n == 1 and style.premier:
            return "Article premier", "Article"
        word = {"en": "Article", "fr": "Article", "es": "Artículo", "ru": "Статья"}[lang]
        return f"{word} {number}", word
    raise ValueError(kind)


def note_mark(label: Label, lang: str, in_text: bool) -> str:
    """A footnote's mark: "1" glued to the text, "(1)" in Arabic; "*" for a reissue note."""
    if label.value[0] == 0:
        return "*"
    n = str(label.value[0])
    return f"({n})" if lang == "ar" else n
