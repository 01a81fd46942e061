"""Why a city scored as it did: criteria, explanations and clickable quotes, all as plain text."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from app.core.bars import text_bar
from app.core.messages import join_words, out_of_100, say, score_number
from app.core.results import SCORED, CityResult, CriterionResult, Evidence
from app.gui.ranking_delegate import bar_color
from app.gui.ranking_model import coverage_text

BAR_CELLS = 20


class CityDetail(QTextBrowser):
    """Text goes in through QTextCursor.insertText only, so nothing from a profile or article is markup."""

    quote_activated = Signal(object)  # Evidence

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._anchor_clicked)
        self._evidence: list[Evidence] = []

    def retranslate_ui(self, lang: str) -> None:
        """The explanation itself is the engine's: its owner shows the city again in `lang`."""
        self.setAccessibleName(self.tr("Explanation"))

    def show_city(self, city: CityResult | None, decisive: str, lang: str) -> None:
        self.clear()
        self._evidence = []
        cursor = QTextCursor(self.document())
        if city is None:
            cursor.insertText(self.tr("No cities found. Add articles to the seeds folder."), self._format())
            return
        heading = self._format(bold=True, scale=1.4)
        cursor.insertText(f"{city.city}  {out_of_100(city.score)}\n", heading)
        coverage = coverage_text(city, lang)
        if coverage:
            cursor.insertText(coverage + "\n", self._format())
        if decisive:
            cursor.insertText(decisive + "\n", self._format(italic=True))
        if city.broken_musts:
            musts = ", ".join(say(f"must_{m}", lang) for m in city.broken_musts)
            cursor.insertText("⚠ " + say("cli_breaks_musts", lang, what=musts) + "\n", self._format(bold=True))
        if city.unconfirmed_musts:
            musts = ", ".join(say(f"must_{m}", lang) for m in city.unconfirmed_musts)
            cursor.insertText("? " + say("cli_unconfirmed_musts", lang, what=musts) + "\n", self._format(bold=True))
        for result in city.criteria:
            cursor.insertText("\n")
            cursor.insertText(say(f"criterion_{result.criterion}", lang), self._format(bold=True, scale=1.1))
            cursor.insertText("   ")
            self._bar(cursor, result, lang)
            cursor.insertText("\n" + result.explanation + "\n", self._format())
            for evidence in result.evidence:
                self._quote(cursor, evidence)
        if city.speculated:
            cursor.insertText("\n")
            cursor.insertText(say("speculated_heading", lang), self._format(bold=True, scale=1.1))
            what = join_words(city.speculated_labels, lang)
            cursor.insertText("\n" + say("speculated_note", lang, what=what) + "\n", self._format())
            for _, evidence in city.speculated:
                self._quote(cursor, evidence)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _quote(self, cursor: QTextCursor, evidence: Evidence) -> None:
        """A quote as a link that shows it in its article."""
        self._evidence.append(evidence)
        link = self._format(italic=True)
        link.setAnchor(True)
        link.setAnchorHref(f"quote:{len(self._evidence) - 1}")
        link.setForeground(self.palette().color(QPalette.ColorRole.Link))
        cursor.insertText("» ", self._format())
        cursor.insertText(evidence.quote, link)
        cursor.insertText("\n", self._format())

    def _bar(self, cursor: QTextCursor, result: CriterionResult, lang: str) -> None:
        """Coloured by score where the article speaks; grey, and said so, where it counts with a stand-in."""
        filled, track = text_bar(result.score, BAR_CELLS)
        colored = self._format()
        colored.setForeground(bar_color(self.palette(), result))
        cursor.insertText(filled, colored)
        cursor.insertText(f"{track}  {score_number(result.score)}", self._format())
        if result.status != SCORED:
            cursor.insertText(f"  ({say(f'status_{result.status}', lang)})", self._format(italic=True))

    def _format(self, bold=False, italic=False, scale=1.0) -> QTextCharFormat:
        text_format = QTextCharFormat()
        font = QFont(self.font())
        font.setBold(bold)
        font.setItalic(italic)
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        text_format.setFont(font)
        return text_format

    def _anchor_clicked(self, url) -> None:
        text = url.toString()
        if text.startswith("quote:"):
            self.quote_activated.emit(self._evidence[int(text.split(":", 1)[1])])
