"""The whole article, read-only, with the quoted sentences highlighted and the chosen one in view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QTextEdit, QVBoxLayout

from app.core.articles import read_article
from app.core.results import Evidence


def qt_position(text: str, index: int) -> int:
    """A Python offset as Qt counts it: UTF-16 code units, with CRLF shown as one line break."""
    return len(text[:index].replace("\r\n", "\n").encode("utf-16-le")) // 2


class ArticleDialog(QDialog):
    def __init__(self, source: str, quotes: list[Evidence], chosen: Evidence | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(Path(source).name)
        self.resize(760, 600)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self._article = read_article(Path(source)).text
        self.text.setPlainText(self._article)  # plain text: nothing is rendered
        self.text.setAccessibleName(self.tr("Article"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self._highlight(quotes, chosen)

    def _highlight(self, quotes: list[Evidence], chosen: Evidence | None) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        selections = []
        for evidence in sorted(set(quotes) | ({chosen} if chosen else set()), key=lambda e: e.start):
            strong = evidence == chosen
            selection = QTextEdit.ExtraSelection()
            selection.format = QTextCharFormat()
            background = QColor(highlight)
            background.setAlpha(200 if strong else 70)
            selection.format.setBackground(background)
            if strong:
                selection.format.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(qt_position(self._article, evidence.start))
            cursor.setPosition(qt_position(self._article, evidence.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
            if strong:
                self.text.setTextCursor(cursor)
        self.text.setExtraSelections(selections)
        self.text.centerCursor()

    def selected_text(self) -> str:
        return self.text.textCursor().selectedText()
