"""Paints a ranking row: place, city, total score and one small bar per criterion, in palette colours."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QStyledItemDelegate

from app.core.messages import say
from app.core.results import SCORE_SHADE, score_hue
from app.gui.ranking_model import CITY_ROLE, LANGUAGE_ROLE

ROW_HEIGHT = 72
BAR_HEIGHT = 8


def score_color(palette: QPalette, score: float) -> QColor:
    """Greenish for a good fit, amber in between, reddish for a poor one; readable on light and dark."""
    value = 200 if palette.color(QPalette.ColorRole.Window).lightness() < 128 else SCORE_SHADE
    return QColor.fromHsv(score_hue(score), SCORE_SHADE, value)


class RankingDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter, option, index):
        city = index.data(CITY_ROLE)
        if city is None:
            return
        palette = option.palette
        painter.save()
        selected = self.parent().selectionModel().isSelected(index)  # not option.state: QStyle costs 5 ms to load
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        area = option.rect.adjusted(10, 6, -10, -6)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_color)
        warning = " ⚠" if city.broken_musts else ""
        painter.drawText(QRect(area.left(), area.top(), area.width() - 60, 22),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"{index.row() + 1}. {city.city}{warning}")
        total = "–" if city.score is None else str(round(city.score))
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.drawText(QRect(area.right() - 60, area.top(), 60, 22),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, total)
        self._paint_bars(painter, city, QRect(area.left(), area.top() + 28, area.width(), BAR_HEIGHT), palette,
                         index.data(LANGUAGE_ROLE), option.font, text_color)
        painter.restore()

    def _paint_bars(self, painter, city, rect: QRect, palette: QPalette, lang: str, font, text_color) -> None:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.8)
        painter.setFont(small)
        painter.setPen(text_color)
        count = len(city.criteria)
        gap = 6
        width = (rect.width() - gap * (count - 1)) / count
        track = palette.color(QPalette.ColorRole.Mid)
        for position, result in enumerate(city.criteria):
            left = rect.left() + position * (width + gap)
            slot = QRect(int(left), rect.top(), int(width), rect.height())
            painter.fillRect(slot, track)
            caption = QRect(slot.left(), slot.bottom() + 3, slot.width(), 16)
            painter.drawText(caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             painter.fontMetrics().elidedText(say(f"criterion_{result.criterion}", lang),
                                                              Qt.TextElideMode.ElideRight, slot.width()))
            if result.score is not None:
                filled = QRect(slot.left(), slot.top(), int(slot.width() * result.score / 100), slot.height())
                painter.fillRect(filled, score_color(palette, result.score))
