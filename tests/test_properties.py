"""Property: no sequence of revisions and translator edits loses a typed translation."""

from __future__ import annotations

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import catalog
from pipeline.config import Config
from pipeline.sync import Inputs, sync_document

BASE = [
    "The General Assembly decided to convene a high-level meeting on trafficking in persons.",
    "The Council requested the Secretary-General to report on the implementation of the plan.",
    "Member States were encouraged to contribute to the Voluntary Trust Fund.",
    "The Group of Friends welcomed the outcome of the workshop held in Minsk.",
    "The Assembly reaffirmed the Global Plan of Action to Combat Trafficking in Persons.",
    "The Office on Drugs and Crime was invited to present concrete measures.",
]
VARIANTS = ["", " in 2014", " without delay", " as a matter of priority"]
CONFIG = Config()

paragraph = st.builds(lambda b, v: BASE[b].rstrip(".") + VARIANTS[v] + ".",
                      st.integers(0, len(BASE) - 1), st.integers(0, len(VARIANTS) - 1))
revision = st.lists(paragraph, min_size=1, max_size=6)
edit = st.tuples(st.sampled_from(["fr", "ru", "zh"]), st.integers(0, 20), st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=20).filter(str.strip))
step = st.tuples(revision, st.lists(edit, max_size=4))


def _english(paragraphs: list[str]) -> str:
    body = "\n\n".join(f"{n}. {text}" for n, text in enumerate(paragraphs, start=1))
    return f"United Nations A/70/9\n\n## Declaration\n\n{body}\n"


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, min_size=1, max_size=6))
def test_random_revisions_and_edits_never_lose_a_typed_translation(steps) -> None:
    catalogs: dict[str, str | None] = {lang: None for lang in CONFIG.languages}
    typed: dict[tuple[str, str], str] = {}  # (lang, msgid) -> latest text the translator typed
    for paragraphs, edits in steps:
        inputs = Inputs(doc="A_70_9", english=_english(paragraphs), english_path="source/en/A_70_9.txt")
        inputs.catalogs = {lang: (f"{lang}.po", text) for lang, text in catalogs.items()}
        result = sync_document(inputs, CONFIG)
        assert not result.warnings
        catalogs.update(result.catalogs)

        for lang, text in catalogs.items():
            po = catalog.parse_catalog(text or "", f"{lang}.po")
            active = {e.msgid: e for e in po if not e.obsolete}
            for (typed_lang, msgid), msgstr in typed.items():
                if typed_lang != lang:
                    continue
                if msgid in active:
                    assert active[msgid].msgstr == msgstr, (msgid, active[msgid].msgstr)
                    assert not active[msgid].fuzzy
                else:
                    kept = [e.msgstr for e in po.obsolete_entries() if e.msgid == msgid]
                    assert msgstr in kept, (lang, msgid)

        for lang, index, text in edits:  # the translator types into a PO editor
            po = polib.pofile(catalogs[lang] or "", wrapwidth=catalog.WRAP)
            entries = [e for e in po if not e.obsolete]
            entry = entries[index % len(entries)]
            entry.msgstr = text
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = None
            typed[(lang, entry.msgid)] = text
            catalogs[lang] = catalog.render_catalog(po)
