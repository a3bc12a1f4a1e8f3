"""Plain text extracted from a UN PDF -> Document of paragraph-level Segments.

Pure: a string in, a Document out. The same rules serve the English original
and the supplied translations; ``languages.Language`` holds what differs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .languages import Language, get_language
from .model import (
    AGENDA,
    AGENDA_TITLE,
    ANNEX,
    BODY_KINDS,
    DATE,
    FOOTNOTE,
    HEADING,
    HEADING_KINDS,
    MASTHEAD,
    NUMBERED,
    PARAGRAPH,
    PLACE_DATE,
    PREAMBLE,
    SESSION,
    SIGNATURE,
    TITLE,
    Document,
    Segment,
)
from .text import SYMBOL, symbols

# Page furniture, token by token: a line made only of these is not text.
_FURNITURE_TOKEN = re.compile(
    r"""^(?:
        \d{1,3}/\d{1,3}            # page counter 2/3
      | \d{2}-\d{5}                # job number 13-49986
      | \([A-Z]\)                  # language letter of the job number (E)
      | \d{6}                      # print dates 081013
      | \*\d{7}\*                  # bar code *1349986*
      | [\u2672\u267B\u267C]       # recycling symbols
    )$""",
    re.VERBOSE,
)
_RECYCLE = re.compile(r"^please\s+recycle$", re.IGNORECASE)

# "- 1. ", "1. ", "- (a) ", "(iv) ", "а) " (Russian), "(أ) " (Arabic); digits of any script.
# Arabic numbers its paragraphs "1 - " (only before Arabic text, so an English
# "10 - 12 May" stays text); Chinese may use full-width brackets "（a）".
# Sub-items numbered (i), (ii) are "㈠", "㈡" in Chinese and "’1‘", "’2‘" in Arabic.
_NUMBER = re.compile(
    r"^(?P<markup>[-*+]\s+)?(?P<number>\d{1,3}\.(?:\d{1,3}\.?)?|\(\w{1,5}\)|（\w{1,5}）|[^\W\d_]\)"
    r"|[\u3220-\u3229]|[’‘']\d{1,2}[’‘']"
    r"|\d{1,3}\s?[-\u2013](?=\s+[\u0600-\u06ff]))(?:(?<=[）\u3220-\u3229])\s*|\s+)(?=\S)"
)
_BULLET = re.compile(r"^(?P<markup>[-*+]\s+)(?=\S)")
_HEADING = re.compile(r"^(?P<markup>#{1,6}\s+)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?![\w*])")
# "**Dapkiunas**Ambassador": the PDF had a line break after the bold run.
_GLUED_AFTER_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*(?=[^\W\d_])")
_SPACES = re.compile(r"[ \t\u000b\u000c]+")
_LINE_HYPHEN = re.compile(r"(\w+)-$")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
_IDEOGRAPH = r"[\u3400-\u9fff\uf900-\ufaff]"
_SPACED_IDEOGRAPHS = re.compile(rf"(?<={_IDEOGRAPH}) (?={_IDEOGRAPH})")
# Words that end an unfinished line of a signature or heading.
_OPEN_ENDINGS = frozenset(
    "the of to and for on in at by with a an de la le les du des et à el los las y del al "
    "и в на по при для من في على إلى".split()
)
# Prefixes that keep their hyphen when a word is broken at a line end.
_HYPHEN_PREFIXES = frozenset(
    "non co self well inter intra multi cross anti ex post pre pro re sub super".split()
)
_FRONT_MATTER_MAX = 160  # characters: longer lines are body text


@dataclass
class _Block:
    """Consecutive non-blank lines of text between blank lines or furniture."""

    lines: list[str]
    line: int  # 1-based line number of the first line
    after_break: bool  # page furniture stood between this block and the last


# What PDF extraction leaves in a text and a translator never typed: Latin
# ligatures (U+FB01 "fi"), Arabic presentation forms (one glyph per letter
# shape, lam-alef ligatures), invisible joiners, soft hyphens.
_PDF_FORMS = re.compile("[\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]+")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")
# A soft hyphen at a line end: the word's end moves up to join its start, so
# the line count (and every later line number) stays the same.
_SOFT_HYPHEN_BREAK = re.compile("\u00ad[ \t]*\n([ \t]*)([^\\s\u00ad]+)")
_NEEDS_CLEANING = re.compile("[\u00ad\u200b\u2060\ufeff\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]")


def normalise_text(text: str) -> str:
    """BOM, CRLF/CR, Unicode composition and PDF glyph forms as translators' files vary in them."""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_CLEANING.search(text):
        text = _PDF_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
        text = _INVISIBLE.sub("", text)
        text = _SOFT_HYPHEN_BREAK.sub(r"\2\n\1", text)
        text = text.replace("\u00ad", "")
    return unicodedata.normalize("NFC", text)


