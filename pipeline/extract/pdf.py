"""A PDF's text layer -> ``Para`` records, by the layout of its glyphs.

A backend (pypdfium2 by default, pdfminer.six as the measured alternative;
``benchmarks/extract.py``) gives each page's glyphs with their boxes, sizes
and weights, and its thin horizontal rules. The rest is layout, shared:

* glyphs -> lines by vertical overlap (a raised footnote mark stays on its
  line); a gap wider than a third of the font size is a space, never beside
  an ideograph (no spurious spaces in Chinese); right-to-left lines are put
  in reading order (``bidi.logical_order``), combining marks and ligatures
  ("لا") kept with their glyph;
* page furniture: lines at the top and foot of a page made only of a
  document symbol, page counter, job number, print dates, bar code or the
  recycling line are dropped (the layout says they are header and footer);
* footnotes: the lines below a short rule drawn in the lower part of the
  page, each opening with its mark, a note continued on the next page joined;
* paragraphs: a new one where the space between lines grows, at a label
  ("1.", "(a)"), or where the font size changes; a line that stops short of
  the column's edge by more than the next line's first word is a forced line
  break (signature blocks); across a page break the last line of a page
  continues on the next unless it stops short, so a paragraph cut by a page
  break is one paragraph;
* headings: a paragraph set larger than the body text, or wholly bold.

Ligature glyphs (U+FB01), Arabic presentation forms and soft hyphens are left
as the text layer gives them: ``segment.normalise_text`` reads them as letters.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ..errors import InputError
from ..languages import get_language
from ..text import SYMBOL
from .bidi import drawn_mirrored, is_rtl, logical_order, mirror
from .form import BODY, FOOTNOTE, HEADING, LABEL, Para, Run, split_label


@dataclass(frozen=True)
class Glyph:
    """One drawn character; PDF coordinates (y grows upwards)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool = False
    base: float = 0.0  # the baseline (the glyph's origin)
    hint: bool = False  # not drawn: the backend sees a word gap here (PDFium's generated space)


