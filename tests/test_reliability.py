"""Issue 12: never crash, never hang, never lose a file. One test per case of the issue (C1-C8,
H1-H5, D1-D2, W1-W5, reads outside the tree), plus isolation per document, the size cap and streaming.

Every text here is invented for the test.
"""
import json
import os
import signal
import subprocess
import sys
import textwrap
import xml.dom.minidom
from pathlib import Path

import pytest
from click.testing import CliRunner

import attrib
from attrib.cli import cli
from attrib.errors import RegistryError
from attrib.fsutil import display_path, parse_size, read_bytes, write_atomic
from attrib.registry import Registry

FIFO = hasattr(os, "mkfifo")


def run(*args, input=None, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, env=env)


def strict_json(text: str):
    """json.loads that refuses NaN and Infinity (RFC 8259)."""
    def bad(name):
        raise ValueError(f"not JSON: {name}")
    return json.loads(text, parse_constant=bad)


def one_line_error(r, *needles):
    assert r.exit_code == 2, (r.exit_code, r.output)
    errs = [line for line in r.stderr.splitlines() if line]
    assert errs and all(line.startswith("attrib: ") for line in errs), r.stderr
    assert "Traceback" not in r.output + r.stderr
    for n in needles:
        assert n in r.stderr, r.stderr
    return errs


@pytest.fixture
def md(tmp_path):
    def make(text, name="a.md"):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        return p
    return make


# ---- crashes --------------------------------------------------------------------------------

@pytest.mark.parametrize("space", ["\n", "\t", "\f", "\v", "\u2009", "\u202f", "\u3000"])
def test_c1_scale_word_after_any_white_space(space):
    doc = attrib.scan_text(f"Officials said 5{space}million people fled.\n")
    fig = next(f for f in doc.figures if f.is_figure)
    assert fig.value == 5_000_000


def test_c2_a_number_past_float_range_is_no_crash_and_no_infinity(md):
    p = md("Officials said " + "1" + "0" * 400 + " people fled, and 12 boats sank.\n")
    r = run("scan", "--format", "json", p)
    assert r.exit_code == 0, r.output
    figs = strict_json(r.stdout)["documents"][0]["figures"]
    assert [f["text"] for f in figs] == ["12 boats"]
    assert "Infinity" not in r.stdout


@pytest.mark.parametrize("front, key, want", [
    ("date: 2024-13-45", "date", "2024-13-45"),  # C3: no such day: kept as written
    ("title: 2024-05-01", "title", "2024-05-01"),  # C4: a date as a title: an ISO string
    ("title: !!binary aGVsbG8=", "title", "hello"),
    ("title: .nan", "title", None),  # W1: NaN is no JSON
    ("title: .inf", "title", None),
    ("date: 2024-05-01 10:30:00", "date", "2024-05-01T10:30:00"),
])
def test_c3_c4_w1_front_matter_values_become_json_values(md, front, key, want):
    p = md(f"---\n{front}\n---\nOfficials said 5 people fled.\n")
    r = run("scan", "--format", "json", p)
    assert r.exit_code == 0, r.output
    assert strict_json(r.stdout)["documents"][0][key] == want


def test_c4_a_set_in_front_matter(md):
    r = run("scan", "--format", "json", md("---\ntitle: !!set {b, a}\n---\nOfficials said 5 people fled.\n"))
    assert r.exit_code == 0 and strict_json(r.stdout)["documents"][0]["title"] == ["a", "b"]


