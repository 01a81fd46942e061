import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "de"  # a window's first start follows the system language: tests expect German

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXAMPLES = ROOT / "resources" / "examples"
KIEL = """Customer Service Jobs und Stellenangebote in Kiel
Beruf Customer Service in Kiel
Zwischen Förde und Fährhafen: Kundenservice an der Ostsee
Reedereien und Tourismus prägen den Kundenservice, dazu Versicherungen.
Gefragt sind Englisch und gern auch Dänisch oder Schwedisch.
Einsteiger verdienen etwa 2.300 € bis 2.700 € brutto im Monat.
Freundlichkeit und Geduld am Telefon sind das A und O.
"""  # an article about a city none of the code has seen


def cityfit(*args, cwd=None, home=None):
    """The real command line in a fresh interpreter (use with the user_folders fixture, or name its `home`)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **({"CITYFIT_HOME": str(home)} if home else {})}
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, timeout=120)


def fresh_python(script: str, *args):
    """A Python snippet in a fresh interpreter from the checkout: what a module imports shows only there."""
    return subprocess.run([sys.executable, "-c", script, *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


@pytest.fixture
def user_folders(tmp_path, monkeypatch):
    """The command line's cache goes to a temporary folder, never the real home."""
    monkeypatch.setenv("CITYFIT_HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def vocabulary():
    from app.core.vocabulary import load_vocabulary

    return load_vocabulary()


@pytest.fixture(scope="session")
def seed_cities(vocabulary):
    from app.core.library import load_cities

    library = load_cities(SEEDS, vocabulary)
    assert not library.warnings
    return {city.city: city for city in library.cities}


@pytest.fixture
def dialogs():
    """The window's questions answered by the test (see gui_helpers.ScriptedDialogs)."""
    from tests.gui_helpers import ScriptedDialogs

    return ScriptedDialogs()


@pytest.fixture
def home(tmp_path):
    """The per-user folders of a test's window."""
    return tmp_path / "home"


@pytest.fixture
def window(qtbot, home, vocabulary, dialogs):
    """The real main window over the seed articles, shown offscreen."""
    from tests.gui_helpers import make_window

    return make_window(qtbot, home, vocabulary, dialogs)


def profile_dict(**changes) -> dict:
    """A valid profile document; keyword arguments replace top-level keys."""
    document = {
        "format": "cityfit-profile", "version": 2, "name": "Test", "experience_years": 0,
        "skills": [], "languages": [], "salary": {"minimum": None, "desired": None},
        "preferences": {"shift_work": None, "night_work": None, "weekend_work": None, "wants_onboarding": None,
                        "industries": [], "channels": []},
        "weights": {},
    }
    document.update(changes)
    return document


def article_folder(folder: Path, **articles: str) -> Path:
    """A folder of articles written for a test: article_folder(tmp_path / "seeds", kiel=KIEL) writes kiel.txt."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def write_profile(folder: Path, file_name: str = "p.cityfit", **changes) -> Path:
    path = folder / file_name
    path.write_text(json.dumps(profile_dict(**changes)), encoding="utf-8")
    return path
