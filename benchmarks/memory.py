"""Translation-memory benchmark: index time, lookup time, memory, and a reuse demo.

Run from the repository root:

    .venv/bin/python benchmarks/memory.py [--docs 1000] [--per-doc 32] [--queries 1000] [--seed 7]

1. Builds a synthetic memory of about 1,000 documents x 30 segments per
   language, every English text a seeded variation of the sentences of
   source/en/A_68_500.txt (numbers, years, countries and words swapped,
   clauses dropped or repeated). Its translations are SYNTHETIC labelled
   strings: only the English side is searched, so they need not be real.
   Nothing is downloaded.
2. Times building the index for five languages, then exact and fuzzy
   lookups in one (mean and p95), and measures the index's memory.
3. Baseline in the same run: difflib.get_close_matches (what babel's
   catalogue update uses) against a 1,000-text subset, scaled to the full
   memory, beside rapidfuzz on the same subset and our banded lookup.
4. Reuse demo: a memory made of A/68/500's catalogues (real, non-fuzzy
   entries of locales/<lang>/LC_MESSAGES/A_68_500.po) queried with an
   invented second letter that repeats some paragraphs verbatim and edits
   others slightly: how many of its segments would be pre-filled.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import random
import re
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from pipeline.catalog import parse_catalog  # noqa: E402
from pipeline.memory import Entry, TranslationMemory, offers  # noqa: E402
from pipeline.segment import segment_text  # noqa: E402

DOC = "A_68_500"
LANGS = ("ar", "zh", "fr", "ru", "es")
QUERY_LANG = "fr"
COUNTRIES = (
    "Algeria", "Argentina", "Armenia", "Austria", "Brazil", "Chile", "Colombia", "Costa Rica",
    "Cuba", "Ghana", "Indonesia", "Jordan", "Kenya", "Malaysia", "Mexico", "Mongolia", "Morocco",
    "Nepal", "Norway", "Pakistan", "Peru", "Senegal", "Serbia", "Thailand", "Tunisia", "Uganda",
)
ORDINALS = (
    "sixty-fifth", "sixty-sixth", "sixty-seventh", "sixty-eighth", "sixty-ninth", "seventieth",
    "seventy-first", "seventy-second", "seventy-third",
)
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)

SECOND_LETTER = (
    "United Nations A/69/312\n"
    "\n"
    "\n"
    "\n"
    "Distr.: General 15 September 2014\n"
    "\n"
    "Original: English\n"
    "\n"
    "Sixty-ninth session\n"
    "Agenda item 108\n"
    "Crime prevention and criminal justice\n"
    "\n"
    "## Letter dated 10 September 2014 from the Permanent Representative of Belarus to the "
    "United Nations addressed to the Secretary-General\n"
    "\n"
    "I have the honour to transmit herewith the Declaration on the Global Efforts to "
    "Combat Trafficking in Persons, which was adopted at the Fifth Ministerial Meeting of "
    "the Group of Friends United against Human Trafficking, convened on 25 September 2014 "
    "on the margins of the sixty-ninth session of the General Assembly (see annex).\n"
    "\n"
    "It would be appreciated if you could have the present letter and the annex thereto "
    "circulated as a document of the General Assembly, under agenda item 108.\n"
    "\n"
    "(Signed) Andrei **Dapkiunas**Ambassador\n"
    "Permanent Representative of the\n"
    "Republic of Belarus to the United Nations\n"
    "\n"
    "## Annex to the letter dated 10 September 2014 from the Permanent Representative of "
    "Belarus to the United Nations addressed to the Secretary-General\n"
    "\n"
    "## **Declaration on the Global Efforts to Combat Trafficking** in Persons\n"
    "\n"
    "- 1. Reaffirm the previous Declarations of the Group of Friends United against Human "
    "Trafficking, adopted at the ministerial meetings in 2010, 2011, 2012 and 2013;\n"
    "- 2. Reaffirm the United Nations Global Plan of Action to Combat Trafficking in "
    "Persons, which, inter alia, committed to promoting comprehensive, coordinated and "
    "consistent responses at the national, regional and international levels to counter "
    "trafficking in persons, and also reaffirm our full adherence to its comprehensive "
    "implementation;\n"
    "- 3. Invite the General Assembly to schedule the next appraisal of the implementation "
    "of the United Nations Global Plan of Action for its seventy-first session;\n"
    "- 4. Express support for the activities of the United Nations Office on Drugs and "
    "Crime (UNODC) as coordinator of the Inter-Agency Coordination Group against "
    "Trafficking in Persons (ICAT);\n"
    "- 5. Recognize the importance of better international coordination and information "
    "exchanges on good practices to address the problem of trafficking in persons;\n"
    "- 6. Welcome the entry into force of the Protocol to Prevent, Suppress and Punish "
    "Trafficking in Persons for three further States since our last meeting;\n"
    "- 7. Decide to convene the sixth ministerial meeting of the Group of Friends United "
    "against Human Trafficking on the margins of the seventy-first session of the General "
    "Assembly.\n"
    "\n"
    "New York, 10 September 2014\n"
    "\n"
)


# -- inputs --------------------------------------------------------------------


def read_catalogues() -> dict[str, dict[str, tuple[str, bool]]]:
    out: dict[str, dict[str, tuple[str, bool]]] = {}
    for lang in LANGS:
        path = ROOT / "locales" / lang / "LC_MESSAGES" / f"{DOC}.po"
        po = parse_catalog(path.read_text(encoding="utf-8"), str(path))
        out[lang] = {e.msgid: (e.msgstr, e.fuzzy) for e in po if not e.obsolete}
    return out


def base_texts() -> list[str]:
    """A/68/500's segments and their clauses: the stuff boilerplate is made of."""
    path = ROOT / "source" / "en" / f"{DOC}.txt"
    doc = segment_text(path.read_text(encoding="utf-8"), "en", str(path))
    pool = [s.text for s in doc.segments]
    for text in pool[:]:
        pieces = [p.strip() for p in re.split(r"(?<=[,;])\s+", text) if p.strip()]
        for start in range(0, len(pieces), 3):
            chunk = " ".join(pieces[start : start + 4]).rstrip(",;") + "."
            if len(chunk) > 40:
                pool.append(chunk[0].upper() + chunk[1:])
    return pool


