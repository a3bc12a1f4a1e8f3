"""English structure + one language's catalogue -> the rebuilt document, as text or HTML.

Pure: a ``Document`` (the segmented English original) and a mapping
``msgid -> (msgstr, fuzzy)`` in, a string out; the same inputs give the same
bytes (no dates, no ordering left to chance).

What the output promises, in every language:

* Structure comes from the English: labels (``segment.label``, the
  canonical key of ``segment.number``) are printed in each language's own
  form (``(a)`` is ``a)`` in French and Spanish, ``а)`` in Russian, ``(أ)``
  in Arabic; ``8.`` is ``8 -`` in Arabic; ``Chapter II`` is ``Глава II``,
  ``الفصل الثاني``, ``第二章``), and Markdown markup (``segment.markup``:
  ``## `` headings, ``- `` list items) is reapplied unchanged. The masthead's first line is the organisation's name (the
  masthead segment, translated) followed by ``doc.symbol``, which is never
  translated. Front-matter segments that stood on one source line stay on
  one line ("Distr.: General 3 October 2013").
* A segment is shown translated only when its msgstr is non-empty and not
  fuzzy. A fuzzy msgstr is a suggestion nobody has confirmed, so it is not
  published: the segment falls back to the English, like an untranslated one.
  Fallbacks are marked:

  - text: the line carries ``[EN] `` (``FALLBACK_MARK``) after its number and
    markup (``- 8. [EN] Welcome the outcome...``), so numbering still lines up;
  - HTML: the element gets ``class="fallback"``, ``lang="en"``,
    ``dir="ltr"``, ``data-status="fuzzy|untranslated"`` and a visible
    ``EN`` badge.

  The source language itself (``en``) never falls back: its text is the
  msgid, so a missing or fuzzy entry there shows the English unmarked.
* Completeness is the share of the document's catalogue entries (distinct
  English texts, as ``msgfmt --statistics`` and the reports count them) that
  are translated and not fuzzy. Like po4a's ``--keep``, a language below
  ``threshold`` (default 0.8, po4a's default) is not published as translated:

  - text: one notice line starting ``[hexaglot] Not published in <Language>:``
    with the figures and the threshold, a blank line, then the English
    rebuild (no partial translation is shown);
  - HTML: an English page (``lang="en"``) whose banner says the same, then
    the English rebuild.

  Percentages are rounded down, so a withheld page never shows a figure that
  reaches its threshold.
* Text output normalises each segment to one line (a newline inside a
  msgstr becomes a space); HTML escapes every piece of text.
* HTML sets ``<html lang dir>`` (Arabic: ``dir="rtl"``), a font stack per
  script (``:lang(zh)`` Simplified Chinese fonts, ``:lang(ar)`` Naskh fonts),
  and isolates LTR runs (symbol, paragraph numbers) with ``<bdi>``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from .labels import render_label
from .languages import LANGUAGES, get_language
from .model import (
    AGENDA,
    AGENDA_TITLE,
    DATE,
    FOOTNOTE,
    FOOTNOTE_RULE,
    FUZZY,
    HEADING_KINDS,
    MASTHEAD,
    SESSION,
    SIGNATURE,
    TRANSLATED,
    UNTRANSLATED,
    Document,
    Segment,
)

SOURCE_LANG = "en"
DEFAULT_THRESHOLD = 0.8  # po4a --keep's default: 80 % translated
FALLBACK_MARK = "[EN] "
NOTICE_PREFIX = "[hexaglot] "
_FRONT_KINDS = frozenset({MASTHEAD, DATE, SESSION, AGENDA, AGENDA_TITLE})
_LIST_MARKUP = ("-", "*", "+")
_NEWLINES = re.compile(r"\s*[\n\r\u2028\u2029\x85]+\s*")

Translations = Mapping[str, tuple[str, bool]]


@dataclass(frozen=True)
class RebuiltSegment:
    """One English segment as a language's rebuild shows it."""

    segment: Segment
    text: str  # the translation, or the English when it falls back
    status: str  # TRANSLATED, FUZZY or UNTRANSLATED (model's statuses)
    number: str = ""  # the segment's label as the page's language prints it

    @property
    def fallback(self) -> bool:
        return self.status != TRANSLATED


@dataclass(frozen=True)
class Completeness:
    """Catalogue entries of one document in one language, as the gate counts them."""

    lang: str
    translated: int  # distinct English texts translated and not fuzzy
    entries: int  # distinct English texts of the document
    threshold: float

    @property
    def share(self) -> float:
        return self.translated / self.entries if self.entries else 1.0

    @property
    def published(self) -> bool:
        return self.share >= self.threshold

    def describe(self) -> str:
        """'26 of 27 entries (96.2%) translated and not fuzzy' in a reader's words."""
        return (
            f"{self.translated} of {self.entries} entries ({_floor_pct(self.share)}) "
            "translated and not fuzzy"
        )


