"""Text and a line width -> where GNU gettext breaks the line.

GNU's PO writer wraps strings with libunistring's ``ulc_width_linebreaks``:
break opportunities by Unicode's line-breaking algorithm (UAX #14, as
libunistring 1.0 implements it), then a greedy fill counting East Asian
wide characters as two columns and combining marks as none. This module
is that computation over a Python string, character by character (GNU
works on UTF-8 bytes, but never breaks inside a character, so the
positions are the same). Data: ``_unicode_tables``, read from libunistring.

``analyse`` finds the opportunities once per string; ``fill`` places the
breaks for a width and a start column, cheaply, as the PO writer tries two
start columns for a string's first line.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from . import _unicode_tables as _t

# libunistring's line-breaking classes (lbrktables.h). Below 33 they index
# the pair table; the others are resolved before it is consulted.
WJ, GL, B2, BA, BB, HY, CL, CP1, CP2, EX, IN, NS, OP1, OP2, QU, IS, NU, PO, PR, SY, AL = range(21)
H2, H3, ID1, ID2, JL, JV, JT, HL, RI, ZWJ, EB, EM = range(21, 33)
BK, CR, LF, CM, ZW, SP, CB, AI, SA, XX = range(33, 43)
_HL_BA = 100  # Hebrew letter followed by a hyphen or break-after: a state, not a class

_DIRECT, _INDIRECT = 1, 2
# What libunistring resolves before the pair table, for a non-CJK encoding
# such as UTF-8: ambiguous as alphabetic, contingent as ideographic,
# complex-context scripts (Thai...) and unknown as alphabetic.
_RESOLVE = {AI: AL, CB: ID1, SA: AL, XX: AL}


def _expand(runs: str, resolve: dict[int, int] | None = None) -> str:
    """``start:value`` runs -> one character per code point, ``chr(value)``."""
    pieces: list[str] = []
    previous_start, previous_value = 0, 0
    for token in (runs + f" {0x110000:x}:0").split():
        start_hex, value = token.split(":")
        start = int(start_hex, 16)
        if start:
            pieces.append(chr(previous_value) * (start - previous_start))
        previous_start = start
        previous_value = resolve.get(int(value), int(value)) if resolve else int(value)
    return "".join(pieces)


# Tables for str.translate: code point -> chr(class) and chr(columns).
_CLASS = _expand("".join(_t.LINE_BREAK_RUNS), _RESOLVE)
_WIDTH = _expand("".join(_t.WIDTH_RUNS))
_PAIRS = [list(_t.PAIRS[row * 33 : (row + 1) * 33]) for row in range(33)]
_RUNS = re.compile(r"(.)\1*", re.DOTALL)
# Classes whose run is settled by its first character: the rest of the run
# adds breaks only where the class breaks before itself (ideographs...).
_RUN_SETTLED = frozenset(range(33)) - {RI, HY, BA} | {SP, CM, ZWJ}
_SELF_BREAK = frozenset(x for x in range(33) if _PAIRS[x][x] == _DIRECT)


class Analysis(NamedTuple):
    """Break opportunities of a string and its column offsets."""

    events: list[int]  # opportunity before i as i; mandatory break at i as -(i + 1); in order
    columns: list[int]  # columns[i]: width of text[:i]
    mandatory: bool


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal, as libunistring counts them
    (wide characters two, combining marks and control characters none)."""
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(text.translate(_WIDTH).encode("latin-1"))


@lru_cache(maxsize=4096)
def analyse(text: str, prohibited: frozenset[int] = frozenset()) -> Analysis:
    """Opportunities as ``u8_possible_linebreaks_v2``, less the ``prohibited``
    ones (the PO writer's overrides); the text's msgid is analysed once for
    the template and all six catalogues."""
    classes = text.translate(_CLASS)
    if _COMPLEX.search(classes) is None:
        events, mandatory = _plain_opportunities(classes), False
    else:
        events, mandatory = _opportunities(classes)
    if prohibited:
        events = [e for e in events if (e if e >= 0 else -e - 1) not in prohibited]
        mandatory = any(e < 0 for e in events)
    columns = [0, *accumulate(text.translate(_WIDTH).encode("latin-1"))]
    return Analysis(events, columns, mandatory)


# Without these classes, the rules come down to the pair table between a
# character and the last non-space one before it.
_COMPLEX = re.compile("[" + "".join(chr(c) for c in (BK, CR, LF, CM, ZW, ZWJ, RI, HL)) + "]")
_WORD = re.compile(f"[^{chr(SP)}]+")
# Classes no two of which break between them when adjacent: a word made of
# them breaks only before its first character.
_QUIET = (AL, NU, QU, OP1, GL, WJ)
_NOISY = re.compile("[^" + "".join(re.escape(chr(c)) for c in _QUIET) + "]")


