"""Regenerates the README's screenshot from the real main window:
    .venv/bin/python tests/tools/screenshot.py [OUTPUT.png] [--lang en] [--tips]

--tips shows the Tipps tab (resources/screenshots/tips.png in the README).
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    output = Path(args[0]) if args else ROOT / "resources" / "screenshots" / "main-window.png"
    app = QApplication([])
    os.environ["CITYFIT_HOME"] = tempfile.mkdtemp(prefix="cityfit-shot-")  # never the user's own settings
    from app.gui.launch import build_main_window

    window = build_main_window([str(ROOT / "resources" / "examples" / "entry-level-polish.cityfit")])
    if "--lang" in sys.argv:
        window.set_language(sys.argv[sys.argv.index("--lang") + 1])
    if "--tips" in sys.argv:
        window.tabs.setCurrentWidget(window.advice)
    window.resize(1280, 800)
    window.show()
    QTest.qWait(500)  # let wrapped layouts settle
    window.grab().save(str(output))
    print(output)
    app.quit()


if __name__ == "__main__":
    main()