def test_c5_pyproject_tool_that_is_no_table(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('tool = "tool.attrib"\n')
    (tmp_path / "a.md").write_text("Prices rose 40% last year.\n")
    r = run("check", tmp_path / "a.md")
    assert r.exit_code == 1 and "ATR001" in r.stdout and "Traceback" not in r.output


def test_c5_tool_attrib_that_is_no_table(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool]\nattrib = "yes"\n')
    (tmp_path / "a.md").write_text("Prices rose 40% last year.\n")
    one_line_error(run("check", tmp_path / "a.md"), "tool.attrib must be a table")


def test_c6_deeply_nested_baseline(tmp_path, md):
    b = tmp_path / "baseline.json"
    b.write_text("[" * 100_000)
    one_line_error(run("check", "--baseline", b, md("Prices rose 40% last year.\n")), "nested too deeply")


def test_c7_file_name_not_utf8(tmp_path):
    name = os.fsdecode(b"bad\xffname.md")
    try:
        (tmp_path / name).write_text("Officials said 5 people fled.\n")
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system refuses names that are not UTF-8")
    for cmd in (["scan", "--format", "json"], ["report", "--format", "json"], ["check", "--format", "json"]):
        r = subprocess.run([sys.executable, "-m", "attrib.cli", *cmd, str(tmp_path)], capture_output=True)
        assert r.returncode in (0, 1), r.stderr
        text = r.stdout.decode("utf-8")  # valid UTF-8
        assert "bad\\\\xffname.md" in text  # the byte shown escaped (JSON escapes the backslash)
        strict_json(text)


def test_c8_devices_refused_as_path_and_sources(md):
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    one_line_error(run("scan", "/dev/zero"), "/dev/zero: is a device, not a regular file")
    one_line_error(run("scan", "--sources", "/dev/zero", md("Officials said 5 people fled.\n")), "is a device")


# ---- hangs ----------------------------------------------------------------------------------

@pytest.mark.skipif(not FIFO, reason="no FIFOs here")
def test_h1_fifos_refused_without_blocking(tmp_path, md):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    a = md("Prices rose 40% last year.\n", "b.md")
    # in a subprocess with a timeout: a regression would block for ever, not fail
    for args in (["scan", fifo], ["scan", "--sources", fifo, a], ["check", "--baseline", fifo, a],
                 ["check", "--config", fifo, a]):
        r = subprocess.run([sys.executable, "-m", "attrib.cli", *map(str, args)], capture_output=True, text=True,
                           timeout=60)
        assert r.returncode == 2 and "is a FIFO, not a regular file" in r.stderr, (args, r.stderr)
        assert "Traceback" not in r.stderr


def test_h1_fifo_in_a_folder_is_skipped_by_suffix_or_refused(tmp_path):
    if not FIFO:
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "x.md")
    (tmp_path / "y.md").write_text("Prices rose 40% last year.\n")
    r = subprocess.run([sys.executable, "-m", "attrib.cli", "scan", "--format", "json", str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "x.md: is a FIFO" in r.stderr
    assert [Path(d["path"]).name for d in json.loads(r.stdout)["documents"]] == ["y.md"]


def test_h2_yaml_alias_bomb_refused(md):
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for prev, cur in zip("abcdefgh", "bcdefghi"):
        levels.append(f"{cur}: &{cur} [" + ", ".join([f"*{prev}"] * 9) + "]")
    p = md("---\n" + "\n".join(levels) + "\ntitle: *i\n---\nOfficials said 5 people fled.\n")
    one_line_error(run("scan", p), "front matter uses a YAML alias")


def test_h3_long_sentence_of_cues_still_finds_the_figure():
    doc = attrib.scan_text("said " * 3000 + "5 people.")
    assert [f.text for f in doc.figures if f.is_figure] == ["5 people"]


def test_h3_windows_keep_ordinary_sentences_unchanged():
    doc = attrib.scan_text("The Interior Ministry said 40 people died. Officials, who asked not to be named, "
                           "said 12 boats sank, and the port authority said 3 cranes fell.")
    got = {f.text: f.status for f in doc.figures if f.is_figure}
    # officials who asked not to be named are unnamed (vague); the port authority's own clause stays its own
    assert got == {"40 people": "attributed", "12 boats": "vague", "3 cranes": "attributed"}


def _chain_registry(tmp_path, n, loop=False):
    lines = ["version: 1", "claimants:"]
    for i in range(n):
        lines.append(f"  - id: body-{i}\n    name: Body Number {i}")
        if i + 1 < n or loop:
            lines.append(f"    affiliation: [body-{(i + 1) % n}]")
    p = tmp_path / "chain.yaml"
    p.write_text("\n".join(lines) + "\n")
    return p


def test_h4_long_affiliation_chain_validates(tmp_path):
    reg = Registry.load(extra=[str(_chain_registry(tmp_path, 4000))], cwd=str(tmp_path), shipped=False)
    assert len(reg.entries) == 4000


def test_h4_loop_at_the_end_of_a_long_chain_is_still_found(tmp_path):
    with pytest.raises(RegistryError) as ei:
        Registry.load(extra=[str(_chain_registry(tmp_path, 500, loop=True))], cwd=str(tmp_path), shipped=False)
    assert "leads back to itself" in str(ei.value) and "\n" not in str(ei.value)


def test_h5_symlinked_folders_not_followed_and_diamonds_read_once(tmp_path):
    root = tmp_path / "root"
    (root / "real").mkdir(parents=True)
    (root / "real" / "a.md").write_text("Prices rose 40% last year.\n")
    os.symlink(root / "real", root / "link1")
    os.symlink(root / "real", root / "link2")
    os.symlink("/", root / "everything")
    r = run("scan", "--format", "json", root)
    assert r.exit_code == 0
    assert [Path(d["path"]).parent.name for d in json.loads(r.stdout)["documents"]] == ["real"]
    os.unlink(root / "everything")
    r = run("scan", "--format", "json", "--follow-symlinks", root)
    assert r.exit_code == 0
    assert len(json.loads(r.stdout)["documents"]) == 1  # the real folder once, however many links lead to it


# ---- writes ---------------------------------------------------------------------------------

def _fail_replace(monkeypatch):
    def boom(*a, **k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", boom)


def test_d1_check_output_and_baseline_survive_a_failed_write(tmp_path, md, monkeypatch):
    draft = md("Prices rose 40% last year.\n")
    out, base = tmp_path / "report.txt", tmp_path / "base.json"
    out.write_text("the good report\n")
    base.write_text("the good baseline\n")
    _fail_replace(monkeypatch)
    r = run("check", "-o", out, draft)
    assert r.exit_code == 2 and "cannot write report" in r.stderr
    r = run("check", "--write-baseline", base, draft)
    assert r.exit_code == 2 and "cannot write baseline" in r.stderr
    assert out.read_text() == "the good report\n" and base.read_text() == "the good baseline\n"
    assert sorted(os.listdir(tmp_path)) == ["a.md", "base.json", "report.txt"]  # no temporary file left


def test_d1_outputs_are_written(tmp_path, md):
    draft = md("Prices rose 40% last year.\n")
    r = run("check", "-o", tmp_path / "r.txt", "--format", "json", draft)
    assert r.exit_code == 1 and strict_json((tmp_path / "r.txt").read_text())["summary"]["findings"] == 1
    r = run("check", "--write-baseline", tmp_path / "b.json", draft)
    assert r.exit_code == 0 and json.loads((tmp_path / "b.json").read_text())["findings"]


_KILL = textwrap.dedent("""
    import os, signal, sys
    from attrib.fsutil import write_atomic
    def chunks():
        yield "new "
        os.kill(os.getpid(), getattr(signal, sys.argv[2]))
        yield "never"
    write_atomic(sys.argv[1], chunks())
""")


@pytest.mark.parametrize("sig, rc", [("SIGTERM", 143), ("SIGINT", None)])
def test_d2_a_signal_while_writing_leaves_the_old_file_and_no_temp(tmp_path, sig, rc):
    target = tmp_path / "graph.graphml"
    target.write_text("old graph\n")
    r = subprocess.run([sys.executable, "-c", _KILL, str(target), sig], capture_output=True, text=True, timeout=60)
    assert r.returncode != 0
    if rc is not None:
        assert r.returncode == rc
    assert target.read_text() == "old graph\n"
    assert os.listdir(tmp_path) == ["graph.graphml"]


def test_d2_symlink_written_through(tmp_path):
    real = tmp_path / "real.graphml"
    real.write_text("old")
    link = tmp_path / "link.graphml"
    os.symlink(real, link)
    write_atomic(str(link), ["new"])
    assert os.path.islink(link) and real.read_text() == "new"


def test_d2_devices_written_directly():
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null")
    assert write_atomic("/dev/null", ["text"]) == 4
    assert not os.path.isfile("/dev/null")  # still the device node


@pytest.mark.parametrize("cmd", [["graph", "-o", "/dev/stdout"], ["check", "-o", "/dev/stdout"],
                                 ["report", "-o", "/dev/stdout"]])
def test_d2_dev_stdout_is_written_directly(tmp_path, md, cmd):
    if not os.path.exists("/dev/stdout"):
        pytest.skip("no /dev/stdout")
    draft = md("Prices rose 40% last year.\n")
    out = tmp_path / "redirected.txt"
    with open(out, "wb") as fh:  # stdout redirected to a file, as a shell does
        r = subprocess.run([sys.executable, "-m", "attrib.cli", cmd[0], str(draft), *cmd[1:]], stdout=fh,
                           stderr=subprocess.PIPE, text=True, timeout=60)
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr
    assert "40" in out.read_text() and sorted(os.listdir(tmp_path)) == ["a.md", "redirected.txt"]
    r = subprocess.run([sys.executable, "-m", "attrib.cli", cmd[0], str(draft), *cmd[1:]], capture_output=True,
                       text=True, timeout=60)  # stdout a pipe
    assert r.returncode in (0, 1) and "40" in r.stdout, r.stderr


def test_d2_graph_to_a_symlink_keeps_the_link(tmp_path, md):
    draft = md("Officials said 5 people fled.\n")
    real = tmp_path / "g.graphml"
    real.write_text("old")
    os.symlink(real, tmp_path / "link.graphml")
    r = run("graph", draft, "-o", tmp_path / "link.graphml")
    assert r.exit_code == 0 and os.path.islink(tmp_path / "link.graphml")
    xml.dom.minidom.parse(str(real))


# ---- wrong output ---------------------------------------------------------------------------

def test_w2_every_span_slice_equals_its_text():
    text = "Some 40 people died, according to agency data.\n"
    doc = attrib.scan_text(text)
    spans = [st.source for st in doc.statements if st.source] + [st.cue for st in doc.statements]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)


def test_w3_lone_cr_scan_and_check_agree(md, tmp_path):
    p = tmp_path / "cr.md"
    p.write_bytes(b"Intro line.\rSecond line.\rPrices rose 40% last year.\r")
    figs = strict_json(run("scan", "--format", "json", p).stdout)["documents"][0]["figures"]
    scan = next(f for f in figs if f["text"] == "40%")
    check = strict_json(run("check", "--format", "json", p).stdout)["findings"][0]
    assert (scan["line"], scan["col"]) == (check["line"], check["col"]) == (3, 13)


@pytest.mark.parametrize("toml", [
    '[tool]\nattrib = {ignore = ["ATR001"]}\n',
    'tool.attrib.ignore = ["ATR001"]\n',
    '[tool."attrib"]\nignore = ["ATR001"]\n',
])
def test_w4_every_toml_spelling_of_tool_attrib(tmp_path, toml):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(toml)
    (tmp_path / "a.md").write_text("Prices rose 40% last year.\n")
    r = run("check", tmp_path / "a.md")
    assert r.exit_code == 0 and r.stdout == "", r.output


def test_w5_junit_without_control_characters(md):
    p = md("Officials said 5 \x01people\x1b fled.\nPrices rose 40% last year.\n")
    r = run("check", "--format", "junit", p)
    assert r.exit_code == 1
    xml.dom.minidom.parseString(r.stdout.encode("utf-8"))


def test_w5_newline_in_a_file_name_injects_no_line(tmp_path):
    p = tmp_path / "x\n::error file=evil::forged.md"
    try:
        p.write_text("Prices rose 40% last year.\n")
    except OSError:
        pytest.skip("the file system refuses newlines in names")
    for fmt in ("text", "github"):
        r = run("check", "--format", fmt, p)
        lines = r.stdout.splitlines()
        assert len(lines) == 1 and "x\\n" in lines[0], (fmt, r.stdout)  # one finding, one line
        assert lines[0].startswith("::error file=/") if fmt == "github" else not lines[0].startswith("::")


def test_w5_utf16_files_are_read(tmp_path):
    for enc, bom in (("utf-16", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b""), ("utf-32", b"")):
        p = tmp_path / f"{enc}.md"
        p.write_bytes(bom + "Prices rose 40% last year.\n".encode(enc))
        r = run("scan", "--format", "json", p)
        assert r.exit_code == 0, (enc, r.output)
        assert [f["text"] for f in strict_json(r.stdout)["documents"][0]["figures"]] == ["40%"]


# ---- reads outside the tree -----------------------------------------------------------------

def test_config_discovery_stops_at_the_current_folder_without_a_repository(tmp_path, monkeypatch):
    (tmp_path / ".attrib.yaml").write_text("ignore: ATR001\n")  # a stray config above the project
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "draft.md").write_text("Prices rose 40% last year.\n")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(proj)
    r = run("check", "draft.md")
    assert r.exit_code == 1 and "ATR001" in r.stdout  # the stray config is not read


def test_config_discovery_stops_at_home(tmp_path, monkeypatch):
    (tmp_path / ".attrib.yaml").write_text("ignore: ATR001\n")
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    (home / "notes" / "draft.md").write_text("Prices rose 40% last year.\n")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(home / "notes")
    assert run("check", "draft.md").exit_code == 1
    (home / ".attrib.yaml").write_text("ignore: ATR001\n")  # at home itself it applies
    assert run("check", "draft.md").exit_code == 0


def test_sources_errors_do_not_echo_the_file(tmp_path, md):
    secret = tmp_path / "secret.txt"
    secret.write_text("hunter2: swordfish\nroot: x\n")
    errs = one_line_error(run("scan", "--sources", secret, md("Officials said 5 people fled.\n")))
    assert "hunter2" not in errs[0] and "swordfish" not in errs[0]


# ---- isolation, size cap, streaming -----------------------------------------------------------

@pytest.fixture
def boom(monkeypatch):
    """Make the attribution stage fail on any document holding BOOM, as an engine bug would."""
    import attrib.attribution as A

    real = A.attribute

    def attribute(doc, registry):
        if "BOOM" in doc.text:
            raise KeyError("an engine bug")
        return real(doc, registry)
    monkeypatch.setattr(A, "attribute", attribute)


@pytest.mark.parametrize("cmd", ["scan", "report", "check"])
def test_one_bad_document_costs_only_itself(tmp_path, boom, cmd):
    (tmp_path / "a.md").write_text("Officials said 5 people fled.\n")
    (tmp_path / "b.md").write_text("BOOM: 7 ships sank.\n")
    (tmp_path / "c.md").write_text("Prices rose 40% last year.\n")
    r = run(cmd, "--format", "json", tmp_path)
    errs = one_line_error(r, "b.md: internal error while analysing this file, skipped (KeyError")
    assert len(errs) == 1
    out = strict_json(r.stdout)
    if cmd == "check":
        assert sorted(Path(f["path"]).name for f in out["findings"]) == ["a.md", "c.md"]
    else:
        assert sorted(Path(d["path"]).name for d in out["documents"]) == ["a.md", "c.md"]


def test_debug_prints_the_traceback(tmp_path, boom):
    (tmp_path / "b.md").write_text("BOOM: 7 ships sank.\n")
    r = run("scan", "--debug", tmp_path / "b.md")
    assert r.exit_code == 2 and "Traceback" in r.stderr and "an engine bug" in r.stderr
    r = run("check", "--debug", tmp_path / "b.md")
    assert r.exit_code == 2 and "Traceback" in r.stderr


def test_size_cap(md):
    p = md("Officials said 5 people fled.\n" * 100)  # 3,000 bytes
    one_line_error(run("scan", "--max-size", "1k", p), "over the 1 KiB size limit")
    one_line_error(run("scan", p, env={"ATTRIB_MAX_SIZE": "2k"}), "over the 2 KiB size limit")
    one_line_error(run("scan", "--max-size", "1k", "-", input="Officials said 5 people fled.\n" * 100),
                   "<stdin>: over the 1 KiB size limit")
    assert run("scan", "--max-size", "4k", p).exit_code == 0
    assert run("scan", "--max-size", "lots", p).exit_code == 2
    with pytest.raises(ValueError):
        parse_size("-3")
    with pytest.raises(Exception):
        read_bytes(str(p), 100)


def test_scan_json_streams_the_same_bytes_and_jsonl(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.md").write_text(f"---\ntitle: T{i}\n---\nOfficials said {i + 2} boats sank.\n")
    docs = [attrib.scan_text((tmp_path / f"{i}.md").read_text(), str(tmp_path / f"{i}.md")) for i in range(3)]
    from attrib.render.scan import to_csv, to_json

    r = run("scan", "--format", "json", tmp_path)
    assert r.stdout == to_json(docs)
    assert run("scan", "--format", "csv", tmp_path).stdout == to_csv(docs)
    lines = run("scan", "--format", "jsonl", tmp_path).stdout.splitlines()
    assert [strict_json(line)["title"] for line in lines] == ["T0", "T1", "T2"]
    assert run("scan", "--format", "json", tmp_path / "nothing-here").stdout == to_json([])


def test_display_path():
    assert display_path("bad\udcffname.md") == "bad\\xffname.md"
    assert display_path("a\nb\x1b.md") == "a\\nb\\x1b.md"
    assert display_path("ordinary name \u2009.md") == "ordinary name \u2009.md"
