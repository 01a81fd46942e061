"""The window's words. One rule: domain words (criterion names, languages and levels, working hours and their
choices, concept names: whatever the engine also writes) come only from resources/messages.json through say();
window chrome (menus, buttons, titles, tooltips about the window itself) only from Qt's tr(), English in the
source, German from resources/translations/cityfit_de.qm. Each widget re-labels itself in retranslate_ui(lang)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.core.resources import resource_path

# A text for lupdate to collect, translated later with QCoreApplication.translate(context, text) (the stubs say
# it returns object; it returns its text).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

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


def capitalised(word: str) -> str:
    """A domain word as a label or a list entry starts: "nur ab und zu" -> "Nur ab und zu"."""
    return word[:1].upper() + word[1:]


def with_mnemonics(labels: list[str], beside: Sequence[str] = ()) -> list[str]:
    """Domain words as labels of one form, each with the first letter ("&") that neither an earlier label of the
    list nor a label `beside` them (the form's own, already marked) took: the engine's words carry no
    accelerators, and a letter chosen per language by hand would be a second copy."""
    taken = {label[label.index("&") + 1].casefold() for label in beside if "&" in label[:-1]}
    marked = []
    for label in labels:
        free = next((i for i, char in enumerate(label) if char.isalpha() and char.casefold() not in taken), None)
        if free is None:
            marked.append(label.replace("&", "&&"))
            continue
        taken.add(label[free].casefold())
        marked.append(label[:free].replace("&", "&&") + "&" + label[free:].replace("&", "&&"))
    return marked
