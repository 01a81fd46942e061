"""Cities side by side: one column per chosen city, one row per criterion, with the quotes behind each score."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from app.core.candidate import CRITERIA
from app.core.messages import out_of_100, points, say
from app.core.results import NO_INFORMATION, NOT_ASKED, CityResult
from app.gui.ranking_model import coverage_text

FIRST_CHOSEN = 3  # the best three are compared until the user picks others


class CompareDialog(QDialog):
    def __init__(self, ranked: list[CityResult], explain: Callable[[CityResult], CityResult], lang: str, parent=None):
        super().__init__(parent)
        self._ranked, self._explain, self._lang = ranked, explain, lang
        self._explained: dict[str, CityResult] = {}
        self.choice = QListWidget()
        for place, city in enumerate(ranked):
            item = QListWidgetItem(f"{place + 1}. {city.city}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if place < FIRST_CHOSEN else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, city.source)
            self.choice.addItem(item)
        self.table = QTableWidget()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setMaximumWidth(170)  # criterion names, not a column of their own
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hint)
        column.addWidget(self.choice)
        splitter = QSplitter()
        splitter.addWidget(chooser)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([200, 900])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(buttons)
        layout.addLayout(row)
        self.setWindowTitle(self.tr("Compare cities"))
        self.hint.setText(self.tr("Tick the cities to compare:"))
        self.choice.setAccessibleName(self.hint.text())
        self.table.setAccessibleName(self.tr("Comparison"))
        self.resize(1100, 700)
        self.choice.itemChanged.connect(lambda _: self.refresh())
        self.refresh()

    def chosen(self) -> list[CityResult]:
        sources = [self.choice.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.choice.count())
                   if self.choice.item(row).checkState() == Qt.CheckState.Checked]
        by_source = {city.source: city for city in self._ranked}
        return [self._explained_city(by_source[source]) for source in sources]

    def refresh(self) -> None:
        cities = self.chosen()
        self.table.clear()
        self.table.setColumnCount(len(cities))
        self.table.setRowCount(1 + len(CRITERIA))
        self.table.setHorizontalHeaderLabels([city.city for city in cities])
        self.table.setVerticalHeaderLabels([self.tr("Total")] + [say(f"criterion_{c}", self._lang) for c in CRITERIA])
        for column, city in enumerate(cities):
            coverage = coverage_text(city, self._lang)
            total = QTableWidgetItem(out_of_100(city.score) + (f"\n{coverage}" if coverage else ""))
            total.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.table.setItem(0, column, total)
            for row, criterion in enumerate(CRITERIA, start=1):
                result = city.criterion(criterion)
                score = points(result.score, self._lang)
                if result.status == NO_INFORMATION:
                    score = say("points_silent", self._lang, score=round(result.score))
                elif result.status == NOT_ASKED:
                    score = self.tr("%1 (nothing given by you)").replace("%1", score)
                quotes = "".join(f"\n» {evidence.quote}" for evidence in result.evidence)
                item = QTableWidgetItem(f"{score}\n{result.explanation}{quotes}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)

    def _explained_city(self, city: CityResult) -> CityResult:
        if city.source not in self._explained:
            self._explained[city.source] = city if city.explained else self._explain(city)
        return self._explained[city.source]
