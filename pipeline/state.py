"""What the last build of a shard read -> which of its documents to redo, and why.

A shard's state (``build/state/<shard>.json``, a declared output of its job)
records a stamp (modification time in ns, size) of every input each document
was built from, and of the files every document depends on (configuration,
glossary, code) with a digest of their contents. Two readers use it:

* the shard job itself (``pipeline.cli build``), which redoes a document
  when one of its inputs is not as recorded, one of its declared outputs is
  missing, Snakemake was told to force it, or the settings digest differs;
  when Snakemake ran the job and none of these holds (``--forcerun``
  on a cluster, a rule changed, an incomplete job), it redoes them all;
* the Snakefile, when it is read (``unseen_changes``): an input whose change
  Snakemake's modification-time rule cannot see (a catalogue deleted, a
  supplied text removed or copied in with an old date, a catalogue saved
  while the build ran) adds to the shard job an output that does not exist
  yet, ``build/changed/<shard>.<generation>.txt``, and the default target
  asks for it: Snakemake reruns the job, which writes the reasons there.

Pure except ``stamp`` and ``read_state``, which read files.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

SCHEMA = 1
ALL = "*"  # forced: every document of the shard

Stamp = tuple[int, int]  # st_mtime_ns, st_size


@dataclass
class ShardState:
    settings: str = ""  # digest of code, configuration and glossary contents
    generation: int = 0  # how many times the shard was built: names the record of unseen changes
    shared: dict[str, Stamp] = field(default_factory=dict)  # config, glossary, code: path -> stamp
    documents: dict[str, dict[str, Stamp]] = field(default_factory=dict)  # doc -> input path -> stamp

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "settings": self.settings,
            "generation": self.generation,
            "shared": {p: list(s) for p, s in sorted(self.shared.items())},
            "documents": {
                doc: {p: list(s) for p, s in sorted(inputs.items())} for doc, inputs in sorted(self.documents.items())
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ShardState:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"state schema {data.get('schema')!r}, expected {SCHEMA}")
        return cls(
            settings=str(data["settings"]),
            generation=int(data["generation"]),
            shared={p: (int(s[0]), int(s[1])) for p, s in data["shared"].items()},
            documents={
                doc: {p: (int(s[0]), int(s[1])) for p, s in inputs.items()}
                for doc, inputs in data["documents"].items()
            },
        )


def stamp(path: str) -> Stamp | None:
    """The stamp of a file, or None when it does not exist."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (st.st_mtime_ns, st.st_size)


def read_state(path: str) -> ShardState | None:
    """The recorded state, or None when there is none or it cannot be read (then every document is redone)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return ShardState.from_json(json.load(handle))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def differences(recorded: Mapping[str, Stamp], current: Mapping[str, Stamp | None]) -> list[str]:
    """Paths whose stamp is not the recorded one, each with what happened."""
    found = []
    for path in sorted(set(recorded) | {p for p, s in current.items() if s is not None}):
        before, now = recorded.get(path), current.get(path)
        if before == now:
            continue
        if now is None:
            found.append(f"{path} removed")
        elif before is None:
            found.append(f"{path} added")
        else:
            found.append(f"{path} changed")
    return found


def to_redo(
    docs: Sequence[str],
    previous: ShardState | None,
    settings: str,
    shared_now: Mapping[str, Stamp | None],
    inputs_now: Mapping[str, Mapping[str, Stamp | None]],
    missing_outputs: Mapping[str, Sequence[str]],
    built: Iterable[str],
    forced: Collection[str] = (),
) -> tuple[dict[str, str], list[str]]:
    """The documents to redo, each with why, and notes for the log.

    ``built``: documents whose index entry the previous build left (the part);
    ``forced``: documents Snakemake was told to redo (ALL: every one).
    """
    built = set(built)
    notes: list[str] = []
    if ALL in forced:
        return {doc: "forced" for doc in docs}, notes
    if previous is None:
        return {doc: "no record of a previous build" for doc in docs}, notes
    if previous.settings != settings:
        return {doc: "code, configuration or glossary changed" for doc in docs}, notes
    redo: dict[str, str] = {}
    for doc in docs:
        if doc in forced:
            redo[doc] = "forced"
        elif doc not in previous.documents or doc not in built:
            redo[doc] = "not built before"
        elif missing_outputs.get(doc):
            redo[doc] = f"{missing_outputs[doc][0]} missing"
        else:
            diff = differences(previous.documents[doc], inputs_now.get(doc, {}))
            if diff:
                redo[doc] = "; ".join(diff)
    touched = differences(previous.shared, shared_now)
    if touched:
        notes.append(f"{'; '.join(touched)}, with the same contents")
    if not redo and not touched:
        # Snakemake ran the job for a reason no file shows: forced on a cluster
        # node, a rule or its environment changed, an incomplete run resumed.
        reason = "Snakemake reran the job and no input changed (forced, or the rule changed): every document redone"
        return {doc: reason for doc in docs}, notes
    return redo, notes


def unseen_changes(
    docs: Sequence[str],
    previous: ShardState | None,
    built_at: int | None,
    inputs_of: Callable[[str], Sequence[str]],
    stamp_of: Callable[[str], Stamp | None] = stamp,
) -> dict[str, str]:
    """Changes to a shard's inputs that Snakemake's modification-time rule misses, by document.

    ``built_at``: modification time (ns) of the shard's outputs (Snakemake
    touches them when the job ends); None when they are missing, and then the
    job runs anyway. A file newer than that is left to Snakemake.
    """
    if previous is None or built_at is None:
        return {}
    found: dict[str, str] = {}
    for path, recorded_stamp in sorted(previous.shared.items()):
        current = stamp_of(path)
        if recorded_stamp != current and (current is None or current[0] <= built_at):
            return {ALL: f"{path} changed since the last build, which did not read this version"}
    for doc in docs:
        recorded = previous.documents.get(doc)
        if recorded is None:
            continue
        for path in inputs_of(doc):
            before, now = recorded.get(path), stamp_of(path)
            if before == now or (now is not None and now[0] > built_at):
                continue
            if now is None:
                found[doc] = f"{path} removed since the last build"
            elif before is None:
                found[doc] = f"{path} added, with a date older than the last build"
            else:
                found[doc] = f"{path} changed during or before the last build, which did not read this version"
            break
    return found
