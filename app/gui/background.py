"""The one way the window runs work off its thread: a Job on a QThread, started either by a BackgroundTask (long
work a user started: a dialog that names each stage and can cancel, one message when it fails, the action that
started it disabled meanwhile) or by a Latest runner (work asked for again and again while the user types: only
the newest request's result counts).

Work runs on a QThread (Qt's text layout and PDF writer need its event dispatcher; a plain Python thread lacks
it). The work reports each stage to `progress`, which raises once the user cancelled, so work that writes its
file only at the end leaves nothing behind when cancelled or failed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction

from app.core import collector
from app.core.messages import UserError
from app.gui.dialogs import Asks

SHOW_AFTER_MS = 500  # quick work never flashes a dialog

Progress = Callable[[str], None]


class _Cancelled(Exception):
    """Raised in the worker at the next stage once the user has cancelled."""


class Job(QThread):
    stage_started = Signal(str)
    failed = Signal(object)  # a UserError, shown in the window's language
    crashed = Signal(object)  # the exception of a bug
    succeeded = Signal(object)  # what the work returned

    def __init__(self, work: Callable[[Progress], object], parent=None):
        super().__init__(parent)
        self.work = work
        self.cancelled = False  # set from the window's thread, read here between stages

    def run(self) -> None:
        try:
            with collector.paused():  # its full collections would stop the window too (~0.3 s at 10,000 cities)
                result = self.work(self._progress)
        except _Cancelled:
            return
        except UserError as error:
            self.failed.emit(error)
        except Exception as error:  # a bug: handed to the window's thread, which reports bugs
            self.crashed.emit(error)
        else:
            self.succeeded.emit(result)

    def _progress(self, stage: str) -> None:
        if self.cancelled:
            raise _Cancelled
        self.stage_started.emit(stage)


class BackgroundTask(QObject):
    """One job at a time for one action (export the report, add an article)."""

    idle = Signal()  # the job ended (done, failed or cancelled): the next may start

    def __init__(self, window: QtWidgets.QMainWindow, actions: tuple[QAction, ...], failure_title: Callable[[], str],
                 dialogs: Asks, lang: Callable[[], str]):
        """window: parent of the progress dialog, its status bar says when work was cancelled; actions: those that
        start this work, disabled while it runs; lang: the window's language now, for a failure's message."""
        super().__init__(window)
        self.window, self.actions, self.failure_title = window, actions, failure_title
        self.dialogs, self.lang = dialogs, lang
        self.job: Job | None = None
        self.progress: QtWidgets.QProgressDialog | None = None

    def start(self, title: str, label: str, stages: dict[str, str], work: Callable[[Progress], object],
              done: Callable[[object], None], cancelled_note: str) -> bool:
        """stages: each stage the work reports, in order, with the words the dialog shows for it. False (and a
        word in the status bar) while the last job still runs: a drop or a button can ask before it ends."""
        if self.job is not None:
            self.window.statusBar().showMessage(self.tr("Still working on the last one; please try again when it "
                                                        "is done."), 8000)
            return False
        self.progress = QtWidgets.QProgressDialog(self.window)
        self.progress.setWindowTitle(title)
        self.progress.setCancelButtonText(self.tr("Cancel"))
        bar = QtWidgets.QProgressBar()
        bar.setFormat(self.tr("Step %v of %m"))  # stages take unequal times: no percentage
        self.progress.setBar(bar)
        self.progress.setRange(0, len(stages))
        self.progress.setAutoReset(False)  # the last stage fills the bar; the dialog closes when the work is done
        self.progress.setAutoClose(False)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setMinimumWidth(420)
        self.progress.setLabelText(label)
        self.progress.setValue(0)  # shown after SHOW_AFTER_MS unless done by then
        self.job = Job(work, self)
        order = list(stages)
        self.job.stage_started.connect(lambda stage: self._show_stage(f"{label}\n{stages[stage]}",
                                                                      order.index(stage) + 1))

        def succeeded(result: object) -> None:
            self._close_progress()
            done(result)
        self.job.succeeded.connect(succeeded)
        self.job.failed.connect(self._failed)
        self.job.crashed.connect(self._crashed)
        self.job.finished.connect(lambda: self._finished(cancelled_note))
        self.progress.canceled.connect(self._cancel)
        for action in self.actions:
            action.setEnabled(False)
        self.job.start()
        return True

    def stop(self) -> None:
        """The window closes: cancel, and wait for the stage under way (a thread must not outlive its window)."""
        if self.job is not None:
            self.job.cancelled = True
            self.job.wait()

    def _show_stage(self, text: str, step: int) -> None:
        if self.progress is not None:
            self.progress.setLabelText(text)
            self.progress.setValue(step)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled = True

    def _failed(self, error: UserError) -> None:
        self._close_progress()
        self.dialogs.error(self.window, self.failure_title(), error.message(self.lang()))

    def _crashed(self, error: Exception) -> None:
        self._close_progress()
        _report_bug(error)

    def _finished(self, cancelled_note: str) -> None:
        """After success or failure, or after cancelled work stopped at its next stage."""
        if self.progress is not None:  # neither succeeded nor failed nor crashed: cancelled
            self._close_progress()
            self.window.statusBar().showMessage(cancelled_note, 8000)
        assert self.job is not None  # the job's own finished signal calls this
        self.job.deleteLater()
        self.job = None
        for action in self.actions:
            action.setEnabled(True)
        self.idle.emit()

    def _close_progress(self) -> None:
        if self.progress is None:
            return
        self.progress.canceled.disconnect(self._cancel)  # closing is no cancelling
        self.progress.close()
        self.progress.deleteLater()
        self.progress = None


class Latest(QObject):
    """Runs work asked for again and again (a ranking per edit) on a worker thread, one job at a time. Of the
    requests made while a job runs only the newest waits; a result that a newer request has overtaken is
    dropped, so typing never waits for work that is already out of date."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._newest = 0  # the number of the newest request; a result counts only if it answers that one
        self._running: Job | None = None
        self._waiting: tuple[int, Callable[[], object], Callable[[object], None]] | None = None

    def submit(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """`done` gets the result on the window's thread, unless a newer request came first."""
        self._newest += 1
        self._waiting = (self._newest, work, done)
        if self._running is None:
            self._start_waiting()

    def drop(self) -> None:
        """Whatever is under way or waiting no longer counts (the cities changed)."""
        self._newest += 1
        self._waiting = None

    def stop(self) -> None:
        """The window closes: nothing more starts, and the job under way is waited for."""
        self.drop()
        if self._running is not None:
            self._running.wait()

    def _start_waiting(self) -> None:
        if self._waiting is None:
            return
        number, work, done = self._waiting
        self._waiting = None
        job = self._running = Job(lambda progress: work(), self)
        job.succeeded.connect(lambda result: done(result) if number == self._newest else None)
        job.crashed.connect(_report_bug)
        job.failed.connect(_report_bug)  # work asked for while typing names no file: a UserError there is a bug
        job.finished.connect(self._job_finished)
        job.start()

    def _job_finished(self) -> None:
        if self._running is not None:
            self._running.deleteLater()
            self._running = None
        self._start_waiting()


def _report_bug(error: Exception) -> None:
    raise error  # to sys.excepthook: logged, and one message in the window's language (see launch)
