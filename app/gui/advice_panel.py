"""The advice beside the ranking: measured what-if changes, each one click from being tried."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.core.messages import say

if TYPE_CHECKING:
    from app.core.advice import Suggestion

SHOWN_CITIES = 3  # per suggestion, the cities whose score moves most


class AdvicePanel(QWidget):
    apply_requested = Signal(object)  # Suggestion

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestions = QListWidget()
        self.suggestions.setWordWrap(True)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.setSpacing(3)
        self.apply_button = QPushButton()
        self.apply_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.suggestions, 1)
        layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)
        self.suggestions.currentRowChanged.connect(lambda row: self.apply_button.setEnabled(row >= 0))
        self.suggestions.itemActivated.connect(lambda _: self._apply_current())
        self.apply_button.clicked.connect(self._apply_current)

    def retranslate_ui(self, lang: str) -> None:
        """The suggestions themselves are the engine's sentences: shown again in `lang` when advice is asked anew."""
        self.intro.setText(self.tr("What would raise your best score, measured by scoring your profile again with "
                                   "each change:"))
        self.apply_button.setText(self.tr("&Try this change"))
        self.suggestions.setAccessibleName(self.intro.text())

    def show_advice(self, suggestions: list[Suggestion], lang: str) -> None:
        self.suggestions.clear()
        for suggestion in suggestions:
            item = QListWidgetItem(f"{suggestion.change}\n    {suggestion.effect(lang)}\n"
                                   f"    {say('advice_deltas', lang)}: {suggestion.moves(lang, SHOWN_CITIES)}")
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
            self.suggestions.addItem(item)
        if not suggestions:
            item = QListWidgetItem(say("advice_none", lang))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.suggestions.addItem(item)
        self.apply_button.setEnabled(False)

    def _apply_current(self) -> None:
        item = self.suggestions.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
            self.apply_requested.emit(item.data(Qt.ItemDataRole.UserRole))
