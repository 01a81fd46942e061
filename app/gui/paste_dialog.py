"""A box to paste text copied in a browser: what CityFit will read is shown as plain text before it is read.

HTML on the clipboard (or dropped on the window) becomes its visible text through web_text.pasted_text, so menus,
scripts and cookie notices of a copied page never reach the extractor; the user sees, and may still edit, exactly
the text that is read. Built for one use with its words (a city article, a job ad): `Dialogs` gives each use its title
and instruction."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextEdit, QVBoxLayout

from app.core.web_text import WallError, pasted_text


def mime_text(mime: QMimeData) -> str:
    """The text CityFit reads from a clipboard or a drop: the HTML's visible text when there is HTML, else the plain
    text. A page that is only a login or cookie wall gives its plain text: reading it then says what it is."""
    html = mime.html() if mime.hasHtml() else None
    plain = mime.text() if mime.hasText() else None
    try:
        return pasted_text(html, plain)
    except WallError:
        return unicodedata.normalize("NFC", plain or "")


class PasteBox(QTextEdit):
    """A plain-text box whose paste (and drop) takes a copied page's visible text, not its markup."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt API)
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt API)
        self.textCursor().insertText(mime_text(source))
        self.ensureCursorVisible()


class PasteDialog(QDialog):
    """title and instruction: the words of this use; text: what to show at first (a drop's text)."""

    def __init__(self, title: str, instruction: str, placeholder: str, text: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(620, 420)
        intro = QLabel(instruction)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.box = PasteBox()
        self.box.setPlaceholderText(placeholder)
        self.box.setAccessibleName(title)
        intro.setBuddy(self.box)
        self.box.setPlainText(text)
        note = QLabel(self.tr("Menus, advertising and cookie notices of a copied web page are left out; you can "
                              "still edit the text before adding it."))
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.box.textChanged.connect(self._update_add)
        self._update_add()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.box, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.box.setFocus()

    def text(self) -> str:
        return self.box.toPlainText()

    def _update_add(self) -> None:
        self.add_button.setEnabled(bool(self.text().strip()))
