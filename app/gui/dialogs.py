"""Every question the window asks the user, in one replaceable object (tests answer them directly).

Qt's dialog classes are reached through the module (`QtWidgets.QMessageBox`): PySide6 builds a class, and all
its enums, when it is first used, so the window's start-up does not pay for dialogs nobody opened yet."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, Qt

from app.gui.i18n import fill

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, SAVE_AS = "overwrite", "save_as"


@dataclass
class RecoveryAnswer:
    """What the user decided in the list of crashed sessions (see recovery_dialog)."""

    restore: int | None = None  # the row to restore into this window
    discard: set[int] = field(default_factory=set)  # rows the user threw away; every other row is kept


class Asks(Protocol):
    """Every question the window may ask; Dialogs asks the user, the tests' ScriptedDialogs answers as scripted."""

    def ask_save_changes(self, parent, name: str) -> str: ...
    def open_path(self, parent, folder: str) -> Path | None: ...
    def save_path(self, parent, suggested: str) -> Path | None: ...
    def ask_overwrite_changed(self, parent, name: str, deleted: bool) -> str: ...
    def choose_recovery(self, parent, rows: list[str]) -> RecoveryAnswer: ...
    def error(self, parent, title: str, message: str) -> None: ...
    def report_path(self, parent, suggested: str) -> Path | None: ...
    def article_path(self, parent) -> Path | None: ...
    def pasted_article(self, parent, text: str = "") -> str | None: ...
    def choose_city(self, parent, title: str, cities: list[str]) -> str | None: ...
    def job_paths(self, parent) -> list[Path]: ...
    def pasted_job(self, parent, text: str = "") -> str | None: ...
    def job_city(self, parent, title: str, cities: list[str]) -> str | None: ...
    def confirm(self, parent, title: str, question: str) -> bool: ...
    def help(self, parent, title: str, sections: list[tuple[str, list[str]]]) -> None: ...
    def info(self, parent, title: str, message: str) -> None: ...


