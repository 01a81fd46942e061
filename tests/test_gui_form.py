"""The form behaves: the wheel scrolls it instead of changing values, limits match the file format, and a
language is added only once the user chose it."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication


def turn_wheel(widget, notches: int = -3) -> None:
    """What a mouse wheel turned downwards (towards the user) over the middle of `widget` sends."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_field_scrolls_the_form_and_changes_nothing(qtbot, window):
    window.resize(1024, 600)
    editor = window.editor
    editor.weekend_work.setCurrentIndex(1)
    editor.minimum.setValue(2500)
    window.document.flush()
    window.ranking_list.setFocus()
    before = editor.profile()
    scrolled = editor.verticalScrollBar().value()
    for field in (editor.weekend_work, editor.minimum, editor.experience, editor.weights.sliders["salary"]):
        turn_wheel(field)
    assert editor.profile() == before
    assert editor.verticalScrollBar().value() > scrolled  # the wheel went to the form instead


def test_the_wheel_changes_the_field_the_user_is_in(qtbot, window):
    window.editor.minimum.setValue(2500)
    window.editor.minimum.setFocus()
    qtbot.waitUntil(window.editor.minimum.hasFocus)
    turn_wheel(window.editor.minimum, notches=1)
    assert window.editor.minimum.value() == 2600


def test_a_language_is_added_only_as_the_user_chooses_it_and_only_once(qtbot, window):
    from tests.gui_helpers import add_language

    languages = window.editor.languages
    assert languages.languages() == []
    offered = [action.text() for action in languages.add_menu.actions()]
    assert "Polnisch" in offered and "Deutsch" in offered
    add_language(qtbot, languages, "Polnisch", "B2")
    assert [(entry.code, entry.level) for entry in languages.languages()] == [("pl", "B2")]
    assert "Polnisch" not in [action.text() for action in languages.add_menu.actions()]
    add_language(qtbot, languages, "Englisch", "C1")
    english = languages.rows()[1].language
    polish_index = english.findData("pl")
    assert not english.model().item(polish_index).isEnabled()  # the English row cannot become Polish too


def test_a_wish_below_the_minimum_is_pointed_out(qtbot, window):
    editor = window.editor
    editor.minimum.setValue(2600)
    editor.desired.setValue(2400)
    assert editor.pay_warning.isVisible() and "unter Ihrem Minimum" in editor.pay_warning.text()
    editor.desired.setValue(2800)
    assert not editor.pay_warning.isVisible()


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

typed_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=260)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=typed_text, skills=st.lists(typed_text, max_size=4), extremes=st.booleans())
def test_whatever_the_form_takes_the_file_reader_accepts(qtbot, window, tmp_path, name, skills, extremes):
    from app.core.profile_file import load_profile

    editor = window.editor
    editor.name.setText(name)
    editor.name.textEdited.emit(editor.name.text())
    for skill in skills:
        editor.skills.input.setText(skill)
        editor.skills.input.returnPressed.emit()
    for box in (editor.experience, editor.minimum, editor.desired):
        box.setValue(box.maximum() if extremes else box.minimum())
    for slider in editor.weights.sliders.values():
        slider.setValue(slider.maximum() if extremes else slider.minimum())
    path = tmp_path / "typed.cityfit"
    window.document.dialogs.save_as_answers.append(path)
    assert window.document.save_as()
    assert load_profile(path) == window.editor.profile()


def test_a_full_list_says_so_and_takes_no_more(qtbot, window):
    from app.core.candidate import MAX_LIST_LENGTH

    chips = window.editor.skills
    chips.set_texts([f"Fähigkeit {number}" for number in range(MAX_LIST_LENGTH)])
    chips.input.setText("Noch eine")
    chips.input.returnPressed.emit()
    assert len(chips.texts()) == MAX_LIST_LENGTH and chips.input.isReadOnly()
    assert "höchstens 200 Einträge" in chips.input.placeholderText()


def test_each_weight_shows_its_number(qtbot, window):
    weights = window.editor.weights
    weights.sliders["salary"].setValue(7)
    assert weights.values_shown["salary"].text() == "7"
    weights.set_weights({"salary": 2})
    assert weights.values_shown["salary"].text() == "2"


def test_places_are_numbered_only_once_there_is_a_ranking(qtbot, window):
    from app.gui.ranking_delegate import row_title

    assert "Noch keine Rangfolge" in window.decisive.text()
    assert [row_title(city, row) for row, city in enumerate(window.ranking.cities)] == ["Hagen", "Magdeburg"]
    window.editor.minimum.setValue(2300)
    window.document.flush()
    qtbot.waitUntil(lambda: window.ranking.cities[0].score is not None, timeout=3000)
    assert row_title(window.ranking.cities[0], 0).startswith("1. ")


def test_amounts_and_years_read_as_the_explanations_write_them(qtbot, window):
    editor = window.editor
    editor.experience.setValue(3)
    editor.minimum.setValue(2500)
    assert editor.experience.text() == "3 Jahre" and editor.minimum.text() == "2.500\u00a0€"
    editor.experience.setValue(2.5)
    assert editor.experience.text() == "2,5 Jahre"
    window.set_language("en")
    assert editor.experience.text() == "2.5 years" and editor.minimum.text() == "€2,500"


