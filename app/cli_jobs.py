"""The command line's job ads: `cityfit add-job FILE… [--city NAME]` and `cityfit jobs PROFILE [--city NAME]`."""

from __future__ import annotations

import json
import sys

from app.core.engine import Engine, load_job_shelf
from app.core.job_match import ad_facts, describe_requirements, job_json
from app.core.job_store import JobError, read_job_file, read_offered_job, save_job
from app.core.library import CityLibrary
from app.core.messages import UserError, join_words, printable, say, score_number
from app.core.view import CandidateView
from app.core.vocabulary import Vocabulary


def add_jobs(args, library: CityLibrary, vocabulary: Vocabulary) -> int:
    """Saves each ad that can be read; one line per file, and exit status 2 if any could not be saved."""
    shelf = load_job_shelf(library, vocabulary)
    known = [city.city for city in library.cities]
    failed = False
    for path in args.files:
        try:
            ad = read_offered_job(path.name, read_job_file(path), vocabulary, known, shelf)
            ad.city = ad.city or args.city  # --city names the place only where the ad names none
            if not ad.city:
                raise JobError("job_no_city", file=path.name)
            save_job(ad, str(path.resolve()), shelf)
        except UserError as error:
            print(f"cityfit: {printable(error.message(args.lang))}", file=sys.stderr)
            failed = True
            continue
        print(say("job_saved", args.lang, title=ad.title, city=ad.city))
    return 2 if failed else 0


def rank_jobs(args, library: CityLibrary, vocabulary: Vocabulary) -> int:
    from app.core.profile_file import load_profile

    shelf = load_job_shelf(library, vocabulary)
    for problem in shelf.warnings:
        print(f"cityfit: {printable(problem.message(args.lang))}", file=sys.stderr)
    engine = Engine(library.cities, vocabulary, shelf.ads)
    profile = load_profile(args.profile)
    jobs = engine.rank_jobs(profile, args.lang, args.city)
    if args.json:
        json.dump({"jobs": [job_json(job) for job in jobs]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    view = CandidateView.build(profile, engine.vocabulary)
    lines = [say("cli_jobs_heading", args.lang, name=profile.name or say("cli_unnamed", args.lang)), ""]
    if not jobs:
        lines.append(say("cli_no_jobs_in", args.lang, city=args.city) if args.city and engine.jobs else
                     say("cli_no_jobs", args.lang))
    for place, job in enumerate(jobs, 1):
        ad = job.ad
        facts = [ad.city or "?", *ad_facts(ad, args.lang)]
        lines.append(f"{place}. {ad.title}  {score_number(job.score)}/100")
        lines.append(f"   {' · '.join(facts)}")
        if job.broken_musts:
            broken = join_words([say(f"must_{m}", args.lang) for m in job.broken_musts], args.lang)
            lines.append(f"   ! {say('cli_breaks_musts', args.lang, what=broken)}")
        lines += [f"   - {line}" for line in describe_requirements(job, view, args.lang)]
        lines.append("")
    sys.stdout.write("\n".join(printable(line) for line in lines) + "\n")
    return 0