def segment_text(text: str, lang: str = "en", path: str = "") -> Document:
    """Split a document's text into the segments a translator translates."""
    language = get_language(lang)
    text = normalise_text(text)
    lines = text.split("\n")
    symbol = _find_symbol(lines)
    blocks, notes = _blocks(lines, symbol, language)
    raw = _segments_of(blocks, language, text)
    raw = _rejoin_cut_paragraphs(raw, language)
    raw = _assign_kinds(raw, language) + _footnotes(notes, language, text)
    return Document(path=path, lang=lang, symbol=symbol, segments=tuple(_identify(raw)))


def segment_id(text: str) -> str:
    """A short content hash: the same text always has the same identity."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


# -- lines to blocks ---------------------------------------------------------


def _find_symbol(lines: list[str]) -> str:
    for line in lines[:12]:
        found = symbols(line)
        if found:
            return found[0]
    return ""


def _is_furniture(line: str, symbol: str, language: Language | None = None) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    # "Please recycle", in English or the document's language, with or without the logo.
    words = stripped.rstrip("\u2672\u267b\u267c ")
    if _RECYCLE.match(words):
        return True
    if language is not None and words.casefold() in (r.casefold() for r in language.recycle):
        return True
    tokens = stripped.split()
    return all(_FURNITURE_TOKEN.match(t) or (symbol and t == symbol) for t in tokens)


# The rule a PDF draws above a page's footnotes, and a footnote's mark at the
# start of its line: "1 See ...", "(1) انظر ...", "* A/68/50.".
_FOOTNOTE_RULE = re.compile(r"^_{5,}$")
_FOOTNOTE_MARK = re.compile(r"^(?:(?P<digits>\d{1,3})|\((?P<paren>\d{1,3})\)|(?P<star>\*{1,3}|[†‡]))\s+(?=\S)")


@dataclass
class _Note:
    mark: str
    lines: list[str]
    line: int


def _blocks(lines: list[str], symbol: str, language: Language) -> tuple[list[_Block], list[_Note]]:
    """The text's blocks, and the footnotes taken out of the flow of the pages."""
    blocks: list[_Block] = []
    notes: list[_Note] = []
    current: list[str] = []
    start = 0
    seen_break = False
    in_notes = False  # below a footnote rule, until the page ends
    note: _Note | None = None  # the footnote being read, on this page
    blank = False
    for number, raw in enumerate(lines, start=1):
        line = _SPACES.sub(" ", raw).strip()
        if not language.joiner:
            # PDFs space out Chinese headings ("大 会"): no space between ideographs.
            line = _SPACED_IDEOGRAPHS.sub("", line)
        furniture = _is_furniture(line, symbol, language) and not (
            number <= 2 and not blocks and not current
        )
        if _FOOTNOTE_RULE.match(line):
            if current:
                blocks.append(_Block(current, start, seen_break))
                current = []
            in_notes, note, blank, seen_break = True, None, False, bool(blocks)
            continue
        if in_notes and line and not furniture:
            # A footnote starts with the next mark; its other lines follow it
            # directly. Anything else after a blank line is the page's text.
            mark = _FOOTNOTE_MARK.match(line)
            if mark and _next_mark(mark, notes):
                note = _Note(mark.group(0).strip(), [line[mark.end():]], number)
                notes.append(note)
                blank = False
                continue
            if note is not None and not blank:
                note.lines.append(line)
                continue
        if in_notes:
            blank = not line
            if line and not furniture:
                in_notes = False
            elif not line:
                continue
        if not line or furniture:
            if current:
                blocks.append(_Block(current, start, seen_break))
                current, seen_break = [], False
            if furniture:
                in_notes = False
                if blocks:
                    seen_break = True
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append(_Block(current, start, seen_break))
    return blocks, notes


