"""SARIF 2.1.0 output of attrib check, validated against the official OASIS schema.

tests/data/sarif-schema-2.1.0.json is a verbatim copy of the OASIS SARIF 2.1.0 (errata 01) schema,
Schemata/sarif-schema-2.1.0.json of the oasis-tcs/sarif-spec repository: the tests cannot fetch it.
"""
import io
import json
from pathlib import Path

import pytest

from attrib import check as C
from attrib.messages import MESSAGES

from test_check import fake  # noqa: F401  (fixture)

jsonschema = pytest.importorskip("jsonschema")
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate(log):
    cls = jsonschema.validators.validator_for(SCHEMA)
    cls.check_schema(SCHEMA)
    cls(SCHEMA, format_checker=cls.FORMAT_CHECKER).validate(log)


@pytest.fixture
def tree(tmp_path, fake, monkeypatch):  # noqa: F811
    (tmp_path / ".git").mkdir()
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a b.md").write_text(
        "Intro.\n\nPrices rose 40 percent. Some 300 boats were reportedly seized.\nAcme said 12 ships sank.\n\n"
        "<!-- attrib: ignore ATR002 -->\n\n<!-- attrib: nonsense -->\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sarif(*paths):
    out, err = io.StringIO(), io.StringIO()
    status = C.run(list(paths), fmt="sarif", out=out, err=err)
    return status, json.loads(out.getvalue())


def test_sarif_validates_and_carries_every_finding(tree):
    status, log = sarif("drafts/a b.md", "missing.md")
    validate(log)
    run = log["runs"][0]
    assert status == 2 and log["version"] == "2.1.0"
    assert [r["ruleId"] for r in run["results"]] == ["ATR001", "ATR002", "ATR003", "ATR005", "ATR006"]
    r = run["results"][0]
    assert r["level"] == "error" and r["message"]["text"].startswith("unsourced figure '40'")
    loc = r["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "drafts/a%20b.md", "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 3, "startColumn": 13, "endLine": 3, "endColumn": 15, "charOffset": 20,
                             "charLength": 2, "snippet": {"text": "40"}}
    assert [x["level"] for x in run["results"]] == ["error", "warning", "note", "warning", "warning"]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"] == "missing.md: no such file"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")
    assert run["columnKind"] == "unicodeCodePoints"


def test_rules_are_stable(tree):
    _, log = sarif("drafts/a b.md")
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [m.code for m in MESSAGES] == [f"ATR00{i}" for i in range(1, 7)]
    assert rules[0]["name"] == "UnsourcedFigure" and rules[0]["defaultConfiguration"] == {"level": "error"}
    for r in log["runs"][0]["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]


def test_fingerprints_survive_moved_lines(tree):
    _, before = sarif("drafts/a b.md")
    p = tree / "drafts" / "a b.md"
    p.write_text("New first paragraph.\n\nAnd a second one.\n\n" + p.read_text())
    _, after = sarif("drafts/a b.md")
    fp = lambda log: [r["partialFingerprints"]["attribFinding/v1"] for r in log["runs"][0]["results"]]  # noqa: E731
    lines = lambda log: [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in log["runs"][0]["results"]]  # noqa: E731
    assert fp(before) == fp(after) and len(set(fp(before))) == 5
    assert lines(after) == [n + 4 for n in lines(before)]


def test_empty_run_validates(tree):
    (tree / "clean.md").write_text("Nothing to count.\n")
    status, log = sarif("clean.md")
    validate(log)
    assert status == 0 and log["runs"][0]["results"] == []


def test_paths_outside_the_root_are_file_uris(tree, tmp_path_factory):
    other = tmp_path_factory.mktemp("elsewhere") / "x.md"
    other.write_text("We saw 7 owls.\n")
    _, log = sarif(str(other))
    validate(log)
    loc = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert loc["uri"].startswith("file:///") and "uriBaseId" not in loc
