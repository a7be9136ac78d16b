"""``grantcheck measure``: what grantcheck reads in each document, and in total, with evidence."""

from __future__ import annotations

import re
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from grantcheck.cli import _emit, error_line, load_policy
from grantcheck.cli.check_options import format_for
from grantcheck.cli.json_errors import json_on_failure, measure_failure
from grantcheck.cli.workdir import Workdir, workdir

if TYPE_CHECKING:
    from grantcheck.documents import Measurer
    from grantcheck.documents.facts import DocumentFacts, Evidence
    from grantcheck.errors import InputError


class MeasureFormat(str, Enum):
    text = "text"
    json = "json"


def measure_files(
    files: list[Path],
    here: Workdir,
    measurer: Measurer | None = None,
    unread: list[str] | None = None,
    titles: dict[str, Evidence] | None = None,
) -> tuple[list[DocumentFacts], list[InputError]]:
    """Facts of each named document (a file named twice is measured and counted once); the
    paths are as given, read against ``here``. ``measurer`` carries the assumptions in force;
    ``unread`` collects the names of the documents that could not be read, ``titles`` each
    document's title, where it has one (the starter's name)."""
    from grantcheck.document_title import document_title
    from grantcheck.documents import Measurer
    from grantcheck.errors import InputError
    from grantcheck.guidance import Unreadable, folder_problem, problem_and_fix
    from grantcheck.pipeline_files import display_name

    measurer = measurer or Measurer()
    seen: set[Path] = set()
    facts: list[DocumentFacts] = []
    errors: list[InputError] = []
    for path in here.paths(files):
        name = display_name(path, here.folder)
        try:
            key = path.resolve()
            if key in seen:
                continue
            seen.add(key)
            if not path.is_file():
                raise Unreadable(
                    folder_problem(path)
                    if path.is_dir()
                    else "is not a regular file: name a document, not a folder"
                    if path.exists()
                    else "is standard input, which grantcheck does not read; name the document's "
                    "file"
                    if path.name == "-"
                    else "was not found: check the name and the folder"
                )
            _not_a_link_outside(path, key)
            _not_a_link_to_another_kind(path, key)
            _not_a_scheme(path, name)
            extracted, found = measurer.measure(path, name)
            facts.append(found)
            if titles is not None and (title := document_title(name, extracted.blocks)):
                titles[name] = title
        except Unreadable as exc:
            problem, fix = problem_and_fix(exc, path)  # the fix is the hint, as in check
            errors.append(InputError(name, 1, 1, f"{name!r} {problem}", fix))
        except (OSError, RuntimeError) as exc:
            errors.append(InputError(name, 1, 1, f"{name!r} cannot be read ({exc})"))
        else:
            continue
        if unread is not None:
            unread.append(name)
    return facts, errors


FORM_NAMED = re.compile(r"\b(?:form|application|apply|ffurflen|cais)\b", re.IGNORECASE)


def _named_form(name: str, title: Evidence | None) -> bool:
    """Whether a document's file name or title calls it a form ("Spaces form - questions as
    pictures.pdf", "Apply for a grant"), never guidance ("guidance notes", "FAQ")."""
    from grantcheck.documents.about_questions import guidance_title

    said = [Path(name).stem.replace("-", " ").replace("_", " "), title.words if title else ""]
    return any(FORM_NAMED.search(s) and not guidance_title(s) for s in said)


def _not_a_link_outside(path: Path, target: Path) -> None:
    """A document reached through a symbolic link (the file's, or a folder's on its path) is
    read only inside the repository holding the path as written, as check reads a scheme's
    documents and schemes: a pull request can plant a link (SECURITY.md), and measure and
    init --from would have printed or quoted the file it points to (redteam21 R2). A file
    named by its own path is read wherever it is: the command line is trusted."""
    from grantcheck.guidance import Unreadable
    from grantcheck.trust import project_root

    root = project_root(path)
    if not target.is_relative_to(root):
        raise Unreadable(
            f"is a symbolic link to a file outside {root}, the repository holding it; copy the "
            f"file into the repository, or name it by its own path if you trust it ({target})"
        )


