# Configuration, documents and shards, and input helpers: keep this file tiny.
import os
import sys
import time
from pathlib import Path

import pipeline
from pipeline import code_version, state
from pipeline.config import config_from_mapping, load_config, shard_of

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


def forced(shard):
    """`--redo` for the shard job: the documents Snakemake was told to force ('*': all).

    A parameter that takes `output` is not a rerun trigger. Decided where the
    DAG is built; a job re-read on a cluster node redoes all if it finds no
    other reason to have run (pipeline/state.py)."""
    settings = workflow.dag_settings
    if not workflow.is_main_process or settings is None:
        return ""
    docs = state.forced_documents(
        SHARDS[shard], f"shard_{shard}", [CFG.part_path(shard), CFG.state_path(shard)], CFG.document_outputs,
        forceall=settings.forceall, forcerun=settings.forcerun, targets=settings.targets,
        forcetargets=settings.forcetargets,
    )
    return f"--redo {' '.join(repr(d) for d in docs)}" if docs else ""


def _unseen(shard):
    """Inputs of the shard changed in a way modification times do not show (pipeline/state.py)."""
    previous = state.read_state(CFG.state_path(shard))
    built = state.stat(CFG.part_path(shard))
    found = state.unseen_changes(SHARDS[shard], previous, built and built[0], CFG.document_inputs, SETTINGS)
    return previous.generation if found else None, found


# What every document depends on, as the shard jobs compute it (they read config.yaml themselves).
SETTINGS = state.settings_digest(
    CODE, load_config("config.yaml"), Path(CFG.glossary).read_bytes() if os.path.exists(CFG.glossary) else b""
)


def missing_outputs():
    """Declared outputs of documents already built that are missing (a shard never built runs anyway).

    Rule all asks for these, not for every declared file: Snakemake checks a
    job's outputs for missing ones only when something asks for them, and
    finding the producer of a file asked for costs it a scan of the rule's
    outputs (27,000 files asked for at 1,000 documents: 90 s to build the DAG).
    Outputs that exist need no asking: a job is redone when an input is newer
    than its oldest output."""
    return [path for shard, docs in sorted(SHARDS.items()) if os.path.exists(CFG.part_path(shard))
            for path in document_outputs(docs) if not os.path.exists(path)]


# A record of those changes is an extra output of the shard job, which the
# default target asks for: missing, it makes Snakemake rerun the job.
CHANGED = {}
for _shard in SHARDS:
    _generation, _found = _unseen(_shard)
    if _found:
        CHANGED[_shard] = CFG.changed_path(_shard, _generation)
        if workflow.is_main_process:  # a few lines per shard; the record lists them all
            _items = sorted(_found.items())
            for _doc, _why in _items[:3]:
                _what = f"shard {_shard}" if _doc == state.ALL else _doc
                print(f"hexaglot: {_what} is rebuilt: {_why}", file=sys.stderr)
            if len(_items) > 3:
                print(f"hexaglot: and {len(_items) - 3} more documents of shard {_shard}", file=sys.stderr)
