# Configuration, documents and shards, and input helpers: keep this file tiny.
import functools
import os
import sys
import time
from pathlib import Path

import pipeline
from pipeline import code_version, state
from pipeline.config import config_from_mapping, shard_of

CFG = config_from_mapping(config)
LANGS = list(CFG.languages)
PY = sys.executable
# Every job takes hexaglot's code as input (and its digest as a parameter):
# a new release of it reruns what its code makes.
CODE = code_version()
CODE_FILES = sorted(os.path.relpath(p) for p in Path(pipeline.__file__).parent.rglob("*.py"))
START = time.time()
# Every source/en/<DOC>.txt is a document; a new one joins with no other change.
DOCS = sorted(p.stem for p in Path(CFG.source_path("x")).parent.glob("*.txt"))
SHARDS = {}
for _doc in DOCS:
    SHARDS.setdefault(shard_of(_doc, CFG.shards), []).append(_doc)


wildcard_constraints:
    shard=r"\d+",


def document_outputs(docs):
    """Every file the builds of these documents make (pipeline.config.Config.document_outputs)."""
    return [path for doc in docs for path in CFG.document_outputs(doc)]


def existing(paths):
    return [p for p in paths if os.path.exists(p)]


def shard_supplied(docs):
    """The whole-text translations that exist for these documents."""
    return existing(CFG.source_path(d, l) for d in docs for l in CFG.targets)


def shard_catalogs(docs):
    """Catalogues already on disk: a translator's edit reruns their shard."""
    return existing(CFG.catalog_path(d, l) for d in docs for l in LANGS)


@functools.cache
def changed_reasons(shard):
    """Why a shard must rerun although no input is newer than its outputs (see pipeline/state.py):
    a forced run, or an input changed in a way modification times do not show."""
    docs = SHARDS[shard]
    if workflow.is_main_process:  # forcing is decided where the DAG is built
        settings = workflow.dag_settings
        named = set(settings.forcerun) | (set(settings.targets) if settings.forcetargets else set())
        if settings.forceall or f"shard_{shard}" in named:
            return state.Changed({state.ALL: "forced"})
        named = {os.path.normpath(n) for n in named}
        if named & {CFG.part_path(shard), CFG.state_path(shard)}:
            return state.Changed({state.ALL: "forced"})
        forced = {d: "forced" for d in docs if named.intersection(CFG.document_outputs(d))}
        if forced:
            return state.Changed(forced)
    built = state.stamp(CFG.part_path(shard))
    previous = state.read_state(CFG.state_path(shard))
    return state.Changed(state.unseen_changes(docs, previous, built and built[0], CFG.document_inputs))


def shard_changed(shard):
    return [CFG.changed_path(shard)] if changed_reasons(shard).reasons else []
