"""Segmentation of supplied translations: each language's masthead, furniture and script."""

from __future__ import annotations

import re

import pytest
from realistic import generate

from pipeline.model import (
    AGENDA,
    AGENDA_TITLE,
    ANNEX,
    DATE,
    FOOTNOTE,
    MASTHEAD,
    NUMBERED,
    PARAGRAPH,
    PLACE_DATE,
    SESSION,
)
from pipeline.rebuild import rebuild_text
from pipeline.segment import segment_id, segment_text

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


# -- labels in every language --------------------------------------------------------------

# (language, line, label as printed, canonical key, text after the label)
LABELS = [
    ("fr", "a) Accroître la part de la population;", "a)", "a:1", "Accroître la part de la population;"),
    ("fr", "iv) Quatrième alinéa;", "iv)", "r:4", "Quatrième alinéa;"),
    ("fr", "I. Introduction", "I.", "R:1", "Introduction"),
    ("fr", "A. Contexte", "A.", "L:1", "Contexte"),
    ("fr", "Chapitre II Questions d'organisation", "Chapitre II", "chapter:2", "Questions d'organisation"),
    ("fr", "Première partie", "Première partie", "part:1", ""),
    ("fr", "Article 5", "Article 5", "article:5", ""),
    ("fr", "1.1 Le Comité prend note du rapport.", "1.1", "n:1.1", "Le Comité prend note du rapport."),
    ("fr", "1.a Le Comité prend note du rapport.", "1.a", "n:1.a", "Le Comité prend note du rapport."),
    ("es", "a) Aumentar la proporción de la población;", "a)", "a:1", "Aumentar la proporción de la población;"),
    ("es", "Capítulo II Cuestiones de organización", "Capítulo II", "chapter:2", "Cuestiones de organización"),
    ("es", "Parte I", "Parte I", "part:1", ""),
    ("es", "Sección A", "Sección A", "section:1", ""),
    ("es", "Artículo 5", "Artículo 5", "article:5", ""),
    ("ru", "а) Увеличить долю населения;", "а)", "a:1", "Увеличить долю населения;"),
    ("ru", "в) Выделить средства;", "в)", "a:3", "Выделить средства;"),
    ("ru", "ii) Второй подпункт;", "ii)", "r:2", "Второй подпункт;"),
    ("ru", "Глава II Организационные вопросы", "Глава II", "chapter:2", "Организационные вопросы"),
    ("ru", "Часть I", "Часть I", "part:1", ""),
    ("ru", "Раздел A", "Раздел A", "section:1", ""),
    ("ru", "Статья 5", "Статья 5", "article:5", ""),
    ("ru", "A. Общие сведения", "A.", "L:1", "Общие сведения"),
    ("ru", "1.а Комитет принимает к сведению доклад.", "1.а", "n:1.a", "Комитет принимает к сведению доклад."),
    ("ar", "١- تؤكد اللجنة من جديد التزامها.", "١-", "n:1", "تؤكد اللجنة من جديد التزامها."),
    ("ar", "1-1 تحيط اللجنة علما بالتقرير.", "1-1", "n:1.1", "تحيط اللجنة علما بالتقرير."),
    ("ar", "1-أ تحيط اللجنة علما بالتقرير.", "1-أ", "n:1.a", "تحيط اللجنة علما بالتقرير."),
    ("ar", "(هـ) البند الخامس؛", "(هـ)", "a:5", "البند الخامس؛"),
    ("ar", "(1) البند الفرعي الأول؛", "(1)", "r:1", "البند الفرعي الأول؛"),
    ("ar", "أولا - مقدمة", "أولا -", "R:1", "مقدمة"),
    ("ar", "ألف - معلومات أساسية", "ألف -", "L:1", "معلومات أساسية"),
    ("ar", "الفصل الثاني المسائل التنظيمية", "الفصل الثاني", "chapter:2", "المسائل التنظيمية"),
    ("ar", "الجزء الأول", "الجزء الأول", "part:1", ""),
    ("ar", "الفرع ألف", "الفرع ألف", "section:1", ""),
    ("ar", "المادة 5", "المادة 5", "article:5", ""),
    ("zh", "1.1 委员会注意到报告。", "1.1", "n:1.1", "委员会注意到报告。"),
    ("zh", "(a) 提高人口比例；", "(a)", "a:1", "提高人口比例；"),
    ("zh", "(一) 第一分项；", "(一)", "r:1", "第一分项；"),
    ("zh", "一. 导言", "一.", "R:1", "导言"),
    ("zh", "二、组织事项", "二、", "R:2", "组织事项"),
    ("zh", "A. 背景", "A.", "L:1", "背景"),
    ("zh", "第二章 组织事项", "第二章", "chapter:2", "组织事项"),
    ("zh", "第一部分", "第一部分", "part:1", ""),
    ("zh", "A节", "A节", "section:1", ""),
    ("zh", "第5条", "第5条", "article:5", ""),
]
LEAD = {
    "fr": "Le Conseil a décidé ce qui suit :",
    "es": "El Consejo decidió lo siguiente:",
    "ru": "Совет постановил следующее:",
    "ar": "قرر المجلس ما يلي:",
    "zh": "理事会决定如下：",
}
AFTER = {
    "fr": "Le Conseil a clos sa session.",
    "es": "El Consejo clausuró su período de sesiones.",
    "ru": "Совет закрыл свою сессию.",
    "ar": "واختتم المجلس دورته.",
    "zh": "理事会闭会。",
}


