"""Numbers written in words, in the six languages: a text in, the numbers it says out.

Official translations write numbers as words where the English has digits
and the other way round: cardinals ("twenty-two", "vingt-deux", "двадцати
двух", "اثنين وعشرين", "二十二"), ordinals ("sixty-eighth", "sexagésimo
octavo", "الثامنة والستون", "第六十八") and words derived from a number
("biennial", "quinquennal", "пятилетний", "السنتين", "两年期").

The words of English, French, Spanish and Russian (every Russian case,
gender and number) are spelled by num2words; tables of ours add the forms it
does not give (feminines, plurals, apocopes, derived words) and all of
Arabic. Chinese numerals are read by ``pipeline.text.chinese_value``. A run
of number words is read as one number the way the language builds numbers
(hundreds, tens and units; Arabic puts units before tens; scale words
multiply), so "vingt-deux" is 22, not 20 and 2, and "two three" is 2 and 3.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from ..text import chinese_value

# Roles of a number word in a run.
UNIT = 1  # 0-19, or 21-29 in one word (a unit slot): "two", "treize", "двух", "veintidós"
TEN = 2  # 20-90, and the Spanish ordinal "décimo": "vingt", "sexagésimo"
HUNDRED = 3  # multiplies what stands before it: "hundred", "cent", "مائة"
HUNDREDS = 4  # a whole number of hundreds: "doscientos", "двести", "ثلاثمائة"
SCALE = 5  # thousand, million...: multiplies the group before it
TEEN = 6  # Arabic عشر/عشرة after a unit: +10 ("ثلاثة عشر"); alone it is 10
DERIVED = 7  # a word of a period derived from a number, read on its own: "biennial", "пятилетний"
SAYS = 10  # a word that says a number on its own: "dizaine", "оба", "tiers", "كلتا"
CONNECTOR = 8  # "and", "et", "y", Arabic و: may join two number words
SCALE2 = 9  # an Arabic dual of a scale word: ألفان is 2000, مليونان 2 000 000

class NumberWords(NamedTuple):
    """A number a text writes in words: where, its value, and what kind of words."""

    start: int
    end: int
    value: Decimal
    ordinal: bool = False  # "sixty-eighth", "الثامنة", "第六十八"
    derived: bool = False  # a period: "biennial", "пятилетний", "双年度"


@dataclass(frozen=True)
class _Word:
    value: int
    role: int
    ordinal: bool = False


# --- folding ------------------------------------------------------------------

_AR_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")  # harakat, dagger alef, kashida


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def fold(lang: str, word: str) -> str:
    """A word as the vocabulary keys it: lower case; no accents (fr, es); ё as е;
    Arabic without vowel marks and kashida, with one alef, ى as ي and ة as ه."""
    word = word.casefold()
    if lang in ("fr", "es"):
        return _strip_accents(word) if not word.isascii() else word
    if lang == "ru":
        return word.replace("ё", "е")
    if lang == "ar":
        word = _AR_MARKS.sub("", word)
        return word.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي").replace("ة", "ه")
    return word


# --- vocabularies -------------------------------------------------------------

_ATOMS = (*range(30), *range(30, 100, 10), *range(100, 1000, 100))  # Spanish: veintidós
_SCALES = (1000, 10**6, 10**9)


def _role(value: int) -> int:
    if value < 100:
        # Spanish writes 21-29 as one word (veintidós): a whole units slot.
        return TEN if value >= 20 and value % 10 == 0 else UNIT
    if value < 1000:
        return HUNDREDS
    return SCALE


def _add(vocab: dict[str, _Word], lang: str, words: str | list[str], word: _Word) -> None:
    for text in [words] if isinstance(words, str) else words:
        vocab.setdefault(fold(lang, text), word)


def _spelled(lang: str, **options: object) -> list[tuple[int, list[str]]]:
    """(value, words) of every atom as num2words spells it with these options."""
    from num2words import num2words  # imported on first use: 25 ms

    values = [*_ATOMS]
    for scale in _SCALES:  # "million" before "mil millones" (Spanish 10^9)
        values += [scale, 2 * scale, 5 * scale]
    spelled = []
    for value in values:
        try:
            text = num2words(value, lang=lang, **options)
        except (NotImplementedError, TypeError, ValueError, OverflowError):
            continue
        spelled.append((value, re.findall(r"[^\W\d_]+", text)))
    return spelled


def _from_num2words(vocab: dict[str, _Word], lang: str, **options: object) -> None:
    """Take each atom's last word (the one that says it: "hundred" of "one
    hundred", "тысячи" of "две тысячи") into the vocabulary; atoms spelled
    in several words below a hundred ("dix-sept", "soixante-dix") are read
    from their parts."""
    ordinal = options.get("to") == "ordinal"
    for value, words in _spelled(lang, **options):
        if not words:
            continue
        last = words[-1]
        if value >= 1000:
            base = next(s for s in _SCALES if value % s == 0 and value // s in (1, 2, 5))
            if len(words) == 1:
                # "тысячный", "двухтысячный", "millonésimo": one word says it all.
                _add(vocab, lang, last, _Word(value, SCALE if value == base else HUNDREDS, ordinal))
            else:
                _add(vocab, lang, last, _Word(base, SCALE, ordinal))
        elif value == 100 or (value > 100 and len(words) > 1):
            _add(vocab, lang, last, _Word(100, HUNDRED, ordinal))  # "two hundred": hundred x 2
        elif len(words) == 1:
            _add(vocab, lang, last, _Word(value, _role(value), ordinal))


def _english() -> dict[str, _Word]:
    vocab: dict[str, _Word] = {}
    _from_num2words(vocab, "en")
    _from_num2words(vocab, "en", to="ordinal")
    for word, value in (("hundreds", 100), ("thousands", 1000), ("millions", 10**6), ("billions", 10**9)):
        _add(vocab, "en", word, _Word(value, SCALE))
    _add(vocab, "en", "and", _Word(0, CONNECTOR))
    derived = {
        2: "biennial biennially biennium biennia bienniums biannual twice",
        3: "triennial triennially triennium thrice",
        4: "quadrennial quadrennially quadrennium",
        5: "quinquennial quinquennium",
        10: "decade decades decennial",
        100: "centenary centennial",
        200: "bicentenary bicentennial",
    }
    for value, words in derived.items():
        _add(vocab, "en", words.split(), _Word(value, DERIVED))
    _add(vocab, "en", ["dozen", "dozens"], _Word(12, SAYS))
    return vocab


def _french() -> dict[str, _Word]:
    vocab: dict[str, _Word] = {}
    _from_num2words(vocab, "fr")
    _from_num2words(vocab, "fr", to="ordinal")
    # Ordinals: feminine and plural; "unième" in compounds; "quatre-vingtième".
    for word, value in (("premiere", 1), ("premiers", 1), ("premieres", 1), ("unieme", 1),
                        ("second", 2), ("seconde", 2), ("seconds", 2), ("secondes", 2)):  # fmt: skip
        _add(vocab, "fr", word, _Word(value, UNIT, True))
    _add(vocab, "fr", "une", _Word(1, UNIT))  # trente et une visites
    _add(vocab, "fr", "vingtieme", _Word(20, TEN, True))
    _add(vocab, "fr", ["centieme", "centiemes"], _Word(100, HUNDRED, True))
    _add(vocab, "fr", ["millieme", "milliemes"], _Word(1000, SCALE, True))
    for key, entry in list(vocab.items()):
        if entry.ordinal and key.endswith("ieme"):
            vocab.setdefault(key + "s", entry)
    for word, value in (("vingts", 20), ("cents", 100)):
        _add(vocab, "fr", word, _Word(value, TEN if value == 20 else HUNDRED))
    _add(vocab, "fr", ["mil", "milles"], _Word(1000, SCALE))
    _add(vocab, "fr", ["millions"], _Word(10**6, SCALE))
    _add(vocab, "fr", ["milliards"], _Word(10**9, SCALE))
    _add(vocab, "fr", "et", _Word(0, CONNECTOR))
    derived = {
        2: "biennal biennale biennaux biennales bisannuel bisannuelle bisannuels bisannuelles",
        3: "triennal triennale triennaux triennales",
        4: "quadriennal quadriennale quadriennaux quadriennales",
        5: "quinquennal quinquennale quinquennaux quinquennales",
        10: "decennal decennale decennaux decennales decennie decennies",
        100: "centenaire centenaires",
        200: "bicentenaire bicentenaires",
        1000: "millenaire millenaires",
    }
    for value, words in derived.items():
        _add(vocab, "fr", words.split(), _Word(value, DERIVED))
    # "une vingtaine de pays" for some 20 countries; "un tiers", "les pays tiers".
    says = {
        3: "tiers", 4: "quart quarts", 10: "dizaine dizaines", 12: "douzaine douzaines",
        15: "quinzaine quinzaines", 20: "vingtaine vingtaines", 30: "trentaine trentaines",
        40: "quarantaine quarantaines", 50: "cinquantaine cinquantaines",
        60: "soixantaine soixantaines", 100: "centaine centaines", 1000: "millier milliers",
    }  # fmt: skip
    for value, words in says.items():
        _add(vocab, "fr", words.split(), _Word(value, SAYS))
    return vocab


def _spanish() -> dict[str, _Word]:
    vocab: dict[str, _Word] = {}
    _from_num2words(vocab, "es")
    _from_num2words(vocab, "es", to="ordinal")
    # Spanish ordinals add up: "sexagésimo octavo" is 60 + 8, "décimo tercero" 10 + 3.
    vocab["decimo"] = _Word(10, TEN, True)
    units = ("primero segundo tercero cuarto quinto sexto septimo octavo noveno").split()
    for value, word in enumerate(units, start=1):
        _add(vocab, "es", word, _Word(value, UNIT, True))
        _add(vocab, "es", "decimo" + word, _Word(10 + value, UNIT, True))  # decimotercero
    extra_ordinals = {
        1: "primer", 3: "tercer", 7: "setimo", 9: "nono", 11: "undecimo onceavo decimoprimer",
        12: "duodecimo doceavo", 13: "decimotercer", 18: "decimoctavo", 19: "decimonono",
    }  # fmt: skip
    for value, words in extra_ordinals.items():
        _add(vocab, "es", words.split(), _Word(value, UNIT, True))
    # The Academy's spellings where num2words has others (quadragésimo, septigentésimo).
    vocab["cuadragesimo"] = _Word(40, TEN, True)
    for value, word in ((400, "cuadringentesimo"), (700, "septingentesimo"), (800, "octingentesimo")):
        vocab[word] = _Word(value, HUNDREDS, True)
    _add(vocab, "es", "un", _Word(1, UNIT))
    _add(vocab, "es", "veintiun", _Word(21, UNIT))
    _add(vocab, "es", "ciento", _Word(100, HUNDRED))  # ciento uno
    # Feminines and plurals: primera, vigésimas, una, veintiuna, doscientas.
    for key, entry in list(vocab.items()):
        if entry.ordinal and key.endswith("o"):
            for form in (key[:-1] + "a", key + "s", key[:-1] + "as"):
                vocab.setdefault(form, entry)
        elif key.endswith("ientos"):
            vocab.setdefault(key[:-2] + "as", entry)
        elif key in ("uno", "veintiuno"):
            vocab.setdefault(key[:-1] + "a", entry)
    _add(vocab, "es", ["millones", "millon"], _Word(10**6, SCALE))
    _add(vocab, "es", ["millardo", "millardos"], _Word(10**9, SCALE))
    _add(vocab, "es", ["billon", "billones"], _Word(10**12, SCALE))
    _add(vocab, "es", "y", _Word(0, CONNECTOR))
    derived = {
        2: "bienal bienales bienio bienios bianual bianuales",
        3: "trienal trienales trienio trienios",
        4: "cuatrienal cuatrienales cuadrienal cuadrienales cuatrienio cuatrienios cuadrienio",
        5: "quinquenal quinquenales quinquenio quinquenios",
        10: "decenal decenales decenio decenios decada decadas",
        100: "centenario centenarios",
        200: "bicentenario bicentenarios",
        1000: "milenario",
    }
    for value, words in derived.items():
        _add(vocab, "es", words.split(), _Word(value, DERIVED))
    says = {
        3: "tercio tercios", 10: "decena decenas", 12: "docena docenas", 15: "quincena quincenas",
        20: "veintena veintenas", 100: "centenar centenares", 1000: "millar millares",
    }  # fmt: skip
    for value, words in says.items():
        _add(vocab, "es", words.split(), _Word(value, SAYS))
    return vocab


def _russian() -> dict[str, _Word]:
    vocab: dict[str, _Word] = {}
    for case in ("n", "g", "d", "a", "i", "p"):
        # Cardinals decline by case (and "one", "two" by gender); ordinals by
        # case, gender and number, one plural for all genders.
        for gender in ("m", "f", "n"):
            _from_num2words(vocab, "ru", case=case, gender=gender)
            _from_num2words(vocab, "ru", to="ordinal", case=case, gender=gender)
        _from_num2words(vocab, "ru", case=case, plural=True)
        _from_num2words(vocab, "ru", to="ordinal", case=case, plural=True)
    collective = {
        2: "двое двоих двоим двоими оба обе обоих обеих обоим обеим обоими обеими",
        3: "трое троих троим троими треть трети третью",
        4: "четверо четверых четверым четверыми четверть четверти",
        5: "пятеро пятерых пятерым", 6: "шестеро шестерых", 7: "семеро семерых",
        12: "дюжина дюжины дюжин", 10: "десяток десятка десятки десятков",
        100: "сотня сотни сотен",
    }  # fmt: skip
    for value, words in collective.items():
        _add(vocab, "ru", words.split(), _Word(value, SAYS))
    for word, value in (("тыс", 1000), ("млн", 10**6), ("млрд", 10**9)):
        _add(vocab, "ru", word, _Word(value, SCALE))
    return vocab


# Arabic, written here: num2words' Arabic does not decline (اثنين, اثنتين) nor
# write UN ordinals (الثامنة والستون). Keys are folded (fold("ar", ...)).
_AR_UNITS = {
    0: "صفر",
    1: "واحد واحده",
    2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي ثنتان ثنتين",
    3: "ثلاثه ثلاث", 4: "اربعه اربع", 5: "خمسه خمس", 6: "سته ست", 7: "سبعه سبع",
    8: "ثمانيه ثماني ثمان", 9: "تسعه تسع",
}  # fmt: skip
_AR_TENS = {
    20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "اربعون اربعين", 50: "خمسون خمسين",
    60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين",
}  # fmt: skip
_AR_ORDINALS = {
    1: "اول اولي", 2: "ثاني ثانيه ثان", 3: "ثالث ثالثه", 4: "رابع رابعه", 5: "خامس خامسه",
    6: "سادس سادسه", 7: "سابع سابعه", 8: "ثامن ثامنه", 9: "تاسع تاسعه", 10: "عاشر عاشره",
}  # fmt: skip
_AR_HUNDREDS = {
    100: "مائه مئه", 200: "مائتان مائتين مئتان مئتين مائتا مائتي مئتا مئتي",
    300: "ثلاثمائه ثلاثمئه", 400: "اربعمائه اربعمئه", 500: "خمسمائه خمسمئه",
    600: "ستمائه ستمئه", 700: "سبعمائه سبعمئه", 800: "ثمانمائه ثمانمئه ثمانيمائه ثمانيمئه",
    900: "تسعمائه تسعمئه",
}  # fmt: skip
_AR_SCALES = {
    1000: "الف الاف", 10**6: "مليون ملايين", 10**9: "مليار مليارات بليون بلايين",
}  # fmt: skip
_AR_SCALE_DUALS = {2000: "الفان الفين الفا الفي", 2 * 10**6: "مليونان مليونين", 2 * 10**9: "ملياران مليارين"}
_AR_DERIVED = {
    # Duals of the time units and of "time" and "session": "two years" is سنتين.
    2: "سنتين سنتان سنتي عامين عامان شهرين شهران يومين يومان اسبوعين اسبوعان ساعتين ساعتان "
    "مرتين مرتان دورتين دورتان ثنائي ثنائيه",
    3: "ثلاثي ثلاثيه", 4: "رباعي رباعيه", 5: "خماسي خماسيه خمسي خمسيه",
    6: "سداسي سداسيه", 10: "عشري عشريه", 100: "مئوي مئويه", 1000: "الفيه",
}  # fmt: skip
_AR_SAYS = {2: "كلا كلتا كلتي", 3: "ثلث", 4: "ربع"}  # both; a third, a quarter


def _arabic() -> dict[str, _Word]:
    vocab: dict[str, _Word] = {}
    for value, words in _AR_UNITS.items():
        _add(vocab, "ar", words.split(), _Word(value, UNIT))
    _add(vocab, "ar", ["احد", "احدي"], _Word(1, UNIT))  # in 11, 21: احد عشر, احدى وعشرون
    _add(vocab, "ar", ["عشر", "عشره"], _Word(10, TEEN))
    for value, words in _AR_TENS.items():
        _add(vocab, "ar", words.split(), _Word(value, TEN))
    for value, words in _AR_ORDINALS.items():
        _add(vocab, "ar", words.split(), _Word(value, UNIT, True))
        # أولا, ثانيا: "firstly", "secondly", and the chapter numbers I., II.
        _add(vocab, "ar", words.split()[0] + "ا", _Word(value, UNIT, True))
    _add(vocab, "ar", ["حادي", "حاديه"], _Word(1, UNIT, True))  # الحادي عشر, الحادية والعشرون
    for value, words in _AR_HUNDREDS.items():
        _add(vocab, "ar", words.split(), _Word(value, HUNDRED if value == 100 else HUNDREDS))
    for value, words in _AR_SCALES.items():
        _add(vocab, "ar", words.split(), _Word(value, SCALE))
    for value, words in _AR_SCALE_DUALS.items():
        _add(vocab, "ar", words.split(), _Word(value, SCALE2))
    for value, words in _AR_DERIVED.items():
        _add(vocab, "ar", words.split(), _Word(value, DERIVED))
    for value, words in _AR_SAYS.items():
        _add(vocab, "ar", words.split(), _Word(value, SAYS))
    for value, words in _AR_TENS.items():  # التسعينات, the nineties
        ten = words.split()[1]
        _add(vocab, "ar", [ten + "ات", ten + "يات"], _Word(value, SAYS))
    return vocab


_BUILDERS = {"en": _english, "fr": _french, "es": _spanish, "ru": _russian, "ar": _arabic}


@lru_cache(maxsize=8)
def vocabulary(lang: str) -> dict[str, _Word]:
    """Folded word -> what it says, for ``lang`` (built once, on first use)."""
    return _BUILDERS[lang]()


# Russian words made of a number stem and a noun or adjective: двухгодичный,
# пятилетний, десятилетие, двадцатипятилетие, столетие, тысячелетие.
_RU_STEMS = {
    "одно": 1, "двух": 2, "дву": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7,
    "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12,
    "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16,
    "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19, "двадцати": 20, "тридцати": 30,
    "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70, "восьмидесяти": 80,
    "девяноста": 90, "сто": 100, "ста": 100, "двухсот": 200, "трехсот": 300, "четырехсот": 400,
    "пятисот": 500, "шестисот": 600, "семисот": 700, "восьмисот": 800, "девятисот": 900, "тысяче": 1000,
}  # fmt: skip
_RU_STEM = "|".join(sorted(_RU_STEMS, key=len, reverse=True))
_RU_DERIVED = re.compile(rf"((?:{_RU_STEM})+)(?:лет|годичн|месячн|недельн|дневн|часов|кратн|сторонн|процентн)[а-я]*")
_RU_STEM_RUN = re.compile(_RU_STEM)
# Ordinals of round thousands and millions in one word: двадцатиоднотысячный, трехмиллионный.
_RU_SCALE_ORDINAL = re.compile(rf"((?:{_RU_STEM})+)(тысячн|миллионн|миллиардн)[а-я]*")
_RU_SCALE = {"тысячн": 1000, "миллионн": 10**6, "миллиардн": 10**9}


def _russian_compound(word: str) -> _Word | None:
    match = _RU_DERIVED.fullmatch(word)
    if match is not None:
        return _Word(sum(_RU_STEMS[m.group()] for m in _RU_STEM_RUN.finditer(match.group(1))), DERIVED)
    match = _RU_SCALE_ORDINAL.fullmatch(word)
    if match is not None:
        stems = sum(_RU_STEMS[m.group()] for m in _RU_STEM_RUN.finditer(match.group(1)))
        return _Word(stems * _RU_SCALE[match.group(2)], HUNDREDS, True)
    return None


# --- reading ------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
# What may stand between two words of one number: spaces and hyphens.
_JOIN = re.compile(r"[\s\-\u2010\u2011]*")
# English also puts a comma after a scale word: "two million, two hundred".
_JOIN_AFTER_SCALE = re.compile(r"[\s\-\u2010\u2011]*,?\s*")
# French and Spanish articles are "one" only inside a number or before a scale
# word ("un million"); alone they are articles.
_ARTICLES = {"fr": frozenset({"un", "une"}), "es": frozenset({"un", "una"}), "ar": frozenset({"احد", "احدي"})}
# Proclitics an Arabic number word may carry: wa-, fa-, bi-, li-, ka-, al- and their compounds.
_AR_PREFIXES = ("وبال", "ولل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "و", "ف", "ب", "ل", "ك")


def _english_words(text: str) -> set[str]:
    return set(_WORD.findall(text))


@lru_cache(maxsize=131072)  # words repeat: most look-ups are of a word seen before
def _lookup(lang: str, word: str) -> tuple[_Word, bool] | None:
    """What ``word`` says, and whether it carries the Arabic conjunction و."""
    vocab = vocabulary(lang)
    key = fold(lang, word)
    found = vocab.get(key)
    if found is not None:
        return found, False
    if lang == "ru":
        compound = _russian_compound(key)
        return (compound, False) if compound else None
    if lang == "ar":
        for prefix in _AR_PREFIXES:
            if key.startswith(prefix) and len(key) - len(prefix) >= 2:
                found = vocab.get(key[len(prefix) :])
                if found is not None:
                    return found, prefix[0] == "و"
        return None
    return None


class _Run:
    """A number being read, slot by slot."""

    def __init__(self, start: int) -> None:
        self.start = self.end = start
        self.total = 0
        self.last_scale = 10**18
        self.hundreds: int | None = None
        self.tens: int | None = None
        self.units: int | None = None
        self.ordinal = False
        self.words = 0

    def value(self) -> int:
        return self.total + (self.hundreds or 0) + (self.tens or 0) + (self.units or 0)

    def after_scale(self) -> bool:
        return self.total > 0 and not self.group()

    def group(self) -> int:
        return (self.hundreds or 0) + (self.tens or 0) + (self.units or 0)

    def take(self, word: _Word, lang: str) -> bool:
        """Add ``word`` to the number; False when it must start a new one."""
        role, value = word.role, word.value
        if role == TEEN:
            if self.units is not None and self.units < 10 and self.tens is None:
                self.units += 10  # ثلاثة عشر
                return self._took(word)
            role = UNIT
        if role == UNIT:
            if lang == "fr" and self.units == 10 and value < 10:
                self.units += value  # dix-sept, soixante-dix-sept
                return self._took(word)
            if self.units is not None:
                return False
            if self.tens is not None:
                # After a ten only a unit, or in French 10-19 after 60 and 80 ("soixante-dix").
                if value >= 10 and not (lang == "fr" and self.tens in (60, 80)):
                    return False
                if lang == "ar":
                    return False  # Arabic puts units before tens
            self.units = value
        elif role == TEN:
            if lang == "fr" and value == 20 and self.units == 4 and self.tens is None:
                self.tens, self.units = 80, None  # quatre-vingts
                return self._took(word)
            if self.tens is not None:
                return False
            if self.units is not None and not (lang == "ar" and self.units < 10):
                return False
            self.tens = value
        elif role == HUNDRED:
            if self.hundreds is not None or self.tens is not None or (self.units or 0) >= 10:
                return False
            self.hundreds = (self.units or 1) * 100
            self.units = None
        elif role == HUNDREDS:
            if self.hundreds is not None or self.tens is not None or self.units is not None:
                return False
            if value >= 1000 and value >= self.last_scale:
                return False
            self.hundreds = value
        elif role == SCALE:
            if lang == "es" and value == 10**6 and self.last_scale == 1000:
                # "tres mil seiscientos millones": thousands of millions
                self.total = (self.total + self.group()) * value
                self.hundreds = self.tens = self.units = None
                self.last_scale = 10**6
                return self._took(word)
            if value >= self.last_scale:
                return False
            self.total += (self.group() or 1) * value
            self.last_scale = value
            self.hundreds = self.tens = self.units = None
        elif role == SCALE2:
            if self.group() or value // 2 >= self.last_scale:
                return False
            self.total += value
            self.last_scale = value // 2
        return self._took(word)

    def _took(self, word: _Word) -> bool:
        self.ordinal = self.ordinal or word.ordinal  # الثامنة والستون, sexagésimo octavo
        self.words += 1
        return True


def _percent(lang: str, previous: str, word: str) -> bool:
    """Whether ``word`` (a word for a hundred) is the "cent" of "pour cent"."""
    key, previous = fold(lang, word), fold(lang, previous)
    if lang == "fr":
        return previous == "pour" and key == "cent"
    if lang == "es":
        return previous == "por" and key in ("ciento", "cien")
    if lang == "ar":
        return key in ("بالمائه", "بالمئه") or (previous == "في" and key in ("المائه", "المئه"))
    return False


@lru_cache(maxsize=65536)
def number_words(text: str, lang: str) -> tuple[NumberWords, ...]:
    """Every number ``text`` writes in words, in order."""
    if lang == "zh":
        return _chinese(text)
    if lang not in _BUILDERS:
        return ()
    if lang == "en" and not _english_words(text.lower()) & vocabulary("en").keys():
        return ()  # most English paragraphs say no number in words: one pass in C
    found: list[NumberWords] = []
    articles = _ARTICLES.get(lang, frozenset())
    run: _Run | None = None
    last_end = 0  # end of the run's last word or of a connector after it
    previous = ""

    def close() -> None:
        nonlocal run
        if run is not None and run.words:
            if not (run.words == 1 and fold(lang, text[run.start : run.end]) in articles):
                found.append(NumberWords(run.start, run.end, Decimal(run.value()), run.ordinal))
        run = None

    for match in _WORD.finditer(text):
        word = match.group()
        looked = _lookup(lang, word)
        if looked is not None and looked[0].role == HUNDRED and _percent(lang, previous, word):
            looked = None
        previous = word
        if looked is None:
            if run is not None:
                close()
            continue
        entry = looked[0]
        adjacent = False
        if run is not None:
            join = _JOIN_AFTER_SCALE if lang == "en" and run.after_scale() else _JOIN
            adjacent = join.fullmatch(text, last_end, match.start()) is not None
        if entry.role == CONNECTOR:
            if adjacent:
                last_end = match.end()
            else:
                close()
            continue
        if entry.role in (DERIVED, SAYS):
            close()
            found.append(NumberWords(match.start(), match.end(), Decimal(entry.value), False, entry.role == DERIVED))
            continue
        if not adjacent:
            close()
        if run is None or not run.take(entry, lang):
            close()
            run = _Run(match.start())
            run.take(entry, lang)
        run.end = last_end = match.end()
    close()
    return tuple(found)


# --- Chinese ------------------------------------------------------------------

_ZH_RUN = re.compile(r"(第)?([〇零一二两三四五六七八九十百千万亿]+)(?:点([〇零一二三四五六七八九]+))?")
_ZH_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}
# 一 alone is inside many words (一致, 统一, 进一步); it is a number before a
# measure word or after 第.
_ZH_MEASURE = frozenset("个名项次位份条款届国人年天日月周倍家种件所座批笔例场轮部章节段号级期类组")
# 双 ("pair", 双年度 biennium, 双边 bilateral) says two.
_ZH_DERIVED = re.compile("双(?=[年边方重])")


def _chinese(text: str) -> tuple[NumberWords, ...]:
    found = []
    for m in _ZH_RUN.finditer(text):
        ordinal, numeral, decimals = m.group(1) is not None, m.group(2), m.group(3)
        if numeral == "百" and text.startswith("百分之", m.start(2)):
            continue  # 百分之 is "per cent": the number follows it
        if numeral == "一" and not ordinal and not decimals and text[m.end() : m.end() + 1] not in _ZH_MEASURE:
            continue
        value = Decimal(chinese_value(numeral))
        if decimals:  # 十二点五 is 12.5
            value += Decimal("0." + "".join(_ZH_DIGIT[c] for c in decimals))
        found.append(NumberWords(m.start(), m.end(), value, ordinal))
    found += [NumberWords(m.start(), m.end(), Decimal(2), False, True) for m in _ZH_DERIVED.finditer(text)]
    return tuple(sorted(found))


def word_values(text: str, lang: str) -> frozenset[Decimal]:
    """The values of every number ``text`` writes in words."""
    return frozenset(n.value for n in number_words(text, lang))
