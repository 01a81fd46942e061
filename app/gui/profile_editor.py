"""The left side of the window: everything about the candidate, emitting `changed` on every edit."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.candidate import (
    HARDSHIP_CHOICES,
    HARDSHIPS,
    MAX_EURO,
    MAX_TEXT_LENGTH,
    MAX_YEARS,
    CandidateProfile,
    SalaryExpectation,
)
from app.core.messages import NBSP, say
from app.core.vocabulary import Vocabulary
from app.gui.chips import ChipEditor
from app.gui.i18n import QT_TRANSLATE_NOOP, capitalised, fill, with_mnemonics
from app.gui.languages_editor import LanguagesEditor
from app.gui.weights_editor import WeightsEditor
from app.gui.wheel_guard import guard_wheel

ANY = "any"  # combo data for "no preference": combo data must not be None
# Onboarding: yes / no / no preference.
_ONBOARDING_KEYS = {None: ANY, True: "yes", False: "no"}
_ONBOARDING_VALUES = {key: value for value, key in _ONBOARDING_KEYS.items()}
# Working hours (shift, night, weekend work): the profile's own words ("ok", "sometimes", "no") as combo data.
_HARDSHIP_KEYS: dict[str | None, str] = {None: ANY, **{choice: choice for choice in HARDSHIP_CHOICES}}
_HARDSHIP_VALUES = {key: value for value, key in _HARDSHIP_KEYS.items()}


class _YearsBox(QDoubleSpinBox):
    """'3 Jahre', '2,5 Jahre': a whole number of years without a trailing ',0'."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt API)
        return self.locale().toString(float(value), "f", 0 if float(value).is_integer() else self.decimals())


def _pay_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_EURO)
    box.setSingleStep(100)
    box.setSpecialValueText("–")  # 0 shows as a dash: no expectation given
    box.setGroupSeparatorShown(True)
    return box