@pytest.mark.parametrize(("lang", "line", "number", "key", "text"), LABELS)
def test_labels_of_every_language_are_metadata_with_the_english_key(
    lang: str, line: str, number: str, key: str, text: str
) -> None:
    doc = segment_text(f"## Titre\n\n{LEAD[lang]}\n\n{line}\n\n{AFTER[lang]}\n", lang)
    seg = next(s for s in doc.segments if s.label)
    if text:
        assert (seg.number, seg.label, seg.text) == (number, key, text)
        assert number not in seg.text
    else:
        # A heading's label with no title of its own ("Article 5" above a sentence) is
        # a heading whose text is the label as printed, no number beside it, its key kept.
        assert (seg.number, seg.label, seg.text) == ("", key, number)
        assert doc.segments[-1].text == AFTER[lang] and not doc.segments[-1].label


# A page break between two labelled items, the first without a full stop: the
# job number with the language's letter, the next page's header with its title.
PAGE_BREAKS = {
    "fr": ("a) Organiser une réunion-débat", "b) Demander un rapport",
           "GE.15-05512 (F)    230315    240315", "A/HRC/28/L.1 Projet de rapport du Conseil des droits de l'homme"),
    "es": ("a) Celebrar una mesa redonda", "b) Solicitar un informe",
           "GE.15-05512 (S)    230315    240315", "Proyecto de informe del Consejo de Derechos Humanos A/HRC/28/L.1"),
    "ru": ("а) провести дискуссию", "б) запросить доклад",
           "GE.15-05512 (R)    230315    240315", "A/HRC/28/L.1 Проект доклада Совета по правам человека"),
    "ar": ("(أ) عقد حلقة نقاش", "(ب) طلب تقرير",
           "GE.15-05512 (A)    230315    240315", "A/HRC/28/L.1 مشروع تقرير مجلس حقوق الإنسان"),
    "zh": ("(a) 举行小组讨论", "(b) 要求提交报告",
           "GE.15-05512 (C)    230315    240315", "A/HRC/28/L.1 人权理事会报告草稿"),
}


