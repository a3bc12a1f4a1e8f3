"""What the last build of a shard read -> which of its documents to redo, and why.

A shard's state (``build/state/<shard>.json``, a declared output of its job)
records, for every input each document was built from, its modification
time, size and SHA-256, and a digest of what all documents depend on
(configuration, glossary, code). Two readers use it:

* the shard job itself (``pipeline.cli build``), which redoes a document
  when the contents of one of its inputs are not as recorded, one of its
  declared outputs is missing, Snakemake was told to force it, or the
  settings digest differs; when Snakemake ran the job and none of these
  holds, nor was a file merely touched (``--forcerun`` seen only on a
  cluster node, a rule changed, an incomplete job), it redoes them all;
* the Snakefile, when it is read (``unseen_changes``): an input whose change
  Snakemake's modification-time rule cannot see (a catalogue deleted, a
  supplied text removed or copied in with an old date, a catalogue saved
  while the build ran) adds to the shard job an output that does not exist
  yet, ``build/changed/<shard>.<generation>.txt``, and the default target
  asks for it: Snakemake reruns the job, which writes the reasons there.

A PDF or Word source is read through the text extracted from it (its own
rule): both are inputs of the document. ``stale_texts`` finds an extracted
text whose source changed in a way modification times do not show, so that
the Snakefile can have it extracted again before its document is rebuilt.

Pure except ``stat``, ``sha256``, ``record`` and ``read_state``, which read files.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .config import Config

SCHEMA = 1
ALL = "*"  # forced: every document of the shard

Stat = tuple[int, int]  # st_mtime_ns, st_size
Record = tuple[int, int, str]  # st_mtime_ns, st_size, SHA-256 of the contents


@dataclass
class ShardState:
    settings: str = ""  # settings_digest(): code, configuration, glossary
    generation: int = 0  # how many times the shard was built: names the record of unseen changes
    shared: dict[str, Stat] = field(default_factory=dict)  # config, glossary, code: path -> stat
    documents: dict[str, dict[str, Record]] = field(default_factory=dict)  # doc -> input path -> record

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "settings": self.settings,
            "generation": self.generation,
            "shared": {p: list(s) for p, s in sorted(self.shared.items())},
            "documents": {
                doc: {p: list(r) for p, r in sorted(inputs.items())} for doc, inputs in sorted(self.documents.items())
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
                doc: {p: (int(r[0]), int(r[1]), str(r[2])) for p, r in inputs.items()}
                for doc, inputs in data["documents"].items()
            },
        )


def settings_digest(code: str, config: Config, glossary: bytes) -> str:
    """A digest of what every document's results depend on besides its own files.

    The number of shards is left out: it changes which job builds a
    document, not what the document becomes."""
    digest = hashlib.sha256(code.encode())
    digest.update(repr(replace(config, shards=0)).encode())
    digest.update(glossary)
    return digest.hexdigest()


def stat(path: str) -> Stat | None:
    """(mtime in ns, size) of a file, or None when it does not exist."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (st.st_mtime_ns, st.st_size)


def sha256(path: str) -> str:
    """The SHA-256 of a file's contents ("" when it cannot be read)."""
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return ""


def record(path: str) -> Record | None:
    now = stat(path)
    return None if now is None else (now[0], now[1], sha256(path))


def read_state(path: str) -> ShardState | None:
    """The recorded state, or None when there is none or it cannot be read (then every document is redone)."""
    try:
        with open(path, encoding="utf-8") as handle:
            return ShardState.from_json(json.load(handle))
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None


def compare(
    recorded: Mapping[str, Record],
    current: Mapping[str, Stat | None],
    sha_of: Callable[[str], str] = sha256,
    newer_than: int | None = None,
) -> tuple[list[str], list[str]]:
    """(what changed, each with how; paths only touched: same contents, new date).

    Contents are compared only when the date or size differs, as Snakemake
    does with its checksums. With ``newer_than``, a file dated after it is left
    out: Snakemake sees that change itself.
    """
    changed: list[str] = []
    touched: list[str] = []
    for path in sorted(set(recorded) | {p for p, s in current.items() if s is not None}):
        before, now = recorded.get(path), current.get(path)
        if now is not None and newer_than is not None and now[0] > newer_than:
            continue
        if now is None:
            if before is not None:
                changed.append(f"{path} removed")
        elif before is None:
            changed.append(f"{path} added")
        elif (before[0], before[1]) == now:
            continue
        elif before[1] == now[1] and sha_of(path) == before[2]:
            touched.append(path)
        else:
            changed.append(f"{path} changed")
    return changed, touched