def _next_mark(mark: re.Match[str], notes: list[_Note]) -> bool:
    """Does ``mark`` open the next footnote: a star, the number after the last,
    or 1 (an annex numbers its footnotes anew)?"""
    if mark.group("star"):
        return True
    value = int(mark.group("digits") or mark.group("paren"))
    numbered = [int(n.mark.strip("()")) for n in notes if n.mark.strip("()").isdigit()]
    if not numbered:
        return value > 0  # a document's first footnote on this page may be any number
    return value in (1, numbered[-1] + 1)


def _footnotes(notes: list[_Note], language: Language, whole: str) -> list[_Raw]:
    """Footnotes as segments after the text, each numbered as its page prints it."""
    out = []
    for note in notes:
        text, emphasis = _strip_markup(_join_lines(note.lines, language, whole))
        if text:
            out.append(_Raw(FOOTNOTE, text, note.line, number=note.mark, emphasis=emphasis))
    return out


# -- blocks to raw segments --------------------------------------------------


@dataclass
class _Raw:
    kind: str
    text: str
    line: int
    number: str = ""
    markup: str = ""
    emphasis: bool = False
    after_break: bool = False
    front: bool = False  # part of the masthead/front matter


def _segments_of(blocks: list[_Block], language: Language, whole: str) -> list[_Raw]:
    out: list[_Raw] = []
    in_front = True
    for block in blocks:
        first = block.lines[0]
        if in_front and (_HEADING.match(first) or len(first) > _FRONT_MATTER_MAX or _NUMBER.match(first)):
            in_front = False
        if in_front:
            out.extend(_front_matter(block, language))
        elif _HEADING.match(first):
            out.append(_heading(block, language, whole))
        elif _starts_with_any(first, language.signed):
            out.extend(_signature(block, language))
        elif _NUMBER.match(first) or _BULLET.match(first):
            out.extend(_list_items(block, language, whole))
        else:
            out.append(_paragraph(block.lines, block.line, language, whole, block.after_break))
    return out


def _front_matter(block: _Block, language: Language) -> list[_Raw]:
    out: list[_Raw] = []
    for offset, line in enumerate(block.lines):
        number = block.line + offset
        for name in language.united_nations:
            found = _masthead_name(name).match(line)
            if found:
                out.append(_Raw(MASTHEAD, name, number, front=True))
                line = line[found.end():].strip()
                break
        symbol = SYMBOL.fullmatch(line)
        if not line or symbol:
            continue
        # A translation's masthead names its own language ("Français"): no
        # English counterpart, nothing to translate.
        for name in language.self_names:
            if line == name or line.startswith(name + " "):
                line = line[len(name):].strip()
                break
        if not line:
            continue
        # The organ ("Assemblée générale") printed on the line of "Distr.".
        for word in language.distr:
            at = line.find(word)
            if at > 0:
                out.append(_Raw(MASTHEAD, line[:at].strip(), number, front=True))
                line = line[at:]
                break
        distr = re.match(r"^(Distr\.\s*:?\s*[^\W\d_]+\.?)\s+(.*\d.*)$", line)
        if distr:
            out.append(_Raw(MASTHEAD, distr.group(1), number, front=True))
            out.append(_Raw(DATE, distr.group(2), number, front=True))
            continue
        if out and out[-1].kind == AGENDA_TITLE and line[:1].islower():
            out[-1].text = _join(out[-1].text, line, language)
            continue
        out.append(_Raw(_front_kind(line, out, language), _strip_markup(line)[0], number, front=True))
    return out


def _masthead_name(name: str) -> re.Pattern[str]:
    """The organisation's name, also as PDFs space out ideographs: "联 合 国"."""
    if _CJK.search(name):
        return re.compile(r"\s?".join(re.escape(c) for c in name))
    return re.compile(re.escape(name))


def _front_kind(line: str, before: list[_Raw], language: Language) -> str:
    lowered = line.casefold()
    if _starts_with_any(line, language.distr) or _starts_with_any(line, language.original):
        return MASTHEAD
    if any(word.casefold() in lowered for word in language.session) and len(line) < 60:
        return SESSION
    if _starts_with_any(line, language.agenda) and re.search(r"\d", line):
        return AGENDA
    if before and before[-1].kind in (AGENDA, AGENDA_TITLE):
        return AGENDA_TITLE
    if re.fullmatch(r"[\w\s.,/]*\d{4}[\w\s.]*", line) and len(line) < 40:
        return DATE
    return MASTHEAD


