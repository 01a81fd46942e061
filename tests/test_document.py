"""The document owns the open profile's state: asking about it changes nothing, and it speaks the window's language."""

from app.gui.actions import Act, Menu
from tests.conftest import write_profile


def test_asking_whether_the_profile_is_modified_records_and_reranks_nothing(qtbot, window):
    steps, ranking = window.document.undo_stack.count(), window.ranking
    window.editor.name.setText("Ada")
    window.editor.name.textEdited.emit("Ada")  # typing: the edit waits for a pause
    assert window.document.is_modified() and window.document.is_modified()
    assert window.document.undo_stack.count() == steps and window.document.edit_timer.isActive()
    assert window.ranking is ranking  # nothing was ranked again
    window.document.flush()
    assert window.document.undo_stack.count() == steps + 1 and not window.document.edit_timer.isActive()


def test_a_message_in_english_mode_is_english(qtbot, tmp_path, window, dialogs):
    window.set_language("en")
    broken = tmp_path / "broken.cityfit"
    broken.write_text("{", encoding="utf-8")
    window.document.open_without_asking(broken)
    assert dialogs.errors[-1].startswith("The profile “broken.cityfit” cannot be opened")
    window.document.open_without_asking(write_profile(tmp_path, "ok.cityfit", name=""))
    assert window.document.display_name() == "ok.cityfit"
    window.document.new()
    assert window.document.display_name() == "Untitled"


def test_an_article_that_cannot_be_added_is_told_in_english_in_english_mode(qtbot, tmp_path, window, dialogs):
    from tests.gui_helpers import add_city_article

    window.set_language("en")
    binary = tmp_path / "kiel.txt"
    binary.write_bytes(b"\x00\x01binary\x00")
    dialogs.article_answers.append(binary)
    add_city_article(qtbot, window)
    assert dialogs.errors == ["“kiel.txt” is not a text file. The file was not added."]  # not "skipped", not German


def test_no_test_reaches_into_private_attributes():
    """Tests use what the code offers (chips(), rows(), names(), ranked_profile), so refactoring stays free."""
    import re
    from pathlib import Path

    offenders = []
    for path in sorted(Path(__file__).parent.glob("test_*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for name in re.findall(r"\.(_[a-z][a-z0-9_]*)\b", line):
                if name not in ("_exit",):  # os._exit: the standard library's documented hard exit
                    offenders.append(f"{path.name}:{number} {name}")
    assert not offenders, offenders


def test_the_scripted_dialogs_answer_every_question_the_window_may_ask():
    from app.gui.dialogs import Asks, Dialogs
    from tests.gui_helpers import ScriptedDialogs

    questions = {name for name in vars(Asks) if not name.startswith("_")}
    assert questions and questions <= set(dir(ScriptedDialogs)) and questions <= set(vars(Dialogs))


def test_every_action_is_in_a_menu_with_words_and_a_slot(qtbot, window):
    from app.gui.actions import ACTIONS, MENUS

    listed = {entry for entries in MENUS.values() for entry in entries} | {Act.CLEAR_RECENT}
    assert set(ACTIONS) <= listed  # none declared without a place
    assert all(action.text() for action in window.menu_actions.values())
    assert window.menu_actions[Act.UNDO].text() == "&Rückgängig" and window.menus[Menu.FILE].title() == "&Datei"


def test_an_action_without_a_slot_stops_the_window_from_being_built(qtbot):
    import pytest
    from PySide6.QtWidgets import QWidget

    from app.gui.actions import ACTIONS, build_actions

    host = QWidget()
    qtbot.addWidget(host)
    slots = {name: (lambda: None) for name in ACTIONS}
    del slots[Act.SAVE]
    with pytest.raises(KeyError, match="save"):
        build_actions(host, slots)
    with pytest.raises(KeyError, match="sav"):
        build_actions(host, {**{name: (lambda: None) for name in ACTIONS}, "sav": lambda: None})
