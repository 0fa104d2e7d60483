"""The composer's checker findings: the list under the editor and the wavy underlines in the
preview. A mixin of ``Composer`` (it uses the composer's ``findings``, ``preview``, ``_ctx``,
``_problem`` and ``_missing``); texts keep the "Composer" translation context.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QListWidgetItem, QTextEdit

from app.errors import UsageError
from app.i18n import translate
from app.services.content import templates as tpl
from app.services.content.checker import check
from app.ui import icons


class CheckerFindings:
    """What the etiquette checker says about the text being written, shown and underlined."""

    def _run_checker(self, text: str) -> None:
        self.findings.clear()
        self._findings = []
        ctx = self._ctx
        if ctx is not None and self._problem:
            self._add_finding("error", self._problem)
        if ctx is not None and self._missing:
            self._add_finding("error", translate("Composer", "Fill in before sending: {names}").format(
                names=", ".join(tpl.placeholder_label(n) for n in self._missing)))
        if ctx is not None and text.strip():
            language = ctx.language if ctx.language in ("da", "sv", "en") else "da"
            try:
                self._findings = check(text, platform=ctx.item.platform, language=language,
                                       signature=ctx.signature or None, is_late=ctx.is_late,
                                       public=ctx.item.kind != "message", own_domains=ctx.own_domains,
                                       kind=ctx.item.kind)
            except UsageError as exc:
                self._add_finding("warning", exc.message)
            for f in self._findings:
                self._add_finding(f.severity, f.message, (f.start, f.end))
        self.findings.setVisible(self.findings.count() > 0)
        self._highlight()

    def _add_finding(self, severity: str, message: str, span=None) -> None:
        words = {"error": translate("Composer", "Error"), "warning": translate("Composer", "Warning"),
                 "hint": translate("Composer", "Hint")}
        item = QListWidgetItem(f"{words.get(severity, severity)}: {message}")
        item.setIcon(icons.urgency_icon("overdue") if severity == "error"
                     else icons.urgency_icon("soon") if severity == "warning" else icons.state_icon("note"))
        item.setData(Qt.ItemDataRole.UserRole, span)
        item.setData(Qt.ItemDataRole.UserRole + 1, severity)
        self.findings.addItem(item)

    def _highlight(self) -> None:
        """Underline the spans the checker found (in the preview, where offsets match)."""
        selections = []
        for f in self._findings:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#B3261E" if f.severity == "error" else "#8A4B00"))
            sel.format = fmt
            cursor = QTextCursor(self.preview.document())
            cursor.setPosition(min(f.start, len(self.preview.toPlainText())))
            cursor.setPosition(min(f.end, len(self.preview.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.preview.setExtraSelections(selections)

    def _finding_activated(self, item: QListWidgetItem) -> None:
        span = item.data(Qt.ItemDataRole.UserRole)
        if span:
            cursor = self.preview.textCursor()
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            self.preview.setTextCursor(cursor)
            self.preview.setFocus()
