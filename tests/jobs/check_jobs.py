"""Checks the job-ad corpus in this folder (stdlib only; not a pytest module):

    python3 tests/jobs/check_jobs.py

Every annotation loads as JSON with 2-space indentation; every concept id is in resources/vocabulary.json and in
the right category; every evidence, trap and other_traps string occurs verbatim in its ad; nothing is both found and
absent; pay, hours and contract use the allowed values; the html pages' <article> text is exactly their .txt ad."""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
VOCABULARY = HERE.parent.parent / "resources" / "vocabulary.json"
LAYOUTS = {"portal", "classified", "agency", "parttime", "hourly", "english", "nopay", "mixed"}
OFFER_CATEGORIES = ("condition", "channel", "industry", "training", "automation")
LEVELS = {None, "A1", "A2", "B1", "B2", "C1", "C2", "native"}
MINIMUM = {"portal": 8, "classified": 3, "agency": 3, "parttime": 3, "hourly": 3, "english": 3, "nopay": 3}
# Cities a reader might meet in these ads: a city named in no-city ads, or in more than two ads, is an error.
CITIES = """Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen Dresden Hannover
Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Mannheim Karlsruhe Augsburg Wiesbaden Mönchengladbach
Gelsenkirchen Aachen Braunschweig Kiel Chemnitz Halle Magdeburg Freiburg Krefeld Mainz Lübeck Erfurt Oberhausen Rostock
Kassel Hagen Potsdam Saarbrücken Hamm Ludwigshafen Oldenburg Mülheim Osnabrück Leverkusen Darmstadt Heidelberg Solingen
Regensburg Herne Paderborn Neuss Ingolstadt Offenbach Fürth Würzburg Ulm Heilbronn Pforzheim Wolfsburg Göttingen Bottrop
Reutlingen Koblenz Bremerhaven Recklinghausen Erlangen Bergisch Remscheid Jena Trier Salzgitter Moers Siegen Hildesheim
Cottbus Gütersloh Kaiserslautern Witten Schwerin Gera Iserlohn Zwickau Düren Esslingen Ratingen Lünen Hanau Flensburg
Ludwigsburg Tübingen Villingen Marl Konstanz Worms Minden Velbert Neumünster Dessau Wilhelmshaven Norderstedt Gladbeck
Viersen Delmenhorst Troisdorf Rheine Bamberg Bayreuth Celle Detmold Landshut Passau Achim Bruchsal Fuldatal
Lotte""".split()


def fail(errors: list[str], where: str, message: str) -> None:
    errors.append(f"{where}: {message}")


class ArticleText(HTMLParser):
    """The text inside <article>, block elements as line breaks, scripts and styles skipped."""
    BLOCKS = {"h1", "h2", "h3", "p", "li", "ul", "br", "div"}

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.skip = 0
        self.parts: list[str] = []
        self.tags: Counter = Counter()

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "article":
            self.depth += 1
        if tag in ("script", "style"):
            self.skip += 1
        if self.depth and tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "article":
            self.depth -= 1
        if tag in ("script", "style"):
            self.skip -= 1
        if self.depth and tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def normalized_lines(text: str) -> list[str]:
    lines = []
    for line in text.splitlines():
        line = re.sub(r"^\s*[-•]\s+", "", line)
        line = " ".join(line.split())
        if line:
            lines.append(line)
    return lines


