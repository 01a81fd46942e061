"""CityFit's speed, measured in one run so that ratios are fair on a noisy machine.

    .venv/bin/python tests/benchmarks/run.py [startup] [ranking] [typing] [report] [ingestion] [matching] [memory]
                                                      (all of them by default; a few minutes)

Prints one table. Not part of the test suite: speed is reported here, not asserted in tests.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.synthetic import pay_spread, synthetic_articles, write_articles  # noqa: E402

ROWS: list[tuple[str, str, str]] = []


def report(what: str, value: str, note: str = "") -> None:
    ROWS.append((what, value, note))
    print(f"  {what:<58} {value:>14}  {note}", flush=True)


def median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_process(code: str, env: dict | None = None) -> float:
    """Seconds for a fresh interpreter to run `code`, with bytecode cached as in an installed CityFit."""
    environment = {**os.environ, **(env or {})}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=environment,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

TEXT_WINDOW = """
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
label = QLabel("CityFit")  # text: Qt loads the font database (fontconfig) to measure it
label.setAlignment(Qt.AlignmentFlag.AlignCenter)  # any Qt.* constant: PySide6 builds the namespace's 93 enums
window.setCentralWidget(label)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

CITYFIT_WINDOW = """
from app.gui.launch import build_main_window  # as `cityfit` starts: our modules first, Qt when the window needs it
window = build_main_window([])
window.show()
assert window.ranking is not None
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
QTimer.singleShot(0, QApplication.instance().quit)
QApplication.instance().exec()
"""


def startup(home: Path) -> None:
    print("Start-up (window shown, cities ranked, process ends), median of 11")
    env = {"CITYFIT_HOME": str(home)}
    run_process(CITYFIT_WINDOW, env)  # fill the article cache and the disk cache once
    bare, text, ours = [], [], []
    for _ in range(11):
        bare.append(run_process(BARE_WINDOW))
        text.append(run_process(TEXT_WINDOW))
        ours.append(run_process(CITYFIT_WINDOW, env))
    b, t, o = statistics.median(bare), statistics.median(text), statistics.median(ours)

    def ratio(times: list[float]) -> float:  # per round, then the median: a slow spell hits both sides of a round
        return statistics.median(x / y for x, y in zip(times, bare, strict=True))
    report("bare PySide6 QMainWindow", f"{b * 1000:.0f} ms")
    report("the same with one label (fonts loaded, Qt enums built)", f"{t * 1000:.0f} ms", f"ratio {ratio(text):.2f}")
    report("cityfit window with the 2 bundled cities", f"{o * 1000:.0f} ms",
           f"ratio {ratio(ours):.2f} (target ≤ 1.3)")


def city_profiles(count: int, vocabulary) -> list:
    """`count` cities: 200 distinct synthetic articles extracted, then repeated under new names."""
    from app.core.articles import Article
    from app.core.extract import extract

    distinct = [extract(Article(Path(name), text), vocabulary) for name, text in synthetic_articles(200)]
    return [replace(distinct[i % 200], city=f"Stadt {i:05d}", source=f"/bench/{i:05d}.txt") for i in range(count)]


def reranking(vocabulary) -> list:
    from app.core.profile_file import load_profile
    from app.core.ranking import Ranker

    print("Re-ranking after one edit (a skill added), engine only, median of 15")
    profile = load_profile(ROOT / "resources" / "examples" / "complaint-manager.cityfit")
    cities = city_profiles(10_000, vocabulary)
    targets = {2: "target < 5 ms", 1000: "target < 50 ms"}
    for count in (2, 100, 1000, 10_000):
        ranker = Ranker(cities[:count], vocabulary)
        ranker.rank(profile, explain=2)
        edits = iter(range(10**6))

        def one_edit(ranker=ranker, edits=edits):  # the values of this round, bound
            edited = profile.copy()
            edited.skills = profile.skills + [["Humor", "Datenschutz", "Geduld"][next(edits) % 3]]
            ranker.rank(edited, explain=2)
        seconds = median_seconds(one_edit, 15)
        report(f"{count:>6} cities", f"{seconds * 1000:.1f} ms", targets.get(count, ""))
    from app.core.advice import advise

    print("What-if advice (every suggestion re-scored), median of 3")
    for count in (2, 1000):
        seconds = median_seconds(lambda count=count: advise(cities[:count], profile, vocabulary), 3)
        report(f"{count:>6} cities", f"{seconds * 1000:.0f} ms", "on a worker thread from 100 cities")
    print(f"The same, pay spread over 500 amounts and a wish of {WISH} €, median of 3")
    spread, wishful = pay_spread(cities[:1000], 500), wishful_profile()
    for count in (2, 1000):
        seconds = median_seconds(lambda count=count: advise(spread[:count], wishful, vocabulary), 3)
        report(f"{count:>6} cities", f"{seconds * 1000:.0f} ms",
               f"amounts a pay tip could name: {len(lowered_wishes(spread[:count], wishful, vocabulary))}")
    return cities


