# hexaglot: UN originals -> six-language gettext catalogues, alignments, reports.
# Rules only; every rule calls into the pipeline package (see README.md).
from snakemake.utils import min_version, validate

min_version("9.0")


configfile: "config.yaml"


validate(config, "schemas/config.schema.yaml")


include: "rules/common.smk"
include: "rules/extract.smk"
include: "rules/catalogs.smk"
include: "rules/reports.smk"


# Every regenerable file: a deleted one is made again by the next run.
rule all:
    input:
        CFG.index_path("html"),
        CFG.tmx_path(),
        CFG.memory_path(),
        CFG.readable_path(),
        missing_outputs(),
        sorted(CHANGED.values()),
    default_target: True


onsuccess:
    shell("{PY} -m pipeline.cli summary --since {START}")


onerror:
    shell("{PY} -m pipeline.cli summary --since {START}")
