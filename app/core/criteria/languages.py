"""Languages: the strongest match with what the article asks for, and German at a working level."""

from __future__ import annotations

from app.core.cityprofile import CityProfile
from app.core.criteria.base import (
    NOTHING_ASKED,
    Criterion,
    Explanation,
    Judgement,
    evidence,
    label,
    not_asked,
    silent,
)
from app.core.messages import join_words, level_name, say
from app.core.view import CandidateView


class Languages(Criterion):
    """A language the article names is a plus: the strongest one the candidate speaks lifts the score from
    the neutral points to 100 (a language the article names outright beats its generic "Fremdsprachen").
    Languages the article asks for and the candidate lacks cost nothing, so naming more never hurts.
    German below the working level lowers the score in every city alike."""

    name = "languages"

    def inputs(self, view: CandidateView):
        return view.languages_key

    def judge(self, city: CityProfile, view: CandidateView) -> Judgement:
        if not view.profile.languages:
            return NOTHING_ASKED
        general = (self._german_points(view),)
        foreign = _foreign_asked(city, view)
        if not foreign:
            return Judgement((None,), general)
        neutral = view.config["neutral_points"]
        best = _best_match(foreign, view)[0]
        return Judgement((neutral + (100 - neutral) * best / 100,), general)

    def explain(self, city, view, judgement, lang) -> Explanation:
        if not judgement.asked:
            return not_asked(self.name, view.config["neutral_points"], lang)
        asked = city.concept_ids("language")
        foreign = _foreign_asked(city, view)
        parts, matched, missing = [], [], []
        if foreign:
            parts.append(say("languages_asked", lang, what=join_words([label(view, c, lang) for c in asked], lang)))
            points, concept_id, code = _best_match(foreign, view)
            if points:
                matched = [_shown(view, concept_id, code, lang)]
                key = "languages_best_generic" if concept_id == "foreign_languages" else "languages_best_named"
                parts.append(say(key, lang, what=matched[0]))
            missing = [label(view, c, lang) for c in foreign if c != "foreign_languages"
                       and not view.profile.level_of(view.vocabulary.by_id[c].code or "")]
            if not points:
                parts.append(say("languages_none_spoken", lang))
            elif missing:
                parts.append(say("languages_not_spoken", lang, what=join_words(missing, lang)))
        elif asked:  # only German: no foreign language to match, which counts neutral
            parts += [say("languages_only_german", lang), silent(view, lang)]
        else:
            parts += [say("no_information", lang), silent(view, lang)]
        parts.append(self._german_sentence(view, lang))
        facts = [fact for facts in city.concepts("language").values() for fact in facts]
        return Explanation(" ".join(p for p in parts if p), matched, missing, evidence(city, facts))

    @staticmethod
    def _german_points(view: CandidateView) -> float:
        """100 from the working level up, less below it; not given: the neutral points."""
        if view.profile.level_of("de") is None:
            return float(view.config["neutral_points"])
        working = view.level_points(view.config["working_german_level"])
        return min(100.0, 100.0 * view.level_points(view.profile.level_of("de")) / working)

    def _german_sentence(self, view: CandidateView, lang: str) -> str:
        level = view.profile.level_of("de")
        working = view.config["working_german_level"]
        if level is None:
            return say("german_not_given", lang, level=working, points=view.config["neutral_points"])
        if self._german_points(view) < 100:
            return say("german_below_working", lang, level=level_name(level, lang), working=working)
        return say("german_meets", lang, level=level_name(level, lang))


def _foreign_asked(city: CityProfile, view: CandidateView) -> list[str]:
    """The languages the article asks for besides German, in article order."""
    return [c for c in city.concept_ids("language") if view.vocabulary.by_id[c].code != "de"]


def _best_match(asked: list[str], view: CandidateView) -> tuple[float, str | None, str | None]:
    """(points, concept, language code) of the candidate's strongest language among those asked for."""
    best: tuple[float, str | None, str | None] = (0.0, None, None)
    for concept_id in asked:
        code = view.vocabulary.by_id[concept_id].code or ""
        counted: str | None = code  # for the generic "Fremdsprachen": the candidate's strongest foreign language
        if code == "*":
            counted, level = view.best_foreign_language()
            points = view.level_points(level) * view.config["generic_language_share"]
        else:
            points = view.level_points(view.profile.level_of(code))
        if points > best[0]:
            best = (points, concept_id, counted)
    return best


def _shown(view: CandidateView, concept_id: str | None, code: str | None, lang: str) -> str:
    """'Polnisch (B2)'; for the generic 'Fremdsprachen', the language it counted."""
    language = view.vocabulary.language_by_code(code or "")
    level = level_name(view.profile.level_of(code or "") or "", lang)
    name = language.label(lang) if language else (code or "")
    return f"{name} ({level})"
