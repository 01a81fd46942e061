"""A real process killed while saving, at many moments: the file is always the old or the new profile."""

import os
import signal
import subprocess
import sys
import time

from app.core.candidate import CandidateProfile
from app.core.profile_file import load_profile, save_profile
from tests.conftest import ROOT

SAVING_FOREVER = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from app.core.candidate import CandidateProfile
from app.core.profile_file import save_profile
path = Path(sys.argv[2])
# Large profiles make each write long enough to be interrupted half-way.
versions = [CandidateProfile(name=name, skills=[name * 20] * 200) for name in ("first", "second")]
print("GO", flush=True)
turn = 0
while True:
    save_profile(versions[turn % 2], path)
    turn += 1
"""

KILLS = 30


def test_killing_a_save_at_many_moments_never_leaves_a_broken_file(tmp_path):
    path = tmp_path / "profile.cityfit"
    save_profile(CandidateProfile(name="original"), path)
    script = tmp_path / "saver.py"
    script.write_text(SAVING_FOREVER, encoding="utf-8")
    seen = set()
    for attempt in range(KILLS):
        saver = subprocess.Popen([sys.executable, str(script), str(ROOT), str(path)], stdout=subprocess.PIPE,
                                 text=True)
        assert saver.stdout.readline().strip() == "GO"
        time.sleep(attempt * 0.0013)  # 0 to ~40 ms: a different point of the write loop each time
        os.kill(saver.pid, signal.SIGKILL)
        saver.wait(timeout=30)
        saver.stdout.close()
        profile = load_profile(path)  # raises if the file were partial or broken
        assert profile.name in ("original", "first", "second")
        if profile.name != "original":
            assert profile.skills == [profile.name * 20] * 200
        seen.add(profile.name)
    assert seen & {"first", "second"}, "the saver never finished a save: the test did not test anything"
    leftovers = [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    for leftover in leftovers:  # as they look a minute later; younger ones may belong to a save in progress
        os.utime(leftover, (time.time() - 120, time.time() - 120))
    save_profile(CandidateProfile(name="after"), path)  # the next save sweeps temporary files a kill left
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
