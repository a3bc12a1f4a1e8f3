"""Command line: ``hexaglot <command>``; the Snakemake rules call these.

Expected failures (HexaglotError) print one line naming the file and exit 1;
anything else is a bug and keeps its traceback for the Snakemake log.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import code_version, io
from .config import Config, load_config
from .errors import CatalogError, HexaglotError
from .segment import segment_text
from .sync import Inputs, sync_document


class _Log:
    """Messages go to stderr and, when asked, to a log file too."""

    def __init__(self, path: str | None):
        self.lines: list[str] = []
        self.path = path

    def __call__(self, line: str) -> None:
        print(line, file=sys.stderr)
        self.lines.append(line)

    def close(self) -> None:
        if self.path:
            io.write_atomic(self.path, "".join(f"{line}\n" for line in self.lines))


def read_inputs(doc: str, config: Config) -> Inputs:
    """Read and decode every file one document's sync needs, before any write."""
    english_path = config.source_path(doc)
    inputs = Inputs(doc=doc, english=io.read_text(english_path), english_path=english_path)
    for lang in config.targets:
        path = config.source_path(doc, lang)
        if os.path.exists(path):
            inputs.supplied[lang] = (path, io.read_text(path))
    for lang in config.languages:
        path = config.catalog_path(doc, lang)
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            inputs.catalogs[lang] = (path, None)
            continue
        try:
            inputs.catalogs[lang] = (path, data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            inputs.catalogs[lang] = (path, None)
            inputs.catalog_errors[lang] = str(
                CatalogError(f"not UTF-8 (byte 0x{data[exc.start]:02X}); save it as UTF-8", path, line)
            )
    return inputs


def _fingerprint(doc: str, config: Config, code: str, glossary: bytes) -> str:
    """A digest of every byte one document's results depend on."""
    digest = hashlib.sha256(code.encode())
    digest.update(repr(config).encode())
    digest.update(glossary)
    paths = [config.source_path(doc)]
    paths += [config.source_path(doc, lang) for lang in config.targets]
    paths += [config.catalog_path(doc, lang) for lang in config.languages]
    for path in paths:
        digest.update(path.encode() + b"\0")
        try:
            digest.update(Path(path).read_bytes())
        except FileNotFoundError:
            digest.update(b"\0missing")
    return digest.hexdigest()


def _build_document(
    doc: str, config: Config, glossary: Any, signature: str, memory: Any, log: _Log
) -> dict[str, Any]:
    """Sync and score one document, write its pages and exports; return its index entry."""
    from . import report, score

    inputs = read_inputs(doc, config)
    result = sync_document(inputs, config, memory)
    io.write_atomic(config.template_path(doc), result.template)
    for lang, text in result.catalogs.items():
        io.write_atomic(config.catalog_path(doc, lang), text)
    for line in result.warnings:
        log(f"warning: {line}")
    catalogs = {
        lang: (path, result.catalogs.get(lang, text)) for lang, (path, text) in inputs.catalogs.items()
    }
    scored = score.score_document(result.state, catalogs, glossary)
    data = report.score_to_json(scored, signature)
    io.write_json(config.score_path(doc), data, durable=False)
    io.write_atomic(config.score_path(doc, "csv"), report.render_csv(scored.records), durable=False)
    for lang in config.languages:
        page = report.render_language_page(scored, lang, signature)
        io.write_atomic(config.page_path(doc, lang), page, durable=False)
    _write_exports(doc, result, config, log)
    return report.index_entry(data)


def _write_exports(doc: str, result: Any, config: Config, log: _Log) -> None:
    """Rebuilt documents, XLIFF per language and the document's TMX."""
    from . import rebuild, tmx

    english = result.document
    for lang, translations in result.translations.items():
        io.write_atomic(config.rebuilt_path(doc, lang, "txt"),
                        rebuild.rebuild_text(english, translations, lang, threshold=config.keep), durable=False)
        io.write_atomic(config.rebuilt_path(doc, lang, "html"),
                        rebuild.rebuild_html(english, translations, lang, threshold=config.keep), durable=False)
        if lang != config.source_language:
            xliff = tmx.render_xliff(english, translations, lang, name=doc)
            io.write_atomic(config.xliff_path(doc, lang), xliff.text, durable=False)
            for skipped in xliff.skipped:
                log(f"warning: {config.xliff_path(doc, lang)}: {skipped.tuid} left out: {skipped.reason}")
    export = tmx.render_tmx(tmx.units_of(english, result.translations, name=doc))
    io.write_atomic(config.tmx_path(doc), export.text, durable=False)
    for skipped in export.skipped:
        log(f"warning: {config.tmx_path(doc)}: {skipped.tuid} ({skipped.lang}) left out: {skipped.reason}")


def _load_memory(config: Config) -> Any:
    """The translation memory the previous run wrote, or None before the first run."""
    from .memory import Entry, TranslationMemory

    if not os.path.exists(config.memory_path()):
        return None
    data = io.read_json(config.memory_path())
    return TranslationMemory(Entry(*row) for row in data["entries"])


def cmd_build(args: argparse.Namespace, log: _Log) -> int:
    """Sync and score documents, skipping those whose inputs have not changed."""
    from .checks import chrf_signature
    from .glossary import load_glossary

    config = load_config(args.config)
    glossary_bytes = Path(config.glossary).read_bytes() if os.path.exists(config.glossary) else b""
    glossary = load_glossary(config.glossary)
    signature = chrf_signature()
    code = code_version()
    entries: dict[str, Any] = {}
    status = 0
    # The previous run's memory, loaded once, when a rebuilt document first has an empty entry.
    memory = functools.cache(lambda: _load_memory(config))
    for doc in args.docs:
        state_path = config.state_path(doc)
        before = _fingerprint(doc, config, code, glossary_bytes)
        try:
            cached = io.read_json(state_path) if os.path.exists(state_path) else None
        except HexaglotError:
            cached = None
        if cached and cached.get("fingerprint") == before and os.path.exists(config.score_path(doc)):
            entries[doc] = cached["index"]
            continue
        try:
            entries[doc] = _build_document(doc, config, glossary, signature, memory, log)
        except HexaglotError as exc:
            log(f"error: {exc}")
            status = 1
            continue
        after = _fingerprint(doc, config, code, glossary_bytes)
        io.write_json(state_path, {"fingerprint": after, "index": entries[doc]}, durable=False)
    if args.out:
        io.write_json(args.out, {"documents": entries})
    return status


def cmd_index(args: argparse.Namespace, log: _Log) -> int:
    from . import report
    from .checks import CHECKS, Unit, chrf_signature, repeats_across_documents

    config = load_config(args.config)
    ordered = _read_parts(args.parts)
    scores = [report.entry_to_score(e) for e in ordered]
    corpus: list[dict[str, str]] = []
    for lang in config.targets:
        units = {
            e["doc"]: [
                Unit(lang=lang, english=u["english"], translation=u["translations"][lang])
                for u in e["units"] if lang in u["translations"]
            ]
            for e in ordered
        }
        for (doc, _position), found in sorted(repeats_across_documents(units).items()):
            for f in found:
                corpus.append({"doc": doc, "lang": lang, "check": f.check, "severity": f.severity,
                               "message": f"{doc}: {f.message}"})
    checks = [{"name": c.name, "severity": c.severity, "title": c.title} for c in CHECKS.values()]
    signature = chrf_signature()
    io.write_atomic(
        config.index_path("html"),
        report.render_index(scores, config.languages, checks, signature, config.completeness, corpus),
    )
    io.write_json(config.index_path("json"), report.index_to_json(scores, checks, signature, corpus))
    io.write_atomic(config.index_path("csv"), report.render_index_csv(scores))
    return 0


def _read_parts(paths: Sequence[str]) -> list[dict[str, Any]]:
    entries: dict[str, Any] = {}
    for path in paths:
        entries.update(io.read_json(path)["documents"])
    return [entries[doc] for doc in sorted(entries)]


def cmd_memory(args: argparse.Namespace, log: _Log) -> int:
    """The translation memory the next run offers from: every confirmed translation."""
    rows = [
        [e["doc"], lang, u["english"], text]
        for e in _read_parts(args.parts)
        for u in e["units"]
        for lang, text in sorted(u["translations"].items())
    ]
    io.write_json(args.out, {"entries": rows})
    return 0


def cmd_corpus_tmx(args: argparse.Namespace, log: _Log) -> int:
    """One six-language TMX for the whole corpus."""
    from . import tmx

    units = [
        tmx.Unit(e["doc"], u["id"], u["kind"], u["english"], tuple(sorted(u["translations"].items())))
        for e in _read_parts(args.parts)
        for u in e["units"]
    ]
    export = tmx.render_tmx(units)
    io.write_atomic(args.out, export.text)
    for skipped in export.skipped:
        log(f"warning: {args.out}: {skipped.tuid} ({skipped.lang}) left out: {skipped.reason}")
    return 0


def cmd_gate(args: argparse.Namespace, log: _Log) -> int:
    """Exit 1 when a language's completeness is below its release threshold."""
    config = load_config(args.config)
    index = io.read_json(args.index or config.index_path("json"))
    langs = args.lang or list(config.languages)
    failed = 0
    for entry in index["documents"]:
        for lang in langs:
            summary = entry["languages"].get(lang)
            need = config.completeness.get(lang, 0.0)
            if summary is None:
                continue
            have = summary["completeness"]
            ok = not summary["error"] and have + 1e-9 >= need
            mark = "ok  " if ok else "FAIL"
            why = f" ({summary['error']})" if summary["error"] else ""
            print(f"{mark} {entry['doc']} {lang}: {100 * have:.1f}% translated, needs {100 * need:.0f}%{why}")
            failed += not ok
    if failed:
        log(f"error: {failed} document languages below their release threshold")
        return 1
    return 0


def cmd_summary(args: argparse.Namespace, log: _Log) -> int:
    """One closing line for a person watching a build: documents, languages, time, completeness."""
    import time

    config = load_config(args.config)
    path = config.index_path("json")
    if not os.path.exists(path):
        return 0
    documents = io.read_json(path)["documents"]
    parts = []
    for lang in config.languages:
        summaries = [d["languages"][lang] for d in documents if lang in d["languages"]]
        entries = sum(x["entries"] for x in summaries) or 1
        parts.append(f"{lang} {100 * sum(x['translated'] for x in summaries) / entries:.1f}%")
    broken = sum(1 for d in documents for x in d["languages"].values() if x["error"])
    elapsed = f" in {time.time() - args.since:.0f} s" if args.since else ""
    noun = "document" if len(documents) == 1 else "documents"
    print(f"hexaglot: {len(documents)} {noun}, {len(config.languages)} languages{elapsed}; "
          f"translated: {', '.join(parts)}" + (f"; {broken} catalogues broken" if broken else "")
          + f". See {config.index_path('html')}")
    return 0


def cmd_segment(args: argparse.Namespace, log: _Log) -> int:
    doc = segment_text(io.read_text(args.file), args.lang, args.file)
    print(f"{doc.path}: {doc.symbol or '(no symbol)'}, {len(doc.segments)} segments")
    for seg in doc.segments:
        number = f" {seg.number}" if seg.number else ""
        print(f"{seg.index:3d}  line {seg.line:<4d} {seg.id}  {seg.kind}{number}")
        print(f"     {seg.text}")
    return 0


def cmd_extract(args: argparse.Namespace, log: _Log) -> int:
    """A PDF or Word document -> the text the segmenter reads (pipeline/extract)."""
    from .extract import extract_text

    lang = args.lang or _lang_of(args.input)
    text = extract_text(args.input, lang)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        io.write_atomic(args.out, text, durable=False)
    return 0


def _lang_of(path: str) -> str:
    """source/fr/A_68_500.pdf is French; anything else is taken as English."""
    from .languages import LANGUAGES

    folder = Path(path).parent.name
    return folder if folder in LANGUAGES else "en"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hexaglot",
        description="UN documents into six-language gettext catalogues. `snakemake` runs build, index, "
        "memory and corpus-tmx; gate, summary, segment and extract are for people.",
    )
    parser.add_argument("--config", default="config.yaml", help="configuration file")
    parser.add_argument("--log", help="also write messages to this file")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser(
        "build", help="update documents' catalogues from their sources, score them, write their pages"
    )
    build.add_argument("docs", nargs="+", metavar="DOC", help="document name, e.g. A_68_500")
    build.add_argument("--out", help="write what the index needs of these documents here")
    build.set_defaults(func=cmd_build)

    index = sub.add_parser("index", help="write the reports' index from documents' scores")
    index.add_argument("parts", nargs="*", metavar="PART_JSON", help="outputs of build --out")
    index.set_defaults(func=cmd_index)

    memory = sub.add_parser("memory", help="write the translation memory from build parts")
    memory.add_argument("parts", nargs="*", metavar="PART_JSON")
    memory.add_argument("--out", required=True)
    memory.set_defaults(func=cmd_memory)

    corpus = sub.add_parser("corpus-tmx", help="write one TMX for every document")
    corpus.add_argument("parts", nargs="*", metavar="PART_JSON")
    corpus.add_argument("--out", required=True)
    corpus.set_defaults(func=cmd_corpus_tmx)

    gate = sub.add_parser("gate", help="exit 1 when a language is below its release threshold")
    gate.add_argument("--lang", action="append", help="only this language (repeatable)")
    gate.add_argument("--index", help="reports/index.json to read")
    gate.set_defaults(func=cmd_gate)

    summary = sub.add_parser("summary", help="print one line on the reports: documents, completeness")
    summary.add_argument("--since", type=float, help="start time (seconds since the epoch)")
    summary.set_defaults(func=cmd_summary)

    seg = sub.add_parser("segment", help="print the segments of a text file")
    seg.add_argument("file")
    seg.add_argument("--lang", default="en")
    seg.set_defaults(func=cmd_segment)

    extract = sub.add_parser("extract", help="write the text of a PDF or Word (.docx) document as segment reads it")
    extract.add_argument("input", metavar="INPUT", help="source/<lang>/<DOC>.pdf, .docx or .txt")
    extract.add_argument("--lang", help="the document's language (default: its folder's name, else en)")
    extract.add_argument("--out", required=True, help="where to write the text ('-' for standard output)")
    extract.set_defaults(func=cmd_extract)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log = _Log(args.log)
    func: Callable[[argparse.Namespace, _Log], int] = args.func
    try:
        return func(args, log)
    except HexaglotError as exc:
        log(f"error: {exc}")
        return 1
    finally:
        log.close()


if __name__ == "__main__":
    sys.exit(main())
