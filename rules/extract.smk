# One job per PDF or Word source, original or supplied translation: its text,
# in the form the segmenter reads, at build/text/<lang>/<DOC>.txt, where a
# user can open what was read; the shard jobs read that instead of the source.
# A file that cannot be read (a scan, a password, a damaged or old .doc file)
# gives there a one-line note saying why, and its job succeeds: the shard job
# reports the file as it reports an unreadable .txt (rule readable then fails,
# naming it), and every other document is built.


rule extract:
    input:
        source=extraction_source,
        code=EXTRACT_CODE,
    output:
        CFG.extracted_path("{doc}", "{lang}"),
    params:
        py=PY,
    threads: 1
    resources:
        mem_mb=512,
        runtime=10,
    conda:
        "../envs/hexaglot.yaml"
    log:
        "logs/extract/{lang}/{doc}.log",
    shell:
        "{params.py} -m pipeline.cli --log {log} extract {input.source} --lang {wildcards.lang}"
        " --out {output} --note-unreadable"
