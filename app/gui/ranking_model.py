"""The ranking as a Qt list model: one row per city, the CityResult behind a role."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from app.core.messages import say
from app.core.results import CityResult

CITY_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 2


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
            score = "–" if city.score is None else str(round(city.score))
            return f"{index.row() + 1}. {city.city}  {score}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{say('criterion_' + r.criterion, self._lang)}: "
                             f"{'–' if r.score is None else round(r.score)}" for r in city.criteria)
        if role == CITY_ROLE:
            return city
        if role == LANGUAGE_ROLE:
            return self._lang
        return None

    def row_of(self, source: str) -> int | None:
        return next((row for row, city in enumerate(self._cities) if city.source == source), None)
