"""How a score is drawn, by the window and the report alike: its colour and how much of its bar it fills."""

from __future__ import annotations

import colorsys

SCORE_SHADE = 170  # of 255: a score colour's saturation, and its value on a light background
DARK_BACKGROUND_VALUE = 200  # a score colour's value on a dark background: brighter, to stay readable


def score_color(score: float, dark_background: bool = False) -> str:
    """'#rrggbb': red for a poor fit (0), amber in between, green for a good one (100)."""
    hue = int(score * 1.2) / 360
    value = (DARK_BACKGROUND_VALUE if dark_background else SCORE_SHADE) / 255
    red, green, blue = colorsys.hsv_to_rgb(hue, SCORE_SHADE / 255, value)
    return f"#{round(red * 255):02x}{round(green * 255):02x}{round(blue * 255):02x}"


def bar_units(score: float, units: int, least: int = 1) -> int:
    """How many of a bar's `units` (pixels, cells, percent) a score fills: in proportion, and at least `least`,
    so a score of 0 is a red mark, never an empty track."""
    return min(units, max(least, round(score / 100 * units)))


def text_bar(score: float, cells: int) -> tuple[str, str]:
    """A bar in characters, for the terminal and the window's explanation: its filled part and its track."""
    filled = bar_units(score, cells)
    return "█" * filled, "░" * (cells - filled)
