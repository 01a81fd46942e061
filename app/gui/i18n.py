"""Qt translations: English in the source, German from resources/translations/cityfit_de.qm."""

from __future__ import annotations

import re

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


_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: str) -> str:
    """A translated text with its %1…%9 filled in one pass, as Qt's QString::arg would: a value that itself
    holds "%2" stays as it is. A placeholder without a value stays too."""
    return _PLACEHOLDER.sub(lambda found: values[int(found[1]) - 1] if int(found[1]) <= len(values) else found[0],
                            template)
