"""Rankings and explanations for the candidates the product is for."""

import pytest

from app.core.candidate import CandidateProfile, LanguageSkill, Preferences, SalaryExpectation
from app.core.profile_file import load_profile
from app.core.ranking import rank
from app.core.results import NO_INFORMATION, NOT_ASKED
from tests.conftest import ROOT

EXAMPLES = ROOT / "resources" / "examples"


def ranked(seed_cities, vocabulary, profile, lang="de"):
    return rank(sorted(seed_cities.values(), key=lambda c: c.city), profile, vocabulary, lang)


def entry_level_polish_no_shifts() -> CandidateProfile:
    return load_profile(EXAMPLES / "entry-level-polish.cityfit")


def test_entry_level_candidate_with_polish_who_refuses_shifts_prefers_magdeburg(seed_cities, vocabulary):
    ranking = ranked(seed_cities, vocabulary, entry_level_polish_no_shifts())
    assert [c.city for c in ranking.cities] == ["Magdeburg", "Hagen"]
    hagen = ranking.cities[1].criterion("conditions")
    assert hagen.score == 12.5  # shifts named (0), weekends "hin und wieder" (25); onboarding unknown: not counted
    assert "Sie möchten keine Schichtarbeit, der Artikel nennt sie aber." in hagen.explanation
    assert "laut Artikel kommt sie hin und wieder vor" in hagen.explanation
    assert any("Schichtdiensten" in e.quote for e in hagen.evidence)
    magdeburg_languages = ranking.cities[0].criterion("languages")
    assert "Polnisch (B1)" in magdeburg_languages.matched
    assert "Englisch" in magdeburg_languages.missing
    assert "Arbeitsbedingungen" in ranking.decisive and ranking.decisive.startswith("Magdeburg")


def test_magdeburg_is_silent_on_shifts_and_says_so(seed_cities, vocabulary):
    ranking = ranked(seed_cities, vocabulary, entry_level_polish_no_shifts())
    conditions = ranking.cities[0].criterion("conditions")
    assert "Zu Schichtarbeit und Wochenendarbeit sagt der Artikel nichts. Das zählt deshalb nicht mit; Ihre " \
        "übrigen Bedingungen entscheiden." in conditions.explanation
    assert conditions.score == 100  # onboarding met; shifts and weekends unknown, so onboarding decides
    assert ranking.cities[0].unconfirmed_musts == []  # no musts in this profile


def test_experienced_complaint_manager_asking_3300_prefers_hagen(seed_cities, vocabulary):
    profile = CandidateProfile(
        name="Experienced", experience_years=6, skills=["Beschwerdemanagement", "Kommunikation"],
        languages=[LanguageSkill("de", "native"), LanguageSkill("en", "B2")],
        salary=SalaryExpectation(minimum=3300, desired=3300))
    ranking = ranked(seed_cities, vocabulary, profile)
    assert [c.city for c in ranking.cities] == ["Hagen", "Magdeburg"]
    hagen, magdeburg = (c.criterion("salary") for c in ranking.cities)
    assert hagen.score == 100 and "3.200–3.600\u00a0€" in hagen.explanation
    assert "Beschwerdemanagement" in hagen.explanation
    assert magdeburg.score < 60 and "bis 2.800\u00a0€" in magdeburg.explanation
    assert "verfehlt" in magdeburg.explanation
    assert "Technisches Verständnis" in magdeburg.missing  # the estimated band above needs it
    assert "Gehalt" in ranking.decisive


def test_empty_profile_gets_no_made_up_scores(seed_cities, vocabulary):
    ranking = ranked(seed_cities, vocabulary, CandidateProfile())
    assert [c.score for c in ranking.cities] == [None, None]
    for city in ranking.cities:
        statuses = {r.criterion: r.status for r in city.criteria}
        assert statuses["salary"] == statuses["skills"] == statuses["languages"] == NOT_ASKED
    assert "Noch keine Rangfolge" in ranking.decisive


