"""False alarms of the QA checks on correct translations, and seeded real errors caught.

    .venv/bin/python benchmarks/checks.py [--seed 1] [--no-pofilter] [--show 0]

Data: the gold samples of tests/data/align (A/68/500 and two invented
documents, team-written translations in five languages), segmented by
hexaglot's segmenter; every 1-1 and 1-2 bead of their gold alignments is a
correctly aligned pair (the 1-2 pieces joined as the aligner fills them),
scored with its paragraph numbers and its siblings in the other languages.

1. False alarms: every check (pipeline.checks.run_checks with the glossary,
   and the repeats check within each document) on the correct pairs; the
   errors and warnings per 100 pairs, per language and per check. Info
   findings are not alarms.
2. Seeded errors: each pair that gives a chance is copied with one real error
   of each kind (a changed year, a dropped number, a changed amount, two
   swapped digits, a number said in words changed to another, a changed day
   of a date, a wrong document symbol, a wrong paragraph number); an error
   is caught when the copy gets an error or warning the correct pair did not
   have. The share caught, per kind and language. A drop or change must take
   the number out: one that leaves the same value in the translation (a
   footnote mark "3" dropped where the text says "tres países") is no error
   and is not seeded; whether the value is still there is read with the
   checks' own number-word reader, whose readings tests/test_checks.py
   checks against num2words and tables.
3. translate-toolkit's pofilter (every test, as `pofilter --language=xx`
   runs them) on the same correct pairs and seeded copies, for comparison.

The last line is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from eval_align import load_gold  # noqa: E402

from pipeline.align import join_blocks  # noqa: E402
from pipeline.checks import Unit, check_repeats, run_checks  # noqa: E402
from pipeline.checks.dates import _any_month, english_dates  # noqa: E402
from pipeline.checks.figures import numbers_to_check, ordinals, reordered  # noqa: E402
from pipeline.checks.words import number_words  # noqa: E402
from pipeline.glossary import Glossary, load_glossary  # noqa: E402
from pipeline.labels import _successor, label_key, render_label  # noqa: E402
from pipeline.languages import get_language  # noqa: E402
from pipeline.segment import segment_text  # noqa: E402
from pipeline.text import ascii_digits, symbols  # noqa: E402

LANGS = ("ar", "zh", "fr", "ru", "es")
ALARMS = ("error", "warning")


@dataclass(frozen=True)
class Pair:
    """A correctly aligned segment: the English and one language's translation."""

    doc: str
    lang: str
    unit: Unit


# --- data -----------------------------------------------------------------------------


def gold_pairs() -> list[Pair]:
    """The 1-1 and 1-2 beads of the gold samples, as units with their siblings."""
    by_doc: dict[str, dict[str, dict[int, tuple[str, str]]]] = defaultdict(dict)
    english: dict[str, list] = {}
    for case in load_gold():
        doc = case.name.split("/")[0]
        english[doc] = list(case.en.segments)
        pairs: dict[int, tuple[str, str]] = {}
        for source, target in case.beads:
            if len(source) == 1 and target:
                texts = [case.tgt.segments[j].text for j in target]
                pairs[source[0]] = (
                    join_blocks(texts, get_language(case.lang)),
                    case.tgt.segments[target[0]].number,
                )
        by_doc[doc][case.lang] = pairs
    return list(_pairs_of(by_doc, english))


