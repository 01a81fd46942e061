"""Building the real main window for tests, with per-user folders in tmp_path and scripted answers."""

from __future__ import annotations

from pathlib import Path

from app.core import paths
from app.core.library import CityLibrary, load_cities
from app.gui.actions import Act
from app.gui.dialogs import CANCEL, RecoveryAnswer
from app.gui.main_window import MainWindow
from app.gui.settings import Settings
from tests.conftest import SEEDS, article_folder


class ScriptedDialogs:
    """Answers the window's questions the way a test says; records every error message shown."""

    def __init__(self):
        self.save_answers: list[str] = []
        self.open_answers: list[Path | None] = []
        self.save_as_answers: list[Path | None] = []
        self.errors: list[str] = []
        self.asked_to_save: list[str] = []
        self.overwrite_answers: list[str] = []
        self.asked_overwrite: list[tuple[str, bool]] = []
        self.recovery_answers: list[RecoveryAnswer] = []
        self.offered_recovery: list[list[str]] = []
        self.article_answers: list[Path | None] = []
        self.paste_answers: list[str | None] = []
        self.offered_pastes: list[str] = []  # the text each paste box was opened with
        self.city_answers: list[str | None] = []
        self.offered_cities: list[list[str]] = []
        self.confirm_answers: list[bool] = []
        self.infos: list[str] = []
        self.report_answers: list[Path | None] = []
        self.job_answers: list[Path | list[Path] | None] = []  # one file, or several chosen at once
        self.job_paste_answers: list[str | None] = []
        self.job_city_answers: list[str | None] = []
        self.offered_job_cities: list[list[str]] = []

    def ask_save_changes(self, parent, name):
        self.asked_to_save.append(name)
        return self.save_answers.pop(0) if self.save_answers else CANCEL

    def open_path(self, parent, folder):
        return self.open_answers.pop(0) if self.open_answers else None

    def save_path(self, parent, suggested):
        return self.save_as_answers.pop(0) if self.save_as_answers else None

    def ask_overwrite_changed(self, parent, name, deleted):
        self.asked_overwrite.append((name, deleted))
        return self.overwrite_answers.pop(0) if self.overwrite_answers else CANCEL

    def choose_recovery(self, parent, rows):
        self.offered_recovery.append(rows)
        return self.recovery_answers.pop(0) if self.recovery_answers else RecoveryAnswer()

    def error(self, parent, title, message):
        self.errors.append(message)

    def pasted_job(self, parent, text=""):
        self.offered_pastes.append(text)
        return self.job_paste_answers.pop(0) if self.job_paste_answers else None

    def job_paths(self, parent):
        answer = self.job_answers.pop(0) if self.job_answers else None
        return answer if isinstance(answer, list) else [answer] if answer else []

    def job_city(self, parent, title, cities):
        self.offered_job_cities.append(list(cities))
        return self.job_city_answers.pop(0) if self.job_city_answers else None

    def report_path(self, parent, suggested):
        return self.report_answers.pop(0) if self.report_answers else None

    def article_path(self, parent):
        return self.article_answers.pop(0) if self.article_answers else None

    def pasted_article(self, parent, text=""):
        self.offered_pastes.append(text)
        return self.paste_answers.pop(0) if self.paste_answers else None

    def choose_city(self, parent, title, cities):
        self.offered_cities.append(list(cities))
        return self.city_answers.pop(0) if self.city_answers else None

    def confirm(self, parent, title, question):
        return self.confirm_answers.pop(0) if self.confirm_answers else False

    def info(self, parent, title, message):
        self.infos.append(message)

    def help(self, parent, title, sections):
        self.infos.append("\n\n".join(f"{heading}\n" + "\n".join(paragraphs) for heading, paragraphs in sections))


def make_window(qtbot, home: Path, vocabulary, dialogs: ScriptedDialogs | None = None,
                autosave_ms: int = 3000, seeds: Path = SEEDS, library: CityLibrary | None = None) -> MainWindow:
    """The window over the articles of `seeds`, or over `library` when given."""
    folders = paths.init(home)
    library = library or load_cities(seeds, vocabulary, added=folders.articles)
    window = MainWindow(library, vocabulary, Settings(), dialogs or ScriptedDialogs(), autosave_ms)
    qtbot.addWidget(window)
    window.show()
    return window


def one_article_window(qtbot, tmp_path: Path, vocabulary, text: str, dialogs: ScriptedDialogs | None = None):
    """A window over one article written for the test (its own seeds folder)."""
    seeds = article_folder(tmp_path / "seeds", artikel=text)
    return make_window(qtbot, tmp_path / "home", vocabulary, dialogs, seeds=seeds)


def type_chip(qtbot, editor, text: str) -> None:
    editor.input.setFocus()
    qtbot.keyClicks(editor.input, text)
    qtbot.keyClick(editor.input, "\r")


def ranked_cities(window) -> list[str]:
    return [city.city for city in window.ranking.cities]


def add_language(qtbot, languages, label: str, level: str) -> None:
    """Clicks "Sprache hinzufügen" and chooses `label` → `level` in its menu, as a user does."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(languages.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(languages.add_menu.isVisible)
    submenu = next(action.menu() for action in languages.add_menu.actions() if action.text() == label)
    next(action for action in submenu.actions() if action.text() == level).trigger()
    languages.add_menu.close()


def add_city_article(qtbot, window, action: Act = Act.ADD_CITY) -> None:
    """Datei → Stadtartikel hinzufügen…, with the file the test put in `dialogs.article_answers` (or, with
    Act.PASTE_CITY, Datei → Stadtartikel einfügen… with the text in `dialogs.paste_answers`), until it is done (the
    article is read on a worker thread)."""
    window.menu_actions[action].trigger()
    wait_for_article(qtbot, window)


def wait_for_article(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.city_files.article_import.job is None, timeout=30_000)
