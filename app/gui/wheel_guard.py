"""The mouse wheel scrolls the form; it changes a value only in the field the user clicked or tabbed into.

Qt's combo boxes, spin boxes and sliders take the wheel whenever the pointer is over them, so scrolling a long
form silently changed the weekend preference or the minimum pay on the way down."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


_guard: _WheelGuard | None = None


def guard_wheel(*widgets: QWidget) -> None:
    """Wheel over these widgets scrolls the surrounding form unless the widget has the keyboard focus."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard(QCoreApplication.instance())
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give them focus either
        widget.installEventFilter(_guard)
