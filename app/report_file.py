"""Writing the report to a file: HTML as it is, PDF printed from the same HTML by Qt's text engine."""

from __future__ import annotations

import os
from pathlib import Path

from app.core.atomic import atomic_write
from app.core.candidate import CandidateProfile
from app.core.cityprofile import CityProfile
from app.core.messages import UserError
from app.core.report import build_report
from app.core.vocabulary import Vocabulary

FORMATS = (".pdf", ".html")


def export_report(path: Path, cities: list[CityProfile], profile: CandidateProfile, vocabulary: Vocabulary,
                  lang: str) -> None:
    """UserError names the file and says why when it cannot be written; a failed write leaves no half file."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError("report_bad_suffix", file=path.name)
    html = build_report(cities, profile, vocabulary, lang)
    data = pdf_bytes(html) if suffix == ".pdf" else html.encode("utf-8")
    try:
        atomic_write(path, data)
    except OSError as error:
        raise UserError("report_not_written", file=path.name, reason=error) from error


def pdf_bytes(html: str) -> bytes:
    """A4 pages; from the command line Qt runs without a screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication(["cityfit"])  # fonts need an application
    buffer = QBuffer()  # owns its bytes (a QByteArray passed in would be freed by Python too early)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setCreator("CityFit")
    document = QTextDocument()
    document.setPageSize(writer.pageLayout().paintRectPoints().size().toSizeF())  # lay out for the page
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data())
