"""English structure + one language's catalogue -> the rebuilt document as Word (.docx bytes).

The same promises as ``rebuild.rebuild_text`` and ``rebuild_html``, whose
decisions this module takes rather than repeats (``rebuild.resolve``,
``rebuild.completeness``):

* structure from the English: the masthead lines (organisation name, then the
  symbol at a tab), headings in Word's heading styles (a title or annex
  heading "Heading 1", any other "Heading 2", set larger, bold only where the
  English is), each paragraph number or item
  letter the English carries (``segment.number``) in front of its paragraph
  with a hanging indent, a signature block as one paragraph of lines, bold
  where the English is;
* footnotes as Word footnotes, referenced where the rebuilt text carries the
  mark glued to a word ("67/190,1"); a note whose mark the text has lost is
  kept under a rule at the end, numbered as in the English;
* a segment untranslated or only fuzzy shows the English, marked ``[EN]``
  (highlighted) and set as English, left to right;
* a language below ``threshold`` completeness is not published: one notice
  paragraph, then the English rebuild;
* Arabic paragraphs and the section run right to left (``w:bidi``, ``w:rtl``);
  every run carries the language, so Word's spelling and fonts follow.

The output is deterministic: fixed document properties, zip entries in a
fixed order with a fixed date.
"""

from __future__ import annotations

import datetime
import functools
import io
import re
import zipfile
from collections.abc import Sequence
from typing import Any

from .languages import get_language
from .model import (
    AGENDA,
    AGENDA_TITLE,
    ANNEX,
    DATE,
    FOOTNOTE,
    HEADING,
    MASTHEAD,
    SESSION,
    SIGNATURE,
    TITLE,
    Document,
)
from .rebuild import (
    DEFAULT_THRESHOLD,
    FALLBACK_MARK,
    NOTICE_PREFIX,
    RebuiltSegment,
    Translations,
    _withheld_sentence,
    completeness,
    resolve,
)

_FRONT = frozenset({MASTHEAD, DATE, SESSION, AGENDA, AGENDA_TITLE})
_LANG_TAGS = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "ar": "ar-SA", "zh": "zh-CN"}
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_IDEOGRAPH = "\u3400-\u9fff"
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def rebuild_docx(
    doc: Document,
    translations: Translations,
    lang: str,
    threshold: float = DEFAULT_THRESHOLD,
) -> bytes:
    """The document in ``lang`` as a Word file (see the module's docstring)."""
    language = get_language(lang)  # an unknown code is a ConfigError
    score = completeness(doc, translations, lang, threshold)
    if score.published:
        writer = _Writer(lang, language.rtl, doc)
        writer.body(resolve(doc, translations, lang))
    else:
        writer = _Writer("en", False, doc)
        writer.notice(f"{NOTICE_PREFIX}{_withheld_sentence(score)}")
        writer.body(resolve(doc, {}, "en"))
    return writer.save()


