"""What a sentence asserts, one pattern at a time: word forms, negation, hedging, rhetoric, reference, headings,
concepts of their own, pay wording. Every sentence is written for this test."""

from pathlib import Path

import pytest

from app.core.articles import Article
from app.core.extract import extract

TITLE = "Kundenservice Jobs und Stellenangebote in Bremen\n"


def profile(vocabulary, body: str):
    return extract(Article(Path("artikel.txt"), TITLE + body), vocabulary)


def state(city, concept_id: str, vocabulary) -> str:
    category = vocabulary.by_id[concept_id].category
    if concept_id in city.concept_ids(category):
        return "occasional" if city.is_occasional(concept_id) else "asserted"
    if city.is_ruled_out(concept_id):
        return "ruled_out"
    if any(f.concept == concept_id and f.uncertain for f in city.facts):
        return "uncertain"
    return "absent"


@pytest.mark.parametrize("sentence, concept, expected", [
    # word forms and compounds
    ("Gesucht werden Leute für die Hotline eines Versicherungskonzerns.", "industry_insurance", "asserted"),
    ("Mehrere Stromversorger betreiben hier ihre Kundenhotlines.", "industry_energy", "asserted"),
    ("Wir betreuen die Kundschaft großer Onlineshops.", "industry_ecommerce", "asserted"),
    ("Beim Zuhören zeigt sich, wer hier richtig ist.", "listening", "asserted"),
    ("Höflich und IT-affin sollten Sie sein.", "friendliness", "asserted"),
    ("Höflich und IT-affin sollten Sie sein.", "technical_skills", "asserted"),
    ("Gepflegt werden die Fälle in einem Ticket-Tool.", "channel_tickets", "asserted"),
    # idioms as data
    ("Ein dickes Fell hilft bei schwierigen Anrufen.", "resilience", "asserted"),
    ("Wer die Ruhe weghat, kommt gut zurecht.", "resilience", "asserted"),
    ("Man sollte nicht auf den Mund gefallen sein.", "communication", "asserted"),
    # negation and rarity in every category
    ("Vertrieb gehört hier nicht zu den Aufgaben.", "sales", "absent"),
    ("Französisch braucht in diesen Teams niemand.", "lang_fr", "absent"),
    ("Mit Smalltalk am Hörer hat das wenig zu tun.", "channel_phone", "absent"),
    ("Homeoffice gibt es keines.", "home_office", "ruled_out"),
    ("Schichtdienst kommt nur selten vor.", "shift_work", "ruled_out"),
    ("Keine Wochenend- oder Nachtdienste.", "night_work", "ruled_out"),
    ("Samstags arbeitet man hin und wieder.", "weekend_work", "occasional"),
    ("Ohne Englisch geht hier wenig.", "lang_en", "asserted"),
    ("Englisch ist nett, wird aber kaum gebraucht.", "lang_en", "absent"),
    ("Erfahrung im Einzelhandel ist kein Muss.", "industry_retail", "absent"),
    # hedging: shown as uncertain, never counted
    ("Vielleicht wird irgendwann auch Chinesisch wichtig.", "lang_zh", "uncertain"),
    ("Ein Chatbot ist seit Jahren angekündigt.", "chatbots", "uncertain"),
    ("Ob KI die Hotline je übernimmt, wird viel diskutiert.", "ai", "uncertain"),
    # rhetoric and questions
    ("Wer glaubt, hier ginge es nur um Verkauf, irrt sich.", "sales", "absent"),
    ("Das Klischee vom ewigen Telefonieren stimmt so nicht.", "channel_phone", "absent"),
    ("Braucht man dafür wirklich so viel Humor?", "humour", "absent"),
    ("Und Homeoffice? Zwei Tage die Woche.", "home_office", "asserted"),
    ("Und Homeoffice? Fehlanzeige.", "home_office", "ruled_out"),
    # who or what the words are about
    ("Die Menschen hier gelten als geduldig und herzlich.", "patience", "absent"),
    ("Die Bremer gelten als zuverlässig.", "reliability", "absent"),
    ("Viele von uns kommen aus der Gastronomie.", "industry_hospitality", "absent"),
    ("Das italienische Flair der Altstadt lockt Besucher.", "lang_it", "absent"),
    ("Früher prägten Werften und Maschinenbau die Stadt.", "industry_manufacturing", "absent"),
    ("Es gibt Schulungen zu Deeskalation.", "de_escalation", "absent"),
    ("Es gibt Schulungen zu Deeskalation.", "internal_training", "asserted"),
    # concepts of their own, not merged
    ("Multitasking ist gefragt.", "multitasking", "asserted"),
    ("Viele Stellen gibt es in Arztpraxen und Kliniken.", "industry_health", "asserted"),
    ("Auch Bürgerämter suchen Personal für ihre Servicenummer.", "industry_public", "asserted"),
    ("Geduld ist wichtig.", "patience", "asserted"),
    ("Geduld ist wichtig.", "resilience", "absent"),
    ("Erfahrung mit CRM-Systemen wird erwartet.", "crm", "asserted"),
    ("Erfahrung mit CRM-Systemen wird erwartet.", "office_software", "absent"),
    ("Viele Jobs gibt es im E-Commerce.", "industry_ecommerce", "asserted"),
    ("Viele Jobs gibt es im E-Commerce.", "industry_retail", "absent"),
    ("Flexibilität wird erwartet.", "flexibility", "asserted"),
    ("Flexibilität wird erwartet.", "versatility", "absent"),
    ("Verhandlungssicheres Deutsch ist Pflicht.", "lang_de", "asserted"),
    ("Gefragt ist Fingerspitzengefühl.", "tact", "asserted"),
    ("Kunden nutzen zunehmend Self-Service-Portale.", "self_service", "asserted"),
    ("Konzerthäuser suchen Leute für den Kartenvorverkauf.", "industry_culture", "asserted"),
    ("Gefragt sind Dänisch, Schwedisch und Norwegisch.", "lang_no", "asserted"),
    ("Mit französischen Sprachkenntnissen kommt man weit.", "foreign_languages", "absent"),
    # found by a review with its own sentences
    ("In der Stadt lebt eine breite Mittelschicht aus allen sozialen Schichten.", "shift_work", "absent"),
    ("Die meisten Kolleginnen kommen mit der Bahn zur Arbeit.", "industry_mobility", "absent"),
    ("Der Handel mit Kundendaten ist streng verboten.", "industry_retail", "absent"),
    ("Eine Zulage für Nachtarbeit entfällt, weil das Servicecenter um 20 Uhr schließt.", "night_work", "ruled_out"),
    ("Neben Deutsch sprechen viele Bewerber auch Türkisch, verlangt wird das aber nicht.", "lang_tr", "absent"),
    ("Rund 1200 Beschäftigte arbeiten dort im Schichtdienst.", "shift_work", "asserted"),
    ("Das Team sitzt in einem ehemaligen Kaufhaus und betreut die Kunden einer Krankenkasse.",
     "industry_insurance", "asserted"),
    ("Wochenenddienste stehen alle paar Monate an.", "weekend_work", "occasional"),
    ("Kein Arbeitstag vergeht ohne Englisch.", "lang_en", "asserted"),
    ("Will der Vertriebsleiter ein neues Hintergrundbild, eher nicht.", "sales", "absent"),
    # a user's own article
    ("Ein Gefühl für Zahlen und keine Angst vor Technik sollte man mitbringen.", "technical_skills", "asserted"),
    ("Samstage nur in der Inventurwoche.", "weekend_work", "occasional"),
    ("Wochenenddienste stehen etwa alle drei Wochen an.", "weekend_work", "occasional"),
    ("Und wer weiß, vielleicht sitze ich in ein paar Jahren selbst als Patin neben einer Neuen.", "mentoring",
     "uncertain"),
    ("Die Lippstädter gelten übrigens als sehr hilfsbereit und humorvoll.", "humour", "absent"),
    # "Sie" addressing the reader points back at nothing: the shifts stand, the weekends are free
    ("Arbeit im Schichtsystem zwischen 7 und 20 Uhr, an Wochenenden haben Sie frei.", "shift_work", "asserted"),
    ("Arbeit im Schichtsystem zwischen 7 und 20 Uhr, an Wochenenden haben Sie frei.", "weekend_work", "ruled_out"),
    # another team's work is not the job's
    ("Den Verkauf neuer Tarife übernimmt unser Vertriebsteam in Neumünster – Sie beraten nur.", "sales", "absent"),
    ("Our tech team works remotely; our support team sits together in our office.", "home_office", "absent"),
    # English ads
    ("No night shifts, and weekends are free.", "night_work", "ruled_out"),
    ("You will support customers on the phone and via live chat.", "channel_phone", "asserted"),
])
def test_what_a_sentence_asserts(vocabulary, sentence, concept, expected):
    assert state(profile(vocabulary, sentence + "\n"), concept, vocabulary) == expected


