"""CityFit's log file: bugs it caught and what it repaired on its own (a damaged cache file, a file where a
folder should be). For whoever looks into a problem, not for the user's screen, so in English."""

from __future__ import annotations

import errno
from pathlib import Path

from app.core.regular_file import NotRegularFile

LOGGER = "cityfit"


def log_to(path: Path) -> None:
    """Lines go to `path`; if it cannot be written (a folder or a pipe in its place, its folder a file), to stderr."""
    import logging

    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    if any(handler.get_name() == str(path) for handler in logger.handlers):
        return
    problem = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and not path.is_file():  # a pipe would block the start until someone reads it
            raise NotRegularFile(errno.EINVAL, "not a regular file", str(path))
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as error:
        handler, problem = logging.StreamHandler(), error
    handler.set_name(str(path))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    if problem:
        logger.warning("cannot write the log file %s (%s): logging to stderr", path, problem)


def note(message: str, *args) -> None:
    """A repair worth one line in the log. A command that has nothing to note never loads the logging module;
    one that has opens the log file at its first line."""
    import logging

    from app.core.paths import folders

    logger = logging.getLogger(LOGGER)
    if not logger.handlers:
        try:
            log_to(folders().logs / "cityfit.log")
        except RuntimeError:
            pass  # the engine used without per-user folders: Python prints the line to stderr
    logger.warning(message, *args)
