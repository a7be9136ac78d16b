"""Run the stages over files: find, load, validate, measure, compute, evaluate.

This module reads files but never prints or exits: it returns a ``Report`` with
every scheme checked and every input error, so one bad file never stops the rest.
"""

from __future__ import annotations

import fnmatch
import math
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from grantcheck.config_files import CONFIG_NAMES
from grantcheck.engine import evaluate
from grantcheck.errors import InputError
from grantcheck.findings import Report, SchemeResult
from grantcheck.guidance_files import measure_documents
from grantcheck.limits import raise_hint, run_spent
from grantcheck.load import Cost, Document, load_text, read_source
from grantcheck.metrics import Computed, compute
from grantcheck.policy import Policy
from grantcheck.register import REGISTER_SUFFIXES
from grantcheck.trust import escapes
from grantcheck.validate import Parsed, validate

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")


def display_name(path: Path, cwd: Path) -> str:
    """A path as the user will recognise it: relative to the working folder ``cwd`` where
    possible, else as it was given (the CLI joins a relative path to ``cwd`` lexically, so
    ``../x.yaml`` comes back as typed)."""
    try:  # normpath, not resolve: a loop of links must not stop us naming the file
        return Path(os.path.normpath(cwd / path)).relative_to(os.path.normpath(cwd)).as_posix()
    except ValueError:
        pass
    try:
        return path.relative_to(cwd).as_posix()
    except ValueError:
        return path.as_posix()


def _excluded(rel: str, patterns: tuple[str, ...]) -> bool:
    """True when a path found in a folder matches an exclude pattern (whole path, or any part of
    it)."""
    parts = rel.split("/")
    return any(
        fnmatch.fnmatchcase(rel, p) or any(fnmatch.fnmatchcase(part, p) for part in parts)
        for p in patterns
    )


def _scheme_files(folder: Path, exclude: tuple[str, ...]) -> Iterator[Path]:
    """The scheme files under a folder, unsorted (hidden folders, config files and ``exclude``
    patterns skipped)."""
    for candidate in folder.rglob("*"):
        rel = candidate.relative_to(folder).parts
        # a link that leads nowhere is kept, so that the reader can say so
        if (
            candidate.suffix in (".yaml", ".yml")
            and (candidate.is_file() or candidate.is_symlink())
            and not any(part.startswith(".") for part in rel)
            and candidate.name not in CONFIG_NAMES
            and not _excluded("/".join(rel), exclude)
        ):
            yield candidate


def find_files(
    paths: list[Path], cwd: Path, exclude: tuple[str, ...] = ()
) -> tuple[list[Path], list[InputError]]:
    """Scheme files named, or found under folders named (hidden folders, config files and
    ``exclude`` patterns skipped; a file named on the command line is always checked)."""
    found: list[Path] = []
    errors: list[InputError] = []
    for path in paths:
        if path.is_dir():
            found += sorted(_scheme_files(path, exclude))
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            errors.append(
                InputError(
                    display_name(path, cwd), 1, 1, "no such file or folder", "Check the path"
                )
            )
    return found, errors


def empty_folders(paths: list[Path], exclude: tuple[str, ...] = ()) -> list[Path]:
    """The folders named that hold no scheme file to check (stops at the first file found)."""
    return [p for p in paths if p.is_dir() and next(_scheme_files(p, exclude), None) is None]


def _waived(parsed: Parsed, rule: str, policy: Policy) -> bool:
    """Whether the scheme (or the config, for this scheme) waives ``rule``."""
    from grantcheck.engine import scheme_id

    sid = scheme_id(parsed)
    return (policy.scheme_waivers and any(w.rule == rule for w in parsed.scheme.waivers)) or any(
        w.rule == rule and fnmatch.fnmatchcase(sid, w.scheme) for w in policy.waivers
    )


def check_text(
    text: str, name: str, scheme_file: Path, policy: Policy, cost: Cost | None = None
) -> tuple[list[SchemeResult], list[InputError]]:
    """Every scheme in ``text`` (named ``name``); guidance is read relative to ``scheme_file``."""
    docs, errors = load_text(text, name, policy.limits, cost)
    if not docs and not errors:
        errors.append(
            InputError(
                name, 1, 1, "the file holds no scheme", "Run 'grantcheck init' for a starter file"
            )
        )
    results = []
    for doc in docs:
        result, errs = check_document(doc, scheme_file, policy)
        errors += errs
        results += [result] if result is not None else []
    return results, errors