@pytest.mark.parametrize("lang", sorted(PAGE_BREAKS))
def test_labelled_items_cut_by_a_page_break_stay_two_segments(lang: str) -> None:
    first, second, job, header = PAGE_BREAKS[lang]
    text = (
        f"{MASTHEADS[lang][0].replace('A/68/500', 'A/HRC/28/L.1')}\n## Titre\n\n{LEAD[lang]}\n\n"
        f"{first}\n\n{job}\n\n{header}\n\n2/9\n\n{second}\n\n{AFTER[lang]}\n"
    )
    doc = segment_text(text, lang)
    labelled = [(s.label, s.text) for s in doc.segments if s.label]
    assert labelled == [("a:1", first.split(" ", 1)[1]), ("a:2", second.split(" ", 1)[1])]
    assert not any("GE.15" in s.text or "A/HRC" in s.text for s in doc.segments)


def test_chinese_paragraph_cut_between_two_ideographs_by_a_page_break_is_one_segment() -> None:
    text = (
        "## 标题\n\n1. 理事会欢迎在明斯克举行的讲习班的成果并希望此类活\n\n"
        "15-13217 (C)    170815    180815\n\nA/RES/69/313 第三次发展筹资问题国际会议亚的斯亚贝巴行动议程\n\n3/37\n\n"
        "动将继续举办。\n\n2. 理事会决定继续处理此案。\n"
    )
    doc = segment_text(text, "zh")
    assert [(s.number, s.text) for s in doc.segments[1:]] == [
        ("1.", "理事会欢迎在明斯克举行的讲习班的成果并希望此类活动将继续举办。"),
        ("2.", "理事会决定继续处理此案。"),
    ]




# -- kashida -------------------------------------------------------------------------------

_AR_DOCUMENT = (
    "الأمم المتحدة A/68/500\n\nالجمعية العامة Distr.: General\n3 October 2013\nArabic\nOriginal: English\n\n"
    "الدورة الثامنة والستون\nالبند 108 من جدول الأعمال\nمنع الجريمة والعدالة الجنائية\n\n"
    "## رسالة مؤرخة 26 أيلول/سبتمبر 2013 موجهة إلى الأمين العام\n\n"
    "إن الجمعية العامة،\n\n"
    "إذ تشير إلى قرارها 67/1 المؤرخ 24 أيلول/سبتمبر 2012،\n\n"
    "وإذ تلاحظ مع القلق استمرار النزاعات المسلحة في المنطقة،\n\n"
    "١ - تدين بشدة جميع الهجمات التي تستهدف المدنيين في حالات النزاع المسلح وتطالب\n\n"
    "13-49986\n\nA/68/500\n\n2/3\n\n"
    "جميع الأطراف بالامتثال لالتزاماتها بموجب القانون الدولي؛\n\n"
    "٢ - تقرر أن تبقي المسألة قيد نظرها:\n(أ) تعزيز التعاون الإقليمي؛\n(ب) دعم الجهود الوطنية؛\n\n"
    "الفصل الثاني\n\nالتعاون الدولي في مجال منع الجريمة\n\n"
    "ألف - المساعدة التقنية\n\n"
    "٣ - ترحب بعقد حلقة العمل في داكار.\n\n"
    "الجلسة العامة 51\n\nنيويورك، 26 أيلول/سبتمبر 2013\n\n"
    "3/3 13-49986\n\nالرجاء إعادة الاستعمال\n"
)
_DUAL_JOINING = set("بتثجحخسشصضطظعغفقكلمنهيئ")


def _stretched(text: str) -> str:
    """Every Arabic word of four letters or more stretched with kashida after its first
    letter that joins the next, as a justified PDF prints some of them."""

    def stretch(word: str) -> str:
        for k in range(len(word) - 1):
            if word[k] in _DUAL_JOINING and word[k + 1] not in "اأإآ" and "\u0621" <= word[k + 1] <= "\u064a":
                return word[: k + 1] + "\u0640" + word[k + 1 :]
        return word

    return re.sub("[\u0621-\u064a]{4,}", lambda m: stretch(m.group()), text)


