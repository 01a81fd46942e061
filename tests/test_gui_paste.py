"""Pasting an article, and dropping a saved web page or a browser's selection on the window."""

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.core.web_text import pasted_text
from app.gui.actions import Act
from app.gui.paste_dialog import PasteDialog
from tests.conftest import KIEL
from tests.gui_helpers import add_city_article, ranked_cities, wait_for_article
from tests.test_web_text import LOGIN, kiel_page


def drop(window, data: QMimeData) -> None:
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def dropped_file(path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    return data


def added_files(window) -> list[str]:
    folder = window.library.added_folder
    return sorted(path.name for path in folder.iterdir()) if folder.is_dir() else []


def test_a_pasted_article_is_added_and_ranked(qtbot, window, dialogs):
    assert window.menu_actions[Act.PASTE_CITY].text() == "Stadtartikel e&infügen…"
    dialogs.paste_answers.append(pasted_text(kiel_page(), None))
    add_city_article(qtbot, window, Act.PASTE_CITY)
    assert dialogs.errors == []
    assert dialogs.infos[-1].startswith("Aus dem Artikel über Kiel gelesen:\n• Gehalt: 2.300–2.700")
    qtbot.waitUntil(lambda: "Kiel" in ranked_cities(window), timeout=5000)
    assert added_files(window) == ["kiel.txt"]
    saved = window.library.added_folder / "kiel.txt"
    assert saved.read_text(encoding="utf-8") == KIEL.strip()  # plain text: the quotes point into it
    assert window.menu_actions[Act.PASTE_CITY].isEnabled() and window.menu_actions[Act.ADD_CITY].isEnabled()


def test_a_dropped_web_page_is_added_as_plain_text(qtbot, tmp_path, window, dialogs):
    page = tmp_path / "Kundenservice Kiel.html"
    page.write_text(kiel_page(), encoding="utf-8")
    drop(window, dropped_file(page))
    wait_for_article(qtbot, window)
    assert dialogs.errors == []
    qtbot.waitUntil(lambda: "Kiel" in ranked_cities(window), timeout=5000)
    assert added_files(window) == ["Kundenservice Kiel.txt"]


def test_a_dropped_selection_opens_the_paste_box_with_its_text(qtbot, window, dialogs):
    data = QMimeData()
    data.setHtml(kiel_page())
    data.setText("Jobs Städte Wir verwenden Cookies …")
    drop(window, data)
    assert dialogs.offered_pastes == [KIEL.strip()]
    assert added_files(window) == [] and "Kiel" not in ranked_cities(window)  # the box was cancelled


def test_bad_input_gives_one_message_and_adds_nothing(qtbot, tmp_path, window, dialogs):
    cities = ranked_cities(window)
    login, binary = tmp_path / "login.html", tmp_path / "bild.htm"
    login.write_text(LOGIN, encoding="utf-8")
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    dialogs.paste_answers.append("  \n")
    add_city_article(qtbot, window, Act.PASTE_CITY)
    for path in (login, binary):
        drop(window, dropped_file(path))
        wait_for_article(qtbot, window)
    dialogs.article_answers.append(login)
    add_city_article(qtbot, window)
    assert dialogs.errors == [
        "„eingefügter Text“ ist leer. Die Datei wurde nicht hinzugefügt.",
        "„login.html“ zeigt nur eine Anmelde- oder Cookie-Seite, nicht den Text selbst. Öffnen Sie die Seite im "
        "Browser, melden Sie sich an oder stimmen Sie zu, bis der Text zu sehen ist, und speichern oder kopieren Sie "
        "ihn dann. Die Datei wurde nicht hinzugefügt.",
        "„bild.htm“ ist keine Textdatei. Die Datei wurde nicht hinzugefügt.",
        "„login.html“ zeigt nur eine Anmelde- oder Cookie-Seite, nicht den Text selbst. Öffnen Sie die Seite im "
        "Browser, melden Sie sich an oder stimmen Sie zu, bis der Text zu sehen ist, und speichern oder kopieren Sie "
        "ihn dann. Die Datei wurde nicht hinzugefügt."]
    assert added_files(window) == [] and ranked_cities(window) == cities


def test_a_dropped_link_is_never_fetched(window, dialogs):
    data = QMimeData()
    data.setUrls([QUrl("https://example.com/kiel.html")])
    data.setText("https://example.com/kiel.html")
    drop(window, data)
    assert dialogs.offered_pastes == [] and dialogs.errors == []


def test_the_paste_box_shows_the_text_it_will_read(qtbot):
    dialog = PasteDialog("Stadtartikel einfügen", "Kopieren Sie den Artikel …", "Artikeltext hier einfügen")
    qtbot.addWidget(dialog)
    assert not dialog.add_button.isEnabled()
    data = QMimeData()
    data.setHtml(kiel_page())
    data.setText("Jobs Städte Wir verwenden Cookies …")
    dialog.box.insertFromMimeData(data)
    assert dialog.text() == KIEL.strip() and dialog.add_button.isEnabled()
    dialog.box.clear()
    assert not dialog.add_button.isEnabled()
    plain = QMimeData()
    plain.setText("Kundenservice in Kiel")
    dialog.box.insertFromMimeData(plain)
    assert dialog.text() == "Kundenservice in Kiel"
