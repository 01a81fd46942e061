"""The visible text of a web page (a saved .html file, or HTML on the clipboard), as plain lines the extractor reads
like a plain-text article; and whether a page is only a login form or a cookie wall.

A real parser (html.parser), never a regular expression over markup, and nothing is ever loaded: scripts, images,
frames and style sheets are tags to skip, not addresses to fetch.

What is kept and how it reads:
- Dropped with everything inside: script, style, noscript, template, svg, iframe, object, head, nav, footer, aside,
  form, button, select, elements marked hidden, and elements whose id, class, role or aria-label mark them as
  cookie/consent notice, navigation, menu, breadcrumb, share or social buttons, newsletter box, advertising.
- A site's <header> (or role="banner") outside <main>/<article> is dropped unless it holds the page's <h1>; a
  role="dialog" is dropped when it speaks of cookies or consent.
- When a page has <main> or <article>, only their text is kept; the first <h1> of the page is put first when it
  stands outside them (the extractor finds the city in the title line).
- The <title> is used only when the page has no <h1> at all (without a " | site name" tail).
- Each block (p, div, section, h1–h6, li, tr, dt, dd, br, …) is a line; each list item starts with "- "; headings
  stand alone without added punctuation; table cells are joined with " | "; whitespace runs are one space; entities
  are decoded (ä, ö, ü, ß kept); no blank lines.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser

from app.core.messages import Said, UserError
from app.core.text import fold, sentence_spans

DROPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
                          "canvas", "head", "nav", "footer", "aside", "form", "button", "select", "textarea",
                          "dialog", "menu"})
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                       "source", "track", "wbr", "keygen"})
BLOCK_TAGS = frozenset({"address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div",
                        "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
                        "header", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary",
                        "table", "tbody", "tfoot", "thead", "tr", "ul", "br"})
CELL_TAGS = frozenset({"td", "th"})
CONTENT_TAGS = frozenset({"main", "article"})
UNMARKED_TAGS = frozenset({"html", "body", "main", "article"})  # <body class="cookie-consent-open"> is the page
CODE_TAGS = frozenset({"script", "style", "svg", "math", "template", "head", "object", "embed", "canvas"})
DROPPED_ROLES = frozenset({"navigation", "menu", "menubar", "search", "complementary", "contentinfo", "toolbar",
                           "alert"})
# A marker word anywhere in an id, class or aria-label ("cookieBanner", "site-breadcrumbs") ...
MARKER_PARTS = ("cookie", "consent", "gdpr", "dsgvo", "breadcrumb", "newsletter", "navigation", "navbar", "sharing",
                "socialmedia", "advert")
# ... or one of these as a whole part of it ("main-nav", "share-buttons"; not "navigator-text" or "menuett")
MARKER_WORDS = frozenset({"nav", "menu", "menubar", "share", "social", "banner", "ad", "ads", "cmp", "skip",
                          "toolbar"})
SOFT_MARKER_WORDS = frozenset({"banner"})  # a "hero-banner" may hold the title: dropped only without an <h1>
# Words of a login form or a cookie/consent wall (folded: lower case, umlauts spelt out).
WALL_WORDS = frozenset({"login", "log in", "anmelden", "anmeldung", "einloggen", "passwort", "password", "kennwort",
                        "registrieren", "sign in", "cookie", "cookies", "einwilligen", "einwilligung", "zustimmen",
                        "akzeptieren", "accept", "consent", "datenschutzeinstellungen", "privacy settings",
                        "benutzername", "username", "abonnieren", "subscribe", "paywall", "melden sie",
                        "melde dich", "please log", "please sign"})
ARTICLE_SENTENCES = 1  # a page with fewer sentences than this beside wall words is only a wall
SENTENCE_WORDS = 6  # ... counting sentences of at least this many words that name no wall word
ARTICLE_WORDS = 25  # ... and fewer words than this in lines that name none


class WallError(UserError):
    """A page that is only a login form or a cookie/consent wall; the caller says what became of it."""

    def __init__(self, file: str | Said):
        super().__init__("page_only_wall", file=file)


PASTED = Said("pasted_source")  # how pasted text is named in a message ("„eingefügter Text“ ist leer.")


def page_text(html: str, name: str | Said = "") -> str:
    """The visible text of a web page; WallError (naming `name`) when it is only a login or cookie wall. An empty
    string when it shows no text at all."""
    reader = _PageReader()
    reader.feed(_closable(html))
    reader.close()
    text = reader.text()
    if is_wall(text, reader.wall_hints or reader.password_field):
        raise WallError(name)
    return text


def pasted_text(html: str | None, plain: str | None, name: str | Said = PASTED) -> str:
    """The text of what was pasted: the HTML's visible text when there is HTML and it shows text, else the plain
    text; in composed form ("ö" as one character). WallError when it is only a login or cookie wall."""
    text = page_text(html, name) if html else ""
    if not text.strip():
        text = plain or ""
        if is_wall(text):
            raise WallError(name)
    return unicodedata.normalize("NFC", text)


def _closable(html: str) -> str:
    """A "<" after the page's last ">" opens nothing that can close; html.parser would scan the rest of the page
    again for each one (quadratic: "<a <a <a …"), so they are text, as it would read them anyway."""
    last = html.rfind(">") + 1
    return html if "<" not in html[last:] else html[:last] + html[last:].replace("<", "&lt;")


def is_wall(text: str, hidden_wall: bool = False) -> bool:
    """A login form or a cookie wall: words of one (in the text, or in the forms and notices dropped from it:
    `hidden_wall`), and besides them fewer than ARTICLE_SENTENCES real sentences and fewer than ARTICLE_WORDS
    words. A short article whose page had a cookie notice is still an article."""
    if not hidden_wall and not _has_wall_word(text):
        return False
    words = sentences = 0
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if _has_wall_word(sentence):
            continue
        words += len(sentence.split())
        sentences += len(sentence.split()) >= SENTENCE_WORDS and sentence.rstrip()[-1:] in ".!?…"
        if sentences >= ARTICLE_SENTENCES or words >= ARTICLE_WORDS:
            return False
    return True


def _has_wall_word(text: str) -> bool:
    words = fold(text).split()
    pairs = {f"{first} {second}" for first, second in zip(words, words[1:], strict=False)}
    return not WALL_WORDS.isdisjoint(words) or not WALL_WORDS.isdisjoint(pairs)


_MARKER_SPLIT = re.compile(r"[^a-z0-9]+")
_CAMEL = re.compile(r"([a-z])([A-Z])")
_SITE_TAIL = re.compile(r"\s+[|·–—-]\s+[^|·–—-]+$")  # "Kundenservice in Kiel | Jobportal": the site's name
_SPACE = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))  # soft hyphen, zero widths


@dataclass
class _Open:
    tag: str
    drops: bool = False  # everything inside is dropped
    content: bool = False  # a <main> or <article>
    header: int = -1  # a site's header or banner: where its text starts; dropped on close unless an <h1> came inside
    dialog: int = -1  # a dialog: where its text starts, dropped on close when it speaks of cookies
    h1_before: int = 0


@dataclass
class _Piece:
    text: str  # a run of text, or "\n" for a line break
    content: bool  # inside <main>/<article>
    h1: bool = False


class _PageReader(HTMLParser):
    """Streams the page once: pieces of visible text and line breaks, in order (linear in the page's length: an
    end tag without a start tag is ignored at once, an open element is closed once)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[_Piece] = []
        self.stack: list[_Open] = []
        self.open_count: dict[str, int] = {}
        self.dropping = 0  # open elements that drop their content
        self.drop_root: _Open | None = None  # the outermost of them
        self.dropped_text: list[str] = []  # its text, when it is a form or a notice (not a script)
        self.content = 0  # open <main>/<article>
        self.watched = 0  # open headers, banners and dialogs under watch
        self.h1_depth = self.h1_seen = 0
        self.h1_text: list[str] = []  # the first <h1>, wherever it stands
        self.title: list[str] = []
        self.in_title = False
        self.svg = self.pre = 0
        self.wall_hints = False  # a dropped form, notice or dialog spoke of logging in or cookies
        self.password_field = False

    # --- the parser's calls -------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "input" and attributes.get("type", "").lower() == "password":
            self.password_field = True
        if tag == "title" and not self.svg:
            self.in_title = not self.title  # the first one: an <svg> has titles of its own
        if tag in VOID_TAGS:
            if tag in BLOCK_TAGS:
                self._break()
            return
        opened = _Open(tag, content=tag in CONTENT_TAGS, h1_before=self.h1_seen)
        marked = None if tag in UNMARKED_TAGS else _marked(attributes)
        if tag in DROPPED_TAGS or (marked and marked not in SOFT_MARKER_WORDS) or _hidden(attributes):
            opened.drops = True
        elif not self.content and not self.watched and (tag == "header" or marked in SOFT_MARKER_WORDS
                                                        or attributes.get("role") == "banner"):
            opened.header = len(self.pieces)
        elif not self.watched and attributes.get("role") in ("dialog", "alertdialog"):
            opened.dialog = len(self.pieces)
        self._push(opened)
        if tag in BLOCK_TAGS:
            self._break()
        if self.dropping:
            return
        if tag == "li":
            self._add("- ")
        elif tag in CELL_TAGS:
            self._add(" | ")
        elif tag == "h1":
            self.h1_depth += 1
            self.h1_seen += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.open_count.get(tag):  # else a stray end tag
            while self.stack and self._pop().tag != tag:
                pass
        if tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif self.dropping:
            if self.drop_root is not None and self.drop_root.tag not in CODE_TAGS:
                self.dropped_text.append(data)
        elif self.pre:
            for number, line in enumerate(data.split("\n")):
                if number:
                    self._break()
                self._add(line)
        else:
            self._add(data)

    # --- the elements open now ----------------------------------------------------------------------------

    def _push(self, opened: _Open) -> None:
        self.stack.append(opened)
        self.open_count[opened.tag] = self.open_count.get(opened.tag, 0) + 1
        if opened.drops and not self.dropping:
            self.drop_root = opened
        self._count(opened, 1)

    def _pop(self) -> _Open:
        opened = self.stack.pop()
        self.open_count[opened.tag] -= 1
        self._count(opened, -1)
        if opened.tag == "h1" and self.h1_depth:
            self.h1_depth -= 1
        if opened is self.drop_root:
            self._dropped(" ".join(self.dropped_text))
            self.drop_root, self.dropped_text = None, []
        if opened.header >= 0 and self.h1_seen == opened.h1_before:
            del self.pieces[opened.header:]  # a site's header without the title: logo, slogan, links
        if opened.dialog >= 0:
            said = "".join(piece.text for piece in self.pieces[opened.dialog:])
            if _has_wall_word(said):
                del self.pieces[opened.dialog:]
                self._dropped(said)
        return opened

    def _count(self, opened: _Open, step: int) -> None:
        self.dropping += step * opened.drops
        self.content += step * opened.content
        self.watched += step * (opened.header >= 0 or opened.dialog >= 0)
        self.svg += step * (opened.tag == "svg")
        self.pre += step * (opened.tag == "pre")

    def _dropped(self, text: str) -> None:
        self.wall_hints = self.wall_hints or _has_wall_word(text)

    def _add(self, data: str) -> None:
        if self.dropping:
            return
        text = _SPACE.sub(" ", data.translate(_INVISIBLE))
        if not text:
            return
        in_h1 = self.h1_depth > 0
        self.pieces.append(_Piece(text, self.content > 0, in_h1))
        if in_h1 and self.h1_seen == 1:
            self.h1_text.append(text)

    def _break(self) -> None:
        if not self.dropping and (not self.pieces or self.pieces[-1].text != "\n"):
            self.pieces.append(_Piece("\n", self.content > 0))

    # --- the result ---------------------------------------------------------------------------------------

    def text(self) -> str:
        pieces = self.pieces
        if any(piece.content and piece.text.strip() for piece in pieces):
            pieces = [piece for piece in pieces if piece.content]
            if self.h1_text and not any(piece.h1 for piece in pieces):
                pieces = [_Piece("".join(self.h1_text), True), _Piece("\n", True), *pieces]
        lines = _lines("".join(piece.text for piece in pieces))
        if self.h1_seen == 0 and self.title:
            title = _SITE_TAIL.sub("", _SPACE.sub(" ", "".join(self.title).translate(_INVISIBLE)).strip())
            if title and (not lines or lines[0] != title):
                lines.insert(0, title)
        return "\n".join(lines)


