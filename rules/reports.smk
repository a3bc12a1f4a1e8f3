# The reports' index, from every shard's part.


rule index:
    input:
        parts=expand(CFG.part_path("{shard}"), shard=sorted(SHARDS)),
        config="config.yaml",
    output:
        html=report(
            CFG.index_path("html"),
            caption="../report/index.rst",
            category="Completeness",
        ),
        json=CFG.index_path("json"),
        csv=CFG.index_path("csv"),
    params:
        py=PY,
        code=CODE,
    threads: 1
    resources:
        mem_mb=1024,
        runtime=30,
    conda:
        "../envs/hexaglot.yaml"
    log:
        "logs/index.log",
    shell:
        "{params.py} -m pipeline.cli --log {log} index {input.parts}"


rule memory:
    input:
        parts=expand(CFG.part_path("{shard}"), shard=sorted(SHARDS)),
    output:
        CFG.memory_path(),
    params:
        py=PY,
        code=CODE,
    threads: 1
    resources:
        mem_mb=1024,
        runtime=30,
    conda:
        "../envs/hexaglot.yaml"
    log:
        "logs/memory.log",
    shell:
        "{params.py} -m pipeline.cli --log {log} memory {input.parts} --out {output}"


rule corpus_tmx:
    input:
        parts=expand(CFG.part_path("{shard}"), shard=sorted(SHARDS)),
    output:
        CFG.tmx_path(),
    params:
        py=PY,
        code=CODE,
    threads: 1
    resources:
        mem_mb=1024,
        runtime=30,
    conda:
        "../envs/hexaglot.yaml"
    log:
        "logs/corpus_tmx.log",
    shell:
        "{params.py} -m pipeline.cli --log {log} corpus-tmx {input.parts} --out {output}"
