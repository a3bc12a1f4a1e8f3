"""Write generated documents and their gold to a folder, for a person to read.

    .venv/bin/python tests/realistic/__main__.py OUT --docs 20 --seed 0
    .venv/bin/python -m realistic OUT ...          (with tests/ on PYTHONPATH)

For each document (seeds SEED, SEED + 1, ...), OUT/<seed>-<DOC>/ holds:

* ``en.txt`` and ``<lang>.txt``: the texts as PDF extraction gives them;
* ``<lang>.gold.json``: the gold alignment with the English, in the format of
  tests/data/align (``beads`` of texts), plus ``pairs`` (segment indices,
  crossings marked);
* ``segments.json``: every language's gold segmentation (text, kind, label as
  printed, canonical key, label word, footnote marks), the document's kind,
  symbol, seed, and the phenomena drawn in each language.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `realistic` and `pipeline` importable
    _HERE = Path(__file__).resolve().parent
    sys.path[:0] = [str(_HERE.parent), str(_HERE.parent.parent)]
    __package__ = "realistic"

from pipeline.io import write_atomic, write_json  # noqa: E402
from realistic import LANGS, generate  # noqa: E402
from realistic.model import GeneratedDocument  # noqa: E402


def write_document(out: Path, doc: GeneratedDocument) -> Path:
    folder = out / f"{doc.seed}-{doc.doc}"
    folder.mkdir(parents=True, exist_ok=True)
    for lang, text in doc.texts.items():
        write_atomic(folder / f"{lang}.txt", text, durable=False)
    for lang, pairs in doc.pairs.items():
        write_json(
            folder / f"{lang}.gold.json",
            {
                "beads": doc.beads(lang),
                "pairs": [
                    {"en": list(p.en), "tgt": list(p.tgt), **({"crossing": True} if p.crossing else {})}
                    for p in pairs
                ],
            },
            durable=False,
        )
    write_json(
        folder / "segments.json",
        {
            "seed": doc.seed,
            "kind": doc.kind,
            "symbol": doc.symbol,
            "doc": doc.doc,
            "segments": {lang: [s.as_json() for s in segs] for lang, segs in doc.segments.items()},
            "phenomena": {lang: sorted(p) for lang, p in doc.phenomena.items()},
        },
        durable=False,
    )
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write to (created)")
    parser.add_argument("--docs", type=int, default=10, help="how many documents (default 10)")
    parser.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    parser.add_argument("--langs", default=",".join(LANGS), help="languages, comma-separated (English always)")
    args = parser.parse_args(argv)
    langs = tuple(x.strip() for x in args.langs.split(",") if x.strip())
    unknown = sorted(set(langs) - set(LANGS))
    if unknown:
        parser.error(f"unknown language {', '.join(unknown)}; choose among {', '.join(LANGS)}")
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    start = time.perf_counter()
    for seed in range(args.seed, args.seed + args.docs):
        write_document(args.out, generate(seed, langs))
    print(f"{args.out}: {args.docs} documents (seeds {args.seed}-{args.seed + args.docs - 1}) "
          f"in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
