"""JSON merge patches (RFC 7386): the smallest patch that turns one JSON document into another, and applying one."""

from __future__ import annotations

import copy
from typing import Any


def apply_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 section 2: objects merge key by key, null removes a key, anything else replaces."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = apply_patch(result.get(key), value)
    return result


def make_patch(source: Any, target: Any) -> Any:
    """A patch p with apply_patch(source, p) == target, where target holds no nulls inside objects.

    A key whose new value is null is removed by the patch; profiles read a missing key as null, so the
    patched profile means the same.
    """
    if not isinstance(source, dict) or not isinstance(target, dict):
        return copy.deepcopy(target)
    patch: dict[str, Any] = {}
    for key in sorted(source.keys() - target.keys()):
        patch[key] = None
    for key, value in target.items():
        if key not in source:
            patch[key] = copy.deepcopy(value)
        elif source[key] != value:
            patch[key] = None if value is None else make_patch(source[key], value)
    return patch
