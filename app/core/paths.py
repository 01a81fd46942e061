"""Per-user folders, resolved once by init() from main(); tests point them at a temporary folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.core.log import note

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
    jobs: Path  # job ads the user saved, one file each


_folders: UserFolders | None = None


def init(root: Path | None = None) -> UserFolders:
    """Resolve the folders (creating nothing yet); `root` or $CITYFIT_HOME puts them all below one folder."""
    global _folders
    root = root or (Path(os.environ[OVERRIDE_VARIABLE]) if os.environ.get(OVERRIDE_VARIABLE) else None)
    if root is not None:
        root = Path(root)
        _folders = UserFolders(root / "documents", root / "config", root / "state", root / "cache", root / "logs",
                               root / "articles", root / "jobs")
    else:
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        _folders = UserFolders(Path(platformdirs.user_documents_dir()) / APP_NAME, dirs.user_config_path,
                               dirs.user_state_path, dirs.user_cache_path, dirs.user_log_path,
                               dirs.user_data_path / "articles", dirs.user_data_path / "jobs")
    return _folders


def folders() -> UserFolders:
    if _folders is None:
        raise RuntimeError("app.core.paths.init() must be called first")
    return _folders


def ensure(folder: Path) -> Path:
    """The folder, made if missing; the window starts whatever is in the way, and the log says what was done.

    Something else in the place of one of CityFit's own folders (a file where `state` should be) is moved
    aside: nothing is lost, and settings, autosaves and the log are kept again. The profiles folder lies among
    the user's documents, where CityFit moves nothing: the home folder is offered instead. Anything else (no
    permission, a file above CityFit's folders) leaves the folder unusable: the log then goes to stderr, and
    settings and autosaves are not kept this session."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    except OSError as error:
        problem = error
    if folder.is_relative_to(folders().profiles):
        note("the profiles folder %s cannot be made (%s): profiles are offered in the home folder", folder,
             problem.strerror or problem)
        return Path.home()
    obstacle = next((path for path in (folder, *folder.parents) if path.exists() or path.is_symlink()), None)
    own = (folders().config, folders().state, folders().cache, folders().logs, folders().articles, folders().jobs)
    if obstacle is not None and not obstacle.is_dir() and any(obstacle.is_relative_to(mine) for mine in own):
        try:
            if move_aside(obstacle):
                folder.mkdir(parents=True, exist_ok=True)
                return folder
        except OSError as error:
            problem = error
    note("the folder %s cannot be used (%s): what CityFit keeps there is not kept this session", folder,
         problem.strerror or problem)
    return folder


def move_aside(path: Path) -> bool:
    """Renames what is in the way (a file where a folder should be, a pipe where a file should be) to a free name
    beside it, e.g. `state.moved-aside`; whether that worked, with a line in the log either way."""
    target, number = path.with_name(f"{path.name}.moved-aside"), 2
    while target.exists() or target.is_symlink():
        target, number = path.with_name(f"{path.name}.moved-aside-{number}"), number + 1
    try:
        path.rename(target)
    except OSError as error:
        note("%s is in the way and cannot be moved aside (%s)", path, error.strerror or error)
        return False
    note("%s was in the way (not what CityFit keeps there) and is now %s", path, target.name)
    return True