class ProfileEditor(QScrollArea):
    changed = Signal()

    def __init__(self, vocabulary: Vocabulary, default_weights: dict[str, float], parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._base = CandidateProfile()
        self._shown_when_set: dict[str, float] = {}
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_TEXT_LENGTH)
        self.experience = _YearsBox()
        self.experience.setRange(0, MAX_YEARS)
        self.experience.setSingleStep(0.5)
        self.experience.setDecimals(1)
        self.skills = ChipEditor(vocabulary, ("skill", "language"), QT_TRANSLATE_NOOP(
            "ChipEditor", "Type a skill and press Enter, e.g. complaint management"))
        self.languages = LanguagesEditor(vocabulary)
        self.minimum, self.desired = _pay_box(), _pay_box()
        self.shift_work, self.night_work, self.weekend_work = QComboBox(), QComboBox(), QComboBox()
        self.onboarding = QComboBox()
        self.industries = ChipEditor(vocabulary, ("industry",),
                                     QT_TRANSLATE_NOOP("ChipEditor", "Preferred industry, e.g. logistics"))
        self.channels = ChipEditor(vocabulary, ("channel",),
                                   QT_TRANSLATE_NOOP("ChipEditor", "Preferred channel, e.g. chat"))
        self.musts = {key: QCheckBox() for key in
                      ("salary_minimum", *HARDSHIPS, "wants_onboarding", "industries", "channels")}
        self.weights = WeightsEditor(default_weights)
        guard_wheel(self.experience, self.minimum, self.desired, self.shift_work, self.night_work,
                    self.weekend_work, self.onboarding)

        self.person_box, self.skills_box, self.languages_box = QGroupBox(), QGroupBox(), QGroupBox()
        self.pay_box, self.preferences_box, self.weights_box = QGroupBox(), QGroupBox(), QGroupBox()
        self._person = QFormLayout(self.person_box)
        self._person.addRow(QLabel(), self.name)
        self._person.addRow(QLabel(), self.experience)
        QVBoxLayout(self.skills_box).addWidget(self.skills)
        QVBoxLayout(self.languages_box).addWidget(self.languages)
        self._pay = QFormLayout(self.pay_box)
        self._pay.addRow(QLabel(), self._with_must(self.minimum, "salary_minimum"))
        self._pay.addRow(QLabel(), self.desired)
        self.pay_warning = QLabel()  # shown while the wish is below the minimum
        self.pay_warning.setWordWrap(True)
        self.pay_warning.setVisible(False)
        self._pay.addRow(self.pay_warning)
        self._preferences = QFormLayout(self.preferences_box)
        for widget, must in (*self._choice_rows(), (self.industries, "industries"), (self.channels, "channels")):
            self._preferences.addRow(QLabel(), self._with_must(widget, must))
        QVBoxLayout(self.weights_box).addWidget(self.weights)

        page = QWidget()
        column = QVBoxLayout(page)
        for box in (self.person_box, self.skills_box, self.languages_box, self.pay_box, self.preferences_box,
                    self.weights_box):
            # Never squeezed below the natural height: the scroll area scrolls instead.
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            column.addWidget(box)
        column.addStretch(1)
        self.setWidget(page)
        self._connect()
        self._shown_when_set = self._shown()

    def _hardship_combos(self) -> dict[str, QComboBox]:
        """Shift, night and weekend work, keyed as in the profile (candidate.HARDSHIPS)."""
        return {"shift_work": self.shift_work, "night_work": self.night_work, "weekend_work": self.weekend_work}

    def _choice_rows(self) -> list[tuple[QComboBox, str]]:
        """The preference combos top to bottom, each with the key of its must."""
        rows = [(combo, key) for key, combo in self._hardship_combos().items()]
        return rows + [(self.onboarding, "wants_onboarding")]

    def _with_must(self, widget: QWidget, must: str) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1)
        row.addWidget(self.musts[must], 0, Qt.AlignmentFlag.AlignTop)
        return holder

    def focus_order(self) -> list[QWidget]:
        """Top to bottom, as the form reads; rebuilt whenever chips or language rows come and go."""
        order: list[QWidget] = [self.name, self.experience, *self.skills.focus_order(), *self.languages.focus_order(),
                                self.minimum, self.musts["salary_minimum"], self.desired]
        for widget, must in self._choice_rows():
            order += [widget, self.musts[must]]
        order += [*self.industries.focus_order(), self.musts["industries"], *self.channels.focus_order(),
                  self.musts["channels"], *self.weights.sliders.values(), self.weights.reset_button]
        return order

    def update_tab_order(self) -> None:
        order = self.focus_order()
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.name.textEdited.connect(self.changed)
        for box in (self.experience, self.minimum, self.desired):
            box.valueChanged.connect(self.changed)
        for box in (self.minimum, self.desired):
            box.valueChanged.connect(self._check_pay)
        for combo, _ in self._choice_rows():
            combo.currentIndexChanged.connect(self.changed)
        for check in self.musts.values():
            check.toggled.connect(self.changed)
        for editor in (self.skills, self.languages, self.industries, self.channels, self.weights):
            editor.changed.connect(self.changed)
        for editor in (self.skills, self.languages, self.industries, self.channels):
            editor.changed.connect(self.update_tab_order)

    # --- the profile in and out -----------------------------------------------------------------

    def profile(self) -> CandidateProfile:
        """The edited profile. Keys the editor does not show are kept from the loaded one, and so is every value
        the user left as it was shown: 2.25 years shown as 2,3 stay 2.25 until the user changes them."""
        base = self._base
        untouched = {key for key, shown in self._shown().items() if shown == self._shown_when_set.get(key)}

        def edited(key: str, exact, shown):
            return exact if key in untouched else shown

        profile = base.copy()
        profile.name = self.name.text()
        profile.experience_years = edited("experience", base.experience_years, _whole(self.experience.value()))
        profile.skills = self.skills.texts()
        profile.languages = self.languages.languages()
        profile.salary = SalaryExpectation(edited("minimum", base.salary.minimum, self.minimum.value() or None),
                                           edited("desired", base.salary.desired, self.desired.value() or None),
                                           base.salary.extra)
        prefs = profile.preferences
        for key, combo in self._hardship_combos().items():
            setattr(prefs, key, _HARDSHIP_VALUES[combo.currentData()])
        prefs.wants_onboarding = _ONBOARDING_VALUES[self.onboarding.currentData()]
        prefs.industries, prefs.channels = self.industries.texts(), self.channels.texts()
        # A weight the file leaves out stays out while its slider is untouched; unknown criteria stay as they were.
        profile.weights = dict(base.weights)
        for criterion, shown in self.weights.values().items():
            if f"weight:{criterion}" not in untouched:
                profile.weights[criterion] = shown
        ticked = [key for key, check in self.musts.items() if check.isChecked()]
        profile.musts = [key for key in base.musts if key in ticked] + [key for key in ticked if key not in base.musts]
        return profile

    def _shown(self) -> dict[str, float]:
        """What the widgets that can only show a value rounded show now."""
        shown = {"experience": self.experience.value(), "minimum": self.minimum.value(),
                 "desired": self.desired.value()}
        return shown | {f"weight:{criterion}": value for criterion, value in self.weights.values().items()}

    def set_profile(self, profile: CandidateProfile) -> None:
        self._base = profile.copy()
        widgets = [self.name, self.experience, self.minimum, self.desired,
                   *(combo for combo, _ in self._choice_rows()), *self.musts.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.name.setText(profile.name)
        self.experience.setValue(profile.experience_years)
        self.minimum.setValue(round(profile.salary.minimum or 0))
        self.desired.setValue(round(profile.salary.desired or 0))
        prefs = profile.preferences
        for key, combo in self._hardship_combos().items():
            combo.setCurrentIndex(max(0, combo.findData(_HARDSHIP_KEYS.get(getattr(prefs, key), ANY))))
        self.onboarding.setCurrentIndex(max(0, self.onboarding.findData(_ONBOARDING_KEYS.get(prefs.wants_onboarding,
                                                                                              ANY))))
        for key, check in self.musts.items():
            check.setChecked(key in profile.musts)
        for widget in widgets:
            widget.blockSignals(False)
        self.skills.set_texts(profile.skills)
        self.languages.set_languages(profile.languages)
        self.industries.set_texts(prefs.industries)
        self.channels.set_texts(prefs.channels)
        self.weights.set_weights(profile.weights)
        self._shown_when_set = self._shown()
        self._check_pay()
        self.update_tab_order()

    def _check_pay(self) -> None:
        minimum, desired = self.minimum.value(), self.desired.value()
        self.pay_warning.setVisible(bool(minimum and desired and desired < minimum))

    # --- words ----------------------------------------------------------------------------------

    def retranslate_ui(self, lang: str) -> None:
        """The form's own words from tr(); the names of criteria, working hours, choices and musts are the
        engine's (say()), so the form and the explanations never name one thing two ways."""
        self.person_box.setTitle(self.tr("About you"))
        self.skills_box.setTitle(say("criterion_skills", lang))
        self.languages_box.setTitle(say("criterion_languages", lang))
        self.pay_box.setTitle(self.tr("Monthly pay (gross)"))
        self.preferences_box.setTitle(say("report_wishes", lang))
        self.weights_box.setTitle(self.tr("How much each criterion counts"))
        person, pay = [self.tr("&Name"), self.tr("&Experience")], [self.tr("&Minimum"), self.tr("&Desired")]
        _label_rows(self._person, person, [self.name, self.experience])
        self.experience.setSuffix(self.tr(" years"))
        locale = QLocale(QLocale.Language.German if lang == "de" else QLocale.Language.English,
                         QLocale.Country.Germany if lang == "de" else QLocale.Country.UnitedKingdom)
        for box in (self.experience, self.minimum, self.desired):
            box.setLocale(locale)
        for box in (self.minimum, self.desired):  # as the explanations write amounts: "2.500 €", "€2,500"
            box.setPrefix("" if lang == "de" else "€")
            box.setSuffix(NBSP + "€" if lang == "de" else "")
        _label_rows(self._pay, pay, [self.minimum, self.desired])
        self.pay_warning.setText(self.tr("⚠ Your desired pay is below your minimum, so CityFit takes your minimum as "
                                         "your wish."))
        rows = [say(f"must_{key}", lang) for key in (*HARDSHIPS, "wants_onboarding")]
        rows += [say("criterion_industries", lang), say("criterion_channels", lang)]
        _label_rows(self._preferences, with_mnemonics([capitalised(row) for row in rows], person + pay),
                    [*self._hardship_combos().values(), self.onboarding, self.industries.input, self.channels.input])
        hardship_items = [(ANY, self.tr("No preference"))]
        hardship_items += [(choice, capitalised(say(f"choice_{choice}", lang))) for choice in HARDSHIP_CHOICES]
        for combo in self._hardship_combos().values():
            _fill_combo(combo, hardship_items)
        _fill_combo(self.onboarding, [(ANY, self.tr("No preference")), ("yes", self.tr("Important to me")),
                                      ("no", self.tr("Not needed"))])
        for key, check in self.musts.items():
            check.setText(self.tr("Must"))
            check.setToolTip(self.tr("A city that does not meet this is flagged and ranked below the others."))
            check.setAccessibleName(fill(self.tr("Must: %1"), say(f"must_{key}", lang)))
        self.skills.input.setAccessibleName(self.tr("New skill"))
        for child in (self.skills, self.industries, self.channels, self.languages, self.weights):
            child.retranslate_ui(lang)


def _label_rows(form: QFormLayout, texts: list[str], buddies: list[QWidget]) -> None:
    for row, (text, buddy) in enumerate(zip(texts, buddies, strict=True)):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        assert item is not None  # each of these rows was added with a label
        label = cast(QLabel, item.widget())
        label.setText(text)
        label.setBuddy(buddy)
        buddy.setAccessibleName(text.replace("&", ""))


def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """items: (combo data, text); relabelling keeps the choice."""
    current = combo.currentData() if combo.count() else None
    combo.blockSignals(True)
    combo.clear()
    for key, text in items:
        combo.addItem(text, key)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def _whole(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value