def check_document(
    doc: Document, scheme_file: Path, policy: Policy
) -> tuple[SchemeResult | None, list[InputError]]:
    """One scheme document (from a YAML file or a register row): validated, measured and judged."""
    parsed, errs = validate(doc)
    if parsed is None:
        return None, errs
    documents, errs = measure_documents(parsed, scheme_file, policy)
    if errs:
        return None, errs
    scheme, measured, guidance = parsed.scheme, None, None
    if documents is not None:  # facts measured from the documents meet the stated ones
        from grantcheck.measured import apply

        scheme, measured = apply(scheme, documents, _waived(parsed, "GC002", policy))
        guidance = documents.guidance
    pack = policy.pack
    computed = compute(
        scheme, pack.bands, pack.assumption_values, guidance, pack.vocabulary, measured
    )
    if errs := _not_finite(doc, computed):  # never 'Infinity' or 'nan' in a report
        return None, errs
    return evaluate(parsed, computed, policy, documents.everything if documents else None)


def _not_finite(doc: Document, computed: Computed) -> list[InputError]:
    """A located error for the first metric too large to compute (the others follow from it)."""
    for m in computed.metrics.values():
        if isinstance(m.value, float) and not math.isfinite(m.value):
            p = doc.position(m.path)
            return [
                InputError(
                    doc.file,
                    p.line,
                    p.column,
                    f"{m.name} cannot be computed: the numbers it comes from are too large",
                    "Check the amounts and the config's assumptions",
                )
            ]
    return []


# a form or guidance document named where a scheme file is expected
DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".pdf", ".docx", ".doc", ".html", ".htm", ".odt")


def not_a_scheme(name: str) -> InputError:
    """A document given to ``check``: say what to do with it instead."""
    import shlex

    from grantcheck.safe_text import clip

    shown = clip(shlex.quote(name), 80)
    return InputError(
        name,
        1,
        1,
        "this is a document (a form or guidance), not a scheme file",
        f"Measure it with 'grantcheck measure {shown}', or start a scheme file from it with "
        f"'grantcheck init --from {shown}' and check that",
    )


def check_file(
    path: Path, name: str, policy: Policy, cost: Cost | None = None
) -> tuple[list[SchemeResult], list[InputError]]:
    """Every scheme in one file (a register's rows too)."""
    if escapes(path, policy.allow_paths):
        return [], [
            InputError(
                name,
                1,
                1,
                "the file is a symbolic link to a file outside the repository",
                "Keep schemes inside the repository, or allow the folder with --allow-path",
            )
        ]
    if path.suffix.lower() in DOCUMENT_SUFFIXES:
        return [], [not_a_scheme(name)]
    if path.suffix.lower() in REGISTER_SUFFIXES:
        results: list[SchemeResult] = []
        errors: list[InputError] = []
        for found, errs in check_register(path, name, policy):
            results += found
            errors += errs
        return results, errors
    text, error = read_source(path, name, policy.limits)
    if text is None:
        return [], [error] if error else []
    return check_text(text, name, path, policy, cost)


PARALLEL_FROM = 200  # below this many files, starting workers costs more than it saves
Outcome = tuple[list[SchemeResult], list[InputError]]
# and the values and characters loaded
Costed = tuple[list[SchemeResult], list[InputError], int, int]
# the file's place in the work first
Numbered = tuple[int, list[SchemeResult], list[InputError], int, int]
_POLICY: Policy | None = None


# a register's row still to be made a document (register.Pending), or its errors
RowDoc = tuple[str, int, list[Any], dict[int, Any]] | list[InputError]
ROW_BATCH = 64  # register rows sent to a worker at once


def _register_documents(path: Path, name: str, policy: Policy) -> Iterator[RowDoc]:
    """Each row of a register with the header it is read by, or errors."""
    from grantcheck.errors import InputFailure
    from grantcheck.register import pending
    from grantcheck.register_read import register_rows

    try:
        yield from pending(name, register_rows(path, name, policy.limits))
    except InputFailure as failure:
        yield [failure.error]


def _check_rows(rows: list[RowDoc], path: Path, policy: Policy) -> list[Outcome]:
    """Each row made a document (here, so that workers share the work) and checked."""
    from grantcheck.register import row_document

    out: list[Outcome] = []
    for item in rows:
        doc, errs = (None, item) if isinstance(item, list) else row_document(item)
        result, found = (None, errs) if doc is None else check_document(doc, path, policy)
        out.append(([result] if result is not None else [], found))
    return out


def check_register(path: Path, name: str, policy: Policy, jobs: int = 1) -> Iterator[Outcome]:
    """Each row of a register checked as a scheme file is, one outcome a row, in order; guidance is
    found relative to the register. A bad row never stops the rows after it. Rows are read here,
    as they come; past PARALLEL_FROM rows, ``jobs`` workers check them, a batch at a time."""
    rows = _register_documents(path, name, policy)
    if jobs <= 1:
        for row in rows:
            yield from _check_rows([row], path, policy)
        return
    first: list[RowDoc] = []
    for row in rows:
        first.append(row)
        if len(first) >= PARALLEL_FROM:
            yield from _rows_in_workers(first, rows, path, policy, jobs)
            return
    yield from _check_rows(first, path, policy)


