"""A Word document (.docx bytes) -> ``Para`` records in reading order.

What the reader keeps and why:

* paragraphs of the body (tables read row by row, content controls opened),
  in document order; headers and footers live in parts of their own and are
  never read, so the running symbol, page number and job number (furniture)
  cannot leak into the text;
* automatic list numbering (numbering.xml) turned into the label the page
  shows (``numbering.Numbering``), and a label typed by hand taken as one;
* headings by paragraph style (a style named Heading/Title/HCh/H1..., or one
  with an outline level), following ``w:basedOn``;
* bold as the page shows it (run, character style, paragraph style, document
  defaults; ``w:bCs`` for right-to-left and complex-script runs);
* footnotes: the reference mark where the page prints it (glued to the word
  before it, as in a PDF's text) and the notes themselves after the body,
  numbered as Word numbers them; a custom mark (``*``) as typed.

Tracked deletions, hidden text, field instructions and text boxes are left out.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .form import BODY, FOOTNOTE, HEADING, Para, Run, split_label
from .numbering import Numbering, W, format_number

_RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
_RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_RT_SETTINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Style names of headings in Word's own styles and the UN's templates
# (HCh chapter heading, H1 section, H23 subsection, TitleH...).
_HEADING_STYLE = re.compile(r"^(heading\s*\d|title|subtitle|hch|h\d{1,2}|titleh\w*)$", re.IGNORECASE)
_COMPLEX = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def _on(element: Any) -> bool | None:
    """A toggle property (w:b): None when absent, else whether it is on."""
    if element is None:
        return None
    return element.get(f"{W}val") not in ("0", "false", "off", "none")


@dataclass
class _Style:
    based_on: str | None
    name: str
    element: Any


class _Styles:
    def __init__(self, root: Any | None):
        self.styles: dict[str, _Style] = {}
        self.default_bold: bool = False
        self.default_para: str | None = None
        if root is None:
            return
        for style in root.iter(f"{W}style"):
            ident = style.get(f"{W}styleId") or ""
            name = style.find(f"{W}name")
            based = style.find(f"{W}basedOn")
            self.styles[ident] = _Style(
                None if based is None else based.get(f"{W}val"),
                (name.get(f"{W}val") if name is not None else ident) or ident,
                style,
            )
            if style.get(f"{W}type") == "paragraph" and style.get(f"{W}default") in ("1", "true", "on"):
                self.default_para = ident
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if defaults is not None:
            self.default_bold = bool(_on(defaults.find(f"{W}b")))

    def chain(self, ident: str | None) -> Iterator[_Style]:
        seen = set()
        while ident and ident in self.styles and ident not in seen:
            seen.add(ident)
            style = self.styles[ident]
            yield style
            ident = style.based_on

    def find(self, ident: str | None, path: str) -> Any | None:
        """The first element at ``path`` along the style and its ancestors."""
        for style in self.chain(ident):
            found = style.element.find(path)
            if found is not None:
                return found
        return None

    def is_heading(self, ident: str | None) -> bool:
        for style in self.chain(ident):
            if _HEADING_STYLE.match(style.name.replace(" ", "")) or _HEADING_STYLE.match(style.name):
                return True
        level = self.find(ident, f"{W}pPr/{W}outlineLvl")
        return level is not None and (level.get(f"{W}val") or "9").isdigit() and int(level.get(f"{W}val") or 9) < 9


def check_word_bytes(data: bytes, path: str) -> None:
    """Raise an InputError naming ``path`` when ``data`` is not a .docx one can read."""
    if data.startswith(OLE2_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise InputError(
                "the Word document is password-protected (encrypted); open it in Word or LibreOffice, "
                "remove the password and save it again as .docx",
                path,
            )
        raise InputError(
            "an old binary Word document (.doc), not .docx; open it in Word or LibreOffice and save "
            "it as a Word document (.docx), or export it as PDF",
            path,
        )
    if not data.startswith(b"PK"):
        raise InputError("not a Word document (.docx is a zip archive; this is not one); check the file", path)


def read_word(data: bytes, path: str, lang: str) -> list[Para]:
    """The paragraphs of a .docx file, footnotes last."""
    check_word_bytes(data, path)
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            document = docx.Document(io.BytesIO(data))
        except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise InputError(
                f"not a readable Word document ({exc.__class__.__name__}: {exc}); open it in Word or "
                "LibreOffice and save it again as .docx",
                path,
            ) from None
        part = document.part
        parts = {rel.reltype: rel.target_part for rel in part.rels.values() if not rel.is_external}
        reader = _Reader(
            styles=_Styles(_element(parts.get(_RT_STYLES))),
            numbering=Numbering(_element(parts.get(_RT_NUMBERING))),
            footnotes=_footnotes(_element(parts.get(_RT_FOOTNOTES))),
            settings=_element(parts.get(_RT_SETTINGS)),
            lang=lang,
        )
        body = part.element.find(f"{W}body")
    except zipfile.BadZipFile as exc:
        raise InputError(f"a damaged Word document ({exc}); save it again as .docx", path) from None
    except Exception as exc:  # lxml's XMLSyntaxError and friends: a damaged part
        if exc.__class__.__name__ in ("XMLSyntaxError", "ParseError"):
            raise InputError(f"a damaged Word document (bad XML: {exc}); save it again as .docx", path) from None
        raise
    if body is None:
        raise InputError("a Word document without a body; save it again as .docx", path)
    return reader.read(body)


def _element(part: Any | None) -> Any | None:
    if part is None:
        return None
    element = getattr(part, "element", None)
    if element is not None:
        return element
    from docx.oxml.parser import parse_xml

    return parse_xml(part.blob)


def _footnotes(root: Any | None) -> dict[str, Any]:
    if root is None:
        return {}
    return {
        note.get(f"{W}id") or "": note
        for note in root.iter(f"{W}footnote")
        if note.get(f"{W}type") in (None, "normal")
    }


class _Reader:
    def __init__(self, styles: _Styles, numbering: Numbering, footnotes: dict[str, Any], settings: Any, lang: str):
        self.styles = styles
        self.numbering = numbering
        self.footnotes = footnotes
        self.lang = lang
        self.notes: list[Para] = []
        self.note_count = 0
        self.note_fmt, self.note_start = "decimal", 1
        props = None if settings is None else settings.find(f"{W}footnotePr")
        if props is not None:
            fmt = props.find(f"{W}numFmt")
            start = props.find(f"{W}numStart")
            if fmt is not None:
                self.note_fmt = fmt.get(f"{W}val") or "decimal"
            if start is not None and (start.get(f"{W}val") or "").isdigit():
                self.note_start = int(start.get(f"{W}val") or 1)

    def read(self, body: Any) -> list[Para]:
        out = [p for element in _blocks(body) if (p := self._paragraph(element)) is not None]
        return out + self.notes

    def _paragraph(self, element: Any, role: str = BODY) -> Para | None:
        props = element.find(f"{W}pPr")
        style = None
        if props is not None and props.find(f"{W}pStyle") is not None:
            style = props.find(f"{W}pStyle").get(f"{W}val")
        style = style or self.styles.default_para
        if role == BODY and self.styles.is_heading(style):
            role = HEADING
        lines = self._runs(element, style)
        paragraph = Para(role, lines)
        label = self._label(props, style)
        if label is None:
            return split_label(paragraph, self.lang) if role == BODY else paragraph
        if label == "-":  # a bullet: the segmenter's "- " item without a number
            paragraph.lines[0].insert(0, Run("- "))
            return paragraph
        paragraph.label = label
        return paragraph

    def _label(self, props: Any, style: str | None) -> str | None:
        num = None if props is None else props.find(f"{W}numPr")
        if num is None:
            num = self.styles.find(style, f"{W}pPr/{W}numPr")
        if num is None:
            return None
        num_id = num.find(f"{W}numId")
        ilvl = num.find(f"{W}ilvl")
        if num_id is None:
            num_id = self.styles.find(style, f"{W}pPr/{W}numPr/{W}numId")
        if num_id is None or (num_id.get(f"{W}val") or "0") == "0":
            return None
        level = int(ilvl.get(f"{W}val") or 0) if ilvl is not None else 0
        label = self.numbering.label(num_id.get(f"{W}val") or "", level)
        return label if label else None

    def _bold(self, run: Any, style: str | None, text: str) -> bool:
        props = run.find(f"{W}rPr")
        complex_script = bool(_COMPLEX.search(text)) or (
            props is not None and (props.find(f"{W}rtl") is not None or props.find(f"{W}cs") is not None)
        )
        tag = f"{W}bCs" if complex_script else f"{W}b"
        if props is not None:
            found = _on(props.find(tag))
            if found is not None:
                return found
            char_style = props.find(f"{W}rStyle")
            if char_style is not None:
                element = self.styles.find(char_style.get(f"{W}val"), f"{W}rPr/{tag}")
                if element is not None:
                    return bool(_on(element))
        element = self.styles.find(style, f"{W}rPr/{tag}")
        if element is not None:
            return bool(_on(element))
        return self.styles.default_bold

    def _hidden(self, run: Any) -> bool:
        props = run.find(f"{W}rPr")
        return props is not None and bool(_on(props.find(f"{W}vanish")))

    def _runs(self, paragraph: Any, style: str | None) -> list[list[Run]]:
        lines: list[list[Run]] = [[]]
        fields: list[str] = []  # open complex fields: "instr" until their result starts
        for run in _runs_of(paragraph):
            if run.tag != f"{W}r" or self._hidden(run):
                continue
            pieces: list[str] = []
            for child in run:
                tag = child.tag
                if tag == f"{W}fldChar":
                    kind = child.get(f"{W}fldCharType")
                    if kind == "begin":
                        fields.append("instr")
                    elif kind == "separate" and fields:
                        fields[-1] = "result"
                    elif kind == "end" and fields:
                        fields.pop()
                    continue
                if "instr" in fields or tag == f"{W}instrText":
                    continue
                if tag == f"{W}t":
                    pieces.append(child.text or "")
                elif tag == f"{W}tab" or tag == f"{W}ptab":
                    pieces.append("\t")
                elif tag in (f"{W}br", f"{W}cr"):
                    if child.get(f"{W}type") in (None, "textWrapping"):
                        self._flush(lines, pieces, run, style)
                        lines.append([])
                elif tag == f"{W}noBreakHyphen":
                    pieces.append("-")
                elif tag == f"{W}sym":
                    code = child.get(f"{W}char") or ""
                    try:
                        value = int(code, 16)
                        pieces.append(chr(value - 0xF000 if value >= 0xF000 else value))
                    except ValueError:
                        pass
                elif tag == f"{W}footnoteReference":
                    pieces.append(self._note(child))
            self._flush(lines, pieces, run, style)
        return lines

    def _flush(self, lines: list[list[Run]], pieces: list[str], run: Any, style: str | None) -> None:
        """The text gathered from ``run`` so far becomes a Run of the current line."""
        if pieces:
            text = "".join(pieces)
            lines[-1].append(Run(text, self._bold(run, style, text)))
            pieces.clear()

    def _note(self, reference: Any) -> str:
        """The footnote's mark where the page prints it; the note goes after the body."""
        custom = reference.get(f"{W}customMarkFollows") in ("1", "true", "on")
        note = self.footnotes.get(reference.get(f"{W}id") or "")
        if custom:
            mark = ""  # the mark is the text of the run that follows
        else:
            mark = format_number(self.note_start + self.note_count, self.note_fmt)
            self.note_count += 1
        if note is not None:
            paragraphs = [self._paragraph(p, FOOTNOTE) for p in note.iter(f"{W}p")]
            runs: list[Run] = []
            for para in paragraphs:
                if para is None:
                    continue
                for line in para.lines:
                    if runs:
                        runs.append(Run(" "))
                    runs.extend(line)
            text = "".join(r.text for r in runs).strip()
            note_mark = mark
            if custom:
                # "* Reissued for technical reasons": the typed mark opens the note's text.
                first = text.split(" ", 1)[0] if text else ""
                note_mark, runs = first, [Run(text[len(first):].strip())]
            self.notes.append(Para(FOOTNOTE, [runs], mark=note_mark))
        return mark


def _blocks(container: Any) -> Iterator[Any]:
    """Paragraphs in reading order: tables row by row, content controls opened."""
    for child in container:
        if child.tag == f"{W}p":
            yield child
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                for cell in row.iter(f"{W}tc"):
                    yield from _blocks(cell)
        elif child.tag in (f"{W}sdt", f"{W}customXml"):
            content = child.find(f"{W}sdtContent")
            yield from _blocks(content if content is not None else child)


def _runs_of(paragraph: Any) -> Iterator[Any]:
    """The runs of a paragraph in order, through hyperlinks, insertions, fields and smart tags."""
    for child in paragraph:
        tag = child.tag
        if tag == f"{W}r":
            yield child
        elif tag in (f"{W}hyperlink", f"{W}ins", f"{W}smartTag", f"{W}fldSimple", f"{W}customXml",
                     f"{W}moveTo", f"{W}bdo", f"{W}dir"):
            yield from _runs_of(child)
        elif tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _runs_of(content)
        elif tag == f"{_MC}AlternateContent":
            fallback = child.find(f"{_MC}Fallback")
            if fallback is not None:
                yield from _runs_of(fallback)


__all__ = ["OLE2_MAGIC", "check_word_bytes", "read_word"]
