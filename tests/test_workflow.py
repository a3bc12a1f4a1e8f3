"""End to end: run snakemake in a temporary copy and check what users open."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import polib
import pytest
from workflow import ROOT, SNAKEMAKE, built_documents, make_workspace, planned_jobs, shard_rule, snakemake

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
    assert planned_jobs(work) == {}
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
    assert planned_jobs(work) == {"shard": 1, "index": 1, "memory": 1, "corpus_tmx": 1, "readable": 1, "all": 1}
    untouched = work / "locales/fr/LC_MESSAGES/A_68_500.po"
    before = untouched.stat().st_mtime_ns
    shutil.rmtree(work / "logs" / "shard")
    snakemake(work)
    assert polib.pofile(str(po_path)).find("A short note.").msgstr == "Una nota breve."
    assert untouched.stat().st_mtime_ns == before
    assert built_documents(work) == {"A_70_2": f"{po_path.relative_to(work)} changed"}
    assert "A short note." in (work / "reports/A_70_2/es.html").read_text(encoding="utf-8")
    assert planned_jobs(work) == {}


def test_upgraded_code_reruns_every_document_once(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    assert planned_jobs(work) == {}
    with (work / "pipeline/report.py").open("a", encoding="utf-8") as module:
        module.write("\n# a new release of hexaglot\n")
    assert planned_jobs(work) == {"shard": 1, "index": 1, "memory": 1, "corpus_tmx": 1, "readable": 1, "all": 1}
    snakemake(work)
    assert built_documents(work) == {"A_68_500": "code, configuration or glossary changed"}
    assert planned_jobs(work) == {}


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

    result = snakemake(work, check=False)
    assert broken.read_bytes() == before
    assert polib.pofile(str(work / "locales/ru/LC_MESSAGES/A_68_500.po")).find(P10_EDITED) is not None
    assert (work / "locales/fr/LC_MESSAGES/A_70_2.po").exists()
    # Everything else is built, and the exit status says a file needs fixing.
    assert result.returncode == 1
    assert (work / "reports/index.html").exists() and (work / "reports/A_70_2/fr.html").exists()
    assert f"{FR}:{at + 2}: syntax error" in _summary_line(result)
    assert "catalogue could not be read" in (work / "reports/A_68_500/fr.html").read_text(encoding="utf-8")

    # A later run that does not rebuild that document still names the file, its line and why.
    (work / "source/en/A_70_4.txt").write_text("United Nations A/70/4\n\n## Note\n\n1. Another note.\n",
                                               encoding="utf-8")
    later = snakemake(work, check=False)
    assert later.returncode == 1
    assert f"{FR}:{at + 2}: syntax error" in _summary_line(later)
    assert planned_jobs(work) == {"readable": 1, "all": 1}  # only the check, failing until the file is fixed

    broken.write_text(broken.read_text(encoding="utf-8").replace('msgstr "Ambassadeur\n', 'msgstr "Ambassadeur"\n'),
                      encoding="utf-8")
    fixed = snakemake(work)
    assert "cannot be read" not in _summary_line(fixed)
    assert planned_jobs(work) == {}


def _summary_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("hexaglot: ")
             and " languages" in line]
    assert lines, result.stdout + result.stderr
    return lines[-1]


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
    catalogs_before = {p: p.read_bytes() for p in (work / "locales").rglob("*.po")}
    (work / "source/en/A_70_3.txt").write_bytes(content)
    result = snakemake(work, check=False)
    assert result.returncode == 1
    assert f"source/en/A_70_3.txt: {message}" in _summary_line(result)
    assert {p: p.read_bytes() for p in (work / "locales").rglob("*.po")} == catalogs_before
    # Its pages say why; its template has no entries; the other document is untouched.
    page = (work / "reports/A_70_3/fr.html").read_text(encoding="utf-8")
    assert "source/en/A_70_3.txt" in page and message.split(" (")[0] in page
    assert polib.pofile(str(work / "locales/A_70_3.pot")).translated_entries() == []
    assert len(polib.pofile(str(work / "locales/A_70_3.pot"))) == 0


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
    assert result.returncode == 1
    assert "source/fr/A_68_500.txt: not UTF-8 (byte 0xE9 at offset 34, line 3)" in _summary_line(result)
    assert {p: p.read_bytes() for p in (work / "locales").rglob("*") if p.is_file()} == before
    page = (work / "reports/A_68_500/fr.html").read_text(encoding="utf-8")
    assert "source/fr/A_68_500.txt: not UTF-8" in page


# -- Snakemake knows every file it makes --------------------------------------

A70 = "United Nations A/70/2\n\n## Note\n\n1. A short note.\n"


def _two_documents_one_shard(tmp_path: Path) -> Path:
    work = make_workspace(tmp_path)
    config = work / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("shards: 8", "shards: 1"), encoding="utf-8")
    (work / "source/en/A_70_2.txt").write_text(A70, encoding="utf-8")
    snakemake(work)
    return work


def test_deleted_outputs_come_back_and_only_their_document_is_redone(tmp_path: Path) -> None:
    work = _two_documents_one_shard(tmp_path)
    gone = ["build/fr/A_68_500.html", "reports/A_68_500/fr.html", "build/xliff/zh/A_68_500.xlf"]
    kept = {p: (work / p).read_bytes() for p in gone}
    for path in gone:
        (work / path).unlink()
    plan = snakemake(work, "--dry-run").stdout
    assert "reason: Missing output files:" in plan and "reports/A_68_500/fr.html" in plan
    shutil.rmtree(work / "logs" / "shard")
    snakemake(work)
    assert {p: (work / p).read_bytes() for p in gone} == kept
    assert list(built_documents(work)) == ["A_68_500"]
    assert planned_jobs(work) == {}


def test_any_output_can_be_asked_for(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    (work / "reports").mkdir()
    result = snakemake(work, "reports/A_68_500/fr.html")
    assert (work / "reports/A_68_500/fr.html").exists()
    assert "rule index" not in result.stdout + result.stderr  # only what the target needs
    for target in ("build/xliff/ar/A_68_500.xlf", "locales/A_68_500.pot", "build/tmx/corpus.tmx"):
        snakemake(work, target)
        assert (work / target).exists(), target


def test_summary_and_dry_run_list_every_file_of_a_document(tmp_path: Path) -> None:
    from pipeline.config import load_config

    work = make_workspace(tmp_path, with_locales=False)
    expected = load_config(str(work / "config.yaml")).document_outputs("A_68_500")
    assert len(expected) == 33
    summary = snakemake(work, "--summary").stdout
    listed = {line.split("\t")[0] for line in summary.splitlines()[1:]}
    assert set(expected) <= listed
    assert not any(path.endswith(".po") for path in listed)
    dry = snakemake(work, "--dry-run").stdout
    assert all(path in dry for path in expected)


def test_delete_all_output_spares_catalogues_and_a_run_brings_everything_back(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    catalogs = {p: p.read_bytes() for p in (work / "locales").rglob("*.po")}
    made = {p: p.read_bytes() for p in [*(work / "reports").rglob("*"), *(work / "build").rglob("*")] if p.is_file()}
    snakemake(work, "--delete-all-output")
    assert {p: p.read_bytes() for p in (work / "locales").rglob("*.po")} == catalogs
    assert not (work / "reports/A_68_500/fr.html").exists() and not (work / "locales/A_68_500.pot").exists()
    snakemake(work)
    assert {p: p.read_bytes() for p in (work / "locales").rglob("*.po")} == catalogs
    assert {p: p.read_bytes() for p in made if p.exists()} == made


@pytest.mark.parametrize("how", ["--forceall", "--forcerun"])
def test_forcing_redoes_every_document(tmp_path: Path, how: str) -> None:
    work = _two_documents_one_shard(tmp_path)
    shutil.rmtree(work / "logs" / "shard")
    args = ["--forceall"] if how == "--forceall" else ["--forcerun", shard_rule("A_68_500", 1)]
    snakemake(work, *args)
    assert built_documents(work) == {"A_68_500": "forced", "A_70_2": "forced"}
    assert planned_jobs(work) == {}


def test_forcing_one_file_redoes_its_document(tmp_path: Path) -> None:
    work = _two_documents_one_shard(tmp_path)
    shutil.rmtree(work / "logs" / "shard")
    snakemake(work, "--force", "reports/A_70_2/ru.html")
    assert built_documents(work) == {"A_70_2": "forced"}


# -- catalogues are never outputs ---------------------------------------------


def test_missing_catalogue_comes_back_with_no_other_change(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    po = work / FR
    po.unlink()
    assert planned_jobs(work)["shard"] == 1
    snakemake(work)
    assert (work / FR).read_bytes() == (ROOT / FR).read_bytes()  # filled again from source/fr
    assert planned_jobs(work) == {}


def test_language_added_to_the_configuration_gets_its_catalogues(tmp_path: Path) -> None:
    work = make_workspace(tmp_path, with_locales=False)
    config = work / "config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("languages: [ar, zh, en, fr, ru, es]", "languages: [ar, zh, en, fr, ru]"),
                      encoding="utf-8")
    snakemake(work)
    assert not (work / "locales/es").exists()
    config.write_text(text, encoding="utf-8")
    snakemake(work)
    spanish = polib.pofile(str(work / "locales/es/LC_MESSAGES/A_68_500.po"))
    assert spanish.metadata["Language"] == "es" and spanish.translated_entries()
    assert (work / "reports/A_68_500/es.html").exists()
    assert planned_jobs(work) == {}


def test_failed_job_leaves_every_catalogue_whole_and_the_next_run_redoes_it(tmp_path: Path) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    _age(work)
    source = work / "source/en/A_68_500.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(P10, P10_EDITED), encoding="utf-8")
    rebuild = work / "pipeline/rebuild.py"
    original = rebuild.read_text(encoding="utf-8")
    rebuild.write_text(original.replace("def rebuild_text(", "def rebuild_text(*_a, **_k):\n    raise RuntimeError('bug')\n\n\ndef _unused(", 1), encoding="utf-8")
    failed = snakemake(work, check=False)
    assert failed.returncode != 0 and "RuntimeError: bug" in failed.stdout + failed.stderr
    for path in (work / "locales").rglob("*.po"):
        assert polib.pofile(str(path)).metadata["Language"], path  # whole, readable
    rebuild.write_text(original, encoding="utf-8")
    snakemake(work)
    assert polib.pofile(str(work / FR)).find(P10_EDITED) is not None
    assert P10_EDITED in (work / "reports/A_68_500/fr.html").read_text(encoding="utf-8")
    assert planned_jobs(work) == {}


def test_killed_build_truncates_no_catalogue(tmp_path: Path) -> None:
    import signal

    import psutil

    work = make_workspace(tmp_path)
    snakemake(work)
    before = {p: p.read_bytes() for p in (work / "locales").rglob("*.po")}
    source = work / "source/en/A_68_500.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(P10, P10_EDITED), encoding="utf-8")
    run = subprocess.Popen([str(SNAKEMAKE), "--cores", "2"], cwd=work,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    killed = False
    while time.time() < deadline and not killed and run.poll() is None:
        for proc in psutil.Process(run.pid).children(recursive=True):
            try:
                if "build" in proc.cmdline() and "pipeline.cli" in proc.cmdline():
                    proc.send_signal(signal.SIGKILL)
                    killed = True
            except psutil.NoSuchProcess:
                pass
        time.sleep(0.02)
    run.wait(timeout=120)
    assert killed
    for path, data in before.items():
        now = path.read_bytes()
        assert now == data or polib.pofile(now.decode("utf-8")).find(P10_EDITED) is not None, path
    snakemake(work, "--rerun-incomplete")
    assert polib.pofile(str(work / FR)).find(P10_EDITED) is not None
    assert planned_jobs(work) == {}


# -- no lost update -----------------------------------------------------------


def test_catalogue_saved_during_the_build_is_kept_and_merged_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from pipeline import cli, sync

    work = make_workspace(tmp_path)
    snakemake(work)
    _age(work)
    source = work / "source/en/A_68_500.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(P10, P10_EDITED), encoding="utf-8")
    saved = polib.pofile(str(work / FR))
    saved.find(P7).msgstr = "Saisi pendant la compilation."
    real = sync.sync_document

    def save_while_merging(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # the build has read the catalogue and merged it
        saved.save(str(work / FR))  # the translator saves before the build writes
        return result

    monkeypatch.setattr(sync, "sync_document", save_while_merging)
    monkeypatch.chdir(work)
    assert cli.main(["build", "A_68_500", "--shard", "000", "--out", "build/parts/000.json",
                     "--state", "build/state/000.json", "--redo", "*"]) == 0
    assert f"warning: {FR} changed on disk while the build ran: left as saved" in capsys.readouterr().err
    kept = polib.pofile(str(work / FR))
    assert kept.find(P7).msgstr == "Saisi pendant la compilation." and kept.find(P10_EDITED) is None
    monkeypatch.undo()

    snakemake(work)  # the next run sees the newer file and merges it
    merged = polib.pofile(str(work / FR))
    assert merged.find(P7).msgstr == "Saisi pendant la compilation."
    assert merged.find(P10_EDITED) is not None
    assert planned_jobs(work) == {}
