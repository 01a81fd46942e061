"""The report, as PDF and as one self-contained HTML file, from the command line and from the window."""

import errno
import shutil
import subprocess
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from app.core import atomic
from app.core.library import CityLibrary
from app.gui.actions import Act
from tests.conftest import EXAMPLES, KIEL, SEEDS, article_folder, cityfit, write_profile
from tests.gui_helpers import ScriptedDialogs, make_window

pytestmark = pytest.mark.usefixtures("user_folders")



def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def three_cities(tmp_path):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "kiel.txt").write_text(KIEL, encoding="utf-8")
    return folder


class ExternalReferences(HTMLParser):
    """Everything in a page that would load something from outside it."""

    def __init__(self):
        super().__init__()
        self.found, self.text = [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "link", "img", "iframe", "object", "embed", "video", "audio", "source"):
            self.found.append(tag)
        self.found += [f"{name}={value}" for name, value in attrs
                       if name in ("src", "href", "srcset", "data", "action", "poster") or
                       value and "url(" in value]

    def handle_data(self, data):
        self.text.append(data)


def test_the_pdf_names_every_city_with_reasons_and_advice(tmp_path, three_cities):
    target = tmp_path / "bericht.pdf"
    run = cityfit("report", EXAMPLES / "entry-level-polish.cityfit", "-o", target, "--seeds", three_cities)
    assert run.returncode == 0, run.stderr
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    for city in ("Magdeburg", "Hagen", "Kiel"):
        assert city in text
    for words in ("CityFit-Bericht für Lena Nowak", "Rangliste", "Gehälter im Vergleich", "ab und zu in Kauf nehmen",
                  "Quelle: customer-service-magdeburg.txt", "bleibt vorn"):
        assert words in text


def test_the_html_report_is_one_self_contained_file(tmp_path, three_cities):
    target = tmp_path / "report.html"
    run = cityfit("report", EXAMPLES / "complaint-manager.cityfit", "-o", target, "--seeds", three_cities,
                  "--lang", "en")
    assert run.returncode == 0, run.stderr
    page = target.read_text(encoding="utf-8")
    parser = ExternalReferences()
    parser.feed(page)
    assert parser.found == []
    assert "@import" not in page and "url(" not in page and "http" not in page
    text = " ".join(parser.text)
    for words in ("Magdeburg", "Hagen", "Kiel", "CityFit report for", "Pay compared", "What would improve",
                  "Fachkräfte mit Zusatzqualifikationen"):
        assert words in text


def test_markup_in_the_profile_stays_text_in_the_report(tmp_path):
    profile = write_profile(tmp_path, name="<script>alert(1)</script>", skills=["<b>Empathie</b>"])
    target = tmp_path / "r.html"
    assert cityfit("report", profile, "-o", target).returncode == 0
    page = target.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("name, words", [("report.docx", ".pdf oder .html"),
                                         ("missing/report.pdf", "nicht gespeichert")])
def test_a_report_that_cannot_be_written_gets_one_line(tmp_path, name, words):
    run = cityfit("report", EXAMPLES / "empty.cityfit", "-o", tmp_path / name)
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and words in run.stderr
    assert "Traceback" not in run.stderr and not list(tmp_path.rglob("report*"))


def export(qtbot, window, dialogs, target) -> None:
    """File → Export Report… to `target`, then wait until the worker thread is done."""
    dialogs.report_answers.append(target)
    window.menu_actions[Act.EXPORT_REPORT].trigger()
    qtbot.waitUntil(lambda: window.city_files.report_export.job is None, timeout=120_000)
    assert window.menu_actions[Act.EXPORT_REPORT].isEnabled() and window.city_files.report_export.progress is None


def test_export_from_the_file_menu(qtbot, tmp_path, vocabulary):
    dialogs = ScriptedDialogs()
    window = make_window(qtbot, tmp_path / "home", vocabulary, dialogs)
    window.document.open_without_asking(EXAMPLES / "complaint-manager.cityfit")
    target = tmp_path / "export.pdf"
    export(qtbot, window, dialogs, target)
    assert not dialogs.errors and window.statusBar().currentMessage() == f"Bericht gespeichert: {target}"
    text = pdf_text(target)
    assert "Hagen" in text and "Magdeburg" in text and "Murat" in text
    export(qtbot, window, dialogs, tmp_path / "nowhere" / "export.html")
    assert len(dialogs.errors) == 1 and "export.html" in dialogs.errors[0]


