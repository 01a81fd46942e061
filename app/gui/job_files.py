"""Saving and removing job ads from the window: a file or a saved web page, pasted text, or a drop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from app.core.job_ad import JobAd
from app.core.job_match import JobResult
from app.core.job_store import JobError, JobShelf, read_job_file, read_offered_job, remove_job, save_job
from app.core.library import CityLibrary
from app.core.messages import UserError, say
from app.core.vocabulary import Vocabulary
from app.gui.background import BackgroundTask, Progress
from app.gui.dialogs import Asks
from app.gui.i18n import fill


class JobFiles(QObject):
    jobs_changed = Signal(object)  # the source of an ad just saved (to show it), or None

    def __init__(self, window: QMainWindow, shelf: JobShelf, library: CityLibrary, vocabulary: Vocabulary,
                 dialogs: Asks, lang: Callable[[], str], add_actions: tuple[QAction, ...]):
        super().__init__(window)
        self.window, self.shelf, self.library, self.vocabulary = window, shelf, library, vocabulary
        self.dialogs, self.lang = dialogs, lang
        self.reading = BackgroundTask(window, add_actions, lambda: self.tr("Cannot add the job ad"), dialogs, lang)
        self.reading.idle.connect(self._next)
        self._waiting: list[Path] = []

    def add_files(self, paths: list[Path] | None = None) -> None:
        """Reads the chosen (or dropped) files one after the other on a worker thread, saving each ad."""
        self._waiting += paths if paths is not None else self.dialogs.job_paths(self.window)
        if self.reading.job is None:
            self._next()

    def _next(self) -> None:
        if self._waiting:
            path = self._waiting.pop(0)
            self._read(path.name, str(path.resolve()), lambda: read_job_file(path))

    def paste(self, text: str = "") -> None:
        """An ad pasted into the paste box (a dropped selection arrives as `text`, already the page's visible text)."""
        pasted = self.dialogs.pasted_job(self.window, text)
        if pasted is None:
            return
        name = say("pasted_job", self.lang())
        self._read(name, name, lambda: pasted)

    def remove(self, job: JobResult) -> None:
        title = self.tr("Remove job ad")
        question = fill(self.tr("Remove the job ad “%1” from CityFit? A file you added it from is not touched."),
                        job.ad.title)
        if not self.dialogs.confirm(self.window, title, question):
            return
        try:
            remove_job(job.ad, self.shelf)
        except UserError as error:
            self.dialogs.error(self.window, self.tr("Cannot remove the job ad"), error.message(self.lang()))
            return
        self.jobs_changed.emit(None)

    def stop(self) -> None:
        self._waiting.clear()
        self.reading.stop()

    def _read(self, name: str, origin: str, text: Callable[[], str]) -> None:
        vocabulary, shelf = self.vocabulary, self.shelf
        known = [city.city for city in self.library.cities]

        def read(progress: Progress) -> JobAd:
            progress("reading")
            return read_offered_job(name, text(), vocabulary, known, shelf)
        self.reading.start(self.tr("Add job ad"), fill(self.tr("Reading “%1”"), name),
                           {"reading": self.tr("Reading the job ad…")}, read,
                           lambda ad: self._save(cast(JobAd, ad), origin),
                           self.tr("Cancelled; the job ad was not added."))

    def _save(self, ad: JobAd, origin: str) -> None:
        if not ad.city:
            ad.city = self.dialogs.job_city(self.window, ad.title, [city.city for city in self.library.cities])
            if not ad.city:
                return  # the user closed the question: nothing saved
        try:
            save_job(ad, origin, self.shelf)
        except JobError as error:
            self.dialogs.error(self.window, self.tr("Cannot add the job ad"), error.message(self.lang()))
            return
        self.jobs_changed.emit(ad.source)
