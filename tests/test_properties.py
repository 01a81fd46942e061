"""Invariants checked on many generated inputs (hypothesis)."""

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.articles import Article, decode
from app.core.candidate import LEVELS, CandidateProfile, LanguageSkill, Preferences, SalaryExpectation
from app.core.extract import extract
from app.core.profile_file import ProfileError, parse_profile
from app.core.ranking import rank

SKILL_WORDS = ["Kommunikation", "Beschwerdemanagement", "Geduld", "Empathie", "Humor", "Datenschutz", "Kochen",
               "Teamfähigkeit", "Vielseitigkeit", "Zuhören"]
LANGUAGE_CODES = ["de", "en", "pl", "tr", "fr"]

profiles = st.builds(
    CandidateProfile,
    name=st.text(max_size=20),
    experience_years=st.integers(0, 40),
    skills=st.lists(st.sampled_from(SKILL_WORDS), max_size=6, unique=True),
    languages=st.lists(st.builds(LanguageSkill, st.sampled_from(LANGUAGE_CODES), st.sampled_from(LEVELS)),
                       max_size=4, unique_by=lambda language: language.code),
    salary=st.builds(SalaryExpectation, st.none() | st.integers(1000, 5000), st.none() | st.integers(1000, 6000)),
    preferences=st.builds(Preferences, st.none() | st.booleans(), st.none() | st.booleans(), st.none() | st.booleans(),
                          st.lists(st.sampled_from(["IT", "Logistik", "Handel"]), max_size=2),
                          st.lists(st.sampled_from(["Telefon", "Chat", "E-Mail"]), max_size=2)),
    weights=st.dictionaries(st.sampled_from(["salary", "languages", "skills", "conditions"]), st.integers(0, 10)),
)
quick = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@quick
@given(profile=profiles)
def test_scores_stay_between_0_and_100(seed_cities, vocabulary, profile):
    for city in rank(list(seed_cities.values()), profile, vocabulary).cities:
        assert city.score is None or 0 <= city.score <= 100
        for criterion in city.criteria:
            assert criterion.score is None or 0 <= criterion.score <= 100
            assert criterion.explanation


@quick
@given(profile=profiles, extra=st.sampled_from(SKILL_WORDS))
def test_more_of_what_a_city_asks_for_never_lowers_its_score(seed_cities, vocabulary, profile, extra):
    if extra in profile.skills or not profile.skills:
        return
    better = profile.copy()
    better.skills.append(extra)
    for before, after in zip(*(sorted(rank(list(seed_cities.values()), p, vocabulary).cities, key=lambda c: c.city)
                               for p in (profile, better)), strict=True):
        assert after.criterion("skills").score >= before.criterion("skills").score


@quick
@given(profile=profiles, raise_by=st.integers(0, 2000))
def test_a_lower_pay_expectation_never_lowers_the_salary_score(seed_cities, vocabulary, profile, raise_by):
    if profile.salary.minimum is None:
        return
    greedy = profile.copy()
    greedy.salary.minimum += raise_by
    for modest, demanding in zip(*(sorted(rank(list(seed_cities.values()), p, vocabulary).cities,
                                          key=lambda c: c.city) for p in (profile, greedy)), strict=True):
        assert modest.criterion("salary").score >= demanding.criterion("salary").score


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_profile_parser_never_crashes_on_bytes(data):
    try:
        parse_profile(data, "fuzz.cityfit")
    except ProfileError as error:
        assert error.message()


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                           lambda children: st.lists(children, max_size=3)
                           | st.dictionaries(st.text(max_size=5), children, max_size=3),
                           max_leaves=10)


@settings(max_examples=200, deadline=None)
@given(key=st.sampled_from(["name", "experience_years", "skills", "languages", "salary", "preferences", "weights",
                            "version", "musts"]), value=json_values)
def test_profile_parser_gives_a_profile_or_a_message_for_any_field_value(key, value):
    from tests.conftest import profile_dict
    try:
        parse_profile(json.dumps(profile_dict(**{key: value})).encode(), "fuzz.cityfit")
    except ProfileError as error:
        assert "fuzz.cityfit" in error.message()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=600))
def test_extraction_never_crashes_and_quotes_always_match(vocabulary, text):
    city = extract(Article(Path("fuzz.txt"), text), vocabulary)
    for item in [*city.facts, *city.salary_bands]:
        assert text[item.start:item.end] == item.quote
    for band in city.salary_bands:
        assert band.min_eur is not None or band.max_eur is not None


@given(st.binary(max_size=200))
def test_decoding_any_bytes_gives_text(data):
    assert isinstance(decode(data), str)
