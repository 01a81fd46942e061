"""Job ads in the real window: added from a file, listed in the Jobs tab with their scores, kept across a restart,
named in the city ranking, removed only when the user says so."""

from app.gui.actions import Act
from app.gui.ranking_delegate import row_title
from app.gui.ranking_model import CITY_ROLE, NOTE_ROLE
from tests.gui_helpers import make_window
from tests.test_jobs import PORTAL_AD

MAGDEBURG_AD = PORTAL_AD.replace("Wattwind Energie GmbH · Husum", "Elbe Service GmbH · Magdeburg")
NIGHT_AD = """Servicekraft Nachtschicht (m/w/d)

Wir bieten
- Nachtarbeit im Wechsel mit Spätschichten
- 3.100 € brutto im Monat
"""


def add_ad(qtbot, window, dialogs, path, city=None):
    dialogs.job_answers.append(path)
    dialogs.job_city_answers.append(city)
    window.menu_actions[Act.ADD_JOB].trigger()
    qtbot.waitUntil(lambda: window.job_files.reading.job is None, timeout=30_000)


def test_an_ad_added_from_a_file_is_listed_scored_and_kept(qtbot, tmp_path, home, vocabulary, dialogs):
    ad = tmp_path / "anzeige.txt"
    ad.write_text(MAGDEBURG_AD, encoding="utf-8")
    window = make_window(qtbot, home, vocabulary, dialogs)
    window.editor.minimum.setValue(2400)
    window.document.flush()
    add_ad(qtbot, window, dialogs, ad)
    qtbot.waitUntil(lambda: len(window.job_results) == 1)
    assert not dialogs.errors and dialogs.offered_job_cities == []  # the ad names its city
    window.tabs.setCurrentWidget(window.jobs_panel)
    panel = window.jobs_panel
    assert panel.model.rowCount() == 1 and panel.current().ad.city == "Magdeburg"
    assert "gefordert: Deutsch C1" in panel.detail.toPlainText()
    assert "laut Anzeige" in panel.detail.toPlainText() and "Artikel" not in panel.detail.toPlainText()
    magdeburg = window.model.row_of(next(c.source for c in window.ranking.cities if c.city == "Magdeburg"))
    assert "1 Stelle" in window.model.index(magdeburg).data(NOTE_ROLE)
    window.document.undo_stack.setClean()
    window.close()
    again = make_window(qtbot, home, vocabulary, dialogs)  # a restart reads the saved ad
    qtbot.waitUntil(lambda: len(again.job_results) == 1)
    assert again.job_results[0].ad.title == "Kundenberater (m/w/d) im Inbound"


def test_an_ad_without_a_place_asks_once_and_a_must_it_breaks_marks_it(qtbot, tmp_path, home, vocabulary, dialogs):
    ad = tmp_path / "nacht.txt"
    ad.write_text(NIGHT_AD, encoding="utf-8")
    window = make_window(qtbot, home, vocabulary, dialogs)
    window.editor.night_work.setCurrentIndex(window.editor.night_work.findData("no"))
    window.editor.musts["night_work"].setChecked(True)
    window.document.flush()
    add_ad(qtbot, window, dialogs, ad, city="Hagen")
    qtbot.waitUntil(lambda: len(window.job_results) == 1)
    assert [sorted(offered) for offered in dialogs.offered_job_cities] == [["Hagen", "Magdeburg"]]
    [job] = window.job_results
    assert job.ad.city == "Hagen" and job.broken_musts == ["night_work"]
    assert row_title(window.jobs_panel.model.index(0).data(CITY_ROLE), 0).endswith("⚠")


def test_removing_an_ad_asks_first(qtbot, tmp_path, home, vocabulary, dialogs):
    ad = tmp_path / "anzeige.txt"
    ad.write_text(MAGDEBURG_AD, encoding="utf-8")
    window = make_window(qtbot, home, vocabulary, dialogs)
    add_ad(qtbot, window, dialogs, ad)
    qtbot.waitUntil(lambda: len(window.job_results) == 1)
    window.tabs.setCurrentWidget(window.jobs_panel)
    dialogs.confirm_answers.append(False)
    window.jobs_panel.remove_button.click()
    assert len(window.jobs.ads) == 1 and list((home / "jobs").glob("*.json"))
    dialogs.confirm_answers.append(True)
    window.jobs_panel.remove_button.click()
    qtbot.waitUntil(lambda: window.job_results == [])
    assert window.jobs.ads == [] and not list((home / "jobs").glob("*.json")) and ad.is_file()


