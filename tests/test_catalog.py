"""Catalogue template, msgmerge-style update, fills and parsing."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable

import polib
import pytest

from pipeline import catalog
from pipeline.errors import CatalogError
from pipeline.model import Fill
from pipeline.segment import segment_text

DOC_V1 = """United Nations A/70/1

## Letter dated 1 March 2015 from the Secretary-General

1. The Assembly welcomed the report of the Secretary-General on the work of the Organization.

2. The Assembly requested a further report at its seventy-first session.

3. The Assembly decided to remain seized of the matter.
"""
DOC_V2 = DOC_V1.replace(
    "welcomed the report of the Secretary-General on the work",
    "welcomed with appreciation the report of the Secretary-General on the work",
).replace("3. The Assembly decided to remain seized of the matter.\n", "3. A brand new closing paragraph about something else entirely.\n")
P1 = "The Assembly welcomed the report of the Secretary-General on the work of the Organization."
P1_NEW = "The Assembly welcomed with appreciation the report of the Secretary-General on the work of the Organization."
P2 = "The Assembly requested a further report at its seventy-first session."
P3 = "The Assembly decided to remain seized of the matter."
P3_NEW = "A brand new closing paragraph about something else entirely."


def _catalog(text: str, lang: str, old: polib.POFile | None = None) -> polib.POFile:
    doc = segment_text(text, "en", "source/en/A_70_1.txt")
    return catalog.update_catalog(old, catalog.build_template(doc), lang, doc)


def _translated_v1() -> polib.POFile:
    po = _catalog(DOC_V1, "fr")
    for entry, text in zip(po, ["Nations Unies", "Lettre", "Un.", "Deux.", "Trois."], strict=True):
        entry.msgstr = text
    po.find(P2).tcomment = "Vérifié par la Section."
    po.metadata["Last-Translator"] = "Marie Curie <marie@example.org>"
    return catalog.parse_catalog(catalog.render_catalog(po), "fr.po")


def test_template_has_references_kinds_and_no_numbers() -> None:
    pot = catalog.build_template(segment_text(DOC_V1, "en", "source/en/A_70_1.txt"))
    entry = pot.find(P2)
    assert entry.occurrences == [("source/en/A_70_1.txt", "7")]
    assert entry.comment.startswith("numbered paragraph 2. [")
    assert "Language" not in pot.metadata


def test_new_catalog_header_comes_from_babel_without_timestamps() -> None:
    po = _catalog(DOC_V1, "ru")
    assert po.metadata["Language"] == "ru"
    assert po.metadata["Plural-Forms"].startswith("nplurals=3;")
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert po.metadata["POT-Creation-Date"] == "2015-03-01 00:00+0000"
    assert "Generated-By" not in po.metadata


def test_update_keeps_exact_matches_and_offers_fuzzy_for_changed_paragraphs() -> None:
    merged = _catalog(DOC_V2, "fr", _translated_v1())
    kept = merged.find(P2)
    assert kept.msgstr == "Deux." and not kept.fuzzy
    assert kept.tcomment == "Vérifié par la Section."
    changed = merged.find(P1_NEW)
    assert changed.msgstr == "Un." and changed.fuzzy
    assert changed.previous_msgid == P1
    added = merged.find(P3_NEW)
    assert added.msgstr == "" and not added.fuzzy
    gone = merged.find(P3, include_obsolete_entries=True)
    assert gone.obsolete and gone.msgstr == "Trois."
    assert merged.metadata["Last-Translator"] == "Marie Curie <marie@example.org>"


def test_update_revives_an_obsolete_translation_when_the_paragraph_returns() -> None:
    v2 = _catalog(DOC_V2, "fr", _translated_v1())
    back = _catalog(DOC_V1, "fr", v2)
    entry = back.find(P3)
    assert entry.msgstr == "Trois." and not entry.obsolete and not entry.fuzzy
    assert back.find(P3, include_obsolete_entries=True) is entry


def test_update_is_idempotent_and_rendering_deterministic() -> None:
    once = catalog.render_catalog(_catalog(DOC_V2, "fr", _translated_v1()))
    again = catalog.render_catalog(_catalog(DOC_V2, "fr", catalog.parse_catalog(once, "fr.po")))
    assert once == again


@pytest.mark.parametrize(
    "saved",
    [lambda t: t.replace("\n", "\r\n"), lambda t: "\ufeff" + t, lambda t: "\ufeff" + t.replace("\n", "\r\n")],
    ids=["crlf", "bom", "bom-crlf"],
)
def test_catalog_saved_by_a_windows_editor_reads_the_same(saved: Callable[[str], str]) -> None:
    text = catalog.render_catalog(_translated_v1())
    po = catalog.parse_catalog(saved(text), "fr.po")
    assert catalog.render_catalog(po) == text
    assert [(e.msgid, e.msgstr) for e in po] == [(e.msgid, e.msgstr) for e in _translated_v1()]


def test_source_language_catalog_mirrors_the_english() -> None:
    po = catalog.mirror_source(_catalog(DOC_V2, "en", _catalog(DOC_V1, "en")))
    assert all(e.msgstr == e.msgid and not e.fuzzy for e in po)
    assert not po.obsolete_entries()


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
@pytest.mark.parametrize("lang", ["ar", "zh", "en", "fr", "ru", "es"])
def test_catalogs_pass_msgfmt_check(tmp_path, lang: str) -> None:
    po = _catalog(DOC_V2, lang, _translated_v1() if lang == "fr" else None)
    path = tmp_path / f"{lang}.po"
    path.write_text(catalog.render_catalog(po), encoding="utf-8")
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ('msgid "a"\nmsgstr "b"\n\nmsgid "c"\nmsgstr "d\n', 5, "syntax"),
        ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 4, "duplicate"),
        ('msgid "a"\nmsgstr "b"\nbogus line\n', 3, "syntax"),
    ],
)
def test_broken_catalog_error_names_file_and_line(text: str, line: int, words: str) -> None:
    with pytest.raises(CatalogError) as caught:
        catalog.parse_catalog(text, "locales/fr/LC_MESSAGES/X.po")
    assert caught.value.path == "locales/fr/LC_MESSAGES/X.po"
    assert caught.value.line == line
    assert words in str(caught.value).lower()


def _fill(msgid: str, text: str, confidence: float) -> Fill:
    return Fill(msgid=msgid, text=text, confidence=confidence, bead="1-1", origin="source/fr/A_70_1.txt:9")


def test_fill_marks_unsure_pairs_fuzzy_and_records_provenance() -> None:
    po = _catalog(DOC_V1, "fr")
    catalog.fill_catalog(po, [_fill(P1, "Un sûr.", 0.97), _fill(P2, "Deux peut-être.", 0.4)], 0.9)
    sure, unsure = po.find(P1), po.find(P2)
    assert sure.msgstr == "Un sûr." and not sure.fuzzy
    assert unsure.msgstr == "Deux peut-être." and unsure.fuzzy
    assert "aligned from source/fr/A_70_1.txt:9, 1-1 bead, confidence 0.97" in sure.tcomment
    assert catalog.is_ours(sure)


def test_an_unsure_fill_says_why_and_stays_ours() -> None:
    po = _catalog(DOC_V1, "fr")
    why = "it and its neighbour would fit in the other order about as well"
    catalog.fill_catalog(po, [Fill(P2, "Deux peut-être.", 0.5, "1-1", "source/fr/A_70_1.txt:9", why)], 0.9)
    unsure = po.find(P2)
    assert unsure.fuzzy
    assert f"1-1 bead, confidence 0.50: {why} [sha " in unsure.tcomment
    assert catalog.is_ours(unsure)


def test_fill_never_overwrites_a_translators_msgstr_and_reports_it() -> None:
    po = _translated_v1()
    filled = _catalog(DOC_V1, "fr")
    catalog.fill_catalog(filled, [_fill(P2, "Deux (fourni).", 0.99)], 0.9)
    filled.find(P2).msgstr = "Deux, revu par la traductrice."  # the translator edits our fill
    for target in (po, filled):
        before = target.find(P2).msgstr
        disagreements = catalog.fill_catalog(target, [_fill(P2, "Deux (fourni, v2).", 0.99)], 0.9)
        assert target.find(P2).msgstr == before
        assert [d.supplied for d in disagreements] == ["Deux (fourni, v2)."]


def test_fill_refreshes_its_own_untouched_fill_and_is_idempotent() -> None:
    po = _catalog(DOC_V1, "fr")
    catalog.fill_catalog(po, [_fill(P1, "Version 1.", 0.95)], 0.9)
    catalog.fill_catalog(po, [_fill(P1, "Version 2.", 0.95)], 0.9)
    assert po.find(P1).msgstr == "Version 2."
    text = catalog.render_catalog(po)
    catalog.fill_catalog(po, [_fill(P1, "Version 2.", 0.95)], 0.9)
    assert catalog.render_catalog(po) == text