WISH = 4500  # above most synthetic pay: a pay tip chooses among hundreds of amounts


def wishful_profile():
    from app.core.profile_file import load_profile

    profile = load_profile(ROOT / "resources" / "examples" / "complaint-manager.cityfit")
    profile.salary.desired = WISH
    return profile


def lowered_wishes(cities, profile, vocabulary) -> set[int]:
    from app.core.criteria.pay import best_band, counted_pay
    from app.core.view import CandidateView

    view = CandidateView.build(profile, vocabulary)
    pays = {counted_pay(band) for city in cities if (band := best_band(city, view))}
    return {pay for pay in pays if profile.salary.minimum <= pay < profile.salary.desired}


class EventLoopProbe:
    """A 5 ms timer in the window's thread: the longest gap between its ticks is the longest pause."""

    def __init__(self):
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock, self.gaps, self.last = QElapsedTimer(), [], 0
        self.clock.start()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(5)

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.gaps.append(now - self.last)
        self.last = now

    def longest(self) -> int:
        self.timer.stop()
        return max(self.gaps[1:])


def shown_window(cities, vocabulary, home: Path, dialogs=None):
    """The window over `cities` once it shows its first ranking (every criterion scored for every city)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core import paths
    from app.core.collector import spare_cities
    from app.core.library import CityLibrary
    from app.gui.main_window import MainWindow
    from app.gui.settings import Settings

    _app = QApplication.instance() or QApplication([])
    paths.init(home)
    spare_cities()  # as `cityfit` does once its cities are loaded
    window = MainWindow(CityLibrary(cities), vocabulary, Settings(), dialogs)
    window.show()
    while window.ranking is None:
        QTest.qWait(50)
    return window


def responsiveness(cities, vocabulary, home: Path) -> None:
    from PySide6.QtTest import QTest

    print("Typing in the window with 10,000 cities (ranking on a worker thread)")
    window = shown_window(cities, vocabulary, home)
    probe = EventLoopProbe()
    shown_before = window.ranking
    for letter in "Beschwerdemanagement":
        QTest.keyClicks(window.editor.skills.input, letter)
        QTest.qWait(60)  # a quick typist
    QTest.keyClick(window.editor.skills.input, "\r")
    typed_at = probe.clock.elapsed()
    deadline = time.monotonic() + 120
    while window.ranking is shown_before or window.document.edit_timer.isActive() or \
            "Beschwerdemanagement" not in window.ranked_profile.skills:
        if time.monotonic() > deadline:
            raise RuntimeError("the ranking for the typed skill never arrived")
        QTest.qWait(10)
    arrived = probe.clock.elapsed()
    report("longest pause of the event loop while typing and ranking", f"{probe.longest()} ms",
           "a 5 ms timer; > 100 ms would be felt")
    report("from the last key to the new ranking on screen", f"{arrived - typed_at} ms",
           f"incl. {250} ms pause that ends typing")
    window.document.undo_stack.setClean()  # no "save changes?" box at the end of a benchmark
    window.close()


def reports(cities, vocabulary, work: Path) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.core.engine import Engine
    from app.gui.actions import Act
    from app.report_file import export_report
    from tests.gui_helpers import ScriptedDialogs

    _app = QApplication.instance() or QApplication([])  # first: a PDF alone would make a QGuiApplication
    print(f"Report export, pay spread over 500 amounts and a wish of {WISH} €, one run each")
    spread, wishful = pay_spread(cities, 500), wishful_profile()
    for count in (1000, 10_000):
        for suffix in (".html", ".pdf"):
            seconds = median_seconds(
                lambda suffix=suffix, count=count: export_report(work / f"report{suffix}",
                                                                 Engine(spread[:count], vocabulary), wishful, "de"), 1)
            report(f"{count:>6} cities, {suffix[1:].upper()} (engine)", f"{seconds:.1f} s")
    dialogs = ScriptedDialogs()
    window = shown_window(spread, vocabulary, work / "report-home", dialogs)
    window.editor.set_profile(wishful)
    window.document.flush()
    while window.ranked_profile != wishful:  # the window's own ranking first: the pauses measured are the export's
        QTest.qWait(10)
    dialogs.report_answers.append(work / "window.pdf")
    probe = EventLoopProbe()
    window.menu_actions[Act.EXPORT_REPORT].trigger()
    while window.city_files.report_export.job is not None:
        QTest.qWait(10)
    seconds = probe.clock.elapsed() / 1000
    report(f"{len(spread):>6} cities, PDF from the window: longest event-loop pause", f"{probe.longest()} ms",
           f"{seconds:.1f} s in all, on a worker thread")
    window.document.undo_stack.setClean()
    window.close()


def ingestion(vocabulary, work: Path) -> None:
    from app.core.cache import ArticleCache
    from app.core.library import load_cities

    print("Reading articles (engine)")
    folder = write_articles(work / "articles-1000", 1000)
    cache = ArticleCache(work / "cache")
    start = time.perf_counter()
    load_cities(folder, vocabulary, cache)
    cold = time.perf_counter() - start
    warm = median_seconds(lambda: load_cities(folder, vocabulary, cache), 3)
    report("1,000 articles, cold (extracted)", f"{cold:.2f} s", f"{cold:.1f} ms each")
    report("1,000 articles, warm (from the cache)", f"{warm * 1000:.0f} ms", f"{cold / warm:.0f}× faster")
    snapshot_rows(folder, cache, vocabulary)
    print("One 108 KB sentence with 6,000 amounts (6,000 pay bands quoting it)")
    one = work / "one-sentence"
    one.mkdir()
    amounts = "Kundenservice Jobs in Teststadt\n" + "bis 2.400 € und " * 6000
    (one / "amounts.txt").write_text(amounts, encoding="utf-8")
    start = time.perf_counter()
    load_cities(one, vocabulary, cache)
    report("cold (extracted)", f"{time.perf_counter() - start:.2f} s")
    snapshot_rows(one, cache, vocabulary)

    print("Command line over 2 and 1,000 articles (warm cache), 15 rounds, each running both")
    two = write_articles(work / "articles-2", 2)
    profile = ROOT / "resources" / "examples" / "complaint-manager.cityfit"
    env = {"CITYFIT_HOME": str(work / "home"), "PYTHONPATH": str(ROOT)}
    time.sleep(2)  # older than the snapshot's "just changed" window, as articles on a disk are
    for command in (["cities"], ["rank", str(profile)]):
        codes = [f"import sys; from app.cli import main; sys.exit(main({[*command, '--seeds', str(seeds)]!r}))"
                 for seeds in (two, folder)]
        for code in codes:
            run_process(code, env)  # warm the cache
        rounds = [(run_process(codes[0], env), run_process(codes[1], env)) for _ in range(15)]
        small, large = (statistics.median(times) for times in zip(*rounds, strict=True))
        ratio = statistics.median(many / few for few, many in rounds)
        report(f"cityfit {command[0]}: 2 → 1,000 articles", f"{small * 1000:.0f} → {large * 1000:.0f} ms",
               f"ratio {ratio:.2f} (target ≤ 1.5)")


def snapshot_rows(folder: Path, cache, vocabulary) -> None:
    """The folder snapshot's size and a warm load from it, with articles older than its "just changed" window."""
    from app.core.library import load_cities

    an_hour_ago = time.time() - 3600
    for article in folder.glob("*.txt"):
        os.utime(article, (an_hour_ago, an_hour_ago))
    load_cities(folder, vocabulary, cache)  # the snapshot now holds every article
    warm = median_seconds(lambda: load_cities(folder, vocabulary, cache), 5)
    size = cache.snapshot(folder).path.stat().st_size
    articles = sum(article.stat().st_size for article in folder.glob("*.txt"))
    report("folder snapshot on disk", f"{size / 1e6:.2f} MB", f"articles {articles / 1e6:.2f} MB")
    report("warm load from the snapshot", f"{warm * 1000:.0f} ms", "median of 5")


