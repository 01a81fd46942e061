"""The list of unsaved edits that crashed sessions left: restore one, discard any, keep the rest for later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.gui.dialogs import RecoveryAnswer


class RecoveryDialog(QDialog):
    def __init__(self, rows: list[str], parent=None):
        super().__init__(parent)
        self.answer = RecoveryAnswer()
        self.setWindowTitle(self.tr("Unsaved changes found"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr("CityFit was not closed properly. These changes were never saved. Restore one into "
                               "this window or discard what you no longer need; whatever you leave here is kept and "
                               "offered again at the next start (and under File → Unsaved Changes…)."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.sessions = QListWidget()
        self.sessions.setAccessibleName(self.tr("Unsaved changes"))
        for row, text in enumerate(rows):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.sessions.addItem(item)
        self.sessions.setCurrentRow(0)
        self.sessions.itemDoubleClicked.connect(lambda _: self._restore())
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("&Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.later_button = buttons.addButton(self.tr("Decide &Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sessions, 1)
        layout.addWidget(buttons)

    def _chosen(self) -> int | None:
        item = self.sessions.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _restore(self) -> None:
        self.answer.restore = self._chosen()
        self.accept()

    def _discard(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        self.answer.discard.add(chosen)
        self.sessions.takeItem(self.sessions.currentRow())
        if self.sessions.count() == 0:
            self.accept()
