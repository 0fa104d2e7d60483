"""The team's template library, edited in the window: list by language and category, edit
name, category, language and text, insert placeholders, see a sample rendering, delete, and
share the library as JSON (the same format as `svarbox templates import|export`)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.services.content import templates as tpl
from app.services.content import templates_store as store
from app.ui.tasks import TaskRunner

LANGUAGES = (("da", "Dansk"), ("sv", "Svenska"), ("en", "English"))
SAMPLE = {"author_first_name": "Anna", "author_name": "Anna Jensen", "account_name": "Viborg Kommune",
          "institution": "Kommunikation", "link": "https://viborg.dk/affald", "case_channel": "viborg.dk/kontakt",
          "my_name": "Mette Jensen", "my_first_name": "Mette", "topic": "affald", "answer_by": "fredag",
          "contact": "8787 8787"}


class TemplateEditor(QDialog):
    changed = Signal()

    def __init__(self, ws, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Reply templates"))
        self.resize(900, 560)
        # Replaceable in tests: where import/export files come from and go.
        self.choose_open = lambda: QFileDialog.getOpenFileName(self, self.tr("Import templates"), "",
                                                               "JSON (*.json)")[0]
        self.choose_save = lambda: QFileDialog.getSaveFileName(self, self.tr("Export templates"),
                                                               "svarbox-templates.json", "JSON (*.json)")[0]
        self._current: tpl.Template | None = None
        outer = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.language_filter = QComboBox(self)
        self.language_filter.addItem(self.tr("All languages"), None)
        for code, name in LANGUAGES:
            self.language_filter.addItem(name, code)
        self.language_filter.setAccessibleName(self.tr("Show templates in language"))
        filters.addWidget(self.language_filter)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a template"))
        self.search.setAccessibleName(self.tr("Find a template"))
        filters.addWidget(self.search, 1)
        outer.addLayout(filters)
        split = QSplitter(self)
        self.list = QListWidget(split)
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        form_host = QWidget(split)
        form = QFormLayout(form_host)
        self.name = QLineEdit(form_host)
        self.category = QComboBox(form_host)
        for key in tpl.CATEGORIES:
            self.category.addItem(tpl.category_label(key), key)
        self.language = QComboBox(form_host)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.body = QPlainTextEdit(form_host)
        self.body.setObjectName("templateBody")
        self.insert = QPushButton(self.tr("Insert placeholder"), form_host)
        menu = QMenu(self.insert)
        for key in tpl.KNOWN_PLACEHOLDERS:
            menu.addAction(tpl.placeholder_label(key), lambda k=key: self.body.insertPlainText("{" + k + "}"))
        self.insert.setMenu(menu)
        self.preview = QLabel(form_host)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.preview.setObjectName("templatePreview")
        self.message = QLabel(form_host)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Category"), self.category),
                              (self.tr("Language"), self.language), (self.tr("Text"), self.body),
                              ("", self.insert), (self.tr("Example"), self.preview), ("", self.message)):
            widget.setAccessibleName(label or widget.text() if hasattr(widget, "text") else label)
            form.addRow(label, widget)
        self.preview.setAccessibleName(self.tr("Example with sample values"))
        self.message.setAccessibleName(self.tr("Template status"))
        split.setSizes([300, 600])
        outer.addWidget(split, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("saveTemplateButton")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        for button in (self.new_button, self.save_button, self.delete_button, self.import_button,
                       self.export_button):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self.language_filter.currentIndexChanged.connect(self.reload)
        self.search.textChanged.connect(self.reload)
        self.list.currentItemChanged.connect(self._show)
        self.body.textChanged.connect(self._update_preview)
        self.new_button.clicked.connect(self.new_template)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.reload()

    # --- list ---------------------------------------------------------------------------
    def templates(self) -> list[tpl.Template]:
        return TaskRunner.call_in_session(self.ws.db, store.templates_for, self.language_filter.currentData())

    def reload(self, *_args, select: tuple[str, str] | None = None) -> None:
        needle = self.search.text().strip().lower()
        self.list.clear()
        for template in self.templates():
            if needle and needle not in (template.name + " " + template.body).lower():
                continue
            item = QListWidgetItem(f"{template.name}  ·  {template.language}  ·  "
                                   f"{tpl.category_label(template.category)}")
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
            if select == (template.name, template.language):
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _show(self, current, _previous=None) -> None:
        template = current.data(Qt.ItemDataRole.UserRole) if current else None
        self._current = template
        if template is None:
            return
        self.name.setText(template.name)
        self.category.setCurrentIndex(self.category.findData(template.category))
        self.language.setCurrentIndex(self.language.findData(template.language))
        self.body.setPlainText(template.body)
        self.message.clear()

    def _update_preview(self) -> None:
        try:
            self.preview.setText(tpl.render(self.body.toPlainText(), SAMPLE))
        except KnownError as exc:
            self.preview.setText(exc.message)

    # --- actions -----------------------------------------------------------------------
    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #A50E0E;" if error else "")

    def new_template(self) -> None:
        self._current = None
        self.list.clearSelection()
        self.name.setText(self.tr("New template"))
        self.body.setPlainText(self.tr("Hi {author_first_name}!") + "\n\n")
        self.name.setFocus()
        self.name.selectAll()

    def save(self) -> bool:
        template = tpl.Template(self.name.text().strip(), self.category.currentData(),
                                self.language.currentData(), self.body.toPlainText().strip())
        try:
            tpl.placeholders(template.body)          # unmatched braces are refused in words
            TaskRunner.call_in_session(self.ws.db, store.save_template, template, self.ws.user,
                                       old_name=self._current.name if self._current and
                                       self._current.language == template.language else None)
        except KnownError as exc:
            self._say(exc.message, error=True)
            return False
        self.reload(select=(template.name, template.language))
        self._say(self.tr("Saved."))
        self.changed.emit()
        return True

    def delete(self) -> None:
        if self._current is None:
            return
        try:
            TaskRunner.call_in_session(self.ws.db, store.delete_template, self._current.name, self._current.language,
                                       self.ws.user)
        except KnownError as exc:
            self._say(exc.message, error=True)
            return
        name = self._current.name
        self._current = None
        self.reload()
        self._say(self.tr("Deleted {name}.").format(name=name))
        self.changed.emit()

    def import_file(self) -> None:
        path = self.choose_open()
        if not path:
            return
        try:
            templates = tpl.import_json(path)
            added, updated = TaskRunner.call_in_session(self.ws.db, store.import_templates, templates, self.ws.user)
        except KnownError as exc:
            self._say(exc.message, error=True)
            return
        self.reload()
        self._say(self.tr("Imported {added} new and {updated} changed templates.").format(
            added=added, updated=updated))
        self.changed.emit()

    def export_file(self) -> None:
        path = self.choose_save()
        if not path:
            return
        try:
            tpl.export_json(self.templates(), path)
        except (KnownError, OSError) as exc:
            self._say(getattr(exc, "message", None) or str(exc), error=True)
            return
        self._say(self.tr("Exported to {path}.").format(path=path))
