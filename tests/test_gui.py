"""The real main window, driven as a user would (offscreen)."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.core.profile_file import load_profile
from app.gui.actions import Act
from app.gui.dialogs import CANCEL, DISCARD, SAVE
from tests.conftest import EXAMPLES, KIEL, write_profile
from tests.gui_helpers import (
    ScriptedDialogs,
    add_city_article,
    add_language,
    make_window,
    one_article_window,
    ranked_cities,
    type_chip,
)


def wait_for_ranking(qtbot, window, first: str):
    qtbot.waitUntil(lambda: window.ranking.cities[0].city == first and not window.document.edit_timer.isActive(),
                    timeout=3000)


def fill_entry_level_profile(qtbot, window):
    editor = window.editor
    qtbot.keyClicks(editor.name, "Lena")
    type_chip(qtbot, editor.skills, "Beschwerdemanagment")
    type_chip(qtbot, editor.skills, "Geduld")
    add_language(qtbot, editor.languages, "Polnisch", "B2")
    editor.minimum.setValue(2300)
    editor.desired.setValue(2700)
    editor.shift_work.setCurrentIndex(editor.shift_work.findData("no"))
    editor.onboarding.setCurrentIndex(editor.onboarding.findData("yes"))
    type_chip(qtbot, editor.industries, "Logistik")


def test_typing_a_profile_ranks_the_cities_live(qtbot, window):
    assert "Noch keine Rangfolge" in window.decisive.text()
    fill_entry_level_profile(qtbot, window)
    wait_for_ranking(qtbot, window, "Magdeburg")
    assert ranked_cities(window) == ["Magdeburg", "Hagen"]
    assert window.decisive.text().startswith("Magdeburg liegt")
    detail = window.detail.toPlainText()
    assert "Magdeburg" in detail and "Es gibt strukturierte Einarbeitung" in detail
    chip_texts = [chip.label.text() for chip in window.editor.skills.chips()]
    assert chip_texts[0] == "Beschwerdemanagment → Beschwerdemanagement"
    assert window.isWindowModified() and window.windowTitle().startswith("Lena")


def test_selecting_a_city_shows_its_explanation_and_the_article(qtbot, window):
    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")
    assert ranked_cities(window) == ["Magdeburg", "Hagen"]
    assert "Zu Schichtarbeit und Wochenendarbeit sagt der Artikel nichts." in window.detail.toPlainText()
    window.ranking_list.setCurrentIndex(window.model.index(1))
    detail = window.detail.toPlainText()
    assert detail.startswith("Hagen")
    assert "Sie möchten keine Schichtarbeit, der Artikel nennt sie aber." in detail
    assert "(keine Angabe von Ihnen)" in detail  # no industries given: a grey bar that says why
    hagen = window.ranking.cities[1]
    evidence = hagen.criterion("conditions").evidence[-1]
    window.detail.quote_activated.emit(evidence)
    dialog = window.article_dialog
    assert dialog.isVisible() and dialog.selected_text() == evidence.quote
    dialog.close()


def test_save_close_reopen_keeps_every_field(qtbot, tmp_path, vocabulary, window, dialogs):
    fill_entry_level_profile(qtbot, window)
    window.editor.musts["shift_work"].setChecked(True)
    window.editor.weights.sliders["salary"].setValue(7)
    target = tmp_path / "lena.cityfit"
    dialogs.save_as_answers.append(target)
    window.menu_actions[Act.SAVE].trigger()
    assert not window.isWindowModified() and window.windowTitle().startswith("lena.cityfit")
    expected = window.editor.profile()
    window.close()
    assert not window.isVisible()

    again = make_window(qtbot, tmp_path / "home", vocabulary, ScriptedDialogs())
    again.document.open_without_asking(target)
    assert again.editor.profile() == expected
    saved = load_profile(target)
    assert saved.name == "Lena" and saved.skills == ["Beschwerdemanagment", "Geduld"]
    assert saved.languages[0].code == "pl" and saved.languages[0].level == "B2"
    assert saved.salary.minimum == 2300 and saved.preferences.shift_work == "no"
    assert saved.preferences.industries == ["Logistik"] and saved.musts == ["shift_work"]
    assert saved.weights == {"salary": 7}


@pytest.mark.parametrize("answer", [SAVE, DISCARD, CANCEL])
def test_closing_with_unsaved_changes_asks(qtbot, tmp_path, window, dialogs, answer):
    qtbot.keyClicks(window.editor.name, "Ada")
    target = tmp_path / "ada.cityfit"
    dialogs.save_answers.append(answer)
    dialogs.save_as_answers.append(target)
    window.close()
    assert dialogs.asked_to_save == ["Ada"]
    assert window.isVisible() == (answer == CANCEL)
    assert target.exists() == (answer == SAVE)


def test_a_failed_save_cancels_the_close_and_keeps_the_edits(qtbot, tmp_path, window, dialogs):
    qtbot.keyClicks(window.editor.name, "Ada")
    dialogs.save_answers.append(SAVE)
    dialogs.save_as_answers.append(tmp_path / "no-such-folder" / "ada.cityfit")
    window.close()
    assert window.isVisible() and window.editor.name.text() == "Ada"
    assert "konnte nicht gespeichert werden" in dialogs.errors[0]
    assert "Ihre Änderungen sind noch da" in dialogs.errors[0]


def test_new_and_open_ask_before_throwing_away_changes(qtbot, window, dialogs):
    qtbot.keyClicks(window.editor.name, "Ada")
    dialogs.save_answers.append(CANCEL)
    window.menu_actions[Act.NEW].trigger()
    assert window.editor.name.text() == "Ada"
    dialogs.save_answers.append(DISCARD)
    dialogs.open_answers.append(EXAMPLES / "complaint-manager.cityfit")
    window.menu_actions[Act.OPEN].trigger()
    assert window.editor.name.text() == "Murat Yilmaz" and not window.isWindowModified()
    assert ranked_cities(window)[0] == "Hagen"


def test_opening_a_broken_file_leaves_the_current_profile_untouched(qtbot, tmp_path, window, dialogs):
    window.document.open_without_asking(EXAMPLES / "complaint-manager.cityfit")
    broken = write_profile(tmp_path, "broken.cityfit", languages=[{"code": "en", "level": "B9"}])
    dialogs.open_answers.append(broken)
    window.menu_actions[Act.OPEN].trigger()
    assert dialogs.errors == ["Das Profil „broken.cityfit“ kann nicht geöffnet werden: "
                              "Bei „languages[0].level“ wird ein Niveau von A1 bis C2 oder „native“ erwartet."]
    assert window.editor.name.text() == "Murat Yilmaz" and window.document.path.name == "complaint-manager.cityfit"


def test_recent_files_survive_a_restart_and_drop_missing_ones(qtbot, tmp_path, vocabulary, window):
    first = write_profile(tmp_path, "first.cityfit", name="First")
    second = write_profile(tmp_path, "second.cityfit", name="Second")
    window.document.open_without_asking(first)
    window.document.open_without_asking(second)
    window.close()
    first.unlink()
    again = make_window(qtbot, tmp_path / "home", vocabulary)
    again.fill_recent_menu()
    names = [a.text() for a in again.recent_menu.actions() if a.text()]
    assert names[0] == "second.cityfit" and "first.cityfit" not in names
    again.menu_actions[Act.CLEAR_RECENT].trigger()
    again.fill_recent_menu()
    assert again.recent_menu.actions()[0].text() == "Keine zuletzt geöffneten Profile"


def test_language_switch_relabels_everything(qtbot, window):
    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")
    assert window.file_menu.title() == "&Datei" and window.editor.skills_box.title() == "Fähigkeiten"
    window.menu_actions[Act.LANG_EN].trigger()
    assert window.file_menu.title() == "&File" and window.menu_actions[Act.SAVE].text() == "&Save"
    assert window.editor.skills_box.title() == "Skills" and window.tabs.tabText(0) == "Why"
    assert window.editor.shift_work.currentText() == "Not for me"
    assert window.editor.night_work.currentText() == "No preference"
    assert window.decisive.text().startswith("Magdeburg leads Hagen")
    assert "You want good onboarding" in window.detail.toPlainText()
    assert "article speaks to 5 of your 5 criteria" in window.detail.toPlainText()
    assert window.editor.profile().preferences.shift_work == "no"  # relabelling changed no value
    assert not window.isWindowModified()
    window.menu_actions[Act.LANG_DE].trigger()
    assert window.edit_menu.title() == "&Bearbeiten" and window.decisive.text().startswith("Magdeburg liegt")


def test_undo_and_redo_of_profile_edits(qtbot, window):
    qtbot.keyClicks(window.editor.name, "Ada")
    window.document.flush()
    type_chip(qtbot, window.editor.skills, "Empathie")
    window.document.flush()
    window.menu_actions[Act.UNDO].trigger()
    assert window.editor.skills.texts() == [] and window.editor.name.text() == "Ada"
    window.menu_actions[Act.UNDO].trigger()
    assert window.editor.name.text() == "" and not window.isWindowModified()
    window.menu_actions[Act.REDO].trigger()
    window.menu_actions[Act.REDO].trigger()
    assert window.editor.skills.texts() == ["Empathie"] and window.editor.name.text() == "Ada"


def test_dropping_a_profile_file_opens_it(qtbot, window):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(EXAMPLES / "complaint-manager.cityfit"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.editor.name.text() == "Murat Yilmaz"


def test_markup_in_a_profile_is_shown_as_plain_text(qtbot, tmp_path, window):
    path = write_profile(tmp_path, "x.cityfit", name="<b>bold</b>", skills=["<img src=x>"],
                         languages=[{"code": "de", "level": "native"}])
    window.document.open_without_asking(path)
    assert window.editor.skills.chips()[0].label.text().startswith("<img src=x>")
    assert "„<img src=x>“" in window.detail.toPlainText()
    assert "<img" not in window.detail.toHtml()
    assert window.windowTitle().startswith("x.cityfit")


def test_geometry_and_language_are_kept_between_runs(qtbot, tmp_path, vocabulary, window):
    window.resize(700, 500)  # the offscreen screen is 800×600; restoring clamps to it
    window.menu_actions[Act.LANG_EN].trigger()
    window.close()
    again = make_window(qtbot, tmp_path / "home", vocabulary)
    assert again.lang == "en" and again.file_menu.title() == "&File"
    assert again.size().width() == 700


def test_settings_file_lives_in_the_config_folder(qtbot, tmp_path, window):
    window.close()
    assert (tmp_path / "home" / "config" / "cityfit.ini").is_file()
    assert json.dumps(sorted(p.name for p in (tmp_path / "home").iterdir()))


def test_tab_order_follows_the_form_top_to_bottom(qtbot, window):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    window.document.open_without_asking(EXAMPLES / "complaint-manager.cityfit")
    type_chip(qtbot, window.editor.skills, "Humor")  # a chip added later still sits in its place
    qtbot.wait(20)  # layouts show newly added widgets on the next event loop pass
    editor = window.editor
    editor.name.setFocus()
    visited = [editor.name]
    widget = editor.name
    for _ in range(len(editor.focus_order()) - 1):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(window) \
                or isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):  # their inner line edits
            widget = widget.nextInFocusChain()
        visited.append(widget)
    assert visited == editor.focus_order()
    humor_chip = editor.skills.chips()[-1]
    assert visited.index(humor_chip.remove) < visited.index(editor.languages.add_button)


def test_every_input_has_an_accessible_name(qtbot, window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSlider,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QScrollBar,
    )

    window.document.open_without_asking(EXAMPLES / "complaint-manager.cityfit")
    for kind in (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QAbstractButton):
        for widget in window.editor.findChildren(kind):
            if widget.isVisibleTo(window) and not isinstance(widget, QScrollBar) \
                    and not isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
                assert name.replace("&", "").strip() not in ("", "×"), widget


def test_choosing_a_suggestion_with_enter_adds_the_chip(qtbot, window):
    skills = window.editor.skills
    skills.input.setFocus()
    qtbot.keyClicks(skills.input, "Beschw")
    completer = skills.input.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=2000)
    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert skills.texts() == ["Beschwerdemanagement"]
    qtbot.waitUntil(lambda: skills.input.text() == "", timeout=1000)


def test_night_work_only_now_and_then_survives_save_and_reopen(qtbot, tmp_path, vocabulary, window, dialogs):
    editor = window.editor
    assert [editor.night_work.itemText(i) for i in range(editor.night_work.count())] == \
        ["Egal", "In Ordnung", "Nur ab und zu", "Kommt nicht infrage"]
    assert editor.night_work.accessibleName() == "Nachtarbeit"
    assert editor.musts["night_work"].accessibleName() == "Muss: Nachtarbeit"
    order = editor.focus_order()
    assert order.index(editor.shift_work) < order.index(editor.night_work) < order.index(editor.weekend_work)
    assert order.index(editor.night_work) + 1 == order.index(editor.musts["night_work"])
    editor.night_work.setCurrentIndex(editor.night_work.findText("Nur ab und zu"))
    editor.weekend_work.setCurrentIndex(editor.weekend_work.findText("In Ordnung"))
    editor.musts["night_work"].setChecked(True)
    assert editor.profile().preferences.night_work == "sometimes"
    target = tmp_path / "nacht.cityfit"
    dialogs.save_as_answers.append(target)
    window.menu_actions[Act.SAVE].trigger()
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["version"] == 2 and saved["musts"] == ["night_work"]
    assert saved["preferences"]["night_work"] == "sometimes" and saved["preferences"]["weekend_work"] == "ok"
    assert saved["preferences"]["shift_work"] is None
    window.close()

    again = make_window(qtbot, tmp_path / "home", vocabulary, ScriptedDialogs())
    again.document.open_without_asking(target)
    assert again.editor.night_work.currentText() == "Nur ab und zu"
    assert again.editor.weekend_work.currentText() == "In Ordnung"
    assert again.editor.shift_work.currentText() == "Egal"
    assert again.editor.musts["night_work"].isChecked()
    prefs = again.editor.profile().preferences
    assert (prefs.shift_work, prefs.night_work, prefs.weekend_work) == (None, "sometimes", "ok")
    again.menu_actions[Act.LANG_EN].trigger()
    assert again.editor.night_work.currentText() == "Only now and then"
    assert [again.editor.night_work.itemText(i) for i in range(4)] == \
        ["No preference", "Fine with me", "Only now and then", "Not for me"]


def test_an_old_profile_with_true_and_false_opens_with_the_new_choices(qtbot, tmp_path, window):
    old = {"format": "cityfit-profile", "version": 1, "name": "Alt", "experience_years": 0, "skills": [],
           "languages": [], "salary": {"minimum": None, "desired": None},
           "preferences": {"shift_work": True, "weekend_work": False, "wants_onboarding": None, "industries": [],
                           "channels": []}, "weights": {}}
    path = tmp_path / "alt.cityfit"
    path.write_text(json.dumps(old), encoding="utf-8")
    window.document.open_without_asking(path)
    editor = window.editor
    assert (editor.shift_work.currentText(), editor.night_work.currentText(), editor.weekend_work.currentText()) \
        == ("In Ordnung", "Egal", "Kommt nicht infrage")


def test_coverage_unconfirmed_musts_and_estimates_are_shown(qtbot, tmp_path, home, window, dialogs):
    from PySide6.QtCore import QRectF

    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")
    assert "Artikel sagt etwas zu 5 von 5 Ihrer Kriterien" in window.detail.toPlainText()
    first = window.model.index(0)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).endswith("Artikel sagt etwas zu 5 von 5 Ihrer Kriterien")
    tooltip = first.data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Artikel sagt etwas zu 5 von 5 Ihrer Kriterien")
    assert "Branchen: keine Angabe von Ihnen, gezählt mit 50 Punkten" in tooltip  # a grey bar, said in words
    window.ranking_list.grab()  # the rows paint, grey bars included
    grey = window.legend.grey_legend
    assert grey.text() == "keine Angabe: zählt neutral" and "50 Punkten" in grey.toolTip()

    # Magdeburg's vague raise is an estimated band: named so in words and beside its bar in the chart.
    chart = window.chart
    assert ("Magdeburg: 2.100–2.400\u00a0€, bis 2.800\u00a0€, geschätzt 3.000–3.300\u00a0€"
            in chart.accessibleDescription())
    assert "gezählt wird nur ihr unterer Wert" in chart.accessibleDescription()
    window.tabs.setCurrentIndex(1)
    chart.grab()  # paints
    assert [text for text, _ in chart.drawn_labels] == ["geschätzt"]
    assert QRectF(chart.rect()).contains(chart.drawn_labels[0][1])
    window.document.open_without_asking(EXAMPLES / "complaint-manager.cityfit")  # 7 years, languages
    window.ranking_list.setCurrentIndex(window.model.index(ranked_cities(window).index("Magdeburg")))
    # Qt shows a no-break space as a space here
    assert "Mehr gibt es in anspruchsvolleren Teams (geschätzt 3.000–3.300 €)" in window.detail.toPlainText()

    # A city whose article says less: its coverage says so, and a must it is silent on is "not confirmed".
    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")  # wants onboarding
    article = tmp_path / "kiel.txt"
    article.write_text(KIEL, encoding="utf-8")
    dialogs.article_answers.append(article)
    add_city_article(qtbot, window)
    qtbot.waitUntil(lambda: "Kiel" in ranked_cities(window), timeout=3000)
    window.editor.musts["wants_onboarding"].setChecked(True)
    window.document.flush()
    kiel_row = ranked_cities(window).index("Kiel")
    window.ranking_list.setCurrentIndex(window.model.index(kiel_row))
    assert window.detail.toPlainText().startswith("Kiel")
    covered, counted = window.ranking.cities[kiel_row].coverage
    assert covered < counted
    detail = window.detail.toPlainText()
    assert f"Artikel sagt etwas zu {covered} von {counted} Ihrer Kriterien" in detail
    assert "Nicht bestätigt (der Artikel sagt dazu nichts): Einarbeitung" in detail
    assert "(keine Angabe im Artikel)" in detail  # Kiel says nothing about training: a grey bar that says so

    # Third place is explained only when looked at, and the comparison explains what it shows.
    third = window.ranking.cities[2]
    window.ranking_list.setCurrentIndex(window.model.index(2))
    assert window.detail.toPlainText().startswith(third.city) and "Artikel sagt etwas zu" in window.detail.toPlainText()
    window.compare_cities()
    table = window.compare_dialog.table
    for row in range(window.compare_dialog.choice.count()):
        window.compare_dialog.choice.item(row).setCheckState(Qt.CheckState.Checked)
    assert table.columnCount() == 3
    assert all("Ihrer Kriterien" in table.item(0, column).text() for column in range(3))
    window.compare_dialog.close()


def test_help_explains_how_cityfit_scores(qtbot, window, dialogs):
    assert window.menu_actions[Act.SCORING_HELP] in window.help_menu.actions()
    assert window.menu_actions[Act.SCORING_HELP].text() == "CityFit-&Hilfe"
    window.menu_actions[Act.SCORING_HELP].trigger()
    text = dialogs.infos[-1]
    assert "Erfahrung heißt ab 2 Jahren, eine Sprache zählt ab Niveau B2" in text
    assert "als „geschätzt“ gekennzeichnet und zählt nur mit ihrem unteren Wert" in text
    assert "„Nur ab und zu“" in text and "neutral mit 50 Punkten" in text and "„nicht bestätigt“" in text
    assert "Wie CityFit einen Artikel liest" in text and "Was der Artikel verneint" in text
    window.menu_actions[Act.LANG_EN].trigger()
    assert window.menu_actions[Act.SCORING_HELP].text() == "CityFit &Help"
    window.menu_actions[Act.SCORING_HELP].trigger()
    assert "counts only with its lower figure" in dialogs.infos[-1] and "neutral 50 points" in dialogs.infos[-1]


def test_what_an_article_only_speculates_about_is_shown_apart_and_not_counted(qtbot, tmp_path, vocabulary):
    window = one_article_window(qtbot, tmp_path, vocabulary,
                                "Customer Service Jobs und Stellenangebote in Vermutstadt\n"
                                "Gefragt ist vor allem Englisch.\n"
                                "Vielleicht wird irgendwann auch Chinesisch wichtig.\n")
    window.document.open_without_asking(write_profile(
        tmp_path, "p.cityfit", languages=[{"code": "zh", "level": "C1"}]))
    detail = window.detail.toPlainText()
    assert "Nur vermutet – zählt nicht" in detail and "» Vielleicht wird irgendwann auch Chinesisch wichtig." in detail
    assert "Der Artikel spricht davon nur als Vermutung: Chinesisch." in detail
    assert "Chinesisch" not in window.ranking.cities[0].criterion("languages").matched
