"""Per-user folders, resolved once by init() from main(); tests point them at a temporary folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "CityFit"
OVERRIDE_VARIABLE = "CITYFIT_HOME"  # one folder for everything, for tests, demos and portable use


@dataclass(frozen=True)
class UserFolders:
    profiles: Path  # the default folder for .cityfit files, under the user's documents
    config: Path  # settings: recent files, window geometry, language
    state: Path  # autosave
    cache: Path
    logs: Path
    articles: Path  # city articles the user added


_folders: UserFolders | None = None


def init(root: Path | None = None) -> UserFolders:
    """Resolve the folders (creating nothing yet); `root` or $CITYFIT_HOME puts them all below one folder."""
    global _folders
    root = root or (Path(os.environ[OVERRIDE_VARIABLE]) if os.environ.get(OVERRIDE_VARIABLE) else None)
    if root is not None:
        root = Path(root)
        _folders = UserFolders(root / "documents", root / "config", root / "state", root / "cache", root / "logs",
                               root / "articles")
    else:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        _folders = UserFolders(Path(platformdirs.user_documents_dir()) / APP_NAME, dirs.user_config_path,
                               dirs.user_state_path, dirs.user_cache_path, dirs.user_log_path,
                               dirs.user_data_path / "articles")
    return _folders


def folders() -> UserFolders:
    if _folders is None:
        raise RuntimeError("app.core.paths.init() must be called first")
    return _folders


def ensure(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder
