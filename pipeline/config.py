"""config.yaml -> Config, validated against schemas/config.schema.yaml.

The Snakefile validates the same file with the same schema through
``snakemake.utils.validate``; the CLI uses this module so that a command run
by hand gets the same checks and defaults.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
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
    similarity: float = 0.6
    fill_threshold: float = 0.9
    completeness: dict[str, float] = field(default_factory=dict)

    @property
    def targets(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if lang != self.source_language)

    def source_path(self, doc: str, lang: str | None = None) -> str:
        return os.path.join(self.source_dir, lang or self.source_language, f"{doc}.txt")

    def template_path(self, doc: str) -> str:
        return os.path.join(self.locales_dir, f"{doc}.pot")

    def catalog_path(self, doc: str, lang: str) -> str:
        return os.path.join(self.locales_dir, lang, "LC_MESSAGES", f"{doc}.po")

    def state_path(self, doc: str) -> str:
        return os.path.join(self.build_dir, "state", f"{doc}.json")


def validate(raw: Any, path: str) -> dict[str, Any]:
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
        similarity=float(raw.get("merge", {}).get("similarity", 0.6)),
        fill_threshold=float(raw.get("align", {}).get("fill_threshold", 0.9)),
        completeness=dict(raw.get("report", {}).get("completeness", {})),
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
