"""Saving and removing job ads from the window: a file or a saved web page, pasted text, or a drop."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, QTimer, Signal
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
        self._waiting: list[tuple[str, str, Callable[[], str]]] = []  # name, origin, how to get the text
        self._saving = False  # an ad read is being saved (the place-of-work question may be open)

    def add_files(self, paths: list[Path] | None = None) -> None:
        """Reads the chosen (or dropped) files one after the other on a worker thread, saving each ad."""
        for path in paths if paths is not None else self.dialogs.job_paths(self.window):
            self._waiting.append((path.name, str(path.resolve()), partial(read_job_file, path)))
        self._next()

    def paste(self, text: str = "") -> None:
        """An ad pasted into the paste box (a dropped selection arrives as `text`, already the page's visible text)."""
        pasted = self.dialogs.pasted_job(self.window, text)
        if pasted is None:
            return
        name = say("pasted_job", self.lang())
        self._waiting.append((name, name, lambda: pasted))
        self._next()

    def _next(self) -> None:
        """The next ad waiting, once the one before is read and saved: one question at a time."""
        if self._waiting and self.reading.job is None and not self._saving:
            self._read(*self._waiting.pop(0))

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
        self._saving = True
        try:
            if not ad.city:
                ad.city = self.dialogs.job_city(self.window, ad.title, [city.city for city in self.library.cities])
            if ad.city:  # else the user closed the question: nothing saved
                save_job(ad, origin, self.shelf)
                self.jobs_changed.emit(ad.source)
        except JobError as error:
            self.dialogs.error(self.window, self.tr("Cannot add the job ad"), error.message(self.lang()))
        finally:
            self._saving = False
        QTimer.singleShot(0, self._next)  # after the read's job has ended
