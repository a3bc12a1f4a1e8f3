"""Open the reports in headless Chromium, as a reviewer would, and check what shows."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from workflow import make_workspace, snakemake

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--window-size=1280,1600",
]


class _Elements(HTMLParser):
    """Collects tags with their attributes, and the text, of a rendered DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120,
    )


def _render(page: Path, shot: Path, profile: Path) -> _Elements:
    result = _chromium([f"--screenshot={shot}", page.as_uri()], profile)
    assert shot.exists(), result.stderr[-2000:]
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000, "screenshot is empty"
    dom = _chromium(["--dump-dom", page.as_uri()], profile)
    parsed = _Elements()
    parsed.feed(dom.stdout)
    return parsed


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = make_workspace(tmp_path_factory.mktemp("browser"))
    snakemake(work)
    return work


def test_index_shows_every_language_with_charts(built: Path, tmp_path: Path) -> None:
    dom = _render(built / "reports/index.html", tmp_path / "index.png", tmp_path / "profile")
    tables = {a.get("id") for tag, a in dom.tags if tag == "table"}
    assert {"documents", "checks"} <= tables
    text = " ".join(dom.text)
    for name in ("Arabic", "Chinese", "English", "French", "Russian", "Spanish"):
        assert name in text
    assert any(tag == "svg" for tag, _ in dom.tags)
    links = {a.get("href") for tag, a in dom.tags if tag == "a"}
    assert "A_68_500/ar.html" in links
    assert not any(tag == "script" for tag, _ in dom.tags)


def test_arabic_page_is_right_to_left(built: Path, tmp_path: Path) -> None:
    dom = _render(built / "reports/A_68_500/ar.html", tmp_path / "ar.png", tmp_path / "profile")
    cells = [a for tag, a in dom.tags if tag == "td" and "translation" in (a.get("class") or "")]
    assert len(cells) == 27
    assert all(a.get("dir") == "rtl" and a.get("lang") == "ar" for a in cells)
    rows = [a for tag, a in dom.tags if tag == "tr" and (a.get("id") or "").startswith("s-")]
    assert len(rows) == 27
    assert "Arabic" in " ".join(dom.text)