def check_ad(path: Path, ann: dict, text: str, concepts: dict, errors: list[str]) -> None:
    where = path.name
    layout = path.stem.split("_")[1]
    if ann.get("layout") != layout or layout not in LAYOUTS:
        fail(errors, where, f"layout {ann.get('layout')!r} does not match the file name")
    if ann.get("language") not in ("de", "en") or (ann["language"] == "en") != (layout == "english"):
        fail(errors, where, f"language {ann.get('language')!r}")
    for key in ("title", "employer", "city"):
        if ann.get(key) is not None and ann[key] not in text:
            fail(errors, where, f"{key} {ann[key]!r} is not in the text")
    pay = ann.get("pay")
    if pay is not None:
        if set(pay) != {"min", "max", "period"} or pay["period"] not in ("month", "hour", "year"):
            fail(errors, where, f"pay {pay}")
        elif pay["min"] is None and pay["max"] is None:
            fail(errors, where, "pay with neither min nor max")
        elif pay["min"] is not None and pay["max"] is not None and pay["min"] > pay["max"]:
            fail(errors, where, "pay min > max")
    if ann.get("pay_note") not in (None, "tarif") or (ann.get("pay_note") == "tarif" and pay is not None):
        fail(errors, where, f"pay_note {ann.get('pay_note')!r} with pay {pay}")
    if ann.get("hours") not in (None, "full_time", "part_time", "both"):
        fail(errors, where, f"hours {ann.get('hours')!r}")
    if ann.get("contract") not in (None, "permanent", "fixed_term"):
        fail(errors, where, f"contract {ann.get('contract')!r}")
    if "hours_per_week_max" in ann and not ann["hours_per_week"] < ann["hours_per_week_max"]:
        fail(errors, where, "hours_per_week_max must exceed hours_per_week")

    def known(cid: str, categories: tuple[str, ...], role: str) -> None:
        if cid not in concepts:
            fail(errors, where, f"{role}: unknown concept {cid!r}")
        elif concepts[cid] not in categories:
            fail(errors, where, f"{role}: {cid} is a {concepts[cid]}, not {'/'.join(categories)}")

    def verbatim(words: str, role: str) -> None:
        if not words or words not in text:
            fail(errors, where, f"{role} not verbatim in the text: {words!r}")

    found = set()
    for req in ann["requirements"]:
        known(req["concept"], ("language", "skill"), "requirement")
        if req["strength"] not in ("must", "nice"):
            fail(errors, where, f"strength {req['strength']!r}")
        if req["level"] not in LEVELS or (req["level"] and concepts.get(req["concept"]) != "language"):
            fail(errors, where, f"level {req['level']!r} for {req['concept']}")
        verbatim(req["evidence"], f"evidence of requirement {req['concept']}")
        found.add(req["concept"])
    for cid in ann["tasks"]:
        known(cid, ("skill",), "task")
        found.add(cid)
    if set(ann["offers"]) != set(OFFER_CATEGORIES):
        fail(errors, where, f"offers keys {sorted(ann['offers'])}")
    for category, ids in ann["offers"].items():
        for cid in ids:
            known(cid, (category,), f"offers.{category}")
            found.add(cid)
    if set(ann["evidence"]) != found:
        fail(errors, where, f"evidence keys differ from the concepts found: {sorted(set(ann['evidence']) ^ found)}")
    for cid, words in ann["evidence"].items():
        verbatim(words, f"evidence of {cid}")
    for cid in ann["ruled_out"]:
        known(cid, ("condition",), "ruled_out")
    if set(ann["ruled_out"]) != set(ann["ruled_out_evidence"]):
        fail(errors, where, "ruled_out and ruled_out_evidence differ")
    for cid, words in ann["ruled_out_evidence"].items():
        verbatim(words, f"ruled-out evidence of {cid}")
    if set(ann["absent"]) != set(ann["traps"]):
        fail(errors, where, "absent and traps differ")
    for cid, words in ann["traps"].items():
        known(cid, tuple(set(concepts.values())), "absent")
        verbatim(words, f"trap for {cid}")
    for words in ann.get("other_traps", []):
        verbatim(words, "other trap")
    both = found & (set(ann["absent"]) | set(ann["ruled_out"]))
    if both:
        fail(errors, where, f"both found and absent/ruled out: {sorted(both)}")
    if len(ann["traps"]) + len(set(ann["ruled_out"]) - set(ann["traps"])) + len(ann.get("other_traps", [])) < 2:
        fail(errors, where, "fewer than two traps")
    if ann["language"] == "de" and not re.search("[äöüßÄÖÜ]", text):
        fail(errors, where, "German text without umlauts or ß")


