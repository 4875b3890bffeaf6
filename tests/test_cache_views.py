"""attrib.cache's lexicon views and record-class code, and the quick exit of `attrib check`."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attrib import cache, records, resultcache

DRAFT = """---
publisher: Valley Ledger
date: 2026-05-02
---
The dam held back 4 million cubic metres of water, the Water Board said on Monday.

About 1,200 families were moved to higher ground, reportedly. The Harbour Office put the damage at $3 million.
"""


def attrib(args, cache_dir, cwd, **env):
    e = {k: v for k, v in os.environ.items() if k not in ("ATTRIB_CACHE", "ATTRIB_CACHE_DIR", "ATTRIB_LEXICONS")}
    e.update({"ATTRIB_CACHE_DIR": str(cache_dir), **env})
    p = subprocess.run([sys.executable, "-m", "attrib", *args], cwd=cwd, env=e, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


@pytest.fixture
def draft(tmp_path):
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def kinds(d: Path, *prefixes):
    return sorted(p.name for p in d.iterdir() if p.name.startswith(prefixes)) if d.exists() else []


def test_views_and_record_code_are_kept_read_and_say_the_same(draft):
    c = draft / "cache"
    want = attrib(["check", "--isolated", "--no-cache", "draft.md"], c, draft)
    assert not c.exists()  # --no-cache: nothing written
    assert "ATR00" in want[1]
    assert attrib(["check", "--isolated", "draft.md"], c, draft) == want
    kept = kinds(c, "view-", "records-")
    assert [n.split("-")[0] + "-" + n.split("-")[1] if n.startswith("view") else "records" for n in kept] == \
        ["records", "view-attribution", "view-figures"]
    stamps = {n: (c / n).stat().st_mtime_ns for n in kept}
    for _ in range(2):
        (c / "check").exists() and [p.unlink() for p in (c / "check").iterdir()]  # the results cache emptied
        assert attrib(["check", "--isolated", "draft.md"], c, draft) == want
    assert {n: (c / n).stat().st_mtime_ns for n in kept} == stamps  # read, not rewritten
    assert attrib(["scan", "--format", "json", "draft.md"], c, draft) == \
        attrib(["scan", "--format", "json", "draft.md"], c, draft, ATTRIB_CACHE="0")


def test_corrupt_views_and_record_code_are_rebuilt(draft):
    c = draft / "cache"
    want = attrib(["check", "--isolated", "draft.md"], c, draft)
    for n in kinds(c, "view-", "records-"):
        (c / n).write_bytes(b"\x80\x04garbage" if n.endswith(".pickle") else b"\xff\x00")
    for p in (c / "check").iterdir():
        p.unlink()
    assert attrib(["check", "--isolated", "draft.md"], c, draft) == want
    for n in kinds(c, "view-", "records-"):
        data = (c / n).read_bytes()
        assert b"garbage" not in data and data != b"\xff\x00"
    # a view of the wrong class is not taken for the right one
    figures = next(n for n in kinds(c, "view-figures"))
    attribution = next(n for n in kinds(c, "view-attribution"))
    (c / figures).write_bytes((c / attribution).read_bytes())
    for p in (c / "check").iterdir():
        p.unlink()
    assert attrib(["check", "--isolated", "draft.md"], c, draft) == want


def test_an_unwritable_cache_folder_changes_nothing(draft):
    blocker = draft / "not-a-folder"
    blocker.write_text("x")
    want = attrib(["check", "--isolated", "--no-cache", "draft.md"], draft / "unused", draft)
    assert attrib(["check", "--isolated", "draft.md"], blocker / "cache", draft) == want
    assert blocker.read_text() == "x"


def test_user_lexicons_are_in_the_views_key(draft):
    c = draft / "cache"
    lex = draft / "lex"
    lex.mkdir()
    attrib(["check", "--isolated", "draft.md"], c, draft)
    (lex / "hedges.yaml").write_text("before: []\n", encoding="utf-8")
    with_lex = attrib(["check", "--isolated", "draft.md"], c, draft, ATTRIB_LEXICONS=str(lex))
    assert with_lex == attrib(["check", "--isolated", "draft.md"], c, draft, ATTRIB_LEXICONS=str(lex), ATTRIB_CACHE="0")
    assert len(kinds(c, "view-figures")) == 2  # a second key for the lexicons of that folder


def test_views_key_follows_the_lexicon_files_and_attribs_version(tmp_path, monkeypatch):
    lex = tmp_path / "lex"
    lex.mkdir()
    monkeypatch.setenv("ATTRIB_LEXICONS", str(lex))
    monkeypatch.setattr(resultcache, "_CODE", [])
    first = cache._views_key()
    (lex / "cues.yaml").write_text("verbs: [intone]\n", encoding="utf-8")
    second = cache._views_key()
    (lex / "cues.yaml").write_text("verbs: [declaim]\n", encoding="utf-8")
    third = cache._views_key()
    assert len({first, second, third}) == 3
    import attrib

    monkeypatch.setattr(attrib, "__version__", "0.0.0-test")
    monkeypatch.setattr(resultcache, "_CODE", [])
    assert cache._views_key() not in (first, second, third)
    monkeypatch.setenv("ATTRIB_LEXICONS", str(tmp_path / "missing"))
    assert cache._views_key() is None  # the build reports the missing folder, as without a cache


def test_view_builds_once_and_reads_after(tmp_path, monkeypatch):
    monkeypatch.setenv("ATTRIB_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ATTRIB_LEXICONS", raising=False)
    monkeypatch.setattr(cache, "_ENABLED", [True])
    built = []

    class V:
        def __init__(self):
            built.append(1)
            self.words = {"a", "b"}

    monkeypatch.setattr(sys.modules[__name__], "V", V, raising=False)  # picklable by name
    V.__qualname__ = "V"
    a = cache.view("test", V, V)
    b = cache.view("test", V, V)
    assert built == [1] and b.words == a.words and b is not a
    monkeypatch.setattr(cache, "_ENABLED", [False])
    cache.view("test", V, V)
    assert built == [1, 1]  # no cache: built


def test_record_code_is_compiled_once_per_source(tmp_path, monkeypatch):
    monkeypatch.setenv("ATTRIB_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "_ENABLED", [True])
    monkeypatch.setattr(cache, "RECORDS", cache.Table("records", cache.RECORDS.code))

    @records.dataclass
    class R:
        x: int
        y: str = "q"

    assert R(1) == R(1, "q") and repr(R(2)).endswith("R(x=2, y='q')")
    assert cache.RECORDS.grew and len(cache.RECORDS.data) == 1
    (src, code), = cache.RECORDS.data.items()
    assert "def __init__(self, x, y=_default_y)" in src and type(code).__name__ == "code"
    cache.RECORDS.data[src] = b"not code"  # a damaged entry: compiled again

    @records.dataclass
    class R:  # noqa: F811 - the same source
        x: int
        y: str = "q"

    assert R(3).y == "q" and type(cache.RECORDS.data[src]).__name__ == "code"
