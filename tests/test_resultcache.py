"""attrib.resultcache: `attrib check` results kept in the cache folder, printed again on an unchanged run."""
import inspect
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from attrib import cache, resultcache

DRAFT = """---
publisher: Valley Ledger
---
The ferry carried 310 passengers, the Port Office said.

About 45 cars were left behind. Officials reportedly counted 12 more.
"""
SOURCES = """version: 1
claimants:
  - id: port-office
    name: Port Office
    type: official-body
"""


def attrib(args, cache_dir, cwd, module="attrib", importtime=False, **env):
    e = {k: v for k, v in os.environ.items() if k not in ("ATTRIB_CACHE", "ATTRIB_CACHE_DIR", "ATTRIB_LEXICONS")}
    e.update({"ATTRIB_CACHE_DIR": str(cache_dir), **env})
    pre = ["-X", "importtime"] if importtime else []
    p = subprocess.run([sys.executable, *pre, "-m", module, "check", *args], cwd=cwd, env=e, capture_output=True,
                       text=True, timeout=120)
    err = "".join(line + "\n" for line in p.stderr.splitlines() if not line.startswith("import time:"))
    return (p.returncode, p.stdout, err), "| attrib.check\n" in p.stderr


@pytest.fixture
def proj(tmp_path):
    d = tmp_path / "proj"
    d.mkdir()
    (d / ".git").mkdir()  # the repository root: config discovery stops here
    (d / "draft.md").write_text(DRAFT, encoding="utf-8")
    return d


def entries(cache_dir: Path):
    d = cache_dir / "check"
    return sorted(d.iterdir()) if d.exists() else []


@pytest.mark.parametrize("module,args", [
    ("attrib", ["draft.md"]), ("attrib", ["--isolated", "--format", "json", "draft.md"]),
    ("attrib", ["--format=sarif", "--exit-zero", "draft.md"]), ("attrib", ["--format", "junit", "draft.md"]),
    ("attrib", ["--format", "github", "--fail-on", "info", "draft.md", "draft.md"]),
    ("attrib.cli", ["draft.md"]), ("attrib.cli", ["--format", "json", "--severity", "ATR001=info", "draft.md"])])
def test_a_hit_prints_the_same_and_exits_the_same_without_the_engine(proj, tmp_path, args, module):
    c = tmp_path / "cache"
    plain, _ = attrib(["--no-cache", *args], c, proj, module)
    assert not entries(c) and not c.exists()  # --no-cache: nothing read or written
    miss, engine_on_miss = attrib(args, c, proj, module, importtime=True)
    assert len(entries(c)) == 1 and engine_on_miss
    hit, engine_on_hit = attrib(args, c, proj, module, importtime=True)
    assert not engine_on_hit  # printed from the cache
    assert miss == hit == plain
    assert plain[0] in (0, 1) and plain[1]
    off, _ = attrib(args, c, proj, module, ATTRIB_CACHE="0")
    assert off == plain


def test_click_and_the_fast_path_share_entries(proj, tmp_path):
    c = tmp_path / "cache"
    first, _ = attrib(["--format", "json", "-j", "1", "draft.md"], c, proj, "attrib.cli")
    second, engine = attrib(["--format=json", "--jobs", "2", "draft.md"], c, proj, importtime=True)
    assert first == second and not engine and len(entries(c)) == 1  # --jobs never changes a result


def test_a_changed_draft_is_checked_again(proj, tmp_path):
    c = tmp_path / "cache"
    before, _ = attrib(["draft.md"], c, proj)
    (proj / "draft.md").write_text(DRAFT.replace("Officials reportedly counted 12 more.", "Twelve more."),
                                   encoding="utf-8")
    after, engine = attrib(["draft.md"], c, proj, importtime=True)
    assert engine and after != before
    assert after == attrib(["--no-cache", "draft.md"], c, proj)[0]


def test_a_new_or_changed_config_file_is_read(proj, tmp_path):
    c = tmp_path / "cache"
    before, _ = attrib(["draft.md"], c, proj)
    assert "ATR001" in before[1]
    (proj / "pyproject.toml").write_text("[tool.attrib]\nignore = ['ATR001']\n", encoding="utf-8")
    ignored, engine = attrib(["draft.md"], c, proj, importtime=True)
    assert engine and "ATR001" not in ignored[1]
    (proj / "pyproject.toml").write_text("[tool.attrib]\nignore = ['ATR003']\n", encoding="utf-8")
    again, engine = attrib(["draft.md"], c, proj, importtime=True)
    assert engine and again == attrib(["--no-cache", "draft.md"], c, proj)[0]
    assert "ATR001" in again[1]