def test_the_comparison_marks_the_better_city_and_says_what_to_do_with_none_ticked(qtbot, tmp_path, window):
    from PySide6.QtCore import Qt

    from tests.conftest import EXAMPLES

    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")
    qtbot.waitUntil(lambda: window.ranking.cities[0].score is not None, timeout=3000)
    window.compare_cities()
    dialog = window.compare_dialog
    table = dialog.table
    assert "▲ vorn unter diesen" in table.item(0, 0).text() and "▲" not in table.item(0, 1).text()
    for row in range(1, table.rowCount()):
        results = [table.item(row, column).data(Qt.ItemDataRole.UserRole + 1) for column in range(2)]
        marked = ["▲" in table.item(row, column).text() for column in range(2)]
        scored = [result.status == "scored" for result in results]
        if all(scored) and results[0].score != results[1].score:
            better = 0 if results[0].score > results[1].score else 1
            assert marked[better] and not marked[1 - better]
        else:
            assert not any(marked)
        assert all("»" not in table.item(row, column).text() for column in range(2))  # quotes in the tooltip
    dialog.grab().save(str(tmp_path / "compare.png"))
    for row in range(dialog.choice.count()):
        dialog.choice.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.pages.currentWidget() is dialog.empty and "Haken Sie" in dialog.empty.text()


def test_the_article_keeps_its_headings_and_says_what_the_shades_mean(qtbot, window):
    from PySide6.QtGui import QFont

    window.editor.minimum.setValue(2300)
    window.document.flush()
    qtbot.waitUntil(lambda: window.ranking.cities[0].score is not None, timeout=3000)
    window.show_article(None)
    dialog = window.article_dialog
    document = dialog.text.document()
    weights = {}
    block = document.begin()
    while block.isValid():
        weights[block.text()] = block.begin().fragment().charFormat().fontWeight()
        block = block.next()
    heading = next(text for text in weights if text.startswith("Gehalt, Entwicklung") or
                   text.startswith("Gehalt und Perspektiven") or
                   text == "Berufsalltag: Zwischen Skript und Menschenkenntnis")
    assert weights[heading] == QFont.Weight.Bold
    paragraph = next(text for text in weights if text.startswith("Was viele unterschätzen"))
    assert weights[paragraph] != QFont.Weight.Bold
    legend = " ".join(label.text() for label in dialog.findChildren(type(window.decisive)))
    assert "angeklickte Satz" in legend and "Bewertung stützt" in legend
    dialog.close()


def test_an_article_that_vanished_is_named_in_a_message(qtbot, tmp_path, vocabulary, dialogs):
    from tests.gui_helpers import one_article_window

    window = one_article_window(qtbot, tmp_path, vocabulary,
                                "Kundenservice Jobs in Kiel\nIn Kiel gibt es Schichtarbeit.\n", dialogs)
    next((tmp_path / "seeds").glob("*.txt")).unlink()
    window.show_article(None)
    assert dialogs.errors == ["„artikel.txt“ kann nicht angezeigt werden: Die Datei wurde geändert, verschoben oder "
                              "gelöscht, seit CityFit sie gelesen hat."]


def test_english_placeholders_suggest_english_words_the_vocabulary_knows(qtbot, window, vocabulary):
    window.set_language("en")
    editor = window.editor
    examples = [field.input.placeholderText().split("e.g. ")[1] for field in (editor.skills, editor.industries,
                                                                              editor.channels)]
    assert examples == ["complaint management", "logistics", "chat"]
    matches = vocabulary.match_many(examples, ("skill", "industry", "channel"))
    assert all(match.concept is not None for match in matches)


def test_the_legend_names_every_kind_of_bar(qtbot, window):
    legend = [label.text() for label in window.legend.colour_legends.values()] + [window.legend.grey_legend.text()]
    assert legend == ["passt gut", "teils", "passt schlecht", "keine Angabe: zählt neutral"]


def test_the_chart_labels_of_minimum_and_wish_never_overlap(qtbot, window):
    for minimum, desired in ((2500, 2300), (2300, 2500), (2500, 2500), (2450, 2550)):
        window.editor.minimum.setValue(minimum)
        window.editor.desired.setValue(desired)
        window.document.flush()
        qtbot.waitUntil(lambda wanted=desired: window.ranked_profile is not None
                        and window.ranked_profile.salary.desired == wanted, timeout=3000)
        window.tabs.setCurrentIndex(1)
        window.chart.grab()
        (_, first), (_, second) = window.chart.drawn_wishes
        assert not first.intersects(second), (minimum, desired)


@given(text=st.lists(st.sampled_from(["a", "ä", " ", "\n", "\r\n", "\r", "😀", "."]), max_size=40).map("".join))
def test_offsets_are_counted_as_qt_counts_them(text):
    from app.gui.article_dialog import QtPositions

    positions = QtPositions(text)
    for index in range(len(text) + 1):
        if text[index - 1:index + 1] == "\r\n":
            continue  # between the two characters of one line break
        assert positions(index) == len(text[:index].replace("\r\n", "\n").encode("utf-16-le")) // 2
