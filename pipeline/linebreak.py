"""Text and a line width -> where GNU gettext breaks the line.

GNU's PO writer wraps strings with libunistring's ``ulc_width_linebreaks``:
break opportunities by Unicode's line-breaking algorithm (UAX #14, as
libunistring 1.0 implements it), then a greedy fill counting East Asian
wide characters as two columns and combining marks as none. This module
is that computation over a Python string, character by character (GNU
works on UTF-8 bytes, but never breaks inside a character, so the
positions are the same). Data: ``_unicode_tables``, read from libunistring.
"""

from __future__ import annotations

from collections.abc import Collection

from . import _unicode_tables as _t

# libunistring's line-breaking classes (lbrktables.h). Below 33 they index
# the pair table; the others are resolved before it is consulted.
WJ, GL, B2, BA, BB, HY, CL, CP1, CP2, EX, IN, NS, OP1, OP2, QU, IS, NU, PO, PR, SY, AL = range(21)
H2, H3, ID1, ID2, JL, JV, JT, HL, RI, ZWJ, EB, EM = range(21, 33)
BK, CR, LF, CM, ZW, SP, CB, AI, SA, XX = range(33, 43)
_HL_BA = 100  # Hebrew letter followed by a hyphen or break-after: a state, not a class

_DIRECT, _INDIRECT = 1, 2


def _expand(runs: str) -> str:
    """``start:value`` runs -> one character per code point, ``chr(value)``."""
    pieces: list[str] = []
    previous_start, previous_value = 0, 0
    for token in runs.split():
        start_hex, value = token.split(":")
        start = int(start_hex, 16)
        if start:
            pieces.append(chr(previous_value) * (start - previous_start))
        previous_start, previous_value = start, int(value)
    pieces.append(chr(previous_value) * (0x110000 - previous_start))
    return "".join(pieces)


# Tables for str.translate: code point -> chr(class) and chr(columns).
_CLASS = _expand("".join(_t.LINE_BREAK_RUNS))
_WIDTH = _expand("".join(_t.WIDTH_RUNS))
_PAIRS = [list(_t.PAIRS[row * 33 : (row + 1) * 33]) for row in range(33)]
# Classes that libunistring resolves before the pair table (non-CJK encoding).
_RESOLVE = {AI: AL, CB: ID1, SA: AL, XX: AL}


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal, as libunistring counts them
    (wide characters two, combining marks and control characters none)."""
    if text.isascii() and text.isprintable():
        return len(text)
    return sum(text.translate(_WIDTH).encode("latin-1"))


def breaks(text: str, line_width: int, start_column: int = 0, prohibited: Collection[int] = ()) -> list[int]:
    """Indices of ``text`` before which a line break is inserted.

    As ``ulc_width_linebreaks(text, n, line_width, start_column, 0,
    overrides, "UTF-8", result)``: the first line starts at
    ``start_column``, the others at 0; no line is made longer than
    ``line_width`` columns unless a single unbreakable piece is. Indices in
    ``prohibited`` are the overrides that forbid a break before them.
    Mandatory breaks (U+2028 and the like) restart the column count but are
    not reported, as GNU's PO writer does not break there either.
    """
    if start_column + width(text) <= line_width:
        return []  # nothing exceeds the width, so no break is ever inserted
    classes = text.translate(_CLASS).encode("latin-1")
    widths = text.translate(_WIDTH).encode("latin-1")
    pairs = _PAIRS
    result: list[int] = []

    prev_prop = BK  # class of the previous character
    last_prop = BK  # class of the last character that was not a space
    seen_space = False  # a space since last_prop
    ri_count = 0  # regional indicators just before this point

    last_break = -1  # start of the current piece, a break opportunity; -1: none
    last_column = start_column
    piece_width = 0

    for i, prop in enumerate(classes):
        # -- u8_possible_linebreaks: is there an opportunity before character i?
        if prop == BK or prop == LF or prop == CR:
            possible = False
            mandatory = True
            prev_prop = prop
            last_prop = BK
            seen_space = False
        else:
            mandatory = False
            prop = _RESOLVE.get(prop, prop)
            if prop == SP:
                possible = False
                seen_space = True
            elif prop == ZW:
                possible = False
                last_prop = ZW
                seen_space = False
            elif prop == CM or prop == ZWJ:
                if last_prop == BK:
                    possible = False
                    last_prop = AL
                    seen_space = False
                elif last_prop == ZW or seen_space:
                    possible = True
                    last_prop = AL
                    seen_space = False
                else:
                    possible = False  # X CM is treated as X
            else:
                if last_prop == BK:
                    possible = False
                elif last_prop == ZW:
                    possible = True
                elif prev_prop == ZWJ:
                    possible = False
                elif last_prop == RI and prop == RI:
                    possible = seen_space or ri_count % 2 == 0
                elif prev_prop == _HL_BA:
                    possible = False
                else:
                    pair = pairs[last_prop][prop]
                    possible = pair == _DIRECT or (pair == _INDIRECT and seen_space)
                last_prop = prop
                seen_space = False
            prev_prop = _HL_BA if prev_prop == HL and (prop == HY or prop == BA) else prop
        ri_count = ri_count + 1 if prop == RI else 0

        if prohibited and i in prohibited:
            possible = mandatory = False
        # -- u8_width_linebreaks: greedy fill.
        if possible or mandatory:
            if last_break >= 0 and last_column + piece_width > line_width:
                result.append(last_break)
                last_column = 0
        if mandatory:
            last_break = -1
            last_column = 0
            piece_width = 0
        else:
            if possible:
                last_break = i
                last_column += piece_width
                piece_width = 0
            piece_width += widths[i]
    if last_break >= 0 and last_column + piece_width > line_width:
        result.append(last_break)
    return result