def extraction(vocabulary) -> None:
    import importlib.metadata as metadata

    from app.core.articles import Article, read_article
    from app.core.extract import extract

    print("Extracting one article (lemmas, scope, pay), median of 5 per article")
    load = run_process("from app.core.lemmas import lemma; lemma('Versicherungen')")
    bare = run_process("import app.core.lemmas")
    report("lemmatizer's German dictionary, loaded once per process", f"{(load - bare) * 1000:.0f} ms",
           "only when an article has to be read")
    for name, folder in (("the two seeds", ROOT / "seeds"), ("the corpus articles", ROOT / "tests" / "corpus")):
        articles = [read_article(path) for path in sorted(folder.glob("*.txt"))]
        times = [median_seconds(lambda a=article: extract(a, vocabulary), 5) for article in articles]
        report(f"{name}, per article", f"{statistics.median(times) * 1000:.1f} ms",
               f"slowest {max(times) * 1000:.1f} ms")

    print("Adversarial text, one article each (extraction must stay linear)")
    title = "Kundenservice Jobs und Stellenangebote in Teststadt\n"
    for name, body in (("40,000 dots", "." * 40_000), ("400,000 dots", "." * 400_000),
                       ("one 260 KB word", "Schichtdienst" * 20_000),
                       ("200,000 words without punctuation", " ".join(["Wort"] * 200_000))):
        seconds = median_seconds(lambda b=body: extract(Article(Path("x.txt"), title + b), vocabulary), 1)
        report(name, f"{seconds:.2f} s")
    from tests.test_linear_growth import PIECES  # the fuzz test's pieces: one place for what is adversarial

    mixed = " ".join(make(4000) for make in PIECES.values()) + "\n"
    for megabytes in (0.5, 2):
        body = mixed * round(megabytes * 1e6 / len(mixed.encode()))
        seconds = median_seconds(lambda b=body: extract(Article(Path("x.txt"), title + b), vocabulary), 1)
        report(f"{megabytes:g} MB of every adversarial piece, mixed", f"{seconds:.1f} s",
               "2 MB is the article limit")

    def installed(distribution: str) -> float:
        files = metadata.distribution(distribution).files or []
        return sum((f.locate().stat().st_size for f in files if f.locate().exists()), 0) / 1e6

    others = sum(installed(d) for d in ("PySide6_Essentials", "shiboken6", "RapidFuzz", "platformdirs"))
    lemmatizer = installed("simplemma")
    report("installed dependencies without / with simplemma", f"{others:.0f} / {others + lemmatizer:.0f} MB",
           f"simplemma {lemmatizer:.1f} MB")