# -- synthetic memory ----------------------------------------------------------


def vary(text: str, rng: random.Random, vocabulary: list[str], strength: float) -> str:
    """A seeded variation: new numbers, years, ordinals, countries and some words."""
    text = re.sub(r"\b(19|20)\d\d\b", lambda m: str(rng.randint(1995, 2030)), text)
    text = re.sub(r"\b\d{1,3}\b", lambda m: str(rng.randint(1, 199)), text)
    text = re.sub("|".join(ORDINALS), lambda m: rng.choice(ORDINALS), text)
    text = re.sub("|".join(MONTHS), lambda m: rng.choice(MONTHS), text)
    words = text.split(" ")
    for i, word in enumerate(words):
        if word.rstrip(",;.") in COUNTRIES or (word[:1].isupper() and rng.random() < strength / 3):
            words[i] = rng.choice(COUNTRIES) + word[len(word.rstrip(",;.")):]
        elif rng.random() < strength:
            words[i] = rng.choice(vocabulary)
    if len(words) > 12 and rng.random() < strength:
        cut = rng.randrange(3, len(words) - 3)
        del words[cut : cut + rng.randint(1, 4)]
    return " ".join(words)


def synthetic_entries(docs: int, per_doc: int, seed: int) -> tuple[list[Entry], list[str]]:
    rng = random.Random(seed)
    pool = base_texts()
    vocabulary = sorted({w.strip(",;.()") for t in pool for w in t.split() if w.isalpha()})
    entries: list[Entry] = []
    for d in range(docs):
        name = f"A_{60 + d // 200}_{d:04d}"
        for i in range(per_doc):
            base = rng.choice(pool)
            strength = rng.choice((0.0, 0.03, 0.06, 0.1, 0.15, 0.2))
            english = vary(base, rng, vocabulary, strength)
            for lang in LANGS:
                # SYNTHETIC translation: a labelled string, never searched.
                synthetic = f"[{lang} synthetic {d}:{i}] {english[::-1]}"
                entries.append(Entry(name, lang, english, synthetic))
    return entries, pool


# -- measuring -----------------------------------------------------------------


def timed(fn, items):
    out, times = [], []
    for item in items:
        start = time.perf_counter()
        out.append(fn(item))
        times.append(time.perf_counter() - start)
    return out, times


