"""The consistency checks of issue 4: tables of passing, failing and must-not-fire cases."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from babel import numbers as babel_numbers
from hypothesis import given
from hypothesis import strategies as st

from pipeline.checks import (
    CHECKS,
    CHRF_THRESHOLD,
    Unit,
    check_chrf,
    check_dates,
    check_length,
    check_length_siblings,
    check_numbering,
    check_numbers,
    check_punctuation,
    check_repeats,
    check_symbols,
    check_terms,
    chrf_signature,
    repeats_across_documents,
    run_checks,
)
from pipeline.checks.dates import EnglishDate, english_dates, expected_date, month_forms
from pipeline.checks.figures import numbers_to_check, ordinals, reordered
from pipeline.checks.text import ascii_digits, chinese_value, symbols, target_numbers
from pipeline.checks.words import number_words
from pipeline.glossary import Glossary, load_glossary
from pipeline.model import DATE, MASTHEAD, NUMBERED, PARAGRAPH, TITLE, Finding

GLOSSARY_FILE = Path(__file__).resolve().parent.parent / "glossary" / "un-terms.tbx"


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(GLOSSARY_FILE)


def unit(lang: str, english: str, translation: str, **fields: object) -> Unit:
    fields.setdefault("kind", PARAGRAPH)
    return Unit(lang=lang, english=english, translation=translation, **fields)  # type: ignore[arg-type]


# Real segments of A/68/500 and their translations, in the UN's style.
PARAGRAPH_3 = (
    "Welcome the outcome of the high-level meeting of the General Assembly held during its "
    "sixty-seventh session from 13 to 15 May 2013 to appraise the progress achieved in the "
    "implementation of the Global Plan of Action that, inter alia, evinced strong political "
    "will to step up efforts against trafficking in persons;"
)
PARAGRAPH_3_IN = {
    "fr": "Se félicitent des résultats de la réunion de haut niveau de l'Assemblée générale "
    "tenue pendant sa soixante-septième session, du 13 au 15 mai 2013, pour évaluer les "
    "progrès accomplis dans la mise en œuvre du Plan d'action mondial, qui a notamment "
    "témoigné d'une forte volonté politique d'intensifier les efforts de lutte contre la "
    "traite des personnes;",
    "es": "Acogemos con beneplácito los resultados de la reunión de alto nivel de la Asamblea "
    "General celebrada durante su sexagésimo séptimo período de sesiones, del 13 al 15 de "
    "mayo de 2013, para evaluar los progresos logrados en la aplicación del Plan de Acción "
    "Mundial, que, entre otras cosas, puso de manifiesto una firme voluntad política de "
    "intensificar los esfuerzos contra la trata de personas;",
    "ru": "приветствуем итоги заседания высокого уровня Генеральной Ассамблеи, проведенного в "
    "ходе ее шестьдесят седьмой сессии 13–15 мая 2013 года для оценки прогресса, "
    "достигнутого в осуществлении Глобального плана действий, которое, в частности, "
    "продемонстрировало твердую политическую волю к активизации усилий по борьбе с "
    "торговлей людьми;",
    "ar": "نرحب بنتائج الاجتماع الرفيع المستوى للجمعية العامة الذي عقد خلال دورتها السابعة "
    "والستين في الفترة من 13 إلى 15 أيار/مايو 2013 لتقييم التقدم المحرز في تنفيذ خطة العمل "
    "العالمية، والذي أظهر، في جملة أمور، إرادة سياسية قوية لتكثيف الجهود المبذولة لمكافحة "
    "الاتجار بالأشخاص؛",
    "zh": "欢迎大会第六十七届会议期间于2013年5月13日至15日举行的评估全球行动计划执行进展情况的"
    "高级别会议的成果，该会议除其他外表明了加紧打击贩运人口行动的坚定政治意愿；",
}
PARAGRAPH_5 = (
    "Express support for the activities of the United Nations Office on Drugs and Crime "
    "(UNODC) as coordinator of the Inter-Agency Coordination Group against Trafficking in "
    "Persons (ICAT);"
)
PARAGRAPH_5_IN = {
    "fr": "Expriment leur soutien aux activités de l'Office des Nations Unies contre la drogue "
    "et le crime (ONUDC) en tant que coordonnateur du Groupe interinstitutions de "
    "coordination contre la traite des personnes (ICAT);",
    "es": "Expresamos nuestro apoyo a las actividades de la Oficina de las Naciones Unidas "
    "contra la Droga y el Delito (UNODC) como coordinadora del Grupo Interinstitucional de "
    "Coordinación contra la Trata de Personas (ICAT);",
    "ru": "выражаем поддержку деятельности Управления Организации Объединенных Наций по "
    "наркотикам и преступности (ЮНОДК) в качестве координатора Межучрежденческой "
    "координационной группы по борьбе с торговлей людьми (МКГТЛ);",
    "ar": "نعرب عن دعمنا لأنشطة مكتب الأمم المتحدة المعني بالمخدرات والجريمة بصفته منسقا لفريق "
    "التنسيق المشترك بين الوكالات لمكافحة الاتجار بالأشخاص؛",
    "zh": "表示支持联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）作为打击贩运人口机构间协调"
    "小组的协调机构所开展的活动；",
}
LETTER_TITLE = (
    "Letter dated 26 September 2013 from the Permanent Representative of Belarus to the "
    "United Nations addressed to the Secretary-General"
)
LETTER_TITLE_IN = {
    "fr": "Lettre datée du 26 septembre 2013, adressée au Secrétaire général par le "
    "Représentant permanent du Bélarus auprès de l'Organisation des Nations Unies",
    "es": "Carta de fecha 26 de septiembre de 2013 dirigida al Secretario General por el "
    "Representante Permanente de Belarús ante las Naciones Unidas",
    "ru": "Письмо Постоянного представителя Беларуси при Организации Объединенных Наций от "
    "26 сентября 2013 года на имя Генерального секретаря",
    "ar": "رسالة مؤرخة 26 أيلول/سبتمبر 2013 موجهة إلى الأمين العام من الممثل الدائم لبيلاروس "
    "لدى الأمم المتحدة",
    "zh": "2013年9月26日白俄罗斯常驻联合国代表给秘书长的信",
}
REAL = [
    (PARAGRAPH_3, PARAGRAPH_3_IN, NUMBERED, "3."),
    (PARAGRAPH_5, PARAGRAPH_5_IN, NUMBERED, "5."),
    (LETTER_TITLE, LETTER_TITLE_IN, TITLE, ""),
]
LANGS = ("ar", "zh", "fr", "ru", "es")


def _real_units() -> list[Unit]:
    return [
        Unit(
            lang,
            english,
            texts[lang],
            kind,
            number,
            number,
            {other: text for other, text in texts.items() if other != lang},
        )
        for english, texts, kind, number in REAL
        for lang in LANGS
    ]


@pytest.mark.parametrize("item", _real_units(), ids=lambda u: f"{u.lang}-{u.english[:20]}")
def test_real_translations_of_a_68_500_raise_no_finding(item: Unit, glossary: Glossary) -> None:
    assert run_checks(item, glossary) == []


# --- the registry ---------------------------------------------------------------


def test_registry_lists_every_check_with_title_and_severity() -> None:
    assert set(CHECKS) == {
        "numbers", "dates", "symbols", "numbering", "terms", "punctuation", "length",
        "length-siblings", "chrf", "repeats", "repeats-identical",
    }  # fmt: skip
    for check in CHECKS.values():
        assert check.severity in ("error", "warning", "info")
        assert check.title and "\n" not in check.title
    assert CHECKS["numbers"].title.startswith("Every number of the English")


def test_run_checks_skips_the_english_catalogue(glossary: Glossary) -> None:
    assert run_checks(unit("en", "Agenda item 108", "Agenda item 109"), glossary) == []


@pytest.mark.parametrize("translation", ["", "   ", "\n"])
def test_run_checks_skips_an_untranslated_unit(translation: str, glossary: Glossary) -> None:
    assert run_checks(unit("fr", "Agenda item 108 of A/68/500", translation), glossary) == []


def test_run_checks_reports_each_failing_check_by_name(glossary: Glossary) -> None:
    broken = unit(
        "fr",
        "The General Assembly met on 26 September 2013 under item 108 of A/68/500;",
        "Elle s'est réunie le 27 octobre 2012 au titre du point 109 de A/68/501.",
    )
    found = {f.check: f for f in run_checks(broken, glossary)}
    assert set(found) == {"dates", "numbers", "symbols", "terms", "punctuation"}
    assert all(isinstance(f, Finding) for f in found.values())
    assert found["numbers"].severity == "error"
    assert found["terms"].severity == "warning"


def test_run_checks_without_glossary_skips_the_terms_check() -> None:
    found = run_checks(unit("fr", "The General Assembly decided.", "Elle a décidé."))
    assert [f.check for f in found] == []


# --- numbers --------------------------------------------------------------------

NUMBERS_PASS = [
    # Chinese counts in ten thousands (万) and hundred millions (亿).
    ("zh", "38 million United States dollars", "3 800万美元"),
    ("zh", "USD 38,000,000", "3800万美元"),
    ("zh", "1.2 billion people", "12亿人"),
    # Each locale's separators, as babel formats them and as people type them.
    ("fr", "It cost 1,000.5 dollars.", "Il a coûté 1\u202f000,5 dollars."),
    ("fr", "It cost 1,000.5 dollars.", "Il a coûté 1 000,5 dollars."),
    ("fr", "It cost 1,000.5 dollars.", "Il a coûté 1\u00a0000,5 dollars."),
    ("es", "It cost 1,000.5 dollars.", "Costó 1.000,5 dólares."),
    ("es", "It cost 1,000,000 dollars.", "Costó 1.000.000 de dólares."),
    ("ru", "It cost 1,000.5 dollars.", "Это стоило 1\u00a0000,5 доллара."),
    ("ar", "It cost 1,000.5 dollars.", "تكلف ١٬٠٠٠٫٥ دولار."),
    ("ar", "It cost 1,000.5 dollars.", "تكلف 1,000.5 دولار."),
    ("zh", "It cost 1,000.5 dollars.", "费用为1,000.5美元。"),
    # Digits of other scripts.
    ("ar", "Agenda item 108", "البند ١٠٨ من جدول الأعمال"),
    ("ar", "Agenda item 108", "البند ۱۰۸ من جدول الأعمال"),  # Persian digits
    ("zh", "Agenda item 108", "议程项目１０８"),  # full-width digits
    ("zh", "adopted in 2010, 2011 and 2012", "于二〇一〇年、二〇一一年和二〇一二年通过"),
    ("ru", "adopted in 2010, 2011 and 2012", "принятых в 2010, 2011 и 2012 годах"),
    # Session ordinals are words in the English: no number to find.
    ("fr", "the sixty-eighth session", "la soixante-huitième session"),
    ("zh", "the sixty-eighth session, item 108", "第六十八届会议议程项目108"),
    # The numbers of a date belong to the dates check, those of a symbol to the symbols check.
    ("fr", "convened on 26 September 2013", "convoquée le 27 octobre 2012"),
    ("es", "see A/68/500 and A/RES/64/293", "véase el documento"),
    # A paragraph number left in the translation is not a number of the text.
    ("fr", "Decide to convene the fifth meeting", "10. Décident de convoquer la cinquième réunion"),
    ("es", "the 22 Member States", "los 22 Estados Miembros"),
]


@pytest.mark.parametrize(("lang", "english", "translation"), NUMBERS_PASS)
def test_numbers_present_in_any_script_or_locale_format_pass(
    lang: str, english: str, translation: str
) -> None:
    assert check_numbers(unit(lang, english, translation)) is None


NUMBERS_FAIL = [
    ("zh", "38 million United States dollars", "3 900万美元", "38"),
    ("fr", "Agenda item 108", "Point 109 de l'ordre du jour", "108"),
    ("es", "Agenda item 108", "Tema del programa", "108"),
    ("ru", "Agenda item 108", "Пункт 18 повестки дня", "108"),
    ("ar", "Agenda item 108", "البند ١٠٩ من جدول الأعمال", "108"),
    ("zh", "Agenda item 108", "议程项目109", "108"),
    ("fr", "It cost 1,000.5 dollars.", "Il a coûté 1 000,6 dollars.", "1,000.5"),
    ("es", "It cost 10,000 dollars.", "Costó 1.000 dólares.", "10,000"),
    ("zh", "adopted in 2013", "于二〇一四年通过", "2013"),
    ("ru", "adopted in 2010, 2011 and 2012", "принятых в 2010 и 2011 годах", "2012"),
]


@pytest.mark.parametrize(("lang", "english", "translation", "lacking"), NUMBERS_FAIL)
def test_numbers_missing_or_changed_are_errors(
    lang: str, english: str, translation: str, lacking: str
) -> None:
    found = check_numbers(unit(lang, english, translation))
    assert found is not None and found.check == "numbers" and found.severity == "error"
    lacks = found.message.split("the translation lacks ", 1)[1]
    assert lacks.startswith(lacking) or (lacks.startswith("it") and f"({lacking})" in found.message)


def test_numbers_message_lists_the_english_numbers_and_the_missing_one() -> None:
    found = check_numbers(
        unit("fr", "26 delegations met in 2013 under item 108.", "26 délégations, en 2013.")
    )
    assert found is not None
    assert found.message == "3 numbers in the English (26, 2013, 108), the translation lacks 108"


def test_numbers_message_names_a_number_the_translation_has_instead() -> None:
    found = check_numbers(unit("zh", "Agenda item 108", "议程项目109"))
    assert found is not None
    assert found.message == (
        "1 number in the English (108), the translation lacks it "
        "(it has 109, which the English does not)"
    )


def test_numbers_of_dates_and_symbols_are_left_to_their_checks() -> None:
    english = "On 26 September 2013 (A/68/500), 22 States met."
    assert [w.values for w in numbers_to_check(english)] == [{Decimal(22)}]


@given(
    st.integers(min_value=0, max_value=10**12),
    st.sampled_from(["ar", "zh", "fr", "ru", "es"]),
    st.sampled_from(["latn", "arab"]),
)
def test_any_integer_babel_formats_reads_back(value: int, lang: str, system: str) -> None:
    system = system if lang == "ar" else "latn"
    text = babel_numbers.format_decimal(value, locale=lang, numbering_system=system)
    assert Decimal(value) in target_numbers(f"x {text} y", lang)


@given(
    st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False),
    st.sampled_from(["ar", "zh", "fr", "ru", "es"]),
)
def test_any_decimal_babel_formats_reads_back(value: Decimal, lang: str) -> None:
    text = babel_numbers.format_decimal(value, locale=lang, decimal_quantization=False)
    assert value.normalize() in target_numbers(text, lang)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("二〇一三", 2013), ("二十六", 26), ("十五", 15), ("六十八", 68), ("一百零五", 105),
     ("三万二千", 32000), ("九", 9)],
)  # fmt: skip
def test_chinese_numerals_read_as_numbers(numeral: str, value: int) -> None:
    assert chinese_value(numeral) == value


def test_ascii_digits_maps_every_script_and_drops_bidi_marks() -> None:
    assert ascii_digits("٢٦\u200f/۰۹/２０１３") == "26/09/2013"


# --- numbers written in words, in six languages -------------------------------------------

WORDS_READ = [
    # English: what the English may say in words.
    ("en", "twenty-two", [22]),
    ("en", "the sixty-eighth session", [68]),
    ("en", "one hundred and twenty-two", [122]),
    ("en", "two thousand and thirteen", [2013]),
    ("en", "two million, two hundred thousand", [2200000]),
    ("en", "a biennial review, a decade later", [2, 10]),
    ("en", "two three", [2, 3]),
    # French: cardinals, ordinals (feminine, plural), derived words.
    ("fr", "vingt-deux", [22]),
    ("fr", "soixante-huitième", [68]),
    ("fr", "soixante et onze", [71]),
    ("fr", "quatre-vingt-dix-sept", [97]),
    ("fr", "quatre-vingts", [80]),
    ("fr", "quatre-vingtième", [80]),
    ("fr", "dix-sept", [17]),
    ("fr", "deux cents", [200]),
    ("fr", "cent deux", [102]),
    ("fr", "mille neuf cent quatre-vingt-dix", [1990]),
    ("fr", "un million", [1000000]),
    ("fr", "vingt et unième", [21]),
    ("fr", "vingt-et-un", [21]),
    ("fr", "la première session", [1]),
    ("fr", "un exercice biennal", [2]),
    ("fr", "un rapport bisannuel", [2]),
    ("fr", "l'examen quinquennal", [5]),
    ("fr", "une décennie", [10]),
    ("fr", "une vingtaine de pays", [20]),
    ("fr", "trente et une visites", [31]),
    ("fr", "un représentant", []),  # an article, not a number
    ("fr", "12 pour cent", []),  # "cent" of "pour cent" is not 100
    # Spanish.
    ("es", "veintidós", [22]),
    ("es", "sexagésimo octavo", [68]),
    ("es", "sexagésima octava", [68]),
    ("es", "décimo tercero", [13]),
    ("es", "decimotercera", [13]),
    ("es", "ciento veintidós", [122]),
    ("es", "doscientas personas", [200]),
    ("es", "dos mil millones", [2000000000]),
    ("es", "tres mil seiscientos millones", [3600000000]),
    ("es", "veintiún Estados", [21]),
    ("es", "su cuadragésima primera sesión", [41]),  # num2words writes "quadragésimo"
    ("es", "septingentésimo", [700]),
    ("es", "el presupuesto bienal", [2]),
    ("es", "el bienio", [2]),
    ("es", "el examen quinquenal", [5]),
    ("es", "una delegación", []),
    ("es", "cinco por ciento", [5]),
    # Russian: every case of the cardinals, ordinals in every gender and case.
    ("ru", "двадцать два", [22]),
    ("ru", "двадцати двух", [22]),
    ("ru", "двадцатью двумя", [22]),
    ("ru", "шестьдесят восьмой", [68]),
    ("ru", "шестьдесят восьмая сессия", [68]),
    ("ru", "шестьдесят восьмого", [68]),
    ("ru", "шестьдесят восьмую", [68]),
    ("ru", "две тысячи тринадцатого года", [2013]),
    ("ru", "двухгодичный бюджет", [2]),
    ("ru", "пятилетний план", [5]),
    ("ru", "трехлетнего", [3]),
    ("ru", "трёхлетнего", [3]),
    ("ru", "десятилетие", [10]),
    ("ru", "восемнадцатилетний", [18]),
    ("ru", "двое детей", [2]),
    ("ru", "обе стороны", [2]),
    # Arabic: cases and genders, units before tens, ordinals, duals, kashida.
    ("ar", "اثنان وعشرون", [22]),
    ("ar", "اثنين وعشرين", [22]),
    ("ar", "اثنتين وعشرين", [22]),
    ("ar", "الدورة الثامنة والستون", [68]),
    ("ar", "الثامن والستين", [68]),
    ("ar", "الـثامـنة والسـتون", [68]),
    ("ar", "مائة واثنان وعشرون", [122]),
    ("ar", "ألفان وثلاثة عشر", [2013]),
    ("ar", "ثلاثة آلاف", [3000]),
    ("ar", "الحادي عشر", [11]),
    ("ar", "الثالثة عشرة", [13]),
    ("ar", "لفترة السنتين", [2]),
    ("ar", "الخطة الخمسية", [5]),
    ("ar", "في التسعينات", [90]),
    ("ar", "12 في المائة", []),  # per cent, not 100
    ("ar", "أحد الأعضاء", []),  # "one of", not a number
    # Chinese.
    ("zh", "第六十八届会议", [68]),
    ("zh", "二十二个会员国", [22]),
    ("zh", "两年期", [2]),
    ("zh", "五年", [5]),
    ("zh", "百分之十二点五", [Decimal("12.5")]),
    ("zh", "进一步统一", []),  # 一 inside words
    ("zh", "一个国家", [1]),
    ("zh", "二〇一三年", [2013]),
    ("zh", "双年度", [2]),
]


@pytest.mark.parametrize(("lang", "text", "values"), WORDS_READ)
def test_number_words_read_as_the_numbers_they_say(lang: str, text: str, values: list[int]) -> None:
    assert [n.value for n in number_words(text, lang)] == values


@pytest.mark.parametrize(
    ("lang", "text", "ordinal"),
    [("en", "sixty-eighth", True), ("en", "sixty-eight", False), ("fr", "soixante-huitième", True),
     ("es", "sexagésimo octavo", True), ("ru", "шестьдесят восьмой", True), ("ru", "шестьдесят восемь", False),
     ("ar", "الثامنة والستون", True), ("ar", "ثمانية وستون", False), ("zh", "第六十八", True), ("zh", "六十八", False)],
)  # fmt: skip
def test_number_words_tell_ordinals(lang: str, text: str, ordinal: bool) -> None:
    (found,) = number_words(text, lang)
    assert found.value == 68 and found.ordinal is ordinal


# What num2words (a maintained spell-out library) writes, read back. Left out:
# its French ordinals of 80 ("quatre-vingtsième", not French) and its Spanish
# ordinals above 999 ("dosmilésimo"), which no one writes.
_SPELL = [*range(0, 130), *range(130, 1000, 37), 1990, 2013, 2015, 4300, 21000, 250000, 1250000, 3000000, 2200000000]


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru"])
def test_number_words_read_back_what_num2words_spells(lang: str) -> None:
    from num2words import num2words

    wrong = []
    for value in _SPELL:
        spelled = [num2words(value, lang=lang)]
        if value and not (lang == "fr" and value % 100 == 80) and not (lang == "es" and value > 999):
            spelled.append(num2words(value, lang=lang, to="ordinal"))
        if lang == "ru" and value < 1000:
            spelled += [num2words(value, lang="ru", case=case, gender="f") for case in "gdaip"]
            spelled += [num2words(value, lang="ru", to="ordinal", case=case, gender="f") for case in "gdip"]
        for text in spelled:
            got = [n.value for n in number_words(text, lang)]
            if got != [value] and not (text in ("un", "uno") and got == []):
                wrong.append((value, text, got))
    assert wrong == []


def test_english_number_words_asked_for_are_three_and_more_and_not_derived() -> None:
    english = (
        "One of the two States, the first and the second, held a five-year review with "
        "thousands of people and a two-thirds majority; twenty-two States and the Third Committee "
        "met for the sixty-eighth time."
    )
    assert [(w.token, w.values) for w in numbers_to_check(english)] == [
        ("twenty-two", {22}),
        ("Third", {3}),
        ("sixty-eighth", {68}),
    ]


@pytest.mark.parametrize(
    ("english", "values"),
    [
        ("4.3 million dollars", [{Decimal("4.3"), Decimal(4300000)}]),
        ("at 3 p.m.", [{3, 15}]),
        ("at 10.30 a.m.", [{10}, {30}]),
        ("in the 1990s", [{1990, 90}]),
        ("the biennium 2014/15", [{2014}, {15, 2015}]),
    ],
)
def test_english_numbers_carry_the_other_ways_a_translation_writes_them(
    english: str, values: list[set[Decimal]]
) -> None:
    assert [w.values for w in numbers_to_check(english)] == values


# Correct translations in the six languages' usual forms: no finding.
NUMBERS_IN_WORDS_PASS = [
    # Digits in the English, words in the translation.
    ("fr", "the 22 Member States", "les vingt-deux États Membres"),
    ("es", "the 22 Member States", "los veintidós Estados Miembros"),
    ("ru", "the 22 Member States", "двадцать два государства-члена"),
    ("ru", "of the 22 Member States", "двадцати двух государств-членов"),
    ("ru", "with the 22 Member States", "с двадцатью двумя государствами-членами"),
    ("ar", "22 Member States", "اثنتان وعشرون دولة عضوا"),
    ("ar", "the 22 Member States", "الدول الأعضاء الاثنتين والعشرين"),
    ("zh", "22 Member States", "二十二个会员国"),
    ("ar", "children under 5 years of age", "الأطفال دون سن الخامسة"),
    ("fr", "girls aged 18", "les filles de dix-huit ans"),
    ("fr", "a 2-year programme", "un programme biennal"),
    ("fr", "every 5 years", "un examen quinquennal"),
    ("es", "for 2 years", "durante un bienio"),
    ("es", "every 5 years", "un examen quinquenal"),
    ("ru", "a 2-year budget", "двухгодичный бюджет"),
    ("ru", "for 5 years", "пятилетний период"),
    ("ru", "for 3 years", "трехлетний срок"),
    ("ar", "for 2 years", "لفترة السنتين"),
    ("ar", "a 5-year plan", "الخطة الخمسية"),
    ("zh", "for the 2-year period", "两年期"),
    ("zh", "within 5 years", "五年内"),
    # Words in the English, digits or words in the translation.
    ("fr", "the sixty-eighth session", "la 68e session"),
    ("fr", "Sixty-eighth session", "Soixante-huitième session"),
    ("es", "Sixty-eighth session", "Sexagésimo octavo período de sesiones"),
    ("ru", "Sixty-eighth session", "Шестьдесят восьмая сессия"),
    ("ru", "at its sixty-eighth session", "на ее шестьдесят восьмой сессии"),
    ("ar", "Sixty-eighth session", "الدورة الثامنة والستون"),
    ("ar", "at its sixty-eighth session", "في دورتها الثامنة والستين"),
    ("zh", "Sixty-eighth session", "第六十八届会议"),
    ("zh", "the sixty-eighth session", "第68届会议"),
    ("fr", "twenty-two States", "22 États"),
    ("ar", "twenty-two States", "22 دولة"),
    ("fr", "the Third Committee", "la Troisième Commission"),
    ("es", "the Third Committee", "la Tercera Comisión"),
    ("ru", "the Third Committee", "Третий комитет"),
    ("ar", "the Third Committee", "اللجنة الثالثة"),
    ("zh", "the Third Committee", "第三委员会"),
    ("ar", "the Twelfth Congress", "المؤتمر الثاني عشر"),
    ("es", "the Twelfth Congress", "el 12º Congreso"),
    ("fr", "the Group of Seven", "le Groupe des Sept"),
    ("ru", "the Group of Seven", "Группа семи"),
    # Separators of every locale: spaces, Arabic ٫ and ٬, the decimal comma.
    ("zh", "1,000 people", "1 000人"),
    ("zh", "1,250,000 births", "1 250 000例出生"),
    ("ar", "1,250,000 births", "1 250 000 مولود"),
    ("ar", "1,250,000 births", "١٬٢٥٠٬٠٠٠ مولود"),
    ("ar", "12.5 per cent", "12,5 في المائة"),
    ("ar", "12.5 per cent", "١٢٫٥ في المائة"),
    ("fr", "2.5 per cent", "2,5 %"),
    ("es", "2.5 per cent", "2,5%"),
    ("ru", "2.5 per cent", "2,5 процента"),
    ("es", "1,000,000 people", "1 000 000 de personas"),
    ("ru", "1,000,000 people", "1\u202f000\u202f000 человек"),
    # Scale words on either side.
    ("fr", "4,300,000 dollars", "4,3 millions de dollars"),
    ("fr", "4.3 million dollars", "4 300 000 dollars"),
    ("ru", "4.3 million dollars", "4,3 млн долларов"),
    ("es", "2.5 billion dollars", "2.500 millones de dólares"),
    ("ar", "4.3 million dollars", "4,3 ملايين دولار"),
    ("zh", "4.3 million dollars", "430万美元"),
    # Times, decades, year ranges.
    ("fr", "at 3 p.m.", "à 15 heures"),
    ("fr", "at 10.30 a.m.", "à 10 h 30"),
    ("ar", "in the 1990s", "في التسعينات"),
    ("fr", "in the 1990s", "dans les années 90"),
    ("zh", "in the 1990s", "九十年代"),
    ("fr", "for 2014/15", "pour 2014-2015"),
    ("es", "for 2014-2015", "para 2014-15"),
    # Kashida stretches Arabic words; it is not a letter.
    ("ar", "22 Member States", "اثنتان وعشـرون دولة عضـوا"),
    ("ar", "Sixty-eighth session", "الدورة الثامـنة والسـتون"),
]


@pytest.mark.parametrize(("lang", "english", "translation"), NUMBERS_IN_WORDS_PASS)
def test_numbers_in_words_separators_and_kashida_of_official_translations_pass(
    lang: str, english: str, translation: str
) -> None:
    assert check_numbers(unit(lang, english, translation)) is None


# Real errors, whatever form the numbers take: each an error naming the English number.
NUMBERS_IN_WORDS_FAIL = [
    # A changed year.
    ("fr", "adopted in 2013", "adoptée en 2014", "2013"),
    ("es", "adopted in 2013", "aprobada en 2012", "2013"),
    ("ru", "adopted in 2013", "принятая в 2015 году", "2013"),
    ("ar", "adopted in 2013", "المعتمدة في عام ٢٠١٤", "2013"),
    ("zh", "adopted in 2013", "于2014年通过", "2013"),
    # A dropped number.
    ("es", "22 States and 5 observers", "22 Estados y observadores", "5"),
    ("fr", "paragraph 1 of a resolution", "un paragraphe de la résolution", "1"),
    ("zh", "paragraph 1 of the resolution", "决议的一致意见", "1"),
    ("ar", "22 Member States", "الدول الأعضاء", "22"),
    # A changed amount, swapped digits.
    ("ru", "1,250,000 births", "1 350 000 рождений", "1,250,000"),
    ("fr", "4.3 million dollars", "4,4 millions de dollars", "4.3"),
    ("ar", "in 2013", "في عام 2031", "2013"),
    ("zh", "87 countries", "78个国家", "87"),
    ("ar", "12.5 per cent", "12,6 في المائة", "12.5"),
    # A number said in words, but another one.
    ("fr", "the 22 Member States", "les vingt-trois États Membres", "22"),
    ("es", "the 22 Member States", "los veintitrés Estados Miembros", "22"),
    ("ru", "the 22 Member States", "двадцать три государства-члена", "22"),
    ("ar", "22 Member States", "ثلاث وعشرون دولة عضوا", "22"),
    ("zh", "22 Member States", "二十三个会员国", "22"),
    ("fr", "Sixty-eighth session", "Soixante-septième session", "Sixty-eighth"),
    ("es", "Sixty-eighth session", "Sexagésimo séptimo período de sesiones", "Sixty-eighth"),
    ("ru", "Sixty-eighth session", "Шестьдесят седьмая сессия", "Sixty-eighth"),
    ("ar", "Sixty-eighth session", "الدورة السابعة والستون", "Sixty-eighth"),
    ("zh", "Sixty-eighth session", "第六十七届会议", "Sixty-eighth"),
    ("fr", "twenty-two States", "23 États", "twenty-two"),
    # A derived word of another number.
    ("fr", "every 5 years", "un examen biennal", "5"),
    ("ru", "for 5 years", "двухлетний период", "5"),
    ("ar", "for 5 years", "لفترة السنتين", "5"),
    # Kashida hides no error.
    ("ar", "in 2013", "في عـام 2014", "2013"),
    ("ar", "Sixty-eighth session", "الدورة السابـعة والسـتون", "Sixty-eighth"),
]


@pytest.mark.parametrize(("lang", "english", "translation", "lacking"), NUMBERS_IN_WORDS_FAIL)
def test_numbers_changed_or_dropped_in_any_form_are_errors(
    lang: str, english: str, translation: str, lacking: str
) -> None:
    found = check_numbers(unit(lang, english, translation))
    assert found is not None and found.check == "numbers" and found.severity == "error"
    lacks = found.message.split("the translation lacks ", 1)[1]
    assert lacks.startswith(lacking) or (lacks.startswith("it") and f"({lacking})" in found.message)


# --- kashida in the other checks ---------------------------------------------------------


def test_kashida_is_ignored_by_dates_terms_length_and_punctuation(glossary: Glossary) -> None:
    stretched = {
        text: text.replace("ل", "لـ").replace("م", "مـ")
        for text in (PARAGRAPH_3_IN["ar"], LETTER_TITLE_IN["ar"], PARAGRAPH_5_IN["ar"])
    }
    for english, texts, kind, number in REAL:
        plain_unit = Unit("ar", english, texts["ar"], kind, number, number, {})
        assert "\u0640" in stretched[texts["ar"]]
        assert run_checks(replace(plain_unit, translation=stretched[texts["ar"]]), glossary) == []
    assert check_dates(unit("ar", "on 26 September 2013", "في 26 أيلـول/سبتمبـر 2013")) is None
    assert check_terms(unit("ar", "the General Assembly", "الجمعيـة العامـة"), glossary) is None


def test_kashida_makes_no_repeat() -> None:
    found = check_repeats(
        {
            "A": _doc((SENTENCE, "ندعو الجمعية العامة إلى تحديد موعد التقييم المقبل."), lang="ar"),
            "B": _doc((SENTENCE, "ندعو الجمعيـة العامـة إلى تحديد موعـد التقييم المقبل."), lang="ar"),
        }
    )
    assert found == {}


def test_kashida_still_lets_real_arabic_errors_through() -> None:
    found = check_dates(unit("ar", "on 26 September 2013", "في 27 أيلـول/سبتمبـر 2013"))
    assert found is not None and found.severity == "error"


# --- dates ----------------------------------------------------------------------

DATES_PASS = [
    ("fr", "on 26 September 2013", "le 26 septembre 2013"),
    ("es", "on 26 September 2013", "el 26 de septiembre de 2013"),
    ("es", "on 26 September 2013", "el 26 de setiembre de 2013"),
    ("ru", "on 26 September 2013", "26 сентября 2013 года"),
    ("ar", "on 26 September 2013", "في 26 أيلول/سبتمبر 2013"),  # UN style: both names
    ("ar", "on 26 September 2013", "في 26 سبتمبر 2013"),  # Egyptian/Gulf name only
    ("ar", "on 26 September 2013", "في 26 أيلول 2013"),  # Levantine name only
    ("ar", "on 26 September 2013", "في ٢٦ أيلول/سبتمبر ٢٠١٣"),
    ("zh", "on 26 September 2013", "2013年9月26日"),
    ("zh", "on 26 September 2013", "二〇一三年九月二十六日"),
    ("zh", "on 26 September 2013", "２０１３年９月２６日"),
    ("fr", "from 13 to 15 May 2013", "du 13 au 15 mai 2013"),
    ("es", "from 13 to 15 May 2013", "del 13 al 15 de mayo de 2013"),
    ("ru", "from 13 to 15 May 2013", "13–15 мая 2013 года"),
    ("ar", "from 13 to 15 May 2013", "من 13 إلى 15 أيار/مايو 2013"),
    ("zh", "from 13 to 15 May 2013", "2013年5月13日至15日"),
    ("fr", "on 29 and 30 May 2013", "les 29 et 30 mai 2013"),
    ("es", "on 29 and 30 May 2013", "los días 29 y 30 de mayo de 2013"),
    ("ru", "on 29 and 30 May 2013", "29 и 30 мая 2013 года"),
    ("ar", "on 29 and 30 May 2013", "يومي 29 و30 أيار/مايو 2013"),
    ("zh", "on 29 and 30 May 2013", "2013年5月29日和30日"),
    ("ru", "in September 2013", "в сентябре 2013 года"),
    ("fr", "in September 2013", "en septembre 2013"),
    ("zh", "in September 2013", "2013年9月"),
    ("fr", "on 1 May 2013", "le 1er mai 2013"),
    ("fr", "Distr.: General 3 October 2013", "Distr. générale 3 octobre 2013"),
    # "May" without a day or a year is the verb, not a date.
    ("fr", "Member States May wish to act", "Les États Membres voudront peut-être agir"),
    ("es", "no date here, 108 items", "sin fecha"),
]


@pytest.mark.parametrize(("lang", "english", "translation"), DATES_PASS)
def test_dates_written_as_the_locale_writes_them_pass(
    lang: str, english: str, translation: str
) -> None:
    assert check_dates(unit(lang, english, translation)) is None


DATES_FAIL = [
    ("fr", "on 26 September 2013", "le 26 octobre 2013", "month"),
    ("es", "on 26 September 2013", "el 25 de septiembre de 2013", "26"),
    ("ru", "on 26 September 2013", "26 сентября 2012 года", "2013"),
    ("ar", "on 26 September 2013", "في 26 تشرين الأول/أكتوبر 2013", "month"),
    ("zh", "on 26 September 2013", "2013年10月26日", "month"),
    ("zh", "on 26 September 2013", "2013年9月25日", "26"),
    ("fr", "on 26 September 2013", "le 26/09/2013", "month"),
    ("ru", "from 13 to 15 May 2013", "13 мая 2013 года", "15"),
    ("es", "on 29 and 30 May 2013", "el 29 de mayo de 2013", "30"),
]


@pytest.mark.parametrize(("lang", "english", "translation", "missing"), DATES_FAIL)
def test_dates_changed_or_missing_are_errors(
    lang: str, english: str, translation: str, missing: str
) -> None:
    found = check_dates(unit(lang, english, translation))
    assert found is not None and found.severity == "error"
    if missing == "month":
        assert "does not name the month" in found.message
    else:
        assert f"no {missing} next to the month" in found.message


@pytest.mark.parametrize("lang", ["ar", "zh", "ru"])
def test_dates_accept_the_english_masthead_date_of_arabic_chinese_and_russian(lang: str) -> None:
    # These documents print the "Distr." block, issue date included, in English.
    assert check_dates(unit(lang, "3 October 2013", "3 October 2013", kind=DATE)) is None
    # The exception is the masthead's alone: in the body the date is translated...
    assert check_dates(unit(lang, "on 3 October 2013", "on 3 October 2013")) is not None
    # ...and an English masthead date still has to be the right one.
    wrong = check_dates(unit(lang, "3 October 2013", "4 October 2013", kind=DATE))
    assert wrong is not None and wrong.message.endswith("(no 3 next to the month; expected «3 October 2013»)")


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_dates_want_the_masthead_date_translated_in_french_and_spanish(lang: str) -> None:
    assert check_dates(unit(lang, "3 October 2013", "3 October 2013", kind=DATE)) is not None


def test_dates_message_gives_the_form_the_locale_expects() -> None:
    found = check_dates(unit("ru", "on 26 September 2013", "26 октября 2013 года"))
    assert found is not None
    assert found.message == (
        "The English date 26 September 2013 is not in the translation (the translation "
        "does not name the month; expected «26 сентября 2013 года»)"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "26 septembre 2013"),
        ("es", "26 de septiembre de 2013"),
        ("ru", "26 сентября 2013 года"),
        ("ar", "26 أيلول/سبتمبر 2013"),
        ("zh", "2013年9月26日"),
    ],
)
def test_expected_date_is_the_un_style_of_each_locale(lang: str, expected: str) -> None:
    assert expected_date(lang, EnglishDate("26 September 2013", 0, 0, 9, (26,), 2013)) == expected


def test_expected_date_writes_the_french_first_of_the_month_as_1er() -> None:
    assert expected_date("fr", EnglishDate("1 May 2013", 0, 0, 5, (1,), 2013)) == "1er mai 2013"


def test_month_forms_come_from_babel_in_both_contexts_and_both_arabic_calendars() -> None:
    assert {"сентября", "сентябрь", "сентябре"} <= set(month_forms("ru", 9))
    assert {"أيلول", "سبتمبر"} <= set(month_forms("ar", 9))
    assert "九月" in month_forms("zh", 9)


@pytest.mark.parametrize(
    ("english", "dates"),
    [
        ("on 26 September 2013", [((26,), 9, 2013)]),
        ("from 13 to 15 May 2013", [((13, 15), 5, 2013)]),
        ("on 29 and 30 May 2013", [((29, 30), 5, 2013)]),
        ("September 26, 2013", [((26,), 9, 2013)]),
        ("in September 2013", [((), 9, 2013)]),
        ("States may act in May", []),
        ("on 31 February 2013", []),
    ],
)
def test_english_dates_are_read_with_their_days_month_and_year(
    english: str, dates: list[tuple[tuple[int, ...], int, int]]
) -> None:
    assert [(d.days, d.month, d.year) for d in english_dates(english)] == dates


# --- document symbols ---------------------------------------------------------------

SYMBOLS_PASS = [
    ("fr", "(see A/68/500)", "(voir A/68/500)"),
    ("zh", "as set out in A/68/500.", "见A/68/500。"),
    ("ar", "see A/RES/64/293", "انظر A/RES/64/293"),
    ("ru", "see E/CN.15/2013/1", "см. E/CN.15/2013/1"),
    ("es", "see A/C.3/68/L.12 and S/2013/123/Add.1", "véanse A/C.3/68/L.12 y S/2013/123/Add.1"),
    ("fr", "and/or TCP/IP, 24/7", "et/ou"),  # no symbol in the English
]


@pytest.mark.parametrize(("lang", "english", "translation"), SYMBOLS_PASS)
def test_symbols_copied_unchanged_pass(lang: str, english: str, translation: str) -> None:
    assert check_symbols(unit(lang, english, translation)) is None


SYMBOLS_FAIL = [
    ("fr", "(see A/68/500)", "(voir le document)", "is not in the translation"),
    ("zh", "(see A/68/500)", "（见A／68／500）", "written differently"),
    ("ar", "(see A/68/500)", "(انظر A/٦٨/٥٠٠)", "written differently"),
    ("es", "(see A/68/500)", "(véase A/68/50)", "is not in the translation"),
    ("ru", "(see A/68/500)", "(см. A/68/5001)", "is not in the translation"),
    ("fr", "A/68/500 and A/RES/64/293", "A/68/500", "1 of the 2 document symbols"),
]


@pytest.mark.parametrize(("lang", "english", "translation", "said"), SYMBOLS_FAIL)
def test_symbols_missing_or_altered_are_errors(
    lang: str, english: str, translation: str, said: str
) -> None:
    found = check_symbols(unit(lang, english, translation))
    assert found is not None and found.severity == "error" and said in found.message


def test_symbols_never_keep_a_sentence_full_stop() -> None:
    assert symbols("circulated as A/68/500. See also E/CN.15/2013/1.") == [
        "A/68/500",
        "E/CN.15/2013/1",
    ]


# --- paragraph numbering --------------------------------------------------------------

NUMBERING_PASS = [
    ("fr", "8.", "8."),
    ("ar", "8.", "٨."),
    ("ar", "(a)", "(أ)"),
    ("ar", "(c)", "(ج)"),
    ("ar", "(e)", "(هـ)"),
    ("ar", "(i)", "(1)"),  # the Arabic of a roman (i)
    ("ar", "(iv)", "’4‘"),  # ... as UN Arabic documents print it
    ("zh", "(i)", "㈠"),  # the Chinese of a roman (i)
    ("zh", "(iii)", "(三)"),
    ("zh", "I.", "一."),  # a chapter
    ("ru", "(a)", "а)"),
    ("ru", "(c)", "в)"),  # Russian enumerates а, б, в
    ("ru", "(j)", "к)"),  # ... without ё and й
    ("zh", "(a)", "（a）"),
    ("zh", "1.", "１."),
    ("es", "(iv)", "(iv)"),
    ("fr", "(i)", "(i)"),
    ("fr", "8.", ""),  # the translation's number is not known: nothing to compare
    ("fr", "", ""),
    # Hierarchical numbers, part by part: Arabic writes 1-1 and 1-أ.
    ("ar", "1.1", "1-1"),
    ("ar", "2.3.4", "٢-٣-٤"),
    ("ar", "1.a", "1-أ"),
    ("fr", "1.1.", "1.1"),
    ("ar", "8.", "8 -"),
    # Chapters, sections and worded labels as each language prints them.
    ("ar", "I.", "أولا"),
    ("ar", "XI.", "حادي عشر -"),
    ("ar", "A.", "ألف -"),
    ("ar", "Chapter II", "الفصل الثاني"),
    ("ar", "Section A", "الفرع ألف"),
    ("ar", "Annex I", "المرفق الأول"),
    ("ar", "Article 5", "المادة 5"),
    ("ru", "Chapter II", "Глава II"),
    ("zh", "Chapter II", "第二章"),
    ("zh", "Article 5", "第5条"),
    ("zh", "Section A", "A节"),
    ("fr", "Part I", "Première partie"),
    ("es", "Chapter II", "Capítulo II"),
    ("ar", "B.", "باء -"),
    ("ru", "1.a", "1.а"),
]


@pytest.mark.parametrize(("lang", "number", "target"), NUMBERING_PASS)
def test_numbering_in_the_language_own_letters_or_digits_pass(
    lang: str, number: str, target: str
) -> None:
    assert check_numbering(unit(lang, "x", "y", number=number, target_number=target)) is None


NUMBERING_FAIL = [
    ("fr", "8.", "9."),
    ("ar", "8.", "٩."),
    ("ar", "(a)", "(ب)"),
    ("ru", "(c)", "б)"),
    ("zh", "(a)", "（b）"),
    ("es", "(iv)", "(v)"),
    ("fr", "", "3."),
    ("ar", "1.1", "1-2"),
    ("ar", "1.a", "1-ب"),
    ("fr", "1.1", "11."),
    ("ar", "A.", "باء -"),
    ("ar", "I.", "ثانيا"),
    ("ru", "Chapter II", "Глава III"),
    ("zh", "Chapter II", "第三章"),
    ("ar", "Chapter II", "الفصل الثالث"),
]


@pytest.mark.parametrize(("lang", "number", "target"), NUMBERING_FAIL)
def test_numbering_that_differs_is_an_error(lang: str, number: str, target: str) -> None:
    found = check_numbering(unit(lang, "x", "y", number=number, target_number=target))
    assert found is not None and found.severity == "error" and target in found.message


def test_ordinals_of_i_are_both_letter_and_roman() -> None:
    assert ordinals("(i)") == frozenset({("a", 9), ("r", 1)})


# --- official names and terms ---------------------------------------------------------------

TERMS_PASS = [
    ("fr", "the General Assembly", "l'Assemblée générale"),
    ("fr", "Member States", "les États membres"),
    ("fr", "the Permanent Representative", "la Représentante permanente"),
    ("fr", "UNODC members", "les membres de l’ONUDC"),
    ("es", "UNODC members", "los miembros de la UNODC"),
    ("ru", "to the General Assembly", "Генеральной Ассамблее"),
    ("ru", "the Secretary-General", "Генерального секретаря"),
    ("ru", "Member States", "государствам-членам"),
    ("ru", "United Nations", "Организации Объединённых Наций"),
    ("ru", "UNODC", "ЮНОДК"),
    # Arabic names the Office in full once, then "the Office" where the English repeats UNODC.
    ("ar", "invite UNODC and other ICAT members", "وندعو المكتب وسائر أعضاء فريق التنسيق"),
    ("ar", "the General Assembly", "للجمعية العامة"),
    ("ar", "the General Assembly", "والجمعية العامة"),
    ("ar", "the Secretary-General", "الأمينَ العامَّ"),  # vowel marks
    ("ar", "the 22 Member States", "22 دولة عضواً"),
    ("zh", "the Permanent Representative to the United Nations", "常驻联合国代表"),
    ("zh", "UNODC", "毒罪办"),
    # The longest English form wins: UNODC's name does not also require "United Nations".
    ("fr", "the United Nations Office on Drugs and Crime", "l'ONUDC"),
    # Acronyms are case-sensitive in the English: "unodc" is not the acronym.
    ("fr", "unodc.org", "site"),
    ("es", "nothing official here", "nada oficial"),
]


@pytest.mark.parametrize(("lang", "english", "translation"), TERMS_PASS)
def test_terms_in_an_official_form_pass(
    lang: str, english: str, translation: str, glossary: Glossary
) -> None:
    assert check_terms(unit(lang, english, translation), glossary) is None


TERMS_FAIL = [
    ("fr", "UNODC members", "les membres de l'UNODC", "ONUDC"),
    ("ru", "UNODC members", "члены УНП ООН", "ЮНОДК"),
    ("es", "the General Assembly", "la Asamblea", "Asamblea General"),
    ("ar", "the Secretary-General", "الأمين", "الأمين العام"),
    ("zh", "the General Assembly", "联合国", "大会"),
    ("fr", "trafficking in persons", "le trafic de personnes", "traite des personnes"),
]


@pytest.mark.parametrize(("lang", "english", "translation", "expected"), TERMS_FAIL)
def test_terms_not_in_an_official_form_are_warnings(
    lang: str, english: str, translation: str, expected: str, glossary: Glossary
) -> None:
    found = check_terms(unit(lang, english, translation), glossary)
    assert found is not None and found.severity == "warning"
    assert f"(expected «{expected}»)" in found.message


def test_terms_message_names_every_missing_term(glossary: Glossary) -> None:
    found = check_terms(
        unit("es", LETTER_TITLE, "Carta de fecha 26 de septiembre de 2013"), glossary
    )
    assert found is not None
    assert found.message.startswith("3 names of the English are not in their official forms")
    for expected in ("Representante Permanente", "Naciones Unidas", "Secretario General"):
        assert f"«{expected}»" in found.message


# --- closing punctuation ---------------------------------------------------------------

PUNCTUATION_PASS = [
    ("fr", "Reaffirm the Declarations;", "Réaffirment les Déclarations;"),
    ("zh", "Reaffirm the Declarations;", "重申各项宣言；"),
    ("zh", "It was adopted.", "宣言获得通过。"),
    ("zh", "as follows:", "如下："),
    ("ar", "Reaffirm the Declarations;", "نؤكد من جديد الإعلانات؛"),
    ("ar", "It was adopted.", "واعتمد الإعلان."),
    ("ar", "in New York,", "في نيويورك،"),
    ("es", "as follows:", "como sigue:"),
    ("ru", "It was adopted.", "Декларация была принята."),
    ("fr", "Is it?", "Est-ce le cas ?"),
    ("fr", "He said “It was adopted.”", "Il a dit « Elle a été adoptée. »"),
    # Headings and titles close without a mark: nothing is expected.
    ("fr", "Crime prevention and criminal justice", "Prévention du crime et justice pénale."),
    ("zh", "Annex", "附件"),
    # An abbreviation both keep.
    ("fr", "Bahrain, Belarus, etc.", "Bahreïn, Bélarus, etc."),
]


@pytest.mark.parametrize(("lang", "english", "translation"), PUNCTUATION_PASS)
def test_closing_punctuation_of_the_language_passes(
    lang: str, english: str, translation: str
) -> None:
    assert check_punctuation(unit(lang, english, translation)) is None


def test_closing_punctuation_is_not_checked_in_the_masthead() -> None:
    assert (
        check_punctuation(unit("zh", "Distr.: General.", "Distr.: General", kind=MASTHEAD)) is None
    )


PUNCTUATION_FAIL = [
    ("fr", "Reaffirm the Declarations;", "Réaffirment les Déclarations.", "«;»"),
    ("zh", "Reaffirm the Declarations;", "重申各项宣言;", "«；»"),
    ("zh", "It was adopted.", "宣言获得通过.", "«。»"),
    ("ar", "It was adopted.", "واعتمد الإعلان", "«.»"),
    ("es", "as follows:", "como sigue", "«:»"),
    ("ru", "Reaffirm the Declarations;", "подтверждаем декларации.", "«;»"),
]


@pytest.mark.parametrize(("lang", "english", "translation", "expected"), PUNCTUATION_FAIL)
def test_closing_punctuation_missing_or_foreign_is_a_warning(
    lang: str, english: str, translation: str, expected: str
) -> None:
    found = check_punctuation(unit(lang, english, translation))
    assert found is not None and found.severity == "warning" and expected in found.message


# --- length ---------------------------------------------------------------------

TRUNCATED = {
    "fr": PARAGRAPH_3_IN["fr"][:90],
    "es": PARAGRAPH_3_IN["es"][:90],
    "ru": PARAGRAPH_3_IN["ru"][:90],
    "ar": PARAGRAPH_3_IN["ar"][:70],
    "zh": PARAGRAPH_3_IN["zh"][:25],
}


@pytest.mark.parametrize("lang", LANGS)
def test_length_of_a_real_translation_is_plausible(lang: str) -> None:
    assert check_length(unit(lang, PARAGRAPH_3, PARAGRAPH_3_IN[lang])) is None


@pytest.mark.parametrize("lang", LANGS)
def test_length_of_a_truncated_translation_is_a_warning(lang: str) -> None:
    found = check_length(unit(lang, PARAGRAPH_3, TRUNCATED[lang]))
    assert found is not None and found.severity == "warning" and "too short" in found.message


def test_length_of_chinese_counts_digits_and_symbols_as_english_does() -> None:
    english = "in resolution 64/293 of 30 July 2010"
    assert check_length(unit("zh", english, "在2010年7月30日第64/293号决议中")) is None
    assert check_length(unit("zh", english, "在2010年7月30日第64/293号决议中" * 3)) is not None


def test_length_of_chinese_as_long_as_the_english_is_too_long() -> None:
    found = check_length(unit("zh", PARAGRAPH_3, PARAGRAPH_3_IN["zh"] * 4))
    assert found is not None and "too long" in found.message


@pytest.mark.parametrize(
    ("english", "translation"),
    [("Annex", "Annexe au document"), ("Agenda item 108", "Point")],
)
def test_length_of_very_short_strings_is_not_judged(english: str, translation: str) -> None:
    assert check_length(unit("fr", english, translation)) is None


@pytest.mark.parametrize("lang", LANGS)
def test_length_against_siblings_flags_a_truncated_language(lang: str) -> None:
    siblings = {other: PARAGRAPH_3_IN[other] for other in LANGS if other != lang}
    found = check_length_siblings(unit(lang, PARAGRAPH_3, TRUNCATED[lang], siblings=siblings))
    assert found is not None and "truncated" in found.message


@pytest.mark.parametrize("lang", LANGS)
def test_length_against_siblings_passes_when_all_agree(lang: str) -> None:
    siblings = {other: PARAGRAPH_3_IN[other] for other in LANGS if other != lang}
    siblings["en"] = "ignored: the English is compared by the length check"
    assert (
        check_length_siblings(unit(lang, PARAGRAPH_3, PARAGRAPH_3_IN[lang], siblings=siblings))
        is None
    )


def test_length_against_siblings_needs_two_of_them() -> None:
    siblings = {"fr": PARAGRAPH_3_IN["fr"]}
    assert (
        check_length_siblings(unit("es", PARAGRAPH_3, TRUNCATED["es"], siblings=siblings)) is None
    )


# --- chrF against the supplied translation ------------------------------------------------


def test_chrf_signature_records_the_settings() -> None:
    signature = chrf_signature()
    assert signature.startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:")


@pytest.mark.parametrize(
    ("translation", "supplied"),
    [
        (PARAGRAPH_5_IN["fr"], PARAGRAPH_5_IN["fr"]),
        (PARAGRAPH_5_IN["fr"], PARAGRAPH_5_IN["fr"].replace("Expriment", "Expriment  ")),
        (PARAGRAPH_5_IN["fr"], PARAGRAPH_5_IN["fr"].replace("en tant que", "comme")),
        (PARAGRAPH_5_IN["fr"], ""),  # nothing supplied
    ],
)
def test_chrf_close_to_the_supplied_translation_passes(translation: str, supplied: str) -> None:
    assert check_chrf(unit("fr", PARAGRAPH_5, translation, supplied=supplied)) is None


def test_chrf_far_from_the_supplied_translation_is_reported_with_its_score() -> None:
    found = check_chrf(unit("fr", PARAGRAPH_5, PARAGRAPH_5_IN["fr"], supplied=PARAGRAPH_3_IN["fr"]))
    assert found is not None and found.severity == "info"
    score = float(found.message.split()[1])
    assert 0 <= score < CHRF_THRESHOLD
    assert found.message.startswith(f"chrF {score:.1f} between the translation")


# --- repeats across units and documents ----------------------------------------------------


def _doc(*pairs: tuple[str, str], lang: str = "fr") -> list[Unit]:
    return [unit(lang, english, translation) for english, translation in pairs]


SENTENCE = "Invite the General Assembly to schedule the next appraisal."


def test_repeats_the_same_english_translated_differently_across_documents() -> None:
    found = check_repeats(
        {
            "A_68_500": _doc((SENTENCE, "Invitent l'Assemblée générale à programmer.")),
            "A_68_600": _doc((SENTENCE, "Invitent l'Assemblée à prévoir.")),
        }
    )
    assert set(found) == {("A_68_500", 0), ("A_68_600", 0)}
    finding = found[("A_68_500", 0)][0]
    assert finding.check == "repeats" and finding.severity == "warning"
    assert "translated 2 ways" in finding.message and "A_68_600" in finding.message


def test_repeats_within_one_document() -> None:
    found = check_repeats(
        {"A_68_500": _doc((SENTENCE, "Invitent l'Assemblée générale."), (SENTENCE, "Prient."))}
    )
    assert set(found) == {("A_68_500", 0), ("A_68_500", 1)}
    assert "this document" in found[("A_68_500", 1)][0].message


def test_repeats_do_not_fire_for_short_strings_differing_in_case_or_punctuation() -> None:
    found = check_repeats(
        {
            "A_68_500": _doc(("United Nations", "Nations Unies")),
            "A_68_600": _doc(("United Nations", "NATIONS UNIES")),
            "A_68_700": _doc(("United Nations", "Nations Unies.")),
        }
    )
    assert found == {}


def test_repeats_do_not_compare_different_languages() -> None:
    found = check_repeats(
        {
            "A_68_500": _doc((SENTENCE, "Invitent l'Assemblée générale.")),
            "A_68_600": _doc((SENTENCE, "Invitan a la Asamblea General."), lang="es"),
        }
    )
    assert found == {}


def test_repeats_identical_translation_of_different_english() -> None:
    shared = "Invitent l'Assemblée générale à programmer la prochaine évaluation."
    found = check_repeats(
        {
            "A_68_500": _doc((SENTENCE, shared)),
            "A_68_600": _doc(("Request the Secretary-General to report next year.", shared)),
        }
    )
    finding = found[("A_68_500", 0)][0]
    assert finding.check == "repeats-identical" and finding.severity == "info"
    assert "Request the Secretary-General" in finding.message


@pytest.mark.parametrize(
    ("first", "second", "translation"),
    [
        ("Annex", "Annexes", "Annexe"),  # trivially short
        ("Organization of work", "Organisation of work", "Organisation des travaux"),
        (
            "The organization of the work of the session.",  # spelling only
            "The organisation of the work of the session.",
            "L'organisation des travaux de la session.",
        ),
    ],
)
def test_repeats_identical_guard_against_short_or_lookalike_english(
    first: str, second: str, translation: str
) -> None:
    found = check_repeats({"A": _doc((first, translation)), "B": _doc((second, translation))})
    assert found == {}


def test_repeats_across_documents_leaves_out_what_one_document_shows_alone() -> None:
    shared = "Invitent l'Assemblée générale à programmer la prochaine évaluation."
    units = {
        # Within A: the same English two ways, and one translation for two English texts.
        "A": _doc(
            (SENTENCE, "Invitent l'Assemblée générale."),
            (SENTENCE, "Prient l'Assemblée."),
            ("Request the Secretary-General to report next year.", shared),
            ("Decide to convene the fifth ministerial meeting in New York.", shared),
        ),
        # B repeats the sentence a third way: only the corpus shows it for B.
        "B": _doc((SENTENCE, "Demandent à l'Assemblée.")),
    }
    everything = check_repeats(units)
    across = repeats_across_documents(units)
    assert set(everything) == {("A", 0), ("A", 1), ("A", 2), ("A", 3), ("B", 0)}
    assert set(across) == {("B", 0)}
    assert across[("B", 0)] == everything[("B", 0)]
    assert "translated 3 ways" in across[("B", 0)][0].message


def test_repeats_skip_untranslated_and_english_units() -> None:
    found = check_repeats(
        {
            "A": _doc((SENTENCE, "")) + [unit("en", SENTENCE, SENTENCE)],
            "B": _doc((SENTENCE, "Invitent.")) + [unit("en", SENTENCE, "Other")],
        }
    )
    assert found == {}


# --- what the realistic documents taught ------------------------------------------------------

ITEM_PUNCTUATION_PASS = [
    # Each language's list style: ";", ",", "." or nothing, whatever the English item has.
    ("es", "Training of national officials;", "Capacitación de funcionarios nacionales,"),
    ("es", "Training of national officials;", "Capacitación de funcionarios nacionales"),
    ("fr", "Coordination with regional organizations.", "Coordination avec les organisations régionales ;"),
    ("ar", "Training of national officials;", "تدريب الموظفين الوطنيين"),
    ("ru", "Coordination with regional organizations.", "координация с региональными организациями;"),
    ("zh", "Training of national officials;", "培训国家官员，"),
]


@pytest.mark.parametrize("number", ["(b)", "b)", "(iv)", "1.a", "2.3.c"])
@pytest.mark.parametrize(("lang", "english", "translation"), ITEM_PUNCTUATION_PASS)
def test_closing_punctuation_of_list_items_follows_the_language_list_style(
    lang: str, english: str, translation: str, number: str
) -> None:
    assert check_punctuation(unit(lang, english, translation, number=number)) is None


@pytest.mark.parametrize("number", ["1.", "1.1", "2.3.4", "I.", "Chapter II"])
def test_a_paragraph_number_with_a_digit_last_is_no_item(number: str) -> None:
    found = check_punctuation(unit("fr", "Training of national officials;", "Formation des fonctionnaires", number=number))
    assert found is not None


def test_a_list_the_translation_sorts_in_its_own_order_is_no_numbering_error() -> None:
    """French sorts its definitions: English (a) Record, (b) Publication, (c) Fund are
    b), c), a) in French. A cycle of labels is the list reordered; one label changed
    alone is a wrong number."""
    sorted_list = {4: ("(a)", "b)"), 5: ("(b)", "c)"), 6: ("(c)", "a)"), 7: ("8.", "8.")}
    assert reordered(sorted_list, "fr") == {4, 5, 6}
    one_wrong = {4: ("(a)", "a)"), 5: ("(b)", "c)"), 6: ("(c)", "c)")}
    assert reordered(one_wrong, "fr") == set()
    # the same letters in two lists apart: each list on its own
    two_lists = {4: ("(a)", "b)"), 5: ("(b)", "a)"), 6: ("3.", "3."), 7: ("(a)", "a)"), 8: ("(b)", "c)")}
    assert reordered(two_lists, "ru") == {4, 5}
    assert reordered({1: ("(a)", "(ب)"), 2: ("(b)", "(أ)")}, "ar") == {1, 2}


@pytest.mark.parametrize(
    ("lang", "english", "translation", "number"),
    [
        ("zh", "Training of national officials;", "培训国家官员;", "(a)"),  # a Latin mark in Chinese
        ("fr", "Training of national officials;", "Formation des fonctionnaires nationaux", "1."),  # a paragraph
        ("es", "It was adopted.", "Fue aprobada", ""),
    ],
)
def test_closing_punctuation_of_paragraphs_and_foreign_marks_still_warn(
    lang: str, english: str, translation: str, number: str
) -> None:
    found = check_punctuation(unit(lang, english, translation, number=number))
    assert found is not None and found.severity == "warning"


def test_repeats_ignore_the_closing_mark_a_list_item_takes_from_its_place() -> None:
    english = "Request the Secretary-General to report on progress at its seventy-first session;"
    found = check_repeats(
        {"A": _doc((english, "请秘书长在第七十一届会议上报告进展情况；"), (english, "请秘书长在第七十一届会议上报告进展情况。"), lang="zh")}
    )
    assert found == {}


_REPORT_TO_THE_ASSEMBLY = "Requests the Secretary-General to report to the General Assembly on the implementation of the present resolution."


@pytest.mark.parametrize(
    ("lang", "translation"),
    [
        ("fr", "Prie le Secrétaire général de lui rendre compte de l'application de la présente résolution."),
        ("es", "Solicita al Secretario General que le informe sobre la aplicación de la presente resolución."),
        ("es", "Solicita al Secretario General que la informe sobre la aplicación de la presente resolución."),
        ("ru", "просит Генерального секретаря представить ей доклад об осуществлении настоящей резолюции."),
        ("ar", "تطلب إلى الأمين العام أن يقدم إليها تقريرا عن تنفيذ هذا القرار."),
    ],
)
def test_terms_accept_the_pronoun_for_the_body_a_report_goes_to(lang: str, translation: str, glossary: Glossary) -> None:
    assert check_terms(unit(lang, _REPORT_TO_THE_ASSEMBLY, translation), glossary) is None


@pytest.mark.parametrize(
    ("lang", "english", "translation"),
    [
        # a pronoun, but the Assembly is not the one reported to
        ("fr", "The General Assembly decides to report to the General Assembly.", "Elle décide de lui rendre compte."),
        # reported to, but another body named and no pronoun
        ("fr", _REPORT_TO_THE_ASSEMBLY, "Prie le Secrétaire général de rendre compte au Conseil de l'application de la présente résolution."),
        # Chinese names the Assembly again: no pronoun stands for it
        ("zh", _REPORT_TO_THE_ASSEMBLY, "请秘书长向其报告本决议的执行情况。"),
    ],
)
def test_terms_still_warn_when_no_pronoun_stands_for_the_body(
    lang: str, english: str, translation: str, glossary: Glossary
) -> None:
    found = check_terms(unit(lang, english, translation), glossary)
    assert found is not None and "General Assembly" in found.message


def test_terms_leave_a_citation_kept_in_the_original_alone(glossary: Glossary) -> None:
    citation = "United Nations, Treaty Series, vol. 2894, No. 10040."
    assert check_terms(unit("ru", citation, citation), glossary) is None
    assert check_terms(unit("ru", citation, "United Nations, vol. 2894, No. 10040."), glossary) is not None


def test_a_footnote_mark_after_a_full_stop_is_no_decimal() -> None:
    english = "Guidelines were issued in 2005.2 The triennial review guides the work."
    assert [w.values for w in numbers_to_check(english)] == [{2005}, {2}]


NUMBERS_MASKING_FAIL = [
    # A word of a period says only a length of time: not the 10 of "10 Member States".
    ("fr", "a ten-year programme and replies from 10 Member States", "un programme décennal et des réponses d'États Membres", "10"),
    ("ar", "replies from 2 Member States", "ردود من دول أعضاء خلال السنتين", "2"),
    # UN Arabic month names hold ordinals: كانون الثاني (January) is no 2.
    ("ar", "2 projects were launched in January", "أطلقت مشاريع في كانون الثاني/يناير", "2"),
    ("ar", "1 project was launched in October", "أطلق مشروع في تشرين الأول/أكتوبر", "1"),
]


@pytest.mark.parametrize(("lang", "english", "translation", "lacking"), NUMBERS_MASKING_FAIL)
def test_numbers_are_not_found_in_words_that_only_look_like_them(
    lang: str, english: str, translation: str, lacking: str
) -> None:
    found = check_numbers(unit(lang, english, translation))
    assert found is not None and found.severity == "error" and f"({lacking})" in found.message


@pytest.mark.parametrize(
    ("lang", "english", "translation"),
    [
        ("fr", "a programme for 10 years", "un programme décennal"),
        ("ru", "a budget for 2 years", "двухгодичный бюджет"),
        ("ar", "replies from 2 Member States", "ردود من كلتا الدولتين"),  # "both"
        ("fr", "some 20 countries", "une vingtaine de pays"),
    ],
)
def test_numbers_said_by_a_period_or_a_collective_word_pass(lang: str, english: str, translation: str) -> None:
    assert check_numbers(unit(lang, english, translation)) is None


@pytest.mark.parametrize(
    ("lang", "english", "translation"),
    [
        # 一 of 一次 (once) near a Chinese date is no day of it.
        ("zh", "convened from 1 to 5 February 2011", "2011年2月日至5日召开了一次会议"),
        # The 2 of كانون الثاني (January) is no day.
        ("ar", "from 2 January 2022", "من 3 كانون الثاني/يناير 2022"),
        ("ar", "on 1 October 2020", "في 2 تشرين الأول/أكتوبر 2020"),
    ],
)
def test_dates_read_only_the_numbers_of_the_date(lang: str, english: str, translation: str) -> None:
    found = check_dates(unit(lang, english, translation))
    assert found is not None and found.severity == "error"


def test_repeats_ignore_the_arabic_and_that_joins_a_later_preambular_paragraph() -> None:
    english = "Reaffirming its primary responsibility for the maintenance of international peace and security,"
    first = "إذ يعيد تأكيد مسؤوليته الرئيسية عن صون السلام والأمن الدوليين،"
    found = check_repeats({"S": _doc((english, first), (english, "و" + first), lang="ar")})
    assert found == {}
    other = "إذ يؤكد من جديد مسؤوليته عن السلام،"
    assert check_repeats({"S": _doc((english, first), (english, other), lang="ar")}) != {}


def test_a_footnote_mark_after_a_paragraph_final_full_stop_is_no_decimal() -> None:
    assert [w.values for w in numbers_to_check("Welcomes the 34 workshops held during 2009.1")] == [{34}, {2009}, {1}]


@pytest.mark.parametrize(
    ("lang", "english", "translation"),
    [
        ("es", "With UNICEF, 14 countries prepared plans; only 14 countries reported.",
         "Con el UNICEF, 41 países prepararon planes; solo catorce países informaron."),
        ("fr", "In 2013, 22 States and, in 2014, 22 others.", "En 2013, 22 États et, en 2014, 23 autres."),
    ],
)  # fmt: skip
def test_numbers_said_twice_in_the_english_and_changed_once_are_errors(
    lang: str, english: str, translation: str
) -> None:
    found = check_numbers(unit(lang, english, translation))
    assert found is not None and found.severity == "error" and "2 times in the English, 1 in the translation" in found.message


@pytest.mark.parametrize(
    ("lang", "english", "translation"),
    [
        ("fr", "14 countries prepared plans; these 14 countries reported.", "14 pays ont établi des plans; ces pays ont fait rapport."),
        ("es", "14 countries prepared plans; only 14 countries reported.", "14 países prepararon planes; solo catorce informaron."),
    ],
)
def test_numbers_said_once_where_the_english_repeats_them_pass(lang: str, english: str, translation: str) -> None:
    assert check_numbers(unit(lang, english, translation)) is None


def test_dates_leave_a_footnote_mark_next_to_the_date_aside() -> None:
    english = "convened from 1 to 5 August 2005 to review the guidelines.1"
    found = check_dates(unit("ar", english, "عقد في الفترة من 2 إلى 5 آب/أغسطس 2005 لاستعراض المبادئ التوجيهية(1)."))
    assert found is not None and found.severity == "error"
    assert check_dates(unit("ar", english, "عقد في الفترة من 1 إلى 5 آب/أغسطس 2005 لاستعراض المبادئ التوجيهية(1).")) is None


_SENTENCES = {
    "fr": "Au total, {} États ont répondu.",
    "es": "En total, respondieron {} Estados.",
    "ru": "Всего ответили {} государств.",
}


@given(
    st.integers(min_value=3, max_value=999_999),
    st.sampled_from(["fr", "es", "ru"]),
    st.sampled_from(["n", "g", "d", "i", "p"]),
    st.integers(min_value=1, max_value=1000),
)
def test_any_number_num2words_spells_stands_for_the_english_digits(value: int, lang: str, case: str, delta: int) -> None:
    from num2words import num2words

    options = {"case": case} if lang == "ru" else {}
    translation = _SENTENCES[lang].format(num2words(value, lang=lang, **options))
    assert check_numbers(unit(lang, f"In all, {value} States replied.", translation)) is None
    found = check_numbers(unit(lang, f"In all, {value + delta} States replied.", translation))
    assert found is not None and found.severity == "error"


BODY = "The report was prepared in cooperation with the United Nations Development Programme (UNDP)."


def test_length_lets_a_body_be_named_by_its_acronym_alone() -> None:
    assert check_length(unit("ru", BODY, "Доклад был подготовлен в сотрудничестве с ПРООН.")) is None
    women = (
        "The report was prepared in cooperation with the United Nations Entity for Gender Equality "
        "and the Empowerment of Women (UN-Women)."
    )
    assert check_length(unit("ru", women, "Доклад был подготовлен в сотрудничестве с «ООН-женщины».")) is None
    siblings = {
        "fr": "Le rapport a été établi en coopération avec le Programme des Nations Unies pour le développement (PNUD).",
        "es": "El informe se preparó en cooperación con el Programa de las Naciones Unidas para el Desarrollo (PNUD).",
    }
    assert check_length_siblings(unit("ru", BODY, "Доклад был подготовлен в сотрудничестве с ПРООН.", siblings=siblings)) is None
    found = check_length(unit("ru", BODY, "Доклад был подготовлен."))
    assert found is not None and "too short" in found.message


def test_length_of_short_texts_is_judged_with_a_wider_tolerance() -> None:
    assert check_length(unit("zh", "Surveillance of infectious diseases,", "传染病监测")) is None
    found = check_length(unit("zh", "Surveillance of infectious diseases,", "监测"))
    assert found is not None and "too short" in found.message


@pytest.mark.parametrize(
    ("lang", "english", "translation"),
    [
        ("ru", BODY, "Доклад был подготовлен в сотрудничестве с ПРООН."),
        ("zh", "with the support of UNICEF", "在儿基会的支持下"),
        ("ar", "UN-Women deployed experts", "نشرت هيئة الأمم المتحدة للمرأة خبراء"),
        ("fr", "with UNFPA", "avec le FNUAP"),
        ("es", "with OHCHR", "con el ACNUDH"),
        # A glossary name inside the name of a body the glossary does not hold.
        ("ru", "with the United Nations Industrial Development Organization (UNIDO)", "с ЮНИДО"),
    ],
)
def test_terms_of_bodies_named_by_their_acronym_pass(lang: str, english: str, translation: str, glossary: Glossary) -> None:
    assert check_terms(unit(lang, english, translation), glossary) is None


@pytest.mark.parametrize(
    ("lang", "english", "translation", "expected"),
    [
        ("fr", "with UNDP", "avec le UNDP", "PNUD"),
        ("ru", "with UNHCR", "с UNHCR", "УВКБ"),
        # "United Nations" on its own is still asked for beside a body it does not know.
        ("ru", "The United Nations and the United Nations Industrial Development Organization (UNIDO)", "ЮНИДО", "Организация Объединенных Наций"),
    ],
)
def test_terms_of_bodies_in_a_wrong_form_warn(
    lang: str, english: str, translation: str, expected: str, glossary: Glossary
) -> None:
    found = check_terms(unit(lang, english, translation), glossary)
    assert found is not None and found.severity == "warning" and expected in found.message


@pytest.mark.parametrize(
    ("lang", "english", "translation"),
    [
        # The year of a symbol (E/2006/436) near the date is not its year.
        ("ar", "Welcoming the report of 7 July 2006 (E/2006/436),", "وإذ يرحب بالتقرير المؤرخ 7 تموز/يوليه 2009 (E/2006/436)،"),
        # Nor the 2 of a resolution number.
        ("ar", "Recalling its resolution 2/245 of 2 February 1949,", "وإذ تشير إلى قرارها 2/245 المؤرخ 1 شباط/فبراير 1949،"),
        # Nor a footnote mark after the year.
        ("ar", "held in Bangkok on 2 February 2016.2", "عقد في بانكوك في 1 شباط/فبراير 2016(2)."),
        # Nor the day of the date before it.
        ("ar", "from 3 March 2013 to 2 April 2014", "من 3 آذار/مارس 2013 إلى 3 نيسان/أبريل 2014"),
        ("zh", "from 11 February 2012 to 15 January 2013", "2012年2月11日至2013年1月11日"),
    ],
)
def test_dates_read_the_day_and_year_of_the_date_itself(lang: str, english: str, translation: str) -> None:
    found = check_dates(unit(lang, english, translation))
    assert found is not None and found.severity == "error"


def test_chinese_dates_read_the_day_right_after_the_month() -> None:
    english = "held in Addis Ababa on 3 November 2013.2 The triennial comprehensive policy review."
    assert check_dates(unit("zh", english, "2013年11月3日在亚的斯亚贝巴举行了会议2。三年期全面政策审查")) is None
    found = check_dates(unit("zh", english, "2013年11月4日在亚的斯亚贝巴举行了会议2。三年期全面政策审查"))
    assert found is not None and found.severity == "error"


def test_dates_read_the_days_right_before_the_month_not_a_meeting_number() -> None:
    english = "The Committee considered the item at its 13th meeting, on 13 February 2015."
    found = check_dates(unit("fr", english, "La Commission a examiné la question à sa 13e séance, le 14 février 2015."))
    assert found is not None and found.severity == "error"
    assert check_dates(unit("fr", english, "La Commission a examiné la question à sa 13e séance, le 13 février 2015.")) is None
    assert check_dates(unit("ar", "from 6 to 7 April 2018", "من 6 إلى 7 نيسان/أبريل 2018")) is None
    assert check_dates(unit("ar", "on 29 and 30 May 2013", "في 29 و30 أيار/مايو 2013")) is None


def test_numbers_leave_the_month_of_a_chinese_date_aside() -> None:
    english = "A total of 12 projects were implemented. A meeting was held from 22 to 24 December 2019."
    found = check_numbers(unit("zh", english, "共实施了个项目。2019年12月22日至24日召开了一次会议。"))
    assert found is not None and found.severity == "error"
    assert check_numbers(unit("zh", english, "共实施了12个项目。2019年12月22日至24日召开了一次会议。")) is None


def test_a_number_the_english_says_again_as_a_period_counts_twice() -> None:
    english = "Surveys are conducted every five years. Under the five-year plan, land is restored."
    translation = "Les enquêtes sont réalisées tous les {} ans. Dans le cadre du plan quinquennal, les terres sont remises en état."
    assert check_numbers(unit("fr", english, translation.format("cinq"))) is None
    found = check_numbers(unit("fr", english, translation.format("7")))
    assert found is not None and found.severity == "error" and "2 times in the English" in found.message
