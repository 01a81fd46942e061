"""Guards against a Qt binding that would crash long sessions."""

import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_do_not_release_none(qtbot):
    # PySide6 6.12.0 returned None without a reference from every void method; on Python 3.11 the
    # count of None then reaches zero after enough clicks and the process aborts.
    from PySide6.QtGui import QFont, QTextCharFormat
    from PySide6.QtWidgets import QLabel

    label, text_format = QLabel(), QTextCharFormat()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        text_format.setFont(QFont())
    assert sys.getrefcount(None) >= before - 10
