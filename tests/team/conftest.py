"""Team mode tests: several Svarbox clients on one real PostgreSQL server started by the run.

The PostgreSQL fixtures (``pg_server``, ``pg_url``, ``db_url``, ``pg_cluster_factory``) live
in ``tests/team/pgfixtures.py`` as a plugin, so other folders can use them too: add
``pytest_plugins = ["tests.team.pgfixtures"]`` to ``tests/conftest.py``. Registering it here
as well is harmless: an already registered plugin is not loaded twice.
"""
import pytest

from tests.team.teamkit import Team


def pytest_configure(config):
    if not config.pluginmanager.has_plugin("tests.team.pgfixtures"):
        config.pluginmanager.import_plugin("tests.team.pgfixtures")


@pytest.fixture
def make_team(tmp_path):
    """Build a team on a database URL: Anna's client with a synced Facebook account."""
    made = []

    def make(url: str, **kwargs) -> Team:
        team = Team(url, tmp_path, **kwargs)
        made.append(team)
        return team

    yield make
    for team in made:
        team.close()
