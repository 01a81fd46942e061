"""Scoring principles checked on random profiles against the two seed articles (hypothesis).

Each property is one promise a careers counsellor would make about a fair ranking: telling CityFit more of
what an article asks for never hurts that city; spelling, order and repeats do not matter; a criterion
weighted 0 does not matter; the sentence about first place is true; scoring the same profile twice gives
the same result; an article that says less is never better off for it.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.core.candidate import (
    CRITERIA,
    HARDSHIP_CHOICES,
    LEVELS,
    MUSTS,
    CandidateProfile,
    LanguageSkill,
    Preferences,
    SalaryExpectation,
)
from app.core.library import load_cities
from app.core.ranking import Ranker, rank
from app.core.resources import resource_path
from tests.conftest import SEEDS

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

SKILLS = ["Kommunikation", "Beschwerdemanagement", "Beschwerdemanagment", "complaint handling", "Empathie", "Humor",
          "Geduld", "Datenschutz", "Technik", "Zuhören", "Sachlichkeit", "Freundlichkeit", "Teamfähigkeit", "Kochen",
          "Quantenphysik", "Vielseitigkeit", "Produktwissen"]
INDUSTRIES = ["IT", "Logistik", "Handel", "Versicherungen", "Versicherung", "Energie", "Telekommunikation",
              "Gesundheit", "Tourismus", "Quantenphysik"]
CHANNELS = ["Telefon", "Chat", "E-Mail", "Social Media", "Tickets", "vor Ort", "Brieftaube"]
CODES = ["de", "en", "pl", "fr", "tr", "ru"]

languages = st.lists(st.builds(LanguageSkill, st.sampled_from(CODES), st.sampled_from(LEVELS)), max_size=4,
                     unique_by=lambda language: language.code)
salaries = st.builds(SalaryExpectation, st.none() | st.integers(15, 45).map(lambda x: x * 100),
                     st.none() | st.integers(15, 50).map(lambda x: x * 100))
hardship = st.none() | st.sampled_from(HARDSHIP_CHOICES)
preferences = st.builds(Preferences, shift_work=hardship, night_work=hardship, weekend_work=hardship,
                        wants_onboarding=st.none() | st.booleans(),
                        industries=st.lists(st.sampled_from(INDUSTRIES), max_size=3),
                        channels=st.lists(st.sampled_from(CHANNELS), max_size=3))
weights = st.dictionaries(st.sampled_from(CRITERIA), st.integers(0, 10), max_size=7)
profiles = st.builds(
    CandidateProfile,
    name=st.just("Random"),
    experience_years=st.sampled_from([0, 0.5, 1, 1.9, 2, 3, 5, 12]),
    skills=st.lists(st.sampled_from(SKILLS), max_size=5),
    languages=languages,
    salary=salaries,
    preferences=preferences,
    weights=weights,
    musts=st.lists(st.sampled_from(MUSTS), max_size=3, unique=True),
)


class Cities(list):
    """City profiles with a short repr: hypothesis prints a failing example's arguments, fixtures included."""

    def __repr__(self):
        return f"<{', '.join(c.city for c in self)}>"


@pytest.fixture(scope="module")
def cities(seed_cities):
    return Cities(sorted(seed_cities.values(), key=lambda c: c.city))


def totals(cities, profile, vocabulary):
    return {c.city: c.score for c in rank(cities, profile, vocabulary, "de", explain=0).cities}


def full(cities, profile, vocabulary):
    return {c.city: (c.score, tuple((r.criterion, r.score, r.status) for r in c.criteria))
            for c in rank(cities, profile, vocabulary, "de", explain=0).cities}


def not_lower(before, after):
    return before is None or (after is not None and after >= before - 1e-9)


# ---------------------------------------------------------------------------------------------------------------
# More of what an article names never lowers that city
# ---------------------------------------------------------------------------------------------------------------

@SETTINGS
@given(profile=profiles, data=st.data())
def test_adding_a_language_the_article_names_never_lowers_that_city(cities, vocabulary, profile, data):
    city = data.draw(st.sampled_from(cities))
    named = {vocabulary.by_id[c].code for c in city.concept_ids("language")}
    codes = {code for code in CODES if code in named or ("*" in named and code != "de")}
    codes -= {language.code for language in profile.languages}
    assume(codes)
    code = data.draw(st.sampled_from(sorted(codes)))
    level = data.draw(st.sampled_from(LEVELS))
    more = profile.copy()
    more.languages.append(LanguageSkill(code, level))
    before, after = totals(cities, profile, vocabulary)[city.city], totals(cities, more, vocabulary)[city.city]
    assert not_lower(before, after), (city.city, code, level, before, after)


