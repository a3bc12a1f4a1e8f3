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
from functools import lru_cache

from .furniture import find_symbol, furniture_lines
from .labels import Label, LabelContext, annex_key, read_label
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
from .text import KASHIDA, PRINTED_SYMBOL, without_kashida

_BULLET = re.compile(r"^(?P<markup>[-*+]\s+)(?=\S)")
_HEADING = re.compile(r"^(?P<markup>#{1,6}\s+)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
# Italic markers; in Chinese an ideograph may touch them ("*强调*妇女").
_ITALIC = re.compile(
    r"(?<!\*)(?<![^\W\u3400-\u9fff])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?!\*)(?![^\W\d\u3400-\u9fff])"
)
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
# Most words cut at a line end were hyphenated there; these first halves of
# compounds UN texts write often keep theirs when the document says nothing
# either way (ordinal numbers among them: seventy-seventh, soixante-quatrième).
_COMPOUND_HEADS = {
    "en": frozenset(
        "non self well cross anti low high long short small medium large mid middle lower upper follow "
        "one two three four five six seven eight nine ten twelve asylum gender troop police web "
        "twenty thirty forty fifty sixty seventy eighty ninety".split()
    ),
    "fr": frozenset("non sous vingt trente quarante cinquante soixante quatre dix".split()),
    "es": frozenset(),
    "ru": frozenset(),
}
# Heads whose compounds UN English writes closed (peacekeeping, peacebuilding,
# peacemaking; multilateral, multidisciplinary, multisectoral), but for the
# few in _HYPHENATED_WORDS: not even two words of the document make them two.
_CLOSED_HEADS = {"en": frozenset({"peace", "multi"})}
_HYPHENATED_WORDS = frozenset(
    "multi-stakeholder multi-stakeholders multi-year multi-donor multi-country multi-partner multi-hazard "
    "multi-purpose".split()
)
# Words written whole though they start with such a head: fourteen, website,
# highlight, shortfall, tension, antiretroviral, nonobstant, soussigné.
_CLOSED_WORDS = frozenset(
    "website websites webpage webpages webcast webinar webinars twelvefold highlight highlights highlighted "
    "highlighting highway highways shortfall shortfalls shortcoming shortcomings shortage shortages midterm "
    "midst midway crossroads tension tensions tenure tendency tendencies tender tenders tenant tenants "
    "tentative antiretroviral antiretrovirals antibiotic antibiotics antimicrobial antisemitism oneself "
    "onerous nonetheless nonobstant soussigné soussignée soussignés souscription souscrire".split()
)
_NUMBER_ENDINGS = ("teen", "ty", "tie", "fold")
# What follows a head as an ending, not a word of its own: higher, largely,
# lowest, sixth, vingtième, quarantaine.
_ENDINGS = {
    "en": frozenset("ly er ers est ing ings ed s es ness th ths".split()),
    "fr": frozenset("ième ièmes aine aines".split()),
}
# Russian: государства-члены, государств-членов.
_RU_COMPOUND_HEAD = re.compile(r"^государств\w*$", re.IGNORECASE)
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
_SOFT_HYPHEN_INSIDE = re.compile("\u00ad(?![ \t]*\n)")
_NEEDS_CLEANING = re.compile("[\u00ad\u200b\u2060\ufeff\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]")


def normalise_text(text: str) -> str:
    """BOM, CRLF/CR, Unicode composition and PDF glyph forms as translators' files vary in them.

    Arabic presentation forms become letters (NFKC), which leaves kashida as
    the PDF printed it, in the text."""
    text = text.lstrip("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_CLEANING.search(text):
        text = _PDF_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
        text = _INVISIBLE.sub("", text)
        text = _SOFT_HYPHEN_BREAK.sub(r"\2\n\1", text)
        # One before a page break stays at its line's end: the paragraph's
        # rejoin reads it as a word cut there (see _join); the others go.
        text = _SOFT_HYPHEN_INSIDE.sub("", text)
    # Kashida stays: it is in the official text as printed (see text.KASHIDA);
    # every decision below reads past it.
    return unicodedata.normalize("NFC", text)


def _size(text: str) -> int:
    """A text's length in characters, kashida aside."""
    return len(text) - text.count(KASHIDA)


def segment_text(text: str, lang: str = "en", path: str = "") -> Document:
    """Split a document's text into the segments a translator translates."""
    language = get_language(lang)
    text = normalise_text(text)
    lines = text.split("\n")
    symbol = find_symbol(lines)
    blocks, notes = _blocks(lines, symbol, language)
    raw = _segments_of(blocks, language, text)
    raw = _rejoin_cut_paragraphs(raw, language, text)
    raw = _assign_kinds(raw, language) + _footnotes(notes, language, text)
    return Document(path=path, lang=lang, symbol=symbol, segments=tuple(_identify(raw, language)))


def segment_id(text: str) -> str:
    """A short content hash: the same text always has the same identity."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


# -- lines to blocks ---------------------------------------------------------


def _clean_line(raw: str, language: Language) -> str:
    line = _SPACES.sub(" ", raw).strip()
    if not language.joiner:
        # PDFs space out Chinese headings ("大 会"): no space between ideographs.
        line = _SPACED_IDEOGRAPHS.sub("", line)
    return line


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
    at_rule = False  # nothing but blank lines yet under this page's rule
    cleaned = [_clean_line(raw, language) for raw in lines]
    is_furniture = furniture_lines(cleaned, symbol, language)
    for number, line in enumerate(cleaned, start=1):
        furniture = is_furniture[number - 1]
        if _FOOTNOTE_RULE.match(line):
            if current:
                blocks.append(_Block(current, start, seen_break))
                current = []
            in_notes, note, blank, seen_break = True, None, False, bool(blocks)
            at_rule = True
            continue
        first_under_rule, at_rule = at_rule and bool(line), at_rule and not line
        if in_notes and line and not furniture:
            # A footnote starts with the next mark; its other lines follow it
            # directly. Anything else after a blank line is the page's text.
            mark = _FOOTNOTE_MARK.match(line)
            if mark and _next_mark(mark, notes, language):
                note = _Note(mark.group(0).strip(), [line[mark.end():]], number)
                notes.append(note)
                blank = False
                continue
            if note is None and mark is None and notes and first_under_rule and _note_open(notes[-1], language):
                note, blank = notes[-1], False  # the last page's footnote, cut by the page break, goes on here
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


def _next_mark(mark: re.Match[str], notes: list[_Note], language: Language) -> bool:
    """Does ``mark`` open the next footnote: a star, the number after the last,
    or 1 (an annex numbers its footnotes anew)? After a footnote that stops
    mid-sentence, only the very next number: "5 (A/CONF.240/31)." goes on it."""
    if mark.group("star"):
        return True
    value = int(mark.group("digits") or mark.group("paren"))
    numbered = [int(n.mark.strip("()")) for n in notes if n.mark.strip("()").isdigit()]
    if not numbered:
        return value > 0  # a document's first footnote on this page may be any number
    if _note_open(notes[-1], language):
        return value == numbered[-1] + 1
    # One missed (its mark misread) should not lose the ones after it.
    return value == 1 or numbered[-1] < value <= numbered[-1] + 3


def _note_open(note: _Note, language: Language) -> bool:
    """Does a footnote stop mid-sentence (its page ended inside it)?"""
    return _ends_open(note.lines[-1], language) or note.lines[-1].rstrip().endswith((",", "،", "，", "、", ":", "："))


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
    label: str = ""  # the canonical key of ``number`` (pipeline.labels)


def _segments_of(blocks: list[_Block], language: Language, whole: str) -> list[_Raw]:
    out: list[_Raw] = []
    front = _front_blocks(blocks, language)
    context = LabelContext()
    for k, block in enumerate(blocks):
        first = block.lines[0]
        if k < front:
            out.extend(_front_matter(block, language))
        elif _HEADING.match(first):
            out.extend(_heading(block, language, whole, context))
        elif _starts_with_any(first, language.signed) or _rest_of_signature(block, out, language):
            out.extend(_signature(block, language))
        else:
            out.extend(_items(block, language, whole, context))
    return _attach_lone_labels(out)


def _rest_of_signature(block: _Block, before: list[_Raw], language: Language) -> bool:
    """The title lines of a signature that a page break separated from its name."""
    if not (before and before[-1].kind == SIGNATURE and block.after_break) or len(block.lines) > 4:
        return False
    if _annex_heading(block.lines[0], language) or _HEADING.match(block.lines[0]):
        return False
    return all(len(line) <= 90 for line in block.lines) and _ends_open(block.lines[-1], language)


def _front_blocks(blocks: list[_Block], language: Language) -> int:
    """How many blocks the masthead takes: everything down to its distribution
    block ("Distr.", "Original:"), then the session, agenda item and agenda
    title; a heading, a label or a long line ends it."""
    english = get_language("en")
    distr_words = (*language.distr, *language.original, *english.distr, *english.original)
    distr_at = next(
        (k for k, b in enumerate(blocks[:8]) if any(_starts_with_any(line, distr_words) for line in b.lines)), -1
    )
    for k, block in enumerate(blocks):
        first = block.lines[0]
        if (
            _HEADING.match(first)
            or _size(first) > _FRONT_MATTER_MAX
            or _opening_label(first, None, language, LabelContext()) is not None
        ):
            return k
        if k <= distr_at:
            continue  # the organisation, its organ, the distribution block
        if not any(_masthead_line(line, language, after_distr=distr_at >= 0) for line in block.lines):
            # The agenda title may stand in a block of its own after the agenda line.
            after_agenda = k > 0 and _starts_with_any(blocks[k - 1].lines[-1], language.agenda)
            title = not any(re.search(r"\d{4}", line) for line in block.lines) and len(block.lines) <= 3
            return k + 1 if after_agenda and title else k
        if any(_starts_with_any(line, language.agenda) and re.search(r"\d", line) for line in block.lines):
            if not _starts_with_any(block.lines[-1], language.agenda):
                return k + 1
    return len(blocks)


def _masthead_line(line: str, language: Language, after_distr: bool = False) -> bool:
    """A line only a masthead prints: the organisation, an organ, Distr., a date, the session...
    Below the distribution block only the session, agenda, date and language lines are."""
    english = get_language("en")
    line = without_kashida(line)
    if not after_distr:
        bare = re.sub(r"\s", "", line).casefold()
        if any(bare.startswith(re.sub(r"\s", "", name).casefold()) for name in language.united_nations):
            return True
        if _starts_with_any(line, (*language.organs, *english.organs)) or PRINTED_SYMBOL.fullmatch(line):
            return True
    for words in (language.distr, language.original, language.self_names, language.agenda,
                  english.distr, english.original):
        if _starts_with_any(line, words):
            return True
    if any(w.casefold() in line.casefold() for w in language.session):
        return len(line) < 80
    return bool(_DATE_LINE.fullmatch(line))


# A masthead's date alone on its line, in any language: "3 October 2013", "3 de
# octubre de 2013", "3 октября 2013 года", "14 تموز/يوليه 2014", "2013年10月3日",
# "14 July 2013-16 July 2014".
_DATE_LINE = re.compile(
    r"(?:\d{1,2}\s+(?:de\s+)?[^\W\d_]+(?:/[^\W\d_]+)?\s+(?:de\s+)?\d{4}(?:\s+(?:года|г\.))?\s*[-–—]?\s*)+"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
)


def _front_matter(block: _Block, language: Language) -> list[_Raw]:
    out: list[_Raw] = []
    for offset, line in enumerate(block.lines):
        number = block.line + offset
        for name in language.united_nations:
            plain = without_kashida(line)
            found = _masthead_name(name).match(plain)
            rest = plain[found.end():].strip() if found else ""
            # The organisation alone or with the symbol; "联合国难民事务高级专员..." is a title.
            if found and (not rest or PRINTED_SYMBOL.fullmatch(rest)):
                out.append(_Raw(MASTHEAD, name, number, front=True))
                line = rest
                break
        symbol = PRINTED_SYMBOL.fullmatch(line)
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
        if out and out[-1].kind == AGENDA_TITLE and not _masthead_line(line, language, after_distr=True):
            out[-1].text = _join(out[-1].text, line, language)  # one title, however wrapped
            continue
        out.append(_Raw(_front_kind(without_kashida(line), out, language), _strip_markup(line)[0], number, front=True))
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


def _heading(block: _Block, language: Language, whole: str, context: LabelContext) -> list[_Raw]:
    """A block of Markdown headings: each "## " line opens one; a line without it continues the last."""
    parts: list[tuple[int, str, list[str]]] = []
    for offset, line in enumerate(block.lines):
        match = _HEADING.match(line)
        if match or not parts:
            markup = match.group("markup") if match else ""
            parts.append((block.line + offset, markup, [line[len(markup):]]))
        else:
            parts[-1][2].append(line)
    out = []
    for number, markup, lines in parts:
        text, emphasis = _strip_markup(_join_lines(lines, language, whole))
        raw = _Raw(HEADING, text, number, markup=markup, emphasis=emphasis, after_break=block.after_break)
        found = _opening_label(text, None, language, context)
        if found is not None:
            label, key = found
            context.push(key)
            raw.text, raw.number, raw.label = _strip_markup(label.rest)[0], label.printed, key
        out.append(raw)
    for raw in out[1:]:
        raw.after_break = False
    return out


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
    last = without_kashida(previous).rsplit(" ", 1)[-1].casefold()
    return last in _OPEN_ENDINGS or following[:1].islower()


# Levels whose labels head a chapter or section, not a paragraph.
_WORD_LEVELS = frozenset({"chapter", "part", "section", "article", "R", "L"})


def _opening_label(
    line: str, previous: str | None, language: Language, context: LabelContext, in_list: bool = False
) -> tuple[Label, str] | None:
    """The label that opens a new item at the start of ``line``, with its key here.

    ``previous`` is the line before it in the same block (None at a block's
    start). Items of a list often end without a full stop, so a label at the
    start of a line opens an item when it is the next label expected (the
    successor of one seen; a first sub-item inside a labelled item,
    ``in_list``), or when the line before closed a sentence or clause. What only looks like a label stays text: "1.5
    million", "Article 5 of the Charter" wrapped to a line's start.
    """
    body = line[2:] if line.startswith("**") else line
    label = read_label(body, language.code)
    if label is None:
        return None
    key = context.resolve(label)
    level = key.split(":", 1)[0]
    # Inside a block, only the successor of a label seen opens an item after an
    # unfinished line; at a block's start, any label that fits may.
    if previous is None:
        expected = context.expects(key)
    elif in_list:
        expected = context.expects(key) or context.continues(key, skip=True)
    else:
        expected = context.continues(key)
    closed = previous is None or _closes(previous, language)
    lower = label.rest[:1].islower()
    if level in _WORD_LEVELS:
        ok = not lower and (expected if previous is not None else True)
    elif re.fullmatch(r"\d+(?:\.\d+)+", label.printed):
        # 1.2 is a hierarchical label, or a decimal that starts a line; in
        # Chinese a decimal is not followed by a space.
        capital = label.rest[:1].isupper() or (language.code == "zh" and previous is None)
        ok = expected or (capital and closed)
    else:
        ok = closed or expected
    if not ok:
        return None
    if line.startswith("**"):
        label = Label(label.printed, label.key, label.alternative, "**" + label.rest, label.heading)
    return label, key


def _closes(line: str, language: Language) -> bool:
    """Does ``line`` end a sentence, clause or list item?"""
    stripped = line.rstrip("*_ )]\"'”’»」』）")
    return bool(stripped) and (stripped[-1] in language.closing or stripped[-1] in "：:")


def _items(block: _Block, language: Language, whole: str, context: LabelContext) -> list[_Raw]:
    """A block as paragraphs and labelled items: a label at a line's start opens the next."""
    items: list[tuple[int, str, Label | None, str, list[str]]] = []
    for offset, line in enumerate(block.lines):
        bullet = _BULLET.match(line)
        markup = bullet.group("markup") if bullet else ""
        body = line[len(markup):]
        # A list item's bullet opens an item whatever the line before: read its label as a block's first.
        previous = block.lines[offset - 1] if offset and not markup else None
        in_list = bool(items) and items[-1][2] is not None
        found = _opening_label(body, previous, language, context, in_list)
        if found is not None:
            opened, key = found
            context.push(key)
            items.append((block.line + offset, markup, opened, key, [opened.rest] if opened.rest else []))
        elif not items or markup:
            items.append((block.line + offset, markup, None, "", [body]))
        else:
            items[-1][4].append(line)
    out: list[_Raw] = []
    for number, markup, label, key, lines in items:
        raw = (
            _paragraph(lines, number, language, whole, block.after_break)
            if lines
            else _Raw(PARAGRAPH, "", number, after_break=block.after_break)
        )
        raw.markup = markup
        if label is not None:
            raw.number, raw.label = label.printed, key
            raw.kind = HEADING if label.heading and _heading_like(raw.text, language) else NUMBERED
        out.append(raw)
    for raw in out[1:]:
        raw.after_break = False
    return out


def _heading_like(text: str, language: Language) -> bool:
    """Short and not a finished sentence: the title of a labelled chapter or section."""
    return _size(text) < 200 and text[-1:] not in ".;。；"


def _attach_lone_labels(raw: list[_Raw]) -> list[_Raw]:
    """A label on a line of its own ("Chapter II", then the title) labels what follows.

    A heading's label followed by no title of its own ("Article 1" above
    numbered paragraphs, "Chapter IV" above a sentence) is a heading whose
    text is the label as printed: never a segment without text."""
    out: list[_Raw] = []
    pending: _Raw | None = None
    for seg in raw:
        if seg.label and not seg.text and not seg.front:
            if pending is not None:
                out.append(_standing(pending))  # two labels in a row
            pending = seg
            continue
        if pending is not None:
            heading = pending.label.split(":", 1)[0] in _WORD_LEVELS
            titled = not heading or _heading_like(seg.text, get_language("en"))
            if not seg.label and not seg.front and seg.kind in (PARAGRAPH, HEADING) and titled:
                seg.number, seg.label = pending.number, pending.label
                seg.markup = seg.markup or pending.markup
                seg.line, seg.after_break = pending.line, pending.after_break
                seg.kind = HEADING if heading else NUMBERED
            else:
                out.append(_standing(pending))
            pending = None
        out.append(seg)
    if pending is not None:
        out.append(_standing(pending))
    return out


def _standing(lone: _Raw) -> _Raw:
    """A label with no text of its own as a heading whose text is the label as printed
    ("Article premier", "第1条"): translated like any heading, and printed once when
    rebuilt (no number beside it); its key stays in ``label`` to anchor the alignment."""
    lone.text, lone.number, lone.kind = lone.number, "", HEADING
    return lone


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
    if left.endswith("\u00ad"):
        return left[:-1] + right  # a soft hyphen: the word was cut there
    hyphen = _LINE_HYPHEN.search(left)
    if hyphen and right[:1].islower():
        stem = hyphen.group(1)
        first = re.match(r"\w+", right)
        rest = first.group(0) if first else ""
        # The document's own spelling elsewhere decides: high-level / presidencia;
        # then whether both halves are words of it (государства-члены, not pre-sidencia).
        elsewhere = whole.replace(f"{stem}-\n", f"{stem}\x00")
        hyphenated = f"{stem}-{rest}" in elsewhere or bool(
            len(stem) > 3 and len(rest) > 3 and re.search(
                rf"(?<!\w){re.escape(stem[:-2])}\w{{0,4}}-{re.escape(rest[:-2])}", elsewhere, re.IGNORECASE
            )
        )
        joined = rest and re.search(rf"(?<!\w){re.escape(stem + rest)}(?!\w)", whole, re.IGNORECASE)
        head, tail = stem.casefold(), rest.casefold()
        known = f"{head}-{tail}" in _HYPHENATED_WORDS
        closed = not known and (
            head + tail in _CLOSED_WORDS
            or tail.startswith(_NUMBER_ENDINGS)
            or tail in _ENDINGS.get(language.code, ())
            or head in _CLOSED_HEADS.get(language.code, ())
        )
        compound = known or (
            not closed
            and (
                head in _COMPOUND_HEADS.get(language.code, frozenset())
                or (language.code == "ru" and bool(_RU_COMPOUND_HEAD.match(stem)))
                # Both halves are words the document uses on their own, and the language has
                # no such word whole: asylum-seekers, but размере (раз, мере), подход.
                or (
                    len(stem) > 2 and len(rest) > 3 and _word_in(stem, elsewhere) and _word_in(rest, elsewhere)
                    and not _common_word(head + tail, language.code)
                )
                # Both halves common words of the language, the two together none: primary-school.
                or (
                    len(stem) > 2 and len(rest) > 2 and _unknown_word(head + tail, language.code)
                    and _common_word(head, language.code) and _common_word(tail, language.code)
                )
            )
        ) or (
            # Out-of-pocket, cessez-le-feu: the word has hyphens of its own.
            bool(re.search(rf"\w-{re.escape(stem)}-$", left))
            or bool(re.match(r"\w+-\w", right))
        )
        if rest.casefold() in _CONJUNCTIONS:
            return f"{left} {right}"  # troop- and police-contributing
        if rest.casefold() in _HYPHEN_SUFFIXES.get(language.code, ()) or stem.casefold() in _HYPHEN_HEADS.get(
            language.code, ()
        ):
            return left + right  # какого-либо, celle-ci
        if (hyphenated and not joined) or (len(stem) > 1 and stem.isupper()) or any(c.isdigit() for c in stem):
            return left + right  # and an acronym's: ООН-женщины, G-20
        if compound and not joined:
            return left + right
        return left[:-1] + right
    if hyphen and right[:1].isalpha():
        return left + right  # a compound cut at its own hyphen: Secretary-General, ONU-Mujeres
    if _CJK.search(left[-1:]) and _CJK.search(right[:1]):
        return left + right
    if not language.joiner:
        # Chinese: nothing between ideographs, a space between two Latin words.
        wide = _CJK.search(left[-1:]) or _CJK.search(right[:1])
        return left + ("" if wide else " ") + right
    return left + language.joiner + right


# Word frequencies of the language (wordfreq, on the Zipf scale: 3 is once per million
# words), where the document itself does not say how it writes a word cut at a line end.
_COMMON_ZIPF = 3.0
_LEXICON_LANGUAGES = frozenset({"en", "fr", "es", "ru"})


@lru_cache(maxsize=65536)
def _zipf(word: str, lang: str) -> float | None:
    """How common ``word`` is in ``lang``; None where no word list is used."""
    if lang not in _LEXICON_LANGUAGES:
        return None
    from wordfreq import zipf_frequency  # a second to load a language's list: only when a hyphen needs it

    return float(zipf_frequency(word, lang))


def _common_word(word: str, lang: str) -> bool:
    frequency = _zipf(word, lang)
    return frequency is not None and frequency >= _COMMON_ZIPF


def _unknown_word(word: str, lang: str) -> bool:
    return _zipf(word, lang) == 0.0


def _word_in(word: str, text: str) -> bool:
    """Does ``text`` use ``word`` as a word of its own (not inside a compound)? Only
    inside a line: at a line's start it may be the rest of the word being rejoined."""
    return re.search(rf"(?<![\w\x00\n-]){re.escape(word)}(?![\w\x00-])", text, re.IGNORECASE) is not None


# Particles always written with a hyphen: какого-либо, кто-нибудь, celle-ci.
_HYPHEN_SUFFIXES = {"ru": frozenset("либо нибудь то таки".split()), "fr": frozenset("ci là même".split())}
# Russian по-прежнему, веб-сайт; French ci-joint, ci-après.
_HYPHEN_HEADS = {"ru": frozenset({"по", "веб"}), "fr": frozenset({"ci"})}
# "troop- and police-contributing": a hyphen that waits for the word after the conjunction.
_CONJUNCTIONS = frozenset("and or et ou y o e и или".split())


def _starts_with_any(text: str, prefixes: Iterable[str]) -> bool:
    text = without_kashida(text)
    return any(text.startswith(p) for p in prefixes)


# -- whole-document passes ---------------------------------------------------


# A footnote mark after the full stop that ends a paragraph: "traffickers.1", "(2)".
_TRAILING_MARK = re.compile(r"(?<=[.;:!?。；：؛,،，])(?:\d{1,3}|\(\d{1,3}\)|\*{1,3})$")
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+$")


def _without_mark(text: str) -> str:
    """``text`` without a footnote mark after its last stop ("in 2012.2"); 2,150,000 is no mark."""
    return text if _GROUPED_NUMBER.search(text) else _TRAILING_MARK.sub("", text)


def _ends_open(text: str, language: Language) -> bool:
    """True when a block stops mid-sentence (no closing punctuation)."""
    stripped = _without_mark(text).rstrip(")]\"'”’»」』）")
    return not stripped or stripped[-1] not in language.closing


def _rejoin_cut_paragraphs(raw: list[_Raw], language: Language, whole: str = "") -> list[_Raw]:
    """A paragraph cut by a page break (or a stray blank line) is one segment."""
    out: list[_Raw] = []
    for k, seg in enumerate(raw):
        before = out[-2] if len(out) > 1 else None
        after = raw[k + 1] if k + 1 < len(raw) else None
        if out and _continues_paragraph(out[-1], seg, language, before, after):
            out[-1].text = _join(out[-1].text, seg.text, language, whole)
            continue
        out.append(seg)
    return out


# The plenary meeting that adopted a resolution, on a line of its own.
_MEETING_LINE = re.compile(
    r"\d+(?:st|nd|rd|th) plenary meeting|\d+e séance plénière|\d+[ªa.]? sesión plenaria"
    r"|\d+-[еяй] пленарное заседание|الجلسة العامة \d+|第\d+次全体会议"
)
# Arabic preambular paragraphs open with "وإذ" ("Recalling", "Noting" ...).
_AR_PREAMBLE = re.compile(r"^وإذ\s")


def _continues_paragraph(
    prev: _Raw, seg: _Raw, language: Language, before: _Raw | None = None, after: _Raw | None = None
) -> bool:
    """Is ``seg`` the rest of ``prev``, cut by a page break or a blank line?"""
    if prev.kind not in (PARAGRAPH, NUMBERED) or seg.kind != PARAGRAPH or seg.markup:
        return False
    if prev.kind == PARAGRAPH and not prev.label and (_is_place_date(prev.text) or _DATE_LINE.fullmatch(prev.text)):
        return False  # "New York, 26 September 2013", "11 June 2015" end a text
    if _MEETING_LINE.fullmatch(without_kashida(seg.text)):
        return False  # "51st plenary meeting" after a resolution's last paragraph
    first = seg.text[:1]
    # Two short unfinished lines either side of a page break are a heading and
    # the title after it ("Annex to the letter ..." / "Declaration on ..."), not
    # one line cut in two.
    short = _size(prev.text) <= 150 or _annex_heading(prev.text, language)
    headings = prev.kind == PARAGRAPH and short and _size(seg.text) <= 150 and _ends_open(seg.text, language)
    # The title under an annex heading, and the text after it.
    titled = before is not None and _annex_heading(before.text, language) and _size(prev.text) <= 150
    headings = headings or titled
    # An item of a list may end without a stop: what follows the page break in
    # capitals (Latin, Cyrillic), a sentence after which no item comes, is a
    # paragraph of its own (a note after the list); a name goes on the item.
    item_then_capital = (
        prev.label.startswith(("a:", "r:"))
        and first.isupper()
        and not prev.text.rsplit(" ", 1)[-1][:1].isupper()  # "... with the United" / "Nations ..."
        and not seg.text.endswith((";", "؛", "；"))
        and (after is None or not after.label)
    )
    if not seg.front and _ends_open(prev.text, language) and (
        first.islower() or (seg.after_break and not headings and not item_then_capital)
    ):
        return True
    if not seg.after_break:
        return False
    # After a page break: a lower-case start continues anything but a finished
    # sentence; Arabic and Chinese have no lower case, so a break right after
    # a comma is the sign, unless the paragraphs before also end with one (the
    # preamble of a resolution, its paragraphs ending in commas, in Russian
    # opening in lower case) or the next opens as an Arabic preambular one.
    # A numbered paragraph is an operative one, never a preambular one, even
    # right after a preamble ("١ - يدين ... المسلح،" / "ويطالب ...").
    end = _without_mark(prev.text)[-1:]
    in_preamble = (
        not prev.label and end in ",،，" and before is not None and before.kind == PARAGRAPH
        and _without_mark(before.text)[-1:] == end
    )
    if _preamble_lead(prev, before, end):
        return False  # "Генеральная Ассамблея," / "ссылаясь ...", "安全理事会，" / "回顾 ..."
    if first.islower() and end not in ".!?。！？":
        # (A preamble whose paragraphs open in lower case, as Russian writes them.)
        return not (in_preamble and prev.text[:1].islower())
    if end == "," and not in_preamble and re.match(r"[A-Z]{2,}\b", seg.text):
        return True  # "In its replies to the questionnaire," / "ECA identified ..."
    if first.isdigit() and end in ",،，、" and not in_preamble and not _ends_open(seg.text, language):
        return True  # "During the reporting period," / "52 countries introduced ..."
    if not (_caseless(first) and end in ",،，、") or _AR_PREAMBLE.match(without_kashida(seg.text)):
        return False
    if not prev.label and _size(prev.text) <= 40:
        return False  # "إن الجمعية العامة،", "安全理事会，": the preamble's first line
    return not in_preamble


def _preamble_lead(prev: _Raw, before: _Raw | None, end: str) -> bool:
    """Is ``prev`` the line that opens a preamble ("The General Assembly,", "Генеральная
    Ассамблея,", "Les États parties à la présente Convention,"): short, unlabelled, its
    only comma at its end, right after a heading or title (or an unfinished line, as a
    plain text prints "Adopted by the Security Council at ...")? What follows it after a
    page break is the preamble's first paragraph, in lower case in Russian."""
    if prev.label or end not in ",،，" or _size(prev.text) > 60:
        return False
    if any(c in prev.text[:-1] for c in ",،，;؛；"):
        return False
    if before is None:
        return True
    return before.kind == HEADING or (
        before.kind == PARAGRAPH and not before.label and _without_mark(before.text)[-1:] not in ".;:,،؛。；：，"
    )


def _annex_heading(text: str, language: Language) -> bool:
    """Does ``text`` head an annex: "Annex", "Annex to the letter dated ...", Chinese
    "2005年10月1日...给秘书长的信的附件" (the word last), a short line with no stop?"""
    if _starts_with_any(text, language.annex):
        return True
    return language.code == "zh" and text.endswith("附件") and _size(text) <= 80


def _caseless(char: str) -> bool:
    """A letter of a script without case (Arabic, Chinese): never true for English."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _assign_kinds(raw: list[_Raw], language: Language) -> list[_Raw]:
    seen_title = False
    for i, seg in enumerate(raw):
        if seg.kind == HEADING:
            if _annex_heading(seg.text, language):
                seg.kind = ANNEX
            elif not seg.number and not seg.label and (not seen_title or (i > 0 and raw[i - 1].kind == ANNEX)):
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
                _size(seg.text) < 120
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
    text = without_kashida(text)
    english = re.fullmatch(r"[^\W\d][\w .'\-]{1,40},\s*\S.{0,30}\d{4}\S{0,8}\.?", text)
    if english and len(text) < 60:
        return True
    return bool(_PLACE_DATE_TRANSLATED.fullmatch(text)) and len(text) < 70


def _identify(raw: list[_Raw], language: Language) -> Iterable[Segment]:
    counts: dict[str, int] = {}
    index = 0
    for seg in raw:
        seg.text = seg.text.replace("\u00ad", "").strip()  # a soft hyphen no page break followed
        if not seg.text:
            # Nothing a translator could translate (a stray "**", a bullet alone):
            # an empty msgid would be the catalogue's header.
            continue
        if not seg.label and seg.kind in (ANNEX, HEADING, PARAGRAPH):
            seg.label = annex_key(seg.text, language.code)  # "Annex II" alone anchors like a label
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
            label=seg.label,
            markup=seg.markup,
            emphasis=seg.emphasis,
        )
        index += 1


__all__ = ["HEADING_KINDS", "normalise_text", "segment_id", "segment_text"]
