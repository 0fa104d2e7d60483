"""The scenario editor (issue 22): create and edit training packs, and approve a real
conversation turned into an anonymised training case.

``ScenarioEditorWindow(data, path)`` edits a pack's JSON (pack name, language, description,
the case channel referrals point to; per scenario the message, author, platform, kind, timing,
expected handling, hint and the feedback sentence for a missed handling) and saves it through
training_cases.save_pack, which refuses an incomplete pack in words. Every choice shows a
translated label; the JSON keeps the pack format's codes. ``CaseApprovalDialog`` shows the anonymised case and
every replacement; nothing is saved until the trainer approves. Citizen text is plain text.
"""
from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UsageError
from app.i18n import translate
from app.services.training import training_cases
from app.ui import icons
from app.ui.tasks import TaskRunner

EXPECT = training_cases.EXPECTATIONS


def _categories() -> tuple[str, ...]:
    from app.services.content.templates import CATEGORIES
    return tuple(CATEGORIES)


def expectation_label(code: str) -> str:
    """What the trainer reads for an expected-handling code of the pack format."""
    labels = {
        "greet": translate("ScenarioForm", "Greet the resident"),
        "sign": translate("ScenarioForm", "Sign with the signature"),
        "answer": translate("ScenarioForm", "Answer the question"),
        "holding-reply": translate("ScenarioForm", "Send a holding reply"),
        "refer": translate("ScenarioForm", "Refer to the case channel"),
        "link": translate("ScenarioForm", "Link to the web page"),
        "thank": translate("ScenarioForm", "Say thank you"),
        "stay-calm": translate("ScenarioForm", "Stay calm and factual"),
        "hide": translate("ScenarioForm", "Hide it"),
        "mark-spam": translate("ScenarioForm", "Mark it as spam"),
        "report-threat": translate("ScenarioForm", "Report the threat"),
        "apologise": translate("ScenarioForm", "Apologise for the wait"),
        "no-personal-data": translate("ScenarioForm", "Repeat no personal data"),
        "private-message": translate("ScenarioForm", "Answer in a private message"),
        "no-reply": translate("ScenarioForm", "Leave it unanswered"),
    }
    return labels.get(code, code)


def kind_label(kind: str) -> str:
    return {"comment": translate("ScenarioForm", "Comment"), "message": translate("ScenarioForm", "Private message"),
            "mention": translate("ScenarioForm", "Mention")}.get(kind, kind)


def language_label(code: str) -> str:
    return {"da": translate("ScenarioForm", "Danish"), "sv": translate("ScenarioForm", "Swedish"),
            "en": translate("ScenarioForm", "English")}.get(code, code)


def _fill_box(box: QComboBox, codes, label) -> None:
    """Labels for people, the pack format's codes as item data."""
    for code in codes:
        box.addItem(label(code), code)


def select_code(box: QComboBox, code: str) -> None:
    """Select the entry whose code is ``code``; a code the box does not know is added as itself,
    so a pack written by a newer Svarbox is kept, not rewritten."""
    index = box.findData(code)
    if index < 0:
        box.addItem(code, code)
        index = box.count() - 1
    box.setCurrentIndex(index)


def code_of(box: QComboBox) -> str:
    return str(box.currentData() or "")


