"""Shared test settings: the hypothesis profiles of the fuzz suite (tests/test_fuzz.py).

- ``attrib-ci`` (the default): a fixed, small number of examples per property, derandomized, so the
  whole suite stays quick and every run tries the same inputs;
- ``attrib-fuzz``: 10,000 examples per property, random (``--hypothesis-profile attrib-fuzz``, or
  ``ATTRIB_FUZZ_EXAMPLES=N`` for N examples).

And the `attrib` commands the tests start keep their cache (attrib.cache) in a temporary folder, with
no `attrib check` results kept from one test to the next (attrib.resultcache).
"""
import os
import shutil
import tempfile

import pytest

os.environ["ATTRIB_CACHE_DIR"] = tempfile.mkdtemp(prefix="attrib-test-cache-")  # never the user's ~/.cache/attrib

try:
    from hypothesis import HealthCheck, settings
except ImportError:  # pragma: no cover - hypothesis is a test extra
    settings = None

if settings is not None:
    _quiet = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
    settings.register_profile("attrib-ci", max_examples=40, deadline=None, derandomize=True, database=None,
                              suppress_health_check=_quiet)
    settings.register_profile("attrib-fuzz", max_examples=10_000, deadline=None, database=None,
                              suppress_health_check=_quiet)
    n = os.environ.get("ATTRIB_FUZZ_EXAMPLES")
    if n:
        settings.register_profile("attrib-env", max_examples=int(n), deadline=None, database=None,
                                  suppress_health_check=_quiet)
        settings.load_profile("attrib-env")
    else:
        settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "attrib-ci"))


@pytest.fixture(autouse=True)
def _fresh_check_results():
    """Each test starts without kept `attrib check` results (attrib.resultcache): no test sees
    another's; the registry, lexicon and pattern caches stay warm for speed."""
    shutil.rmtree(os.path.join(os.environ["ATTRIB_CACHE_DIR"], "check"), ignore_errors=True)
    yield
