"""The one QApplication: names, translations and the window icon (window and self-test)."""
from __future__ import annotations

import sys


def make_application(language: str | None = None):
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.ui import icons

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Svarbox")
    app.setOrganizationName("Svarbox")
    app.setApplicationDisplayName("Svarbox")
    i18n.install(language or None)
    app.setWindowIcon(icons.app_icon())
    return app
