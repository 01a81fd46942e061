"""Crash recovery: every crashed session is offered in one list, nothing is deleted unasked, and neither
repeated process ids nor empty or garbled lock files hide a session."""

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from app.core.atomic import LEFTOVER_AGE_S
from app.core.profile_file import load_profile
from app.gui.actions import Act
from app.gui.dialogs import RecoveryAnswer
from app.gui.recovery_dialog import RecoveryDialog
from tests.conftest import ROOT, write_profile
from tests.gui_helpers import make_window

CRASHING_SESSION = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.core import paths
paths.init(Path(sys.argv[2]))
from app.core.library import load_cities
from app.core.vocabulary import load_vocabulary
from app.gui.main_window import MainWindow
from app.gui.settings import Settings
vocabulary = load_vocabulary()
window = MainWindow(load_cities(Path(sys.argv[1]) / "seeds", vocabulary), vocabulary, Settings(), autosave_ms=50)
window.document.open_without_asking(Path(sys.argv[3]))
window.editor.name.setText(sys.argv[4])
window.editor.name.textEdited.emit(sys.argv[4])
while not window.document.autosave.file.exists():
    app.processEvents()
    time.sleep(0.01)
print("READY", os.getpid(), flush=True)
time.sleep(60)
"""


def crash_a_session(tmp_path, home, profile, typed, prefix=()):
    """A real window in its own process, typing `typed` into the open `profile`, then killed with SIGKILL."""
    script = tmp_path / "session.py"
    script.write_text(CRASHING_SESSION, encoding="utf-8")
    session = subprocess.Popen([*prefix, sys.executable, str(script), str(ROOT), str(home), str(profile), typed],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        ready, pid = session.stdout.readline().split()
        assert ready == "READY"
    finally:
        os.kill(session.pid, signal.SIGKILL)  # under unshare --kill-child, the window dies with it
        session.wait(timeout=30)
        session.stdout.close()
    return int(pid)


def autosaves(home):
    folder = home / "state" / "autosave"
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_after_kill_9_the_next_start_offers_the_unsaved_edits(qtbot, tmp_path, home, vocabulary, dialogs):
    path = write_profile(tmp_path, "ada.cityfit", name="Ada")
    crash_a_session(tmp_path, home, path, "Typed before the crash")
    assert load_profile(path).name == "Ada"

    dialogs.recovery_answers.append(RecoveryAnswer(restore=0))
    window = make_window(qtbot, home, vocabulary, dialogs)
    window.document.offer_recovery()
    assert len(dialogs.offered_recovery) == 1
    assert dialogs.offered_recovery[0][0].startswith("ada.cityfit – Typed before the crash · zuletzt geändert ")
    assert window.editor.name.text() == "Typed before the crash" and window.isWindowModified()
    assert window.document.path == path
    window.menu_actions[Act.UNDO].trigger()
    assert window.editor.name.text() == "Ada"


def test_three_crashed_windows_are_offered_in_one_list_and_none_is_lost(qtbot, tmp_path, home, vocabulary, dialogs):
    names = ["First window", "Second window", "Third window"]
    for number, typed in enumerate(names):
        crash_a_session(tmp_path, home, write_profile(tmp_path, f"p{number}.cityfit", name="Old"), typed)
    assert len(autosaves(home)) == 3

    # Restore one, decide later about the others: they stay.
    dialogs.recovery_answers.append(RecoveryAnswer(restore=1))
    window = make_window(qtbot, home, vocabulary, dialogs)
    window.document.offer_recovery()
    offered = dialogs.offered_recovery[0]
    assert sorted(row.split(" – ")[1].split(" · ")[0] for row in offered) == sorted(names)
    restored = offered[1].split(" – ")[1].split(" · ")[0]
    assert window.editor.name.text() == restored
    assert len(autosaves(home)) == 3  # two kept + this window's own autosave of the restored edits

    # Another window: the two kept ones again (not this window's live one); discard one, keep one.
    dialogs.recovery_answers.append(RecoveryAnswer(discard={0}))
    other = make_window(qtbot, home, vocabulary, dialogs)
    other.document.offer_recovery()
    assert len(dialogs.offered_recovery[1]) == 2
    remaining = [name for name in names if name != restored]
    assert sorted(row.split(" – ")[1].split(" · ")[0] for row in dialogs.offered_recovery[1]) == sorted(remaining)
    kept = dialogs.offered_recovery[1][1].split(" – ")[1].split(" · ")[0]

    # File → Unsaved Changes… in that window lists the last one, and restores it on request.
    dialogs.recovery_answers.append(RecoveryAnswer(restore=0))
    other.menu_actions[Act.RECOVER].trigger()
    assert [row.split(" – ")[1].split(" · ")[0] for row in dialogs.offered_recovery[2]] == [kept]
    assert other.editor.name.text() == kept


def test_nothing_to_recover_is_said_when_asked(qtbot, window, dialogs):
    window.menu_actions[Act.RECOVER].trigger()
    assert dialogs.offered_recovery == [] and "keine ungespeicherten Änderungen" in dialogs.infos[0]


def test_a_session_another_window_is_offering_is_not_offered_twice(qtbot, tmp_path, home, vocabulary, dialogs):
    crash_a_session(tmp_path, home, write_profile(tmp_path, "p.cityfit", name="Old"), "Only once")
    first = make_window(qtbot, home, vocabulary, dialogs)
    deciding = first.document.autosave.orphans()  # the first window's list is open
    assert len(deciding) == 1
    second = make_window(qtbot, home, vocabulary, dialogs)
    assert second.document.autosave.orphans() == []
    first.document.autosave.keep(deciding[0])
    assert len(second.document.autosave.orphans()) == 1


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs util-linux's unshare")
def test_sessions_with_the_same_process_id_are_all_recovered(qtbot, tmp_path, home, vocabulary, dialogs):
    """A restart in a container: every session runs as process 1 of its own process-id namespace."""
    prefix = ["unshare", "--user", "--map-root-user", "--pid", "--fork", "--kill-child"]
    if subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip("this machine does not allow new process-id namespaces")
    pids = [crash_a_session(tmp_path, home, write_profile(tmp_path, f"p{n}.cityfit", name="Old"), f"Run {n}",
                            prefix=prefix) for n in (1, 2)]
    assert pids[0] == pids[1]  # the very fault: both sessions had the same process id
    window = make_window(qtbot, home, vocabulary, dialogs)
    window.document.offer_recovery()
    assert sorted(row.split(" – ")[1].split(" · ")[0] for row in dialogs.offered_recovery[0]) == ["Run 1", "Run 2"]


@pytest.mark.parametrize("lock_content", [b"", b"\x00\x00\x00\x00", b"12345\nsomehost\nCityFit\n", b"garbage \xff"])
def test_an_empty_or_garbled_lock_file_does_not_hide_a_crashed_session(qtbot, tmp_path, home, vocabulary, dialogs,
                                                                         lock_content):
    crash_a_session(tmp_path, home, write_profile(tmp_path, "p.cityfit", name="Old"), "After a power loss")
    autosaves(home)[0].with_suffix(".lock").write_bytes(lock_content)
    window = make_window(qtbot, home, vocabulary, dialogs)
    window.document.offer_recovery()
    assert "After a power loss" in dialogs.offered_recovery[0][0]


def test_deciding_later_keeps_the_edits_and_asks_again(qtbot, tmp_path, home, vocabulary, dialogs):
    crash_a_session(tmp_path, home, write_profile(tmp_path, "p.cityfit", name="Old"), "Keep me")
    window = make_window(qtbot, home, vocabulary, dialogs)
    window.document.offer_recovery()  # no answer scripted: the user closed the list
    assert window.editor.name.text() == "" and len(autosaves(home)) == 1
    window.close()
    again = make_window(qtbot, home, vocabulary, dialogs)
    again.document.offer_recovery()
    assert len(dialogs.offered_recovery) == 2 and "Keep me" in dialogs.offered_recovery[1][0]


def test_discarding_removes_the_autosave_and_its_lock(qtbot, tmp_path, home, vocabulary, dialogs):
    crash_a_session(tmp_path, home, write_profile(tmp_path, "p.cityfit", name="Old"), "Throw away")
    dialogs.recovery_answers.append(RecoveryAnswer(discard={0}))
    window = make_window(qtbot, home, vocabulary, dialogs)
    window.document.offer_recovery()
    own = window.document.autosave.file.with_suffix(".lock")
    assert autosaves(home) == [] and sorted((home / "state" / "autosave").glob("*.lock")) == [own]


def test_damaged_autosaves_are_dropped_with_a_log_line_and_a_folder_is_left_alone(qtbot, home, vocabulary, dialogs,
                                                                                   caplog):
    folder = home / "state" / "autosave"
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{broken", encoding="utf-8")
    (folder / "wrong.json").write_text(json.dumps({"path": None, "profile": {"format": "x"}}), encoding="utf-8")
    (folder / "a-folder.json").mkdir()
    with caplog.at_level(logging.WARNING, logger="cityfit"):
        window = make_window(qtbot, home, vocabulary, dialogs)
        window.document.offer_recovery()
    assert dialogs.offered_recovery == [] and autosaves(home) == [folder / "a-folder.json"]
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "broken.json" in logged and "wrong.json" in logged and "a-folder.json" in logged


def test_temporary_files_of_a_killed_autosave_are_swept_at_the_next_start(qtbot, home, vocabulary, dialogs):
    folder = home / "state" / "autosave"
    folder.mkdir(parents=True)
    old, fresh = folder / ".cf-0badf00d-11111111.tmp", folder / ".cf-0badf00d-22222222.tmp"
    for leftover in (old, fresh):
        leftover.write_bytes(b'{"path": null, "prof')
    long_ago = time.time() - LEFTOVER_AGE_S - 1
    os.utime(old, (long_ago, long_ago))
    make_window(qtbot, home, vocabulary, dialogs)
    assert not old.exists() and fresh.exists()


def test_the_recovery_list_restores_discards_and_keeps(qtbot, tmp_path):
    rows = ["a.cityfit – Ada · zuletzt geändert 30.11.26, 02:15", "Ohne Namen · zuletzt geändert 29.11.26, 18:02"]
    dialog = RecoveryDialog(rows)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(tmp_path / "recovery.png"))
    dialog.discard_button.click()
    assert dialog.sessions.count() == 1 and dialog.answer.discard == {0}
    dialog.restore_button.click()
    assert dialog.answer.restore == 1 and not dialog.isVisible()


def test_an_unchanged_profile_is_not_written_again_at_every_tick(qtbot, tmp_path, home, vocabulary, dialogs):
    window = make_window(qtbot, home, vocabulary, dialogs, autosave_ms=50)
    window.editor.name.setText("Ada")
    window.editor.name.textEdited.emit("Ada")
    window.document.flush()
    qtbot.waitUntil(window.document.autosave.file.exists, timeout=3000)
    written = window.document.autosave.file.stat().st_mtime_ns
    qtbot.wait(300)  # several ticks
    assert window.document.autosave.file.stat().st_mtime_ns == written
    window.editor.name.setText("Ada L")
    window.editor.name.textEdited.emit("Ada L")
    qtbot.waitUntil(lambda: window.document.autosave.file.stat().st_mtime_ns != written, timeout=3000)
