"""Damaged caches, state and per-user folders: each is rebuilt or dropped with one line in the log, and the window
and the commands always start. Every damage is made for real; the window and the command line are the real ones."""

import json
import logging
import os
import shutil
import sys
from pathlib import Path

import pytest

from app.core.log import LOGGER
from tests.conftest import KIEL, SEEDS, cityfit
from tests.gui_helpers import add_city_article, ranked_cities


@pytest.fixture
def own_log():
    """The log as a fresh process has it: no handler left by an earlier test, none left for a later one."""
    logger = logging.getLogger(LOGGER)
    earlier = logger.handlers[:]
    logger.handlers.clear()
    yield
    for handler in logger.handlers:
        handler.close()
    logger.handlers[:] = earlier


def warnings_logged(home: Path) -> list[str]:
    log = home / "logs" / "cityfit.log"
    return [line for line in log.read_text(encoding="utf-8").splitlines() if " WARNING " in line]


def aged_copy(folder: Path) -> Path:
    """The seed articles as saved an hour ago: a file changed just now never enters a snapshot."""
    shutil.copytree(SEEDS, folder)
    for article in folder.glob("*.txt"):
        os.utime(article, (article.stat().st_mtime - 3600,) * 2)
    return folder


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """Seeds and a home whose cache knows them, and what `cityfit cities --json` printed from the articles."""
    root = tmp_path_factory.mktemp("warm")
    seeds = aged_copy(root / "seeds")
    first = cityfit("cities", "--json", "--seeds", seeds, home=root / "home")
    assert first.returncode == 0, first.stderr
    assert not (root / "home" / "logs").exists()  # nothing to note: no log file
    return root, json.loads(first.stdout)


def cities_with(damage, warm, tmp_path, folder_snapshot=True):
    """`cityfit cities --json` over a copy of the warm cache, after `damage(path)` on the folder snapshot or on
    Hagen's article entry."""
    root, _ = warm
    home = tmp_path / "home"
    shutil.copytree(root / "home", home)
    snapshot = next((home / "cache" / "articles" / "folders").glob("*.json"))
    if folder_snapshot:
        damage(snapshot)
    else:
        snapshot.unlink()  # the cities come from the article entries
        damage(next(entry for entry in (home / "cache" / "articles").glob("??/*.json")
                     if json.loads(entry.read_text(encoding="utf-8"))["city"] == "Hagen"))
    run = cityfit("cities", "--json", "--seeds", root / "seeds", home=home)
    assert run.returncode == 0 and not run.stderr, run.stderr
    return json.loads(run.stdout), warnings_logged(home)


def edited(change, entry=lambda stored: stored):
    """A damage that edits the stored JSON: `change` alters what `entry` picks from it."""
    def damage(path: Path) -> None:
        stored = json.loads(path.read_text(encoding="utf-8"))
        change(entry(stored))
        path.write_text(json.dumps(stored), encoding="utf-8")
    return damage


def setting(*keys, value):
    """A change that puts `value` at stored[key][key]…"""
    def change(stored) -> None:
        *route, last = keys
        for key in route:
            stored = stored[key]
        stored[last] = value
    return change


def hagen(snapshot: dict) -> list:
    """Hagen's entry in a folder snapshot: size, time, city, bands, summary, sentences."""
    return snapshot["files"]["customer-service-hagen.txt"]


def past_the_end(entry: list) -> None:
    """Offsets moved a million characters on, the sentence with them: only the article's size shows it."""
    for band in entry[3]:
        band[6:8] = [band[6] + 10**6, band[7] + 10**6]
    entry[5] = [[start + 10**6, sentence] for start, sentence in entry[5]]