@pytest.fixture
def many_cities(seed_cities):
    """600 cities: the two seed articles under many names."""
    seeds = list(seed_cities.values())
    return CityLibrary([replace(seeds[i % 2], city=f"Stadt {i:03d}", source=f"/many/stadt-{i:03d}.txt")
                        for i in range(600)])


def test_a_large_export_runs_beside_the_window(qtbot, tmp_path, vocabulary, many_cities):
    dialogs = ScriptedDialogs()
    window = make_window(qtbot, tmp_path / "home", vocabulary, dialogs, library=many_cities)
    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")
    target = tmp_path / "bericht.pdf"
    dialogs.report_answers.append(target)
    window.menu_actions[Act.EXPORT_REPORT].trigger()
    assert window.city_files.report_export.job.isRunning() and not target.exists()  # the menu entry returned at once
    assert not window.menu_actions[Act.EXPORT_REPORT].isEnabled()  # one export at a time
    while_running = []
    ticks = QTimer()
    ticks.timeout.connect(lambda: while_running.append(window.city_files.report_export.job is not None))
    ticks.start(0)  # fires whenever the window's event loop turns
    qtbot.waitUntil(lambda: window.city_files.report_export.job is None, timeout=120_000)
    ticks.stop()
    assert any(while_running)  # the window handled events while the report was being made
    assert not dialogs.errors and window.menu_actions[Act.EXPORT_REPORT].isEnabled()
    text = pdf_text(target)
    assert "Stadt 000" in text and "Stadt 599" in text and "Lena Nowak" in text


def test_a_cancelled_export_writes_nothing(qtbot, tmp_path, vocabulary, many_cities):
    dialogs = ScriptedDialogs()
    window = make_window(qtbot, tmp_path / "home", vocabulary, dialogs, library=many_cities)
    target = tmp_path / "bericht.pdf"
    dialogs.report_answers.append(target)
    window.menu_actions[Act.EXPORT_REPORT].trigger()
    window.city_files.report_export.progress.findChild(QPushButton).click()  # "Abbrechen", shown or not yet
    qtbot.waitUntil(lambda: window.city_files.report_export.job is None, timeout=120_000)
    assert not list(tmp_path.glob("*bericht*")) and not dialogs.errors
    assert window.statusBar().currentMessage() == "Export abgebrochen; es wurde keine Datei geschrieben."


