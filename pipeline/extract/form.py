"""Paragraphs read from a Word or PDF file -> text in the form the segmenter reads.

The form is the seed's (``source/en/A_68_500.txt``): the masthead as one block
of lines, ``## `` before a heading, ``- 1. `` before a labelled paragraph (one
list item per line), ``**bold**`` runs, a blank line between other
paragraphs, and the footnotes last, below the rule ``__________________``,
each opening with its mark. Both readers build ``Para`` records and share this
writer, so a document read from .docx and from .pdf gives the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..languages import get_language
from ..model import FOOTNOTE_RULE

BODY = "body"
HEADING = "heading"
FOOTNOTE = "footnote"

# The masthead ends at the first heading, labelled paragraph or long paragraph,
# as the segmenter decides (segment._FRONT_MATTER_MAX).
FRONT_MATTER_MAX = 160

# A paragraph label typed or drawn at the start of a paragraph: "1.", "1.1",
# "(a)", "a)", "а)", "(أ)", "(iv)", "١.", "1 -" before Arabic, "㈠", "’1‘".
LABEL = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+|[\u0660-\u0669\u06f0-\u06f9]{1,3}\."
    r"|\(\w{1,5}\)|（\w{1,5}）|[^\W\d_]\)|[\u3220-\u3229]|[’‘']\d{1,2}[’‘']"
    r"|\d{1,3}\s?[-\u2013](?=\s+[\u0600-\u06ff]))(?=\s)"
)
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009]+")


@dataclass(frozen=True)
class Run:
    """A piece of text with one weight."""

    text: str
    bold: bool = False


@dataclass
class Para:
    """One paragraph as the page shows it.

    ``lines`` are its forced lines (a line break in Word, a line the layout
    did not fill in a PDF); a wrapped line is not a new line. ``label`` is the
    list label the reader computed or found ("1.", "(a)"), ``mark`` a
    footnote's mark.
    """

    role: str = BODY
    lines: list[list[Run]] = field(default_factory=lambda: [[]])
    label: str = ""
    mark: str = ""

    @property
    def text(self) -> str:
        return " ".join("".join(r.text for r in line) for line in self.lines).strip()


def split_label(paragraph: Para, lang: str) -> Para:
    """A body paragraph whose text opens with a typed label gets it as ``label``."""
    if paragraph.role != BODY or paragraph.label or not paragraph.lines or not paragraph.lines[0]:
        return paragraph
    first = "".join(r.text for r in paragraph.lines[0]).lstrip()
    language = get_language(lang)
    if any(first.startswith(mark) for mark in language.signed):
        return paragraph
    found = LABEL.match(first)
    if not found:
        return paragraph
    label = found.group(0)
    rest = _drop_prefix(paragraph.lines[0], len(first) - len(first.lstrip()) + len(label))
    rest = _drop_prefix(rest, len(_text(rest)) - len(_text(rest).lstrip()))
    return Para(paragraph.role, [rest, *paragraph.lines[1:]], _SPACES.sub(" ", label), paragraph.mark)


def _text(runs: Sequence[Run]) -> str:
    return "".join(r.text for r in runs)


def _drop_prefix(runs: Sequence[Run], count: int) -> list[Run]:
    """The runs without their first ``count`` characters."""
    out: list[Run] = []
    for run in runs:
        if count >= len(run.text):
            count -= len(run.text)
            continue
        out.append(Run(run.text[count:], run.bold))
        count = 0
    return out


def inline(runs: Iterable[Run]) -> str:
    """Runs as one line, bold runs between ``**``, spaces collapsed."""
    merged: list[Run] = []
    for run in runs:
        text = _SPACES.sub(" ", run.text.replace("\n", " "))
        if not text:
            continue
        bold = run.bold and bool(text.strip())
        if merged and merged[-1].bold == bold:
            merged[-1] = Run(merged[-1].text + text, bold)
        else:
            merged.append(Run(text, bold))
    out = []
    for run in merged:
        if not run.bold:
            out.append(run.text)
            continue
        core = run.text.strip()
        lead = run.text[: len(run.text) - len(run.text.lstrip())]
        tail = run.text[len(run.text.rstrip()):]
        out.append(f"{lead}**{core}**{tail}")
    return _SPACES.sub(" ", "".join(out)).strip()


def render(paragraphs: Sequence[Para]) -> str:
    """The paragraphs as the segmenter's text form (see the module's docstring)."""
    body = [p for p in paragraphs if p.role != FOOTNOTE and p.text]
    notes = [p for p in paragraphs if p.role == FOOTNOTE and p.text]
    blocks: list[list[str]] = []
    front = 0
    while front < len(body) and _is_front(body[front]):
        front += 1
    if front:
        blocks.append([inline(line) for p in body[:front] for line in p.lines if inline(line)])
    previous_listed = False
    for paragraph in body[front:]:
        if paragraph.role == HEADING:
            lines = [f"## {_joined(paragraph)}"]
        elif paragraph.label:
            lines = [f"- {paragraph.label} {_joined(paragraph)}"]
        else:
            lines = [inline(line) for line in paragraph.lines if inline(line)]
        listed = bool(paragraph.label) and paragraph.role != HEADING
        if listed and previous_listed:
            blocks[-1].extend(lines)  # a run of list items, one per line
        else:
            blocks.append(lines)
        previous_listed = listed
    if notes:
        blocks.append([FOOTNOTE_RULE, *(f"{p.mark} {_joined(p)}".strip() for p in notes)])
    return "\n\n".join("\n".join(block) for block in blocks if block) + "\n"


def _joined(paragraph: Para) -> str:
    return inline(run for i, line in enumerate(paragraph.lines) for run in ([Run(" ")] if i else []) + line)


def _is_front(paragraph: Para) -> bool:
    if paragraph.role == HEADING or paragraph.label:
        return False
    return all(len(inline(line)) <= FRONT_MATTER_MAX for line in paragraph.lines)


__all__ = ["BODY", "FOOTNOTE", "HEADING", "LABEL", "Para", "Run", "inline", "render", "split_label"]
