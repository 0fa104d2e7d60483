"""The window's syncing, attached to ``MainWindow`` as ``window.syncing``: one job per
account on the task runner (never two of one account at once), progress in the navigator,
the offline state for the banner, and reconnecting an account with a new token.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from app.services.inbound.sync import sync_account


class SyncController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._offline: dict[int, bool] = {}

    def sync_now(self, account_ids: list[int] | None = None) -> None:
        ids = account_ids if account_ids else [a.account_id for a in self._accounts()]
        if not ids and self.window.inbox._counts is None:
            # Counts not loaded yet (F5 right at start): try again when they are.
            QTimer.singleShot(500, self.window.sync_now)
            return
        ws = self.window.ws
        started = 0
        for account_id in ids:
            key = f"sync:{account_id}"
            if self.window.runner.is_busy(key):
                continue   # never two syncs of one account at once
            progress = lambda n, a=account_id: self.window.syncProgress.emit(a, n)   # queued to the GUI thread
            self.window.navigator.set_progress(account_id, 0)
            self.window.runner.run(lambda a=account_id, p=progress: sync_account(ws, a, progress=p),
                            on_success=self._synced, on_failure=self.window._known_or_bug, key=key, label=key)
            started += 1
        if started:
            self.window.sync_label.setText(self.tr("Syncing…"))

    def _synced(self, result) -> None:
        self.window.navigator.set_progress(result.account_id, None)
        self._offline[result.account_id] = bool(getattr(result, "offline", False))
        if not any(self.window.runner.is_busy(f"sync:{a}") for a in self._offline):
            self.window.sync_label.setText(self.tr("Last sync {time}").format(
                time=self.window.now().astimezone().strftime("%H:%M")))
        self.window.inbox._after_background_change()
        if getattr(result, "ok", False):
            self.window.flush_outbox()
        self.window.team.check_crisis()   # a sync may have brought the storm in

    def reconnect_account(self, account_id: int) -> None:
        acc = next((a for a in self._accounts() if a.account_id == account_id), None)
        if acc is None:
            return
        token = self.window.ask_text(self.tr("Reconnect {account}").format(account=acc.name), self.tr(
            "Paste a new access token for {account}. It goes straight to your keychain.").format(account=acc.name),
            secret=True)
        if not token:
            return
        ws, name = self.window.ws, acc.name

        def job():
            from app.services.accounts import reconnect
            return reconnect(ws, name, token.strip())

        def done(_info) -> None:
            self.window.statusBar().showMessage(self.tr("{account} is connected again.").format(account=name), 6000)
            self.window.sync_now([account_id])
            self.window.reload_counts()
        self.window.runner.run(job, on_success=done, on_failure=self.window._known_or_bug, key=f"sync:{account_id}")

    def _accounts(self) -> list:
        counts = self.window.inbox._counts
        return counts.accounts if counts else []

    def _interval_minutes(self) -> int:
        try:
            return max(1, int(self.window.ws.settings.get("sync.interval_minutes") or 5))
        except (TypeError, ValueError):
            return 5
