"""Rebuilt documents: structure from the English, text from a catalogue, fallbacks marked."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.errors import ConfigError
from pipeline.model import Document
from pipeline.rebuild import (
    FALLBACK_MARK,
    NOTICE_PREFIX,
    completeness,
    rebuild_html,
    rebuild_text,
)
from pipeline.segment import segment_text

TITLE = (
    "Letter dated 1 March 2015 from the Permanent Representative of Belarus to the United Nations "
    "addressed to the Secretary-General"
)
ANNEX = "Annex to the l" + TITLE[1:]
LETTER = f"""United Nations A/70/10

Distr.: General 2 March 2015

Original: English

Seventieth session
Agenda item 12
Crime prevention and criminal justice

## {TITLE}

I have the honour to transmit herewith the declaration adopted by the Group of Friends.

(Signed) Andrei **Dapkiunas**Ambassador
Permanent Representative of the
Republic of Belarus to the United Nations

## {ANNEX}

We, the members of the Group of Friends,

- 1. Reaffirm the Global Plan of Action;
- 2. Decide to meet again in 2016.

New York, 1 March 2015
"""

FRENCH = {
    "United Nations": "Nations Unies",
    "Distr.: General": "Distr. générale",
    "2 March 2015": "2 mars 2015",
    "Original: English": "Original : anglais",
    "Seventieth session": "Soixante-dixième session",
    "Agenda item 12": "Point 12 de l'ordre du jour",
    "Crime prevention and criminal justice": "Prévention du crime et justice pénale",
    TITLE: "Lettre datée du 1er mars 2015, adressée au Secrétaire "
    "général par le Représentant permanent du Bélarus auprès de l'Organisation des Nations Unies",
    "I have the honour to transmit herewith the declaration adopted by the Group of Friends.": (
        "J'ai l'honneur de vous faire tenir ci-joint la déclaration adoptée par le Groupe des amis."
    ),
    "(Signed) Andrei Dapkiunas": "(Signé) Andrei Dapkiunas",
    "Ambassador": "Ambassadeur",
    "Permanent Representative of the Republic of Belarus to the United Nations": (
        "Représentant permanent de la République du Bélarus auprès de l'Organisation "
        "des Nations Unies"
    ),
    ANNEX: "Annexe à la lettre datée du 1er mars 2015",
    "We, the members of the Group of Friends,": "Nous, membres du Groupe des amis,",
    "Reaffirm the Global Plan of Action;": "Réaffirmons le Plan d'action mondial;",
    "Decide to meet again in 2016.": "Décidons de nous réunir de nouveau en 2016.",
    "New York, 1 March 2015": "New York, le 1er mars 2015",
}
ARABIC = {
    "United Nations": "الأمم المتحدة",
    "Reaffirm the Global Plan of Action;": "نؤكد من جديد خطة العمل العالمية؛",
    "Decide to meet again in 2016.": "نقرر أن نجتمع مرة أخرى في عام 2016.",
}
DECIDE = "Decide to meet again in 2016."
CHINESE = {
    "United Nations": "联合国",
    "Reaffirm the Global Plan of Action;": "重申《全球行动计划》；",
    "Decide to meet again in 2016.": "决定于2016年再次开会。",
}


def _doc(text: str = LETTER) -> Document:
    return segment_text(text, "en", "source/en/A_70_10.txt")


def _final(table: dict[str, str]) -> dict[str, tuple[str, bool]]:
    return {msgid: (msgstr, False) for msgid, msgstr in table.items()}


def _complete(doc: Document, table: dict[str, str], filler: str) -> dict[str, tuple[str, bool]]:
    """Every segment translated: the table's text where it has one, else ``filler`` + n."""
    return {
        seg.text: (table.get(seg.text, f"{filler} {n}"), False)
        for n, seg in enumerate(doc.segments)
    }


# -- the English rebuild is the English original -------------------------------


def test_english_rebuild_of_A_68_500_resegments_to_the_same_segments(seed_text: str) -> None:
    original = segment_text(seed_text, "en", "source/en/A_68_500.txt")
    identity = {seg.text: (seg.text, False) for seg in original.segments}
    rebuilt = segment_text(rebuild_text(original, identity, "en"), "en", "rebuilt")
    assert rebuilt.symbol == original.symbol == "A/68/500"
    assert [(s.text, s.kind, s.number) for s in rebuilt.segments] == [
        (s.text, s.kind, s.number) for s in original.segments
    ]
    assert [(s.markup, s.emphasis) for s in rebuilt.segments] == [
        (s.markup, s.emphasis) for s in original.segments
    ]


