"""X keywords are changed in the window: the navigator's account menu opens the platform settings."""
from app.services import platform_options


def test_x_keywords_are_changed_from_the_navigator(window, idle, qtbot):
    acc = next(a for a in window.navigator._accounts.values() if a.platform == "x")
    dialog = window.navigator.open_platform_settings(acc.account_id)
    assert dialog is not None and dialog.panel.keywords.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    dialog.panel.keywords.setText("svømmehal, Viborg Kommune")
    dialog.panel.monitoring.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    options = platform_options.get_options(window.ws, acc.name)
    assert options["keywords"] == ["svømmehal", "Viborg Kommune"] and options["keyword_monitoring"] is True