def realistic_pairs(count: int, first_seed: int) -> tuple[list[Pair], int]:
    """The 1-1 and 1-2 gold pairs of ``count`` generated documents (tests/realistic),
    segmented by hexaglot's segmenter; and how many gold pairs it did not
    reproduce (left out: they are not correctly aligned segments)."""
    from realistic import generate  # tests/realistic, the six-language document generator

    by_doc: dict[str, dict[str, dict[int, tuple[str, str]]]] = defaultdict(dict)
    english: dict[str, list] = {}
    left_out = 0
    for seed in range(first_seed, first_seed + count):
        generated = generate(seed)
        doc = f"{generated.doc}#{seed}"
        en = segment_text(generated.texts["en"], "en", f"{doc}/en.txt")
        english[doc] = list(en.segments)
        en_of = _located(generated.segments["en"], en.segments, "en")
        for lang in LANGS:
            tgt = segment_text(generated.texts[lang], lang, f"{doc}/{lang}.txt")
            tgt_of = _located(generated.segments[lang], tgt.segments, lang)
            pairs: dict[int, tuple[str, str]] = {}
            for gold in generated.pairs[lang]:
                if len(gold.en) != 1 or not gold.tgt:
                    continue
                source = en_of.get(gold.en[0])
                target = [tgt_of.get(j) for j in gold.tgt]
                if source is None or None in target:
                    left_out += 1
                    continue
                texts = [tgt.segments[j].text for j in target if j is not None]
                pairs[source] = (join_blocks(texts, get_language(lang)), tgt.segments[target[0] or 0].number)
            # as the build does (pipeline/score.py): a list given in another order is no numbering error
            labels = {i: (en.segments[i].number, number) for i, (_, number) in pairs.items()}
            for index in reordered(labels, lang):
                pairs[index] = (pairs[index][0], "")
            by_doc[doc][lang] = pairs
    return list(_pairs_of(by_doc, english)), left_out


def _located(gold: tuple, segments: tuple, lang: str) -> dict[int, int]:
    """Gold segment index -> index of the segment with the same text and, for a
    labelled one, a number that counts the same (a text can recur under
    other numbers), in order."""
    found: dict[int, int] = {}
    k = 0
    for i, seg in enumerate(gold):
        want = " ".join(seg.text.split())
        same = [x for x in range(k, min(len(segments), k + 8)) if " ".join(segments[x].text.split()) == want]
        if seg.label.strip():
            same = [x for x in same if ordinals(segments[x].number, lang) & ordinals(seg.label, lang)]
        if same:
            found[i] = same[0]
            k = found[i] + 1
    return found


def _pairs_of(by_doc: dict, english: dict) -> Iterable[Pair]:
    for doc, langs in sorted(by_doc.items()):
        for lang, pairs in sorted(langs.items()):
            for index, (text, number) in sorted(pairs.items()):
                segment = english[doc][index]
                siblings = {other: langs[other][index][0] for other in langs if other != lang and index in langs[other]}
                unit = Unit(lang, segment.text, text, segment.kind, segment.number, number, siblings)
                yield Pair(doc, lang, unit)


# --- hexaglot's checks --------------------------------------------------------------------


def _warm_up() -> None:
    """Build the number-word vocabularies before timing (a one-time cost per process)."""
    for lang in (*LANGS, "en"):
        number_words("deux", lang)


def alarms_of(pairs: list[Pair], glossary: Glossary) -> list[list[tuple[str, str]]]:
    """(check, message) of every error and warning on each pair, in order."""
    by_doc: dict[tuple[str, str], list[int]] = defaultdict(list)
    for position, pair in enumerate(pairs):
        by_doc[(pair.doc, pair.lang)].append(position)
    found: list[list[tuple[str, str]]] = [[] for _ in pairs]
    for (doc, _lang), positions in by_doc.items():
        repeats = check_repeats({doc: [pairs[p].unit for p in positions]})
        for k, position in enumerate(positions):
            findings = run_checks(pairs[position].unit, glossary) + repeats.get((doc, k), [])
            found[position] = [(f.check, f.message) for f in findings if f.severity in ALARMS]
    return found


def unit_alarms(unit: Unit, glossary: Glossary) -> set[tuple[str, str]]:
    return {(f.check, f.message) for f in run_checks(unit, glossary) if f.severity in ALARMS}


# --- pofilter -----------------------------------------------------------------------------


class Pofilter:
    """translate-toolkit's checks, as `pofilter --language=LANG` runs them (every test)."""

    def __init__(self) -> None:
        from translate.filters import checks
        from translate.storage import po

        self._po = po
        self._checkers = {
            lang: checks.TeeChecker(
                checkerconfig=checks.CheckerConfig(targetlanguage=lang),
                excludefilters={},
                limitfilters=None,
                checkerclasses=[checks.StandardChecker, checks.StandardUnitChecker],
                languagecode=lang,
            )
            for lang in LANGS
        }

    def failures(self, unit: Unit) -> set[str]:
        po_unit = self._po.pounit(unit.english)
        po_unit.target = unit.translation
        return set(self._checkers[unit.lang].run_filters(po_unit))


