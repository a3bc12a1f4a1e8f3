# Segment the English original, update the template and the six catalogues in
# place, and fill them from supplied translations. The catalogues are not
# declared outputs: Snakemake would delete them before the job runs.


rule sync:
    input:
        source=CFG.source_path("{doc}"),
        supplied=supplied_translations,
        catalogs=existing_catalogs,
        config="config.yaml",
    output:
        state=CFG.state_path("{doc}"),
    log:
        "logs/sync/{doc}.log",
    benchmark:
        "logs/benchmarks/sync/{doc}.tsv"
    shell:
        "{PY} -m pipeline.cli --log {log} sync {wildcards.doc} --state {output.state}"
