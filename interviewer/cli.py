"""The `interviewer` command line: thin commands over the library, and one error seam.

Commands import heavy modules (Textual, spaCy) inside their bodies, so headless commands start
fast and ``import interviewer.cli`` never loads Textual.
"""

from __future__ import annotations

import io
import itertools
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import click

from interviewer import __version__
from interviewer.core.bank import QuestionBank
from interviewer.core.classifier import OutcomeAnalyzer
from interviewer.core.errors import ExitStatus, InterviewerError, UsageError
from interviewer.core.text import show_bidi_controls
from interviewer.export.formats import FORMATS
from interviewer.io.banks import BankError, find_bank, iter_banks, load_bank

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _format_option(
    choices: Sequence[str], help_text: str, *, required: bool = False
) -> Callable[[Callable[..., int]], Callable[..., int]]:
    """--format FMT; the first choice is the default unless the option is required."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=None if required else choices[0],
        show_default=not required,
        required=required,
        help=help_text,
    )


_text_or_json = _format_option(
    ("text", "json"), "Output format: readable text, or JSON for scripts."
)


def _grouping_options(applies: str = "") -> Callable[[Callable[..., int]], Callable[..., int]]:
    """--mapping, --threshold: how outcomes of several interviews are grouped into codes.

    ``applies`` starts each help text when the options apply to some inputs only.
    """

    def decorate(command: Callable[..., int]) -> Callable[..., int]:
        command = click.option(
            "--threshold",
            type=click.FloatRange(0, 1, min_open=True),
            metavar="X",
            help=f"{applies}Similarity at which outcomes of different interviews share a code"
            "  [default: 0.6]",
        )(command)
        return click.option(
            "--mapping",
            metavar="FILE",
            help=f"{applies}Code mapping (YAML) that assigns outcomes to named codes.",
        )(command)

    return decorate


def _map_options(command: Callable[..., int]) -> Callable[..., int]:
    """--cutoff, --indirect, --mapping, --threshold: how several interviews merge into a map."""
    command = _grouping_options()(command)
    command = click.option(
        "--indirect", is_flag=True, help="Count indirect relations in the cut-off too."
    )(command)
    return click.option(
        "--cutoff", type=click.IntRange(1), metavar="N", help="Keep links counted at least N times."
    )(command)


def _analyzer_of(model: str | None) -> Callable[[], OutcomeAnalyzer]:
    """The pipeline on ``model``, built when the app first needs it: spaCy loads in the app."""

    def build() -> OutcomeAnalyzer:
        from interviewer import analyzer

        return analyzer(model)

    return build


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="interviewer")
def cli() -> None:
    """Elicit customers' success outcomes (Jobs-to-be-Done) in laddering interviews.

    Run a live interview in the terminal, code archived transcripts in batches, build and merge
    outcome trees, and export them for workshops and QDA tools.
    """


@cli.command(context_settings=CONTEXT)
@click.option(
    "--bank",
    "bank_name",
    default="generic",
    show_default=True,
    metavar="NAME|PATH",
    help="Question bank: a bundled bank's name or a YAML file.",
)
@click.option("--job", metavar="TEXT", help="The job the participant is trying to get done.")
@click.option("--participant", metavar="ID", help="Participant id (pseudonymous).")
@click.option(
    "--out",
    "out_dir",
    default="transcripts",
    show_default=True,
    metavar="DIR",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for session files.",
)
@click.option(
    "--resume",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Continue a saved (or crashed) session file.",
)
@click.option("--model", metavar="NAME|PATH", help="spaCy model to build the pipeline on.")
@click.option("--web", is_flag=True, help="Serve the app in a browser (127.0.0.1 only).")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port for --web."
)
@click.option(
    "--read-only",
    is_flag=True,
    help="With --resume: view the session without writing it, following its saves "
    "(for a session open in another interview).",
)
@click.option(
    "--session-file",
    hidden=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="(--web) The one session file of this server: continued if it holds a session.",
)
def interview(
    bank_name: str,
    job: str | None,
    participant: str | None,
    out_dir: Path,
    resume: Path | None,
    model: str | None,
    web: bool,
    port: int,
    read_only: bool,
    session_file: Path | None,
) -> int:
    """Run a live laddering interview in the terminal UI.

    Without --job and --participant a setup screen asks for them. Every answer is saved at once
    to OUT/<participant>-<time>.session.yaml (with a .journal beside it); after a crash,
    --resume FILE continues where the interview stopped. F1 shows every key.
    """
    if web:
        from interviewer.tui.web import serve

        serve(sys.argv[1:], port, out_dir, participant or "", resume)
        return ExitStatus.OK
    bank = find_bank(bank_name)
    banks = [b for b in iter_banks() if isinstance(b, QuestionBank)]
    if read_only and resume is None:
        raise UsageError("--read-only needs --resume FILE")
    resumed = None
    session = None
    if resume is not None:
        from interviewer.io.session_store import open_session

        # Fail here, with one line, before the screen opens: unreadable, or open elsewhere.
        session, store = open_session(resume, read_only=read_only)
        resumed = (session, store) if store is not None else None
        if session.bank and bank_name == "generic":
            bank = next((b for b in banks if b.id == session.bank), bank)
    from interviewer.tui.app import make_app

    try:
        app = make_app(
            bank=bank,
            banks=banks,
            job=job or "",
            participant=participant or "",
            out_dir=out_dir,
            analyzer=_analyzer_of(model),
            resumed=resumed,
            session_file=session_file,
            read_only=resume if read_only else None,
            viewed=session if read_only else None,
        )
    except InterviewerError as exc:
        if session_file is None:
            raise
        from interviewer.tui.web import show_refusal

        show_refusal(exc)  # in the browser, where a line on stderr would go unseen
        return exc.exit_status
    app.run()
    return ExitStatus.OK


@cli.command(context_settings=CONTEXT)
@click.option("--fast", is_flag=True, help="No typing delays (for tests and impatient people).")
@click.option(
    "--script",
    "script_path",
    metavar="FILE",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A demo script (YAML) instead of the bundled one.",
)
@click.option("--model", metavar="NAME|PATH", help="spaCy model to build the pipeline on.")
def demo(fast: bool, script_path: Path | None, model: str | None) -> int:
    """Play a bundled sample interview through the terminal UI.

    A scripted participant answers the suggested questions at a readable pace, the answers are
    coded live, the tree grows, and the wrap-up collects ratings. The session file goes to a
    temporary folder named on screen.
    """
    from interviewer.io.demo_script import load_script
    from interviewer.tui.demo import make_demo_app

    script = load_script(script_path)
    make_demo_app(script, analyzer=_analyzer_of(model), fast=fast).run()
    return ExitStatus.OK


@cli.command(context_settings=CONTEXT)
@click.argument("texts", nargs=-1, metavar="[TEXT ...]")
@click.option(
    "-f", "--file", "source", metavar="FILE|-", help="Read one text per line ('-' = stdin)."
)
@_format_option(("text", "jsonl"), "Output format.")
@click.option("--model", metavar="NAME|PATH", help="spaCy model to build the pipeline on.")
def classify(texts: tuple[str, ...], source: str | None, fmt: str, model: str | None) -> int:
    """Find the success outcomes in answers.

    Each outcome comes with its kind, polarity, stative statement, confidence and evidence.
    With --format jsonl: one JSON object per input text, in input order.
    """
    if not texts and source is None:
        raise UsageError("give TEXT arguments or -f FILE (use -f - for stdin)")
    from interviewer import analyzer
    from interviewer.io.lines import read_lines
    from interviewer.nlp.classify import as_text, classify_stream, jsonl_pieces

    inputs = itertools.chain(texts, read_lines(source) if source is not None else ())

    def warn(number: int, message: str) -> None:
        click.echo(f"{source or 'TEXT'}:{number}: {message}", err=True)

    for text, outcomes in classify_stream(analyzer(model), inputs, warn):
        # In pieces: a text can be a very long pasted line, never held as a whole escaped copy.
        pieces = jsonl_pieces(text, outcomes) if fmt == "jsonl" else [as_text(text, outcomes)]
        for piece in pieces:
            click.echo(piece, nl=False)
        click.echo("")
    return ExitStatus.OK


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--out", "out_dir", required=True, metavar="OUTDIR", help="Output folder.")
@click.option(
    "--jobs", type=click.IntRange(1), default=1, show_default=True, help="Files coded in parallel."
)
@click.option("--model", metavar="NAME|PATH", help="spaCy model to build the pipeline on.")
@click.option("--force", is_flag=True, help="Code every file again, even unchanged ones.")
@_format_option(
    ("jsonl", "csv"), "Per-file output: .coded.jsonl, or .coded.csv with one row per outcome."
)
@click.option(
    "--speaker-map",
    metavar="FILE",
    help="Lines 'NAME: interviewer|participant|other' that override the guessed roles.",
)
@click.option("--job", metavar="TEXT", help="The job, for files whose header names none.")
def code(
    paths: tuple[str, ...],
    out_dir: str,
    jobs: int,
    model: str | None,
    force: bool,
    fmt: str,
    speaker_map: str | None,
    job: str | None,
) -> int:
    """Code archived transcripts in batch.

    PATH is a transcript or a folder of them: text or Markdown with speaker labels, WebVTT, SRT,
    DOCX, or session files. Writes OUTDIR/<stem>.coded.jsonl (or .coded.csv) per input, plus
    OUTDIR/summary.json and OUTDIR/summary.md. Files whose content, model and settings are
    unchanged since the last run into OUTDIR are skipped unless --force. A file that cannot be
    coded is named on stderr (path[:line]: message) and the others are still coded; the exit
    status is then 1. Files found in a folder that are not transcripts (a README, notes without
    speaker turns) are listed as skipped, not failed; warnings (an encoding guessed, roles that
    look swapped) go to stderr and the summary.
    """
    if job is not None and not job.strip():
        raise UsageError("--job: the job is empty")
    from interviewer.coding.batch import BatchOptions, code_batch
    from interviewer.coding.progress import progress_for
    from interviewer.io.transcripts import load_speaker_map

    options = BatchOptions(
        out_dir=Path(out_dir),
        jobs=jobs,
        model=model,
        force=force,
        fmt=fmt,
        job=(job or "").strip(),
        speaker_map=load_speaker_map(speaker_map) if speaker_map else {},
    )
    progress = progress_for(sys.stderr)
    try:
        result = code_batch(paths, options, progress=progress)
    finally:
        progress.close()
    for warning in result.warnings:
        click.echo(warning, err=True)
    for skipped in result.skipped:
        click.echo(f"{skipped.source}: skipped: {skipped.error}", err=True)
    for failure in result.failures:
        click.echo(failure.error, err=True)
    if sys.stderr.isatty():
        click.echo(
            f"{result.count('coded')} coded, {result.count('unchanged')} unchanged, "
            f"{len(result.failures)} failed, {len(result.skipped)} skipped; "
            f"summary in {result.summary_md}",
            err=True,
        )
    return ExitStatus.FAILURE if result.failures else ExitStatus.OK


@cli.command(context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--merge", is_flag=True, help="Merge the files into one hierarchical value map.")
@_map_options
@_text_or_json
def tree(
    files: tuple[str, ...],
    merge: bool,
    cutoff: int | None,
    indirect: bool,
    fmt: str,
    mapping: str | None,
    threshold: float | None,
) -> int:
    """Show a job's outcome tree or merged map.

    With --merge, several interviews of one job become a hierarchical value map: equivalent
    outcomes share a code, and links counted at least --cutoff times are kept (default: the
    largest cut-off that still represents two thirds of all relations). Findings (cycles,
    orphans, feelings with no functional basis, repeats) are listed and do not fail the command.
    """
    from interviewer.export.dispatch import MapOptions, tree_json, tree_text

    options = MapOptions(merge, cutoff, indirect, mapping, threshold)
    if fmt == "json":
        click.echo(tree_json(files, options), nl=False)
    else:
        click.echo(show_bidi_controls(tree_text(files, options)))
    return ExitStatus.OK


@cli.command(context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@_format_option(tuple(FORMATS), "Format.", required=True)
@click.option(
    "-o", "--out", "out", required=True, metavar="OUT", help="Output file ('-' = stdout)."
)
@click.option("--merge", is_flag=True, help="Export the merged map of several interviews.")
@_map_options
def export(
    files: tuple[str, ...],
    fmt: str,
    out: str,
    merge: bool,
    cutoff: int | None,
    indirect: bool,
    mapping: str | None,
    threshold: float | None,
) -> int:
    """Export outcome trees for workshops, diagrams and QDA tools.

    One FILE exports its outcome tree; --merge exports the hierarchical value map of several
    interviews of one job (the map `interviewer tree --merge` shows, with the same options).
    Formats: mermaid, dot, svg, png, pdf (svg/png/pdf need Graphviz's `dot`), graphml, gexf,
    json (as `tree --format json`), md, opml, csv, html (one standalone page) and qdpx
    (REFI-QDA project). '-o -' writes text formats to stdout. Files are replaced atomically.
    """
    from interviewer.export.dispatch import MapOptions, export_files

    export_files(files, fmt, out, MapOptions(merge, cutoff, indirect, mapping, threshold))
    return ExitStatus.OK


@cli.group(context_settings=CONTEXT)
def banks() -> None:
    """List and check question banks."""


@banks.command("list", context_settings=CONTEXT)
def banks_list() -> int:
    """List the question banks.

    Folders in $INTERVIEWER_BANKS are searched first, then the bundled banks.
    """
    status = ExitStatus.OK
    for bank in iter_banks():
        if isinstance(bank, BankError):
            click.echo(f"{bank}", err=True)
            status = ExitStatus.FAILURE
            continue
        click.echo(f"{bank.id:<28} {bank.title:<36} job: {bank.job}")
    return status


@banks.command("check", context_settings=CONTEXT)
@click.argument("paths", nargs=-1, metavar="[PATH...]")
def banks_check(paths: tuple[str, ...]) -> int:
    """Validate question banks.

    Checks every bank on the search path when no PATH is given; exit 1 if any is invalid.
    """
    results: list[QuestionBank | BankError] = (
        [_check(Path(p)) for p in paths] if paths else list(iter_banks())
    )
    failures = 0
    for result in results:
        if isinstance(result, BankError):
            failures += 1
            click.echo(str(result), err=True)
        else:
            probes = sum(len(group) for group in result.probes.values())
            click.echo(f"ok  {result.path}  ({probes} probes)")
    return ExitStatus.FAILURE if failures else ExitStatus.OK


def _check(path: Path) -> QuestionBank | BankError:
    try:
        return load_bank(path)
    except BankError as exc:
        return exc


@cli.command(context_settings=CONTEXT)
@click.argument("labeled", metavar="LABELED", required=False)
@click.option(
    "--corpus",
    type=click.Choice(["dev", "train", "all"]),
    help="Evaluate on the bundled corpus split instead of a LABELED file.",
)
@_text_or_json
@click.option("--model", metavar="NAME|PATH", help="spaCy model to build the pipeline on.")
def evaluate(labeled: str | None, corpus: str | None, fmt: str, model: str | None) -> int:
    """Measure the classifier against human labels.

    LABELED is a JSONL, CSV or YAML file of rows with text, label (functional, emotional,
    social or none) and optional polarity. Reports per-label precision, recall and F1,
    macro-F1, Cohen's kappa, polarity accuracy and the confusion matrix.
    """
    if (labeled is None) == (corpus is None):
        raise UsageError("give either a LABELED file or --corpus dev|train|all")
    from interviewer import analyzer
    from interviewer.io.labeled import read_labeled
    from interviewer.nlp.corpus import corpus_rows, split_of
    from interviewer.nlp.evaluate import evaluate as run_evaluation

    if labeled is not None:
        rows = read_labeled(labeled)
    else:
        rows = [r for r in corpus_rows() if corpus == "all" or split_of(r) == corpus]
    result = run_evaluation(analyzer(model), rows)
    click.echo(json.dumps(result.to_dict(), indent=2) if fmt == "json" else result.to_text())
    return ExitStatus.OK


@cli.command(context_settings=CONTEXT)
@click.argument("coded_a", metavar="CODED_A")
@click.argument("coded_b", metavar="CODED_B")
@_text_or_json
def agree(coded_a: str, coded_b: str, fmt: str) -> int:
    """Inter-coder agreement of two codings.

    CODED_A and CODED_B code the same material: two .coded.jsonl or session files (a unit is an
    outcome, aligned by turn and span, compared on kind and polarity), or two labeled
    CSV/JSONL/YAML files (a unit is a text, compared on its label). Reports percent agreement,
    Cohen's kappa, Krippendorff's alpha (nominal), per-label agreement, the confusion matrix,
    every disagreement, and the units only one coder marked (listed, not counted).
    """
    from interviewer.research.agreement import compare

    report = compare(coded_a, coded_b)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(show_bidi_controls(report.to_text()))
    return ExitStatus.OK


@cli.command(context_settings=CONTEXT)
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("-o", "--out", "out", required=True, metavar="OUT.csv", help="Questionnaire CSV.")
@_grouping_options()
def survey(files: tuple[str, ...], out: str, mapping: str | None, threshold: float | None) -> int:
    """Write the importance/satisfaction survey.

    One row per distinct outcome found in the sessions or coded files (merged into codes as by
    tree --merge, so outcome_id is the code): outcome_id, statement, kind, polarity and the two
    questions addressed to the respondent. A printable Markdown version goes to OUT.md beside
    OUT.csv.
    """
    from interviewer.io.coded import load_interviews
    from interviewer.research.output import check_writable, write_all
    from interviewer.research.survey import build_survey, markdown_path

    target = check_writable(out)
    if target.suffix.lower() != ".csv":
        raise UsageError(f"-o {out}: name a .csv file (the Markdown version goes beside it)")
    loaded = load_interviews(files, mapping, threshold)
    questionnaire = build_survey(
        loaded.interviews, threshold=loaded.threshold, codebook=loaded.codebook
    )
    printable = markdown_path(target)
    write_all({target: questionnaire.to_csv(), printable: questionnaire.to_markdown()})
    count = len(questionnaire.items)
    click.echo(f"wrote {target} and {printable}: {count} outcome{'s' if count != 1 else ''}")
    return ExitStatus.OK


@cli.command(context_settings=CONTEXT)
@click.argument("responses", nargs=-1, required=True, metavar="RESPONSES...")
@click.option(
    "--segment", metavar="COLUMN", help="Also score each value of this CSV column on its own."
)
@click.option(
    "--survey",
    "survey_file",
    metavar="SURVEY.csv",
    help="The questionnaire from `interviewer survey`: outcome ids are checked against it.",
)
@click.option("--plot", metavar="OUT.png|OUT.svg", help="Draw the opportunity landscape.")
@_text_or_json
@_grouping_options("Session files, as for the survey. ")
def score(
    responses: tuple[str, ...],
    segment: str | None,
    survey_file: str | None,
    plot: str | None,
    fmt: str,
    mapping: str | None,
    threshold: float | None,
) -> int:
    """Opportunity scores from survey answers.

    RESPONSES is a long-form CSV (respondent,outcome_id,importance,satisfaction; ratings 1-5;
    other columns allowed) or session files holding wrap-up ratings. Importance and
    satisfaction are 10 x the share of respondents rating 4-5 (top-2-box), and opportunity =
    importance + max(importance - satisfaction, 0), never on means. Sorted by opportunity with
    the ODI bands (> 15 extreme, 12-15 high, 10-12 solid, < 10 not underserved). Every faulty
    row is one line naming row and column; then exit 1 and nothing is written.
    """
    from interviewer.research.opportunity_scores import ScoreOptions, score_responses
    from interviewer.research.responses import ResponsesError

    options = ScoreOptions(segment, survey_file, plot, mapping, threshold)
    try:
        scored = score_responses(responses, options)
    except ResponsesError as exc:
        for line in exc.lines():
            click.echo(line, err=True)
        return ExitStatus.FAILURE
    report = scored.report
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(show_bidi_controls(report.to_text()))
        if scored.landscape is not None:
            click.echo(f"landscape: {scored.landscape}")
    return ExitStatus.OK


def _escape_unencodable(stream: object) -> None:
    """Characters the output's encoding cannot hold (a Latin-1 terminal, a stray surrogate)
    are written as ``\\u…`` escapes, never a traceback."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run the CLI and turn every expected failure into one line on stderr."""
    _escape_unencodable(sys.stdout)
    try:
        result = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="interviewer",
            standalone_mode=False,
        )
    except InterviewerError as exc:
        click.echo(str(exc) if exc.location else f"interviewer: {exc}", err=True)
        return exc.exit_status
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "interviewer"
        click.echo(f"{command}: {exc.format_message()} (see '{command} --help')", err=True)
        return ExitStatus.USAGE
    except click.ClickException as exc:
        click.echo(f"interviewer: {exc.format_message()}", err=True)
        return exc.exit_code
    except (click.Abort, KeyboardInterrupt):
        click.echo("interviewer: interrupted", err=True)
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`); not an error of ours, and nothing left to say.
        sys.stderr.close()
        return ExitStatus.OK
    return int(result) if isinstance(result, int) else ExitStatus.OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
