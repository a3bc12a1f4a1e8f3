"""hexaglot: UN originals into six-language gettext catalogues (see README.md)."""

from __future__ import annotations

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