def test_rebuild_with_footnotes_resegments_to_the_same_segments() -> None:
    text = (Path(__file__).parent / "data" / "footnotes" / "en.txt").read_text(encoding="utf-8")
    original = segment_text(text, "en", "source/en/A_68_123.txt")
    rebuilt = rebuild_text(original, {}, "en")
    # The footnotes follow the text, under the rule, as one block.
    assert rebuilt.endswith("\n\n__________________\n\n1 See also resolution 64/293, annex, and the report "
                            "of the Secretary-General (A/67/123).\n2 Available from www.unodc.org.\n"
                            "3 See A/68/50, para. 12.\n")
    again = segment_text(rebuilt, "en", "rebuilt")
    assert [(s.text, s.kind, s.number) for s in again.segments] == [
        (s.text, s.kind, s.number) for s in original.segments
    ]
    html = rebuild_html(original, {}, "en")
    notes = html[html.index('<aside class="footnotes">'):html.index("</aside>")]
    assert notes.count('<p class="footnote"') == 3 and '<bdi class="num">2</bdi>' in notes


def test_english_rebuild_drops_page_furniture_and_rejoins_the_cut_paragraph(seed_text: str) -> None:
    original = segment_text(seed_text, "en")
    text = rebuild_text(original, {}, "en")
    assert "2/3" not in text.splitlines() and "13-49986" not in text
    assert "events will continue, thus contributing" in text
    assert FALLBACK_MARK not in text and not text.startswith(NOTICE_PREFIX)


def test_source_language_is_never_marked_as_fallback_even_without_a_catalogue() -> None:
    doc = _doc()
    assert completeness(doc, {}, "en").share == 1.0
    assert FALLBACK_MARK not in rebuild_text(doc, {}, "en")
    assert 'class="fallback' not in rebuild_html(doc, {}, "en")


# -- structure reapplied in every language ---------------------------------------


@pytest.mark.parametrize(
    "expected_line",
    [
        "Nations Unies A/70/10",
        "Distr. générale 2 mars 2015",
        "## Lettre datée du 1er mars 2015, adressée au Secrétaire général par le Représentant "
        "permanent du Bélarus auprès de l'Organisation des Nations Unies",
        "(Signé) **Andrei Dapkiunas**",
        "- 1. Réaffirmons le Plan d'action mondial;",
        "- 2. Décidons de nous réunir de nouveau en 2016.",
    ],
)
def test_french_rebuild_keeps_numbering_markup_and_masthead(expected_line: str) -> None:
    text = rebuild_text(_doc(), _final(FRENCH), "fr")
    assert expected_line in text.splitlines()


LABELLED = """United Nations A/70/11

## Report of the Committee

I. Introduction

A. Mandate

- 1. The Committee met twice:
- (a) In New York;
- (i) In the spring;
- 1.1 The first meeting was short.
- 1.a The second was longer.

Chapter II
Conclusions
"""
# The labels of LABELLED as each language prints them, in order.
LABELS_BY_LANGUAGE = {
    "en": ["I.", "A.", "1.", "(a)", "(i)", "1.1", "1.a", "Chapter II"],
    "fr": ["I.", "A.", "1.", "a)", "i)", "1.1", "1.a", "Chapitre II"],
    "es": ["I.", "A.", "1.", "a)", "i)", "1.1", "1.a", "Capítulo II"],
    "ru": ["I.", "A.", "1.", "а)", "i)", "1.1", "1.а", "Глава II"],
    "ar": ["أولا -", "ألف -", "1 -", "(أ)", "’1‘", "1-1", "1-أ", "الفصل الثاني"],
    "zh": ["一.", "A.", "1.", "(a)", "㈠", "1.1", "1.a", "第二章"],
}


