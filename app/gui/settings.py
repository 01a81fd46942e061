"""Settings in one ini file in the platformdirs config folder (not where QSettings would pick)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from app.core.paths import ensure, folders, move_aside


class Settings:
    def __init__(self):
        path = ensure(folders().config) / "cityfit.ini"
        if path.exists() and not path.is_file() and not move_aside(path):  # QSettings would wait on a pipe
            path = path / path.name  # nothing opens below a pipe or device: settings last this session only
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def recent_files(self) -> list[str]:
        return [str(p) for p in self._store.value("recent_files", [], type=list)]

    def set_recent_files(self, paths: list[str]) -> None:
        self._store.setValue("recent_files", list(paths))

    def language(self) -> str:
        value = self._store.value("language", "de", type=str)
        return value if value in ("de", "en") else "de"

    def set_language(self, lang: str) -> None:
        self._store.setValue("language", lang)

    def last_folder(self) -> str:
        return self._store.value("last_folder", "", type=str)

    def set_last_folder(self, folder: str) -> None:
        self._store.setValue("last_folder", folder)

    def geometry(self) -> QByteArray | None:
        value = self._store.value("geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("geometry", geometry)

    def sync(self) -> None:
        self._store.sync()
