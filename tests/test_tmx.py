"""TMX 1.4b and XLIFF 2.0 exports: valid XML, read back by translate-toolkit, nothing altered."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import tmx as tt_tmx
from translate.storage import xliff2 as tt_xliff2

from pipeline.model import Document
from pipeline.segment import segment_text
from pipeline.tmx import (
    XLIFF_NS,
    Unit,
    doc_name,
    render_tmx,
    render_xliff,
    units_of,
    unsafe_reason,
)

DTD = Path(__file__).parent / "data" / "tmx14.dtd"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

TITLE = (
    "Letter dated 1 March 2015 from the Permanent Representative of Belarus to the United Nations "
    "addressed to the Secretary-General"
)
LETTER = f"""United Nations A/70/10

Distr.: General 2 March 2015

Original: English

## {TITLE}

We, the members of the Group of Friends,

- 1. Reaffirm the Global Plan of Action;
- 2. Decide to meet again in 2016.

- 3. Decide to meet again in 2016.

New York, 1 March 2015
"""
UN = "United Nations"
REAFFIRM = "Reaffirm the Global Plan of Action;"
DECIDE = "Decide to meet again in 2016."
DECIDE_FR = "Décidons de nous réunir de nouveau en 2016."
CATALOGUES: dict[str, dict[str, tuple[str, bool]]] = {
    "ar": {UN: ("الأمم المتحدة", False), REAFFIRM: ("نؤكد من جديد خطة العمل العالمية؛", False)},
    "zh": {UN: ("联合国", False), REAFFIRM: ("重申《全球行动计划》；", True)},
    "fr": {UN: ("Nations Unies", False), DECIDE: (DECIDE_FR, False)},
    "ru": {UN: ("Организация Объединенных Наций", False), DECIDE: ("", False)},
    "es": {UN: ("Naciones Unidas", True), REAFFIRM: ("Reafirmamos el Plan de Acción;", False)},
}


@pytest.fixture(scope="module")
def doc() -> Document:
    return segment_text(LETTER, "en", "source/en/A_70_10.txt")


@pytest.fixture(scope="module")
def units(doc: Document) -> list[Unit]:
    return units_of(doc, CATALOGUES)


def _expected(doc: Document, seg_text: str) -> dict[str, str]:
    """What a unit must hold: English plus every non-fuzzy, non-empty translation."""
    out = {"en": seg_text}
    for lang, table in CATALOGUES.items():
        msgstr, fuzzy = table.get(seg_text, ("", False))
        if msgstr and not fuzzy:
            out[lang] = msgstr
    return out


# -- TMX: structure ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("attribute", "value"),
    [
        ("creationtool", "hexaglot"),
        ("creationtoolversion", "0.1.0"),
        ("datatype", "plaintext"),
        ("segtype", "paragraph"),
        ("adminlang", "en"),
        ("srclang", "en"),
        ("o-tmf", "hexaglot"),
    ],
)
def test_tmx_header_carries_the_required_attributes(
    units: list[Unit], attribute: str, value: str
) -> None:
    root = ET.fromstring(render_tmx(units).text)
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert root.find("header").get(attribute) == value  # type: ignore[union-attr]


def test_tmx_has_doctype_and_no_creation_date_unless_given(units: list[Unit]) -> None:
    text = render_tmx(units).text
    assert text.splitlines()[1] == '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'
    assert "creationdate" not in text
    dated = render_tmx(units, creationdate="20150302T000000Z").text
    assert 'creationdate="20150302T000000Z"' in dated


def test_tmx_rejects_a_creation_date_not_in_tmx_form(units: list[Unit]) -> None:
    with pytest.raises(ValueError, match="YYYYMMDDThhmmssZ"):
        render_tmx(units, creationdate="2015-03-02")


def test_tmx_validates_against_the_tmx14_dtd(units: list[Unit]) -> None:
    dtd = etree.DTD(str(DTD))
    root = etree.fromstring(render_tmx(units).text.encode("utf-8"))
    assert dtd.validate(root), dtd.error_log.filter_from_errors()


@pytest.mark.parametrize(
    ("damage", "broken"),
    [
        ('segtype="paragraph"', 'segtype="chapter"'),
        (' o-tmf="hexaglot"', ""),
        ("<seg>United Nations</seg>", "<note>x</note>"),
    ],
)
def test_the_dtd_rejects_broken_tmx(units: list[Unit], damage: str, broken: str) -> None:
    text = render_tmx(units).text
    assert damage in text
    root = etree.fromstring(text.replace(damage, broken, 1).encode("utf-8"))
    assert not etree.DTD(str(DTD)).validate(root)


def test_one_tu_per_segment_with_doc_and_kind_props(doc: Document, units: list[Unit]) -> None:
    root = ET.fromstring(render_tmx(units).text)
    tus = root.findall("body/tu")
    assert [tu.get("tuid") for tu in tus] == [f"A_70_10:{s.id}" for s in doc.segments]
    assert tus[-2].get("tuid", "").endswith("-2")  # the repeated paragraph keeps its own tu
    for tu, seg in zip(tus, doc.segments, strict=True):
        props = {p.get("type"): p.text for p in tu.findall("prop")}
        assert props == {"x-doc": "A_70_10", "x-kind": seg.kind}


def test_tmx_writes_english_first_then_the_official_order(units: list[Unit]) -> None:
    root = ET.fromstring(render_tmx(units).text)
    tu = root.find("body/tu")
    assert [tuv.get(XML_LANG) for tuv in tu.findall("tuv")] == ["en", "ar", "zh", "fr", "ru"]  # type: ignore[union-attr]


def test_tmx_language_tags_can_be_mapped(units: list[Unit]) -> None:
    root = ET.fromstring(render_tmx(units, tags={"zh": "zh-Hans"}).text)
    langs = {tuv.get(XML_LANG) for tuv in root.iter("tuv")}
    assert "zh-Hans" in langs and "zh" not in langs


# -- TMX: content, read back by translate-toolkit ------------------------------------


def test_tmx_round_trips_through_translate_toolkit_for_every_language(
    doc: Document, units: list[Unit]
) -> None:
    store = tt_tmx.tmxfile.parsestring(render_tmx(units).text)
    assert len(store.units) == len(doc.segments)
    for tt_unit, seg in zip(store.units, doc.segments, strict=True):
        assert tt_unit.getid() == f"A_70_10:{seg.id}"
        assert tt_unit.source == seg.text
        expected = _expected(doc, seg.text)
        for lang in ("ar", "zh", "fr", "ru", "es"):
            node = tt_unit._get_language_node(lang)
            got = tt_unit.getNodeText(node) if node is not None else None
            assert got == expected.get(lang), (seg.text, lang)


@pytest.mark.parametrize(
    ("lang", "english", "present"),
    [
        ("ar", REAFFIRM, True),
        ("zh", REAFFIRM, False),  # fuzzy
        ("es", UN, False),  # fuzzy
        ("ru", DECIDE, False),  # empty msgstr
        ("fr", DECIDE, True),
    ],
)
def test_only_confirmed_translations_get_a_tuv(
    units: list[Unit], lang: str, english: str, present: bool
) -> None:
    root = ET.fromstring(render_tmx(units).text)
    found = [
        tu
        for tu in root.iter("tu")
        if any(tuv.get(XML_LANG) == "en" and tuv.findtext("seg") == english for tuv in tu)
    ]
    assert found
    for tu in found:
        assert any(tuv.get(XML_LANG) == lang for tuv in tu.iter("tuv")) is present


@pytest.mark.parametrize(
    "text",
    [
        'Fish & chips <b>bold</b> "quoted" \'single\'',
        "tab\there, line\nbreak",
        "carriage\rreturn and CRLF\r\n",
        "  leading and trailing spaces  ",
        "emoji 🙂 and astral 𠀀 and U+2028\u2028",
    ],
)
def test_tmx_keeps_special_characters_exactly(text: str) -> None:
    unit = Unit("A_1_1", "abc", "paragraph", "English", (("fr", text),))
    export = render_tmx([unit])
    assert export.skipped == ()
    assert ET.fromstring(export.text).findall("body/tu/tuv")[1].findtext("seg") == text
    store = tt_tmx.tmxfile.parsestring(export.text)
    assert store.units[0].gettarget("fr") == text


def test_tmx_attribute_values_are_escaped() -> None:
    unit = Unit('D&"<>', "id", 'kind "quoted" & <odd>', "English", ())
    root = ET.fromstring(render_tmx([unit]).text)
    tu = root.find("body/tu")
    assert tu.get("tuid") == 'D&"<>:id'  # type: ignore[union-attr]
    assert tu.findtext("prop[@type='x-kind']") == 'kind "quoted" & <odd>'  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("bad", "what"),
    [
        ("\x00", "control character U+0000"),
        ("\x07", "control character U+0007"),
        ("\x1b", "control character U+001B"),
        ("\x0c", "control character U+000C"),
        ("\ufffe", "non-character U+FFFE"),
        ("\uffff", "non-character U+FFFF"),
        ("\ud800", "lone surrogate U+D800"),
    ],
)
def test_translation_with_a_character_xml_forbids_is_left_out_and_reported(
    bad: str, what: str
) -> None:
    translations = (("fr", f"Fran{bad}çais"), ("es", "Español"))
    unit = Unit("A_1_1", "abc", "paragraph", "English", translations)
    export = render_tmx([unit])
    assert len(export.skipped) == 1
    skipped = export.skipped[0]
    assert (skipped.tuid, skipped.lang) == ("A_1_1:abc", "fr")
    assert what in skipped.reason and "at offset 4" in skipped.reason
    langs = [tuv.get(XML_LANG) for tuv in ET.fromstring(export.text).iter("tuv")]
    assert langs == ["en", "es"]
    export.text.encode("utf-8")  # no lone surrogate reached the output


def test_english_with_a_forbidden_character_drops_the_whole_unit() -> None:
    units = [
        Unit("A_1_1", "bad", "paragraph", "Eng\x01lish", (("fr", "Français"),)),
        Unit("A_1_1", "good", "paragraph", "English", (("fr", "Français"),)),
    ]
    export = render_tmx(units)
    assert [(s.tuid, s.lang) for s in export.skipped] == [("A_1_1:bad", "en")]
    assert [tu.get("tuid") for tu in ET.fromstring(export.text).iter("tu")] == ["A_1_1:good"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("plain", None),
        ("tab\tnewline\ncr\r", None),
        ("bell\x07", "control character U+0007 at offset 4"),
    ],
)
def test_unsafe_reason_names_the_character_and_offset(text: str, reason: str | None) -> None:
    found = unsafe_reason(text)
    assert (found is None) if reason is None else (found is not None and reason in found)


def test_tmx_is_byte_identical_across_runs(doc: Document) -> None:
    reordered = dict(reversed(list(CATALOGUES.items())))
    assert render_tmx(units_of(doc, CATALOGUES)).text == render_tmx(units_of(doc, reordered)).text


# -- XLIFF 2.0 ---------------------------------------------------------------------


def test_xliff_root_declares_version_namespace_and_languages(doc: Document) -> None:
    root = ET.fromstring(render_xliff(doc, CATALOGUES["fr"], "fr").text)
    assert root.tag == f"{{{XLIFF_NS}}}xliff"
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.0", "en", "fr")
    assert root.find(f"{{{XLIFF_NS}}}file").get("id") == "A_70_10"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lang", "english", "target", "fuzzy"),
    [
        ("fr", DECIDE, DECIDE_FR, False),
        ("zh", REAFFIRM, "重申《全球行动计划》；", True),
        ("es", UN, "Naciones Unidas", True),
        ("ru", DECIDE, None, False),
        ("ar", "Original: English", None, False),
    ],
)
def test_xliff_reads_back_in_translate_toolkit_with_states(
    doc: Document, lang: str, english: str, target: str | None, fuzzy: bool
) -> None:
    text = render_xliff(doc, CATALOGUES[lang], lang).text
    store = tt_xliff2.Xliff2File.parsestring(text.encode())
    assert [u.getid() for u in store.units] == [s.id for s in doc.segments]
    unit = next(u for u in store.units if u.source == english)
    assert (unit.target or None) == target
    assert unit.isfuzzy() is fuzzy
    assert unit.istranslated() is (target is not None and not fuzzy)


def test_xliff_target_with_forbidden_character_is_left_out_and_reported(doc: Document) -> None:
    translations = {UN: ("Nations\x0bUnies", False)}
    export = render_xliff(doc, translations, "fr")
    assert [(s.tuid, s.lang) for s in export.skipped] == [(f"A_70_10:{doc.segments[0].id}", "fr")]
    store = tt_xliff2.Xliff2File.parsestring(export.text.encode())
    assert store.units[0].target in ("", None) and not store.units[0].istranslated()


def test_xliff_rejects_a_file_id_that_is_not_a_name(doc: Document) -> None:
    with pytest.raises(ValueError, match="NMTOKEN"):
        render_xliff(doc, {}, "fr", name="A/70/10")


def test_doc_name_is_the_file_safe_symbol(doc: Document) -> None:
    assert doc_name(doc) == "A_70_10"
