"""The .cityfit format: round trips keep unknown keys; every bad file gets one clear message."""

import json
import os

import pytest

from app.core.candidate import CandidateProfile, LanguageSkill
from app.core.profile_file import ProfileError, load_profile, parse_profile, save_profile
from tests.conftest import profile_dict, write_profile


def test_round_trip_keeps_every_field_and_unknown_keys(tmp_path):
    document = profile_dict(
        name="Ada", experience_years=2.5, skills=["Kommunikation"], note="mine",
        languages=[{"code": "en", "level": "C1", "certificate": "TOEIC"}],
        salary={"minimum": 2300, "desired": None, "currency": "EUR"},
        preferences={"shift_work": "no", "night_work": "sometimes", "weekend_work": "ok", "wants_onboarding": None,
                     "industries": ["IT"], "channels": ["Chat"], "remote": "maybe"},
        weights={"salary": 5, "custom": 1}, musts=["shift_work"], nested={"deep": [1, {"x": None}]})
    path = tmp_path / "ada.cityfit"
    path.write_text(json.dumps(document), encoding="utf-8")
    profile = load_profile(path)
    assert profile.name == "Ada" and profile.languages[0].level == "C1" and profile.musts == ["shift_work"]
    save_profile(profile, tmp_path / "again.cityfit")
    assert json.loads((tmp_path / "again.cityfit").read_text(encoding="utf-8")) == document


def test_a_version_1_profile_is_upgraded_and_saved_as_version_2(tmp_path):
    document = profile_dict(version=1, preferences={"shift_work": True, "weekend_work": False,
                                                    "wants_onboarding": True, "industries": [], "channels": []})
    path = tmp_path / "old.cityfit"
    path.write_text(json.dumps(document), encoding="utf-8")
    profile = load_profile(path)
    assert (profile.preferences.shift_work, profile.preferences.weekend_work) == ("ok", "no")
    assert profile.preferences.night_work is None and profile.preferences.wants_onboarding is True
    save_profile(profile, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == 2 and saved["preferences"]["shift_work"] == "ok"


def test_edited_profile_saves_and_reloads(tmp_path):
    profile = CandidateProfile(name="Jörg", skills=["Geduld"], languages=[LanguageSkill("pl", "native")])
    save_profile(profile, tmp_path / "j.cityfit")
    assert load_profile(tmp_path / "j.cityfit") == profile


def test_save_leaves_no_temporary_files(tmp_path):
    save_profile(CandidateProfile(name="x"), tmp_path / "x.cityfit")
    assert os.listdir(tmp_path) == ["x.cityfit"]


def test_failed_save_keeps_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "keep.cityfit"
    save_profile(CandidateProfile(name="old"), path)

    def crash(*_):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError):
        save_profile(CandidateProfile(name="new"), path)
    assert load_profile(path).name == "old"
    assert os.listdir(tmp_path) == ["keep.cityfit"]


def bad(tmp_path, content: bytes) -> str:
    path = tmp_path / "bad.cityfit"
    path.write_bytes(content)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    message = caught.value.message()
    assert "bad.cityfit" in message and "\n" not in message
    return message


def dumped(**changes) -> bytes:
    return json.dumps(profile_dict(**changes)).encode()


@pytest.mark.parametrize("content, words", [
    (b"", "leer"),
    (b"   \n", "leer"),
    (b"{not json", "beschädigt"),
    (b"[1, 2]", "kein CityFit-Profil"),
    (json.dumps({"format": "something-else", "version": 1}).encode(), "kein CityFit-Profil"),
    (dumped(version=3), "neueren CityFit-Version"),
    (dumped(version="1"), "„version“"),
    (dumped(experience_years="three"), "„experience_years“ wird eine Zahl"),
    (dumped(experience_years=-1), "experience_years"),
    (dumped(experience_years=True), "experience_years"),
    (dumped(skills="Kommunikation"), "„skills“ wird eine Liste"),
    (dumped(skills=[3]), "„skills[0]“ wird ein Text"),
    (dumped(languages=[{"code": "english", "level": "B2"}]), "Sprachkürzel"),
    (dumped(languages=[{"code": "en", "level": "B3"}]), "A1 bis C2"),
    (dumped(salary={"minimum": "viel", "desired": None}), "salary.minimum"),
    (dumped(salary=[]), "„salary“"),
    (dumped(preferences={"shift_work": "yes"}), "preferences.shift_work"),
    (dumped(weights={"salary": -2}), "weights.salary"),
    (dumped(weights={"salary": 50}), "Bei „weights.salary“ wird eine Zahl von 0 bis 10 erwartet"),  # the sliders' range
    (dumped(musts=["world_peace"]), "musts"),
    (b'{"format": "cityfit-profile", "version": 1, "name": "x", "experience_years": NaN}', "„skills“ fehlt"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "keinen Text"),
])
def test_bad_files_get_one_clear_message(tmp_path, content, words):
    assert words in bad(tmp_path, content)


def test_missing_required_key_is_named(tmp_path):
    document = profile_dict()
    del document["languages"]
    assert "„languages“ fehlt" in bad(tmp_path, json.dumps(document).encode())


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ProfileError, match="gibt es nicht"):
        load_profile(tmp_path / "nope.cityfit")
    (tmp_path / "dir.cityfit").mkdir()
    with pytest.raises(ProfileError, match="Ordner"):
        load_profile(tmp_path / "dir.cityfit")


def test_messages_in_english(tmp_path):
    path = write_profile(tmp_path, experience_years="x")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert caught.value.message("en") == \
        "The profile “p.cityfit” cannot be opened: “experience_years” must be a number from 0 to 60."


def test_bom_and_utf16_files_load(tmp_path):
    text = json.dumps(profile_dict(name="Ümit"), ensure_ascii=False)
    assert parse_profile(b"\xef\xbb\xbf" + text.encode("utf-8"), "a").name == "Ümit"
    assert parse_profile(text.encode("utf-16"), "b").name == "Ümit"


def test_another_kind_of_file_is_named_so_and_a_broken_profile_as_damaged(tmp_path):
    article = "Kundenservice Jobs in Kiel\nEinsteiger verdienen 2.300 €.\n".encode()
    assert "Das ist kein CityFit-Profil" in bad(tmp_path, article)
    assert "beschädigt (Fehler in Zeile 2)" in bad(tmp_path, b'{"format": "cityfit-profile",\n "version": 2,,}')
