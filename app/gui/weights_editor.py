"""How much each criterion counts: a slider each, and a reset to the defaults."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from app.core.candidate import CRITERIA, MAX_WEIGHT, WEIGHT_STEP
from app.core.messages import say
from app.gui.wheel_guard import guard_wheel


class WeightsEditor(QWidget):
    changed = Signal()

    def __init__(self, defaults: dict[str, float], parent=None):
        super().__init__(parent)
        self._defaults = defaults
        self._labels: dict[str, QLabel] = {}
        self.sliders: dict[str, QSlider] = {}
        self.values_shown: dict[str, QLabel] = {}  # the number beside each slider, as the firmness line names it
        layout = QFormLayout(self)
        for criterion in CRITERIA:
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, MAX_WEIGHT)
            slider.setSingleStep(WEIGHT_STEP)
            slider.setPageStep(WEIGHT_STEP)
            slider.setTickPosition(QSlider.TickPosition.TicksBelow)
            slider.valueChanged.connect(self.changed)
            guard_wheel(slider)
            label = QLabel()
            label.setBuddy(slider)
            shown = QLabel()
            shown.setMinimumWidth(shown.fontMetrics().horizontalAdvance(str(MAX_WEIGHT)) + 4)
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider.valueChanged.connect(lambda value, shown=shown: shown.setNum(value))
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            row.addWidget(shown)
            self._labels[criterion], self.sliders[criterion], self.values_shown[criterion] = label, slider, shown
            layout.addRow(label, row)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self._reset)
        layout.addRow(self.reset_button)
        self.set_weights({})

    def values(self) -> dict[str, int]:
        return {criterion: slider.value() for criterion, slider in self.sliders.items()}

    def default(self, criterion: str) -> int:
        return round(self._defaults[criterion])

    def set_weights(self, weights: dict[str, float]) -> None:
        for criterion, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(round(min(MAX_WEIGHT, weights.get(criterion, self._defaults[criterion]))))
            slider.blockSignals(False)
            self.values_shown[criterion].setNum(slider.value())

    def retranslate_ui(self, lang: str) -> None:
        for criterion, label in self._labels.items():
            name = say(f"criterion_{criterion}", lang)
            label.setText(name)
            self.sliders[criterion].setAccessibleName(name)
        self.reset_button.setText(self.tr("&Reset to defaults"))

    def _reset(self) -> None:
        if any(shown != self.default(criterion) for criterion, shown in self.values().items()):
            self.set_weights({})
            self.changed.emit()
