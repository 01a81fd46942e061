"""The engine's one entry point (app.core.engine) and the one way the window runs work in the background."""

import ast
import dataclasses
import gc
import threading
from pathlib import Path

import pytest

from app.core.candidate import CandidateProfile, SalaryExpectation
from app.core.engine import Engine
from app.core.profile_file import ProfileError
from app.core.ranking import rank
from tests.conftest import ROOT

# What only the engine wires together; front ends ask app.core.engine instead. (Reading a profile from a dict
# is the file format's, which the document and autosave use too.)
ENGINE_PARTS = {"app.core.ranking", "app.core.advice", "app.core.firmness", "app.core.merge_patch",
                "app.core.library.load_cities"}
FRONT_ENDS = [ROOT / "app" / "cli.py", ROOT / "app" / "cli_text.py", ROOT / "app" / "report_file.py",
              ROOT / "app" / "core" / "report.py", *sorted((ROOT / "app" / "gui").glob("*.py"))]


def _runtime_imports(path: Path) -> list[str]:
    """'module' and 'module.name' for every import that runs (those under `if TYPE_CHECKING:` only name types)."""
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            return
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
            found.extend(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)
    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("path", FRONT_ENDS, ids=lambda path: path.name)
def test_front_ends_use_the_engine_not_its_parts(path):
    assert set(_runtime_imports(path)) & ENGINE_PARTS == set()


def test_the_checker_sees_imports_inside_functions():
    parts = set(_runtime_imports(ROOT / "app" / "core" / "engine.py"))
    assert "app.core.advice.advise" in parts and "app.core.library.load_cities" in parts


def test_explain_gives_a_ranked_city_the_words_a_full_ranking_gives_it(seed_cities, vocabulary):
    cities = list(seed_cities.values())
    profile = CandidateProfile(experience_years=3, skills=["Beschwerdemanagement"])
    engine = Engine(cities, vocabulary)
    scores_only = engine.rank(profile, "de", explain=0)
    assert not any(city.explained for city in scores_only.cities)
    explained = [engine.explain(city, profile, "de") for city in scores_only.cities]
    assert explained == rank(cities, profile, vocabulary, "de").cities


def test_trying_a_suggestion_that_breaks_a_limit_is_a_profile_error(seed_cities, vocabulary):
    engine = Engine(list(seed_cities.values()), vocabulary)
    profile = CandidateProfile(salary=SalaryExpectation(minimum=2000))
    [suggestion, *_] = engine.advise(profile, "de")
    assert engine.apply(suggestion, profile, "Ada") != profile
    too_long = dataclasses.replace(suggestion, profile_patch={"name": "x" * 10_000})
    with pytest.raises(ProfileError) as raised:
        engine.apply(too_long, profile, "Ada")
    assert "Ada" in raised.value.message("de")


def test_the_chart_shows_the_first_places(seed_cities, vocabulary):
    engine = Engine(list(seed_cities.values()), vocabulary)
    ranking = engine.rank(CandidateProfile(), "de")
    assert [city.source for city in engine.chart_cities(ranking)] == [city.source for city in ranking.cities]


def test_overlapping_pauses_of_the_collector_resume_it_once_the_last_ends():
    from app.core import collector

    inside, leave = threading.Event(), threading.Event()

    def other_thread():
        with collector.paused():
            inside.set()
            leave.wait(10)
    assert gc.isenabled()
    worker = threading.Thread(target=other_thread)
    with collector.paused():
        worker.start()
        inside.wait(10)
    assert not gc.isenabled()  # the other thread still works with the collector paused
    leave.set()
    worker.join(10)
    assert gc.isenabled()


def test_latest_runs_only_the_newest_waiting_request_and_drops_overtaken_results(qtbot):
    from PySide6.QtCore import QObject

    from app.gui.background import Latest

    owner = QObject()
    latest = Latest(owner)
    release, ran, done = threading.Event(), [], []

    def work(number, block=False):
        def run():
            if block:
                release.wait(10)
            ran.append(number)
            return number
        return run
    latest.submit(work(1, block=True), done.append)
    latest.submit(work(2), done.append)  # replaced while waiting: never runs
    latest.submit(work(3), done.append)
    release.set()
    qtbot.waitUntil(lambda: done == [3])
    assert ran == [1, 3]
    latest.submit(work(4, block=True), done.append)
    latest.drop()  # e.g. the cities changed: what is under way no longer counts
    release.set()
    latest.stop()
    qtbot.wait(50)
    assert done == [3] and ran == [1, 3, 4]


def test_many_cities_rank_off_the_window_thread_and_the_newest_edit_wins(qtbot, window, monkeypatch):
    from app.gui import ranking_runner

    monkeypatch.setattr(ranking_runner, "BACKGROUND_FROM", 1)  # the seeds are few; as if they were thousands
    threads = []
    engine = window.runner.engine
    real_rank = engine.rank
    monkeypatch.setattr(engine, "rank", lambda *args: (threads.append(threading.current_thread()),
                                                       real_rank(*args))[1])
    for years in (1, 2, 3, 4, 5):
        window.editor.experience.setValue(years)
        window.document.flush()
    qtbot.waitUntil(lambda: window.ranked_profile is not None and window.ranked_profile.experience_years == 5)
    assert threads and threading.main_thread() not in threads
    assert len(threads) < 5  # edits made while a ranking ran were folded into the newest
