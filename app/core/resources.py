"""Finds bundled data the same way from a checkout and from an installed wheel."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def bundled_dir(name: str) -> Path:
    """The folder `resources` or `seeds`: inside the installed package, else in the checkout."""
    installed = _PACKAGE_DIR / "_bundled" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"CityFit data folder '{name}' is missing from this installation")


def resource_path(relative: str) -> Path:
    return bundled_dir("resources") / relative


@cache
def load_json_resource(relative: str) -> dict:
    with open(resource_path(relative), encoding="utf-8") as handle:
        return json.load(handle)