@SETTINGS
@given(profile=profiles, data=st.data())
def test_adding_a_skill_the_article_names_never_lowers_that_city(cities, vocabulary, profile, data):
    city = data.draw(st.sampled_from(cities))
    skill = vocabulary.by_id[data.draw(st.sampled_from(list(city.concept_ids("skill"))))].label("de")
    more = profile.copy()
    more.skills.append(skill)
    before, after = totals(cities, profile, vocabulary)[city.city], totals(cities, more, vocabulary)[city.city]
    assert not_lower(before, after), (city.city, skill, before, after)


@SETTINGS
@given(profile=profiles, data=st.data(), kind=st.sampled_from([("industries", "industry"), ("channels", "channel")]))
def test_adding_a_wish_the_article_names_never_lowers_that_city(cities, vocabulary, profile, data, kind):
    field, category = kind
    city = data.draw(st.sampled_from(cities))
    wish = vocabulary.by_id[data.draw(st.sampled_from(list(city.concept_ids(category))))].label("de")
    more = profile.copy()
    getattr(more.preferences, field).append(wish)
    before, after = totals(cities, profile, vocabulary)[city.city], totals(cities, more, vocabulary)[city.city]
    assert not_lower(before, after), (city.city, field, wish, before, after)


# ---------------------------------------------------------------------------------------------------------------
# Order, case and repeats do not matter
# ---------------------------------------------------------------------------------------------------------------

def _recase(text: str, style: int) -> str:
    return (text.upper(), text.lower(), text.swapcase(), text.title())[style]


@SETTINGS
@given(profile=profiles, data=st.data())
def test_reordering_recasing_and_repeating_entries_changes_no_score(cities, vocabulary, profile, data):
    style = data.draw(st.integers(0, 3))
    other = profile.copy()
    other.skills = [_recase(s, style) for s in data.draw(st.permutations(other.skills))]
    other.skills += data.draw(st.lists(st.sampled_from(other.skills), max_size=2)) if other.skills else []
    for field in ("industries", "channels"):
        values = [_recase(v, style) for v in data.draw(st.permutations(getattr(other.preferences, field)))]
        values += data.draw(st.lists(st.sampled_from(values), max_size=2)) if values else []
        setattr(other.preferences, field, values)
    other.languages = list(data.draw(st.permutations(other.languages)))
    other.languages += [LanguageSkill(language.code, language.level) for language in
                        (data.draw(st.lists(st.sampled_from(other.languages), max_size=2)) if other.languages else [])]
    other.musts = list(data.draw(st.permutations(other.musts))) + other.musts[:1]
    assert full(cities, other, vocabulary) == full(cities, profile, vocabulary)


@SETTINGS
@given(profile=profiles, code=st.sampled_from(CODES), levels=st.lists(st.sampled_from(LEVELS), min_size=2,
                                                                       max_size=2, unique=True))
def test_a_language_listed_twice_scores_the_same_in_either_order(cities, vocabulary, profile, code, levels):
    """A profile file may list one language twice (the format does not forbid it); the order must not decide."""
    one, two = profile.copy(), profile.copy()
    one.languages = [language for language in one.languages if language.code != code] + [
        LanguageSkill(code, levels[0]), LanguageSkill(code, levels[1])]
    two.languages = [language for language in two.languages if language.code != code] + [
        LanguageSkill(code, levels[1]), LanguageSkill(code, levels[0])]
    assert full(cities, one, vocabulary) == full(cities, two, vocabulary), (code, levels)


# ---------------------------------------------------------------------------------------------------------------
# A weight of 0 makes a criterion irrelevant
# ---------------------------------------------------------------------------------------------------------------

def _change_input(criterion: str, profile: CandidateProfile, data) -> CandidateProfile:
    """A copy in which only what `criterion` reads is changed (inputs other criteria share are left alone or,
    for languages and skills, the salary is left unasked so that pay cannot read them)."""
    other = profile.copy()
    if criterion == "salary":
        other.salary = data.draw(salaries)
        other.experience_years = data.draw(st.sampled_from([0, 1, 2, 5]))
    elif criterion == "languages":
        profile.salary = SalaryExpectation(None, None)
        other.salary = SalaryExpectation(None, None)
        other.languages = data.draw(languages)
    elif criterion == "skills":
        profile.salary = SalaryExpectation(None, None)
        other.salary = SalaryExpectation(None, None)
        other.skills = data.draw(st.lists(st.sampled_from(SKILLS), max_size=5))
    elif criterion in ("industries", "channels"):
        pool = INDUSTRIES if criterion == "industries" else CHANNELS
        setattr(other.preferences, criterion, data.draw(st.lists(st.sampled_from(pool), max_size=3)))
    elif criterion == "conditions":
        for key in ("shift_work", "night_work", "weekend_work"):
            setattr(other.preferences, key, data.draw(hardship))
        other.preferences.wants_onboarding = data.draw(st.none() | st.booleans())
    return other