def to_redo(
    docs: Sequence[str],
    previous: ShardState | None,
    settings: str,
    shared_now: Mapping[str, Stat | None],
    inputs_now: Mapping[str, Mapping[str, Stat | None]],
    missing_outputs: Mapping[str, Sequence[str]],
    built: Iterable[str],
    forced: Collection[str] = (),
    sha_of: Callable[[str], str] = sha256,
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
    touched: list[str] = [p for p, s in shared_now.items() if previous.shared.get(p) != s]
    for doc in docs:
        if doc in forced:
            redo[doc] = "forced"
        elif doc not in previous.documents or doc not in built:
            redo[doc] = "not built before"
        elif missing_outputs.get(doc):
            redo[doc] = f"{missing_outputs[doc][0]} missing"
        else:
            changed, same = compare(previous.documents[doc], inputs_now.get(doc, {}), sha_of)
            if changed:
                redo[doc] = "; ".join(changed)
            touched += same
    if touched:
        notes.append(f"{len(touched)} files with a new date and the same contents, e.g. {sorted(touched)[0]}")
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
    settings: str,
    stat_of: Callable[[str], Stat | None] = stat,
    sha_of: Callable[[str], str] = sha256,
    made: Callable[[str], Collection[str]] = lambda doc: (),
) -> dict[str, str]:
    """Changes to a shard's inputs that Snakemake's modification-time rule misses, by document (ALL: every one).

    ``built_at``: modification time (ns) of the shard's outputs (Snakemake
    touches them when the job ends); None when they are missing, and then the
    job runs anyway. A file newer than that is left to Snakemake, and so are
    the inputs that another rule makes (``made``: the extracted texts), which
    Snakemake remakes when they are missing and reruns the shard after.
    """
    if previous is None or built_at is None:
        return {}
    if previous.settings != settings:
        return {ALL: "code, configuration or glossary not as the last build read them"}
    found: dict[str, str] = {}
    for doc in docs:
        recorded = previous.documents.get(doc)
        if recorded is None:
            continue
        skip = made(doc)
        current = {path: stat_of(path) for path in inputs_of(doc) if path not in skip}
        recorded = {path: r for path, r in recorded.items() if path not in skip}
        changed, _touched = compare(recorded, current, sha_of, newer_than=built_at)
        if changed:
            found[doc] = f"{changed[0]} since the last build read it"
    return found


def stale_texts(
    previous: ShardState | None,
    extracted: Iterable[tuple[str, str, str]],
    stat_of: Callable[[str], Stat | None] = stat,
    sha_of: Callable[[str], str] = sha256,
) -> list[tuple[str, str]]:
    """(source, text) of each extracted text made from another file than its source is now.

    ``extracted``: (document, source, text) for every PDF or Word source. A
    text is stale when the last build of its document recorded other contents
    for the source (or none: the file is new there) while the source is not
    newer than the text, so that Snakemake would not extract it again: a file
    copied in with its old date, or put in place of another kind.
    """
    stale: list[tuple[str, str]] = []
    for doc, source, text in extracted:
        recorded = previous.documents.get(doc) if previous is not None else None
        source_now, text_now = stat_of(source), stat_of(text)
        if recorded is None or source_now is None or text_now is None or source_now[0] > text_now[0]:
            continue  # never built (nothing to compare), or Snakemake extracts it anyway
        before = recorded.get(source)
        if before is not None and ((before[0], before[1]) == source_now
                                   or (before[1] == source_now[1] and sha_of(source) == before[2])):
            continue
        stale.append((source, text))
    return stale


def forced_documents(
    docs: Sequence[str],
    rule: str,
    shard_files: Collection[str],
    outputs_of: Callable[[str], Sequence[str]],
    *,
    forceall: bool,
    forcerun: Collection[str],
    targets: Collection[str],
    forcetargets: bool,
) -> list[str]:
    """The documents Snakemake's command line forces, ``[ALL]`` for every one, as Snakemake decides it:
    ``--forceall``; ``--forcerun`` naming the rule or a file of it; ``--force`` with such a target."""
    named = set(forcerun) | (set(targets) if forcetargets else set())
    if forceall or rule in named:
        return [ALL]
    files = {os.path.normpath(n) for n in named}
    if files & {os.path.normpath(f) for f in shard_files}:
        return [ALL]
    return [doc for doc in docs if files.intersection(os.path.normpath(p) for p in outputs_of(doc))]
