"""Profile files (.cityfit, JSON): strict loading with one clear error, atomic saving."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, overload

from app.core.atomic import atomic_write
from app.core.candidate import (
    HARDSHIP_CHOICES,
    HARDSHIPS,
    LEVELS,
    MAX_EURO,
    MAX_LIST_LENGTH,
    MAX_TEXT_LENGTH,
    MAX_WEIGHT,
    MAX_YEARS,
    MUSTS,
    CandidateProfile,
    LanguageSkill,
    Preferences,
    SalaryExpectation,
)
from app.core.messages import UserError, say
from app.core.regular_file import FileTooLarge, NotRegularFile, read_regular_file
from app.core.text import unicode_text

EXTENSION = ".cityfit"
FORMAT = "cityfit-profile"
CURRENT_VERSION = 2
MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32  # a profile nests three levels; unknown keys may add some, never hundreds
REQUIRED = ("format", "version", "name", "experience_years", "skills", "languages", "salary", "preferences",
            "weights")

# One step per older version: UPGRADES[n] turns version-n profile data into version n+1.
def _hardships_as_choices(data: dict) -> dict:
    """Version 1 said yes/no to shifts and weekends; version 2 says ok / sometimes / no and knows night work."""
    preferences = data.get("preferences")
    if isinstance(preferences, dict):
        for key in ("shift_work", "weekend_work"):
            if isinstance(preferences.get(key), bool):
                preferences[key] = "ok" if preferences[key] else "no"
        preferences.setdefault("night_work", None)
    return {**data, "version": 2}


UPGRADES: dict[int, Callable[[dict], dict]] = {1: _hardships_as_choices}


class ProfileError(UserError):
    """A profile file that cannot be used; names the file and the problem."""

    def __init__(self, file: str, problem: str, **params):
        super().__init__(problem, **params)
        self.file = file

    def message(self, lang: str = "de") -> str:
        params = dict(self.params)
        if "expected" in params:  # the key of a phrase like "a number from 0 to 60", said in lang too
            params["expected"] = say(params["expected"], lang, **params)
        return say("profile_error", lang, file=self.file, problem=say(self.key, lang, **params))


def load_profile(path: Path) -> CandidateProfile:
    path = Path(path)
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise ProfileError(path.name, "problem_missing") from None
    except IsADirectoryError:
        raise ProfileError(path.name, "problem_is_folder") from None
    except NotRegularFile:
        raise ProfileError(path.name, "problem_not_a_file") from None
    except FileTooLarge:
        raise ProfileError(path.name, "problem_too_large", limit=MAX_FILE_BYTES // 1000) from None
    except OSError as error:
        raise ProfileError(path.name, "problem_unreadable", reason=error.strerror or str(error)) from None
    return parse_profile(data, path.name)


def save_profile(profile: CandidateProfile, path: Path) -> None:
    text = json.dumps(profile.to_dict(), ensure_ascii=False, indent=2) + "\n"
    atomic_write(Path(path), text.encode("utf-8"))


def parse_profile(data: bytes, file: str) -> CandidateProfile:
    if not data.strip():
        raise ProfileError(file, "problem_empty")
    return profile_from_dict(_decode_json(data, file), file)


def profile_from_dict(data: Any, file: str) -> CandidateProfile:
    """A profile from decoded JSON (a file, an autosave, a suggestion applied), checked as a file is."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProfileError(file, "problem_wrong_format")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProfileError(file, "problem_bad_value", field="version", expected="expected_version")
    if version > CURRENT_VERSION:
        raise ProfileError(file, "problem_newer_version", version=version)
    while version < CURRENT_VERSION:
        data = UPGRADES[version](data)
        version += 1
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise ProfileError(file, "problem_missing_key", field=missing[0])
    if _depth(data) > MAX_DEPTH:  # every command, and the window, would otherwise recurse into it later
        raise ProfileError(file, "problem_too_deep", limit=MAX_DEPTH)
    broken = _field_with_broken_text(data)
    if broken:
        raise ProfileError(file, "problem_bad_value", field=broken, expected="expected_whole_characters")
    return _Reader(file).profile(data)


def _depth(data: Any) -> int:
    """How deeply lists and objects nest, counted without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            stack += [(child, depth + 1) for child in (item.values() if isinstance(item, dict) else item)]
    return deepest


def _field_with_broken_text(data: dict) -> str | None:
    """The top-level field holding a lone surrogate ("\\ud800" in the file): half a character, which no
    terminal, window or file can show or write back; refused on opening, never stripped when saving."""
    for field, value in data.items():
        stack = [field, value]
        while stack:
            item = stack.pop()
            if isinstance(item, str) and any(0xD800 <= ord(char) < 0xE000 for char in item):
                return field
            if isinstance(item, dict):
                stack += [*item.keys(), *item.values()]
            elif isinstance(item, list):
                stack += item
    return None


def _decode_json(data: bytes, file: str) -> Any:
    try:
        text = unicode_text(data)
    except UnicodeDecodeError:
        raise ProfileError(file, "problem_not_text") from None
    try:
        return json.loads(text, parse_constant=_NotANumber)
    except json.JSONDecodeError as error:
        if error.pos == len(text) - len(text.lstrip()):  # not even its first sign is JSON: another kind of file
            raise ProfileError(file, "problem_wrong_format") from None
        raise ProfileError(file, "problem_not_json", line=error.lineno) from None
    except RecursionError:
        raise ProfileError(file, "problem_too_deep", limit=MAX_DEPTH) from None
    except ValueError:
        raise ProfileError(file, "problem_not_json", line="?") from None


class _NotANumber:
    """NaN or Infinity in the file: kept as what it is, so the field's check names the field ("Bei
    „experience_years“ wird eine Zahl … erwartet") instead of a line number."""

    def __init__(self, word: str):
        self.word = word


