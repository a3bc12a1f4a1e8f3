"""A six-language glossary in TBX (ISO 30042:2019, TBX-Basic) -> Glossary.

``load_glossary(path)`` is the only function here that touches a file;
``parse_tbx(text)`` and the matching on a Glossary are pure. The matching
rules per language are documented in glossary/README.md.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers.expat import errors as expat_errors

from .errors import HexaglotError
from .languages import OFFICIAL

TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Kinds of term TBX-Basic names in <termNote type="termType">.
ACRONYM = "acronym"


class GlossaryError(HexaglotError):
    """A glossary file that cannot be read as TBX: encoding, XML, structure."""


@dataclass(frozen=True)
class Term:
    """One accepted form of a concept in one language."""

    text: str
    kind: str = ""  # TBX-Basic termType: fullForm, acronym, shortForm, variant...


@dataclass(frozen=True)
class Concept:
    """A named body or term, with its accepted forms per language (preferred first)."""

    id: str
    terms: Mapping[str, tuple[Term, ...]] = field(hash=False)
    note: str = ""
    line: int = 0  # where the conceptEntry starts in the glossary file

    def expected(self, lang: str, english: Term | None = None) -> Term | None:
        """The form to suggest in ``lang``: the same kind as the English term if any."""
        forms = self.terms.get(lang, ())
        if english is not None and english.kind:
            for term in forms:
                if term.kind == english.kind:
                    return term
        return forms[0] if forms else None


@dataclass(frozen=True)
class Miss:
    """A concept the English names and the translation does not."""

    concept: Concept
    english: Term  # the English form found
    expected: Term  # the form to suggest


# --- matching ---------------------------------------------------------------

# Arabic: harakat, superscript alef and tatweel are dropped, hamza-carrying
# alefs unified, so that a vocalised or differently spelled text still matches.
_AR_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_AR_LETTERS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"))
# Russian inflectional endings: a stem drops at most two of these letters.
_RU_ENDING = set("аеиоуыэюяйь")
_WORD_SPLIT = re.compile(r"(\s+|-)")


def fold(lang: str, text: str) -> str:
    """The text as the matcher sees it: Arabic folded, ё as е, typographic apostrophes."""
    # str.replace and re.sub run in C; str.translate with a dict does not.
    text = text.replace("\u2019", "'").replace("\u02bc", "'")
    if lang == "ar":
        text = _AR_MARKS.sub("", text)
        for letter, plain in _AR_LETTERS:
            text = text.replace(letter, plain)
    elif lang == "ru":
        text = text.replace("ё", "е").replace("Ё", "Е")
    return text


def is_acronym(text: str) -> bool:
    """UNODC, ЮНОДК, ICAT: one token, at least two capitals, no lower case."""
    letters = [c for c in text if c.isalpha()]
    return (
        " " not in text
        and len(letters) >= 2
        and all(c.isupper() for c in letters)
        and not any(c.islower() for c in text)
    )


def _word_pattern(lang: str, word: str) -> str:
    if lang == "ru" and len(word) >= 4:
        stem = word
        for _ in range(2):
            if len(stem) > 3 and stem[-1].lower() in _RU_ENDING:
                stem = stem[:-1]
        return re.escape(stem) + r"[а-яё]{0,4}"
    if lang in ("fr", "es") and len(word) >= 4 and word[-1].isalpha():
        base = word[:-1] if word[-1] in "sx" else word
        return re.escape(base) + r"(?:e|s|es|x)?"
    return re.escape(word)


def term_pattern(lang: str, text: str) -> str:
    """Regular-expression source matching ``text`` and its tolerated forms in ``lang``."""
    text = fold(lang, text)
    if lang == "zh":
        return re.escape(text)
    if is_acronym(text):
        return rf"(?<!\w){re.escape(text)}(?!\w)"
    parts: list[str] = []
    for piece in _WORD_SPLIT.split(text.strip()):
        if not piece:
            continue
        if piece.isspace():
            parts.append(r"\s+")
        elif piece == "-":
            # A hyphen, or a dash between spaces: Russian "государств — членов".
            parts.append(r"(?:\s*[-\u2010\u2011\u2013\u2014]\s*|\s+)")
        else:
            parts.append(_word_pattern(lang, piece))
    body = "".join(parts)
    if lang == "ar":
        # Proclitics: wa-, fa-, bi-, ka-, li-; li- before al- is written lil-.
        if text.startswith("ال"):
            body = rf"(?:[وف]?[بك]?{body}|[وف]?لل{body[2:]})"
        else:
            body = rf"[وف]?[بكل]?{body}"
    return rf"(?i:(?<!\w){body}(?!\w))"


# --- the glossary -----------------------------------------------------------


def _keyword(text: str) -> str:
    """The longest word of an English form, as a substring any match contains."""
    if is_acronym(text):
        return text
    words = re.split(r"[\s\-,]+", text.lower())
    return max(words, key=len)


class Glossary:
    """Concepts with their forms in each language, and the matchers built from them."""

    def __init__(self, concepts: Iterable[Concept], path: str = ""):
        self.concepts: tuple[Concept, ...] = tuple(concepts)
        self.path = path
        english = sorted(
            ((term, concept) for concept in self.concepts for term in concept.terms.get("en", ())),
            key=lambda pair: -len(pair[0].text),
        )
        # Each English form with a word it cannot match without, so that a
        # substring test (fast, in C) spares most regular-expression searches.
        self._english: list[tuple[str, bool, re.Pattern[str], Term, Concept]] = [
            (
                _keyword(term.text),
                is_acronym(term.text),
                re.compile(term_pattern("en", term.text)),
                term,
                concept,
            )
            for term, concept in english
        ]
        self._targets: dict[tuple[str, str], re.Pattern[str] | None] = {}
        self._found: dict[str, tuple[tuple[Concept, Term], ...]] = {}

    def __len__(self) -> int:
        return len(self.concepts)

    def find(self, english: str) -> tuple[tuple[Concept, Term], ...]:
        """The concepts an English text names, each once, with the form it uses.

        Where forms overlap the longest wins: "United Nations Office on Drugs
        and Crime" names UNODC, not also the United Nations.
        """
        cached = self._found.get(english)
        if cached is not None:
            return cached
        text = fold("en", english)
        lowered = text.lower()
        matches: list[tuple[int, int, Term, Concept]] = []
        for keyword, acronym, pattern, term, concept in self._english:
            if keyword not in (text if acronym else lowered):
                continue
            for m in pattern.finditer(text):
                matches.append((m.start(), m.end(), term, concept))
        matches.sort(key=lambda m: (m[0], m[0] - m[1]))  # leftmost, then longest
        found: dict[str, tuple[Concept, Term]] = {}
        taken = 0
        for start, end, term, concept in matches:
            if start >= taken:
                found.setdefault(concept.id, (concept, term))
                taken = end
        result = tuple(found.values())
        if len(self._found) > 100_000:
            self._found.clear()
        self._found[english] = result
        return result

    def _target(self, concept: Concept, lang: str) -> re.Pattern[str] | None:
        key = (concept.id, lang)
        if key not in self._targets:
            forms = concept.terms.get(lang, ())
            self._targets[key] = (
                re.compile("|".join(term_pattern(lang, t.text) for t in forms)) if forms else None
            )
        return self._targets[key]

    def names(self, concept: Concept, lang: str, text: str) -> bool | None:
        """Whether ``text`` uses one of the concept's forms; None when ``lang`` has none."""
        pattern = self._target(concept, lang)
        if pattern is None:
            return None
        return pattern.search(fold(lang, text)) is not None

    def missing(self, english: str, lang: str, translation: str) -> list[Miss]:
        """Concepts the English names whose ``lang`` forms the translation lacks."""
        misses = []
        folded: str | None = None
        for concept, term in self.find(english):
            pattern = self._target(concept, lang)
            if pattern is None:
                continue
            if folded is None:
                folded = fold(lang, translation)
            if pattern.search(folded) is None:
                expected = concept.expected(lang, term)
                assert expected is not None  # the language has forms
                misses.append(Miss(concept, term, expected))
        return misses