@dataclass(frozen=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class Page:
    width: float
    height: float
    glyphs: list[Glyph]
    rules: list[Rule] = field(default_factory=list)


Backend = Callable[[bytes, str], list[Page]]


# -- backends ------------------------------------------------------------------------


def _pdfium_pages(data: bytes, path: str) -> list[Page]:
    """Glyphs and rules by pypdfium2 (PDFium's text page)."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise _open_error(str(exc), path) from None
    pages = []
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    try:
        for index in range(len(document)):
            page = document[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            handle = textpage.raw
            glyphs = []
            for i in range(textpage.count_chars()):
                code = raw.FPDFText_GetUnicode(handle, i)
                generated = raw.FPDFText_IsGenerated(handle, i) == 1
                if (generated and code != 0x20) or code in (0, 0xFFFE, 0xFFFF):
                    continue
                char = "-" if code == 2 else chr(code)  # PDFium's mark for a hyphen ending a line
                if char in "\r\n":
                    continue
                left, bottom, right, top = textpage.get_charbox(i, loose=True)
                if char == " " and right - left < 0.1 and not generated:
                    continue  # an empty space glyph, drawn where bidirectional runs meet
                size = raw.FPDFText_GetFontSize(handle, i)
                raw.FPDFText_GetFontInfo(handle, i, name, len(name), ctypes.byref(flags))
                weight = raw.FPDFText_GetFontWeight(handle, i)
                bold = weight >= 600 or b"Bold" in name.value or b"bold" in name.value
                raw.FPDFText_GetCharOrigin(handle, i, ctypes.byref(origin_x), ctypes.byref(origin_y))
                if generated:
                    origin_y.value = (bottom + top) / 2 if top > bottom else bottom
                glyphs.append(Glyph(char, left, bottom, right, top, size, bold, origin_y.value, generated))
            rules = []
            for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=2):
                x0, y0, x1, y1 = obj.get_bounds()
                rules.append(Rule(x0, y0, x1, y1))
            pages.append(Page(width, height, glyphs, rules))
            textpage.close()
            page.close()
    finally:
        document.close()
    return pages


def _pdfminer_pages(data: bytes, path: str) -> list[Page]:
    """Glyphs and rules by pdfminer.six (pure Python), for comparison."""
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTCurve, LTPage
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    pages = []
    try:
        for layout in extract_pages(io.BytesIO(data), laparams=None):
            assert isinstance(layout, LTPage)
            glyphs, rules = [], []
            for item in _walk(layout):
                if isinstance(item, LTChar):
                    text = item.get_text()
                    if not text or text in "\r\n":
                        continue
                    font = item.fontname or ""
                    # A glyph standing for several letters (a ligature) keeps them together.
                    glyphs.append(Glyph(text, item.x0, item.y0, item.x1, item.y1, item.size,
                                        "Bold" in font or "bold" in font, item.matrix[5]))
                elif isinstance(item, LTCurve):
                    rules.append(Rule(item.x0, item.y0, item.x1, item.y1))
            pages.append(Page(layout.width, layout.height, glyphs, rules))
    except PDFPasswordIncorrect:
        raise _open_error("password", path) from None
    except PDFSyntaxError as exc:
        raise _open_error(str(exc), path) from None
    return pages


def _walk(item: object) -> Iterable[object]:
    yield item
    try:
        children = list(item)  # type: ignore[call-overload]
    except TypeError:
        return
    for child in children:
        yield from _walk(child)


def _open_error(detail: str, path: str) -> InputError:
    if "password" in detail.lower() or "security" in detail.lower():
        return InputError(
            "the PDF is encrypted with a password; open it with the password and save or print it "
            "to a PDF without one, or supply the .docx",
            path,
        )
    return InputError(f"not a readable PDF ({detail}); check the file or supply the .docx", path)


BACKENDS: dict[str, Backend] = {"pypdfium2": _pdfium_pages, "pdfminer": _pdfminer_pages}
DEFAULT_BACKEND = "pypdfium2"


# -- glyphs to lines --------------------------------------------------------------------

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_SPACE_GAP = 0.15  # of the font size: a wider gap between two glyphs is a space
_TAB_GAP = 1.2  # beside an ideograph only a gap this wide (a tab after a label) is one


@dataclass
class Line:
    runs: list[Run]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float  # the body size of the line (its most common glyph size)
    rtl: bool
    first_word: float  # width of the word that starts the line, in reading order
    lead_gap: float  # the space after that word: wide after a label and a tab
    bold: bool  # every letter bold
    visual: str = ""  # the glyphs left to right, as drawn
    tab: bool = False  # a wide gap inside the line, past its first word: set by a tab, not wrapped

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def baseline(self) -> float:
        return self.bottom


def _lines(glyphs: Sequence[Glyph], rtl: bool, edges: tuple[float, float] = (0.0, 0.0)) -> list[Line]:
    """Glyphs grouped by baseline, top to bottom; a raised footnote mark stays on its line."""
    rows: list[list[Glyph]] = []
    row_base = row_size = 0.0
    for glyph in sorted(glyphs, key=lambda g: (-g.base, g.x0)):
        if rows and abs(glyph.base - row_base) <= 0.45 * max(row_size, glyph.size):
            rows[-1].append(glyph)
            if glyph.size > row_size:
                row_base, row_size = glyph.base, glyph.size
            continue
        rows.append([glyph])
        row_base, row_size = glyph.base, glyph.size
    return [line for row in rows if (line := _line(row, rtl, edges)) is not None]


def _line(row: list[Glyph], rtl: bool, edges: tuple[float, float] = (0.0, 0.0)) -> Line | None:
    row.sort(key=lambda g: (g.x0 + g.x1) / 2)
    units = _units(row)
    if not units or all(not u[0].strip() for u in units):
        return None
    row = [g for g in row if not g.hint]
    if rtl and not any(unicodedata.bidirectional(u[0][0]) in ("R", "AL") for u in units if u[0]):
        # No Arabic letter: a left-to-right paragraph (a footer) when set at the
        # left, else a right-to-left one ("1 July 2013" is drawn "July 2013 1").
        left, right = edges
        x0 = min(g.x0 for g in row)
        x1 = max(g.x1 for g in row)
        if right > left and x0 - left < 2 and right - x1 > 6:
            rtl = False
    sizes = [g.size for g in row if g.text.strip()]
    size = statistics.mode(round(s, 1) for s in sizes)
    # Spaces where the layout leaves a gap (a space drawn as an empty glyph
    # elsewhere, a tab); beside an ideograph only a wide gap (a tab after a label).
    spaced: list[tuple[str, bool, Glyph]] = []
    for position, unit in enumerate(units):
        if unit[2].hint:
            before = spaced[-1][0][-1:] if spaced else ""
            after = units[position + 1][0][:1] if position + 1 < len(units) else ""
            if before.strip() and after.strip() and not _CJK.search(before) and not _CJK.search(after):
                spaced.append((" ", False, unit[2]))
            continue
        if spaced:
            previous = spaced[-1]
            gap = unit[2].x0 - previous[2].x1
            beside_ideograph = _CJK.search(previous[0][-1]) or _CJK.search(unit[0][0])
            if (
                gap > (_TAB_GAP if beside_ideograph else _SPACE_GAP) * size
                and previous[0].strip()
                and unit[0].strip()
            ):
                spaced.append((" ", False, Glyph(" ", previous[2].x1, unit[2].y0, unit[2].x0, unit[2].y1, size)))
        spaced.append(unit)
    if rtl:
        # A raised footnote mark ("2012.2") does not join the number before it:
        # it is drawn apart, so it reads as a neutral.
        keys = ["*" if _raised(u[2], size, row) else u[0] for u in spaced]
        texts = [
            (mirror(spaced[k][0]) if mirrored else spaced[k][0], spaced[k][1])
            for k, mirrored in _reading_order(keys)
        ]
    else:
        texts = [(u[0], u[1]) for u in spaced]
    runs: list[Run] = []
    for text, bold in texts:
        if runs and runs[-1].bold == bold:
            runs[-1] = Run(runs[-1].text + text, bold)
        else:
            runs.append(Run(text, bold))
    letters = [u for u in spaced if u[0].strip()]
    word, lead_gap = _first_word(spaced, rtl)
    return Line(
        runs=runs,
        x0=min(g.x0 for g in row if g.text.strip()),
        x1=max(g.x1 for g in row if g.text.strip()),
        top=max(g.y1 for g in row),
        bottom=statistics.mode(round(g.base, 1) for g in row if g.size >= size * 0.9 or g is row[-1]),
        size=size,
        rtl=rtl,
        first_word=word,
        lead_gap=lead_gap,
        visual="".join(u[0] for u in spaced),
        tab=_has_tab(spaced, size),
        bold=bool(letters) and all(u[1] for u in letters if unicodedata.category(u[0][0])[0] in "LN"),
    )


def _raised(glyph: Glyph, size: float, row: Sequence[Glyph]) -> bool:
    return glyph.size < size * 0.85 and glyph.text.strip() != "" and glyph.base > min(g.base for g in row) + size * 0.15


def _reading_order(texts: list[str]) -> list[tuple[int, bool]]:
    flipped = drawn_mirrored(texts)
    return [(k, k in flipped) for k in logical_order(texts)]


def _units(row: list[Glyph]) -> list[tuple[str, bool, Glyph]]:
    """Glyphs in visual order as (text, bold, glyph); a combining mark joins its base,
    and the letters of one ligature glyph stay in the order the font maps them."""
    units: list[tuple[str, bool, Glyph]] = []
    marks: list[Glyph] = []
    for glyph in row:
        if glyph.hint:
            if units and units[-1][0] != " ":
                units.append((" ", False, glyph))  # a word gap the backend saw; checked in _line
            continue
        text = glyph.text
        if text and all(unicodedata.combining(c) for c in text):
            marks.append(glyph)
            continue
        if units and _same_box(units[-1][2], glyph):
            base = units[-1]
            units[-1] = (base[0] + text, base[1], base[2])
            continue
        units.append((text, glyph.bold, glyph))
    for mark in marks:
        # A combining mark belongs to the letter it is drawn over.
        best = max(
            (i for i, u in enumerate(units) if u[0].strip()),
            key=lambda i: (min(units[i][2].x1, mark.x1) - max(units[i][2].x0, mark.x0),
                           -abs((units[i][2].x0 + units[i][2].x1) - (mark.x0 + mark.x1))),
            default=None,
        )
        if best is not None:
            units[best] = (units[best][0] + mark.text, units[best][1], units[best][2])
    # A ligature's letters come out in visual order in a right-to-left line:
    # "ال" for the drawn "لا"; put them back in reading order.
    fixed = []
    for text, bold, glyph in units:
        letters = [c for c in text if not unicodedata.combining(c)]
        if len(letters) > 1 and all(unicodedata.bidirectional(c) in ("R", "AL") for c in letters):
            text = "".join(reversed(letters)) + "".join(c for c in text if unicodedata.combining(c))
        fixed.append((text, bold, glyph))
    return fixed


def _same_box(a: Glyph, b: Glyph) -> bool:
    return abs(a.x0 - b.x0) < 0.05 and abs(a.x1 - b.x1) < 0.05 and a.text.strip() != "" and b.text.strip() != ""


def _has_tab(units: Sequence[tuple[str, bool, Glyph]], size: float) -> bool:
    """A gap of two ems between words, not counting the one after the first word
    (a label's tab): a masthead line with the symbol set at the far side."""
    drawn = sorted((u[2] for u in units if u[0].strip()), key=lambda g: g.x0)
    gaps = [(b.x0 - a.x1, i) for i, (a, b) in enumerate(zip(drawn, drawn[1:], strict=False))]
    wide = [i for gap, i in gaps if gap > 2 * size]
    return len(wide) > 1 or (len(wide) == 1 and not _is_lead_gap(units, wide[0]))


def _is_lead_gap(units: Sequence[tuple[str, bool, Glyph]], index: int) -> bool:
    """Is the gap after the ``index``-th drawn glyph (left to right) the one after the first word?"""
    drawn = sorted((u for u in units if u[0].strip()), key=lambda u: u[2].x0)
    left, right = drawn[: index + 1], drawn[index + 1:]
    # The first word is on the left of a left-to-right line and on the right of an Arabic one.
    first_side = right if any(unicodedata.bidirectional(u[0][0]) in ("R", "AL") for u in drawn) else left
    if any(unicodedata.bidirectional(u[0][0]) in ("R", "AL") for u in drawn):
        first_side = list(reversed(first_side))
    return LABEL.match("".join(u[0] for u in first_side).strip() + " ") is not None


def _first_word(units: Sequence[tuple[str, bool, Glyph]], rtl: bool) -> tuple[float, float]:
    """Width of the line's first word in reading order, and of the gap after it."""
    ordered = list(reversed(units)) if rtl else list(units)
    letters = [u[2] for u in ordered if u[0].strip()]
    words: list[list[Glyph]] = [[]]
    for text, _bold, glyph in ordered:
        if not text.strip():
            if words[-1]:
                words.append([])
            continue
        words[-1].append(glyph)
    if not letters or not words[0]:
        return 0.0, 0.0
    first = words[0]
    width = max(g.x1 for g in first) - min(g.x0 for g in first)
    if len(words) < 2 or not words[1]:
        return width, 0.0
    second = words[1]
    gap = (min(g.x0 for g in first) - max(g.x1 for g in second)) if rtl else (
        min(g.x0 for g in second) - max(g.x1 for g in first))
    return width, max(gap, 0.0)


# -- furniture and footnotes ----------------------------------------------------------------

_FURNITURE = re.compile(
    r"""^(?:\d{1,3}/\d{1,3}|page\s+\d+|-\s*\d+\s*-|\d{1,3}
      |(?:GE\.|V\.)?\d{2}-\d{5}|\([A-Z]\)|\d{6}|\*\d{7}\*|[\u2672\u267B\u267C])$""",
    re.VERBOSE | re.IGNORECASE,
)
_RECYCLE = re.compile(
    r"^(please recycle|merci de recycler|se ruega reciclar|просьба отправить на вторичную переработку"
    r"|الرجاء إعادة الاستعمال|请回收)\s*[\u2672\u267B\u267C]?$",
    re.IGNORECASE,
)


def is_furniture(text: str) -> bool:
    """A line made only of what UN pages print around the text: symbol, page, job number..."""
    stripped = text.strip()
    if not stripped:
        return True
    if _RECYCLE.match(stripped):
        return True
    rest = SYMBOL.sub(" ", stripped)
    tokens = rest.split()
    return all(_FURNITURE.match(t) for t in tokens) and (not tokens or rest != stripped or len(tokens) <= 4)


def _strip_furniture(lines: list[Line]) -> list[Line]:
    """Drop the header and footer lines: furniture at the top and the foot of the page."""
    start, end = 0, len(lines)
    while start < end and _furniture_line(lines[start]):
        start += 1
    while end > start and _furniture_line(lines[end - 1]):
        end -= 1
    return lines[start:end]


def _furniture_line(line: Line) -> bool:
    # A footer set left to right in a right-to-left document reads as drawn.
    return is_furniture(line.text) or is_furniture(line.visual)


def _separator(page: Page, lines: Sequence[Line]) -> float | None:
    """The y of the footnote rule: a short thin horizontal rule with text below it."""
    for rule in sorted(page.rules, key=lambda r: -r.y1):
        width, height = rule.x1 - rule.x0, rule.y1 - rule.y0
        if height > 2 or width < 30 or width > page.width * 0.6 or rule.y1 > page.height * 0.6:
            continue
        if any(line.bottom < rule.y0 and not is_furniture(line.text) for line in lines) and not any(
            line.bottom <= rule.y1 <= line.top for line in lines
        ):
            return (rule.y0 + rule.y1) / 2
    return None


# -- lines to paragraphs ----------------------------------------------------------------------

_NOTE_MARK = re.compile(r"^(\d{1,3}|\*{1,3}|[†‡])(?=\s|\S)")


@dataclass
class _PageLines:
    body: list[Line]
    notes: list[Line]


def read_pdf(data: bytes, path: str, lang: str, backend: str = DEFAULT_BACKEND) -> list[Para]:
    """The paragraphs of a PDF, footnotes last."""
    if not data.startswith(b"%PDF"):
        raise InputError("not a PDF (no %PDF header); check the file", path)
    pages = BACKENDS[backend](data, path)
    if not any(g.text.strip() for page in pages for g in page.glyphs):
        raise InputError(
            "the PDF has no text layer (a scanned image?); run OCR on it (e.g. ocrmypdf) or supply "
            "the .docx or a .txt",
            path,
        )
    rtl = is_rtl([g.text for page in pages for g in page.glyphs])
    drawn = [g for page in pages for g in page.glyphs if g.text.strip() and not g.hint]
    edges = (min(g.x0 for g in drawn), max(g.x1 for g in drawn))
    laid = []
    for page in pages:
        lines = _lines(page.glyphs, rtl, edges)
        rule = _separator(page, lines)
        body = [line for line in lines if rule is None or line.bottom > rule]
        notes = [line for line in lines if rule is not None and line.bottom < rule]
        laid.append(_PageLines(_strip_furniture(body), _strip_furniture(notes)))
    return _paragraphs(laid, lang, rtl)


def _paragraphs(pages: list[_PageLines], lang: str, rtl: bool = False) -> list[Para]:
    body_lines = [line for page in pages for line in page.body]
    if not body_lines:
        return []
    body_size = statistics.mode(line.size for line in body_lines)
    joiner = get_language(lang).joiner
    edges = _edges(body_lines)
    pitch = _pitch(pages, body_size)
    out: list[Para] = []
    previous: Line | None = None
    for page in pages:
        for number, line in enumerate(page.body):
            heading = line.size > body_size * 1.1
            if previous is None:
                out.append(Para(HEADING if heading else BODY, [list(line.runs)]))
                previous = line
                continue
            short = _stops_short(previous, line, edges)
            labelled = LABEL.match(line.text.lstrip()) is not None
            tabbed = labelled and line.lead_gap > line.size * 0.8  # "1.<tab>": a drawn label
            if (
                heading != (previous.size > body_size * 1.1)
                or (number == 0 and (short or tabbed))  # across a page break: a new paragraph unless cut
                or (number > 0 and previous.bottom - line.bottom > pitch * 1.25 * (line.size / body_size))
                or ((short or tabbed) and labelled)
            ):
                out.append(Para(HEADING if heading else BODY, [list(line.runs)]))
            elif short:
                out[-1].lines.append(list(line.runs))  # a forced line break (a signature's lines)
            else:
                _join(out[-1].lines[-1], line.runs, joiner)  # a wrapped line
            previous = line
    if rtl:
        for para in out:
            para.lines = [_balance(line) for line in para.lines]
    result = []
    for para in out:
        if para.role == BODY and _all_bold(para) and len(para.text) <= 300 and not LABEL.match(para.text):
            para.role = HEADING
        result.append(split_label(para, lang) if para.role == BODY else para)
    notes = _notes(pages)
    if rtl:
        for note in notes:
            note.lines = [_balance(line) for line in note.lines]
    return result + notes


_PAIRS = {"(": ")", "[": "]"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def _balance(runs: list[Run]) -> list[Run]:
    """Brackets of a right-to-left line, paired again where the text layer names
    a mirrored glyph by its shape ("(A/RES/64/292(" -> "(A/RES/64/292)")."""
    text = "".join(r.text for r in runs)
    chars = list(text)
    stack: list[int] = []
    for i, c in enumerate(chars):
        if c in _PAIRS:
            stack.append(i)
        elif c in _CLOSERS:
            if stack:
                stack.pop()
            else:
                chars[i] = _CLOSERS[c]  # a closer with nothing open: it opens
                stack.append(i)
    # Openers left unmatched: the later of two neighbours closes the earlier.
    while len(stack) >= 2:
        closing = stack.pop()
        chars[closing] = _PAIRS.get(chars[closing], chars[closing])
        stack.pop()
    fixed = "".join(chars)
    if fixed == text:
        return runs
    out, at = [], 0
    for run in runs:
        out.append(Run(fixed[at:at + len(run.text)], run.bold))
        at += len(run.text)
    return out


def _all_bold(para: Para) -> bool:
    runs = [r for line in para.lines for r in line if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


def _edges(lines: Sequence[Line]) -> tuple[float, float]:
    """The text column: its leftmost and rightmost extent."""
    return min(line.x0 for line in lines), max(line.x1 for line in lines)


def _pitch(pages: Sequence[_PageLines], size: float) -> float:
    """The usual distance between two lines of one paragraph of body text."""
    gaps = []
    for page in pages:
        for a, b in zip(page.body, page.body[1:], strict=False):
            if abs(a.size - size) < 0.5 and abs(b.size - size) < 0.5:
                gaps.append(round(a.bottom - b.bottom, 1))
    # The closest lines are two lines of one paragraph (the others have space between them).
    positive = [g for g in gaps if g > size * 0.8]
    return min(positive) if positive else size * 1.2


def _stops_short(line: Line, following: Line, edges: tuple[float, float]) -> bool:
    """Did ``line`` end by force: would the next line's first word have fitted on it?"""
    if line.tab:
        return True
    left, right = edges
    room = (line.x0 - left) if line.rtl else (right - line.x1)
    space = line.size * 0.3
    return room > following.first_word + space


def _join(runs: list[Run], more: Sequence[Run], joiner: str = " ") -> None:
    """Join a wrapped line to the one before: a space, or nothing after a hyphen or
    beside an ideograph. In Chinese (``joiner`` empty) a line may break anywhere,
    even inside a number ("201" / "4年"): nothing between, but two Latin words."""
    if not runs:
        runs.extend(more)
        return
    left = "".join(r.text for r in runs).rstrip()
    right = "".join(r.text for r in more).lstrip()
    if not right:
        return
    glue = " "
    if not joiner and not (left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha()):
        glue = ""
    elif left.endswith("\u00ad"):
        _trim(runs, 1)
        glue = ""
    elif left.endswith("-") and right[:1].isalnum() or _CJK.search(left[-1:]) and _CJK.search(right[:1]) or (
        _CJK.search(left[-1:]) or _CJK.search(right[:1])
    ):
        glue = ""
    while runs and not runs[-1].text.strip():
        runs.pop()
    if runs:
        runs[-1] = Run(runs[-1].text.rstrip() + glue, runs[-1].bold)
    first = list(more)
    while first and not first[0].text.strip():
        first.pop(0)
    if first:
        first[0] = Run(first[0].text.lstrip(), first[0].bold)
    runs.extend(first)


def _trim(runs: list[Run], count: int) -> None:
    last = runs[-1]
    runs[-1] = Run(last.text.rstrip()[:-count], last.bold)


def _notes(pages: Sequence[_PageLines]) -> list[Para]:
    notes: list[Para] = []
    for page in pages:
        for line in page.notes:
            text = line.text.strip()
            mark = _NOTE_MARK.match(text)
            if mark and (not notes or _next_note(mark.group(1), notes[-1].mark)):
                rest = text[mark.end():].lstrip()
                notes.append(Para(FOOTNOTE, [[Run(rest)]], mark=mark.group(1)))
            elif notes:
                _join(notes[-1].lines[-1], line.runs)
    return notes


def _next_note(mark: str, last: str) -> bool:
    if not mark.isdigit() or not last.isdigit():
        return True
    return int(mark) in (int(last) + 1, 1)


__all__ = ["BACKENDS", "DEFAULT_BACKEND", "Glyph", "Page", "Rule", "is_furniture", "read_pdf"]