def test_a_changed_registry_named_by_a_config_is_read_again(proj, tmp_path):
    c = tmp_path / "cache"
    (proj / "reg.yaml").write_text(SOURCES, encoding="utf-8")
    (proj / ".attrib.yaml").write_text("registry: reg.yaml\n", encoding="utf-8")
    before, _ = attrib(["draft.md"], c, proj)
    assert before == attrib(["draft.md"], c, proj)[0]
    (proj / "reg.yaml").write_text(SOURCES.replace("Port Office", "Port Authority"), encoding="utf-8")
    after, engine = attrib(["draft.md"], c, proj, importtime=True)
    assert engine and after == attrib(["--no-cache", "draft.md"], c, proj)[0]
    assert after != before


def test_a_local_sources_yaml_and_sources_option_are_keyed(proj, tmp_path):
    c = tmp_path / "cache"
    before, _ = attrib(["--isolated", "draft.md"], c, proj)
    (proj / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    local, engine = attrib(["--isolated", "draft.md"], c, proj, importtime=True)
    assert engine and local == attrib(["--no-cache", "--isolated", "draft.md"], c, proj)[0] != before
    (proj / "sources.yaml").unlink()
    (proj / "extra.yaml").write_text(SOURCES, encoding="utf-8")
    extra, _ = attrib(["--isolated", "--sources", "extra.yaml", "draft.md"], c, proj)
    (proj / "extra.yaml").write_text("claimants: [oops", encoding="utf-8")
    bad, _ = attrib(["--isolated", "--sources", "extra.yaml", "draft.md"], c, proj)
    assert extra[0] in (0, 1) and bad[0] == 2 and "invalid YAML" in bad[2]


def test_a_changed_lexicon_is_read_again(proj, tmp_path):
    c = tmp_path / "cache"
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "quantities.yaml").write_text('units:\n  furlong: {dimension: length, is: "201.168 metre", '
                                         'words: [furlong, furlongs]}\n', encoding="utf-8")
    good, _ = attrib(["draft.md"], c, proj, ATTRIB_LEXICONS=str(lex))
    assert good == attrib(["draft.md"], c, proj, ATTRIB_LEXICONS=str(lex))[0] and good[0] in (0, 1)
    (lex / "quantities.yaml").write_text('units:\n  furlong: {dimension: length, is: "about 201 metres"}\n',
                                         encoding="utf-8")
    bad, _ = attrib(["draft.md"], c, proj, ATTRIB_LEXICONS=str(lex))
    assert bad[0] == 2 and "furlong: 'is' must read" in bad[2]


def test_a_corrupt_entry_is_checked_again_and_replaced(proj, tmp_path):
    c = tmp_path / "cache"
    want, _ = attrib(["draft.md"], c, proj)
    for junk in (b"", b"\xff\x00garbage", b"\xe9" + b"\x00" * 40):
        [entry] = entries(c)
        entry.write_bytes(junk)
        got, engine = attrib(["draft.md"], c, proj, importtime=True)
        assert engine and got == want
        assert entries(c)[0].read_bytes() != junk
    assert attrib(["draft.md"], c, proj, importtime=True) == (want, False)


