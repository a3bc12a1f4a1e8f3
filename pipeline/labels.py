"""Paragraph and heading labels as each language prints them <-> one canonical key.

A label is structure, not text: the same item is "(a)" in English, "a)" in
French, "а)" in Russian and "(أ)" in Arabic; the same chapter "Chapter II",
"Глава II", "الفصل الثاني" and "第二章". ``read_label`` finds a label at the
start of a line in any official language and gives its key; ``render_label``
prints a key in a language's own form; ``label_paths`` places each label
under the labels above it (a numbering that restarts in every section needs
the section to tell its paragraphs apart).

Keys are ``<level>:<value>``:

    n:3       numbered paragraph 3. / 3 - / ٣ -
    n:1.2     hierarchical 1.2 / 1-2; n:1.a is 1.a / 1-أ / 1.а
    a:3       lettered item (c) / c) / в) / (ج)
    r:4       roman sub-item (iv) / iv) / ’4‘ / ㈣ / (四)
    R:2       chapter heading II. / ثانيا - / 二.
    L:2       section heading B. / باء -
    chapter:2, part:1, section:1, article:5   labels with a word
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .languages import get_language
from .text import KASHIDA, ascii_digits, chinese_value, kashida_free

_LATIN = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"
# Arabic letters in abjad order, as UN Arabic enumerates items: (أ) (ب) (ج) (د) (هـ) ...
_ABJAD = "أبجدهوزحطيكلمنسعفصقرشتثخذضظغ"
# The same letters spelt out, as section headings write them: "ألف -", "باء -".
_ABJAD_NAMES = (
    "ألف باء جيم دال هاء واو زاي حاء طاء ياء كاف لام ميم نون سين عين فاء صاد قاف راء "
    "شين تاء ثاء خاء ذال ضاد ظاء غين"
).split()
# Chapter headings in Arabic: "أولا -", "ثانيا -" ... (adverbial ordinals).
_AR_ADVERBS = (
    "أولا ثانيا ثالثا رابعا خامسا سادسا سابعا ثامنا تاسعا عاشرا".split()
    + [f"{u} عشر" for u in "حادي ثاني ثالث رابع خامس سادس سابع ثامن تاسع".split()]
    + ["عشرون"]
)
# Ordinal adjectives after a noun: "الفصل الثاني", "المادة الخامسة".
_AR_MASCULINE = (
    "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر".split()
    + [f"{u} عشر" for u in "الحادي الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع".split()]
    + ["العشرون"]
)
_AR_FEMININE = (
    "الأولى الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة العاشرة".split()
    + [f"{u} عشرة" for u in "الحادية الثانية الثالثة الرابعة الخامسة السادسة السابعة الثامنة التاسعة".split()]
    + ["العشرون"]
)
_FR_ORDINALS = (
    "première|premier deuxième|seconde|second troisième quatrième cinquième sixième septième "
    "huitième neuvième dixième"
).split()
_ES_ORDINALS = "primera segunda tercera cuarta quinta sexta séptima octava novena décima".split()
# "Part One", "Chapter Two": English writes some label numbers in words.
_EN_NUMBERS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
).split()
_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)
_ZH_NUMERAL = "〇一二三四五六七八九十百"
_CIRCLED = "\u3220\u3221\u3222\u3223\u3224\u3225\u3226\u3227\u3228\u3229"  # ㈠ .. ㈩

# Words that name a label's level, per language: (level, pattern of the word).
_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("chapter", "Chapter|CHAPTER"), ("part", "Part|PART"), ("section", "Section|SECTION"),
           ("article", "Article|ARTICLE")),
    "fr": (("chapter", "Chapitre|CHAPITRE"), ("part", "Partie|PARTIE"),
           ("section", "Section|SECTION"), ("article", "Article|ARTICLE")),
    "es": (("chapter", "Capítulo|CAPÍTULO"), ("part", "Parte|PARTE"),
           ("section", "Sección|SECCIÓN"), ("article", "Artículo|ARTÍCULO")),
    "ru": (("chapter", "Глава|ГЛАВА"), ("part", "Часть|ЧАСТЬ"), ("section", "Раздел|РАЗДЕЛ"),
           ("article", "Статья|СТАТЬЯ")),
    "ar": (("chapter", "الفصل"), ("part", "الجزء"), ("section", "الفرع"), ("article", "المادة")),
}
_ZH_WORDS = (("chapter", "章"), ("part", "部分"), ("section", "节"), ("article", "条"))
_HEADING_LEVELS = frozenset({"R", "L", "chapter", "part", "section", "article"})

_SPACE = r"[ \t\u00a0\u3000]"


@dataclass(frozen=True)
class Label:
    """A label found at the start of a line."""

    printed: str  # as the text prints it: "(a)", "1-أ", "Глава II"
    key: str  # canonical key: "a:1", "n:1.a", "chapter:2"
    alternative: str  # a second reading of an ambiguous label ("(i)": r:1 or a:9), or ""
    rest: str  # the text after the label
    heading: bool  # a chapter or section label rather than a paragraph's


# -- reading ---------------------------------------------------------------------


def _clean(text: str) -> str:
    """Arabic without vowel marks and kashida, hamza seats as the bare alef; NFKC."""
    text = re.sub("[\u064b-\u0652\u0640]", "", text)
    return text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


_ABJAD_CLEAN = _clean(_ABJAD)
_ABJAD_NAMES_CLEAN = [_clean(n) for n in _ABJAD_NAMES]


def roman_value(text: str) -> int | None:
    """'XVII' -> 17; None unless ``text`` is a roman numeral written the usual way."""
    upper = text.upper()
    if not upper or any(c not in "IVXLCDM" for c in upper):
        return None
    total, rest = 0, upper
    for value, letters in _ROMAN_VALUES:
        while rest.startswith(letters):
            total += value
            rest = rest[len(letters):]
    return total if not rest and 0 < total < 400 else None


def roman(value: int) -> str:
    out = []
    for amount, letters in _ROMAN_VALUES:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def _letter_value(letter: str, lang: str) -> int | None:
    """Position of an item letter in its alphabet: a, а, أ are all 1."""
    low = letter.casefold().replace("\u0640", "")
    if len(low) == 2 and low[0] == low[1]:  # (aa), (bb) after (z)
        single = _letter_value(low[0], lang)
        return None if single is None else single + 26
    if len(low) != 1:
        return None
    if low in _LATIN:
        return _LATIN.index(low) + 1
    if low in _CYRILLIC:
        return _CYRILLIC.index(low) + 1
    cleaned = _clean(low)
    if cleaned and cleaned in _ABJAD_CLEAN:
        return _ABJAD_CLEAN.index(cleaned) + 1
    return None


def _word_value(word: str) -> int | None:
    """The value after a label word: II, 2, A, ثاني, 二 ..."""
    word = ascii_digits(word).strip()
    if len(word) > 2 and word.endswith(("er", "re")) and (word[:-2].isdigit() or roman_value(word[:-2])):
        word = word[:-2]  # French 1er, Ier
    if word.isdigit():
        return int(word)
    value = roman_value(word)
    if value is not None:
        return value
    if len(word) == 1 and word.lower() in _LATIN:
        return _LATIN.index(word.lower()) + 1
    if len(word) == 1 and word.lower() in _CYRILLIC:
        return _CYRILLIC.index(word.lower()) + 1
    if word and all(c in _ZH_NUMERAL for c in word):
        return chinese_value(word)
    cleaned = _clean(word)
    for table in (_AR_MASCULINE, _AR_FEMININE, _AR_ADVERBS):
        for k, name in enumerate(table):
            if _clean(name) == cleaned:
                return k + 1
    if cleaned in _ABJAD_NAMES_CLEAN:
        return _ABJAD_NAMES_CLEAN.index(cleaned) + 1
    low = word.casefold()
    if low in _EN_NUMBERS:
        return _EN_NUMBERS.index(low) + 1
    for table in (_FR_ORDINALS, _ES_ORDINALS):
        for k, names in enumerate(table):
            if low in names.split("|"):
                return k + 1
    return None


@lru_cache(maxsize=8)
def _patterns(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    """Label patterns for ``lang``, most specific first; each has a named group per part."""
    digit = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
    num = rf"{digit}{{1,3}}"
    end = rf"(?:{_SPACE}*[.:\u2013\u2014-]?{_SPACE}+|{_SPACE}*$)"
    out: list[tuple[str, str]] = []
    if lang == "zh":
        zh_num = f"[{_ZH_NUMERAL}]{{1,4}}|{num}"
        for level, word in _ZH_WORDS:
            value = rf"[A-Z]|{zh_num}" if level == "section" else zh_num
            out.append((level, rf"(?P<p>第?(?P<v>{value}){word})(?:{_SPACE}+|{_SPACE}*$|(?=[\u3400-\u9fff]))"))
    else:
        for level, word in _WORDS.get(lang, _WORDS["en"]):
            if lang == "ar":
                names = "|".join(
                    re.escape(n)
                    for n in sorted({*_AR_MASCULINE, *_AR_FEMININE, *_ABJAD_NAMES}, key=len, reverse=True)
                )
                value = rf"{num}|[IVXLC]{{1,6}}|{names}"
            elif lang == "fr":  # "Chapitre premier", "Article 1er"
                value = rf"(?:{num}|[IVXLC]{{1,6}})(?:er|re)?|premier|première|[A-Z](?![\w])"
            elif lang == "en":  # "Part Two"
                words = "|".join(w.capitalize() for w in sorted(_EN_NUMBERS, key=len, reverse=True))
                value = rf"{num}|[IVXLC]{{1,6}}|[A-Z](?![\w])|{words}"
            else:
                value = rf"{num}|[IVXLC]{{1,6}}|[A-ZА-Я](?![\w])"
            out.append((level, rf"(?P<p>(?:{word}){_SPACE}+(?P<v>{value}))(?!\w){end}"))
        if lang == "fr":
            ordinals = "|".join(n for names in _FR_ORDINALS for n in names.split("|"))
            out.append(("part", rf"(?P<p>(?P<v>(?i:{ordinals})){_SPACE}+partie)(?!\w){end}"))
        if lang == "es":
            ordinals = "|".join(_ES_ORDINALS)
            out.append(("part", rf"(?P<p>(?P<v>(?i:{ordinals})){_SPACE}+parte)(?!\w){end}"))
    letters = r"[a-zа-яё]"
    arabic_letter = r"[\u0621-\u064a]\u0640?"
    # Hierarchical: 1.1, 2.3.4, 1.a (Arabic 1-1, 1-أ).
    out.append(("h", rf"(?P<p>(?P<v>{num}(?:[.](?:{num}|{letters}))+)\.?)(?!\d|[.,]\d){end}"))
    if lang == "ar":
        out.append(("h", rf"(?P<p>(?P<v>{num}(?:-(?:{num}|{arabic_letter}))+))(?![\w-]){end}"))
    # Paragraph numbers: "1." everywhere, Chinese also "1．"; Arabic "1 -", "1-".
    out.append(("n", rf"(?P<p>(?P<v>{num})[.．])(?!\d)(?:{_SPACE}+|{_SPACE}*$|(?=[\u3400-\u9fff]))"))
    if lang == "ar":
        out.append(("n", rf"(?P<p>(?P<v>{num}){_SPACE}?[-\u2013])(?:{_SPACE}+(?=[*_]*[\u0600-\u06ff])|{_SPACE}*$)"))
    # Items in brackets: (a), (iv), (أ), (هـ), (1), （a）, (一); and a), а), iv).
    inner = rf"[a-z]{{1,2}}|[ivxl]{{1,6}}|{digit}{{1,2}}|{arabic_letter}|[{_ZH_NUMERAL}]{{1,3}}"
    out.append(("p", rf"(?P<p>[(（](?P<v>{inner})[)）])(?:{_SPACE}+|{_SPACE}*$|(?=[\u3400-\u9fff]))"))
    out.append(("p", rf"(?P<p>(?P<v>[a-zа-я]|[ivx]{{1,5}})\))(?:{_SPACE}+|{_SPACE}*$)"))
    # Roman sub-items as UN Arabic and Chinese print them: ’1‘, ㈠.
    out.append(("q", rf"(?P<p>[’‘'](?P<v>{digit}{{1,2}})[’‘'])(?:{_SPACE}+|{_SPACE}*$)"))
    out.append(("c", rf"(?P<p>(?P<v>[{_CIRCLED}]))(?:{_SPACE}*)"))
    # Headings: I. / A. / Arabic "أولا -", "ألف -" / Chinese "一.", "一、".
    out.append(("R", rf"(?P<p>(?P<v>[IVXLC]{{1,6}})\.)(?:{_SPACE}+|{_SPACE}*$)"))
    out.append(("L", rf"(?P<p>(?P<v>[A-ZА-Я])\.)(?:{_SPACE}+|{_SPACE}*$)"))
    if lang == "ar":
        adverbs = "|".join(re.escape(a) for a in sorted(_AR_ADVERBS, key=len, reverse=True))
        names = "|".join(re.escape(n) for n in _ABJAD_NAMES)
        out.append(("R", rf"(?P<p>(?P<v>{adverbs})ً?{_SPACE}*[-\u2013])(?:{_SPACE}+|$)"))
        out.append(("L", rf"(?P<p>(?P<v>{names}){_SPACE}*[-\u2013])(?:{_SPACE}+|$)"))
    if lang == "zh":
        out.append(("R", rf"(?P<p>(?P<v>[{_ZH_NUMERAL}]{{1,3}})[.．、])(?:{_SPACE}*)"))
    return [(level, re.compile(pattern)) for level, pattern in out]


def read_label(text: str, lang: str) -> Label | None:
    """The label at the start of ``text``, if any, with the text after it.

    Kashida inside a label word ("المـادة 5") does not hide the label; the
    label and the text after it keep theirs as printed."""
    if not text:
        return None
    first = text[0]
    if not (first.isalnum() or first in "(（’‘'" or "\u3220" <= first <= "\u3229"):
        return None
    plain, where = kashida_free(text) if KASHIDA in text else (text, [])
    for level, pattern in _patterns(lang):
        match = pattern.match(plain)
        if match is None:
            continue
        found = _label_of(level, match.group("v"), lang)
        if found is None:
            continue
        key, alternative = found
        if where:
            rest = text[where[match.end()]:].strip()
            printed = text[where[match.start("p")]:where[match.end("p")]].strip()
        else:
            rest = text[match.end():].strip()
            printed = match.group("p").strip()
        heading = key.split(":", 1)[0] in _HEADING_LEVELS
        return Label(printed, key, alternative, rest, heading)
    return None


def _label_of(level: str, value: str, lang: str) -> tuple[str, str] | None:
    """Key and alternative key of a matched label, or None when the value is no label."""
    digits = ascii_digits(value)
    if level in ("chapter", "part", "section", "article"):
        number = _word_value(value)
        return None if number is None else (f"{level}:{number}", "")
    if level == "h":
        parts = re.split(r"[.-]", digits)
        out = []
        for k, part in enumerate(parts):
            if part.isdigit():
                out.append(str(int(part)))
            elif k > 0:
                letter = _letter_value(part, lang)
                if letter is None:
                    return None
                out.append(_LATIN[(letter - 1) % 26] * (1 + (letter - 1) // 26))
            else:
                return None
        return f"n:{'.'.join(out)}", ""
    if level == "n":
        return f"n:{int(digits)}", ""
    if level == "q":
        return f"r:{int(digits)}", ""
    if level == "c":
        return f"r:{_CIRCLED.index(value) + 1}", ""
    if level == "p":
        if digits.isdigit():
            # UN Arabic writes a roman sub-item (ii) as (2); elsewhere (2) is (2).
            return (f"r:{int(digits)}", "") if lang == "ar" else (f"n:({int(digits)})", "")
        if all(c in _ZH_NUMERAL for c in value):
            return f"r:{chinese_value(value)}", ""
        # Sub-items count i, ii, iii ... xxx; (c), (d), (l), (m) are letters.
        roman_number = roman_value(value) if set(value.lower()) <= set("ivx") else None
        letter = _letter_value(value, lang)
        if roman_number is not None and letter is not None and len(value) == 1:
            # (i), (v), (x): roman unless they follow (h), (u), (w); see resolve().
            return f"r:{roman_number}", f"a:{letter}"
        if roman_number is not None:
            return f"r:{roman_number}", ""
        if letter is not None:
            return f"a:{letter}", ""
        return None
    if level == "R":
        if lang == "zh" and value[0] in _ZH_NUMERAL:
            return f"R:{chinese_value(value)}", ""
        number = _word_value(value)
        if number is None:
            return None
        if len(value) == 1 and value in "IVX":
            # I., V., X.: a chapter, or the ninth, twenty-second... section letter.
            return f"R:{number}", f"L:{_LATIN.index(value.lower()) + 1}"
        if len(value) == 1 and value in "LC":
            return f"L:{_LATIN.index(value.lower()) + 1}", ""
        return f"R:{number}", ""
    if level == "L":
        if value in _ABJAD_NAMES:
            return f"L:{_ABJAD_NAMES.index(value) + 1}", ""
        low = value.lower()
        if low in _LATIN:
            return f"L:{_LATIN.index(low) + 1}", ""
        if low in _CYRILLIC:
            return f"L:{_CYRILLIC.index(low) + 1}", ""
    return None


# An annex heading standing alone, with its number: "Annex II" / "Annexe II" /
# "Anexo II" / "Приложение II" / "المرفق الثاني" / "附件二". It is text (the
# heading as printed), but its key "annex:2" anchors it like a label.
_ANNEX_WORDS = {
    "en": "Annex|ANNEX", "fr": "Annexe|ANNEXE", "es": "Anexo|ANEXO", "ru": "Приложение|ПРИЛОЖЕНИЕ",
    "ar": "المرفق", "zh": "附件",
}


@lru_cache(maxsize=8)
def _annex_pattern(lang: str) -> re.Pattern[str]:
    word = _ANNEX_WORDS.get(lang, _ANNEX_WORDS["en"])
    if lang == "zh":
        return re.compile(rf"(?:{word})(?P<v>[{_ZH_NUMERAL}]{{1,3}}|[0-9]{{1,2}}|[A-Z])")
    names = "|".join(re.escape(n) for n in sorted({*_AR_MASCULINE, *_AR_FEMININE}, key=len, reverse=True))
    value = rf"[0-9]{{1,2}}|[IVXLC]{{1,6}}|[A-Z]|{names}" if lang == "ar" else r"[0-9]{1,2}|[IVXLC]{1,6}|[A-Z]"
    return re.compile(rf"(?:{word}){_SPACE}+(?P<v>{value})")


def annex_key(text: str, lang: str) -> str:
    """'annex:2' when ``text`` is an annex heading with its number and nothing else, else ''."""
    plain = ascii_digits(text.replace(KASHIDA, "")).strip().rstrip(".")
    found = _annex_pattern(lang).fullmatch(plain)
    if found is None:
        return ""
    number = _word_value(found.group("v"))
    return f"annex:{number}" if number else ""


def label_key(number: str, lang: str) -> str:
    """The key of a printed label read alone: '(c)', 'в)', '(ج)' -> 'a:3'; '' if none."""
    found = read_label(number.strip(), lang)
    return found.key if found is not None else ""


# -- context: ambiguous labels, what comes next, paths ------------------------------


def level(key: str) -> str:
    """The level a key numbers: n, n2 (1.2), n3 ..., a, r, R, L, chapter, part ..."""
    kind, _, value = key.partition(":")
    if kind == "n" and "." in value:
        return f"n{value.count('.') + 1}"
    if kind == "n" and value.startswith("("):
        return "n()"
    return kind


def _successor(key: str) -> str:
    kind, _, value = key.partition(":")
    if kind == "n" and "." in value:
        head, _, last = value.rpartition(".")
        if last.isdigit():
            return f"n:{head}.{int(last) + 1}"
        if last.isalpha() and last[-1] != "z":
            return f"n:{head}.{last[:-1]}{chr(ord(last[-1]) + 1)}"
        return ""
    if kind == "n" and value.startswith("("):
        return f"n:({int(value.strip('()')) + 1})"
    if value.isdigit():
        return f"{kind}:{int(value) + 1}"
    return ""


def _first_children(key: str) -> set[str]:
    kind, _, value = key.partition(":")
    if kind == "n" and not value.startswith("("):
        return {f"n:{value}.1", f"n:{value}.a"}
    return set()


def _first(key: str) -> bool:
    kind, _, value = key.partition(":")
    return value in ("1", "(1)") or (kind == "n" and value.endswith((".1", ".a")))


class LabelContext:
    """The labels seen so far, one per level, outermost first: what the next can be."""

    def __init__(self) -> None:
        self.stack: list[str] = []

    def resolve(self, label: Label) -> str:
        """The key of ``label`` here: "(i)" after "(h)" is the letter, elsewhere roman."""
        if not label.alternative:
            return label.key
        if self.continues(label.alternative) and not self.continues(label.key):
            return label.alternative
        if not self.expects(label.key) and self.expects(label.alternative):
            return label.alternative
        return label.key

    def continues(self, key: str, skip: bool = False) -> bool:
        """Is ``key`` the successor of a label seen (or, with ``skip``, the one after
        it: a translation may merge two items into one)?"""
        for seen in self.stack:
            after = _successor(seen)
            if after == key or (skip and after and _successor(after) == key):
                return True
        return False

    def expects(self, key: str) -> bool:
        """Is ``key`` what may come next: the successor of a label seen, a first child
        of one seen (1.1 under 1.), or the first of a level not yet open?"""
        if not key:
            return False
        if self.continues(key):
            return True
        if any(key in _first_children(seen) for seen in self.stack):
            return True
        kind, _, value = key.partition(":")
        if kind == "n" and "." in value:
            # A hierarchical label is a child of the paragraph number before it;
            # only a document that starts so may open with 1.1.
            return value in ("1.1", "1.a") and not any(level(s).startswith("n") for s in self.stack)
        return _first(key) and level(key) not in {level(s) for s in self.stack}

    def push(self, key: str) -> None:
        here = level(key)
        for k, seen in enumerate(self.stack):
            if level(seen) == here:
                del self.stack[k:]
                break
        self.stack.append(key)

    def path(self) -> str:
        return "/".join(self.stack)


def label_paths(keys: list[str]) -> list[str]:
    """Each label under the labels above it: ["R:1", "n:1", "R:2", "n:1"] ->
    ["R:1", "R:1/n:1", "R:2", "R:2/n:1"]; "" where a key is ""."""
    context = LabelContext()
    out = []
    for key in keys:
        if not key:
            out.append("")
            continue
        context.push(key)
        out.append(context.path())
    return out


# -- printing ----------------------------------------------------------------------------


def _zh_numeral(value: int) -> str:
    digits = "〇一二三四五六七八九"
    if value < 10:
        return digits[value]
    if value < 100:
        tens, units = divmod(value, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")
    return str(value)


def _arabic_letter(value: int) -> str:
    letter = _ABJAD[(value - 1) % len(_ABJAD)]
    return "هـ" if letter == "ه" else letter


_WORD_FORMS = {
    "chapter": {"en": "Chapter", "fr": "Chapitre", "es": "Capítulo", "ru": "Глава"},
    "part": {"en": "Part", "fr": "Partie", "es": "Parte", "ru": "Часть"},
    "section": {"en": "Section", "fr": "Section", "es": "Sección", "ru": "Раздел"},
    "article": {"en": "Article", "fr": "Article", "es": "Artículo", "ru": "Статья"},
}
_AR_WORDS = {"chapter": "الفصل", "part": "الجزء", "section": "الفرع", "article": "المادة"}
_ZH_FORMS = {"chapter": "第{}章", "part": "第{}部分", "section": "{}节", "article": "第{}条"}


def render_label(key: str, lang: str, english: str = "") -> str:
    """``key`` as ``lang`` prints it; ``english`` (the English label) tells its style
    where languages follow the English (roman or arabic chapter numbers)."""
    get_language(lang)
    kind, _, value = key.partition(":")
    if lang == "en" and english:
        return english
    if kind in _WORD_FORMS:
        number = int(value)
        style_roman = bool(re.search(r"\s[IVXLC]+$", english)) or (not english and kind != "article")
        # Sections are lettered A to Z (abjad names in Arabic); past them, numbered.
        letter = kind == "section" and (bool(re.search(r"\s[A-Z]$", english)) or not english) and number <= 26
        if lang == "zh":
            shown = _LATIN[number - 1].upper() if letter else (
                str(number) if kind == "article" else _zh_numeral(number))
            return _ZH_FORMS[kind].format(shown)
        if lang == "ar":
            if letter:
                return f"{_AR_WORDS[kind]} {_ABJAD_NAMES[number - 1]}"
            if kind == "article":
                return f"{_AR_WORDS[kind]} {number}"
            if number <= len(_AR_MASCULINE):
                return f"{_AR_WORDS[kind]} {_AR_MASCULINE[number - 1]}"
            return f"{_AR_WORDS[kind]} {number}"
        shown = _LATIN[number - 1].upper() if letter else (roman(number) if style_roman else str(number))
        return f"{_WORD_FORMS[kind][lang]} {shown}"
    if kind == "n":
        if value.startswith("("):
            return value
        if "." not in value:
            return f"{value} -" if lang == "ar" else f"{value}."
        parts = value.split(".")
        if lang == "ar":
            return "-".join(p if p.isdigit() else _arabic_letter(_letter_value(p, "en") or 1) for p in parts)
        if lang == "ru":
            parts = [p if p.isdigit() else _CYRILLIC[(_letter_value(p, "en") or 1) - 1] for p in parts]
        dot = "." if english.endswith(".") else ""
        return ".".join(parts) + dot
    number = int(value) if value.isdigit() else 0
    if kind == "a":
        if lang == "ar":
            return f"({_arabic_letter(number)})"
        if lang == "ru":
            return f"{_CYRILLIC[(number - 1) % len(_CYRILLIC)]})"
        latin = _LATIN[(number - 1) % 26] * (1 + (number - 1) // 26)
        return f"{latin})" if lang in ("fr", "es") else f"({latin})"
    if kind == "r":
        if lang == "ar":
            return f"’{number}‘"
        if lang == "zh":
            return _CIRCLED[number - 1] if number <= 10 else f"({_zh_numeral(number)})"
        numeral = roman(number).lower()
        return f"{numeral})" if lang in ("fr", "es", "ru") else f"({numeral})"
    if kind == "R":
        if lang == "ar":
            return f"{_AR_ADVERBS[number - 1]} -" if number <= len(_AR_ADVERBS) else f"{number} -"
        if lang == "zh":
            return f"{_zh_numeral(number)}."
        return f"{roman(number)}."
    if kind == "L":
        if lang == "ar":
            return f"{_ABJAD_NAMES[(number - 1) % len(_ABJAD_NAMES)]} -"
        return f"{_LATIN[(number - 1) % 26].upper()}."
    return english


__all__ = [
    "Label",
    "LabelContext",
    "annex_key",
    "label_key",
    "label_paths",
    "level",
    "read_label",
    "render_label",
    "roman",
    "roman_value",
]
