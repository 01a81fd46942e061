"""File menu work beyond the profile: the user's own city articles, and the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.core.city_summary import city_summaries, silent_sentence
from app.core.engine import Engine
from app.core.library import add_article, read_new_article, remove_article
from app.core.messages import UserError, say
from app.gui.i18n import fill


def add_city(window) -> None:
    """Reads the chosen article on a worker thread (a 2 MB article takes seconds), then adds its city."""
    path = window.document.dialogs.article_path(window)
    if path is None:
        return
    translate = QCoreApplication.translate
    window.article_import.start(
        translate("CityFiles", "Add city article"), fill(translate("CityFiles", "Reading “%1”"), path.name),
        {"reading": translate("CityFiles", "Reading the article…")},
        lambda progress: (progress("reading"), read_new_article(path, window.vocabulary))[1],
        lambda read: _add_read_article(window, path, *read),
        translate("CityFiles", "Cancelled; the article was not added."))


def _add_read_article(window, path: Path, data: bytes, city) -> None:
    dialogs, lang = window.document.dialogs, window.lang
    try:
        city = add_article(path, data, city, window.library)
    except UserError as error:
        dialogs.error(window, QCoreApplication.translate("CityFiles", "Cannot add the article"), error.message(lang))
        return
    window.cities_changed(show=city.source)
    [(found, silent)] = city_summaries([city], window.vocabulary, lang)
    lines = [say("summary_found", lang, city=city.city), *(f"• {line}" for line in found)]
    lines += ["", silent_sentence(silent, lang)] if silent else []
    dialogs.info(window, QCoreApplication.translate("CityFiles", "City added"), "\n".join(lines))


def remove_city(window) -> None:
    dialogs, lang = window.document.dialogs, window.lang
    title = QCoreApplication.translate("CityFiles", "Remove added city")
    added = [city for city in window.library.cities if window.library.is_added(city)]
    if not added:
        dialogs.info(window, title, QCoreApplication.translate(
            "CityFiles", "You have not added any cities. The bundled cities cannot be removed."))
        return
    name = dialogs.choose_city(window, title, [city.city for city in added])
    city = next((c for c in added if c.city == name), None)
    question = QCoreApplication.translate("CityFiles",
                                          "Remove %1 from CityFit? Your own copy of the article is not touched.")
    if city is None or not dialogs.confirm(window, title, fill(question, city.city)):
        return
    try:
        remove_article(city, window.library)
    except UserError as error:
        dialogs.error(window, QCoreApplication.translate("CityFiles", "Cannot remove the city"), error.message(lang))
        return
    window.cities_changed()


def export_report(window) -> None:
    """Writes the comparison as PDF or HTML on a worker thread; the profile as it is on screen, unsaved edits
    included, and the cities as they are now."""
    from app.report_file import export_report as write_report
    from app.report_file import export_stages

    profile = window.document.flush()
    stem = window.document.path.stem if window.document.path else profile.name or "CityFit"
    suggested = str(Path(window.document.folder()) / f"{stem}.pdf")
    path = window.document.dialogs.report_path(window, suggested)
    if path is None:
        return
    translate = QCoreApplication.translate
    words = {"ranking": translate("CityFiles", "Scoring the cities…"),
             "advice": translate("CityFiles", "Measuring the advice…"),
             "writing": translate("CityFiles", "Writing the report…"),
             "printing": translate("CityFiles", "Laying out the PDF pages…"),
             "saving": translate("CityFiles", "Saving the file…")}
    engine, profile, lang = Engine(list(window.library.cities), window.vocabulary), profile.copy(), window.lang
    window.report_export.start(
        translate("CityFiles", "Export report"), fill(translate("CityFiles", "Exporting “%1”"), path.name),
        {stage: words[stage] for stage in export_stages(path)},
        lambda progress: write_report(path, engine, profile, lang, progress),
        lambda _: window.statusBar().showMessage(say("report_written", lang, file=path), 8000),
        translate("CityFiles", "Export cancelled; no file was written."))
