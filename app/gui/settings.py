"""Settings in one ini file in the platformdirs config folder (not where QSettings would pick)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QByteArray, QLocale, QSettings

from app.core.messages import LANGUAGES
from app.core.paths import ensure, folders, move_aside


class Settings:
    def __init__(self):
        path = ensure(folders().config) / "cityfit.ini"
        if path.exists() and not path.is_file() and not move_aside(path):  # QSettings would wait on a pipe
            path = path / path.name  # nothing opens below a pipe or device: settings last this session only
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def recent_files(self) -> list[str]:
        return [str(p) for p in cast(list, self._store.value("recent_files", [], type=list))]  # type= converts

    def set_recent_files(self, paths: list[str]) -> None:
        self._store.setValue("recent_files", list(paths))

    def language(self) -> str:
        """The language chosen in the window; at the first start the system's, if CityFit speaks it, else German."""
        value = self._store.value("language", "", type=str)
        return value if value in LANGUAGES else system_language()

    def set_language(self, lang: str) -> None:
        self._store.setValue("language", lang)

    def last_folder(self) -> str:
        return cast(str, self._store.value("last_folder", "", type=str))  # type= converts

    def set_last_folder(self, folder: str) -> None:
        self._store.setValue("last_folder", folder)

    def geometry(self) -> QByteArray | None:
        value = self._store.value("geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("geometry", geometry)

    def sync(self) -> None:
        self._store.sync()


def system_language() -> str:
    """The first of the system's preferred languages that CityFit speaks; German when it speaks none of them."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "de"
