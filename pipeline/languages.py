"""What the segmenter and the checks need to know of each official language.

One ``Language`` record per code; the words are those UN documents print in
that language's masthead, signature and annex headings.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import ConfigError


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    # Characters that close a sentence or clause; a block ending in none of
    # them is unfinished (a paragraph cut by a page break, a heading).
    closing: str
    # How two pieces of one paragraph are joined: a space, or nothing
    # between ideographs.
    joiner: str
    rtl: bool
    united_nations: tuple[str, ...]  # masthead organisation name
    signed: tuple[str, ...]  # the mark that opens a signature block
    annex: tuple[str, ...]  # words that open an annex or enclosure heading
    distr: tuple[str, ...]  # the distribution line of the masthead
    original: tuple[str, ...]  # "Original: English"
    session: tuple[str, ...]  # words of the session line
    agenda: tuple[str, ...]  # words of the agenda line
    # What the aligner and the language check need; defaults keep older
    # callers working.
    script: str = "Latin"  # the script most of the letters are in
    # The language's own name standing alone in a translation's masthead
    # ("Français" under the date): masthead, never a translated segment.
    self_names: tuple[str, ...] = ()
    recycle: tuple[str, ...] = ()  # the "Please recycle" line of the last page
    # The organs a masthead names under the organisation ("General Assembly").
    organs: tuple[str, ...] = ()
    # Arabic, Chinese and Russian documents print the "Distr." block of the
    # masthead (distribution, issue date, "Original: English") in English.
    masthead_in_english: bool = False
    # Letters of sub-item labels in order: (a), (b) ... are 1, 2 ... in every
    # language although each writes them in its own alphabet.
    letters: str = "abcdefghijklmnopqrstuvwxyz"
    # Frequent short words that tell this language from the others in the
    # same script (the language check counts them).
    function_words: tuple[str, ...] = ()
    # Month names, January first, as regular expressions covering the forms
    # the language inflects ("сентябр" matches сентябрь, сентября, сентябре).
    months: tuple[str, ...] = ()


LANGUAGES: dict[str, Language] = {
    "en": Language(
        code="en",
        name="English",
        closing=".;:!?,",
        joiner=" ",
        rtl=False,
        united_nations=("United Nations",),
        signed=("(Signed)",),
        annex=("Annex", "Enclosure", "Appendix"),
        distr=("Distr.",),
        original=("Original:",),
        session=("session",),
        agenda=("Agenda item", "Item"),  # "Item 27 of the preliminary list"
        organs=(
            "General Assembly",
            "Security Council",
            "Economic and Social Council",
            "Secretariat",
            "Human Rights Council",
        ),
        script="Latin",
        recycle=("Please recycle",),
        function_words=tuple(
            "the of and to in that is for with on by as be are this which from have has "
            "at its it their will shall should".split()
        ),
        months=(
            "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December",
        ),
    ),
    "fr": Language(
        code="fr",
        name="French",
        closing=".;:!?,",
        joiner=" ",
        rtl=False,
        united_nations=("Nations Unies",),
        signed=("(Signé)",),
        annex=("Annexe", "Pièce jointe", "Appendice"),
        distr=("Distr.",),
        original=("Original :", "Original:"),
        session=("session",),
        agenda=("Point", "Points"),
        organs=(
            "Assemblée générale",
            "Conseil de sécurité",
            "Conseil économique et social",
            "Secrétariat",
            "Conseil des droits de l'homme",
        ),
        script="Latin",
        self_names=("Français", "French"),
        recycle=("Merci de recycler",),
        function_words=tuple(
            "le la les des du de et est une un que qui pour dans sur avec au aux ses "
            "par son sont ces cette été être".split()
        ),
        months=(
            "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre",
        ),
    ),
    "es": Language(
        code="es",
        name="Spanish",
        closing=".;:!?,",
        joiner=" ",
        rtl=False,
        united_nations=("Naciones Unidas",),
        signed=("(Firmado)",),
        annex=("Anexo", "Apéndice"),
        distr=("Distr.",),
        original=("Original:",),
        session=("período de sesiones",),
        agenda=("Tema", "Temas"),
        organs=(
            "Asamblea General",
            "Consejo de Seguridad",
            "Consejo Económico y Social",
            "Secretaría",
            "Consejo de Derechos Humanos",
        ),
        script="Latin",
        self_names=("Español", "Spanish"),
        recycle=("Sírvase reciclar", "Se ruega reciclar"),
        function_words=tuple(
            "el la los las del de y es una un que para en con al sus por su son este "
            "esta fue ser".split()
        ),
        months=(
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "se(?:p)?tiembre", "octubre", "noviembre", "diciembre",
        ),
    ),
    "ru": Language(
        code="ru",
        name="Russian",
        closing=".;:!?,",
        joiner=" ",
        rtl=False,
        united_nations=("Организация Объединенных Наций", "Организация Объединённых Наций"),
        signed=("(Подпись)",),
        annex=("Приложение",),
        distr=("Distr.",),
        original=("Original:",),
        session=("сессия",),
        agenda=("Пункт",),
        organs=(
            "Генеральная Ассамблея",
            "Совет Безопасности",
            "Экономический и Социальный Совет",
            "Секретариат",
            "Совет по правам человека",
        ),
        script="Cyrillic",
        self_names=("Русский", "Russian"),
        masthead_in_english=True,
        recycle=("Просьба отправить на вторичную переработку",),
        letters="абвгдежзиклмнопрстуфхцчшщэюя",
        function_words=tuple("и в на по с что для о как к от из это не".split()),
        months=(
            "январ[ьяе]", "феврал[ьяе]", "март[аеу]?", "апрел[ьяе]", "ма[йяе]", "июн[ьяе]",
            "июл[ьяе]", "август[аеу]?", "сентябр[ьяе]", "октябр[ьяе]", "ноябр[ьяе]",
            "декабр[ьяе]",
        ),
    ),
    "ar": Language(
        code="ar",
        name="Arabic",
        closing=".;:!?,،؛؟",
        joiner=" ",
        rtl=True,
        united_nations=("الأمم المتحدة",),
        signed=("(توقيع)",),
        annex=("مرفق", "المرفق"),
        distr=("Distr.",),
        original=("Original:",),
        session=("الدورة", "دورة"),  # "دورة عام 2014"
        agenda=("البند",),
        organs=("الجمعية العامة", "مجلس الأمن", "المجلس الاقتصادي والاجتماعي", "الأمانة العامة", "مجلس حقوق الإنسان"),
        script="Arabic",
        self_names=("العربية", "Arabic"),
        masthead_in_english=True,
        recycle=("الرجاء إعادة الاستعمال",),
        letters="أبجدهوزحطيكلمنسعفصقرشتثخذضظغ",
        function_words=tuple("في من على إلى أن التي الذي عن مع هذا".split()),
        months=(
            "(?:كانون الثاني/)?يناير", "(?:شباط/)?فبراير", "(?:آذار/)?مارس", "(?:نيسان/)?أبريل",
            "(?:أيار/)?مايو", "(?:حزيران/)?يوني[هو]", "(?:تموز/)?يولي[هو]", "(?:آب/)?أغسطس",
            "(?:أيلول/)?سبتمبر", "(?:تشرين الأول/)?أكتوبر", "(?:تشرين الثاني/)?نوفمبر",
            "(?:كانون الأول/)?ديسمبر",
        ),
    ),
    "zh": Language(
        code="zh",
        name="Chinese",
        closing="。；：！？，、.;:!?,",
        joiner="",
        rtl=False,
        united_nations=("联合国",),
        signed=("(签名)", "（签名）"),
        annex=("附件",),
        distr=("Distr.",),
        original=("Original:",),
        session=("届会", "年会议"),  # "2014年会议"
        agenda=("议程项目", "临时项目表项目"),
        organs=("大会", "安全理事会", "经济及社会理事会", "秘书处", "人权理事会"),
        script="Han",
        self_names=("中文", "Chinese"),
        masthead_in_english=True,
        recycle=("请回收",),
        function_words=tuple("的 和 在 是 了 与 对 为".split()),
        months=(
            "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月",
        ),
    ),
}

OFFICIAL = ("ar", "zh", "en", "fr", "ru", "es")


def get_language(code: str) -> Language:
    """The profile of an official language, or a ConfigError naming the code."""
    try:
        return LANGUAGES[code]
    except KeyError:
        raise ConfigError(
            f"unknown language {code!r}; hexaglot knows {', '.join(sorted(LANGUAGES))}"
        ) from None