def _plain_opportunities(classes: str) -> list[int]:
    events: list[int] = []
    pairs = _PAIRS
    before = -1  # class of the last character of the previous word; -1: none
    for word in _WORD.finditer(classes):
        start = word.start()
        text = word.group()
        if before >= 0 and pairs[before][ord(text[0])] != 3:
            events.append(start)  # spaces between: direct and indirect opportunities alike
        noisy = _NOISY.search(text)
        if noisy is not None:
            previous = ord(text[max(noisy.start(), 1) - 1])
            for k in range(max(noisy.start(), 1), len(text)):
                current = ord(text[k])
                if pairs[previous][current] == _DIRECT:
                    events.append(start + k)
                previous = current
        before = ord(text[-1])
    return events


def _opportunities(classes: str) -> tuple[list[int], bool]:
    """The whole of ``u8_possible_linebreaks_loop``, run by run."""
    events: list[int] = []
    mandatory = False

    prev_prop = BK  # class of the previous character
    last_prop = BK  # class of the last character that was not a space
    seen_space = False  # a space since last_prop
    ri_count = 0  # regional indicators just before this point

    for run in _RUNS.finditer(classes):
        start, end = run.span()
        first = ord(run.group(1))
        settled = first in _RUN_SETTLED
        for i in range(start, start + 1 if settled else end):
            prop = first
            if prop == BK or prop == LF or prop == CR:
                events.append(-(i + 1))
                mandatory = True
                prev_prop = prop
                last_prop = BK
                seen_space = False
            else:
                if prop == SP:
                    seen_space = True
                elif prop == ZW:
                    last_prop = ZW
                    seen_space = False
                elif prop == CM or prop == ZWJ:
                    if last_prop == BK:
                        last_prop = AL
                        seen_space = False
                    elif last_prop == ZW or seen_space:
                        events.append(i)
                        last_prop = AL
                        seen_space = False
                else:
                    if last_prop == BK or prev_prop == ZWJ or prev_prop == _HL_BA:
                        pass
                    elif last_prop == ZW:
                        events.append(i)
                    elif last_prop == RI and prop == RI:
                        if seen_space or ri_count % 2 == 0:
                            events.append(i)
                    else:
                        pair = _PAIRS[last_prop][prop]
                        if pair == _DIRECT or (pair == _INDIRECT and seen_space):
                            events.append(i)
                    last_prop = prop
                    seen_space = False
                prev_prop = _HL_BA if prev_prop == HL and (prop == HY or prop == BA) else prop
            ri_count = ri_count + 1 if prop == RI else 0
        if settled and end - start > 1 and first in _SELF_BREAK:
            events.extend(range(start + 1, end))
    return events, mandatory


def fill(analysis: Analysis, line_width: int, start_column: int = 0) -> list[int]:
    """Indices before which ``u8_width_linebreaks`` inserts a line break.

    The first line starts at ``start_column``, the others at 0; no line is
    made longer than ``line_width`` columns unless a single unbreakable
    piece is. Mandatory breaks (U+2028 and the like) restart the column
    count but are not reported: GNU's PO writer does not break there either.
    """
    columns = analysis.columns
    result: list[int] = []
    last_break = -1  # the opportunity that starts the current piece; -1: none
    last_column = start_column
    piece_start = 0
    for event in analysis.events:
        i = event if event >= 0 else -event - 1
        piece_width = columns[i] - columns[piece_start]
        if last_break >= 0 and last_column + piece_width > line_width:
            result.append(last_break)
            last_column = 0
        if event < 0:
            last_break = -1
            last_column = 0
            piece_start = i + 1
        else:
            last_break = i
            last_column += piece_width
            piece_start = i
    if last_break >= 0 and last_column + columns[-1] - columns[piece_start] > line_width:
        result.append(last_break)
    return result


def any_break(analysis: Analysis, line_width: int, start_column: int) -> bool:
    """Would ``fill`` break the line at all?"""
    if not analysis.mandatory:
        # Without mandatory breaks, a text too wide for its line always breaks
        # at its last opportunity, if it has one, and never otherwise.
        return bool(analysis.events) and start_column + analysis.columns[-1] > line_width
    return bool(fill(analysis, line_width, start_column))


def breaks(text: str, line_width: int, start_column: int = 0, prohibited: Collection[int] = ()) -> list[int]:
    """``ulc_width_linebreaks(text, n, line_width, start_column, 0, overrides,
    "UTF-8", result)``: the indices before which it breaks the line;
    ``prohibited`` are the indices the overrides forbid."""
    if start_column + width(text) <= line_width:
        return []  # nothing exceeds the width, so no break is ever inserted
    return fill(analyse(text, frozenset(prohibited)), line_width, start_column)
