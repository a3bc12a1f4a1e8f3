"""Labels as each language prints them, their canonical keys, paths and printed forms."""

from __future__ import annotations

import pytest

from pipeline.labels import LabelContext, label_key, label_paths, read_label, render_label

READ = [
    # (line, language, label as printed, key, text after it)
    ("1. The Council met.", "en", "1.", "n:1", "The Council met."),
    ("2.3.4 The Committee notes", "en", "2.3.4", "n:2.3.4", "The Committee notes"),
    ("(aa) Twenty-seventh item;", "en", "(aa)", "a:27", "Twenty-seventh item;"),
    ("(xii) Twelfth sub-item;", "en", "(xii)", "r:12", "Twelfth sub-item;"),
    ("Chapter 1 Scope", "en", "Chapter 1", "chapter:1", "Scope"),
    ("Chapitre premier Champ d'application", "fr", "Chapitre premier", "chapter:1", "Champ d'application"),
    ("Article 1er", "fr", "Article 1er", "article:1", ""),
    ("Deuxième partie", "fr", "Deuxième partie", "part:2", ""),
    ("б) второй пункт;", "ru", "б)", "a:2", "второй пункт;"),
    ("Б. Раздел", "ru", "Б.", "L:2", "Раздел"),
    ("١٢ - نص الفقرة", "ar", "١٢ -", "n:12", "نص الفقرة"),
    ("2-3-4 نص", "ar", "2-3-4", "n:2.3.4", "نص"),
    ("(ط) البند التاسع؛", "ar", "(ط)", "a:9", "البند التاسع؛"),
    ("’12‘ البند", "ar", "’12‘", "r:12", "البند"),
    ("حادي عشر - مسائل أخرى", "ar", "حادي عشر -", "R:11", "مسائل أخرى"),
    ("الفصل الحادي عشر", "ar", "الفصل الحادي عشر", "chapter:11", ""),
    ("المادة الخامسة", "ar", "المادة الخامسة", "article:5", ""),
    ("十二. 结论", "zh", "十二.", "R:12", "结论"),
    ("第十七章 其他事项", "zh", "第十七章", "chapter:17", "其他事项"),
    ("㈩ 第十分项", "zh", "㈩", "r:10", "第十分项"),
]


@pytest.mark.parametrize(("line", "lang", "printed", "key", "rest"), READ)
def test_a_label_is_read_with_its_canonical_key(line: str, lang: str, printed: str, key: str, rest: str) -> None:
    label = read_label(line, lang)
    assert label is not None
    assert (label.printed, label.key, label.rest) == (printed, key, rest)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("10 - 12 May 2014 was the week of the meeting.", "en"),  # a range, not Arabic "10 -"
        ("2014-2020 برنامج", "ar"),
        ("1.5亿美元", "zh"),  # a decimal touching its unit
        ("The Council, 1. decided", "en"),
        ("(IIII) not a numeral", "en"),
        ("", "en"),
    ],
)
def test_what_is_no_label(line: str, lang: str) -> None:
    assert read_label(line, lang) is None


def test_the_same_item_has_one_key_in_every_language() -> None:
    forms = {"en": "(e)", "fr": "e)", "es": "e)", "ru": "д)", "ar": "(هـ)", "zh": "（e）"}
    assert {lang: label_key(form, lang) for lang, form in forms.items()} == dict.fromkeys(forms, "a:5")


RENDER = [
    # (key, English label, {language: printed form})
    ("n:8", "8.", {"fr": "8.", "ru": "8.", "ar": "8 -", "zh": "8."}),
    ("n:2.1", "2.1", {"fr": "2.1", "ar": "2-1", "zh": "2.1"}),
    ("n:1.c", "1.c", {"fr": "1.c", "ru": "1.в", "ar": "1-ج"}),
    ("a:5", "(e)", {"fr": "e)", "es": "e)", "ru": "д)", "ar": "(هـ)", "zh": "(e)"}),
    ("r:2", "(ii)", {"fr": "ii)", "ru": "ii)", "ar": "’2‘", "zh": "㈡"}),
    ("R:4", "IV.", {"fr": "IV.", "ar": "رابعا -", "zh": "四."}),
    ("L:3", "C.", {"ru": "C.", "ar": "جيم -", "zh": "C."}),
    ("chapter:1", "Chapter 1", {"fr": "Chapitre 1", "es": "Capítulo 1", "ar": "الفصل الأول", "zh": "第一章"}),
    ("chapter:17", "Chapter XVII", {"fr": "Chapitre XVII", "ru": "Глава XVII", "zh": "第十七章"}),
    ("part:2", "Part II", {"es": "Parte II", "ru": "Часть II", "ar": "الجزء الثاني", "zh": "第二部分"}),
    ("section:1", "Section A", {"es": "Sección A", "ru": "Раздел A", "ar": "الفرع ألف", "zh": "A节"}),
    ("article:5", "Article 5", {"es": "Artículo 5", "ru": "Статья 5", "ar": "المادة 5", "zh": "第5条"}),
]


@pytest.mark.parametrize(("key", "english", "forms"), RENDER)
def test_each_language_prints_a_key_its_own_way_and_reads_it_back(
    key: str, english: str, forms: dict[str, str]
) -> None:
    assert render_label(key, "en", english) == english
    for lang, form in forms.items():
        assert render_label(key, lang, english) == form
        assert label_key(form, lang) == key, (lang, form)


def test_a_numbering_that_restarts_in_every_section_is_told_apart_by_its_path() -> None:
    keys = ["part:1", "L:1", "n:1", "n:2", "L:2", "n:1", "a:1", "a:2", "n:2", "part:2", "n:1"]
    assert label_paths(keys) == [
        "part:1", "part:1/L:1", "part:1/L:1/n:1", "part:1/L:1/n:2", "part:1/L:2", "part:1/L:2/n:1",
        "part:1/L:2/n:1/a:1", "part:1/L:2/n:1/a:2", "part:1/L:2/n:2", "part:2", "part:2/n:1",
    ]


@pytest.mark.parametrize(
    ("seen", "line", "key"),
    [
        (["a:8"], "(i) ninth item", "a:9"),  # after (h), (i) is the ninth letter
        (["n:3"], "(i) first sub-item", "r:1"),
        (["a:21"], "(v) twenty-second", "a:22"),
        (["R:1", "L:8"], "I. Ninth section", "L:9"),
        ([], "I. Introduction", "R:1"),
    ],
)
def test_an_ambiguous_label_reads_as_what_comes_next(seen: list[str], line: str, key: str) -> None:
    context = LabelContext()
    for k in seen:
        context.push(k)
    label = read_label(line, "en")
    assert label is not None and context.resolve(label) == key
