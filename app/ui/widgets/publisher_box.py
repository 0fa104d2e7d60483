"""The "Publishing" box of an account in the settings window (issue 19, point 6): who may
publish on the account, and whether publishing requires a passed training course.

A colleague not on the list can still write a post for the account; it waits for one of
the publishers to approve it. The values are saved with the rest of the settings window
(``app.services.outbound.publishers.save``).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _NameEdit(QLineEdit):
    """Enter adds the name; it must not also press the settings window's OK button."""

    def keyPressEvent(self, event) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class PublisherBox(QGroupBox):
    def __init__(self, account_id: int, names: list[str], course_pack: str | None, courses: list[str],
                 user: str, on_change=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.account_id, self.user = account_id, user
        self._on_change = on_change
        self._initial = (list(names), course_pack or "")
        self.setObjectName(f"account{account_id}Publishers")
        lay = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        row = QHBoxLayout()
        self.name_edit = _NameEdit(self)
        self.name_edit.setObjectName("publisherName")
        self.name_edit.setMaxLength(200)
        self.name_edit.returnPressed.connect(self.add_name)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("publisherAdd")
        self.add_button.clicked.connect(self.add_name)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.add_button)
        lay.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("publisherList")
        self.list.setMaximumHeight(110)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        for name in names:
            self.list.addItem(name)
        lay.addWidget(self.list)
        remove_row = QHBoxLayout()
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("publisherRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        lay.addLayout(remove_row)
        self.warning = QLabel(self)
        self.warning.setObjectName("publisherWarning")
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #8A4B00;")
        lay.addWidget(self.warning)
        form = QFormLayout()
        self.course_label = QLabel(self)
        self.course_combo = QComboBox(self)
        self.course_combo.setObjectName("publisherCourse")
        self.course_combo.setEditable(True)       # a pack of the municipality's own, by its name
        self.course_combo.addItem("", "")
        for name in dict.fromkeys([*courses, *([course_pack] if course_pack else [])]):
            self.course_combo.addItem(name, name)
        self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(course_pack or "")))
        self.course_combo.currentTextChanged.connect(lambda _t: self._changed())
        self.course_label.setBuddy(self.course_combo)
        form.addRow(self.course_label, self.course_combo)
        lay.addLayout(form)
        self.retranslate()
        self._update()

    # --- editing

    def add_name(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if name and name.casefold() not in {n.casefold() for n in self.names()}:
            self.list.addItem(name)
            self._changed()
        self.name_edit.clear()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._changed()

    def _changed(self) -> None:
        self._update()
        if self._on_change:
            self._on_change()

    def _update(self) -> None:
        names = self.names()
        self.remove_button.setEnabled(bool(names))
        if not names:
            self.warning.setText(self.tr("Everyone who uses Svarbox may publish on this account."))
        elif self.user not in names:
            self.warning.setText(self.tr("You are not on the list: after saving, your posts here wait for "
                                         "a publisher's approval."))
        else:
            self.warning.setText("")
        self.warning.setVisible(bool(self.warning.text()))

    # --- values

    def names(self) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())]

    def course_pack(self) -> str:
        text = self.course_combo.currentText().strip()
        return "" if text == self.course_combo.itemText(0) else text

    def is_changed(self) -> bool:
        return (self.names(), self.course_pack()) != self._initial

    def mark_saved(self) -> None:
        self._initial = (self.names(), self.course_pack())

    # --- language

    def retranslate(self) -> None:
        self.setTitle(self.tr("Publishing"))
        self.intro.setText(self.tr("Who may publish posts on this account. Others can write a post here; "
                                   "it waits for one of these publishers to approve it. Leave the list "
                                   "empty to let everyone publish."))
        self.name_edit.setPlaceholderText(self.tr("Name of a colleague, as in Svarbox"))
        self.name_edit.setAccessibleName(self.tr("Publisher to add"))
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add publisher"))
        self.list.setAccessibleName(self.tr("Publishers of this account"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected publishers"))
        self.course_label.setText(self.tr("Requires the course:"))
        self.course_combo.setAccessibleName(self.tr("Training course required to publish"))
        self.course_combo.setItemText(0, self.tr("No course required"))
        self.course_combo.setToolTip(self.tr("A publisher must hold a certificate of this training pack."))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def attach(editor, ws, setting, courses: list[str], user: str, on_change=None) -> PublisherBox:
    """Add the box under an account editor's columns (settings window, Accounts tab)."""
    box = PublisherBox(setting.account_id, setting.names, setting.course_pack, courses, user, on_change, editor)
    editor.layout().addWidget(box)
    editor.publisher_box = box
    return box
