"""The registry of claimants: the shipped sources.yaml, overrides, and one-line errors for bad files."""
import os
import re
import textwrap
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from attrib.cli import cli
from attrib.errors import RegistryError
from attrib.registry import ENTRY_KEYS, RELIABILITY, SHIPPED, TYPES, Registry, normalize_name

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def shipped():
    return Registry.load(shipped=True, cwd=str(SHIPPED.parent))


def write(tmp_path, text, name="sources.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return p


def load_only(path):
    """A registry of the shipped file and ``path``, from a folder without a sources.yaml of its own."""
    return Registry.load(extra=[str(path)], cwd=str(Path(path).parent / "nowhere"))


# ---------------------------------------------------------------------- the shipped file

def test_shipped_file_is_the_symlinked_top_level_file():
    assert SHIPPED.is_symlink()
    assert SHIPPED.resolve() == (REPO / "sources.yaml").resolve()


def test_shipped_file_loads_with_enough_entries(shipped):
    assert 120 <= len(shipped.entries) <= 250
    assert shipped.clashes() == []


def test_every_shipped_entry_has_every_field_filled_sensibly(shipped):
    raw = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    assert raw["version"] == 1
    for item in raw["claimants"]:
        assert set(item) == set(ENTRY_KEYS), item["id"]
    for e in shipped.entries.values():
        assert e.type in TYPES, e.id
        assert e.reliability in RELIABILITY, e.id
        assert e.basis and "\n" not in e.basis and len(e.basis) < 160, e.id
        assert e.side is None or re.fullmatch(r"[a-z]+", e.side), e.id
        assert e.country is None or re.fullmatch(r"[A-Z]{2}", e.country), e.id
        assert e.origin.startswith(str(SHIPPED) + ":"), e.id
        if e.type == "collective":
            assert e.affiliation == [] or all(shipped.get(a) for a in e.affiliation)


def test_no_alias_clashes_in_the_shipped_file(shipped):
    owner = {}
    for e in shipped.entries.values():
        for n in [e.name, *e.aliases]:
            key = normalize_name(n)
            assert owner.setdefault(key, e.id) == e.id, f"{n!r} is a name of {owner[key]!r} and {e.id!r}"


def test_no_alias_is_a_pronoun_or_a_bare_common_noun(shipped):
    banned = {"it", "he", "she", "they", "we", "ministry", "agency", "army", "staff", "post", "government",
              "military", "officials", "authorities", "spokesman", "spokeswoman", "president", "report",
              "police", "council", "department", "service", "intelligence", "census", "fed", "austin"}
    for e in shipped.entries.values():
        for n in [e.name, *e.aliases]:
            assert normalize_name(n) not in banned, (e.id, n)
            assert not re.match(r"(?i)the (ministry|agency|department|office|service|council)\b", n), (e.id, n)


def test_the_two_general_staffs_are_not_confused(shipped):
    assert shipped.lookup("General Staff").id == "ua-general-staff"
    assert shipped.lookup("the General Staff’s").id == "ua-general-staff"
    assert shipped.lookup("Russian General Staff").id == "ru-general-staff"
    assert shipped.lookup("Russia's General Staff").id == "ru-general-staff"
    assert shipped.get("ua-general-staff").affiliation == ["ua-armed-forces"]


@pytest.mark.parametrize("name, cid", [
    ("the Pentagon", "us-dod"), ("U.S. Department of Defense", "us-dod"), ("NIS", "kr-nis"),
    ("South Korea's spy agency", "kr-nis"), ("South Korean intelligence services", "kr-nis"),
    ("Ukraine's military intelligence", "ua-hur"), ("GUR", "ua-hur"), ("GRU", "ru-gru"),
    ("AP", "ap"), ("the Associated Press", "ap"), ("Kremlin", "ru-kremlin"), ("Peskov", "dmitry-peskov"),
    ("UK Defence Intelligence", "uk-defence-intelligence"), ("Interfax", "interfax"),
    ("Interfax-Ukraine", "interfax-ukraine"), ("RBC-Ukraine", "rbc-ukraine"), ("Bureau of Labor Statistics", "us-bls"),
    ("the UN nuclear watchdog", "iaea"), ("Russian authorities", "ru-officials"), ("U.S. officials", "us-officials"),
])
def test_news_short_forms_look_up(shipped, name, cid):
    entry = shipped.lookup(name)
    assert entry is not None and entry.id == cid


def test_affiliations_named_in_the_brief(shipped):
    assert shipped.get("sabrina-singh").affiliation == ["us-dod"]
    assert shipped.get("nikolay-petrov").affiliation == ["chatham-house"]
    assert shipped.get("bota-ilias").affiliation == ["prizma"]
    assert shipped.get("ua-ccd").affiliation == ["ua-nsdc"]
    assert shipped.get("ru-milbloggers").type == "collective"
    assert shipped.get("ru-officials").type == "collective"


def gold_claimants():
    if not GOLD_DIR.is_dir():
        return []
    out = []
    for gold in sorted(GOLD_DIR.glob("*.gold.yaml")):
        data = yaml.safe_load(gold.read_text(encoding="utf-8"))
        for key, c in (data.get("claimants") or {}).items():
            out.append((gold.name, key, list(c.get("names") or []), list(c.get("affiliation") or [])))
    return out


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="the shared dev corpus is not next to the repo")
@pytest.mark.parametrize("gold, key, names, affiliation", gold_claimants())
def test_every_gold_claimant_name_looks_up_to_one_entry(shipped, gold, key, names, affiliation):
    found = {n: shipped.lookup(n) for n in names}
    missing = [n for n, e in found.items() if e is None]
    assert not missing, f"{gold} {key}: not in the registry: {missing}"
    ids = {e.id for e in found.values()}
    assert len(ids) == 1, f"{gold} {key}: names spread over {sorted(ids)}"
    entry = shipped.get(ids.pop())
    for org in affiliation:  # the gold affiliation is a name; the registry's is the id of that body
        parent = shipped.lookup(org)
        assert parent is not None and parent.id in entry.affiliation, (key, org, entry.affiliation)


