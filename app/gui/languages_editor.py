"""The candidate's languages, one row each: language, CEFR level, remove."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.core.candidate import LEVELS, LanguageSkill
from app.core.messages import level_name
from app.core.vocabulary import Vocabulary
from app.gui.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from PySide6.QtGui import QStandardItemModel


class LanguageRow(QWidget):
    def __init__(self, editor: LanguagesEditor):
        super().__init__()
        self.language = QComboBox()
        self.level = QComboBox()
        guard_wheel(self.language, self.level)
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.language, 3)
        layout.addWidget(self.level, 2)
        layout.addWidget(self.remove)
        self.language.currentIndexChanged.connect(editor.changed)
        self.language.currentIndexChanged.connect(editor.mark_used)
        self.level.currentIndexChanged.connect(editor.changed)
        self.remove.clicked.connect(lambda: editor.remove_row(self))
        self.extra: dict = {}  # keys of the file's language entry this version does not know, kept as they were


class LanguagesEditor(QWidget):
    changed = Signal()

    def __init__(self, vocabulary: Vocabulary, parent=None):
        super().__init__(parent)
        self._languages = [c for c in vocabulary.in_category("language") if c.code and c.code != "*"]
        self._lang = "de"
        self._rows: list[LanguageRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton()
        # The user picks the language and its level before anything is added or scored.
        self.add_menu = QMenu(self.add_button)
        self.add_button.setMenu(self.add_menu)
        self._fill_add_menu()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button)

    def focus_order(self) -> list[QWidget]:
        return [w for row in self._rows for w in (row.language, row.level, row.remove)] + [self.add_button]

    def rows(self) -> list[LanguageRow]:
        return list(self._rows)

    def languages(self) -> list[LanguageSkill]:
        return [LanguageSkill(row.language.currentData(), row.level.currentData(), dict(row.extra))
                for row in self._rows]

    def set_languages(self, languages: list[LanguageSkill]) -> None:
        for row in list(self._rows):
            self._drop(row)
        for language in languages:
            self._add_row(language.code, language.level)
            self._rows[-1].extra = dict(language.extra)
        self.mark_used()  # once for all rows: it rebuilds the menu

    def remove_row(self, row: LanguageRow) -> None:
        self._drop(row)
        self.mark_used()
        self.add_button.setFocus()
        self.changed.emit()

    def retranslate_ui(self, lang: str) -> None:
        self._lang = lang
        self.add_button.setText(self.tr("&Add language"))
        for row in self._rows:
            self._fill(row, row.language.currentData(), row.level.currentData())
        self.mark_used()

    def _fill_add_menu(self) -> None:
        """One entry per language not yet listed, each opening its levels (filled ahead: Qt shows no empty menu)."""
        self.add_menu.clear()
        used = {row.language.currentData() for row in self._rows}
        for concept in self._by_name():
            if concept.code in used:
                continue
            levels = self.add_menu.addMenu(concept.label(self._lang))
            for level in LEVELS:
                action = levels.addAction(level_name(level, self._lang))
                action.triggered.connect(lambda _=False, code=concept.code, chosen=level: self.add(code, chosen))

    def _by_name(self) -> list:
        """Alphabetical as a reader expects: "Dänisch" before "Deutsch" (ä sorts as a, not after z)."""
        return sorted(self._languages, key=lambda c: unicodedata.normalize("NFD", c.label(self._lang)).casefold())

    def add(self, code: str, level: str) -> None:
        """A language the user chose, at the level the user chose."""
        self._add_row(code, level)
        self.mark_used()
        self._rows[-1].level.setFocus()
        self.changed.emit()

    def _add_row(self, code: str, level: str) -> None:
        row = LanguageRow(self)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        self._fill(row, code, level)

    def mark_used(self) -> None:
        """A language another row lists cannot be chosen again (a file listing one twice still opens)."""
        for row in self._rows:
            others = {other.language.currentData() for other in self._rows if other is not row}
            items = cast("QStandardItemModel", row.language.model())  # a combo box's own model
            for index in range(row.language.count()):
                items.item(index).setEnabled(row.language.itemData(index) not in others)
        self._fill_add_menu()

    def _fill(self, row: LanguageRow, code: str, level: str) -> None:
        for combo in (row.language, row.level):
            combo.blockSignals(True)
            combo.clear()
        known = self._by_name()
        for concept in known:
            row.language.addItem(concept.label(self._lang), concept.code)
        if code not in {c.code for c in known}:
            row.language.addItem(code, code)  # a language the vocabulary does not know stays as it was
        for value in LEVELS:
            row.level.addItem(level_name(value, self._lang), value)
        row.language.setCurrentIndex(row.language.findData(code))
        row.level.setCurrentIndex(max(0, row.level.findData(level)))
        row.language.setAccessibleName(self.tr("Language"))
        row.level.setAccessibleName(self.tr("Level"))
        row.remove.setToolTip(self.tr("Remove language"))
        row.remove.setAccessibleName(row.remove.toolTip())
        for combo in (row.language, row.level):
            combo.blockSignals(False)

    def _drop(self, row: LanguageRow) -> None:
        self._rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.deleteLater()
