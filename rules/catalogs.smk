# One job per shard of documents: update each document's template and six
# catalogues in place, fill them from supplied translations, score every
# segment and write the document's pages and exports. A shard is a stable
# hash bucket of document names (rules/common.smk), so adding a document
# moves no other. Every file the job makes is a declared output, flagged
# update() so that a rerun for one document does not throw away the others'
# (the job redoes only the documents that need it, see pipeline/state.py).
# Catalogues are inputs, never outputs: Snakemake would delete them. A PDF or
# Word source is an input through its extracted text (rules/extract.smk).


for _shard, _docs in sorted(SHARDS.items()):

    rule:
        name:
            f"shard_{_shard}"
        input:
            sources=shard_originals(_docs),
            supplied=shard_supplied(_docs),
            catalogs=lambda wildcards, docs=_docs: shard_catalogs(docs),
            glossary=CFG.glossary,
            config="config.yaml",
            code=CODE_FILES,
        output:
            part=update(CFG.part_path(_shard)),
            state=update(CFG.state_path(_shard)),
            documents=[update(p) for p in document_outputs(_docs)],
            changed=[CHANGED[_shard]] if _shard in CHANGED else [],
        params:
            docs=" ".join(_docs),
            shard=_shard,
            record=lambda wildcards, output: f"--record {output.changed}" if output.changed else "",
            forced=lambda wildcards, output, shard=_shard: forced(shard),
            py=PY,
            code=CODE,
        threads: 1
        resources:
            mem_mb=512,
            runtime=30,
        conda:
            "../envs/hexaglot.yaml"
        log:
            f"logs/shard/{_shard}.log",
        benchmark:
            f"logs/benchmarks/shard/{_shard}.tsv"
        shell:
            "{params.py} -m pipeline.cli --log {log} build {params.docs} --shard {params.shard}"
            " --out {output.part} --state {output.state} {params.record} {params.forced}"