# ---------------------------------------------------------------------- extending and overriding

def test_local_sources_yaml_extends_and_overrides_keeping_unspecified_fields(tmp_path):
    write(tmp_path, """
        version: 1
        claimants:
          - id: kr-nis
            reliability: B
            basis: Our newsroom's own judgement.
          - id: acme-analytics
            name: Acme Analytics
            aliases: [Acme]
            type: think-tank
            affiliation: [chatham-house]
        """)
    reg = Registry.load(cwd=str(tmp_path))
    nis = reg.get("kr-nis")
    assert nis.reliability == "B" and nis.basis == "Our newsroom's own judgement."
    assert nis.name == "National Intelligence Service of South Korea" and "NIS" in nis.aliases
    assert nis.type == "intelligence" and nis.country == "KR"
    assert nis.origin == f"{tmp_path / 'sources.yaml'}:3"
    assert reg.lookup("Acme").id == "acme-analytics"
    assert reg.get("acme-analytics").affiliation == ["chatham-house"]
    assert len(reg.entries) == len(Registry.load(cwd="/").entries) + 1


def test_sources_option_file_overrides_the_local_file_and_replaces_named_lists(tmp_path):
    write(tmp_path, """
        claimants:
          - id: bloomberg
            aliases: [Bloomberg News, Bloomberg Economics]
        """)
    extra = write(tmp_path, """
        claimants:
          - id: bloomberg
            name: Bloomberg L.P.
            side: null
        """, name="extra.yaml")
    reg = Registry.load(extra=[str(extra)], cwd=str(tmp_path))
    b = reg.get("bloomberg")
    assert b.name == "Bloomberg L.P."
    assert b.aliases == ["Bloomberg News", "Bloomberg Economics"]
    assert reg.lookup("Bloomberg Economics").id == "bloomberg"
    assert reg.lookup("Bloomberg") is None  # the old name is gone with the override


def test_a_user_entry_may_take_over_a_shipped_alias(tmp_path):
    p = write(tmp_path, """
        claimants:
          - id: nis-greece
            name: National Intelligence Service of Greece
            aliases: [NIS]
            type: intelligence
        """)
    reg = load_only(p)
    assert reg.lookup("NIS").id == "nis-greece"
    assert reg.lookup("South Korea's spy agency").id == "kr-nis"
    assert ("nis", "kr-nis", "nis-greece") in reg.clashes()


def test_values_are_read_as_written(tmp_path):
    p = write(tmp_path, """
        claimants:
          - id: norway-mod
            name: Norwegian Ministry of Defence
            aliases: Norway's defence ministry
            type: ministry
            country: NO
            side: neutral
        """)
    e = load_only(p).get("norway-mod")
    assert e.country == "NO" and e.aliases == ["Norway's defence ministry"]


def test_an_empty_file_adds_nothing(tmp_path):
    p = write(tmp_path, "# nothing yet\n")
    assert len(load_only(p).entries) == len(Registry.load(cwd="/").entries)


# ---------------------------------------------------------------------- malformed registries

