"""The ranking as a Qt list model: one row per city, the CityResult behind a role."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from app.core.messages import say, score_number
from app.core.results import CityResult, points_words
from app.gui.i18n import capitalised

CITY_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 2


def coverage_text(city: CityResult, lang: str) -> str:
    """'Artikel sagt etwas zu 5 von 7 Ihrer Kriterien'; empty while nothing counts."""
    covered, counted = city.coverage
    return say("coverage", lang, covered=covered, count=counted) if counted and city.score is not None else ""


class RankingModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._cities: list[CityResult] = []
        self._lang = "de"

    def set_cities(self, cities: list[CityResult], lang: str) -> None:
        self.beginResetModel()
        self._cities, self._lang = list(cities), lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._cities)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cities):
            return None
        city = self._cities[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            score = score_number(city.score)
            return f"{index.row() + 1}. {city.city}  {score}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            coverage = coverage_text(city, self._lang)
            return self.data(index) + (f", {coverage}" if coverage else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{say('criterion_' + r.criterion, self._lang)}: {points_words(r, self._lang)}"
                     for r in city.criteria]
            coverage = coverage_text(city, self._lang)
            return "\n".join(([capitalised(coverage)] if coverage else []) + lines)
        if role == CITY_ROLE:
            return city
        if role == LANGUAGE_ROLE:
            return self._lang
        return None

    def row_of(self, source: str) -> int | None:
        return next((row for row, city in enumerate(self._cities) if city.source == source), None)
