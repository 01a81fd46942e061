"""The main window: the profile editor beside the live, explained ranking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.articles import WEB_PAGE_SUFFIXES
from app.core.candidate import CandidateProfile
from app.core.engine import Engine, load_job_shelf
from app.core.job_match import JobResult
from app.core.job_store import JobShelf
from app.core.library import CityLibrary
from app.core.messages import UserError, printable, say
from app.core.profile_file import EXTENSION, ProfileError
from app.core.resources import load_json_resource
from app.core.results import Ranking
from app.core.vocabulary import Vocabulary
from app.gui.actions import Act, Menu, MenuBar
from app.gui.advice_panel import AdvicePanel
from app.gui.autosave import Autosave
from app.gui.city_detail import CityDetail
from app.gui.city_files import CityFiles
from app.gui.dialogs import Asks, Dialogs
from app.gui.document import AUTOSAVE_MS, ProfileDocument
from app.gui.i18n import fill, install_language
from app.gui.job_files import JobFiles
from app.gui.jobs_panel import JobsPanel
from app.gui.paste_dialog import mime_text
from app.gui.profile_editor import ProfileEditor
from app.gui.ranking_delegate import ROW_HEIGHT, RankingDelegate
from app.gui.ranking_model import CITY_ROLE, RankingModel, coverage_text
from app.gui.ranking_runner import RankingRunner
from app.gui.salary_chart import SalaryChart
from app.gui.score_legend import ScoreLegend
from app.gui.settings import Settings


class MainWindow(QMainWindow):
    def __init__(self, library: CityLibrary, vocabulary: Vocabulary, settings: Settings,
                 dialogs: Asks | None = None, autosave_ms: int = AUTOSAVE_MS, jobs: JobShelf | None = None):
        """jobs: the saved job ads; read from the user's folder when not given."""
        super().__init__()
        self.library, self.vocabulary, self.settings = library, vocabulary, settings
        self.jobs = jobs if jobs is not None else load_job_shelf(library, vocabulary)
        self.lang = settings.language()
        self.ranking: Ranking | None = None
        self.ranked_profile: CandidateProfile | None = None
        self.job_results: list[JobResult] = []
        self.runner = RankingRunner(Engine(library.cities, vocabulary, self.jobs.ads), self)
        self._chosen_source: str | None = None
        self._refreshing = False
        self.setAcceptDrops(True)
        self.setObjectName("MainWindow")

        self.editor = ProfileEditor(vocabulary, load_json_resource("scoring.json")["weights"])
        self.dialogs = dialogs or Dialogs()
        self.document = ProfileDocument(self.editor.profile, settings, self.dialogs, Autosave(), self, autosave_ms)
        self.model = RankingModel(self)
        self.ranking_list = QListView()
        self.ranking_list.setModel(self.model)
        self.ranking_list.setItemDelegate(RankingDelegate(self.ranking_list))
        self.ranking_list.setUniformItemSizes(True)
        self.ranking_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows fit the width
        self.article_warnings = QLabel()
        self.article_warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.article_warnings.setWordWrap(True)
        self.article_warnings.setVisible(bool(library.warnings))
        self.ranking_title = QLabel()
        self.ranking_title.setBuddy(self.ranking_list)
        self.legend = ScoreLegend()
        self.decisive = QLabel()
        self.decisive.setTextFormat(Qt.TextFormat.PlainText)
        self.decisive.setWordWrap(True)
        self.firmness = QLabel()
        self.firmness.setTextFormat(Qt.TextFormat.PlainText)
        self.firmness.setWordWrap(True)
        self.detail = CityDetail()
        self.advice = AdvicePanel()
        self._advice_stale = True
        self.chart = SalaryChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.detail, "")
        self.tabs.addTab(chart_scroll, "")
        self.tabs.addTab(self.advice, "")
        self.jobs_panel = JobsPanel(vocabulary)
        self.tabs.addTab(self.jobs_panel, "")
        self._build_layout()

        self._build_menus()
        self._connect()
        self.city_files = CityFiles(self, library, vocabulary, self.document, self.dialogs, lambda: self.lang,
                                    (self.menu_actions[Act.ADD_CITY], self.menu_actions[Act.PASTE_CITY]),
                                    self.menu_actions[Act.EXPORT_REPORT], self.jobs)
        self.city_files.cities_changed.connect(self.cities_changed)
        self.job_files = JobFiles(self, self.jobs, library, vocabulary, self.dialogs, lambda: self.lang,
                                  (self.menu_actions[Act.ADD_JOB], self.menu_actions[Act.PASTE_JOB]))
        self.job_files.jobs_changed.connect(self._jobs_changed)
        self.jobs_panel.add_requested.connect(lambda: self.job_files.add_files())
        self.jobs_panel.remove_requested.connect(self.job_files.remove)
        self.jobs_panel.file_dropped.connect(lambda path: self.job_files.add_files([path]))
        self.jobs_panel.text_dropped.connect(self.job_files.paste)
        self.jobs_panel.paste_requested.connect(self.job_files.paste)
        install_language(self.lang)
        self.retranslate_ui(self.lang)
        self.document.edit_timer.stop()  # labelling the editor is no edit
        self.document.replace_profile(self.editor.profile())  # ranks for the first time
        geometry = settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

    # --- building ---------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        top = QWidget()  # the ranking and what decides it; below it, the tabs: the user moves the line between
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.article_warnings)
        column.addWidget(self.ranking_title)
        column.addWidget(self.ranking_list, 1)
        column.addWidget(self.legend)  # what the colours and a grey bar mean, right under the bars
        column.addWidget(self.decisive)
        column.addWidget(self.firmness)
        # Three places fit before the list scrolls, however tall the window.
        self.ranking_list.setMinimumHeight(3 * ROW_HEIGHT + 2 * self.ranking_list.frameWidth())
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.tabs)
        right.setChildrenCollapsible(False)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 760])
        self.setCentralWidget(splitter)

    def _build_menus(self) -> None:
        self.menu_bar = MenuBar(self, self._action_slots())
        self.setMenuBar(self.menu_bar)
        self.menu_actions, self.menus = self.menu_bar.menu_actions, self.menu_bar.menus
        self.file_menu, self.edit_menu, self.view_menu = self.menus[Menu.FILE], self.menus[Menu.EDIT], \
            self.menus[Menu.VIEW]
        self.language_menu, self.help_menu, self.recent_menu = self.menus[Menu.LANGUAGE], self.menus[Menu.HELP], \
            self.menus[Menu.RECENT]
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)

    def _action_slots(self) -> dict[Act, Callable[[], object]]:
        """What each action of actions.ACTIONS does."""
        return {
            Act.NEW: self.document.new, Act.OPEN: self.document.open, Act.CLEAR_RECENT: self.document.clear_recent,
            Act.SAVE: self.document.save, Act.SAVE_AS: self.document.save_as,
            Act.RECOVER: lambda: self.document.offer_recovery(asked=True),
            Act.ADD_CITY: lambda: self.city_files.add_city(), Act.PASTE_CITY: lambda: self.city_files.paste_city(),
            Act.REMOVE_CITY: lambda: self.city_files.remove_city(),
            Act.EXPORT_REPORT: lambda: self.city_files.export_report(),
            Act.ADD_JOB: lambda: self.job_files.add_files(), Act.PASTE_JOB: lambda: self.job_files.paste(),
            Act.QUIT: self.close, Act.UNDO: self.document.undo, Act.REDO: self.document.redo,
            Act.SHOW_ARTICLE: lambda: self.show_article(None),
            Act.COMPARE: self.compare_cities, Act.LANG_DE: lambda: self.set_language("de"),
            Act.LANG_EN: lambda: self.set_language("en"), Act.SCORING_HELP: self.show_scoring_help,
            Act.ABOUT: self._about,
        }

    def _connect(self) -> None:
        self.editor.changed.connect(self.document.typing)
        self.document.profile_edited.connect(self.refresh_ranking)
        self.document.profile_replaced.connect(self._show_profile)
        self.runner.finished.connect(self._show_ranking)
        self.document.state_changed.connect(self._update_title)
        stack = self.document.undo_stack
        stack.canUndoChanged.connect(self.menu_actions[Act.UNDO].setEnabled)
        stack.canRedoChanged.connect(self.menu_actions[Act.REDO].setEnabled)
        self.menu_actions[Act.UNDO].setEnabled(False)
        self.menu_actions[Act.REDO].setEnabled(False)
        self.ranking_list.selectionModel().currentChanged.connect(lambda *_: self._city_chosen())
        self.ranking_list.activated.connect(lambda _: self.show_article(None))
        self.detail.quote_activated.connect(self.show_article)
        self.tabs.currentChanged.connect(lambda _: self._advise_if_shown())
        self.runner.advice_ready.connect(self._show_advice)
        self.runner.jobs_ready.connect(self._show_jobs)
        self.advice.apply_requested.connect(self.apply_suggestion)

    # --- profile, ranking, details ----------------------------------------------------------------

    def _show_profile(self, profile) -> None:
        self._chosen_source = None  # another profile: start at first place
        self.editor.set_profile(profile)
        self.refresh_ranking(profile)
        self._update_title()

    def refresh_ranking(self, profile=None) -> None:
        profile = profile or self.editor.profile()
        self.runner.request(profile, self.lang)
        self.runner.request_jobs(profile, self.lang)

    def _show_ranking(self, ranking: Ranking, profile) -> None:
        self.ranking, self.ranked_profile = ranking, profile
        self._refreshing = True
        self.model.set_cities(self.ranking.cities, self.lang, self._city_notes(ranking))
        self.decisive.setText(self.ranking.decisive)
        firm = self.runner.engine.firmness(self.ranking)
        self.firmness.setText(firm.describe(self.lang) if firm else "")
        self.firmness.setVisible(firm is not None)
        self._advice_stale = True
        self._advise_if_shown()
        row = self.model.row_of(self._chosen_source) if self._chosen_source else None
        self.ranking_list.setCurrentIndex(self.model.index(row if row is not None else 0))
        self._refreshing = False
        self._show_selected()
        self.chart.set_data(self.runner.engine.chart_cities(ranking), profile.salary.minimum, profile.salary.desired,
                            self.lang)

    def _jobs_changed(self, saved: str | None) -> None:
        """An ad was saved (shown in the Jobs tab once ranked) or removed."""
        self.jobs_panel.show_next(saved)
        self.cities_changed()

    def _show_jobs(self, jobs: list[JobResult], profile) -> None:
        self.job_results = jobs
        engine = self.runner.engine
        self.jobs_panel.set_jobs(jobs, profile, self.lang, lambda job: engine.explain_job(job, profile, self.lang))
        if self.ranking is not None:
            self.model.set_notes(self._city_notes(self.ranking))

    def _city_notes(self, ranking: Ranking) -> list[str]:
        """'Artikel sagt etwas zu 5 von 7 Ihrer Kriterien · 3 Stellen, davon 2 gut passend, beste 82'."""
        per_city = Engine.jobs_per_city(self.job_results)
        notes = []
        for city in ranking.cities:
            jobs = per_city.get(city.city.casefold())
            parts = [coverage_text(city, self.lang), jobs.describe(self.lang) if jobs else ""]
            notes.append(" · ".join(part for part in parts if part))
        return notes

    def cities_changed(self, show: str | None = None) -> None:
        """A city or a job ad was added or removed: rank again over them as they are now, showing `show` if given."""
        self.runner.set_engine(Engine(self.library.cities, self.vocabulary, self.jobs.ads))
        self._chosen_source = show if show is not None else self._chosen_source
        self.refresh_ranking()

    def _advise_if_shown(self) -> None:
        """Advice re-scores the profile dozens of times: only when its tab is looked at."""
        if self._advice_stale and self.tabs.currentWidget() is self.advice and self.ranked_profile is not None:
            self._advice_stale = False
            self.runner.request_advice(self.ranked_profile, self.lang)

    def _show_advice(self, suggestions, profile) -> None:
        if profile == self.ranked_profile:
            self.advice.show_advice(suggestions, self.lang)

    def apply_suggestion(self, suggestion) -> None:
        """Try a suggestion: the profile changes as if typed, and Undo takes it back."""
        current = self.document.flush()
        try:
            changed = Engine.apply(suggestion, current, self.document.display_name())
        except ProfileError as error:  # e.g. one skill more than a profile may hold
            self.dialogs.error(self, self.tr("Cannot try this change"), error.message(self.lang))
            return
        self.editor.set_profile(changed)
        self.document.flush()

    def _city_chosen(self) -> None:
        """The user picked a city: keep showing it while the ranking moves; otherwise follow first place."""
        if not self._refreshing:  # while refreshing, _show_ranking shows the city once it is done
            city = self.ranking_list.currentIndex().data(CITY_ROLE)
            self._chosen_source = city.source if city else None
            self._show_selected()

    def _show_selected(self) -> None:
        city = self.ranking_list.currentIndex().data(CITY_ROLE)
        if city is not None:  # words are written when a city is looked at
            assert self.ranked_profile is not None  # set with the ranking the city comes from
            city = self.runner.engine.explain(city, self.ranked_profile, self.lang)
        decisive = self.ranking.decisive if self.ranking and city and self.ranking_list.currentIndex().row() < 2 \
            else ""
        self.detail.show_city(city, decisive, self.lang)

    def compare_cities(self) -> None:
        if not self.ranking or not self.ranking.cities:
            return
        profile, engine = self.ranked_profile, self.runner.engine
        assert profile is not None  # set with the ranking

        def explain(city):
            return engine.explain(city, profile, self.lang)
        from app.gui.compare_dialog import CompareDialog  # on demand: not part of start-up

        self.compare_dialog = CompareDialog(self.ranking.cities, explain, self.lang, self)
        self.compare_dialog.open()

    def show_article(self, evidence) -> None:
        city = self.ranking_list.currentIndex().data(CITY_ROLE)
        if city is None:
            return
        quotes = [e for r in city.criteria for e in r.evidence]
        source = evidence.source if evidence else city.source
        from app.gui.article_dialog import ArticleDialog  # on demand: not part of start-up

        try:
            dialog = ArticleDialog(source, [q for q in quotes if q.source == source], evidence, self)
        except (OSError, UserError):  # the file changed or vanished since CityFit read it
            self.dialogs.error(self, self.tr("Cannot show article"), fill(self.tr(
                "“%1” cannot be shown: it was changed, moved or deleted since CityFit read it."),
                printable(Path(source).name)))
            return
        dialog.setWindowTitle(fill(self.tr("Article: %1"), city.city))
        dialog.open()
        self.article_dialog = dialog

    # --- language and words -----------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """View → Language: the window, its explanations and its title in `lang` from now on."""
        if lang == self.lang:
            return
        self.lang = lang
        self.settings.set_language(lang)
        install_language(lang)
        self.retranslate_ui(lang)
        self.refresh_ranking()  # the explanations are words too
        self._update_title()

    def retranslate_ui(self, lang: str) -> None:
        """The window's own words; each child re-labels itself."""
        self.menu_bar.retranslate_ui(lang)
        self.ranking_title.setText(self.tr("&Cities, best fit first"))
        self.legend.retranslate_ui(lang)
        self.article_warnings.setText("\n".join("⚠ " + w.message(lang) for w in self.library.warnings))
        self.ranking_list.setAccessibleName(say("report_ranking", lang))
        self.tabs.setTabText(0, self.tr("Why"))
        self.tabs.setTabText(1, self.tr("Salary chart"))
        self.tabs.setTabText(2, self.tr("Advice"))
        self.tabs.setTabText(3, self.tr("Jobs"))
        self.jobs_panel.retranslate_ui(lang)
        for child in (self.advice, self.detail, self.chart, self.editor):
            child.retranslate_ui(lang)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name()}[*] — CityFit")
        self.setWindowModified(self.document.is_modified())

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.document.recent_files()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent profiles"))
            empty.setEnabled(False)
        for path in recent:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.document.open(Path(p)))
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.menu_actions[Act.CLEAR_RECENT])
        self.menu_actions[Act.CLEAR_RECENT].setEnabled(bool(recent))

    def show_scoring_help(self) -> None:
        from app.gui.help_text import help_sections  # on demand: not part of start-up

        self.dialogs.help(self, self.tr("CityFit Help"), help_sections(self.lang))

    def _about(self) -> None:
        self.dialogs.info(self, self.tr("About CityFit"), fill(self.tr(
            "CityFit %1: which city fits your customer-service career, and why."), __version__))

    # --- window events ----------------------------------------------------------------------------

    def closeEvent(self, event):  # noqa: N802 (Qt API)
        if self.document.maybe_save():
            self.runner.shutdown()
            self.city_files.stop()
            self.job_files.stop()
            self.document.close()
            self.settings.set_geometry(self.saveGeometry())
            self.settings.sync()
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event):  # noqa: N802
        if _dropped_file(event.mimeData()) is not None or _dropped_text(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        """A profile opens; an article file (.txt, .html, .htm) is added as a city; text or HTML (a selection
        dragged from a browser) opens the paste box with its text."""
        mime = event.mimeData()
        path = _dropped_file(mime)
        if path is not None:
            event.acceptProposedAction()
            if path.suffix.lower() == EXTENSION:
                self.document.open(path)
            else:
                self.city_files.add_city(path)
        elif _dropped_text(mime):
            event.acceptProposedAction()
            self.city_files.paste_city(mime_text(mime))


def _dropped_file(mime: QMimeData) -> Path | None:
    """The one profile or article file dropped, or None."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    accepted = (EXTENSION, ".txt", *WEB_PAGE_SUFFIXES)
    return paths[0] if len(paths) == 1 and paths[0].suffix.lower() in accepted else None


def _dropped_text(mime: QMimeData) -> bool:
    """Text or HTML without any link or file: a link dragged from a browser is never fetched."""
    return not mime.hasUrls() and (mime.hasHtml() or mime.hasText())
