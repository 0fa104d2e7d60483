"""A platform's refusal that reaches the window (a background job raising a connector error)
is shown as the one sentence app.services.errors has for it, never as a crash report."""
from __future__ import annotations

from app.connectors import base as cb
from app.services.errors import user_message


def test_a_connector_error_from_a_job_is_a_sentence_not_a_crash(window, monkeypatch):
    crashes = []
    monkeypatch.setattr("app.ui.main_window.show_crash", lambda *args: crashes.append(args))
    error = cb.AuthExpired("Error validating access token: Session has expired on Monday")
    window._known_or_bug(error)
    assert window.error_banner.label.text() == user_message(error)
    assert "Session has expired" not in window.error_banner.label.text()
    assert crashes == []
    window._known_or_bug(ZeroDivisionError("a bug"))                 # a bug still goes to the crash report
    assert len(crashes) == 1
