"""Is a supplied translation in the language its folder says? Text in, a verdict out.

Counts letters by script, then (within Latin script) frequent function words;
no downloaded model. Used by the aligner to refuse a French text found in
``source/ru/`` and to spot blocks a translator left in English.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from .languages import LANGUAGES, get_language
from .model import AGENDA, AGENDA_TITLE, DATE, MASTHEAD, SESSION, Document
from .text import SYMBOL

# Masthead lines stay in English in the Russian, Arabic and Chinese editions
# ("Distr.: General", "Original: English"): they say nothing of the language.
_FRONT = frozenset({MASTHEAD, DATE, SESSION, AGENDA, AGENDA_TITLE})
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&.\-]{1,}\b")
_WORD = re.compile(r"[^\W\d_]+")

# Latin-script languages that are not official but that a wrong file may be in:
# enough words to name them in a message.
_OTHER_LATIN = {
    "Portuguese": frozenset(
        "o os as do da dos das e é um uma não para com em no na pelo pela".split()
    ),
    "German": frozenset(
        "der die das und ist nicht mit den dem von zu für auf sich ein eine".split()
    ),
    "Italian": frozenset(
        "il lo gli della delle dei e è per con non una nel nella che sono".split()
    ),
}
_OFFICIAL_LATIN = ("en", "fr", "es")
# Han text packs about three Latin letters' worth of meaning in one character.
_HAN_WEIGHT = 2.5
_MIN_LETTERS = 40  # below this a text is too short to judge
_MIN_WORDS = 12


def script_of(char: str) -> str:
    """The script of one letter: Latin, Cyrillic, Arabic, Han, Kana, Hangul, ... or Other."""
    code = ord(char)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "Latin"
    if 0x400 <= code <= 0x52F:
        return "Cyrillic"
    if 0x600 <= code <= 0x6FF or 0x750 <= code <= 0x8FF or 0xFB50 <= code <= 0xFEFF:
        return "Arabic"
    if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF:
        return "Han"
    if 0x3040 <= code <= 0x30FF:
        return "Kana"
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
        return "Hangul"
    if 0x370 <= code <= 0x3FF:
        return "Greek"
    if 0x590 <= code <= 0x5FF:
        return "Hebrew"
    if 0x900 <= code <= 0x97F:
        return "Devanagari"
    return "Other"


def script_counts(text: str) -> Counter[str]:
    """Letters per script, leaving out document symbols and Latin acronyms (UNODC)."""
    text = SYMBOL.sub(" ", text)
    text = _ACRONYM.sub(" ", text)
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            counts[script_of(char)] += 1
    return counts


def _weighted(counts: Counter[str]) -> dict[str, float]:
    return {s: n * (_HAN_WEIGHT if s in ("Han", "Kana") else 1.0) for s, n in counts.items()}


def _name_of_script(script: str, text: str) -> str:
    """A language name for a text written in ``script`` (for messages)."""
    if script == "Latin":
        return _latin_language(text)[0] or "written in Latin letters"
    if script == "Cyrillic":
        return "Ukrainian" if re.search("[іїєґІЇЄҐ]", text) else "Russian"
    if script == "Arabic":
        if re.search("[ٹڈڑےں]", text):
            return "Urdu"
        return "Persian" if re.search("[پچژگ]", text) else "Arabic"
    if script in ("Han", "Kana"):
        return "Japanese" if re.search("[\u3040-\u30ff]", text) else "Chinese"
    if script == "Hangul":
        return "Korean"
    return f"written in {script} script"


@lru_cache(maxsize=1)
def _latin_tables() -> dict[str, frozenset[str]]:
    """Each Latin-script language's function words that no other one on the list has
    ("de", "la", "que" tell French from nothing)."""
    tables: dict[str, frozenset[str]] = {
        LANGUAGES[c].name: frozenset(LANGUAGES[c].function_words) for c in _OFFICIAL_LATIN
    }
    tables.update(_OTHER_LATIN)
    return {
        name: words - frozenset().union(*(t for n, t in tables.items() if n != name))
        for name, words in tables.items()
    }


def _latin_language(text: str) -> tuple[str | None, dict[str, int]]:
    """Which Latin-script language's function words dominate ``text``."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return None, {}
    tables = _latin_tables()
    scores = {name: sum(1 for w in words if w in table) for name, table in tables.items()}
    best = max(scores, key=lambda n: (scores[n], n))
    if scores[best] < 3:
        return None, scores
    return best, scores


def guess_language(text: str) -> str | None:
    """The name of the language ``text`` looks to be in ("French"), None if too short."""
    counts = script_counts(text)
    if sum(counts.values()) < _MIN_LETTERS:
        return None
    weighted = _weighted(counts)
    script = max(weighted, key=lambda s: (weighted[s], s))
    name = _name_of_script(script, text)
    return None if name.startswith("written") else name


def looks_like(text: str, lang: str) -> bool | None:
    """True when ``text`` reads as language ``lang``, False when it clearly does not,
    None when it is too short or too mixed to say."""
    language = get_language(lang)
    counts = script_counts(text)
    total = sum(counts.values())
    if total < _MIN_LETTERS // 2:
        return None
    weighted = _weighted(counts)
    share = weighted.get(language.script, 0.0) / sum(weighted.values())
    if share < 0.2:
        return False
    if share < 0.5:
        return None
    if language.script != "Latin":
        return True
    best, scores = _latin_language(text)
    if best is None:
        return None
    own = scores.get(language.name, 0)
    if best != language.name and scores[best] >= max(3, 2 * own):
        return False
    return True


def _body_text(segments: Iterable[str]) -> str:
    return "\n".join(segments)


def script_mismatch(target: Document) -> str | None:
    """A sentence saying the translation is in the wrong language or script, or None.

    Judges the body (not the masthead, which stays partly English in every
    edition): its dominant script, then for Latin-script languages its
    function words.
    """
    language = get_language(target.lang)
    body = [s.text for s in target.segments if s.kind not in _FRONT] or list(target.texts)
    text = _body_text(body)
    counts = script_counts(text)
    if sum(counts.values()) < _MIN_LETTERS:
        return None
    weighted = _weighted(counts)
    total = sum(weighted.values())
    dominant = max(weighted, key=lambda s: (weighted[s], s))
    where = target.path or f"the {language.name} text"
    if weighted.get(language.script, 0.0) / total < 0.5:
        found = _name_of_script(dominant, text)
        return f"the text in {where} looks {found}, not {language.name}: nothing filled"
    if language.script == "Latin":
        best, scores = _latin_language(text)
        own = scores.get(language.name, 0)
        if best is not None and best != language.name and scores[best] >= max(5, 2 * own):
            return f"the text in {where} looks {best}, not {language.name}: nothing filled"
    return None


__all__ = ["guess_language", "looks_like", "script_counts", "script_mismatch", "script_of"]
