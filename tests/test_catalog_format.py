"""Catalogues written exactly as GNU gettext writes them: msgcat leaves them unchanged."""

from __future__ import annotations

import ctypes
import ctypes.util
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import _unicode_tables, catalog, linebreak, poformat
from pipeline.formats import directive_interiors

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ["locales/A_68_500.pot"] + [
    f"locales/{lang}/LC_MESSAGES/A_68_500.po" for lang in ("ar", "zh", "en", "fr", "ru", "es")
]
needs_gettext = pytest.mark.skipif(
    shutil.which("msgcat") is None, reason="GNU gettext's msgcat is not installed (.ci/run installs it)"
)


def _msgcat(text: str) -> str:
    # --force-po: msgcat writes nothing for a catalogue holding only its header.
    result = subprocess.run(["msgcat", "--force-po", "-"], input=text.encode("utf-8"), capture_output=True)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return result.stdout.decode("utf-8")


def _catalog(*entries: polib.POEntry, header: str = "") -> polib.POFile:
    po = polib.POFile()
    po.header = header
    po.metadata = {"Language": "fr", "Content-Type": "text/plain; charset=UTF-8"}
    for entry in entries:
        po.append(entry)
    return po


def _body(po: polib.POFile) -> str:
    """The text after the header entry."""
    return poformat.render_po(po).split("\n\n", 1)[1]


# -- the shipped catalogues ------------------------------------------------------


