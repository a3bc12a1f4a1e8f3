"""hexaglot: UN originals into six-language gettext catalogues (see README.md)."""

from __future__ import annotations

import ast
import hashlib
from pathlib import Path


def code_version() -> str:
    """A digest of the package's own source: results made by other code are redone.

    The shard jobs put it in each document's fingerprint, and the rules pass it
    as a parameter, so that Snakemake reruns them when hexaglot is upgraded.
    """
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def code_files(*modules: str) -> list[str]:
    """The source files of these modules of the package and of every module of it they import,
    at any depth and wherever the import stands (absolute paths, sorted).

    A rule that runs only part of hexaglot (the extraction) takes these as
    inputs rather than the whole package, so that a change elsewhere does not
    redo its jobs."""
    root = Path(__file__).resolve().parent
    found: dict[str, Path] = {}
    todo = list(modules)
    while todo:
        name = todo.pop()
        if name in found or not (name == "pipeline" or name.startswith("pipeline.")):
            continue
        base = root.joinpath(*name.split(".")[1:])
        path = base / "__init__.py" if (base / "__init__.py").is_file() else base.with_suffix(".py")
        if not path.is_file():
            continue  # a name imported from a module, not a module
        found[name] = path
        todo += [name.rsplit(".", depth)[0] for depth in range(1, name.count(".") + 1)]  # parents run first
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = package.split(".")
                    target = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                todo += [target, *(f"{target}.{alias.name}" for alias in node.names)]
            elif isinstance(node, ast.Import):
                todo += [alias.name for alias in node.names]
    return sorted(str(p) for p in found.values())
