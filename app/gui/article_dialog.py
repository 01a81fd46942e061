"""The whole article, read-only, with the quoted sentences highlighted and the chosen one in view."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextEdit, QVBoxLayout

from app.core.articles import read_article
from app.core.results import Evidence
from app.core.text import heading_indexes, sentence_spans

PARAGRAPH_GAP = 8  # pixels under each line of the file: articles put one paragraph on each line


class QtPositions:
    """Python offsets of one text as Qt counts them: UTF-16 code units (a character beyond U+FFFF is two), with
    CRLF shown as one line break. Worked out once per text, so each offset is a binary search, not a re-encoding."""

    def __init__(self, text: str):
        self._longer = [i for i, char in enumerate(text) if ord(char) > 0xFFFF]  # each counts one more
        self._joined = [i + 1 for i in range(len(text) - 1) if text[i] == "\r" and text[i + 1] == "\n"]

    def __call__(self, index: int) -> int:
        return index + bisect_left(self._longer, index) - bisect_right(self._joined, index)


class ArticleDialog(QDialog):
    def __init__(self, source: str, quotes: list[Evidence], chosen: Evidence | None, parent=None,
                 text: str | None = None):
        """text: what the quotes' offsets refer to, when it is not the file's own text (a saved job ad)."""
        super().__init__(parent)
        self.setWindowTitle(Path(source).name)
        self.resize(760, 600)
        self.text = QTextEdit()
        self.text.setReadOnly(True)
        self._article = text if text is not None else read_article(Path(source)).text
        self._position = QtPositions(self._article)
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
        document = self.text.document()
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        gap = QTextBlockFormat()
        gap.setBottomMargin(PARAGRAPH_GAP)
        cursor.mergeBlockFormat(gap)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for index in heading_indexes(self._article, spans):
            block = document.findBlock(self._position(spans[index][0]))
            cursor.setPosition(block.position())
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(bold)

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
            cursor.setPosition(self._position(evidence.start))
            cursor.setPosition(self._position(evidence.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
            if strong:
                self.text.setTextCursor(cursor)
        self.text.setExtraSelections(selections)
        self.text.ensureCursorVisible()

    def selected_text(self) -> str:
        return self.text.textCursor().selectedText()