# --- reading TBX -------------------------------------------------------------

_FORBIDDEN = re.compile(r"<!(DOCTYPE|ENTITY)")


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def _text(element: ET.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def parse_tbx(text: str, path: str = "<glossary>") -> Glossary:
    """TBX-Basic (TBX v3, ISO 30042:2019) text -> Glossary, or a GlossaryError with a line."""
    if not text.strip():
        raise GlossaryError("empty file; expected a TBX glossary", path, 1)
    forbidden = _FORBIDDEN.search(text)
    if forbidden:
        line = text.count("\n", 0, forbidden.start()) + 1
        raise GlossaryError(
            f"a {forbidden.group(1)} declaration; a glossary needs none and hexaglot "
            "refuses them (entities can expand without bound)",
            path,
            line,
        )
    lines: dict[int, int] = {}  # id(element) -> line where its start tag ended
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start",))
    elements: list[ET.Element] = []
    try:
        for number, chunk in enumerate(text.splitlines(keepends=True), start=1):
            parser.feed(chunk)
            for event in parser.read_events():
                element = event[-1]  # a "start" event carries its element
                if isinstance(element, ET.Element):
                    elements.append(element)  # keeps id() unique while we need it
                    lines[id(element)] = number
        parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        raise GlossaryError(
            f"not well-formed XML at column {column + 1}: {expat_errors.messages[exc.code]}",
            path,
            line,
        ) from None

    if not elements:
        raise GlossaryError("no XML element; expected a TBX glossary", path, 1)
    root = elements[0]

    def where(element: ET.Element) -> int:
        return lines.get(id(element), 0)

    namespace, name = _local(root.tag)
    if name == "martif":
        raise GlossaryError(
            "this is TBX 2008 (<martif>); hexaglot reads TBX v3 (ISO 30042:2019) "
            "with a <tbx> root: see glossary/README.md",
            path,
            where(root),
        )
    if name != "tbx" or namespace not in ("", TBX_NAMESPACE):
        raise GlossaryError(
            f'the root element is <{root.tag}>; expected <tbx xmlns="{TBX_NAMESPACE}">',
            path,
            where(root),
        )
    ns = f"{{{namespace}}}" if namespace else ""
    body = root.find(f"{ns}text/{ns}body")
    if body is None:
        raise GlossaryError("no <text><body> in the <tbx> element", path, where(root))

    concepts: list[Concept] = []
    seen: dict[str, int] = {}
    for entry in body:
        if _local(entry.tag)[1] != "conceptEntry":
            continue
        line = where(entry)
        ident = entry.get("id", "").strip()
        if not ident:
            raise GlossaryError("a <conceptEntry> without an id", path, line)
        if ident in seen:
            raise GlossaryError(
                f"concept id {ident!r} again (first at line {seen[ident]})", path, line
            )
        seen[ident] = line
        terms: dict[str, list[Term]] = {}
        for lang_sec in entry.iter(f"{ns}langSec"):
            code = lang_sec.get(_XML_LANG, "").strip()
            if not code:
                raise GlossaryError(
                    f"a <langSec> without xml:lang in concept {ident!r}", path, where(lang_sec)
                )
            lang = code.split("-")[0].split("_")[0].lower()
            if lang not in OFFICIAL:
                continue  # other languages may share the file; hexaglot ignores them
            for term_sec in lang_sec.iter(f"{ns}termSec"):
                term = term_sec.find(f"{ns}term")
                value = _text(term) if term is not None else ""
                if not value:
                    raise GlossaryError(
                        f"a <termSec> without a <term> text in concept {ident!r} ({lang})",
                        path,
                        where(term_sec),
                    )
                kind = ""
                for note in term_sec.iter(f"{ns}termNote"):
                    if note.get("type") == "termType":
                        kind = _text(note)
                terms.setdefault(lang, []).append(Term(unicodedata.normalize("NFC", value), kind))
        if "en" not in terms:
            raise GlossaryError(
                f"concept {ident!r} has no English term, so no segment can name it", path, line
            )
        note_element = entry.find(f"{ns}note")
        concepts.append(
            Concept(
                id=ident,
                terms={lang: tuple(forms) for lang, forms in terms.items()},
                note=_text(note_element) if note_element is not None else "",
                line=line,
            )
        )
    if not concepts:
        raise GlossaryError("no <conceptEntry> in the glossary", path, where(body))
    return Glossary(concepts, path)


def load_glossary(path: str | Path) -> Glossary:
    """Read a TBX glossary file; every failure is a GlossaryError naming the file and line."""
    name = str(path)
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise GlossaryError("no such file; expected a TBX glossary", name) from None
    except IsADirectoryError:
        raise GlossaryError("is a folder; expected a TBX glossary file", name) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise GlossaryError(
            f"not UTF-8 (byte 0x{data[exc.start]:02X} at offset {exc.start}); "
            "save the glossary as UTF-8",
            name,
            line,
        ) from None
    return parse_tbx(text, name)
