"""End to end: PDF and Word documents in source/, through the real snakemake, and Word out.

The document is the team's sample A/68/500 in six languages (tests/data/align;
team-written translations, not official UN texts), written as Word files by
tests/documents.py and made PDF by LibreOffice once per module. What a .docx
or .pdf source builds must be what the same text as .txt builds; only the file
names and line numbers the catalogues and reports cite differ.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import polib
import pytest
from documents import LANGS, SAMPLES, docx_from_text, pdfs_from_docx, soffice
from workflow import ROOT, built_documents, make_workspace, planned_jobs, snakemake

from pipeline.extract.form import render
from pipeline.extract.pdf import read_pdf

DOC = "A_68_500"
P10 = ("Decide to convene the fifth ministerial meeting of the Group of Friends United against Human Trafficking "
       "on the margins of the seventieth session of the General Assembly.")
P10_EDITED = P10.replace("fifth ministerial meeting", "fifth ministerial-level meeting")
A70 = "United Nations A/70/2\n\n## Note by the Secretary-General\n\n1. The Secretary-General transmits the report.\n"
NEEDS_SOFFICE = pytest.mark.skipif(
    soffice() is None, reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui"
)


def _text(lang: str) -> str:
    return SAMPLES[(DOC, lang)].read_text(encoding="utf-8")


def _workspace(target: Path, files: dict[str, bytes]) -> Path:
    """The workflow with no document and no catalogue, then ``files`` (relative path -> bytes)."""
    work = make_workspace(target, docs={})
    for name, data in files.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_bytes(data)
    return work


def _sources(kind: str, data: dict[str, bytes]) -> dict[str, bytes]:
    return {f"source/{lang}/{DOC}.{kind}": blob for lang, blob in data.items()}


def _age(work: Path) -> None:
    """Date every file of the last build back, so an edit is newer even on coarse clocks."""
    past = time.time() - 10
    for path in work.rglob("*"):
        if path.is_file() and ".snakemake" not in path.parts:
            os.utime(path, (past, past))


def _copy(built: Path, target: Path) -> Path:
    shutil.copytree(built, target, symlinks=True)  # dates kept: the copy is as up to date as the build
    return target


@pytest.fixture(scope="module")
def word_files() -> dict[str, bytes]:
    return {lang: docx_from_text(_text(lang), lang) for lang in LANGS}


@pytest.fixture(scope="module")
def pdf_files(word_files: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("word")
    paths = []
    for lang, data in word_files.items():
        (folder / f"{lang}.docx").write_bytes(data)
        paths.append(folder / f"{lang}.docx")
    pdfs = pdfs_from_docx(paths, tmp_path_factory.mktemp("pdf"))
    return {path.stem: path.read_bytes() for path in pdfs}


@pytest.fixture(scope="module")
def text_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = _workspace(tmp_path_factory.mktemp("txt"), _sources("txt", {lang: SAMPLES[(DOC, lang)].read_bytes()
                                                                        for lang in LANGS}))
    snakemake(work)
    return work


@pytest.fixture(scope="module")
def word_build(tmp_path_factory: pytest.TempPathFactory, word_files: dict[str, bytes]) -> Path:
    work = _workspace(tmp_path_factory.mktemp("docx"), _sources("docx", word_files))
    snakemake(work)
    return work


# -- the same document as text, Word and PDF -------------------------------------------------

_CITED = re.compile(r"(?:source|build/text)/(ar|zh|en|fr|ru|es)/(\w+)\.(?:txt|docx|pdf)(?::\d+)?")
_LINE = re.compile(r"\b(line|lines) \d+(?:-\d+)?")


def _as_cited(text: str) -> str:
    """A file's text with the source files and line numbers it cites made neutral."""
    return _LINE.sub(r"\1 N", _CITED.sub(r"<\1/\2>", text))


def _results(work: Path) -> dict[str, str]:
    """What a user opens: catalogues, template, reports, rebuilt text, TMX."""
    paths = [*(work / "locales").rglob("*.po*"), *(work / "reports").rglob("*.json"),
             *(work / "reports").rglob("*.csv"), *(work / "reports" / DOC).glob("*.html"),
             *(work / "build").glob(f"*/{DOC}.txt"), work / "build/tmx/corpus.tmx"]
    found = {str(p.relative_to(work)): _as_cited(p.read_text(encoding="utf-8")) for p in paths
             if "text" not in p.relative_to(work).parts}
    for lang in LANGS:  # the rebuilt text spaces the masthead's lines as the source's lines were spaced
        found[f"build/{lang}/{DOC}.txt"] = "\n".join(filter(None, found[f"build/{lang}/{DOC}.txt"].split("\n")))
    return found


