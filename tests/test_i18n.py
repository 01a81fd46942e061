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
