"""The window shows only what the person's role allows, and says why in words.

Attached to ``MainWindow`` as ``window.access_gate`` (three one-line hooks). On the team's
PostgreSQL it reads the login's roles once (``services.access.current_access``), disables the
item actions the role does not allow for the selected item's account with the reason as the
tooltip and status tip ("Answering needs the communicator role; your role for Aarby
Bibliotek is reader ..."), records "opened" in the audit log when a conversation is shown, and gives
administrators "Audit log…". The database enforces all of it anyway (row-level security);
this only spares the person a refusal after the fact. Navigator and views need nothing here:
the database returns only the accounts and items the login may see. The single-user SQLite
file allows everything, as before.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from app.services.team import access as access_service

# Window action key -> the action's name in services.access.ACTION_RANK.
ACTION_KEYS = {"send": "reply", "reply": "reply", "holding": "holding_reply", "no_reply": "no_reply",
               "refer": "refer", "hide": "hide", "unhide": "unhide", "delete": "delete",
               "spam": "spam", "reopen": "reopen", "note": "note", "assign": "assign",
               "unassign": "assign", "export_case": "export", "forget": "forget",
               "mute": "mute", "block": "block", "report": "report"}


class AccessGate(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.access = access_service.Access(None, True)   # until read; the database says no anyway
        self.team_db = window.ws.db.dialect == "postgresql"
        self._tips: dict[int, tuple[str, str]] = {}
        self.audit_action: QAction | None = None
        if self.team_db:
            window.runner.run_in_session(window.ws.db, access_service.current_access, on_success=self._loaded,
                                         on_failure=lambda _exc: None, key="access")
        else:
            self._add_audit_action()

    # --- reading the role -------------------------------------------------------------------
    def _loaded(self, result) -> None:
        self.access = result
        if result.is_admin:
            self._add_audit_action()
        self.apply(self.window.current_row())

    def _add_audit_action(self) -> None:
        if self.audit_action is not None:
            return
        menu = next((a.menu() for a in self.window.menuBar().actions() if a.menu() is not None), None)
        action = QAction(self.tr("Audit &log…"), self.window)
        action.setObjectName("action_audit_log")
        action.setStatusTip(self.tr("Who opened, answered, exported, hid, forgot or reassigned what"))
        action.triggered.connect(lambda _=False: self.show_audit())
        if menu is not None:
            menu.addAction(action)
        self.window.addAction(action)
        self.audit_action = action

    # --- hooks from the window ------------------------------------------------------------
    def refusal(self, action: str, row) -> str | None:
        return self.access.refusal(action, row.account_id) if row is not None else None

    def apply(self, row) -> None:
        """After the window enabled the actions for the selected item: switch off what the
        role forbids, with the reason where the person looks (tooltip, status bar)."""
        widgets = [(self.window.actions_by_key.get(key), name) for key, name in ACTION_KEYS.items()]
        buttons = getattr(getattr(self.window, "composer", None), "buttons", {}) or {}
        widgets += [(button, ACTION_KEYS.get(key, key)) for key, button in buttons.items()]
        first_reason = None
        for widget, name in widgets:
            if widget is None:
                continue
            original = self._tips.setdefault(id(widget), (widget.toolTip(), widget.statusTip()))
            reason = self.refusal(name, row)
            if reason:
                widget.setEnabled(False)
                widget.setToolTip(reason)
                widget.setStatusTip(reason)
                first_reason = first_reason or (reason if name == "reply" else None)
            else:
                widget.setToolTip(original[0])
                widget.setStatusTip(original[1])
        if first_reason:
            self.window.statusBar().showMessage(first_reason, 10000)

    def item_opened(self, row) -> None:
        """The data protection officer's "who opened what" (team database only)."""
        if not self.team_db or row is None:
            return
        from app.services.team import audit
        self.window.runner.run_in_session(self.window.ws.db, audit.record_opened, self.window.user, row.id,
                                          on_failure=lambda _exc: None, key="audit-opened")

    def show_audit(self) -> None:
        from app.ui.dialogs.audit_window import AuditWindow
        if self.access.refusal("audit") and not self.access.unrestricted:
            self.window.statusBar().showMessage(self.access.refusal("audit"), 10000)
            return
        dialog = AuditWindow(self.window.ws, self.window.runner, self.window)
        dialog.show()
        self.window.audit_window = dialog