def _lines(text: str) -> list[str]:
    """One line per block: spaces collapsed, cell separators tidied, empty lines and empty list items gone."""
    lines = []
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        line = line.removeprefix("| ").removesuffix(" |").strip()
        if line and line != "-":
            lines.append(line)
    return lines


def _marked(attributes: dict[str, str]) -> str | None:
    """The marker word that makes an element a notice, menu or button row to drop, or None."""
    role = attributes.get("role", "").lower()
    if role in DROPPED_ROLES:
        return role
    for name in ("id", "class", "aria-label"):
        value = _CAMEL.sub(r"\1 \2", attributes.get(name, "")).lower()  # "socialShare": "social share"
        if not value:
            continue
        part = next((part for part in MARKER_PARTS if part in value), None)
        if part:
            return part
        words = set(_MARKER_SPLIT.split(value))
        if name == "aria-label":
            words.discard("ad")  # "ad" as an English word in a label
        word = next(iter(sorted(words & MARKER_WORDS)), None)
        if word:
            return word
    return None


def _hidden(attributes: dict[str, str]) -> bool:
    style = attributes.get("style", "").replace(" ", "").lower()
    return ("hidden" in attributes or attributes.get("aria-hidden", "").lower() == "true"
            or "display:none" in style or "visibility:hidden" in style)
