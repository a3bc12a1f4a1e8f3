"""The workflow run through a real single-node SLURM gives the same files as a local run.

tests/slurm/slurm-up starts slurmctld and slurmd (and munged if needed) on
this machine; the workflow then runs with ``--profile profiles/slurm`` on a
small generated corpus, every job an sbatch job, and its catalogues, reports,
translation memory and TMX are compared byte for byte with a local
``snakemake --cores 2`` run of the same corpus. SLURM is stopped afterwards
when this test started it. Where SLURM cannot start (not root, packages
missing, daemons refusing), the test is skipped with the reason.
"""

from __future__ import annotations

import filecmp
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from workflow import ROOT, SNAKEMAKE, make_workspace, snakemake

sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import generate, write_corpus  # noqa: E402

SLURM_UP = ROOT / "tests" / "slurm" / "slurm-up"
SLURM_DOWN = ROOT / "tests" / "slurm" / "slurm-down"
PROFILE = ROOT / "profiles" / "slurm"
COMPARED = ("locales", "reports", "build/memory.json", "build/tmx")


def _slurm_answers() -> bool:
    if not shutil.which("sinfo"):
        return False
    try:
        out = subprocess.run(["sinfo", "-h", "-o", "%a"], capture_output=True, text=True, timeout=10)
    except subprocess.TimeoutExpired:
        return False
    return out.returncode == 0 and "up" in out.stdout


@pytest.fixture(scope="module")
def slurm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    if importlib.util.find_spec("snakemake_executor_plugin_slurm") is None:
        pytest.skip("snakemake-executor-plugin-slurm is not installed: pip install -e '.[slurm]'")
    missing = [p for p in ("sbatch", "squeue", "slurmctld", "slurmd", "munged") if not shutil.which(p)]
    if missing:
        pytest.skip(f"{', '.join(missing)} not found: apt-get install -y slurm-wlm munge")
    if _slurm_answers():
        yield  # a cluster someone else runs: use it, leave it running
        return
    if os.geteuid() != 0:
        pytest.skip("no SLURM running, and starting one (tests/slurm/slurm-up) needs root")
    state = tmp_path_factory.mktemp("slurm")
    up = subprocess.run([str(SLURM_UP), str(state)], capture_output=True, text=True, timeout=120)
    if up.returncode != 0:
        subprocess.run([str(SLURM_DOWN), str(state)], capture_output=True, timeout=60)
        pytest.skip(f"SLURM did not start: {(up.stderr or up.stdout).strip()}")
    try:
        yield
    finally:
        subprocess.run([str(SLURM_DOWN), str(state)], capture_output=True, timeout=60)


def _corpus_workspace(target: Path) -> Path:
    make_workspace(target, docs={})
    write_corpus(target, generate(4, seed=7))
    config = target / "config.yaml"
    # Two shards: both levels of the DAG run on the cluster, in few sbatch jobs.
    config.write_text(re.sub(r"(?m)^(\s+shards:)\s*\d+", r"\g<1> 2", config.read_text()))
    return target


def _differences(a: Path, b: Path) -> list[str]:
    diffs = []
    for name in COMPARED:
        pa, pb = a / name, b / name
        if pa.is_file() or pb.is_file():
            if not (pa.is_file() and pb.is_file() and filecmp.cmp(pa, pb, shallow=False)):
                diffs.append(name)
            continue
        files_a = {p.relative_to(a) for p in pa.rglob("*") if p.is_file()}
        files_b = {p.relative_to(b) for p in pb.rglob("*") if p.is_file()}
        diffs += [f"only in one run: {rel}" for rel in sorted(files_a ^ files_b)]
        diffs += [str(rel) for rel in sorted(files_a & files_b) if not filecmp.cmp(a / rel, b / rel, shallow=False)]
    return diffs


def test_slurm_run_gives_the_same_files_as_a_local_run(slurm: None, tmp_path: Path) -> None:
    cluster = _corpus_workspace(tmp_path / "cluster")
    local = _corpus_workspace(tmp_path / "local")

    result = subprocess.run(
        [str(SNAKEMAKE), "--profile", str(PROFILE)],
        cwd=cluster, capture_output=True, text=True, timeout=600,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"snakemake through SLURM failed:\n{output[-4000:]}"
    submitted = re.findall(r"submitted with SLURM jobid (\d+)", output)
    shards = len(list((cluster / "build" / "parts").glob("*.json")))
    assert len(submitted) >= shards + 1, f"expected every shard and the index on SLURM:\n{output[-4000:]}"

    snakemake(local)
    for name in COMPARED:
        assert (local / name).exists(), f"the local run wrote no {name}"
    assert _differences(cluster, local) == []

