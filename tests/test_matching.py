"""What people type is matched to the vocabulary: typos, case, umlauts, German or English."""

import pytest


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
