"""English Document + segmented translation -> Alignment (beads with confidence) -> Fills.

Pure: two Documents in, records out. A monotone dynamic programme over the
two segment sequences, banded so that time and memory grow linearly with the
document, scored on signals that need no downloaded model: length (with the
language pair's ratio estimated from the document), anchors both languages
write alike (numbers, labels by their canonical key and their path under the
labels above them, document symbols, months, Latin acronyms and names) and
structure (segment kinds). Confidence is the posterior probability of each
bead (forward-backward over the same scores), so an ambiguous stretch is
reported as unsure instead of being guessed. What a monotone alignment cannot
express or tell is then made fuzzy by rule: two paragraphs in the other order
(paired across when that fits clearly better), neighbours that would fit
crossed about as well, pairs a paragraph left out may have displaced, a
block cut in two, numbers or dates that disagree.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .checks.words import number_words
from .labels import label_key, label_paths, level, read_label
from .langid import looks_like, script_mismatch
from .languages import Language, get_language
from .model import (
    AGENDA,
    AGENDA_TITLE,
    ANNEX,
    DATE,
    FOOTNOTE,
    HEADING,
    MASTHEAD,
    NUMBERED,
    PARAGRAPH,
    PLACE_DATE,
    PREAMBLE,
    SESSION,
    SIGNATURE,
    TITLE,
    Alignment,
    Document,
    Fill,
    Pair,
    Segment,
)
from .text import KASHIDA, SYMBOL, ascii_digits, without_kashida

# Beads as (English segments, target blocks), with prior probabilities. UN
# translations follow the original paragraph by paragraph, so 1-1 dominates.
BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))
_PRIOR = {(1, 1): 0.95, (1, 0): 0.01, (0, 1): 0.01, (2, 1): 0.012, (1, 2): 0.012, (2, 2): 0.002}
_PRIOR_COST = {bead: -math.log(p) for bead, p in _PRIOR.items()}

# A fill from a 2-1 or 2-2 bead cuts one translated block in two at a guessed
# place: never better than a suggestion.
SPLIT_CAP = 0.5
# Two paragraphs in the other order are paired across (the alignment is
# otherwise monotone) when that fits this much better (nats), and never
# filled as final.
CROSSING_CAP = 0.5
# Pairs in order that a crossing or a paragraph left out may have displaced:
# mostly right, never final.
DOUBT_CAP = 0.5
_CROSSING_MARGIN = 4.0
_CROSSING_REACH = 4  # pairs between a paragraph and its place in the other language, at most
# Two neighbours whose crossed pairing costs less than this much more than the
# one in order (nats) may be crossed: fuzzy; clearly cheaper crossed: crossed.
_CROSSING_DOUBT = 1.0
_CROSSED_CLEARLY = 1.5
# A paragraph left out that fits a neighbouring pair this nearly as well as its
# English segment makes that pair a guess.
_UNMATCHED_DOUBT = 2.0
# A posterior this low is a guess the alignment itself is unsure of (below any fill threshold).
_UNSURE = 0.8
# A pair whose numbers, symbols, months and paragraph numbers all disagree
# (each side has some, they share none) is a guess, whatever its position says.
DISAGREE_CAP = 0.6
_STRONG = frozenset("psnm")  # anchor types a translation always keeps
# Confidence given to every pair when the translation as a whole does not
# follow the English: below any sensible threshold, so everything is fuzzy.
DIVERGENT_CAP = 0.5

# Why a pair was capped, as the catalogue's provenance note says it to a translator.
WHY_SPLIT = "one translated block cut in two at a guessed place"
WHY_CROSSED = "paired across: the translation gives these paragraphs in another order"
WHY_MAY_CROSS = "it and its neighbour would fit in the other order about as well"
WHY_DISPLACED = "a paragraph moved or left out nearby may have displaced it"
WHY_LIST = "the items of this list may stand in another order in the translation"
WHY_LABELLED_PAIR = "two labelled items the translation gives as one block, cut at the labels"
WHY_PLACE_ONLY = "nothing but its place pairs it (a note only one version prints may stand there)"
WHY_DISAGREE = "its numbers, dates or symbols disagree with the English"
WHY_ORIGINAL = "a note the translation leaves in the original language"
WHY_DIVERGES = "the translation as a whole does not follow the English"


def _capped(pair: Pair, cap: float, why: str) -> Pair:
    """``pair`` at most ``cap`` sure; the reason is the cap's where it binds."""
    if pair.confidence <= cap:
        return pair
    return Pair(pair.source, pair.target, cap, why)

_GC_VARIANCE = 6.8  # Gale and Church's variance of length differences, per character
_MAX_LENGTH_COST = 40.0
_BAND_MIN = 12  # half-width of the band around the expected diagonal, in blocks

_FRONT = frozenset({MASTHEAD, DATE, SESSION, AGENDA, AGENDA_TITLE})
_GROUPS = {
    MASTHEAD: "front",
    DATE: "front",
    SESSION: "front",
    AGENDA: "front",
    AGENDA_TITLE: "front",
    TITLE: "heading",
    HEADING: "heading",
    ANNEX: "heading",
    PARAGRAPH: "body",
    PREAMBLE: "body",
    NUMBERED: "body",
    SIGNATURE: "signature",
    PLACE_DATE: "place",
    FOOTNOTE: "notes",
}
# Kinds the segmenter recognises from words of the language itself: the
# same kind on both sides is strong evidence.
_TELLING_KINDS = frozenset(
    {DATE, SESSION, AGENDA, AGENDA_TITLE, TITLE, ANNEX, SIGNATURE, PLACE_DATE, FOOTNOTE}
)
# A block that opens a unit of its own cannot be the second half of a paragraph.
_OPENING_KINDS = frozenset({NUMBERED, TITLE, HEADING, ANNEX, *_FRONT, PLACE_DATE, FOOTNOTE})

# Anchor weights: (reward per shared anchor, penalty per anchor on one side only).
_WEIGHTS = {
    "p": (5.0, 2.5),  # paragraph label 3. / (c) / Chapter II, by its canonical key
    "P": (3.0, 1.0),  # the label's path: II./A./3. where numbering restarts per section
    "f": (5.0, 2.5),  # footnote mark 1 / (1) / *
    "s": (4.0, 1.5),  # document symbol A/68/500
    "n": (2.0, 1.2),  # number 2013, 1 000
    "k": (0.8, 0.25),  # small number (<= 10): often spelled out on one side
    "m": (1.0, 0.6),  # month
    "a": (1.5, 0.3),  # Latin acronym: UNODC (the French may say ONUDC)
    "w": (0.7, 0.0),  # capitalised Latin word: names, and the English masthead words
    "q": (2.5, 0.0),  # a quoted term's word, by its stem: "Publication" / « Publication » / «публикация»
    "x": (3.0, 1.5),  # masthead words each language prints its own way: Nations Unies, Distr.
}

# -- anchors -----------------------------------------------------------------

