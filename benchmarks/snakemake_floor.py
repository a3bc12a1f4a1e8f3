"""Benchmark: what Snakemake itself costs for hexaglot's shape of workflow, with no hexaglot code.

    .venv/bin/python benchmarks/snakemake_floor.py [--docs 10 1000] [--outputs 27] [--shards 8] [--repeat 3]

For each corpus size it writes a Snakefile of the same shape as ours (one rule
per shard declaring every file of its documents, flagged update(), plus a rule
all asking for missing ones) whose jobs only touch their outputs, builds it
once, then times a no-op and the rerun after one input changes, with the
profile's settings (no metadata records, mtime rerun triggers). The ratios
between sizes are the part of a rerun's growth that no change to hexaglot's
own code can remove: compare them with benchmarks/corpus.py --compare.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SNAKEFILE = '''
import os
DOCS = [f"D{{k:05d}}" for k in range({docs})]
SHARDS = {{}}
for k, d in enumerate(DOCS):
    SHARDS.setdefault(k % {shards}, []).append(d)

def outputs(docs):
    return [f"out/{{d}}/{{n}}.txt" for d in docs for n in range({outputs})]

rule all:
    input:
        [p for s, docs in SHARDS.items() if os.path.exists(f"out/shard{{s}}.done")
         for p in outputs(docs) if not os.path.exists(p)],
        [f"out/shard{{s}}.done" for s in SHARDS],

for _s, _docs in SHARDS.items():
    rule:
        name: f"shard_{{_s}}"
        input: [f"src/{{d}}.txt" for d in _docs]
        output:
            done=f"out/shard{{_s}}.done",
            files=[update(p) for p in outputs(_docs)],
        shell: "touch {{output}}"
'''


def snakemake(workdir: Path, *args: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "snakemake", "-c2", "--drop-metadata", "--rerun-triggers", "mtime", *args],
        cwd=workdir, capture_output=True, text=True,
    )
    if done.returncode:
        sys.exit(f"snakemake failed in {workdir}:\n{done.stderr[done.stderr.find('Error'):][:2000]}")
    return time.perf_counter() - start


def measure(root: Path, docs: int, outputs: int, shards: int, repeat: int) -> dict[str, float]:
    work = root / f"docs{docs}"
    (work / "src").mkdir(parents=True)
    for k in range(docs):
        (work / "src" / f"D{k:05d}.txt").write_text("x\n")
    (work / "Snakefile").write_text(SNAKEFILE.format(docs=docs, outputs=outputs, shards=shards))
    full = snakemake(work)
    noop = min(snakemake(work) for _ in range(repeat))
    changed = []
    for _ in range(repeat):
        time.sleep(0.05)  # newer than every output, and not in the future (Snakemake refuses clock skew)
        os.utime(work / "src" / "D00000.txt")
        changed.append(snakemake(work))
    return {"full_s": round(full, 2), "noop_s": round(noop, 2), "changed_input_s": round(min(changed), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[10, 1000])
    parser.add_argument("--outputs", type=int, default=27, help="declared files per document (ours: 27)")
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="hexaglot-floor-") as tmp:
        for docs in args.docs:
            results[docs] = measure(Path(tmp), docs, args.outputs, args.shards, args.repeat)
            print(f"{docs} documents x {args.outputs} declared files: {results[docs]}", flush=True)
    small, large = min(results), max(results)
    ratios = {key: round(results[large][key] / results[small][key], 2) for key in ("noop_s", "changed_input_s")}
    print(f"ratio {large} / {small} documents: {ratios}")
    print(json.dumps({"outputs_per_doc": args.outputs, "results": results, "ratios": ratios}))


if __name__ == "__main__":
    main()
