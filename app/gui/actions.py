"""Every menu action declared once: its words, shortcut, menu and place, in one table; the window gives each its
slot. A slot for a name the table lacks, or a name without a slot, stops the window from being built at all,
so a typo never leaves a menu entry that does nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.gui.i18n import QT_TRANSLATE_NOOP

KEY = QKeySequence.StandardKey


class Act(str, Enum):
    """The name of each action: a typo is an AttributeError the type checker sees, not a menu entry without words."""
    NEW = "new"
    OPEN = "open"
    CLEAR_RECENT = "clear_recent"
    SAVE = "save"
    SAVE_AS = "save_as"
    RECOVER = "recover"
    ADD_CITY = "add_city"
    PASTE_CITY = "paste_city"
    REMOVE_CITY = "remove_city"
    ADD_JOB = "add_job"
    PASTE_JOB = "paste_job"
    EXPORT_REPORT = "export_report"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    SHOW_ARTICLE = "show_article"
    COMPARE = "compare"
    LANG_DE = "lang_de"
    LANG_EN = "lang_en"
    SCORING_HELP = "scoring_help"
    ABOUT = "about"


class Menu(str, Enum):
    FILE = "file"
    EDIT = "edit"
    VIEW = "view"
    LANGUAGE = "language"
    HELP = "help"
    RECENT = "recent"  # the Open Recent submenu, filled by its owner when shown


SEPARATOR = None  # in MENUS: a line between groups


@dataclass(frozen=True)
class ActionSpec:
    text: str  # English; shown translated from the "Actions" context of the .ts
    shortcut: QKeySequence.StandardKey | str | None = None
    role: QAction.MenuRole | None = None
    language: str | None = None  # a "Language" entry: checkable, one of a group


ACTIONS: dict[Act, ActionSpec] = {
    Act.NEW: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New"), KEY.New),
    Act.OPEN: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open…"), KEY.Open),
    Act.CLEAR_RECENT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Clear List")),
    Act.SAVE: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Save"), KEY.Save),
    Act.SAVE_AS: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Save &As…"), KEY.SaveAs),
    Act.RECOVER: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Unsaved Changes…")),
    Act.ADD_CITY: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &City Article…")),
    Act.PASTE_CITY: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Paste City Article…")),
    Act.REMOVE_CITY: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Remove Added City…")),
    Act.ADD_JOB: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Add &Job Ad…"), "Ctrl+J"),
    Act.PASTE_JOB: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Paste Job A&d…")),
    Act.EXPORT_REPORT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Export Report…"), "Ctrl+E"),
    Act.QUIT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), KEY.Quit, QAction.MenuRole.QuitRole),
    Act.UNDO: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Undo"), KEY.Undo),
    Act.REDO: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Redo"), KEY.Redo),
    Act.SHOW_ARTICLE: ActionSpec(QT_TRANSLATE_NOOP("Actions", "Show &Article"), "Ctrl+R"),
    Act.COMPARE: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Compare Cities…"), "Ctrl+K"),
    Act.LANG_DE: ActionSpec("Deutsch", language="de"),  # each language is named in itself
    Act.LANG_EN: ActionSpec("English", language="en"),
    Act.SCORING_HELP: ActionSpec(QT_TRANSLATE_NOOP("Actions", "CityFit &Help"), KEY.HelpContents),
    Act.ABOUT: ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About CityFit"), role=QAction.MenuRole.AboutRole),
}

# Menu -> its entries, top to bottom; Act.CLEAR_RECENT lives in the Open Recent submenu.
MENUS: dict[Menu, tuple[Act | Menu | None, ...]] = {
    Menu.FILE: (Act.NEW, Act.OPEN, Menu.RECENT, SEPARATOR, Act.SAVE, Act.SAVE_AS, Act.RECOVER, SEPARATOR,
                Act.ADD_CITY, Act.PASTE_CITY, Act.REMOVE_CITY, SEPARATOR, Act.ADD_JOB, Act.PASTE_JOB, SEPARATOR,
                Act.EXPORT_REPORT, SEPARATOR, Act.QUIT),
    Menu.EDIT: (Act.UNDO, Act.REDO),
    Menu.VIEW: (Act.SHOW_ARTICLE, Act.COMPARE, Menu.LANGUAGE),
    Menu.LANGUAGE: (Act.LANG_DE, Act.LANG_EN),
    Menu.HELP: (Act.SCORING_HELP, Act.ABOUT),
}
MENU_TITLES: dict[Menu, str] = {
    Menu.FILE: QT_TRANSLATE_NOOP("Actions", "&File"), Menu.EDIT: QT_TRANSLATE_NOOP("Actions", "&Edit"),
    Menu.VIEW: QT_TRANSLATE_NOOP("Actions", "&View"), Menu.LANGUAGE: QT_TRANSLATE_NOOP("Actions", "&Language"),
    Menu.HELP: QT_TRANSLATE_NOOP("Actions", "&Help"), Menu.RECENT: QT_TRANSLATE_NOOP("Actions", "Open &Recent"),
}
TOP_MENUS = (Menu.FILE, Menu.EDIT, Menu.VIEW, Menu.HELP)  # the menu bar, left to right; Language sits in View


def language_action(lang: str) -> Act:
    """The View → Language entry of `lang`."""
    return next(name for name, spec in ACTIONS.items() if spec.language == lang)


def build_actions(window: QWidget, slots: dict[Act, Callable[[], object]]) -> dict[Act, QAction]:
    """One QAction per entry of ACTIONS, triggering its slot."""
    if set(slots) != set(ACTIONS):
        raise KeyError(f"actions without a slot: {sorted(set(ACTIONS) - set(slots))}; slots without an action: "
                       f"{sorted(set(slots) - set(ACTIONS))}")
    actions: dict[Act, QAction] = {}
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


class MenuBar(QMenuBar):
    """The window's menus, built from MENUS, each action triggering its slot; it re-labels itself."""

    def __init__(self, window: QWidget, slots: dict[Act, Callable[[], object]]):
        super().__init__(window)
        self.menu_actions = build_actions(window, slots)
        self.menus: dict[Menu, QMenu] = {}
        for name in TOP_MENUS:
            self.menus[name] = self.addMenu("")
            self._fill(self.menus[name], name)

    def _fill(self, menu: QMenu, name: Menu) -> None:
        """Menu.RECENT stays an empty submenu: its owner fills it when shown."""
        for entry in MENUS[name]:
            if entry is SEPARATOR:
                menu.addSeparator()
            elif isinstance(entry, Menu):
                self.menus[entry] = menu.addMenu("")
                if entry in MENUS:
                    self._fill(self.menus[entry], entry)
            else:
                menu.addAction(self.menu_actions[entry])

    def retranslate_ui(self, lang: str) -> None:
        """Texts from the "Actions" context of the installed translation (`lang` is already installed)."""
        for name, spec in ACTIONS.items():
            self.menu_actions[name].setText(spec.text if spec.language else
                                            QCoreApplication.translate("Actions", spec.text))
        for menu_name, menu in self.menus.items():
            menu.setTitle(QCoreApplication.translate("Actions", MENU_TITLES[menu_name]))
        self.menu_actions[language_action(lang)].setChecked(True)
