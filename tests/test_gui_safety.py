"""The window never loses a profile: failed saves, files changed behind its back, autosave, crash recovery."""

import errno
import json
import os

import pytest

from app.core import atomic
from app.core.profile_file import load_profile, save_profile
from app.gui.actions import Act
from app.gui.dialogs import CANCEL, OVERWRITE, SAVE_AS
from tests.conftest import article_folder, write_profile
from tests.gui_helpers import make_window


@pytest.fixture
def opened(qtbot, tmp_path, home, vocabulary, dialogs):
    """A window with a saved profile open, and the path of that profile."""
    path = write_profile(tmp_path, "ada.cityfit", name="Ada", skills=["Empathie"])
    window = make_window(qtbot, home, vocabulary, dialogs, autosave_ms=100)
    window.document.open_without_asking(path)
    return window, path


def edit_name(qtbot, window, text):
    window.editor.name.setText(text)
    window.editor.name.textEdited.emit(text)
    window.document.flush()


# Simulated, since root ignores permissions and nobody fills a real disk in a test.
@pytest.mark.parametrize("module, function, failure, words", [
    (atomic.os, "fsync", OSError(errno.ENOSPC, "No space left on device"), "der Datenträger ist voll"),
    (atomic.os, "open", PermissionError(errno.EACCES, "Permission denied"), "keine Schreibrechte"),
    (atomic.os, "open", OSError(errno.EROFS, "Read-only file system"), "schreibgeschützt"),
])
def test_a_failed_save_says_why_and_keeps_file_and_edits(qtbot, monkeypatch, opened, dialogs, module, function,
                                                         failure, words):
    window, path = opened
    before = path.read_bytes()
    edit_name(qtbot, window, "Ada Lovelace")

    real = getattr(module, function)

    def fail(*args, **kwargs):
        if function == "open" and not args[1] & os.O_CREAT:  # reading stays possible; creating a file fails
            return real(*args, **kwargs)
        raise failure
    monkeypatch.setattr(module, function, fail)
    window.menu_actions[Act.SAVE].trigger()
    assert words in dialogs.errors[0] and "ada.cityfit" in dialogs.errors[0]
    assert path.read_bytes() == before
    assert window.editor.name.text() == "Ada Lovelace" and window.isWindowModified()
    assert sorted(p.name for p in path.parent.iterdir() if p.is_file()) == ["ada.cityfit"]


def test_a_file_changed_by_another_program_is_noticed_before_saving(qtbot, opened, dialogs, tmp_path):
    window, path = opened
    save_profile(load_profile(path).__class__(name="Changed elsewhere"), path)
    edit_name(qtbot, window, "Mine")
    dialogs.overwrite_answers.append(CANCEL)
    window.menu_actions[Act.SAVE].trigger()
    assert dialogs.asked_overwrite == [("ada.cityfit", False)]
    assert load_profile(path).name == "Changed elsewhere" and window.isWindowModified()

    copy = tmp_path / "mine.cityfit"
    dialogs.overwrite_answers.append(SAVE_AS)
    dialogs.save_as_answers.append(copy)
    window.menu_actions[Act.SAVE].trigger()
    assert load_profile(copy).name == "Mine" and load_profile(path).name == "Changed elsewhere"
    assert window.document.path == copy and not window.isWindowModified()


def test_overwriting_a_changed_file_on_request(qtbot, opened, dialogs):
    window, path = opened
    path.write_text(path.read_text(encoding="utf-8").replace("Ada", "Other"), encoding="utf-8")
    edit_name(qtbot, window, "Mine")
    dialogs.overwrite_answers.append(OVERWRITE)
    window.menu_actions[Act.SAVE].trigger()
    assert load_profile(path).name == "Mine"
    edit_name(qtbot, window, "Mine again")  # our own save is not "another program"
    window.menu_actions[Act.SAVE].trigger()
    assert len(dialogs.asked_overwrite) == 1 and load_profile(path).name == "Mine again"


def test_a_deleted_file_is_noticed_too(qtbot, opened, dialogs):
    window, path = opened
    path.unlink()
    edit_name(qtbot, window, "Still here")
    dialogs.overwrite_answers.append(OVERWRITE)
    window.menu_actions[Act.SAVE].trigger()
    assert dialogs.asked_overwrite == [("ada.cityfit", True)] and load_profile(path).name == "Still here"


def autosaves(home):
    folder = home / "state" / "autosave"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_unsaved_edits_are_autosaved_and_a_clean_exit_leaves_nothing(qtbot, opened, home, dialogs):
    window, path = opened
    assert autosaves(home) == []
    edit_name(qtbot, window, "Typed but not saved")
    qtbot.waitUntil(lambda: bool(autosaves(home)), timeout=3000)
    saved = json.loads(autosaves(home)[0].read_text(encoding="utf-8"))
    assert saved["profile"]["name"] == "Typed but not saved" and saved["path"] == str(path)
    window.menu_actions[Act.SAVE].trigger()
    assert autosaves(home) == []
    edit_name(qtbot, window, "Again")
    qtbot.waitUntil(lambda: bool(autosaves(home)), timeout=3000)
    dialogs.save_answers.append("discard")
    window.close()
    assert autosaves(home) == [] and not list((home / "state" / "autosave").glob("*.lock"))


def test_markup_in_an_article_is_shown_as_plain_text(qtbot, tmp_path, home, vocabulary, dialogs):
    seeds = article_folder(tmp_path / "seeds", evil=(
        "Customer Service Jobs und Stellenangebote in <b>Evil</b>\n"
        "Einsteiger verdienen <a href='http://x'>2.500 €</a> und brauchen Englisch <img src=x>.\n"))
    window = make_window(qtbot, home, vocabulary, dialogs, seeds=seeds)
    window.document.open_without_asking(write_profile(
        tmp_path, "p.cityfit", languages=[{"code": "en", "level": "B2"}], salary={"minimum": 2000, "desired": None}))
    assert window.ranking.cities[0].city == "<b>Evil</b>"
    detail = window.detail.toPlainText()
    assert detail.startswith("<b>Evil</b>") and "<img src=x>" in detail and "<a href='http://x'>" in detail
    html = window.detail.toHtml()
    assert "<img" not in html and "<b>Evil" not in html
    assert "<a href='http://x'" not in html and '<a href="http://x"' not in html  # shown as &lt;a …&gt; only
    window.show_article(None)
    assert "<img src=x>" in window.article_dialog.text.toPlainText()
    window.article_dialog.close()


def test_skipped_articles_are_named_in_the_window(qtbot, tmp_path, home, vocabulary, dialogs):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "kiel.txt").write_text("Customer Service Jobs und Stellenangebote in Kiel\nEnglisch.", encoding="utf-8")
    window = make_window(qtbot, home, vocabulary, dialogs, seeds=seeds)
    assert window.article_warnings.isVisible()
    assert window.article_warnings.text() == "⚠ „empty.txt“ ist leer. Die Datei wurde übersprungen."
    window.set_language("en")
    assert window.article_warnings.text() == "⚠ “empty.txt” is empty. The file was skipped."
    assert [c.city for c in window.ranking.cities] == ["Kiel"]


def test_a_newline_in_a_file_name_stays_inside_the_one_line_message(qtbot, tmp_path, window, dialogs):
    path = tmp_path / "bewerbung\nhamburg.cityfit"
    path.write_text("{broken", encoding="utf-8")
    window.document.open_without_asking(path)
    assert "\n" not in dialogs.errors[0] and "„bewerbung\\nhamburg.cityfit“" in dialogs.errors[0]