@pytest.mark.parametrize("lang", sorted(LABELS_BY_LANGUAGE))
def test_each_language_prints_its_own_form_of_every_label(lang: str) -> None:
    doc = _doc(LABELLED)
    assert [s.number for s in doc.segments if s.number] == LABELS_BY_LANGUAGE["en"]
    translated = _complete(doc, {}, {"ar": "نص", "zh": "文本", "ru": "Текст"}.get(lang, "Texte"))
    rebuilt = rebuild_text(doc, translated, lang)
    again = segment_text(rebuilt, lang, "rebuilt")
    # Printed once, in the language's form, never the English one beside it.
    assert [s.number for s in again.segments if s.number] == LABELS_BY_LANGUAGE[lang]
    assert [s.label for s in again.segments if s.label] == [s.label for s in doc.segments if s.label]
    assert all(not s.text.startswith(tuple(LABELS_BY_LANGUAGE["en"])) for s in again.segments if s.number)
    html = rebuild_html(doc, translated, lang)
    for number in LABELS_BY_LANGUAGE[lang]:
        assert f'<bdi class="num">{number}</bdi>' in html


def test_a_withheld_translation_shows_the_english_labels() -> None:
    doc = _doc(LABELLED)
    text = rebuild_text(doc, {}, "ar")
    assert "- (a) In New York;" in text.splitlines()


def test_masthead_line_carries_the_untranslated_symbol_in_arabic() -> None:
    doc = _doc()
    text = rebuild_text(doc, _complete(doc, ARABIC, "نص"), "ar")
    assert text.splitlines()[0] == "الأمم المتحدة A/70/10"


# -- fallbacks -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "status"),
    [
        (("Décidons de nous réunir de nouveau en 2016.", True), "fuzzy"),
        (("", False), "untranslated"),
        (("", True), "untranslated"),
    ],
)
def test_fuzzy_or_missing_translation_falls_back_to_marked_english(
    entry: tuple[str, bool], status: str
) -> None:
    doc = _doc()
    translations = _final(FRENCH) | {"Decide to meet again in 2016.": entry}
    text = rebuild_text(doc, translations, "fr")
    assert "- 2. [EN] Decide to meet again in 2016." in text.splitlines()
    assert "Décidons" not in text
    page = rebuild_html(doc, translations, "fr")
    fallbacks = [e for e in _elements(page) if "fallback" in e.get("class", "").split()]
    assert len(fallbacks) == 1
    assert fallbacks[0]["lang"] == "en" and fallbacks[0]["dir"] == "ltr"
    assert fallbacks[0]["data-status"] == status
    assert ">EN</abbr>" in page


def test_fallback_inside_the_masthead_line_is_marked_on_its_own_span() -> None:
    doc = _doc()
    translations = _final(FRENCH)
    del translations["2 March 2015"]
    assert "Distr. générale [EN] 2 March 2015" in rebuild_text(doc, translations, "fr").splitlines()
    spans = [e for e in _elements(rebuild_html(doc, translations, "fr")) if e["tag"] == "span"]
    assert [s["lang"] for s in spans if "fallback" in s["class"]] == ["en"]


# -- HTML per script -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "table", "direction", "font"),
    [
        ("ar", ARABIC, "rtl", "Noto Naskh Arabic"),
        ("zh", CHINESE, "ltr", "Noto Serif CJK SC"),
        ("fr", FRENCH, "ltr", "Times New Roman"),
    ],
)
def test_html_sets_language_direction_and_font_stack(
    lang: str, table: dict[str, str], direction: str, font: str
) -> None:
    doc = _doc()
    page = rebuild_html(doc, _complete(doc, table, "x"), lang)
    root = _elements(page)[0]
    assert (root["tag"], root["lang"], root["dir"]) == ("html", lang, direction)
    at = page.index(f":lang({lang})")
    rule = page[at : page.index("}", at)]
    assert font in rule


def test_html_numbers_and_symbol_are_isolated_for_right_to_left_text() -> None:
    doc = _doc()
    page = rebuild_html(doc, _complete(doc, ARABIC, "نص"), "ar")
    assert '<bdi class="symbol">A/70/10</bdi>' in page
    assert '<bdi class="num">1 -</bdi> نؤكد من جديد خطة العمل العالمية؛</li>' in page


