"""The ``survey`` command: ``survey tally``, counting a survey platform's export.

``coprod-standards survey tally EXPORT --question TEXT --metric METRIC
--population POPULATION`` prints the count with its provenance; ``--into``
adds it to an assessment file (keeping the file's comments), refusing a
second survey of the same metric, population and date unless ``--replace``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from coprod_standards.errors import CoprodError

from .commands import _framework

if TYPE_CHECKING:
    from coprod_standards.core.assessment import Assessment
    from coprod_standards.core.tally import SurveyTally

__all__ = ["add_survey_parser", "run_survey"]

_EXAMPLE = (
    'coprod-standards survey tally responses.csv --question "I feel included" '
    "--metric inclusion --population service_users --into riverside.yaml"
)


def add_survey_parser(commands: Any, stdout: TextIO, date: Callable[[str], Any]) -> None:
    """Add ``survey`` and its ``tally`` to the *commands* of the command line's parser."""
    survey = commands.add_parser(
        "survey",
        stdout=stdout,
        help="count a survey platform's export for a survey criterion",
        description="Work with survey results exported from the platforms people use.",
        epilog=f"Example:\n  {_EXAMPLE}",
    )
    actions = survey.add_subparsers(
        dest="survey_command", metavar="ACTION", parser_class=type(survey), required=True
    )
    tally = actions.add_parser(
        "tally",
        stdout=stdout,
        help="count the answers to one question of an export",
        description="Count the answers to one question of a survey export (CSV or XLSX from "
        "Microsoft Forms, Google Forms, SurveyMonkey, Qualtrics, SmartSurvey, or a plain "
        "table): how many agreed, out of how many, and which rows were left out and why.",
        epilog=f"Example:\n  {_EXAMPLE}",
    )
    tally.add_argument("export", type=Path, help="the export: CSV (or text) or XLSX")
    tally.add_argument(
        "--question",
        required=True,
        metavar="TEXT",
        help="the question's column heading (case and spacing ignored)",
    )
    tally.add_argument("--metric", required=True, help="what it measures, such as inclusion")
    tally.add_argument("--population", required=True, help="who is counted, such as service_users")
    tally.add_argument(
        "--population-column",
        metavar="COL",
        help="the heading of a column that says each respondent's population",
    )
    tally.add_argument(
        "--population-map",
        action="append",
        default=[],
        metavar="ANSWER=POPULATION",
        help="an answer of --population-column and its population ('-': none); "
        "repeat for each answer",
    )
    tally.add_argument(
        "--scale",
        default="agree-5",
        metavar="NAME_OR_FILE",
        help="the response scale: agree-5, agree-7, yes-no, fft, satisfaction-5, "
        "or a scale file (default: agree-5)",
    )
    tally.add_argument(
        "--count-excluded",
        action=argparse.BooleanOptionalAction,
        help='count answers such as "Don\'t know" in the denominator (default: as the scale says)',
    )
    tally.add_argument(
        "--conducted-on",
        type=date,
        metavar="YYYY-MM-DD",
        help="when the survey closed (default: the latest response's date)",
    )
    tally.add_argument("--encoding", help="the CSV's encoding, where it is not recognised")
    tally.add_argument("--format", choices=("text", "json"), default="text")
    tally.add_argument(
        "--into",
        type=Path,
        metavar="ASSESSMENT",
        help="add the survey, with its provenance, to this assessment file",
    )
    tally.add_argument(
        "--replace",
        action="store_true",
        help="with --into: replace a survey of the same metric, population and "
        "date (default: refuse)",
    )


