"""Numbers, ordinals and dates as each of the six languages writes them in UN documents.

Pure functions: a value and a language in, the printed string out. Only what the
generator's templates need is covered (cardinals 0-99 as words, session
ordinals 1-99, dates, grouped and decimal numbers), and each form is the one
the UN's editorial manuals of that language use.
"""

from __future__ import annotations

LANGS = ("en", "fr", "es", "ru", "ar", "zh")

# -- English ------------------------------------------------------------------

_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_ORD_UNITS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_EN_ORD_TENS = "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()


def en_cardinal(n: int) -> str:
    if n < 20:
        return _EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_UNITS[unit]}" if unit else "")


def en_ordinal(n: int) -> str:
    if n < 20:
        return _EN_ORD_UNITS[n]
    tens, unit = divmod(n, 10)
    return f"{_EN_TENS[tens]}-{_EN_ORD_UNITS[unit]}" if unit else _EN_ORD_TENS[tens]


def en_suffix(n: int) -> str:
    """7272nd, 99th, 11th."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# -- French -------------------------------------------------------------------

_FR_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize dix-sept dix-huit dix-neuf"
).split()
_FR_TENS = "_ _ vingt trente quarante cinquante soixante _ quatre-vingt _".split()


def fr_cardinal(n: int, feminine: bool = False) -> str:
    if n == 1 and feminine:
        return "une"
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = 10 + unit
        if tens == 7 and unit == 1:
            return "soixante et onze"
        return f"{base}-{_FR_UNITS[rest]}"
    word = _FR_TENS[tens]
    if unit == 0:
        return "quatre-vingts" if tens == 8 else word
    if unit == 1 and tens != 8:
        return f"{word} et {'une' if feminine else 'un'}"
    return f"{word}-{fr_cardinal(unit, feminine)}"


def fr_ordinal(n: int, feminine: bool = True) -> str:
    """soixante-huitième, soixante et unième, première."""
    if n == 1:
        return "première" if feminine else "premier"
    word = fr_cardinal(n)
    if word.endswith("quatre-vingts"):
        word = word[:-1]
    if word.endswith("un"):
        return word + "ième"
    if word.endswith("cinq"):
        return word + "uième"
    if word.endswith("neuf"):
        return word[:-1] + "vième"
    if word.endswith("e"):
        return word[:-1] + "ième"
    return word + "ième"


# -- Spanish ------------------------------------------------------------------

_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
_ES_TENS = "_ _ veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()


def es_cardinal(n: int, feminine: bool = False, before_noun: bool = True) -> str:
    if n < 30:
        word = _ES_UNITS[n]
    else:
        tens, unit = divmod(n, 10)
        word = _ES_TENS[tens] + (f" y {_ES_UNITS[unit]}" if unit else "")
    if word.endswith("uno"):
        if feminine:
            word = word[:-1] + "a"
        elif before_noun:
            word = word[:-1]
            if word == "veintiun":
                word = "veintiún"
    return word


_ES_ORD_UNITS = "_ primer segundo tercer cuarto quinto sexto séptimo octavo noveno".split()
_ES_ORD_TENS = (
    "_ décimo vigésimo trigésimo cuadragésimo quincuagésimo sexagésimo septuagésimo "
    "octogésimo nonagésimo"
).split()


def es_ordinal(n: int) -> str:
    """Before a masculine noun: sexagésimo octavo, sexagésimo primer, undécimo."""
    if n == 11:
        return "undécimo"
    if n == 12:
        return "duodécimo"
    tens, unit = divmod(n, 10)
    if tens == 0:
        return _ES_ORD_UNITS[unit]
    if tens == 1 and unit:
        return "decimo" + _ES_ORD_UNITS[unit]
    return _ES_ORD_TENS[tens] + (f" {_ES_ORD_UNITS[unit]}" if unit else "")


def es_ordinal_f(n: int) -> str:
    """Before a feminine noun: quinta, vigésima primera, decimotercera."""
    words = []
    for word in es_ordinal(n).split(" "):
        if word.endswith(("primer", "tercer")):
            word += "a"
        elif word.endswith("o"):
            word = word[:-1] + "a"
        words.append(word)
    return " ".join(words)


# -- Russian ------------------------------------------------------------------

_RU_UNITS = (
    "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
    "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать"
).split()
_RU_TENS = "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
_RU_ORD_UNITS_F = (
    "_ первая вторая третья четвертая пятая шестая седьмая восьмая девятая десятая "
    "одиннадцатая двенадцатая тринадцатая четырнадцатая пятнадцатая шестнадцатая "
    "семнадцатая восемнадцатая девятнадцатая"
).split()
_RU_ORD_TENS_F = (
    "_ _ двадцатая тридцатая сороковая пятидесятая шестидесятая семидесятая восьмидесятая девяностая"
).split()


def ru_cardinal(n: int, gender: str = "m") -> str:
    """Nominative (= accusative of things): одна, две, двадцать одно."""
    if n < 20:
        word = _RU_UNITS[n]
    else:
        tens, unit = divmod(n, 10)
        word = _RU_TENS[tens] + (f" {_RU_UNITS[unit]}" if unit else "")
    if word.endswith("один"):
        word = word[:-4] + {"m": "один", "f": "одна", "n": "одно"}[gender]
    elif word.endswith("два") and gender == "f":
        word = word[:-3] + "две"
    return word


def ru_plural(n: int | float) -> int:
    """0: one (1, 21), 1: few (2-4, 22-24; any fraction), 2: many (5-20, 25-30)."""
    if isinstance(n, float) and not n.is_integer():
        return 1
    n = int(n)
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def ru_ordinal_f(n: int, case: str = "nom") -> str:
    """шестьдесят восьмая (nominative), шестьдесят восьмой (genitive, prepositional)."""
    if n < 20:
        word = _RU_ORD_UNITS_F[n]
    else:
        tens, unit = divmod(n, 10)
        word = f"{_RU_TENS[tens]} {_RU_ORD_UNITS_F[unit]}" if unit else _RU_ORD_TENS_F[tens]
    if case != "nom":
        word = word[:-1] + "ей" if word.endswith("ья") else word[:-2] + "ой"  # третьей, восьмой
    return word


def ru_ordinal_n_prep(n: int) -> str:
    """Neuter prepositional: (на своем) пятом, двадцать третьем (заседании)."""
    word = ru_ordinal_f(n)
    return word[:-2] + ("ьем" if word.endswith("ья") else "ом")


# -- Arabic -------------------------------------------------------------------

# Cardinals 3-10 before a counted noun: the number takes the opposite gender.
_AR_FOR_MASC = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
_AR_FOR_FEM = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثماني", 9: "تسع", 10: "عشر"}
_AR_ORD_F = {
    1: "الأولى", 2: "الثانية", 3: "الثالثة", 4: "الرابعة", 5: "الخامسة", 6: "السادسة",
    7: "السابعة", 8: "الثامنة", 9: "التاسعة", 10: "العاشرة",
}
_AR_ORD_M = {
    1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", 5: "الخامس", 6: "السادس",
    7: "السابع", 8: "الثامن", 9: "التاسع", 10: "العاشر",
}
_AR_TENS_NOM = {2: "العشرون", 3: "الثلاثون", 4: "الأربعون", 5: "الخمسون", 6: "الستون", 7: "السبعون", 8: "الثمانون", 9: "التسعون"}
_AR_TENS_GEN = {2: "العشرين", 3: "الثلاثين", 4: "الأربعين", 5: "الخمسين", 6: "الستين", 7: "السبعين", 8: "الثمانين", 9: "التسعين"}


def ar_cardinal(n: int, noun_feminine: bool) -> str:
    """3-10 only (UN Arabic writes other counts in digits)."""
    return (_AR_FOR_FEM if noun_feminine else _AR_FOR_MASC)[n]


def ar_ordinal(n: int, feminine: bool, case: str = "nom") -> str:
    """الثامنة والستون (f, nominative), الثامنة والستين (genitive), الحادي عشر (m)."""
    units = _AR_ORD_F if feminine else _AR_ORD_M
    if n <= 10:
        return units[n]
    tens, unit = divmod(n, 10)
    if tens == 1:
        first = ("الحادية" if feminine else "الحادي") if unit == 1 else units[unit]
        return f"{first} {'عشرة' if feminine else 'عشر'}"
    ten_word = (_AR_TENS_NOM if case == "nom" else _AR_TENS_GEN)[tens]
    if unit == 0:
        return ten_word
    first = ("الحادية" if feminine else "الحادي") if unit == 1 else units[unit]
    return f"{first} و{ten_word}"


# -- Chinese ------------------------------------------------------------------

_ZH_DIGITS = "〇一二三四五六七八九"


def zh_cardinal(n: int, before_measure: bool = True) -> str:
    """三, 十二, 二十二; 两 for 2 before a measure word."""
    if n == 2 and before_measure:
        return "两"
    if n < 10:
        return _ZH_DIGITS[n]
    tens, unit = divmod(n, 10)
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return f"{head}十{_ZH_DIGITS[unit] if unit else ''}"


# -- Roman numerals -----------------------------------------------------------


def roman(n: int) -> str:
    out = []
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


# -- Dates --------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "ar": [
        "كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
        "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
        "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر",
    ],
}

Date = tuple[int, int, int]  # (year, month, day)


def date_text(date: Date, lang: str, digits: DigitStyle | None = None) -> str:
    """26 September 2013 / 26 septembre 2013 / 26 de septiembre de 2013 /
    26 сентября 2013 года / 26 أيلول/سبتمبر 2013 / 2013年9月26日."""
    y, m, d = date
    show = digits.digits if digits else str
    if lang == "en":
        return f"{d} {MONTHS['en'][m - 1]} {y}"
    if lang == "fr":
        return f"{'1er' if d == 1 else d} {MONTHS['fr'][m - 1]} {y}"
    if lang == "es":
        return f"{d} de {MONTHS['es'][m - 1]} de {y}"
    if lang == "ru":
        return f"{d} {MONTHS['ru'][m - 1]} {y} года"
    if lang == "ar":
        return f"{show(str(d))} {MONTHS['ar'][m - 1]} {show(str(y))}"
    return f"{y}年{m}月{d}日"


def date_range_text(start: Date, end: Date, lang: str, digits: DigitStyle | None = None) -> str:
    """A meeting's dates, same month and year: 'from 13 to 15 May 2013' and its forms."""
    y, m, d1 = start
    d2 = end[2]
    show = digits.digits if digits else str
    if lang == "en":
        return f"from {d1} to {d2} {MONTHS['en'][m - 1]} {y}"
    if lang == "fr":
        return f"du {'1er' if d1 == 1 else d1} au {d2} {MONTHS['fr'][m - 1]} {y}"
    if lang == "es":
        return f"del {d1} al {d2} de {MONTHS['es'][m - 1]} de {y}"
    if lang == "ru":
        return f"{d1}–{d2} {MONTHS['ru'][m - 1]} {y} года"
    if lang == "ar":
        return f"في الفترة من {show(str(d1))} إلى {show(str(d2))} {MONTHS['ar'][m - 1]} {show(str(y))}"
    return f"{y}年{m}月{d1}日至{d2}日"


