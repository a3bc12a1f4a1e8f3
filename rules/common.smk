# Configuration, documents and shards, and input helpers: keep this file tiny.
import os
import sys
import time
from pathlib import Path

import pipeline
import pipeline.cli
from pipeline import code_files, code_version, state
from pipeline.config import config_from_mapping, load_config, shard_of
from pipeline.errors import HexaglotError
from pipeline.extract import find_sources

CFG = config_from_mapping(config)
LANGS = list(CFG.languages)
PY = sys.executable
# Every job takes hexaglot's code as input (and its digest as a parameter):
# a new release of it reruns what its code makes.
CODE = code_version()
CODE_FILES = sorted(os.path.relpath(p) for p in Path(pipeline.__file__).parent.rglob("*.py"))
# The extraction runs only part of it: only that part is its input.
EXTRACT_CODE = sorted(os.path.relpath(p) for p in {*code_files("pipeline.extract"), pipeline.cli.__file__})
START = time.time()
# Every source/en/<DOC>.txt, .docx or .pdf is a document; a new one joins with no other change.
# SOURCES: document -> language -> its one source file (two are an error naming both).
try:
    SOURCES = find_sources(CFG.source_dir, LANGS)
except HexaglotError as _error:
    print(f"hexaglot: error: {_error}", file=sys.stderr)  # one line, no traceback: nothing is run
    sys.exit(1)
DOCS = sorted(d for d, by_lang in SOURCES.items() if CFG.source_language in by_lang)
SHARDS = {}
for _doc in DOCS:
    SHARDS.setdefault(shard_of(_doc, CFG.shards), []).append(_doc)


wildcard_constraints:
    shard=r"\d+",
    lang="|".join(LANGS),
    doc=r"[^/]+",


def document_outputs(docs):
    """Every file the builds of these documents make (pipeline.config.Config.document_outputs)."""
    return [path for doc in docs for path in CFG.document_outputs(doc)]


def existing(paths):
    return [p for p in paths if os.path.exists(p)]


def text_of(doc, lang):
    """What the build reads for a document in a language: its .txt source or the text extracted
    from its PDF or Word source (rules/extract.smk); None without a source."""
    source = SOURCES.get(doc, {}).get(lang)
    return CFG.text_path(doc, lang, source) if source else None


def shard_originals(docs):
    return [text_of(d, CFG.source_language) for d in docs]


def shard_supplied(docs):
    """The whole-text translations of these documents, as the build reads them."""
    return [t for d in docs for l in CFG.targets if (t := text_of(d, l))]


def extraction_source(wildcards):
    """The PDF or Word file of build/text/<lang>/<doc>.txt."""
    return SOURCES.get(wildcards.doc, {}).get(wildcards.lang) or os.path.join(
        CFG.source_dir, wildcards.lang, f"{wildcards.doc}.pdf"
    )


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
    found = state.unseen_changes(SHARDS[shard], previous, built and built[0], inputs_of, SETTINGS, made=extracted_of)
    return previous.generation if found else None, found


def inputs_of(doc):
    return CFG.document_inputs(doc, SOURCES[doc])


def extracted_of(doc):
    return {t for lang in SOURCES[doc] if (t := text_of(doc, lang)) != SOURCES[doc][lang]}


def _redate_stale_texts(shard):
    """An extracted text whose source changed unseen (state.stale_texts) is dated back before its
    source: Snakemake then extracts it again, and reruns the shard job after it."""
    extracted = [(d, source, text) for d in SHARDS[shard] for lang, source in sorted(SOURCES[d].items())
                 if (text := text_of(d, lang)) != source]
    if not extracted:
        return
    for source, text in state.stale_texts(state.read_state(CFG.state_path(shard)), extracted):
        before = os.stat(source).st_mtime_ns - 1_000_000_000
        os.utime(text, ns=(before, before))
        if workflow.is_main_process:
            print(f"hexaglot: {source} changed since {text} was extracted from it: extracted again", file=sys.stderr)


# What every document depends on, as the shard jobs compute it (they read config.yaml themselves).
SETTINGS = state.settings_digest(
    CODE, load_config("config.yaml"), Path(CFG.glossary).read_bytes() if os.path.exists(CFG.glossary) else b""
)


def missing_outputs():
    """Declared outputs of documents already built that are missing, and the texts extracted for
    them (a shard never built runs anyway).

    Rule all asks for these, not for every declared file: Snakemake checks a
    job's outputs for missing ones only when something asks for them, and
    finding the producer of a file asked for costs it a scan of the rule's
    outputs (27,000 files asked for at 1,000 documents: 90 s to build the DAG).
    Outputs that exist need no asking: a job is redone when an input is newer
    than its oldest output."""
    return [path for shard, docs in sorted(SHARDS.items()) if os.path.exists(CFG.part_path(shard))
            for path in document_outputs(docs) + [t for d in docs for t in sorted(extracted_of(d))]
            if not os.path.exists(path)]


# A record of those changes is an extra output of the shard job, which the
# default target asks for: missing, it makes Snakemake rerun the job.
CHANGED = {}
for _shard in SHARDS:
    _redate_stale_texts(_shard)
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