def run_survey(arguments: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run ``survey tally``; returns the exit status."""
    from coprod_standards.formats.loader import load
    from coprod_standards.formats.survey_exports import tally_survey

    if arguments.replace and arguments.into is None:
        raise CoprodError("--replace replaces a survey in the --into assessment; add --into")
    assessment = None if arguments.into is None else _assessment(arguments.into)
    if arguments.standards_version is not None:
        framework = _framework(arguments.standards_version)
    else:
        framework = load(None if assessment is None else assessment.version)
    tally = tally_survey(
        arguments.export,
        question=arguments.question,
        metric=arguments.metric,
        population=arguments.population,
        population_column=arguments.population_column,
        population_map=_mapping(arguments.population_map, arguments.population_column),
        scale=arguments.scale,
        conducted_on=arguments.conducted_on,
        count_excluded=arguments.count_excluded,
        encoding=arguments.encoding,
        framework=framework,
    )
    if arguments.format == "json":
        stdout.write(json.dumps(tally.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        stdout.write(tally_text(tally))
    if assessment is not None:
        _add(assessment, arguments.into, tally, arguments.replace)
        # JSON output stays JSON: the note goes to stderr there.
        (stdout if arguments.format == "text" else stderr).write(
            f"added the survey to {arguments.into}\n"
        )
    return 0


def _mapping(pairs: list[str], column: str | None) -> dict[str, str | None]:
    if pairs and column is None:
        raise CoprodError("--population-map maps the answers of --population-column; add it")
    mapping: dict[str, str | None] = {}
    for pair in pairs:
        answer, equals, population = pair.rpartition("=")
        if not equals or not answer.strip() or not population.strip():
            raise CoprodError(
                f"--population-map {pair!r} is not ANSWER=POPULATION, such as "
                "'Service user=service_users'"
            )
        given = None if population.strip() == "-" else population.strip()
        if mapping.get(answer.strip(), given) != given:
            raise CoprodError(
                f"--population-map maps {answer.strip()!r} twice, to "
                f"{mapping[answer.strip()] or '-'} and to {given or '-'}; map it once"
            )
        mapping[answer.strip()] = given
    return mapping


def _assessment(path: Path) -> Assessment:
    from coprod_standards.formats.assessment_files import load_assessment

    return load_assessment(path)


def _add(assessment: Assessment, path: Path, tally: SurveyTally, replace: bool) -> None:
    """Add *tally* to *assessment* and write it to *path*, keeping its comments."""
    import attrs

    from coprod_standards.formats.assessment_files import (
        dumps_assessment,
        parse_assessment,
        save_assessment,
    )
    from coprod_standards.formats.sign_off import refuse_change

    survey = tally.response
    same = [
        index
        for index, given in enumerate(assessment.surveys)
        if (given.metric, given.population, given.conducted_on)
        == (survey.metric, survey.population, survey.conducted_on)
    ]
    if same and not replace:
        raise CoprodError(
            f"{path} already has a survey of {survey.population} about {survey.metric} on "
            f"{survey.conducted_on.isoformat()}; --replace replaces it"
        )
    surveys = list(assessment.surveys)
    if same:
        surveys[same[0]] = survey
    else:
        surveys.append(survey)
    # A signed-off file is not changed: reopen it first (refused here, as saving would).
    updated = refuse_change(
        attrs.evolve(assessment, surveys=tuple(surveys)), assessment, str(path), reopen=False
    )
    fmt = assessment.source.format if assessment.source is not None else "yaml"
    text = dumps_assessment(updated, format="json" if fmt == "json" else "yaml")
    # Checked as a file before it is written: a survey after the assessment's date, or
    # of a population the version does not have, is refused here, not found later.
    parse_assessment(text, format="json" if fmt == "json" else "yaml", name=str(path))
    # Written as its kind: a workbook stays a workbook, keeping its formatting.
    save_assessment(updated, path)


def tally_text(tally: SurveyTally) -> str:
    """A tally for people: the count, the denominator, the rows left out, and the export."""
    provenance = tally.provenance
    share = Fraction(tally.agree * 100, tally.respondents)
    left = ", ".join(
        f"{count} {reason.replace('_', ' ')}" for reason, count in provenance.excluded.items()
    )
    lines = [
        f"{tally.metric}, {tally.population}: {tally.agree} of {tally.respondents} agreed "
        f"({_percent(share)})",
        f"  question: {provenance.question}",
        f"  scale: {provenance.scale}",
        f"  rows: {provenance.rows_read} read, {provenance.rows_counted} counted, "
        f"{provenance.rows_excluded} left out{f' ({left})' if left else ''}",
    ]
    if provenance.counted_no_opinion:
        without = tally.respondents - provenance.counted_no_opinion
        lines.append(
            f"  denominator: {tally.respondents}, including {provenance.counted_no_opinion} "
            f'answers such as "Don\'t know" ({without} without them)'
        )
    lines += [
        f"  survey closed: {tally.conducted_on.isoformat()}",
        f"  export: {provenance.file} ({provenance.layout}), sha256 {provenance.sha256}",
    ]
    lines += [f"  note: {note}" for note in tally.notes]
    return "\n".join(lines) + "\n"


def _percent(share: Fraction) -> str:
    # Rounded down to two places: a share is never shown above what it is.
    hundredths = share.numerator * 100 // share.denominator
    return f"{hundredths // 100}.{hundredths % 100:02d}%"
