"""``grantcheck init``: a commented starter file, an empty register, or a questionnaire.

Nothing of the user's is overwritten without ``--force``, and every file is
written atomically: an interrupted questionnaire leaves nothing behind.
"""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path
from typing import Any, TextIO

import typer

from grantcheck.cli import _emit, _fail, error_line, load_policy
from grantcheck.cli.workdir import Workdir, workdir

NO_DASH = (
    "<command line>: 'init --interactive' asks its questions on standard output, so the scheme "
    "cannot go there too; name a file to write it to (for example: grantcheck init -i "
    "scheme.yaml)"
)


def init(
    ctx: typer.Context,
    files: list[Path] | None = typer.Argument(
        None,
        help="Where to write the scheme file (default "
        "scheme.yaml; '-': standard output); with --from, the documents to measure.",
    ),
    from_documents: bool = typer.Option(
        False,
        "--from",
        help="Measure the documents named (forms, guidance) "
        "and fill in the facts found, each with its evidence.",
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="With --from: where to write."),
    force: bool = typer.Option(False, "--force", help="Overwrite the file if it exists."),
    register: Path | None = typer.Option(
        None,
        "--register",
        help="Write an empty scheme register (.xlsx or .csv) to fill in, one scheme a row.",
    ),
    interactive: bool = typer.Option(
        False,
        "--interactive",
        "-i",
        help="Ask about the scheme in plain words and write the answers as a scheme file.",
    ),
) -> None:
    """Write a commented starter scheme file, an empty register, or a scheme from your answers."""
    here = workdir(ctx)
    if from_documents:
        _from_documents(files or [], output or Path("scheme.yaml"), force, here)
        return
    if files and len(files) > 1:
        _fail(
            ["<command line>: give one file to write, or --from DOCUMENT... to measure documents"]
        )
    file = files[0] if files else None
    if register is not None:
        if file is not None or interactive:
            _fail(["--register writes a register; give no FILE and no --interactive with it"])
        _write_register(register, force, here)
        return
    target = file or Path("scheme.yaml")
    if _dash(target) and interactive:
        _fail([NO_DASH])
    if here.path(target).exists() and not force and not _stream(target, here):
        _fail([f"{target}: the file exists; use --force to overwrite it"])
    if interactive:
        from grantcheck.cli.interactive import questionnaire

        questionnaire(target, force, here)
        return
    from grantcheck.starter_prompts import template

    _emit(template(), target, here, report=False)
    if not _dash(target):  # else standard output carries the starter alone
        stream = _stream(target, here)  # (/dev/stdout: the line would land in the starter)
        checked = "FILE" if stream else target
        print(f"Wrote {target}. Check it with: grantcheck check {checked}", file=_told(stream))


def _from_documents(documents: list[Path], file: Path, force: bool, here: Workdir) -> None:
    """A starter scheme measured from ``documents`` (see starter.py)."""
    from grantcheck.cli.measure import measure_files, said
    from grantcheck.documents import Measurer
    from grantcheck.documents.facts import Evidence
    from grantcheck.documents.total import combine
    from grantcheck.starter import relative, starter_text

    if not documents:
        _fail(["<command line>: --from needs at least one document to measure"])
    # 'init --from form.pdf my-scheme.yaml' names where to write among the documents
    if named := [d for d in documents if d.suffix.lower() in (".yaml", ".yml")]:
        _fail(
            [
                f"{d}:1:1: a scheme file is not a document to measure; to write the starter "
                f"there, name it with -o: grantcheck init --from DOCUMENT... -o {d}"
                for d in named
            ]
        )
    # a name that is not UTF-8 (a zip made on Windows: 'form \x96 2027.docx') cannot be written
    # in a YAML file that check reads back: say so, rather than write a starter check refuses
    if odd := [d for d in documents if not _utf8(os.fspath(d))]:
        from grantcheck.safe_text import visible

        _fail(
            [
                f"{visible(os.fspath(d))}:1:1: the file's name is not UTF-8 text, so a scheme "
                "file cannot name it. Rename the file (for example with your file manager), "
                "then run init again"
                for d in odd
            ]
        )
    if here.path(file).exists() and not force and not _stream(file, here):
        _fail([f"{file}: the file exists; use --force to overwrite it"])
    _not_a_document_name(file)
    # the config's assumptions, as 'check' will measure the documents the starter names
    measurer = Measurer.for_policy(load_policy(None, [], [], [], None, here))
    titles: dict[str, Evidence] = {}
    facts, errors = measure_files(documents, here, measurer, titles=titles)
    if errors:
        _fail([said(e) for e in errors])
    # each fact names its document as shown to the user: relative to the folder, or absolute
    paths = [relative(here.path(Path(f.file)), here.path(file)) for f in facts]
    total = combine(facts)
    # never over a document it read, --force or not: the starter would replace the form
    reads = [here.path(d) for d in documents]
    starter = starter_text(facts, paths, total, titles, measurer.assumptions)
    _emit(starter, file, here, reads, report=False)
    award = "" if total.award else ", award.max (not found in the documents)"
    first = f"Fill in funder{award}, and make kind contract if it is a tender, then c"
    from grantcheck.starter import partial_note

    # a partial reading is never handed over as the whole
    if partial := partial_note(total, f"in {'the starter' if _dash(file) else file}"):
        print(error_line(f"warning: {partial}"), file=sys.stderr)
    print(  # on standard error when standard output carries the starter ('-o -')
        f"Wrote {'the starter' if _dash(file) else file}. {first or 'C'}heck it with: "
        f"grantcheck check {'FILE' if _stream(file, here) else file}{_allow(facts, file, here)}",
        file=_told(_stream(file, here)),
    )


