"""Hostile and broken input: profile files and articles. A clear message or a valid result, never a crash."""

import json
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import profile_file
from app.core.articles import MAX_ARTICLE_BYTES
from app.core.library import load_cities
from app.core.profile_file import MAX_FILE_BYTES, ProfileError, load_profile, parse_profile
from tests.conftest import SEEDS, cityfit, profile_dict

VALID = json.dumps(profile_dict(name="Ada", skills=["Empathie"], languages=[{"code": "en", "level": "B2"}]),
                   ensure_ascii=False).encode("utf-8")


def outcome(data: bytes):
    """The profile, or the message; anything else (a crash, a hang) fails the test."""
    try:
        return parse_profile(data, "fuzz.cityfit")
    except ProfileError as error:
        message = error.message()
        assert message.startswith("Das Profil „fuzz.cityfit“ kann nicht geöffnet werden: ") and "\n" not in message
        return message


@settings(max_examples=300, deadline=None)
@given(cut=st.integers(0, len(VALID)))
def test_truncated_files(cut):
    result = outcome(VALID[:cut])
    assert isinstance(result, str) or cut == len(VALID)


@settings(max_examples=300, deadline=None)
@given(position=st.integers(0, len(VALID) - 1), byte=st.integers(0, 255))
def test_files_with_one_byte_changed(position, byte):
    outcome(VALID[:position] + bytes([byte]) + VALID[position + 1:])


@settings(max_examples=200, deadline=None)
@given(value=st.one_of(st.floats(), st.integers(min_value=-10**30, max_value=10**30), st.text(max_size=300),
                       st.lists(st.integers(), max_size=300), st.booleans(), st.none()),
       field=st.sampled_from(["experience_years", "name", "skills", "weights", "salary", "languages"]))
def test_wrong_types_and_extreme_values(value, field):
    text = json.dumps(profile_dict(**{field: value}))  # NaN and Infinity come out as bare words
    outcome(text.encode())


@pytest.mark.parametrize("data, words", [
    (json.dumps(profile_dict(experience_years=1e308 * 10)).encode(), "„experience_years“ wird"),
    (json.dumps(profile_dict(salary={"minimum": float("nan"), "desired": None})).encode(), "„salary.minimum“ wird"),
    (json.dumps(profile_dict(name="x" * 100_000)).encode(), "höchstens 200 Zeichen"),
    (json.dumps(profile_dict(skills=["a"] * 1000)).encode(), "höchstens 200 Einträgen"),
    (json.dumps(profile_dict(salary={"minimum": 10**400, "desired": None})).encode(),
     "„salary.minimum“ wird eine Zahl"),
    (b"[" * 100_000 + b"]" * 100_000, "mehr als 32 Ebenen tief verschachtelt"),
    (json.dumps(profile_dict(extra=json.loads("[" * 600 + "]" * 600))).encode(), "mehr als 32 Ebenen"),
    (bytes(range(256)) * 10, "keinen Text"),
])
def test_extremes_have_their_own_message(data, words):
    assert words in outcome(data)


def test_utf16_and_bom_files_load():
    text = VALID.decode("utf-8")
    assert outcome(text.encode("utf-16")).name == "Ada"
    assert outcome(b"\xef\xbb\xbf" + VALID).name == "Ada"


