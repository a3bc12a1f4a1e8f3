"""One language version's pieces -> the text PDF extraction gives, and its gold segments.

Everything drawn here is drawn per document and language, as the six PDFs of
one UN document are typeset apart: the form (the Markdown-like form of the
seed, with ``## `` headings, ``- `` item markers and ``**bold**``, or plain
lines hard-wrapped at 60-100 columns with words hyphenated at line ends), the
masthead lines, the pages and their furniture (running headers, page
counters, job numbers, print dates, bar codes), footnotes under a rule, and
where page breaks fall (anywhere: inside a paragraph, between two ideographs,
after a heading, between list items, inside a footnote).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field

from .compose import Draft
from .diverge import Piece
from .labels import LabelStyle, draw_style, printed
from .model import GoldSegment

RULE = "_" * 18
_LANG_LETTER = {"en": "E", "fr": "F", "es": "S", "ru": "R", "ar": "A", "zh": "C"}
_SELF_NAME = {"fr": "Français", "es": "Español", "ru": "Russian", "ar": "Arabic", "zh": "Chinese"}
_RECYCLE = {
    "en": "Please recycle", "fr": "Merci de recycler", "es": "Se ruega reciclar",
    "ru": "Просьба отправить на вторичную переработку", "ar": "الرجاء إعادة الاستعمال", "zh": "请回收",
}
_MARKUP = re.compile(r"\*\*[^*]+\*\*|\*[^*]+\*")
_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_NO_LINE_START = set("，。；：、）》」』”’！？%）")
_NO_LINE_END = set("（《「『“‘")
_HYPHENABLE = re.compile(r"^([(«\"“]?)([^\W\d_]{7,})([.,;:)»\"”]*)$")
_VOWELS = set("aeiouyàâéèêëîïôûùüáíóúаеёиоуыэюя")
# A text that ends a sentence: full stop (footnote mark, closing bracket or quote after it).
_SENTENCE_END = re.compile(r"[.!?。！？](?:\(?\d{1,2}\)?)?[)\]\"”’»）]*\s*$")


def clean(text: str) -> str:
    """A piece's text as a gold segment: markup removed."""
    return text.replace("**", "").replace("*", "")


def _width(text: str) -> int:
    """Columns a line takes: an ideograph or a full-width sign takes two."""
    return len(text) + len(_CJK.findall(text))


@dataclass
class Style:
    """How one language version of one document is typeset and extracted."""

    form: str  # "markdown" or "plain"
    width: int  # columns of a plain line
    hyphenate: bool
    capacity: int  # lines of a page
    header: str  # "symbol" or "titled"
    counter: str  # "n/N", "N/n", "page", "dash"
    job_letter: bool  # the language letter after the job number on later pages
    grouped: bool  # page counter and job number on one line
    order: str  # "counter-first", "job-first", "alternate"
    blank_furniture: bool
    print_dates: bool
    barcode: bool
    recycle: bool
    formfeed: bool
    un_same_line: bool
    organ_on_distr: bool
    distr_same_line: bool
    spaced_un: bool
    dash_items: bool
    italic: str  # "*" or "_"
    bold_titles: str  # "none", "whole", "part"
    glue_signature: bool
    tight_items: bool
    worded_one_line: bool
    notes_blank: bool
    ligatures: bool = False  # the PDF's text layer gives "ﬁ", "ﬂ" glyphs
    soft_hyphen: bool = False  # a word cut at a line end carries U+00AD, not "-"
    labels: LabelStyle = field(default_factory=lambda: LabelStyle("en"))