# -- deciding what each segment shows ------------------------------------------


def resolve(doc: Document, translations: Translations, lang: str) -> list[RebuiltSegment]:
    """Each segment's text in ``lang`` and whether it falls back to English."""
    out: list[RebuiltSegment] = []
    for seg in doc.segments:
        msgstr, fuzzy = translations.get(seg.text, ("", False))
        number = label_in(seg, lang)
        if msgstr and not fuzzy:
            out.append(RebuiltSegment(seg, msgstr, TRANSLATED, number))
        elif lang == SOURCE_LANG:
            out.append(RebuiltSegment(seg, seg.text, TRANSLATED, number))
        else:
            status = FUZZY if msgstr and fuzzy else UNTRANSLATED
            out.append(RebuiltSegment(seg, seg.text, status, number))
    return out


def label_in(seg: Segment, lang: str) -> str:
    """The segment's label as ``lang`` prints it; a footnote's mark as printed."""
    if not seg.number or not seg.label or seg.kind == FOOTNOTE:
        return seg.number
    return render_label(seg.label, lang, seg.number)


def completeness(
    doc: Document, translations: Translations, lang: str, threshold: float = DEFAULT_THRESHOLD
) -> Completeness:
    """Share of the document's distinct English texts translated and not fuzzy."""
    status: dict[str, bool] = {}
    for item in resolve(doc, translations, lang):
        status[item.segment.text] = not item.fallback
    return Completeness(lang, sum(status.values()), len(status), threshold)


# -- text ----------------------------------------------------------------------