BAD = [
    ("unknown-key", """
        claimants:
          - id: x
            name: X
            reliabilty: B
        """, 4, "unknown key 'reliabilty'"),
    ("unknown-top-key", """
        version: 1
        sources: []
        """, 2, "unknown top-level key 'sources'"),
    ("bad-type", """
        claimants:
          - id: x
            name: X
            type: newspaper
        """, 4, "type of 'x' is 'newspaper'; expected one of: military"),
    ("duplicate-id", """
        claimants:
          - id: x
            name: X
          - id: y
            name: Y
          - id: x
            name: X again
        """, 6, "duplicate id 'x' (first defined at line 2)"),
    ("dangling-affiliation", """
        claimants:
          - id: x
            name: X
          - id: y
            name: Y
            affiliation: [x, nowhere-org]
        """, 6, "affiliation 'nowhere-org' of 'y' is not the id of any claimant"),
    ("affiliation-loop", """
        claimants:
          - id: x
            name: X
            affiliation: [y]
          - id: y
            name: Y
            affiliation: [x]
        """, 4, "affiliation of 'x' leads back to itself (x -> y -> x)"),
    ("alias-clash", """
        claimants:
          - id: x
            name: X Agency
            aliases: [XA]
          - id: y
            name: Y Agency
            aliases: [Y, the X Agency]
        """, 7, "alias 'the X Agency' of 'y' is already a name of 'x' (line 3)"),
    ("bad-reliability", """
        claimants:
          - id: x
            name: X
            reliability: A1
        """, 4, "reliability of 'x' must be one letter A-F, not 'A1'"),
    ("bad-id", """
        claimants:
          - id: Ukraine GS
            name: X
        """, 2, "id 'Ukraine GS' must be lowercase"),
    ("no-name", """
        claimants:
          - id: brand-new
            type: media
        """, 2, "claimant 'brand-new' needs a 'name'"),
    ("no-id", """
        claimants:
          - name: Nobody
        """, 2, "claimant needs an 'id'"),
    ("aliases-not-list", """
        claimants:
          - id: x
            name: X
            aliases: {a: b}
        """, 4, "aliases of 'x' must be a list of strings"),
    ("bad-country", """
        claimants:
          - id: x
            name: X
            country: Ukraine
        """, 4, "country of 'x' must be an ISO 3166 alpha-2 code"),
    ("bad-version", """
        version: 2
        claimants: []
        """, 1, "unsupported registry version '2'"),
    ("no-claimants", """
        version: 1
        """, 1, "a registry needs a top-level 'claimants:' list"),
    ("claimant-not-mapping", """
        claimants:
          - just a name
        """, 2, "each claimant must be a mapping"),
    ("invalid-yaml", """
        claimants:
          - id: x
            name: [unclosed
          - id: y
        """, 4, "invalid YAML ("),
    ("duplicate-key", """
        claimants:
          - id: x
            name: X
            name: Y
        """, 4, "duplicate key 'name'"),
]


@pytest.mark.parametrize("case, text, line, problem", BAD, ids=[b[0] for b in BAD])
def test_malformed_registry_gives_one_line_with_file_and_line(tmp_path, case, text, line, problem):
    p = write(tmp_path, text, name=f"{case}.yaml")
    with pytest.raises(RegistryError) as ei:
        Registry.load(extra=[str(p)], cwd=str(tmp_path), shipped=False)
    msg = str(ei.value)
    assert "\n" not in msg
    assert msg.startswith(f"{p}:{line}: "), msg
    assert problem in msg, msg


def test_dangling_affiliation_is_checked_after_all_files_are_merged(tmp_path):
    first = write(tmp_path, """
        claimants:
          - id: analyst-a
            name: Analyst A
            type: analyst
            affiliation: [institute-b]
        """, name="first.yaml")
    second = write(tmp_path, """
        claimants:
          - id: institute-b
            name: Institute B
            type: think-tank
        """, name="second.yaml")
    reg = Registry.load(extra=[str(first), str(second)], cwd=str(tmp_path), shipped=False)
    assert reg.get("analyst-a").affiliation == ["institute-b"]
    with pytest.raises(RegistryError, match=rf"^{re.escape(str(first))}:5: affiliation 'institute-b'"):
        Registry.load(extra=[str(first)], cwd=str(tmp_path), shipped=False)


def test_an_override_may_not_break_the_shipped_entries(tmp_path):
    p = write(tmp_path, """
        claimants:
          - id: sabrina-singh
            affiliation: [us-pentagon]
        """)
    with pytest.raises(RegistryError, match=rf"^{re.escape(str(p))}:3: affiliation 'us-pentagon' of 'sabrina-singh'"):
        load_only(p)


def test_a_missing_file_is_a_one_line_error(tmp_path):
    with pytest.raises(RegistryError, match=rf"^{re.escape(str(tmp_path / 'none.yaml'))}: cannot read registry"):
        Registry.load(extra=[str(tmp_path / "none.yaml")], cwd=str(tmp_path))


def test_scan_with_a_bad_sources_file_exits_2_with_the_one_line(tmp_path):
    bad = write(tmp_path, """
        claimants:
          - id: x
            name: X
            kind: media
        """, name="bad.yaml")
    doc = tmp_path / "x.md"
    doc.write_text("The ministry said 40 people died.\n", encoding="utf-8")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(cli, ["scan", "--sources", "bad.yaml", "x.md"])
    finally:
        os.chdir(old)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines == ["attrib: bad.yaml:4: unknown key 'kind' (expected one of: " + ", ".join(ENTRY_KEYS) + ")"]
    assert bad.exists()


def test_scan_with_a_good_sources_file_uses_it(tmp_path):
    good = write(tmp_path, """
        claimants:
          - id: acme-analytics
            name: Acme Analytics
            type: think-tank
        """, name="good.yaml")
    doc = tmp_path / "x.md"
    doc.write_text("Acme Analytics said 40 people died.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["scan", "--format", "json", "--sources", str(good), str(doc)])
    assert result.exit_code == 0, result.output
    assert '"acme-analytics"' in result.stdout