# --- seeded errors ----------------------------------------------------------------------

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9\uff10-\uff19"
_NUMBER = re.compile(rf"(?<![{_DIGIT}])[{_DIGIT}]+(?:[.,\u00a0\u202f \u066b\u066c][{_DIGIT}]{{3}})*(?![{_DIGIT}])")
_SCRIPTS = ("0123456789", "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
            "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
            "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")  # fmt: skip


def _in_script(digits: str, like: str) -> str:
    """ASCII ``digits`` in the script of the digits of ``like``."""
    for script in _SCRIPTS:
        if any(c in script for c in like):
            return "".join(script[int(d)] for d in digits)
    return digits


def _value(token: str) -> int:
    return int(re.sub(r"[^0-9]", "", ascii_digits(token)))


def _replace_token(text: str, token: str, new: str) -> str:
    return re.sub(rf"(?<![{_DIGIT}]){re.escape(token)}(?![{_DIGIT}])", new, text)


Mutation = Callable[[Unit, random.Random], Unit | None]


def _number_tokens(unit: Unit, wanted: set[int]) -> list[str]:
    tokens = [m.group().strip() for m in _NUMBER.finditer(unit.translation)]
    return sorted({t for t in tokens if _value(t) in wanted})


def _english_values(unit: Unit) -> set[int]:
    values = {int(v) for w in numbers_to_check(unit.english) for v in w.values if v == int(v)}
    for date in english_dates(unit.english):
        values.update(date.days)
        if date.year:
            values.add(date.year)
    return values


def _year(unit: Unit, rng: random.Random) -> Unit | None:
    years = [t for t in _number_tokens(unit, _english_values(unit)) if 1900 <= _value(t) <= 2099 and len(t) == 4]
    if not years:
        return None
    token = rng.choice(years)
    new = str(_value(token) + rng.choice((-3, -2, -1, 1, 2, 3)))
    return replace(unit, translation=_replace_token(unit.translation, token, _in_script(new, token)))


def _still_said(text: str, value: int, lang: str) -> bool:
    """Whether ``text`` still has ``value`` in digits or in words (a footnote mark
    "3" dropped from a text that says "three countries" takes no number out)."""
    if str(value) in re.findall(r"[0-9]+", ascii_digits(text)):
        return True
    return any(n.value == value and not n.derived for n in number_words(text, lang))


def _dropped(unit: Unit, rng: random.Random) -> Unit | None:
    wanted = {int(v) for w in numbers_to_check(unit.english) for v in w.values if v == int(v)}
    tokens = _number_tokens(unit, wanted)
    if not tokens:
        return None
    token = rng.choice(tokens)
    text = re.sub(r"  +", " ", _replace_token(unit.translation, token, ""))
    if _still_said(text, _value(token), unit.lang):
        return None
    return replace(unit, translation=text)


def _amount(unit: Unit, rng: random.Random) -> Unit | None:
    wanted = {int(v) for w in numbers_to_check(unit.english) for v in w.values if v == int(v)}
    tokens = [t for t in _number_tokens(unit, wanted) if len(re.sub(r"[^0-9]", "", ascii_digits(t))) >= 3]
    if not tokens:
        return None
    token = rng.choice(tokens)
    positions = [i for i, c in enumerate(token) if c.isdigit()]
    i = rng.choice(positions[1:] or positions)
    digit = int(ascii_digits(token[i]))
    new_digit = _in_script(str((digit + rng.randint(1, 9)) % 10), token[i])
    return replace(unit, translation=_replace_token(unit.translation, token, token[:i] + new_digit + token[i + 1 :]))


def _swapped(unit: Unit, rng: random.Random) -> Unit | None:
    choices = []
    for token in _number_tokens(unit, _english_values(unit)):
        for i in range(len(token) - 1):
            if token[i].isdigit() and token[i + 1].isdigit() and token[i] != token[i + 1]:
                choices.append((token, i))
    if not choices:
        return None
    token, i = rng.choice(choices)
    swapped = token[:i] + token[i + 1] + token[i] + token[i + 2 :]
    if swapped[0] in "0\u0660\u06f0\uff10":
        return None
    return replace(unit, translation=_replace_token(unit.translation, token, swapped))


