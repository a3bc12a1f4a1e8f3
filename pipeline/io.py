"""File edges: read user text safely, write every file atomically.

Reads say what was expected and what was found; writes go to a temporary
file in the same folder and are renamed over the target, and a write that
would not change the bytes leaves the file (and its mtime) alone.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .errors import ChangedOnDiskError, InputError

# ``expect`` default: replace whatever is there.
ANY: Any = object()

# A text with this many NUL or other C0 control bytes in its first KiB is binary.
_BINARY_SAMPLE = 1024
_CONTROL = frozenset(range(0, 9)) | frozenset(range(14, 32)) - {27}


def decode_text(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM) bytes -> str, or an InputError naming the problem."""
    if not data.strip():
        raise InputError("empty file; expected the document's text", path)
    sample = data[:_BINARY_SAMPLE]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) // 20:
        raise InputError("binary data, not text; expected a UTF-8 text file", path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not UTF-8 (byte 0x{byte:02X} at offset {exc.start}, line {line}); save it as UTF-8",
            path,
        ) from None
    if not text.lstrip("\ufeff").strip():
        raise InputError("empty file; expected the document's text", path)
    return text


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a user-supplied UTF-8 text file."""
    name = os.fspath(path)
    try:
        data = Path(name).read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", name) from None
    except IsADirectoryError:
        raise InputError("is a folder, expected a text file", name) from None
    return decode_text(data, name)


def write_atomic(
    path: str | os.PathLike[str], content: str | bytes, *, durable: bool = True, expect: bytes | None = ANY
) -> bool:
    """Write ``content`` to ``path`` atomically; return False when it was already so.

    The rename alone makes the write atomic for a killed process; ``durable``
    also flushes the data to disk first, so that a power cut cannot leave an
    empty file behind the new name. Catalogues, which hold translators' work,
    are written durably; regenerable outputs need not pay the ~2 ms.

    ``expect`` guards against a lost update: the bytes the caller read (None:
    the file was absent). When the file no longer holds them, someone saved it
    since; it is left as it is and ChangedOnDiskError is raised. The check is
    made again after the new text is on disk, just before the rename, so the
    window for a save to be overwritten is the time of one read.
    """
    target = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    current = _read_or_none(target)
    if expect is not ANY and current != expect:
        raise ChangedOnDiskError("changed on disk while the build ran; left as saved", str(target))
    if current == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if current is not None:
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        if expect is not ANY and _read_or_none(target) != expect:
            raise ChangedOnDiskError("changed on disk while the build ran; left as saved", str(target))
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return True


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        return None


def dump_json(value: Any) -> str:
    """Deterministic JSON: sorted keys, two-space indent, trailing newline."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def dump_json_compact(value: Any) -> str:
    """Deterministic JSON on one line, for files only programs read: json's C encoder
    writes it several times faster than the indented form."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def write_json(path: str | os.PathLike[str], value: Any, *, durable: bool = True, compact: bool = False) -> bool:
    return write_atomic(path, (dump_json_compact if compact else dump_json)(value), durable=durable)


def read_json(path: str | os.PathLike[str]) -> Any:
    name = os.fspath(path)
    try:
        return json.loads(read_text(name))
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg})", name, exc.lineno) from None