def describe(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    mean = statistics.fmean(ms)
    return f"mean {mean:7.3f} ms, p95 {p95:7.3f} ms, max {ms[-1]:7.3f} ms (n={len(ms)})"


def maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--per-doc", type=int, default=42)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--baseline-queries", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed + 1)

    print(f"== synthetic memory: {args.docs} documents x {args.per_doc} segments, seed {args.seed}")
    print("   English: seeded variations of source/en/A_68_500.txt; "
          "translations: SYNTHETIC strings")
    entries, pool = synthetic_entries(args.docs, args.per_doc, args.seed)
    vocabulary = sorted({w.strip(",;.()") for t in pool for w in t.split() if w.isalpha()})

    gc.collect()
    rss_before = maxrss_mib()
    start = time.perf_counter()
    memory = TranslationMemory(entries)
    for lang in memory.languages:  # indexes are built on first use: build them all here
        memory.size(lang)
    build = time.perf_counter() - start
    rss_after = maxrss_mib()
    size = memory.size(QUERY_LANG)
    print(f"index: {len(entries):,} entries, {len(memory.languages)} languages, "
          f"{size:,} distinct English texts per language")
    print(f"build time: {build:.2f} s (target < 10 s); peak RSS {rss_after:.0f} MiB "
          f"(+{rss_after - rss_before:.0f} MiB during build)")
    del memory
    gc.collect()
    tracemalloc.start()
    memory = TranslationMemory(entries)
    for lang in memory.languages:
        memory.size(lang)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"tracemalloc peak while building the index: {peak / 2**20:.0f} MiB "
          "(index structures only; the entries list is shared)")

    english = sorted({e.english for e in entries if e.lang == QUERY_LANG})
    exact_q = rng.sample(english, min(args.queries, len(english)))
    fuzzy_q = [vary(rng.choice(pool), rng, vocabulary, 0.12) for _ in range(args.queries)]
    held = set(english)
    fuzzy_q = [q for q in fuzzy_q if q not in held]

    results, times = timed(lambda q: memory.lookup(QUERY_LANG, q), exact_q)
    print(f"exact lookups ({QUERY_LANG}): {describe(times)}; "
          f"{sum(r is not None and r.exact for r in results)} exact hits")
    results, fuzzy_times = timed(lambda q: memory.lookup(QUERY_LANG, q), fuzzy_q)
    hits = [r for r in results if r is not None]
    median = statistics.median(r.similarity for r in hits) if hits else 0.0
    print(f"fuzzy lookups ({QUERY_LANG}, min_similarity 0.75): {describe(fuzzy_times)}; "
          f"{len(hits)} of {len(fuzzy_q)} found a match, median similarity {median:.2f}")
    # Worst case of exclude_doc: a document already in the memory asks for its
    # own texts, so its own identical text is the best hit and must be skipped.
    own = [(e.doc, e.english) for e in entries if e.lang == QUERY_LANG][: 6 * args.per_doc]
    _, excl_times = timed(lambda p: memory.lookup(QUERY_LANG, p[1], exclude_doc=p[0]), own)
    print(f"lookups of a document's own texts, excluding it: {describe(excl_times)}")

    print("== baseline: the same fuzzy queries against a 1,000-text subset")
    subset = rng.sample(english, min(1000, len(english)))
    sample = fuzzy_q[: args.baseline_queries]
    _, difflib_times = timed(
        lambda q: difflib.get_close_matches(q, subset, n=1, cutoff=0.75), sample
    )
    _, rf_times = timed(
        lambda q: process.extractOne(q, subset, scorer=fuzz.ratio, score_cutoff=75), sample * 10
    )
    difflib_mean = statistics.fmean(difflib_times)
    rf_mean = statistics.fmean(rf_times)
    ours_mean = statistics.fmean(fuzzy_times)
    scale = size / len(subset)
    print(f"difflib.get_close_matches, 1,000 texts: {describe(difflib_times)}")
    print(f"rapidfuzz extractOne (ratio), 1,000 texts: {describe(rf_times)}")
    print(f"difflib vs rapidfuzz on the same 1,000 texts: {difflib_mean / rf_mean:,.0f}x slower")
    print(f"difflib scaled to {size:,} texts: ~{difflib_mean * scale:.1f} s per lookup; "
          f"hexaglot lookup on all {size:,}: {ours_mean * 1000:.2f} ms "
          f"({difflib_mean * scale / ours_mean:,.0f}x faster)")

    reuse_demo()
    return 0


def reuse_demo() -> None:
    print("== reuse: a memory of A/68/500's catalogues, queried with an invented second letter")
    catalogues = read_catalogues()
    memory = TranslationMemory.from_catalogues({DOC: catalogues})
    letter = segment_text(SECOND_LETTER, "en", "invented/A_69_312.txt")
    msgids = list(dict.fromkeys(s.text for s in letter.segments))
    print(f"   memory: non-fuzzy entries of locales/<lang>/LC_MESSAGES/{DOC}.po "
          "(real translations, no synthesis needed); "
          f"letter: {len(msgids)} distinct segments, made up for this benchmark")
    for lang in LANGS:
        found = offers(memory, "A_69_312", letter.segments, lang)
        exact = sum(o.match.exact for o in found)
        close = len(found) - exact
        print(f"   {lang}: {len(found)} of {len(msgids)} segments pre-filled "
              f"({exact} exact, {close} close, similarity "
              + (f"{min(o.match.similarity for o in found):.2f}-1.00)" if found else "-)")
              + f"; memory holds {memory.size(lang)} {lang} texts")


if __name__ == "__main__":
    raise SystemExit(main())
