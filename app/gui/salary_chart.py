"""Each city's salary bands on one € axis, with the candidate's minimum and desired pay drawn in."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.cityprofile import CityProfile
from app.core.messages import euro, say, shown_range
from app.gui.i18n import capitalised

ROW = 30
LABEL_WIDTH = 130
MARGIN = 12
AXIS_HEIGHT = 64
LEGEND_LINES = 2  # the legend for estimated bands wraps onto at most this many lines


class SalaryChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._cities: list[CityProfile] = []
        self._minimum: float | None = None
        self._desired: float | None = None
        self._lang = "de"
        self._texts: dict[str, str] = {}  # the words the chart paints, set by retranslate_ui
        self.retranslate_ui(self._lang)
        self.drawn_labels: list[tuple[str, QRectF]] = []  # the words painted beside bands, for tests
        self.drawn_wishes: list[tuple[str, QRectF]] = []  # the minimum's and the wish's labels, for tests
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def retranslate_ui(self, lang: str) -> None:
        """The pay wishes are the engine's words; what the chart draws is its own."""
        self._texts = {"minimum": capitalised(say("must_salary_minimum", lang)),
                       "desired": capitalised(say("pay_desired", lang)), "estimate": self.tr("estimated"),
                       "none": self.tr("The article names no pay"),
                       "legend": self.tr("Dashed and marked “estimated”: the article names no figures for this band; "
                                         "only its lower end counts.")}
        self.setAccessibleName(self.tr("Salary chart"))

    def set_data(self, cities: list[CityProfile], minimum: float | None, desired: float | None, lang: str) -> None:
        self._cities, self._minimum, self._desired, self._lang = cities, minimum, desired, lang
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """What the chart shows, in words, for screen readers and tests."""
        lines = []
        for city in self._cities:
            bands = ", ".join(shown_range(band, self._lang) for band in city.salary_bands)  # "geschätzt …" too
            lines.append(f"{city.city}: {bands or self._texts['none']}")
        return "; ".join(lines) + (f". {self._texts['legend']}" if self._has_estimates() else "")

    def _has_estimates(self) -> bool:
        return any(band.estimate for city in self._cities for band in city.salary_bands)

    def _legend_height(self) -> int:
        return (self.fontMetrics().height() * LEGEND_LINES + 8) if self._has_estimates() else 0

    def sizeHint(self):  # noqa: N802 (Qt API)
        return QSize(600, AXIS_HEIGHT + self._legend_height() + MARGIN * 2 + ROW * max(1, len(self._cities)))

    def minimumSizeHint(self):  # noqa: N802 (Qt API)
        return QSize(300, self.sizeHint().height())  # taller than the tab: the scroll area scrolls

    def _scale(self) -> tuple[float, float]:
        values: list[float] = [v for c in self._cities for b in c.salary_bands for v in (b.min_eur, b.max_eur)
                               if v is not None]
        values += [v for v in (self._minimum, self._desired) if v]
        if not values:
            return 1500.0, 4000.0
        low, high = min(values), max(values)
        return float(int((low - 300) // 500 * 500)), float(int((high + 799) // 500 * 500))

    def paintEvent(self, event):  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.drawn_labels, self.drawn_wishes = [], []
        palette = self.palette()
        low, high = self._scale()
        left, right = MARGIN + LABEL_WIDTH, self.width() - MARGIN
        x_of = lambda euros: left + (euros - low) / (high - low) * (right - left)  # noqa: E731
        text_pen = QPen(palette.color(QPalette.ColorRole.Text))
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        bottom = MARGIN + ROW * len(self._cities)
        painter.setPen(text_pen)
        for tick in range(int(low), int(high) + 1, 500):
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(x_of(tick), MARGIN), QPointF(x_of(tick), bottom))
            painter.setPen(text_pen)
            label_left = min(x_of(tick) - 45, self.width() - 92)  # the last label stays inside the chart
            painter.drawText(QRectF(label_left, bottom + 2, 90, painter.fontMetrics().height()),
                             Qt.AlignmentFlag.AlignCenter, euro(tick, self._lang))
        band_color = palette.color(QPalette.ColorRole.Highlight)
        for row, city in enumerate(self._cities):
            top = MARGIN + row * ROW
            painter.setPen(text_pen)
            painter.drawText(QRectF(MARGIN, top, LABEL_WIDTH - 8, ROW), Qt.AlignmentFlag.AlignVCenter, city.city)
            if not city.salary_bands:
                painter.drawText(QRectF(left, top, right - left, ROW), Qt.AlignmentFlag.AlignVCenter,
                                 self._texts["none"])
            for band in city.salary_bands:
                start = x_of(city.drawn_start(band))
                end = x_of(band.max_eur) if band.max_eur is not None else right
                rect = QRectF(start, top + 7, max(3.0, end - start), ROW - 14)
                fill = QColor(band_color)
                fill.setAlpha(70 if band.estimate or band.min_eur is None or band.max_eur is None else 150)
                painter.setPen(QPen(band_color, 1, Qt.PenStyle.DashLine if band.estimate else Qt.PenStyle.SolidLine))
                if band.max_eur is None:  # "ab 3.100 €": no upper end, so the bar fades out instead of ending
                    fade = QLinearGradient(rect.topLeft(), rect.topRight())
                    fade.setColorAt(0, fill)
                    fade.setColorAt(1, QColor(0, 0, 0, 0))
                    painter.fillRect(rect, fade)
                    painter.drawLine(rect.topLeft(), rect.bottomLeft())
                else:
                    painter.fillRect(rect, fill)
                    painter.drawRect(rect)
                if band.estimate:
                    self._estimate_label(painter, rect, left, right, text_pen)
        # The lower of the two lines is labelled to its left, the higher to its right: labels never meet.
        desired_lower = bool(self._minimum and self._desired and self._desired < self._minimum)
        self._expectation(painter, self._minimum, x_of, bottom, QColor(220, 120, 0), self._texts["minimum"],
                          1 if desired_lower else 0)
        self._expectation(painter, self._desired, x_of, bottom, QColor(30, 160, 70), self._texts["desired"],
                          0 if desired_lower else 1)
        if self._has_estimates():
            self._legend(painter, band_color, text_pen, bottom + AXIS_HEIGHT)
        painter.end()

    def _estimate_label(self, painter, band: QRectF, left: float, right: float, text_pen: QPen) -> None:
        """The word "geschätzt" beside an estimated band: right of it, else left of it, else over it."""
        text = self._texts["estimate"]
        width = painter.fontMetrics().horizontalAdvance(text) + 6
        if band.right() + width <= right:
            box = QRectF(band.right() + 4, band.top() - 4, width, band.height() + 8)
        elif band.left() - width >= left:
            box = QRectF(band.left() - width - 2, band.top() - 4, width, band.height() + 8)
        else:
            box = QRectF(band.left(), band.top() - 4, band.width(), band.height() + 8)
        font = painter.font()
        italic = QFont(font)
        italic.setItalic(True)
        painter.setFont(italic)
        painter.setPen(text_pen)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        self.drawn_labels.append((text, box))
        painter.setFont(font)

    def _legend(self, painter, band_color: QColor, text_pen: QPen, top: float) -> None:
        """A dashed sample and what it means, wrapped to the chart's width."""
        height = painter.fontMetrics().height()
        sample = QRectF(MARGIN, top + 3, 28, height - 6)
        fill = QColor(band_color)
        fill.setAlpha(70)
        painter.fillRect(sample, fill)
        painter.setPen(QPen(band_color, 1, Qt.PenStyle.DashLine))
        painter.drawRect(sample)
        painter.setPen(text_pen)
        text_left = sample.right() + 8
        painter.drawText(QRectF(text_left, top, self.width() - MARGIN - text_left, height * LEGEND_LINES),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         self._texts["legend"])

    def _expectation(self, painter, euros, x_of, bottom, color, label, slot) -> None:
        if not euros:
            return
        x = x_of(euros)
        painter.setPen(QPen(color, 2))
        painter.drawLine(QPointF(x, MARGIN - 4), QPointF(x, bottom))
        # Minimum to the left of its line, desired to the right, so close values never overlap; a label
        # that would leave the chart goes one line lower, on the other side.
        text = f"{label} {euro(euros, self._lang)}"
        width = painter.fontMetrics().horizontalAdvance(text) + 8
        height = painter.fontMetrics().height()
        left_side = slot == 0 or x + 4 + width > self.width() - MARGIN
        top = bottom + height + 4 + (height if slot == 1 and left_side else 0)
        box = QRectF(x - width - 4, top, width, height) if left_side else QRectF(x + 4, top, width, height)
        align = Qt.AlignmentFlag.AlignRight if left_side else Qt.AlignmentFlag.AlignLeft
        painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter, text)
        self.drawn_wishes.append((text, box))