def test_a_heading_only_announces_a_topic(vocabulary):
    body = ("Ein Tag im Kundenservice beginnt hier mit einer kurzen Besprechung im Team.\n"
            "Schichtarbeit\n"
            "Die Arbeitszeiten sind geregelt, gearbeitet wird von acht bis siebzehn Uhr, und das Team teilt sich "
            "die Pausen untereinander auf.\n"
            "Was zählt: Geduld und Humor\n"
            "Die Anrufe sind oft lang, und die Leute am anderen Ende wollen ernst genommen werden, auch wenn es "
            "um Kleinigkeiten geht.\n")
    city = profile(vocabulary, body)
    assert state(city, "shift_work", vocabulary) == "absent"
    assert state(city, "patience", vocabulary) == "asserted" and state(city, "humour", vocabulary) == "asserted"


def test_the_line_under_the_title_is_read_like_a_sentence(vocabulary):
    city = profile(vocabulary, "Vollzeit oder Teilzeit\nWir suchen Verstärkung für unsere Hotline.\n")
    assert state(city, "part_time", vocabulary) == "asserted"


@pytest.mark.parametrize("sentence, bands", [
    ("Zum Einstieg zahlen die meisten Firmen 2.350 Euro.", [(2350, 2350, "entry", False)]),
    ("Gezahlt wird ab 2.500 € brutto.", [(2500, None, "general", False)]),
    ("Im Mittel verdienen Agents rund 2.700 Euro.", [(2700, 2700, "general", False)]),
    ("Erfahrene Kräfte kommen auf bis zu 3.100 Euro.", [(None, 3100, "experienced", False)]),
    ("Der Lohn liegt bei 13,50 Euro die Stunde.", [(2336, 2336, "general", False)]),
    ("Einsteiger erhalten 30.000 Euro im Jahr.", [(2500, 2500, "entry", False)]),
    ("Nur im Key-Account-Team sind bis zu 4.000 Euro drin.", [(None, 4000, "specialist", False)]),
    ("Mit Dänisch sind rund 2.800 Euro drin.", [(2800, 2800, "qualified", False)]),
    ("Gerüchte über 4.500 Euro halten sich, stimmen aber nicht.", []),
    ("Die Miete für eine kleine Wohnung liegt bei 950 Euro.", []),
    ("Die Stadt hat 210.000 Einwohner und ein Ticket kostet 3 Euro.", []),
    ("Einsteiger verdienen 2.400 Euro. Mit Erfahrung gibt es deutlich mehr.",
     [(2400, 2400, "entry", False), (2700, 3100, "experienced", True)]),
    ("Im Second Level arbeiten Spezialisten. Dort sind bis 3.800 € möglich.", [(None, 3800, "specialist", False)]),
    ("Teamleiter verdienen hier 3.400 Euro, Agents im ersten Jahr 2.400 Euro.",
     [(3400, 3400, "specialist", False), (2400, 2400, "entry", False)]),
    ("Früher lag das Gehalt bei 2.000 Euro, heute zahlen die Betriebe 2.600 Euro.",
     [(2600, 2600, "experienced", False)]),
    ("Das Weihnachtsgeld beträgt 1.200 Euro.", []),
])
def test_pay_bands_follow_the_sentence(vocabulary, sentence, bands):
    city = profile(vocabulary, sentence + "\n")
    assert [(b.min_eur, b.max_eur, b.applies_to, b.estimate) for b in city.salary_bands] == bands


