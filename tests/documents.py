"""The team's sample documents as Word files, and PDFs made from them by LibreOffice.

``docx_from_text(text, lang)`` writes one of our plain-text samples
(tests/data/align, tests/data/footnotes; team-written, not UN texts) as the
UN issues its documents in Word: the masthead as lines, headings in a heading
style, paragraph numbers and item letters as real Word list numbering
(numbering.xml, with a start override where a translation skips a number),
footnotes as Word footnotes referenced where the text carries their mark, and
the furniture (running symbol, page number field "2/3", job number "13-49986
(E)") in the page header and footer, different on the first page. The text
itself is not touched: the segments of the .txt are what a reader of the
.docx, and of the PDF made from it, must find again.

``pdfs_from_docx(paths, outdir)`` converts with LibreOffice headless, with a
private profile so parallel runs do not share one.

Run as a script to write the .docx files of every sample into a folder:
``python tests/documents.py OUTDIR``.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from pipeline.model import (
    AGENDA,
    AGENDA_TITLE,
    ANNEX,
    DATE,
    FOOTNOTE,
    HEADING,
    MASTHEAD,
    NUMBERED,
    SESSION,
    SIGNATURE,
    TITLE,
    Document,
    Segment,
)
from pipeline.segment import segment_text

DATA = Path(__file__).resolve().parent / "data"
LANGS = ("en", "fr", "es", "ru", "ar", "zh")
# Every sample the extraction tests read: (name, lang) -> its text file.
SAMPLES = {
    **{(doc, lang): DATA / "align" / doc / f"{lang}.txt" for doc in ("A_68_500", "A_69_123", "E_2014_45") for lang in LANGS},
    **{("A_68_123", lang): DATA / "footnotes" / f"{lang}.txt" for lang in LANGS},
}
_FRONT = (MASTHEAD, DATE, SESSION, AGENDA, AGENDA_TITLE)
_JOB_LETTER = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}
_LANG_TAG = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "ar": "ar-SA", "zh": "zh-CN"}
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


# -- labels as Word numbering ---------------------------------------------------------


@dataclass(frozen=True)
class _Label:
    level: int  # 0: paragraph number, 1: item letter
    value: int
    fmt: str
    text: str  # lvlText


def _label(number: str) -> _Label | None:
    """'1.' -> level 0 decimal '%1.'; '(a)' -> level 1 lowerLetter '(%2)'; None: typed."""
    if m := re.fullmatch(r"([0-9]+)\.", number):
        return _Label(0, int(m.group(1)), "decimal", "%1.")
    if m := re.fullmatch(r"\(([a-z])\)", number):
        return _Label(1, ord(m.group(1)) - 96, "lowerLetter", "(%2)")
    if m := re.fullmatch(r"([a-z])\)", number):
        return _Label(1, ord(m.group(1)) - 96, "lowerLetter", "%2)")
    if m := re.fullmatch(r"([а-я])\)", number):
        return _Label(1, "абвгдежзиклмнопрстуфхцчшщэюя".index(m.group(1)) + 1, "russianLower", "%2)")
    # Arabic-Indic paragraph numbers ("١.") and abjad letters ("(أ)") stay typed:
    # LibreOffice 7.4 draws Word's custom "١, ٢, ٣" format as 1, 2, 3 and its
    # arabicAbjad as ا, ب, ج (no hamza), so a PDF made by it would not show the
    # labels Word shows. tests/test_extract.py reads those formats from
    # numbering.xml directly.
    return None


class _Lists:
    """One abstract list per document, and a numbering instance per run of
    numbers: a new instance with a start override where the next number is
    not the one Word would count (a translation that skips paragraph 7)."""

    def __init__(self) -> None:
        self.levels: dict[int, _Label] = {}
        self.instances: list[dict[int, int]] = []  # numId - 1 -> {level: startOverride}
        self.expected: dict[int, int] = {}

    def number(self, label: _Label) -> int:
        self.levels.setdefault(label.level, label)
        expected = self.expected.get(label.level, 1)
        if not self.instances or label.value != expected:
            self.instances.append({} if not self.instances and label.value == 1 else {label.level: label.value})
        self.expected[label.level] = label.value + 1
        for deeper in range(label.level + 1, 3):
            self.expected[deeper] = 1
        return len(self.instances)

    def xml(self) -> str:
        levels = []
        for ilvl in range(3):
            label = self.levels.get(ilvl) or _Label(ilvl, 1, "decimal", f"%{ilvl + 1}.")
            indent = 0 if ilvl == 0 else 567 * ilvl
            fmt = f'<w:numFmt w:val="{label.fmt}"/>'
            levels.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/>{fmt}<w:lvlText w:val="{label.text}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent + 567}" w:hanging="567"/></w:pPr></w:lvl>'
            )
        nums = []
        for index, starts in enumerate(self.instances, start=1):
            overrides = "".join(
                f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
                for lvl, value in sorted(starts.items())
            )
            nums.append(f'<w:num w:numId="{index}"><w:abstractNumId w:val="0"/>{overrides}</w:num>')
        return (
            f"<w:numbering {nsdecls('w')}><w:abstractNum w:abstractNumId=\"0\">"
            f'<w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>{"".join(nums)}</w:numbering>'
        )


# -- the document ---------------------------------------------------------------------


def docx_from_text(text: str, lang: str) -> bytes:
    """One sample text as a .docx (see the module's docstring)."""
    doc = segment_text(text, lang)
    bold = [m.group(1) for m in re.finditer(r"\*\*(.+?)\*\*", text)]
    job = re.search(r"\b(\d{2}-\d{5})\b", text)
    writer = _Writer(lang, doc, bold, job.group(1) if job else "")
    return writer.write()


class _Writer:
    def __init__(self, lang: str, doc: Document, bold: Sequence[str], job: str):
        self.lang = lang
        self.doc = doc
        self.bold = bold
        self.job = job
        self.word = docx.Document()
        self.lists = _Lists()
        self.notes: list[tuple[int, Segment]] = []  # (footnote id, segment), as referenced
        self.footnotes: list[Segment] = []
        self.rtl = lang == "ar"

    def write(self) -> bytes:
        self._styles()
        segments = list(self.doc.segments)
        self.footnotes = [s for s in segments if s.kind == FOOTNOTE]
        body = [s for s in segments if s.kind != FOOTNOTE]
        anchors = _anchors(body, self.footnotes)
        front = 0
        while front < len(body) and body[front].kind in _FRONT:
            front += 1
        self._front(body[:front])
        index = front
        while index < len(body):
            seg = body[index]
            if seg.kind == SIGNATURE:
                run = [seg]
                while index + 1 < len(body) and body[index + 1].kind == SIGNATURE:
                    index += 1
                    run.append(body[index])
                self._signature(run)
            else:
                self._body(seg, anchors.get(seg.index, []))
            index += 1
        self._furniture()
        if self.notes:
            self._footnotes_part()
        numbering = self.word.part.numbering_part
        numbering._element = parse_xml(self.lists.xml())
        out = io.BytesIO()
        self.word.save(out)
        return out.getvalue()

    # styles, fonts, language ----------------------------------------------------------

    def _styles(self) -> None:
        styles = self.word.styles
        normal = styles["Normal"]
        normal.font.size = Pt(10)
        normal.element.get_or_add_rPr().append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="20"/>'))
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.space_before = Pt(0)
        _fonts(normal.element.get_or_add_rPr(), self.lang)
        heading = styles["Heading 1"]
        heading.font.size = Pt(12)
        heading.font.bold = False
        heading.font.italic = False
        heading.font.color.rgb = None
        heading.paragraph_format.space_before = Pt(12)
        heading.paragraph_format.space_after = Pt(8)
        heading.paragraph_format.keep_with_next = True
        rpr = heading.element.get_or_add_rPr()
        for tag in ("w:b", "w:bCs", "w:i", "w:iCs", "w:color"):
            for old in rpr.findall(qn(tag)):
                rpr.remove(old)
        rpr.append(parse_xml(f'<w:b {nsdecls("w")} w:val="0"/>'))
        rpr.append(parse_xml(f'<w:bCs {nsdecls("w")} w:val="0"/>'))
        rpr.append(parse_xml(f'<w:szCs {nsdecls("w")} w:val="24"/>'))
        _fonts(rpr, self.lang)
        section = self.word.sections[0]
        section.page_height, section.page_width = Pt(792), Pt(612)  # US Letter, as New York prints
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Pt(72))

    def _paragraph(self, style: str | None = None) -> docx.text.paragraph.Paragraph:
        paragraph = self.word.add_paragraph(style=style)
        if self.rtl:
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:bidi {nsdecls("w")}/>'))  # starts at the right, as Arabic does
        return paragraph

    def _run(self, paragraph: docx.text.paragraph.Paragraph, text: str, bold: bool = False) -> None:
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
            run._r.get_or_add_rPr().append(parse_xml(f'<w:bCs {nsdecls("w")}/>'))
        if self.rtl:
            run._r.get_or_add_rPr().append(parse_xml(f'<w:rtl {nsdecls("w")}/>'))

    def _rich(
        self, paragraph: docx.text.paragraph.Paragraph, text: str, marks: Sequence[tuple[int, int]] = (),
        emphasis: bool = True,
    ) -> None:
        """``text`` with its bold runs; a footnote reference at each (position, footnote id)."""
        flags = [False] * len(text)
        for piece in self.bold if emphasis else ():
            for m in re.finditer(re.escape(piece), text):
                for i in range(m.start(), m.end()):
                    flags[i] = True
        cuts = sorted({0, len(text), *(p for p, _ in marks), *(i for i in range(1, len(text)) if flags[i] != flags[i - 1])})
        at = dict(marks)
        for start, end in zip(cuts, cuts[1:], strict=False):
            if start in at:
                self._reference(paragraph, at[start])
            if start < end:
                self._run(paragraph, text[start:end], flags[start])
        if len(text) in at:
            self._reference(paragraph, at[len(text)])

    # parts of the document ------------------------------------------------------------

    def _front(self, segments: Sequence[Segment]) -> None:
        lines: list[list[Segment]] = []
        for seg in segments:
            if lines and lines[-1][-1].line == seg.line:
                lines[-1].append(seg)
            else:
                lines.append([seg])
        for i, line in enumerate(lines):
            paragraph = self._paragraph()
            paragraph.paragraph_format.space_after = Pt(2)
            text = " ".join(s.text for s in line)
            if i == 0 and self.doc.symbol:
                text = f"{text}\t{self.doc.symbol}"  # the symbol at the far side, as UN mastheads set it
                paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(468), WD_TAB_ALIGNMENT.RIGHT)
            self._run(paragraph, text)

    def _body(self, seg: Segment, marks: Sequence[tuple[int, int]]) -> None:
        # The mark is taken out of the text where the reference will print it.
        text, shifted, removed = seg.text, [], 0
        for position, ident in sorted(marks):
            note = self.footnotes[ident - 1]
            mark = note.number.strip("()")
            at = position - removed
            text = text[:at] + text[at + len(mark):]
            shifted.append((at, ident))
            removed += len(mark)
            self.notes.append((ident, note))
        heading = seg.kind in (TITLE, HEADING, ANNEX) and seg.markup.startswith("#")
        paragraph = self._paragraph("Heading 1" if heading else None)
        label = _label(seg.number) if seg.kind == NUMBERED and seg.number else None
        if label is not None:
            num_id = self.lists.number(label)
            ppr = paragraph._p.get_or_add_pPr()
            ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{label.level}"/><w:numId w:val="{num_id}"/></w:numPr>'
            ))
        elif seg.number:
            self._run(paragraph, f"{seg.number}\t")  # a label Word cannot count: typed, as UN texts often do
        self._rich(paragraph, text, shifted, seg.emphasis)

    def _signature(self, segments: Sequence[Segment]) -> None:
        paragraph = self._paragraph()
        for i, seg in enumerate(segments):
            if i:
                paragraph.runs[-1].add_break()
            self._rich(paragraph, seg.text, emphasis=seg.emphasis)

    def _reference(self, paragraph: docx.text.paragraph.Paragraph, note: int) -> None:
        run = paragraph.add_run()
        run._r.get_or_add_rPr().append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))
        run._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{note}"/>'))

    def _footnotes_part(self) -> None:
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        bidi = "<w:bidi/>" if self.rtl else ""
        rtl = "<w:rtl/>" if self.rtl else ""
        for ident, seg in self.notes:
            text = seg.text.replace("&", "&amp;").replace("<", "&lt;")
            notes.append(
                f'<w:footnote w:id="{ident}"><w:p><w:pPr>{bidi}<w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/>{rtl}</w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/>{rtl}</w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r>'
                "</w:p></w:footnote>"
            )
        blob = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w")}>{"".join(notes)}</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, blob.encode("utf-8"), self.word.part.package)
        self.word.part.relate_to(part, RT.FOOTNOTES)

    def _furniture(self) -> None:
        """Running symbol in the header; page "2/3" and job number in the footer; first page apart."""
        section = self.word.sections[0]
        section.different_first_page_header_footer = True
        section.start_type = WD_SECTION.NEW_PAGE
        job = f"{self.job} ({_JOB_LETTER[self.lang]})" if self.job else ""
        first = section.first_page_footer.paragraphs[0]
        first.text = job
        header = section.header.paragraphs[0]
        header.text = self.doc.symbol
        footer = section.footer.paragraphs[0]
        footer._p.append(parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>'
        ))
        footer.add_run("/")
        footer._p.append(parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple>'
        ))
        footer.add_run(f"\t\t{self.job}" if self.job else "")


