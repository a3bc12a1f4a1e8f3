# Configuration, the document list and path helpers: keep this file tiny.
import sys
from pathlib import Path

from pipeline.config import config_from_mapping

CFG = config_from_mapping(config)
LANGS = list(CFG.languages)
PY = sys.executable
# Every source/en/<DOC>.txt is a document; a new one joins with no other change.
DOCS = sorted(p.stem for p in Path(CFG.source_path("x")).parent.glob("*.txt"))


wildcard_constraints:
    doc=r"[A-Za-z0-9][A-Za-z0-9_.\-]*",
    lang="|".join(LANGS),


def state_path(doc):
    return CFG.state_path(doc)


def supplied_translations(wildcards):
    """The whole-text translations that exist for a document."""
    paths = (CFG.source_path(wildcards.doc, lang) for lang in CFG.targets)
    return [p for p in paths if Path(p).exists()]


def existing_catalogs(wildcards):
    """Catalogues already on disk: a translator's edit reruns their document."""
    paths = (CFG.catalog_path(wildcards.doc, lang) for lang in LANGS)
    return [p for p in paths if Path(p).exists()]
