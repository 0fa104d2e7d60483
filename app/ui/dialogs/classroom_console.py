"""The trainer's console and the projector view for a classroom (issue 22).

``TrainerConsole(trainer)``: the class code in large type, who has joined (and who has
answered the current message), the current message, and the controls: start, pause/resume,
next message, a pace (the next message goes out by itself every N seconds; 0 = by hand),
hide names, projector view, finish.

``ProjectorView(trainer, scenario_id)``: the message in large type and the answers to it side
by side -- name (or "Trainee 2" when names are hidden), how it was handled, the time it took,
the checker's findings -- with "Model answer" per answer and the trainer's comment.

Both read the session through app.services.training.classroom on a timer (small JSON documents); the
clock is injected. Citizen and trainee text is plain text, never rendered.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import clock as app_clock
from app.errors import UsageError
from app.i18n import translate
from app.ui import icons

BASE_POINT_SIZE = 13


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


def _label(parent: QWidget, text: str, scale: float = 1.0, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    font = QFont(parent.font())
    font.setPointSizeF(parent.font().pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


def _big_font(widget: QWidget, size: float) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(max(font.pointSizeF(), size))
    widget.setFont(font)


def _action_text(action: str | None) -> str:
    texts = {"reply": translate("Classroom", "Reply"), "holding_reply": translate("Classroom", "Holding reply"),
             "no_reply": translate("Classroom", "No reply needed"), "refer": translate("Classroom", "Referred"),
             "hide": translate("Classroom", "Hidden"), "reject": translate("Classroom", "Rejected"),
             "spam": translate("Classroom", "Spam"), "delete": translate("Classroom", "Deleted"),
             None: translate("Classroom", "No answer yet")}
    return texts.get(action, action or "")


class TrainerConsole(QWidget):
    def __init__(self, trainer, *, clock: Callable | None = None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("trainerConsole")
        self.trainer = trainer
        self.clock = clock or app_clock.now
        self.projector: ProjectorView | None = None
        _big_font(self, BASE_POINT_SIZE)
        self.setWindowTitle(self.tr("Classroom {code} – Svarbox").format(code=trainer.transport.code))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 16, 22, 16)
        head = QHBoxLayout()
        codes = QVBoxLayout()
        codes.addWidget(_label(self, self.tr("Class code"), 1.0, name="consoleCodeCaption"))
        self.code_label = _label(self, trainer.transport.code, 3.0, True, "consoleCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(self.tr("Class code"))
        codes.addWidget(self.code_label)
        head.addLayout(codes)
        head.addSpacing(24)
        info = QVBoxLayout()
        self.pack_label = _label(self, "", 1.25, True, "consolePack")
        self.state_label = _label(self, "", 1.05, name="consoleState")
        info.addWidget(self.pack_label)
        info.addWidget(self.state_label)
        info.addStretch(1)
        head.addLayout(info, 1)
        lay.addLayout(head)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.joined_caption = _label(self, "", 1.05, True, "consoleJoinedCaption")
        left.addWidget(self.joined_caption)
        self.roster = QListWidget(self)
        self.roster.setObjectName("consoleRoster")
        self.roster.setAccessibleName(self.tr("Trainees who have joined"))
        left.addWidget(self.roster, 1)
        body.addLayout(left, 2)
        right = QVBoxLayout()
        self.progress_label = _label(self, "", 1.05, True, "consoleProgress")
        right.addWidget(self.progress_label)
        card = QFrame(self)
        card.setObjectName("consoleMessage")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_lay = QVBoxLayout(card)
        self.message_author = _label(card, "", 1.1, True, "consoleMessageAuthor")
        self.message_text = _label(card, "", 1.2, name="consoleMessageText")
        self.message_hint = _label(card, "", 0.95, name="consoleMessageHint")
        self.message_hint.setStyleSheet("color: #4B5563;")
        for w in (self.message_author, self.message_text, self.message_hint):
            card_lay.addWidget(w)
        card_lay.addStretch(1)
        right.addWidget(card, 1)
        body.addLayout(right, 3)
        lay.addLayout(body, 1)

        controls = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start the class"), self)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.next_button = QPushButton(self.tr("Next message"), self)
        self.pace_caption = QLabel(self.tr("Next message every"), self)
        self.pace_spin = QSpinBox(self)
        self.pace_spin.setRange(0, 3600)
        self.pace_spin.setSingleStep(30)
        self.pace_spin.setSuffix(self.tr(" s"))
        self.pace_spin.setSpecialValueText(self.tr("by hand"))
        self.pace_spin.setAccessibleName(self.tr("Pace in seconds"))
        self.hide_names = QCheckBox(self.tr("Hide names"), self)
        self.projector_button = QPushButton(self.tr("Projector view"), self)
        self.finish_button = QPushButton(self.tr("Finish"), self)
        for w in (self.start_button, self.pause_button, self.next_button, self.pace_caption, self.pace_spin,
                  self.hide_names, self.projector_button, self.finish_button):
            if isinstance(w, (QPushButton, QCheckBox)):
                w.setAccessibleName(w.text())
                w.setMinimumHeight(int(self.fontMetrics().height() * 1.8))
            controls.addWidget(w)
            if w is self.pace_spin:
                controls.addStretch(1)
        lay.addLayout(controls)
        self.status = _label(self, "", 0.9, name="consoleStatus")
        lay.addWidget(self.status)

        self.start_button.clicked.connect(self.start_class)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.next_message)
        self.pace_spin.valueChanged.connect(lambda v: self._safely(lambda: self.trainer.set_pace(v)))
        self.hide_names.toggled.connect(self._hide_names)
        self.projector_button.clicked.connect(self.show_projector)
        self.finish_button.clicked.connect(lambda: self._safely(self.trainer.finish))
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.refresh()

    def _safely(self, job) -> None:
        try:
            job()
        except UsageError as exc:
            self.status.setText(str(exc))
            return
        self.refresh()

    def start_class(self) -> None:
        self._safely(lambda: self.trainer.begin(self.clock()))

    def toggle_pause(self) -> None:
        state = self.trainer.doc["state"]
        self._safely(self.trainer.pause if state == "running" else self.trainer.resume)

    def next_message(self) -> None:
        self._safely(lambda: self.trainer.push_next(self.clock()))

    def _hide_names(self, hide: bool) -> None:
        self._safely(lambda: self.trainer.set_hide_names(hide))

    def tick(self) -> None:
        """Pace the class and follow the room."""
        try:
            if self.trainer.due_for_next(self.clock()):
                self.trainer.push_next(self.clock())
        except UsageError as exc:
            self.status.setText(str(exc))
        self.refresh()

    def state_text(self, state: str) -> str:
        return {"waiting": self.tr("Waiting for trainees to join"), "running": self.tr("Running"),
                "paused": self.tr("Paused"), "finished": self.tr("Finished")}.get(state, state)

    def refresh(self) -> None:
        try:
            doc = self.trainer.doc
            roster = self.trainer.roster()
        except UsageError as exc:
            self.status.setText(str(exc))
            return
        scenarios = doc["pack"]["scenarios"]
        current = self.trainer.current()
        self.pack_label.setText(doc["pack"].get("name", ""))
        self.state_label.setText(self.state_text(doc["state"]))
        self.joined_caption.setText(self.tr("Joined: {n}").format(n=len(roster)))
        answered_now = set()
        if current is not None:
            answered_now = {a.trainee_id for a in self.trainer.answers(current["id"]) if a.action}
        self.roster.clear()
        for r in roster:
            done = r["id"] in answered_now
            text = r["name"] + (" – " + self.tr("answered") if done else "")
            item = QListWidgetItem(text)
            item.setIcon(icons.state_icon("ok") if done else icons.urgency_icon("none"))
            self.roster.addItem(item)
        self.roster.setCurrentRow(-1)     # nothing highlighted on the projector
        if current is None:
            self.progress_label.setText(self.tr("{n} messages in the pack").format(n=len(scenarios)))
            self.message_author.setText(self.tr("No message sent yet"))
            self.message_text.setText(doc["pack"].get("description", ""))
            self.message_hint.setText("")
        else:
            self.progress_label.setText(self.tr("Message {i} of {n} · {answered} of {joined} answered").format(
                i=len(doc["pushed"]), n=len(scenarios), answered=len(answered_now), joined=len(roster)))
            self.message_author.setText("{author} · {platform}".format(
                author=current.get("author", ""), platform=icons.platform_name(current.get("platform", ""))))
            self.message_text.setText(current.get("text", ""))
            self.message_hint.setText(self.tr("For the trainer: {hint}").format(hint=current.get("hint", ""))
                                      if current.get("hint") else "")
        state = doc["state"]
        self.start_button.setEnabled(state == "waiting")
        self.pause_button.setEnabled(state in ("running", "paused"))
        self.pause_button.setText(self.tr("Resume") if state == "paused" else self.tr("Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text())
        self.next_button.setEnabled(state == "running")
        self.projector_button.setEnabled(current is not None)
        self.finish_button.setEnabled(state != "finished")
        for w, value in ((self.pace_spin, int(doc.get("pace_s", 0))), (self.hide_names, bool(doc.get("hide_names")))):
            w.blockSignals(True)
            w.setValue(value) if isinstance(w, QSpinBox) else w.setChecked(value)
            w.blockSignals(False)
        if self.projector is not None and self.projector.isVisible():
            if current is not None and self.projector.scenario_id != current["id"]:
                self.projector.scenario_id = current["id"]
            self.projector.refresh()

    def show_projector(self) -> None:
        current = self.trainer.current()
        if current is None:
            return
        if self.projector is None:
            self.projector = ProjectorView(self.trainer, current["id"], parent=self)
        self.projector.scenario_id = current["id"]
        self.projector.refresh()
        self.projector.show()
        self.projector.raise_()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        super().closeEvent(event)


class AnswerCard(QFrame):
    def __init__(self, view: "ProjectorView", answer, parent=None):
        super().__init__(parent)
        self.setObjectName("answerCard")
        self.answer = answer
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour = "#1B7F3B" if answer.model else "#C9D3E0"
        self.setStyleSheet(f"QFrame#answerCard {{ border: {3 if answer.model else 1}px solid {colour}; "
                           "border-radius: 8px; background: palette(base); }")
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        name = _label(self, ("★ " if answer.model else "") + answer.name, 1.15, True, "answerName")
        head.addWidget(name, 1)
        time = _label(self, _minutes(answer.seconds), 1.15, True, "answerTime")
        time.setAlignment(Qt.AlignmentFlag.AlignRight)
        time.setToolTip(translate("ProjectorView", "Time taken"))
        head.addWidget(time)
        lay.addLayout(head)
        lay.addWidget(_label(self, _action_text(answer.action), 0.95, name="answerAction"))
        text = _label(self, answer.text or ("—" if answer.action else ""), 1.05, name="answerText")
        lay.addWidget(text)
        if answer.findings:
            for f in answer.findings[:4]:
                sign = "✖ " if f.get("severity") == "error" else "⚠ "
                finding = _label(self, sign + f.get("message", ""), 0.9, name="answerFinding")
                finding.setStyleSheet(f"color: {icons.fg('overdue' if f.get('severity') == 'error' else 'soon')};")
                lay.addWidget(finding)
        elif answer.text:
            ok = _label(self, "✓ " + translate("ProjectorView", "No checker findings"), 0.9, name="answerFinding")
            ok.setStyleSheet(f"color: {icons.fg('calm')};")
            lay.addWidget(ok)
        lay.addStretch(1)
        self.model_button = QPushButton(translate("ProjectorView", "Model answer") if not answer.model
                                        else translate("ProjectorView", "Not the model"), self)
        # The card's style sheet stops the window's large font from reaching its children.
        self.model_button.setFont(view.font())
        self.model_button.setAccessibleName(self.model_button.text())
        self.model_button.setEnabled(bool(answer.action))
        self.model_button.clicked.connect(lambda: view.mark_model(None if answer.model else answer.trainee_id))
        lay.addWidget(self.model_button)


class ProjectorView(QWidget):
    COLUMNS = 3

    def __init__(self, trainer, scenario_id: str, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorView")
        self.trainer = trainer
        self.scenario_id = scenario_id
        _big_font(self, BASE_POINT_SIZE + 1)
        self.setWindowTitle(self.tr("Projector – Svarbox"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 14, 22, 14)
        head = QHBoxLayout()
        self.title = _label(self, "", 1.1, True, "projectorAuthor")
        head.addWidget(self.title, 1)
        self.hide_names = QCheckBox(self.tr("Hide names"), self)
        self.hide_names.setAccessibleName(self.hide_names.text())
        self.hide_names.toggled.connect(self._hide_names)
        head.addWidget(self.hide_names)
        lay.addLayout(head)
        self.message = _label(self, "", 1.3, name="projectorMessage")
        self.message.setStyleSheet("background: #EEF3FA; color: #173A66; padding: 10px; border-radius: 6px;")
        lay.addWidget(self.message)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setAccessibleName(self.tr("Answers side by side"))
        self.grid_host = QWidget(self.scroll)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        self.scroll.setWidget(self.grid_host)
        lay.addWidget(self.scroll, 1)
        comment_row = QHBoxLayout()
        comment_row.addWidget(QLabel(self.tr("Trainer's comment:"), self))
        self.comment = QLineEdit(self)
        self.comment.setAccessibleName(self.tr("Trainer's comment"))
        self.comment_button = QPushButton(self.tr("Save comment"), self)
        self.comment_button.setAccessibleName(self.comment_button.text())
        self.comment_button.clicked.connect(self.save_comment)
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.comment_button)
        lay.addLayout(comment_row)
        self.cards: list[AnswerCard] = []
        self.resize(1366, 768)

    def _hide_names(self, hide: bool) -> None:
        self.trainer.set_hide_names(hide)
        self.refresh()

    def mark_model(self, trainee_id: str | None) -> None:
        self.trainer.mark_model(self.scenario_id, trainee_id)
        self.refresh()

    def save_comment(self) -> None:
        self.trainer.comment(self.scenario_id, self.comment.text())
        self.refresh()

    def refresh(self) -> None:
        doc = self.trainer.doc
        scenario = next((s for s in doc["pack"]["scenarios"] if s["id"] == self.scenario_id), None)
        if scenario is None:
            return
        self.title.setText("{author} · {platform}".format(author=scenario.get("author", ""),
                                                          platform=icons.platform_name(scenario.get("platform", ""))))
        self.message.setText(scenario.get("text", ""))
        self.hide_names.blockSignals(True)
        self.hide_names.setChecked(bool(doc.get("hide_names")))
        self.hide_names.blockSignals(False)
        if not self.comment.hasFocus():
            self.comment.setText(doc.get("comments", {}).get(self.scenario_id, ""))
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()              # gone from the projector now, not at the next event loop turn
            card.deleteLater()
        self.cards = []
        for n, answer in enumerate(self.trainer.answers(self.scenario_id)):
            card = AnswerCard(self, answer, self.grid_host)
            self.grid.addWidget(card, n // self.COLUMNS, n % self.COLUMNS)
            self.cards.append(card)
        for c in range(self.COLUMNS):
            self.grid.setColumnStretch(c, 1)
        # Cards as tall as their answers; the spare room goes below them.
        rows = (len(self.cards) + self.COLUMNS - 1) // self.COLUMNS
        for r in range(rows + 8):
            self.grid.setRowStretch(r, 1 if r == rows else 0)


__all__ = ["TrainerConsole", "ProjectorView"]
