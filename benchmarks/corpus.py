"""Benchmark: the whole workflow on a generated corpus of N documents, against a floor.

    .venv/bin/python benchmarks/corpus.py --docs 1000 [--compare 10] [--repeat 3] [--shards 16]
                                          [--cores 2] [--scheduler greedy] [--keep DIR] [--sources docx]

In a temporary copy of the project holding N generated documents in six
languages (benchmarks/make_corpus.py; nothing is downloaded), times:

* ``full``: ``snakemake --cores 2`` from scratch (no catalogues, no build/);
* ``floor``: the same work as ``full`` in one fresh Python process with no
  Snakemake: ``pipeline.cli.main(["build", *docs])`` then ``index``, in
  another copy. Its reports and catalogues must be byte-identical to the
  workflow's;
* ``noop``: the same command again, which must have nothing to do;
* ``incremental_po``: after one translator edit to one ``.po``;
* ``incremental_source``: after one revision of one English original;
* ``rebuild_deleted``: after one generated page (reports/<DOC>/fr.html) is
  deleted; the run must make it again.

Each rerun is timed ``--repeat`` times and the least time kept (the machine
is shared; the least is the cost, the rest is other people's load).
``--compare 10`` first does the same on 10 documents, in the same command,
and adds each rerun's ratio (N documents / 10) as ``<rerun>_ratio``.

``--sources docx`` (or ``pdf``) gives every generated text as a Word file
(tests/documents.py: real numbering, header and footer), or as the PDF
LibreOffice makes of it, instead of the .txt, so that each one is read through
its own extraction job; there is no floor then, and ``incremental_source``
saves a revised Word (or PDF) file.

Peak memory is the largest sum of resident memory over the Snakemake process
tree (Snakemake and its running jobs), sampled every 50 ms. The last line
printed is one JSON object.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]

from make_corpus import generate, write_corpus  # noqa: E402
from workflow import copy_project  # noqa: E402  (a working copy of the workflow, as the tests make it)

PYTHON = Path(sys.executable)
SNAKEMAKE = PYTHON.parent / "snakemake"
FLOOR = """
import sys, time
from collections.abc import Callable
from pathlib import Path
from pipeline.cli import build_parser, main
from pipeline.config import load_config
config = load_config()
docs = sorted(p.stem for p in Path(config.source_path("x")).parent.glob("*.txt"))
part = "build/parts/all.json"
# Every step of the workflow's default target, in order, in this one process.
steps = [["build", *docs, "--out", part], ["index", part]]
commands = build_parser()._subparsers._group_actions[0].choices
if "memory" in commands:
    steps.append(["memory", part, "--out", config.memory_path()])
if "corpus-tmx" in commands:
    steps.append(["corpus-tmx", part, "--out", config.tmx_path()])
start = time.perf_counter()
for step in steps:
    if main(step):
        sys.exit(f"floor: {step[0]} failed")
print(f"floor inside Python: {time.perf_counter() - start:.2f} s", file=sys.stderr)
"""


def make_workspace(target: Path, shards: int | None) -> None:
    copy_project(target)
    if shards is not None:
        config = target / "config.yaml"
        text, count = re.subn(r"(?m)^(\s+shards:)\s*\d+", rf"\g<1> {shards}", config.read_text())
        if not count:
            raise SystemExit("config.yaml has no build.shards to override")
        config.write_text(text)


class PeakRSS:
    """The largest total RSS of a process and its descendants, sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(pid, interval), daemon=True)
        self._thread.start()

    def _run(self, pid: int, interval: float) -> None:
        try:
            root = psutil.Process(pid)
        except psutil.NoSuchProcess:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            for proc in procs:
                try:
                    total += proc.memory_info().rss
                except psutil.NoSuchProcess:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(interval)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


CPU_SECONDS: dict[str, float] = {}  # log name -> CPU time (user + system) of the command and its children


