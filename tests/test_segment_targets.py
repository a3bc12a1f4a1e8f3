"""Segmentation of supplied translations: each language's masthead, furniture and script."""

from __future__ import annotations

import pytest

from pipeline.model import (
    AGENDA,
    AGENDA_TITLE,
    DATE,
    MASTHEAD,
    NUMBERED,
    PARAGRAPH,
    PLACE_DATE,
    SESSION,
)
from pipeline.segment import segment_text

MASTHEADS = {
    "fr": (
        "Nations Unies A/68/500\n\nAssemblée générale Distr. générale\n3 octobre 2013\n\n"
        "Français\nOriginal : anglais\n\nSoixante-huitième session\nPoint 108 de l'ordre du jour\n"
        "Prévention du crime et justice pénale\n",
        [
            "Nations Unies",
            "Assemblée générale",
            "Distr. générale",
            "3 octobre 2013",
            "Original : anglais",
            "Soixante-huitième session",
            "Point 108 de l'ordre du jour",
            "Prévention du crime et justice pénale",
        ],
    ),
    "es": (
        "Naciones Unidas A/68/500\n\nAsamblea General Distr. general\n3 de octubre de 2013\n\n"
        "Español\nOriginal: inglés\n\nSexagésimo octavo período de sesiones\n"
        "Tema 108 del programa\n"
        "Prevención del delito y justicia penal\n",
        [
            "Naciones Unidas",
            "Asamblea General",
            "Distr. general",
            "3 de octubre de 2013",
            "Original: inglés",
            "Sexagésimo octavo período de sesiones",
            "Tema 108 del programa",
            "Prevención del delito y justicia penal",
        ],
    ),
    "ru": (
        "Организация Объединенных Наций A/68/500\n\nГенеральная Ассамблея Distr.: General\n"
        "3 October 2013\nRussian\nOriginal: English\n\nШестьдесят восьмая сессия\n"
        "Пункт 108 повестки дня\nПредупреждение преступности и уголовное правосудие\n",
        [
            "Организация Объединенных Наций",
            "Генеральная Ассамблея",
            "Distr.: General",
            "3 October 2013",
            "Original: English",
            "Шестьдесят восьмая сессия",
            "Пункт 108 повестки дня",
            "Предупреждение преступности и уголовное правосудие",
        ],
    ),
    "ar": (
        "الأمم المتحدة A/68/500\n\nالجمعية العامة Distr.: General\n3 October 2013\nArabic\n"
        "Original: English\n\nالدورة الثامنة والستون\nالبند 108 من جدول الأعمال\n"
        "منع الجريمة والعدالة الجنائية\n",
        [
            "الأمم المتحدة",
            "الجمعية العامة",
            "Distr.: General",
            "3 October 2013",
            "Original: English",
            "الدورة الثامنة والستون",
            "البند 108 من جدول الأعمال",
            "منع الجريمة والعدالة الجنائية",
        ],
    ),
    "zh": (
        "联 合 国 A/68/500\n\n大 会 Distr.: General\n3 October 2013\nChinese\nOriginal: English\n\n"
        "第六十八届会议\n议程项目108\n预防犯罪和刑事司法\n",
        [
            "联合国",
            "大会",
            "Distr.: General",
            "3 October 2013",
            "Original: English",
            "第六十八届会议",
            "议程项目108",
            "预防犯罪和刑事司法",
        ],
    ),
}
MASTHEAD_KINDS = [MASTHEAD, MASTHEAD, MASTHEAD, DATE, MASTHEAD, SESSION, AGENDA, AGENDA_TITLE]


@pytest.mark.parametrize("lang", sorted(MASTHEADS))
def test_translated_masthead_has_the_english_kinds_and_drops_the_language_line(lang: str) -> None:
    text, expected = MASTHEADS[lang]
    doc = segment_text(text, lang, f"source/{lang}/A_68_500.txt")
    assert doc.symbol == "A/68/500"
    assert [s.text for s in doc.segments] == expected
    assert [s.kind for s in doc.segments] == MASTHEAD_KINDS


