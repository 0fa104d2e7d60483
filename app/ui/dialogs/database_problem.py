"""The database cannot be opened: a damaged file or a failed upgrade, said in words, with what
the person can do - open the folder (the backups that really exist are named), start afresh
while the damaged file is kept, or quit. Nothing is deleted here.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from app import clock
from app.errors import DamagedDatabaseError, DatabaseError, KnownError, MigrationFailedError
from app.models.backup_files import set_aside

QUIT, FRESH = "quit", "fresh"


def _open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class DatabaseProblemDialog(QDialog):
    #: Replaced in tests: opens the file manager on the folder.
    open_folder = staticmethod(_open_folder)

    def __init__(self, error: DatabaseError, parent=None):
        super().__init__(parent)
        self.error = error
        self.choice = QUIT
        path = getattr(error, "path", None)
        self.folder = Path(path).resolve().parent if path is not None else None
        self.setObjectName("databaseProblem")
        self.setWindowTitle(self.tr("The database cannot be opened – Svarbox"))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        self.text = QLabel(error.message, self)
        self.text.setObjectName("databaseProblemText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        lay.addWidget(self.text)
        backups = list(getattr(error, "backups", []) or [])
        if getattr(error, "backup", None) is not None:
            backups.append(error.backup)
        self.backups = QListWidget(self)
        self.backups.setObjectName("databaseBackups")
        self.backups.setAccessibleName(self.tr("Backup copies in the folder"))
        for backup in reversed(backups) if isinstance(error, DamagedDatabaseError) else backups:
            self.backups.addItem(Path(backup).name)
        self.backups.setVisible(bool(backups))
        lay.addWidget(self.backups)
        row = QHBoxLayout()
        self.folder_button = QPushButton(self.tr("Open the folder"), self)
        self.folder_button.setObjectName("openFolderButton")
        self.folder_button.setEnabled(self.folder is not None)
        self.folder_button.clicked.connect(lambda: self.open_folder(self.folder))
        row.addWidget(self.folder_button)
        self.fresh_button = QPushButton(self.tr("Start afresh (keep the damaged file)"), self)
        self.fresh_button.setObjectName("startFreshButton")
        self.fresh_button.setAccessibleDescription(self.tr(
            "The damaged file is renamed and kept in the folder; Svarbox starts with an empty cache"))
        self.fresh_button.setVisible(isinstance(error, DamagedDatabaseError) and path is not None)
        self.fresh_button.clicked.connect(self._fresh)
        row.addWidget(self.fresh_button)
        row.addStretch(1)
        quit_button = QPushButton(self.tr("Quit"), self)
        quit_button.setObjectName("quitButton")
        quit_button.clicked.connect(self.reject)
        row.addWidget(quit_button)
        lay.addLayout(row)

    def _fresh(self) -> None:
        self.choice = FRESH
        self.accept()


def start_afresh(error: DamagedDatabaseError) -> Path:
    """Keep the damaged file under a new name; the next open makes a new database."""
    return set_aside(Path(error.path), clock.now())


def offer(error: KnownError, parent=None, ask=None) -> bool:
    """Show ``error``; True when the person chose to start afresh (the damaged file was set
    aside, the caller opens the workspace again). ``ask(dialog) -> choice`` replaces the modal
    run in tests."""
    if not isinstance(error, (DamagedDatabaseError, MigrationFailedError)):
        return False
    dialog = DatabaseProblemDialog(error, parent)
    choice = ask(dialog) if ask is not None else (dialog.exec(), dialog.choice)[1]
    if choice == FRESH and isinstance(error, DamagedDatabaseError):
        start_afresh(error)
        return True
    return False