class ScenarioForm(QWidget):
    """The fields of one scenario; ``load(dict)`` and ``dump() -> dict``. Every choice shows a
    translated label; the JSON keeps the pack format's codes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        self.id_edit = QLineEdit(self)
        self.author_edit = QLineEdit(self)
        self.platform_box = QComboBox(self)
        _fill_box(self.platform_box, training_cases.PLATFORMS, icons.platform_name)
        for i, code in enumerate(training_cases.PLATFORMS):
            self.platform_box.setItemIcon(i, icons.platform_icon(code))
        self.kind_box = QComboBox(self)
        _fill_box(self.kind_box, training_cases.KINDS, kind_label)
        self.text_edit = QPlainTextEdit(self)
        self.arrive_spin = QSpinBox(self)
        self.arrive_spin.setRange(0, 24 * 3600)
        self.arrive_spin.setSuffix(self.tr(" seconds"))
        self.deadline_spin = QSpinBox(self)
        self.deadline_spin.setRange(10, 14 * 24 * 3600)
        self.deadline_spin.setSuffix(self.tr(" seconds"))
        self.category_box = QComboBox(self)
        from app.services.content.templates import category_label
        _fill_box(self.category_box, _categories(), category_label)
        # Expected handling: one check box per code, in three columns (fits 1366x768).
        self.expect_box = QWidget(self)
        grid = QGridLayout(self.expect_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.expect_checks: dict[str, QCheckBox] = {}
        for n, code in enumerate(EXPECT):
            check = QCheckBox(expectation_label(code), self.expect_box)
            check.setObjectName(f"expect-{code}")
            check.setAccessibleName(check.text())
            grid.addWidget(check, n // 3, n % 3)
            self.expect_checks[code] = check
        self._other_expect: list[str] = []      # codes this Svarbox does not know: kept as they are
        self.hint_edit = QPlainTextEdit(self)
        self.hint_edit.setMaximumHeight(60)
        self.text_edit.setMaximumHeight(90)
        for edit in (self.text_edit, self.hint_edit):      # wrapped at the width: no sideways scrolling
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.feedback_edit = QLineEdit(self)
        rows = [(self.tr("ID"), self.id_edit), (self.tr("Author"), self.author_edit),
                (self.tr("Platform"), self.platform_box), (self.tr("Kind"), self.kind_box),
                (self.tr("Message"), self.text_edit), (self.tr("Arrives after"), self.arrive_spin),
                (self.tr("Deadline"), self.deadline_spin), (self.tr("Expected answer"), self.category_box),
                (self.tr("Expected handling"), self.expect_box), (self.tr("Hint"), self.hint_edit),
                (self.tr("Feedback if handled wrongly"), self.feedback_edit)]
        for label, widget in rows:
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.platform_box.currentIndexChanged.connect(lambda _i: self._platform_changed(code_of(self.platform_box)))

    def _platform_changed(self, platform: str) -> None:
        # Only Messenger has private messages; mentions are X's, Bluesky's and Mastodon's.
        kind = code_of(self.kind_box)
        if platform == "messenger":
            select_code(self.kind_box, "message")
        elif kind == "message" or (kind == "mention" and platform not in training_cases.MENTION_PLATFORMS):
            select_code(self.kind_box, "comment")

    def expectations(self) -> list[str]:
        """The checked codes: those the scenario had, in its order, then the newly checked ones."""
        checked = [c for c in EXPECT if self.expect_checks[c].isChecked()]
        before = [c for c in getattr(self, "_data", {}).get("expect", []) if c in checked]
        return before + [c for c in checked if c not in before] + self._other_expect

    def set_expectations(self, codes) -> None:
        codes = list(codes)
        for code, check in self.expect_checks.items():
            check.setChecked(code in codes)
        self._other_expect = [c for c in codes if c not in self.expect_checks]

    def load(self, s: dict) -> None:
        self._data = copy.deepcopy(s)
        self.id_edit.setText(str(s.get("id", "")))
        self.author_edit.setText(s.get("author", ""))
        select_code(self.platform_box, s.get("platform", "facebook"))
        select_code(self.kind_box, s.get("kind", "comment"))
        self.text_edit.setPlainText(s.get("text", ""))
        self.arrive_spin.setValue(int(s.get("arrive_after_s", 0)))
        self.deadline_spin.setValue(int(s.get("deadline_s", 180)))
        select_code(self.category_box, s.get("expected_category", "answer"))
        self.set_expectations(s.get("expect", []))
        self.hint_edit.setPlainText(s.get("hint", ""))
        self.feedback_edit.setText(((s.get("feedback") or {}).get("handling") or {}).get("miss", ""))
        self.feedback_edit.setCursorPosition(0)            # a long sentence shows its beginning

    def dump(self) -> dict:
        s = copy.deepcopy(getattr(self, "_data", {}))
        s.update({"id": self.id_edit.text().strip(), "author": self.author_edit.text().strip(),
                  "platform": code_of(self.platform_box), "kind": code_of(self.kind_box),
                  "text": self.text_edit.toPlainText(), "arrive_after_s": self.arrive_spin.value(),
                  "deadline_s": self.deadline_spin.value(), "policy": s.get("policy", "workdays:2"),
                  "expected_category": code_of(self.category_box), "expect": self.expectations(),
                  "hint": self.hint_edit.toPlainText().strip()})
        feedback = dict(s.get("feedback") or {})
        if self.feedback_edit.text().strip():
            feedback["handling"] = dict(feedback.get("handling") or {}, miss=self.feedback_edit.text().strip())
        else:
            feedback.pop("handling", None)
        if feedback:
            s["feedback"] = feedback
        else:
            s.pop("feedback", None)
        return s


class ScenarioEditorWindow(QWidget):
    def __init__(self, data: dict | None = None, path: str | Path | None = None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("scenarioEditor")
        self.setWindowTitle(self.tr("Training scenarios – Svarbox"))
        self.data = copy.deepcopy(data) if data else training_cases.new_pack()
        self.path = Path(path) if path else None
        self.ask_save_path: Callable[[], str | None] = self._save_dialog
        self._current = -1
        lay = QVBoxLayout(self)
        head = QFormLayout()
        self.name_edit = QLineEdit(self.data.get("name", ""), self)
        self.language_box = QComboBox(self)
        _fill_box(self.language_box, ("da", "sv", "en"), language_label)
        select_code(self.language_box, self.data.get("language", "da"))
        self.description_edit = QLineEdit(self.data.get("description", ""), self)
        # Where referrals point in this pack (the referral template's case channel).
        self.case_channel_edit = QLineEdit(self.data.get("case_channel", ""), self)
        self.case_channel_edit.setPlaceholderText(self.tr("Empty: the default for the pack's language"))
        for label, widget in ((self.tr("Pack name"), self.name_edit), (self.tr("Language"), self.language_box),
                              (self.tr("Description"), self.description_edit),
                              (self.tr("Case channel for referrals"), self.case_channel_edit)):
            widget.setAccessibleName(label)
            head.addRow(label, widget)
        lay.addLayout(head)
        split = QSplitter(self)
        left = QWidget(split)
        left_lay = QVBoxLayout(left)
        self.list = QListWidget(left)
        self.list.setAccessibleName(self.tr("Scenarios"))
        left_lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), left)
        self.remove_button = QPushButton(self.tr("Remove"), left)
        for b in (self.add_button, self.remove_button):
            b.setAccessibleName(b.text())
            row.addWidget(b)
        left_lay.addLayout(row)
        self.form = ScenarioForm(split)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setStretchFactor(1, 3)
        lay.addWidget(split, 1)
        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        bottom.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setAccessibleName(self.tr("Save"))
        bottom.addWidget(self.save_button)
        lay.addLayout(bottom)
        self.add_button.clicked.connect(self.add_scenario)
        self.remove_button.clicked.connect(self.remove_scenario)
        self.save_button.clicked.connect(self.save)
        self.list.currentRowChanged.connect(self._select)
        self._fill()
        self.resize(1100, 720)

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for s in self.data["scenarios"]:
            self.list.addItem(self._list_item(s))
        self.list.blockSignals(False)
        if self.data["scenarios"]:
            self._current = -1
            self.list.setCurrentRow(0)

    def _store_current(self) -> None:
        if 0 <= self._current < len(self.data["scenarios"]):
            self.data["scenarios"][self._current] = self.form.dump()
            s = self.data["scenarios"][self._current]
            item = self.list.item(self._current)
            if item is not None:
                item.setText(self._list_item(s).text())
                item.setIcon(icons.platform_icon(s["platform"]))

    @staticmethod
    def _list_item(s: dict) -> QListWidgetItem:
        item = QListWidgetItem(icons.platform_icon(s.get("platform", "")),
                               f"{s.get('id', '')} · {s.get('author', '')}")
        item.setToolTip(icons.platform_name(s.get("platform", "")))
        return item

    def _select(self, row: int) -> None:
        self._store_current()
        self._current = row
        if 0 <= row < len(self.data["scenarios"]):
            self.form.load(self.data["scenarios"][row])

    def add_scenario(self, scenario: dict | None = None) -> None:
        self._store_current()
        n = len(self.data["scenarios"]) + 1
        lang = code_of(self.language_box)
        last = max((int(s.get("arrive_after_s", 0)) for s in self.data["scenarios"]), default=-60)
        self.data["scenarios"].append(scenario or {
            "id": f"{lang}-{n:02d}", "platform": "facebook", "kind": "comment", "author": "", "text": "",
            "arrive_after_s": last + 60, "policy": "workdays:2", "expected_category": "answer",
            "expect": ["greet", "answer", "sign"], "hint": ""})
        self._current = -1
        self._fill()
        self.list.setCurrentRow(len(self.data["scenarios"]) - 1)

    def remove_scenario(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.data["scenarios"]):
            del self.data["scenarios"][row]
            self._current = -1
            self._fill()

    def pack_data(self) -> dict:
        self._store_current()
        data = copy.deepcopy(self.data)
        data.update(name=self.name_edit.text().strip(), language=code_of(self.language_box),
                    description=self.description_edit.text().strip())
        channel = self.case_channel_edit.text().strip()
        if channel:
            data["case_channel"] = channel
        else:
            data.pop("case_channel", None)
        return data

    def _save_dialog(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the training pack"),
                                              str(self.path or "training-pack.json"), self.tr("Training pack (*.json)"))
        return path or None

    def save(self) -> bool:
        data = self.pack_data()
        target = self.path or (Path(p) if (p := self.ask_save_path()) else None)
        if target is None:
            return False
        try:
            training_cases.save_pack(data, target)
        except UsageError as exc:
            self.status.setText(str(exc))
            return False
        except OSError as exc:
            self.status.setText(self.tr("The pack could not be written: {reason}").format(reason=exc.strerror or exc))
            return False
        self.path, self.data = Path(target), data
        self.status.setText(self.tr("Saved {path}").format(path=str(target)))
        return True


class CaseApprovalDialog(QDialog):
    """The anonymised case and every replacement, for the trainer's approval. ``rerun(places)``
    is called when the trainer marks more places to remove."""

    def __init__(self, scenario: dict, replacements, rerun: Callable[[list[str]], tuple] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("caseApproval")
        self.setWindowTitle(self.tr("Turn this conversation into a training case"))
        self.rerun = rerun
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Check that nothing in the case identifies a person or a place. "
                               "Nothing is saved until you approve."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Anonymised case"))
        lay.addWidget(self.text, 2)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Replacements"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Removed"), self.tr("Replaced by")])
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table, 2)
        places = QHBoxLayout()
        self.places_edit = QLineEdit(self)
        self.places_edit.setAccessibleName(self.tr("Places to remove"))
        self.places_edit.setPlaceholderText(self.tr("Places to remove, separated by commas"))
        self.places_button = QPushButton(self.tr("Remove these places"), self)
        self.places_button.setAccessibleName(self.places_button.text())
        self.places_button.clicked.connect(self._rerun)
        places.addWidget(self.places_edit, 1)
        places.addWidget(self.places_button)
        lay.addLayout(places)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = buttons.addButton(self.tr("Approve and save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve_button.setAccessibleName(self.tr("Approve and save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.show_case(scenario, replacements)
        self.resize(820, 620)

    def kind_text(self, kind: str) -> str:
        return {"link": self.tr("Link"), "email": self.tr("E-mail address"), "id": self.tr("ID number"),
                "number": self.tr("Number"), "address": self.tr("Address"), "place": self.tr("Place"),
                "handle": self.tr("Handle"), "name": self.tr("Name")}.get(kind, kind)

    def show_case(self, scenario: dict, replacements) -> None:
        self.scenario, self.replacements = scenario, list(replacements)
        lines = [f"{scenario['author']}: {scenario['text']}"]
        lines += [f"{m['author']}: {m['text']}" for m in scenario.get("thread", [])]
        self.text.setPlainText("\n\n".join(lines))
        self.text.setReadOnly(True)
        self.table.setRowCount(len(self.replacements))
        for r, rep in enumerate(self.replacements):
            for c, value in enumerate((self.kind_text(rep.kind), rep.original, rep.replacement)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _rerun(self) -> None:
        if self.rerun is None:
            return
        places = [p.strip() for p in self.places_edit.text().split(",") if p.strip()]
        self.show_case(*self.rerun(places))




class TrainingCaseFlow:
    """"Turn this conversation into a training case": anonymise, show for approval, append to
    a pack the trainer picks, then open that pack in the editor. Tests replace ``approve`` and
    ``ask_pack_path``."""

    def __init__(self, ws, item_id: int, parent=None):
        self.ws, self.item_id, self.parent = ws, item_id, parent
        self.approve: Callable[[CaseApprovalDialog], bool] = lambda d: d.exec() == QDialog.DialogCode.Accepted
        self.ask_pack_path: Callable[[], str | None] = self._pack_dialog
        self.dialog: CaseApprovalDialog | None = None
        self.editor: ScenarioEditorWindow | None = None
        self.saved: Path | None = None

    def _case(self, places: list[str]):
        return TaskRunner.call_in_session(self.ws.db, training_cases.case_for_item, self.item_id, places=places,
                                          case_id=f"case-{self.item_id}")

    def _pack_dialog(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, translate("Training", "Add the case to a training pack"),
                                              "training-pack.json", translate("Training", "Training pack (*.json)"))
        return path or None

    def run(self) -> Path | None:
        scenario, replacements = self._case([])
        self.dialog = CaseApprovalDialog(scenario, replacements, rerun=self._case, parent=self.parent)
        if not self.approve(self.dialog):
            return None
        path = self.ask_pack_path()
        if not path:
            return None
        language = TaskRunner.call_in_session(self.ws.db, training_cases.conversation_of, self.item_id)["language"]
        self.saved = training_cases.add_case_to_pack(path, self.dialog.scenario, language)
        self.editor = ScenarioEditorWindow(training_cases.read_pack(self.saved), self.saved, parent=self.parent)
        self.editor.list.setCurrentRow(self.editor.list.count() - 1)
        self.editor.show()
        return self.saved


def make_training_case(window) -> None:
    """The item menu's hook: the selected conversation becomes a training case."""
    row = window.current_row()
    if row is None:
        return
    try:
        window.training_case_flow = TrainingCaseFlow(window.ws, row.id, parent=window)
        window.training_case_flow.run()
    except UsageError as exc:
        window.show_error(str(exc))


__all__ = ["ScenarioEditorWindow", "CaseApprovalDialog", "ScenarioForm", "TrainingCaseFlow", "make_training_case"]
