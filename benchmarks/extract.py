"""Benchmark: PDF extractors on the team's sample documents, speed and exactness.

    .venv/bin/python benchmarks/extract.py [--repeat 3] [--pdfs DIR]

Writes the samples of tests/data/align and tests/data/footnotes (four
documents, six languages) as Word files (tests/documents.py) and has
LibreOffice make PDFs of them (or reads the PDFs already in --pdfs DIR, named
<DOC>.<lang>.pdf), then runs every backend of pipeline/extract/pdf.py on all
of them in the same process:

* pages per second: all PDFs read ``--repeat`` times, the best round counted,
  and the ratio to the first backend (timings on a shared machine are noisy:
  compare the ratio, not the figure);
* exact: the share of documents whose extracted text segments exactly as the
  .txt sample does (kind, number, text and emphasis of every segment).

Both backends share the layout code; what differs is how they read glyphs,
boxes, fonts and rules from the PDF.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from documents import SAMPLES, pdfs_from_docx, write_samples  # noqa: E402

from pipeline.errors import HexaglotError  # noqa: E402
from pipeline.extract.form import render  # noqa: E402
from pipeline.extract.pdf import BACKENDS, read_pdf  # noqa: E402
from pipeline.segment import segment_text  # noqa: E402


def _key(text: str, lang: str) -> list[tuple[str, str, str, bool]]:
    return [(s.kind, s.number, s.text, s.emphasis) for s in segment_text(text, lang).segments]


def _pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="rounds per backend; the best is reported")
    parser.add_argument("--pdfs", type=Path, help="a folder of <DOC>.<lang>.pdf made earlier (default: make them)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hexaglot-bench-extract-") as tmp:
        folder = args.pdfs
        if folder is None:
            docx = write_samples(Path(tmp) / "docx")
            started = time.perf_counter()
            pdfs_from_docx(list(docx.values()), Path(tmp) / "pdf")
            print(f"LibreOffice made {len(docx)} PDFs in {time.perf_counter() - started:.1f} s")
            folder = Path(tmp) / "pdf"
        cases = []
        for (doc, lang), source in sorted(SAMPLES.items()):
            path = folder / f"{doc}.{lang}.pdf"
            if path.exists():
                data = path.read_bytes()
                cases.append((doc, lang, str(path), data, _key(source.read_text(encoding="utf-8"), lang)))
        pages = sum(_pages(c[3]) for c in cases)
        print(f"{len(cases)} PDFs, {pages} pages; best of {args.repeat} rounds per backend\n")
        print(f"{'backend':<10} {'pages/s':>8} {'vs first':>9} {'exact':>7}  not exact")
        baseline = 0.0
        for name in BACKENDS:
            best = float("inf")
            texts: dict[tuple[str, str], str] = {}
            for _ in range(args.repeat):
                started = time.perf_counter()
                for doc, lang, path, data, _want in cases:
                    try:
                        texts[(doc, lang)] = render(read_pdf(data, path, lang, name))
                    except HexaglotError as exc:
                        texts[(doc, lang)] = f"error: {exc}"
                best = min(best, time.perf_counter() - started)
            wrong = [f"{doc}.{lang}" for doc, lang, _p, _d, want in cases if _key(texts[(doc, lang)], lang) != want]
            rate = pages / best
            baseline = baseline or rate
            exact = (len(cases) - len(wrong)) / len(cases) if cases else 0.0
            print(f"{name:<10} {rate:8.1f} {rate / baseline:8.2f}x {exact:7.0%}  {' '.join(wrong) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
