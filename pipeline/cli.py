"""Command line: ``hexaglot <command>``; the Snakemake rules call these.

Expected failures (HexaglotError) print one line naming the file and exit 1;
anything else is a bug and keeps its traceback for the Snakemake log.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import io
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


def cmd_sync(args: argparse.Namespace, log: _Log) -> int:
    config = load_config(args.config)
    status = 0
    for doc in args.docs:
        try:
            inputs = read_inputs(doc, config)
            result = sync_document(inputs, config)
        except HexaglotError as exc:
            log(f"error: {exc}")
            status = 1
            continue
        io.write_atomic(config.template_path(doc), result.template)
        for lang, text in result.catalogs.items():
            io.write_atomic(config.catalog_path(doc, lang), text)
        for line in result.warnings:
            log(f"warning: {line}")
        io.write_json(args.state or config.state_path(doc), result.state)
    return status


def cmd_segment(args: argparse.Namespace, log: _Log) -> int:
    doc = segment_text(io.read_text(args.file), args.lang, args.file)
    print(f"{doc.path}: {doc.symbol or '(no symbol)'}, {len(doc.segments)} segments")
    for seg in doc.segments:
        number = f" {seg.number}" if seg.number else ""
        print(f"{seg.index:3d}  line {seg.line:<4d} {seg.id}  {seg.kind}{number}")
        print(f"     {seg.text}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hexaglot", description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="config.yaml", help="configuration file")
    parser.add_argument("--log", help="also write messages to this file")
    sub = parser.add_subparsers(dest="command", required=True)

    sync = sub.add_parser("sync", help="update a document's template and six catalogues")
    sync.add_argument("docs", nargs="+", metavar="DOC", help="document name, e.g. A_68_500")
    sync.add_argument("--state", help="where to write the state (one DOC only)")
    sync.set_defaults(func=cmd_sync)

    seg = sub.add_parser("segment", help="print the segments of a text file")
    seg.add_argument("file")
    seg.add_argument("--lang", default="en")
    seg.set_defaults(func=cmd_segment)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log = _Log(args.log)
    func: Callable[[argparse.Namespace, _Log], int] = args.func
    try:
        if getattr(args, "state", None) and len(getattr(args, "docs", [])) > 1:
            raise HexaglotError("--state names one file; give one DOC with it")
        return func(args, log)
    except HexaglotError as exc:
        log(f"error: {exc}")
        return 1
    finally:
        log.close()


if __name__ == "__main__":
    sys.exit(main())