FILE_DAMAGES = {
    "truncated JSON": lambda path: path.write_bytes(path.read_bytes()[:-100]),
    "nesting 100,000 levels deep": lambda path: path.write_text("[" * 100_000 + "]" * 100_000),
    "a pipe": lambda path: (path.unlink(), os.mkfifo(path)),
}
SNAPSHOT_DAMAGES = {
    "an amount as text": edited(setting(3, 0, 0, value="2400"), hagen),
    "a number as city": edited(setting(2, value=7), hagen),
    "offsets past the end": edited(past_the_end, hagen),
    "a quote of another length": edited(setting(5, 0, 1, value="Hagen zahlt 9.999 €."), hagen),
    "a concept the vocabulary lacks": edited(lambda entry: entry[4]["skill"].append("jonglieren"), hagen),
    "the files as a list": edited(setting("files", value=[])),
    **FILE_DAMAGES,
}


@pytest.mark.parametrize("damage", SNAPSHOT_DAMAGES.values(), ids=SNAPSHOT_DAMAGES.keys())
def test_a_damaged_folder_snapshot_is_rebuilt_from_the_articles(warm, tmp_path, damage):
    cities, logged = cities_with(damage, warm, tmp_path)
    assert cities == warm[1]  # the same cities, bands and quotes as read from the articles
    assert len(logged) == 1 and "snapshot" in logged[0] and "damaged" in logged[0]


ENTRY_DAMAGES = {
    "a number as city": edited(setting("city", value=7)),
    "an amount as text": edited(setting("bands", 0, 1, value="2800")),
    "a fact past the article's end": edited(setting("facts", 0, 3, value=10**6)),
    **FILE_DAMAGES,
}


@pytest.mark.parametrize("damage", ENTRY_DAMAGES.values(), ids=ENTRY_DAMAGES.keys())
def test_a_damaged_article_entry_is_extracted_again(warm, tmp_path, damage):
    cities, logged = cities_with(damage, warm, tmp_path, folder_snapshot=False)
    assert cities == warm[1]
    assert len(logged) == 1 and "customer-service-hagen.txt" in logged[0] and "damaged" in logged[0]


@pytest.mark.parametrize("make", ["pipe", "/dev/zero"])
def test_a_pipe_or_a_device_among_the_articles_is_skipped_with_a_warning(tmp_path, user_folders, make):
    seeds = aged_copy(tmp_path / "seeds")
    odd = seeds / "sonderbar.txt"
    if make == "pipe":
        os.mkfifo(odd)
    else:
        odd.symlink_to("/dev/zero")
    run = cityfit("cities", "--seeds", seeds)
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("\n") == 1 and "„sonderbar.txt“ ist keine gewöhnliche Datei" in run.stderr
    assert "Hagen" in run.stdout and "Magdeburg" in run.stdout


def test_a_pipe_offered_as_a_new_article_is_refused_at_once(qtbot, tmp_path, window, dialogs):
    pipe = tmp_path / "kiel.txt"
    os.mkfifo(pipe)
    dialogs.article_answers.append(pipe)
    add_city_article(qtbot, window)
    assert len(dialogs.errors) == 1 and "„kiel.txt“ ist keine gewöhnliche Datei" in dialogs.errors[0]


def start_window(qtbot, home: Path, monkeypatch):
    """`cityfit` as a user starts it, with its per-user folders in `home`."""
    from app.gui.launch import build_main_window

    monkeypatch.setenv("CITYFIT_HOME", str(home))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = build_main_window([])
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.ranking is not None)
    assert sorted(ranked_cities(window)) == ["Hagen", "Magdeburg"]
    return window


IN_THE_WAY = "a file where CityFit wants a folder"