def _el(tag: str, **attrs: str) -> Any:
    """``<w:tag w:key="value"/>``, made directly: parsing the same from text costs ten times more
    (a rebuilt document makes several per paragraph)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    return OxmlElement(f"w:{tag}", {qn(f"w:{key}"): value for key, value in attrs.items()})


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# The styles a rebuilt document uses, and those they name (basedOn, link, the defaults).
_KEPT_STYLES = frozenset({"Normal", "Heading1", "Heading2", "Heading1Char", "Heading2Char", "DefaultParagraphFont",
                          "TableNormal", "NoList"})
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


@functools.cache
def _template(lang: str, rtl: bool) -> bytes:
    """python-docx's default document, set up once per process and language: our styles and
    fonts, the section right to left for Arabic, and without what a rebuild never uses.

    The default template carries 800 KB of style definitions (166 styles, Word 2010's
    stylesWithEffects copy, the thumbnail): parsing, writing and compressing them took most
    of a rebuild's time, six times per document."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.shared import Pt

    word = docx.Document()
    for rels in (word.part.rels, word.part.package.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype in (RT.THUMBNAIL, _STYLES_WITH_EFFECTS):
                del rels[rid]
    root = word.styles.element
    for child in list(root):
        if child.tag == qn("w:latentStyles") or (
            child.tag == qn("w:style") and child.get(qn("w:styleId")) not in _KEPT_STYLES
        ):
            root.remove(child)
    styles = word.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    _fonts(normal.element.get_or_add_rPr(), lang, rtl)
    for name, size in (("Heading 1", 12), ("Heading 2", 11)):
        style = styles[name]
        style.font.size = Pt(size)
        # Bold only where the English is (segment.emphasis), so the file reads back the same.
        style.font.bold = False
        style.element.get_or_add_rPr().append(_el("bCs", val="0"))
        style.font.color.rgb = None
        style.paragraph_format.space_before = Pt(12)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
        _fonts(style.element.get_or_add_rPr(), lang, rtl)
    if rtl:
        word.sections[0]._sectPr.append(_el("bidi"))
    return _package(word.part.package)


def _fonts(rpr: Any, lang: str, rtl: bool) -> None:
    tag = _LANG_TAGS.get(lang, "en-GB")
    rpr.insert(0, _el("rFonts", ascii="Times New Roman", hAnsi="Times New Roman", eastAsia="SimSun",
                      cs="Traditional Arabic"))
    rpr.append(_el("lang", val=tag if not rtl else "en-GB", eastAsia="zh-CN", bidi="ar-SA"))


class _Writer:
    def __init__(self, lang: str, rtl: bool, doc: Document):
        import docx

        self.lang = lang
        self.rtl = rtl
        self.doc = doc
        self.word = docx.Document(io.BytesIO(_template(lang, rtl)))
        self.notes: list[tuple[int, RebuiltSegment]] = []
        self.loose_notes: list[RebuiltSegment] = []
        # By name once: python-docx finds a style by name by reading every style.
        self.styles = {name: self.word.styles[name] for name in ("Heading 1", "Heading 2")}
        props = self.word.core_properties
        props.title = doc.symbol
        props.language = _LANG_TAGS.get(lang, lang)
        props.author = "hexaglot"
        props.last_modified_by = "hexaglot"
        props.comments = "Rebuilt by hexaglot from the catalogue and the English structure."
        props.created = props.modified = _EPOCH.replace(tzinfo=None)
        props.revision = 1

    # paragraphs ---------------------------------------------------------------

    def _paragraph(self, style: str | None = None, rtl: bool | None = None) -> Any:
        paragraph = self.word.add_paragraph(style=self.styles[style] if style else None)
        if self.rtl if rtl is None else rtl:
            paragraph._p.get_or_add_pPr().append(_el("bidi"))
        return paragraph

    def _run(self, paragraph: Any, text: str, *, bold: bool = False, english: bool = False,
             mark: bool = False) -> Any:
        run = paragraph.add_run(text)
        rpr = run._r.get_or_add_rPr()
        if bold:
            run.bold = True
            rpr.append(_el("bCs"))
        if mark:
            rpr.append(_el("highlight", val="yellow"))
        if self.rtl and not english and _RTL_CHARS.search(text):
            rpr.append(_el("rtl"))
        if english and self.lang != "en":
            rpr.append(_el("lang", val="en-GB", bidi="en-GB"))
        return run

    def notice(self, text: str) -> None:
        paragraph = self._paragraph(rtl=False)
        self._run(paragraph, text, english=True, mark=True)

    def body(self, items: Sequence[RebuiltSegment]) -> None:
        notes = [i for i in items if i.segment.kind == FOOTNOTE]
        body = [i for i in items if i.segment.kind != FOOTNOTE]
        anchors = _anchors(body, notes)
        index = 0
        front = 0
        while front < len(body) and body[front].segment.kind in _FRONT:
            front += 1
        self._front(body[:front])
        index = front
        while index < len(body):
            item = body[index]
            if item.segment.kind == SIGNATURE:
                block = [item]
                while index + 1 < len(body) and body[index + 1].segment.kind == SIGNATURE:
                    index += 1
                    block.append(body[index])
                self._signature(block)
            else:
                self._segment(item, anchors.get(index, []))
            index += 1
        anchored = {id(n) for _, n in self.notes}
        self.loose_notes = [n for n in notes if id(n) not in anchored]
        if self.loose_notes:
            rule = self._paragraph()
            self._run(rule, "_" * 18)
            for note in self.loose_notes:
                paragraph = self._paragraph(rtl=self.rtl and not note.fallback)
                self._run(paragraph, f"{note.segment.number} ")
                self._text(paragraph, note)

    def _front(self, items: Sequence[RebuiltSegment]) -> None:
        lines: list[list[RebuiltSegment]] = []
        for item in items:
            if lines and lines[-1][-1].segment.line == item.segment.line:
                lines[-1].append(item)
            else:
                lines.append([item])
        for position, line in enumerate(lines):
            paragraph = self._paragraph()
            paragraph.paragraph_format.space_after = 0
            for i, item in enumerate(line):
                if i:
                    self._run(paragraph, " ")
                self._text(paragraph, item, emphasis=False)
            if position == 0 and self.doc.symbol:
                self._run(paragraph, "\t" + self.doc.symbol, english=True)

    def _segment(self, item: RebuiltSegment, marks: Sequence[tuple[int, int, RebuiltSegment]]) -> None:
        seg = item.segment
        if seg.kind in (TITLE, ANNEX):
            paragraph = self._paragraph("Heading 1")
        elif seg.kind == HEADING:
            paragraph = self._paragraph("Heading 2")
        else:
            paragraph = self._paragraph()
        if seg.number:
            from docx.shared import Pt

            deep = not seg.number.rstrip(".").isdigit()  # (a), (i): items inside a paragraph
            fmt = paragraph.paragraph_format
            fmt.left_indent = Pt(56 if deep else 28)
            fmt.first_line_indent = Pt(-28)
            self._run(paragraph, f"{seg.number}\t", english=True)
        self._text(paragraph, item, marks=marks)

    def _signature(self, block: Sequence[RebuiltSegment]) -> None:
        paragraph = self._paragraph()
        for i, item in enumerate(block):
            if i:
                paragraph.add_run().add_break()
            self._text(paragraph, item)

    def _text(self, paragraph: Any, item: RebuiltSegment, *, emphasis: bool = True,
              marks: Sequence[tuple[int, int, RebuiltSegment]] = ()) -> None:
        text = " ".join(item.text.split())
        english = item.fallback
        if english:
            self._run(paragraph, FALLBACK_MARK, english=True, mark=True)
        bold = emphasis and item.segment.emphasis
        lead = ""
        if bold and item.segment.kind == SIGNATURE:
            for language in (get_language(self.lang), get_language("en")):
                for signed in language.signed:
                    if text.startswith(signed + " "):
                        lead = text[: len(signed) + 1]
        if lead:
            self._run(paragraph, lead, english=english)
            text = text[len(lead):]
        at = 0
        for start, end, note in sorted(marks, key=lambda m: m[0]):
            start -= len(lead)
            end -= len(lead)
            if start < at or start < 0:
                continue
            if start > at:
                self._run(paragraph, text[at:start], bold=bold, english=english)
            self._reference(paragraph, note)
            at = end
        if at < len(text):
            self._run(paragraph, text[at:], bold=bold, english=english)

    def _reference(self, paragraph: Any, note: RebuiltSegment) -> None:
        ident = len(self.notes) + 1
        self.notes.append((ident, note))
        run = paragraph.add_run()
        run._r.get_or_add_rPr().append(_el("vertAlign", val="superscript"))
        run._r.append(_el("footnoteReference", id=str(ident)))

    # the package --------------------------------------------------------------

    def _footnotes_part(self) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        parts = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            "</w:r></w:p></w:footnote>",
        ]
        for ident, note in self.notes:
            rtl = self.rtl and not note.fallback
            bidi = "<w:bidi/>" if rtl else ""
            run_rtl = "<w:rtl/>" if rtl else ""
            mark = ""
            if note.fallback:
                mark = (f'<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr>'
                        f'<w:t xml:space="preserve">{FALLBACK_MARK}</w:t></w:r>')
            parts.append(
                f'<w:footnote w:id="{ident}"><w:p><w:pPr>{bidi}<w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{mark}'
                f'<w:r><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/>{run_rtl}</w:rPr>'
                f'<w:t xml:space="preserve">{_escape(" ".join(note.text.split()))}</w:t></w:r></w:p></w:footnote>'
            )
        blob = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{_W}">{"".join(parts)}</w:footnotes>'
        ).encode()
        part = Part(PackURI("/word/footnotes.xml"), _FOOTNOTES_CT, blob, self.word.part.package)
        self.word.part.relate_to(part, RT.FOOTNOTES)

    def save(self) -> bytes:
        if self.notes:
            self._footnotes_part()
        return _package(self.word.part.package)


