"""One translation rule: domain words from messages.json, window chrome from the .ts, placeholders filled once."""

from app.gui.i18n import fill


def test_fill_puts_each_value_in_its_place():
    assert fill("%1 · last changed %2", "ada.cityfit", "30/11/2026") == "ada.cityfit · last changed 30/11/2026"
    assert fill("%2 vor %1", "eins", "zwei") == "zwei vor eins"  # a translation may reorder the placeholders


def test_fill_never_fills_a_value_again():
    # a file named "%2.cityfit" stays as it is, whatever the second value is
    filled = fill("“%1” could not be saved: %2.", "%2.cityfit", "disk full")
    assert filled == "“%2.cityfit” could not be saved: disk full."
    assert fill("%1 and %1", "%1") == "%1 and %1"


def test_fill_leaves_a_placeholder_without_a_value():
    assert fill("Step %1 of %2", "3") == "Step 3 of %2"
    assert fill("100 % sure, %1", "yes") == "100 % sure, yes"


def _messages() -> dict[str, dict[str, str]]:
    import json

    from app.core.resources import resource_path

    return json.loads(resource_path("messages.json").read_text(encoding="utf-8"))


def _comparable(text: str) -> str:
    """A text as a reader sees it: without the accelerator's "&", a trailing colon or ellipsis, or case."""
    text = text.replace("&", "").strip()
    for ending in (":", "…", "..."):
        text = text.removesuffix(ending)
    return text.strip().casefold()


def test_no_word_is_translated_in_both_catalogues():
    """Domain words come from messages.json only, window chrome from the .ts only: a text of the .ts that equals a
    message in the same language is one word translated twice, and the two copies drift apart."""
    import xml.etree.ElementTree as ET

    from app.core.resources import resource_path

    messages = _messages()
    said = {lang: {_comparable(entry[lang]): key for key, entry in messages.items()} for lang in ("de", "en")}
    both = []
    for context in ET.parse(resource_path("translations/cityfit_de.ts")).getroot().iter("context"):
        for message in context.iter("message"):
            source, german = message.findtext("source") or "", message.findtext("translation") or ""
            both += [(context.findtext("name"), text, said[lang][_comparable(text)])
                     for lang, text in (("en", source), ("de", german)) if _comparable(text) in said[lang]]
    assert not both, both


# Keys the code builds from a family's values: the snippet that builds them (it must still be in app/) and the
# keys it can build. Anything else must be named in app/ as it stands in messages.json.
def _built_keys() -> dict[str, list[str]]:
    from itertools import product

    from app.core.candidate import CRITERIA, HARDSHIP_CHOICES, MUSTS
    from app.core.criteria import DECLARED
    from app.core.results import NO_INFORMATION, NOT_ASKED
    from app.core.vocabulary import CATEGORIES

    return {
        'f"criterion_{': [f"criterion_{c}" for c in CRITERIA],
        'f"not_asked_{criterion}"': [f"not_asked_{c}" for c in CRITERIA if not DECLARED[c].city_only],
        'f"must_{': [f"must_{m}" for m in MUSTS],
        'f"choice_{': [f"choice_{c}" for c in HARDSHIP_CHOICES],
        'f"category_{category}"': [f"category_{c}" for c in CATEGORIES],
        "f'status_{result.status}'": [f"status_{s}" for s in (NO_INFORMATION, NOT_ASKED)],
        "f'article_outcome_{self.outcome}'": ["article_outcome_skipped", "article_outcome_not_added"],
        'f"{self.name}_offered"': ["industries_offered", "channels_offered"],  # the Wishes criteria
        'f"salary_{which}_{key}"': [f"salary_{w}_{k}" for w, k in product(("minimum", "desired"),
                                                                           ("met", "missed", "within", "open"))],
        'f"group_{band.applies_to}"': [f"group_{g}" for g in ("entry", "experienced", "qualified", "specialist",
                                                              "general")],
        "f\"condition_{'onboarding' if key == 'wants_onboarding' else choice}_{state}\"": [
            f"condition_{c}_{s}" for c, s in product(("no", "sometimes", "onboarding"),
                                                     ("named", "occasional", "ruled_out"))],
        'f"advice_accept_{accepted}"': ["advice_accept_ok", "advice_accept_sometimes"],
        'f"requirement_{requirement.strength}"': ["requirement_must", "requirement_nice"],
        'f"per_{period}"': ["per_month", "per_hour", "per_year"],
        'f"hours_{ad.hours}"': ["hours_full_time", "hours_part_time", "hours_both"],
        'f"contract_{ad.contract}"': ["contract_permanent", "contract_fixed_term"],
    }


def test_every_message_is_used():
    """A message nobody says is dead: it still needs translating and reviewing. "<key>_one" lives as long as its
    key (say() picks it for a count of 1)."""
    import re

    from tests.conftest import ROOT

    source = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "app").rglob("*.py"))
    named = set(re.findall(r"""["'](\w+)["']""", source))
    built = _built_keys()
    assert [snippet for snippet in built if snippet not in source] == []  # each family is still built that way
    used = named | {key for keys in built.values() for key in keys}
    # "<key>@<subject>" is said wherever <key> is, inside speaking_of(subject) (messages.AD, AD_HOURLY, …)
    unused = [key for key in _messages() if key.split("@")[0] not in used
              and key.split("@")[0].removesuffix("_one") not in used]
    assert unused == []
    assert {key for keys in built.values() for key in keys} <= set(_messages())  # and each built key exists


def test_domain_words_as_form_labels_get_distinct_accelerators():
    from app.gui.i18n import capitalised, with_mnemonics

    assert with_mnemonics(["Schichtarbeit", "Nachtarbeit", "Sprachen", "S&P", "Sp"]) == [
        "&Schichtarbeit", "&Nachtarbeit", "S&prachen", "S&&P", "Sp"]  # no letter left: none; "&&" shows "&"
    assert with_mnemonics(["Nachtarbeit"], beside=["&Name", "Wu&nsch"]) == ["N&achtarbeit"]  # the form's own
    assert capitalised("nur ab und zu") == "Nur ab und zu" and capitalised("") == ""