def draw_layout(lang: str, kind: str, rng: random.Random) -> Style:
    form = "markdown" if rng.random() < 0.45 else "plain"
    old = kind == "plan"
    return Style(
        form=form,
        width=rng.randint(60, 100),
        hyphenate=lang in ("en", "fr", "es", "ru") and rng.random() < 0.75,
        capacity=rng.randint(38, 56),
        header=rng.choice(("symbol", "symbol", "titled")),
        counter=rng.choice(("page", "dash")) if old else ("N/n" if lang == "ar" and rng.random() < 0.4 else "n/N"),
        job_letter=rng.random() < 0.3,
        grouped=rng.random() < 0.5,
        order=rng.choice(("counter-first", "job-first", "alternate")),
        blank_furniture=rng.random() < 0.6,
        print_dates=rng.random() < 0.6,
        barcode=rng.random() < 0.7,
        recycle=rng.random() < 0.6,
        formfeed=rng.random() < 0.15,
        un_same_line=rng.random() < 0.75,
        organ_on_distr=rng.random() < 0.3,
        distr_same_line=lang in ("en", "fr", "es") and rng.random() < 0.5,
        spaced_un=lang == "zh" and rng.random() < 0.35,
        dash_items=rng.random() < 0.8,
        italic=rng.choice(("*", "*", "_")),
        bold_titles=rng.choice(("none", "whole", "part")),
        glue_signature=rng.random() < 0.6,
        tight_items=rng.random() < 0.5,
        worded_one_line=rng.random() < 0.5,
        notes_blank=rng.random() < 0.5,
        ligatures=lang in ("en", "fr", "es") and rng.random() < 0.1,
        soft_hyphen=lang in ("en", "fr", "es", "ru") and rng.random() < 0.1,
        labels=draw_style(lang, rng),
    )


# -- lines of a piece ---------------------------------------------------------------


def _markdown(text: str, style: Style) -> str:
    if style.italic == "_":
        text = re.sub(r"(?<!\*)\*([^*]+)\*(?!\*)", r"_\1_", text)
    return text


def _hyphen_split(word: str, room: int, style: Style, rng: random.Random) -> tuple[str, str] | None:
    """A word cut at a line end: at its own hyphen, or hyphenated between two letters."""
    if "-" in word[1:-1]:
        at = word.rfind("-", 0, room)
        if at > 0 and word[at - 1].isalpha() and word[at + 1 : at + 2].isalpha() and rng.random() < 0.5:
            return word[: at + 1], word[at + 1 :]
    if not style.hyphenate:
        return None
    match = _HYPHENABLE.match(word)
    if match is None or room < 5:
        return None
    lead, core, tail = match.groups()
    low = core.lower()

    def syllable(p: int) -> bool:
        # V-CV ("na-tion") or VC-CV ("coor-di"): the break goes before a consonant and its vowel.
        if low[p] in _VOWELS or low[p + 1] not in _VOWELS:
            return False
        return low[p - 1] in _VOWELS or (low[p - 2] in _VOWELS and low[p - 1] != low[p] or low[p - 1] == low[p])

    cuts = [p for p in range(3, len(core) - 2) if len(lead) + p + 1 <= room and syllable(p)]
    if not cuts:
        return None
    p = rng.choice(cuts[-3:])
    return f"{lead}{core[:p]}{chr(0xAD) if style.soft_hyphen else '-'}", f"{core[p:]}{tail}"