def check_page(path: Path, ann: dict, errors: list[str]) -> None:
    where = path.name
    source = HERE / ann.get("same_as", "")
    if not ann.get("same_as") or not source.is_file():
        fail(errors, where, f"same_as {ann.get('same_as')!r} does not exist")
        return
    page = path.read_text(encoding="utf-8")
    parser = ArticleText()
    parser.feed(page)
    if normalized_lines("".join(parser.parts)) != normalized_lines(source.read_text(encoding="utf-8")):
        fail(errors, where, f"the <article> text is not the text of {ann['same_as']}")
    for tag in ("head", "script", "style", "nav", "header", "main", "article", "h1", "h2", "ul", "li", "p", "br",
                "footer", "img"):
        if not parser.tags[tag]:
            fail(errors, where, f"no <{tag}>")
    for needle in ('>Jobs<', '>Unternehmen<', '>Login<', 'alt="', 'Wir verwenden Cookies', 'Alle akzeptieren',
                   'Impressum', 'Datenschutz', '© 2026', 'style="', '<script src="https://', '<img src="https://'):
        if needle not in page and not (needle == '<script src="https://' and '<script async src="https://' in page):
            fail(errors, where, f"missing {needle!r}")
    if 'class="cookie-banner"' not in page and 'id="consent"' not in page:
        fail(errors, where, "no cookie banner (class cookie-banner or id consent)")


def main() -> int:
    errors: list[str] = []
    concepts = {c["id"]: c["category"] for c in json.loads(VOCABULARY.read_text(encoding="utf-8"))["concepts"]}
    layouts = Counter()
    city_ads = Counter()
    no_city = 0
    for ann_path in sorted(HERE.glob("*.json")):
        raw = ann_path.read_text(encoding="utf-8")
        try:
            ann = json.loads(raw)
        except json.JSONDecodeError as error:
            fail(errors, ann_path.name, f"invalid JSON: {error}")
            continue
        if raw != json.dumps(ann, ensure_ascii=False, indent=2) + "\n":
            fail(errors, ann_path.name, "not written with 2-space indentation")
        if "negative" in ann:
            if ann["negative"] not in ("login_wall", "cookie_wall", "not_an_ad"):
                fail(errors, ann_path.name, f"negative {ann['negative']!r}")
            continue
        html_path = ann_path.with_suffix(".html")
        if html_path.is_file():
            check_page(html_path, ann, errors)
            continue
        txt = ann_path.with_suffix(".txt")
        if not txt.is_file():
            fail(errors, ann_path.name, "no .txt beside it")
            continue
        text = txt.read_text(encoding="utf-8")
        check_ad(txt, ann, text, concepts, errors)
        layouts[ann["layout"]] += 1
        named = {city for city in CITIES if re.search(rf"\b{city}", text)}
        city_ads.update(named)
        if ann["city"] is None:
            no_city += 1
            if named:
                fail(errors, txt.name, f"city null but the text names {sorted(named)}")
        for banned in ("Magdeburg", "Hagen"):
            if re.search(rf"\b{banned}\b", text):
                fail(errors, txt.name, f"names {banned}")
    for path in HERE.glob("*.txt"):
        if not path.with_suffix(".json").is_file():
            fail(errors, path.name, "no annotation")
    for path in HERE.glob("*.html"):
        if not path.with_suffix(".json").is_file():
            fail(errors, path.name, "no annotation")
    for layout, minimum in MINIMUM.items():
        if layouts[layout] < minimum:
            fail(errors, "corpus", f"{layouts[layout]} {layout} ads, want {minimum}")
    if sum(layouts.values()) < 24:
        fail(errors, "corpus", f"only {sum(layouts.values())} ads")
    if no_city < 3:
        fail(errors, "corpus", f"only {no_city} ads without a city")
    for city, count in city_ads.items():
        if count > 2:
            fail(errors, "corpus", f"{city} is named in {count} ads")
    print(f"{sum(layouts.values())} ads {dict(sorted(layouts.items()))}, {no_city} without a city")
    for error in errors:
        print("ERROR", error)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