def test_an_uncertain_fact_is_kept_with_its_sentence_but_never_counted(vocabulary):
    city = profile(vocabulary, "Vielleicht wird irgendwann auch Chinesisch wichtig.\n")
    [fact] = [f for f in city.facts if f.concept == "lang_zh"]
    assert fact.uncertain and not fact.counts and fact.quote.startswith("Vielleicht")
    assert "lang_zh" not in city.concept_ids("language")


def test_a_mac_file_with_decomposed_umlauts_reads_like_any_other(vocabulary):
    from app.core.articles import decode

    text = decode((TITLE + "Franzo\u0308sischkenntnisse und Geduld sind Pflicht.\n").encode())
    city = extract(Article(Path("mac.txt"), text), vocabulary)
    assert "lang_fr" in city.concept_ids("language") and "patience" in city.concept_ids("skill")


@pytest.mark.parametrize("body", [
    "9" * 4300 + " Euro.", "Gehalt " + "9" * 400 + " Euro.", " ".join(["Früh-,"] * 500) + " Spätschicht.",
    ", ".join(["Englisch"] * 2000) + ".", "„" * 50 + "(" * 50 + "–" * 50, "." * 20000, "…" * 20000,
    "Schichtdienst" * 5000,
])
def test_odd_input_neither_crashes_nor_invents_pay(vocabulary, body):
    city = profile(vocabulary, body + "\n")
    assert all(band.top < 100_000 for band in city.salary_bands)