# The Arabic decimal and thousands separators as the Latin ones.
_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ","})
_NUMBER = re.compile(
    # Not inside a Latin or Cyrillic word (G77, A4), but "项目108" is a number.
    r"(?<![0-9A-Za-z\u00c0-\u024f\u0400-\u04ff.,])"
    r"(\d{1,3}(?:[,.\u00a0\u202f\u2009 ]\d{3})+|\d+)(?:[.,](\d+))?(?!\d)"
)
_GROUP_SEP = re.compile(r"[,.\u00a0\u202f\u2009 ]")
_ACRONYM = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![\w\-])")
_NAME = re.compile(r"(?<![\w\-])[A-Z][a-z\u00e0-\u00ff]{3,}")
_ZH_DATE = re.compile(r"(\d{1,2})\s*月")
# A paragraph number inside a block: two paragraphs the translation runs together.
_INLINE_LABEL = re.compile(r"(?<=[;；:：.。])\s*(\d{1,3})\.(?=\s+\w)")
# Where a merged block may be cut: after a sentence, a clause, at a space; a
# Latin full stop or comma needs a space after it (2.5 and 100,000 are numbers),
# a space between digits is inside a number (1 000 000).
_SENTENCE_END = re.compile(r"(?<=[.!?;:])[\"'”’»)）」]*\s+|(?<=[。！？；：؟؛])[\"'”’»)）」]*\s*")
_CLAUSE_END = re.compile(r"(?<=[,،])\s+|(?<=[，、])\s*")
_SPACE = re.compile(r"(?<!\d)\s+|\s+(?!\d)")
# A cut must not leave a label at the end of the first part: "...; 4." | "Invite".
_ENDS_WITH_LABEL = re.compile(
    r"(?:^|[\s;:；：،؛])(?:\d{1,3}(?:[.\-]\d{1,3})*[.\-]?|[(（]?[^\W\d_]{1,4}[)）]|[IVXLC]{1,6}\.|[A-Z]\.)$"
)
# Where a label may stand inside a merged block: at its start, or after a space.
_LABEL_START = re.compile(r"(?:^|(?<=[\s；：。，،؛]))\S")


# A quoted term: "Publication", “Record”, « Procès-verbal », «публикация», „Fonds“.
_QUOTED = re.compile(r"[\"“«„]\s*([^\"“”«»„\n]{1,80}?)\s*[\"”»“]")
_TERM_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]{4,}")
_CYRILLIC_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia",
})


def term_stem(word: str) -> str:
    """A word of a quoted term as its cognates in other languages begin: no accents, Cyrillic
    in Latin letters, c/k/q alike, no doubled letters, five letters ("Commission",
    "Comisión", "Комиссия" are all "komis"; "Publication", "публикация" "publi")."""
    bare = unicodedata.normalize("NFD", word.casefold().translate(_CYRILLIC_LATIN))
    bare = "".join(c for c in bare if "a" <= c <= "z")
    bare = bare.replace("ph", "f").replace("c", "k").replace("q", "k")
    bare = re.sub(r"(.)\1+", r"\1", bare)
    return bare[:5]


