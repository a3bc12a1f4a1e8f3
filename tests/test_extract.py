"""PDF and Word in, Word out: pipeline/extract and pipeline/rebuild_docx.

The team's samples (tests/data/align, tests/data/footnotes) are written as
Word files with real numbering, footnotes, header and footer
(tests/documents.py), and LibreOffice makes PDFs of them once per session.
The same document read as .txt, .docx and .pdf must give the same segments.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from documents import DATA, SAMPLES, docx_from_text, pdfs_from_docx, soffice, write_samples
from lxml import etree

from pipeline import cli
from pipeline.catalog import build_template
from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.extract import (
    check_single_source,
    documents,
    extract_bytes,
    extract_text,
    find_sources,
    source_for,
    unreadable_note,
    unreadable_reason,
)
from pipeline.extract.bidi import logical_order
from pipeline.extract.form import render
from pipeline.extract.numbering import Numbering, format_number
from pipeline.extract.pdf import is_furniture, read_pdf
from pipeline.extract.word import read_word
from pipeline.rebuild_docx import rebuild_docx
from pipeline.segment import segment_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NEEDS_SOFFICE = pytest.mark.skipif(
    soffice() is None, reason="LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui"
)
CASES = sorted(SAMPLES)


def _key(doc):  # type: ignore[no-untyped-def]
    """What a segment is, apart from the line it came from."""
    return [(s.kind, s.number, s.text, s.emphasis) for s in doc.segments]


def _expected(doc: str, lang: str):  # type: ignore[no-untyped-def]
    return segment_text(SAMPLES[(doc, lang)].read_text(encoding="utf-8"), lang)


@pytest.fixture(scope="session")
def sample_docx(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    return write_samples(tmp_path_factory.mktemp("docx"))


@pytest.fixture(scope="session")
def sample_pdfs(sample_docx: dict[tuple[str, str], Path], tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui")
    outdir = tmp_path_factory.mktemp("pdf")
    keys = sorted(sample_docx)
    pdfs = pdfs_from_docx([sample_docx[k] for k in keys], outdir)
    return dict(zip(keys, pdfs, strict=True))


# -- the same document three ways -------------------------------------------------------


@pytest.mark.parametrize(("doc", "lang"), CASES, ids=[f"{d}-{lang}" for d, lang in CASES])
def test_word_document_gives_the_segments_of_its_text(doc: str, lang: str, sample_docx) -> None:  # type: ignore[no-untyped-def]
    path = sample_docx[(doc, lang)]
    text = extract_text(path, lang)
    assert _key(segment_text(text, lang)) == _key(_expected(doc, lang))


@NEEDS_SOFFICE
@pytest.mark.parametrize(("doc", "lang"), CASES, ids=[f"{d}-{lang}" for d, lang in CASES])
def test_pdf_made_by_libreoffice_gives_the_segments_of_its_text(doc: str, lang: str, sample_pdfs) -> None:  # type: ignore[no-untyped-def]
    text = extract_text(sample_pdfs[(doc, lang)], lang)
    assert _key(segment_text(text, lang)) == _key(_expected(doc, lang))


@NEEDS_SOFFICE
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdfminer_backend_reads_the_same_text(lang: str, sample_pdfs) -> None:  # type: ignore[no-untyped-def]
    """The benchmark's alternative stays usable: same layout code, glyphs read by pdfminer.six."""
    pytest.importorskip("pdfminer", reason="pdfminer.six is a test dependency")
    path = sample_pdfs[("A_69_123", lang)]
    text = render(read_pdf(path.read_bytes(), str(path), lang, "pdfminer"))
    assert _key(segment_text(text, lang)) == _key(_expected("A_69_123", lang))


def _entries(text: str, path: str) -> list[tuple[str, str, str]]:
    po = build_template(segment_text(text, "en", path))
    return [(e.msgid, e.msgctxt or "", e.comment) for e in po]


