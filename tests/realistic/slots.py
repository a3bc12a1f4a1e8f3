"""Slots of the content bank: drawn once per unit, printed in each language's own way.

A template is text with slots: ``{date}``, ``{count:meeting}``, ``{body.short}``,
``{^body.short}`` (capitalised), ``{date#2}`` (a second date), and agreement
choices ``{g:m|f|n}`` (Russian forms by the gender of the unit's body; Arabic
``{g:m|f}``; ``{g@person:...}`` by the person's). ``draw_values`` draws every
slot's value once (with every per-language choice, such as a number written
in words in one language and in digits in another), ``render`` prints them.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import numbers as nb
from .lexicon import AMOUNT_NOUNS, BODIES, COUNTRIES, NOUNS, PERSONS, PLACES, Entry

SLOT = re.compile(
    r"\{g(?:@(?P<gtype>\w+))?:(?P<choices>[^{}]*)\}"
    r"|\{(?P<cap>\^?)(?P<type>[a-z]+)(?:#(?P<k>\d))?(?::(?P<arg>[\w-]+))?(?:\.(?P<form>\w+))?\}"
)

# Symbols of other documents a text may cite, in the shapes UN symbols take.
_SYMBOL_SHAPES = (
    "A/{s}/{n}", "A/{s}/{n}/Add.1", "A/RES/{s}/{r}", "A/{s}/L.{l}", "A/C.3/{s}/L.{l}",
    "E/{y}/{n}", "E/CN.15/{y}/{l}", "S/{y}/{n}", "A/HRC/{h}/{l}", "CRC/C/GC/{l}",
    "ST/SGB/{y}/{l}", "A/CONF.{c}/{l}", "TD/B/{h}/{l}", "UNEP/EA.{l}/{l}",
)


@dataclass
class Context:
    """What the slots of one document share: its year, session, organ, digit styles."""

    year: int
    session: int  # the General Assembly session the document belongs to
    digits: dict[str, nb.DigitStyle]
    organ: str = "ga"  # "ga", "sc", "ecosoc", "hrc", "crc"
    fixed: dict[str, object] = field(default_factory=dict)  # document-wide values: country, person...


# -- values -------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    n: int
    noun: str
    words: dict[str, bool]  # per language: spelled out?


@dataclass(frozen=True)
class Amount:
    n: int
    noun: str
    wan: bool  # Chinese in 万


@dataclass(frozen=True)
class Pct:
    value: float
    places: int


@dataclass(frozen=True)
class Money:
    millions: float


@dataclass(frozen=True)
class Session:
    n: int  # ordinal, or a year for the Economic and Social Council
    organ: str


@dataclass(frozen=True)
class Meeting:
    """A committee's meeting by its number, spelled out in some languages and not in others."""

    n: int
    words: dict[str, bool]


@dataclass(frozen=True)
class Range:
    start: nb.Date
    end: nb.Date


def _date(rng: random.Random, year: int) -> nb.Date:
    return (year, rng.randint(1, 12), rng.randint(1, 28))


def draw_value(kind: str, arg: str | None, rng: random.Random, ctx: Context) -> object:
    """One slot's value; per-language choices are drawn here, never when printing."""
    year = ctx.year - rng.choice((0, 0, 1, 1, 2, 3))
    if kind in ("date", "ldate"):
        return _date(rng, year)
    if kind == "fdate":  # a date to come: a mandate's end, a deadline
        return _date(rng, ctx.year + rng.choice((1, 1, 2)))
    if kind == "range":
        y, m, d = _date(rng, year)
        d = min(d, 24)
        return Range((y, m, d), (y, m, d + rng.randint(1, 4)))
    if kind in ("year", "period"):
        return year + rng.choice((-1, 0, 1, 2)) if kind == "period" else year
    if kind == "res":
        return f"{ctx.session - rng.randint(1, 6)}/{rng.randint(101, 299)}"
    if kind == "scres":
        return f"{rng.randint(1900, 2250)} ({year})"
    if kind == "sym":
        shape = rng.choice(_SYMBOL_SHAPES)
        return shape.format(
            s=ctx.session - rng.randint(0, 3), n=rng.randint(60, 899), r=rng.randint(101, 299),
            l=rng.randint(1, 40), y=year, h=rng.randint(15, 35), c=rng.randint(200, 240),
        )
    if kind == "body":
        return rng.choice(BODIES)
    if kind == "place":
        return rng.choice(PLACES)
    if kind == "country":
        return rng.choice(COUNTRIES)
    if kind == "person":
        return rng.choice(PERSONS)
    if kind == "count":
        n = rng.choice((3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 19, 21, 22, 23, 25, 31, 34, 40, 47, 52))
        return Count(n, arg or "country", _spell(n, rng))
    if kind == "amount":
        n = rng.choice((12, 35, 125, 230, 480, 1250, 2150, 3400)) * 1000 + rng.choice((0, 0, 0, 500)) * 1000
        return Amount(n, arg or "people", rng.random() < 0.5)
    if kind == "pct":
        places = rng.choice((0, 0, 1))
        return Pct(round(rng.uniform(3, 95), places), places)
    if kind == "money":
        return Money(round(rng.uniform(1.2, 48.0), 1))
    if kind in ("num", "para", "agenda"):
        return rng.randint(2, 160)
    if kind == "vol":
        return rng.randint(500, 3000)
    if kind == "treaty":
        return rng.randint(10000, 55000)
    if kind == "meeting":
        return rng.randint(6900, 8400)
    if kind == "mtg":
        n = rng.randint(2, 45)
        p = {"en": 0.25, "fr": 0.4, "es": 0.6, "ru": 0.35, "ar": 0.7, "zh": 0.3}
        return Meeting(n, {lang: rng.random() < p[lang] for lang in nb.LANGS})
    if kind == "plenary":
        return rng.randint(40, 110)
    if kind == "session":
        return Session(ctx.session, ctx.organ)
    if kind == "next":  # the session after this one
        current = ctx.fixed.get("session")
        if isinstance(current, Session):
            return Session(current.n + 1, current.organ)
        return Session(ctx.session + 1, ctx.organ)
    raise ValueError(f"unknown slot type {kind!r}")


