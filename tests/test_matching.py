"""What people type is matched to the vocabulary: typos, case, umlauts, German or English."""

import random

import pytest
from rapidfuzz import fuzz

from app.core.text import fold
from app.core.vocabulary import FUZZY_CUTOFF, MIN_FUZZY_LENGTH
from tests.conftest import fresh_python


@pytest.mark.parametrize("typed, concept", [
    ("Beschwerdemanagement", "complaint_management"),
    ("Beschwerdemanagment", "complaint_management"),
    ("beschwerde-management", "complaint_management"),
    ("complaint handling", "complaint_management"),
    ("Englisch", "lang_en"),
    ("english", "lang_en"),
    ("Französisch", "lang_fr"),
    ("Franzoesisch", "lang_fr"),
    ("Teamfaehigkeit", "teamwork"),
    ("TEAMFÄHIGKEIT", "teamwork"),
    ("Einfühlungsvermögen", "empathy"),
    ("Einfuehlungsvermoegen", "empathy"),
    ("empathy", "empathy"),
    ("Komunikation", "communication"),
    ("Datenschutz", "data_protection"),
    ("GDPR", "data_protection"),
])
def test_typed_text_finds_its_concept(vocabulary, typed, concept):
    match = vocabulary.match(typed)
    assert match.concept is not None and match.concept.id == concept


@pytest.mark.parametrize("typed", ["Kochen", "xy", "", "a", "Gartenarbeit", "Astrophysik"])
def test_unrelated_text_matches_nothing(vocabulary, typed):
    assert vocabulary.match(typed).concept is None


def test_category_filter(vocabulary):
    assert vocabulary.match("Logistik", ("industry",)).concept.id == "industry_logistics"
    assert vocabulary.match("Logistik", ("channel",)).concept is None
    assert vocabulary.match("Telefon", ("channel",)).concept.id == "channel_phone"


def test_batch_matching_equals_single_matching(vocabulary):
    typed = ["Beschwerdemanagment", "Kochen", "Englisch", "chat", "Telekommunikation"]
    assert [m.concept for m in vocabulary.match_many(typed)] == [vocabulary.match(t).concept for t in typed]


def test_vocabulary_is_well_formed(vocabulary):
    ids = [c.id for c in vocabulary.concepts]
    assert len(ids) == len(set(ids))
    for concept in vocabulary.concepts:
        assert concept.labels["de"] and concept.labels["en"] and concept.terms
    codes = [c.code for c in vocabulary.in_category("language")]
    assert len(codes) == len(set(codes))


def typed_texts(vocabulary, count: int, categories) -> list[str]:
    """What people type: names the vocabulary knows, retyped with slips, plus words it does not know."""
    rng = random.Random(15)
    names = [name for concept in vocabulary.concepts if categories is None or concept.category in categories
             for name in (*concept.labels.values(), *concept.synonyms)]
    slips = [
        lambda w, i: w[:i] + w[i + 1:],  # a letter left out
        lambda w, i: w[:i] + w[i + 1:i + 2] + w[i] + w[i + 2:],  # two letters swapped
        lambda w, i: w[:i] + rng.choice("aeinrstlou") + w[i + 1:],  # a wrong letter
        lambda w, i: w[:i] + w[i] + w[i:],  # a letter doubled
        lambda w, i: w.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").upper(),  # ae for ä, capitals
    ]
    typed = ["Kochen", "Gartenarbeit", "Astrophysik", "Buchhaltung", "Lagerlogistik", "Staplerschein"]
    while len(typed) < count:
        name = rng.choice(names)
        for _ in range(rng.choice((1, 1, 2))):
            name = rng.choice(slips)(name, rng.randrange(max(len(name) - 1, 1)))
        typed.append(name)
    return typed


def first_closest(vocabulary, text: str, categories) -> tuple[str | None, float]:
    """The matching rule spelled out, one name at a time: the first name with the highest score from 86 on."""
    best_id, best_score = None, 0.0
    for name, owner in vocabulary.names():
        if categories is None or owner.category in categories:
            score = fuzz.token_set_ratio(fold(text), name)
            if score >= FUZZY_CUTOFF and score > best_score:
                best_id, best_score = owner.id, score
    return best_id, best_score


@pytest.mark.parametrize("categories", [None, ("skill",), ("industry",), ("channel",)])
def test_fuzzy_matches_are_the_first_closest_name_for_2000_typed_texts(vocabulary, categories):
    typed = [text for text in typed_texts(vocabulary, 2000, categories) if fold(text) not in dict(vocabulary.names())]
    matches = vocabulary.match_many(typed, categories)
    expected = [first_closest(vocabulary, text, categories) if len(fold(text)) >= MIN_FUZZY_LENGTH else (None, 0.0)
                for text in typed]
    assert [(m.concept.id if m.concept else None, m.score) for m in matches] == expected
    assert sum(concept is not None for concept, _ in expected) > len(typed) / 2  # the slips are mostly forgiven


def test_matching_a_typo_needs_no_numpy():
    run = fresh_python("import sys; sys.modules['numpy'] = None; from app.core.vocabulary import load_vocabulary; "
                       "print(load_vocabulary().match('Beschwerdemanagment').concept.id)")
    assert run.stdout.strip() == "complaint_management", run.stderr
