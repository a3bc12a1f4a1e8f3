"""Translation memory: confirmed translations only, exact then close matches, own doc excluded."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from pipeline.memory import Entry, Match, TranslationMemory, entries_from_catalog, offers
from pipeline.segment import segment_text

REAFFIRM = "Reaffirm the United Nations Global Plan of Action to Combat Trafficking in Persons;"
REAFFIRM_FR = (
    "Réaffirmons le Plan d'action mondial des Nations Unies pour la lutte contre la traite "
    "des personnes;"
)
DECIDE = (
    "Decide to convene the fifth ministerial meeting of the Group of Friends on the margins "
    "of the seventieth session."
)
DECIDE_FR = (
    "Décidons de convoquer la cinquième réunion ministérielle du Groupe des amis en marge "
    "de la soixante-dixième session."
)
AGENDA = "Agenda item 108"


def _memory() -> TranslationMemory:
    return TranslationMemory(
        [
            Entry("A_68_500", "fr", REAFFIRM, REAFFIRM_FR),
            Entry("A_68_500", "fr", DECIDE, DECIDE_FR),
            Entry("A_68_500", "fr", AGENDA, "Point 108 de l'ordre du jour"),
            Entry("A_68_500", "ru", AGENDA, "Пункт 108 повестки дня"),
        ]
    )


# -- what goes in -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "translations", "kept"),
    [
        ("fr", {AGENDA: ("Point 108", False)}, [AGENDA]),
        ("fr", {AGENDA: ("Point 108", True)}, []),  # fuzzy: a suggestion, not memory
        ("fr", {AGENDA: ("", False)}, []),  # untranslated
        ("en", {AGENDA: (AGENDA, False)}, []),  # the source language repeats the msgid
        ("ar", {AGENDA: ("البند 108", False), REAFFIRM: ("نص", True)}, [AGENDA]),
    ],
)
def test_entries_from_catalog_keep_only_confirmed_translations(
    lang: str, translations: dict[str, tuple[str, bool]], kept: list[str]
) -> None:
    entries = entries_from_catalog("A_68_500", lang, translations)
    assert [e.english for e in entries] == kept
    assert all(e.doc == "A_68_500" and e.lang == lang for e in entries)


def test_from_catalogues_builds_every_language_but_english() -> None:
    memory = TranslationMemory.from_catalogues(
        {"A_68_500": {"en": {AGENDA: (AGENDA, False)}, "fr": {AGENDA: ("Point 108", False)}}}
    )
    assert memory.languages == ("fr",)
    assert memory.size("fr") == 1 and memory.size("en") == 0


# -- lookups --------------------------------------------------------------------------


def test_exact_match_has_similarity_one_and_names_its_document() -> None:
    match = _memory().lookup("fr", AGENDA)
    assert match == Match(AGENDA, "Point 108 de l'ordre du jour", "A_68_500", 1.0, True, 1)


@pytest.mark.parametrize(
    ("query", "english"),
    [
        (REAFFIRM.replace("Reaffirm", "Recall"), REAFFIRM),
        (DECIDE.replace("fifth", "sixth").replace("seventieth", "seventy-first"), DECIDE),
        (DECIDE.rstrip("."), DECIDE),
    ],
)
def test_close_match_reports_rapidfuzz_ratio_as_similarity(query: str, english: str) -> None:
    match = _memory().lookup("fr", query)
    assert match is not None and not match.exact
    assert match.english == english
    assert match.similarity == pytest.approx(fuzz.ratio(query, english) / 100)
    assert 0.75 <= match.similarity < 1


@pytest.mark.parametrize(
    ("query", "min_similarity", "found"),
    [
        ("Agenda item 109", 0.75, True),  # 93 %
        ("Agenda item 109", 0.95, False),
        ("Agenda items 108 and 109", 0.75, True),  # 76.9 %
        ("Agenda items 108 and 109", 0.77, False),
        ("Agenda items 108, 109 and 110", 0.7, False),  # 68.2 %
        ("Something about fisheries entirely unrelated to the memory.", 0.5, False),
        ("", 0.75, False),
    ],
)
def test_min_similarity_is_the_cut_off(query: str, min_similarity: float, found: bool) -> None:
    match = _memory().lookup("fr", query, min_similarity=min_similarity)
    assert (match is not None) is found
    if match is not None:
        assert match.similarity >= min_similarity


def test_unknown_language_finds_nothing() -> None:
    assert _memory().lookup("zh", AGENDA) is None


@pytest.mark.parametrize("bad", [0.0, -0.1, 1.5])
def test_min_similarity_outside_zero_one_is_refused(bad: float) -> None:
    with pytest.raises(ValueError, match="min_similarity"):
        _memory().lookup("fr", AGENDA, min_similarity=bad)


# -- several documents ------------------------------------------------------------------


def test_translation_most_documents_agree_on_wins_and_variants_are_counted() -> None:
    memory = TranslationMemory(
        [
            Entry("A_1", "fr", AGENDA, "Point 108 de l'ordre du jour"),
            Entry("A_2", "fr", AGENDA, "Point 108"),
            Entry("A_3", "fr", AGENDA, "Point 108"),
        ]
    )
    match = memory.lookup("fr", AGENDA)
    assert match is not None
    assert (match.translation, match.doc, match.variants) == ("Point 108", "A_2", 2)
    assert "2 different translations" in match.describe()


def test_ties_go_to_the_document_that_sorts_first_whatever_the_input_order() -> None:
    entries = [Entry("B", "fr", AGENDA, "Point 108 (B)"), Entry("A", "fr", AGENDA, "Point 108 (A)")]
    for order in (entries, entries[::-1]):
        match = TranslationMemory(order).lookup("fr", AGENDA)
        assert match is not None and match.doc == "A"


def test_excluded_document_is_never_offered_its_own_translation() -> None:
    memory = TranslationMemory(
        [
            Entry("A_68_500", "fr", DECIDE, DECIDE_FR),
            Entry("A_69_1", "fr", DECIDE.replace("fifth", "sixth"), "Décidons ... sixième ..."),
        ]
    )
    assert memory.lookup("fr", DECIDE).exact  # type: ignore[union-attr]
    match = memory.lookup("fr", DECIDE, exclude_doc="A_68_500")
    assert match is not None and not match.exact
    assert (match.doc, match.translation) == ("A_69_1", "Décidons ... sixième ...")
    assert memory.lookup("fr", DECIDE, exclude_doc="A_69_1").doc == "A_68_500"  # type: ignore[union-attr]


def test_exclusion_looks_past_many_near_copies_in_the_excluded_document() -> None:
    own = [Entry("SELF", "fr", DECIDE.replace("fifth", f"{n}th"), f"own {n}") for n in range(4, 40)]
    other = Entry("OTHER", "fr", DECIDE.replace("Friends", "Friendz"), "autre")
    memory = TranslationMemory([*own, other])
    match = memory.lookup("fr", DECIDE.replace("fifth", "7th"), exclude_doc="SELF")
    assert match is not None and match.doc == "OTHER" and match.translation == "autre"


def test_text_shared_with_another_document_stays_available_when_one_is_excluded() -> None:
    memory = TranslationMemory(
        [Entry("SELF", "fr", AGENDA, "Point 108 (self)"), Entry("OTHER", "fr", AGENDA, "Point 108")]
    )
    match = memory.lookup("fr", AGENDA, exclude_doc="SELF")
    assert match is not None and match.exact and match.doc == "OTHER" and match.variants == 1


# -- the length band loses nothing ---------------------------------------------------------


_words = st.sampled_from(
    "the of General Assembly decides to convene a meeting session report on".split()
)
_texts = st.lists(_words, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(memory_texts=st.lists(_texts, min_size=1, max_size=25, unique=True), query=_texts,
       cutoff=st.sampled_from([0.5, 0.6, 0.75, 0.9]))
def test_banded_search_finds_the_same_best_score_as_searching_everything(
    memory_texts: list[str], query: str, cutoff: float
) -> None:
    memory = TranslationMemory(
        Entry(f"D{i}", "fr", t, f"fr {i}") for i, t in enumerate(memory_texts)
    )
    match = memory.lookup("fr", query, min_similarity=cutoff)
    best = process.extractOne(query, memory_texts, scorer=fuzz.ratio, score_cutoff=cutoff * 100)
    if best is None:
        assert match is None
    else:
        assert match is not None
        assert match.similarity == pytest.approx(best[1] / 100)
        assert match.exact is (best[1] == 100)


def test_results_do_not_depend_on_the_order_entries_came_in() -> None:
    rng = random.Random(3)
    entries = [
        Entry(f"D{i % 7}", "fr", f"The Assembly decides item {i} of {i * 7}", f"t{i}")
        for i in range(200)
    ]
    shuffled = entries[:]
    rng.shuffle(shuffled)
    queries = [f"The Assembly decides item {i} of {i * 7 + 1}" for i in range(0, 200, 9)]
    first, second = TranslationMemory(entries), TranslationMemory(shuffled)
    assert [first.lookup("fr", q) for q in queries] == [second.lookup("fr", q) for q in queries]


# -- offers ---------------------------------------------------------------------------------


def test_offers_cover_a_second_letter_once_per_msgid_excluding_itself() -> None:
    memory = _memory()
    letter = segment_text(
        "United Nations A/69/1\n\nAgenda item 108\n\n## Declaration\n\n"
        f"- 1. {REAFFIRM.replace('Reaffirm', 'Recall')}\n- 2. {DECIDE}\n- 3. {DECIDE}\n"
        "- 4. Welcome the entry into force of the Protocol for three further States.\n",
        "en",
    )
    found = offers(memory, "A_69_1", letter.segments, "fr")
    assert [(o.msgid, o.match.exact) for o in found] == [
        (AGENDA, True),
        (REAFFIRM.replace("Reaffirm", "Recall"), False),
        (DECIDE, True),
    ]
    assert found[1].match.translation == REAFFIRM_FR
    assert offers(memory, "A_68_500", [AGENDA, DECIDE], "fr") == []  # its own texts only
    again = offers(memory, "A_69_1", [DECIDE, AGENDA, DECIDE], "fr")
    assert [o.msgid for o in again] == [DECIDE, AGENDA]


@pytest.mark.parametrize(
    ("match", "words"),
    [
        (
            Match(AGENDA, "Point 108", "A_68_500", 1.0, True),
            "translation memory: exact match from A_68_500",
        ),
        (
            Match(AGENDA, "Point 108", "A_68_500", 0.8789, False),
            "translation memory: 87% similar English in A_68_500",
        ),
    ],
)
def test_match_describes_itself_for_a_translator_comment(match: Match, words: str) -> None:
    assert match.describe() == words
