"""Every fact CityFit finds in the two seed articles, pinned."""

import pytest

from tests.conftest import SEEDS

# Changed with issue 12, on purpose: a heading is no evidence ("Alltag zwischen Freundlichkeit, Frust und
# Veränderung" no longer makes friendliness a Hagen skill), "viel Live-Kommunikation" describes the job rather
# than asking for communication skills, "die Nerven werden getestet" is stress, not performance pressure, and
# patience ("stoischer Geduld am Telefon") is its own concept instead of resilience.
MAGDEBURG = {
    "language": {"foreign_languages", "lang_en", "lang_pl"},
    "skill": {"complaint_management", "resilience", "versatility", "friendliness", "communication",
              "quick_learning", "technical_skills", "product_knowledge", "structured_work", "persistence",
              "humour", "data_protection"},
    "industry": {"industry_it", "industry_logistics", "industry_energy", "industry_manufacturing"},
    "condition": {"structured_onboarding", "mentoring"},
    "training": {"further_training", "internal_training", "workshops", "career_growth"},
    "channel": {"channel_phone", "channel_email", "channel_chat"},
    "automation": {"digitalisation", "chatbots", "ai"},
}
HAGEN = {
    "language": {"foreign_languages"},
    "skill": {"patience", "resilience", "empathy", "listening", "objectivity", "humour", "technical_skills",
              "complaint_management", "quick_learning"},
    "industry": {"industry_logistics", "industry_telecom", "industry_insurance", "industry_retail"},
    "condition": {"shift_work", "weekend_work", "performance_pressure"},
    "training": {"career_growth", "further_training", "internal_training", "certificates"},
    "channel": {"channel_phone", "channel_social"},
    "automation": {"automation", "digitalisation", "chatbots"},
}


@pytest.mark.parametrize("city, expected", [("Magdeburg", MAGDEBURG), ("Hagen", HAGEN)])
def test_every_concept_of_each_seed(seed_cities, city, expected):
    profile = seed_cities[city]
    found = {category: set(profile.concepts(category)) for category in expected}
    assert found == expected
    assert not [fact for fact in profile.facts if fact.negated]


def test_city_names_come_from_the_title_line(seed_cities):
    assert sorted(seed_cities) == ["Hagen", "Magdeburg"]


@pytest.mark.parametrize("city", ["Magdeburg", "Hagen"])
def test_every_quote_is_the_exact_sentence_at_its_offsets(seed_cities, city):
    profile = seed_cities[city]
    text = (SEEDS / f"customer-service-{city.lower()}.txt").read_text(encoding="utf-8")
    for item in [*profile.facts, *profile.salary_bands]:
        assert text[item.start:item.end] == item.quote
        assert item.quote == item.quote.strip()
    for fact in profile.facts:
        assert fact.term in fact.quote


def test_magdeburg_salary_bands(seed_cities):
    bands = [(b.min_eur, b.max_eur, b.applies_to, b.requires, b.estimate)
             for b in seed_cities["Magdeburg"].salary_bands]
    assert bands == [
        (2100, 2400, "entry", (), False),
        (None, 2800, "experienced", ("experience", "foreign_languages"), False),
        (3000, 3300, "specialist", ("technical_skills",), True),
    ]
    estimate = seed_cities["Magdeburg"].salary_bands[2]
    assert estimate.quote == ("Wer in anspruchsvollere Teams wechselt, etwa im technischen Support, "
                              "kann noch ein paar Hundert mehr erwarten.")


def test_hagen_salary_bands(seed_cities):
    bands = [(b.min_eur, b.max_eur, b.applies_to, b.requires, b.estimate) for b in seed_cities["Hagen"].salary_bands]
    assert bands == [
        (2400, 2800, "entry", (), False),
        (3200, 3600, "qualified", ("foreign_languages", "technical_skills", "complaint_management"), False),
    ]
    assert seed_cities["Hagen"].salary_bands[0].quote.startswith("Realistisch betrachtet: Viele Positionen starten")


@pytest.mark.parametrize("city, concept, quote_start", [
    ("Magdeburg", "lang_pl", "Englisch, manchmal Polnisch"),
    ("Magdeburg", "structured_onboarding", "Was das Leben als Einsteiger leichter macht"),
    ("Magdeburg", "mentoring", "Was das Leben als Einsteiger leichter macht"),
    ("Magdeburg", "ai", "Digitalisierung nimmt Fahrt auf"),
    ("Magdeburg", "channel_chat", "Was viele unterschätzen: Wer in Magdeburg am Servicetelefon"),
    ("Hagen", "weekend_work", "Klingt zunächst solide, ist aber mit Schichtdiensten"),
    ("Hagen", "foreign_languages", "Wer zuhören kann, Fremdsprachen mindestens solide"),
    ("Hagen", "channel_social", "Im Gegenteil, oft steigen die Anforderungen"),
])
def test_quotes_of_key_facts(seed_cities, city, concept, quote_start):
    quotes = [fact.quote for fact in seed_cities[city].facts if fact.concept == concept]
    assert quotes[0].startswith(quote_start)


def test_chatbots_are_automation_not_a_chat_channel(seed_cities):
    hagen = seed_cities["Hagen"]
    assert "channel_chat" not in hagen.concepts("channel")
    assert "chatbots" in hagen.concepts("automation")


def test_seed_files_are_the_shared_originals():
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/ is not beside this checkout")
    for original in shared.glob("*.txt"):
        assert (SEEDS / original.name).read_bytes() == original.read_bytes()