class _Reader:
    """Checks each field's type and range; the first problem becomes the error."""

    def __init__(self, file: str):
        self.file = file

    def fail(self, field: str, expected_key: str, **params) -> ProfileError:
        return ProfileError(self.file, "problem_bad_value", field=field, expected=expected_key, **params)

    def profile(self, doc: dict) -> CandidateProfile:
        known = set(REQUIRED) | {"musts"}
        return CandidateProfile(
            name=self.text(doc["name"], "name"),
            experience_years=self.number(doc["experience_years"], "experience_years", MAX_YEARS, optional=False),
            skills=self.texts(doc["skills"], "skills"),
            languages=[self.language(item, f"languages[{i}]")
                       for i, item in enumerate(self.listing(doc["languages"], "languages"))],
            salary=self.salary(doc["salary"]),
            preferences=self.preferences(doc["preferences"]),
            weights=self.weights(doc["weights"]),
            musts=self.musts(doc.get("musts", [])),
            extra={key: value for key, value in doc.items() if key not in known},
        )

    def text(self, value: Any, field: str) -> str:
        if not isinstance(value, str):
            raise self.fail(field, "expected_text")
        if len(value) > MAX_TEXT_LENGTH:
            raise self.fail(field, "expected_short_text", limit=MAX_TEXT_LENGTH)
        return value

    def listing(self, value: Any, field: str) -> list:
        if not isinstance(value, list):
            raise self.fail(field, "expected_list")
        if len(value) > MAX_LIST_LENGTH:
            raise self.fail(field, "expected_short_list", limit=MAX_LIST_LENGTH)
        return value

    def texts(self, value: Any, field: str) -> list[str]:
        return [self.text(item, f"{field}[{i}]") for i, item in enumerate(self.listing(value, field))]

    @overload
    def number(self, value: Any, field: str, limit: float, optional: Literal[False]) -> float: ...
    @overload
    def number(self, value: Any, field: str, limit: float, optional: bool = True) -> float | None: ...

    def number(self, value: Any, field: str, limit: float, optional: bool = True) -> float | None:
        if value is None and optional:
            return None
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        # Range first: math.isfinite cannot take an integer with hundreds of digits.
        if not is_number or not 0 <= value <= limit or not math.isfinite(value):
            raise self.fail(field, "expected_number", limit=limit)
        return value

    def flag(self, value: Any, field: str) -> bool | None:
        if value is not None and not isinstance(value, bool):
            raise self.fail(field, "expected_flag")
        return value

    def choice(self, value: Any, field: str) -> str | None:
        if value is not None and value not in HARDSHIP_CHOICES:
            raise self.fail(field, "expected_choice", allowed=", ".join(f'"{c}"' for c in HARDSHIP_CHOICES))
        return value

    def mapping(self, value: Any, field: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(field, "expected_object")
        return value

    def language(self, value: Any, field: str) -> LanguageSkill:
        item = self.mapping(value, field)
        code, level = item.get("code"), item.get("level")
        if not isinstance(code, str) or len(code) != 2 or not code.isalpha():
            raise self.fail(f"{field}.code", "expected_language_code")
        if level not in LEVELS:
            raise self.fail(f"{field}.level", "expected_level")
        return LanguageSkill(code.lower(), level, {k: v for k, v in item.items() if k not in ("code", "level")})

    def salary(self, value: Any) -> SalaryExpectation:
        item = self.mapping(value, "salary")
        return SalaryExpectation(
            minimum=self.number(item.get("minimum"), "salary.minimum", MAX_EURO),
            desired=self.number(item.get("desired"), "salary.desired", MAX_EURO),
            extra={k: v for k, v in item.items() if k not in ("minimum", "desired")},
        )

    def preferences(self, value: Any) -> Preferences:
        item = self.mapping(value, "preferences")
        lists = ("industries", "channels")
        return Preferences(
            # mypy checks each ** against every parameter; each key here names a field of the values' type
            **{key: self.choice(item.get(key), f"preferences.{key}") for key in HARDSHIPS},  # type: ignore[arg-type]
            wants_onboarding=self.flag(item.get("wants_onboarding"), "preferences.wants_onboarding"),
            **{key: self.texts(item.get(key, []), f"preferences.{key}") for key in lists},  # type: ignore[arg-type]
            extra={k: v for k, v in item.items() if k not in (*HARDSHIPS, "wants_onboarding", *lists)},
        )

    def weights(self, value: Any) -> dict[str, float]:
        item = self.mapping(value, "weights")
        return {str(key): self.number(weight, f"weights.{key}", MAX_WEIGHT, optional=False)
                for key, weight in item.items()}

    def musts(self, value: Any) -> list[str]:
        musts = self.texts(value, "musts")
        unknown = [must for must in musts if must not in MUSTS]
        if unknown:
            raise self.fail("musts", "expected_must", allowed=", ".join(MUSTS))
        return musts