FIRST_TYPO = """
import sys, time
sys.path.insert(0, {root!r})
from app.core.vocabulary import load_vocabulary
vocabulary = load_vocabulary()
start = time.perf_counter()
vocabulary.match("Beschwerdemanagment")
print(time.perf_counter() - start)
"""


def matching(vocabulary) -> None:
    print("Matching typed skills against the vocabulary")
    typed = [word[:-1] + "x" if i % 3 == 0 else word for i, word in enumerate(
        ["Beschwerdemanagment", "Kommunikation", "Geduld", "Empathie", "Teamfaehigkeit", "Englisch", "Kochen",
         "complaint handling", "Datenschutz", "Humor"] * 10)]
    seconds = median_seconds(lambda: vocabulary.match_many(typed), 20)
    report("100 typed skills: exact look-up, then one extractOne each", f"{seconds * 1000:.2f} ms",
           f"median of 20, {len(vocabulary._names)} names")
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    first = statistics.median(float(subprocess.run(
        [sys.executable, "-c", FIRST_TYPO.format(root=str(ROOT))], capture_output=True, text=True, check=True,
        cwd=ROOT, env=environment).stdout) for _ in range(7))
    report("the first typo of a process (imports rapidfuzz)", f"{first * 1000:.1f} ms", "median of 7")