FURNITURE = [
    ("fr", "13-49986 (F) 081013 091013\n*1349986*\nMerci de recycler", "Merci"),
    ("es", "13-49986 (S) 081013 091013\n*1349986*\nSírvase reciclar", "reciclar"),
    (
        "ru",
        "13-49986 (R) 081013 091013\n*1349986*\nПросьба отправить на вторичную переработку",
        "Просьба",
    ),
    ("ar", "13-49986 (A) 081013 091013\n*1349986*\nالرجاء إعادة الاستعمال", "الرجاء"),
    ("zh", "13-49986 (C) 081013 091013\n*1349986*\n请回收", "请回收"),
    # The recycling logo, when the PDF's text layer has it, on the same line.
    ("fr", "13-49986 (F) 081013 091013\n*1349986*\nMerci de recycler ♲", "Merci"),
    ("ru", "13-49986 (R)\n*1349986*\nПросьба отправить на вторичную переработку \u267b", "Просьба"),
    ("zh", "13-49986 (C)\n*1349986*\n请回收♲", "请回收"),
]
BODY = {
    "fr": "Nous saluons les résultats de l'atelier tenu à Minsk.",
    "es": "Acogemos con beneplácito los resultados del taller celebrado en Minsk.",
    "ru": "Приветствуем итоги практикума, проведенного в Минске.",
    "ar": "نرحب بنتائج حلقة العمل المعقودة في مينسك.",
    "zh": "欢迎在明斯克举行的讲习班的成果。",
}


@pytest.mark.parametrize(("lang", "furniture", "word"), FURNITURE)
def test_job_number_bar_code_and_recycling_line_are_not_segments(
    lang: str, furniture: str, word: str
) -> None:
    text = f"## Titre\n\n- 1. {BODY[lang]}\n\n2/3\n\n- 2. {BODY[lang]}\n\n{furniture}\n"
    doc = segment_text(text, lang)
    joined = "\n".join(s.text for s in doc.segments)
    assert "13-49986" not in joined and "1349986" not in joined and "2/3" not in joined
    assert word not in joined
    assert [s.number for s in doc.segments if s.kind == NUMBERED] == ["1.", "2."]


CUT_PARAGRAPHS = [
    (
        "zh",
        "- 8. 欢迎在明斯克（白俄罗斯）举行的讲习班的成果，并希望举办此类活动的做法\n\n2/3\n\n"
        "将继续下去，从而为执行《全球行动计划》作出积极贡献；\n",
        "欢迎在明斯克（白俄罗斯）举行的讲习班的成果，并希望举办此类活动的做法将继续下去，"
        "从而为执行《全球行动计划》作出积极贡献；",
    ),
    (
        "ar",
        "- 8 - نرحب بنتائج حلقة العمل المعقودة في مينسك (بيلاروس)، "
        "ونعرب عن الأمل في أن تستمر هذه الممارسة،\n\n"
        "2/3\n\nمما يسهم إسهاما إيجابيا في تنفيذ خطة العمل العالمية؛\n",
        "نرحب بنتائج حلقة العمل المعقودة في مينسك (بيلاروس)، "
        "ونعرب عن الأمل في أن تستمر هذه الممارسة، "
        "مما يسهم إسهاما إيجابيا في تنفيذ خطة العمل العالمية؛",
    ),
    (
        "ru",
        "- 8. Приветствуем итоги практикума и выражаем надежду, "
        "что практика проведения таких мероприятий\n\n"
        "2/3\n\nбудет продолжена;\n",
        "Приветствуем итоги практикума и выражаем надежду, "
        "что практика проведения таких мероприятий "
        "будет продолжена;",
    ),
    (
        "fr",
        "- 8. Saluons les résultats de l'atelier et exprimons l'espoir que la pratique se"
        "\n\n2/3\n\n"
        "poursuivra, contribuant ainsi à la mise en œuvre du Plan d'action mondial;\n",
        "Saluons les résultats de l'atelier et exprimons l'espoir que la pratique se poursuivra, "
        "contribuant ainsi à la mise en œuvre du Plan d'action mondial;",
    ),
]