def _heading(block: _Block, language: Language, whole: str) -> _Raw:
    match = _HEADING.match(block.lines[0])
    markup = match.group("markup") if match else ""
    lines = [block.lines[0][len(markup):], *block.lines[1:]]
    text, emphasis = _strip_markup(_join_lines(lines, language, whole))
    return _Raw(HEADING, text, block.line, markup=markup, emphasis=emphasis, after_break=block.after_break)


def _signature(block: _Block, language: Language) -> list[_Raw]:
    # A bold run glued to the next word marks a lost line break.
    lines: list[str] = []
    for line in block.lines:
        lines.extend(_GLUED_AFTER_BOLD.sub(lambda m: f"**{m.group(1)}**\n", line).split("\n"))
    out: list[_Raw] = []
    for offset, line in enumerate(lines):
        text, emphasis = _strip_markup(line)
        if out and _continues(out[-1].text, text):
            out[-1].text = _join(out[-1].text, text, language)
            out[-1].emphasis = out[-1].emphasis or emphasis
            continue
        line_no = block.line + min(offset, len(block.lines) - 1)
        out.append(_Raw(SIGNATURE, text, line_no, emphasis=emphasis))
    return out


def _continues(previous: str, following: str) -> bool:
    """Is ``following`` the wrapped rest of a signature or heading line?"""
    last = previous.rsplit(" ", 1)[-1].casefold()
    return last in _OPEN_ENDINGS or following[:1].islower()


def _list_items(block: _Block, language: Language, whole: str) -> list[_Raw]:
    items: list[tuple[int, list[str]]] = []
    for offset, line in enumerate(block.lines):
        if _NUMBER.match(line) or _BULLET.match(line) or not items:
            items.append((block.line + offset, [line]))
        else:
            items[-1][1].append(line)
    out: list[_Raw] = []
    for number, lines in items:
        match = _NUMBER.match(lines[0])
        if match:
            markup, num = match.group("markup") or "", match.group("number")
            kind = NUMBERED
        else:
            bullet = _BULLET.match(lines[0])
            markup, num, kind = (bullet.group("markup") if bullet else ""), "", PARAGRAPH
        head = lines[0][match.end() if match else len(markup):]
        raw = _paragraph([head, *lines[1:]], number, language, whole, block.after_break)
        raw.kind, raw.number, raw.markup = kind, num, markup
        out.append(raw)
    if out:
        out[0].after_break = block.after_break
    return out


def _paragraph(lines: list[str], line: int, language: Language, whole: str, after_break: bool) -> _Raw:
    text, emphasis = _strip_markup(_join_lines(lines, language, whole))
    return _Raw(PARAGRAPH, text, line, emphasis=emphasis, after_break=after_break)


# -- text clean-up -----------------------------------------------------------