def run(cmd: list[str], cwd: Path, log: Path) -> tuple[float, int, str]:
    """Wall seconds, peak tree RSS in bytes, and the combined output of one command.

    Its CPU time goes to CPU_SECONDS: on a shared machine, wall time also
    measures the neighbours; CPU time mostly measures the work."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, text=True)
        rss = PeakRSS(proc.pid)
        code = proc.wait()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_SECONDS[str(log)] = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    peak = rss.stop()
    text = log.read_text()
    if code != 0:
        sys.exit(f"{' '.join(cmd)} failed in {cwd} (exit {code}); see {log}:\n{text[-3000:]}")
    return seconds, peak, text


def jobs_of(output: str) -> int:
    """Jobs Snakemake ran, from its job-stats table; 0 when it had nothing to do."""
    if "Nothing to be done" in output:
        return 0
    match = re.search(r"(?m)^total\s+(\d+)\s*$", output)
    if not match:
        sys.exit(f"no job count in Snakemake's output:\n{output[-2000:]}")
    return int(match.group(1))


def rules_of(output: str) -> dict[str, int]:
    table = output.split("Job stats:", 1)[-1].split("\n\n", 1)[0]
    counts = {}
    for line in table.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit() and parts[0] != "total":
            counts[parts[0]] = int(parts[1])
    return counts


def edit_po(work: Path, doc: str) -> str:
    """A translator's edit: one French msgstr typed (or retyped) by hand."""
    import polib

    path = work / "locales" / "fr" / "LC_MESSAGES" / f"{doc}.po"
    catalogue = polib.pofile(str(path))
    entry = next(e for e in catalogue if not e.obsolete)
    entry.msgstr = f"{entry.msgstr} (révisé)".strip()
    entry.flags = [f for f in entry.flags if f != "fuzzy"]
    catalogue.save(str(path))
    return str(path.relative_to(work))


def revise(text: str) -> str:
    """One sentence added to the longest line of a text: a body paragraph, not the furniture."""
    lines = text.rstrip("\n").split("\n")
    k = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[k] = lines[k].rstrip() + " This sentence was added in a revision."
    return "\n".join(lines) + "\n"


def edit_source(work: Path, doc: str) -> str:
    """A revision of the English original: one sentence added to its last paragraph."""
    path = work / "source" / "en" / f"{doc}.txt"
    path.write_text(revise(path.read_text(encoding="utf-8")), encoding="utf-8")
    return str(path.relative_to(work))


def as_documents(work: Path, kind: str, texts: dict[tuple[str, str], str]) -> None:
    """Each source/<lang>/<DOC>.txt of ``texts`` ((doc, lang) -> text) replaced by a .docx, or by the
    PDF LibreOffice makes of that .docx."""
    from documents import docx_from_text, pdfs_from_docx

    made = []
    for (doc, lang), text in sorted(texts.items()):
        target = work / "source" / lang / f"{doc}.docx"
        target.write_bytes(docx_from_text(text, lang))
        (work / "source" / lang / f"{doc}.txt").unlink(missing_ok=True)
        made.append(target)
    if kind == "pdf":
        for lang in sorted({p.parent.name for p in made}):
            pdfs_from_docx([p for p in made if p.parent.name == lang], work / "source" / lang)
        for path in made:
            path.unlink()


def edit_document(work: Path, doc: str, kind: str, texts: dict[tuple[str, str], str]) -> str:
    """A revision of the English original given as Word or PDF: the file saved again, revised."""
    texts[(doc, "en")] = revise(texts[(doc, "en")])
    as_documents(work, kind, {(doc, "en"): texts[(doc, "en")]})
    return f"source/en/{doc}.{kind}"


def same_tree(a: Path, b: Path) -> list[str]:
    """Relative paths whose bytes differ between two trees (or exist in one only)."""
    diffs = []
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    for rel in sorted(files_a ^ files_b):
        diffs.append(f"only in one: {rel}")
    for rel in sorted(files_a & files_b):
        if not filecmp.cmp(a / rel, b / rel, shallow=False):
            diffs.append(str(rel))
    return diffs


def summary(work: Path) -> str:
    """Documents, languages and completeness, from the index the workflow wrote."""
    index = json.loads((work / "reports" / "index.json").read_text(encoding="utf-8"))
    docs = index["documents"]
    langs: dict[str, list[float]] = {}
    for entry in docs:
        for lang, s in entry["languages"].items():
            langs.setdefault(lang, []).append(s["completeness"])
    parts = [f"{lang} {100 * sum(v) / len(v):.1f}%" for lang, v in langs.items()]
    return f"{len(docs)} documents, {len(langs)} languages; mean completeness: " + ", ".join(parts)


