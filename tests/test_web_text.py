"""Saved web pages and pasted HTML: the visible text only, read by a real parser, nothing loaded; walls told apart."""

import socket
import time

import pytest

from app.core.articles import ArticleError, read_article_data
from app.core.library import read_new_article, read_pasted_article
from app.core.web_text import WallError, page_text, pasted_text
from tests.conftest import KIEL

KIEL_LINES = KIEL.strip().split("\n")


def kiel_page(charset: str = "utf-8") -> str:
    """The Kiel article as a portal would serve it: head, scripts, styles, a site header with navigation, a cookie
    banner, breadcrumbs, share buttons, a sidebar and a footer around the article."""
    body = "".join(f"<p>{line}</p>\n" for line in KIEL_LINES[3:])
    return f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="{charset}"><title>Kundenservice in Kiel | Jobportal Nord</title>
<script src="https://cdn.example.com/tracker.js"></script>
<script>window.dataLayer = []; if (1 < 2 && 3 > 2) {{ document.write("<p>Gehalt 9.999 €</p>"); }}</script>
<style>p {{ font: 1em serif; }} .cookie-banner {{ position: fixed; }}</style>
<link rel="stylesheet" href="https://cdn.example.com/site.css"></head>
<body class="cookie-consent-open">
<header class="site-header"><a href="/" class="logo">Jobportal Nord</a>
<nav aria-label="Hauptmenü"><ul><li><a href="/jobs">Jobs</a></li><li><a href="/staedte">Städte</a></li></ul></nav>
</header>
<div id="cookie-banner" class="cookie-banner" role="dialog">Wir verwenden Cookies, um Ihnen das beste Erlebnis zu
bieten. <button>Alle akzeptieren</button> <a href="/datenschutz">Einstellungen</a></div>
<main><ol class="breadcrumb"><li>Start</li><li>Städte</li><li>Kiel</li></ol>
<article><h1>{KIEL_LINES[0]}</h1>
<p class="subtitle">{KIEL_LINES[1]}</p>
<h2>{KIEL_LINES[2]}</h2>
<img src="https://cdn.example.com/foerde.jpg" alt="Die Förde">
{body}<div class="share-buttons">Teilen: <a>Facebook</a> <a>LinkedIn</a></div>
<form class="newsletter"><label>E-Mail</label><input type="email"><button>Newsletter abonnieren</button></form>
</article></main>
<aside><h3>Ähnliche Städte</h3><p>Lübeck verdient 9.999 € im Monat.</p></aside>
<footer><p>© Jobportal Nord · Impressum · Datenschutz</p></footer>
<iframe src="https://ads.example.com/banner"></iframe>
</body></html>"""


def test_a_saved_page_reads_as_its_article_alone():
    assert page_text(kiel_page()) == KIEL.strip()


def test_lists_headings_tables_and_entities():
    html = """<h2>Gehalt &amp; Sprachen</h2><p>Einsteiger&nbsp;verdienen   viel,
    auch in <b>Kunden</b>service&shy;teams.</p><ul><li>Englisch</li><li> Dänisch<li>Schwedisch</ul>
    <table><tr><th>Gruppe</th><th>Gehalt</th></tr><tr><td>Einsteiger</td><td>2.300&#8239;€</td></tr></table>
    <p>Gr&uuml;&szlig;e aus K&ouml;ln</p><br><br><br><div><div></div></div><p>Ende.</p>"""
    assert page_text(html).split("\n") == [
        "Gehalt & Sprachen", "Einsteiger verdienen viel, auch in Kundenserviceteams.",
        "- Englisch", "- Dänisch", "- Schwedisch", "Gruppe | Gehalt", "Einsteiger | 2.300 €", "Grüße aus Köln",
        "Ende."]


def test_hidden_and_marked_parts_are_dropped():
    html = """<div id="consent">Einwilligung</div><div class="socialShare">Teilen</div>
    <div role="navigation">Menü</div><div hidden>Versteckt</div><span style="display: none">Auch</span>
    <div class="newsletter-box">Abo</div><p>Im Kundenservice in Kiel zählt Geduld. Einsteiger verdienen dort
    etwa 2.300 € im Monat.</p><noscript>Bitte JavaScript</noscript>
    <template><p>Vorlage</p></template><svg><title>Icon</title><text>Grafik</text></svg>"""
    assert page_text(html) == "Im Kundenservice in Kiel zählt Geduld. Einsteiger verdienen dort etwa 2.300 € im Monat."


def test_the_title_stands_in_only_for_a_missing_h1():
    page = "<html><head><title>Kundenservice in Kiel – Gehalt | Portal</title></head><body><p>Text.</p></body></html>"
    assert page_text(page) == "Kundenservice in Kiel – Gehalt\nText."
    assert page_text(page.replace("<p>", "<h1>Kiel</h1><p>")) == "Kiel\nText."


def test_the_h1_outside_main_comes_first():
    html = "<header><h1>Kundenservice in Kiel</h1></header><div>Werbung</div><main><p>Der Text.</p></main>"
    assert page_text(html) == "Kundenservice in Kiel\nDer Text."


def test_broken_html_is_read_as_a_browser_would():
    html = "<div><p>Eins<p>Zwei</span></div></div></section><ul><li>Drei<li>Vier</ul><b>Fünf <i>sechs</b>"
    assert page_text(html) == "Eins\nZwei\n- Drei\n- Vier\nFünf sechs"
    assert page_text("<p>Ein <b>offenes") == "Ein offenes"
    assert page_text("<p>Text</p><a href='x") == "Text\n<a href='x"  # an unfinished tag at the end stays text
    assert page_text("") == ""


@pytest.mark.parametrize("piece", ["<p>Kundenservice in Kiel. </p>", "<div>", "<a ", "</", "<!--", "<"])
def test_a_2_mb_page_takes_linear_time(piece):
    """Repeating a piece to 2 MB costs about four times what 0.5 MB costs, never sixteen (quadratic)."""
    def seconds(size: int) -> float:
        html = piece * (size // len(piece))
        start = time.perf_counter()
        page_text(html)
        return time.perf_counter() - start

    small, large = seconds(500_000), seconds(2_000_000)
    assert large < max(10 * small, 0.5), (small, large)
    assert large < 15


def test_nothing_is_loaded(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    assert "Reedereien" in page_text(kiel_page())


LOGIN = """<!doctype html><html><head><title>Anmelden – Jobportal</title></head><body>
<h1>Willkommen zurück</h1><form action="/login"><label>E-Mail</label><input name="mail">
<label>Passwort</label><input type="password" name="pw"><button>Anmelden</button></form>
<p><a href="/reset">Passwort vergessen?</a></p></body></html>"""
COOKIE_WALL = """<html><body><div class="overlay"><h2>Ihre Privatsphäre</h2><p>Wir und unsere Partner nutzen Cookies
und ähnliche Techniken. Mit „Akzeptieren“ willigen Sie ein.</p><a>Akzeptieren</a> <a>Ablehnen</a></div>
</body></html>"""


@pytest.mark.parametrize("page", [LOGIN, COOKIE_WALL])
def test_a_login_or_cookie_wall_is_named_with_what_to_do(page):
    with pytest.raises(WallError) as raised:
        page_text(page, "kiel.html")
    assert raised.value.message("de").startswith("„kiel.html“ zeigt nur eine Anmelde- oder Cookie-Seite")
    assert "speichern oder kopieren Sie ihn dann" in raised.value.message("de")
    assert "sign in or accept until the text is shown" in raised.value.message("en")


def test_a_short_article_is_no_wall_even_beside_a_cookie_notice():
    assert page_text(kiel_page()).startswith("Customer Service Jobs")
    short = ("<div class=cookie-banner>Cookies akzeptieren?</div><h1>Kundenservice in Kiel</h1>"
             "<p>Einsteiger verdienen 2.300 € brutto im Monat. Gefragt ist Englisch.</p>")
    assert page_text(short).endswith("\nEinsteiger verdienen 2.300 € brutto im Monat. Gefragt ist Englisch.")
    # an article that speaks of logging in is still an article
    assert page_text("<p>Sie melden sich morgens im System an und loggen sich abends aus.</p>")


def test_pasted_text_prefers_the_html_and_composes_umlauts():
    assert pasted_text("<nav>Menü</nav><p>Ko\u0308ln</p>", "Menü Köln") == "Köln"
    assert pasted_text(None, "Franzo\u0308sisch") == "Französisch"
    assert pasted_text("<script>x()</script>", "Klartext") == "Klartext"  # the HTML shows nothing
    with pytest.raises(WallError):
        pasted_text(None, "Anmelden\nE-Mail\nPasswort\nPasswort vergessen?")


def test_a_saved_page_reads_to_the_same_city_as_its_text(tmp_path, vocabulary):
    (tmp_path / "kiel.txt").write_text(KIEL, encoding="utf-8")
    (tmp_path / "kiel.html").write_bytes(kiel_page("windows-1252").encode("cp1252"))
    (tmp_path / "seite.dat").write_bytes(b"\xef\xbb\xbf  " + kiel_page().encode("utf-8"))  # known by its start
    _, plain = read_new_article(tmp_path / "kiel.txt", vocabulary)
    for name in ("kiel.html", "seite.dat"):
        data, city = read_new_article(tmp_path / name, vocabulary)
        assert data.decode("utf-8") == KIEL.strip()  # the copy kept is the plain text: quotes point into it
        assert (city.city, city.salary_bands, city.facts) == (plain.city, plain.salary_bands, plain.facts)


def test_a_pasted_page_reads_to_the_same_city(vocabulary):
    _, city = read_pasted_article(pasted_text(kiel_page(), None), vocabulary)
    assert city.city == "Kiel" and [band.min_eur for band in city.salary_bands] == [2300]


@pytest.mark.parametrize(("text", "words"), [
    ("  \n ", "„eingefügter Text“ ist leer."),
    ("Anmelden\nPasswort\nPasswort vergessen?", "„eingefügter Text“ zeigt nur eine Anmelde- oder Cookie-Seite"),
    ("Ein Rezept für Apfelkuchen mit Zimt und Zucker.", "„eingefügter Text“ nennt weder Gehalt"),
    ("Einsteiger verdienen etwa 2.300 € bis 2.700 € brutto im Monat.\nGefragt ist Englisch.",
     "Der eingefügte Text nennt in seinen ersten Zeilen keine Stadt."),
])
def test_bad_pastes_say_why(vocabulary, text, words):
    with pytest.raises(ArticleError) as raised:
        read_pasted_article(text, vocabulary)
    assert raised.value.message("de").startswith(words)
    assert raised.value.message("de").endswith("Die Datei wurde nicht hinzugefügt.") or "Stadt" in words
    assert "pasted text" in raised.value.message("en") or "Stadt" in words


def test_bad_pages_say_why(tmp_path):
    (tmp_path / "login.html").write_text(LOGIN, encoding="utf-8")
    (tmp_path / "bild.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "leer.htm").write_text("<html><script>x()</script></html>", encoding="utf-8")
    expected = {"login.html": "„login.html“ zeigt nur eine Anmelde- oder Cookie-Seite",
                "bild.html": "„bild.html“ ist keine Textdatei.", "leer.htm": "„leer.htm“ ist leer."}
    for name, words in expected.items():
        with pytest.raises(ArticleError) as raised:
            read_article_data(tmp_path / name)
        assert raised.value.message("de").startswith(words)
