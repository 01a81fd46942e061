"""The open profile as a document: its file, undo history, unsaved changes, open and save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.candidate import CandidateProfile
from app.core.messages import describe_os_error, printable
from app.core.paths import ensure, folders
from app.core.profile_file import ProfileError, load_profile, save_profile
from app.core.regular_file import read_regular_file
from app.gui.autosave import Autosave, Recovered
from app.gui.dialogs import CANCEL, OVERWRITE, SAVE, SAVE_AS, Asks
from app.gui.i18n import fill
from app.gui.recent import add_recent, existing_recent
from app.gui.settings import Settings

EDIT_PAUSE_MS = 250  # re-rank and record an undo step once typing pauses this long
AUTOSAVE_MS = 3000  # unsaved changes are kept for recovery this often


class ProfileEdit(QUndoCommand):
    """One pause in typing: the profile before and after it."""

    def __init__(self, document: ProfileDocument, before: CandidateProfile, after: CandidateProfile):
        super().__init__()
        self._document, self._before, self._after = document, before, after
        self._applied = True  # the editor already shows `after` when the command is pushed

    def redo(self):
        if not self._applied:
            self._document.replace_profile(self._after)
        self._applied = False

    def undo(self):
        self._document.replace_profile(self._before)


class ProfileDocument(QObject):
    """The open profile and everything about it: its file, the pending edit, the undo steps, unsaved changes.

    The editor only reports typing (`typing`); the document waits for a pause, records one undo step and tells
    the window (`profile_edited`). Questions go to `dialogs`, parented to the window it was made for."""

    profile_replaced = Signal(object)  # a CandidateProfile the editor must show
    profile_edited = Signal(object)  # the user's edit, recorded as an undo step: re-rank
    state_changed = Signal()  # file name or unsaved state changed

    def __init__(self, editor_profile: Callable[[], CandidateProfile], settings: Settings, dialogs: Asks,
                 autosave: Autosave, window, autosave_ms: int = AUTOSAVE_MS):
        super().__init__(window)
        self._editor_profile = editor_profile  # what the editor shows now; reading it changes nothing
        self._window = window  # parent of every dialog; its `lang` is the language of every message
        self.settings, self.dialogs, self.autosave = settings, dialogs, autosave
        self.path: Path | None = None
        self._on_disk: str | None = None  # fingerprint of the file as we last read or wrote it
        self.recorded = CandidateProfile()  # the profile as last recorded; the editor runs ahead while typing
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self.state_changed)
        self.edit_timer = QTimer(self)
        self.edit_timer.setSingleShot(True)
        self.edit_timer.setInterval(EDIT_PAUSE_MS)
        self.edit_timer.timeout.connect(self.flush)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_ms)
        self.autosave_timer.timeout.connect(self.autosave_if_modified)
        self.autosave_timer.start()

    # --- edits ----------------------------------------------------------------------------------

    def typing(self) -> None:
        """The user changed something in the editor: recorded once typing pauses (or at flush)."""
        self.edit_timer.start()
        self.state_changed.emit()

    def flush(self) -> CandidateProfile:
        """Records a pending edit now (before saving, undoing, trying a tip, closing); the profile as shown."""
        self.edit_timer.stop()
        profile = self._editor_profile()
        if profile != self.recorded:
            before, self.recorded = self.recorded, profile.copy()
            self.undo_stack.push(ProfileEdit(self, before, profile.copy()))
            self.profile_edited.emit(profile.copy())
        self.state_changed.emit()
        return profile

    def undo(self) -> None:
        self.flush()  # a pending edit is the step to undo first
        self.undo_stack.undo()

    def redo(self) -> None:
        self.flush()
        self.undo_stack.redo()

    def replace_profile(self, profile: CandidateProfile) -> None:
        self.recorded = profile.copy()
        self.profile_replaced.emit(profile.copy())

    def is_modified(self) -> bool:
        """Changes not yet saved, a pending edit included; asking records and re-ranks nothing."""
        pending = self.edit_timer.isActive() and self._editor_profile() != self.recorded
        return pending or not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The file's name, else the profile's name, else "Unbenannt" / "Untitled"."""
        return printable(self.path.name if self.path is not None else self.recorded.name or self.tr("Untitled"))

    # --- the standard document flow --------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True when it is safe to throw the current profile away."""
        self.flush()  # the question names the profile as typed
        if not self.is_modified():
            return True
        answer = self.dialogs.ask_save_changes(self._window, self.display_name())
        if answer == SAVE:
            return self.save()
        return answer != CANCEL

    def new(self) -> None:
        if self.maybe_save():
            self._start(CandidateProfile(), None)

    def open(self, path: Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            path = self.dialogs.open_path(self._window, self.folder())
            if path is None:
                return False
        return self.open_without_asking(path)

    def open_without_asking(self, path: Path) -> bool:
        try:
            profile = load_profile(path)  # load before anything changes: a bad file leaves all as it was
        except ProfileError as error:
            self.dialogs.error(self._window, self.tr("Cannot open profile"), error.message(self._lang()))
            return False
        self._start(profile, Path(path))
        self._remember(Path(path))
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        suggested = str(Path(self.folder()) / f"{self.flush().name or 'profil'}.cityfit")
        path = self.dialogs.save_path(self._window, suggested)
        return path is not None and self._write(path)

    def _write(self, path: Path) -> bool:
        profile = self.flush()
        if self.path is not None and Path(path) == self.path and _fingerprint(path) != self._on_disk:
            answer = self.dialogs.ask_overwrite_changed(self._window, printable(path.name), deleted=not path.exists())
            if answer == SAVE_AS:
                return self.save_as()
            if answer != OVERWRITE:
                return False
        try:
            save_profile(profile, path)
        except OSError as error:
            message = self.tr("“%1” could not be saved: %2. Your changes are still here.")
            reason = describe_os_error(error, self._lang())
            message = fill(message, printable(path.name), reason)
            self.dialogs.error(self._window, self.tr("Cannot save profile"), message)
            return False
        self.path, self._on_disk = path, _fingerprint(path)
        self.undo_stack.setClean()
        self.autosave.clear()
        self._remember(path)
        self.state_changed.emit()
        return True

    # --- autosave and recovery ------------------------------------------------------------------

    def autosave_if_modified(self) -> None:
        if not self.is_modified():
            return
        try:
            self.autosave.write(self._editor_profile(), self.path)  # as shown, pending edit included
        except OSError:
            pass  # a full disk must not interrupt typing; the next tick tries again

    def offer_recovery(self, asked: bool = False) -> None:
        """Edits crashed sessions could not save, all in one list; each is restored, discarded or kept for later.
        asked: the user chose File → Unsaved Changes (at start the list only appears when there is something)."""
        found = self.autosave.orphans()
        if not found:
            if asked:
                self.dialogs.info(self._window, self.tr("Unsaved changes"),
                                  self.tr("No unsaved changes from earlier sessions are waiting."))
            return
        answer = self.dialogs.choose_recovery(self._window, [self._recovery_row(item) for item in found])
        for row, recovered in enumerate(found):
            if row in answer.discard:
                self.autosave.forget(recovered)
            elif row == answer.restore and self.maybe_save():
                self.restore(recovered)
            else:
                self.autosave.keep(recovered)

    def _recovery_row(self, recovered) -> str:
        """'ada.cityfit – Ada Lovelace · last changed 30/11/2026 02:15', in the window's language."""
        name = recovered.profile.name or self.tr("Untitled")
        title = f"{recovered.path.name} – {name}" if recovered.path else name
        when = QLocale(QLocale.Language.German if self._lang() == "de" else QLocale.Language.English).toString(
            recovered.saved_at, QLocale.FormatType.ShortFormat)
        return fill(self.tr("%1 · last changed %2"), printable(title), when)

    def close(self) -> None:
        """The window closes, its changes saved or discarded: nothing is left to recover."""
        self.autosave_timer.stop()
        self.autosave.close()

    def restore(self, recovered: Recovered) -> None:
        """Edits of a crashed session, on top of the file they belong to, with Undo back to that file."""
        base, path = CandidateProfile(), recovered.path
        if path is not None:
            try:
                base = load_profile(path)
            except ProfileError:
                path = None  # the file is gone or broken: the recovered edits become an unsaved profile
        self._start(base, path)
        self.profile_replaced.emit(recovered.profile.copy())  # shown, then recorded as one undo step from the file
        self.flush()
        self.autosave.write(recovered.profile, path)
        self.autosave.forget(recovered)

    def _start(self, profile: CandidateProfile, path: Path | None) -> None:
        self.edit_timer.stop()
        self.path, self._on_disk = path, _fingerprint(path) if path else None
        self.replace_profile(profile)
        self.undo_stack.clear()
        self.autosave.clear()
        self.state_changed.emit()

    # --- recent files and folders ---------------------------------------------------------------

    def recent_files(self) -> list[str]:
        return existing_recent(self.settings.recent_files())

    def clear_recent(self) -> None:
        self.settings.set_recent_files([])

    def _remember(self, path: Path) -> None:
        self.settings.set_recent_files(add_recent(existing_recent(self.settings.recent_files()), path))
        self.settings.set_last_folder(str(Path(path).resolve().parent))

    def folder(self) -> str:
        last = self.settings.last_folder()
        return last if last and Path(last).is_dir() else str(ensure(folders().profiles))

    def _lang(self) -> str:
        return self._window.lang


def _fingerprint(path: Path) -> str | None:
    import hashlib  # when a profile is opened or saved: start-up does not wait for OpenSSL to load

    try:
        return hashlib.sha256(read_regular_file(Path(path))).hexdigest()
    except OSError:  # gone, or no longer a file (a pipe put in its place would block a plain read)
        return None