def test_the_cue_and_vocabulary_data_hold_each_term_once_and_every_term_parses(vocabulary):
    from app.core.resources import load_json_resource
    from app.core.terms import Term

    data = load_json_resource("scope_cues.json")
    lists = [*data["cues"].values(), *data["reference"].values(), *data["words"].values()]
    lists += [concept.term_texts for concept in vocabulary.concepts]
    for terms in lists:
        assert len(terms) == len(set(terms)), [t for t in terms if list(terms).count(t) > 1]
    for terms in [*data["cues"].values(), *data["reference"].values()]:
        for text in terms:
            Term.parse(text)


def test_a_concept_the_article_also_states_is_not_listed_as_mere_speculation(vocabulary):
    from app.core.candidate import CandidateProfile
    from app.core.ranking import explain_city

    city = profile(vocabulary, "Neue bekommen eine Patin an die Seite.\n"
                               "Und wer weiß, vielleicht bin ich bald selbst Patin.\n"
                               "Vielleicht wird irgendwann auch Chinesisch wichtig.\n")
    result = explain_city(city, CandidateProfile(name="Test"), vocabulary, "de")
    assert result.speculated_labels == ["Chinesisch"]


def test_a_rise_on_top_of_a_qualified_band_needs_the_qualification_and_the_years(vocabulary):
    city = profile(vocabulary, "Wer fließend Italienisch spricht, kann mit 3.000 Euro rechnen, und mit ein paar "
                               "Jahren Erfahrung geht es spürbar nach oben.\n")
    rise = next(band for band in city.salary_bands if band.estimate)
    assert rise.needs_experience and rise.requires == ("lang_it",)  # Italian AND the years, not either
    figure = next(band for band in city.salary_bands if not band.estimate)
    assert figure.requires == ("lang_it",) and not figure.needs_experience  # the years belong to the rise
