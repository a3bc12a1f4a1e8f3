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
        agenda=("Agenda item",),
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
        session=("الدورة",),
        agenda=("البند",),
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
        session=("届会",),
        agenda=("议程项目",),
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
