# One job per shard of documents: update each document's template and six
# catalogues in place, fill them from supplied translations, score every
# segment and write the document's report pages. A shard is a stable hash
# bucket of document names (rules/common.smk), so adding a document moves no
# other; within a job, a document whose inputs are byte-identical to the last
# build is not redone. Catalogues are inputs, never declared outputs:
# Snakemake would delete them before the job runs.


rule shard:
    input:
        sources=shard_sources,
        supplied=shard_supplied,
        catalogs=shard_catalogs,
        glossary=CFG.glossary,
        config="config.yaml",
    output:
        part=CFG.part_path("{shard}"),
    params:
        docs=lambda wildcards: " ".join(SHARDS[wildcards.shard]),
        py=PY,
        code=CODE,
    threads: 1
    resources:
        mem_mb=512,
        runtime=30,
    conda:
        "../envs/hexaglot.yaml"
    log:
        "logs/shard/{shard}.log",
    benchmark:
        "logs/benchmarks/shard/{shard}.tsv"
    shell:
        "{params.py} -m pipeline.cli --log {log} build {params.docs} --out {output.part}"
