"""Regenerates the README's screenshot from the real main window:
    .venv/bin/python tests/tools/screenshot.py [OUTPUT.png] [--lang en] [--tips | --chart] [--city NAME]
        [--profile FILE.cityfit] [--jobs]

--tips shows the Tipps tab (resources/screenshots/tips.png in the README), --chart the Gehaltsvergleich tab,
--jobs the Stellen tab with four ads of tests/jobs saved (resources/screenshots/jobs.png);
--city selects that city in the ranking (its explanation shows under Warum).
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    valued = {"--lang", "--city", "--profile"}
    args = [a for i, a in enumerate(sys.argv[1:], 1) if not a.startswith("--") and sys.argv[i - 1] not in valued]
    output = Path(args[0]) if args else ROOT / "resources" / "screenshots" / "main-window.png"
    app = QApplication([])
    os.environ["CITYFIT_HOME"] = tempfile.mkdtemp(prefix="cityfit-shot-")  # never the user's own settings
    from app.gui.launch import build_main_window

    profile = option("--profile") or str(ROOT / "resources" / "examples" / "entry-level-polish.cityfit")
    if "--jobs" in sys.argv:
        save_example_ads()
    window = build_main_window([profile])
    if option("--lang"):
        window.set_language(option("--lang"))
    if "--tips" in sys.argv:
        window.tabs.setCurrentWidget(window.advice)
    if "--chart" in sys.argv:
        window.tabs.setCurrentIndex(1)
    if "--jobs" in sys.argv:
        window.tabs.setCurrentWidget(window.jobs_panel)
    if option("--city"):
        names = [city.city for city in window.ranking.cities]
        window.ranking_list.setCurrentIndex(window.model.index(names.index(option("--city"))))
    window.resize(1280, 800)
    window.show()
    QTest.qWait(500)  # let wrapped layouts settle
    window.grab().save(str(output))
    print(output)
    app.quit()


def save_example_ads() -> None:
    """Four ads of the corpus in the (temporary) user folder, as `cityfit add-job` saves them."""
    from app.core import paths
    from app.core.engine import load_job_shelf, load_library
    from app.core.job_store import read_job_file, read_offered_job, save_job

    paths.init()
    library, vocabulary = load_library()
    shelf = load_job_shelf(library, vocabulary)
    known = [city.city for city in library.cities]
    for name, city in (("01_portal_energie-inbound.txt", None), ("09_classified_callcenter-rostock.txt", None),
                       ("11_classified_hotline-ohne-ort.txt", "Magdeburg"), ("21_english_support-berlin.txt", None)):
        path = ROOT / "tests" / "jobs" / name
        ad = read_offered_job(name, read_job_file(path), vocabulary, known, shelf)
        ad.city = ad.city or city
        save_job(ad, str(path), shelf)


def option(name: str) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None


if __name__ == "__main__":
    main()