def _same_results(work: Path, reference: Path) -> None:
    got, want = _results(work), _results(reference)
    assert sorted(got) == sorted(want)
    assert len(want) > 20
    for name in sorted(want):
        assert got[name] == want[name], name


def test_word_sources_build_what_their_texts_build(word_build: Path, text_build: Path) -> None:
    _same_results(word_build, text_build)
    po = polib.pofile(str(word_build / f"locales/fr/LC_MESSAGES/{DOC}.po"))
    assert po.find("Distr.: General").occurrences == [(f"build/text/en/{DOC}.txt", "2")]
    assert "aligned from build/text/fr/A_68_500.txt:2," in po.find("Distr.: General").tcomment
    # What was read, where a user can open it: the segmenter's form, furniture gone.
    french = (word_build / f"build/text/fr/{DOC}.txt").read_text(encoding="utf-8")
    assert french.splitlines()[0] == "Nations Unies A/68/500"
    assert "13-49986" not in french
    assert planned_jobs(word_build) == {}


@NEEDS_SOFFICE
def test_pdf_sources_build_what_their_texts_build(pdf_files: dict[str, bytes], text_build: Path,
                                                  tmp_path: Path) -> None:
    work = _workspace(tmp_path, _sources("pdf", pdf_files))
    snakemake(work)
    _same_results(work, text_build)
    assert sorted(p.parent.name for p in (work / "build/text").glob(f"*/{DOC}.txt")) == sorted(LANGS)
    assert planned_jobs(work) == {}


def test_deleted_extracted_text_comes_back_and_rebuilds_nothing(word_build: Path, tmp_path: Path) -> None:
    work = _copy(word_build, tmp_path / "work")
    text = work / f"build/text/fr/{DOC}.txt"
    kept, catalogues = text.read_bytes(), {p: p.read_bytes() for p in (work / "locales").rglob("*.po")}
    text.unlink()
    assert planned_jobs(work).get("extract") == 1
    shutil.rmtree(work / "logs" / "shard")
    snakemake(work)
    assert text.read_bytes() == kept
    assert built_documents(work) == {}  # the same text: its document is not redone
    assert {p: p.read_bytes() for p in (work / "locales").rglob("*.po")} == catalogues
    assert planned_jobs(work) == {}


# -- Word out -------------------------------------------------------------------------------------


@NEEDS_SOFFICE
def test_rebuilt_word_document_is_declared_comes_back_and_opens_in_libreoffice(word_build: Path,
                                                                                tmp_path: Path) -> None:
    work = _copy(word_build, tmp_path / "work")
    rebuilt = work / f"build/fr/{DOC}.docx"
    summary = snakemake(work, "--summary").stdout
    assert f"build/fr/{DOC}.docx" in {line.split("\t")[0] for line in summary.splitlines()}
    kept = rebuilt.read_bytes()
    rebuilt.unlink()
    snakemake(work)
    assert rebuilt.read_bytes() == kept  # deterministic, made again
    pdf = pdfs_from_docx([rebuilt], tmp_path / "pdf")[0]
    text = " ".join(render(read_pdf(pdf.read_bytes(), str(pdf), "fr")).split())
    po = polib.pofile(str(work / f"locales/fr/LC_MESSAGES/{DOC}.po"))
    translated = [e.msgstr for e in po.translated_entries() if len(e.msgstr) > 80]
    assert translated and all(" ".join(t.split()) in text for t in translated[:5])
    assert planned_jobs(work) == {}


def test_rebuilt_arabic_word_document_runs_right_to_left(word_build: Path) -> None:
    import zipfile

    xml = zipfile.ZipFile(io.BytesIO((word_build / f"build/ar/{DOC}.docx").read_bytes())).read("word/document.xml")
    po = polib.pofile(str(word_build / f"locales/ar/LC_MESSAGES/{DOC}.po"))
    assert b"<w:bidi/>" in xml and b"<w:rtl/>" in xml
    assert po.find("Distr.: General").msgstr.encode() in xml


# -- bad input ------------------------------------------------------------------------------------


def _summary_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.startswith("hexaglot: ")
             and " languages" in line]
    assert lines, result.stdout + result.stderr
    return lines[-1]


def _encrypted(data: bytes) -> bytes:
    pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool makes the encrypted file")
    from msoffcrypto.format.ooxml import OOXMLFile

    locked = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt("secret", locked)
    return locked.getvalue()