def test_misspelled_skills_score_exactly_like_their_correct_twin(seed_cities, vocabulary):
    def with_skills(skills):
        return CandidateProfile(skills=skills, languages=[LanguageSkill("en", "B2")],
                                salary=SalaryExpectation(2400, 2800))
    right = ranked(seed_cities, vocabulary, with_skills(["Beschwerdemanagement", "Kommunikation", "Empathie"]))
    typos = ranked(seed_cities, vocabulary, with_skills(["Beschwerdemanagment", "komunikation", "Empatie"]))
    english = ranked(seed_cities, vocabulary, with_skills(["complaint handling", "communication", "empathy"]))

    def scores(r):
        return [(c.city, c.score, [x.score for x in c.criteria]) for c in r.cities]
    assert scores(right) == scores(typos) == scores(english)


def test_article_silence_is_neutral_not_zero_and_not_rewarded(seed_cities, vocabulary):
    profile = CandidateProfile(languages=[LanguageSkill("en", "C1")], preferences=Preferences(shift_work="no"))
    ranking = ranked(seed_cities, vocabulary, profile)
    magdeburg = next(c for c in ranking.cities if c.city == "Magdeburg")
    conditions = magdeburg.criterion("conditions")
    assert conditions.score == 50 and conditions.status == NO_INFORMATION
    assert "sagt der Artikel nichts" in conditions.explanation
    assert magdeburg.coverage == (2, 3)  # languages and training from the article; conditions not


def test_accepting_a_hardship_changes_no_score(seed_cities, vocabulary):
    def scores(choice):
        profile = CandidateProfile(languages=[LanguageSkill("en", "C1")],
                                   preferences=Preferences(shift_work=choice, weekend_work=choice))
        return [(c.city, c.score) for c in ranked(seed_cities, vocabulary, profile).cities]
    assert scores("ok") == scores(None)


def test_a_broken_must_ranks_a_city_last(seed_cities, vocabulary):
    profile = load_profile(EXAMPLES / "complaint-manager.cityfit")
    profile.preferences.shift_work = "no"
    profile.musts = ["shift_work"]
    ranking = ranked(seed_cities, vocabulary, profile)
    assert ranking.cities[-1].city == "Hagen" and ranking.cities[-1].broken_musts == ["shift_work"]
    assert ranking.cities[0].unconfirmed_musts == ["shift_work"]  # Magdeburg's article is silent on shifts
    assert "Muss-Kriterium" in ranking.decisive


def test_weights_change_the_order(seed_cities, vocabulary):
    profile = entry_level_polish_no_shifts()
    profile.salary = SalaryExpectation(3000, 3500)
    profile.skills = ["Beschwerdemanagement"]
    profile.weights = {"conditions": 0, "salary": 10}
    assert ranked(seed_cities, vocabulary, profile).cities[0].city == "Hagen"
    profile.weights = {"conditions": 10, "salary": 0}
    assert ranked(seed_cities, vocabulary, profile).cities[0].city == "Magdeburg"


def test_explanations_in_english(seed_cities, vocabulary):
    ranking = ranked(seed_cities, vocabulary, entry_level_polish_no_shifts(), lang="en")
    hagen = ranking.cities[1]
    assert "You do not want shift work, but the article mentions it." in hagen.criterion("conditions").explanation
    assert ranking.decisive.startswith("Magdeburg leads Hagen")
    text = " ".join(r.explanation for c in ranking.cities for r in c.criteria)
    for german in (" und ", "Sie ", "Artikel"):
        assert german not in text


def test_equal_input_gives_equal_output(seed_cities, vocabulary):
    first = ranked(seed_cities, vocabulary, entry_level_polish_no_shifts()).to_json()
    second = ranked(seed_cities, vocabulary, entry_level_polish_no_shifts()).to_json()
    assert first == second


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.cityfit")))
def test_every_example_profile_loads_and_ranks(seed_cities, vocabulary, example):
    ranking = ranked(seed_cities, vocabulary, load_profile(EXAMPLES / example))
    assert len(ranking.cities) == 2 and ranking.decisive


def test_english_sentences_write_common_nouns_small_and_names_as_they_are(vocabulary):
    by_label = {concept.label("en"): concept for concept in vocabulary.concepts}
    assert by_label["Foreign languages"].in_sentence("en") == "foreign languages"
    assert by_label["E-mail"].in_sentence("en") == "e-mail"
    assert by_label["CRM systems"].in_sentence("en") == "CRM systems"
    assert by_label["Polish"].in_sentence("en") == "Polish"
    assert by_label["Foreign languages"].in_sentence("de") == "Fremdsprachen"