def rebuild_text(
    doc: Document,
    translations: Translations,
    lang: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> str:
    """The document in ``lang`` as Markdown-flavoured plain text, like source/en/*.txt."""
    get_language(lang)  # an unknown code is a ConfigError, not a silent English page
    score = completeness(doc, translations, lang, threshold)
    if not score.published:
        english = _text_body(resolve(doc, {}, SOURCE_LANG), doc.symbol)
        return f"{NOTICE_PREFIX}{_withheld_sentence(score)}\n\n{english}"
    return _text_body(resolve(doc, translations, lang), doc.symbol)


def _text_body(items: Sequence[RebuiltSegment], symbol: str) -> str:
    out = []
    for block in _layout(items, symbol):
        if block[0].items and block[0].items[0].segment.kind == FOOTNOTE:
            out.append(FOOTNOTE_RULE)  # as the PDF draws it, so the text segments the same again
        out.append("\n".join(_text_line(line, symbol) for line in block))
    return "\n\n".join(out) + "\n"


def _text_line(line: _Line, symbol: str) -> str:
    parts = [_text_item(item) for item in line.items]
    if line.symbol and symbol:
        parts.append(symbol)
    return " ".join(parts)


def _text_item(item: RebuiltSegment) -> str:
    seg = item.segment
    text = _one_line(item.text)
    mark = FALLBACK_MARK if item.fallback else ""
    prefix = seg.markup + (f"{item.number} " if item.number else "")
    if seg.emphasis and seg.kind not in _FRONT_KINDS:
        lead, rest = _split_signed(text, seg)
        text = f"{lead}**{rest}**" if rest else text
    return f"{prefix}{mark}{text}"


def _one_line(text: str) -> str:
    return _NEWLINES.sub(" ", text).strip()


def _split_signed(text: str, seg: Segment) -> tuple[str, str]:
    """'(Signed) Andrei Dapkiunas' -> ('(Signed) ', 'Andrei Dapkiunas'): the name is bold."""
    if seg.kind == SIGNATURE:
        for language in LANGUAGES.values():
            for mark in language.signed:
                if text.startswith(mark + " "):
                    return text[: len(mark) + 1], text[len(mark) + 1 :]
    return "", text


# -- layout shared by text and HTML --------------------------------------------


@dataclass(frozen=True)
class _Line:
    items: tuple[RebuiltSegment, ...]
    symbol: bool = False  # the document symbol closes this line (the masthead's first)


def _layout(items: Sequence[RebuiltSegment], symbol: str) -> list[list[_Line]]:
    """Blocks of lines: front matter by source line, signatures and list runs together."""
    front = 0
    while front < len(items) and items[front].segment.kind in _FRONT_KINDS:
        front += 1
    blocks: list[list[_Line]] = []
    last_line = -10
    for item in items[:front]:
        line_no = item.segment.line
        if blocks and line_no == last_line:
            previous = blocks[-1][-1]
            blocks[-1][-1] = _Line((*previous.items, item), previous.symbol)
        elif blocks and line_no == last_line + 1:
            blocks[-1].append(_Line((item,)))
        else:
            blocks.append([_Line((item,))])
        last_line = line_no
    first_is_name = bool(items) and _is_organisation(items[0].segment)
    if first_is_name:
        blocks[0][0] = _Line(blocks[0][0].items, symbol=True)
    elif symbol:
        blocks.insert(0, [_Line((), symbol=True)])

    previous_group = ""
    for item in items[front:]:
        group = _group(item.segment)
        if group and group == previous_group:
            blocks[-1].append(_Line((item,)))
        else:
            blocks.append([_Line((item,))])
        previous_group = group
    return blocks


def _is_organisation(seg: Segment) -> bool:
    return seg.kind == MASTHEAD and seg.text in get_language(SOURCE_LANG).united_nations


def _group(seg: Segment) -> str:
    """Segments of one group share a block: a signature, a run of list items."""
    if seg.kind == SIGNATURE:
        return "signature"
    if seg.kind == FOOTNOTE:
        return "notes"
    if seg.markup.startswith(_LIST_MARKUP):
        return "list"
    return ""


# -- HTML ----------------------------------------------------------------------


_CSS = """
body { font: 16px/1.6 "Times New Roman", "Noto Serif", "Liberation Serif", serif;
       margin: 0 auto; max-width: 46rem; padding: 2rem 1.5rem; color: #1f2328; }
:lang(en), :lang(fr), :lang(es), :lang(ru) {
       font-family: "Times New Roman", "Noto Serif", "Liberation Serif", serif; }
:lang(zh) { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Noto Sans CJK SC",
       "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "SimSun",
       "WenQuanYi Micro Hei", serif; }
:lang(ar) { font-family: "Noto Naskh Arabic", "Amiri", "Traditional Arabic", "Geeza Pro",
       "Arial", serif; font-size: 1.1em; }
[dir=rtl] { text-align: right; }
.masthead { border-bottom: 2px solid #1f2328; margin-bottom: 1.5rem; }
.masthead p { margin: .1rem 0; }
.symbol { font-weight: bold; }
ul.items { list-style: none; padding: 0; }
ul.items li { margin: .6rem 0; }
.num { display: inline-block; min-width: 2.2em; }
.signature p { margin: 0; }
.footnotes { font-size: .9em; margin-top: 2rem; }
.footnotes hr { width: 30%; margin-inline-start: 0; border: 0; border-top: 1px solid #1f2328; }
.footnotes p { margin: .2rem 0; }
.fallback { background: #fff8c5; }
.fallback-mark { font: bold .7rem system-ui, sans-serif; color: #6e5200; border: 1px solid #bf8700;
       border-radius: .3rem; padding: 0 .25rem; margin-inline-end: .35rem; text-decoration: none; }
.withheld { border: 1px solid #cf222e; background: #ffebe9; padding: .6rem .8rem;
       border-radius: 6px; font-family: system-ui, sans-serif; }
footer { margin-top: 2rem; color: #57606a; font: .8rem system-ui, sans-serif; }
"""


def rebuild_html(
    doc: Document,
    translations: Translations,
    lang: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> str:
    """The document in ``lang`` as one static HTML page (no scripts, no network)."""
    language = get_language(lang)
    score = completeness(doc, translations, lang, threshold)
    if not score.published:
        items = resolve(doc, {}, SOURCE_LANG)
        banner = (
            f'<p class="withheld" role="note" data-completeness="{score.share:.4f}" '
            f'data-threshold="{threshold:.4f}">{escape(_withheld_sentence(score))}</p>\n'
        )
        footer = f"Rebuilt by hexaglot: the {language.name} translation is withheld."
        return _page(doc, items, SOURCE_LANG, banner, footer, status="withheld", score=score)
    items = resolve(doc, translations, lang)
    fallbacks = sum(item.fallback for item in items)
    footer = f"Rebuilt by hexaglot from the {language.name} catalogue: {score.describe()}."
    if fallbacks:
        footer += (
            f" {fallbacks} segment{'s' if fallbacks != 1 else ''} marked EN show the English "
            "original: not yet translated, or a fuzzy suggestion not yet confirmed."
        )
    return _page(doc, items, lang, "", footer, status="published", score=score)


def _page(
    doc: Document,
    items: Sequence[RebuiltSegment],
    lang: str,
    banner: str,
    footer: str,
    *,
    status: str,
    score: Completeness,
) -> str:
    direction = "rtl" if get_language(lang).rtl else "ltr"
    title = next((i.text for i in items if i.segment.kind in HEADING_KINDS), "")
    page_title = " — ".join(filter(None, [doc.symbol, _one_line(title)])) or doc.path
    body = _html_body(items, doc.symbol)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="hexaglot">\n'
        f"<title>{escape(page_title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f'<body data-status="{status}" data-lang="{escape(score.lang)}" '
        f'data-completeness="{score.share:.4f}">\n'
        f'{banner}<main class="document">\n{body}</main>\n'
        f"<footer>{escape(footer)}</footer>\n</body>\n</html>\n"
    )


def _html_body(items: Sequence[RebuiltSegment], symbol: str) -> str:
    blocks = _layout(items, symbol)
    out: list[str] = []
    front_lines = [b for b in blocks if all(_is_front(line) for line in b)]
    if front_lines:
        out.append('<header class="masthead">\n')
        for block in front_lines:
            for line in block:
                out.append(_html_front_line(line, symbol))
        out.append("</header>\n")
    for block in blocks[len(front_lines):]:
        first = block[0].items[0].segment
        group = _group(first)
        if group == "signature":
            out.append('<div class="signature">\n')
            out.extend(f"{_html_element(line.items[0], 'p')}\n" for line in block)
            out.append("</div>\n")
        elif group == "notes":
            out.append('<aside class="footnotes">\n<hr>\n')
            out.extend(f"{_html_element(line.items[0], 'p')}\n" for line in block)
            out.append("</aside>\n")
        elif group == "list":
            out.append('<ul class="items">\n')
            out.extend(f"{_html_element(line.items[0], 'li')}\n" for line in block)
            out.append("</ul>\n")
        else:
            out.append(f"{_html_element(block[0].items[0], _tag(first))}\n")
    return "".join(out)


def _is_front(line: _Line) -> bool:
    return all(item.segment.kind in _FRONT_KINDS for item in line.items)


def _html_front_line(line: _Line, symbol: str) -> str:
    parts = [_html_element(item, "span") for item in line.items]
    if line.symbol and symbol:
        parts.append(f'<bdi class="symbol">{escape(symbol)}</bdi>')
    return f"<p>{' '.join(parts)}</p>\n"


def _tag(seg: Segment) -> str:
    if seg.markup.startswith("#"):
        return f"h{min(6, len(seg.markup.strip()))}"
    if seg.kind in HEADING_KINDS:
        return "h3"
    return "p"


def _html_element(item: RebuiltSegment, tag: str) -> str:
    seg = item.segment
    classes = [_css_class(seg.kind)]
    attrs = ""
    mark = ""
    if item.fallback:
        classes.append("fallback")
        reason = "not yet translated"
        if item.status == FUZZY:
            reason = "a fuzzy suggestion, not yet confirmed"
        attrs = f' lang="{SOURCE_LANG}" dir="ltr" data-status="{item.status}"'
        mark = (
            f'<abbr class="fallback-mark" title="English original shown: {reason}">EN</abbr> '
        )
    text = _one_line(item.text)
    if seg.emphasis and seg.kind not in _FRONT_KINDS:
        lead, rest = _split_signed(text, seg)
        content = f"{escape(lead)}<strong>{escape(rest)}</strong>" if rest else escape(text)
    else:
        content = escape(text)
    number = f'<bdi class="num">{escape(item.number)}</bdi> ' if item.number else ""
    return (
        f'<{tag} class="{" ".join(classes)}" data-id="{escape(seg.id)}"{attrs}>'
        f"{number}{mark}{content}</{tag}>"
    )


def _css_class(kind: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-")


# -- shared wording --------------------------------------------------------------


def _withheld_sentence(score: Completeness) -> str:
    name = get_language(score.lang).name
    return (
        f"Not published in {name}: {score.describe()}; at least {_floor_pct(score.threshold)} "
        "is required. The English original follows."
    )


def _floor_pct(share: float) -> str:
    """One decimal, rounded down: 79.96 % is 79.9 %, never 80.0 %."""
    value = math.floor(share * 1000 + 1e-9) / 10
    return f"{value:.1f}%"


__all__ = [
    "DEFAULT_THRESHOLD",
    "FALLBACK_MARK",
    "NOTICE_PREFIX",
    "Completeness",
    "RebuiltSegment",
    "completeness",
    "label_in",
    "rebuild_html",
    "rebuild_text",
    "resolve",
]
