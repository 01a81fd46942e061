"""Exporting the report on a worker thread: the window keeps drawing, a dialog shows each stage and can cancel.

The report is built and, for a PDF, laid out and printed by Qt on a QThread (Qt's text layout and PDF writer
work off the GUI thread; a plain Python thread lacks the event dispatcher their timers need). The file is
written all at once at the end, so a cancelled or failed export leaves nothing behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Qt, QThread, Signal

from app.core import collector
from app.core.messages import UserError, say

SHOW_AFTER_MS = 500  # a quick export never flashes a dialog


class _Cancelled(Exception):
    """Raised in the worker at the next stage once the user has cancelled."""


class ReportJob(QThread):
    stage_started = Signal(str)
    failed = Signal(str)  # one message for the user
    crashed = Signal(object)  # the exception of a bug
    written = Signal()

    def __init__(self, path: Path, cities: list, profile, vocabulary, lang: str, parent=None):
        super().__init__(parent)
        self.path, self.cities, self.profile, self.vocabulary, self.lang = path, cities, profile, vocabulary, lang
        self.cancelled = False  # set from the window's thread, read here between stages

    def run(self) -> None:
        from app.report_file import export_report

        try:
            with collector.paused():  # its full collections would stop the window too (~0.3 s at 10,000 cities)
                export_report(self.path, self.cities, self.profile, self.vocabulary, self.lang, self._progress)
        except _Cancelled:
            return
        except UserError as error:
            self.failed.emit(error.message(self.lang))
        except Exception as error:  # a bug: handed to the window's thread, which reports bugs
            self.crashed.emit(error)
        else:
            self.written.emit()

    def _progress(self, stage: str) -> None:
        if self.cancelled:
            raise _Cancelled
        self.stage_started.emit(stage)


class ReportExport(QObject):
    """One export at a time for a window: its menu entry is disabled meanwhile."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.job: ReportJob | None = None
        self.progress: QtWidgets.QProgressDialog | None = None

    def start(self, path: Path, cities: list, profile, lang: str) -> None:
        from app.report_file import export_stages

        stages = export_stages(path)
        texts = {"ranking": self.tr("Scoring the cities…"), "advice": self.tr("Measuring the advice…"),
                 "writing": self.tr("Writing the report…"), "printing": self.tr("Laying out the PDF pages…"),
                 "saving": self.tr("Saving the file…")}
        self.progress = QtWidgets.QProgressDialog(self.window)
        self.progress.setWindowTitle(self.tr("Export report"))
        self.progress.setCancelButtonText(self.tr("Cancel"))
        bar = QtWidgets.QProgressBar()
        bar.setFormat(self.tr("Step %v of %m"))  # stages take unequal times: no percentage
        self.progress.setBar(bar)
        self.progress.setRange(0, len(stages))
        self.progress.setAutoReset(False)  # the last stage fills the bar; the dialog closes when the file is there
        self.progress.setAutoClose(False)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(SHOW_AFTER_MS)
        self.progress.setMinimumWidth(420)
        self.job = ReportJob(path, cities, profile, self.window.vocabulary, lang, self)
        exporting = self.tr("Exporting “%1”").replace("%1", path.name)
        self.progress.setLabelText(exporting)
        self.progress.setValue(0)  # shown after SHOW_AFTER_MS unless done by then
        self.job.stage_started.connect(
            lambda stage: self._show_stage(f"{exporting}\n{texts[stage]}", stages.index(stage) + 1))
        self.job.written.connect(lambda: self._written(path, lang))
        self.job.failed.connect(self._failed)
        self.job.crashed.connect(self._crashed)
        self.job.finished.connect(self._finished)
        self.progress.canceled.connect(self._cancel)
        self.window.actions["export_report"].setEnabled(False)
        self.job.start()

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

    def _written(self, path: Path, lang: str) -> None:
        self._close_progress()
        self.window.statusBar().showMessage(say("report_written", lang, file=path), 8000)

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.window.document.dialogs.error(self.window, self.tr("Cannot export the report"), message)

    def _crashed(self, error: Exception) -> None:
        self._close_progress()
        raise error  # to sys.excepthook: logged, and one message in the window's language (see launch)

    def _finished(self) -> None:
        """After written or failed, or after a cancelled export stopped at its next stage."""
        if self.progress is not None:  # neither written nor failed nor crashed: cancelled
            self._close_progress()
            self.window.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 8000)
        self.job.deleteLater()
        self.job = None
        self.window.actions["export_report"].setEnabled(True)

    def _close_progress(self) -> None:
        self.progress.canceled.disconnect(self._cancel)  # closing is no cancelling
        self.progress.close()
        self.progress.deleteLater()
        self.progress = None
