"""The whole article, read-only, with the quoted sentences highlighted and the chosen one in view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextEdit, QVBoxLayout

from app.core.articles import read_article
from app.core.results import Evidence
from app.core.text import heading_indexes, sentence_spans

PARAGRAPH_GAP = 8  # pixels under each line of the file: articles put one paragraph on each line


def qt_position(text: str, index: int) -> int:
    """A Python offset as Qt counts it: UTF-16 code units, with CRLF shown as one line break."""
    return len(text[:index].replace("\r\n", "\n").encode("utf-16-le")) // 2


class ArticleDialog(QDialog):
    def __init__(self, source: str, quotes: list[Evidence], chosen: Evidence | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(Path(source).name)
        self.resize(760, 600)
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self._article = read_article(Path(source)).text
        self.text.setPlainText(self._article)  # plain text: nothing is rendered
        self.text.setAccessibleName(self.tr("Article"))
        self._shape_paragraphs()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._legend())
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self._highlight(quotes, chosen)

    def _shape_paragraphs(self) -> None:
        """A gap after each paragraph and the headings in bold, as the article's own page shows them."""
        spans = sentence_spans(self._article)
        heading_starts = {qt_position(self._article, spans[index][0])
                          for index in heading_indexes(self._article, spans)}
        cursor = QTextCursor(self.text.document())
        gap = QTextBlockFormat()
        gap.setBottomMargin(PARAGRAPH_GAP)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        block = self.text.document().begin()
        while block.isValid():
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(gap)
            if any(block.position() <= start < block.position() + max(block.length(), 1) for start in heading_starts):
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(bold)
            block = block.next()

    def _legend(self) -> QHBoxLayout:
        """What the two shades mean."""
        row = QHBoxLayout()
        for strong, text in ((True, self.tr("the sentence you clicked")),
                             (False, self.tr("other sentences the scores rest on"))):
            sample = QLabel("  ")
            sample.setAutoFillBackground(True)
            palette = sample.palette()
            palette.setColor(QPalette.ColorRole.Window, self._shade(strong))
            sample.setPalette(palette)
            sample.setFixedWidth(24)
            words = QLabel(text)
            words.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(sample)
            row.addWidget(words)
            row.addSpacing(16)
        row.addStretch(1)
        return row

    def _shade(self, strong: bool) -> QColor:
        shade = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        shade.setAlpha(200 if strong else 70)
        return shade

    def _highlight(self, quotes: list[Evidence], chosen: Evidence | None) -> None:
        selections = []
        for evidence in sorted(set(quotes) | ({chosen} if chosen else set()), key=lambda e: e.start):
            strong = evidence == chosen
            selection = QTextEdit.ExtraSelection()
            selection.format = QTextCharFormat()
            selection.format.setBackground(self._shade(strong))
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
        self.text.ensureCursorVisible()

    def selected_text(self) -> str:
        return self.text.textCursor().selectedText()
