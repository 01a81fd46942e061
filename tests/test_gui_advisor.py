"""The advisor in the window: advice beside the results, firmness, and cities the user adds and removes."""

import pytest
from PySide6.QtCore import Qt

from app.core.library import load_cities
from app.gui.actions import Act
from tests.conftest import EXAMPLES, KIEL, SEEDS
from tests.gui_helpers import ScriptedDialogs, add_city_article, make_window, one_article_window, ranked_cities


def advice_texts(window):
    items = window.advice.suggestions
    return [items.item(row).text() for row in range(items.count())]


def test_advice_beside_the_results_can_be_tried_and_undone(qtbot, window):
    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")  # refuses shift work
    window.tabs.setCurrentWidget(window.advice)
    tip = "Schichtarbeit ab und zu in Kauf nehmen"  # the smallest step that brings most of the gain
    qtbot.waitUntil(lambda: any(tip in text for text in advice_texts(window)), timeout=5000)
    row = next(i for i, text in enumerate(advice_texts(window)) if tip in text)
    assert "Hagen +4,2" in advice_texts(window)[row]  # measured per city
    hagen_before = next(c.score for c in window.ranking.cities if c.city == "Hagen")
    window.advice.suggestions.setCurrentRow(row)
    qtbot.mouseClick(window.advice.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ranked_profile.preferences.shift_work == "sometimes", timeout=3000)
    assert window.editor.shift_work.currentText() == "Nur ab und zu"
    hagen_after = next(c.score for c in window.ranking.cities if c.city == "Hagen")
    assert hagen_after == pytest.approx(hagen_before + 4.2, abs=0.1)
    window.menu_actions[Act.UNDO].trigger()
    qtbot.waitUntil(lambda: window.editor.profile().preferences.shift_work == "no", timeout=3000)


def test_accepting_shift_work_altogether_sets_it_to_fine(qtbot, tmp_path, vocabulary):
    from tests.conftest import profile_dict, write_profile

    window = one_article_window(qtbot, tmp_path, vocabulary,
                                "Customer Service Jobs und Stellenangebote in Schichtstadt\n"
                                "Gearbeitet wird im Schichtdienst. Neue bekommen eine strukturierte Einarbeitung.\n")
    # "ab und zu" meets onboarding (100) but shifts only half (50); accepting them leaves onboarding to decide
    prefs = {**profile_dict()["preferences"], "shift_work": "sometimes", "wants_onboarding": True}
    path = write_profile(tmp_path, "sometimes.cityfit", skills=["Empathie"], preferences=prefs)
    window.document.open_without_asking(path)
    window.tabs.setCurrentWidget(window.advice)
    qtbot.waitUntil(lambda: any("Schichtarbeit akzeptieren" in text for text in advice_texts(window)), timeout=5000)
    row = next(i for i, text in enumerate(advice_texts(window)) if "Schichtarbeit akzeptieren" in text)
    window.advice.suggestions.setCurrentRow(row)
    qtbot.mouseClick(window.advice.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ranked_profile.preferences.shift_work == "ok", timeout=3000)
    assert window.editor.shift_work.currentText() == "In Ordnung"


def test_a_tip_the_profile_cannot_hold_is_refused_with_a_message(qtbot, window, dialogs):
    from app.core.advice import advise

    full = window.editor.profile()
    full.skills = [f"Eigene Fähigkeit {i}" for i in range(200)]  # the most a profile may hold
    window.editor.set_profile(full)
    window.document.flush()
    tip = next(s for s in advise(window.library.cities, full, window.vocabulary) if s.kind == "skill")
    window.apply_suggestion(tip)
    assert len(dialogs.errors) == 1 and "200" in dialogs.errors[0]
    assert len(window.editor.profile().skills) == 200


def test_the_window_says_how_firm_first_place_is(qtbot, window):
    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")
    qtbot.waitUntil(lambda: "Magdeburg bleibt vorn" in window.firmness.text(), timeout=3000)
    window.set_language("en")
    qtbot.waitUntil(lambda: "Magdeburg stays first" in window.firmness.text(), timeout=3000)
    window.document.open_without_asking(EXAMPLES / "complaint-manager.cityfit")
    qtbot.waitUntil(lambda: window.firmness.text().startswith("First place is firm"), timeout=3000)


def test_an_added_city_joins_the_ranking_survives_a_restart_and_can_be_removed(qtbot, tmp_path, home, vocabulary,
                                                                                window, dialogs):
    article = tmp_path / "kiel.txt"
    article.write_text(KIEL, encoding="utf-8")
    dialogs.article_answers.append(article)
    add_city_article(qtbot, window)
    qtbot.waitUntil(lambda: "Kiel" in ranked_cities(window), timeout=3000)
    assert window.ranking_list.currentIndex().data(Qt.ItemDataRole.DisplayRole).split(". ", 1)[1].startswith("Kiel")
    assert (home / "articles" / "kiel.txt").read_text(encoding="utf-8") == KIEL
    summary = dialogs.infos[-1]
    assert "Kiel" in summary and "2.300" in summary and "Englisch" in summary and "sagt nichts über" in summary
    assert not dialogs.errors

    again = make_window(qtbot, home, vocabulary, ScriptedDialogs())
    assert "Kiel" in ranked_cities(again)
    again.close()

    dialogs.city_answers.append("Kiel")
    dialogs.confirm_answers.append(True)
    window.menu_actions[Act.REMOVE_CITY].trigger()
    qtbot.waitUntil(lambda: "Kiel" not in ranked_cities(window), timeout=3000)
    assert dialogs.offered_cities[-1] == ["Kiel"]  # bundled cities are never offered
    assert not (home / "articles" / "kiel.txt").exists() and article.exists()
    cities = load_cities(SEEDS, vocabulary, added=home / "articles").cities
    assert sorted(c.city for c in cities) == ["Hagen", "Magdeburg"]