def _spell(n: int, rng: random.Random) -> dict[str, bool]:
    """Whether each language spells ``n`` out: by each language's house style, drawn apart."""
    p = {
        "en": 0.92 if n <= 9 else 0.07,
        "fr": 0.85 if n <= 9 else (0.4 if n <= 16 else 0.05),
        "es": 0.85 if n <= 9 else (0.3 if n <= 15 else 0.05),
        "ru": 0.7 if n <= 9 else 0.05,
        "ar": 0.6 if 3 <= n <= 10 else 0.0,
        "zh": 0.85 if n <= 10 else 0.03,
    }
    return {lang: rng.random() < p[lang] for lang in nb.LANGS}


def draw_values(templates: dict[str, str], rng: random.Random, ctx: Context) -> dict[str, object]:
    """Every slot of a unit drawn once, in the order they first occur in the English."""
    values: dict[str, object] = {}
    for match in SLOT.finditer(templates["en"]):
        if match.group("type") is None:
            continue
        kind, k = match.group("type"), match.group("k") or "1"
        key = f"{kind}#{k}"
        if key in values:
            continue
        # A document-wide value (its session, the letter's country) fills the
        # first slot of its type; "#2" asks for another.
        if k == "1" and kind in ctx.fixed:
            values[key] = ctx.fixed[kind]
        else:
            values[key] = draw_value(kind, match.group("arg"), rng, ctx)
    return values


# -- printing ----------------------------------------------------------------------

# French and Spanish contract a preposition with the article of the name after it.
_CONTRACTIONS = {
    "fr": {"de": {"le": "du", "les": "des"}, "à": {"le": "au", "les": "aux"}},
    "es": {"de": {"el": "del"}, "a": {"el": "al"}},
}
_PREPOSITION = re.compile(r"(?:^|(?<=[\s(]))(\w+) $")


def _contract(before: str, text: str, rules: dict[str, dict[str, str]]) -> tuple[str, str]:
    """'de' + 'le PNUD' -> 'du PNUD'; 'a' + 'el UNICEF' -> 'al UNICEF'."""
    match = _PREPOSITION.search(before)
    article = text.split(" ", 1)[0]
    if match is None or " " not in text:
        return before, text
    word = match.group(1)
    table = rules.get(word.lower(), {})
    if article not in table:
        return before, text
    new = table[article]
    if word[:1].isupper():
        new = new.capitalize()
    return before[: match.start(1)] + new + " ", text[len(article) + 1 :]


def render(template: str, lang: str, values: dict[str, object], ctx: Context) -> str:
    """A template printed in one language with its drawn values."""
    out: list[str] = []
    pos = 0
    indic = ctx.digits[lang].indic
    for match in SLOT.finditer(template):
        out.append(_literal(template[pos : match.start()], indic))
        pos = match.end()
        if match.group("choices") is not None:
            gtype = match.group("gtype") or "body"
            owner = values.get(f"{gtype}#1", ctx.fixed.get(gtype))
            out.append(_agree(match.group("choices"), owner, lang))
            continue
        key = f"{match.group('type')}#{match.group('k') or '1'}"
        text = _print(match.group("type"), values[key], match.group("form") or "", lang, ctx)
        if match.group("cap"):
            text = text[:1].upper() + text[1:]
        before = "".join(out)
        if lang in _CONTRACTIONS:
            before, text = _contract(before, text, _CONTRACTIONS[lang])
        out = [before, text]
    out.append(_literal(template[pos:], indic))
    return "".join(out)


