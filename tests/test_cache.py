"""attrib.cache: the registry, lexicons, tries and compiled patterns kept between runs of `attrib`."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRAFT = """---
publisher: Valley Ledger
date: 2026-05-02
---
The dam held back 4 million cubic metres of water, the Water Board said on Monday.

About 1,200 families were moved to higher ground. The Harbour Office put the damage at $3 million.
"""
SOURCES = """version: 1
claimants:
  - id: harbour-office
    name: Harbour Office
    type: official-body
"""


def attrib(args, cache_dir, cwd, **env):
    e = {k: v for k, v in os.environ.items() if k not in ("ATTRIB_CACHE", "ATTRIB_CACHE_DIR")}
    e.update({"ATTRIB_CACHE_DIR": str(cache_dir), **env})
    return subprocess.run([sys.executable, "-m", "attrib.cli", *args], cwd=cwd, env=e, capture_output=True, text=True)


@pytest.fixture
def draft(tmp_path):
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def files(d: Path):
    return sorted(p.name.split("-")[0] for p in d.iterdir()) if d.exists() else []


def test_second_run_reads_the_cache_and_says_the_same(draft):
    cache = draft / "cache"
    plain = attrib(["check", "--isolated", "draft.md"], cache, draft, ATTRIB_CACHE="0")
    assert not cache.exists()  # ATTRIB_CACHE=0: nothing written
    first = attrib(["check", "--isolated", "draft.md"], cache, draft)
    kinds = set(files(cache))
    assert {"registry", "lexicon", "regex", "trie"} <= kinds
    stamps = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    second = attrib(["check", "--isolated", "draft.md"], cache, draft)
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == stamps  # read, not rewritten
    assert (plain.returncode, plain.stdout, plain.stderr) == (first.returncode, first.stdout, first.stderr) \
        == (second.returncode, second.stdout, second.stderr)
    assert "ATR001" in plain.stdout


def test_corrupt_or_deleted_cache_is_rebuilt_silently(draft):
    cache = draft / "cache"
    want = attrib(["scan", "--format", "json", "draft.md"], cache, draft)
    for p in cache.iterdir():
        p.write_bytes(b"\x80\x04garbage" if p.suffix == ".pickle" else b"\xff\x00")
    got = attrib(["scan", "--format", "json", "draft.md"], cache, draft)
    assert (got.returncode, got.stdout, got.stderr) == (want.returncode, want.stdout, want.stderr)
    assert all(b"garbage" not in p.read_bytes() and p.read_bytes() != b"\xff\x00" for p in cache.iterdir())
    for p in cache.iterdir():
        p.unlink()
    again = attrib(["scan", "--format", "json", "draft.md"], cache, draft)
    assert again.stdout == want.stdout


def test_a_changed_registry_file_is_read_again(draft):
    cache = draft / "cache"
    (draft / "extra.yaml").write_text(SOURCES, encoding="utf-8")
    before = attrib(["check", "--isolated", "--sources", "extra.yaml", "draft.md"], cache, draft)
    assert "'Harbour Office' is not in the registry" not in before.stdout
    (draft / "extra.yaml").write_text(SOURCES.replace("Harbour Office", "Harbour Trust"), encoding="utf-8")
    after = attrib(["check", "--isolated", "--sources", "extra.yaml", "draft.md"], cache, draft)
    assert "'Harbour Office' is not in the registry" in after.stdout
    assert after.stdout == attrib(["check", "--isolated", "--sources", "extra.yaml", "draft.md"], cache, draft,
                                  ATTRIB_CACHE="0").stdout
    (draft / "extra.yaml").write_text("claimants: [oops", encoding="utf-8")
    bad = attrib(["check", "--isolated", "--sources", "extra.yaml", "draft.md"], cache, draft)
    assert bad.returncode == 2 and "extra.yaml:2: invalid YAML" in bad.stderr


def test_the_library_writes_no_cache(tmp_path, monkeypatch):
    code = ("import attrib; from attrib.registry import Registry; Registry.load(); "
            "attrib.scan_text('Officials said 40 people died.')")
    env = {**os.environ, "ATTRIB_CACHE_DIR": str(tmp_path / "c")}
    subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, check=True)
    assert not (tmp_path / "c").exists()


def test_cached_patterns_are_the_patterns(tmp_path):
    code = ("import re; from attrib import cache; cache.enable(); "
            "p = re.compile(r'(?P<n>\\d[\\d,]*)\\s+(?:people|troops)\\b', re.I); "
            "import re._compiler as c, re._parser; "
            "print(p.pattern, p.flags, p.groupindex, bool(p.search('Some 4,000 TROOPS')))")
    env = {**os.environ, "ATTRIB_CACHE_DIR": str(tmp_path / "c")}
    outs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True).stdout
            for _ in range(2)]
    assert outs[0] == outs[1] and outs[0].endswith("{'n': 1} True\n")
    assert "regex" in files(tmp_path / "c")


def test_a_table_keeps_what_was_used_and_the_newest(tmp_path, monkeypatch):
    from attrib import cache

    monkeypatch.setenv("ATTRIB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_ENABLED", [True])
    t = cache.Table("probe", salt=b"test")
    t.KEEP = 3
    for i in range(6):
        t.put(f"old{i}", i)
    t.save()
    u = cache.Table("probe", salt=b"test")
    u.KEEP = 3
    assert sorted(u._open()) == ["old3", "old4", "old5"]  # the newest of a table grown past KEEP
    assert u.get("old3") == 3
    u.put("new", 9)
    u.save()
    v = cache.Table("probe", salt=b"test")
    assert list(v._open()) == ["old5", "old3", "new"]  # the one used and the one added stay; old4 goes first
