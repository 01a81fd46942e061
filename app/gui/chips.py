"""Free text entered as removable chips; each chip says which concept it was understood as."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.candidate import MAX_LIST_LENGTH, MAX_TEXT_LENGTH
from app.core.messages import say
from app.core.vocabulary import Vocabulary
from app.gui.flow_layout import FlowLayout
from app.gui.i18n import fill


class Chip(QFrame):
    remove_requested = Signal(object)

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.text = text
        self.setObjectName("chip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.setSpacing(2)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never rendered as markup
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setAutoRaise(True)
        self.remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # keyboard users remove chips too
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout.addWidget(self.label)
        layout.addWidget(self.remove)


class ChipEditor(QWidget):
    changed = Signal()

    def __init__(self, vocabulary: Vocabulary, categories: tuple[str, ...], placeholder: str, parent=None):
        """placeholder: English, marked with QT_TRANSLATE_NOOP("ChipEditor", …); shown translated."""
        super().__init__(parent)
        self._vocabulary = vocabulary
        self._categories = categories
        self._lang = "de"
        self._placeholder = placeholder
        self._chips: list[Chip] = []
        self.input = QLineEdit()
        self.input.setMaxLength(MAX_TEXT_LENGTH)
        self.input.returnPressed.connect(self._add_typed)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(completer)
        # Enter on a suggestion goes to the popup, not to the line edit: take the chosen text as a chip.
        completer.activated.connect(self._add_completion)
        self._flow_host = QWidget()
        self._flow = FlowLayout(self._flow_host)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.input)
        layout.addWidget(self._flow_host)

    def focus_order(self) -> list[QWidget]:
        return [self.input, *(chip.remove for chip in self._chips)]

    def chips(self) -> list[Chip]:
        return list(self._chips)

    def texts(self) -> list[str]:
        return [chip.text for chip in self._chips]

    def set_texts(self, texts: list[str]) -> None:
        for chip in self._chips:
            self._flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for text in texts:
            self._add_chip(text)
        self._relabel()

    def retranslate_ui(self, lang: str) -> None:
        self._lang = lang
        names = sorted({c.label(lang) for c in self._vocabulary.concepts if c.category in self._categories})
        self._completions.setStringList(names)
        self._relabel()

    def _add_typed(self) -> None:
        text = " ".join(self.input.text().split())
        if len(self._chips) >= MAX_LIST_LENGTH:
            return  # the field says so (see _relabel); a profile file holds no more
        if text and text.casefold() not in (t.casefold() for t in self.texts()):
            self._add_chip(text)
            self._relabel()
            self.changed.emit()
        self.input.clear()

    def _add_completion(self, text: str) -> None:
        self.input.setText(text)
        self._add_typed()
        QTimer.singleShot(0, self.input.clear)  # the completer writes its text back after this signal

    def _add_chip(self, text: str) -> None:
        chip = Chip(text, self._flow_host)
        chip.remove_requested.connect(self._remove_chip)
        self._chips.append(chip)
        self._flow.addWidget(chip)

    def _remove_chip(self, chip: Chip) -> None:
        self._chips.remove(chip)
        self._flow.removeWidget(chip)
        chip.deleteLater()
        self.input.setFocus()
        self._relabel()
        self.changed.emit()

    def _relabel(self) -> None:
        matches = self._vocabulary.match_many(self.texts(), self._categories)
        for chip, match in zip(self._chips, matches, strict=True):
            if match.concept is None:
                shown = say("report_not_recognised", self._lang, what=chip.text)
            elif match.concept.label(self._lang).casefold() == chip.text.casefold():
                shown = chip.text
            else:
                shown = f"{chip.text} → {match.concept.label(self._lang)}"
            chip.label.setText(shown)
            chip.setProperty("matched", match.concept is not None)
            remove = fill(self.tr("Remove %1"), chip.text)
            chip.remove.setToolTip(remove)
            chip.remove.setAccessibleName(remove)
        full = len(self._chips) >= MAX_LIST_LENGTH
        self.input.setReadOnly(full)
        self.input.setPlaceholderText(fill(self.tr("Full: no more than %1 entries"), str(MAX_LIST_LENGTH))
                                      if full else QCoreApplication.translate("ChipEditor", self._placeholder))
        self._fit_height()

    def resizeEvent(self, event):  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Scroll areas ask for a minimum height, not height-for-width: tell them what wrapping needs."""
        self._flow_host.setMinimumHeight(self._flow.heightForWidth(max(1, self._flow_host.width())))