def _anchors(
    body: Sequence[RebuiltSegment], notes: Sequence[RebuiltSegment]
) -> dict[int, list[tuple[int, int, RebuiltSegment]]]:
    """Where each footnote's mark stands in the rebuilt text: body index -> [(start, end, note)].

    The mark is glued to the word before it ("67/190,1", "2012.2", "决议1请");
    the notes are looked for in order, each after the one before."""
    found: dict[int, list[tuple[int, int, RebuiltSegment]]] = {}
    position = (0, 0)
    for note in notes:
        mark = note.segment.number.strip("()")
        if not mark:
            continue
        pattern = re.compile(rf"(?<=[^\s\d]){re.escape(mark)}(?=\s|$|[{_IDEOGRAPH}])")
        for index in range(position[0], len(body)):
            text = " ".join(body[index].text.split())
            start = position[1] if index == position[0] else 0
            hit = pattern.search(text, start)
            if hit:
                found.setdefault(index, []).append((hit.start(), hit.end(), note))
                position = (index, hit.end())
                break
    return found


def _package(package: Any) -> bytes:
    """The .docx file of ``package``, written as python-docx writes it (content types, package
    relationships, then each part and its relationships) in one pass, with a fixed date on every
    entry and without the template's thumbnail picture."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
    from docx.opc.pkgwriter import _ContentTypesItem

    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
    parts = list(package.iter_parts())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        def write(uri: Any, blob: bytes) -> None:
            entry = zipfile.ZipInfo(uri.membername, _ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, blob)

        write(CONTENT_TYPES_URI, _ContentTypesItem.from_parts(parts).blob)
        write(PACKAGE_URI.rels_uri, package.rels.xml)
        for part in parts:
            write(part.partname, part.blob)
            if len(part.rels):
                write(part.partname.rels_uri, part.rels.xml)
    return out.getvalue()


__all__ = ["rebuild_docx"]
