"""``grantcheck init --interactive``: the questionnaire asked on a terminal.

Each answer is checked as it is typed (questionnaire.py holds the questions and the checks),
then the closing lines say what ``check`` would make of the scheme, with the assumptions behind
its estimate, before the file is written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from grantcheck.cli import Stopped, _emit, _fail, load_policy
from grantcheck.cli.workdir import Workdir

if TYPE_CHECKING:
    from grantcheck.questionnaire import Files

NO_TERMINAL = (
    "'init --interactive' asks its questions on a terminal, and there is none here. "
    "Use 'grantcheck init FILE' for a commented starter file to fill in, or "
    "'grantcheck init --register FILE.xlsx' for a spreadsheet of schemes"
)


def questionnaire(target: Path, force: bool, here: Workdir) -> None:
    """Ask, say what check would make of the answers, and write them as a scheme file."""
    if not sys.stdin.isatty():
        _fail([NO_TERMINAL])
    from grantcheck.questionnaire import scheme_yaml

    print(
        "A few questions about the scheme, in the order an applicant meets it. Press Enter when "
        "an answer is not known; grantcheck will say what it could not check."
    )
    from grantcheck.guidance_files import document_roots

    scheme_file = here.path(target).resolve()
    policy = load_policy(None, [], [], [], None, here)
    try:
        answers = ask_all((scheme_file, document_roots(scheme_file, policy)))
    except (KeyboardInterrupt, Stopped):  # Ctrl-C arrives as Stopped (cli's signal handler)
        print("\nStopped: nothing was written.", file=sys.stderr)
        raise typer.Exit(130) from None
    except EOFError:
        print("\nThe input ended: nothing was written.", file=sys.stderr)
        raise typer.Exit(2) from None
    text = scheme_yaml(answers, shell_word(str(target)))
    verdict(text, target, here)
    if here.path(target).exists() and not force:  # it may have appeared meanwhile
        _fail([f"{target}: the file exists; use --force to overwrite it"])
    _emit(text, target, here, report=False)
    print(f"Wrote {target}. Check it again at any time with: grantcheck check {target}")


def shell_word(text: str) -> str:
    """A file name as a comment can show it for a shell: quoted when it needs to be, and on one
    line (a name may hold a line break)."""
    import shlex

    from grantcheck.safe_text import clip

    return clip(shlex.quote(text).replace("\n", " ").replace("\r", " "), 120)


def ask_all(files: Files | None = None) -> dict[str, Any]:
    """Every answer, each asked again until it is valid (``files``: see check_answer)."""
    from grantcheck.questionnaire import check_answer, options, to_ask
    from grantcheck.register_columns import columns
    from grantcheck.units import sentence

    answers: dict[str, Any] = {}
    for q in to_ask(answers):  # lazily: an answer can make a later question unnecessary
        column = columns()[q.key]
        print(f"\n{q.ask}\n  Why it is asked: {q.why}")
        if options(q.key):
            print("  Answer one of: " + ", ".join(options(q.key)))
        while True:
            value, problem = check_answer(q.key, input("> "), answers, files)
            if problem:
                print(
                    f"  That is not valid: {sentence(problem)} Try again, or press Enter if it is "
                    "not known."
                )
            elif value is None and column.required:
                print("  grantcheck needs this one to check the scheme; please give it.")
            else:
                break
        if value is not None:
            answers[q.key] = value
    return answers


def verdict(text: str, target: Path, here: Workdir) -> None:
    """The headline sentence and the number of findings, as 'check' would report them."""
    from grantcheck.pipeline_scheme import check_text
    from grantcheck.reporters.headline import headline
    from grantcheck.reporters.wording import assumptions_text
    from grantcheck.units import plural

    policy = load_policy(None, [], [], [], None, here)
    results, errors = check_text(text, target.name, here.path(target).resolve(), policy)
    print()
    for e in errors:
        print(f"Not checked: {e.message}")
    for s in results:
        live = [f for f in s.findings if f.live]
        counts = {sev: sum(f.severity == sev for f in live) for sev in ("error", "warning", "info")}
        print(headline(s))
        if s.metrics.get("application.hours") is not None:  # every estimate, its assumptions
            print(f"Assumptions: {assumptions_text(s.assumptions)}.")
        print(
            f"{plural(len(live), 'finding')}: {plural(counts['error'], 'error')}, "
            f"{plural(counts['warning'], 'warning')}, {counts['info']} info. "
            f"'grantcheck check {target}' shows each with how to fix it."
        )