def test_an_unwritable_cache_folder_changes_nothing(proj, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    want, _ = attrib(["--no-cache", "draft.md"], tmp_path / "c", proj)
    for _ in range(2):
        got, engine = attrib(["draft.md"], blocker / "cache", proj, importtime=True)
        assert got == want and engine
    assert blocker.read_text() == "not a folder"


def test_errors_are_not_kept(proj, tmp_path):
    c = tmp_path / "cache"
    got, _ = attrib(["draft.md", "missing.md"], c, proj)
    assert got[0] == 2 and not entries(c)
    (proj / "pyproject.toml").write_text("[tool.attrib]\nfail-on = 'sometimes'\n", encoding="utf-8")
    got, _ = attrib(["draft.md"], c, proj)
    assert got[0] == 2 and not entries(c)


def test_runs_that_write_files_or_read_stdin_are_not_kept(proj, tmp_path):
    c = tmp_path / "cache"
    for args in (["-o", "out.txt", "draft.md"], ["--write-baseline", "b.json", "draft.md"], ["-"],
                 ["--stdin-filename", "x.md", "-"], ["."]):
        p = subprocess.run([sys.executable, "-m", "attrib", "check", *args], cwd=proj, input=DRAFT, text=True,
                           capture_output=True, env={**os.environ, "ATTRIB_CACHE_DIR": str(c)})
        assert p.returncode in (0, 1), (args, p.stderr)
        assert not entries(c), args
    assert (proj / "out.txt").exists() and (proj / "b.json").exists()


def test_a_baseline_is_keyed_by_its_contents(proj, tmp_path):
    c = tmp_path / "cache"
    attrib(["--write-baseline", "b.json", "draft.md"], c, proj)
    known, _ = attrib(["--baseline", "b.json", "draft.md"], c, proj)
    assert known[0] == 0 and known == attrib(["--baseline", "b.json", "draft.md"], c, proj)[0]
    (proj / "b.json").write_text('{"version": 1, "findings": []}\n', encoding="utf-8")
    fresh, engine = attrib(["--baseline", "b.json", "draft.md"], c, proj, importtime=True)
    assert engine and fresh == attrib(["--no-cache", "--baseline", "b.json", "draft.md"], c, proj)[0]


# ---- the library ---------------------------------------------------------------------------------

@pytest.fixture
def on(tmp_path, monkeypatch):
    """The cache in a temporary folder, in force in this process (as the command has it)."""
    monkeypatch.setenv("ATTRIB_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ATTRIB_CACHE", raising=False)
    monkeypatch.setattr(cache, "_ENABLED", [True])
    monkeypatch.setattr(cache, "_DISABLED", [False])
    monkeypatch.setattr(resultcache, "_OFF", [False])
    monkeypatch.setattr(resultcache, "_READ", [])
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def fake_check(calls):
    def check(paths, out=None, err=None, **kw):
        out, err = out or sys.stdout, err or sys.stderr
        calls.append(list(paths))
        err.write("note one\n")
        out.write("report ")
        sys.stderr.write("note two\n")  # written past the streams given: kept too
        out.write("done\n")
        return 1
    return check


def test_a_hit_replays_both_streams_in_order(on, capsys):
    calls = []
    kw = {"paths": ["a.md"], "isolated": True}
    assert resultcache.run(kw, fake_check(calls)) == 1
    first = capsys.readouterr()
    assert resultcache.run(kw, fake_check(calls)) == 1
    assert capsys.readouterr() == first == ("report done\n", "note one\nnote two\n")
    assert calls == [["a.md"]]
    status, writes = resultcache.load(resultcache.key(kw))
    assert (status, writes) == (1, [(2, "note one\n"), (1, "report "), (2, "note two\n"), (1, "done\n")])


def test_the_key_follows_what_decides_the_result(on, monkeypatch):
    base = {"paths": ["a.md"]}
    k = resultcache.key(base)
    assert k and resultcache.key(dict(base)) == k
    assert resultcache.key({**base, "jobs": 4, "debug": True}) == k  # no result depends on these
    assert resultcache.key({**base, "fmt": "text", "isolated": False, "severity": ()}) == k  # run()'s defaults
    others = {resultcache.key({**base, **change}) for change in
              ({"fmt": "json"}, {"isolated": True}, {"select": "ATR001"}, {"ignore": "ATR001"},
               {"fail_on": "info"}, {"exit_zero": True}, {"extend_select": "ATR002"}, {"severity": ("ATR001=info",)},
               {"paths": ["a.md", "a.md"]}, {"paths": ["./a.md"]})}
    assert None not in others and k not in others and len(others) == 10
    monkeypatch.setenv("ATTRIB_MAX_SIZE", "1M")
    assert resultcache.key(base) != k
    monkeypatch.delenv("ATTRIB_MAX_SIZE")
    monkeypatch.setenv("HOME", str(on / "elsewhere"))
    assert resultcache.key(base) != k
    monkeypatch.undo()


def test_the_key_follows_the_code_its_data_and_the_version(on, monkeypatch):
    import attrib

    pkg = on / "pkg"
    (pkg / "data").mkdir(parents=True)
    (pkg / "engine.py").write_text("RULES = 1\n")
    (pkg / "data" / "cues.yaml").write_text("verbs: [say]\n")
    monkeypatch.setattr(resultcache, "HERE", str(pkg))

    def key():
        resultcache._CODE.clear()
        return resultcache.key({"paths": ["a.md"]})
    seen = [key()]
    (pkg / "data" / "cues.yaml").write_text("verbs: [say, tell]\n")  # a lexicon
    seen.append(key())
    (pkg / "engine.py").write_text("RULES = 22\n")  # a module (its size and mtime)
    seen.append(key())
    (pkg / "data" / "new.yaml").write_text("x: 1\n")
    seen.append(key())
    monkeypatch.setattr(attrib, "__version__", "9.9.9")
    seen.append(key())
    assert len(set(seen)) == len(seen) and None not in seen
    resultcache._CODE.clear()


def test_what_is_not_kept_has_no_key(on, monkeypatch):
    (on / "big.md").write_text("x")
    assert resultcache.key({"paths": ["missing.md"]}) is None
    assert resultcache.key({"paths": [str(on)]}) is None  # a folder
    assert resultcache.key({"paths": ["-"]}) is None
    assert resultcache.key({"paths": ["a.md"], "output": "r.txt"}) is None
    assert resultcache.key({"paths": ["a.md"], "config": "missing.toml"}) is None
    monkeypatch.setattr(resultcache, "MAX_INPUT", 0)
    assert resultcache.key({"paths": ["big.md"]}) is None
    monkeypatch.setattr(resultcache, "MAX_INPUT", 10)
    monkeypatch.setenv("ATTRIB_CACHE", "0")
    assert resultcache.key({"paths": ["big.md"]}) is None


def test_a_draft_edited_during_its_check_is_not_kept(on):
    def check(paths, out, err, **kw):
        (on / "a.md").write_text(DRAFT + "\nMore.\n", encoding="utf-8")
        out.write("old result\n")
        return 0
    assert resultcache.run({"paths": ["a.md"]}, check) == 0
    assert not (on / "cache" / "check").exists()


def test_a_stale_registry_entry_is_a_miss(on):
    (on / "reg.yaml").write_text(SOURCES, encoding="utf-8")
    k = resultcache.key({"paths": ["a.md"]})
    assert resultcache.store(k, 0, [(1, "x\n")], [str(on / "reg.yaml")])
    assert resultcache.load(k) == (0, [(1, "x\n")])
    (on / "reg.yaml").write_text(SOURCES + "\n", encoding="utf-8")
    assert resultcache.load(k) is None
    (on / "reg.yaml").unlink()
    assert resultcache.load(k) is None


def test_a_failed_write_leaves_no_file(on, monkeypatch):
    k = resultcache.key({"paths": ["a.md"]})

    def boom(*a):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", boom)
    assert resultcache.store(k, 0, [(1, "x\n")], []) is False
    assert os.listdir(on / "cache" / "check") == []
    monkeypatch.undo()


def test_entries_are_pruned_least_recently_used_first(on, monkeypatch):
    monkeypatch.setattr(resultcache, "KEEP", 3)
    keys = [f"{i:032x}" for i in range(5)]
    for i, k in enumerate(keys):
        assert resultcache.store(k, 0, [(1, str(i))], [])
        os.utime(on / "cache" / "check" / f"{k}.marshal", ns=(i * 10**9, i * 10**9))
    assert sorted(p.stem for p in (on / "cache" / "check").iterdir()) == keys[2:]
    assert resultcache.load(keys[2]) == (0, [(1, "2")])  # used: now the newest


def test_no_cache_turns_every_cache_off(on, monkeypatch):
    monkeypatch.setattr(cache, "_ENABLED", [False])
    calls = []
    resultcache.disable()
    cache.enable()
    assert not cache.enabled() and resultcache.key({"paths": ["a.md"]}) is None
    resultcache.run({"paths": ["a.md"]}, fake_check(calls))
    resultcache.run({"paths": ["a.md"]}, fake_check(calls))
    assert len(calls) == 2 and not (on / "cache").exists()


def test_the_library_alone_keeps_no_results(on, monkeypatch):
    monkeypatch.setattr(cache, "_ENABLED", [False])  # attrib imported by a program: no enable()
    calls = []
    resultcache.run({"paths": ["a.md"]}, fake_check(calls))
    assert not (on / "cache").exists()


def test_the_copies_of_attrib_constants_agree():
    from attrib import check, config, fsutil

    assert resultcache.CONFIG_NAMES == config.CANDIDATES
    assert resultcache.MAX_INPUT == fsutil.DEFAULT_MAX_BYTES
    params = inspect.signature(check.run).parameters
    for name, default in resultcache.OPTIONS:
        assert name in params and params[name].default == (default if name != "severity" else ())
    left_out = set(params) - {n for n, _ in resultcache.OPTIONS}
    assert left_out == {"paths", "out", "err", "stdin", "debug", "jobs"}