@pytest.mark.parametrize(
    ("name", "broken", "message"),
    [
        (f"{DOC}.docx", lambda data: data[: len(data) // 2], "not a readable Word document"),
        (f"{DOC}.docx", _encrypted, "the Word document is password-protected (encrypted); open it in Word or LibreOffice, remove the password"),
        (f"{DOC}.doc", lambda data: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
         ".doc files are not read; open it in Word or LibreOffice and save it as a Word document (.docx)"),
    ],
    ids=["damaged", "password", "old-word"],
)
def test_unreadable_word_file_is_named_its_catalogues_untouched_and_the_rest_built(
    word_build: Path, tmp_path: Path, word_files: dict[str, bytes], name: str, broken, message: str  # type: ignore[no-untyped-def]
) -> None:
    work = _copy(word_build, tmp_path / "work")
    _age(work)
    catalogues = {p: p.read_bytes() for p in (work / "locales").rglob(f"{DOC}.po")}
    (work / f"source/en/{DOC}.docx").unlink()
    (work / "source/en" / name).write_bytes(broken(word_files["en"]))
    (work / "source/en/A_70_2.docx").write_bytes(docx_from_text(A70, "en"))  # a good document beside it

    result = snakemake(work, check=False)
    assert result.returncode == 1
    named = f"source/en/{name}: {message}"
    assert named in _summary_line(result)
    assert f"error: {named}" in result.stderr  # the extraction job's one line
    assert {p: p.read_bytes() for p in (work / "locales").rglob(f"{DOC}.po")} == catalogues
    assert (work / f"build/text/en/{DOC}.txt").read_text(encoding="utf-8").startswith(
        f"[hexaglot] not extracted: {named}")
    page = (work / f"reports/{DOC}/fr.html").read_text(encoding="utf-8")
    assert f"source/en/{name}" in page
    new = polib.pofile(str(work / "locales/fr/LC_MESSAGES/A_70_2.po"))
    assert new.find("The Secretary-General transmits the report.") is not None
    assert (work / "build/fr/A_70_2.docx").exists()
    assert planned_jobs(work) == {"readable": 1, "all": 1}  # fails, naming the file, until it is fixed

    (work / "source/en" / name).unlink()
    (work / f"source/en/{DOC}.docx").write_bytes(word_files["en"])
    fixed = snakemake(work)
    assert "cannot be read" not in _summary_line(fixed)
    assert {p: p.read_bytes() for p in (work / "locales").rglob(f"{DOC}.po")} == catalogues
    assert planned_jobs(work) == {}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_text_beside_a_pdf_is_an_error_naming_both_and_nothing_is_written(tmp_path: Path, lang: str) -> None:
    work = make_workspace(tmp_path)
    (work / f"source/{lang}/{DOC}.pdf").write_bytes(b"%PDF-1.4\n")
    result = snakemake(work, check=False)
    assert result.returncode == 1
    line = f"hexaglot: error: source/{lang}/{DOC}.pdf and source/{lang}/{DOC}.txt are 2 sources for one document"
    assert line in result.stderr
    assert not (work / "build").exists() and not (work / "reports").exists() and not (work / "logs").exists()
    for path in (ROOT / "locales").rglob("*.po*"):
        assert (work / path.relative_to(ROOT)).read_bytes() == path.read_bytes()


# -- a changed source -----------------------------------------------------------------------------


@pytest.mark.parametrize("dated", ["now", "old"], ids=["saved", "copied-with-old-date"])
def test_changed_word_source_is_extracted_again_and_only_its_document_rebuilt(
    word_files: dict[str, bytes], tmp_path: Path, dated: str
) -> None:
    work = _workspace(tmp_path, {**_sources("docx", word_files), "source/en/A_70_2.docx": docx_from_text(A70, "en")})
    config = work / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("shards: 8", "shards: 1"), encoding="utf-8")
    snakemake(work)
    _age(work)
    source = work / f"source/en/{DOC}.docx"
    source.write_bytes(docx_from_text(_text("en").replace(P10, P10_EDITED), "en"))
    if dated == "old":  # as `cp -p` or an unpacked archive leave it: older than the text extracted before
        past = time.time() - 3600
        os.utime(source, (past, past))
    shutil.rmtree(work / "logs" / "shard")
    result = snakemake(work)
    if dated == "old":
        assert (f"hexaglot: source/en/{DOC}.docx changed since build/text/en/{DOC}.txt was extracted from it: "
                "extracted again") in result.stderr
    assert "rule extract" in result.stdout + result.stderr
    assert list(built_documents(work)) == [DOC]
    assert polib.pofile(str(work / f"locales/ru/LC_MESSAGES/{DOC}.po")).find(P10_EDITED) is not None
    assert P10_EDITED in (work / f"build/text/en/{DOC}.txt").read_text(encoding="utf-8")
    assert planned_jobs(work) == {}
