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
    """What a dry run would do: rule name -> job count (empty when up to date)."""
    out = snakemake(workdir, "--dry-run", "--quiet", "rules").stdout
    jobs: dict[str, int] = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit() and parts[0] not in ("total", "job"):
            jobs[parts[0]] = int(parts[1])
    return jobs