def _word_changed(unit: Unit, rng: random.Random) -> Unit | None:
    """A number the translation says in words, said as another number (in digits)."""
    wanted = {v for w in numbers_to_check(unit.english) for v in w.values}
    spans = [n for n in number_words(unit.translation, unit.lang) if n.value in wanted and not n.derived]
    if not spans:
        return None
    span = rng.choice(spans)
    new = str(int(span.value) + rng.choice((1, 2, 10)))
    text = unit.translation[: span.start] + new + unit.translation[span.end :]
    if _still_said(text, int(span.value), unit.lang):
        return None
    return replace(unit, translation=text)


# A day as dates print it: before the month's name, or before 日 in Chinese;
# not a footnote mark "(1)" nor the "2" of resolution 2/245 that has the day's value.
_DAY_IN_DATE = re.compile(
    rf"(?<![{_DIGIT}/(])[{_DIGIT}]{{1,2}}(?=(?P<rest>(?:\s*(?:[-–]|to|au|al|и|إلى)\s*[{_DIGIT}]{{1,2}})?\s*(?:de\s+)?))"
)
_ZH_DAY_IN_DATE = re.compile(rf"(?<=月)[{_DIGIT}]{{1,2}}(?=日)|(?<=日至)[{_DIGIT}]{{1,2}}(?=日)")


def _day_spots(text: str, lang: str) -> list[re.Match[str]]:
    """Days as dates print them: right before the month's name (or, in
    Chinese, between 月 and 日); not a count ("10 визитов"), a footnote mark
    "(1)" or the "2" of resolution 2/245 that has a day's value."""
    if lang == "zh":
        return list(_ZH_DAY_IN_DATE.finditer(text))
    month = _any_month(lang)
    return [m for m in _DAY_IN_DATE.finditer(text) if month.match(text, m.end() + len(m.group("rest")))]


def _day(unit: Unit, rng: random.Random) -> Unit | None:
    days = {d for date in english_dates(unit.english) for d in date.days}
    spots = [m for m in _day_spots(unit.translation, unit.lang) if _value(m.group()) in days]
    if not spots:
        return None
    spot = rng.choice(spots)
    new = _in_script(str(_value(spot.group()) % 28 + 1), spot.group())
    return replace(unit, translation=unit.translation[: spot.start()] + new + unit.translation[spot.end() :])


def _symbol(unit: Unit, rng: random.Random) -> Unit | None:
    present = [s for s in symbols(unit.english) if s in unit.translation]
    if not present:
        return None
    symbol = rng.choice(present)
    digits = [i for i, c in enumerate(symbol) if c.isdigit()]
    i = digits[-1]
    changed = symbol[:i] + str((int(symbol[i]) + 1) % 10) + symbol[i + 1 :]
    return replace(unit, translation=unit.translation.replace(symbol, changed))


def _next_label(label: str) -> str | None:
    for i in range(len(label) - 1, -1, -1):
        c = label[i]
        digit = ascii_digits(c)
        if digit.isdigit():
            return label[:i] + _in_script(str((int(digit) + 1) % 10), c) + label[i + 1 :]
        if c.isalpha():
            return label[:i] + chr(ord(c) + 1) + label[i + 1 :]
    return None


def _numbering(unit: Unit, rng: random.Random) -> Unit | None:
    """The translation's label is the next one, as the language prints it ("Deuxième
    partie" becomes "Partie III", "б)" becomes "в)"); a label hexaglot does not read
    gets its last digit or letter moved on."""
    if not unit.number or not unit.target_number:
        return None
    key = label_key(unit.target_number, unit.lang)
    following = _successor(key) if key else ""
    label = render_label(following, unit.lang) if following else _next_label(unit.target_number)
    return replace(unit, target_number=label) if label else None


MUTATIONS: dict[str, Mutation] = {
    "changed year": _year,
    "dropped number": _dropped,
    "changed amount": _amount,
    "swapped digits": _swapped,
    "number in words changed": _word_changed,
    "changed day": _day,
    "wrong symbol": _symbol,
    "wrong paragraph number": _numbering,
}