@pytest.mark.parametrize("content, words", [
    (b"\x00\x01\x02binary", "keine Textdatei"),
    (b"   ", "leer"),
    (b"Einkaufsliste\nMilch, Brot, Eier\nDanach zur Post.\n", "kein Karriereartikel"),
    ((SEEDS / "customer-service-hagen.txt").read_bytes(), "gibt es schon einen Artikel"),
])
def test_a_bad_article_gets_one_clear_message_and_nothing_is_copied(qtbot, tmp_path, home, window, dialogs,
                                                                     content, words):
    article = tmp_path / "neu.txt"
    article.write_bytes(content)
    before = ranked_cities(window)
    dialogs.article_answers.append(article)
    add_city_article(qtbot, window)
    assert len(dialogs.errors) == 1 and words in dialogs.errors[0] and "neu.txt" in dialogs.errors[0]
    assert dialogs.errors[0].endswith("Die Datei wurde nicht hinzugefügt.") and "übersprungen" not in dialogs.errors[0]
    assert "entfernen" not in dialogs.errors[0]  # a bundled city cannot be removed, so nobody is told to
    assert not (home / "articles").exists() or not any((home / "articles").iterdir())
    assert ranked_cities(window) == before


def test_a_second_article_about_an_added_city_says_how_to_replace_it(qtbot, tmp_path, home, window, dialogs):
    from tests.conftest import KIEL

    first, second = tmp_path / "kiel.txt", tmp_path / "kiel-neu.txt"
    first.write_text(KIEL, encoding="utf-8")
    second.write_text(KIEL.replace("2.300", "2.400"), encoding="utf-8")
    dialogs.article_answers += [first, second]
    add_city_article(qtbot, window)
    add_city_article(qtbot, window)
    assert dialogs.errors == ["„kiel-neu.txt“ beschreibt Kiel, und für Kiel haben Sie schon einen Artikel "
                              "hinzugefügt. Wenn Sie ihn ersetzen möchten, entfernen Sie zuerst die hinzugefügte "
                              "Stadt (Datei → Hinzugefügte Stadt entfernen…). Die Datei wurde nicht hinzugefügt."]


def test_an_article_with_a_hidden_name_is_still_there_after_a_restart(qtbot, tmp_path, home, vocabulary, window,
                                                                       dialogs):
    article = tmp_path / ".kiel.txt"  # a dot-file: the next start would skip a copy with this name
    article.write_text(KIEL, encoding="utf-8")
    dialogs.article_answers.append(article)
    add_city_article(qtbot, window)
    qtbot.waitUntil(lambda: "Kiel" in ranked_cities(window), timeout=3000)
    assert (home / "articles" / "kiel.txt").exists()
    again = make_window(qtbot, home, vocabulary, ScriptedDialogs())
    assert "Kiel" in ranked_cities(again)
    again.close()


def test_removing_when_nothing_was_added_explains_why(qtbot, window, dialogs):
    window.menu_actions[Act.REMOVE_CITY].trigger()
    assert dialogs.offered_cities == [] and "mitgelieferten Städte" in dialogs.infos[-1]


def test_a_cancelled_add_changes_nothing(qtbot, home, window, dialogs):
    add_city_article(qtbot, window)
    assert not dialogs.errors and not dialogs.infos and not (home / "articles").exists()


def test_advice_for_many_cities_arrives_from_the_worker_thread(qtbot, tmp_path, vocabulary):
    from tests.benchmarks.synthetic import write_articles

    seeds = write_articles(tmp_path / "many", 120)
    window = make_window(qtbot, tmp_path / "home", vocabulary, seeds=seeds)
    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")
    window.tabs.setCurrentWidget(window.advice)
    assert advice_texts(window) == []  # not computed on the window's thread
    qtbot.waitUntil(lambda: len(advice_texts(window)) > 0, timeout=20000)
    assert any(text.startswith("Schichtarbeit ") for text in advice_texts(window))
    window.tabs.setCurrentIndex(1)  # 30 cities in the pay chart: it scrolls instead of cutting rows off
    qtbot.waitUntil(lambda: window.chart.height() >= window.chart.sizeHint().height() > 30 * 30, timeout=2000)


def test_a_long_article_is_read_while_the_window_keeps_working(qtbot, tmp_path, home, window, dialogs):
    article = tmp_path / "kiel.txt"
    filler = "Im Hafen legen die Fähren nach Oslo und Göteborg an, und der Kundenservice kennt jede Abfahrt. "
    article.write_text(KIEL + filler * 8000, encoding="utf-8")  # about 0.8 MB
    dialogs.article_answers.append(article)
    window.menu_actions[Act.ADD_CITY].trigger()
    # The menu entry returned before the article was read: the city is not there yet, the entry waits.
    assert window.city_files.article_import.job is not None and not window.menu_actions[Act.ADD_CITY].isEnabled()
    assert "Kiel" not in ranked_cities(window)
    qtbot.waitUntil(lambda: window.city_files.article_import.job is None, timeout=60_000)
    assert "Kiel" in ranked_cities(window) and window.menu_actions[Act.ADD_CITY].isEnabled()