def _strip_markup(text: str) -> tuple[str, bool]:
    """Remove Markdown emphasis, separating words that a bold run glued together."""
    emphasis = "**" in text or bool(_ITALIC.search(text))
    text = _GLUED_AFTER_BOLD.sub(r"**\1** ", text)
    text = re.sub(r"(?<=[^\W_])\*\*(?=[^*\s][^*]*\*\*)", " **", text)
    text = _BOLD.sub(r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip(), emphasis


def _join_lines(lines: list[str], language: Language, whole: str) -> str:
    text = lines[0]
    for line in lines[1:]:
        text = _join(text, line, language, whole)
    return text


def _join(left: str, right: str, language: Language, whole: str = "") -> str:
    """Join two pieces of one paragraph: rejoin a hyphenated word, space or not."""
    hyphen = _LINE_HYPHEN.search(left)
    if hyphen and right[:1].islower():
        stem = hyphen.group(1)
        first = re.match(r"\w+", right)
        rest = first.group(0) if first else ""
        if stem.casefold() in _HYPHEN_PREFIXES or f"{stem}-{rest}" in whole.replace(f"{stem}-\n", ""):
            return left + right
        return left[:-1] + right
    if _CJK.search(left[-1:]) and _CJK.search(right[:1]):
        return left + right
    if not language.joiner:
        # Chinese: nothing between ideographs, a space between two Latin words.
        wide = _CJK.search(left[-1:]) or _CJK.search(right[:1])
        return left + ("" if wide else " ") + right
    return left + language.joiner + right


def _starts_with_any(text: str, prefixes: Iterable[str]) -> bool:
    return any(text.startswith(p) for p in prefixes)


# -- whole-document passes ---------------------------------------------------


def _ends_open(text: str, language: Language) -> bool:
    """True when a block stops mid-sentence (no closing punctuation)."""
    stripped = text.rstrip(")]\"'”’»」』）")
    return not stripped or stripped[-1] not in language.closing


def _rejoin_cut_paragraphs(raw: list[_Raw], language: Language) -> list[_Raw]:
    """A paragraph cut by a page break (or a stray blank line) is one segment."""
    out: list[_Raw] = []
    for seg in raw:
        if out and _continues_paragraph(out[-1], seg, language):
            out[-1].text = _join(out[-1].text, seg.text, language)
            continue
        out.append(seg)
    return out


def _continues_paragraph(prev: _Raw, seg: _Raw, language: Language) -> bool:
    """Is ``seg`` the rest of ``prev``, cut by a page break or a blank line?"""
    if prev.kind not in (PARAGRAPH, NUMBERED) or seg.kind != PARAGRAPH or seg.markup:
        return False
    first = seg.text[:1]
    if not seg.front and _ends_open(prev.text, language) and (seg.after_break or first.islower()):
        return True
    if not seg.after_break:
        return False
    # After a page break: a lower-case start continues anything but a finished
    # sentence; Arabic and Chinese have no lower case, so a break right after
    # a comma is the sign.
    if first.islower() and prev.text[-1:] not in ".!?。！？":
        return True
    return _caseless(first) and prev.text[-1:] in ",،，、"


def _caseless(char: str) -> bool:
    """A letter of a script without case (Arabic, Chinese): never true for English."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _assign_kinds(raw: list[_Raw], language: Language) -> list[_Raw]:
    seen_title = False
    for i, seg in enumerate(raw):
        if seg.kind == HEADING:
            if _starts_with_any(seg.text, language.annex):
                seg.kind = ANNEX
            elif not seen_title or (i > 0 and raw[i - 1].kind == ANNEX):
                seg.kind = TITLE
            seen_title = True
        elif seg.kind == PARAGRAPH and not seg.front:
            following = raw[i + 1] if i + 1 < len(raw) else None
            if _is_place_date(seg.text):
                seg.kind = PLACE_DATE
            elif (
                following is not None
                and following.kind == NUMBERED
                and seg.text[-1:] in ",:،，："
            ):
                seg.kind = PREAMBLE
            elif (
                len(seg.text) < 120
                and _ends_open(seg.text, language)
                and not seg.markup
                and following is not None
                and following.kind in BODY_KINDS
                and not seg.text[:1].islower()
                and not re.search(r"\d{4}$", seg.text)
            ):
                seg.kind = HEADING
    return raw


# "Нью-Йорк, 26 сентября 2013 года", "نيويورك، 26 أيلول/سبتمبر 2013",
# "2013年9月26日，纽约".
_PLACE_DATE_TRANSLATED = re.compile(
    r"[^\W\d][\w .'\-]{1,40}[,،]\s*\S.{0,40}\d{4}(?:\s*(?:года|г\.))?\.?"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]?\s*\w{1,12}[。.]?"
    r"|\w{1,12}[，,]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[。.]?"
)


def _is_place_date(text: str) -> bool:
    english = re.fullmatch(r"[^\W\d][\w .'\-]{1,40},\s*\S.{0,30}\d{4}\S{0,8}\.?", text)
    if english and len(text) < 60:
        return True
    return bool(_PLACE_DATE_TRANSLATED.fullmatch(text)) and len(text) < 70


def _identify(raw: list[_Raw]) -> Iterable[Segment]:
    counts: dict[str, int] = {}
    for index, seg in enumerate(raw):
        base = segment_id(seg.text)
        counts[base] = counts.get(base, 0) + 1
        ident = base if counts[base] == 1 else f"{base}-{counts[base]}"
        yield Segment(
            id=ident,
            index=index,
            kind=seg.kind,
            text=seg.text,
            line=seg.line,
            number=seg.number,
            markup=seg.markup,
            emphasis=seg.emphasis,
        )


__all__ = ["HEADING_KINDS", "normalise_text", "segment_id", "segment_text"]
