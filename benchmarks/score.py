"""Time scoring and report rendering: N copies of A/68/500 in six languages.

    .venv/bin/python benchmarks/score.py --docs 1000

Each copy is scored (every check, repeats within the document) and rendered
(six HTML pages, JSON, CSV) from the shipped catalogues, on 2 processes, as
the shard jobs do; then the index is rendered once from all of them. The
baseline, run in the same command, only parses the six catalogues per copy
with polib, so the ratio says what scoring and rendering add to reading.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.chdir(ROOT)

from pipeline import catalog, report, score  # noqa: E402
from pipeline.checks import CHECKS, chrf_signature  # noqa: E402
from pipeline.cli import read_inputs  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.glossary import load_glossary  # noqa: E402
from pipeline.sync import sync_document  # noqa: E402

CONFIG = load_config("config.yaml")
DOC = "A_68_500"


def _prepare() -> tuple[dict, dict]:
    inputs = read_inputs(DOC, CONFIG)
    result = sync_document(inputs, CONFIG)
    catalogs = {lang: (path, result.catalogs.get(lang, text)) for lang, (path, text) in inputs.catalogs.items()}
    return result.state, catalogs


STATE, CATALOGS = _prepare()
GLOSSARY = load_glossary(CONFIG.glossary)
SIGNATURE = chrf_signature()


def _score_one(n: int) -> dict:
    state = {**STATE, "doc": f"DOC_{n:05d}"}
    scored = score.score_document(state, CATALOGS, GLOSSARY)
    data = report.score_to_json(scored, SIGNATURE)
    pages = [report.render_language_page(scored, lang, SIGNATURE) for lang in CONFIG.languages]
    text = json.dumps(data, sort_keys=True) + report.render_csv(scored.records) + "".join(pages)
    assert len(text) > 10_000
    return report.index_entry(data)


def _parse_one(n: int) -> int:
    return sum(len(catalog.parse_catalog(text, path)) for path, text in CATALOGS.values() if text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()

    started = time.perf_counter()
    _score_one(0)
    shipped_s = time.perf_counter() - started

    with Pool(args.processes) as pool:
        started = time.perf_counter()
        pool.map(_parse_one, range(args.docs), chunksize=16)
        baseline_s = time.perf_counter() - started

        started = time.perf_counter()
        entries = pool.map(_score_one, range(args.docs), chunksize=16)
        scored_s = time.perf_counter() - started

    started = time.perf_counter()
    scores = [report.entry_to_score(e) for e in entries]
    checks = [{"name": c.name, "severity": c.severity, "title": c.title} for c in CHECKS.values()]
    html = report.render_index(scores, CONFIG.languages, checks, SIGNATURE, CONFIG.completeness)
    index_s = time.perf_counter() - started
    assert "DOC_00000" in html

    total = scored_s + index_s
    print(f"one document (A/68/500, 6 languages), scored and rendered: {shipped_s * 1000:.0f} ms")
    print(f"{args.docs} documents on {args.processes} processes: score+render {scored_s:.1f} s, "
          f"index {index_s:.2f} s, total {total:.1f} s ({1000 * total / args.docs:.1f} ms/document)")
    print(f"baseline, parsing the six catalogues only: {baseline_s:.1f} s; ratio {total / baseline_s:.1f}")
    print(json.dumps({"docs": args.docs, "one_doc_ms": round(shipped_s * 1000, 1), "score_s": round(scored_s, 2),
                      "index_s": round(index_s, 2), "total_s": round(total, 2), "baseline_s": round(baseline_s, 2),
                      "ratio": round(total / baseline_s, 2)}, sort_keys=True))


if __name__ == "__main__":
    main()
