"""The ranking as a Qt list model: one row per city, the CityResult behind a role."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from app.core.messages import say, score_number, speaking_of
from app.core.results import CityResult, points_words
from app.gui.i18n import capitalised

CITY_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_ROLE = Qt.ItemDataRole.UserRole + 3  # the small words beside a row's name


def coverage_text(city: CityResult, lang: str) -> str:
    """'Artikel sagt etwas zu 5 von 7 Ihrer Kriterien'; empty while nothing counts."""
    covered, counted = city.coverage
    return say("coverage", lang, covered=covered, count=counted) if counted and city.score is not None else ""


class RankingModel(QAbstractListModel):
    def __init__(self, parent=None, subjects: tuple[str, ...] = ()):
        """subjects: what the rows are (messages.speaking_of): cities, or job ads."""
        super().__init__(parent)
        self._cities: list[CityResult] = []
        self._notes: list[str] = []
        self._lang = "de"
        self.subjects = subjects

    def set_cities(self, cities: list[CityResult], lang: str, notes: list[str] | None = None) -> None:
        """notes: the words beside each row's name; how much of the profile its article speaks to by default."""
        self.beginResetModel()
        self._cities, self._lang = list(cities), lang
        with speaking_of(*self.subjects):
            self._notes = notes if notes is not None else [coverage_text(city, lang) for city in cities]
        self.endResetModel()

    def set_notes(self, notes: list[str]) -> None:
        self._notes = notes
        if self._cities:
            self.dataChanged.emit(self.index(0), self.index(len(self._cities) - 1), [NOTE_ROLE])

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._cities)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._cities):
            return None
        city = self._cities[index.row()]
        with speaking_of(*self.subjects):
            return self._data(index, city, role)

    def _data(self, index, city: CityResult, role):
        if role == Qt.ItemDataRole.DisplayRole:
            score = score_number(city.score)
            return f"{index.row() + 1}. {city.city}  {score}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            note = self._notes[index.row()]
            return self._data(index, city, Qt.ItemDataRole.DisplayRole) + (f", {note}" if note else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{say('criterion_' + r.criterion, self._lang)}: {points_words(r, self._lang)}"
                     for r in city.criteria]
            note = self._notes[index.row()]
            return "\n".join(([capitalised(note)] if note else []) + lines)
        if role == NOTE_ROLE:
            return self._notes[index.row()]
        if role == CITY_ROLE:
            return city
        if role == LANGUAGE_ROLE:
            return self._lang
        return None

    def row_of(self, source: str) -> int | None:
        return next((row for row, city in enumerate(self._cities) if city.source == source), None)
