"""Time writing a catalogue as GNU gettext does, against polib's own writer.

    .venv/bin/python benchmarks/po_render.py [--repeat 50]

For the shipped template and the six catalogues of A/68/500, parsed once,
it times ``catalog.render_catalog`` (the GNU-exact writer) and polib's
``POFile.__unicode__`` on the same objects in the same process, the median
of ``--repeat`` runs each, and prints milliseconds per catalogue and the
ratio ours / polib. "cold" empties the writer's cache of analysed strings
before every run (a catalogue written once); "warm" keeps it, as a build
does when it writes a document's template and six catalogues, which share
their msgids. The line-breaking tables are built when ``pipeline.linebreak``
is imported, once per process; that cost is printed on its own.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGS = ("ar", "zh", "en", "fr", "ru", "es")
PATHS = ["locales/A_68_500.pot"] + [f"locales/{lang}/LC_MESSAGES/A_68_500.po" for lang in LANGS]


def _median_ms(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    start = time.perf_counter()
    importlib.import_module("pipeline.linebreak")
    import_ms = (time.perf_counter() - start) * 1000
    from pipeline import catalog, linebreak

    def cold(po):
        linebreak.analyse.cache_clear()
        catalog.render_catalog(po)

    print(f"{'catalogue':<40} {'chars':>6} {'polib ms':>9} {'cold ms':>8} {'ratio':>6} {'warm ms':>8} {'ratio':>6}")
    totals = [0.0, 0.0, 0.0]
    for path in PATHS:
        text = (ROOT / path).read_text(encoding="utf-8")
        po = catalog.parse_catalog(text, path)
        assert catalog.render_catalog(po) == text, f"{path} is not as the GNU writer writes it"
        polib_ms = _median_ms(lambda po=po: po.__unicode__(), args.repeat)
        cold_ms = _median_ms(lambda po=po: cold(po), args.repeat)
        warm_ms = _median_ms(lambda po=po: catalog.render_catalog(po), args.repeat)
        for k, value in enumerate((polib_ms, cold_ms, warm_ms)):
            totals[k] += value
        print(
            f"{path:<40} {len(text):>6} {polib_ms:>9.2f} {cold_ms:>8.2f} {cold_ms / polib_ms:>6.2f}"
            f" {warm_ms:>8.2f} {warm_ms / polib_ms:>6.2f}"
        )
    polib_ms, cold_ms, warm_ms = totals
    print(
        f"{'all seven':<40} {'':>6} {polib_ms:>9.2f} {cold_ms:>8.2f} {cold_ms / polib_ms:>6.2f}"
        f" {warm_ms:>8.2f} {warm_ms / polib_ms:>6.2f}"
    )
    print(f"building the line-breaking tables (once per process, at import): {import_ms:.1f} ms")


if __name__ == "__main__":
    main()
