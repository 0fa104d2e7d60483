def pytest_configure(config):
    if not config.pluginmanager.has_plugin("tests.team.pgfixtures"):
        config.pluginmanager.import_plugin("tests.team.pgfixtures")