def _not_a_link_to_another_kind(path: Path, target: Path) -> None:
    """A link is read as the file it points to: say so when that file is not a document, or
    the message ('form.md' is not a .docx, .pdf ... file) contradicts the name given."""
    from grantcheck.documents import SUFFIXES
    from grantcheck.guidance import Unreadable

    if path.is_symlink() and target.suffix.lower() not in SUFFIXES:
        raise Unreadable(
            f"is a link to a file named {target.name!r}, which is not a .docx, .pdf, .html, "
            ".htm, .md or .txt file: name the document itself"
        )


def _not_a_scheme(path: Path, name: str) -> None:
    """A scheme file or a register given to measure: say what to run instead (trial 10 §14:
    "'my-scheme.yaml' is not a .docx ... file" left a new user to guess)."""
    from grantcheck.guidance import Unreadable

    if path.suffix.lower() in (".yaml", ".yml", ".csv", ".xlsx"):
        raise Unreadable(
            "is a scheme file or a register, not a form or guidance document: measure reads "
            f"documents; to check the scheme and measure the documents it names, run "
            f"'grantcheck check {name}'"
        )


def said(error: InputError) -> str:
    """A document's error as standard error shows it: 'form.docx:1:1: input error: ...',
    then how to mend it."""
    hint = f". {error.hint}" if error.hint else ""
    return f"{error.file}:{error.line}:{error.column}: input error: {error.message}{hint}"


def measure_command(
    ctx: typer.Context,
    files: list[Path] = typer.Argument(
        ..., help="Forms and guidance: .docx, .pdf, .html, .htm, .md, .txt."
    ),
    format: MeasureFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        help="Output format (default: text, or what the --output file's suffix names).",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file, atomically."
    ),
    config: Path | None = typer.Option(
        None,
        "--config",
        help="Use this config file instead of discovering one (its assumptions, such as "
        "characters_per_word and words_per_page, and its rule folders).",
    ),
    rules: list[Path] | None = typer.Option(
        None,
        "--rules",
        help="Add a folder of rule files (and documents/ vocabularies); repeatable.",
    ),
) -> None:
    """Measure forms and guidance: questions, limits, attachments, policies, with evidence."""
    from grantcheck.documents import Measurer
    from grantcheck.documents.output import as_json
    from grantcheck.documents.output_text import as_text
    from grantcheck.documents.total import combine
    from grantcheck.pipeline_files import display_name

    here = workdir(ctx)
    as_json_ = (format or format_for(output, MeasureFormat)) is MeasureFormat.json
    # the assumptions in force, as check measures with them: the config's, else the pack's (a
    # config that cannot be read: JSON, as for a document that cannot be, holds its errors)
    failed = measure_failure([display_name(p, here.folder) for p in here.paths(files)])
    with json_on_failure(failed if as_json_ and output in (None, Path("-")) else None):
        measurer = Measurer.for_policy(load_policy(config, rules or [], [], [], None, here))
    unread: list[str] = []
    titles: dict[str, Evidence] = {}
    facts, errors = measure_files(files, here, measurer, unread, titles)
    total = combine(facts, unread)  # a document not read: the counts are a lower bound
    from grantcheck.starter import filed_as_form

    # a form (as init files it, and named or titled one) with no question found: not
    # measurable, as check says (trial25 T15); guidance with a stray field is not named a form
    unasked = [
        d.file
        for d in facts
        if not d.questions
        and not d.note
        and filed_as_form(d, titles.get(d.file))
        and _named_form(d.file, titles.get(d.file))
    ]
    from grantcheck.safe_text import json_text, terminal

    per = measurer.assumptions
    reads = [here.path(f) for f in files]  # never written over by -o
    if as_json_:  # JSON even when nothing was read: its errors say why, as check's do
        _emit(json_text(as_json(facts, total, per, errors)), output, here, reads)
    elif facts:  # nothing read: no summary of nothing (it would read as an empty form)
        shown = as_text(facts, total, len(errors), per, unasked)
        _emit(terminal(shown), output, here, reads)
    for error in errors:
        line = error_line(said(error))
        print(line.encode("ascii", "backslashreplace").decode(), file=sys.stderr)
    raise typer.Exit(2 if errors else 0)