def _literal(text: str, indic: bool) -> str:
    """The template's own digits ("1951", "5 years") in the document's digits."""
    return nb.arabic_indic(text) if indic and any(c.isdigit() for c in text) else text


def _agree(choices: str, owner: object, lang: str) -> str:
    forms = choices.split("|")
    gender = owner.gender.get(lang, "m") if isinstance(owner, Entry) else "m"
    index = {"m": 0, "f": 1, "n": 2}[gender]
    return forms[min(index, len(forms) - 1)]


def _print(kind: str, value: object, form: str, lang: str, ctx: Context) -> str:
    digits = ctx.digits[lang]
    if kind in ("date", "ldate", "fdate"):
        assert isinstance(value, tuple)
        return nb.date_text(value, lang, digits)
    if kind == "range":
        assert isinstance(value, Range)
        return nb.date_range_text(value.start, value.end, lang, digits)
    if kind == "year":
        return digits.digits(str(value))
    if kind == "period":
        assert isinstance(value, int)
        dash = "–" if lang == "ru" else "-"
        return digits.digits(f"{value}{dash}{value + 1}")
    if kind in ("res", "scres", "sym", "resno", "scresno"):
        return str(value)
    if isinstance(value, Entry):
        forms = value.forms[lang]
        return forms.get(form or "name", forms["name"])
    if isinstance(value, Count):
        return _count(value, lang, digits)
    if isinstance(value, Amount):
        return _amount(value, lang, digits)
    if isinstance(value, Pct):
        return _pct(value, lang, digits)
    if isinstance(value, Money):
        return _money(value, lang, digits)
    if isinstance(value, Session):
        return _session(value, form or "title", lang, digits)
    if kind == "meeting":
        assert isinstance(value, int)
        return _meeting(value, lang, digits)
    if isinstance(value, Meeting):
        return _committee_meeting(value, lang, digits)
    if kind == "plenary":
        assert isinstance(value, int)
        return _plenary(value, lang, digits)
    assert isinstance(value, int)
    return digits.digits(str(value))


def _count(value: Count, lang: str, digits: nb.DigitStyle) -> str:
    n, noun, words = value.n, NOUNS[value.noun], value.words[lang]
    if lang == "en":
        return f"{nb.en_cardinal(n) if words else n} {noun.en[0] if n == 1 else noun.en[1]}"
    if lang == "fr":
        sing, plural, gender = noun.fr
        number = nb.fr_cardinal(n, gender == "f") if words else digits.integer(n)
        return f"{number} {sing if n == 1 else plural}"
    if lang == "es":
        sing, plural, gender = noun.es
        number = nb.es_cardinal(n, gender == "f") if words else digits.integer(n)
        return f"{number} {sing if n == 1 else plural}"
    if lang == "ru":
        *forms, gender = noun.ru
        number = nb.ru_cardinal(n, gender) if words else digits.integer(n)
        return f"{number} {forms[nb.ru_plural(n)]}"
    if lang == "ar":
        plural, acc, gen, gender = noun.ar
        if words and 3 <= n <= 10:
            return f"{nb.ar_cardinal(n, gender == 'f')} {plural}"
        rest = n % 100
        return f"{digits.integer(n)} {plural if 3 <= rest <= 10 else acc if rest >= 11 else gen}"
    number = nb.zh_cardinal(n) if words else str(n)
    return f"{number}{noun.zh}"


def _amount(value: Amount, lang: str, digits: nb.DigitStyle) -> str:
    noun = AMOUNT_NOUNS[value.noun][lang]
    if lang == "zh":
        if value.wan:
            wan = value.n / 10000
            shown = f"{wan:g}"
            return f"{shown}万{noun}"
        return f"{digits.integer(value.n)}{noun}"
    return f"{digits.integer(value.n)} {noun}"


def _pct(value: Pct, lang: str, digits: nb.DigitStyle) -> str:
    number = digits.decimal_number(value.value, value.places) if value.places else digits.integer(int(value.value))
    if lang == "en":
        return f"{number} per cent"
    if lang == "fr":
        return f"{number}{nb.NBSP}%"
    if lang == "es":
        return f"{number}%"
    if lang == "ru":
        word = ("процент", "процента", "процентов")[nb.ru_plural(value.value if value.places else int(value.value))]
        return f"{number} {word}"
    if lang == "ar":
        return f"{number} في المائة"
    return f"{number}%"