def _fonts(rpr: object, lang: str) -> None:
    """Noto fonts for every script, and the language, on a run or style's rPr."""
    for old in rpr.findall(qn("w:rFonts")) + rpr.findall(qn("w:lang")):  # type: ignore[attr-defined]
        rpr.remove(old)  # type: ignore[attr-defined]
    rpr.insert(0, parse_xml(  # type: ignore[attr-defined]
        f'<w:rFonts {nsdecls("w")} w:ascii="Noto Serif" w:hAnsi="Noto Serif" '
        f'w:eastAsia="Noto Serif CJK SC" w:cs="Noto Naskh Arabic"/>'
    ))
    rpr.append(parse_xml(  # type: ignore[attr-defined]
        f'<w:lang {nsdecls("w")} w:val="{_LANG_TAG[lang] if lang != "ar" else "en-GB"}" '
        f'w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
    ))


def _anchors(body: Sequence[Segment], notes: Sequence[Segment]) -> dict[int, list[tuple[int, int]]]:
    """Where each footnote's mark stands in the text: segment index -> [(position, footnote id)].

    The mark is glued to what precedes it ("67/190,1", "2012.2"); it is taken
    out of the text, since the reference prints it."""
    found: dict[int, list[tuple[int, int]]] = {}
    start = 0
    for ident, note in enumerate(notes, start=1):
        mark = re.escape(note.number.strip("()"))
        for pos in range(start, len(body)):
            m = re.search(rf"(?<=[^\s\d]){mark}(?=\s|$|[\u3400-\u9fff])", body[pos].text)
            if m:
                found.setdefault(body[pos].index, []).append((m.start(), ident))
                start = pos
                break
        else:
            raise ValueError(f"footnote {note.number} has no mark in the text")
    return found


# -- PDFs by LibreOffice ---------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdfs_from_docx(paths: Iterable[Path], outdir: Path) -> list[Path]:
    """Convert .docx files to PDF in one LibreOffice run; the PDFs' paths."""
    paths = list(paths)
    binary = soffice()
    if binary is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hexaglot-soffice-") as profile:
        subprocess.run(
            [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(outdir), *map(str, paths)],
            check=True, capture_output=True, timeout=600,
        )
    out = [outdir / (p.stem + ".pdf") for p in paths]
    missing = [p for p in out if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice made no PDF for {', '.join(map(str, missing))}")
    return out


def write_samples(outdir: Path) -> dict[tuple[str, str], Path]:
    """Every sample as OUTDIR/<DOC>.<lang>.docx; the paths by (doc, lang)."""
    outdir.mkdir(parents=True, exist_ok=True)
    out = {}
    for (doc, lang), source in sorted(SAMPLES.items()):
        if not source.exists():
            continue
        path = outdir / f"{doc}.{lang}.docx"
        path.write_bytes(docx_from_text(source.read_text(encoding="utf-8"), lang))
        out[(doc, lang)] = path
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "build/samples")
    for written in write_samples(target).values():
        print(written)
