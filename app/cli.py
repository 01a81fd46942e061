"""The command line: `cityfit cities`, `cityfit rank PROFILE`, and the window when no command is given."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app import __version__

COMMANDS = ("cities", "rank", "advise", "report", "add-job", "jobs")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cityfit", description="Which city fits your customer-service career?")
    parser.add_argument("--version", action="version", version=f"CityFit {__version__}")
    commands = parser.add_subparsers(dest="command")
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("--seeds", type=Path, help="folder of city articles (*.txt)")
    shared.add_argument("--json", action="store_true", help="machine-readable output")
    shared.add_argument("--lang", choices=("de", "en"), default="de", help="language of the output")
    commands.add_parser("cities", parents=[shared], help="show what was extracted from each article")
    rank = commands.add_parser("rank", parents=[shared], help="rank the cities for a profile")
    rank.add_argument("profile", type=Path, help="a .cityfit profile file")
    rank.add_argument("--top", type=int, default=10, metavar="N",
                      help="explain the first N places in full (text output; default 10; 0 for all)")
    advise = commands.add_parser("advise", parents=[shared], help="changes to the profile that would fit better")
    advise.add_argument("profile", type=Path, help="a .cityfit profile file")
    report = commands.add_parser("report", parents=[shared], help="write the comparison as PDF or HTML")
    report.add_argument("profile", type=Path, help="a .cityfit profile file")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.html",
                        help="where to write the report")
    add_job = commands.add_parser("add-job", parents=[shared], help="save job ads (text or saved web pages)")
    add_job.add_argument("files", type=Path, nargs="+", metavar="FILE", help="a job ad: .txt, .html or .htm")
    add_job.add_argument("--city", metavar="NAME", help="the place of work, when the ad does not name it")
    jobs = commands.add_parser("jobs", parents=[shared], help="rank the saved job ads for a profile")
    jobs.add_argument("profile", type=Path, help="a .cityfit profile file")
    jobs.add_argument("--city", metavar="NAME", help="only the ads in this city")
    return parser


def _opens_in_window(argv: list[str]) -> bool:
    """`cityfit PROFILE`: one argument naming an existing file or a .cityfit file; anything else, a mistyped
    command such as `cityfit rnak x` included, gets the command line's usage message."""
    if len(argv) != 1 or argv[0] in COMMANDS or argv[0].startswith("-"):
        return False
    from app.core.profile_file import EXTENSION

    return argv[0].endswith(EXTENSION) or Path(argv[0]).is_file()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or _opens_in_window(argv):
        from app.gui.launch import launch  # only the window needs Qt

        return launch(argv)
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    from app.core.messages import UserError, printable, say

    try:
        return _run(args)
    except UserError as error:
        print(f"cityfit: {printable(error.message(args.lang))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as error:  # a bug: still one line for the user, never a traceback
        print(f"cityfit: {say('internal_error', args.lang, error=type(error).__name__)}", file=sys.stderr)
        return 1


def _run(args) -> int:
    from app.core import paths
    from app.core.collector import spare_cities
    from app.core.engine import Engine, load_library
    from app.core.messages import printable

    paths.init()
    library, vocabulary = load_library(args.seeds)
    spare_cities()
    for warning in library.warnings:
        print(f"cityfit: {printable(warning.message(args.lang))}", file=sys.stderr)
    if args.command == "cities":
        if args.json:
            _print_json({"cities": [city.to_json(vocabulary, args.lang) for city in library.cities]})
        else:
            from app.cli_text import print_cities

            print_cities(library.cities, vocabulary, args.lang)
        return 0
    if args.command in ("add-job", "jobs"):
        from app.cli_jobs import add_jobs, rank_jobs

        return (add_jobs if args.command == "add-job" else rank_jobs)(args, library, vocabulary)
    from app.core.profile_file import load_profile

    engine = Engine(library.cities, vocabulary)
    profile = load_profile(args.profile)
    if args.command == "advise":
        return _advise(engine, profile, args)
    if args.command == "report":
        from app.core.engine import load_job_shelf
        from app.core.messages import say
        from app.report_file import export_report

        jobs = load_job_shelf(library, vocabulary)  # the saved ads get a section; damaged ones were named by `jobs`
        export_report(args.output, Engine(library.cities, vocabulary, jobs.ads), profile, args.lang)
        print(say("report_written", args.lang, file=args.output), file=sys.stderr)
        return 0
    ranking = engine.rank(profile, args.lang, None if args.top <= 0 else args.top)
    if args.json:
        _print_json(ranking.to_json())
    else:
        from app.cli_text import print_ranking

        print_ranking(ranking, engine.firmness(ranking), profile, args.lang)
    return 0


def _advise(engine, profile, args) -> int:
    suggestions = engine.advise(profile, args.lang)
    if args.json:
        _print_json({"suggestions": [suggestion.to_json() for suggestion in suggestions]})
    else:
        from app.cli_text import print_advice

        print_advice(suggestions, profile, args.lang)
    return 0


def _print_json(data: dict) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
