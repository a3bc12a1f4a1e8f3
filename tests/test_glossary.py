"""The TBX glossary: the shipped file, the matching rules, and errors that name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import HexaglotError
from pipeline.glossary import (
    Glossary,
    GlossaryError,
    Term,
    is_acronym,
    load_glossary,
    parse_tbx,
)

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY_FILE = ROOT / "glossary" / "un-terms.tbx"
OFFICIAL = ("ar", "zh", "en", "fr", "ru", "es")


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(GLOSSARY_FILE)


TBX_ROOT = '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">'


def tbx(body: str, root: str = TBX_ROOT) -> str:
    header = '<?xml version="1.0" encoding="UTF-8"?>'
    return f"{header}\n{root}\n<text>\n<body>\n{body}</body>\n</text>\n</tbx>\n"


def concept(ident: str = "ga", en: str = "General Assembly", fr: str = "Assemblée générale") -> str:
    return (
        f'<conceptEntry id="{ident}">\n'
        f'<langSec xml:lang="en"><termSec><term>{en}</term></termSec></langSec>\n'
        f'<langSec xml:lang="fr"><termSec><term>{fr}</term></termSec></langSec>\n'
        "</conceptEntry>\n"
    )


# --- the shipped glossary ---------------------------------------------------------


def test_shipped_glossary_covers_the_bodies_and_terms_of_a_68_500(glossary: Glossary) -> None:
    ids = {c.id for c in glossary.concepts}
    assert {
        "unodc", "icat", "global-plan", "trust-fund", "trafficking", "group-of-friends",
        "general-assembly", "secretary-general", "member-states", "permanent-representative",
    } <= ids  # fmt: skip
    for item in glossary.concepts:
        assert set(item.terms) == set(OFFICIAL), item.id


def test_shipped_glossary_has_the_official_forms_named_in_issue_4(glossary: Glossary) -> None:
    unodc = next(c for c in glossary.concepts if c.id == "unodc")
    forms = {lang: {t.text for t in terms} for lang, terms in unodc.terms.items()}
    assert {"ONUDC", "Office des Nations Unies contre la drogue et le crime"} <= forms["fr"]
    assert {"ЮНОДК"} <= forms["ru"]
    assert "Oficina de las Naciones Unidas contra la Droga y el Delito" in forms["es"]
    assert "مكتب الأمم المتحدة المعني بالمخدرات والجريمة" in forms["ar"]
    assert {"联合国毒品和犯罪问题办公室", "毒品和犯罪问题办公室"} <= forms["zh"]


A_68_500_CONCEPTS = {
    "un", "unodc", "icat", "global-plan", "trust-fund", "trafficking", "group-of-friends",
    "general-assembly", "secretary-general", "member-states", "permanent-representative",
}  # fmt: skip


def test_every_concept_of_a_68_500_is_found_in_it(glossary: Glossary) -> None:
    english = (ROOT / "source" / "en" / "A_68_500.txt").read_text(encoding="utf-8")
    assert {c.id for c, _ in glossary.find(english)} == A_68_500_CONCEPTS


def test_every_other_body_is_found_by_each_of_its_english_forms(glossary: Glossary) -> None:
    for concept in glossary.concepts:
        if concept.id in A_68_500_CONCEPTS:
            continue
        for term in concept.terms["en"]:
            found = glossary.find(f"Supported by the {term.text} in 2014.")
            assert [c.id for c, _ in found] == [concept.id], term.text


def test_find_prefers_the_longest_english_form(glossary: Glossary) -> None:
    found = glossary.find("the United Nations Office on Drugs and Crime (UNODC)")
    assert [(c.id, t.text) for c, t in found] == [
        ("unodc", "United Nations Office on Drugs and Crime")
    ]


def test_expected_form_follows_the_kind_of_the_english_term(glossary: Glossary) -> None:
    unodc = next(c for c in glossary.concepts if c.id == "unodc")
    assert unodc.expected("fr", Term("UNODC", "acronym")) == Term("ONUDC", "acronym")
    assert unodc.expected("ar", Term("UNODC", "acronym")) is not None
    assert unodc.expected("ar", Term("UNODC", "acronym")).text.startswith("مكتب")  # type: ignore[union-attr]
    assert unodc.expected("de") is None


# --- matching, language by language ---------------------------------------------------

MATCHES = [
    ("general-assembly", "fr", "à l'Assemblée Générale", True),
    ("general-assembly", "fr", "à l'Assemblée", False),
    ("member-states", "fr", "les États membres", True),
    ("member-states", "fr", "chaque État Membre", True),
    ("member-states", "es", "los Estados Miembros", True),
    ("permanent-representative", "fr", "la Représentante permanente", True),
    ("general-assembly", "ru", "Генеральной Ассамблеей", True),
    ("general-assembly", "ru", "Генеральные штаты", False),
    ("trafficking", "ru", "борьбе с торговлей людьми", True),
    ("trafficking", "ru", "торговли оружием", False),
    ("member-states", "ru", "государств-членов", True),
    ("member-states", "ru", "22 государств — членов Организации", True),  # dash between spaces
    ("global-plan", "ar", "لتنفيذ خطة عمل الأمم المتحدة العالمية في دورتها", True),
    ("un", "ru", "Организации Объединённых Наций", True),  # ё as е
    ("un", "ru", "ООН", True),
    ("un", "fr", "un accord", False),  # the acronym ONU is case-sensitive
    ("unodc", "ru", "ЮНОДК", True),
    ("unodc", "ru", "юнодк", False),
    ("general-assembly", "ar", "للجمعية العامة", True),  # li- + al- = lil-
    ("general-assembly", "ar", "بالجمعية العامة", True),
    ("general-assembly", "ar", "والجمعيةُ العامةُ", True),  # vowel marks
    ("general-assembly", "ar", "الجمعية", False),
    ("secretary-general", "ar", "إلى الامين العام", True),  # alef without hamza
    ("general-assembly", "zh", "联合国大会第六十八届会议", True),
    ("general-assembly", "zh", "联合国会议", False),
    ("permanent-representative", "zh", "白俄罗斯常驻联合国代表", True),
]


@pytest.mark.parametrize(("ident", "lang", "text", "expected"), MATCHES)
def test_translation_side_matching_tolerates_inflection_where_documented(
    ident: str, lang: str, text: str, expected: bool, glossary: Glossary
) -> None:
    item = next(c for c in glossary.concepts if c.id == ident)
    assert glossary.names(item, lang, text) is expected


@pytest.mark.parametrize(
    ("english", "ids"),
    [
        ("the Secretary General", ["secretary-general"]),  # hyphen or space
        ("the secretary-general", ["secretary-general"]),
        ("an Under-Secretary-General", ["secretary-general"]),
        ("the unodc", []),  # acronyms are case-sensitive
        ("generally assembled", []),
        ("ICAT's members", ["icat"]),
    ],
)
def test_english_side_matching(english: str, ids: list[str], glossary: Glossary) -> None:
    assert [c.id for c, _ in glossary.find(english)] == ids


def test_missing_reports_each_concept_once(glossary: Glossary) -> None:
    misses = glossary.missing(
        "The General Assembly asked the General Assembly's President.", "fr", "Elle a demandé."
    )
    assert [m.concept.id for m in misses] == ["general-assembly"]
    assert misses[0].expected.text == "Assemblée générale"


@pytest.mark.parametrize(
    ("text", "acronym"),
    [("UNODC", True), ("ЮНОДК", True), ("ICAT", True), ("General Assembly", False),
     ("Unodc", False), ("A", False)],
)  # fmt: skip
def test_is_acronym(text: str, acronym: bool) -> None:
    assert is_acronym(text) is acronym


# --- reading TBX ----------------------------------------------------------------------


def test_parse_tbx_reads_concepts_with_their_lines_and_kinds() -> None:
    text = tbx(
        '<conceptEntry id="unodc">\n<note>A body.</note>\n'
        '<langSec xml:lang="en"><termSec><term>UNODC</term>'
        '<termNote type="termType">acronym</termNote></termSec></langSec>\n'
        '<langSec xml:lang="fr-FR"><termSec><term> ONUDC </term></termSec></langSec>\n'
        '<langSec xml:lang="de"><termSec><term>UNODC</term></termSec></langSec>\n'
        "</conceptEntry>\n"
    )
    parsed = parse_tbx(text, "g.tbx")
    (item,) = parsed.concepts
    assert item.id == "unodc" and item.line == 5 and item.note == "A body."
    assert item.terms == {"en": (Term("UNODC", "acronym"),), "fr": (Term("ONUDC"),)}


def test_parse_tbx_accepts_a_tbx_root_without_namespace() -> None:
    assert len(parse_tbx(tbx(concept(), root='<tbx type="TBX-Basic">'))) == 1


BROKEN = [
    (
        '<?xml version="1.0"?>\n<!DOCTYPE tbx [\n<!ENTITY x "y">\n]>\n<tbx/>\n',
        2,
        "DOCTYPE declaration",
    ),
    (
        tbx(
            '<conceptEntry id="a">\n<langSec xml:lang="en"><termSec><term>x</term>'
            "</langSec>\n</conceptEntry>\n"
        ),
        6,
        "not well-formed XML",
    ),  # fmt: skip
    (tbx(concept().replace(' id="ga"', "")), 5, "without an id"),
    (tbx(concept() + concept()), 9, "concept id 'ga' again (first at line 5)"),
    (tbx(concept().replace(' xml:lang="fr"', "")), 7, "without xml:lang"),
    (tbx(concept(fr="  ")), 7, "without a <term> text"),
    (tbx(concept().replace('xml:lang="en"', 'xml:lang="es"')), 5, "has no English term"),
    (tbx(""), 4, "no <conceptEntry>"),
    ('<?xml version="1.0"?>\n<martif type="TBX"><text/></martif>\n', 2, "TBX 2008"),
    ('<?xml version="1.0"?>\n<glossary/>\n', 2, "expected <tbx"),
    ("", 1, "empty file"),
    ("\n<tbx>\n", 3, "no element found"),
]


@pytest.mark.parametrize(("text", "line", "said"), BROKEN)
def test_broken_glossary_errors_name_file_and_line(text: str, line: int, said: str) -> None:
    with pytest.raises(GlossaryError) as caught:
        parse_tbx(text, "glossary/bad.tbx")
    error = caught.value
    assert isinstance(error, HexaglotError)
    assert (error.path, error.line) == ("glossary/bad.tbx", line)
    assert said in error.message
    assert str(error).startswith(f"glossary/bad.tbx:{line}: ")


def test_load_glossary_refuses_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tbx"
    path.write_bytes(tbx(concept()).encode("utf-8").replace("é".encode(), b"\xe9"))
    with pytest.raises(GlossaryError, match="not UTF-8") as caught:
        load_glossary(path)
    assert caught.value.path == str(path) and caught.value.line == 7


def test_load_glossary_names_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="no such file"):
        load_glossary(tmp_path / "none.tbx")


def test_load_glossary_reads_a_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.tbx"
    path.write_bytes(b"\xef\xbb\xbf" + tbx(concept()).encode("utf-8"))
    assert [c.id for c in load_glossary(path).concepts] == ["ga"]