def test_a_file_that_is_no_ad_gets_one_message_and_nothing_is_saved(qtbot, tmp_path, home, vocabulary, dialogs):
    recipe = tmp_path / "kuchen.txt"
    recipe.write_text("Rhabarberkuchen\n\n500 g Rhabarber, 200 g Zucker. Am Wochenende backen.\n", encoding="utf-8")
    window = make_window(qtbot, home, vocabulary, dialogs)
    add_ad(qtbot, window, dialogs, recipe)
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    [error] = dialogs.errors
    assert "kuchen.txt" in error and "keine Stellenanzeige" in error
    assert window.jobs.ads == [] and not (home / "jobs").exists()


def test_a_pasted_ad_is_saved_and_listed(qtbot, home, vocabulary, dialogs):
    window = make_window(qtbot, home, vocabulary, dialogs)
    dialogs.job_paste_answers.append(MAGDEBURG_AD)
    window.menu_actions[Act.PASTE_JOB].trigger()
    qtbot.waitUntil(lambda: len(window.job_results) == 1, timeout=30_000)
    [job] = window.job_results
    assert job.ad.city == "Magdeburg" and job.ad.origin == "Eingefügte Stellenanzeige"
    dialogs.job_paste_answers.append(MAGDEBURG_AD)  # the same ad again: refused, one message
    window.jobs_panel.paste_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=30_000)
    assert "dieselbe Anzeige" in dialogs.errors[0] and len(window.jobs.ads) == 1


def test_a_saved_web_page_dropped_on_the_jobs_tab_is_an_ad(qtbot, home, vocabulary, dialogs):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from tests.tools.job_report import JOBS

    window = make_window(qtbot, home, vocabulary, dialogs)
    window.tabs.setCurrentWidget(window.jobs_panel)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(JOBS / "page_1.html"))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.jobs_panel.dropEvent(drop)
    qtbot.waitUntil(lambda: len(window.job_results) == 1, timeout=30_000)
    assert window.job_results[0].ad.city == "Leipzig" and window.library.cities == window.library.cities[:2]


def test_several_ads_chosen_at_once_are_all_saved_and_the_last_is_shown(qtbot, home, vocabulary, dialogs):
    from tests.tools.job_report import JOBS

    files = [JOBS / "01_portal_energie-inbound.txt", JOBS / "03_portal_glasfaser-techniksupport.txt",
             JOBS / "21_english_support-berlin.txt"]
    window = make_window(qtbot, home, vocabulary, dialogs)
    dialogs.job_answers.append(files)
    window.menu_actions[Act.ADD_JOB].trigger()
    qtbot.waitUntil(lambda: len(window.job_results) == 3, timeout=60_000)
    assert not dialogs.errors and sorted(job.ad.city for job in window.job_results) == ["Berlin", "Kiel", "Köln"]
    assert window.jobs_panel.current().ad.city == "Berlin"  # the one saved last is selected


def test_one_ad_chosen_twice_is_saved_once_and_the_paste_box_waits_its_turn(qtbot, tmp_path, home, vocabulary,
                                                                             dialogs):
    ad, copy = tmp_path / "nacht.txt", tmp_path / "kopie.txt"
    ad.write_text(NIGHT_AD, encoding="utf-8")
    copy.write_text(NIGHT_AD, encoding="utf-8")
    window = make_window(qtbot, home, vocabulary, dialogs)
    dialogs.job_answers.append([ad, copy])
    dialogs.job_city_answers += ["Hagen", "Hagen"]
    dialogs.job_paste_answers.append(MAGDEBURG_AD)
    window.menu_actions[Act.ADD_JOB].trigger()
    window.jobs_panel.paste_button.click()  # while the first ad is read: queued, not a second job
    qtbot.waitUntil(lambda: len(window.jobs.ads) == 2 and window.job_files.reading.job is None, timeout=60_000)
    qtbot.wait(200)
    assert sorted(a.city for a in window.jobs.ads) == ["Hagen", "Magdeburg"]
    assert len(dialogs.errors) == 1 and "dieselbe Anzeige" in dialogs.errors[0]