@NEEDS_SOFFICE
def test_english_catalogues_from_text_word_and_pdf_are_identical_but_for_line_references(
    sample_docx, sample_pdfs  # type: ignore[no-untyped-def]
) -> None:
    for doc in ("A_68_500", "A_68_123", "E_2014_45"):
        want = _entries(SAMPLES[(doc, "en")].read_text(encoding="utf-8"), f"source/en/{doc}.txt")
        assert want
        assert _entries(extract_text(sample_docx[(doc, "en")], "en"), f"source/en/{doc}.txt") == want
        assert _entries(extract_text(sample_pdfs[(doc, "en")], "en"), f"source/en/{doc}.txt") == want


@NEEDS_SOFFICE
def test_pdf_text_is_in_the_form_the_segmenter_reads(sample_pdfs) -> None:  # type: ignore[no-untyped-def]
    text = extract_text(sample_pdfs[("A_68_123", "en")], "en")
    lines = text.splitlines()
    assert lines[0] == "United Nations A/68/123"
    assert "## I. Introduction" in lines
    assert "- 3. The Office organized 14 regional meetings:" in lines
    assert "- (a) In Vienna, from 13 to 15 May 2013;3" in lines
    # footnotes below the rule, marks first; header and footer gone
    rule = lines.index("__________________")
    assert lines[rule + 1:] == [
        "1 See also resolution 64/293, annex, and the report of the Secretary-General (A/67/123).",
        "2 Available from www.unodc.org.",
        "3 See A/68/50, para. 12.",
    ]
    assert not any(re.fullmatch(r"\d+/\d+|13-38145.*", line) for line in lines)


@NEEDS_SOFFICE
def test_arabic_pdf_reads_in_logical_order_without_presentation_forms(sample_pdfs) -> None:  # type: ignore[no-untyped-def]
    text = extract_text(sample_pdfs[("A_69_123", "ar")], "ar")
    assert "الأمم المتحدة A/69/123" in text.splitlines()[0]
    assert "للفترة 2014-2020،" in text  # numbers after Arabic letters drawn right to left
    assert "(A/RES/64/292)" in text  # brackets around a Latin symbol
    assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", text)


@NEEDS_SOFFICE
def test_chinese_pdf_has_no_spaces_between_ideographs_or_before_numbers(sample_pdfs) -> None:  # type: ignore[no-untyped-def]
    text = extract_text(sample_pdfs[("E_2014_45", "zh")], "zh")
    assert "理事会2014年会议" in text  # LibreOffice broke this line inside "2014"
    assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff0-9]", text)


# -- Word numbering --------------------------------------------------------------------------


def _numbering(levels: str, nums: str) -> Numbering:
    return Numbering(etree.fromstring(
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>{nums}</w:numbering>'
    ))


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


NUM1 = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'