def seeded(pairs: list[Pair], seed: int) -> list[tuple[int, str, Unit]]:
    """(position of the correct pair, kind, the copy with the error) for every chance."""
    rng = random.Random(seed)
    out = []
    for position, pair in enumerate(pairs):
        for kind, mutate in MUTATIONS.items():
            changed = mutate(pair.unit, rng)
            if changed is not None and changed != pair.unit:
                out.append((position, kind, changed))
    return out


# --- report -------------------------------------------------------------------------------


def _rate(count: int, total: int) -> float:
    return 100.0 * count / total if total else 0.0


def _table(title: str, rows: dict[str, Counter], totals: Counter, columns: Iterable[str]) -> None:
    columns = list(columns)
    print(f"\n{title}")
    print("  " + f"{'':24}" + "".join(f"{c:>8}" for c in columns))
    for name, counts in rows.items():
        print("  " + f"{name:24}" + "".join(f"{_rate(counts[c], totals[c]):8.2f}" for c in columns))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1, help="seed of the error seeding")
    parser.add_argument("--no-pofilter", action="store_true", help="leave translate-toolkit's pofilter out")
    parser.add_argument("--show", type=int, default=0, help="print this many false alarms and missed errors")
    parser.add_argument(
        "--realistic", type=int, default=0, metavar="N", help="measure on N generated documents, not the gold samples"
    )
    parser.add_argument("--first-seed", type=int, default=0, help="seed of the first generated document")
    parser.add_argument(
        "--pofilter-pairs", type=int, default=20000, help="run pofilter on at most this many pairs (it is slow)"
    )
    args = parser.parse_args()

    glossary = load_glossary(ROOT / "glossary" / "un-terms.tbx")
    if args.realistic:
        started = time.perf_counter()
        pairs, left_out = realistic_pairs(args.realistic, args.first_seed)
        print(
            f"{len(pairs)} correctly aligned pairs in {args.realistic} generated documents "
            f"(seeds {args.first_seed}-{args.first_seed + args.realistic - 1}; {left_out} gold pairs left out "
            f"that the segmenter does not reproduce; {time.perf_counter() - started:.0f} s to generate and segment)"
        )
    else:
        pairs = gold_pairs()
        print(f"{len(pairs)} correctly aligned pairs in {len({p.doc for p in pairs})} documents (gold samples)")
    _warm_up()

    started = time.perf_counter()
    found = alarms_of(pairs, glossary)
    checks_s = time.perf_counter() - started

    per_lang: Counter[str] = Counter(p.lang for p in pairs)
    per_lang["all"] = len(pairs)
    alarms: Counter[str] = Counter()
    by_check: dict[str, Counter] = defaultdict(Counter)
    shown = 0
    for pair, alarms_here in zip(pairs, found, strict=True):
        for check, message in alarms_here:
            alarms[pair.lang] += 1
            alarms["all"] += 1
            by_check[check][pair.lang] += 1
            by_check[check]["all"] += 1
            if shown < args.show:
                shown += 1
                print(f"  false alarm {pair.doc}/{pair.lang} {check}: {message}")
                print(f"      EN {pair.unit.english[:160]}\n      {pair.lang.upper()} {pair.unit.translation[:160]}")
    columns = (*LANGS, "all")
    _table(
        "False alarms (errors and warnings) per 100 correct pairs: hexaglot",
        {"all checks": alarms, **by_check},
        per_lang,
        columns,
    )

    errors = seeded(pairs, args.seed)
    chances: dict[str, Counter] = defaultdict(Counter)
    caught: dict[str, Counter] = defaultdict(Counter)
    missed_shown = 0
    before = [set(f) for f in found]
    for position, kind, unit in errors:
        lang = unit.lang
        chances[kind][lang] += 1
        chances[kind]["all"] += 1
        chances["all kinds"][lang] += 1
        chances["all kinds"]["all"] += 1
        new = unit_alarms(unit, glossary) - before[position]
        if new:
            caught[kind][lang] += 1
            caught[kind]["all"] += 1
            caught["all kinds"][lang] += 1
            caught["all kinds"]["all"] += 1
        elif missed_shown < args.show:
            missed_shown += 1
            print(f"  missed {kind} {pairs[position].doc}/{lang}: {unit.translation[:160]}")
    print("\nSeeded errors caught, per cent (chances in brackets)")
    print("  " + f"{'':24}" + "".join(f"{c:>12}" for c in columns))
    for kind in [*MUTATIONS, "all kinds"]:
        cells = "".join(
            f"{_rate(caught[kind][c], chances[kind][c]):6.1f} ({chances[kind][c]:3d})"
            if chances[kind][c]
            else f"{'-':>12}"
            for c in columns
        )
        print("  " + f"{kind:24}" + cells)

    result: dict[str, object] = {
        "pairs": len(pairs),
        "false_alarms_per_100": round(_rate(alarms["all"], len(pairs)), 3),
        "false_alarms_per_100_by_lang": {c: round(_rate(alarms[c], per_lang[c]), 3) for c in LANGS},
        "seeded": chances["all kinds"]["all"],
        "caught_share": round(caught["all kinds"]["all"] / max(1, chances["all kinds"]["all"]), 4),
        "caught_share_by_kind": {
            k: round(caught[k]["all"] / chances[k]["all"], 4) for k in MUTATIONS if chances[k]["all"]
        },
        "checks_ms_per_pair": round(1000 * checks_s / max(1, len(pairs)), 3),
    }
    if not args.no_pofilter:
        sample = pairs[: args.pofilter_pairs]
        kept = len(sample)
        result |= _pofilter_figures(
            sample, [e for e in errors if e[0] < kept], Counter(p.lang for p in sample) | Counter(all=kept), columns
        )
    print(json.dumps(result, sort_keys=True))


