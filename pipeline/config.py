"""config.yaml -> Config, validated against schemas/config.schema.yaml.

The Snakefile validates the same file with the same schema through
``snakemake.utils.validate``; the CLI uses this module so that a command run
by hand gets the same checks and defaults.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .io import read_text

SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "config.schema.yaml"


@dataclass(frozen=True)
class Config:
    source_language: str = "en"
    languages: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")
    source_dir: str = "source"
    locales_dir: str = "locales"
    reports_dir: str = "reports"
    build_dir: str = "build"
    glossary: str = "glossary/un-terms.tbx"
    similarity: float = 0.6
    fill_threshold: float = 0.9
    completeness: dict[str, float] = field(default_factory=dict)
    shards: int = 8
    memory_similarity: float = 0.75
    trust_exact: bool = False
    keep: float = 0.8

    @property
    def targets(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if lang != self.source_language)

    def source_path(self, doc: str, lang: str | None = None) -> str:
        """The document's source as text; a .pdf or .docx may stand in its place (pipeline.extract.find_sources)."""
        return os.path.join(self.source_dir, lang or self.source_language, f"{doc}.txt")

    def extracted_path(self, doc: str, lang: str) -> str:
        """The text extracted from a PDF or Word source, as the build reads it."""
        return os.path.join(self.build_dir, "text", lang, f"{doc}.txt")

    def text_path(self, doc: str, lang: str, source: str) -> str:
        """What the build reads for ``source``: a .txt itself, the extracted text of anything else."""
        return source if source.lower().endswith(".txt") else self.extracted_path(doc, lang)

    def template_path(self, doc: str) -> str:
        return os.path.join(self.locales_dir, f"{doc}.pot")

    def catalog_path(self, doc: str, lang: str) -> str:
        return os.path.join(self.locales_dir, lang, "LC_MESSAGES", f"{doc}.po")

    def state_path(self, shard: str) -> str:
        """What the last build of a shard read and made: stamps of every input, by document."""
        return os.path.join(self.build_dir, "state", f"{shard}.json")

    def changed_path(self, shard: str, generation: int) -> str:
        """Why a shard was rebuilt although Snakemake saw no newer input (see pipeline/state.py)."""
        return os.path.join(self.build_dir, "changed", f"{shard}.{generation}.txt")

    def score_path(self, doc: str, ext: str = "json") -> str:
        return os.path.join(self.reports_dir, f"{doc}.{ext}")

    def page_path(self, doc: str, lang: str) -> str:
        return os.path.join(self.reports_dir, doc, f"{lang}.html")

    def part_path(self, shard: str) -> str:
        return os.path.join(self.build_dir, "parts", f"{shard}.json")

    def memory_path(self) -> str:
        return os.path.join(self.build_dir, "memory.json")

    def tmx_path(self, doc: str | None = None) -> str:
        return os.path.join(self.build_dir, "tmx", f"{doc or 'corpus'}.tmx")

    def xliff_path(self, doc: str, lang: str) -> str:
        return os.path.join(self.build_dir, "xliff", lang, f"{doc}.xlf")

    def rebuilt_path(self, doc: str, lang: str, ext: str) -> str:
        return os.path.join(self.build_dir, lang, f"{doc}.{ext}")

    def index_path(self, ext: str = "html") -> str:
        return os.path.join(self.reports_dir, f"index.{ext}")

    def readable_path(self) -> str:
        """Written when every input of every document could be read."""
        return os.path.join(self.build_dir, "readable.txt")

    def document_outputs(self, doc: str) -> list[str]:
        """Every file the build of one document makes, in a fixed order; catalogues are not among them.

        The Snakefile declares exactly these as outputs of the document's shard
        job, and the job checks them: one missing means the document is redone.
        """
        paths = [self.template_path(doc), self.score_path(doc, "json"), self.score_path(doc, "csv")]
        paths += [self.page_path(doc, lang) for lang in self.languages]
        for lang in self.languages:
            paths += [self.rebuilt_path(doc, lang, ext) for ext in ("txt", "html", "docx")]
        paths += [self.xliff_path(doc, lang) for lang in self.targets]
        paths.append(self.tmx_path(doc))
        return paths

    def document_inputs(self, doc: str, sources: Mapping[str, str] | None = None) -> list[str]:
        """Every file one document's build reads or depends on (original, supplied texts, catalogues).

        ``sources``: language -> the document's source file there, as found
        now (pipeline.extract.find_sources); a PDF or Word source comes with
        the text extracted from it. Without it, the .txt of every language,
        present or not. Catalogues are listed present or not.
        """
        if sources is None:
            sources = {lang: self.source_path(doc, lang) for lang in self.languages}
        paths = []
        for lang in (self.source_language, *self.targets):
            source = sources.get(lang)
            if source is not None:
                paths.append(source)
                if self.text_path(doc, lang, source) != source:
                    paths.append(self.extracted_path(doc, lang))
        paths += [self.catalog_path(doc, lang) for lang in self.languages]
        return paths


def shard_of(doc: str, shards: int) -> str:
    """The stable bucket of a document: adding documents never moves another."""
    bucket = int(hashlib.sha1(doc.encode("utf-8")).hexdigest()[:8], 16) % max(shards, 1)
    return f"{bucket:03d}"


def validate(raw: Any, path: str) -> dict[str, Any]:
    import jsonschema  # here: a tenth of a second that the extraction jobs do not need

    schema = yaml.safe_load(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(raw), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = ".".join(str(p) for p in first.absolute_path) or "(top level)"
        raise ConfigError(f"{where}: {first.message}", path)
    return dict(raw)


def config_from_mapping(raw: dict[str, Any], path: str = "config.yaml") -> Config:
    raw = validate(raw, path)
    if raw["source_language"] not in raw["languages"]:
        raise ConfigError("source_language must be one of languages", path)
    paths = raw["paths"]
    return Config(
        source_language=raw["source_language"],
        languages=tuple(raw["languages"]),
        source_dir=paths["source"],
        locales_dir=paths["locales"],
        reports_dir=paths["reports"],
        build_dir=paths["build"],
        glossary=paths.get("glossary", "glossary/un-terms.tbx"),
        similarity=float(raw.get("merge", {}).get("similarity", 0.6)),
        fill_threshold=float(raw.get("align", {}).get("fill_threshold", 0.9)),
        completeness=dict(raw.get("report", {}).get("completeness", {})),
        shards=int(raw.get("build", {}).get("shards", 8)),
        memory_similarity=float(raw.get("memory", {}).get("min_similarity", 0.75)),
        trust_exact=bool(raw.get("memory", {}).get("trust_exact", False)),
        keep=float(raw.get("rebuild", {}).get("keep", 0.8)),
    )


def load_config(path: str = "config.yaml") -> Config:
    try:
        raw = yaml.safe_load(read_text(path))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"not valid YAML ({getattr(exc, 'problem', exc)})", path,
                          mark.line + 1 if mark else None) from None
    if not isinstance(raw, dict):
        raise ConfigError("expected a mapping of settings", path)
    return config_from_mapping(raw, path)
