"""File menu work beyond the profile: the user's own city articles, and the report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.core.city_summary import city_summaries, silent_sentence
from app.core.cityprofile import CityProfile
from app.core.engine import Engine
from app.core.job_store import JobShelf
from app.core.library import CityLibrary, add_article, read_new_article, read_pasted_article, remove_article
from app.core.messages import UserError, say
from app.core.vocabulary import Vocabulary
from app.gui.background import BackgroundTask, Progress
from app.gui.dialogs import Asks
from app.gui.i18n import fill

if TYPE_CHECKING:
    from app.gui.document import ProfileDocument


class CityFiles(QObject):
    """Adds and removes the user's city articles and exports the report, each long step on a worker thread."""

    cities_changed = Signal(object)  # a city was added (its source, to show it) or removed (None)

    def __init__(self, window: QMainWindow, library: CityLibrary, vocabulary: Vocabulary, document: ProfileDocument,
                 dialogs: Asks, lang: Callable[[], str], add_actions: tuple[QAction, ...], export_action: QAction,
                 jobs: JobShelf):
        """window: parent of every dialog; lang: the window's language now; the actions are disabled while their
        work runs (add_actions: every way to add an article)."""
        super().__init__(window)
        self.window, self.library, self.vocabulary, self.document = window, library, vocabulary, document
        self.jobs = jobs  # the saved ads, for the report
        self.dialogs, self.lang = dialogs, lang
        self.article_import = BackgroundTask(window, add_actions, lambda: self.tr("Cannot add the article"),
                                             self.dialogs, lang)
        self.report_export = BackgroundTask(window, (export_action,), lambda: self.tr("Cannot export the report"),
                                            self.dialogs, lang)

    def add_city(self, path: Path | None = None) -> None:
        """Reads the chosen (or dropped) article on a worker thread (a 2 MB article takes seconds), then adds its
        city. A saved web page is read as its visible text."""
        path = path or self.dialogs.article_path(self.window)
        if path is None or self.article_import.job is not None:
            return
        vocabulary = self.vocabulary
        self._read(fill(self.tr("Reading “%1”"), path.name), lambda: read_new_article(path, vocabulary), path)

    def paste_city(self, text: str = "") -> None:
        """Asks for the text of an article (pasted, or `text` dropped on the window), reads it on a worker thread
        and adds its city, saved under the city's name."""
        if self.article_import.job is not None:
            return
        pasted = self.dialogs.pasted_article(self.window, text)
        if pasted is None:
            return
        vocabulary = self.vocabulary
        self._read(self.tr("Reading the pasted text"), lambda: read_pasted_article(pasted, vocabulary), None)

    def _read(self, label: str, read: Callable[[], tuple[bytes, CityProfile]], path: Path | None) -> None:
        def work(progress: Progress) -> tuple[bytes, CityProfile]:
            progress("reading")
            return read()
        self.article_import.start(
            self.tr("Add city article"), label, {"reading": self.tr("Reading the article…")}, work,
            lambda result: self._add_read_article(path, *cast(tuple[bytes, CityProfile], result)),
            self.tr("Cancelled; the article was not added."))

    def _add_read_article(self, path: Path | None, data: bytes, city: CityProfile) -> None:
        lang = self.lang()
        try:
            city = add_article(path, data, city, self.library)
        except UserError as error:
            self.dialogs.error(self.window, self.tr("Cannot add the article"), error.message(lang))
            return
        self.cities_changed.emit(city.source)
        [(found, silent)] = city_summaries([city], self.vocabulary, lang)
        lines = [say("summary_found", lang, city=city.city), *(f"• {line}" for line in found)]
        lines += ["", silent_sentence(silent, lang)] if silent else []
        self.dialogs.info(self.window, self.tr("City added"), "\n".join(lines))

    def remove_city(self) -> None:
        title = self.tr("Remove added city")
        added = [city for city in self.library.cities if self.library.is_added(city)]
        if not added:
            self.dialogs.info(self.window, title,
                              self.tr("You have not added any cities. The bundled cities cannot be removed."))
            return
        name = self.dialogs.choose_city(self.window, title, [city.city for city in added])
        city = next((c for c in added if c.city == name), None)
        question = self.tr("Remove %1 from CityFit? Your own copy of the article is not touched.")
        if city is None or not self.dialogs.confirm(self.window, title, fill(question, city.city)):
            return
        try:
            remove_article(city, self.library)
        except UserError as error:
            self.dialogs.error(self.window, self.tr("Cannot remove the city"), error.message(self.lang()))
            return
        self.cities_changed.emit(None)

    def export_report(self) -> None:
        """Writes the comparison as PDF or HTML on a worker thread; the profile as it is on screen, unsaved edits
        included, and the cities as they are now."""
        from app.report_file import export_report as write_report
        from app.report_file import export_stages

        profile = self.document.flush()
        stem = self.document.path.stem if self.document.path else profile.name or "CityFit"
        path = self.dialogs.report_path(self.window, str(Path(self.document.folder()) / f"{stem}.pdf"))
        if path is None:
            return
        words = {"ranking": self.tr("Scoring the cities…"), "advice": self.tr("Measuring the advice…"),
                 "writing": self.tr("Writing the report…"), "printing": self.tr("Laying out the PDF pages…"),
                 "saving": self.tr("Saving the file…")}
        engine = Engine(list(self.library.cities), self.vocabulary, list(self.jobs.ads))
        profile, lang = profile.copy(), self.lang()
        status = self.window.statusBar()
        self.report_export.start(
            self.tr("Export report"), fill(self.tr("Exporting “%1”"), path.name),
            {stage: words[stage] for stage in export_stages(path)},
            lambda progress: write_report(path, engine, profile, lang, progress),
            lambda _: status.showMessage(say("report_written", lang, file=path), 8000),
            self.tr("Export cancelled; no file was written."))

    def stop(self) -> None:
        """The window closes: work under way is cancelled and waited for."""
        self.report_export.stop()
        self.article_import.stop()
