"""Test-wide settings: the `attrib` commands the tests start keep their cache in a temporary folder."""
import os
import tempfile

_CACHE = tempfile.mkdtemp(prefix="attrib-test-cache-")
os.environ["ATTRIB_CACHE_DIR"] = _CACHE  # never the user's ~/.cache/attrib