def test_kashida_is_kept_in_the_text_and_changes_no_decision() -> None:
    """The official Arabic text keeps its kashida as printed; labels, masthead, furniture,
    page breaks and kinds are read past it."""
    plain = segment_text(_AR_DOCUMENT, "ar")
    stretched = segment_text(_stretched(_AR_DOCUMENT), "ar")
    assert "\u0640" in _stretched(_AR_DOCUMENT)

    def bare(text: str) -> str:
        return text.replace("\u0640", "")

    assert [(s.kind, s.label, bare(s.number), bare(s.text)) for s in stretched.segments] == [
        (s.kind, s.label, s.number, s.text) for s in plain.segments
    ]
    assert [s.label for s in plain.segments if s.label] == ["n:1", "n:2", "a:1", "a:2", "chapter:2", "L:1", "n:3"]
    assert not any("2/3" in s.text or "الرجاء" in s.text or "13-49986" in s.text for s in stretched.segments)
    stretched_texts = [s.text for s in stretched.segments if "\u0640" in s.text]
    assert len(stretched_texts) >= 10
    # As printed: the stretched words of the input, where the input had them.
    assert any(s.text.startswith("تـدين بـشدة") for s in stretched.segments), [s.text for s in stretched.segments]
    assert any(s.number == "الـفصل الـثاني" for s in stretched.segments)


# -- a numbered paragraph after a preamble, cut after a comma by a page break --------------

_AFTER_PREAMBLE = {
    "en": ("The General Assembly,", "*Recalling* its resolution 67/1 of 24 September 2012,",
           "*Noting with concern* the continuing armed conflicts in the region,",
           "1.", "*Condemns* in the strongest terms all attacks against civilians in situations of armed conflict,",
           "and demands that all parties immediately cease such attacks;",
           "2.", "*Decides* to remain seized of the matter."),
    "fr": ("L'Assemblée générale,", "*Rappelant* sa résolution 67/1 du 24 septembre 2012,",
           "*Notant avec préoccupation* la persistance des conflits armés dans la région,",
           "1.", "*Condamne* avec la plus grande fermeté toutes les attaques dirigées contre des civils,",
           "et exige que toutes les parties y mettent fin immédiatement ;",
           "2.", "*Décide* de rester saisie de la question."),
    "es": ("La Asamblea General,", "*Recordando* su resolución 67/1, de 24 de septiembre de 2012,",
           "*Observando con preocupación* la persistencia de los conflictos armados en la región,",
           "1.", "*Condena* en los términos más enérgicos todos los ataques contra civiles,",
           "y exige que todas las partes pongan fin de inmediato a esos ataques;",
           "2.", "*Decide* seguir ocupándose de la cuestión."),
    "ru": ("Генеральная Ассамблея,", "*ссылаясь* на свою резолюцию 67/1 от 24 сентября 2012 года,",
           "*выражая обеспокоенность* продолжением вооруженных конфликтов в регионе,",
           "1.", "*решительно осуждает* все нападения на гражданских лиц в ситуациях вооруженного конфликта,",
           "требуя, чтобы все стороны немедленно прекратили такие нападения;",
           "2.", "*постановляет* продолжать заниматься этим вопросом."),
    "ar": ("إن الجمعية العامة،", "*إذ تشير* إلى قرارها 67/1 المؤرخ 24 أيلول/سبتمبر 2012،",
           "*وإذ تلاحظ مع القلق* استمرار النزاعات المسلحة في المنطقة،",
           "١ -", "*تدين* بأشد العبارات جميع الهجمات على المدنيين في حالات النزاع المسلح،",
           "وتطالب جميع الأطراف بالكف عن هذه الهجمات فورا؛",
           "٢ -", "*تقرر* أن تبقي المسألة قيد نظرها."),
    "zh": ("大会，", "*回顾*其2012年9月24日第67/1号决议，",
           "*关切地注意到*该区域武装冲突持续不断，",
           "1.", "*最强烈地谴责*在武装冲突局势中针对平民的一切攻击，",
           "并要求各方立即停止此类攻击；",
           "2.", "*决定*继续处理此案。"),
}