def test_a_100_mb_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    big = tmp_path / "big.cityfit"
    with open(big, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, no disk used
    monkeypatch.setattr(type(big), "read_bytes", lambda self: pytest.fail("the whole file was read"))
    with pytest.raises(ProfileError, match=f"höchstens {MAX_FILE_BYTES // 1000} KB"):
        load_profile(big)


def test_one_place_for_upgrades_from_older_versions(monkeypatch):
    monkeypatch.setattr(profile_file, "CURRENT_VERSION", 3)
    monkeypatch.setitem(profile_file.UPGRADES, 2, lambda doc: {**doc, "version": 3, "name": doc["name"] + "!"})
    assert parse_profile(VALID, "old.cityfit").name == "Ada!"


def seeds_with(tmp_path, files: dict[str, bytes]):
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    return tmp_path


TITLE = "Customer Service Jobs und Stellenangebote in {}\n"


def test_hostile_articles_are_skipped_with_a_warning_naming_the_file(tmp_path, vocabulary):
    shutil.copy(SEEDS / "customer-service-hagen.txt", tmp_path / "a-hagen.txt")
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    folder = seeds_with(tmp_path, {
        "empty.txt": b"",
        "binary.txt": b"\x00\x01\x02PK\x03\x04" * 100,
        "b-hagen-again.txt": (TITLE.format("Hagen") + "Einsteiger verdienen 9.000 €.").encode(),
        "cp1252.txt": (TITLE.format("Görlitz") + "Einsteiger verdienen 2.200 €.").encode("cp1252"),
        "utf16.txt": (TITLE.format("Jülich") + "Einsteiger verdienen 2.250 €.").encode("utf-16"),
        "crlf.txt": (TITLE.format("Kiel") + "Englisch ist gefragt.\r\nEinsteiger verdienen 2.300 €.\r\n").encode(),
        "no-salary.txt": (TITLE.format("Aurich") + "Freundlichkeit zählt.").encode(),
    })
    library = load_cities(folder, vocabulary)
    cities = {city.city: city for city in library.cities}
    assert sorted(cities) == ["Aurich", "Görlitz", "Hagen", "Jülich", "Kiel"]
    warnings = [warning.message() for warning in library.warnings]
    assert any("„empty.txt“ ist leer" in w for w in warnings)
    assert any("„binary.txt“ ist keine Textdatei" in w for w in warnings)
    assert any("„huge.txt“ ist zu groß" in w for w in warnings)
    assert any("„b-hagen-again.txt“ beschreibt wieder Hagen (wie „a-hagen.txt“)" in w for w in warnings)
    assert len(warnings) == 4
    assert cities["Hagen"].salary_bands[0].min_eur == 2400  # the first article, not the duplicate
    assert [b.min_eur for b in cities["Görlitz"].salary_bands] == [2200]
    assert [b.min_eur for b in cities["Jülich"].salary_bands] == [2250]
    assert cities["Aurich"].salary_bands == []
    kiel = cities["Kiel"]
    assert "lang_en" in kiel.concepts("language")
    text = (folder / "crlf.txt").read_bytes().decode("utf-8")
    for item in [*kiel.facts, *kiel.salary_bands]:
        assert text[item.start:item.end] == item.quote and "\r" not in item.quote
    assert MAX_ARTICLE_BYTES < 50 * 1024 * 1024


def test_an_empty_folder_is_a_warning_not_a_failure(tmp_path, vocabulary):
    library = load_cities(tmp_path, vocabulary)
    assert library.cities == [] and "keine Artikel" in library.warnings[0].message()


def test_a_symbolic_link_loop_among_the_articles_is_a_warning_not_a_stop(tmp_path, user_folders):
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    (folder / "schleife.txt").symlink_to(folder / "schleife.txt")
    run = cityfit("cities", "--seeds", folder)
    assert run.returncode == 0, run.stderr
    assert "„schleife.txt“" in run.stderr and "übersprungen" in run.stderr
    assert "Hagen" in run.stdout and "Magdeburg" in run.stdout


@pytest.mark.parametrize("make", ["fifo", "device"])
def test_a_pipe_or_a_device_as_profile_is_refused_at_once(tmp_path, make):
    import os

    if make == "fifo":
        path = tmp_path / "pipe.cityfit"
        os.mkfifo(path)
    else:
        path = tmp_path / "zero.cityfit"
        path.symlink_to("/dev/zero")
    with pytest.raises(ProfileError) as refused:
        load_profile(path)  # would block on the pipe, or read /dev/zero until memory runs out
    assert "keine gewöhnliche Datei" in refused.value.message("de")
