"""Writing the report to a file: HTML as it is, PDF printed from the same HTML by Qt's text engine."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from html import unescape
from pathlib import Path

from app.core.atomic import atomic_write
from app.core.candidate import CandidateProfile
from app.core.engine import Engine
from app.core.messages import UserError
from app.core.report import PIECE_BREAK, STAGES, build_report

FORMATS = (".pdf", ".html")


def export_stages(path: Path) -> tuple[str, ...]:
    """What export_report tells its `progress` for this file, in order."""
    return STAGES + (("printing",) if path.suffix.lower() == ".pdf" else ()) + ("saving",)


def export_report(path: Path, engine: Engine, profile: CandidateProfile, lang: str,
                  progress: Callable[[str], None] = lambda stage: None) -> None:
    """UserError names the file and says why when it cannot be written; a failed write leaves no half file.
    `progress` hears each of export_stages(path) as it begins; an exception it raises stops the export, and
    nothing is written unless "saving" has begun."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError("report_bad_suffix", file=path.name)
    html = build_report(engine, profile, lang, progress=progress)
    if suffix == ".pdf":
        progress("printing")
        data = pdf_bytes(html)
    else:
        data = html.encode("utf-8")
    progress("saving")
    try:
        atomic_write(path, data)
    except OSError as error:
        raise UserError("report_not_written", file=path.name, reason=error) from error


def pdf_bytes(html: str) -> bytes:
    """A4 pages; from the command line Qt runs without a screen.

    The window calls this on a QThread: Qt's text layout and PDF writer work off the GUI thread (a plain Python
    thread lacks the event dispatcher their timers need). PySide6 keeps Python's lock while Qt reads HTML, and
    the window's own Python code waits meanwhile, so the report is read a piece at a time (about 0.02 s
    each), and laid out only by print_, which lets go of the lock."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextCursor, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication(["cityfit"])  # fonts need an application
    buffer = QBuffer()  # owns its bytes (a QByteArray passed in would be freed by Python too early)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setCreator("CityFit")
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    writer.setTitle(unescape(title.group(1)) if title else "CityFit")
    document = QTextDocument()
    document.setLayoutEnabled(False)
    # No page size of its own: print_ then lays out a copy for the pages and numbers them ("2/7" at the foot).
    head, body = html.split("<body>", 1)
    first, *rest = body.removesuffix("</body></html>\n").split(PIECE_BREAK)
    document.setHtml(f"{head}<body>{first}</body></html>")
    cursor = QTextCursor(document)
    for piece in rest:  # each begins with a table, as the one before ends: no paragraph is split in two
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertHtml(f"{head}<body>{piece}</body></html>")
    document.setLayoutEnabled(True)
    document.print_(writer)
    del writer  # finishes the PDF
    buffer.close()
    return bytes(buffer.data())  # type: ignore[call-overload]  # QByteArray is a buffer; its stubs omit that