def test_an_export_onto_a_read_only_disk_gives_one_message(qtbot, tmp_path, vocabulary, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr(atomic.os, "open", read_only)  # simulated, as in test_gui_safety: the disk is not CityFit
    dialogs = ScriptedDialogs()
    window = make_window(qtbot, tmp_path / "home", vocabulary, dialogs)
    export(qtbot, window, dialogs, tmp_path / "bericht.pdf")
    assert len(dialogs.errors) == 1 and "„bericht.pdf“" in dialogs.errors[0] and "schreibgeschützt" in dialogs.errors[0]
    assert not list(tmp_path.glob("*bericht*"))


def test_closing_the_window_during_an_export_stops_it_first(qtbot, tmp_path, vocabulary, many_cities):
    dialogs = ScriptedDialogs()
    window = make_window(qtbot, tmp_path / "home", vocabulary, dialogs, library=many_cities)
    dialogs.report_answers.append(tmp_path / "bericht.pdf")
    window.menu_actions[Act.EXPORT_REPORT].trigger()
    job = window.city_files.report_export.job
    assert window.close()
    assert job.isFinished() and not (tmp_path / "bericht.pdf").exists()


def test_cities_side_by_side(qtbot, tmp_path, vocabulary):
    window = make_window(qtbot, tmp_path / "home", vocabulary)
    window.document.open_without_asking(EXAMPLES / "entry-level-polish.cityfit")
    window.menu_actions[Act.COMPARE].trigger()
    dialog = window.compare_dialog
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Magdeburg", "Hagen"]
    assert table.verticalHeaderItem(1).text() == "Gehalt" and table.rowCount() == 8
    tips = [table.item(r, 0).toolTip() for r in range(table.rowCount())]  # the quotes, behind each cell
    assert any("» Im Magdeburger Customer Service" in tip for tip in tips)
    dialog.choice.item(1).setCheckState(dialog.choice.item(1).checkState().Unchecked)
    assert table.columnCount() == 1


def test_the_report_lists_what_an_article_only_speculates_about(tmp_path):
    folder = article_folder(tmp_path / "articles", vermutstadt=(
        "Customer Service Jobs und Stellenangebote in Vermutstadt\n"
        "Gefragt ist vor allem Englisch.\nVielleicht wird irgendwann auch Chinesisch wichtig.\n"))
    target = tmp_path / "bericht.html"
    run = cityfit("report", EXAMPLES / "complaint-manager.cityfit", "-o", target, "--seeds", folder)
    assert run.returncode == 0, run.stderr
    parser = ExternalReferences()
    parser.feed(target.read_text(encoding="utf-8"))
    text = " ".join(parser.text)
    assert "Nur vermutet – zählt nicht" in text and "Vielleicht wird irgendwann auch Chinesisch wichtig." in text


def test_one_article_and_one_more_city_are_said_in_the_singular():
    from app.core.messages import say

    assert say("report_made", "de", date="30.11.2026", count=1) == "Erstellt am 30.11.2026 aus einem Artikel."
    assert say("report_made", "en", date="2026-11-30", count=1) == "Made on 2026-11-30 from one article."
    assert say("report_made", "de", date="30.11.2026", count=3) == "Erstellt am 30.11.2026 aus 3 Artikeln."
    assert say("report_more_cities", "de", count=1, shown=10).startswith("Eine weitere Stadt steht")


def test_the_profile_section_says_what_was_chosen_and_understood(vocabulary, seed_cities):
    from app.core.candidate import CandidateProfile, Preferences
    from app.core.engine import Engine
    from app.core.report import build_report

    profile = CandidateProfile(name="Ada", skills=["Beschwerdemanagment", "Ikebana"],
                               preferences=Preferences(shift_work="no", weekend_work="sometimes", night_work="ok",
                                                       industries=["Logistk"]))
    html = build_report(Engine(list(seed_cities.values()), vocabulary), profile, "de")
    section = html.split("<h2>", 2)[1]
    assert "Schichtarbeit: kommt nicht infrage" in section and "Wochenendarbeit: nur ab und zu" in section
    assert "Nachtarbeit: in Ordnung" in section and "✓" not in section
    assert "Beschwerdemanagement" in section and "Beschwerdemanagment" not in section
    assert "Ikebana (nicht erkannt)" in section and "Logistik" in section


def test_the_pdf_has_a_title_page_numbers_and_an_axis(tmp_path):
    target = tmp_path / "bericht.pdf"
    run = cityfit("report", EXAMPLES / "complaint-manager.cityfit", "-o", target)
    assert run.returncode == 0, run.stderr
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "CityFit-Bericht für Murat Yilmaz" in info
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    feet = [page.strip().splitlines()[-1].strip() for page in text.split("\f") if page.strip()]
    assert feet == [str(number) for number in range(1, pages + 1)]
    text = text.replace("\u00a0", " ")  # pdftotext writes a no-break space as a space
    assert "2.500 €" in text and "Ihr Minimum 3.300 € ▲" in text and "Ihr Wunsch 3.500 € ◆" in text


def test_the_report_draws_each_score_in_the_windows_colour(qtbot, vocabulary, seed_cities):
    import re

    from PySide6.QtGui import QColor, QPalette

    from app.core.candidate import CandidateProfile
    from app.core.engine import Engine
    from app.core.report import build_report
    from app.gui.ranking_delegate import score_color

    engine = Engine(list(seed_cities.values()), vocabulary)
    profile = CandidateProfile(experience_years=2, skills=["Beschwerdemanagement"])
    html = build_report(engine, profile, "de")
    ranking_table = html.split("<h2>")[2]
    drawn = re.findall(r"<td width='(\d+)%' height='9' bgcolor='(#[0-9a-f]{6})'>", ranking_table)
    scores = [city.score for city in engine.rank(profile, "de").cities]
    light = QPalette(QColor("white"))
    assert [colour for _, colour in drawn] == [score_color(light, score).name() for score in scores]
    assert all(int(width) >= 1 for width, _ in drawn)


def test_a_score_of_nought_is_a_mark_never_an_empty_track():
    from app.core.bars import bar_units, text_bar

    assert bar_units(0, 100) == 1 and bar_units(100, 100) == 100 and bar_units(50, 200) == 100
    assert text_bar(0, 10) == ("█", "░" * 9) and text_bar(100, 10) == ("█" * 10, "")
