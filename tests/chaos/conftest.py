"""The chaos suite runs through `make chaos` (and `.ci/run`, which calls it), not inside
`make test`: it starts worker processes, PostgreSQL clusters and proxies for minutes, and CI
would otherwise run it twice."""
import os

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("SVARBOX_CHAOS"):
        return
    skip = pytest.mark.skip(reason="chaos suite: run it with `make chaos` (SVARBOX_CHAOS=1)")
    for item in items:
        if "tests/chaos/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)
