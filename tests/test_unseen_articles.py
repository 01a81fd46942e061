"""Articles of the same family for other cities, phrased differently: the extractor is not fitted to the seeds."""

from pathlib import Path

import pytest

from app.core.articles import Article
from app.core.extract import city_name, extract
from app.core.text import sentence_spans

FRANKFURT = """Customer Service Jobs und Stellenangebote in Frankfurt am Main
Beruf Customer Service in Frankfurt am Main
Zwischen Bankentürmen und Hotline: Kundenservice am Main
Viele Arbeitgeber kommen aus dem Finanzwesen, etwa Banken und Versicherungen, dazu Airlines am Flughafen.
Gefragt sind sehr gute Englischkenntnisse, oft auch Französisch oder Spanisch, z. B. im Reiseservice.
Das Einstiegsgehalt liegt bei rund 2.600 Euro brutto im Monat.
Mit Berufserfahrung sind 2.900 bis 3.300 € drin, Teamleiter kommen auf über 3.800 €.
Gearbeitet wird ohne Nachtschichten, aber Samstagsdienste kommen vor.
Neue Kolleginnen erhalten ein Onboarding mit Mentor und regelmäßige Schulungen.
Kontakt läuft über Telefon, Live-Chat und ein Ticketsystem; KI-Assistenten helfen bei Routinefragen.
"""

NO_SALARY = """Customer Service Jobs und Stellenangebote in Halle (Saale)
Beruf Customer Service in Halle (Saale)
Der Kundendienst in Halle ist bunt. Wer freundlich ist und gut zuhören kann, findet hier seinen Platz.
Über das Gehalt spricht man hier nicht gern. Die Stadt hat 240.000 Einwohner und wurde 806 erstmals erwähnt.
"""


def extracted(vocabulary, text, name="article.txt"):
    return extract(Article(Path(name), text), vocabulary)


def test_an_unseen_city_gets_a_sensible_profile(vocabulary):
    city = extracted(vocabulary, FRANKFURT)
    assert city.city == "Frankfurt am Main"
    bands = [(b.min_eur, b.max_eur, b.applies_to) for b in city.salary_bands]
    assert bands == [(2600, 2600, "entry"), (2900, 3300, "experienced"), (3800, None, "specialist")]
    assert set(city.concepts("language")) == {"lang_en", "lang_fr", "lang_es"}
    assert {"industry_banking", "industry_insurance", "industry_tourism"} <= set(city.concepts("industry"))
    assert {"structured_onboarding", "mentoring", "weekend_work"} <= set(city.concepts("condition"))
    assert "shift_work" not in city.concepts("condition")
    assert [f.term for f in city.negated("night_work")] == ["Nachtschichten"]
    assert set(city.concepts("channel")) == {"channel_phone", "channel_chat", "channel_tickets"}
    assert "ai" in city.concepts("automation") and "internal_training" in city.concepts("training")
    for item in [*city.facts, *city.salary_bands]:
        assert FRANKFURT[item.start:item.end] == item.quote


def test_an_article_without_salary_has_no_band_and_ignores_other_numbers(vocabulary):
    city = extracted(vocabulary, NO_SALARY)
    assert city.city == "Halle (Saale)"
    assert city.salary_bands == []
    assert set(city.concepts("skill")) == {"friendliness", "listening"}


@pytest.mark.parametrize("sentence, expected", [
    ("Einsteiger verdienen zwischen 2100 und 2400 Euro.", (2100, 2400, "entry")),
    ("Das Gehalt beträgt 2.300–2.700 €.", (2300, 2700, "general")),
    ("Erfahrene Kräfte erhalten bis zu 3.100 €.", (None, 3100, "experienced")),
    ("Ab 2.500 € geht es los, für Berufsanfänger.", (2500, None, "entry")),
    ("Im Jahr sind 36.000 € für Einsteiger üblich.", (3000, 3000, "entry")),
    ("Der Stundenlohn liegt bei 15 € für Neulinge.", (2595, 2595, "entry")),
    ("Mit Zusatzqualifikationen sind 3.000 € und mehr drin.", (3000, None, "qualified")),
])
def test_salary_phrasings(vocabulary, sentence, expected):
    bands = extracted(vocabulary, "Customer Service Jobs und Stellenangebote in Testhausen\n" + sentence).salary_bands
    assert [(b.min_eur, b.max_eur, b.applies_to) for b in bands] == [expected]


@pytest.mark.parametrize("sentence", [
    "Die Stadt hat 2.400 Einwohner pro Quadratkilometer.",
    "Im Jahr 2024 gab es 3.000 neue Stellen.",
    "Ein paar Hundert mehr Bewerber als im Vorjahr.",
])
def test_numbers_that_are_not_pay_are_ignored(vocabulary, sentence):
    assert extracted(vocabulary, "Titel in Testhausen\n" + sentence).salary_bands == []


def test_sentences_respect_abbreviations_and_numbers():
    text = "Gefragt sind z. B. Englisch und ca. 2.400 € Gehalt. Danach kommt mehr! Wirklich? Ja.\nÜberschrift\n"
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    assert sentences == ["Gefragt sind z. B. Englisch und ca. 2.400 € Gehalt.", "Danach kommt mehr!", "Wirklich?",
                         "Ja.", "Überschrift"]


def test_crlf_and_title_fallbacks():
    assert city_name("Customer Service Jobs und Stellenangebote in Köln\r\nmehr", Path("x.txt")) == "Köln"
    assert city_name("Ohne passenden Titel\nNoch eine Zeile", Path("customer-service-bad-hersfeld.txt")) \
        == "Bad Hersfeld"
