"""Atomic file writes: the old file survives a failed write, and no temporary file is left."""
import pytest

from app.fileio import write_atomic


def test_write_replaces_whole_file(tmp_path):
    target = tmp_path / "settings.json"
    target.write_text("old")
    write_atomic(target, "nyt indhold æøå".encode())
    assert target.read_text(encoding="utf-8") == "nyt indhold æøå"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "settings.json"
    target.write_text("old")
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")          # the write itself fails half-way
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
