"""What-if advice and the firmness of first place, measured on the real seed articles."""

import json
from pathlib import Path

import pytest

from app.core.advice import advise
from app.core.articles import Article
from app.core.extract import extract
from app.core.firmness import firmness
from app.core.merge_patch import apply_patch, make_patch
from app.core.profile_file import load_profile, parse_profile
from app.core.ranking import rank
from tests.conftest import EXAMPLES, KIEL

PROFILES = ["entry-level-polish", "complaint-manager", "empty"]


@pytest.fixture
def cities(seed_cities):
    return list(seed_cities.values())


def example(name):
    return load_profile(EXAMPLES / f"{name}.cityfit")


def scores(cities, profile, vocabulary):
    return {city.city: city.score or 0.0 for city in rank(cities, profile, vocabulary, explain=0).cities}


@pytest.mark.parametrize("name", PROFILES)
def test_each_suggestion_is_the_patched_profile_scored_again(name, cities, vocabulary):
    profile = example(name)
    before = scores(cities, profile, vocabulary)
    suggestions = advise(cities, profile, vocabulary, "de")
    assert suggestions
    for suggestion in suggestions:
        patched_document = apply_patch(profile.to_dict(), suggestion.profile_patch)
        patched = parse_profile(json.dumps(patched_document).encode(), "patched.cityfit")
        after = scores(cities, patched, vocabulary)
        assert suggestion.deltas == pytest.approx({city: after[city] - before[city] for city in before})
        assert any(abs(delta) >= 0.5 for delta in suggestion.deltas.values()) or suggestion.reordered


@pytest.mark.parametrize("name", PROFILES)
def test_suggestions_come_best_first(name, cities, vocabulary):
    gains = [s.best_gain for s in advise(cities, example(name), vocabulary, "en")]
    assert gains == sorted(gains, reverse=True)


def test_a_candidate_refusing_shifts_learns_what_accepting_them_is_worth(cities, vocabulary):
    profile = example("entry-level-polish")
    assert profile.preferences.shift_work == "no"
    accept = next(s for s in advise(cities, profile, vocabulary, "de") if s.key.startswith("condition:shift_work"))
    assert accept.profile_patch["preferences"]["shift_work"] in ("sometimes", "ok")
    assert accept.change in ("Schichtarbeit ab und zu in Kauf nehmen", "Schichtarbeit akzeptieren")
    assert accept.deltas["Hagen"] > 0 and accept.deltas["Magdeburg"] == 0  # only Hagen's article names shifts


def test_a_too_high_pay_wish_is_lowered_to_what_a_city_pays_but_never_below_the_minimum(cities, vocabulary):
    profile = example("complaint-manager")  # minimum 3,300 €: Magdeburg's 2,800 € is no tip
    assert not [s for s in advise(cities, profile, vocabulary, "en") if s.kind == "pay"]
    profile.salary.minimum = 2500
    pay = next(s for s in advise(cities, profile, vocabulary, "de") if s.kind == "pay")
    assert pay.profile_patch == {"salary": {"desired": 2800}}  # Magdeburg's band for the experienced
    assert pay.change == "Gehaltswunsch auf 2.800\u00a0€ senken (Ihr Minimum von 2.500\u00a0€ bleibt)"
    assert pay.deltas["Magdeburg"] > 0 and pay.deltas["Hagen"] == 0


def test_a_wish_below_every_band_gets_the_advice_to_ask_for_more(cities, vocabulary):
    profile = example("entry-level-polish")
    profile.salary.minimum, profile.salary.desired = 1800, 2000
    ask = next(s for s in advise(cities, profile, vocabulary, "de") if s.kind == "pay_up")
    assert ask.profile_patch == {"salary": {"desired": 2100}}  # the lowest figure either article names for her
    assert ask.change == "Mehr verlangen: Gehaltswunsch auf 2.100\u00a0€ anheben"


def test_a_change_that_only_lowers_scores_is_listed_not_a_crash(seed_cities, vocabulary):
    """Her only wish is shift work now and then; accepting it altogether leaves nothing to score her on, which
    reorders three cities without a gain (this stopped the whole advice once)."""
    kiel = extract(Article(Path("kiel.txt"), KIEL), vocabulary)
    profile = example("empty")
    profile.preferences.shift_work = "sometimes"
    accept = next(s for s in advise([*seed_cities.values(), kiel], profile, vocabulary, "de")
                  if s.kind == "condition")
    assert accept.key == "condition:shift_work:ok" and accept.best_gain < 0 and accept.reordered


def test_suggested_languages_are_ones_the_articles_ask_for(cities, vocabulary):
    asked = {vocabulary.by_id[c].code for city in cities for c in city.concept_ids("language")}
    for suggestion in advise(cities, example("empty"), vocabulary, "de"):
        if suggestion.kind == "language":
            codes = {language["code"] for language in suggestion.profile_patch["languages"]}
            assert codes <= asked


def test_merge_patches_follow_rfc_7386():
    # the examples of RFC 7386, appendix A
    cases = [({"a": "b"}, {"a": "c"}, {"a": "c"}), ({"a": "b"}, {"b": "c"}, {"a": "b", "b": "c"}),
             ({"a": "b"}, {"a": None}, {}), ({"a": ["b"]}, {"a": "c"}, {"a": "c"}),
             ({"a": {"b": "c"}}, {"a": {"b": "d", "c": None}}, {"a": {"b": "d"}}),
             ({"a": [{"b": "c"}]}, {"a": [1]}, {"a": [1]}), (["a", "b"], ["c", "d"], ["c", "d"]),
             ({"a": "foo"}, None, None), ({"e": None}, {"a": 1}, {"e": None, "a": 1}),
             ([1, 2], {"a": "b", "c": None}, {"a": "b"}), ({}, {"a": {"bb": {"ccc": None}}}, {"a": {"bb": {}}})]
    for target, patch, result in cases:
        assert apply_patch(target, patch) == result
    source = {"a": 1, "b": {"c": 2, "d": [1]}, "gone": True}
    target = {"a": 1, "b": {"c": 3, "d": [1, 2]}, "new": {"x": 1}}
    assert apply_patch(source, make_patch(source, target)) == target
    assert make_patch(source, source) == {}


def test_firmness_names_the_weight_that_swaps_first_and_second(cities, vocabulary):
    profile = example("entry-level-polish")
    firm = firmness(rank(cities, profile, vocabulary))
    assert firm and firm.first == "Magdeburg" and firm.second == "Hagen" and firm.criterion

    def first_with(weight):
        changed = profile.copy()
        changed.weights[firm.criterion] = weight
        return rank(cities, changed, vocabulary).cities[0].city

    step = 0.1 if firm.swap_at > firm.weight else -0.1
    assert first_with(firm.swap_at) == "Hagen"
    assert first_with(round(firm.swap_at - step, 1)) == "Magdeburg"
    assert firm.criterion in ("conditions", "salary", "languages", "skills", "industries", "training", "channels")
    assert "Hagen" in firm.describe("de") and "Magdeburg" in firm.describe("en")


def test_no_firmness_when_a_must_or_no_score_decides(cities, vocabulary):
    refuses = example("entry-level-polish")
    refuses.musts = ["shift_work"]
    assert firmness(rank(cities, refuses, vocabulary)) is None
    assert firmness(rank(cities, example("empty"), vocabulary)) is None
