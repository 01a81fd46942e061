"""Every menu action declared once: its words, shortcut, menu and place, in one table; the window gives each its
slot. A slot for a name the table lacks, or a name without a slot, stops the window from being built at all,
so a typo never leaves a menu entry that does nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

# The name Qt's lupdate collects texts by; it returns its text (the stubs say object).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
KEY = QKeySequence.StandardKey
SEPARATOR = "-"  # in MENUS: a line between groups
RECENT = "recent"  # in MENUS: the Open Recent submenu, filled when shown


@dataclass(frozen=True)
class ActionSpec:
    text: str  # English; shown translated from the "Actions" context of the .ts
    shortcut: QKeySequence.StandardKey | str | None = None
    role: QAction.MenuRole | None = None
    language: str | None = None  # a "Language" entry: checkable, one of a group


ACTIONS: dict[str, ActionSpec] = {
    "new": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New"), KEY.New),
    "open": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open…"), KEY.Open),
    "clear_recent": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Clear List")),
    "save": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Save"), KEY.Save),
    "save_as": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Save &As…"), KEY.SaveAs),
    "recover": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Unsaved Changes…")),
    "add_city": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &City Article…")),
    "remove_city": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Remove Added City…")),
    "export_report": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Export Report…"), "Ctrl+E"),
    "quit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), KEY.Quit, QAction.MenuRole.QuitRole),
    "undo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Undo"), KEY.Undo),
    "redo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Redo"), KEY.Redo),
    "show_article": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show &Article"), "Ctrl+R"),
    "compare": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Compare Cities…"), "Ctrl+K"),
    "lang_de": ActionSpec("Deutsch", language="de"),  # each language is named in itself
    "lang_en": ActionSpec("English", language="en"),
    "scoring_help": ActionSpec(QT_TRANSLATE_NOOP("Actions", "CityFit &Help"), KEY.HelpContents),
    "about": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About CityFit"), role=QAction.MenuRole.AboutRole),
}

# Menu -> its entries, top to bottom; "clear_recent" lives in the Open Recent submenu.
MENUS: dict[str, tuple[str, ...]] = {
    "file": ("new", "open", RECENT, SEPARATOR, "save", "save_as", "recover", SEPARATOR, "add_city", "remove_city",
             SEPARATOR, "export_report", SEPARATOR, "quit"),
    "edit": ("undo", "redo"),
    "view": ("show_article", "compare", "language"),
    "language": ("lang_de", "lang_en"),
    "help": ("scoring_help", "about"),
}
MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("Actions", "&File"), "edit": QT_TRANSLATE_NOOP("Actions", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Actions", "&View"), "language": QT_TRANSLATE_NOOP("Actions", "&Language"),
    "help": QT_TRANSLATE_NOOP("Actions", "&Help"), RECENT: QT_TRANSLATE_NOOP("Actions", "Open &Recent"),
}
TOP_MENUS = ("file", "edit", "view", "help")  # the menu bar, left to right; "language" sits inside "view"


def build_actions(window: QWidget, slots: dict[str, Callable[[], object]]) -> dict[str, QAction]:
    """One QAction per entry of ACTIONS, triggering its slot."""
    if set(slots) != set(ACTIONS):
        raise KeyError(f"actions without a slot: {set(ACTIONS) - set(slots)}; slots without an action: "
                       f"{set(slots) - set(ACTIONS)}")
    actions: dict[str, QAction] = {}
    languages = QActionGroup(window)
    for name, spec in ACTIONS.items():
        action = QAction(window)
        if spec.shortcut is not None:
            action.setShortcut(spec.shortcut)
        if spec.role is not None:
            action.setMenuRole(spec.role)
        if spec.language:
            action.setCheckable(True)
            languages.addAction(action)
        action.triggered.connect(lambda _=False, slot=slots[name]: slot())
        actions[name] = action
    return actions


def build_menus(bar: QMenuBar, actions: dict[str, QAction]) -> dict[str, QMenu]:
    """The menus of MENUS, filled with their actions; "recent" is an empty submenu its owner fills when shown."""
    menus: dict[str, QMenu] = {}
    for name in TOP_MENUS:
        menus[name] = bar.addMenu("")
        _fill(menus[name], name, actions, menus)
    return menus


def _fill(menu: QMenu, name: str, actions: dict[str, QAction], menus: dict[str, QMenu]) -> None:
    for entry in MENUS[name]:
        if entry == SEPARATOR:
            menu.addSeparator()
        elif entry in MENUS or entry == RECENT:
            menus[entry] = menu.addMenu("")
            if entry in MENUS:
                _fill(menus[entry], entry, actions, menus)
        else:
            menu.addAction(actions[entry])


def retranslate_actions(actions: dict[str, QAction], menus: dict[str, QMenu]) -> None:
    for name, spec in ACTIONS.items():
        actions[name].setText(spec.text if spec.language else QCoreApplication.translate("Actions", spec.text))
    for name, menu in menus.items():
        menu.setTitle(QCoreApplication.translate("Actions", MENU_TITLES[name]))