def _pofilter_figures(
    pairs: list[Pair], errors: list[tuple[int, str, Unit]], per_lang: Counter, columns: tuple[str, ...]
) -> dict[str, object]:
    pofilter = Pofilter()
    started = time.perf_counter()
    failures = [pofilter.failures(p.unit) for p in pairs]
    pofilter_s = time.perf_counter() - started
    alarms: Counter[str] = Counter()
    by_test: dict[str, Counter] = defaultdict(Counter)
    for pair, names in zip(pairs, failures, strict=True):
        for name in names:
            for key in (pair.lang, "all"):
                alarms[key] += 1
                by_test[name][key] += 1
    top = dict(sorted(by_test.items(), key=lambda item: -item[1]["all"])[:8])
    _table(
        "False alarms per 100 correct pairs: pofilter (every test; the 8 that fire most)",
        {"all tests": alarms, **top},
        per_lang,
        columns,
    )
    caught: Counter[str] = Counter()
    chances: Counter[str] = Counter()
    for position, kind, unit in errors:
        chances[kind] += 1
        caught[kind] += bool(pofilter.failures(unit) - failures[position])
    print("\nSeeded errors pofilter catches, per cent (it sees no paragraph number: those are a label, not text)")
    for kind in MUTATIONS:
        if chances[kind]:
            print(f"  {kind:24}{_rate(caught[kind], chances[kind]):6.1f} ({chances[kind]})")
    in_text = [k for k in MUTATIONS if k != "wrong paragraph number"]
    caught_text, chances_text = sum(caught[k] for k in in_text), sum(chances[k] for k in in_text)
    print(f"  {'errors in the text':24}{_rate(caught_text, chances_text):6.1f} ({chances_text})")
    return {
        "pofilter_false_alarms_per_100": round(_rate(alarms["all"], len(pairs)), 3),
        "pofilter_false_alarms_per_100_by_lang": {c: round(_rate(alarms[c], per_lang[c]), 3) for c in LANGS},
        "pofilter_caught_share_in_text": round(caught_text / max(1, chances_text), 4),
        "pofilter_caught_share_by_kind": {k: round(caught[k] / chances[k], 4) for k in MUTATIONS if chances[k]},
        "pofilter_ms_per_pair": round(1000 * pofilter_s / max(1, len(pairs)), 3),
    }


if __name__ == "__main__":
    main()