@pytest.mark.parametrize("lang", sorted(_AFTER_PREAMBLE))
@pytest.mark.parametrize("furniture", ["13-49986\n\nA/68/500\n\n2/3", "A/68/500 2/3 13-49986"])
def test_numbered_paragraph_after_a_preamble_cut_after_a_comma_is_one_segment(lang: str, furniture: str) -> None:
    """The paragraphs before end with a comma, as a preamble's do; the cut one is numbered,
    an operative paragraph: its rest after the page break is its own, in every language."""
    lead, pre1, pre2, one, first, rest, two, last = _AFTER_PREAMBLE[lang]
    text = (
        f"## Title\n\n{lead}\n\n{pre1}\n\n{pre2}\n\n{one} {first}\n\n{furniture}\n\n{rest}\n\n{two} {last}\n"
    )
    doc = segment_text(text, lang)
    joined = first + ("" if lang == "zh" else " ") + rest
    numbered = [(s.label, s.text) for s in doc.segments if s.label]
    assert numbered == [("n:1", joined.replace("*", "")), ("n:2", last.replace("*", ""))]
    # and the preamble's paragraphs, each ending with a comma, stay apart
    assert [s.text for s in doc.segments[1:4]] == [x.replace("*", "") for x in (lead, pre1, pre2)]


# -- headings with no title of their own ------------------------------------------------------

# (language, heading as printed, its key, a title for it, the language's paragraph labels)
BARE_HEADINGS = [
    ("en", "Article 1", "article:1", "Scope of application", ("1.", "2.")),
    ("fr", "Article premier", "article:1", "Champ d'application", ("1.", "2.")),
    ("es", "Artículo 1", "article:1", "Ámbito de aplicación", ("1.", "2.")),
    ("ru", "Статья 1", "article:1", "Сфера применения", ("1.", "2.")),
    ("ar", "المادة 1", "article:1", "نطاق التطبيق", ("١ -", "٢ -")),
    ("zh", "第1条", "article:1", "适用范围", ("1.", "2.")),
    ("en", "Chapter IV", "chapter:4", "Cooperation", ("1.", "2.")),
    ("fr", "Chapitre IV", "chapter:4", "Coopération", ("1.", "2.")),
    ("ru", "Глава IV", "chapter:4", "Сотрудничество", ("1.", "2.")),
    ("ar", "الفصل الرابع", "chapter:4", "التعاون", ("١ -", "٢ -")),
    ("zh", "第四章", "chapter:4", "合作", ("1.", "2.")),
    ("en", "Part Two", "part:2", "Administration", ("1.", "2.")),
    ("fr", "Deuxième partie", "part:2", "Administration", ("1.", "2.")),
    ("es", "Segunda parte", "part:2", "Administración", ("1.", "2.")),
]
_PARAGRAPHS = {
    "en": ("The present Convention applies to all States Parties.", "It enters into force on 1 January 2016."),
    "fr": ("La présente Convention s'applique à tous les États parties.", "Elle entre en vigueur le 1er janvier 2016."),
    "es": ("La presente Convención se aplica a todos los Estados partes.", "Entrará en vigor el 1 de enero de 2016."),
    "ru": ("Настоящая Конвенция применяется ко всем государствам-участникам.", "Она вступает в силу 1 января 2016 года."),
    "ar": ("تنطبق هذه الاتفاقية على جميع الدول الأطراف.", "يبدأ نفاذها في 1 كانون الثاني/يناير 2016."),
    "zh": ("本公约适用于所有缔约国。", "本公约于2016年1月1日生效。"),
}