def wrap(text: str, width: int, lang: str, style: Style, rng: random.Random) -> list[str]:
    """Hard-wrapped lines; joined again by the rules a reader applies they give ``text``."""
    if lang == "zh":
        return _wrap_cjk(text, width)
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= width or not current:
            current = candidate
            continue
        cut = _hyphen_split(word, width - len(current) - 1, style, rng)
        if cut:
            lines.append(f"{current} {cut[0]}")
            current = cut[1]
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Chinese text as (token, space before it): ideographs one by one, Latin runs whole."""
    out: list[tuple[str, bool]] = []
    space = False
    run = ""
    for c in text:
        if c == " ":
            if run:
                out.append((run, space))
                run = ""
            space = True
            continue
        if _CJK.match(c):
            if run:
                out.append((run, space))
                run, space = "", False
            out.append((c, space))
            space = False
        else:
            run += c
    if run:
        out.append((run, space))
    return out


def _breakable_cjk(prev: str, token: str, space: bool) -> bool:
    wide_prev, wide_next = bool(_CJK.match(prev[-1])), bool(_CJK.match(token[0]))
    if space:  # the space goes with the line break: only between two Latin runs, not inside a number
        return not wide_prev and not wide_next and not (prev[-1].isdigit() and token[0].isdigit())
    return (wide_prev or wide_next) and token[0] not in _NO_LINE_START and prev[-1] not in _NO_LINE_END


def _wrap_cjk(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current: list[tuple[str, bool]] = []
    used = 0
    for token, space in _tokens(text):
        w = _width(token) + (1 if space else 0)
        if current and used + w > width:
            # the last place the line may end, at or before here
            k = len(current)
            candidate = (token, space)
            while k > 0 and not _breakable_cjk(current[k - 1][0], candidate[0], candidate[1]):
                candidate = current[k - 1]
                k -= 1
            if k > 0:
                lines.append(_join_tokens(current[:k]))
                current = [(current[k][0], False)] + current[k + 1 :] if k < len(current) else []
                used = sum(_width(t) + (1 if s else 0) for t, s in current)
                if not current:
                    space = False
        current.append((token, space if current else False))
        used += _width(token) + (1 if space and len(current) > 1 else 0)
    if current:
        lines.append(_join_tokens(current))
    return lines


def _join_tokens(tokens: list[tuple[str, bool]]) -> str:
    return "".join((" " if s and k else "") + t for k, (t, s) in enumerate(tokens))


@dataclass
class Block:
    """Printed lines of one gold segment (or of the masthead), placed on pages as a whole or cut."""

    lines: list[str]
    segment: int  # gold segment index, -1 for masthead-only lines
    breakable: bool
    blank_before: bool
    notes: list[int] = field(default_factory=list)  # footnote pieces marked in it
    zh: bool = False
    comma_break: bool = False  # the page ends inside it, right after a comma


def _visual(line: str, width: int) -> int:
    """Lines of the page a printed line takes."""
    if _CJK.search(line) is None:
        return max(1, math.ceil(len(line) / width))
    return max(1, math.ceil(_width(line) / width))


def _cut_line(line: str, share: float, lang: str, style: Style, rng: random.Random) -> tuple[str, str] | None:
    """A long (Markdown-form) line cut by a page break: at a space, between two ideographs, or hyphenated."""
    forbidden = [m.span() for m in _MARKUP.finditer(line)]
    goal = max(1, int(len(line) * share))

    def free(i: int) -> bool:
        return all(not (a <= i < b) for a, b in forbidden)

    if lang == "zh":
        spots = [
            i for i in range(2, len(line) - 2)
            if free(i) and free(i - 1) and re.match("[\u3400-\u9fff]", line[i - 1]) and re.match("[\u3400-\u9fff]", line[i])
        ]
        if not spots:
            return None
        i = min(spots, key=lambda i: abs(i - goal))
        return line[:i], line[i:]
    spots = [
        i for i, c in enumerate(line)
        if c == " " and free(i) and 10 < i < len(line) - 5 and not _SENTENCE_END.search(line[:i])
    ]
    if not spots:
        return None
    i = min(spots, key=lambda i: abs(i - goal))
    if style.hyphenate and rng.random() < 0.25:
        word_end = line.find(" ", i + 1)
        word = line[i + 1 : word_end if word_end > 0 else len(line)]
        cut = _hyphen_split(word, len(word), style, rng)
        if cut and free(i + 1) and (word_end < 0 or free(word_end - 1)):
            return line[:i] + " " + cut[0], cut[1] + (line[word_end:] if word_end > 0 else "")
    return line[:i], line[i + 1 :]


# -- the whole text ------------------------------------------------------------------------


@dataclass
class Page:
    body: list[tuple[list[str], bool]] = field(default_factory=list)  # (lines, blank line before)
    notes: list[list[str]] = field(default_factory=list)
    used: int = 0


def render_language(
    draft: Draft, lang: str, pieces: list[Piece], notes: list[Piece], rng: random.Random
) -> tuple[str, list[GoldSegment], set[str], tuple[str, ...]]:
    """(raw text, gold segments, phenomena, furniture lines) of one language version."""
    style = draw_layout(lang, draft.kind, rng)
    phenomena: set[str] = {f"form-{style.form}"}
    segments: list[GoldSegment] = []
    for piece in [*pieces, *notes]:
        if piece.label:
            phenomena.add(f"label-{piece.label.kind}")
        label, word = printed(piece.label, style.labels) if piece.label else ("", "")
        if piece.note:
            label = "*" if piece.label and piece.label.value[0] == 0 else label
        text = clean(piece.text)
        if not text and label:
            # A heading with no title of its own: the label as printed is its text
            # ("Article premier", "第1条"), and no label beside it.
            text, label = label, ""
            phenomena.add("bare-heading")
        segments.append(
            GoldSegment(
                text=text, kind=piece.kind, label=label,
                key=piece.label.key if piece.label else "", word=word,
                unit=piece.units[0] if not piece.note else -1, marks=piece.marks,
            )
        )
    symbol = draft.symbol + ("*" if lang in draft.reissued else "")
    masthead, body_pieces = _masthead(draft, lang, pieces, segments, style, symbol, phenomena)
    blocks = _blocks(body_pieces, pieces, segments, lang, style, rng, phenomena)
    note_lines = {
        k: _note_lines(piece, segments[len(pieces) + k], lang, style, rng) for k, piece in enumerate(notes)
    }
    for k, piece in enumerate(notes):
        host = draft.footnotes[piece.units[0]].host
        for block in blocks:
            if block.segment >= 0 and host in pieces[block.segment].units:
                block.notes.append(k)
                break
        else:
            if blocks:
                blocks[0].notes.append(k)  # the reissue note: at the foot of the first page
    pages = _paginate(masthead, blocks, note_lines, lang, style, rng, phenomena)
    furniture: list[str] = []
    text = _print_pages(draft, lang, pages, style, symbol, rng, phenomena, furniture)
    return text, segments, phenomena, tuple(dict.fromkeys(furniture))


def _masthead(
    draft: Draft, lang: str, pieces: list[Piece], segments: list[GoldSegment], style: Style, symbol: str,
    phenomena: set[str],
) -> tuple[list[str], list[int]]:
    """The first page's masthead lines, and the indices of the pieces that follow it."""
    front = [k for k, p in enumerate(pieces) if p.role in ("un", "organ", "distr", "date", "original", "session", "agenda", "agenda-title")]
    by_role: dict[str, list[str]] = {}
    for k in front:
        by_role.setdefault(pieces[k].role, []).append(segments[k].text)
    un = by_role["un"][0]
    if style.spaced_un:
        un = " ".join(un)
        phenomena.add("spaced-masthead")
    lines = [f"{un} {symbol}"] if style.un_same_line else [un, symbol]
    lines += ["", "", ""] if style.blank_furniture else [""]
    organs = by_role.get("organ", [])
    distr = by_role["distr"][0]
    date = by_role["date"][0]
    first_organs = organs[:2] if len(organs) > 1 and draft.kind == "letter" else organs[:1]
    if first_organs and style.organ_on_distr:
        lines += first_organs[:-1]
        lines.append(f"{first_organs[-1]} {distr}")
    else:
        if first_organs:
            lines += [*first_organs, ""]
        lines.append(distr)
    if style.distr_same_line:
        lines[-1] += f" {date}"
    else:
        lines.append(date)
    if lang != draft.original and lang != "en":
        lines.append(_SELF_NAME[lang])
    lines += ["", by_role["original"][0], ""]
    for organ in organs[len(first_organs):]:
        lines.append(organ)
    for role in ("session", "agenda"):
        lines += by_role.get(role, [])
    for title in by_role.get("agenda-title", []):
        if style.form == "plain" and len(title) > 50 and lang != "zh" and " " in title:
            lines += _plain_wrap(title, max(40, len(title) // 2 + 5))
            phenomena.add("agenda-title-wrapped")
        else:
            lines.append(title)
    taken = set(front)
    rest = [k for k in range(len(pieces)) if k not in taken]
    return lines, rest


def _plain_wrap(text: str, width: int) -> list[str]:
    """Lines cut at spaces only (the narrow masthead column)."""
    lines = [""]
    for word in text.split(" "):
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}" if lines[-1] else word
    return lines


def _label_text(segment: GoldSegment, text: str, lang: str, style: Style) -> str:
    if not segment.label:
        return text
    space = "" if lang == "zh" and segment.label[:1] in "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩" and style.form == "plain" else " "
    return f"{segment.label}{space}{text}"


def _blocks(
    indices: list[int], pieces: list[Piece], segments: list[GoldSegment], lang: str, style: Style,
    rng: random.Random, phenomena: set[str],
) -> list[Block]:
    blocks: list[Block] = []
    previous_group = -2
    k = 0
    while k < len(indices):
        s = indices[k]
        seg = segments[s]
        piece_text = pieces[s]
        md = style.form == "markdown"
        text = _markdown(piece_text.text, style) if md else clean(piece_text.text)
        blank = True
        if piece_text.role == "item" and piece_text.group == previous_group and style.tight_items:
            blank = False
        previous_group = piece_text.group if piece_text.role == "item" else -2
        if piece_text.role in ("title", "heading"):
            if seg.word and not seg.label:  # a label with no title: "## Article 1" alone
                heading = [f"## {seg.text}"] if md else [seg.text]
            elif seg.word:
                phenomena.add("worded-heading")
                if md:
                    heading = [f"## {seg.label} {text}"] if style.worded_one_line else [f"## {seg.label}", f"## {text}"]
                else:
                    heading = [seg.label, *wrap(text, style.width, lang, style, rng)]
            else:
                full = _label_text(seg, text, lang, style)
                if md:
                    if style.bold_titles == "whole" and piece_text.role == "title":
                        full = f"**{full}**"
                    elif style.bold_titles == "part" and piece_text.role == "title" and " " in full:
                        head, _, tail = full.rpartition(" ")
                        full = f"**{head}** {tail}"
                    heading = [f"## {full}"]
                else:
                    heading = wrap(full, style.width, lang, style, rng)
            blocks.append(Block(heading, s, False, True, zh=lang == "zh"))
            k += 1
            continue
        if piece_text.role == "signature":
            name_line = text
            nxt = indices[k + 1] if k + 1 < len(indices) else -1
            if md and style.glue_signature and nxt >= 0 and pieces[nxt].role == "signature" and " " in name_line:
                first, _, last = name_line.rpartition(" ")
                glued = f"{first} **{last}**{_markdown(pieces[nxt].text, style)}"
                blocks.append(Block([glued], s, False, True))
                blocks.append(Block([], nxt, False, False))
                phenomena.add("glued-bold")
                k += 2
                continue
            lines = [name_line]
            if style.form == "plain" and len(name_line) > 45 and lang not in ("zh", "ar"):
                lines = _signature_wrap(name_line, lang)
            blocks.append(Block(lines, s, False, k == 0 or pieces[indices[k - 1]].role != "signature"))
            k += 1
            continue
        full = _label_text(seg, text, lang, style)
        if md:
            if seg.label and style.dash_items and piece_text.kind == "numbered paragraph":
                full = "- " + full
            lines = [full]
        else:
            lines = wrap(full, style.width, lang, style, rng)
        if style.ligatures:
            lines = [line.replace("fi", "\ufb01").replace("fl", "\ufb02") for line in lines]
            phenomena.add("ligatures")
        block = Block(lines, s, piece_text.role in ("body", "item", "note"), blank, zh=lang == "zh")
        # The first operative paragraph after a preamble whose paragraphs end
        # with a comma: a page break right after a comma inside it reads like
        # the end of one more preambular paragraph unless its number is heeded.
        previous = pieces[indices[k - 1]] if k else None
        if (
            piece_text.label is not None and piece_text.label.kind == "num" and piece_text.kind == "numbered paragraph"
            and previous is not None and previous.kind == "preamble" and previous.text.rstrip()[-1:] in ",،，"
            and _comma_spots(lines, lang) and rng.random() < 0.5
        ):
            block.comma_break = True
        blocks.append(block)
        k += 1
    if style.soft_hyphen and any("\u00ad" in line for b in blocks for line in b.lines):
        phenomena.add("soft-hyphen")
    return blocks


_OPEN_WORDS = {"of", "the", "to", "de", "du", "la", "del", "при", "в", "по"}


def _signature_wrap(line: str, lang: str) -> list[str]:
    """A long signature title on two lines, cut inside a phrase (after 'of the', 'de la', 'при')."""
    words = line.split(" ")
    best = None
    for i in range(2, len(words) - 1):
        if words[i - 1].lower() in _OPEN_WORDS and len(" ".join(words[:i])) <= 48:
            best = i
    if best is None:
        return [line]
    return [" ".join(words[:best]), " ".join(words[best:])]


def _note_lines(piece: Piece, seg: GoldSegment, lang: str, style: Style, rng: random.Random) -> list[str]:
    mark = "*" if piece.label and piece.label.value[0] == 0 else seg.label
    text = f"{mark} {seg.text}"
    if style.form == "markdown":
        return [text]
    return wrap(text, style.width, lang, style, rng)


def _paginate(
    masthead: list[str], blocks: list[Block], note_lines: dict[int, list[str]], lang: str, style: Style,
    rng: random.Random, phenomena: set[str],
) -> list[Page]:
    width = style.width
    pages = [Page(body=[(masthead, False)], used=len(masthead) + 2)]
    carry: list[str] = []  # the rest of a footnote cut by the page break

    def new_page() -> Page:
        nonlocal carry
        page = Page(used=2)
        if carry:
            page.notes.append(carry)
            page.used += sum(_visual(x, width) for x in carry) + 1
            carry = []
        pages.append(page)
        return page

    page = pages[0]
    capacity = style.capacity + rng.randint(-4, 4)
    for n, block in enumerate(blocks):
        if not block.lines:
            continue
        lines = list(block.lines)
        blank = block.blank_before and bool(page.body)
        continued = False
        while lines:
            need = sum(_visual(x, width) for x in lines) + (1 if blank else 0)
            room = capacity - page.used - (1 if blank else 0)
            if block.comma_break and not continued and room >= 1:
                # The page ends right after a comma inside this paragraph, wherever it stands.
                cut = _comma_cut(lines, room, width, lang)
                if cut is not None and cut[1]:
                    page.body.append((cut[0], blank))
                    page.used = capacity
                    phenomena.add("break-after-comma-operative")
                    page = new_page()
                    capacity = style.capacity + rng.randint(-4, 4)
                    lines, blank, continued = cut[1], False, True
                    continue
            if need <= capacity - page.used or not page.body and not page.notes and need > capacity:
                page.body.append((lines, blank))
                page.used += need
                lines = []
                break
            if block.breakable and room >= 1:
                head, tail = _split_block(lines, room, lang, style, rng)
                if head:
                    page.body.append((head, blank))
                    page.used = capacity
                    phenomena.add("break-in-paragraph")
                    if block.zh:
                        phenomena.add("break-between-ideographs")
                    if continued:
                        phenomena.add("break-twice")
                    page = new_page()
                    capacity = style.capacity + rng.randint(-4, 4)
                    lines, blank, continued = tail, False, True
                    continue
            if page.body:
                previous = blocks[n - 1] if n else None
                if previous is not None and previous.breakable is False and previous.segment >= 0 and not continued:
                    phenomena.add("break-after-heading")
                elif previous is not None and previous.lines and previous.lines[-1][-1:] not in ".。":
                    phenomena.add("break-after-open-item")
                else:
                    phenomena.add("break-between-blocks")
            page = new_page()
            capacity = style.capacity + rng.randint(-4, 4)
            blank = False
        for k in block.notes:
            lines = note_lines[k]
            need = sum(_visual(x, width) for x in lines) + (0 if page.notes else 2)
            if page.used + need > capacity and len(lines) >= 2 and rng.random() < 0.7:
                cut = max(1, len(lines) // 2)
                page.notes.append(lines[:cut])
                carry = lines[cut:]
                page.used = capacity
                phenomena.add("break-in-footnote")
                continue
            if page.used + need > capacity and style.form == "markdown" and rng.random() < 0.5:
                cut_line = _cut_line(lines[0], 0.5, lang, style, rng)
                if cut_line:
                    page.notes.append([cut_line[0]])
                    carry = [cut_line[1], *lines[1:]]
                    page.used = capacity
                    phenomena.add("break-in-footnote")
                    continue
            page.notes.append(lines)
            page.used += need
    if carry:
        new_page()
    return pages


def _comma_spots(lines: list[str], lang: str) -> list[tuple[int, int]]:
    """(line, offset after the comma) where a page may end right after a comma inside the
    text: the word after it in lower case, or in a script without case (Arabic, Chinese)."""
    spots = []
    for n, line in enumerate(lines):
        forbidden = [m.span() for m in _MARKUP.finditer(line)]
        for m in re.finditer(r"[,،](?= (\w))|，(?=(\w))", line):
            after = m.group(1) or m.group(2)
            free = all(not (a <= m.start() < b) for a, b in forbidden)
            if free and not after.isupper() and not after.isdigit() and m.start() > 3:
                spots.append((n, m.end()))
    return spots


def _comma_cut(lines: list[str], room: int, width: int, lang: str) -> tuple[list[str], list[str]] | None:
    """The block cut right after its last comma whose first part fits in ``room`` lines."""
    best = None
    for n, at in _comma_spots(lines, lang):
        head = [*lines[:n], lines[n][:at]]
        if sum(_visual(x, width) for x in head) <= room:
            best = (head, ([lines[n][at:].lstrip(" ")] if lines[n][at:].strip() else []) + lines[n + 1 :])
    return best


def _split_block(lines: list[str], room: int, lang: str, style: Style, rng: random.Random) -> tuple[list[str], list[str]]:
    """The part of a block that fits in ``room`` lines, and the rest for the next page.

    Never right after a sentence: a page that ends with a full stop and a
    next page that starts a sentence do not say whether the paragraph goes
    on, so the gold would be a guess (a real PDF keeps the indent that tells).
    """
    width = style.width
    head: list[str] = []
    used = 0
    for k, line in enumerate(lines):
        v = _visual(line, width)
        if used + v <= room:
            head.append(line)
            used += v
            continue
        if v > 1 and room - used >= 1:
            cut = _cut_line(line, (room - used) / v, lang, style, rng)
            if cut:
                return head + [cut[0]], [cut[1], *lines[k + 1 :]]
        break
    else:
        return head, []
    while head and _SENTENCE_END.search(head[-1]):
        head.pop()
    return head, lines[len(head) :]


def _print_pages(
    draft: Draft, lang: str, pages: list[Page], style: Style, symbol: str, rng: random.Random,
    phenomena: set[str], furniture: list[str],
) -> str:
    total = len(pages)
    job = draft.job
    letter = _LANG_LETTER[lang]
    out: list[str] = []
    short = draft.short_title[lang]
    for p, page in enumerate(pages, start=1):
        if p > 1:
            if style.formfeed:
                out.append("\f")
                phenomena.add("formfeed")
            if style.header == "titled":
                out.append(f"{symbol} {short}" if p % 2 == 0 else f"{short} {symbol}")
                phenomena.add("titled-header")
            else:
                out.append(symbol)
            furniture.append(out[-1])
            out.append("")
        for lines, blank in page.body:
            if blank and out and out[-1] != "":
                out.append("")
            out.extend(lines)
        if page.notes:
            out += ["", RULE]
            if style.notes_blank:
                out.append("")
            for lines in page.notes:
                out.extend(lines)
            phenomena.add("footnotes")
        out.append("")
        foot = _foot(draft, lang, p, total, style, rng, job, letter, phenomena)
        furniture.extend(line for line in foot if line)
        out.extend(foot)
        out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + ("\n" if rng.random() < 0.7 else "")


def _foot(
    draft: Draft, lang: str, p: int, total: int, style: Style, rng: random.Random, job: str, letter: str,
    phenomena: set[str],
) -> list[str]:
    """Furniture at a page's foot: job number, print dates and bar code on the first page,
    page counter and job number on the others, 'Please recycle' on the last."""
    digits = re.sub(r"\D", "", job)
    lines: list[str] = []
    if p == 1:
        first = f"{job} ({letter})"
        if style.print_dates:
            d = draft.issued
            stamp = f"{d[2]:02d}{d[1]:02d}{d[0] % 100:02d}"
            first += f" {stamp} {stamp}"
            phenomena.add("print-dates")
        lines.append(first)
        if style.barcode:
            lines += ([""] if style.blank_furniture else []) + [f"*{digits}*"]
            phenomena.add("barcode")
    else:
        if style.counter == "n/N":
            counter = f"{p}/{total}"
        elif style.counter == "N/n":
            counter = f"{total}/{p}"
            phenomena.add("reversed-counter")
        elif style.counter == "page":
            counter = f"Page {p}"
        else:
            counter = f"- {p} -"
        number = f"{job} ({letter})" if style.job_letter else job
        first_counter = style.order == "counter-first" or (style.order == "alternate" and p % 2 == 0)
        pair = [counter, number] if first_counter else [number, counter]
        if style.grouped:
            lines.append(" ".join(pair))
            phenomena.add("grouped-furniture")
        else:
            lines += [pair[0], *([""] if style.blank_furniture else []), pair[1]]
    if p == total and style.recycle:
        lines += ["", _RECYCLE[lang] + (" \u2672" if rng.random() < 0.5 else "")]
        phenomena.add("recycle")
    return lines

