"""The help page (F1): what CityFit does, how it reads articles, how it scores, and its keys, in the
window's language. Sections of plain sentences; the help dialog lays them out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.messages import decimal
from app.core.resources import load_json_resource
from app.gui.i18n import fill

translate = QCoreApplication.translate  # under the name Qt's lupdate collects


def help_sections(lang: str) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) in reading order."""
    return [
        (translate("Help", "What CityFit does"), [
            translate("Help", "CityFit compares cities for a job in customer service. Enter on the left what you bring "
                "and what you want: skills, languages, pay, working hours. On the right the cities are ranked as you "
                "type, best fit first, with one bar per criterion."),
            translate("Help", "Select a city to read under “Why” how each criterion was judged, with the sentences "
                "from the article it rests on; click a sentence to see it in the whole article. “Salary chart” draws "
                "every city's pay bands against your wishes, “Advice” lists measured changes that would raise your "
                "score. View → Compare Cities puts cities side by side; File → Export Report writes it all as PDF "
                "or HTML."),
        ]),
        (translate("Help", "How CityFit reads an article"), [
            translate("Help", "Each city has one career article. CityFit reads it sentence by sentence and recognises "
                "skills, languages, industries, contact channels, working hours, onboarding and ways to grow by the "
                "words articles use for them, word forms and compounds included (“Schichtdienst”, “Früh- und "
                "Spätschicht”)."),
            translate("Help", "A sentence counts only for what it states about the work. What the article denies "
                "(“kein Wochenenddienst”), asks, only supposes, or tells about residents, the scenery or someone's "
                "former job is not counted as a fact of the job."),
            translate("Help", "Pay comes from sentences with amounts in euros; each band keeps whom it is for "
                "(beginners, experienced staff) and what it asks for. Every fact keeps its sentence, so you can check "
                "it."),
            translate("Help", "Articles you add with File → Add City Article are read the same way. CityFit keeps what "
                "it read, so the next start is quick; nothing leaves your computer."),
        ]),
        (translate("Help", "Job ads"), [
            translate("Help", "Under “Jobs” CityFit matches you against concrete job ads you found: add one from a "
                "file or a saved web page (File → Add Job Ad), paste one copied from your browser (File → Paste Job "
                "Ad), or drop a file or a selection on the tab. An ad is read like an article, and also for its title, "
                "employer, place of work, pay as it states it, hours, contract and what it asks of you."),
            translate("Help", "An ad's score is the same criteria as a city's, with its requirements besides: the "
                "share you meet, where what is required counts double and what is a plus counts half. Each city in the "
                "ranking says how many saved ads there fit well. Ads are kept until you remove them."),
        ]),
        (translate("Help", "How CityFit scores"), _scoring(lang)),
        (translate("Help", "Keys"), [
            translate("Help", "F1 this help · Ctrl+R the article of the selected city · Ctrl+K compare cities · Ctrl+E "
                "export the report · Ctrl+J add a job ad · Ctrl+S save · Ctrl+Z undo · Ctrl+O open a profile"),
        ]),
    ]


def _scoring(lang: str) -> list[str]:
    """The principles of the README in plain words, with scoring.json's numbers."""
    config = load_json_resource("scoring.json")
    return [
        fill(translate("Help", "Pay: a band means what the article's sentence says. Bands for beginners are for "
            "everyone. A band tied to experience or to extras the article names is reached with any one of them; "
            "experience means %1 years or more, and a language counts from level %2. Skilled staff with "
            "extra qualifications, and moving into more demanding teams, need both: the years and one of "
            "the qualifications named."),
             decimal(config["experienced_after_years"], lang), config["qualifying_language_level"]),
        translate("Help", "A band the article only hints at (“ein paar Hundert mehr”, a few hundred more) is an "
            "estimate: it is marked “estimated” wherever it appears and counts only with its lower figure."),
        translate("Help", "Shift, night and weekend work: accepting them never changes a score. Refusing them costs "
            "points where the article names them, fewer where it says they happen now and then, and none "
            "where it rules them out or calls them rare. “Only now and then” is met where they happen now "
            "and then, and half met where the article does not say how often."),
        fill(translate("Help", "Telling more never hurts: a language, skill or wish the article names can only add "
            "points; what you do not list is unknown, not missing. What CityFit does not recognise is shown as "
            "“not recognised” and never counts. German is expected at level %1 for customer service in "
            "Germany; below that the language score drops in every city."), config["working_german_level"]),
        fill(translate("Help", "Unknown is neither good nor bad: what an article does not say counts with the neutral "
            "%1 points, and so does what you have not said. Each city shows how much of its score rests on "
            "its article."), decimal(config["neutral_points"], lang)),
        translate("Help", "A must-have the article says nothing about is “not confirmed”: neither met nor broken."),
        translate("Help", "What an article only speculates about (“vielleicht wird irgendwann Chinesisch wichtig”) is "
            "listed apart under “only speculated” with its sentence and never counts."),
        translate("Help", "The sentence below the ranking names the criterion that brings the largest share of the "
            "leader's lead."),
    ]