@pytest.mark.parametrize(("lang", "heading", "key", "title", "labels"), BARE_HEADINGS)
@pytest.mark.parametrize("form", ["markdown", "plain"])
def test_heading_label_with_no_title_is_a_heading_whose_text_is_the_label(
    lang: str, heading: str, key: str, title: str, labels: tuple[str, str], form: str
) -> None:
    """"Article 1" directly above numbered paragraphs (conventions, 1947-style plans):
    a segment to translate, text as printed, no number (it would print twice), its key
    kept to anchor the alignment; never a segment with no text."""
    first, second = _PARAGRAPHS[lang]
    lead = "## " if form == "markdown" else ""
    text = f"## Titre\n\n{lead}{heading}\n\n{labels[0]} {first}\n\n{labels[1]} {second}\n"
    doc = segment_text(text, lang)
    assert [(s.text, s.number, s.label) for s in doc.segments[1:]] == [
        (heading, "", key), (first, labels[0], "n:1"), (second, labels[1], "n:2"),
    ]
    assert all(s.text and s.id != segment_id("") for s in doc.segments)


@pytest.mark.parametrize(("lang", "heading", "key", "title", "labels"), BARE_HEADINGS)
@pytest.mark.parametrize("layout", ["## {h} {t}", "## {h}\n## {t}", "{h}\n{t}", "{h} {t}"])
def test_heading_label_with_its_title_on_the_same_or_next_line_labels_the_title(
    lang: str, heading: str, key: str, title: str, labels: tuple[str, str], layout: str
) -> None:
    first, _ = _PARAGRAPHS[lang]
    text = f"## Titre\n\n{layout.format(h=heading, t=title)}\n\n{labels[0]} {first}\n"
    doc = segment_text(text, lang)
    assert [(s.text, s.number, s.label) for s in doc.segments[1:3]] == [(title, heading, key), (first, labels[0], "n:1")]


@pytest.mark.parametrize(
    ("lang", "annex", "key"),
    [("en", "Annex II", "annex:2"), ("fr", "Annexe II", "annex:2"), ("es", "Anexo II", "annex:2"),
     ("ru", "Приложение II", "annex:2"), ("ar", "المرفق الثاني", "annex:2"), ("zh", "附件二", "annex:2"),
     ("en", "Annex", ""), ("fr", "Annexe", "")],
)
def test_annex_heading_standing_alone_is_text_with_its_number_as_key(lang: str, annex: str, key: str) -> None:
    first, _ = _PARAGRAPHS[lang]
    doc = segment_text(f"## Titre\n\n{first}\n\n## {annex}\n\n## Déclaration\n\n{first}\n", lang)
    heading = next(s for s in doc.segments if s.text == annex)
    assert (heading.kind, heading.number, heading.label) == (ANNEX, "", key)


def test_a_heading_label_standing_alone_is_printed_once_in_every_rebuilt_language() -> None:
    english = segment_text(f"## Convention\n\n## Article 1\n\n1. {_PARAGRAPHS['en'][0]}\n\n2. {_PARAGRAPHS['en'][1]}\n")
    french = {"Article 1": ("Article premier", False), _PARAGRAPHS["en"][0]: (_PARAGRAPHS["fr"][0], False)}
    for lang, translations, expected in (("en", {}, "## Article 1"), ("fr", french, "## Article premier")):
        lines = rebuild_text(english, translations, lang, threshold=0.0).splitlines()
        assert expected in lines
        assert not any(line.count("Article") > 1 for line in lines)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh"])
def test_no_generated_document_segments_into_an_empty_segment(lang: str) -> None:
    """Property over many generated documents of every kind: no segment is empty (its msgid
    would be "", the catalogue's header), whatever labels stand alone or page breaks fall."""
    seen_bare = 0
    for seed in range(3000, 3300):
        doc = generate(seed, ("en", lang))
        segments = segment_text(doc.texts[lang], lang).segments
        assert all(s.text.strip() and s.id != segment_id("") for s in segments), seed
        seen_bare += sum(1 for s in segments if s.label and not s.number and s.kind != FOOTNOTE)
    assert seen_bare > 20
