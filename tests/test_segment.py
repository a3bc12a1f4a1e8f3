"""Segmentation of English originals as extracted from UN PDFs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.model import FOOTNOTE, NUMBERED, PLACE_DATE, PREAMBLE, SIGNATURE, TITLE
from pipeline.segment import segment_text

SEED_SEGMENTS = [
    ("masthead", "", "United Nations"),
    ("masthead", "", "Distr.: General"),
    ("date", "", "3 October 2013"),
    ("masthead", "", "Original: English"),
    ("session", "", "Sixty-eighth session"),
    ("agenda", "", "Agenda item 108"),
    ("agenda title", "", "Crime prevention and criminal justice"),
    ("title", "", "Letter dated 26 September 2013 from the Permanent Representative of Belarus"),
    ("paragraph", "", "I have the honour to transmit herewith"),
    ("paragraph", "", "It would be appreciated if you could have the present letter"),
    ("signature", "", "(Signed) Andrei Dapkiunas"),
    ("signature", "", "Ambassador"),
    ("signature", "", "Permanent Representative of the Republic of Belarus to the United Nations"),
    ("annex heading", "", "Annex to the letter dated 26 September 2013"),
    ("title", "", "Declaration on the Global Efforts to Combat Trafficking in Persons"),
    ("preamble", "", "We, the members of the Group of Friends"),
    *[("numbered paragraph", f"{n}.", "") for n in range(1, 11)],
    ("place and date", "", "New York, 26 September 2013"),
]


def test_seed_segments_in_order_with_kinds_and_numbers(seed_text: str) -> None:
    doc = segment_text(seed_text, "en", "source/en/A_68_500.txt")
    assert doc.symbol == "A/68/500"
    got = [(s.kind, s.number, s.text) for s in doc.segments]
    assert len(got) == len(SEED_SEGMENTS)
    for (kind, number, text), (want_kind, want_number, want_start) in zip(got, SEED_SEGMENTS, strict=True):
        assert (kind, number) == (want_kind, want_number), text
        assert text.startswith(want_start)


def test_seed_has_no_furniture_markup_or_glued_words(seed_text: str) -> None:
    doc = segment_text(seed_text)
    for seg in doc.segments:
        assert "2/3" not in seg.text and "13-49986" not in seg.text
        assert "A/68/500" not in seg.text
        assert "*" not in seg.text and not seg.text.startswith(("#", "-"))
        assert not re.match(r"\d+\.\s", seg.text), "paragraph number left in the text"
        assert not re.search(r"[a-z][A-Z][a-z]", seg.text), f"glued words in {seg.text!r}"


def test_seed_paragraph_8_is_whole_across_the_page_break(seed_text: str) -> None:
    doc = segment_text(seed_text)
    eighth = next(s for s in doc.segments if s.number == "8.")
    assert eighth.text.startswith("Welcome the outcome of the workshop")
    assert "such events will continue, thus contributing positively" in eighth.text
    assert eighth.text.endswith("implementation of the Global Plan of Action;")
    assert not any(s.text.startswith("continue,") for s in doc.segments)


def test_seed_ten_numbered_paragraphs_each_its_own_segment(seed_text: str) -> None:
    numbered = [s for s in segment_text(seed_text).segments if s.kind == NUMBERED]
    assert [s.number for s in numbered] == [f"{n}." for n in range(1, 11)]
    assert all(s.markup == "- " for s in numbered)
    assert numbered[9].text.startswith("Decide to convene the fifth ministerial meeting")


def test_seed_title_is_clean_and_keeps_emphasis_as_metadata(seed_text: str) -> None:
    doc = segment_text(seed_text)
    titles = [s for s in doc.segments if s.kind == TITLE]
    assert titles[1].text == "Declaration on the Global Efforts to Combat Trafficking in Persons"
    assert titles[1].markup == "## " and titles[1].emphasis


def test_seed_signature_lines_are_separate(seed_text: str) -> None:
    signature = [s.text for s in segment_text(seed_text).segments if s.kind == SIGNATURE]
    assert signature == [
        "(Signed) Andrei Dapkiunas",
        "Ambassador",
        "Permanent Representative of the Republic of Belarus to the United Nations",
    ]


def test_seed_preamble_and_place_date(seed_text: str) -> None:
    doc = segment_text(seed_text)
    assert [s.kind for s in doc.segments].count(PREAMBLE) == 1
    assert doc.segments[-1].kind == PLACE_DATE


@pytest.mark.parametrize(
    "variant",
    [
        lambda t: "\ufeff" + t,
        lambda t: t.replace("\n", "\r\n"),
        lambda t: "\ufeff" + t.replace("\n", "\r\n"),
        lambda t: t.replace("\n", "\r"),
        lambda t: t.replace("\n", "  \n"),
        # What PDF extraction leaves: ligature glyphs, soft hyphens, invisible joiners.
        lambda t: t.replace("fi", "\ufb01").replace("ffi", "\ufb03"),
        lambda t: t.replace("Declaration", "Decla\u00adration").replace("Belarus", "Bela\u200brus\u2060"),
    ],
    ids=["bom", "crlf", "bom-crlf", "cr", "trailing-spaces", "ligatures", "soft-hyphens-and-joiners"],
)
def test_bom_and_line_ends_give_the_same_segments(seed_text: str, variant) -> None:
    assert segment_text(variant(seed_text)) == segment_text(seed_text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the two halves common words, the two together none: a compound's own hyphen
        ("en", "Half of all refugee children of primary-\nschool age were out of school.",
         "Half of all refugee children of primary-school age were out of school."),
        # both halves words of the document, but the whole a word of the language: a line-end hyphen
        ("ru", "Сумма в раз-\nмере 41,4 млн долл. США; раз в год по мере поступления.",
         "Сумма в размере 41,4 млн долл. США; раз в год по мере поступления."),
        ("ru", "Новый под-\nход к ходу работы под контролем.", "Новый подход к ходу работы под контролем."),
        ("en", "The imple-\nmentation of the plan.", "The implementation of the plan."),
        ("fr", "Les bonnes prati-\nques des États.", "Les bonnes pratiques des États."),
        ("es", "La presi-\ndencia del Consejo.", "La presidencia del Consejo."),
        # the document's own spelling still decides first
        ("en", "Many asylum-\nseekers arrived; asylum procedures for seekers were slow.",
         "Many asylum-seekers arrived; asylum procedures for seekers were slow."),
    ],
)
def test_a_word_cut_at_a_line_end_is_read_as_the_language_writes_it(lang: str, text: str, expected: str) -> None:
    assert [s.text for s in segment_text(text, lang).segments] == [expected]


def test_soft_hyphen_at_a_line_end_rejoins_the_word_and_keeps_line_numbers() -> None:
    text = "## T\n\nThe Assembly welcomed the informa\u00ad\ntion provided.\n\nNext paragraph.\n"
    doc = segment_text(text)
    assert [s.text for s in doc.segments] == ["T", "The Assembly welcomed the information provided.", "Next paragraph."]
    assert [s.line for s in doc.segments] == [1, 3, 6]


def test_arabic_presentation_forms_read_as_letters() -> None:
    logical = "الأمم المتحدة\n\nترحب الجمعية العامة بالتقرير.\n"
    # The same words as a PDF extractor gives them: one glyph per letter shape.
    glyphs = "ﺍﻷﻣﻢ ﺍﻟﻤﺘﺤﺪﺓ\n\nﺗﺮﺣﺐ ﺍﻟﺠﻤﻌﻴﺔ ﺍﻟﻌﺎﻣﺔ ﺑﺎﻟﺘﻘﺮﻳﺮ.\n"
    assert glyphs != logical
    assert segment_text(glyphs, "ar") == segment_text(logical, "ar")


FOOTNOTES = Path(__file__).parent / "data" / "footnotes"


def test_footnotes_leave_the_flow_of_the_pages() -> None:
    doc = segment_text((FOOTNOTES / "en.txt").read_text(encoding="utf-8"))
    kinds = [s.kind for s in doc.segments]
    # The rule above the footnotes is not a segment; footnotes come after the text.
    assert not any("___" in s.text for s in doc.segments)
    assert kinds[-3:] == [FOOTNOTE] * 3 and FOOTNOTE not in kinds[:-3]
    notes = doc.segments[-3:]
    assert [n.number for n in notes] == ["1", "2", "3"]
    assert notes[0].text == "See also resolution 64/293, annex, and the report of the Secretary-General (A/67/123)."
    assert notes[2].text == "See A/68/50, para. 12."
    # The paragraph the footnotes and the page break cut is one segment.
    first = next(s for s in doc.segments if s.number == "1.")
    assert first.text.endswith("on the implementation of the Global Plan of Action, including on the "
                               "activities of the Trust Fund in 2012.2")
    assert [s.number for s in doc.segments if s.kind == NUMBERED] == ["1.", "2.", "3.", "(a)", "(b)"]


@pytest.mark.parametrize(
    ("page", "notes"),
    [
        # The next mark opens a footnote; a line without one continues the last.
        ("1 See A/68/50.\n2 See A/68/51.", [("1", "See A/68/50."), ("2", "See A/68/51.")]),
        ("1 See the report of the\nSecretary-General.", [("1", "See the report of the Secretary-General.")]),
        ("* Reissued for technical reasons.", [("*", "Reissued for technical reasons.")]),
        ("(1) انظر A/68/50.", [("(1)", "انظر A/68/50.")]),
        # After a blank line, a line that is not the next footnote is the page's text again.
        ("1 See A/68/50.\n\n2013 was a year of progress.", [("1", "See A/68/50.")]),
        # A later page's footnotes continue the numbering; an annex may start again at 1.
        ("1 See A/68/50.\n\n2/3\n\n2. More.\n\n__________________\n2 See A/68/51.\n1 Annex note.",
         [("1", "See A/68/50."), ("2", "See A/68/51."), ("1", "Annex note.")]),
        # A line without the next mark right under a later page's rule is not
        # the rest of the last page's footnote.
        ("1 See A/68/50.\n\n2/3\n\n2. More.\n\n__________________\n7 See A/68/51.",
         [("1", "See A/68/50.")]),
    ],
)
def test_footnote_marks_and_lines(page: str, notes: list[tuple[str, str]]) -> None:
    doc = segment_text(f"## Title\n\n1. A paragraph.\n\n__________________\n\n{page}\n")
    assert [(s.number, s.text) for s in doc.segments if s.kind == FOOTNOTE] == notes
    assert all("___" not in s.text for s in doc.segments)


def test_identity_is_stable_and_distinguishes_repeats() -> None:
    text = "## Title\n\nSame paragraph text.\n\nOther text.\n\nSame paragraph text.\n"
    doc = segment_text(text)
    ids = [s.id for s in doc.segments]
    assert len(set(ids)) == len(ids)
    assert ids[3] == ids[1] + "-2"
    assert segment_text(text).segments == doc.segments


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word hyphenated at a line end is rejoined
        ("## T\n\nThe Assembly welcomed the informa-\ntion provided.\n", "The Assembly welcomed the information provided."),
        # a real compound keeps its hyphen
        ("## T\n\nThe Assembly thanked the non-\ngovernmental organizations.\n", "The Assembly thanked the non-governmental organizations."),
        # the document spells the compound with a hyphen elsewhere
        ("## T\n\nA high-level meeting.\n\nThe Assembly held a high-\nlevel meeting.\n", "The Assembly held a high-level meeting."),
        # lines of one paragraph are joined with a space
        ("## T\n\nThe General Assembly\ndecided to convene.\n", "The General Assembly decided to convene."),
        # emphasis glued to the next word
        ("## T\n\nThe **Assembly**decided to act.\n", "The Assembly decided to act."),
    ],
)
def test_line_joins(text: str, expected: str) -> None:
    assert segment_text(text).segments[-1].text == expected


@pytest.mark.parametrize(
    ("lang", "cut", "whole"),
    [
        # UN English writes these closed, even where the document uses both halves as words
        ("en", "peace-\nkeeping", "peacekeeping"),
        ("en", "peace-\nbuilding", "peacebuilding"),
        ("en", "peace-\nmaking", "peacemaking"),
        ("en", "multi-\nlateral", "multilateral"),
        ("en", "multi-\nsectoral", "multisectoral"),
        ("en", "high-\nlights", "highlights"),
        ("en", "short-\nfalls", "shortfalls"),
        ("en", "large-\nly", "largely"),
        ("en", "low-\nest", "lowest"),
        ("en", "ten-\nsions", "tensions"),
        ("en", "anti-\nretroviral", "antiretroviral"),
        ("fr", "vingt-\nième", "vingtième"),
        ("fr", "sous-\nsigné", "soussigné"),
        # and these with their hyphen
        ("en", "multi-\nstakeholder", "multi-stakeholder"),
        ("en", "follow-\nup", "follow-up"),
        ("en", "high-\nlevel", "high-level"),
        ("en", "peace-\nand", "peace- and"),  # "peace- and security-related": the hyphen waits
        ("fr", "sous-\nrégion", "sous-région"),
    ],
)
def test_a_word_cut_at_a_line_end_is_rejoined_as_un_style_writes_it(lang: str, cut: str, whole: str) -> None:
    # The document uses "peace", "building", "keeping", "making" on their own elsewhere.
    text = (
        f"## T\n\nPeace and security, building and keeping making.\n\nThe {cut} work goes on.\n"
    )
    assert segment_text(text, lang).segments[-1].text == f"The {whole} work goes on."


@pytest.mark.parametrize(
    "furniture",
    ["2/3", "13-49986", "13-49986 (E) 081013", "*1349986*", "A/68/500", "A/68/500 2/3", "Please recycle", "♲",
     "Please recycle ♲"],
)
def test_page_furniture_between_halves_of_a_paragraph(furniture: str) -> None:
    text = (
        "United Nations A/68/500\n\n## Title\n\n"
        f"1. The Assembly decided that the meeting will\n\n{furniture}\n\n"
        "continue next year.\n\n2. It also decided to meet again.\n"
    )
    segs = segment_text(text).segments
    assert [s.text for s in segs] == [
        "United Nations",
        "Title",
        "The Assembly decided that the meeting will continue next year.",
        "It also decided to meet again.",
    ]


def test_lettered_subparagraphs_keep_their_letters() -> None:
    text = "## T\n\n1. The Council:\n\n(a) Decides to act;\n\n(b) Requests a report.\n"
    segs = segment_text(text).segments
    assert [(s.number, s.text) for s in segs[1:]] == [
        ("1.", "The Council:"),
        ("(a)", "Decides to act;"),
        ("(b)", "Requests a report."),
    ]


# -- running headers and job numbers of real documents ------------------------------

HEADER_SYMBOLS = [
    "A/68/500", "A/RES/181(II)", "A/RES/69/313", "S/RES/2178 (2014)", "S/2014/123",
    "E/CN.4/2005/L.10/Add.17", "E/2014/45", "A/C.3/68/L.5/Rev.1", "A/HRC/28/L.1",
    "A/HRC/WG.6/20/L.3", "ST/SGB/2013/1", "CRC/C/GC/14", "CEDAW/C/FRA/CO/7-8", "UNEP/EA.1/10",
    "TD/B/60/2", "A/CONF.226/20",
]
# How a page's foot and the next page's head look, {s} the symbol.
HEADER_FORMS = [
    "{s}",
    "{s} 2/3",
    "2/37 {s}",
    "13-49986\n\n{s}",
    "2/3 13-49986\n{s}",
    "GE.05-13245 (E) 150405\n\n{s}",
    "V.14-01234 (E)\n*1401234*\n\n{s}",
    "{s} Addis Ababa Action Agenda of the Third International Conference on Financing for Development",
    "Draft report of the Human Rights Council on its twenty-eighth session {s}",
    "13-49986 (E)\n\n{s} Report of the Working Group on the Universal Periodic Review\n\n3/37",
    "Page 2",
    "- 2 -",
]


@pytest.mark.parametrize("form", HEADER_FORMS)
@pytest.mark.parametrize("symbol", HEADER_SYMBOLS)
def test_running_header_of_any_symbol_shape_is_furniture(symbol: str, form: str) -> None:
    text = (
        f"United Nations {symbol}\n\n## Title\n\n"
        "1. The Assembly decided that the meeting will\n\n"
        f"{form.format(s=symbol)}\n\n"
        "continue next year.\n\n2. It also decided to meet again.\n"
    )
    doc = segment_text(text)
    assert doc.symbol == symbol
    assert [s.text for s in doc.segments] == [
        "United Nations",
        "Title",
        "The Assembly decided that the meeting will continue next year.",
        "It also decided to meet again.",
    ]


def test_reissued_document_keeps_its_symbol_without_the_star_and_drops_starred_headers() -> None:
    text = "United Nations A/68/500*\n\n## Title\n\n1. First item;\n\nA/68/500*\n\n2. Second item.\n"
    doc = segment_text(text)
    assert doc.symbol == "A/68/500"
    assert [(s.number, s.text) for s in doc.segments[1:]] == [("", "Title"), ("1.", "First item;"),
                                                             ("2.", "Second item.")]


@pytest.mark.parametrize(
    "line",
    [
        # A sentence that mentions the symbol is text, not a header.
        "The report A/68/500 was considered by the Committee.",
        "A/68/500 was issued on 3 October 2013.",
        "See the annex to document A/68/500.",
    ],
)
def test_a_sentence_naming_the_symbol_stays_text(line: str) -> None:
    doc = segment_text(f"United Nations A/68/500\n\n## Title\n\n{line}\n\nNext paragraph.\n")
    assert line in [s.text for s in doc.segments]


# -- labels ------------------------------------------------------------------------------

ENGLISH_LABELS = [
    # (line, number as printed, canonical key, text)
    ("1. The Council met.", "1.", "n:1", "The Council met."),
    ("1.1 The Committee notes the report.", "1.1", "n:1.1", "The Committee notes the report."),
    ("2.3.4. The Committee notes the report.", "2.3.4.", "n:2.3.4", "The Committee notes the report."),
    ("1.a The Committee notes the report.", "1.a", "n:1.a", "The Committee notes the report."),
    ("(a) Increase the share;", "(a)", "a:1", "Increase the share;"),
    ("(iv) Fourth sub-item;", "(iv)", "r:4", "Fourth sub-item;"),
    ("I. Introduction", "I.", "R:1", "Introduction"),
    ("XVII. Other matters", "XVII.", "R:17", "Other matters"),
    ("A. Background", "A.", "L:1", "Background"),
    ("Chapter XVII Adoption of the report", "Chapter XVII", "chapter:17", "Adoption of the report"),
    ("Section A. Scope", "Section A", "section:1", "Scope"),
    # A heading's label with no title of its own is a heading whose text is the
    # label as printed; its key still anchors it, no number is printed beside it.
    ("Part I", "", "part:1", "Part I"),
    ("Article 5", "", "article:5", "Article 5"),
    ("Part Two", "", "part:2", "Part Two"),
]


@pytest.mark.parametrize(("line", "number", "key", "text"), ENGLISH_LABELS)
def test_labels_are_metadata_with_a_canonical_key(line: str, number: str, key: str, text: str) -> None:
    doc = segment_text(f"## Title\n\nThe Council,\n\n{line}\n\nNext paragraph follows here.\n")
    seg = next(s for s in doc.segments if s.label)
    assert (seg.number, seg.label, seg.text) == (number, key, text)
    assert doc.segments[-1].text == "Next paragraph follows here." and not doc.segments[-1].label


@pytest.mark.parametrize(
    "text",
    [
        # A decimal at a line's start, a reference to an article wrapped to a line's start.
        "The Fund received US$\n1.5 million in 2013 from donors.",
        "in accordance with\nArticle 5 of the Charter of the United Nations.",
        "as requested in paragraph\n12. The Committee welcomed it.",
        "as set out in subparagraph\n(a) above and in the annex.",
    ],
)
def test_what_only_looks_like_a_label_inside_a_paragraph_stays_text(text: str) -> None:
    doc = segment_text(f"## Title\n\nThe Council noted that {text}\n")
    assert [s.number for s in doc.segments] == ["", ""]
    assert doc.segments[-1].text == "The Council noted that " + text.replace("\n", " ")


def test_items_without_a_full_stop_are_cut_at_each_label_even_across_a_page_break() -> None:
    text = (
        "United Nations A/HRC/28/L.1\n\n## Title\n\n2. The Council decided:\n"
        "(a) To hold a panel discussion\n(b) To request a report\n\n"
        "GE.15-05512 (E)\n\nA/HRC/28/L.1 Draft report of the Human Rights Council\n\n"
        "(c) To remain seized of the matter\n(i) in its next session\n(ii) in the one after\n"
        "3. The Council thanked the Secretariat\n\n2/9\n\n4. The Council closed the session.\n"
    )
    got = [(s.number, s.label, s.text) for s in segment_text(text).segments if s.number]
    assert got == [
        ("2.", "n:2", "The Council decided:"),
        ("(a)", "a:1", "To hold a panel discussion"),
        ("(b)", "a:2", "To request a report"),
        ("(c)", "a:3", "To remain seized of the matter"),
        ("(i)", "r:1", "in its next session"),
        ("(ii)", "r:2", "in the one after"),
        ("3.", "n:3", "The Council thanked the Secretariat"),
        ("4.", "n:4", "The Council closed the session."),
    ]


def test_letter_i_after_h_is_the_ninth_item_not_a_roman_one() -> None:
    items = "\n".join(f"({c}) Item {c};" for c in "abcdefghij")
    keys = [s.label for s in segment_text(f"## Title\n\n1. The Council:\n{items}\n").segments if s.label]
    assert keys == ["n:1", *[f"a:{k}" for k in range(1, 11)]]


def test_label_alone_on_its_line_labels_the_heading_after_it() -> None:
    text = "## Title\n\nChapter II\n\nOrganizational matters\n\n1. The session opened.\n\nI.\nIntroduction\n"
    got = [(s.kind, s.number, s.text) for s in segment_text(text).segments[1:]]
    assert got == [
        ("heading", "Chapter II", "Organizational matters"),
        ("numbered paragraph", "1.", "The session opened."),
        ("heading", "I.", "Introduction"),
    ]


def test_resolution_masthead_ends_at_the_agenda_item() -> None:
    text = (
        "United Nations A/RES/69/313\n\nGeneral Assembly Distr.: General\n17 August 2015\n\n"
        "Sixty-ninth session\nAgenda item 18\n\n"
        "Resolution adopted by the General Assembly on 27 July 2015\n\n"
        "[without reference to a Main Committee (A/69/L.82)]\n\n"
        "69/313. Addis Ababa Action Agenda\n\nThe General Assembly,\n\n"
        "Recalling its resolution 68/204 of 20 December 2013,\n\n1. Endorses the Agenda;\n"
    )
    doc = segment_text(text)
    front = [s.text for s in doc.segments if s.kind in ("masthead", "date", "session", "agenda")]
    assert front == ["United Nations", "General Assembly", "Distr.: General", "17 August 2015",
                     "Sixty-ninth session", "Agenda item 18"]
    assert doc.segments[-2].kind == PREAMBLE


# -- what goes on across a page break, and what does not ------------------------------

BREAK = "\n\n2/3 13-49986\n\nA/68/500\n\n"
ACROSS_A_BREAK = [
    # (language, before the break, after it, the segments expected)
    ("en", "1. Many countries depend on hou\u00ad", "sehold surveys.", ["Many countries depend on household surveys."]),
    ("en", "1. In its replies to the questionnaire,", "ECA identified priorities.",
     ["In its replies to the questionnaire, ECA identified priorities."]),
    ("en", "1. During the reporting period,", "52 countries introduced electronic systems.",
     ["During the reporting period, 52 countries introduced electronic systems."]),
    ("en", "1. The Assembly held its seventy-", "seventh session.", ["The Assembly held its seventy-seventh session."]),
    ("en", "1. The Council noted the informa-", "tion provided.", ["The Council noted the information provided."]),
    ("ru", "1. Совет призывает государства-", "члены продолжать усилия.", ["Совет призывает государства-члены продолжать усилия."]),
    ("ru", "1. Совет по-", "прежнему обеспокоен.", ["Совет по-прежнему обеспокоен."]),
    ("en", "(a) To cooperate fully with the United", "Nations and its agencies.",
     ["To cooperate fully with the United Nations and its agencies."]),
    # A list's last item without a stop, then a note of this language alone.
    ("ru", "а) пересмотр законодательства", "Настоящий доклад был представлен после установленного срока.",
     ["пересмотр законодательства", "Настоящий доклад был представлен после установленного срока."]),
    # A resolution's last paragraph, then the meeting that adopted it.
    ("zh", "1. 收集和公布按性别和年龄分列的数据", "第85次全体会议", ["收集和公布按性别和年龄分列的数据", "第85次全体会议"]),
    ("en", "(b) To cooperate fully with the United Nations and its agencies", "51st plenary meeting",
     ["To cooperate fully with the United Nations and its agencies", "51st plenary meeting"]),
    # Preambles: paragraphs ending in commas, in Russian opening in lower case.
    ("ru", "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 66/1,", "отмечая с обеспокоенностью рост числа людей,",
     ["Генеральная Ассамблея,", "ссылаясь на свою резолюцию 66/1,", "отмечая с обеспокоенностью рост числа людей,"]),
    ("ar", "إن الجمعية العامة،\n\nإذ تشير إلى قرارها 66/1،", "وإذ تلاحظ مع القلق تزايد عدد الأشخاص،",
     ["إن الجمعية العامة،", "إذ تشير إلى قرارها 66/1،", "وإذ تلاحظ مع القلق تزايد عدد الأشخاص،"]),
    ("en", "The General Assembly,\n\nRecalling its resolution 66/1,", "Noting with concern the growing number,",
     ["The General Assembly,", "Recalling its resolution 66/1,", "Noting with concern the growing number,"]),
    # A place and date, or a date alone, ends a text.
    ("fr", "New York, le 26 septembre 2013", "Le présent document n'a pas été revu par les services d'édition.",
     ["New York, le 26 septembre 2013", "Le présent document n'a pas été revu par les services d'édition."]),
]


@pytest.mark.parametrize(("lang", "before", "after", "expected"), ACROSS_A_BREAK)
def test_what_goes_on_across_a_page_break(lang: str, before: str, after: str, expected: list[str]) -> None:
    doc = segment_text(f"United Nations A/68/500\n\n## Title\n\n{before}{BREAK}{after}\n", lang)
    assert [s.text for s in doc.segments[2:]] == expected


def test_signature_titles_after_a_page_break_are_signature_lines() -> None:
    text = (
        "United Nations A/68/500\n\n## Title\n\nI have the honour to transmit the declaration.\n\n"
        f"(Signed) Olga Petrenko{BREAK}Ambassador\nPermanent Representative of Morocco to the\nUnited Nations\n\n"
        "## Annex to the letter dated 1 July 2010\n"
    )
    segs = segment_text(text).segments
    assert [(s.kind, s.text) for s in segs if s.kind == SIGNATURE] == [
        (SIGNATURE, "(Signed) Olga Petrenko"),
        (SIGNATURE, "Ambassador"),
        (SIGNATURE, "Permanent Representative of Morocco to the United Nations"),
    ]


def test_footnote_cut_by_a_page_break_goes_on_under_the_next_rule() -> None:
    text = (
        "## Title\n\n1. A paragraph.1\n\n__________________\n1 Official Records of the General Assembly,\n\n"
        "2/3\n\n2. Another paragraph.2\n\n__________________\n\nSupplement No. 5 (A/CONF.240/31).\n"
        "2 See A/68/50.\n"
    )
    notes = [(s.number, s.text) for s in segment_text(text).segments if s.kind == FOOTNOTE]
    assert notes == [("1", "Official Records of the General Assembly, Supplement No. 5 (A/CONF.240/31)."),
                     ("2", "See A/68/50.")]


def test_identical_letters_carry_both_symbols() -> None:
    text = "United Nations A/60/567–S/2005/243\n\n## Title\n\n1. First;\n\nA/60/567–S/2005/243\n\n2. Second.\n"
    doc = segment_text(text)
    assert doc.symbol == "A/60/567–S/2005/243"
    assert [s.text for s in doc.segments] == ["United Nations", "Title", "First;", "Second."]


def test_agenda_title_wrapped_over_lines_is_one_segment() -> None:
    text = (
        "الأمم المتحدة A/66/100\n\nDistr.: General\n9 May 2011\n\nOriginal: English\n\n"
        "الدورة السادسة والستون\nالبند 86 من جدول الأعمال\nحماية المناخ العالمي لفائدة أجيال\nالبشرية الحالية والمقبلة\n\n"
        "## عنوان\n"
    )
    doc = segment_text(text, "ar")
    assert [s.text for s in doc.segments if s.kind == "agenda title"] == [
        "حماية المناخ العالمي لفائدة أجيال البشرية الحالية والمقبلة"
    ]