# -- Numbers with separators ------------------------------------------------

_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
NNBSP = "\u202f"  # narrow no-break space, French grouping in UN PDFs
NBSP = "\u00a0"


class DigitStyle:
    """How one language version of one document prints numbers (drawn per document)."""

    def __init__(self, lang: str, group: str, decimal: str, indic: bool = False) -> None:
        self.lang = lang
        self.group = group  # between groups of three digits ("" never)
        self.decimal = decimal
        self.indic = indic  # Arabic-Indic digits (Arabic only)

    def digits(self, text: str) -> str:
        return text.translate(_ARABIC_INDIC) if self.indic else text

    def integer(self, n: int) -> str:
        """1,250,000 / 1 250 000 / 1.250.000 / ١٬٢٥٠٬٠٠٠; no grouping below 10,000 except in English."""
        raw = str(n)
        if n >= 1000 and (n >= 10000 or self.lang in ("en", "zh") or self.group in (",", "٬", ".")):
            parts = []
            while raw:
                parts.append(raw[-3:])
                raw = raw[:-3]
            raw = self.group.join(reversed(parts))
        return self.digits(raw)

    def decimal_number(self, value: float, places: int = 1) -> str:
        whole, frac = f"{value:.{places}f}".split(".")
        return self.integer(int(whole)) + self.decimal + self.digits(frac)

    def __repr__(self) -> str:  # shown in phenomena listings
        return f"DigitStyle({self.lang!r}, {self.group!r}, {self.decimal!r}, indic={self.indic})"


def draw_digit_style(lang: str, rng) -> DigitStyle:  # type: ignore[no-untyped-def]
    """The separators one language version prints with, as UN documents vary in them."""
    if lang == "en":
        return DigitStyle(lang, ",", ".")
    if lang == "fr":
        return DigitStyle(lang, rng.choice((" ", NNBSP, NBSP, " ")), ",")
    if lang == "es":
        return DigitStyle(lang, rng.choice((".", " ", ".")), ",")
    if lang == "ru":
        return DigitStyle(lang, rng.choice((" ", NBSP, " ")), ",")
    if lang == "ar":
        style = rng.choice(("latin", "latin", "arabic-sep", "indic"))
        if style == "latin":
            return DigitStyle(lang, rng.choice((",", " ")), ".")
        if style == "arabic-sep":
            return DigitStyle(lang, "٬", "٫")
        return DigitStyle(lang, "٬", "٫", indic=True)
    return DigitStyle(lang, rng.choice((" ", ",")), ".")


def arabic_indic(text: str) -> str:
    return text.translate(_ARABIC_INDIC)
