"""Every question the window asks the user, in one replaceable object (tests answer them directly)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, SAVE_AS = "overwrite", "save_as"


class Dialogs:
    def ask_save_changes(self, parent: QWidget, name: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Dialogs", "Unsaved changes"),
                          QCoreApplication.translate("Dialogs", "Do you want to save the changes to “%1”?").replace("%1", name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names are shown, never interpreted
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(
            QMessageBox.StandardButton(answer), CANCEL)

    def open_path(self, parent: QWidget, folder: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Open profile"), folder,
                                              QCoreApplication.translate("Dialogs", "CityFit profiles (*.cityfit);;All files (*)"))
        return Path(path) if path else None

    def save_path(self, parent: QWidget, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Dialogs", "Save profile"), suggested,
                                              QCoreApplication.translate("Dialogs", "CityFit profiles (*.cityfit)"))
        if not path:
            return None
        path = Path(path)
        return path if path.suffix == ".cityfit" else path.with_name(path.name + ".cityfit")

    def ask_overwrite_changed(self, parent: QWidget, name: str, deleted: bool) -> str:
        text = (QCoreApplication.translate("Dialogs", "“%1” was deleted by another program since you opened it.")
                if deleted else
                QCoreApplication.translate("Dialogs", "“%1” was changed by another program since you opened it."))
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Dialogs", "File changed"),
                          text.replace("%1", name), QMessageBox.StandardButton.Cancel, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(QCoreApplication.translate(
            "Dialogs", "Save your version anyway, or save it under another name?"))
        overwrite = box.addButton(QCoreApplication.translate("Dialogs", "Save anyway"),
                                  QMessageBox.ButtonRole.AcceptRole)
        save_as = box.addButton(QCoreApplication.translate("Dialogs", "Save as…"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(save_as)
        box.exec()
        return {overwrite: OVERWRITE, save_as: SAVE_AS}.get(box.clickedButton(), CANCEL)

    def ask_restore(self, parent: QWidget, name: str) -> bool:
        return _yes(parent, QCoreApplication.translate("Dialogs", "Restore unsaved changes?"),
                    QCoreApplication.translate("Dialogs", "CityFit was not closed properly. Unsaved changes to “%1” "
                                                          "were kept. Restore them?").replace("%1", name),
                    QMessageBox.StandardButton.No, yes_by_default=True)

    def error(self, parent: QWidget, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def report_path(self, parent: QWidget, suggested: str) -> Path | None:
        path, chosen = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Dialogs", "Export report"), suggested,
            QCoreApplication.translate("Dialogs", "PDF document (*.pdf);;Web page, one file (*.html)"))
        if not path:
            return None
        path = Path(path)
        wanted = ".html" if "html" in chosen else ".pdf"
        return path if path.suffix.lower() in (".pdf", ".html") else path.with_name(path.name + wanted)

    def article_path(self, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Dialogs", "Add city article"),
                                              str(Path.home()),
                                              QCoreApplication.translate("Dialogs", "Articles (*.txt);;All files (*)"))
        return Path(path) if path else None

    def choose_city(self, parent: QWidget, title: str, cities: list[str]) -> str | None:
        city, chosen = QInputDialog.getItem(parent, title, QCoreApplication.translate("Dialogs", "City:"), cities, 0,
                                            False)
        return city if chosen and city else None

    def confirm(self, parent: QWidget, title: str, question: str) -> bool:
        return _yes(parent, title, question, QMessageBox.StandardButton.Cancel, yes_by_default=False)

    def info(self, parent: QWidget, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


def _yes(parent: QWidget, title: str, question: str, other: QMessageBox.StandardButton, yes_by_default: bool) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Yes | other, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes if yes_by_default else other)
    return box.exec() == QMessageBox.StandardButton.Yes
