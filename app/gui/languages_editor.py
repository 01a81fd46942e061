"""The candidate's languages, one row each: language, CEFR level, remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.core.candidate import LEVELS, LanguageSkill
from app.core.vocabulary import Vocabulary


class _Row(QWidget):
    def __init__(self, editor: "LanguagesEditor"):
        super().__init__()
        self.language = QComboBox()
        self.level = QComboBox()
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.language, 3)
        layout.addWidget(self.level, 2)
        layout.addWidget(self.remove)
        self.language.currentIndexChanged.connect(editor.changed)
        self.level.currentIndexChanged.connect(editor.changed)
        self.remove.clicked.connect(lambda: editor.remove_row(self))
        self.extra: dict = {}  # keys of the file's language entry this version does not know, kept as they were


class LanguagesEditor(QWidget):
    changed = Signal()

    def __init__(self, vocabulary: Vocabulary, parent=None):
        super().__init__(parent)
        self._languages = [c for c in vocabulary.in_category("language") if c.code and c.code != "*"]
        self._lang = "de"
        self._rows: list[_Row] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button)

    def focus_order(self) -> list[QWidget]:
        return [w for row in self._rows for w in (row.language, row.level, row.remove)] + [self.add_button]

    def languages(self) -> list[LanguageSkill]:
        return [LanguageSkill(row.language.currentData(), row.level.currentData(), dict(row.extra))
                for row in self._rows]

    def set_languages(self, languages: list[LanguageSkill]) -> None:
        for row in list(self._rows):
            self._drop(row)
        for language in languages:
            self._add_row(language.code, language.level)
            self._rows[-1].extra = dict(language.extra)

    def remove_row(self, row: _Row) -> None:
        self._drop(row)
        self.add_button.setFocus()
        self.changed.emit()

    def retranslate(self, lang: str, add_text: str, native_text: str, language_name: str, level_name: str,
                    remove_text: str) -> None:
        self._lang = lang
        self._texts = (native_text, language_name, level_name, remove_text)
        self.add_button.setText(add_text)
        for row in self._rows:
            self._fill(row, row.language.currentData(), row.level.currentData())

    def _add_clicked(self) -> None:
        used = {row.language.currentData() for row in self._rows}
        code = next((c.code for c in self._languages if c.code not in used), self._languages[0].code)
        self._add_row(code, "B1")
        self._rows[-1].language.setFocus()
        self.changed.emit()

    def _add_row(self, code: str, level: str) -> None:
        row = _Row(self)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        self._fill(row, code, level)

    def _fill(self, row: _Row, code: str, level: str) -> None:
        native_text, language_name, level_name, remove_text = getattr(
            self, "_texts", ("native", "Language", "Level", "Remove language"))
        for combo in (row.language, row.level):
            combo.blockSignals(True)
            combo.clear()
        known = sorted(self._languages, key=lambda c: c.label(self._lang))
        for concept in known:
            row.language.addItem(concept.label(self._lang), concept.code)
        if code not in {c.code for c in known}:
            row.language.addItem(code, code)  # a language the vocabulary does not know stays as it was
        for value in LEVELS:
            row.level.addItem(native_text if value == "native" else value, value)
        row.language.setCurrentIndex(row.language.findData(code))
        row.level.setCurrentIndex(max(0, row.level.findData(level)))
        row.language.setAccessibleName(language_name)
        row.level.setAccessibleName(level_name)
        row.remove.setToolTip(remove_text)
        row.remove.setAccessibleName(remove_text)
        for combo in (row.language, row.level):
            combo.blockSignals(False)

    def _drop(self, row: _Row) -> None:
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.deleteLater()
