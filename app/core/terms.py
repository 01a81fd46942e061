"""The small term language of the vocabulary: words matched on lemmas, compounds and surface forms.

A term is words separated by spaces; each word matches one token whose folded surface form or lemma
  word    equals it                          "geduld"        Geduld
  word*   starts with it (inflection, compound head)   "versicherung*" Versicherungsgesellschaften
  *word   ends with it (compound tail)       "*versorger"    Stromversorgern
  *word*  contains it
  =word   the surface form only, not the lemma: "=italienisch" is the language, "italienisches Flair" is not
  …       up to four words in between
A term that starts with "!" holds only where it is negated: "!kopf in den sand" is "nicht den Kopf in den
Sand stecken", which is resilience.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, TypeVar

from app.core.lemmas import Token, fold_word

GAP = "…"
_LOOKUP_CACHE_SIZE = 200_000
_PEOPLE = ("leiter", "leiterin", "leitern", "leiterinnen")
MAX_GAP = 4
Owner = TypeVar("Owner")  # what a term is filed under: a vocabulary concept, or a cue's kind


@dataclass(frozen=True)
class Word:
    text: str
    mode: str  # exact | form | prefix | suffix | contains | gap

    @classmethod
    def parse(cls, spec: str) -> Word:
        if spec == GAP:
            return cls("", "gap")
        if spec.startswith("="):
            return cls(fold_word(spec[1:]), "form")
        head, tail = spec.startswith("*"), spec.endswith("*")
        text = fold_word(spec.strip("*"))
        mode = "contains" if head and tail else "suffix" if head else "prefix" if tail else "exact"
        return cls(text, mode)

    def matches(self, token: Token) -> bool:
        if token.is_punctuation:
            return False
        if token.first_part and token.form.endswith("-"):
            return False  # a first part that no completion made a word of (see TermIndex.completed)
        if self.mode == "exact":
            return self.text in (token.form, token.lemma)
        if self.mode == "form":
            return token.form == self.text
        if self.mode == "prefix":
            if token.form.endswith(_PEOPLE) and not self.text.endswith(_PEOPLE):
                return False  # "Vertriebsleiter" is a person, not sales
            return token.form.startswith(self.text) or token.lemma.startswith(self.text)
        if self.mode == "suffix":
            return any(text.endswith(self.text) for text in (token.form, token.lemma, *token.endings_off))
        return self.text in token.form or self.text in token.lemma


@dataclass(frozen=True)
class Term:
    source: str
    words: tuple[Word, ...]
    needs_negation: bool

    @classmethod
    def parse(cls, source: str) -> Term:
        text = source.strip()
        needs_negation = text.startswith("!")
        words = tuple(Word.parse(spec) for spec in text.lstrip("!").split())
        if not words or words[0].mode == "gap" or words[-1].mode == "gap":
            raise ValueError(f"term {source!r} must start and end with a word")
        return cls(source, words, needs_negation)

    def end_at(self, tokens: list[Token], index: int, limit: int) -> int | None:
        """Where this term ends if it starts at tokens[index]; None if it does not match there."""
        return self._end(tokens, index, limit, 0)

    def _end(self, tokens: list[Token], index: int, limit: int, word: int) -> int | None:
        if word == len(self.words):
            return index
        spec = self.words[word]
        if spec.mode == "gap":
            for skip in range(MAX_GAP + 1):
                position = index + skip
                if position > limit or (skip and tokens[position - 1].is_punctuation):
                    break
                end = self._end(tokens, position, limit, word + 1)
                if end is not None:
                    return end
            return None
        if index >= limit or not spec.matches(tokens[index]):
            return None
        return self._end(tokens, index + 1, limit, word + 1)


def _completing_word(tokens: list[Token], index: int, joining: frozenset[str]) -> Token | None:
    """The word whose end completes tokens[index]: the next noun ("Deutsch- und gute Englischkenntnisse"),
    else the next word."""
    first = None
    for token in tokens[index + 1:index + 12]:
        if token.is_punctuation or token.form in joining or token.first_part:
            continue
        if token.capitalised:
            return token
        first = first or token
    return first


@dataclass(frozen=True)
class Hit(Generic[Owner]):
    owner: Owner
    term: Term
    first: int  # token indexes: tokens[first:end] matched
    end: int


class TermIndex(Generic[Owner]):
    """Finds every term of many owners in a token list. Each term is filed under its first word, so a token
    looks up only the terms that begin with it: its form and lemma, and their starts and ends for compounds."""

    def __init__(self, owned_terms: list[tuple[Owner, Term]]):
        self._exact: dict[str, list] = defaultdict(list)
        self._prefix: dict[str, list] = defaultdict(list)
        self._suffix: dict[str, list] = defaultdict(list)
        self._contains: list = []
        for owner, term in owned_terms:
            first = term.words[0]
            if first.mode in ("exact", "form"):
                self._exact[first.text].append((owner, term))
            elif first.mode == "prefix":
                self._prefix[first.text].append((owner, term))
            elif first.mode == "suffix":
                self._suffix[first.text].append((owner, term))
            else:
                self._contains.append((owner, term))
        self._shortest = min((len(text) for text in (*self._prefix, *self._suffix)), default=1)
        self._longest = max((len(text) for text in (*self._prefix, *self._suffix)), default=1)
        self._known: dict[tuple[str, str], list] = {}  # words repeat: each is looked up once

    def _candidates(self, token: Token) -> list:
        """The terms whose first word matches this token (checked once more by Word.matches)."""
        key = (token.form, token.lemma)
        if key not in self._known:
            if len(self._known) > _LOOKUP_CACHE_SIZE:
                self._known.clear()
            self._known[key] = self._look_up(token)
        return self._known[key]

    def _look_up(self, token: Token) -> list[tuple[Owner, Term]]:
        found: list[tuple[Owner, Term]] = []
        for text in {token.form, token.lemma}:
            found += self._exact.get(text, ())
            for length in range(self._shortest, min(len(text), self._longest) + 1):
                found += self._prefix.get(text[:length], ())
        for text in {token.form, token.lemma, *token.endings_off}:
            for length in range(self._shortest, min(len(text), self._longest) + 1):
                found += self._suffix.get(text[-length:], ())
        found += [item for item in self._contains if item[1].words[0].matches(token)]
        return found

    def completed(self, tokens: list[Token], joining: frozenset[str]) -> list[Token]:
        """'Früh- und Spätschicht', 'Schwedisch- und Dänischkenntnisse': a first part takes the end of the
        coordination's last word, as far as the result is a word of some term; otherwise it stays a fragment."""
        result = list(tokens)
        for index, token in enumerate(tokens):
            if not token.first_part:
                continue
            last = _completing_word(tokens, index, joining)
            if last is None:
                continue
            head = token.form[:-1]
            for cut in range(1, len(last.form) - 2):
                probe = Token(token.start, token.end, head + last.form[cut:],
                              head + (last.lemma[cut:] if cut < len(last.lemma) else last.form[cut:]), True, True)
                if any(hit.end == 1 for hit in self.hits([probe])):
                    result[index] = probe
                    break
        return result

    def hits(self, tokens: list[Token], first: int = 0, limit: int | None = None) -> list[Hit[Owner]]:
        limit = len(tokens) if limit is None else limit
        found, seen = [], set()
        for index in range(first, limit):
            if tokens[index].is_punctuation:
                continue
            for owner, term in self._candidates(tokens[index]):
                key = (index, id(term))
                if key in seen:
                    continue
                seen.add(key)
                end = term.end_at(tokens, index, limit)
                if end is not None:
                    found.append(Hit(owner, term, index, end))
        return found