def _term_key(text: str, lang: str) -> str:
    """The first quoted term of ``text`` as a dictionary of ``lang`` orders it, or ""."""
    found = _QUOTED.search(text)
    if found is None or lang == "zh":  # Chinese orders terms by sound or strokes, not by letters
        return ""
    term = unicodedata.normalize("NFD", found.group(1).casefold().replace("ё", "е"))
    if lang == "ar":
        term = re.sub(r"^ال|(?<= )ال", "", term.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا"))
    return "".join(c for c in term if c.isalpha() or c == " ") or ""


@lru_cache(maxsize=16)
def _month_pattern(lang: str) -> re.Pattern[str] | None:
    months = get_language(lang).months
    if not months or lang == "zh":  # Chinese writes months as digits: see _ZH_DATE
        return None
    alternatives = "|".join(f"(?P<m{i + 1}>{m})" for i, m in enumerate(months))
    # English "May" is a month, "may" a verb.
    flags = 0 if lang == "en" else re.IGNORECASE
    # Arabic glues conjunctions and prepositions to the next word.
    prefix = "[وبلف]?" if lang == "ar" else ""
    return re.compile(rf"(?<!\w){prefix}(?:{alternatives})(?!\w)", flags)


def _vague(words: str, value: Decimal) -> bool:
    """A scale word alone, "millions of civilians", "des milliers", "数百万": a quantity,
    not a number another language writes in digits."""
    if value < 100 or value.normalize().as_tuple().digits != (1,):
        return False
    return words[:1] in "百千万亿" if words[:1] in "一二三四五六七八九十百千万亿" else " " not in words.strip()


def anchors_of(text: str, lang: str, number: str = "", label: str = "") -> Counter[str]:
    """What of a segment any language writes alike: typed keys ("n:2013", "p:n:3", "s:A/68/500").

    ``label`` is the canonical key of the paragraph's label (``Segment.label``);
    left out, it is read from ``number``, the label as printed."""
    found: Counter[str] = Counter()
    language = get_language(lang)
    text = without_kashida(text)  # "أيـلول" is أيلول: kashida stretches a word, it is no letter
    for tag, words in (
        ("un", language.united_nations),
        ("distr", language.distr),
        ("original", language.original),
    ):
        if any(text.startswith(w) for w in words):
            found[f"x:{tag}"] += 1
    key = label or (label_key(number, lang) if number else "")
    if key:
        found[f"p:{key}"] += 1
    if lang != "zh" and lang != "ar":
        for quoted in _QUOTED.finditer(text):
            for word in _TERM_WORD.findall(quoted.group(1)):
                found[f"q:{term_stem(word)}"] += 1
    # Numbers in words count as the digits another language writes: "within ninety
    # days" / "dans un délai de 90 jours", "Thirty-second session" / "32º período".
    # One is left out ("a", "un", "одна" are articles and pronouns as often as numbers),
    # and so are words of a period ("biennial").
    for spelled in number_words(text, lang):
        if spelled.value >= 2 and not spelled.derived and not _vague(text[spelled.start : spelled.end], spelled.value):
            amount = spelled.value.normalize()
            found[("k:" if amount <= 10 else "n:") + format(amount, "f")] += 1
    text = ascii_digits(text).translate(_SEPARATORS)
    for match in _INLINE_LABEL.finditer(text):
        found[f"p:n:{int(match.group(1))}"] += 1
    text = _INLINE_LABEL.sub(" ", text)
    for match in SYMBOL.finditer(text):
        found[f"s:{match.group(0).rstrip('.')}"] += 1
    text = SYMBOL.sub(" ", text)
    if lang == "zh":
        for match in _ZH_DATE.finditer(text):
            found[f"m:{int(match.group(1))}"] += 1
        text = _ZH_DATE.sub(" ", text)
    else:
        pattern = _month_pattern(lang)
        if pattern is not None:
            for match in pattern.finditer(text):
                found[f"m:{match.lastgroup[1:] if match.lastgroup else '?'}"] += 1
            text = pattern.sub(" ", text)
    for match in _NUMBER.finditer(text):
        whole = match.group(1)
        if _GROUP_SEP.search(whole):
            whole = _GROUP_SEP.sub("", whole)
        value = str(int(whole))
        if match.group(2) is not None and match.group(2).strip("0"):
            value += "." + match.group(2).rstrip("0")
        found[("k:" if len(value) == 1 or value == "10" else "n:") + value] += 1
    letters = sum(1 for c in text if c.isalpha())
    upper = sum(1 for c in text if c.isupper())
    if letters < 25 or upper / letters < 0.6:  # an all-capitals heading is not full of acronyms
        for match in _ACRONYM.finditer(text):
            found[f"a:{match.group(0)}"] += 1
        for match in _NAME.finditer(text):
            found[f"w:{match.group(0).casefold()}"] += 1
    return found


# -- features and costs ------------------------------------------------------


@dataclass(frozen=True)
class _Features:
    length: float  # characters other than spaces
    anchors: dict[str, int]
    kind: str
    group: str
    closed: bool = True  # ends a sentence: ". ; 。" (a page break did not cut it)
    key: str = ""  # the label's canonical key ("a:2"), "" when unlabelled
    term: str = ""  # the first quoted term as the language orders it ("" for none)
    sentence: bool = False  # ends with a full stop: a sentence, not a heading or a list's lead


def _features(segments: Sequence[Segment], lang: str) -> list[_Features]:
    out = []
    keys = [
        "" if seg.kind == FOOTNOTE else (seg.label or (label_key(seg.number, lang) if seg.number else ""))
        for seg in segments
    ]
    # A numbering that restarts in every section: the label under its section's labels.
    # An annex's number anchors its heading only: the labels inside go on as they were.
    paths = label_paths(["" if key.startswith("annex:") else key for key in keys])
    for seg, key, path in zip(segments, keys, paths, strict=True):
        if seg.kind == FOOTNOTE:  # its mark is not a paragraph number
            anchors = anchors_of(seg.text, lang)
            anchors[f"f:{ascii_digits(seg.number).strip('()')}"] += 1
        else:
            anchors = anchors_of(seg.text, lang, label=key)
            if "/" in path:
                anchors[f"P:{path}"] += 1
        out.append(
            _Features(
                length=float(len(seg.text) - seg.text.count(" ") - seg.text.count(KASHIDA) + 1),
                anchors=dict(anchors),
                kind=seg.kind,
                group=_GROUPS.get(seg.kind, "body"),
                closed=seg.text.rstrip("\"'”’»)）」 ")[-1:] in ".;!?。；！？؛",
                key=key,
                term=_term_key(seg.text, lang),
                sentence=_without_mark(seg.text).rstrip("\"'”’»)）」 ")[-1:] in ".。",
            )
        )
    return out


def _merge(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    merged = dict(a)
    for key, count in b.items():
        merged[key] = merged.get(key, 0) + count
    return merged


def _anchor_weights(src: list[_Features], tgt: list[_Features]) -> dict[str, tuple[float, float]]:
    """Per anchor: reward and penalty, lowered for anchors many segments share (2013)."""
    df_s: Counter[str] = Counter()
    df_t: Counter[str] = Counter()
    for f in src:
        df_s.update(f.anchors.keys())
    for f in tgt:
        df_t.update(f.anchors.keys())
    weights = {}
    for key in set(df_s) | set(df_t):
        match, miss = _WEIGHTS[key[0]]
        rarity = 1.0 / math.sqrt(max(df_s[key], df_t[key], 1))
        weights[key] = (match * rarity, miss * rarity)
    return weights


# The anchor cost of a bead is _unmatched(a) + _unmatched(b) - _shared(a, b):
# a reward per anchor both sides have, a penalty per anchor on one side only.


def _unmatched(a: dict[str, int], weights: dict[str, tuple[float, float]]) -> float:
    """The penalty if none of ``a``'s anchors were matched."""
    return sum(weights[key][1] * count for key, count in a.items())


def _shared(a: dict[str, int], b: dict[str, int], weights: dict[str, tuple[float, float]]) -> float:
    """What the anchors both sides have take off the cost: their reward and the
    penalties counted for them by ``_unmatched`` on each side."""
    if len(b) < len(a):
        a, b = b, a
    gain = 0.0
    for key, cs in a.items():
        ct = b.get(key)
        if ct:
            match, miss = weights[key]
            gain += (match + 2 * miss) * (cs if cs < ct else ct)
    return gain


def _kind_cost(s: _Features, t: _Features) -> float:
    if s.kind == t.kind:
        return -1.0 if s.kind in _TELLING_KINDS else -0.3
    if s.group == t.group:
        return 0.0
    if "front" in (s.group, t.group):
        return 3.0
    if {s.group, t.group} == {"heading", "body"}:
        return 2.0
    return 1.0


def _unlabelled(anchors: dict[str, int]) -> dict[str, int]:
    return {k: c for k, c in anchors.items() if k[0] not in "pP"}


def _join_cost(first: _Features, second: _Features) -> float:
    """What it costs to read two neighbours as one paragraph: a paragraph split in
    two is body text twice; a title and the note after it are two paragraphs;
    two items of one list may be merged."""
    siblings = first.kind == second.kind == NUMBERED
    cost = 0.5 if siblings else 1.5 if second.kind in _OPENING_KINDS else 0.0
    if first.group != second.group or first.group in ("heading", "front"):
        cost += 4.0
    if first.closed and not siblings:  # a paragraph split at a sentence end is rarer than one cut mid-sentence
        cost += 1.0
    return cost


def _length_delta(ls: float, lt: float, ratio: float, variance: float) -> float:
    """Gale and Church's normalised length difference, in English characters."""
    lt = lt / ratio
    return abs(lt - ls) / math.sqrt(variance * (ls + lt) / 2.0)


def _length_cost(ls: float, lt: float, ratio: float, variance: float) -> float:
    """-log of the probability of a length difference at least this large."""
    tail = math.erfc(_length_delta(ls, lt, ratio, variance) / math.sqrt(2.0))
    if tail < 1e-17:
        return _MAX_LENGTH_COST
    return min(_MAX_LENGTH_COST, -math.log(tail))


@dataclass
class _Scorer:
    """Bead costs for one document pair; anchor and structure parts are cached
    so that a second pass with a better length model only redoes lengths."""

    src: list[_Features]
    tgt: list[_Features]
    weights: dict[str, tuple[float, float]]
    ratio: float
    variance: float

    def __post_init__(self) -> None:
        self._fixed: dict[tuple[int, int, int, int], float] = {}
        w = self.weights
        self._src_one = [(f.anchors, _unmatched(f.anchors, w)) for f in self.src]
        self._tgt_one = [(f.anchors, _unmatched(f.anchors, w)) for f in self.tgt]
        # What a paragraph says apart from its label: to tell items under the
        # same labels apart by their content.
        self._src_content = [(a, _unmatched(a, w)) for a in (_unlabelled(f.anchors) for f in self.src)]
        self._tgt_content = [(a, _unmatched(a, w)) for a in (_unlabelled(f.anchors) for f in self.tgt)]
        # Two paragraphs read as one: the second's label goes (a translation that
        # merges two items keeps the first's label only).
        self._src_two = []
        for i in range(len(self.src) - 1):
            merged = _merge(self.src[i].anchors, _unlabelled(self.src[i + 1].anchors))
            self._src_two.append((merged, _unmatched(merged, w)))
        self._tgt_two = []
        for j in range(len(self.tgt) - 1):
            merged = _merge(self.tgt[j].anchors, _unlabelled(self.tgt[j + 1].anchors))
            self._tgt_two.append((merged, _unmatched(merged, w)))
        self._cum_s = [0.0]
        for f in self.src:
            self._cum_s.append(self._cum_s[-1] + f.length)
        self._cum_t = [0.0]
        for f in self.tgt:
            self._cum_t.append(self._cum_t[-1] + f.length)

    def fixed(self, i: int, j: int, di: int, dj: int) -> float:
        """Prior, anchor and structure cost of the bead src[i:i+di] x tgt[j:j+dj]."""
        key = (i, j, di, dj)
        cached = self._fixed.get(key)
        if cached is not None:
            return cached
        cost = _PRIOR_COST[(di, dj)]
        if di and dj:
            a, miss_a = self._src_one[i] if di == 1 else self._src_two[i]
            b, miss_b = self._tgt_one[j] if dj == 1 else self._tgt_two[j]
            cost += miss_a + miss_b - _shared(a, b, self.weights)
            cost += _kind_cost(self.src[i], self.tgt[j])
            if dj == 2:
                cost += _join_cost(self.tgt[j], self.tgt[j + 1])
            if di == 2:
                cost += _join_cost(self.src[i], self.src[i + 1])
        self._fixed[key] = cost
        return cost

    def anchors(self, i: int, j: int, di: int, dj: int) -> tuple[dict[str, int], dict[str, int]]:
        """The anchors of each side of a bead with two sides."""
        a = self._src_one[i][0] if di == 1 else self._src_two[i][0]
        b = self._tgt_one[j][0] if dj == 1 else self._tgt_two[j][0]
        return a, b

    def content(self, i: int, j: int) -> tuple[float, float]:
        """(anchor cost, anchor and length cost) of pairing src[i] with tgt[j], labels aside."""
        a, miss_a = self._src_content[i]
        b, miss_b = self._tgt_content[j]
        anchors = miss_a + miss_b - _shared(a, b, self.weights)
        return anchors, anchors + _length_cost(self.src[i].length, self.tgt[j].length, self.ratio, self.variance)

    def lengths(self, i: int, j: int, di: int, dj: int) -> tuple[float, float]:
        return self._cum_s[i + di] - self._cum_s[i], self._cum_t[j + dj] - self._cum_t[j]

    def cost(self, i: int, j: int, di: int, dj: int) -> float:
        cost = self.fixed(i, j, di, dj)
        if di and dj:
            ls, lt = self.lengths(i, j, di, dj)
            cost += _length_cost(ls, lt, self.ratio, self.variance)
        return cost


# -- the banded dynamic programme ---------------------------------------------


def _length_centres(src: list[_Features], tgt: list[_Features]) -> list[int]:
    """For each English position i (0..n), the target position that cumulative
    length puts opposite it: the diagonal the band first follows."""
    n, m = len(src), len(tgt)
    total_s = sum(f.length for f in src) or 1.0
    total_t = sum(f.length for f in tgt) or 1.0
    cum_t = [0.0]
    for f in tgt:
        cum_t.append(cum_t[-1] + f.length / total_t)
    centres = []
    acc = 0.0
    j = 0
    for i in range(n + 1):
        if i:
            acc += src[i - 1].length / total_s
        while j < m and cum_t[j + 1] <= acc + 1e-12:
            j += 1
        centres.append(j if i < n else m)
    return centres


def _path_centres(path: list[tuple[int, int, int, int]], n: int, m: int) -> list[int]:
    """For each English position, where an earlier path crossed it."""
    centres = [m] * (n + 1)
    for i, j, di, dj in path:
        centres[i] = j
        if di == 2:
            centres[i + 1] = j + dj // 2
    return centres


def _band(centres: list[int], m: int, half: int) -> list[tuple[int, int]]:
    """For each English position i (0..n), the target positions [lo, hi] to consider."""
    n = len(centres) - 1
    rows = [[max(0, c - half), min(m, c + half)] for c in centres]
    rows[0][0] = 0
    rows[n][1] = m
    # Keep neighbouring rows connected so that a path always exists.
    for i in range(n - 1, -1, -1):
        rows[i][1] = max(rows[i][1], rows[i + 1][0])
    for i in range(1, n + 1):
        rows[i][0] = min(rows[i][0], rows[i - 1][1])
    return [(lo, hi) for lo, hi in rows]


@dataclass
class _Lattice:
    rows: list[tuple[int, int]]
    best: list[list[float]]  # Viterbi cost to reach (i, j)
    back: list[list[int]]  # index into BEADS of the last bead, -1 at the start
    forward: list[list[float]]  # log of the summed probability of all paths to (i, j)
    costs: list[list[list[float]]]  # cost of each bead type ending at (i, j); inf if none


def _run(scorer: _Scorer, rows: list[tuple[int, int]], posterior: bool) -> _Lattice:
    inf = math.inf
    n = len(rows) - 1
    best = [[inf] * (hi - lo + 1) for lo, hi in rows]
    back = [[-1] * (hi - lo + 1) for lo, hi in rows]
    fwd = [[-inf] * (hi - lo + 1) for lo, hi in rows] if posterior else []
    costs: list[list[list[float]]] = [[[] for _ in range(hi - lo + 1)] for lo, hi in rows]
    best[0][0] = 0.0
    if posterior:
        fwd[0][0] = 0.0
    for i in range(n + 1):
        lo, hi = rows[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                costs[0][0] = [inf] * len(BEADS)
                continue
            here_costs = [inf] * len(BEADS)
            vbest, vback = inf, -1
            terms = []
            for b, (di, dj) in enumerate(BEADS):
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                plo, phi = rows[pi]
                if pj < plo or pj > phi:
                    continue
                prev = best[pi][pj - plo]
                if prev == inf:
                    continue
                c = scorer.cost(pi, pj, di, dj)
                here_costs[b] = c
                if prev + c < vbest:
                    vbest, vback = prev + c, b
                if posterior:
                    terms.append(fwd[pi][pj - plo] - c)
            best[i][j - lo] = vbest
            back[i][j - lo] = vback
            costs[i][j - lo] = here_costs
            if posterior and terms:
                top = max(terms)
                fwd[i][j - lo] = top + math.log(sum(math.exp(t - top) for t in terms))
    return _Lattice(rows, best, back, fwd, costs)


def _backward(lattice: _Lattice) -> list[list[float]]:
    """log of the summed probability of all paths from (i, j) to the end."""
    rows = lattice.rows
    n = len(rows) - 1
    inf = math.inf
    bwd = [[-inf] * (hi - lo + 1) for lo, hi in rows]
    m = rows[n][1]
    bwd[n][m - rows[n][0]] = 0.0
    for i in range(n, -1, -1):
        lo, hi = rows[i]
        for j in range(hi, lo - 1, -1):
            if i == n and j == m:
                continue
            terms = []
            for b, (di, dj) in enumerate(BEADS):
                ni, nj = i + di, j + dj
                if ni > n:
                    continue
                nlo, nhi = rows[ni]
                if nj < nlo or nj > nhi:
                    continue
                c = lattice.costs[ni][nj - nlo][b] if lattice.costs[ni][nj - nlo] else inf
                after = bwd[ni][nj - nlo]
                if c == inf or after == -inf:
                    continue
                terms.append(after - c)
            if terms:
                top = max(terms)
                bwd[i][j - lo] = top + math.log(sum(math.exp(t - top) for t in terms))
    return bwd


def _path(lattice: _Lattice) -> list[tuple[int, int, int, int]]:
    """The best path as beads (i, j, di, dj), first to last."""
    rows = lattice.rows
    i = len(rows) - 1
    j = rows[i][1]
    beads = []
    while i or j:
        b = lattice.back[i][j - rows[i][0]]
        di, dj = BEADS[b]
        i, j = i - di, j - dj
        beads.append((i, j, di, dj))
    beads.reverse()
    return beads


def _touches_band(
    path: list[tuple[int, int, int, int]], rows: list[tuple[int, int]], m: int
) -> bool:
    for i, j, _, _ in path:
        lo, hi = rows[i]
        if (j == lo and lo > 0) or (j == hi and hi < m):
            return True
    return False


def _decode(
    scorer: _Scorer, posterior: bool, centres: list[int] | None = None
) -> tuple[_Lattice, list[tuple[int, int, int, int]]]:
    """The best path within a band; a path that runs along the band's edge was
    held back by it, so the band is moved onto that path and widened."""
    n, m = len(scorer.src), len(scorer.tgt)
    if centres is None:
        centres = _length_centres(scorer.src, scorer.tgt)
    half = _BAND_MIN + abs(n - m) // 4
    while True:
        rows = _band(centres, m, half)
        lattice = _run(scorer, rows, posterior)
        path = _path(lattice)
        if half >= max(n, m) or not _touches_band(path, rows, m):
            return lattice, path
        centres = _path_centres(path, n, m)
        half = half * 3 // 2


# -- estimating the length model from the document ------------------------------


def _estimate_ratio(src: list[_Features], tgt: list[_Features]) -> float:
    """Target characters per English character, first guess: body text totals."""
    body_s = sum(f.length for f in src if f.group != "front") or sum(f.length for f in src)
    body_t = sum(f.length for f in tgt if f.group != "front") or sum(f.length for f in tgt)
    if body_s <= 0 or body_t <= 0:
        return 1.0
    return body_t / body_s


def _refit(scorer: _Scorer, path: list[tuple[int, int, int, int]]) -> tuple[float, float]:
    """Ratio and variance re-estimated from the 1-1 beads of a first alignment."""
    pairs = [scorer.lengths(i, j, 1, 1) for i, j, di, dj in path if (di, dj) == (1, 1)]
    pairs = [(ls, lt) for ls, lt in pairs if ls >= 20]
    if len(pairs) < 4:
        return scorer.ratio, scorer.variance
    ratios = sorted(lt / ls for ls, lt in pairs)
    ratio = ratios[len(ratios) // 2]
    total_s = sum(ls for ls, _ in pairs)
    total_t = sum(lt for _, lt in pairs)
    ratio = math.sqrt(ratio * (total_t / total_s))  # between median and pooled: robust, not noisy
    scaled = sorted(((lt / ratio - ls) ** 2) / ((ls + lt / ratio) / 2.0) for ls, lt in pairs)
    median = scaled[len(scaled) // 2]
    variance = min(40.0, max(_GC_VARIANCE * 0.6, median / 0.455))  # median of chi-square(1)
    return ratio, variance


# -- the public functions --------------------------------------------------------


def align_documents(source: Document, target: Document, *, ratio: float | None = None) -> Alignment:
    """Pair the English segments with the translation's blocks, each pair with a confidence.

    ``ratio`` is the expected length of the translation per English character;
    left out, it is estimated from the two documents.
    """
    n, m = len(source.segments), len(target.segments)
    wrong = script_mismatch(target)
    if wrong is not None:
        return _unaligned(n, m, target.lang, wrong)
    if m == 0 or n == 0:
        empty = f"{target.path or 'the translation'} has no text to align: nothing filled"
        return _unaligned(n, m, target.lang, empty if n else "")

    src = _features(source.segments, source.lang)
    tgt = _features(target.segments, target.lang)
    weights = _anchor_weights(src, tgt)
    start_ratio = ratio if ratio is not None else _estimate_ratio(src, tgt)
    scorer = _Scorer(src, tgt, weights, start_ratio, _GC_VARIANCE * _script_spread(target.lang))
    # A first pass pairs enough paragraphs to measure how lengths vary in this
    # document (and the ratio, unless given); the second uses that.
    _, first = _decode(scorer, posterior=False)
    fitted_ratio, scorer.variance = _refit(scorer, first)
    if ratio is None:
        scorer.ratio = fitted_ratio
    lattice, path = _decode(scorer, posterior=True, centres=_path_centres(first, n, m))
    bwd = _backward(lattice)
    rows = lattice.rows
    total = lattice.forward[n][m - rows[n][0]]

    wrong_blocks = _blocks_in_another_language(target)
    # A reference left in the original language in a footnote (a treaty series,
    # a title) is filled, but for a translator to confirm.
    english_notes = {k for k in wrong_blocks if target.segments[k].kind == FOOTNOTE}
    wrong_blocks -= english_notes
    pairs: list[Pair] = []
    for i, j, di, dj in path:
        ei, ej = i + di, j + dj
        b = BEADS.index((di, dj))
        c = lattice.costs[ei][ej - rows[ei][0]][b]
        log_p = lattice.forward[i][j - rows[i][0]] - c + bwd[ei][ej - rows[ei][0]] - total
        confidence = min(1.0, max(0.0, math.exp(min(0.0, log_p))))
        why = ""
        if di and dj and any(k in wrong_blocks for k in range(j, ej)):
            confidence = 0.0
        elif di and dj and any(k in english_notes for k in range(j, ej)):
            confidence, why = min(confidence, DISAGREE_CAP), WHY_ORIGINAL
        elif di and dj and _disagree(scorer, i, j, di, dj):
            confidence, why = min(confidence, DISAGREE_CAP), WHY_DISAGREE
        pairs.append(Pair(tuple(range(i, ei)), tuple(range(j, ej)), round(confidence, 6), why))

    diverges = _diverges(scorer, path, pairs)
    pairs, crossed = _uncross(scorer, pairs)
    pairs = _labelled_in_two(scorer, pairs)
    pairs = _reordered_lists(scorer, pairs, crossed)
    _doubt_unanchored_notes(scorer, pairs)
    notes = _notes(source, target, pairs, wrong_blocks)
    if crossed:
        lines = _lines([target.segments[j].line for j in crossed])
        notes.append(
            f"{_count(len(crossed), 'block')} of {target.path or 'the translation'} ({lines}) "
            "come in another order than the English: paired across, filled fuzzy"
        )
    if diverges:
        pairs = [_capped(p, DIVERGENT_CAP, WHY_DIVERGES) for p in pairs]
        matched = sum(1 for p in pairs if p.source and p.target)
        notes.insert(
            0,
            f"the structure of {target.path or 'the translation'} diverges from the English "
            f"({matched} of {n} English segments found a counterpart, few with matching "
            "length and numbers): every fill is fuzzy",
        )
    return Alignment(lang=target.lang, pairs=tuple(pairs), notes=tuple(notes))


def _uncross(scorer: _Scorer, pairs: list[Pair]) -> tuple[list[Pair], list[int]]:
    """Two paragraphs the translation gives in the other order, which a monotone
    alignment can only see as a 2-2 bead, or as a paragraph missing on one side
    of a pair and extra on the other (A B / B' A'). Paired across where that
    fits far better; the pairs involved are capped at CROSSING_CAP (a guess a
    translator confirms)."""
    out: list[Pair] = []
    crossed: list[int] = []
    for pair in pairs:
        if pair.bead == "2-2":
            i, j = pair.source[0], pair.target[0]
            straight = scorer.cost(i, j, 1, 1) + scorer.cost(i + 1, j + 1, 1, 1)
            across = scorer.cost(i, j + 1, 1, 1) + scorer.cost(i + 1, j, 1, 1)
            if across + _CROSSING_MARGIN < straight:
                confidence = min(pair.confidence, CROSSING_CAP)
                out.extend(
                    (Pair((i,), (j + 1,), confidence, WHY_CROSSED), Pair((i + 1,), (j,), confidence, WHY_CROSSED))
                )
                crossed.extend((j, j + 1))
                continue
        out.append(pair)
    # A B / B' A' as two 1-1 pairs (or halves of 2-2 ones): unlabelled
    # neighbours of one kind that fit crossed about as well as in order.
    # Without a word in common nothing tells them apart: both fuzzy; two 1-1
    # pairs are paired across when that fits clearly better.
    places = [
        (pair.source[h], pair.target[h], k)
        for k, pair in enumerate(out)
        if pair.bead in ("1-1", "2-2")
        for h in range(len(pair.source))
    ]
    for (i, j, k), (i2, j2, k2) in zip(places, places[1:], strict=False):
        if i2 != i + 1 or j2 != j + 1 or not _neighbours_alike(scorer, i, j):
            continue
        if j not in out[k].target or j2 not in out[k2].target:
            continue  # already paired across
        straight = scorer.cost(i, j, 1, 1) + scorer.cost(i + 1, j + 1, 1, 1)
        across = scorer.cost(i, j + 1, 1, 1) + scorer.cost(i + 1, j, 1, 1)
        first, second = out[k], out[k2]
        if across - straight < -_CROSSED_CLEARLY and first.bead == second.bead == "1-1" and k2 == k + 1:
            confidence = min(first.confidence, second.confidence, CROSSING_CAP)
            out[k] = Pair((i,), (j + 1,), confidence, WHY_CROSSED)
            out[k2] = Pair((i + 1,), (j,), confidence, WHY_CROSSED)
            crossed.extend((j, j + 1))
        elif across - straight < _CROSSING_DOUBT:
            out[k] = _capped(first, DOUBT_CAP, WHY_MAY_CROSS)
            out[k2] = _capped(second, DOUBT_CAP, WHY_MAY_CROSS)
    # A B / B' A': a paragraph missing on one side of a few pairs and extra on
    # the other; paired across when it fits, the pairs between it capped.
    missing = [k for k, p in enumerate(out) if p.bead == "1-0"]
    extra = [k for k, p in enumerate(out) if p.bead == "0-1"]
    candidates = sorted(
        (scorer.cost(out[a].source[0], out[b].target[0], 1, 1), a, b)
        for a in missing
        for b in extra
        if 1 < abs(a - b) <= _CROSSING_REACH
    )
    used: set[int] = set()
    replaced: dict[int, Pair] = {}
    limit = _PRIOR_COST[(1, 0)] + _PRIOR_COST[(0, 1)] - _CROSSING_MARGIN
    for cost, a, b in candidates:
        if cost >= limit or a in used or b in used:
            continue
        i, j = out[a].source[0], out[b].target[0]
        shared, _ = _strong_agreement(scorer, i, j)
        if not shared or _disagree(scorer, i, j, 1, 1):
            continue  # only what the two share tells a moved paragraph from a missing and an extra one
        used.update((a, b))
        replaced[a] = Pair((i,), (j,), CROSSING_CAP, WHY_CROSSED)
        replaced[b] = Pair((), (), 0.0)  # dropped below
        crossed.append(j)
        for k in range(min(a, b) + 1, max(a, b)):
            pair = replaced.get(k, out[k])
            if pair.source and pair.target:
                replaced[k] = _capped(pair, DOUBT_CAP, WHY_DISPLACED)
                crossed.extend(pair.target)
    out = [replaced.get(k, p) for k, p in enumerate(out)]
    out = [p for p in out if p.source or p.target]
    _doubt_near_unmatched(scorer, out)
    return out, crossed


# Items under the same labels whose contents fit another order this much better
# (nats, the anchors alone at least as much) are paired across; this much better,
# anchors agreeing, the list is a guess. Sorting is exhaustive up to _PERMUTED.
_LIST_ACROSS = 2.5
_LIST_DOUBT = 1.0
_PERMUTED = 6
_LIST_REACH = 6  # how far an item may have moved in a longer list
_EPSILON = 1e-6  # sums of costs that differ by less are equal (float rounding)


def _reordered_lists(scorer: _Scorer, out: list[Pair], crossed: list[int]) -> list[Pair]:
    """Lists whose items a translation gives in another order under the same labels:
    French sorts its definitions alphabetically, (b) « Procès-verbal » under (b)
    "Publication". The labels agree, so the alignment pairs them in order (or, led
    by what they say, cuts and skips); what they say (quoted terms, names, numbers,
    symbols, lengths) decides. The items whose label both sides print are paired
    across when that fits clearly better than label to label, and every item of
    the list is fuzzy when it fits better or when the translation's terms stand in
    its own alphabetical order."""
    result: list[Pair] = []
    done = 0
    for first, last in _labelled_spans(scorer, out):
        result.extend(out[done:first])
        span = out[first:last]
        done = last
        by_key = {scorer.tgt[j].key: j for pair in span for j in pair.target}
        src = [i for pair in span for i in pair.source if scorer.src[i].key in by_key]
        tgt = [by_key[scorer.src[i].key] for i in src]  # label to label
        n = len(src)
        if n < 2 or len(set(tgt)) < n:
            result.extend(span)
            continue
        costs: dict[tuple[int, int], tuple[float, float]] = {}

        def cost(x: int, y: int, src: list[int] = src, tgt: list[int] = tgt,
                 costs: dict[tuple[int, int], tuple[float, float]] = costs) -> tuple[float, float]:
            if (x, y) not in costs:
                costs[(x, y)] = scorer.content(src[x], tgt[y])
            return costs[(x, y)]

        order = _best_order(n, cost)
        straight = [cost(x, x) for x in range(n)]
        chosen = [cost(x, order[x]) for x in range(n)]
        gain = sum(c[1] for c in straight) - sum(c[1] for c in chosen)
        anchor_gain = sum(c[0] for c in straight) - sum(c[0] for c in chosen)
        moved = order != list(range(n))
        # Paired across only where every label is on both sides: an item merged, left
        # out or added leaves contents that fit two places and nothing to pair them by.
        whole = n == sum(len(p.source) for p in span) == sum(len(p.target) for p in span)
        if moved and whole and gain >= _LIST_ACROSS and anchor_gain >= _LIST_ACROSS:
            confidence = min(min(p.confidence for p in span), CROSSING_CAP)
            result.extend(Pair((src[x],), (tgt[order[x]],), confidence, WHY_CROSSED) for x in range(n))
            crossed.extend(tgt[y] for x, y in enumerate(order) if x != y)
        elif (moved and gain >= _LIST_DOUBT and anchor_gain > _EPSILON) or _sorted_apart(scorer, src, tgt):
            result.extend(_capped(p, DOUBT_CAP, WHY_LIST) for p in span)
        else:
            result.extend(span)
    result.extend(out[done:])
    return result


_MARK_AT_END = re.compile(r"(?<=[.。])(?:\d{1,3}|\(\d{1,3}\)|\*{1,3})$")


def _without_mark(text: str) -> str:
    """``text`` without a footnote mark after its full stop ("in 2012.2")."""
    return _MARK_AT_END.sub("", text)


def _doubt_unanchored_notes(scorer: _Scorer, out: list[Pair]) -> None:
    """A note one language alone prints ("The present document is being issued without
    formal editing", a translator's note) stands right after the title or at the end of
    the text; when each version has one there, nothing but their place pairs them.
    Two unlabelled paragraphs so placed that share no anchor at all are a guess."""
    body = [k for k, p in enumerate(out) if p.source and scorer.src[p.source[0]].kind != FOOTNOTE]
    if not body:
        return
    last = body[-1]
    # The title: the first segment after the masthead, on each side.
    first_src = next((i for i, f in enumerate(scorer.src) if f.kind not in _FRONT), -2)
    first_tgt = next((j for j, f in enumerate(scorer.tgt) if f.kind not in _FRONT), -2)
    for k in body:
        pair = out[k]
        if pair.bead != "1-1":
            continue
        i, j = pair.source[0], pair.target[0]
        s, t = scorer.src[i], scorer.tgt[j]
        if s.kind != PARAGRAPH or t.kind != PARAGRAPH or s.key or t.key or not (s.sentence and t.sentence):
            continue
        after_title = i == first_src + 1 and j == first_tgt + 1
        if not (after_title or k == last):
            continue
        a, b = scorer.anchors(i, j, 1, 1)
        if not set(a) & set(b):
            out[k] = _capped(pair, DOUBT_CAP, WHY_PLACE_ONLY)


def _labelled_in_two(scorer: _Scorer, out: list[Pair]) -> list[Pair]:
    """A 2-2 bead of labelled items, labels of one level on both sides, as the two pairs
    the labels make (never a block cut at a guessed place): unsure, fuzzy."""
    result: list[Pair] = []
    for pair in out:
        if pair.bead == "2-2":
            keys = [scorer.src[i].key for i in pair.source] + [scorer.tgt[j].key for j in pair.target]
            if all(keys) and len({level(k) for k in keys}) == 1:
                confidence = min(pair.confidence, DOUBT_CAP)
                result.extend(
                    Pair((i,), (j,), confidence, WHY_LABELLED_PAIR)
                    for i, j in zip(pair.source, pair.target, strict=True)
                )
                continue
        result.append(pair)
    return result


def _labelled_spans(scorer: _Scorer, out: list[Pair]) -> list[tuple[int, int]]:
    """Stretches of consecutive pairs (any bead: a list's items crossed may have been
    cut, merged or left over) whose every English segment and block carries a label
    of one level: the items of one list, as [first, last) indices into ``out``."""
    spans: list[tuple[int, int]] = []
    start, current = 0, ""
    for k, pair in enumerate(out):
        keys = [scorer.src[i].key for i in pair.source] + [scorer.tgt[j].key for j in pair.target]
        levels = {level(key) for key in keys}
        here = levels.pop() if len(levels) == 1 and all(keys) and not keys[0].startswith("annex:") else ""
        if here and here == current:
            continue
        if current and k - start >= 2:
            spans.append((start, k))
        start, current = k, here
    if current and len(out) - start >= 2:
        spans.append((start, len(out)))
    return spans


def _best_order(n: int, cost: Callable[[int, int], tuple[float, float]]) -> list[int]:
    """The target item for each English one that costs least in all: every order of a
    short list; a longer one from the order given, swapping items not far apart while
    that helps."""
    if n <= _PERMUTED:
        best = min(itertools.permutations(range(n)), key=lambda p: sum(cost(x, p[x])[1] for x in range(n)))
        return list(best)
    order = list(range(n))
    for _ in range(n):
        base = [cost(x, order[x])[1] for x in range(n)]
        swap, saving = None, 1e-9
        for x in range(n):
            for y in range(x + 1, min(n, x + _LIST_REACH + 1)):
                change = base[x] + base[y] - cost(x, order[y])[1] - cost(y, order[x])[1]
                if change > saving:
                    swap, saving = (x, y), change
        if swap is None:
            break
        x, y = swap
        order[x], order[y] = order[y], order[x]
    return order


def _sorted_apart(scorer: _Scorer, src: list[int], tgt: list[int]) -> bool:
    """Are the translation's items terms in quotes standing in its own alphabetical order,
    as the English's are not, or not all confirmed pair by pair (a term, name, number
    or symbol each English item shares with its own translated item alone)?"""
    terms = [scorer.tgt[j].term for j in sorted(tgt)]
    if not all(terms) or not all(scorer.src[i].term for i in src) or terms != sorted(terms):
        return False
    content = [scorer._tgt_content[j][0] for j in tgt]
    for x, i in enumerate(src):
        own = set(scorer._src_content[i][0]) & set(content[x])
        others = set().union(*(content[y] for y in range(len(tgt)) if y != x))
        if not own - others:
            return True
    return False


def _doubt_near_unmatched(scorer: _Scorer, out: list[Pair]) -> None:
    """A paragraph left out (or one extra) next to unlabelled pairs of its kind that
    it fits about as well: which of them the translation left out, or moved, is a
    guess; the pairs up to the one it could take are capped at DOUBT_CAP. Either
    paragraph of a 2-1 (1-2) bead of such paragraphs may be the one left out or
    moved, and is tried the same way."""
    for a, pair in enumerate(out):
        alone_ones: list[tuple[int | None, int | None]]
        if pair.bead in ("1-0", "2-1"):
            alone_ones = [(i, None) for i in pair.source]
        elif pair.bead in ("0-1", "1-2"):
            alone_ones = [(None, j) for j in pair.target]
        else:
            continue
        for k in range(max(0, a - 2), min(len(out), a + 3)):
            other = out[k]
            if other.bead != "1-1" or k == a:
                continue
            i, j = other.source[0], other.target[0]
            for left_i, left_j in alone_ones:
                if left_i is not None:
                    alone, current = scorer.src[left_i], scorer.src[i]
                    alternative = scorer.cost(left_i, j, 1, 1)
                else:
                    assert left_j is not None
                    alone, current = scorer.tgt[left_j], scorer.tgt[j]
                    alternative = scorer.cost(i, left_j, 1, 1)
                if not (_alike(alone, current) and _alike(scorer.src[i], scorer.tgt[j])):
                    continue
                if alternative - scorer.cost(i, j, 1, 1) < _UNMATCHED_DOUBT:
                    for x in range(min(a, k), max(a, k) + 1):
                        p = out[x]
                        if p.source and p.target:
                            out[x] = _capped(p, DOUBT_CAP, WHY_DISPLACED)
                    break
    # A paragraph left out between pairs of its kind, one of them already unsure: which
    # paragraph went, or moved across the gap (A B C / C' A'), is one guess for both sides.
    for a, pair in enumerate(out):
        if pair.bead not in ("1-0", "0-1"):
            continue
        alone = scorer.src[pair.source[0]] if pair.source else scorer.tgt[pair.target[0]]
        near = [
            k for k in (a - 2, a - 1, a + 1, a + 2)
            if 0 <= k < len(out) and out[k].bead == "1-1"
            and _alike(scorer.src[out[k].source[0]], scorer.tgt[out[k].target[0]])
            and _alike(alone, scorer.src[out[k].source[0]])
        ]
        if any(out[k].confidence < _UNSURE for k in near):
            for k in near:
                out[k] = _capped(out[k], DOUBT_CAP, WHY_DISPLACED)


def _alike(a: _Features, b: _Features) -> bool:
    """Unlabelled paragraphs of one kind (a preamble's last one like the others)."""
    kinds = {PARAGRAPH if f.kind == PREAMBLE else f.kind for f in (a, b)}
    labelled = any(key[0] == "p" for f in (a, b) for key in f.anchors)
    return len(kinds) == 1 and not labelled and a.group == "body"


def _unaligned(n: int, m: int, lang: str, note: str) -> Alignment:
    """Every English segment without counterpart, every block unmatched, nothing filled."""
    pairs = [Pair((i,), (), 0.0) for i in range(n)] + [Pair((), (j,), 0.0) for j in range(m)]
    return Alignment(lang=lang, pairs=tuple(pairs), notes=(note,) if note else ())


def _script_spread(lang: str) -> float:
    """How much more lengths vary against English in a distant script (first guess only)."""
    return {"Latin": 1.0, "Cyrillic": 1.2, "Arabic": 1.5, "Han": 2.0}.get(
        get_language(lang).script, 1.5
    )


def _disagree(scorer: _Scorer, i: int, j: int, di: int, dj: int) -> bool:
    """Strong anchors on one side and none of them shared with the other; or,
    paragraph numbers aside, two or more numbers, months or symbols on one side
    and none of them on the other (the right number on the wrong paragraph); or
    months on both sides and none in common."""
    a, b = scorer.anchors(i, j, di, dj)
    strong_a = {k for k in a if k[0] in _STRONG}
    strong_b = {k for k in b if k[0] in _STRONG}
    if (strong_a or strong_b) and not (strong_a & strong_b):
        return True
    content_a = {k for k in strong_a if k[0] != "p"}
    content_b = {k for k in strong_b if k[0] != "p"}
    if max(len(content_a), len(content_b)) >= 2 and not (content_a & content_b):
        return True
    # Dates in different months: two notes issued on different days.
    months_a = {k for k in a if k[0] == "m"}
    months_b = {k for k in b if k[0] == "m"}
    return bool(months_a and months_b and not months_a & months_b)


def _neighbours_alike(scorer: _Scorer, i: int, j: int) -> bool:
    """Two unlabelled neighbours of one kind on both sides: what a translation may swap
    (a preamble's last paragraph is a paragraph like the others)."""
    kinds = {
        PARAGRAPH if f.kind == PREAMBLE else f.kind
        for f in (scorer.src[i], scorer.src[i + 1], scorer.tgt[j], scorer.tgt[j + 1])
    }
    labelled = any(
        key[0] == "p" for f in (scorer.src[i], scorer.src[i + 1], scorer.tgt[j], scorer.tgt[j + 1]) for key in f.anchors
    )
    return len(kinds) == 1 and not labelled and scorer.src[i].group == "body"


def _strong_agreement(scorer: _Scorer, i: int, j: int) -> tuple[int, int]:
    """Strong anchors (labels, numbers, symbols, months) a 1-1 pair shares, and those on one side only."""
    a, b = scorer.anchors(i, j, 1, 1)
    strong_a = {k for k in a if k[0] in _STRONG}
    strong_b = {k for k in b if k[0] in _STRONG}
    return len(strong_a & strong_b), len(strong_a ^ strong_b)


def _blocks_in_another_language(target: Document) -> set[int]:
    """Blocks a translator left untranslated (English in source/ru/): never filled."""
    out = set()
    for k, seg in enumerate(target.segments):
        if seg.kind in _FRONT or seg.kind == SIGNATURE:
            continue
        if looks_like(seg.text, target.lang) is False:
            out.add(k)
    return out


def _diverges(scorer: _Scorer, path: list[tuple[int, int, int, int]], pairs: list[Pair]) -> bool:
    """Does the translation as a whole fail to follow the English? Too few English
    segments pair with a block of fitting length, or too few of the English
    numbers, symbols and paragraph numbers are found in their pairs."""
    n = len(scorer.src)
    fitting = 0
    shared = 0
    for (i, j, di, dj), pair in zip(path, pairs, strict=True):
        if not (di and dj):
            continue
        ls, lt = scorer.lengths(i, j, di, dj)
        if _length_delta(ls, lt, scorer.ratio, scorer.variance) < 2.5 and pair.confidence >= 0.5:
            fitting += di
        a, b = scorer.anchors(i, j, di, dj)
        shared += sum(min(c, b.get(k, 0)) for k, c in a.items() if k[0] in _STRONG)
    strong = sum(c for f in scorer.src for k, c in f.anchors.items() if k[0] in _STRONG)
    if n >= 4 and fitting < 0.6 * n:
        return True
    return strong >= 8 and shared < 0.4 * strong


def _notes(
    source: Document, target: Document, pairs: list[Pair], wrong_blocks: set[int]
) -> list[str]:
    """Document-level findings for the reports, in words."""
    where = target.path or "the translation"
    notes = []
    missing = [p.source[0] for p in pairs if not p.target]
    extra = [p.target[0] for p in pairs if not p.source]
    if missing:
        lines = _lines([source.segments[i].line for i in missing])
        notes.append(
            f"{_count(len(missing), 'English segment')} ({lines} of the English) "
            f"{'has' if len(missing) == 1 else 'have'} no counterpart in {where}"
        )
    if extra:
        lines = _lines([target.segments[j].line for j in extra])
        notes.append(
            f"{_count(len(extra), 'block')} of {where} ({lines}) "
            f"{'matches' if len(extra) == 1 else 'match'} no English segment"
        )
    merged = [p for p in pairs if len(p.source) == 2 and p.target]
    if merged:
        lines = _lines([target.segments[p.target[0]].line for p in merged])
        notes.append(
            f"{_count(len(merged), 'block')} of {where} ({lines}) "
            f"{'translates' if len(merged) == 1 else 'translate'} two English segments at once: "
            "cut at a sentence boundary and filled fuzzy"
        )
    if wrong_blocks:
        lines = _lines([target.segments[k].line for k in sorted(wrong_blocks)])
        language = get_language(target.lang)
        notes.append(
            f"{_count(len(wrong_blocks), 'block')} of {where} ({lines}) "
            f"{'is' if len(wrong_blocks) == 1 else 'are'} not in {language.name}: not filled"
        )
    return notes


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _lines(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:8])
    return f"line{'' if len(numbers) == 1 else 's'} {shown}{', ...' if len(numbers) > 8 else ''}"


def join_blocks(texts: Sequence[str], language: Language) -> str:
    """Blocks of one paragraph as one text: a space, or nothing between ideographs."""
    out = texts[0]
    for text in texts[1:]:
        if not language.joiner and not (_is_wide(out[-1:]) or _is_wide(text[:1])):
            out = f"{out} {text}"
        else:
            out = out + language.joiner + text
    return out


def _is_wide(char: str) -> bool:
    return bool(char) and (0x2E80 <= ord(char) <= 0x9FFF or 0xF900 <= ord(char) <= 0xFFEF)


def split_text(text: str, share: float, lang: str = "", label: str = "") -> tuple[str, str]:
    """Cut ``text`` in two: before the label ``label`` (a canonical key) where the
    second part's label stands inside the text, which then goes; otherwise at the
    sentence boundary nearest ``share`` of its length (a clause boundary, then a
    space, when it has none). Never inside a number or right after a label."""
    if label and lang:
        for match in _LABEL_START.finditer(text):
            if match.start() == 0:
                continue
            found = read_label(text[match.start():], lang)
            if found is not None and label in (found.key, found.alternative):
                return text[: match.start()].strip(), found.rest
    goal = share * len(text)
    for pattern in (_SENTENCE_END, _CLAUSE_END, _SPACE):
        cuts = [
            m
            for m in pattern.finditer(text)
            if 0 < m.start() and m.end() < len(text) and not _ENDS_WITH_LABEL.search(text[: m.start()].rstrip())
        ]
        if cuts:
            cut = min(cuts, key=lambda m: abs(m.start() - goal))
            return text[: cut.start()].strip(), text[cut.end() :].strip()
    point = min(max(1, round(goal)), len(text) - 1)
    return text[:point], text[point:]


def _without_label(text: str, label: str, lang: str) -> str:
    """``text`` without a leading label whose key is ``label``: a translation's own
    label the segmenter did not take as one would be printed twice."""
    if not label:
        return text
    found = read_label(text, lang)
    if found is not None and found.rest and label in (found.key, found.alternative):
        return found.rest
    return text


def fills_from(alignment: Alignment, source: Document, target: Document) -> list[Fill]:
    """One Fill per English segment that has a counterpart in the translation.

    A 1-2 bead joins the two blocks; a 2-1 or 2-2 bead cuts the translation at
    a sentence boundary in proportion to the English lengths, and its fills
    are capped at SPLIT_CAP so they are always fuzzy. A pair whose confidence
    is 0 (wrong language) is reported in the Alignment, never filled.
    """
    language = get_language(target.lang)
    fills: list[Fill] = []
    for pair in alignment.pairs:
        if not pair.source or not pair.target or pair.confidence <= 0.0:
            continue
        blocks = [target.segments[j] for j in pair.target]
        origin = f"{target.path}:{blocks[0].line}"
        text = join_blocks([b.text for b in blocks], language)
        if len(pair.source) == 1:
            english_segment = source.segments[pair.source[0]]
            if not blocks[0].number:
                text = _without_label(text, english_segment.label, target.lang)
            fills.append(Fill(english_segment.text, text, pair.confidence, pair.bead, origin, pair.why))
            continue
        english = [source.segments[i] for i in pair.source]
        lengths = [max(1, len(s.text)) for s in english]
        head, tail = split_text(text, lengths[0] / sum(lengths), target.lang, english[1].label)
        head = _without_label(head, english[0].label, target.lang)
        confidence = min(pair.confidence, SPLIT_CAP)
        why = WHY_SPLIT if pair.confidence > SPLIT_CAP or not pair.why else pair.why
        fills.append(Fill(english[0].text, head, confidence, pair.bead, origin, why))
        fills.append(Fill(english[1].text, tail, confidence, pair.bead, origin, why))
    return fills


__all__ = [
    "BEADS",
    "CROSSING_CAP",
    "DOUBT_CAP",
    "DIVERGENT_CAP",
    "SPLIT_CAP",
    "align_documents",
    "anchors_of",
    "fills_from",
    "join_blocks",
    "label_key",
    "script_mismatch",
    "split_text",
]
