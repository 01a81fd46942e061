"""The help page: headings and paragraphs in a scrolling, resizable window (a message box is too narrow)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout


class HelpDialog(QDialog):
    def __init__(self, title: str, sections: list[tuple[str, list[str]]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 620)
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        # Our own sentences, escaped: HTML only for headings and paragraphs.
        self.page.setHtml("".join(f"<h3>{escape(heading)}</h3>" + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
                                  for heading, paragraphs in sections))
        self.page.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