class Dialogs(Asks):
    def __init__(self) -> None:
        self._job_folder = str(Path.home())  # where job ads were last added from, this session

    def ask_save_changes(self, parent, name: str) -> str:
        buttons = QtWidgets.QMessageBox.StandardButton
        box = _message_box(parent, "Warning", QCoreApplication.translate("Dialogs", "Unsaved changes"),
                           fill(QCoreApplication.translate("Dialogs", "Do you want to save the changes to “%1”?"),
                                name), buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = buttons(box.exec())
        return {buttons.Save: SAVE, buttons.Discard: DISCARD}.get(answer, CANCEL)

    def open_path(self, parent, folder: str) -> Path | None:
        return _open_file(parent, QCoreApplication.translate("Dialogs", "Open profile"), folder,
                          QCoreApplication.translate("Dialogs", "CityFit profiles (*.cityfit);;All files (*)"))

    def save_path(self, parent, suggested: str) -> Path | None:
        return _save_file(parent, QCoreApplication.translate("Dialogs", "Save profile"), suggested,
                          {".cityfit": QCoreApplication.translate("Dialogs", "CityFit profiles (*.cityfit)")})

    def ask_overwrite_changed(self, parent, name: str, deleted: bool) -> str:
        text = (QCoreApplication.translate("Dialogs", "“%1” was deleted by another program since you opened it.")
                if deleted else
                QCoreApplication.translate("Dialogs", "“%1” was changed by another program since you opened it."))
        box = _message_box(parent, "Warning", QCoreApplication.translate("Dialogs", "File changed"),
                           fill(text, name), QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setInformativeText(QCoreApplication.translate(
            "Dialogs", "Save your version anyway, or save it under another name?"))
        roles = QtWidgets.QMessageBox.ButtonRole
        overwrite = box.addButton(QCoreApplication.translate("Dialogs", "Save anyway"), roles.AcceptRole)
        save_as = box.addButton(QCoreApplication.translate("Dialogs", "Save as…"), roles.ActionRole)
        box.setDefaultButton(save_as)
        box.exec()
        answers: dict[QtWidgets.QAbstractButton, str] = {overwrite: OVERWRITE, save_as: SAVE_AS}
        return answers.get(box.clickedButton(), CANCEL)

    def choose_recovery(self, parent, rows: list[str]) -> RecoveryAnswer:
        from app.gui.recovery_dialog import RecoveryDialog  # only after a crash

        dialog = RecoveryDialog(rows, parent)
        dialog.exec()
        return dialog.answer

    def error(self, parent, title: str, message: str) -> None:
        _message_box(parent, "Warning", title, message, QtWidgets.QMessageBox.StandardButton.Ok).exec()

    def report_path(self, parent, suggested: str) -> Path | None:
        return _save_file(parent, QCoreApplication.translate("Dialogs", "Export report"), suggested,
                          {".pdf": QCoreApplication.translate("Dialogs", "PDF document (*.pdf)"),
                           ".html": QCoreApplication.translate("Dialogs", "Web page, one file (*.html)")})

    def article_path(self, parent) -> Path | None:
        return _open_file(parent, QCoreApplication.translate("Dialogs", "Add city article"), str(Path.home()),
                          QCoreApplication.translate("Dialogs", "Articles (*.txt *.html *.htm);;All files (*)"))

    def pasted_article(self, parent, text: str = "") -> str | None:
        """The text of a city article pasted (or dropped, `text`) into a box; None when cancelled."""
        return _pasted(parent, text, QCoreApplication.translate("Dialogs", "Paste City Article"),
                       QCoreApplication.translate("Dialogs", "Copy the article in your browser (Ctrl+A, Ctrl+C) and "
                                                             "paste it here (Ctrl+V)."),
                       QCoreApplication.translate("Dialogs", "Paste the article here"))

    def pasted_job(self, parent, text: str = "") -> str | None:
        """The text of a job ad pasted (or dropped, `text`) into a box; None when cancelled."""
        return _pasted(parent, text, QCoreApplication.translate("Dialogs", "Paste Job Ad"),
                       QCoreApplication.translate("Dialogs", "Copy the job ad in your browser (Ctrl+A, Ctrl+C) and "
                                                             "paste it here (Ctrl+V)."),
                       QCoreApplication.translate("Dialogs", "Paste the job ad here"))

    def choose_city(self, parent, title: str, cities: list[str]) -> str | None:
        city, chosen = QtWidgets.QInputDialog.getItem(parent, title, QCoreApplication.translate("Dialogs", "City:"),
                                                      cities, 0, False)
        return city if chosen and city else None

    def job_paths(self, parent) -> list[Path]:
        """One ad or several, each a text file or a saved web page; the dialog opens where the last ones were."""
        names, _ = QtWidgets.QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("Dialogs", "Add job ads"), self._job_folder,
            QCoreApplication.translate("Dialogs", "Job ads (*.txt *.html *.htm);;All files (*)"))
        paths = [Path(name) for name in names]
        if paths:
            self._job_folder = str(paths[0].parent)
        return paths

    def job_city(self, parent, title: str, cities: list[str]) -> str | None:
        """The place of work of an ad that names none: one of the known cities, or another typed in."""
        city, chosen = QtWidgets.QInputDialog.getItem(
            parent, QCoreApplication.translate("Dialogs", "Place of work"),
            fill(QCoreApplication.translate("Dialogs", "CityFit finds no place of work in “%1”. In which city is "
                                                        "the job? Choose one or type another."), title),
            ["", *cities], 0, True)  # nothing chosen yet: Enter alone names no city
        return city.strip() if chosen and city.strip() else None

    def confirm(self, parent, title: str, question: str) -> bool:
        return _yes(parent, title, question, "Cancel", yes_by_default=False)

    def help(self, parent, title: str, sections: list[tuple[str, list[str]]]) -> None:
        from app.gui.help_dialog import HelpDialog  # when asked for

        HelpDialog(title, sections, parent).exec()

    def info(self, parent, title: str, message: str) -> None:
        _message_box(parent, "Information", title, message, QtWidgets.QMessageBox.StandardButton.Ok).exec()


def _pasted(parent, text: str, title: str, instruction: str, placeholder: str) -> str | None:
    from app.gui.paste_dialog import PasteDialog  # when asked for

    dialog = PasteDialog(title, instruction, placeholder, text, parent)
    return dialog.text() if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted else None


def _open_file(parent, title: str, folder: str, filters: str) -> Path | None:
    path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(path) if path else None


def _save_file(parent, title: str, suggested: str, formats: dict[str, str]) -> Path | None:
    """formats: suffix -> its filter text; a name typed without one of the suffixes gets the chosen format's."""
    name, chosen = QtWidgets.QFileDialog.getSaveFileName(parent, title, suggested, ";;".join(formats.values()))
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() in formats:
        return path
    wanted = next((suffix for suffix, text in formats.items() if text == chosen), next(iter(formats)))
    return path.with_name(path.name + wanted)


def _message_box(parent, icon: str, title: str, text: str, buttons) -> QtWidgets.QMessageBox:
    """A message box whose text is shown as written: file names and messages are never read as markup."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon[icon], title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _yes(parent, title: str, question: str, other: str, yes_by_default: bool) -> bool:
    buttons = QtWidgets.QMessageBox.StandardButton
    box = _message_box(parent, "Question", title, question, buttons.Yes | buttons[other])
    box.setDefaultButton(buttons.Yes if yes_by_default else buttons[other])
    return box.exec() == buttons.Yes