@pytest.mark.parametrize("path", SHIPPED)
def test_shipped_catalog_reads_and_writes_back_to_the_same_text(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert catalog.render_catalog(catalog.parse_catalog(text, path)) == text


@needs_gettext
@pytest.mark.parametrize("path", SHIPPED)
def test_msgcat_leaves_shipped_catalog_unchanged(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert _msgcat(text) == text
    check = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(ROOT / path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


# -- what GNU does that polib did not --------------------------------------------

LONG_EN = (
    "Annex to the letter dated 26 September 2013 from the Permanent Representative of Belarus to the "
    "United Nations addressed to the Secretary-General"
)


def test_english_wraps_after_spaces_and_hyphens_within_79_columns() -> None:
    body = _body(_catalog(polib.POEntry(msgid=LONG_EN, msgstr="")))
    assert body.split("\n")[:4] == [
        'msgid ""',
        '"Annex to the letter dated 26 September 2013 from the Permanent "',
        '"Representative of Belarus to the United Nations addressed to the Secretary-"',
        '"General"',
    ]


def test_chinese_wraps_between_ideographs_counting_two_columns_each() -> None:
    text = "联合国大会" * 20  # 100 ideographs, 200 columns
    lines = _body(_catalog(polib.POEntry(msgid="x", msgstr=text))).split("\n")
    assert lines[1] == 'msgstr ""'
    assert [len(line) for line in lines[2:5]] == [40, 40, 26]  # 38 ideographs (76 columns) and quotes


def test_fuzzy_flag_dropped_without_translation_and_unknown_flags_dropped() -> None:
    untranslated = polib.POEntry(msgid="a", msgstr="", flags=["fuzzy", "hexaglot-whatever"])
    ordered = polib.POEntry(msgid="b", msgstr="B", flags=["no-wrap", "python-format", "c-format", "fuzzy"])
    body = _body(_catalog(untranslated, ordered))
    assert body == 'msgid "a"\nmsgstr ""\n\n#, fuzzy, c-format, python-format, no-wrap\nmsgid "b"\nmsgstr "B"\n'


def test_obsolete_entries_go_last_and_those_without_translation_are_dropped() -> None:
    kept = polib.POEntry(msgid="old", msgstr="ancien", obsolete=True, previous_msgid="older", flags=["fuzzy"])
    gone = polib.POEntry(msgid="gone", msgstr="", obsolete=True)
    active = polib.POEntry(msgid="new", msgstr="nouveau")
    body = _body(_catalog(kept, gone, active))
    assert body == (
        'msgid "new"\nmsgstr "nouveau"\n\n#, fuzzy\n#~| msgid "older"\n#~ msgid "old"\n#~ msgstr "ancien"\n'
    )


def test_references_lose_repeats_and_dot_slash_and_fill_79_columns() -> None:
    occurrences = [("./source/en/A_68_500.txt", "12"), ("source/en/A_68_500.txt", "012")]
    occurrences += [(f"source/en/A_68_{n}.txt", str(n)) for n in range(500, 503)]
    occurrences += [("x" * 62 + ".txt", "9"), ("y.txt", "1"), ("z.txt", "2")]  # 79 columns, then one too many
    lines = _body(_catalog(polib.POEntry(msgid="a", msgstr="", occurrences=occurrences))).split("\n")
    assert lines[:4] == [
        "#: source/en/A_68_500.txt:12 source/en/A_68_500.txt:500",
        "#: source/en/A_68_501.txt:501 source/en/A_68_502.txt:502",
        "#: " + "x" * 62 + ".txt:9 y.txt:1",
        "#: z.txt:2",
    ]
    assert len(lines[2]) == 79


def test_comments_are_never_wrapped() -> None:
    note = "hexaglot: aligned from source/fr/A_68_500.txt:15, 1-2 bead, confidence 1.00 [sha 0123abcd]"
    body = _body(_catalog(polib.POEntry(msgid="a", msgstr="b", tcomment=note, comment="x " * 50)))
    assert body.split("\n")[:2] == [f"# {note}", "#. " + "x " * 49 + "x "]


def test_no_wrap_flag_keeps_a_long_string_on_one_line() -> None:
    lines = _body(_catalog(polib.POEntry(msgid=LONG_EN, msgstr="", flags=["no-wrap"]))).split("\n")
    assert lines[1] == f'msgid "{LONG_EN}"'


def test_c_format_directive_is_never_split() -> None:
    # Between the two signs of "%%" is a break opportunity in plain text, not in a c-format directive.
    value = "x" * 75 + "%%abc %+d"
    assert directive_interiors("c", value, msgstr=False) == frozenset({76, 82, 83})
    plain = _body(_catalog(polib.POEntry(msgid=value, msgstr="")))
    formatted = _body(_catalog(polib.POEntry(msgid=value, msgstr="", flags=["c-format"])))
    assert plain.split("\n")[1:3] == ['"' + "x" * 75 + '%"', '"%abc %+d"']
    assert formatted.split("\n")[1:4] == ['msgid ""', '"' + "x" * 75 + '%%abc "', '"%+d"']


def test_header_keeps_the_order_it_was_read_in() -> None:
    text = 'msgid ""\nmsgstr ""\n"X-Generator: Poedit 3.4\\n"\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    assert catalog.render_catalog(catalog.parse_catalog(text, "fr.po")) == text


# -- reading back what GNU wrote -------------------------------------------------


def test_reader_keeps_obsolete_previous_msgid_comment_spaces_and_empty_lines() -> None:
    text = (
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        "#\n#\n# checked by the Section  \n#.\n#. masthead\n"
        'msgid "a"\nmsgstr "b"\n\n'
        '#, fuzzy\n#~| msgid "older"\n#~ msgid "old"\n#~ msgstr "ancien"\n'
    )
    po = catalog.parse_catalog(text, "fr.po")
    assert po[0].tcomment == "\n\nchecked by the Section  "
    assert po[1].previous_msgid == "older"
    assert catalog.render_catalog(po) == text


def test_provenance_note_wrapped_by_polib_is_still_recognised() -> None:
    entry = polib.POEntry(msgid="United Nations", msgstr="Nations Unies")
    entry.tcomment = (
        "Checked.\nhexaglot: aligned from source/fr/A_68_500.txt:1, 1-1 bead, confidence 1.00\n"
        f"[sha {catalog.text_sha('Nations Unies')}]"
    )
    assert catalog.is_ours(entry)
    assert catalog._without_provenance(entry.tcomment) == "Checked."


# -- against GNU itself ----------------------------------------------------------

LATIN = "abcdefghijklmnopqrstuvwxyzéèàçñüöß"
SCRIPTS = {
    "en": LATIN,
    "fr": LATIN + "«»’",
    "es": LATIN + "¿¡",
    "ru": "абвгдежзийклмнопрстуфхцчшщыэюяАБВГД",
    "ar": "ابتثجحخدذرسشصضطظعغفقكلمنهوي٠١٢٣٤٥٦٧٨٩،؛؟\u0640\u064b\u064e\u0650\u0651",
    "zh": "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会",
}
PUNCTUATION = list(".,;:!?()[]{}\"'/\\%$#&*+=<>|~@^_`-–—") + list("。，、：；！？（）《》「」…")
SPECIAL = ["\n", "\t", "\r", "\u00a0", "\u3000", "\u200b", "\u200d", "\u200f", "\u0301", "\u2028", "\u00ad", "\x01"]
EMOJI = ["\U0001F600", "\U0001F466\U0001F3FB", "\U0001F1EB\U0001F1F7", "\U0001F468\u200d\U0001F469\u200d\U0001F467"]
DIRECTIVES = ["%s", "%d", "%+d", "% d", "%%", "%5.2f", "%1$s", "%(name)s", "%(na me)s", "%-10s", "%y", "% 10m", "%lf",
              "%hs", "%<PRIdLEAST8>", "%<PRId7>", "%1$%", "%*.*f", "% +d"]

word = st.one_of(
    st.builds(lambda script, n, seed: "".join(SCRIPTS[script][(seed * 7 + i * 13) % len(SCRIPTS[script])] for i in range(n)),
              st.sampled_from(sorted(SCRIPTS)), st.integers(1, 90), st.integers(0, 1000)),
    st.sampled_from(PUNCTUATION + SPECIAL + EMOJI + DIRECTIVES + ["2013", "A/68/500", "1,000.5", "٢٠١٣", "(a)"]),
)
separator = st.sampled_from([" ", " ", " ", "", "  ", "\u3000", "\n", " - "])
text = st.lists(st.tuples(word, separator), max_size=40).map(lambda parts: "".join(w + s for w, s in parts))
comment_line = st.text(st.sampled_from(LATIN + "ابت中文 -:[]"), max_size=90).map(lambda s: s.rstrip("\\"))
comment = st.lists(comment_line, min_size=1, max_size=3).map("\n".join)
reference = st.tuples(
    st.sampled_from(["source/en/A_68_500.txt", "./a.c", "données/é.txt", "中文/文件.txt", "src/" + "x" * 60 + ".c"]),
    st.integers(1, 9999).map(str),
)
flags = st.lists(st.sampled_from(["fuzzy", "no-wrap", "wrap", "c-format", "python-format", "no-c-format", "possible-c-format",
                                   "impossible-python-format", "range: 1..3", "range: 2..2", "range: 5..2", "x-unknown"]),
                 max_size=3, unique=True)


@st.composite
def entries(draw) -> list[polib.POEntry]:
    result = []
    for number in range(draw(st.integers(1, 6))):
        entry = polib.POEntry(msgid=f"{draw(text)} #{number}", msgstr=draw(text))
        entry.flags = draw(flags)
        if draw(st.booleans()):
            entry.tcomment = draw(comment)
        if draw(st.booleans()):
            entry.comment = draw(comment)
        entry.occurrences = draw(st.lists(reference, max_size=8))
        if draw(st.integers(0, 4)) == 0:
            entry.msgctxt = draw(text)
        if draw(st.integers(0, 4)) == 0:
            entry.previous_msgid = draw(text)
        if draw(st.integers(0, 5)) == 0:
            entry.msgid_plural = draw(text) + " (plural)"
            entry.msgstr_plural = {k: draw(text) for k in range(draw(st.integers(1, 6)))}
        if draw(st.integers(0, 5)) == 0:  # as msgmerge leaves them: no extracted comment, no reference
            entry.obsolete, entry.comment, entry.occurrences = True, "", []
        result.append(entry)
    return result


header = st.lists(st.text(st.sampled_from(LATIN), min_size=1, max_size=3).flatmap(
    lambda first: comment_line.map(lambda rest: first + rest)), min_size=1, max_size=3).map("\n".join)


@needs_gettext
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(entries(), st.sampled_from(sorted(SCRIPTS)), header)
def test_rendering_is_what_msgcat_writes_and_reads_back_the_same(batch, lang, header) -> None:
    po = _catalog(*batch, header=header)
    po.metadata["Language"] = lang
    po.metadata["Plural-Forms"] = "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : 4);"
    ours = catalog.render_catalog(po)
    # GNU writing the same entries: polib's text, unwrapped, through msgcat.
    po.wrapwidth = 0
    assert _msgcat(po.__unicode__()) == ours
    # GNU reading and writing ours changes nothing; nor does reading it back here.
    assert _msgcat(ours) == ours
    assert catalog.render_catalog(catalog.parse_catalog(ours, f"{lang}.po")) == ours


# -- the line breaker against libunistring itself ----------------------------------


def _libunistring() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("unistring")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
        number = ctypes.c_int.in_dll(lib, "_libunistring_version").value
    except (OSError, ValueError):
        return None
    return lib if f"{number >> 16}.{(number >> 8) & 0xFF}" == _unicode_tables.LIBUNISTRING else None


LIB = _libunistring()
needs_libunistring = pytest.mark.skipif(
    LIB is None, reason=f"libunistring {_unicode_tables.LIBUNISTRING}, which GNU gettext links, is not loadable"
)


def _gnu_breaks(line: str, width: int, start: int, prohibited: set[int]) -> list[int]:
    assert LIB is not None
    data = line.encode("utf-8")
    offsets = [len(line[:i].encode("utf-8")) for i in range(len(line))]
    overrides = bytearray(len(data))
    for i in prohibited:
        overrides[offsets[i]] = 1  # UC_BREAK_PROHIBITED
    out = ctypes.create_string_buffer(max(len(data), 1))
    function = LIB.u8_width_linebreaks_v2
    function.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int,
                         ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p]
    function(data, len(data), width, start, 0, bytes(overrides) if prohibited else None, b"UTF-8", out)
    return [i for i, offset in enumerate(offsets) if out.raw[offset] == 2]  # UC_BREAK_POSSIBLE


any_char = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")


@needs_libunistring
@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(word, any_char), max_size=30).map("".join), st.integers(1, 40), st.integers(0, 12),
       st.sets(st.integers(0, 60), max_size=4))
def test_line_breaks_are_libunistrings(line, width, start, prohibited) -> None:
    prohibited = {i for i in prohibited if i < len(line)}
    assert linebreak.breaks(line, width, start, prohibited) == _gnu_breaks(line, width, start, prohibited)


@needs_libunistring
def test_width_table_is_libunistrings() -> None:
    assert LIB is not None
    LIB.uc_width.restype = ctypes.c_int
    LIB.uc_width.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
    for code in range(0, 0x110000, 7):  # every seventh code point, all planes
        if 0xD800 <= code < 0xE000:
            continue
        assert linebreak.width(chr(code)) == max(LIB.uc_width(code, b"UTF-8"), 0), hex(code)
