"""Qt translations: English in the source, German from resources/translations/cityfit_de.qm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.core.resources import resource_path

_installed: list[QTranslator] = []


def install_language(lang: str) -> None:
    """Replace the active translators; the caller relabels its widgets afterwards."""
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resource_path(f"translations/cityfit_{lang}.qm"))):
        _installed.append(ours)
    qt_own = QTranslator(app)  # Qt's own dialogs and buttons (Save, Cancel, …)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
