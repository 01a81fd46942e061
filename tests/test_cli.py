"""The command line end to end, as a user runs it: real processes, real files."""

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, SEEDS, article_folder, cityfit, fresh_python, write_profile

pytestmark = pytest.mark.usefixtures("user_folders")


def test_cities_json_has_the_documented_keys_and_exact_quotes():
    run = cityfit("cities", "--json")
    assert run.returncode == 0, run.stderr
    cities = json.loads(run.stdout)["cities"]
    assert sorted(c["city"] for c in cities) == ["Hagen", "Magdeburg"]
    for city in cities:
        text = Path(city["source"]).read_text(encoding="utf-8")
        for band in city["salary_bands"]:
            assert {"min_eur", "max_eur", "applies_to", "estimate", "quote", "start", "end"} <= band.keys()
            assert text[band["start"]:band["end"]] == band["quote"]
        for fact in city["facts"]:
            assert {"category", "concept", "label", "quote", "start", "end"} <= fact.keys()
            assert text[fact["start"]:fact["end"]] == fact["quote"]
    magdeburg = next(c for c in cities if c["city"] == "Magdeburg")
    assert [b["estimate"] for b in magdeburg["salary_bands"]] == [False, False, True]


def test_cities_text_output_in_both_languages():
    german, english = cityfit("cities"), cityfit("cities", "--lang", "en")
    assert "2.100–2.400\u00a0€ für Einsteiger" in german.stdout
    assert "€2,100–2,400 for beginners" in english.stdout


def test_rank_json_has_the_documented_keys():
    run = cityfit("rank", EXAMPLES / "entry-level-polish.cityfit", "--json", "--lang", "en")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert [c["city"] for c in result["ranking"]] == ["Magdeburg", "Hagen"]
    assert result["decisive"].startswith("Magdeburg leads Hagen")
    for city in result["ranking"]:
        assert 0 <= city["score"] <= 100
        assert {c["criterion"] for c in city["criteria"]} == {
            "salary", "languages", "skills", "industries", "conditions", "training", "channels"}
        for criterion in city["criteria"]:
            assert {"criterion", "score", "weight", "explanation", "evidence"} <= criterion.keys()
            for evidence in criterion["evidence"]:
                assert {"quote", "source", "start", "end"} <= evidence.keys()


def test_rank_text_output_shows_bars_quotes_and_the_decision():
    run = cityfit("rank", EXAMPLES / "complaint-manager.cityfit")
    assert run.returncode == 0
    assert run.stdout.startswith("Rangliste für Murat Yilmaz")
    assert "1. Hagen" in run.stdout and "█" in run.stdout and "» Fachkräfte mit Zusatzqualifikationen" in run.stdout
    assert run.stdout.rstrip().splitlines()[-2].startswith("Hagen liegt")
    assert run.stdout.rstrip().splitlines()[-1].startswith("Platz 1 ist fest")


@pytest.mark.parametrize("make, words", [
    (lambda tmp: tmp / "missing.cityfit", "gibt es nicht"),
    (lambda tmp: write_profile(tmp, skills="oops"), "„skills“ wird eine Liste"),
    (lambda tmp: (tmp / "e.cityfit").write_bytes(b"") or tmp / "e.cityfit", "leer"),
])
@pytest.mark.parametrize("command", ["rank", "advise"])
def test_profile_errors_are_one_line_without_traceback(tmp_path, make, words, command):
    run = cityfit(command, make(tmp_path))
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1 and words in run.stderr and "Traceback" not in run.stderr


def test_missing_or_empty_seeds_folder(tmp_path):
    run = cityfit("cities", "--seeds", tmp_path / "nowhere")
    assert run.returncode == 2 and "gibt es nicht" in run.stderr
    run = cityfit("cities", "--seeds", tmp_path, "--lang", "en", "--json")
    assert run.returncode == 0 and "no articles" in run.stderr and "Traceback" not in run.stderr
    assert json.loads(run.stdout) == {"cities": []}


def test_bad_articles_are_skipped_with_a_warning(tmp_path):
    shutil.copy(SEEDS / "customer-service-hagen.txt", tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "cp1252.txt").write_bytes("Customer Service Jobs und Stellenangebote in Lünen\n"
                                          "Einsteiger verdienen 2.300 €.".encode("cp1252"))
    run = cityfit("cities", "--json", "--seeds", tmp_path)
    assert run.returncode == 0
    assert sorted(c["city"] for c in json.loads(run.stdout)["cities"]) == ["Hagen", "Lünen"]
    assert "„empty.txt“ ist leer" in run.stderr and "„image.txt“ ist keine Textdatei" in run.stderr


def test_command_line_never_loads_qt():
    script = ("import sys; from app.cli import main; main(['cities', '--json']); "
              "main(['rank', sys.argv[1], '--json']); sys.stderr.write(str('PySide6' in sys.modules))")
    run = fresh_python(script, EXAMPLES / "empty.cityfit")
    assert run.returncode == 0 and run.stderr.endswith("False")


