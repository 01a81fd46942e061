"""Starts the window: `cityfit` or `cityfit PROFILE`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import cast


def launch(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    build_main_window(argv).show()
    return QApplication.exec()  # static: runs the application's event loop


def build_main_window(argv: list[str]):
    """Everything `launch` does before the event loop: folders, logging, cities, the application, the window.

    The cities are read before Qt is imported: modules imported after PySide6 each pay for its
    import hook (it reads their source), so the window's start waits only for what it needs."""
    from app.core import paths
    from app.core.collector import spare_cities
    from app.core.engine import load_library
    from app.core.resources import resource_path

    folders = paths.init()
    _log_to(paths.ensure(folders.logs) / "cityfit.log")
    sys.excepthook = _report_bug
    library, vocabulary = load_library()

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.gui.main_window import MainWindow
    from app.gui.settings import Settings

    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))  # only ever a QApplication here
    app.setApplicationName("CityFit")
    app.setApplicationDisplayName("CityFit")
    app.setDesktopFileName("de.cityfit.CityFit")
    app.setWindowIcon(QIcon(str(resource_path("icons/de.cityfit.CityFit.svg"))))

    spare_cities()
    window = MainWindow(library, vocabulary, Settings())
    window.document.offer_recovery()
    if argv and not window.document.is_modified():  # `cityfit PROFILE`, unless recovered edits came first
        window.document.open_without_asking(Path(argv[0]))
    return window


def _report_bug(kind, error, trace) -> None:
    """A bug must not kill the window or show a traceback: it is logged and named in one message box, in the
    window's language, pointing to the log."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.core.messages import say

    log = logging.getLogger("cityfit")
    log.error("unexpected error", exc_info=(kind, error, trace))
    app = cast(QApplication, QApplication.instance() or QApplication([sys.argv[0]]))  # a bug before the window existed
    shown = [app.activeWindow(), *(widget for widget in app.topLevelWidgets() if widget.isVisible())]
    lang = next((found for widget in shown if (found := getattr(widget, "lang", None))), "de")
    log_file = next((handler.baseFilename for handler in log.handlers if hasattr(handler, "baseFilename")), "")
    box = QMessageBox(QMessageBox.Icon.Critical, "CityFit",
                      say("window_bug", lang, error=kind.__name__, log=log_file or "cityfit.log"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _log_to(path: Path) -> None:
    from app.core.log import LOGGER, log_to

    log_to(path)  # to stderr if the log file cannot be written: the window starts all the same
    logging.getLogger(LOGGER).info("CityFit started")
