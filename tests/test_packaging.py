"""The wheel: what it carries, and what installing it gives a Linux desktop (menu entry, icon, file type)."""

import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app import __version__
from tests.conftest import ROOT

APP_ID = "de.cityfit.CityFit"
MIME_TYPE = "application/x-cityfit+json"
PROFILE = (ROOT / "resources" / "examples" / "complaint-manager.cityfit").read_text(encoding="utf-8")

# Loaded into the CityFit that a launcher starts: writes what the window opened, then quits,
# since the test cannot reach into that process otherwise.
LAUNCH_HOOK = '''
import json, os, threading
import app.gui.launch as launch

guard = threading.Timer(60, os._exit, args=(3,))  # a window stuck on a message must not outlive the test
guard.daemon = True
guard.start()
build = launch.build_main_window


def build_and_report(argv):
    window = build(argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    report = os.environ["CITYFIT_TEST_REPORT"]
    with open(report + ".part", "w", encoding="utf-8") as handle:
        json.dump({"argv": argv, "name": window.editor.name.text(), "title": window.windowTitle()}, handle)
    os.replace(report + ".part", report)
    QTimer.singleShot(0, QApplication.instance().quit)
    return window


launch.build_main_window = build_and_report
'''


def needs(*tools):
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (the README's test command installs it)")


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    build = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist),
                 str(ROOT)])
    assert build.returncode == 0, build.stderr
    return next(dist.glob("cityfit-*.whl"))


def _installed_here() -> bool:
    from importlib import metadata

    try:
        metadata.distribution("cityfit")
        return True
    except metadata.PackageNotFoundError:
        return False


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """The wheel installed into a folder laid out like a virtual environment, in a folder with a space."""
    prefix = tmp_path_factory.mktemp("project") / "my project" / ".venv"
    installed_here = _installed_here()
    # --ignore-installed: without it pip uninstalls the project from the environment running the tests
    install = run([sys.executable, "-m", "pip", "install", "--no-deps", "--ignore-installed", "-q", "--prefix",
                   str(prefix), str(wheel)])
    assert install.returncode == 0, install.stderr
    assert _installed_here() == installed_here  # the developer's own install is left as it was
    return prefix


def site_packages(prefix: Path) -> Path:
    return next(prefix.glob("lib/python*/site-packages"))


def clean_env(tmp_path: Path, **extra) -> dict:
    """This process's environment without the user's own data folder: nothing installed there counts."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    return {**env, "HOME": str(tmp_path / "home"), "CITYFIT_HOME": str(tmp_path / "cityfit"), **extra}


def profile_file(folder: Path) -> Path:
    path = folder / "Meine Profile" / "mein profil.cityfit"
    path.parent.mkdir(parents=True)
    path.write_text(PROFILE, encoding="utf-8")
    return path


@pytest.mark.slow
def test_installed_wheel_finds_its_resources_and_seeds_from_any_folder(venv, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site_packages(venv)), "CITYFIT_HOME": str(tmp_path / "home")}
    where = run([sys.executable, "-c", "import app.core.resources as r; print(r.bundled_dir('seeds'))"],
                cwd=elsewhere, env=env)
    assert where.stdout.strip().startswith(str(venv)), where.stderr
    cities = run([sys.executable, "-m", "app", "cities", "--json"], cwd=elsewhere, env=env)
    assert cities.returncode == 0, cities.stderr
    assert sorted(c["city"] for c in json.loads(cities.stdout)["cities"]) == ["Hagen", "Magdeburg"]


@pytest.mark.slow
def test_wheel_carries_what_runs_and_nothing_only_the_readme_or_translators_need(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/_bundled/resources/translations/cityfit_de.qm" in names
    assert not [name for name in names if name.endswith((".png", ".ts"))]
    assert f"cityfit-{__version__}.dist-info/licenses/LICENSE" in names
    data = f"cityfit-{__version__}.data/data/share/"
    assert sorted(name[len(data):] for name in names if name.startswith(data)) == [
        f"applications/{APP_ID}.desktop", f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        f"metainfo/{APP_ID}.metainfo.xml", f"mime/packages/{APP_ID}.xml"]
    metadata = zipfile.ZipFile(wheel).read(f"cityfit-{__version__}.dist-info/METADATA").decode()
    assert f"\nVersion: {__version__}\n" in metadata
    requires = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert requires and not [line for line in requires if "numpy" in line]
    assert "Classifier: Private :: Do Not Upload" in metadata


@pytest.mark.slow
def test_installed_desktop_entry_metainfo_and_file_type_are_valid(venv, tmp_path):
    needs("desktop-file-validate", "appstreamcli", "update-mime-database")
    share = venv / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    entry = run(["desktop-file-validate", str(desktop)])
    assert entry.returncode == 0 and not entry.stdout.strip(), entry.stdout
    text = desktop.read_text(encoding="utf-8")
    # %f: the launcher passes the file, as the specification asks (GLib would add a missing one itself)
    assert "\nExec=cityfit %f\n" in text and f"\nMimeType={MIME_TYPE};\n" in text
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()

    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    valid = run(["appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo)])
    assert valid.returncode == 0, valid.stdout + valid.stderr
    text = metainfo.read_text(encoding="utf-8")
    for element in ("summary", "p"):  # English (untranslated) and German
        assert re.search(f"<{element}>", text) and re.search(f'<{element} xml:lang="de">', text)
    for declared in (f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>', "<binary>cityfit</binary>",
                     f"<mediatype>{MIME_TYPE}</mediatype>", '<content_rating type="oars-1.1"/>'):
        assert declared in text

    mime = shutil.copytree(share / "mime", tmp_path / "mime")  # the cache is built in a copy
    built = run(["update-mime-database", str(mime)], env={**os.environ, "XDG_DATA_DIRS": str(tmp_path)})
    assert built.returncode == 0 and not built.stderr.strip(), built.stderr
    assert f"{MIME_TYPE}:*.cityfit" in (mime / "globs2").read_text(encoding="utf-8")


QT_MIME_TYPE = """
import json, sys
from PySide6.QtCore import QLocale, QMimeDatabase
found = QMimeDatabase().mimeTypeForFile(sys.argv[1])
comments = {}
for language in ("de", "en"):
    QLocale.setDefault(QLocale(language))
    comments[language] = found.comment()
