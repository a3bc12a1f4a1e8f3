"""A seed -> the abstract document: its kind, symbol and units, each unit in the six languages.

Units are what a translator translates (a masthead line, a heading, a
paragraph, a list item, a footnote), with their structure (label, list,
footnote marks) and their text in every language, drawn from the bank with
slots filled at random. Layout (how each language's PDF prints them) and the
differences between language versions come later (diverge.py, layout.py).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from . import bank
from . import numbers as nb
from .labels import (
    ALPHA,
    CHAPTER,
    HIER,
    MIXED,
    NOTE,
    NUM,
    ROMAN,
    SECTION,
    W_ARTICLE,
    W_CHAPTER,
    W_PART,
    W_SECTION,
    Label,
)
from .model import LANGS
from .slots import Context, Count, Session, draw_values, render

# Kinds of hexaglot segments (pipeline/model.py), as gold segment kinds.
MASTHEAD, DATE, SESSION, AGENDA, AGENDA_TITLE = "masthead", "date", "session", "agenda", "agenda title"
TITLE, HEADING, ANNEX = "title", "heading", "annex heading"
PARAGRAPH, PREAMBLE, NUMBERED = "paragraph", "preamble", "numbered paragraph"
SIGNATURE, PLACE_DATE, FOOTNOTE = "signature", "place and date", "footnote"

KINDS = ("letter", "ga-resolution", "sc-resolution", "report", "general-comment", "plan", "draft-report")
_KIND_WEIGHTS = (3, 2, 2, 3, 1, 1, 1)

ORGANS = {
    "ga": ("General Assembly", "Assemblée générale", "Asamblea General", "Генеральная Ассамблея", "الجمعية العامة", "大会"),
    "sc": ("Security Council", "Conseil de sécurité", "Consejo de Seguridad", "Совет Безопасности", "مجلس الأمن", "安全理事会"),
    "ecosoc": (
        "Economic and Social Council", "Conseil économique et social", "Consejo Económico y Social",
        "Экономический и Социальный Совет", "المجلس الاقتصادي والاجتماعي", "经济及社会理事会",
    ),
    "crc": (
        "Convention on the Rights of the Child", "Convention relative aux droits de l'enfant",
        "Convención sobre los Derechos del Niño", "Конвенция о правах ребенка", "اتفاقية حقوق الطفل", "儿童权利公约",
    ),
}
# A second organ line under the first: the Human Rights Council is a subsidiary
# of the General Assembly, a treaty body is named under its convention.
SUBORGANS = {
    "hrc": ("Human Rights Council", "Conseil des droits de l'homme", "Consejo de Derechos Humanos",
            "Совет по правам человека", "مجلس حقوق الإنسان", "人权理事会"),
    "crc": ("Committee on the Rights of the Child", "Comité des droits de l'enfant", "Comité de los Derechos del Niño",
            "Комитет по правам ребенка", "لجنة حقوق الطفل", "儿童权利委员会"),
    "cnd": ("Commission on Crime Prevention and Criminal Justice", "Commission pour la prévention du crime et la justice pénale",
            "Comisión de Prevención del Delito y Justicia Penal", "Комиссия по предупреждению преступности и уголовному правосудию",
            "لجنة منع الجريمة والعدالة الجنائية", "预防犯罪和刑事司法委员会"),
}
UN_NAME = dict(zip(LANGS, ("United Nations", "Nations Unies", "Naciones Unidas", "Организация Объединенных Наций", "الأمم المتحدة", "联合国"), strict=True))
_DISTR = {
    "general": ("Distr.: General", "Distr. générale", "Distr. general"),
    "limited": ("Distr.: Limited", "Distr. limitée", "Distr. limitada"),
    "restricted": ("Distr.: Restricted", "Distr. restreinte", "Distr. reservada"),
}
_ORIGINAL = {  # the language of the original, as en / fr / es print it
    "en": ("English", "anglais", "inglés"),
    "fr": ("French", "français", "francés"),
    "es": ("Spanish", "espagnol", "español"),
    "ru": ("Russian", "russe", "ruso"),
    "ar": ("Arabic", "arabe", "árabe"),
    "zh": ("Chinese", "chinois", "chino"),
}
GA_LEAD = dict(zip(LANGS, ("The General Assembly,", "L'Assemblée générale,", "La Asamblea General,", "Генеральная Ассамблея,", "إن الجمعية العامة،", "大会，"), strict=True))
SC_LEAD = dict(zip(LANGS, ("The Security Council,", "Le Conseil de sécurité,", "El Consejo de Seguridad,", "Совет Безопасности,", "إن مجلس الأمن،", "安全理事会，"), strict=True))
ANNEX_WORD = dict(zip(LANGS, ("Annex", "Annexe", "Anexo", "Приложение", "المرفق", "附件"), strict=True))


def annex_numbered(n: int) -> dict[str, str]:
    """"Annex II" standing alone, as each language prints it."""
    ordinal = ("الأول", "الثاني", "الثالث")[n - 1]
    zh = "一二三"[n - 1]
    roman = nb.roman(n)
    return {"en": f"Annex {roman}", "fr": f"Annexe {roman}", "es": f"Anexo {roman}", "ru": f"Приложение {roman}",
            "ar": f"المرفق {ordinal}", "zh": f"附件{zh}"}


@dataclass
class Unit:
    """One thing a translator translates, in the six languages."""

    kind: str
    parts: dict[str, list[str]]  # lang -> sentences (the text is their join)
    role: str = "body"  # "un", "organ", "distr", "date", "original", "session", "agenda", "agenda-title",
    # "title", "heading", "body", "item", "signature", "place", "note", "footnote"
    label: Label | None = None
    mobile: bool = False  # a translation may leave it out, merge it with the next or split it
    swappable: bool = False  # unlabelled: a translation may put it after its neighbour
    group: int = -1  # the list it is an item of
    only: str = ""  # printed in this language only
    notes: tuple[int, ...] = ()  # footnotes (indices in Draft.footnotes) marked in it
    host: int = -1  # a footnote: the unit that carries its mark
    gender: str = ""  # signature lines: "m" / "f" (for the glued bold name)

    def text(self, lang: str) -> str:
        joiner = "" if lang == "zh" else " "
        return joiner.join(self.parts[lang])


@dataclass
class Draft:
    seed: int
    kind: str
    theme: str
    symbol: str
    doc: str
    ctx: Context
    issued: nb.Date
    job: str  # "13-49986", "GE.13-49986", "V.13-49986"
    units: list[Unit] = field(default_factory=list)
    footnotes: list[Unit] = field(default_factory=list)
    short_title: dict[str, str] = field(default_factory=dict)
    sortable: set[int] = field(default_factory=set)  # lists (groups) of definitions a language may sort
    reissued: frozenset[str] = frozenset()
    original: str = "en"
    distr: str = "general"


def _file_safe(symbol: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "_", symbol).strip("_")


class Composer:
    """Builds one document's units; every random choice comes from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"hexaglot-realistic:{seed}")
        self.seed = seed
        self.used: set[str] = set()
        self.just_used: set[str] = set()
        self.list_count = 0
        self.phenomena: dict[str, set[str]] = {}  # lang -> phenomena of the text drawn

    # -- drawing text ---------------------------------------------------------

    def pick(
        self, category: str, tag: str | None = None, own: bool = False, rng: random.Random | None = None,
        avoid: frozenset[str] = frozenset(),
    ) -> bank.Entry:
        """An entry of the category for this document's theme, unused so far when one is left."""
        pool = bank.themed(category, self.theme) if own else bank.entries(category, self.theme, tag)
        if own and tag is not None:
            pool = [e for e in pool if tag in e.tags]
        if not pool:
            pool = bank.entries(category, self.theme, tag)
        fresh = [e for e in pool if e.id not in self.used and e.id not in avoid]
        if not fresh:  # every entry used once: start a new round, never the one just used
            self.used -= {e.id for e in pool}
            fresh = [e for e in pool if e.id not in self.just_used | avoid] or pool
        entry = (rng or self.rng).choice(fresh)
        self.used.add(entry.id)
        self.just_used = {entry.id}
        return entry

    def fill(self, entry: bank.Entry, rng: random.Random | None = None) -> dict[str, str]:
        values = draw_values(entry.texts, rng or self.rng, self.ctx)
        for value in values.values():
            if isinstance(value, Count):
                spelled = {lang for lang, words in value.words.items() if words}
                if spelled and len(spelled) < len(LANGS):
                    for lang in LANGS:
                        self.phenomena.setdefault(lang, set()).add("number-words-vs-digits")
        return {lang: render(entry.texts[lang], lang, values, self.ctx) for lang in LANGS}

    def text(
        self, category: str, tag: str | None = None, own: bool = False, rng: random.Random | None = None
    ) -> dict[str, list[str]]:
        entry = self.pick(category, tag, own, rng)
        return {lang: [t] for lang, t in self.fill(entry, rng).items()}

    def sentences(self, count: int, category: str = "sent") -> dict[str, list[str]]:
        """``count`` sentences; "a+b" takes the first from category a, the others from b."""
        first, _, rest = category.partition("+")
        parts: dict[str, list[str]] = {lang: [] for lang in LANGS}
        taken: set[str] = set()  # a paragraph never says the same sentence twice
        for k in range(count):
            entry = self.pick(first if k == 0 else (rest or first), avoid=frozenset(taken))
            taken.add(entry.id)
            for lang, t in self.fill(entry).items():
                parts[lang].append(t)
        return parts

    def fixed(self, texts: tuple[str, ...] | dict[str, str]) -> dict[str, list[str]]:
        if isinstance(texts, tuple):
            texts = dict(zip(LANGS, texts, strict=True))
        return {lang: [texts[lang]] for lang in LANGS}

    # -- adding units -----------------------------------------------------------

    def add(self, kind: str, parts: dict[str, list[str]], role: str = "body", **kw: object) -> Unit:
        unit = Unit(kind, parts, role, **kw)  # type: ignore[arg-type]
        self.draft.units.append(unit)
        return unit

    def footnote(self, host: Unit, chance: float) -> None:
        """With ``chance``, a footnote marked in ``host``."""
        if self.rng.random() >= chance or host.role != "body":
            return
        number = len([f for f in self.draft.footnotes if f.label and f.label.value[0] > 0]) + 1
        note = Unit(FOOTNOTE, self.text("footnote"), "footnote", label=Label(NOTE, (number,)))
        # By identity: two units may print the same text (a preambular paragraph
        # said twice), and list.index would find the first one's place.
        note.host = next(k for k, unit in enumerate(self.draft.units) if unit is host)
        host.notes = (*host.notes, len(self.draft.footnotes))
        host.mobile = host.swappable = False
        self.draft.footnotes.append(note)

    def paragraph(
        self, label: Label | None, count: int | None = None, notes: float = 0.0, category: str = "sent"
    ) -> Unit:
        count = count or self.rng.choice((1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 8))
        unit = self.add(NUMBERED if label else PARAGRAPH, self.sentences(count, category), label=label,
                        mobile=True, swappable=label is None)
        self.footnote(unit, notes)
        return unit

    def items(self, count: int, kind: str = ALPHA, under: tuple[int, ...] = (), category: str = "item") -> None:
        """A list: a label at the start of each item, no full stop required between them."""
        self.list_count += 1
        start = len(self.draft.units)
        for k in range(1, count + 1):
            if kind == MIXED or kind == HIER:
                label = Label(kind, (*under, k))
            else:
                label = Label(kind, (k,))
            self.add(NUMBERED, self.text(category), "item", label=label, mobile=True, group=self.list_count)
        self._end_items(self.draft.units[start:])

    def _end_items(self, items: list[Unit]) -> None:
        """How each language ends the items of one list: ";", ",", "؛", "；" or nothing at all;
        the last item with a full stop or like the others."""
        rng = self.rng
        for lang in LANGS:
            end = rng.choice(_ITEM_ENDS[lang])
            last = rng.random() < 0.6
            for n, unit in enumerate(items):
                text = unit.parts[lang][-1]
                if n == len(items) - 1 and last:
                    text = full_stop(text, lang)
                elif n == len(items) - 2 and lang == "en" and end == ";" and rng.random() < 0.3:
                    text += "; and"
                else:
                    text += end
                unit.parts[lang] = [*unit.parts[lang][:-1], text]

    def heading(self, label: Label | None, parts: dict[str, list[str]], kind: str = HEADING) -> Unit:
        return self.add(kind, parts, "heading", label=label)

    def bare_heading(self, label: Label) -> Unit:
        """A labelled heading with no title of its own ("Article 1" above its paragraphs):
        its text is the label as each language prints it (layout.py)."""
        return self.add(HEADING, {lang: [""] for lang in LANGS}, "heading", label=label)

    # -- the document -------------------------------------------------------------

    def compose(self, kind: str | None = None) -> Draft:
        rng = self.rng
        kind = kind or rng.choices(KINDS, weights=_KIND_WEIGHTS)[0]
        self.theme = rng.choice(bank.themes())
        year = rng.randint(2005, 2022)
        session = year - 1945 if rng.random() < 0.7 else year - 1944
        digits = {lang: nb.draw_digit_style(lang, rng) for lang in LANGS}
        self.ctx = Context(year=year, session=session, digits=digits)
        self.ctx.fixed["agenda"] = rng.randint(3, 160)  # the masthead's item, cited in the text
        issued = (year, rng.randint(1, 12), rng.randint(1, 28))
        # The letter's date, the adoption of a resolution: days before the issue date.
        self.ctx.fixed["ldate"] = (issued[0], issued[1], max(1, issued[2] - rng.randint(1, 20)))
        office = rng.choices(("ny", "ge", "vi"), weights=(6, 3, 1))[0]
        job_no = f"{year % 100:02d}-{rng.randint(10000, 99999)}"
        job = {"ny": job_no, "ge": f"GE.{job_no}", "vi": f"V.{job_no}"}[office]
        self.draft = Draft(self.seed, kind, self.theme, "", "", self.ctx, issued, job)
        self.draft.original = "en" if rng.random() < 0.85 else rng.choice(("fr", "es", "ru", "ar", "zh"))
        self.draft.reissued = frozenset(lang for lang in LANGS if rng.random() < 0.06)
        getattr(self, "_" + kind.replace("-", "_"))()
        d = self.draft
        d.job = re.sub(r"\d\d(?=-)", f"{d.issued[0] % 100:02d}", d.job, count=1)
        d.doc = _file_safe(d.symbol)
        if not d.short_title:
            d.short_title = self.fill(self.pick("short"))
        for lang in sorted(d.reissued):
            note = Unit(FOOTNOTE, self.text("reissue"), "footnote", label=Label(NOTE, (0,)), only=lang)
            d.footnotes.insert(0, note)
            for host in d.units:  # footnote indices moved by one
                host.notes = tuple(i + 1 for i in host.notes)
        return d

    # -- the masthead -------------------------------------------------------------

    def masthead(
        self, organ: str, suborgan: str = "", session: bool = True, agenda: str = "item", second_organ: str = ""
    ) -> None:
        rng, d = self.rng, self.draft
        self.add(MASTHEAD, self.fixed(UN_NAME), "un")
        if organ:
            self.add(MASTHEAD, self.fixed(ORGANS[organ]), "organ")
        if second_organ:
            self.add(MASTHEAD, self.fixed(ORGANS[second_organ]), "organ")
        distr = _DISTR[d.distr]
        self.add(MASTHEAD, self.fixed((distr[0], distr[1], distr[2], distr[0], distr[0], distr[0])), "distr")
        issued = {lang: nb.date_text(d.issued, lang if lang in ("en", "fr", "es") else "en", None) for lang in LANGS}
        self.add(DATE, self.fixed(issued), "date")
        orig = _ORIGINAL[d.original]
        self.add(MASTHEAD, self.fixed((f"Original: {orig[0]}", f"Original : {orig[1]}", f"Original: {orig[2]}",
                                       f"Original: {orig[0]}", f"Original: {orig[0]}", f"Original: {orig[0]}")), "original")
        if suborgan:
            self.add(MASTHEAD, self.fixed(SUBORGANS[suborgan]), "organ")
        if session:
            self.add(SESSION, self.text("session.line"), "session")
        if agenda:
            self.add(AGENDA, self.text("agenda.line", agenda), "agenda")
            title = self.fill(self.pick("agenda"))
            self.add(AGENDA_TITLE, {lang: [t] for lang, t in title.items()}, "agenda-title")
        del rng

    # -- kinds of documents ---------------------------------------------------------

    def _letter(self) -> None:
        rng, d, ctx = self.rng, self.draft, self.ctx
        sc = rng.random() < 0.35
        ctx.organ = "sc" if sc else "ga"
        ctx.fixed["session"] = Session(ctx.session, "ga")
        ctx.fixed["country"] = rng.choice(bank_countries())
        ctx.fixed["person"] = rng.choice(bank_persons())
        # Identical letters to both organs carry both symbols: A/68/500–S/2013/590.
        joint = not sc and rng.random() < 0.2
        d.symbol = f"S/{ctx.year}/{rng.randint(100, 899)}" if sc else f"A/{ctx.session}/{rng.randint(100, 999)}"
        if joint:
            d.symbol += f"–S/{ctx.year}/{rng.randint(100, 899)}"
        self.masthead("sc" if sc else "ga", session=not sc, agenda="" if sc else rng.choice(("item", "item", "prelim")),
                      second_organ="sc" if joint else "")
        note_verbale = not sc and not joint and rng.random() < 0.3
        where = "sc" if sc else ("joint" if joint else "ga")
        self.add(TITLE, self.text("letter.title", "nv" if note_verbale else where), "title")
        annexed = "decl" if note_verbale else rng.choice(("decl", "stmt"))
        self.add(PARAGRAPH, self.text("letter.open", "nv" if note_verbale else annexed), mobile=False)
        for _ in range(rng.choice((0, 1, 1, 2))):
            self.paragraph(None, rng.choice((1, 1, 2)), category="letter.body")
        self.add(PARAGRAPH, self.text("letter.close", "nv" if note_verbale else where))
        if not note_verbale:
            self.add(SIGNATURE, self.text("sig.name"), "signature")
            if rng.random() < 0.6:
                self.add(SIGNATURE, self.text("sig.amb"), "signature")
            self.add(SIGNATURE, self.text("sig.rep"), "signature")
        self.add(ANNEX, self.text("annex.heading", "nv" if note_verbale else where), "heading")
        self.add(TITLE, self.text("annexed.title", annexed, own=True), "heading")
        if rng.random() < 0.7:
            self.add(PREAMBLE, self.text("decl.preamble"), mobile=False)
        for k in range(1, rng.randint(3, 12) + 1):
            self.add(NUMBERED, self.text("decl.para"), label=Label(NUM, (k,)), mobile=True)
        self._close_list(";")
        if rng.random() < 0.8:
            self.add(PLACE_DATE, self.text("placedate"), "place")

    def _resolution_body(self, pre: str, op: str, count: tuple[int, int], notes: float) -> None:
        rng = self.rng
        for n in range(rng.randint(*count)):
            unit = self.add(PREAMBLE, self.text(pre), mobile=True, swappable=True)
            if n == 0:  # Arabic opens the first preambular paragraph without "wa"
                unit.parts["ar"] = [re.sub(r"^(\*?)و(?=إذ|قد)", r"\1", unit.parts["ar"][0])]
            self.footnote(unit, notes)
        k = 0
        for _ in range(rng.randint(*count)):
            k += 1
            if rng.random() < 0.15:
                self.add(NUMBERED, self.text(op + ".lead"), label=Label(NUM, (k,)))
                self.items(rng.randint(2, 6), category="item.to")
                continue
            unit = self.add(NUMBERED, self.text(op), label=Label(NUM, (k,)), mobile=True)
            self.footnote(unit, notes)

    def _ga_resolution(self) -> None:
        rng, d, ctx = self.rng, self.draft, self.ctx
        ctx.organ = "ga"
        ctx.fixed["session"] = Session(ctx.session, "ga")
        number = rng.randint(101, 320)
        d.symbol = f"A/RES/{ctx.session}/{number}"
        ctx.fixed["resno"] = f"{ctx.session}/{number}"
        self.masthead("ga", agenda=rng.choice(("item", "item", "")))
        self.add(TITLE, self.text("ga.adopted"), "title")
        self.add(HEADING, self.text("ga.ref"), "heading")
        title = self.fill(self.pick("title.res", own=True))
        self.add(TITLE, {lang: [f"{ctx.session}/{number}. {t}"] for lang, t in title.items()}, "heading")
        self.add(PARAGRAPH, self.fixed(GA_LEAD))
        self._resolution_body("ga.pre", "ga.op", (3, 10), 0.2)
        self._close_operative()
        self.add(PARAGRAPH, self.text("plenary"))
        self.add(PLACE_DATE, self.text("plenary.date"), "place")
        if rng.random() < 0.3:
            numbered = rng.random() < 0.4  # "Annex I", "Annex II" standing alone
            for n in range(1, (2 if numbered and rng.random() < 0.5 else 1) + 1):
                self.add(ANNEX, self.fixed(annex_numbered(n) if numbered else ANNEX_WORD), "heading")
                if rng.random() < 0.5:
                    self._convention()
                else:
                    self.add(TITLE, self.text("title.report", own=True), "heading")
                    self._chapters(numbered_on=False, chapters=rng.randint(1, 3))

    def _sc_resolution(self) -> None:
        rng, d, ctx = self.rng, self.draft, self.ctx
        ctx.organ = "sc"
        number = rng.randint(1900, 2700)
        d.symbol = f"S/RES/{number} ({ctx.year})"
        ctx.fixed["scresno"] = f"{number} ({ctx.year})"
        self.masthead("sc", session=False, agenda="")
        self.add(TITLE, self.text("sc.title"), "title")
        self.add(PARAGRAPH, self.text("sc.adopted"))
        self.add(PARAGRAPH, self.fixed(SC_LEAD))
        self._resolution_body("sc.pre", "sc.op", (3, 9), 0.05)
        k = sum(1 for u in d.units if u.label and u.label.kind == NUM)
        self.add(NUMBERED, self.text("sc.seized"), label=Label(NUM, (k + 1,)))

    def _report(self) -> None:
        rng, d, ctx = self.rng, self.draft, self.ctx
        organ = rng.choice(("ga", "ga", "ecosoc", "hrc"))
        ctx.organ = organ
        if organ == "ecosoc":
            ctx.fixed["session"] = Session(ctx.year, "ecosoc")
            d.symbol = f"E/{ctx.year}/{rng.randint(10, 99)}"
            self.masthead("ecosoc")
        elif organ == "hrc":
            hrc = rng.randint(10, 49)
            ctx.fixed["session"] = Session(hrc, "hrc")
            d.symbol = f"A/HRC/{hrc}/{rng.randint(10, 80)}"
            self.masthead("ga", suborgan="hrc", agenda=rng.choice(("hrc", "two")))
        else:
            ctx.fixed["session"] = Session(ctx.session, "ga")
            d.symbol = rng.choice((f"A/{ctx.session}/{rng.randint(60, 400)}",
                                   f"A/{ctx.session}/{rng.randint(60, 400)}",
                                   f"A/{ctx.session}/{rng.randint(60, 400)}/Add.1",
                                   f"A/CONF.{rng.randint(200, 240)}/{rng.randint(2, 30)}",
                                   f"UNEP/EA.{rng.randint(1, 6)}/{rng.randint(2, 30)}",
                                   f"TD/B/{rng.randint(55, 70)}/{rng.randint(2, 12)}"))
            self.masthead("ga", agenda=rng.choice(("item", "prelim", "sub")))
        if rng.random() < 0.04:
            d.distr = "restricted"
        self.add(TITLE, self.text("title.report", own=True), "title")
        self.add(HEADING, self.text("report.type"), "heading")
        if rng.random() < 0.4:
            self.add(HEADING, self.text("summary.heading"), "heading")
            self.paragraph(None, rng.randint(2, 4))
        self._chapters(numbered_on=True, chapters=rng.randint(2, 4))

    def _chapters(self, numbered_on: bool, chapters: int) -> None:
        """Chapters I., II. with sections A., B.; paragraphs numbered on through them."""
        rng = self.rng
        k = 0
        for c in range(1, chapters + 1):
            category = "heading.intro" if c == 1 else ("heading.concl" if c == chapters and c > 2 else "heading.chapter")
            self.heading(Label(CHAPTER, (c,)), self.text(category))
            sections = rng.choice((0, 0, 2, 3)) if category == "heading.chapter" else 0
            for s in range(0, sections + 1):
                if s:
                    self.heading(Label(SECTION, (s,)), self.text("heading.section"))
                    if rng.random() < 0.15:  # a numbered sub-section: "1. Mandate"
                        self.heading(Label(NUM, (1,)), self.text("heading.chapter"))
                for _ in range(rng.randint(1, 4)):
                    k += 1
                    if rng.random() < 0.15:
                        self.add(NUMBERED, self.text("lead"), label=Label(NUM, (k,)))
                        self._list()
                        continue
                    self.paragraph(Label(NUM, (k,)), notes=0.25)
        if category == "heading.concl" and rng.random() < 0.5:
            k += 1
            self.add(NUMBERED, self.text("recommend.lead"), label=Label(NUM, (k,)))
            self._list("item.rec")

    def _list(self, category: str = "item") -> None:
        """Lettered items, one of them sometimes with roman sub-items."""
        rng = self.rng
        count = rng.randint(2, 7)
        start = len(self.draft.units)
        self.list_count += 1
        group = self.list_count
        for k in range(1, count + 1):
            self.add(NUMBERED, self.text(category), "item", label=Label(ALPHA, (k,)), mobile=True, group=group)
            if k == count - 1 and rng.random() < 0.2:
                self.list_count += 1
                for r in range(1, rng.randint(2, 4) + 1):
                    self.add(NUMBERED, self.text(category), "item", label=Label(ROMAN, (r,)), mobile=True,
                             group=self.list_count)
                self.list_count += 1
                group = self.list_count
        self._end_items(self.draft.units[start:])

    def _general_comment(self) -> None:
        rng, d, ctx = self.rng, self.draft, self.ctx
        ctx.organ = "crc"
        number = rng.randint(5, 30)
        d.symbol = rng.choice((f"CRC/C/GC/{number}", f"E/C.12/GC/{number}", f"CEDAW/C/GC/{number}",
                               f"CRC/C/{rng.choice(('FRA', 'PER', 'NOR', 'MNG', 'SEN'))}/CO/{number % 6 + 2}-{number % 6 + 3}"))
        ctx.fixed["gcno"] = number
        self.masthead("crc", suborgan="", session=False, agenda="")
        self.add(TITLE, self.text("gc.title", own=True), "title")
        k = 0
        for c in range(1, rng.randint(2, 4) + 1):
            self.heading(Label(CHAPTER, (c,)), self.text("heading.intro" if c == 1 else "heading.chapter"))
            for _ in range(rng.randint(1, 3)):
                k += 1
                self.paragraph(Label(NUM, (k,)), notes=0.15, category=rng.choice(("gc.sent+sent", "gc.sent", "sent+gc.sent")))
                shape = rng.random()
                if c == 1 and not self.draft.sortable and rng.random() < 0.3:  # "For the purposes of ...:"
                    k += 1
                    self.add(NUMBERED, self.text("def.lead", "gc"), label=Label(NUM, (k,)))
                    self._definitions()
                elif shape < 0.35:
                    for j in range(1, rng.randint(2, 4) + 1):
                        self.add(NUMBERED, self.sentences(rng.choice((1, 2)), "gc.sent+sent"), label=Label(HIER, (k, j)),
                                 mobile=True)
                        if rng.random() < 0.2:
                            for m in range(1, rng.randint(2, 3) + 1):
                                self.add(NUMBERED, self.sentences(1, "gc.sent"), label=Label(HIER, (k, j, m)), mobile=True)
                elif shape < 0.6:
                    self.items(rng.randint(2, 5), MIXED, (k,))

    def _plan(self) -> None:
        """An old resolution with a plan: Part I, sections A., paragraphs restarting at 1; chapters and articles."""
        rng, d, ctx = self.rng, self.draft, self.ctx
        ctx.organ = "ga"
        old = rng.randint(1946, 1952)
        ctx.year = old
        ctx.session = old - 1945
        d.issued = (old, rng.randint(1, 12), rng.randint(1, 28))
        ctx.fixed["ldate"] = (old, d.issued[1], max(1, d.issued[2] - rng.randint(1, 20)))
        d.symbol = f"A/RES/{rng.randint(100, 400)}({nb.roman(ctx.session)})"
        ctx.fixed["session"] = Session(ctx.session, "ga")
        self.masthead("ga", session=False, agenda="")
        title = self.text("plan.title", own=True)
        self.add(TITLE, title, "title")
        d.short_title = {lang: parts[0] for lang, parts in title.items()}
        self.add(PARAGRAPH, self.fixed(GA_LEAD))
        for _ in range(rng.randint(1, 3)):
            self.add(PREAMBLE, self.text("ga.pre"), mobile=True, swappable=True)
        for k in range(1, rng.randint(2, 4) + 1):
            self.add(NUMBERED, self.text("ga.op"), label=Label(NUM, (k,)), mobile=True)
        self._close_operative()
        for p in range(1, rng.randint(1, 3) + 1):
            self.heading(Label(W_PART, (p,)), self.text("plan.part"))
            worded = rng.random() < 0.3  # "Section A" rather than "A."
            for s in range(1, rng.randint(1, 3) + 1):
                self.heading(Label(W_SECTION if worded else SECTION, (s,)), self.text("plan.section"))
                for k in range(1, rng.randint(1, 4) + 1):  # numbering restarts in every section
                    self.add(NUMBERED, self.sentences(rng.choice((1, 1, 2)), "plan.sent"), label=Label(NUM, (k,)), mobile=True)
        if rng.random() < 0.7:
            for c in range(1, rng.randint(1, 2) + 1):
                self.heading(Label(W_CHAPTER, (c,), roman=False), self.text("plan.chapter"))
                for a in range(1, rng.randint(1, 3) + 1):
                    article = Label(W_ARTICLE, (a + (c - 1) * 3,))
                    if rng.random() < 0.35:
                        self.bare_heading(article)
                    else:
                        self.heading(article, self.text("plan.article"))
                    for k in range(1, rng.randint(1, 3) + 1):
                        self.add(NUMBERED, self.sentences(1, "plan.sent"), label=Label(NUM, (k,)), mobile=True)

    def _convention(self) -> None:
        """A convention annexed to a resolution: its title, preamble lead, and articles,
        some without a title of their own, numbered paragraphs restarting in each;
        one article may define terms in a list that a language sorts its own way."""
        rng = self.rng
        self.add(TITLE, self.text("conv.title"), "heading")
        self.add(PARAGRAPH, self.text("conv.lead"))
        self.add(PARAGRAPH, self.text("conv.agreed"))
        defined = rng.randint(1, 3) if rng.random() < 0.8 else 0
        for a in range(1, rng.randint(2, 5) + 1):
            article = Label(W_ARTICLE, (a,))
            if a == defined:
                self.heading(article, self.text("def.article"))
                self.add(PARAGRAPH, self.text("def.lead", "conv"))
                self._definitions()
                continue
            if rng.random() < 0.5:
                self.bare_heading(article)
            else:
                self.heading(article, self.text("plan.article"))
            for k in range(1, rng.randint(1, 3) + 1):
                self.add(NUMBERED, self.sentences(1, "plan.sent"), label=Label(NUM, (k,)), mobile=True)

    def _definitions(self) -> None:
        """Terms in quotes, each with what it means: (a), (b) ... in the English order."""
        self.list_count += 1
        start = len(self.draft.units)
        for k in range(1, self.rng.randint(3, 6) + 1):
            self.add(NUMBERED, self.text("def.item"), "item", label=Label(ALPHA, (k,)), mobile=True,
                     group=self.list_count)
        self._end_items(self.draft.units[start:])
        self.draft.sortable.add(self.list_count)

    def _draft_report(self) -> None:
        rng, d, ctx = self.rng, self.draft, self.ctx
        d.distr = "limited"
        organ = rng.choice(("ecosoc", "hrc", "ga3"))
        if organ == "ecosoc":
            ctx.organ = "ecosoc"
            ctx.fixed["session"] = Session(ctx.year, "ecosoc")
            d.symbol = rng.choice((f"E/CN.15/{ctx.year}/L.{rng.randint(2, 12)}/Add.{rng.randint(1, 20)}",
                                   f"E/CN.4/{ctx.year}/L.{rng.randint(2, 12)}/Add.{rng.randint(1, 20)}"))
            self.masthead("ecosoc", suborgan="cnd", session=True, agenda="item")
        elif organ == "hrc":
            hrc = rng.randint(10, 49)
            ctx.organ = "hrc"
            ctx.fixed["session"] = Session(hrc, "hrc")
            d.symbol = rng.choice((f"A/HRC/{hrc}/L.{rng.randint(1, 40)}", f"A/HRC/WG.6/{hrc}/L.{rng.randint(1, 15)}"))
            self.masthead("ga", suborgan="hrc", agenda="hrc")
        else:
            ctx.organ = "ga"
            ctx.fixed["session"] = Session(ctx.session, "ga")
            d.symbol = f"A/C.3/{ctx.session}/L.{rng.randint(2, 60)}/Rev.1"
            self.masthead("ga", agenda="item")
        ctx.fixed["person"] = rng.choice(bank_persons())
        ctx.fixed["country"] = rng.choice(bank_countries())
        self.add(TITLE, self.text("draft.title", "ga" if organ == "ga3" else organ), "title")
        self.add(PARAGRAPH, self.text("draft.rapporteur"))
        chapter = rng.randint(2, 24)
        self.heading(Label(W_CHAPTER, (chapter,)), self.text("title.report", own=True))
        for k in range(1, rng.randint(2, 6) + 1):
            self.paragraph(Label(NUM, (k,)), rng.choice((1, 2, 2)), category="sent.meeting+sent")
        self.add(NUMBERED, self.text("lead"), label=Label(NUM, (k + 1,)))
        self.items(rng.randint(5, 16))

    # -- closing punctuation ----------------------------------------------------

    def _close_operative(self) -> None:
        """The last operative paragraph of a resolution ends with a full stop."""
        for unit in reversed(self.draft.units):
            if unit.label and unit.label.kind == NUM and unit.role == "body":
                unit.parts = {lang: [*p[:-1], full_stop(p[-1], lang)] for lang, p in unit.parts.items()}
                return
            if unit.role == "item":
                return

    def _close_list(self, _: str) -> None:
        """A declaration's or list's last paragraph ends with a full stop."""
        last = self.draft.units[-1]
        last.parts = {lang: [*p[:-1], full_stop(p[-1], lang)] for lang, p in last.parts.items()}


_STOPS = {"zh": "。"}
_ITEM_ENDS = {
    "en": (";", ";", ",", ""),
    "fr": (" ;", ";", ",", ""),
    "es": (";", ";", ",", ""),
    "ru": (";", ";", ",", ""),
    "ar": ("؛", "؛", "،", ""),
    "zh": ("；", "；", "，", ""),
}


def full_stop(text: str, lang: str) -> str:
    """';' -> '.', '؛' -> '.', '；' -> '。'; a text without closing punctuation gets one."""
    stripped = text.rstrip()
    if stripped and stripped[-1] in ";؛；,،，:：":
        stripped = stripped[:-1].rstrip()
    if stripped and stripped[-1] in ".。":
        return stripped
    return stripped + _STOPS.get(lang, ".")


def bank_countries() -> tuple[object, ...]:
    from .lexicon import COUNTRIES

    return COUNTRIES


def bank_persons() -> tuple[object, ...]:
    from .lexicon import PERSONS

    return PERSONS


def compose(seed: int, kind: str | None = None) -> Draft:
    return Composer(seed).compose(kind)
