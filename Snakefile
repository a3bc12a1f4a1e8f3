# hexaglot: UN originals -> six-language gettext catalogues, alignments, reports.
# Rules only; every rule calls into the pipeline package (see README.md).
from snakemake.utils import min_version, validate

min_version("9.0")


configfile: "config.yaml"


validate(config, "schemas/config.schema.yaml")


include: "rules/common.smk"
include: "rules/catalogs.smk"


rule all:
    input:
        expand(state_path("{doc}"), doc=DOCS),
    default_target: True