@pytest.mark.parametrize(
    ("msgstr", "escaped"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Tom & Jerry", "Tom &amp; Jerry"),
        ('"quoted"', "&quot;quoted&quot;"),
    ],
)
def test_html_escapes_translated_text(msgstr: str, escaped: str) -> None:
    doc = _doc()
    translations = _final(FRENCH) | {"Ambassador": (msgstr, False)}
    page = rebuild_html(doc, translations, "fr")
    assert escaped in page and msgstr not in page


def test_newline_inside_a_translation_stays_on_one_line_in_text() -> None:
    doc = _doc()
    translations = _final(FRENCH) | {DECIDE: ("Décidons\nde nous réunir.", False)}
    assert "- 2. Décidons de nous réunir." in rebuild_text(doc, translations, "fr").splitlines()


# -- the --keep threshold --------------------------------------------------------


def test_language_below_threshold_is_withheld_with_figures_and_english_text() -> None:
    doc = _doc()
    translations = _final(ARABIC)  # 3 of 17 entries
    text = rebuild_text(doc, translations, "ar")
    notice, blank, rest = text.split("\n", 2)
    assert notice == (
        "[hexaglot] Not published in Arabic: 3 of 17 entries (17.6%) translated and not fuzzy; "
        "at least 80.0% is required. The English original follows."
    )
    assert blank == ""
    assert rest == rebuild_text(doc, {}, "en")
    assert "الأمم" not in text


def test_withheld_html_page_is_english_and_says_why() -> None:
    doc = _doc()
    page = rebuild_html(doc, _final(ARABIC), "ar", threshold=0.5)
    root = _elements(page)[0]
    assert (root["lang"], root["dir"]) == ("en", "ltr")
    assert 'class="withheld"' in page
    assert "3 of 17 entries (17.6%) translated and not fuzzy; at least 50.0% is required" in page
    assert "الأمم" not in page and 'data-status="withheld"' in page


@pytest.mark.parametrize(
    ("translated", "threshold", "published"),
    [
        (17, 1.0, True),
        (16, 1.0, False),
        (14, 0.8, True),  # 82.4 %
        (13, 0.8, False),  # 76.5 %
        (0, 0.0, True),
    ],
)
def test_threshold_decides_publication(translated: int, threshold: float, published: bool) -> None:
    doc = _doc()
    texts = [s.text for s in doc.segments][:translated]
    translations = {t: (FRENCH[t], False) for t in texts}
    text = rebuild_text(doc, translations, "fr", threshold=threshold)
    assert text.startswith(NOTICE_PREFIX) is not published
    assert completeness(doc, translations, "fr", threshold).published is published


def test_completeness_counts_repeated_english_once_and_fuzzy_as_not_done() -> None:
    doc = _doc(LETTER.replace("New York, 1 March 2015", "Ambassador"))
    assert sum(s.text == "Ambassador" for s in doc.segments) == 2
    translations = {"Ambassador": ("Ambassadeur", False), "Agenda item 12": ("Point 12", True)}
    score = completeness(doc, translations, "fr")
    assert (score.translated, score.entries) == (1, 16)


def test_withheld_percentage_is_rounded_down_so_it_never_reaches_the_threshold() -> None:
    doc = _doc()
    translations = {s.text: (FRENCH[s.text], False) for s in doc.segments[:13]}
    text = rebuild_text(doc, translations, "fr", threshold=13 / 17 + 1e-6)
    assert "(76.4%)" in text.splitlines()[0]  # 76.47 %: rounded down, not up to 76.5 %


def test_unknown_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown language 'xx'"):
        rebuild_text(_doc(), {}, "xx")


# -- determinism -----------------------------------------------------------------


@pytest.mark.parametrize("render", [rebuild_text, rebuild_html])
def test_output_is_byte_identical_across_runs_and_mapping_orders(render) -> None:  # type: ignore[no-untyped-def]
    doc = _doc()
    forward = _final(FRENCH)
    backward = dict(reversed(list(forward.items())))
    first = render(doc, forward, "fr")
    assert first == render(doc, forward, "fr") == render(doc, backward, "fr")
    year = str(date.today().year)
    assert year in ("2015", "2016") or year not in first  # no build date slipped in


# -- helpers ---------------------------------------------------------------------


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append({"tag": tag, **{k: v or "" for k, v in attrs}})


def _elements(page: str) -> list[dict[str, str]]:
    collector = _Collector()
    collector.feed(page)
    return collector.elements