def _rows_in_workers(
    first: list[RowDoc], rest: Iterator[RowDoc], path: Path, policy: Policy, jobs: int
) -> Iterator[Outcome]:
    from itertools import chain, islice

    rows = chain(first, rest)
    batches = iter(lambda: list(islice(rows, ROW_BATCH)), [])
    return _in_workers(policy, jobs, _check_rows_in_worker, ((b, path) for b in batches))


def _in_workers(
    policy: Policy, jobs: int, work: Callable[..., list[T]], batches: Iterable[tuple[Any, ...]]
) -> Generator[T, None, None]:
    """The results of ``work`` on each batch, in order, from ``jobs`` worker processes. Only a few
    batches are in flight at once: when the reports are slower to write than the schemes are to
    check (a workbook), results wait in the workers, never piling up in memory here."""
    from collections import deque
    from concurrent.futures import Future

    pool = _pool(policy, jobs)
    pending: deque[Future[list[T]]] = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(work, *batch))
            while len(pending) > 2 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except (
        BaseException
    ):  # stopped early (a signal, Ctrl-C, the run's budget): no worker outlives us
        _stop(pool)
        raise
    pool.shutdown()


def _check_rows_in_worker(rows: list[RowDoc], path: Path) -> list[Outcome]:
    assert _POLICY is not None
    return _check_rows(rows, path, _POLICY)


def _pool(policy: Policy, jobs: int) -> ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes, each given the policy once."""
    import multiprocessing  # only large folders and registers need workers
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
    return ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_start_worker, initargs=(policy,)
    )


def _start_worker(policy: Policy) -> None:
    import signal

    global _POLICY  # each worker process receives the policy once, not with every file
    _POLICY = policy
    # The parent stops the workers itself (on Ctrl-C, SIGTERM or SIGHUP); a worker just ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


def _costed(path: Path, name: str, policy: Policy) -> Costed:
    cost = Cost()
    results, errors = check_file(path, name, policy, cost)
    return results, errors, cost.values, cost.chars


def _check_files_in_worker(jobs: list[tuple[Path, str]]) -> list[Costed]:
    assert _POLICY is not None
    return [_costed(path, name, _POLICY) for path, name in jobs]


def _costs(
    work: list[tuple[Path, str]], policy: Policy, jobs: int
) -> Generator[Numbered, None, None]:
    if jobs <= 1 or len(work) < PARALLEL_FROM:
        for i, (path, name) in enumerate(work):
            if path.suffix.lower() in REGISTER_SUFFIXES and not escapes(path, policy.allow_paths):
                # row by row: a long register is never held whole
                outcomes = check_register(path, name, policy, jobs)
                yield from ((i, *outcome, 0, 0) for outcome in outcomes)
            else:
                yield (i, *_costed(path, name, policy))
        return
    size = max(1, min(64, len(work) // (jobs * 8)))
    batches = ((work[i : i + size],) for i in range(0, len(work), size))
    results = _in_workers(policy, jobs, _check_files_in_worker, batches)
    try:
        for i, costed in enumerate(results):
            yield (i, *costed)
    finally:  # stopped early: the workers stop too
        results.close()


def _stop(pool: ProcessPoolExecutor) -> None:
    # no public way to reach them
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(5)


def iter_check(paths: list[Path], policy: Policy, cwd: Path, jobs: int = 1) -> Iterator[Outcome]:
    """Results and errors file by file, in a stable order whatever ``jobs`` is.

    The run's budget (values and characters loaded) is counted here, in file
    order, so the files checked are the same whatever ``jobs`` is.
    """
    if "grantcheck.scheme_documents" in sys.modules:  # a new run: a new document budget
        sys.modules["grantcheck.scheme_documents"].new_run()
    files, errors = find_files(paths, cwd, policy.exclude)
    if errors:
        yield [], errors
    work = [(path, display_name(path, cwd)) for path in files]
    costs = _costs(work, policy, jobs)
    values = characters = 0
    for i, results, errs, used, read in costs:
        spent = run_spent(policy.limits, values, characters)  # spent by the files before this one
        if spent is not None:
            costs.close()
            yield [], [_not_checked(work[i][1], len(work) - i - 1, spent)]
            return
        yield results, errs
        values, characters = values + used, characters + read


def _not_checked(name: str, later: int, spent: str) -> InputError:
    key = "max_run_values" if "values" in spent else "max_run_characters"
    others = f", nor the {later:,} files after it" if later else ""
    return InputError(
        name,
        1,
        1,
        f"not checked{others}: this run has already loaded {spent}",
        "Check fewer files at once; " + raise_hint(key),
    )


def check(paths: list[Path], policy: Policy, cwd: Path, jobs: int = 1) -> Report:
    """Check every scheme file under ``paths``."""
    results: list[SchemeResult] = []
    errors: list[InputError] = []
    for found, errs in iter_check(paths, policy, cwd, jobs):
        results += found
        errors += errs
    return Report(tuple(results), tuple(errors))
