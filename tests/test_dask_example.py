"""examples/dask_scan.py: a folder scanned on Dask's local distributed scheduler gives attrib report's output."""
import importlib.util
import shutil
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from attrib.claims import build_claims  # noqa: E402
from attrib.pipeline import scan_paths  # noqa: E402
from attrib.registry import Registry  # noqa: E402
from attrib.render.report import render  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("dask_scan", ROOT / "examples" / "dask_scan.py")
dask_scan = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dask_scan)


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


@pytest.fixture
def folder(tmp_path):
    for p in sorted((ROOT / "tests" / "corpus").glob("*.md"))[:6] + sorted((ROOT / "examples" / "articles").glob("*.md")):
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "zz-binary.md").write_bytes(b"\x00\x01 not text")
    return tmp_path


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_dask_report_is_attrib_report(client, folder, fmt):
    out, problems = dask_scan.report(client, [str(folder)], fmt)
    docs, errors = scan_paths([str(folder)])
    registry = Registry.default()
    assert out == render(docs, build_claims(docs, registry), fmt, registry=registry)
    assert problems == [str(e) for e in errors] and problems[0].endswith("zz-binary.md: binary file, not text")
    assert "corroborated" in out


def test_dask_results_are_documents(client, folder):
    docs, _ = dask_scan.scan_folder(client, [str(folder)])
    assert [d.path for d in docs] == sorted(str(p) for p in folder.glob("*.md") if p.name != "zz-binary.md")
    assert any(f.status == "attributed" for d in docs for f in d.figures)
