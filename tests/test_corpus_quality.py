"""Extraction quality over the development corpus (tests/corpus): the thresholds issue 12 asks for."""

import json

import pytest

from app.core.vocabulary import CATEGORIES
from tests.tools.extraction_report import CORPUS, annotated_articles, corpus_scores, summary

GROUPS = {"entry", "experienced", "qualified", "specialist", "general"}


@pytest.fixture(scope="module")
def scores():
    return corpus_scores()


def test_the_corpus_has_forty_articles_in_four_registers():
    registers = [truth["register"] for _, truth in annotated_articles()]
    assert len(registers) >= 40 and set(registers) == {"essay", "portal", "job_ad", "trap"}


@pytest.mark.parametrize("path, truth", annotated_articles(), ids=lambda item: getattr(item, "stem", ""))
def test_every_annotation_is_well_formed(vocabulary, path, truth):
    text = path.read_text(encoding="utf-8")
    named = {c for category in CATEGORIES for c in truth["concepts"].get(category, ())}
    for concept_id in [*named, *truth.get("absent", ()), *truth.get("ruled_out", ())]:
        assert concept_id in vocabulary.by_id, concept_id
    for concept_id in named:
        assert vocabulary.by_id[concept_id].category in truth["concepts"] and truth["evidence"][concept_id] in text
    assert not named & set(truth.get("absent", ()))
    for band in truth.get("pay", ()):
        assert band["group"] in GROUPS and (band.get("estimate") or band.get("min") or band.get("max"))


def test_every_city_is_named_and_nothing_is_invented(scores):
    result = summary(scores)
    assert result["cities_named"] == result["articles"]
    assert [(s.name, sorted(s.invented)) for s in scores if s.invented] == []


def test_at_least_nine_in_ten_concepts_are_found(scores):
    assert summary(scores)["recall"] >= 0.90


def test_every_pay_band_is_right_and_none_is_made_up(scores):
    assert [(s.name, s.missed_bands) for s in scores if s.missed_bands] == []
    assert [(s.name, s.extra_bands) for s in scores if s.extra_bands] == []


def test_the_corpus_readme_names_the_format():
    assert "ruled_out" in (CORPUS / "README.md").read_text(encoding="utf-8")
    assert all(json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))["city"] for p, _ in
               annotated_articles())
