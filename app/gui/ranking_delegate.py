"""Paints a ranking row: place, city, how much rests on the article, total score and one small bar per
criterion, in palette colours."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate

from app.core.bars import bar_units
from app.core.bars import score_color as score_rgb
from app.core.messages import say, score_number
from app.core.results import SCORED, CriterionResult
from app.gui.ranking_model import CITY_ROLE, LANGUAGE_ROLE, NOTE_ROLE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView

ROW_HEIGHT = 72
BAR_HEIGHT = 8
MARK_PIXELS = 3  # the least a judged score fills: a 0 is a red mark one can see
TOTAL_WIDTH = 60


def score_color(palette: QPalette, score: float) -> QColor:
    """The score's colour (core.bars), brighter on a dark background."""
    return QColor(score_rgb(score, dark_background=palette.color(QPalette.ColorRole.Window).lightness() < 128))


def silent_color(palette: QPalette) -> QColor:
    """Grey: the score is a stand-in (the article or the candidate said nothing), not a judgement."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return palette.color(QPalette.ColorRole.Light if dark else QPalette.ColorRole.Shadow)


def bar_color(palette: QPalette, result: CriterionResult) -> QColor:
    return score_color(palette, result.score) if result.status == SCORED else silent_color(palette)


def paint_silent(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """A stand-in score's bar: grey and striped, never mistaken for what an article says."""
    painter.fillRect(rect, silent_color(palette))
    painter.fillRect(rect, QBrush(palette.color(QPalette.ColorRole.Midlight), Qt.BrushStyle.BDiagPattern))


def paint_score_bar(painter: QPainter, slot: QRect, result: CriterionResult, palette: QPalette) -> None:
    """One criterion's bar: the track, filled to the score (core.bars); grey stripes for a stand-in score."""
    painter.fillRect(slot, palette.color(QPalette.ColorRole.Midlight))
    filled = QRect(slot.left(), slot.top(), bar_units(result.score, slot.width(), MARK_PIXELS), slot.height())
    if result.status == SCORED:
        painter.fillRect(filled, score_color(palette, result.score))
    else:
        paint_silent(painter, filled, palette)


def score_sample(palette: QPalette, score: float, width: int = 28, height: int = BAR_HEIGHT) -> QPixmap:
    """A bar in a score's colour, for the legend beside the ranking."""
    pixmap = QPixmap(width, height)
    pixmap.fill(score_color(palette, score))
    return pixmap


def silent_sample(palette: QPalette, width: int = 28, height: int = BAR_HEIGHT) -> QPixmap:
    """The grey bar on its own, for the legend beside the ranking."""
    pixmap = QPixmap(width, height)
    pixmap.fill(palette.color(QPalette.ColorRole.Midlight))
    painter = QPainter(pixmap)
    paint_silent(painter, QRect(0, 0, width * 2 // 3, height), palette)
    painter.end()
    return pixmap


class RankingDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(self, painter, option, index):
        city = index.data(CITY_ROLE)
        if city is None:
            return
        palette = option.palette
        lang = index.data(LANGUAGE_ROLE)
        painter.save()
        view = cast("QAbstractItemView", self.parent())  # the list it was made for
        selected = view.selectionModel().isSelected(index)  # not option.state: QStyle costs 5 ms to load
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        area = option.rect.adjusted(10, 6, -10, -6)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_color)
        name_space = area.width() - TOTAL_WIDTH
        name = painter.fontMetrics().elidedText(row_title(city, index.row()),
                                                Qt.TextElideMode.ElideRight, name_space)
        painter.drawText(QRect(area.left(), area.top(), name_space, 22),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        name_width = painter.fontMetrics().horizontalAdvance(name)
        self._paint_note(painter, index.data(NOTE_ROLE) or "", option.font, text_color,
                         QRect(area.left() + name_width + 16, area.top(), name_space - name_width - 24, 22))
        total = score_number(city.score)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        painter.setFont(font)
        painter.drawText(QRect(area.right() - TOTAL_WIDTH, area.top(), TOTAL_WIDTH, 22),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, total)
        self._paint_bars(painter, city, QRect(area.left(), area.top() + 28, area.width(), BAR_HEIGHT), palette,
                         lang, option.font, text_color)
        painter.restore()

    def _paint_note(self, painter, text: str, font, text_color: QColor, rect: QRect) -> None:
        if not text or rect.width() < 40:
            return
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(text_color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))

    def _paint_bars(self, painter, city, rect: QRect, palette: QPalette, lang: str, font, text_color) -> None:
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.8)
        painter.setFont(small)
        painter.setPen(text_color)
        count = len(city.criteria)
        gap = 6
        width = (rect.width() - gap * (count - 1)) / count
        for position, result in enumerate(city.criteria):
            left = rect.left() + position * (width + gap)
            slot = QRect(int(left), rect.top(), int(width), rect.height())
            paint_score_bar(painter, slot, result, palette)
            caption = QRect(slot.left(), slot.bottom() + 3, slot.width(), 16)
            painter.drawText(caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             painter.fontMetrics().elidedText(say(f"criterion_{result.criterion}", lang),
                                                              Qt.TextElideMode.ElideRight, slot.width()))


def row_title(city, row: int) -> str:
    """"1. Magdeburg ⚠": no place number before there is a ranking (nothing entered yet)."""
    place = f"{row + 1}. " if city.score is not None else ""
    return f"{place}{city.city}{' ⚠' if city.broken_musts else ''}"