print(json.dumps({"name": found.name(), "json": found.inherits("application/json"), "icon": found.iconName(),
                  "comments": comments}))
"""


@pytest.mark.slow
def test_qt_knows_a_cityfit_file_from_the_installed_prefix_on_xdg_data_dirs(venv, tmp_path):
    # QMimeDatabase reads XDG_DATA_DIRS once per process, so each answer comes from a fresh one. Qt reads
    # share/mime/packages/*.xml itself: pip's files work without update-mime-database.
    profile = profile_file(tmp_path)
    system = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"

    def qt_type(data_dirs: str) -> dict:
        found = run([sys.executable, "-c", QT_MIME_TYPE, str(profile)],
                    env=clean_env(tmp_path, XDG_DATA_DIRS=data_dirs))
        assert found.returncode == 0, found.stderr
        return json.loads(found.stdout)

    assert qt_type(system)["name"] != MIME_TYPE
    assert not (venv / "share" / "mime" / "mime.cache").exists()
    assert qt_type(f"{venv / 'share'}:{system}") == {
        "name": MIME_TYPE, "json": True, "icon": APP_ID,
        "comments": {"de": "CityFit-Profil", "en": "CityFit profile"}}


def readme_block(marker: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split(f"<!-- {marker} -->", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]


@pytest.fixture(scope="module")
def user_install(venv, tmp_path_factory) -> dict:
    """The README's steps for a user-level desktop entry, run in the project folder with a fresh home."""
    needs("desktop-file-install", "update-mime-database", "gio")
    work = tmp_path_factory.mktemp("user")
    env = clean_env(work)
    steps = run(["bash", "-euo", "pipefail", "-c", readme_block("desktop-install")], cwd=venv.parent, env=env)
    assert steps.returncode == 0, steps.stdout + steps.stderr
    return env


@pytest.mark.slow
def test_readme_user_install_gives_a_valid_entry_with_absolute_exec(venv, user_install):
    applications = Path(user_install["HOME"]) / ".local" / "share" / "applications"
    desktop = applications / f"{APP_ID}.desktop"
    assert f'\nExec="{venv}/bin/cityfit" %f\n' in desktop.read_text(encoding="utf-8")
    entry = run(["desktop-file-validate", str(desktop)])
    assert entry.returncode == 0 and not entry.stdout.strip(), entry.stdout


@pytest.mark.slow
def test_readme_user_install_makes_cityfit_the_program_for_cityfit_files(user_install, tmp_path):
    # What a file manager asks (GLib reads the caches update-mime-database and update-desktop-database write).
    profile = profile_file(tmp_path)
    info = run(["gio", "info", "-a", "standard::content-type", str(profile)], env=user_install)
    assert f"standard::content-type: {MIME_TYPE}" in info.stdout, info.stdout + info.stderr
    handlers = run(["gio", "mime", MIME_TYPE], env=user_install)
    assert f"{APP_ID}.desktop" in handlers.stdout, handlers.stdout + handlers.stderr


def launch_and_wait(desktop: Path, profile: Path, env: dict, hook_dir: Path) -> dict:
    """What the window opened when a launcher (GLib's, as file managers use) starts the entry for the file."""
    hook_dir.mkdir()
    (hook_dir / "sitecustomize.py").write_text(LAUNCH_HOOK, encoding="utf-8")
    report = hook_dir / "report.json"
    env = {**env, "QT_QPA_PLATFORM": "offscreen", "CITYFIT_TEST_REPORT": str(report),
           "PYTHONPATH": os.pathsep.join([str(hook_dir), env["PYTHONPATH"]])}
    launched = run(["gio", "launch", str(desktop), str(profile)], env=env)
    assert launched.returncode == 0, launched.stderr
    deadline = time.monotonic() + 90
    while not report.exists():
        assert time.monotonic() < deadline, "the launched window did not report"
        time.sleep(0.2)
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("entry", ["user-level copy", "as installed, cityfit on PATH"])
def test_launching_the_entry_with_a_file_opens_it_even_with_spaces_in_the_paths(venv, tmp_path, request, entry):
    needs("gio")
    if entry == "user-level copy":
        env = request.getfixturevalue("user_install")
        desktop = Path(env["HOME"]) / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    else:
        env = clean_env(tmp_path, PATH=os.pathsep.join([str(venv / "bin"), os.environ["PATH"]]))
        desktop = venv / "share" / "applications" / f"{APP_ID}.desktop"
    profile = profile_file(tmp_path)
    opened = launch_and_wait(desktop, profile, {**env, "PYTHONPATH": str(site_packages(venv))}, tmp_path / "hook")
    assert opened["argv"] == [str(profile)] and opened["name"] == "Murat Yilmaz"
    assert opened["title"].startswith("mein profil.cityfit")
