"""Which documents of a shard are redone, and which input changes Snakemake cannot see."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import io
from pipeline.errors import ChangedOnDiskError
from pipeline.state import ALL, ShardState, compare, forced_documents, stale_texts, to_redo, unseen_changes

PO = "locales/fr/LC_MESSAGES/A.po"
SRC = "source/en/A.txt"
RECORDED = {SRC: (100, 10, "sha-src"), PO: (200, 20, "sha-po")}
NOW = {SRC: (100, 10), PO: (200, 20)}
# What a file holds now, when its date or size differ from the record.
CONTENTS = {SRC: "sha-src", PO: "sha-po-edited", "source/fr/A.txt": "sha-fr"}


def _state(**documents: dict[str, tuple[int, int, str]]) -> ShardState:
    return ShardState(settings="s1", shared={"config.yaml": (5, 1)}, documents=dict(documents), generation=3)


def _redo(previous: ShardState | None, now: dict[str, dict[str, tuple[int, int] | None]], *,
          missing: dict[str, list[str]] | None = None, forced: tuple[str, ...] = (),
          settings: str = "s1", shared: dict[str, tuple[int, int] | None] | None = None) -> dict[str, str]:
    redo, _notes = to_redo(sorted(now), previous, settings, shared or {"config.yaml": (5, 1)}, now,
                           missing or {}, built=sorted(now), forced=forced, sha_of=CONTENTS.__getitem__)
    return redo


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (NOW, {}),
        ({SRC: (100, 10), PO: (250, 20)}, {"A": f"{PO} changed"}),
        ({SRC: (100, 10), PO: (200, 21)}, {"A": f"{PO} changed"}),
        ({SRC: (100, 10), PO: None}, {"A": f"{PO} removed"}),
        ({**NOW, "source/fr/A.txt": (50, 5)}, {"A": "source/fr/A.txt added"}),
    ],
    ids=["unchanged", "edited", "edited-size", "deleted", "supplied-added"],
)
def test_a_document_is_redone_when_an_input_is_not_as_recorded(
    now: dict[str, tuple[int, int] | None], expected: dict[str, str]
) -> None:
    previous = _state(A=RECORDED, B=RECORDED)
    redo = _redo(previous, {"A": now, "B": NOW})
    if expected:
        assert redo == expected
    else:  # nothing changed: Snakemake ran the job for a reason no file shows, so all are redone
        assert set(redo) == {"A", "B"} and "no input changed" in redo["A"]


def test_missing_output_forced_and_new_documents_are_redone_alone() -> None:
    previous = _state(A=RECORDED, B=RECORDED, C=RECORDED)
    now = {"A": NOW, "B": NOW, "C": NOW, "D": NOW}
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
    redo = _redo(previous, {"A": NOW, "B": NOW}, settings=settings, forced=forced)
    assert redo == {"A": reason, "B": reason}


@pytest.mark.parametrize(
    ("shared", "now"),
    [({"config.yaml": (9, 1)}, NOW), ({"config.yaml": (5, 1)}, {SRC: (999, 10), PO: (200, 20)})],
    ids=["configuration", "original"],
)
def test_files_touched_with_the_same_contents_redo_nothing(
    shared: dict[str, tuple[int, int] | None], now: dict[str, tuple[int, int] | None]
) -> None:
    redo, notes = to_redo(["A"], _state(A=RECORDED), "s1", shared, {"A": now}, {}, ["A"],
                          sha_of=CONTENTS.__getitem__)
    assert redo == {}
    assert notes and "same contents" in notes[0]


def test_compare_names_each_path_and_what_happened() -> None:
    recorded = {"a": (1, 1, "x"), "b": (2, 2, "y"), "t": (3, 3, "z")}
    changed, touched = compare(recorded, {"a": (1, 1), "b": None, "c": (3, 3), "t": (4, 3)}, lambda p: "z")
    assert changed == ["b removed", "c added"] and touched == ["t"]


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (NOW, {}),
        ({SRC: (100, 10), PO: (2000, 21)}, {}),  # newer than the build: Snakemake sees it
        ({SRC: (900, 10), PO: (200, 20)}, {}),  # touched: a new date, the same contents
        ({SRC: (100, 10), PO: None}, {"A": f"{PO} removed since the last build read it"}),
        ({SRC: (100, 10), PO: (900, 21)}, {"A": f"{PO} changed since the last build read it"}),
        ({**NOW, "source/fr/A.txt": (50, 5)}, {"A": "source/fr/A.txt added since the last build read it"}),
    ],
    ids=["unchanged", "newer", "touched", "deleted", "saved-during-build", "copied-with-old-date"],
)
def test_unseen_changes_are_those_modification_times_do_not_show(
    current: dict[str, tuple[int, int] | None], expected: dict[str, str]
) -> None:
    inputs = [SRC, PO, "source/fr/A.txt"]
    found = unseen_changes(["A"], _state(A=RECORDED), 1000, lambda doc: inputs, "s1", current.get,
                           CONTENTS.__getitem__)
    assert found == expected


def test_settings_changed_unseen_rebuild_the_whole_shard() -> None:
    found = unseen_changes(["A"], _state(A=RECORDED), 1000, lambda doc: [SRC, PO], "s2", NOW.get)
    assert found == {ALL: "code, configuration or glossary not as the last build read them"}


def test_unseen_changes_need_a_previous_build() -> None:
    assert unseen_changes(["A"], None, 1000, lambda doc: [PO], "s1", lambda path: None) == {}
    assert unseen_changes(["A"], _state(A=RECORDED), None, lambda doc: [PO], "s1", lambda path: None) == {}


PDF = "source/fr/A.pdf"
TEXT = "build/text/fr/A.txt"


def test_a_missing_extracted_text_is_left_to_snakemake() -> None:
    """Snakemake remakes it (the default target asks for it) and reruns the shard job after."""
    recorded = {**RECORDED, PDF: (100, 30, "sha-pdf"), TEXT: (150, 40, "sha-text")}
    now = {**NOW, PDF: (100, 30), TEXT: None}
    inputs = [SRC, PDF, TEXT, PO]
    found = unseen_changes(["A"], _state(A=recorded), 1000, lambda doc: inputs, "s1", now.get, CONTENTS.__getitem__)
    assert found == {"A": f"{TEXT} removed since the last build read it"}
    assert unseen_changes(["A"], _state(A=recorded), 1000, lambda doc: inputs, "s1", now.get, CONTENTS.__getitem__,
                          made=lambda doc: {TEXT}) == {}


@pytest.mark.parametrize(
    ("source_now", "text_now", "recorded", "stale"),
    [
        ((100, 30), (150, 40), (100, 30, "sha-pdf"), False),  # as the last build read it
        ((120, 30), (150, 40), (100, 30, "sha-pdf"), False),  # touched: the same contents
        ((120, 31), (150, 40), (100, 30, "sha-pdf"), True),  # copied in with an old date
        ((900, 31), (150, 40), (100, 30, "sha-pdf"), False),  # newer than its text: Snakemake extracts it
        ((120, 31), None, (100, 30, "sha-pdf"), False),  # not extracted yet: Snakemake does it
        ((120, 31), (150, 40), None, True),  # put in place of a .docx: the text is the old file's
    ],
    ids=["unchanged", "touched", "old-date", "newer", "no-text", "other-kind"],
)
def test_an_extracted_text_is_stale_when_its_source_changed_unseen(
    source_now: tuple[int, int], text_now: tuple[int, int] | None, recorded: tuple[int, int, str] | None, stale: bool
) -> None:
    inputs = {PO: (200, 20, "sha-po"), TEXT: (150, 40, "sha-text"), **({PDF: recorded} if recorded else {})}
    now = {PDF: source_now, TEXT: text_now}
    sha = {PDF: "sha-pdf" if source_now[1] == 30 else "sha-pdf-2"}
    found = stale_texts(_state(A=inputs), [("A", PDF, TEXT)], now.get, sha.__getitem__)
    assert found == ([(PDF, TEXT)] if stale else [])
    assert stale_texts(_state(), [("A", PDF, TEXT)], now.get, sha.__getitem__) == []  # never built: no record
    assert stale_texts(None, [("A", PDF, TEXT)], now.get, sha.__getitem__) == []


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


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"forceall": True}, [ALL]),
        ({"forcerun": {"shard_003"}}, [ALL]),
        ({"forcerun": {"index"}}, []),
        ({"forcerun": {"build/parts/003.json"}}, [ALL]),
        ({"targets": {"reports/B/fr.html"}, "forcetargets": True}, ["B"]),
        ({"targets": {"./reports/B/fr.html", "reports/A.json"}, "forcetargets": True}, ["A", "B"]),
        ({"targets": {"reports/B/fr.html"}}, []),  # asked for, not forced
    ],
    ids=["forceall", "forcerun-rule", "other-rule", "forcerun-file", "force-target", "two-targets", "target-only"],
)
def test_forced_documents_follow_snakemakes_command_line(options: dict[str, object], expected: list[str]) -> None:
    settings = {"forceall": False, "forcerun": set(), "targets": set(), "forcetargets": False, **options}
    found = forced_documents(["A", "B"], "shard_003", ["build/parts/003.json", "build/state/003.json"],
                             lambda doc: [f"reports/{doc}.json", f"reports/{doc}/fr.html"], **settings)  # type: ignore[arg-type]
    assert found == expected