@SETTINGS
@given(profile=profiles, criterion=st.sampled_from([c for c in CRITERIA if c != "training"]), data=st.data())
def test_a_criterion_weighted_zero_changes_no_total(cities, vocabulary, profile, criterion, data):
    profile.weights = {**profile.weights, criterion: 0}
    other = _change_input(criterion, profile, data)
    assert totals(cities, other, vocabulary) == totals(cities, profile, vocabulary), criterion


# ---------------------------------------------------------------------------------------------------------------
# The decisive sentence is true
# ---------------------------------------------------------------------------------------------------------------

LABELS = {entry["de"]: key.removeprefix("criterion_")
          for key, entry in json.loads(resource_path("messages.json").read_text(encoding="utf-8")).items()
          if key.startswith("criterion_")}
DECISIVE = re.compile(r"^(?P<first>.+?) liegt mit (?P<s1>\d+) zu (?P<s2>\d+) Punkten vor (?P<second>.+?)\. "
                      r"Den größten Anteil am Vorsprung hat das Kriterium „(?P<criterion>[^“]+)“ mit (?P<lead>[\d,]+) "
                      r"Punkten \((?P=first): (?P<v1>[^;]+); (?P=second): (?P<v2>[^)]+)\)\.$")


@SETTINGS
@given(profile=profiles)
def test_the_decisive_criterion_is_one_the_leader_wins(cities, vocabulary, profile):
    ranking = rank(cities, profile, vocabulary, "de")
    match = DECISIVE.match(ranking.decisive)
    assume(match)
    first, second = ranking.cities[:2]
    assert (match["first"], match["second"]) == (first.city, second.city)
    criterion = LABELS[match["criterion"]]
    assert first.criterion(criterion).score > second.criterion(criterion).score, ranking.decisive
    # its own numbers do not contradict it: a lead of more than 0 points, the leader's points above the other's
    assert int(match["s1"]) > int(match["s2"]), ranking.decisive
    assert float(match["lead"].replace(",", ".")) > 0, ranking.decisive
    v1, v2 = (int(re.search(r"(\d+) Punkte", match[k]).group(1)) for k in ("v1", "v2"))
    assert v1 > v2, ranking.decisive


# ---------------------------------------------------------------------------------------------------------------
# A reused Ranker and earlier results
# ---------------------------------------------------------------------------------------------------------------

def snapshot(ranking):
    return [(c.city, c.score, dict(c.weights), tuple((r.criterion, r.score, r.status) for r in c.criteria),
             tuple(c.broken_musts)) for c in ranking.cities]


@SETTINGS
@given(sequence=st.lists(profiles, min_size=2, max_size=6))
def test_a_reused_ranker_agrees_with_a_fresh_one_and_leaves_old_rankings_alone(cities, vocabulary, sequence):
    ranker = Ranker(cities, vocabulary)
    earlier = []
    for profile in sequence:
        reused = ranker.rank(profile, "de", explain=0)
        fresh = Ranker(cities, vocabulary).rank(profile, "de", explain=0)
        assert snapshot(reused) == snapshot(fresh)
        for old, frozen in earlier:
            assert snapshot(old) == frozen
        earlier.append((reused, snapshot(reused)))


@SETTINGS
@given(profile=profiles, code=st.sampled_from(["de", "en"]),
       levels=st.lists(st.sampled_from(LEVELS), min_size=2, max_size=2, unique=True))
def test_a_reused_ranker_agrees_with_a_fresh_one_when_a_language_is_listed_twice(cities, vocabulary, profile, code,
                                                                                   levels):
    """The same check as above for a profile that lists one language twice (the file format allows it), ranked
    once in one order and then with the two entries swapped."""
    ranker = Ranker(cities, vocabulary)
    for order in (levels, levels[::-1]):
        edited = profile.copy()
        edited.languages = [language for language in edited.languages if language.code != code] + [
            LanguageSkill(code, o) for o in order]
        reused = ranker.rank(edited, "de", explain=0)
        fresh = Ranker(cities, vocabulary).rank(edited, "de", explain=0)
        assert snapshot(reused) == snapshot(fresh), (code, order)


@SETTINGS
@given(start=profiles, edits=st.lists(st.tuples(st.sampled_from(
    ["skills", "languages", "salary", "experience", "industries", "channels", "conditions", "weights", "musts"]),
    st.integers(0, 10_000)), min_size=1, max_size=8), data=st.data())