@pytest.mark.parametrize(("lang", "text", "whole"), CUT_PARAGRAPHS)
def test_paragraph_cut_by_a_page_break_is_one_segment(lang: str, text: str, whole: str) -> None:
    doc = segment_text("## Titre\n\n" + text, lang)
    body = [s for s in doc.segments if s.kind in (NUMBERED, PARAGRAPH)]
    assert [(s.number, s.text) for s in body] == [(body[0].number, whole)]


def test_chinese_lines_join_without_space_between_ideographs_but_with_one_between_latin_words() -> (
    None
):
    text = (
        "## 标题\n\n- 9. 联合国毒品和犯罪问题办公室（United Nations Office on Drugs and\n"
        "Crime）的活动\n和成果。\n"
    )
    doc = segment_text(text, "zh")
    assert (
        doc.segments[-1].text
        == "联合国毒品和犯罪问题办公室（United Nations Office on Drugs and Crime）的活动和成果。"
    )


NUMBERS = [
    ("ar", "- 1 - نؤكد من جديد الإعلانات السابقة؛", "1 -", "نؤكد من جديد الإعلانات السابقة؛"),
    ("ar", "- ١ - نؤكد من جديد الإعلانات السابقة؛", "١ -", "نؤكد من جديد الإعلانات السابقة؛"),
    ("ar", "(أ) البند الأول؛", "(أ)", "البند الأول؛"),
    ("ru", "а) первое;", "а)", "первое;"),
    ("zh", "（a）第一项；", "（a）", "第一项；"),
    ("fr", "- 3. Saluons les résultats;", "3.", "Saluons les résultats;"),
    # Roman sub-items (i), (ii): "’1‘" in Arabic, "㈠" in Chinese.
    ("ar", "- ’1‘ البند الفرعي الأول؛", "’1‘", "البند الفرعي الأول؛"),
    ("zh", "- ㈠ 第一分项；", "㈠", "第一分项；"),
    ("zh", "㈡第二分项；", "㈡", "第二分项；"),
]


@pytest.mark.parametrize(("lang", "line", "number", "text"), NUMBERS)
def test_paragraph_numbers_of_each_language_are_kept_apart_from_the_text(
    lang: str, line: str, number: str, text: str
) -> None:
    doc = segment_text(f"## Titre\n\n{line}\n", lang)
    last = doc.segments[-1]
    assert (last.kind, last.number, last.text) == (NUMBERED, number, text)


def test_english_number_range_before_latin_text_is_not_a_paragraph_number() -> None:
    doc = segment_text("## Title\n\n10 - 12 May 2014 was the week of the meeting.\n", "en")
    assert doc.segments[-1].number == ""
    assert doc.segments[-1].text.startswith("10 - 12 May")


PLACE_DATES = [
    ("fr", "New York, le 26 septembre 2013"),
    ("es", "Nueva York, 26 de septiembre de 2013"),
    ("ru", "Нью-Йорк, 26 сентября 2013 года"),
    ("ar", "نيويورك، 26 أيلول/سبتمبر 2013"),
    ("zh", "2013年9月26日，纽约"),
]


@pytest.mark.parametrize(("lang", "line"), PLACE_DATES)
def test_closing_place_and_date_is_recognised_in_every_language(lang: str, line: str) -> None:
    doc = segment_text(f"## Titre\n\n{BODY[lang]}\n\n{line}\n", lang)
    assert (doc.segments[-1].kind, doc.segments[-1].text) == (PLACE_DATE, line)
