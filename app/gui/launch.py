"""Starts the window: `cityfit` or `cityfit PROFILE`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path


def launch(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    window = build_main_window(argv)
    window.show()
    if argv:
        window.document.open_without_asking(window, Path(argv[0]))
    return QApplication.instance().exec()


def build_main_window(argv: list[str]):
    """Everything `launch` does before the event loop: folders, logging, the application, the window."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.core import paths
    from app.core.library import default_seeds, load_cities
    from app.core.resources import resource_path
    from app.core.vocabulary import load_vocabulary
    from app.gui.main_window import MainWindow
    from app.gui.settings import Settings

    folders = paths.init()
    logging.basicConfig(filename=paths.ensure(folders.logs) / "cityfit.log", level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("CityFit")
    app.setApplicationDisplayName("CityFit")
    app.setDesktopFileName("de.cityfit.CityFit")
    app.setWindowIcon(QIcon(str(resource_path("icons/cityfit.svg"))))

    def report(kind, error, trace):  # a bug must not kill the window or show a traceback
        logging.getLogger("cityfit").error("unexpected error", exc_info=(kind, error, trace))
        QMessageBox.critical(None, "CityFit", f"{type(error).__name__}: {error}")
    sys.excepthook = report

    vocabulary = load_vocabulary()
    return MainWindow(load_cities(default_seeds(), vocabulary), vocabulary, Settings())