def _not_a_document_name(file: Path) -> None:
    """A starter named like a document (-o out.txt) is read by check as a document, never as a
    scheme, and check's message sends the user back to init: a loop (trial21 D25)."""
    from grantcheck.documents import SUFFIXES

    if file.suffix.lower() in SUFFIXES:
        _fail(
            [
                f"{file}: a scheme file named {file.suffix} would be read as a document by "
                f"check; name it with .yaml, for example -o {file.with_suffix('.yaml').name}"
            ]
        )


def _stream(path: Path, here: Workdir) -> bool:
    """'-', or what the writer writes straight through and never replaces (a device, a pipe,
    /dev/stdout redirected to a file): nothing of the user's is overwritten there, so --force
    is not asked for ('/dev/stdout: the file exists'), and 'Wrote ...' goes to standard error
    (on standard output it overwrote the starter's first line under '> s.yaml')."""
    from grantcheck.outputs import OutputError, classify

    if _dash(path):
        return True
    try:
        return classify(here.path(path), os.fspath(path)) == "stream"
    except OutputError:  # a folder, a socket: the writer says so
        return False


def _told(stream: bool) -> TextIO:
    """Where 'Wrote ...' goes: standard error when the output may be standard output."""
    return sys.stderr if stream else sys.stdout


def _dash(path: Path) -> bool:
    """'-' names standard output, as it does for '-o -' (it wrote a file named '-')."""
    return os.fspath(path) == "-"


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes, as surrogates
        return False
    return True


def _allow(facts: list[Any], file: Path, here: Workdir) -> str:
    """' --allow-path FOLDER' when the documents lie outside the folder check reads documents
    from for ``file`` (its repository, or its own folder), after saying so; else ''."""
    from grantcheck.trust import fit_to_allow, project_root

    root = project_root(here.path(file))
    away = [here.path(Path(f.file)).resolve() for f in facts]
    away = [p for p in away if not p.is_relative_to(root)]
    if not away:
        return ""
    folder = Path(os.path.commonpath([p.parent for p in away]))
    if not fit_to_allow(folder):  # a system or hidden folder is never suggested for opening
        print(
            f"Note: {len(away)} document{'s lie' if len(away) != 1 else ' lies'} outside {root}, "
            f"in a system or hidden folder ({folder}): copy "
            f"{'them' if len(away) != 1 else 'it'} into {root} for check to read.",
            file=sys.stderr,
        )
        return ""
    print(
        f"Note: {len(away)} document{'s lie' if len(away) != 1 else ' lies'} outside {root}, "
        "the folder whose documents "
        f"check may read; allow theirs with --allow-path {folder}, or move them into {root}.",
        file=sys.stderr,
    )
    return f" --allow-path {shlex.quote(str(folder))}"


def _write_register(path: Path, force: bool, here: Workdir) -> None:
    from grantcheck.outputs import OutputError, write_all
    from grantcheck.register_write import register_csv, register_xlsx

    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        _fail(
            [
                f"{path}: a register is a .xlsx workbook or a .csv file; name the file "
                "with one of these endings"
            ]
        )
    if here.path(path).exists() and not force and not _stream(path, here):
        _fail([f"{path}: the file exists; use --force to overwrite it"])
    data: bytes = register_xlsx() if suffix == ".xlsx" else register_csv().encode("utf-8")
    try:
        write_all([(here.path(path), data)], names=[os.fspath(path)])
    except OutputError as exc:
        _fail([exc])
    print(
        f"Wrote {path}: one column per key, what each means in row 2, a worked example in row 3.\n"
        "Replace the example with your schemes, one a row, and check them with: "
        f"grantcheck check {path}",
        file=_told(_stream(path, here)),
    )
