"""Helpers to run the real Snakemake workflow in a temporary copy of the project."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAKEMAKE = Path(sys.executable).parent / "snakemake"
PROJECT_FILES = ("Snakefile", "config.yaml", "rules", "schemas", "pipeline", "glossary", "profiles", "report", "envs")


def copy_project(target: Path) -> None:
    """Copy the files the workflow needs to run (no documents) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, target / name)


def make_workspace(target: Path, docs: dict[str, str] | None = None, with_locales: bool = True) -> Path:
    """Copy the workflow into ``target``; ``docs`` maps DOC -> English text (default: the seed)."""
    copy_project(target)
    english = target / "source" / "en"
    if docs is None:  # the shipped tree: originals, supplied translations, catalogues
        shutil.copytree(ROOT / "source", target / "source", ignore=shutil.ignore_patterns("README.md"))
        if with_locales:
            shutil.copytree(ROOT / "locales", target / "locales")
    else:
        english.mkdir(parents=True)
        for doc, text in docs.items():
            (english / f"{doc}.txt").write_text(text, encoding="utf-8")
    return target


def snakemake(workdir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(SNAKEMAKE), "--cores", "2", *args],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"snakemake failed:\n{result.stdout}\n{result.stderr}")
    return result


def planned_jobs(workdir: Path) -> dict[str, int]:
    """What a dry run would do: rule name -> job count (empty when up to date).

    The per-shard rules (shard_000, shard_001...) are counted together as "shard"."""
    out = snakemake(workdir, "--dry-run", "--quiet", "rules").stdout
    jobs: dict[str, int] = {}
    for line in out.splitlines():  # the first table of counts (a dry run prints it twice)
        parts = line.split()
        if parts[:1] == ["total"]:
            break
        if len(parts) == 2 and parts[1].isdigit() and parts[0] != "job":
            name = "shard" if parts[0].startswith("shard_") else parts[0]
            jobs[name] = jobs.get(name, 0) + int(parts[1])
    return jobs


def shard_rule(doc: str, shards: int = 8) -> str:
    """The rule that builds a document, as rules/catalogs.smk names it."""
    from pipeline.config import shard_of

    return f"shard_{shard_of(doc, shards)}"


def built_documents(workdir: Path) -> dict[str, str]:
    """Documents the last shard jobs built, with why (from their logs)."""
    built: dict[str, str] = {}
    for log in sorted((workdir / "logs" / "shard").glob("*.log")):
        for line in log.read_text(encoding="utf-8").splitlines():
            doc, sep, why = line.partition(": building (")
            if sep:
                built[doc] = why.removesuffix(")")
    return built