def _money(value: Money, lang: str, digits: nb.DigitStyle) -> str:
    m = value.millions
    number = digits.integer(int(m)) if float(m).is_integer() else digits.decimal_number(m, 1)
    if lang == "en":
        return f"{number} million United States dollars"
    if lang == "fr":
        return f"{number} millions de dollars des États-Unis"
    if lang == "es":
        return f"{number} millones de dólares de los Estados Unidos"
    if lang == "ru":
        return f"{number} млн долл. США"
    if lang == "ar":
        return f"{number} مليون دولار من دولارات الولايات المتحدة"
    return f"{round(m * 100)}万美元"


def _session(value: Session, form: str, lang: str, digits: nb.DigitStyle) -> str:
    """A session as the masthead prints it (title), 'at its ... session' (at), 'its ... session' (of:
    Russian genitive, Arabic genitive)."""
    n, organ = value.n, value.organ
    if organ == "ecosoc":  # the Council's sessions are named by year
        y = digits.digits(str(n))
        table = {
            "en": (f"{y} session", f"at its {y} session", f"its {y} session"),
            "fr": (f"Session de {y}", f"à sa session de {y}", f"sa session de {y}"),
            "es": (f"Período de sesiones de {y}", f"en su período de sesiones de {y}", f"su período de sesiones de {y}"),
            "ru": (f"Сессия {y} года", f"на своей сессии {y} года", f"своей сессии {y} года"),
            "ar": (f"دورة عام {y}", f"في دورته لعام {y}", f"دورته لعام {y}"),
            "zh": (f"{y}年会议", f"{y}年会议", f"{y}年会议"),
        }
        return table[lang][("title", "at", "of").index(form)]
    if lang == "en":
        word = nb.en_ordinal(n)
        return {"title": f"{word.capitalize()} session", "at": f"at its {word} session", "of": f"its {word} session"}[form]
    if lang == "fr":
        word = nb.fr_ordinal(n)
        return {"title": f"{word.capitalize()} session", "at": f"à sa {word} session", "of": f"sa {word} session"}[form]
    if lang == "es":
        word = f"{digits.digits(str(n))}º" if organ == "hrc" else nb.es_ordinal(n)
        return {
            "title": f"{word[:1].upper() + word[1:]} período de sesiones",
            "at": f"en su {word} período de sesiones",
            "of": f"su {word} período de sesiones",
        }[form]
    if lang == "ru":
        if form == "title":
            word = nb.ru_ordinal_f(n)
            return f"{word.capitalize()} сессия"
        word = nb.ru_ordinal_f(n, "prep")
        return f"на своей {word} сессии" if form == "at" else f"своей {word} сессии"
    if lang == "ar":
        if form == "title":
            return f"الدورة {nb.ar_ordinal(n, True)}"
        mine = "دورتها" if organ in ("ga", "crc") else "دورته"
        word = nb.ar_ordinal(n, True, "gen")
        return f"في {mine} {word}" if form == "at" else f"{mine} {word}"
    return f"第{nb.zh_cardinal(n, before_measure=False)}届会议"


def _meeting(n: int, lang: str, digits: nb.DigitStyle) -> str:
    """A Security Council meeting: 7272nd meeting / 7272e séance / 7272-м заседании / 7272 / 第7272次会议."""
    return {
        "en": f"{nb.en_suffix(n)} meeting",
        "fr": f"{n}e séance",
        "es": f"{n}ª sesión",
        "ru": f"{n}-м заседании",
        "ar": digits.digits(str(n)),
        "zh": f"第{n}次会议",
    }[lang]


def _committee_meeting(value: Meeting, lang: str, digits: nb.DigitStyle) -> str:
    """'at its 5th meeting' / 'à sa cinquième séance' / 'en su 5ª sesión' / 'на своем пятом заседании' /
    'في جلستها الخامسة' / '在第5次会议上', words or digits as each language's version chose."""
    n, words = value.n, value.words[lang]
    if lang == "en":
        return f"at its {nb.en_ordinal(n) if words else nb.en_suffix(n)} meeting"
    if lang == "fr":
        return f"à sa {nb.fr_ordinal(n) if words else f'{n}e'} séance"
    if lang == "es":
        return f"en su {nb.es_ordinal_f(n) if words else f'{n}ª'} sesión"
    if lang == "ru":
        return f"на своем {nb.ru_ordinal_n_prep(n) if words else f'{n}-м'} заседании"
    if lang == "ar":
        return f"في جلستها {nb.ar_ordinal(n, True, 'gen') if words else digits.digits(str(n))}"
    return f"在第{nb.zh_cardinal(n, before_measure=False) if words else n}次会议上"


def _plenary(n: int, lang: str, digits: nb.DigitStyle) -> str:
    return {
        "en": f"{nb.en_suffix(n)} plenary meeting",
        "fr": f"{n}e séance plénière",
        "es": f"{n}ª sesión plenaria",
        "ru": f"{n}-е пленарное заседание",
        "ar": f"الجلسة العامة {digits.digits(str(n))}",
        "zh": f"第{n}次全体会议",
    }[lang]
