"""attrib check configuration: discovery, formats, per-path overrides, bad config (fake engine)."""
import io
import os
import textwrap

import pytest

from attrib import check as C
from attrib.config import CliOptions, Finder, Settings, glob_match, load_file
from attrib.errors import ConfigError

from test_check import fake  # noqa: F401  (fixture)

SRC = "A 1. And 2 reportedly. Acme said 3.\n"  # ATR001, ATR002, ATR003 under the fake engine


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def codes(*paths, **kw):
    out, err = io.StringIO(), io.StringIO()
    status = C.run([str(p) for p in paths], out=out, err=err, **kw)
    return status, [line.split(": ")[1].split()[0] for line in out.getvalue().splitlines()], err.getvalue()


@pytest.fixture
def repo(tmp_path, fake, monkeypatch):  # noqa: F811
    r = tmp_path / "repo"  # its parent stays inside this test's own folder
    (r / ".git").mkdir(parents=True)
    write(r / "docs/a.md", SRC)
    monkeypatch.chdir(r)
    return r


def test_defaults_without_config(repo):
    assert codes("docs/a.md") == (1, ["ATR001", "ATR002", "ATR003"], "")


@pytest.mark.parametrize("name,text", [
    (".attrib.yaml", "ignore: [ATR003]\nseverity: {ATR002: error}\n"),
    (".attrib.yml", "ignore: ATR003\nseverity:\n  ATR002: error\n"),
    ("pyproject.toml", '[project]\nname = "x"\n\n[tool.attrib]\nignore = ["ATR003"]\nseverity = {ATR002 = "error"}\n'),
    ("setup.cfg", "[metadata]\nname = x\n\n[attrib]\nignore = ATR003\nseverity = ATR002:error\n"),
    ("tox.ini", "[tox]\nenvlist = py\n\n[attrib]\nignore = unregistered-claimant\nseverity = ATR002=error\n"),
])
def test_each_config_format(repo, name, text):
    write(repo / name, text)
    status, found, _ = codes("docs/a.md", fmt="text")
    assert found == ["ATR001", "ATR002"]
    s = Finder().for_file("docs/a.md")
    assert s.severity_of("ATR002", "warning") == "error" and s.source == str(repo / name)


def test_nearest_config_wins_and_walk_stops_at_the_repository_root(repo):
    write(repo.parent / ".attrib.yaml", "select: [ATR003]\n")  # above .git: never read
    assert codes("docs/a.md")[1] == ["ATR001", "ATR002", "ATR003"]
    write(repo / "setup.cfg", "[attrib]\nselect = ATR001\n")
    write(repo / "docs/.attrib.yaml", "select: [ATR002]\n")
    assert codes("docs/a.md")[1] == ["ATR002"]
    write(repo / "b.md", SRC)
    assert codes("b.md")[1] == ["ATR001"]


def test_files_without_attrib_sections_are_passed_over(repo):
    write(repo / "docs/setup.cfg", "[flake8]\nmax-line-length = 100\n")
    write(repo / "docs/pyproject.toml", "[tool.black]\nline-length = 100\n")
    write(repo / "tox.ini", "[attrib]\nignore = ATR002\n")
    assert codes("docs/a.md")[1] == ["ATR001", "ATR003"]


def test_explicit_config_and_isolated(repo):
    write(repo / ".attrib.yaml", "ignore: [ATR001]\n")
    write(repo / "ci/strict.yaml", "select: [ATR002]\nfail-on: warning\n")
    assert codes("docs/a.md", config="ci/strict.yaml") == (1, ["ATR002"], "")
    assert codes("docs/a.md", isolated=True)[1] == ["ATR001", "ATR002", "ATR003"]


def test_command_line_overrides_config(repo):
    write(repo / ".attrib.yaml", "select: [ATR001, ATR002]\nfail-on: info\n")
    assert codes("docs/a.md", select="ATR003")[1] == ["ATR003"]
    assert codes("docs/a.md", ignore="ATR001")[1] == ["ATR002"]
    assert codes("docs/a.md", extend_select="ATR003")[1] == ["ATR001", "ATR002", "ATR003"]
    assert codes("docs/a.md", ignore="ATR001,ATR002")[0] == 0  # nothing left to fail on
    assert codes("docs/a.md", select="ATR002", fail_on="error")[0] == 0
    assert codes("docs/a.md", select="ATR002")[0] == 1  # the config's fail-on: info


def test_per_path_overrides(repo):
    write(repo / "docs/archive/old.md", SRC)
    write(repo / "setup.cfg", """\
        [attrib]
        per-file-ignores =
            docs/archive/*.md: ATR001
        [attrib:docs/archive/**]
        severity = ATR002:info
        """)
    assert codes("docs/archive/old.md")[1] == ["ATR002", "ATR003"]
    assert codes("docs/archive/old.md")[0] == 0
    assert codes("docs/a.md")[1] == ["ATR001", "ATR002", "ATR003"]


