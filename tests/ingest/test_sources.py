from __future__ import annotations

import json
from pathlib import Path

from claimgraph.ingest.sources import RawInput, iter_inputs, read_path
from claimgraph.records import Failure, Skipped


def _one(path: Path) -> RawInput | Failure:
    items = list(read_path(path))
    assert len(items) == 1
    return items[0]


def test_sources_reject_bad_files_with_one_line_reasons(tmp_path: Path) -> None:
    cases = {
        "empty.txt": (b"  \n\n", "E001"),
        "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E002"),
        "latin1.txt": ("Zürich said".encode("latin-1"), "E003"),
        "doc.pdf": (b"%PDF-1.4", "E007"),
    }
    for name, (data, code) in cases.items():
        (tmp_path / name).write_bytes(data)
        failure = _one(tmp_path / name)
        assert isinstance(failure, Failure), name
        assert failure.code == code, name
        assert "\n" not in failure.message


def test_sources_read_jsonl_lines_and_keep_bad_lines_as_failures(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "First story.", "title": "One", "url": "https://example.org/1", "outlet": "X"}),
        "{not json",
        json.dumps({"html": "<html><body><p>Two</p></body></html>", "published": "2020-10-02"}),
        json.dumps({"title": "no text"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_path(path))
    assert [type(item).__name__ for item in items] == ["RawInput", "Failure", "RawInput", "Failure"]
    first = items[0]
    assert isinstance(first, RawInput)
    assert (first.title, first.url, first.outlet) == ("One", "https://example.org/1", "X")
    assert isinstance(items[1], Failure) and items[1].source.endswith("feed.jsonl:2")


def test_sources_walk_folders_and_report_other_files_as_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("A story.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>B</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    raws = [item for item in items if isinstance(item, RawInput)]
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert sorted(Path(raw.source).name for raw in raws) == ["a.txt", "b.html"]
    assert [Path(item.source).name for item in skipped] == ["notes.md"]