@pytest.mark.parametrize(
    ("levels", "sequence", "labels"),
    [
        (_lvl(0, "decimal", "%1.") + _lvl(1, "lowerLetter", "(%2)") + _lvl(2, "lowerRoman", "(%3)"),
         [0, 1, 1, 2, 2, 0, 1], ["1.", "(a)", "(b)", "(i)", "(ii)", "2.", "(a)"]),
        (_lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2"), [0, 1, 1, 0, 1], ["1.", "1.1", "1.2", "2.", "2.1"]),
        (_lvl(0, "decimal", "%1 -") + _lvl(1, "arabicAbjad", "(%2)"), [0, 1, 1, 1, 1, 1], ["1 -", "(أ)", "(ب)", "(ج)", "(د)", "(هـ)"]),
        (_lvl(0, "decimal", "%1.") + _lvl(1, "russianLower", "%2)"), [0, 1, 1, 1], ["1.", "а)", "б)", "в)"]),
        (_lvl(0, "chineseCounting", "%1、") + _lvl(1, "ideographEnclosedCircle", "%2"), [0, 1, 1], ["一、", "㈠", "㈡"]),
        (_lvl(0, "lowerRoman", "%1)"), [0, 0, 0, 0], ["i)", "ii)", "iii)", "iv)"]),
        (_lvl(0, "upperRoman", "%1.") + _lvl(1, "upperLetter", "%2."), [0, 1, 1, 0, 1], ["I.", "A.", "B.", "II.", "A."]),
        # w:lvlRestart 0: the letters run on across paragraphs
        (_lvl(0, "decimal", "%1.") + _lvl(1, "lowerLetter", "(%2)", extra='<w:lvlRestart w:val="0"/>'),
         [0, 1, 0, 1], ["1.", "(a)", "2.", "(b)"]),
        # w:isLgl: every number decimal
        (_lvl(0, "upperRoman", "%1.") + _lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>"), [0, 1], ["I.", "1.1"]),
        (_lvl(0, "decimal", "%1.", start=5), [0, 0], ["5.", "6."]),
    ],
)
def test_numbering_counts_labels_as_word_shows_them(levels: str, sequence: list[int], labels: list[str]) -> None:
    numbering = _numbering(levels, NUM1)
    assert [numbering.label("1", level) for level in sequence] == labels


def test_numbering_instances_share_a_list_unless_one_overrides_its_start() -> None:
    nums = (NUM1 + '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>'
            '<w:num w:numId="3"><w:abstractNumId w:val="0"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="8"/></w:lvlOverride></w:num>'
            '<w:num w:numId="4"><w:abstractNumId w:val="0"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    numbering = _numbering(_lvl(0, "decimal", "%1."), nums)
    labels = [numbering.label(num, 0) for num in ("1", "1", "2", "3", "3", "4", "4")]
    assert labels == ["1.", "2.", "3.", "8.", "9.", "1.", "2."]
    assert numbering.label("99", 0) is None


@pytest.mark.parametrize(
    ("value", "fmt", "custom", "expected"),
    [
        (3, "custom", "١, ٢, ٣, ...", "٣"),
        (12, "custom", "١, ٢, ٣, ...", "١٢"),
        (7, "custom", "001, 002, 003, ...", "007"),
        (27, "lowerLetter", "", "aa"),
        (11, "ideographEnclosedCircle", "", "11"),
        (16, "arabicAlpha", "", "ط"),
        (105, "chineseCounting", "", "一百零五"),
        (9, "decimalZero", "", "09"),
        (3, "someFormatWeDoNotKnow", "", "3"),
    ],
)
def test_number_formats(value: int, fmt: str, custom: str, expected: str) -> None:
    assert format_number(value, fmt, custom) == expected


# -- the Word reader on small documents ---------------------------------------------------------


def _docx(body: str, *, footnotes: str = "", header: str = "", styles: str = "") -> bytes:
    """A minimal .docx built by hand: exactly the XML each test means."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    document = docx.Document()
    body_element = document.element.body
    for child in list(body_element):
        if not child.tag.endswith("sectPr"):
            body_element.remove(child)
    for element in parse_xml(f'<w:body xmlns:w="{W}">{body}</w:body>'):
        body_element.insert(len(body_element) - 1, element)
    if footnotes:
        blob = f'<w:footnotes xmlns:w="{W}">{footnotes}</w:footnotes>'.encode()
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, document.part.package)
        document.part.relate_to(part, RT.FOOTNOTES)
    if header:
        document.sections[0].header.paragraphs[0].text = header
    if styles:
        for style in parse_xml(f'<w:styles xmlns:w="{W}">{styles}</w:styles>'):
            document.styles.element.append(style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _p(text: str, props: str = "", run_props: str = "") -> str:
    return f'<w:p><w:pPr>{props}</w:pPr><w:r><w:rPr>{run_props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _read(data: bytes, lang: str = "en") -> str:
    return render(read_word(data, "test.docx", lang))


def test_word_reader_leaves_out_header_deletions_hidden_text_and_field_codes() -> None:
    body = (
        _p("United Nations")
        + '<w:p><w:r><w:t xml:space="preserve">Kept </w:t></w:r>'
        '<w:del w:id="1" w:author="x"><w:r><w:delText>deleted </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="x"><w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>'
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">hidden </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> and the rest of a paragraph long enough to end the masthead, '
        + "which any reader of the document would call body text and not front matter at all, really."
        + "</w:t></w:r></w:p>"
    )
    text = _read(_docx(body, header="A/68/500 13-49986"))
    assert "Kept inserted 7 and the rest" in text
    assert "deleted" not in text and "hidden" not in text and "PAGE" not in text
    assert "13-49986" not in text


def test_word_reader_takes_headings_by_style_and_bold_runs() -> None:
    body = (
        _p("United Nations")
        + _p("Annex to the letter", '<w:pStyle w:val="Heading1"/>')
        + '<w:p><w:r><w:t xml:space="preserve">(Signed) Andrei </w:t></w:r>'
        '<w:r><w:rPr><w:b/></w:rPr><w:t>Dapkiunas</w:t></w:r><w:r><w:br/><w:t>Ambassador</w:t></w:r></w:p>'
        + _p("Chapter heading", '<w:pStyle w:val="HCh"/>')
    )
    styles = ('<w:style w:type="paragraph" w:styleId="HCh"><w:name w:val="HCh"/>'
              '<w:rPr><w:b w:val="0"/></w:rPr></w:style>')
    lines = _read(_docx(body, styles=styles)).splitlines()
    assert "## **Annex to the letter**" in lines  # Word's Heading 1 is bold: the page shows it so
    assert "## Chapter heading" in lines  # a UN style name, not bold
    assert lines[lines.index("(Signed) Andrei **Dapkiunas**") + 1] == "Ambassador"


def test_word_reader_puts_footnotes_below_the_rule_with_their_marks() -> None:
    body = (
        _p("United Nations")
        + '<w:p><w:r><w:t xml:space="preserve">In its resolution 67/190,</w:t></w:r>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>'
        '<w:r><w:t xml:space="preserve"> the Assembly asked for a report; see also the note.</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="5" w:customMarkFollows="1"/><w:t>*</w:t></w:r></w:p>'
    )
    notes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See A/67/123.</w:t></w:r></w:p></w:footnote>'
        '<w:footnote w:id="5"><w:p><w:r><w:t xml:space="preserve">* Reissued for technical reasons.</w:t></w:r></w:p></w:footnote>'
    )
    text = _read(_docx(body, footnotes=notes))
    assert "In its resolution 67/190,1 the Assembly" in text
    assert text.endswith("__________________\n1 See A/67/123.\n* Reissued for technical reasons.\n")
    segments = segment_text(text, "en").segments
    assert [(s.kind, s.number, s.text) for s in segments if s.kind == "footnote"] == [
        ("footnote", "1", "See A/67/123."), ("footnote", "*", "Reissued for technical reasons.")]


def test_word_reader_reads_tables_row_by_row() -> None:
    row = "<w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr>"
    body = "<w:tbl>" + row.format(_p("United Nations"), _p("A/68/500")) + row.format(_p("General Assembly"), _p("Distr.: General")) + "</w:tbl>"
    assert _read(_docx(body)).splitlines()[:4] == ["United Nations", "A/68/500", "General Assembly", "Distr.: General"]


def test_word_reader_labels_paragraphs_numbered_through_their_style() -> None:
    data = _docx(_p("United Nations") + _p("First point.", '<w:pStyle w:val="SingleTxt"/>')
                 + _p("Second point.", '<w:pStyle w:val="SingleTxt"/>'),
                 styles='<w:style w:type="paragraph" w:styleId="SingleTxt"><w:name w:val="SingleTxt"/>'
                        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    # put a numbering part in: numId 1 counts "1." "2."
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            content = zin.read(item.filename)
            if item.filename == "word/numbering.xml":
                content = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
                           + _lvl(0, "decimal", "%1.") + "</w:abstractNum>" + NUM1 + "</w:numbering>").encode()
            zout.writestr(item, content)
    assert _read(out.getvalue()).splitlines()[-2:] == ["- 1. First point.", "- 2. Second point."]


# -- bidi and furniture ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("visual", "logical"),
    [
        # what LibreOffice draws, left to right, for each logical Arabic line
        ("July 2013 1", "1 July 2013"),
        ("2020-2014 ةرتفلل", "للفترة 2014-2020"),  # numbers after Arabic letters: W2, no W4 for "-"
        ("64/292 ةماعلا", "العامة 64/292"),  # "/" joins two Arabic numbers
        ("A/RES/64/292 خرؤملا", "المؤرخ A/RES/64/292"),  # numbers inside a Latin symbol go with it
        ("UNICEF ةمظنم", "منظمة UNICEF"),
    ],
)
def test_right_to_left_lines_are_put_in_reading_order(visual: str, logical: str) -> None:
    units = list(visual)
    assert "".join(units[i] for i in logical_order(units)) == logical


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("2/3", True), ("2/3 13-49986", True), ("13-49986 (E) 081013 081013", True), ("*1349986*", True),
        ("A/68/500", True), ("GE.05-13245 (E) 150405", True), ("Please recycle", True), ("请回收", True),
        ("E/CN.4/2005/L.10/Add.17 2/37", True),
        ("New York, 26 September 2013", False), ("2014 session", False), ("Agenda item 108", False),
    ],
)
def test_furniture_lines(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


# -- bad input -----------------------------------------------------------------------------------------


def _error(data: bytes, name: str, tmp_path: Path) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        extract_text(path, "en")
    message = str(caught.value)
    assert message.startswith(str(path))
    return message


def test_old_binary_word_document_is_refused_saying_how_to_convert_it(tmp_path: Path) -> None:
    message = _error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "A_68_500.doc", tmp_path)
    assert "save it as a Word document (.docx)" in message
    message = _error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "renamed.docx", tmp_path)
    assert "old binary Word document (.doc)" in message


def test_corrupt_word_document_is_refused(tmp_path: Path, sample_docx) -> None:  # type: ignore[no-untyped-def]
    data = sample_docx[("A_68_500", "en")].read_bytes()
    message = _error(data[: len(data) // 2], "broken.docx", tmp_path)
    assert "save it again as .docx" in message
    assert "not a Word document" in _error(b"just some text", "text.docx", tmp_path)


def test_password_protected_word_document_is_refused(tmp_path: Path, sample_docx) -> None:  # type: ignore[no-untyped-def]
    msoffcrypto = pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool makes the encrypted file")
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = io.BytesIO(sample_docx[("A_68_500", "en")].read_bytes())
    locked = io.BytesIO()
    OOXMLFile(plain).encrypt("secret", locked)
    del msoffcrypto
    message = _error(locked.getvalue(), "locked.docx", tmp_path)
    assert "password-protected" in message and "remove the password" in message


@NEEDS_SOFFICE
def test_password_protected_pdf_is_refused(tmp_path: Path, sample_docx) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "locked.docx"
    shutil.copy(sample_docx[("A_69_123", "en")], source)
    options = json.dumps({"EncryptFile": {"type": "boolean", "value": "true"},
                          "DocumentOpenPassword": {"type": "string", "value": "secret"}})
    subprocess.run([soffice(), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", f"pdf:writer_pdf_Export:{options}", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=300)
    message = _error((tmp_path / "locked.pdf").read_bytes(), "A_69_123.pdf", tmp_path)
    assert "encrypted with a password" in message and "supply the .docx" in message


@NEEDS_SOFFICE
def test_pdf_without_a_text_layer_is_refused(tmp_path: Path, sample_pdfs) -> None:  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    scanned = pdfium.PdfDocument.new()
    source = pdfium.PdfDocument(str(sample_pdfs[("A_69_123", "en")]))
    bitmap = source[0].render(scale=1)
    image = pdfium.PdfImage.new(scanned)
    image.set_bitmap(bitmap)
    width, height = source[0].get_size()
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page = scanned.new_page(width, height)
    page.insert_obj(image)
    page.gen_content()
    buffer = io.BytesIO()
    scanned.save(buffer)
    message = _error(buffer.getvalue(), "scan.pdf", tmp_path)
    assert "no text layer" in message and "OCR" in message


def test_not_a_pdf_is_refused(tmp_path: Path) -> None:
    assert "not a PDF" in _error(b"<html>oops</html>", "page.pdf", tmp_path)
    assert "empty file" in _error(b"", "empty.pdf", tmp_path)


def test_two_sources_for_one_document_are_an_error_naming_both(tmp_path: Path) -> None:
    folder = tmp_path / "source" / "fr"
    folder.mkdir(parents=True)
    (folder / "A_68_500.txt").write_text("texte", encoding="utf-8")
    assert source_for(str(tmp_path / "source"), "fr", "A_68_500") == str(folder / "A_68_500.txt")
    (folder / "A_68_500.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(InputError) as caught:
        source_for(str(tmp_path / "source"), "fr", "A_68_500")
    assert str(folder / "A_68_500.txt") in str(caught.value) and str(folder / "A_68_500.pdf") in str(caught.value)
    with pytest.raises(InputError):
        documents(str(tmp_path / "source"), "fr")
    assert check_single_source([folder / "B.txt", folder / "B.pdf"]) is None


def test_documents_lists_every_kind_of_source(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    for name in ("A_68_500.txt", "A_69_123.docx", "E_2014_45.pdf", "notes.md", ".A_1.txt.tmp"):
        (folder / name).write_bytes(b"x")
    assert documents(str(tmp_path), "en") == ["A_68_500", "A_69_123", "E_2014_45"]


def test_find_sources_reads_each_folder_once_and_names_every_pair_of_twins(tmp_path: Path) -> None:
    source = tmp_path / "source"
    for name in ("en/A.txt", "en/B.docx", "en/C.doc", "en/.D.txt", "en/notes.md", "fr/A.pdf", "fr/B.docx", "zh/E.txt"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_bytes(b"x")
    (source / "en" / "F.txt").mkdir()  # a folder is not a document
    found = find_sources(str(source), ["en", "fr", "es"])
    assert found == {
        "A": {"en": str(source / "en/A.txt"), "fr": str(source / "fr/A.pdf")},
        "B": {"en": str(source / "en/B.docx"), "fr": str(source / "fr/B.docx")},
        "C": {"en": str(source / "en/C.doc")},  # found, so that its extraction says what to do
    }
    (source / "en/A.pdf").write_bytes(b"%PDF")
    (source / "fr/B.txt").write_text("texte", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        find_sources(str(source), ["en", "fr"])
    message = str(caught.value)
    assert f"{source}/en/A.pdf and {source}/en/A.txt are 2 sources for one document" in message
    assert f"{source}/fr/B.docx and {source}/fr/B.txt are 2 sources for one document" in message
    assert message.endswith(f"keep one file per document and language (move the others out of {source}/)")


def test_a_document_read_from_pdf_depends_on_the_pdf_and_the_text_extracted_from_it() -> None:
    config = Config()
    sources = {"en": "source/en/A.docx", "fr": "source/fr/A.txt", "ar": "source/ar/A.pdf"}
    assert config.document_inputs("A", sources) == [
        "source/en/A.docx", "build/text/en/A.txt", "source/ar/A.pdf", "build/text/ar/A.txt", "source/fr/A.txt",
        *(f"locales/{lang}/LC_MESSAGES/A.po" for lang in config.languages),
    ]
    assert config.text_path("A", "ar", "source/ar/A.pdf") == "build/text/ar/A.txt"
    assert config.text_path("A", "fr", "source/fr/A.txt") == "source/fr/A.txt"
    assert "build/fr/A.docx" in config.document_outputs("A")


def test_extraction_depends_on_the_extraction_code_only() -> None:
    from pipeline import code_files

    names = {Path(p).relative_to(Path(code_files("pipeline")[0]).parent).as_posix() for p in code_files("pipeline.extract")}
    assert {"extract/__init__.py", "extract/pdf.py", "extract/word.py", "extract/numbering.py", "extract/bidi.py",
            "extract/form.py", "errors.py", "io.py", "languages.py", "text.py", "model.py", "__init__.py"} == names


def test_an_unreadable_file_gives_a_note_the_build_reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    Path("source/fr").mkdir(parents=True)
    Path("source/fr/A_68_500.docx").write_bytes(b"PK\x03\x04 a zip cut short")
    out = "build/text/fr/A_68_500.txt"
    assert cli.main(["extract", "source/fr/A_68_500.docx", "--out", out]) == 1  # by hand: an error
    assert not Path(out).exists()
    assert cli.main(["extract", "source/fr/A_68_500.docx", "--out", out, "--note-unreadable"]) == 0
    err = capsys.readouterr().err
    assert "error: source/fr/A_68_500.docx: not a readable Word document" in err
    note = Path(out).read_text(encoding="utf-8")
    assert note.count("\n") == 1 and unreadable_reason(note) == err.splitlines()[-1].removeprefix("error: ")
    # The build reads the note as the reason the supplied translation cannot be read.
    inputs = cli.read_inputs("A_68_500", Config(), sources={"en": "source/en/A_68_500.txt",
                                                             "fr": "source/fr/A_68_500.docx"})
    assert inputs.supplied_errors["fr"].startswith("source/fr/A_68_500.docx: not a readable Word document")
    assert inputs.english_error == "source/en/A_68_500.txt: no such file"
    assert unreadable_reason("United Nations A/68/500\n") is None
    assert unreadable_note(InputError("no text layer;\nrun OCR", "x.pdf")) == "[hexaglot] not extracted: x.pdf: no text layer; run OCR\n"


def test_build_by_hand_refuses_two_sources_before_writing_anything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    Path("source/en").mkdir(parents=True)
    Path("source/en/A_68_500.txt").write_bytes(SAMPLES[("A_68_500", "en")].read_bytes())
    Path("source/en/A_68_500.pdf").write_bytes(b"%PDF-1.4")
    shutil.copy(Path(cli.__file__).parent.parent / "config.yaml", "config.yaml")
    assert cli.main(["build", "A_68_500", "--out", "build/parts/000.json"]) == 1
    assert "source/en/A_68_500.pdf and source/en/A_68_500.txt are 2 sources" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml", "source"]


def test_cli_extract_writes_the_text_and_reports_bad_input(tmp_path: Path, sample_docx, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "source" / "fr"
    source.mkdir(parents=True)
    shutil.copy(sample_docx[("A_69_123", "fr")], source / "A_69_123.docx")
    out = tmp_path / "build" / "text" / "fr" / "A_69_123.txt"
    assert cli.main(["extract", str(source / "A_69_123.docx"), "--out", str(out)]) == 0
    assert _key(segment_text(out.read_text(encoding="utf-8"), "fr")) == _key(_expected("A_69_123", "fr"))
    (source / "A_69_123.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    assert cli.main(["extract", str(source / "A_69_123.doc"), "--lang", "fr", "--out", str(out)]) == 1
    assert "A_69_123.doc: .doc files are not read" in capsys.readouterr().err


def test_text_sources_pass_through_unchanged() -> None:
    data = SAMPLES[("A_68_500", "en")].read_bytes()
    assert extract_bytes(data, "source/en/A_68_500.txt", "en") == data.decode("utf-8")


# -- Word out --------------------------------------------------------------------------------------


def _translations(doc: str, lang: str) -> dict[str, tuple[str, bool]]:
    """The sample translation as a catalogue would hold it: one-to-one beads of the gold alignment."""
    gold = DATA / "align" / doc / f"{lang}.gold.json"
    beads = json.loads(gold.read_text(encoding="utf-8"))["beads"]
    return {b["en"][0]: (b["tgt"][0], False) for b in beads if len(b["en"]) == 1 and len(b["tgt"]) == 1}


def _document_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")


def test_rebuilt_word_document_is_deterministic_and_reads_back_as_the_english() -> None:
    for doc in ("A_68_500", "A_68_123", "E_2014_45"):
        english = _expected(doc, "en")
        data = rebuild_docx(english, {}, "en")
        assert data == rebuild_docx(english, {}, "en")
        assert _key(segment_text(extract_bytes(data, "x.docx", "en"), "en")) == _key(english)
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in zipfile.ZipFile(io.BytesIO(data)).infolist())


def test_rebuilt_word_document_keeps_structure_and_marks_fallbacks() -> None:
    english = _expected("A_68_500", "en")
    translations = _translations("A_68_500", "es")
    data = rebuild_docx(english, translations, "es", threshold=0.5)
    text = extract_bytes(data, "x.docx", "es")
    lines = text.splitlines()
    assert lines[0] == "Naciones Unidas A/68/500"
    # Spanish lacks paragraph 7: it shows the English, marked, with the English number
    assert "- 7. [EN] Recognize the importance of better international coordination and information exchanges on good practices to address the problem of trafficking in persons;" in lines
    assert any(line.startswith("- 8. Acogemos con beneplácito") for line in lines)
    assert 'w:highlight w:val="yellow"' in _document_xml(data)


def test_rebuilt_arabic_document_runs_right_to_left_with_real_footnotes() -> None:
    english = _expected("A_68_123", "en")
    arabic = _expected("A_68_123", "ar")
    translations = {e.text: (a.text, False) for e, a in zip(english.segments, arabic.segments, strict=True)}
    data = rebuild_docx(english, translations, "ar")
    xml = _document_xml(data)
    assert xml.count("<w:bidi/>") >= len(english.segments) - 3
    assert "<w:rtl/>" in xml
    assert xml.count("<w:footnoteReference") == 3
    notes = zipfile.ZipFile(io.BytesIO(data)).read("word/footnotes.xml").decode("utf-8")
    assert "انظر أيضا القرار 64/293" in notes
    text = extract_bytes(data, "x.docx", "ar")
    assert "67/190،1 أن يقدم" in text  # the reference prints its mark where the text had it


def test_rebuilt_document_below_the_threshold_is_withheld_with_a_notice() -> None:
    english = _expected("A_68_500", "en")
    data = rebuild_docx(english, {english.segments[0].text: ("Nations Unies", False)}, "fr")
    text = extract_bytes(data, "x.docx", "fr")
    assert text.startswith("[hexaglot] Not published in French: 1 of 27 entries (3.7%) translated and not fuzzy")
    assert "Nations Unies" not in text and "United Nations A/68/500" in text


@NEEDS_SOFFICE
def test_rebuilt_word_documents_open_in_libreoffice_and_convert_to_pdf(tmp_path: Path) -> None:
    english = _expected("A_68_500", "en")
    paths = []
    for lang in ("fr", "es", "ru", "ar", "zh"):
        path = tmp_path / f"A_68_500.{lang}.docx"
        path.write_bytes(rebuild_docx(english, _translations("A_68_500", lang), lang, threshold=0.5))
        paths.append(path)
    pdfs = pdfs_from_docx(paths, tmp_path / "pdf")
    for lang, pdf in zip(("fr", "es", "ru", "ar", "zh"), pdfs, strict=True):
        text = render(read_pdf(pdf.read_bytes(), str(pdf), lang))
        first = _translations("A_68_500", lang)["It would be appreciated if you could have the present letter and the annex thereto circulated as a document of the General Assembly, under agenda item 108."]
        assert first[0] in " ".join(text.split()), lang


def test_docx_from_text_writes_real_numbering_and_footnotes() -> None:
    data = docx_from_text(SAMPLES[("A_68_123", "fr")].read_text(encoding="utf-8"), "fr")
    package = zipfile.ZipFile(io.BytesIO(data))
    numbering = package.read("word/numbering.xml").decode("utf-8")
    assert 'w:numFmt w:val="lowerLetter"' in numbering and 'w:lvlText w:val="%2)"' in numbering
    assert package.read("word/document.xml").decode("utf-8").count("<w:footnoteReference") == 3
    assert "1. Dans sa" not in package.read("word/document.xml").decode("utf-8")  # the number is not typed
