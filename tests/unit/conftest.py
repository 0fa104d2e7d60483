"""Fixtures shared by the service tests."""
import pytest

from app.config import resolve_paths
from app.models.db import open_database
from tests.factories import open_test_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    """Each service test runs on SQLite and on PostgreSQL."""
    database = open_test_database(request, tmp_path)
    yield database
    database.dispose()


@pytest.fixture()
def file_db(tmp_path):
    """The SQLite file the CLI opens with --data-dir tmp_path."""
    database = open_database(resolve_paths(str(tmp_path)))
    yield database
    database.dispose()
