"""Starting the app: `cityfit PROFILE`, the desktop entry and its icon."""

import os
import shutil
import subprocess
import sys

import pytest

from app.core.resources import resource_path
from tests.conftest import ROOT


def test_cityfit_with_a_path_opens_that_profile(qtbot, tmp_path, monkeypatch):
    from app.gui.launch import build_main_window

    monkeypatch.setenv("CITYFIT_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = build_main_window([str(ROOT / "resources" / "examples" / "complaint-manager.cityfit")])
    qtbot.addWidget(window)
    assert window.editor.name.text() == "Murat Yilmaz"
    assert window.windowTitle().startswith("complaint-manager.cityfit")
    assert (tmp_path / "logs" / "cityfit.log").exists()
    assert not (ROOT / "cityfit.log").exists()


def test_desktop_entry_is_valid_and_names_its_icon():
    desktop = resource_path("de.cityfit.CityFit.desktop")
    text = desktop.read_text(encoding="utf-8")
    assert "Icon=de.cityfit.CityFit\n" in text and resource_path("icons/de.cityfit.CityFit.svg").is_file()
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (the README's test command installs it)")
    run = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    assert run.returncode == 0 and not run.stdout.strip(), run.stdout


def test_translations_are_complete_and_compiled(tmp_path):
    source = resource_path("translations/cityfit_de.ts")
    text = source.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text and "<translation></translation>" not in text
    lrelease = shutil.which("pyside6-lrelease", path=str(ROOT / ".venv" / "bin")) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not on this machine")
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(tmp_path / "de.qm")], check=True)
    assert (tmp_path / "de.qm").read_bytes() == resource_path("translations/cityfit_de.qm").read_bytes()


@pytest.mark.parametrize("lang, words", [("de", "Etwas ist schiefgegangen (KeyError). Das Fenster bleibt offen"),
                                         ("en", "Something went wrong (KeyError). The window stays open")])
def test_a_bug_is_told_in_the_users_language_without_python_text(qtbot, window, lang, words):
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.launch import _report_bug

    # windows of earlier tests are closed but deleted only later: gone now, so this window is the only one
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.set_language(lang)
    shown = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        shown.append(box.text())
        box.close()
    QTimer.singleShot(0, read_and_close)
    try:
        {}["an English Python message"]
    except KeyError as error:
        _report_bug(KeyError, error, error.__traceback__)
    assert words in shown[0] and "an English Python message" not in shown[0] and "cityfit.log" in shown[0]


@pytest.mark.parametrize("system, expected", [("de_DE:de", "de"), ("en_GB:en", "en"), ("fr_FR:fr", "de"),
                                              ("fr_FR:en_US", "en")])
def test_the_first_start_speaks_the_systems_language_if_cityfit_does(tmp_path, system, expected):
    script = ("import sys; sys.path.insert(0, sys.argv[1]); from PySide6.QtWidgets import QApplication; "
              "app = QApplication([]); from app.core import paths; "
              "paths.init(__import__('pathlib').Path(sys.argv[2])); "
              "from app.gui.settings import Settings; print(Settings().language())")
    env = {**os.environ, "LANGUAGE": system, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-c", script, str(ROOT), str(tmp_path)], capture_output=True, text=True,
                         env=env, timeout=60)
    assert run.stdout.strip() == expected, run.stderr


def test_the_window_starts_without_loading_openssl():
    """Fingerprints and hashes load OpenSSL when first needed; building the window needs none (~5 ms)."""
    from tests.conftest import fresh_python

    run = fresh_python("import sys, app.gui.main_window, app.gui.autosave, app.core.atomic; "
                       "print('_hashlib' in sys.modules)")
    assert run.stdout.strip() == "False", run.stderr
