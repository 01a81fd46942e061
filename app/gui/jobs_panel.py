"""The "Stellen" tab: the saved job ads, best fit first, filterable by city, each explained as a city is, with what
the ad asks of the candidate."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.articles import WEB_PAGE_SUFFIXES
from app.core.candidate import CandidateProfile
from app.core.job_ad import subjects
from app.core.job_match import JobResult, ad_facts, describe_requirements, describe_total
from app.core.messages import AD, speaking_of
from app.core.view import CandidateView
from app.core.vocabulary import Vocabulary
from app.gui.city_detail import CityDetail
from app.gui.i18n import fill
from app.gui.paste_dialog import mime_text
from app.gui.ranking_delegate import ROW_HEIGHT, RankingDelegate
from app.gui.ranking_model import RankingModel

ALL_CITIES = ""  # the filter's first entry
AD_SUFFIXES = (".txt", *WEB_PAGE_SUFFIXES)


class JobsPanel(QWidget):
    add_requested = Signal()
    paste_requested = Signal()
    remove_requested = Signal(object)  # the JobResult to remove
    file_dropped = Signal(object)  # the Path of an ad dropped on the tab
    text_dropped = Signal(str)  # the visible text of a selection dropped on the tab

    def __init__(self, vocabulary: Vocabulary, parent=None):
        super().__init__(parent)
        self.vocabulary = vocabulary
        self._jobs: list[JobResult] = []
        self._shown: list[JobResult] = []
        self._profile: CandidateProfile | None = None
        self._explain: Callable[[JobResult], JobResult] = lambda job: job
        self._explained: dict[str, JobResult] = {}  # by source: each ad's words, written once per ranking
        self._detail_stale = False  # the detail waits until the tab is shown: ranking after each edit writes none
        self._show_next: str | None = None  # the source of an ad just saved: selected once it is listed
        self._lang = "de"
        self.city_filter = QComboBox()
        self.city_filter.currentIndexChanged.connect(lambda _: self._fill())
        self.city_label = QLabel()
        self.city_label.setBuddy(self.city_filter)
        self.add_button, self.paste_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_requested)
        self.paste_button.clicked.connect(self.paste_requested)
        self.remove_button.clicked.connect(lambda: self._emit_for_current(self.remove_requested))
        self.model = RankingModel(self, subjects=(AD,))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(RankingDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(2 * ROW_HEIGHT)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.list.activated.connect(lambda _: self.show_ad(None))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.detail = CityDetail()
        self.detail.quote_activated.connect(self.show_ad)
        tools = QHBoxLayout()
        tools.addWidget(self.city_label)
        tools.addWidget(self.city_filter, 1)
        for button in (self.add_button, self.paste_button, self.remove_button):
            tools.addWidget(button)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tools)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setAcceptDrops(True)  # a file or a selection dropped here is a job ad (elsewhere: a city article)

    def dragEnterEvent(self, event):  # noqa: N802 (Qt API)
        if _dropped_ad(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802 (Qt API)
        dropped = _dropped_ad(event)
        if dropped is None:
            return
        event.acceptProposedAction()
        if isinstance(dropped, Path):
            self.file_dropped.emit(dropped)
        else:
            self.text_dropped.emit(dropped)

    def retranslate_ui(self, lang: str) -> None:
        self._lang = lang
        self.city_label.setText(self.tr("&City:"))
        self.add_button.setText(self.tr("&Add Job Ad…"))
        self.paste_button.setText(self.tr("&Paste Job Ad…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.list.setAccessibleName(self.tr("Job ads"))
        self.empty.setText(self.tr("No job ads saved yet. Add one from a file or a saved web page, paste one "
                                   "copied from your browser, or drop a file here."))
        self._fill_cities()

    def set_jobs(self, jobs: list[JobResult], profile: CandidateProfile, lang: str,
                 explain: Callable[[JobResult], JobResult]) -> None:
        """explain: an ad ranked without words, with them (Engine.explain_job)."""
        self._jobs, self._profile, self._lang, self._explain = jobs, profile, lang, explain
        self._explained.clear()
        self._fill_cities()
        self._fill()

    def _emit_for_current(self, signal) -> None:
        job = self.current()
        if job is not None:
            signal.emit(job)

    def show_ad(self, evidence) -> None:
        """The ad's text with the sentences its scores rest on highlighted, `evidence` the chosen one."""
        from app.gui.article_dialog import ArticleDialog  # on demand: not part of start-up

        job = self.current()
        if job is None:
            return
        explained = self._explained_job(job)
        quotes = [e for result in explained.criteria.criteria for e in result.evidence]
        self.ad_dialog = ArticleDialog(job.ad.source, quotes, evidence, self, text=job.ad.text)
        self.ad_dialog.setWindowTitle(fill(self.tr("Job ad: %1"), job.ad.title))
        self.ad_dialog.open()

    def show_next(self, source: str | None) -> None:
        """Select the ad saved as `source` when the list next shows it (all cities, so it is there)."""
        self._show_next = source
        if source is not None:
            self.city_filter.setCurrentIndex(0)

    def current(self) -> JobResult | None:
        row = self.list.currentIndex().row()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _fill_cities(self) -> None:
        chosen = self.city_filter.currentData()
        cities = sorted({job.ad.city for job in self._jobs if job.ad.city}, key=str.casefold)
        self.city_filter.blockSignals(True)
        self.city_filter.clear()
        self.city_filter.addItem(self.tr("All cities"), ALL_CITIES)
        for city in cities:
            self.city_filter.addItem(city, city.casefold())
        found = self.city_filter.findData(chosen) if chosen is not None else -1
        self.city_filter.setCurrentIndex(max(found, 0))
        self.city_filter.blockSignals(False)

    def _fill(self) -> None:
        chosen_city = self.city_filter.currentData() or ALL_CITIES
        current = self.current()
        self._shown = [job for job in self._jobs
                       if chosen_city == ALL_CITIES or (job.ad.city or "").casefold() == chosen_city]
        self.model.set_cities([replace(job.criteria, score=job.score) for job in self._shown], self._lang,
                              [self._note(job) for job in self._shown])
        self.empty.setVisible(not self._jobs)
        self.remove_button.setEnabled(bool(self._shown))
        wanted = self._show_next or (current.ad.source if current else None)
        rows = [row for row, job in enumerate(self._shown) if job.ad.source == wanted]
        if rows:
            self._show_next = None
        index = self.model.index(rows[0] if rows else 0)
        if index == self.list.currentIndex():
            self._show_current()  # the same row: currentChanged does not fire, the ad's words did change
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def _note(self, job: JobResult) -> str:
        """'Kiel · Nordwind Energie GmbH · 2.600–3.000 € im Monat · 40 Std./Woche · unbefristet'."""
        return " · ".join([job.ad.city or self.tr("place of work not named"), *ad_facts(job.ad, self._lang)])

    def showEvent(self, event):  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._detail_stale:
            self._show_current()

    def _explained_job(self, job: JobResult) -> JobResult:
        if job.ad.source not in self._explained:
            self._explained[job.ad.source] = self._explain(job)
        return self._explained[job.ad.source]

    def _show_current(self) -> None:
        self._detail_stale = not self.isVisible()
        if self._detail_stale:
            return
        job = self.current()
        if job is None or self._profile is None:
            self.detail.clear()
            return
        view = CandidateView.build(self._profile, self.vocabulary)
        with speaking_of(*subjects(job.ad)):
            explained = self._explained_job(job)
            lines = [self._note(job), *describe_requirements(explained, view, self._lang),
                     describe_total(explained, self._lang)]
            self.detail.show_city(replace(explained.criteria, score=job.score), "\n".join(filter(None, lines)),
                                  self._lang)



def _dropped_ad(event) -> Path | str | None:
    """One .txt/.html/.htm file, or the visible text of a selection (a dragged link is never fetched)."""
    data = event.mimeData()
    if data.hasUrls():
        paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
        return paths[0] if len(paths) == 1 and paths[0].suffix.lower() in AD_SUFFIXES else None
    return mime_text(data) if data.hasHtml() or data.hasText() else None
