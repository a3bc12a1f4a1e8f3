# Configuration, documents and shards, and input helpers: keep this file tiny.
import sys
import time
from pathlib import Path

from pipeline import code_version
from pipeline.config import config_from_mapping, shard_of

CFG = config_from_mapping(config)
LANGS = list(CFG.languages)
PY = sys.executable
# A parameter of every rule: upgrading hexaglot reruns what its code makes.
CODE = code_version()
START = time.time()
# Every source/en/<DOC>.txt is a document; a new one joins with no other change.
DOCS = sorted(p.stem for p in Path(CFG.source_path("x")).parent.glob("*.txt"))
SHARDS = {}
for _doc in DOCS:
    SHARDS.setdefault(shard_of(_doc, CFG.shards), []).append(_doc)


wildcard_constraints:
    shard=r"\d+",


def shard_sources(wildcards):
    return [CFG.source_path(doc) for doc in SHARDS[wildcards.shard]]


def _existing(paths):
    return [p for p in paths if Path(p).exists()]


def shard_supplied(wildcards):
    """The whole-text translations that exist for the shard's documents."""
    return _existing(CFG.source_path(d, l) for d in SHARDS[wildcards.shard] for l in CFG.targets)


def shard_catalogs(wildcards):
    """Catalogues already on disk: a translator's edit reruns their shard."""
    return _existing(CFG.catalog_path(d, l) for d in SHARDS[wildcards.shard] for l in LANGS)