def test_overrides_in_yaml_and_toml(repo):
    write(repo / "docs/drafts/x.md", SRC)
    write(repo / ".attrib.yaml", """\
        overrides:
          - paths: [docs/drafts/**]
            select: [ATR001]
        per-file-ignores:
          "a.md": [ATR003]
        """)
    assert codes("docs/drafts/x.md")[1] == ["ATR001"]
    assert codes("docs/a.md")[1] == ["ATR001", "ATR002"]
    os.remove(repo / ".attrib.yaml")
    write(repo / "pyproject.toml", '[tool.attrib]\n[[tool.attrib.overrides]]\npaths = ["docs/drafts/*.md"]\n'
                                   'ignore = ["ATR001"]\n')
    assert codes("docs/drafts/x.md")[1] == ["ATR002", "ATR003"]


def test_exclude_applies_to_walked_folders_only(repo):
    write(repo / "docs/vendor/v.md", SRC)
    write(repo / ".attrib.yaml", "exclude: [docs/vendor/**]\nselect: [ATR001]\n")
    out = io.StringIO()
    C.run(["docs"], out=out, err=io.StringIO())
    assert [line.split(":")[0] for line in out.getvalue().splitlines()] == ["docs/a.md"]
    assert codes("docs/vendor/v.md")[1] == ["ATR001"]


def test_registry_setting_is_relative_to_the_config(repo):
    write(repo / "conf/sources.yaml", "claimants:\n  - id: acme\n    name: Acme\n")
    write(repo / "conf/.attrib.yaml", "registry: sources.yaml\n")
    assert codes("docs/a.md", config="conf/.attrib.yaml")[1] == ["ATR001", "ATR002"]
    status, found, err = codes("docs/a.md", sources="conf/sources.yaml")
    assert found == ["ATR001", "ATR002"]


@pytest.mark.parametrize("name,text,problem", [
    (".attrib.yaml", "select: [ATR001\n", ".attrib.yaml:2: invalid YAML"),
    (".attrib.yaml", "- a list\n", ".attrib.yaml: must be a mapping of settings"),
    (".attrib.yaml", "colour: red\n", ".attrib.yaml: unknown setting 'colour'"),
    (".attrib.yaml", "select: [ATR777]\n", ".attrib.yaml: select: unknown code 'ATR777'"),
    (".attrib.yaml", "severity: {ATR001: fatal}\n", "severity of ATR001 must be one of info, warning, error"),
    (".attrib.yaml", "fail-on: sometimes\n", ".attrib.yaml: fail-on: must be one of error, warning, info"),
    ("pyproject.toml", "[tool.attrib\nx=1\n", "pyproject.toml: invalid TOML"),
    ("setup.cfg", "[attrib]\nselect\n", "setup.cfg: invalid INI"),
    ("setup.cfg", "[attrib]\nper-file-ignores = nocolon\n", "'nocolon' is not 'GLOB: CODES'"),
])
def test_bad_config_is_one_line_exit_2_other_files_still_checked(repo, name, text, problem):
    write(repo / "docs" / name, text)
    write(repo / "other.md", SRC)
    status, found, err = codes("docs/a.md", "other.md")
    assert status == 2
    assert found == ["ATR001", "ATR002", "ATR003"]  # other.md, under no broken config
    assert len(err.splitlines()) == 1 and err.startswith("attrib: ")
    assert problem in err and str(repo / "docs" / name) in err


def test_broken_explicit_config_is_a_usage_error(repo):
    status, found, err = codes("docs/a.md", config="missing.yaml")
    assert (status, found, err) == (2, [], "attrib: missing.yaml: no such config file\n")
    write(repo / "setup.cfg", "[metadata]\n")
    assert "no [attrib] section" in codes("docs/a.md", config="setup.cfg")[2]


def test_broken_registry_is_reported(repo):
    write(repo / ".attrib.yaml", "registry: bad.yaml\n")
    write(repo / "bad.yaml", "claimants: 5\n")
    status, found, err = codes("docs/a.md")
    assert status == 2 and found == [] and "bad.yaml" in err


def test_settings_library_api(tmp_path):
    p = write(tmp_path / ".attrib.yaml", "extend_select: [ATR001]\nexclude: ['*.txt']\n")
    s = load_file(str(p))
    assert s.excluded(str(tmp_path / "x" / "notes.txt")) and not s.excluded(str(tmp_path / "a.md"))
    assert Settings().enabled("ATR005")
    with pytest.raises(ConfigError):
        CliOptions.parse(severity=["ATR001"])


@pytest.mark.parametrize("pattern,path,ok", [
    ("*.md", "a.md", True), ("*.md", "d/a.md", True), ("d/*.md", "d/a.md", True), ("d/*.md", "d/e/a.md", False),
    ("d/**/*.md", "d/a.md", True), ("d/**/*.md", "d/e/f/a.md", True), ("d/", "d/e/a.md", True),
    ("./d/a.md", "d/a.md", True), ("a?.md", "ab.md", True), ("a?.md", "a/b.md", False),
])
def test_glob_match(pattern, path, ok):
    assert glob_match(pattern, path) is ok