def test_editing_one_profile_in_place_like_the_window_does(cities, vocabulary, start, edits, data):
    """The window edits one profile object and ranks it again after each edit."""
    ranker = Ranker(cities, vocabulary)
    profile = start
    old = ranker.rank(profile, "de", explain=0)
    for field, _ in edits:
        frozen = snapshot(old)
        donor = data.draw(profiles)
        if field == "experience":
            profile.experience_years = donor.experience_years
        elif field in ("industries", "channels"):
            setattr(profile.preferences, field, getattr(donor.preferences, field))
        elif field == "conditions":
            for key in ("shift_work", "night_work", "weekend_work", "wants_onboarding"):
                setattr(profile.preferences, key, getattr(donor.preferences, key))
        else:
            setattr(profile, field, getattr(donor, field))
        new = ranker.rank(profile, "de", explain=0)
        assert snapshot(old) == frozen, field
        assert snapshot(new) == snapshot(Ranker(cities, vocabulary).rank(profile.copy(), "de", explain=0)), field
        old = new


# ---------------------------------------------------------------------------------------------------------------
# Range
# ---------------------------------------------------------------------------------------------------------------

@SETTINGS
@given(profile=profiles, lang=st.sampled_from(["de", "en"]))
def test_scores_stay_within_0_and_100(cities, vocabulary, profile, lang):
    for city in rank(cities, profile, vocabulary, lang).cities:
        assert city.score is None or 0 <= city.score <= 100
        for result in city.criteria:
            assert 0 <= result.score <= 100, (city.city, result)


# ---------------------------------------------------------------------------------------------------------------
# Saying less never pays
# ---------------------------------------------------------------------------------------------------------------

PAY_SENTENCES = (
    "Ein gern unterschätztes Thema: das Gehalt. Im Magdeburger Customer Service bewegt sich der Verdienst für "
    "Einsteiger typischerweise zwischen 2.100 € und 2.400 € – mit Chancen auf Steigerung, teils bis etwa 2.800 € bei "
    "entsprechender Erfahrung, Zusatzaufgaben oder Fremdsprachenkenntnissen. Wer in anspruchsvollere Teams wechselt, "
    "etwa im technischen Support, kann noch ein paar Hundert mehr erwarten. Reich wird hier niemand auf Anhieb, aber, "
    "ehrlich gesagt, das Lohnniveau ist – für den Osten – solide, auch im Vergleich zu anderen Dienstleistungsjobs. ")


@pytest.fixture(scope="module")
def without_pay(tmp_path_factory, vocabulary):
    """Hagen as it is, and Magdeburg with the pay sentences of its money paragraph removed (the training
    sentences of the same paragraph stay, so only pay changes)."""
    folder = tmp_path_factory.mktemp("articles")
    (folder / "customer-service-hagen.txt").write_bytes((SEEDS / "customer-service-hagen.txt").read_bytes())
    text = (SEEDS / "customer-service-magdeburg.txt").read_text(encoding="utf-8")
    assert PAY_SENTENCES in text
    (folder / "customer-service-magdeburg.txt").write_text(text.replace(PAY_SENTENCES, ""), encoding="utf-8")
    library = load_cities(folder, vocabulary)
    assert not library.warnings
    return Cities(sorted(library.cities, key=lambda c: c.city))


def test_the_modified_article_differs_only_in_pay(cities, without_pay):
    original = next(c for c in cities if c.city == "Magdeburg")
    modified = next(c for c in without_pay if c.city == "Magdeburg")
    assert original.salary_bands and not modified.salary_bands
    for category in ("language", "skill", "industry", "condition", "training", "channel"):
        assert set(modified.concept_ids(category)) == set(original.concept_ids(category)), category


@SETTINGS
@given(profile=profiles, minimum=st.none() | st.integers(20, 40).map(lambda x: x * 100))
def test_removing_the_pay_paragraph_makes_pay_count_neutral_not_drop_out(cities, without_pay, vocabulary,
                                                                          profile, minimum):
    """A silent article no longer drops the criterion (which let the rest of the article decide alone): pay
    counts with the neutral points, and the total moves by exactly the salary term."""
    profile.salary = SalaryExpectation(minimum, 4000)
    profile.weights = {**profile.weights, "salary": 3}
    before = next(c for c in rank(cities, profile, vocabulary).cities if c.city == "Magdeburg")
    after = next(c for c in rank(without_pay, profile, vocabulary).cities if c.city == "Magdeburg")
    salary = after.criterion("salary")
    assert salary.status == "no_information" and salary.score == 50
    counted = sum(w for w in after.weights.values() if w > 0)
    expected = before.score + after.weights["salary"] * (50 - before.criterion("salary").score) / counted
    assert after.score == pytest.approx(expected)
    assert after.coverage[0] == before.coverage[0] - 1
