"""Saving keeps what the user's file system says about a file: links, hard links, permissions, long names."""

import os
import stat
import time

import pytest

from app.core.atomic import LEFTOVER_AGE_S, _temporary_name, atomic_write
from app.core.candidate import CandidateProfile
from app.core.profile_file import load_profile, save_profile


def test_saving_through_a_symbolic_link_writes_the_target_and_keeps_the_link(tmp_path):
    target = tmp_path / "real" / "ada.cityfit"
    target.parent.mkdir()
    save_profile(CandidateProfile(name="old"), target)
    link = tmp_path / "ada.cityfit"
    link.symlink_to(target)
    save_profile(CandidateProfile(name="new"), link)
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load_profile(target).name == "new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["ada.cityfit"]


def test_a_file_with_hard_links_stays_one_file(tmp_path):
    first = tmp_path / "ada.cityfit"
    save_profile(CandidateProfile(name="old"), first)
    second = tmp_path / "copy-of-ada.cityfit"
    os.link(first, second)
    save_profile(CandidateProfile(name="new"), first)
    assert os.path.samefile(first, second) and first.stat().st_nlink == 2
    assert load_profile(second).name == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ada.cityfit", "copy-of-ada.cityfit"]


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o664, 0o600])
def test_saving_keeps_the_files_permissions(tmp_path, mode):
    path = tmp_path / "ada.cityfit"
    save_profile(CandidateProfile(name="old"), path)
    os.chmod(path, mode)
    save_profile(CandidateProfile(name="new"), path)
    assert stat.S_IMODE(path.stat().st_mode) == mode


@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002])
def test_a_new_file_follows_the_umask(tmp_path, umask):
    previous = os.umask(umask)
    try:
        atomic_write(tmp_path / "report.html", b"<p>x</p>")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "report.html").stat().st_mode) == 0o666 & ~umask


def test_a_name_as_long_as_the_folder_allows_can_be_saved(tmp_path):
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    umlauts = (limit - len(".cityfit")) // 2  # "ä" takes two bytes
    path = tmp_path / ("ä" * umlauts + "a" * (limit - len(".cityfit") - 2 * umlauts) + ".cityfit")
    assert len(os.fsencode(path.name)) == limit
    save_profile(CandidateProfile(name="long"), path)
    save_profile(CandidateProfile(name="longer"), path)
    assert load_profile(path).name == "longer"


def test_temporary_files_of_a_killed_save_are_swept_but_not_one_being_written(tmp_path):
    path = tmp_path / "ada.cityfit"
    save_profile(CandidateProfile(name="first"), path)
    old, young = _temporary_name(path), _temporary_name(path)
    old.write_bytes(b"half a profile")
    young.write_bytes(b"another save, right now")
    long_ago = time.time() - LEFTOVER_AGE_S - 1
    os.utime(old, (long_ago, long_ago))
    unrelated = tmp_path / ".cf-00000000-12345678.tmp"  # another file's leftover: its own save sweeps it
    unrelated.write_bytes(b"x")
    os.utime(unrelated, (long_ago, long_ago))
    save_profile(CandidateProfile(name="second"), path)
    assert not old.exists() and young.exists() and unrelated.exists()
    assert len(_temporary_name(path).name) < 30