def test_engine_imports_without_pyside6():
    script = ("import sys, pkgutil, importlib; sys.modules['PySide6'] = None; import app.core, app.cli, app.cli_text; "
              "[importlib.import_module('app.core.' + m.name) for m in pkgutil.iter_modules(app.core.__path__)]; "
              "print('ok')")
    run = fresh_python(script)
    assert run.stdout.strip() == "ok", run.stderr


def test_rank_explains_only_the_top_places_in_text(tmp_path):
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, tmp_path)
    (tmp_path / "kiel.txt").write_text("Customer Service Jobs und Stellenangebote in Kiel\n"
                                       "Einsteiger verdienen 2.000 €.\n", encoding="utf-8")
    run = cityfit("rank", EXAMPLES / "complaint-manager.cityfit", "--seeds", tmp_path, "--top", "1")
    assert run.returncode == 0, run.stderr
    places = [line for line in run.stdout.splitlines() if line[:2] in ("1.", "2.", "3.")]
    assert [p.split()[1] for p in places] == ["Hagen", "Magdeburg", "Kiel"]
    assert run.stdout.count("   Gehalt") == 1  # only first place has its criteria listed
    full = cityfit("rank", EXAMPLES / "complaint-manager.cityfit", "--seeds", tmp_path, "--top", "0")
    assert full.stdout.count("   Gehalt") == 3


def test_advise_json_lists_measured_changes_best_first():
    run = cityfit("advise", EXAMPLES / "entry-level-polish.cityfit", "--json")
    assert run.returncode == 0, run.stderr
    suggestions = json.loads(run.stdout)["suggestions"]
    assert suggestions
    for suggestion in suggestions:
        assert set(suggestion) == {"change", "profile_patch", "deltas"}
        assert set(suggestion["deltas"]) == {"Hagen", "Magdeburg"} and suggestion["profile_patch"]
    assert "Schichtarbeit ab und zu in Kauf nehmen" in [s["change"] for s in suggestions]


def test_advise_text_in_both_languages():
    german = cityfit("advise", EXAMPLES / "entry-level-polish.cityfit")
    english = cityfit("advise", EXAMPLES / "entry-level-polish.cityfit", "--lang", "en", "--seeds", SEEDS)
    assert german.returncode == english.returncode == 0
    assert "Punkte je Stadt" in german.stdout and "Schichtarbeit ab und zu in Kauf nehmen" in german.stdout
    assert "Points per city" in english.stdout and "Accept shift work now and then" in english.stdout


def test_rank_says_how_firm_first_place_is():
    run = cityfit("rank", EXAMPLES / "complaint-manager.cityfit", "--lang", "en")
    assert "First place is firm" in run.stdout


def test_control_characters_in_a_name_are_shown_as_escapes_not_obeyed(tmp_path):
    path = write_profile(tmp_path, "esc.cityfit", name="Evil\x1b[2J\x1b]0;hacked\x07")
    run = cityfit("rank", path)
    assert run.returncode == 0, run.stderr
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout
    assert "Evil\\x1b[2J\\x1b]0;hacked\\x07" in run.stdout.splitlines()[0]


@pytest.mark.parametrize("command", ["rank", "advise"])
def test_half_a_character_in_a_profile_is_refused_with_the_field_named(tmp_path, command):
    path = tmp_path / "sur.cityfit"
    path.write_text(json.dumps({**json.loads(write_profile(tmp_path).read_text()), "name": "Sur\ud800rogate"}),
                    encoding="utf-8")
    run = cityfit(command, path)
    assert run.returncode == 2 and run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1
    assert "„name“" in run.stderr and "halbes Unicode-Zeichen" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.parametrize("arguments", [("rnak", "profile.cityfit"), ("rnak",), ("profil.txt",)])
def test_a_mistyped_command_gets_the_usage_message_not_the_window(arguments):
    run = cityfit(*arguments)
    assert run.returncode == 2 and "usage: cityfit" in run.stderr


def test_only_a_profile_opens_the_window():
    from app.cli import _opens_in_window

    assert _opens_in_window([str(EXAMPLES / "complaint-manager.cityfit")])
    assert _opens_in_window(["not-yet-there.cityfit"])  # the window then says the file is missing
    assert not _opens_in_window(["rank"]) and not _opens_in_window(["rnak"])


def test_what_an_article_rules_out_is_something_it_says(tmp_path):
    folder = article_folder(tmp_path / "articles", teststadt=(
        "Kundenservice Jobs und Stellenangebote in Teststadt\nEinsteiger verdienen 2.400 Euro.\n"
        "Dafür sind die Arbeitszeiten angenehm: Gleitzeit, kein Schichtbetrieb, die Wochenenden sind frei.\n"))
    german, english = cityfit("cities", "--seeds", folder), cityfit("cities", "--seeds", folder, "--lang", "en")
    assert "Arbeitsbedingungen: Schichtarbeit ausgeschlossen" in german.stdout
    assert "nichts über" in german.stdout and "Arbeitsbedingungen" not in german.stdout.split("nichts über")[1]
    assert "Working conditions: no shift work" in english.stdout
    assert "says nothing about: languages, skills" in english.stdout
