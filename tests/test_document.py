"""The document owns the open profile's state: asking about it changes nothing, and it speaks the window's language."""

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