MEMORY = """
import resource, sys
sys.path.insert(0, {root!r})
from tests.benchmarks.run import city_profiles
from app.core.vocabulary import load_vocabulary
from app.core.profile_file import load_profile
from app.core.ranking import Ranker
vocabulary = load_vocabulary()
cities = city_profiles(10_000, vocabulary)
Ranker(cities, vocabulary).rank(load_profile({profile!r}), explain=2)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def memory() -> None:
    print("Peak memory")
    code = MEMORY.format(root=str(ROOT), profile=str(ROOT / "resources" / "examples" / "complaint-manager.cityfit"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    report("10,000 city profiles extracted and ranked (max RSS)", f"{int(out.stdout.split()[-1]) / 1024:.0f} MB")


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    import PySide6
    return (f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, PySide6 {PySide6.__version__}, "
            f"{platform.system()} {platform.release()}")


def jobs(vocabulary) -> None:
    """Reading one ad of the corpus, and ranking 1,000 saved ads again after one profile edit."""
    from app.core.job_ad import read_job
    from app.core.job_match import rank_jobs
    from app.core.job_store import normalised_text
    from app.core.profile_file import load_profile
    from app.core.ranking import Ranker

    texts = [normalised_text(path.read_text(encoding="utf-8"))
             for path in sorted((ROOT / "tests" / "jobs").glob("[0-9]*.txt"))]
    print(f"Job ads: reading one ({len(texts)} corpus ads in turn), median of {len(texts)}")
    turns = iter(range(10**6))
    seconds = median_seconds(lambda: read_job(texts[next(turns) % len(texts)], "ad.txt", vocabulary, []), len(texts))
    report("reading one ad (extraction, pay, requirements)", f"{seconds * 1000:.1f} ms")
    ads = [read_job(texts[i % len(texts)], f"ad-{i}.txt", vocabulary, []) for i in range(1000)]
    profile = load_profile(ROOT / "resources" / "examples" / "complaint-manager.cityfit")
    ranker = Ranker([ad.profile for ad in ads], vocabulary)
    rank_jobs(ads, profile, vocabulary, "de", ranker, explain=0)
    edits = iter(range(10**6))

    def one_edit():
        edited = profile.copy()
        edited.skills = profile.skills + [["Humor", "Datenschutz", "Geduld"][next(edits) % 3]]
        rank_jobs(ads, edited, vocabulary, "de", ranker, explain=0)
    seconds = median_seconds(one_edit, 15)
    report("re-ranking 1,000 saved ads after one edit", f"{seconds * 1000:.1f} ms", "target < 50 ms (as 1000 cities)")


def main() -> None:
    from app.core.vocabulary import load_vocabulary

    chosen = set(sys.argv[1:]) or {"startup", "ranking", "typing", "report", "ingestion", "extraction", "matching",
                                   "jobs", "memory"}
    print("Machine:", machine())
    vocabulary = load_vocabulary()
    with tempfile.TemporaryDirectory(prefix="cityfit-bench-") as work:
        work = Path(work)
        if "startup" in chosen:
            startup(work / "startup-home")
        cities = None
        if chosen & {"ranking", "typing"}:
            cities = reranking(vocabulary)
            if "typing" in chosen:
                responsiveness(cities, vocabulary, work / "gui-home")
        if "report" in chosen:
            reports(cities or city_profiles(10_000, vocabulary), vocabulary, work)
        if "ingestion" in chosen:
            ingestion(vocabulary, work)
        if "extraction" in chosen:
            extraction(vocabulary)
        if "matching" in chosen:
            matching(vocabulary)
        if "jobs" in chosen:
            jobs(vocabulary)
        if "memory" in chosen:
            memory()


if __name__ == "__main__":
    main()
