"""Which documents of a shard are redone, and which input changes Snakemake cannot see."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import io
from pipeline.errors import ChangedOnDiskError
from pipeline.state import ALL, ShardState, differences, to_redo, unseen_changes

PO = "locales/fr/LC_MESSAGES/A.po"
SRC = "source/en/A.txt"
RECORDED = {SRC: (100, 10), PO: (200, 20)}


def _state(**documents: dict[str, tuple[int, int]]) -> ShardState:
    return ShardState(settings="s1", shared={"config.yaml": (5, 1)}, documents=dict(documents), generation=3)


def _redo(previous: ShardState | None, now: dict[str, dict[str, tuple[int, int] | None]], *,
          missing: dict[str, list[str]] | None = None, forced: tuple[str, ...] = (),
          settings: str = "s1", shared: dict[str, tuple[int, int] | None] | None = None) -> dict[str, str]:
    redo, _notes = to_redo(sorted(now), previous, settings, shared or {"config.yaml": (5, 1)}, now,
                           missing or {}, built=sorted(now), forced=forced)
    return redo


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ({SRC: (100, 10), PO: (200, 20)}, {}),
        ({SRC: (100, 10), PO: (250, 20)}, {"A": f"{PO} changed"}),
        ({SRC: (100, 10), PO: None}, {"A": f"{PO} removed"}),
        ({SRC: (100, 10), PO: (200, 20), "source/fr/A.txt": (50, 5)}, {"A": "source/fr/A.txt added"}),
    ],
    ids=["unchanged", "edited", "deleted", "supplied-added"],
)
def test_a_document_is_redone_when_an_input_is_not_as_recorded(
    now: dict[str, tuple[int, int] | None], expected: dict[str, str]
) -> None:
    previous = _state(A=RECORDED, B=RECORDED)
    redo = _redo(previous, {"A": now, "B": RECORDED})
    if expected:
        assert redo == expected
    else:  # nothing changed: Snakemake ran the job for a reason no file shows, so all are redone
        assert set(redo) == {"A", "B"} and "no input changed" in redo["A"]


def test_missing_output_forced_and_new_documents_are_redone_alone() -> None:
    previous = _state(A=RECORDED, B=RECORDED, C=RECORDED)
    now = {"A": RECORDED, "B": RECORDED, "C": RECORDED, "D": RECORDED}
    redo = _redo(previous, now, missing={"B": ["reports/B/fr.html"]}, forced=("C",))
    assert redo == {"B": "reports/B/fr.html missing", "C": "forced", "D": "not built before"}


@pytest.mark.parametrize(
    ("previous", "settings", "forced", "reason"),
    [
        (None, "s1", (), "no record of a previous build"),
        (_state(A=RECORDED), "s2", (), "code, configuration or glossary changed"),
        (_state(A=RECORDED), "s1", (ALL,), "forced"),
    ],
    ids=["no-state", "settings", "forced-all"],
)
def test_every_document_is_redone(previous: ShardState | None, settings: str, forced: tuple[str, ...],
                                  reason: str) -> None:
    redo = _redo(previous, {"A": RECORDED, "B": RECORDED}, settings=settings, forced=forced)
    assert redo == {"A": reason, "B": reason}


def test_configuration_touched_with_the_same_contents_redoes_nothing() -> None:
    previous = _state(A=RECORDED)
    redo, notes = to_redo(["A"], previous, "s1", {"config.yaml": (9, 1)}, {"A": RECORDED}, {}, ["A"])
    assert redo == {} and notes == ["config.yaml changed, with the same contents"]


def test_differences_name_each_path_and_what_happened() -> None:
    assert differences({"a": (1, 1), "b": (2, 2)}, {"a": (1, 1), "b": None, "c": (3, 3)}) == [
        "b removed", "c added"]


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        ({SRC: (100, 10), PO: (200, 20)}, {}),
        ({SRC: (100, 10), PO: (2000, 20)}, {}),  # newer than the build: Snakemake sees it
        ({SRC: (100, 10), PO: None}, {"A": f"{PO} removed since the last build"}),
        ({SRC: (100, 10), PO: (900, 21)}, {"A": f"{PO} changed during or before the last build, "
                                                "which did not read this version"}),
        ({SRC: (100, 10), PO: (200, 20), "source/fr/A.txt": (50, 5)},
         {"A": "source/fr/A.txt added, with a date older than the last build"}),
    ],
    ids=["unchanged", "newer", "deleted", "saved-during-build", "copied-with-old-date"],
)
def test_unseen_changes_are_those_modification_times_do_not_show(
    current: dict[str, tuple[int, int] | None], expected: dict[str, str]
) -> None:
    previous = _state(A=RECORDED)
    inputs = [SRC, PO, "source/fr/A.txt"]
    stamps = {"config.yaml": (5, 1), **current}
    found = unseen_changes(["A"], previous, 1000, lambda doc: inputs, lambda path: stamps.get(path))
    assert found == expected


def test_a_shared_file_changed_unseen_rebuilds_the_whole_shard() -> None:
    found = unseen_changes(["A"], _state(A=RECORDED), 1000, lambda doc: [SRC, PO],
                           lambda path: {"config.yaml": (7, 2), **RECORDED}.get(path))
    assert found == {ALL: "config.yaml changed since the last build, which did not read this version"}


def test_unseen_changes_need_a_previous_build() -> None:
    assert unseen_changes(["A"], None, 1000, lambda doc: [PO], lambda path: None) == {}
    assert unseen_changes(["A"], _state(A=RECORDED), None, lambda doc: [PO], lambda path: None) == {}


def test_state_round_trips_through_json() -> None:
    state = _state(A=RECORDED)
    assert ShardState.from_json(state.to_json()) == state


# -- no lost update: io.write_atomic(expect=...) ------------------------------


def test_write_with_expected_bytes_replaces_an_unchanged_file(tmp_path: Path) -> None:
    path = tmp_path / "fr.po"
    path.write_bytes(b"old")
    assert io.write_atomic(path, "new", expect=b"old")
    assert path.read_bytes() == b"new"


@pytest.mark.parametrize("saved", [b"saved by a translator", None], ids=["edited", "deleted"])
def test_write_with_expected_bytes_keeps_a_file_changed_since_it_was_read(tmp_path: Path, saved: bytes | None) -> None:
    path = tmp_path / "fr.po"
    if saved is not None:
        path.write_bytes(saved)
    with pytest.raises(ChangedOnDiskError, match="changed on disk while the build ran"):
        io.write_atomic(path, "merged", expect=b"what the build read")
    assert (path.read_bytes() if path.exists() else None) == saved
    assert [p.name for p in tmp_path.iterdir()] == ([path.name] if saved is not None else [])


def test_write_checks_again_just_before_the_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fr.po"
    path.write_bytes(b"read")
    real_chmod = io.os.chmod

    def save_meanwhile(target: str, mode: int) -> None:  # runs after the temporary file is written
        real_chmod(target, mode)
        path.write_bytes(b"saved meanwhile")

    monkeypatch.setattr(io.os, "chmod", save_meanwhile)
    with pytest.raises(ChangedOnDiskError):
        io.write_atomic(path, "merged", expect=b"read")
    assert path.read_bytes() == b"saved meanwhile"
    assert [p.name for p in tmp_path.iterdir()] == ["fr.po"]


def test_write_expecting_absence_does_not_replace_a_file_that_appeared(tmp_path: Path) -> None:
    path = tmp_path / "new.po"
    path.write_bytes(b"copied in by a translator")
    with pytest.raises(ChangedOnDiskError):
        io.write_atomic(path, "fresh", expect=None)
    assert path.read_bytes() == b"copied in by a translator"
