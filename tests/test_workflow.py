"""End to end: run snakemake in a temporary copy and check what users open."""

from __future__ import annotations

import os
import time
from pathlib import Path

import polib
import pytest
from workflow import ROOT, make_workspace, planned_jobs, snakemake

FR = "locales/fr/LC_MESSAGES/A_68_500.po"
P7 = "Recognize the importance of better international coordination and information exchanges on good practices to address the problem of trafficking in persons;"
P9_START = "Reaffirm the importance of humanitarian, legal and financial aid"
P10 = "Decide to convene the fifth ministerial meeting of the Group of Friends United against Human Trafficking on the margins of the seventieth session of the General Assembly."
P10_EDITED = P10.replace("fifth ministerial meeting", "fifth ministerial-level meeting")
P11_NEW = "Request the Secretary-General to transmit the present Declaration to all Member States."


def _age(work: Path) -> None:
    """Date every file of the last build back, so an edit is newer even on coarse clocks."""
    past = time.time() - 10
    for path in work.rglob("*"):
        if path.is_file() and ".snakemake" not in path.parts:
            os.utime(path, (past, past))


def test_shipped_catalogs_are_current_and_a_rerun_has_nothing_to_do(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    for path in sorted((ROOT / "locales").rglob("*.po*")):
        relative = path.relative_to(ROOT)
        assert (work / relative).read_bytes() == path.read_bytes(), f"{relative} is not current"
    assert planned_jobs(work) == {}


def test_rebuild_from_scratch_is_byte_identical(tmp_path: Path) -> None:
    first = make_workspace(tmp_path / "one", with_locales=False)
    second = make_workspace(tmp_path / "two", with_locales=False)
    snakemake(first)
    snakemake(second)
    files = sorted(p.relative_to(first) for p in (first / "locales").rglob("*.po*"))
    assert len(files) == 7
    for relative in files:
        assert (first / relative).read_bytes() == (second / relative).read_bytes()


def test_revision_keeps_translations_offers_fuzzy_and_keeps_obsolete(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    _age(work)
    po = polib.pofile(str(work / FR))
    typed = {}
    for entry in po:
        entry.msgstr = f"[fr] {entry.msgid[:40]}"
        typed[entry.msgid] = entry.msgstr
    po.find(P7).tcomment = "Terminologie vérifiée."
    po.save()

    source = work / "source/en/A_68_500.txt"
    text = source.read_text(encoding="utf-8")
    text = text.replace(P10, P10_EDITED)  # edited
    text = "\n".join(line for line in text.split("\n") if not line.startswith("- 9. "))  # deleted
    text = text.replace("\nNew York, 26 September", f"\n- 11. {P11_NEW}\n\nNew York, 26 September")  # added
    source.write_text(text, encoding="utf-8")
    snakemake(work)

    after = polib.pofile(str(work / FR))
    for msgid, msgstr in typed.items():
        if msgid in (P10,) or msgid.startswith(P9_START):
            continue
        entry = after.find(msgid)
        assert entry is not None and entry.msgstr == msgstr and not entry.fuzzy, msgid
    assert after.find(P7).tcomment == "Terminologie vérifiée."
    edited = after.find(P10_EDITED)
    assert edited.fuzzy and edited.msgstr == typed[P10] and edited.previous_msgid == P10
    deleted = [e for e in after.obsolete_entries() if e.msgid.startswith(P9_START)]
    assert len(deleted) == 1 and deleted[0].msgstr == typed[deleted[0].msgid]
    added = after.find(P11_NEW)
    assert added is not None and added.msgstr == "" and not added.fuzzy
    assert planned_jobs(work) == {}


def test_new_document_joins_without_configuration(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    (work / "source/en/A_70_2.txt").write_text(
        "United Nations A/70/2\n\n## Note by the Secretary-General\n\n"
        "1. The Secretary-General has the honour to transmit the report.\n",
        encoding="utf-8",
    )
    assert planned_jobs(work).get("shard") == 1
    snakemake(work)
    po = polib.pofile(str(work / "locales/zh/LC_MESSAGES/A_70_2.po"))
    assert po.find("The Secretary-General has the honour to transmit the report.") is not None
    assert po.metadata["Language"] == "zh"


@pytest.mark.parametrize("shards", [1, 16], ids=["same-shard", "own-shard"])
def test_translator_edit_reruns_only_that_document(tmp_path: Path, shards: int) -> None:
    work = make_workspace(tmp_path)
    config = work / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("shards: 8", f"shards: {shards}"), encoding="utf-8")
    other = work / "source/en/A_70_2.txt"
    other.write_text("United Nations A/70/2\n\n## Note\n\n1. A short note.\n", encoding="utf-8")
    snakemake(work)
    _age(work)
    po_path = work / "locales/es/LC_MESSAGES/A_70_2.po"
    po = polib.pofile(str(po_path))
    po.find("A short note.").msgstr = "Una nota breve."
    po.save()
    assert planned_jobs(work) == {"shard": 1, "index": 1, "memory": 1, "corpus_tmx": 1, "all": 1}
    untouched = [work / "reports/A_68_500.json", work / "locales/fr/LC_MESSAGES/A_68_500.po"]
    mtimes = [p.stat().st_mtime_ns for p in untouched]
    snakemake(work)
    assert polib.pofile(str(po_path)).find("A short note.").msgstr == "Una nota breve."
    assert [p.stat().st_mtime_ns for p in untouched] == mtimes
    assert "A short note." in (work / "reports/A_70_2/es.html").read_text(encoding="utf-8")


def test_upgraded_code_reruns_every_document_once(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    assert planned_jobs(work) == {}
    with (work / "pipeline/report.py").open("a", encoding="utf-8") as module:
        module.write("\n# a new release of hexaglot\n")
    assert planned_jobs(work) == {"shard": 1, "index": 1, "memory": 1, "corpus_tmx": 1, "all": 1}
    snakemake(work)
    assert planned_jobs(work) == {}
    state = work / "build/state/A_68_500.json"
    written = state.stat().st_mtime_ns
    snakemake(work, "--forcerun", "shard")  # the document's fingerprint now matches: not redone
    assert state.stat().st_mtime_ns == written


def test_broken_catalog_is_left_untouched_and_others_still_build(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    _age(work)
    broken = work / FR
    lines = broken.read_text(encoding="utf-8").split("\n")
    at = lines.index('msgid "Ambassador"')
    lines[at + 1] = 'msgstr "Ambassadeur'  # unterminated string
    broken.write_text("\n".join(lines), encoding="utf-8")
    before = broken.read_bytes()
    (work / "source/en/A_70_2.txt").write_text("United Nations A/70/2\n\n## Note\n\n1. A short note.\n", encoding="utf-8")
    source = work / "source/en/A_68_500.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(P10, P10_EDITED), encoding="utf-8")

    result = snakemake(work)
    assert broken.read_bytes() == before
    assert f"{FR}:{at + 2}: syntax error" in result.stdout + result.stderr
    assert polib.pofile(str(work / "locales/ru/LC_MESSAGES/A_68_500.po")).find(P10_EDITED) is not None
    assert (work / "locales/fr/LC_MESSAGES/A_70_2.po").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("United Nations A/70/3\n\nCaf\xe9 au lait.\n".encode("cp1252"), "not UTF-8 (byte 0xE9 at offset 26, line 3"),
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ],
    ids=["windows-1252", "empty", "binary"],
)
def test_bad_source_names_the_file_and_touches_nothing(tmp_path: Path, content: bytes, message: str) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    locales_before = {p: p.read_bytes() for p in (work / "locales").rglob("*") if p.is_file()}
    (work / "source/en/A_70_3.txt").write_bytes(content)
    result = snakemake(work, "--keep-going", check=False)
    assert result.returncode != 0
    assert f"source/en/A_70_3.txt: {message}" in result.stdout + result.stderr
    locales_after = {p: p.read_bytes() for p in (work / "locales").rglob("*") if p.is_file()}
    assert locales_after == locales_before


def test_exports_rebuilt_documents_and_tmx_readable_by_translate_toolkit(tmp_path: Path) -> None:
    from translate.storage import tmx

    work = make_workspace(tmp_path)
    snakemake(work)
    store = tmx.tmxfile(open(work / "build/tmx/corpus.tmx", "rb"))
    assert len(store.units) == 27
    per_doc = tmx.tmxfile(open(work / "build/tmx/A_68_500.tmx", "rb"))
    assert len(per_doc.units) == 27
    for lang in ("ar", "zh", "fr", "ru", "es"):
        po = polib.pofile(str(work / f"locales/{lang}/LC_MESSAGES/A_68_500.po"))
        final = {e.msgid: e.msgstr for e in po.translated_entries()}
        # One <tuv> per confirmed translation, none for fuzzy or empty ones.
        read = {unit.source: unit.gettarget(lang) for unit in store.units if unit.gettarget(lang)}
        assert read == final, lang
    arabic = (work / "build/ar/A_68_500.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in arabic
    english = (work / "build/en/A_68_500.txt").read_text(encoding="utf-8")
    assert "- 8. Welcome the outcome of the workshop" in english


def test_memory_offers_translations_of_another_document(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)  # the first run writes the memory from A/68/500
    boilerplate = (
        "United Nations A/69/312\n\n## Letter dated 2 October 2014 from the Permanent Representative\n\n"
        "It would be appreciated if you could have the present letter and the annex thereto "
        "circulated as a document of the General Assembly, under agenda item 108.\n\n"
        "It would be appreciated if you could have the present letter circulated as a document "
        "of the General Assembly, under agenda item 108.\n"
    )
    (work / "source/en/A_69_312.txt").write_text(boilerplate, encoding="utf-8")
    snakemake(work)
    po = polib.pofile(str(work / "locales/fr/LC_MESSAGES/A_69_312.po"))
    source = polib.pofile(str(work / "locales/fr/LC_MESSAGES/A_68_500.po"))
    exact_id = boilerplate.split("\n\n")[2].replace("\n", " ")
    exact = po.find(exact_id)
    assert exact.msgstr == source.find(exact_id).msgstr and exact.fuzzy
    assert "exact match from A_68_500" in exact.tcomment
    close = po.find(boilerplate.split("\n\n")[3].strip())
    assert close.msgstr and close.fuzzy and "similar English in A_68_500" in close.tcomment
    assert close.previous_msgid == exact_id
    assert planned_jobs(work) == {}


def test_bad_supplied_translation_names_the_file_and_touches_no_catalogue(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    before = {p: p.read_bytes() for p in (work / "locales").rglob("*") if p.is_file()}
    _age(work)
    (work / "source/fr/A_68_500.txt").write_bytes("Nations Unies A/68/500\n\nLettre dat\xe9e du 26 septembre.\n".encode("cp1252"))
    result = snakemake(work, check=False)
    assert result.returncode != 0
    assert "source/fr/A_68_500.txt: not UTF-8 (byte 0xE9 at offset 34, line 3)" in result.stdout + result.stderr
    assert {p: p.read_bytes() for p in (work / "locales").rglob("*") if p.is_file()} == before
