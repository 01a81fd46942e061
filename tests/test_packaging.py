"""A non-editable install finds its resources and seeds inside the installed package, from any folder."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_wheel_contains_resources_and_seeds(tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                            "-w", str(tmp_path / "dist"), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "dist").glob("cityfit-*.whl"))
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                              str(wheel)], capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "CITYFIT_HOME": str(tmp_path / "home")}
    where = subprocess.run([sys.executable, "-c", "import app.core.resources as r; print(r.bundled_dir('seeds'))"],
                           capture_output=True, text=True, cwd=elsewhere, env=env)
    assert where.stdout.strip().startswith(str(target)), where.stderr
    run = subprocess.run([sys.executable, "-m", "app", "cities", "--json"], capture_output=True, text=True,
                         cwd=elsewhere, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert sorted(c["city"] for c in json.loads(run.stdout)["cities"]) == ["Hagen", "Magdeburg"]
