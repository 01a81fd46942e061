"""The legend under the ranking: what the colours of a bar and its grey stripes mean."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core.messages import decimal
from app.core.resources import load_json_resource
from app.gui.i18n import fill
from app.gui.ranking_delegate import score_sample, silent_sample

LEGEND_SCORES = (90, 50, 10)  # the colours the legend explains: a good, a middling and a poor fit


class ScoreLegend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.colour_samples = {score: QLabel() for score in LEGEND_SCORES}
        self.colour_legends = {score: QLabel() for score in LEGEND_SCORES}
        for score, sample in self.colour_samples.items():
            sample.setPixmap(score_sample(self.palette(), score))
        self.grey_sample = QLabel()
        self.grey_sample.setPixmap(silent_sample(self.palette()))
        self.grey_legend = QLabel()
        self.grey_legend.setTextFormat(Qt.TextFormat.PlainText)
        self.grey_legend.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for score in LEGEND_SCORES:
            row.addWidget(self.colour_samples[score])
            row.addWidget(self.colour_legends[score])
            row.addSpacing(8)
        row.addWidget(self.grey_sample)
        row.addWidget(self.grey_legend, 1)

    def retranslate_ui(self, lang: str) -> None:
        self.grey_legend.setText(self.tr("no information: counts as neutral"))
        legends = (self.tr("fits well"), self.tr("in part"), self.tr("fits poorly"))
        for score, text in zip(LEGEND_SCORES, legends, strict=True):
            self.colour_legends[score].setText(text)
        neutral = decimal(load_json_resource("scoring.json")["neutral_points"], lang)
        for widget in (self.grey_sample, self.grey_legend):
            widget.setToolTip(fill(self.tr("Grey and striped: the article says nothing about this criterion, or you "
                                           "have given nothing for it. What is unknown counts with the neutral %1 "
                                           "points; “Why” says how each criterion counts."), neutral))
