"""Scores and reports: counts as msgfmt gives them, escaping, the release gate."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import polib
import pytest
from workflow import make_workspace, snakemake

from pipeline import catalog, report, score
from pipeline.cli import main
from pipeline.model import FUZZY, TRANSLATED, UNTRANSLATED, DocumentScore
from pipeline.segment import segment_text

ENGLISH = """United Nations A/70/5

## Note by the Secretary-General

1. The Secretary-General has the honour to transmit the report of 12 May 2015.

2. The report covers 193 Member States.

3. The Assembly may wish to take note of the report.
"""


def _state_and_catalogs(msgstrs: dict[str, list[tuple[str, bool]]]):
    doc = segment_text(ENGLISH, "en", "source/en/A_70_5.txt")
    template = catalog.build_template(doc)
    state = {
        "doc": "A_70_5",
        "symbol": doc.symbol,
        "segments": [
            {"id": s.id, "index": s.index, "kind": s.kind, "text": s.text, "line": s.line,
             "number": s.number, "markup": s.markup, "emphasis": s.emphasis}
            for s in doc.segments
        ],
        "languages": {},
    }
    catalogs = {}
    for lang, values in msgstrs.items():
        po = catalog.update_catalog(None, template, lang, doc)
        for entry, (text, fuzzy) in zip(po, values, strict=True):
            entry.msgstr = text
            if fuzzy:
                entry.flags.append("fuzzy")
        catalogs[lang] = (f"locales/{lang}/LC_MESSAGES/A_70_5.po", catalog.render_catalog(po))
    return state, catalogs


FR = [
    ("Nations Unies", False),
    ("Note du Secrétaire général", False),
    ("Le Secrétaire général a l'honneur de transmettre le rapport du 12 mai 2015.", False),
    ("Le rapport porte sur 193 États Membres.", True),
    ("", False),
]


def test_counts_match_msgfmt_statistics(tmp_path: Path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext's msgfmt is not installed")
    state, catalogs = _state_and_catalogs({"fr": FR})
    scored = score.score_document(state, catalogs, None)
    summary = scored.summaries[0]
    path = tmp_path / "fr.po"
    path.write_text(catalogs["fr"][1], encoding="utf-8")
    stats = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(path)],
                           capture_output=True, text=True).stderr
    numbers = {kind: int(n) for n, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", stats)}
    assert numbers == {"translated": summary.translated, "fuzzy": summary.fuzzy,
                       "untranslated": summary.untranslated}
    assert (summary.translated, summary.fuzzy, summary.untranslated) == (3, 1, 1)
    statuses = [r.status for r in scored.records]
    assert statuses == [TRANSLATED, TRANSLATED, TRANSLATED, FUZZY, UNTRANSLATED]


def test_segment_scores_say_which_check_fired() -> None:
    wrong = list(FR)
    wrong[3] = ("Le rapport porte sur 139 États Membres.", False)
    state, catalogs = _state_and_catalogs({"fr": wrong})
    records = score.score_document(state, catalogs, None).records
    fired = records[3].findings
    assert [f.check for f in fired] == ["numbers"]
    assert "193" in fired[0].message
    assert records[3].consistency is not None and records[3].consistency < 1
    assert records[2].consistency == 1.0 and records[2].coverage == 1.0
    assert records[4].coverage == 0.0 and records[4].consistency is None


def _french_page(changes: dict[int, tuple[str, bool]]) -> tuple[DocumentScore, str]:
    """The scored document and its French page, FR with ``changes`` made."""
    rows = list(FR)
    for index, row in changes.items():
        rows[index] = row
    state, catalogs = _state_and_catalogs({"fr": rows})
    scored = score.score_document(state, catalogs, None)
    return scored, report.render_language_page(scored, "fr", "chrF2|test")


def test_language_page_lists_where_to_look_worst_first() -> None:
    scored, page = _french_page(
        {2: ("Le Secrétaire général a l'honneur de transmettre le rapport du 12 mai 2014.", False)}
    )
    review = page[page.index('<ul id="review">'):page.index("</ul>", page.index('<ul id="review">'))]
    ids = [r.id for r in scored.records if r.lang == "fr"]
    # Untranslated first, then fuzzy, then the translated segment whose date is wrong; each links to its row.
    assert [review.index(f'href="#s-{ids[k]}"') for k in (4, 3, 2)] == sorted(
        review.index(f'href="#s-{ids[k]}"') for k in (4, 3, 2)
    )
    assert "#5</a> numbered paragraph 3.: untranslated" in review
    assert "#4</a> numbered paragraph 2.: fuzzy" in review
    assert "#3</a> numbered paragraph 1.: dates (error)" in review
    assert f'href="#s-{ids[0]}"' not in review and f'id="s-{ids[2]}"' in page


def test_language_page_says_why_an_aligned_segment_is_unsure() -> None:
    state, catalogs = _state_and_catalogs({"fr": FR})
    why = "it and its neighbour would fit in the other order about as well"
    fill = {"msgid": state["segments"][3]["text"], "text": FR[3][0], "confidence": 0.5, "bead": "1-1",
            "origin": "source/fr/A_70_5.txt:7", "fuzzy": True, "why": why}
    state["languages"]["fr"] = {"supplied": {"path": "source/fr/A_70_5.txt", "notes": [], "pairs": [],
                                             "target_segments": [], "fills": [fill], "disagreements": []}}
    scored = score.score_document(state, catalogs, None)
    assert [r.why for r in scored.records if r.lang == "fr"][3] == why
    page = report.render_language_page(scored, "fr", "chrF2|test")
    assert f"alignment 0.50 ({why})" in page


def test_language_page_says_when_there_is_nothing_to_review() -> None:
    _, page = _french_page(
        {3: (FR[3][0], False), 4: ("L'Assemblée voudra sans doute prendre note du rapport.", False)}
    )
    assert '<p id="review">Nothing to review' in page and '<ul id="review">' not in page


def test_index_lists_the_catalogues_to_open_first() -> None:
    incomplete, _ = _french_page({})  # 3 of 5 translated, 1 fuzzy, 1 untranslated
    complete, _ = _french_page({3: (FR[3][0], False), 4: ("Fin.", False)})
    scores = [replace(complete, doc="A_70_6", symbol="A/70/6"), incomplete]
    page = report.render_index(scores, ["fr"], [], "", {"fr": 1.0})
    attention = page[page.index('<ol id="attention">'):page.index("</ol>")]
    assert attention.count("<li>") == 1
    assert ('<a href="A_70_5/fr.html">A/70/5 French</a>: 60% translated (release needs 100%); '
            "1 fuzzy; 1 untranslated") in attention
    relaxed = report.render_index(scores, ["fr"], [], "", {"fr": 0.5})
    assert '<p id="attention">Every catalogue reaches its release threshold' in relaxed


def test_index_names_the_least_complete_catalogues_and_counts_the_rest() -> None:
    incomplete, _ = _french_page({})
    scores = [replace(incomplete, doc=f"A_70_{k}", symbol=f"A/70/{k}") for k in range(100, 153)]
    page = report.render_index(scores, ["fr"], [], "", {"fr": 1.0})
    attention = page[page.index('<ol id="attention">'):page.index("</ol>")]
    assert attention.count("<li>") == 50 and "A/70/100 French" in attention
    assert "and 3 more catalogues, in the table below." in page


def test_markup_in_a_translation_is_shown_as_text() -> None:
    _, page = _french_page({2: ('<script>alert("x")</script><img src=x onerror=alert(1)>', False)})
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page


def test_broken_catalog_is_reported_for_its_language_only() -> None:
    state, catalogs = _state_and_catalogs({"fr": FR, "es": FR})
    path, _ = catalogs["es"]
    catalogs["es"] = (path, 'msgid "a"\nmsgstr "b\n')
    scored = score.score_document(state, catalogs, None)
    by_lang = {s.lang: s for s in scored.summaries}
    assert "syntax error" in by_lang["es"].error and by_lang["es"].translated == 0
    assert by_lang["fr"].error == "" and by_lang["fr"].translated == 3
    page = report.render_language_page(scored, "es", "")
    assert 'id="catalog-error"' in page and "locales/es/LC_MESSAGES/A_70_5.po:2" in page


def test_json_round_trip_keeps_every_record() -> None:
    state, catalogs = _state_and_catalogs({"fr": FR})
    scored = score.score_document(state, catalogs, None)
    data = json.loads(json.dumps(report.score_to_json(scored, "sig")))
    assert report.score_from_json(data) == scored


def test_gate_fails_below_threshold_and_passes_at_it(tmp_path: Path, capsys) -> None:
    work = make_workspace(tmp_path)
    snakemake(work)
    index = work / "reports/index.json"
    config = work / "config.yaml"
    assert main(["--config", str(config), "gate", "--index", str(index), "--lang", "fr"]) == 0
    assert main(["--config", str(config), "gate", "--index", str(index), "--lang", "es"]) == 1
    out = capsys.readouterr().out
    assert "FAIL A_68_500 es" in out and "ok   A_68_500 fr" in out
    po = polib.pofile(str(work / "locales/es/LC_MESSAGES/A_68_500.po"))
    assert po.percent_translated() < 100
