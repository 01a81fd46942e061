"""Open, then save without an edit: the same data goes back to disk, and opening changes nothing."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.candidate import CRITERIA, HARDSHIP_CHOICES, HARDSHIPS, LEVELS, MAX_EURO, MAX_WEIGHT, MAX_YEARS, MUSTS
from app.core.profile_file import load_profile
from app.core.ranking import Ranker
from app.gui.actions import Act
from tests.conftest import profile_dict

# Values the window can only show rounded, and keys this version does not know, at every level.
years = st.sampled_from([0, 1, 2.25, 2.5, 7.125, 59.99, MAX_YEARS]) | st.floats(0, MAX_YEARS, allow_nan=False)
pay = st.none() | st.sampled_from([0, 0.4, 2350.5, 2999.99, MAX_EURO]) | st.floats(0, MAX_EURO, allow_nan=False)
weight = st.sampled_from([0, 0.5, 2.25, 3, MAX_WEIGHT]) | st.floats(0, MAX_WEIGHT, allow_nan=False)
unknown = st.dictionaries(st.sampled_from(["note", "since", "zukunft"]),
                          st.none() | st.integers(-5, 5) | st.text(max_size=5) | st.lists(st.integers(), max_size=2),
                          max_size=2)
words = st.lists(st.sampled_from(["Empathie", "Beschwerdemanagement", "Zendesk", "Ikebana", "Logistik", "Chat"]),
                 max_size=3, unique=True)

documents = st.builds(
    lambda name, experience, skills, languages, minimum, desired, extra_salary, hardships, onboarding, industries,
    channels, extra_preferences, weights, musts, extra_top: {
        **extra_top,
        **profile_dict(
            name=name, experience_years=experience, skills=skills, languages=languages,
            salary={"minimum": minimum, "desired": desired, **extra_salary},
            preferences={**extra_preferences, **hardships, "wants_onboarding": onboarding, "industries": industries,
                         "channels": channels},
            weights=weights),
        **({"musts": musts} if musts else {}),
    },
    st.text(st.characters(exclude_categories=["Cs"]), max_size=30), years, words,
    st.lists(st.fixed_dictionaries({"code": st.sampled_from(["de", "en", "pl", "tr", "xq"]),
                                    "level": st.sampled_from(LEVELS)}).flatmap(
        lambda entry: unknown.map(lambda extra: {**extra, **entry})), max_size=3),
    pay, pay, unknown, st.fixed_dictionaries({key: st.none() | st.sampled_from(HARDSHIP_CHOICES) for key in HARDSHIPS}),
    st.none() | st.booleans(), words, words, unknown,
    st.dictionaries(st.sampled_from([*CRITERIA, "commute", "team_size"]), weight, max_size=4),
    st.lists(st.sampled_from(MUSTS), max_size=3, unique=True),
    st.dictionaries(st.sampled_from(["created_by", "notes"]), st.text(max_size=8), max_size=2),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents)
def test_open_then_save_writes_the_same_data_and_marks_nothing_modified(qtbot, window, tmp_path, document):
    path = tmp_path / "round-trip.cityfit"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert window.document.open_without_asking(path)
    window.document.flush()
    assert not window.isWindowModified() and not window.document.is_modified()
    window.document.autosave_if_modified()
    assert not window.document.autosave.file.exists()
    window.menu_actions[Act.SAVE].trigger()
    assert json.loads(path.read_text(encoding="utf-8")) == document


def test_the_window_ranks_an_opened_file_as_the_terminal_does(qtbot, window, tmp_path, seed_cities, vocabulary):
    document = profile_dict(experience_years=2.25, salary={"minimum": 2350.5, "desired": 2849.5},
                            languages=[{"code": "en", "level": "B2", "certificate": "TOEIC"}],
                            weights={"salary": 2.5, "languages": 7.4, "commute": 4})
    path = tmp_path / "exact.cityfit"
    path.write_text(json.dumps(document), encoding="utf-8")
    window.document.open_without_asking(path)
    window.document.flush()  # as the autosave tick does a few seconds after opening
    expected = Ranker(list(seed_cities.values()), vocabulary).rank(load_profile(path))
    qtbot.waitUntil(lambda: window.ranked_profile == load_profile(path), timeout=5000)
    assert [(city.city, city.score) for city in window.ranking.cities] == \
        [(city.city, city.score) for city in expected.cities]


def test_a_value_the_user_changes_is_taken_as_shown(qtbot, window, tmp_path):
    path = tmp_path / "exact.cityfit"
    path.write_text(json.dumps(profile_dict(experience_years=2.25, weights={"salary": 2.5})), encoding="utf-8")
    window.document.open_without_asking(path)
    window.editor.experience.setValue(3)
    window.editor.weights.sliders["salary"].setValue(6)
    window.menu_actions[Act.SAVE].trigger()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["experience_years"] == 3 and saved["weights"] == {"salary": 6}
