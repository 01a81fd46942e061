"""All menu actions in one place, keyed by name; their words are set again on a language switch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

STANDARD_KEYS = {
    "new": QKeySequence.StandardKey.New, "open": QKeySequence.StandardKey.Open,
    "save": QKeySequence.StandardKey.Save, "save_as": QKeySequence.StandardKey.SaveAs,
    "quit": QKeySequence.StandardKey.Quit, "show_article": None, "about": None,
    "scoring_help": QKeySequence.StandardKey.HelpContents,
    "clear_recent": None, "recover": None, "lang_de": None, "lang_en": None, "add_city": None, "remove_city": None,
    "export_report": QKeySequence("Ctrl+E"), "compare": QKeySequence("Ctrl+K"),
}


def build_actions(window: QWidget) -> dict[str, QAction]:
    actions = {name: QAction(window) for name in STANDARD_KEYS}
    for name, key in STANDARD_KEYS.items():
        if key is not None:
            actions[name].setShortcut(key)
    actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
    actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
    actions["show_article"].setShortcut(QKeySequence("Ctrl+R"))
    languages = QActionGroup(window)
    for name in ("lang_de", "lang_en"):
        actions[name].setCheckable(True)
        languages.addAction(actions[name])
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    texts = {
        "new": QCoreApplication.translate("Actions", "&New"),
        "open": QCoreApplication.translate("Actions", "&Open…"),
        "save": QCoreApplication.translate("Actions", "&Save"),
        "save_as": QCoreApplication.translate("Actions", "Save &As…"),
        "quit": QCoreApplication.translate("Actions", "&Quit"),
        "show_article": QCoreApplication.translate("Actions", "Show &Article"),
        "about": QCoreApplication.translate("Actions", "&About CityFit"),
        "scoring_help": QCoreApplication.translate("Actions", "CityFit &Help"),
        "clear_recent": QCoreApplication.translate("Actions", "&Clear List"),
        "recover": QCoreApplication.translate("Actions", "&Unsaved Changes…"),
        "add_city": QCoreApplication.translate("Actions", "Add &City Article…"),
        "remove_city": QCoreApplication.translate("Actions", "&Remove Added City…"),
        "export_report": QCoreApplication.translate("Actions", "&Export Report…"),
        "compare": QCoreApplication.translate("Actions", "&Compare Cities…"),
        "lang_de": "Deutsch",  # each language is named in itself
        "lang_en": "English",
    }
    for name, text in texts.items():
        actions[name].setText(text)
