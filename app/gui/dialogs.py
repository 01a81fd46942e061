"""Every question the window asks the user, in one replaceable object (tests answer them directly)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class Dialogs:
    def ask_save_changes(self, parent: QWidget, name: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Dialogs", "Unsaved changes"),
                          QCoreApplication.translate("Dialogs", "Do you want to save the changes to “%1”?").replace("%1", name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
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

    def error(self, parent: QWidget, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)
