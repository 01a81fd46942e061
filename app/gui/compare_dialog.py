"""Cities side by side: one column per chosen city, one row per criterion, with the quotes behind each score."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.candidate import CRITERIA
from app.core.messages import out_of_100, say
from app.core.results import SCORED, CityResult, CriterionResult, points_words
from app.gui.ranking_delegate import BAR_HEIGHT, paint_score_bar
from app.gui.ranking_model import coverage_text

FIRST_CHOSEN = 3  # the best three are compared until the user picks others
RESULT_ROLE = Qt.ItemDataRole.UserRole + 1  # the CriterionResult a cell shows, for its bar


class _CellWithBar(QStyledItemDelegate):
    """A criterion's cell: its bar above the words, coloured as in the ranking."""

    def paint(self, painter, option, index):
        result = index.data(RESULT_ROLE)
        if result is None:
            super().paint(painter, option, index)
            return
        bar = QRect(option.rect.left() + 4, option.rect.top() + 4, min(160, option.rect.width() - 8), BAR_HEIGHT)
        painter.save()
        paint_score_bar(painter, bar, result, option.palette)
        painter.restore()
        option.rect.adjust(0, BAR_HEIGHT + 4, 0, 0)
        super().paint(painter, option, index)

    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        size = super().sizeHint(option, index)
        if index.data(RESULT_ROLE) is not None:
            size.setHeight(size.height() + BAR_HEIGHT + 4)
        return size


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
        self.table.setItemDelegate(_CellWithBar(self.table))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Tick at least one city on the left to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget()  # the table, or what to do when no city is ticked
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        chooser = QWidget()
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.hint)
        column.addWidget(self.choice)
        splitter = QSplitter()
        splitter.addWidget(chooser)
        splitter.addWidget(self.pages)
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
        self.pages.setCurrentWidget(self.table if cities else self.empty)
        self.table.clear()
        self.table.setColumnCount(len(cities))
        self.table.setRowCount(1 + len(CRITERIA))
        self.table.setHorizontalHeaderLabels([city.city for city in cities])
        self.table.setVerticalHeaderLabels([say("cli_total", self._lang),
                                            *(say(f"criterion_{c}", self._lang) for c in CRITERIA)])
        best_total = _best([city.score for city in cities])
        for column, city in enumerate(cities):
            coverage = coverage_text(city, self._lang)
            lead = self._lead_mark() if city.score is not None and city.score == best_total else ""
            self._put(0, column, out_of_100(city.score) + lead + (f"\n{coverage}" if coverage else ""))
        for row, criterion in enumerate(CRITERIA, start=1):
            results = [city.criterion(criterion) for city in cities]
            best = _best([result.score for result in results if result.status == SCORED])
            for column, result in enumerate(results):
                lead = self._lead_mark() if result.status == SCORED and result.score == best else ""
                quotes = "\n".join(f"» {evidence.quote}" for evidence in result.evidence)
                words = f"{points_words(result, self._lang)}{lead}\n{result.explanation}"
                self._put(row, column, words, result, quotes)

    def _lead_mark(self) -> str:
        return "  ▲ " + self.tr("best of these")

    def _put(self, row: int, column: int, text: str, result: CriterionResult | None = None, tip: str = "") -> None:
        """The cell's words; the quotes behind them wait in its tooltip, so rows stay as tall as their words."""
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        item.setData(RESULT_ROLE, result)
        if tip:
            item.setToolTip(tip)
        self.table.setItem(row, column, item)

    def _explained_city(self, city: CityResult) -> CityResult:
        if city.source not in self._explained:
            self._explained[city.source] = self._explain(city)
        return self._explained[city.source]


def _best(scores: list[float | None]) -> float | None:
    """The top score when one city alone has it; a tie or a single city leads nobody."""
    known = [score for score in scores if score is not None]
    if len(known) < 2:
        return None
    top = max(known)
    return top if known.count(top) == 1 else None