def a_file_at(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(IN_THE_WAY, encoding="utf-8")
    return path


def moved_aside(path: Path, home: Path) -> None:
    """`path` is a folder again, what stood there is kept beside it, and the log says so in one line."""
    assert path.is_dir()
    assert path.with_name(f"{path.name}.moved-aside").read_text(encoding="utf-8") == IN_THE_WAY
    logged = warnings_logged(home)
    assert len(logged) == 1 and f"{path} was in the way" in logged[0], logged


@pytest.mark.parametrize("damage", [lambda log: log.mkdir(parents=True),
                                    lambda log: (log.parent.mkdir(parents=True), os.mkfifo(log))],
                         ids=["a folder", "a pipe"])
def test_a_log_file_that_cannot_be_written_goes_to_stderr(qtbot, tmp_path, monkeypatch, capsys, own_log, damage):
    home = tmp_path / "home"
    damage(home / "logs" / "cityfit.log")
    start_window(qtbot, home, monkeypatch)
    printed = capsys.readouterr().err
    assert "cannot write the log file" in printed and "CityFit started" in printed


def test_a_file_where_the_log_folder_should_be_is_moved_aside(qtbot, tmp_path, monkeypatch, own_log):
    home = tmp_path / "home"
    a_file_at(home / "logs")
    start_window(qtbot, home, monkeypatch)
    moved_aside(home / "logs", home)


def test_settings_are_kept_again_after_a_file_in_the_config_folders_place(qtbot, tmp_path, monkeypatch, own_log):
    from app.gui.settings import Settings

    home = tmp_path / "home"
    a_file_at(home / "config")
    window = start_window(qtbot, home, monkeypatch)
    window.settings.set_language("en")
    window.settings.sync()
    assert Settings().language() == "en"  # what the next start reads
    moved_aside(home / "config", home)


def test_a_settings_file_that_is_a_pipe_is_moved_aside_unread(qtbot, tmp_path, monkeypatch, own_log):
    home = tmp_path / "home"
    ini = home / "config" / "cityfit.ini"
    ini.parent.mkdir(parents=True)
    os.mkfifo(ini)  # QSettings would wait for a writer forever
    window = start_window(qtbot, home, monkeypatch)
    assert window.settings.language() == "de"
    assert ini.with_name("cityfit.ini.moved-aside").is_fifo()
    logged = warnings_logged(home)
    assert len(logged) == 1 and f"{ini} was in the way" in logged[0]


def test_autosave_works_after_a_file_in_the_state_folders_place(qtbot, tmp_path, monkeypatch, own_log):
    home = tmp_path / "home"
    a_file_at(home / "state")
    window = start_window(qtbot, home, monkeypatch)
    window.editor.name.setText("Ada")
    window.document.flush()
    window.document.autosave_if_modified()
    assert window.document.autosave.file.parent == home / "state" / "autosave"
    assert json.loads(window.document.autosave.file.read_text(encoding="utf-8"))["profile"]["name"] == "Ada"
    window.document.undo_stack.setClean()
    window.close()
    assert not window.document.autosave.file.exists()
    moved_aside(home / "state", home)


def test_a_cache_that_is_a_file_only_costs_speed(qtbot, tmp_path, monkeypatch, own_log):
    home = tmp_path / "home"
    a_file_at(home / "cache")
    start_window(qtbot, home, monkeypatch)
    logged = warnings_logged(home)
    assert len(logged) == 1 and "cannot be written" in logged[0]
    assert (home / "cache").read_text(encoding="utf-8") == IN_THE_WAY


def test_profiles_are_offered_in_the_home_folder_when_documents_is_a_file(qtbot, tmp_path, monkeypatch, own_log):
    home = tmp_path / "home"
    a_file_at(home / "documents")
    window = start_window(qtbot, home, monkeypatch)
    assert window.document.folder() == str(Path.home())
    assert (home / "documents").read_text(encoding="utf-8") == IN_THE_WAY  # among the user's files: left alone
    assert len(warnings_logged(home)) == 1


def test_an_article_is_added_after_a_file_in_the_article_folders_place(qtbot, tmp_path, monkeypatch, own_log):
    from tests.gui_helpers import ScriptedDialogs

    home = tmp_path / "home"
    a_file_at(home / "articles")
    dialogs = ScriptedDialogs()
    monkeypatch.setattr("app.gui.main_window.Dialogs", lambda: dialogs)  # the window as launched, answered by the test
    window = start_window(qtbot, home, monkeypatch)
    article = tmp_path / "kiel.txt"
    article.write_text(KIEL, encoding="utf-8")
    dialogs.article_answers.append(article)
    add_city_article(qtbot, window)
    qtbot.waitUntil(lambda: "Kiel" in ranked_cities(window))
    assert not dialogs.errors and (home / "articles" / "kiel.txt").is_file()
    moved_aside(home / "articles", home)
