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
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import code_version, io, state
from .config import Config, load_config
from .errors import CatalogError, ChangedOnDiskError, HexaglotError, InputError

if TYPE_CHECKING:
    from .sync import Inputs


class _Log:
    """Messages go to stderr and, when asked, to a log file too."""

    def __init__(self, path: str | None):
        self.lines: list[str] = []
        self.path = path

    def __call__(self, line: str) -> None:
        print(line, file=sys.stderr)
        self.lines.append(line)

    def detail(self, line: str) -> None:
        """For the log file only: too many lines for a terminal."""
        self.lines.append(line)

    def close(self) -> None:
        if self.path:
            io.write_atomic(self.path, "".join(f"{line}\n" for line in self.lines))


def read_inputs(
    doc: str, config: Config, raw: dict[str, bytes | None] | None = None, sources: Mapping[str, str] | None = None
) -> Inputs:
    """Read and decode every file one document's sync needs, before any write.

    ``sources``: language -> the document's source file (pipeline.extract.find_sources;
    default: the .txt files); a PDF or Word source is read as the text extracted
    from it. ``raw`` receives the bytes of each catalogue as read (None: absent), which
    the write checks are still there, so that a save made meanwhile is not
    lost. An unreadable file is recorded in the Inputs, not raised: the
    document still builds as far as it can, and its report says which file and why.
    """
    from .sync import Inputs

    if sources is None:
        sources = {lang: path for lang in config.languages if os.path.exists(path := config.source_path(doc, lang))}
    english_source = sources.get(config.source_language, config.source_path(doc))
    english_path = config.text_path(doc, config.source_language, english_source)
    try:
        english = _read_source(english_path, english_source)
        english_error = ""
    except InputError as exc:
        english, english_error = "", str(exc)
    inputs = Inputs(doc=doc, english=english, english_path=english_path, english_error=english_error)
    for lang in config.targets:
        if lang in sources:
            path = config.text_path(doc, lang, sources[lang])
            try:
                inputs.supplied[lang] = (path, _read_source(path, sources[lang]))
            except InputError as exc:
                inputs.supplied_errors[lang] = str(exc)
    raw = {} if raw is None else raw
    for lang in config.languages:
        path = config.catalog_path(doc, lang)
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            inputs.catalogs[lang] = (path, None)
            raw[lang] = None
            continue
        raw[lang] = data
        try:
            inputs.catalogs[lang] = (path, data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            inputs.catalogs[lang] = (path, None)
            inputs.catalog_errors[lang] = str(
                CatalogError(f"not UTF-8 (byte 0x{data[exc.start]:02X}); save it as UTF-8", path, line)
            )
    return inputs


def _read_source(path: str, source: str) -> str:
    """The text of a source: the .txt itself, or the text extracted from a PDF or Word file, which
    may instead be a note saying why that file cannot be read (then an InputError naming it)."""
    from .extract import unreadable_reason

    if path == source:
        return io.read_text(path)
    if not os.path.exists(path):
        raise InputError(f"its text has not been extracted to {path}; snakemake does it "
                         f"(or: hexaglot extract {source} --out {path})", source)
    text = io.read_text(path)
    reason = unreadable_reason(text)
    if reason is not None:
        raise InputError(reason)
    return text


def _shared_inputs(config: Config, config_path: str) -> list[str]:
    """Files every document depends on: the configuration, the glossary, hexaglot's own code."""
    package = Path(__file__).resolve().parent
    return [config_path, config.glossary] + sorted(os.path.relpath(p) for p in package.rglob("*.py"))


def _build_document(
    doc: str, config: Config, glossary: Any, signature: str, memory: Any, log: _Log, sources: Mapping[str, str]
) -> tuple[dict[str, Any], dict[str, state.Record]]:
    """Sync and score one document, write its pages and exports.

    Returns its index entry and the records of its inputs as this build left
    them: a catalogue saved while the build ran keeps the record of the
    version read, so that the next run sees the change and merges it.
    """
    from . import report, score
    from .sync import sync_document

    before = {path: state.stat(path) for path in config.document_inputs(doc, sources)}
    raw: dict[str, bytes | None] = {}
    inputs = read_inputs(doc, config, raw, sources)
    digests = _digests(doc, config, inputs, raw, sources)
    result = sync_document(inputs, config, memory)
    io.write_atomic(config.template_path(doc), result.template, durable=False)
    records = {p: (st[0], st[1], digests[p]) for p, st in before.items() if st is not None}
    written: dict[str, str] = {}
    for lang, text in result.catalogs.items():
        path = config.catalog_path(doc, lang)
        try:
            io.write_atomic(path, text, expect=raw[lang])
        except ChangedOnDiskError:
            # Recorded as read: the next run sees the newer file and merges it.
            log(f"warning: {path} changed on disk while the build ran: left as saved; "
                "the next snakemake merges it")
            continue
        written[lang] = text
        now = state.stat(path)
        if now is not None:
            records[path] = (now[0], now[1], hashlib.sha256(text.encode("utf-8")).hexdigest())
    for line in result.warnings:
        log(f"warning: {line}")
    if inputs.english_error:
        catalogs: dict[str, tuple[str, str | None]] = {lang: (path, None) for lang, (path, _) in
                                                       inputs.catalogs.items()}
    else:
        catalogs = {lang: (path, written.get(lang, text)) for lang, (path, text) in inputs.catalogs.items()}
    scored = score.score_document(result.state, catalogs, glossary)
    data = report.score_to_json(scored, signature)
    data["broken"] = _broken(inputs, scored)
    io.write_json(config.score_path(doc), data, durable=False)
    io.write_atomic(config.score_path(doc, "csv"), report.render_csv(scored.records), durable=False)
    for lang in config.languages:
        page = report.render_language_page(scored, lang, signature)
        io.write_atomic(config.page_path(doc, lang), page, durable=False)
    _write_exports(doc, result, config, log)
    entry = report.index_entry(data)
    entry["broken"] = data["broken"]
    return entry, records


def _digests(
    doc: str, config: Config, inputs: Inputs, raw: dict[str, bytes | None], sources: Mapping[str, str]
) -> dict[str, str]:
    """SHA-256 of every input of a document as this build read it (not as it is now)."""
    def of_text(text: str) -> str:  # UTF-8 decoding and encoding give back the bytes read
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    digests: dict[str, str] = {}
    if not inputs.english_error:
        digests[inputs.english_path] = of_text(inputs.english)
    for path, text in inputs.supplied.values():
        digests[path] = of_text(text)
    for lang, data in raw.items():
        if data is not None:
            digests[config.catalog_path(doc, lang)] = hashlib.sha256(data).hexdigest()
    # Files that could not be decoded: as they are now.
    return {path: digests.get(path) or state.sha256(path) for path in config.document_inputs(doc, sources)}


def _broken(inputs: Inputs, scored: Any) -> list[str]:
    """Every input of a document that could not be read, as 'path:line: why': the English original
    (then no catalogue is read), the catalogues, the supplied translations."""
    found = [inputs.english_error] if inputs.english_error else [x.error for x in scored.summaries if x.error]
    found += [inputs.supplied_errors[lang] for lang in sorted(inputs.supplied_errors)]
    return list(dict.fromkeys(found))


def _write_exports(doc: str, result: Any, config: Config, log: _Log) -> None:
    """Rebuilt documents, XLIFF per language and the document's TMX."""
    from . import rebuild, tmx
    from .rebuild_docx import rebuild_docx

    english = result.document
    for lang in config.languages:
        translations = result.translations.get(lang, {})
        io.write_atomic(config.rebuilt_path(doc, lang, "txt"),
                        rebuild.rebuild_text(english, translations, lang, threshold=config.keep), durable=False)
        io.write_atomic(config.rebuilt_path(doc, lang, "html"),
                        rebuild.rebuild_html(english, translations, lang, threshold=config.keep), durable=False)
        io.write_atomic(config.rebuilt_path(doc, lang, "docx"),
                        rebuild_docx(english, translations, lang, threshold=config.keep), durable=False)
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


def _read_part(path: str) -> dict[str, Any]:
    """The index entries a shard's previous build left, by document; {} when there are none."""
    try:
        documents = io.read_json(path)["documents"] if os.path.exists(path) else {}
    except (HexaglotError, KeyError, TypeError):
        return {}
    return documents if isinstance(documents, dict) else {}


def _record_changes(config: Config, shard: str, record: str | None, redo: dict[str, str]) -> None:
    """Write why documents were redone to ``record`` (a declared output the Snakefile adds when an input
    changed unseen), and remove the shard's earlier records, which no run asks for any more."""
    if record:
        io.write_atomic(record, "".join(f"{doc}: {why}\n" for doc, why in sorted(redo.items())), durable=False)
    for old in Path(config.changed_path(shard, 0)).parent.glob(f"{shard}.*.txt"):
        if os.path.normpath(old) != os.path.normpath(record or ""):
            old.unlink()


def cmd_build(args: argparse.Namespace, log: _Log) -> int:
    """Build the documents of one shard that need it; write the shard's part and state.

    A document is redone when it is new, an input of it is not as the last
    build left it, a declared output of it is missing, Snakemake forces it,
    or the code, configuration or glossary changed.
    """
    from .checks import chrf_signature
    from .extract import find_sources
    from .glossary import load_glossary

    config = load_config(args.config)
    # Two sources for one document and language: an error naming both, before anything is written.
    found = find_sources(config.source_dir, config.languages)
    sources = {doc: found.get(doc, {}) for doc in args.docs}
    glossary_bytes = Path(config.glossary).read_bytes() if os.path.exists(config.glossary) else b""
    settings = state.settings_digest(code_version(), config, glossary_bytes)
    shared = {path: state.stat(path) for path in _shared_inputs(config, args.config)}
    previous = state.read_state(args.state) if args.state else None
    entries = _read_part(args.out) if args.out and args.state else {}
    forced = set(args.redo or ())
    inputs_now = {doc: {p: state.stat(p) for p in config.document_inputs(doc, sources[doc])} for doc in args.docs}
    missing = {doc: [p for p in config.document_outputs(doc) if not os.path.exists(p)] for doc in args.docs}
    redo, notes = state.to_redo(args.docs, previous, settings, shared, inputs_now, missing, entries, forced)
    for note in notes:
        log(f"note: {note}")

    glossary = load_glossary(config.glossary) if redo else None
    signature = chrf_signature()
    # The previous run's memory, loaded once, when a rebuilt document first has an empty entry.
    memory = functools.cache(lambda: _load_memory(config))
    recorded = state.ShardState(settings=settings, shared={p: s for p, s in shared.items() if s is not None},
                                generation=previous.generation + 1 if previous else 1)
    for doc in args.docs:
        if doc in redo:
            log.detail(f"{doc}: building ({redo[doc]})")
            entries[doc], recorded.documents[doc] = _build_document(doc, config, glossary, signature, memory, log,
                                                                    sources[doc])
        elif previous is not None:  # unchanged, or touched: new dates, the same contents
            old = previous.documents[doc]
            recorded.documents[doc] = {p: (s[0], s[1], old[p][2]) for p, s in inputs_now[doc].items()
                                       if s is not None and p in old}
    if redo:
        log(f"built {len(redo)} of {len(args.docs)} documents" + (
            f" ({next(iter(redo.values()))})" if len(set(redo.values())) == 1 else ""))
    else:
        log(f"none of {len(args.docs)} documents needed building")
    if args.out:
        io.write_json(args.out, {"documents": {doc: entries[doc] for doc in sorted(args.docs)}}, durable=False,
                      compact=True)
    if args.shard:
        _record_changes(config, args.shard, args.record, redo)
    if args.state:  # the Snakefile reads every shard's state before each run
        io.write_json(args.state, recorded.to_json(), durable=False, compact=True)
    return 0


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
    index = report.index_to_json(scores, checks, signature, corpus)
    index["broken"] = sorted(line for e in ordered for line in e.get("broken", []))
    io.write_json(config.index_path("json"), index)
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
    io.write_json(args.out, {"entries": rows}, compact=True)
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
    """One closing line for a person watching a build: documents, languages, time, completeness,
    and every input that could not be read, with its place and why."""
    import time

    config = load_config(args.config)
    path = config.index_path("json")
    elapsed = f" in {time.time() - args.since:.0f} s" if args.since else ""
    if not os.path.exists(path):
        print(f"hexaglot: no index yet{elapsed}; see the errors above")
        return 0
    index = io.read_json(path)
    documents = index["documents"]
    parts = []
    for lang in config.languages:
        summaries = [d["languages"][lang] for d in documents if lang in d["languages"]]
        entries = sum(x["entries"] for x in summaries) or 1
        parts.append(f"{lang} {100 * sum(x['translated'] for x in summaries) / entries:.1f}%")
    broken = index.get("broken", [])
    noun = "document" if len(documents) == 1 else "documents"
    unreadable = f"; cannot be read ({len(broken)}): {'; '.join(broken)}" if broken else ""
    print(f"hexaglot: {len(documents)} {noun}, {len(config.languages)} languages{elapsed}; "
          f"translated: {', '.join(parts)}{unreadable}. See {config.index_path('html')}")
    return 0


def cmd_readable(args: argparse.Namespace, log: _Log) -> int:
    """Exit 1, naming each, while an input of a document cannot be read; else write --out."""
    index = io.read_json(args.index)
    broken = index.get("broken", [])
    for line in broken:
        log(f"error: {line}")
    if broken:
        log(f"error: {len(broken)} input{'s' if len(broken) > 1 else ''} cannot be read; "
            "every other output is built; fix them and run snakemake again")
        return 1
    io.write_atomic(args.out, f"Every input of the {len(index['documents'])} documents could be read.\n")
    return 0


def cmd_segment(args: argparse.Namespace, log: _Log) -> int:
    from .segment import segment_text

    doc = segment_text(io.read_text(args.file), args.lang, args.file)
    print(f"{doc.path}: {doc.symbol or '(no symbol)'}, {len(doc.segments)} segments")
    for seg in doc.segments:
        number = f" {seg.number}" if seg.number else ""
        print(f"{seg.index:3d}  line {seg.line:<4d} {seg.id}  {seg.kind}{number}")
        print(f"     {seg.text}")
    return 0


def cmd_extract(args: argparse.Namespace, log: _Log) -> int:
    """A PDF or Word document -> the text the segmenter reads (pipeline/extract).

    With ``--note-unreadable`` (the workflow's extraction jobs), a file that cannot be read
    gives, in place of its text, a one-line note saying why: the build then reports the file
    as it reports an unreadable .txt, and builds the other documents."""
    from .extract import extract_text, unreadable_note

    lang = args.lang or _lang_of(args.input)
    try:
        text = extract_text(args.input, lang)
    except InputError as exc:
        if not args.note_unreadable or args.out == "-":
            raise
        log(f"error: {exc}")
        text = unreadable_note(exc)
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
    build.add_argument("--out", help="the shard's part: what the index needs of these documents")
    build.add_argument("--state", help="the shard's state: stamps of what each document was built from; "
                       "with it, only the documents that need it are built")
    build.add_argument("--shard", help="the shard these documents make up (for its records of changes)")
    build.add_argument("--redo", nargs="+", metavar="DOC", help="documents Snakemake forces ('*': all)")
    build.add_argument("--record", help="write why each document was redone here")

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

    readable = sub.add_parser("readable", help="exit 1 naming each source or catalogue that cannot be read")
    readable.add_argument("index", metavar="INDEX_JSON", help="reports/index.json")
    readable.add_argument("--out", required=True, help="written when every input could be read")
    readable.set_defaults(func=cmd_readable)

    seg = sub.add_parser("segment", help="print the segments of a text file")
    seg.add_argument("file")
    seg.add_argument("--lang", default="en")
    seg.set_defaults(func=cmd_segment)

    extract = sub.add_parser("extract", help="write the text of a PDF or Word (.docx) document as segment reads it")
    extract.add_argument("input", metavar="INPUT", help="source/<lang>/<DOC>.pdf, .docx or .txt")
    extract.add_argument("--lang", help="the document's language (default: its folder's name, else en)")
    extract.add_argument("--out", required=True, help="where to write the text ('-' for standard output)")
    extract.add_argument("--note-unreadable", action="store_true",
                         help="when the file cannot be read, write why to --out instead of its text and exit 0 "
                         "(the build reports it and builds the rest)")
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