def delete_page(work: Path, doc: str) -> str:
    """A user deletes one generated page (a declared output)."""
    path = work / "reports" / doc / "fr.html"
    path.unlink()
    return str(path.relative_to(work))


def timed_reruns(cmd: list[str], work: Path, logs: Path, doc: str, repeat: int, tag: str,
                 revise_source: Callable[[], str] | None = None) -> dict[str, object]:
    """Each kind of rerun ``repeat`` times (the least time is kept: the machine is shared), with its jobs."""
    kinds: list[tuple[str, Callable[[], str | None]]] = [
        ("noop", lambda: None),
        ("incremental_po", lambda: edit_po(work, doc)),
        ("incremental_source", revise_source or (lambda: edit_source(work, doc))),
        ("rebuild_deleted", lambda: delete_page(work, doc)),
    ]
    result: dict[str, object] = {}
    for name, change in kinds:
        times, jobs = [], 0
        for i in range(repeat):
            changed = change()
            seconds, rss, out = run(cmd, work, logs / f"{tag}{name}.{i}.log")
            times.append(seconds)
            jobs = jobs_of(out)
            result["peak_rss_mib"] = max(float(str(result.get("peak_rss_mib", 0))), round(rss / 2**20, 1))
            if name == "rebuild_deleted" and changed and not (work / changed).exists():
                print(f"  {changed} was deleted and the rerun did not make it again")
                result["rebuild_deleted_made"] = False
                (work / changed).parent.mkdir(parents=True, exist_ok=True)
                (work / changed).write_text("")  # so that the next deletion is one again
            print(f"  {tag}{name}: {seconds:.2f} s, {jobs} jobs {rules_of(out)}"
                  + (f" after {changed}" if changed else ""))
        result[f"{name}_s"] = round(min(times), 2)
        result[f"{name}_jobs"] = jobs
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--shards", type=int, help="override config.yaml build.shards")
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--scheduler", help="passed to snakemake --scheduler (e.g. greedy)")
    parser.add_argument("--snakemake-args", default="", help="more arguments for snakemake, one string")
    parser.add_argument("--shards-only", action="store_true",
                        help="compare shard counts: time only the shard jobs (--until shard_...) and a rerun")
    parser.add_argument("--no-floor", action="store_true", help="skip the single-process floor")
    parser.add_argument("--compare", type=int, metavar="N",
                        help="also time the reruns on N documents, and print each rerun's ratio (docs / N)")
    parser.add_argument("--repeat", type=int, default=3, help="times each rerun is timed (the least is kept)")
    parser.add_argument("--keep", type=Path, help="build here and keep it (default: a temporary directory)")
    parser.add_argument("--sources", choices=["txt", "docx", "pdf"], default="txt",
                        help="give the documents as text (default), Word files or PDFs (no floor then)")
    args = parser.parse_args(argv)

    base = args.keep or Path(tempfile.mkdtemp(prefix="hexaglot-bench-"))
    if base.exists() and any(base.iterdir()):
        shutil.rmtree(base)
    result: dict[str, object] = {"docs": args.docs, "sources": args.sources}
    small: dict[str, object] = {}
    if args.compare:
        small = measure(args, args.compare, base / f"docs{args.compare}", floor=False)
    big = measure(args, args.docs, base / f"docs{args.docs}", floor=not args.no_floor and args.sources == "txt")
    result.update(big)
    if small:
        result["compare"] = {"docs": args.compare, **{k: v for k, v in small.items() if k.endswith("_s")}}
        for name in ("noop", "incremental_po", "incremental_source", "rebuild_deleted"):
            if f"{name}_s" in big and small.get(f"{name}_s"):
                result[f"{name}_ratio"] = round(float(str(big[f"{name}_s"])) / float(str(small[f"{name}_s"])), 2)
    if not args.keep:
        shutil.rmtree(base)
    print(json.dumps(result, sort_keys=False))
    return 0


def measure(args: argparse.Namespace, docs: int, base: Path, floor: bool) -> dict[str, object]:
    """A full build of ``docs`` generated documents, the floor, and the reruns, in ``base``."""
    from pipeline.config import shard_of

    work, floor_dir, logs = base / "workflow", base / "floor", base / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    corpus = generate(docs, args.seed)
    for target in (work, floor_dir) if floor else (work,):
        make_workspace(target, args.shards)
        write_corpus(target, corpus)
    texts = {(g.doc, lang): text for g in corpus for lang, text in g.texts.items()}
    if args.sources != "txt":
        as_documents(work, args.sources, texts)
    print(f"corpus: {docs} documents x 6 languages as {args.sources} in {time.perf_counter() - start:.1f} s ({base})")

    cmd = [str(SNAKEMAKE), "--cores", str(args.cores)]
    if args.scheduler:
        cmd += ["--scheduler", args.scheduler]
    cmd += args.snakemake_args.split()
    if args.shards_only:
        shards = args.shards or 8
        cmd += ["--until", *sorted({f"shard_{shard_of(d.doc, shards)}" for d in corpus})]
    result: dict[str, object] = {}

    full_s, full_rss, out = run(cmd, work, logs / "full.log")
    result["jobs"] = jobs_of(out)
    result["full_cpu_s"] = round(CPU_SECONDS[str(logs / "full.log")], 2)
    print(f"full build: {full_s:.2f} s, {result['jobs']} jobs {rules_of(out)}, "
          f"peak RSS {full_rss / 2**20:.0f} MiB, {1000 * full_s / docs:.1f} ms/document")
    if args.shards_only:
        noop_s, _, out = run(cmd, work, logs / "noop.log")
        noop2_s, _, out2 = run(cmd, work, logs / "noop2.log")
        result.update(shards_s=round(full_s, 2), rerun_s=round(noop_s, 2), rerun_jobs=jobs_of(out),
                      rerun2_s=round(noop2_s, 2), rerun2_jobs=jobs_of(out2),
                      peak_rss_mib=round(full_rss / 2**20, 1), shards=args.shards,
                      scheduler=args.scheduler or "default")
        return result
    print(f"  {summary(work)}")

    floor_s = floor_rss = None
    if floor:
        floor_s, floor_rss, _ = run([str(PYTHON), "-c", FLOOR], floor_dir, logs / "floor.log")
        result["floor_cpu_s"] = round(CPU_SECONDS[str(logs / "floor.log")], 2)
        result["cpu_ratio"] = round(float(str(result["full_cpu_s"])) / result["floor_cpu_s"], 2)
        print(f"floor (one process, no Snakemake): {floor_s:.2f} s, peak RSS {floor_rss / 2**20:.0f} MiB, "
              f"{1000 * floor_s / docs:.1f} ms/document")
        diffs = same_tree(work / "reports", floor_dir / "reports")
        diffs += same_tree(work / "locales", floor_dir / "locales")
        for rel in ("build/memory.json", "build/tmx/corpus.tmx"):
            if (work / rel).exists() and not filecmp.cmp(work / rel, floor_dir / rel, shallow=False):
                diffs.append(rel)
        result["identical_to_floor"] = not diffs
        if diffs:
            print(f"  workflow and floor outputs differ in {len(diffs)} files, e.g. {diffs[:3]}")

    doc = corpus[len(corpus) // 2].doc
    revise_source = None if args.sources == "txt" else (lambda: edit_document(work, doc, args.sources, texts))
    reruns = timed_reruns(cmd, work, logs, doc, args.repeat, tag="", revise_source=revise_source)
    result.update(
        full_s=round(full_s, 2),
        floor_s=round(floor_s, 2) if floor_s else None,
        floor_peak_rss_mib=round(floor_rss / 2**20, 1) if floor_rss else None,
        ratio=round(full_s / floor_s, 2) if floor_s else None,
        **reruns,
        per_doc_ms=round(1000 * full_s / docs, 1),
        shards=args.shards,
        scheduler=args.scheduler or "default",
    )
    result["peak_rss_mib"] = max(float(str(reruns["peak_rss_mib"])), round(full_rss / 2**20, 1))
    return result


if __name__ == "__main__":
    sys.exit(main())
