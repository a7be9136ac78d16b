"""Run the stages over files: find, load, validate, measure, compute, evaluate.

This module reads files but never prints or exits: it returns a ``Report`` with
every scheme checked and every input error, so one bad file never stops the rest.
This module runs over many files (and a register's rows), in worker processes when there
are many; pipeline_files finds the files, pipeline_scheme checks each scheme and
pipeline_errors caps a file's errors.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Generator, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from grantcheck.errors import InputError
from grantcheck.findings import Report, SchemeResult
from grantcheck.limits import run_spent
from grantcheck.load import Cost
from grantcheck.pipeline_errors import more_errors, over_run_limit, rule_checks, too_many_checks
from grantcheck.pipeline_files import Search, display_name, due, find_files
from grantcheck.pipeline_scheme import check_document, check_text, not_a_scheme
from grantcheck.policy import Policy
from grantcheck.register import REGISTER_SUFFIXES
from grantcheck.source_text import read_source
from grantcheck.trust import escapes

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")


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
    if (refused := not_a_scheme(path, name)) is not None:
        return [], [refused]  # (a document, or the config file)
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
    rows = _capped(_register_documents(path, name, policy), name, policy)
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


def _capped(rows: Iterator[RowDoc], name: str, policy: Policy) -> Iterator[RowDoc]:
    """The rows a whole run's rule checks allow, then the error that stops the rest: before the
    rows part for workers, so the rows checked are the same whatever ``jobs`` is (redteam20 #9:
    -j 1 stopped at row 832, -j 2 a row later, located at the file's first line)."""
    most = policy.limits.max_run_rule_checks // max(1, rule_checks(policy))
    for n, row in enumerate(rows):
        if n >= most:
            yield [too_many_checks(name, n + 1, policy, row[1] if isinstance(row, tuple) else 1)]
            return
        yield row


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


def iter_check(
    paths: list[Path], policy: Policy, cwd: Path, jobs: int = 1, search: Search | None = None
) -> Iterator[Outcome]:
    """Results and errors file by file, in a stable order whatever ``jobs`` is (``search``
    records what a folder search skipped).

    The run's budget (values and characters loaded) is counted here, in file
    order, so the files checked are the same whatever ``jobs`` is.
    """
    if "grantcheck.scheme_documents" in sys.modules:  # a new run: a new document budget
        sys.modules["grantcheck.scheme_documents"].new_run()
    files, missing = find_files(paths, cwd, policy.exclude, search)
    work = [(path, display_name(path, cwd)) for path in files]
    costs = _costs(work, policy, jobs)
    values = characters = checks = 0
    each = rule_checks(policy)  # (what one scheme costs: every rule and waiver weighed)
    cap = policy.limits.max_errors_per_file
    shown = hidden = 0  # the current file's errors reported and left out (a register's rows
    last, first = -1, None  # come as several outcomes of one file); the first left out
    for i, results, errs, used, read in costs:
        partly = i == last  # (a register's rows come as outcomes of one file)
        if i != last:
            if first is not None:
                yield [], [more_errors(first, hidden, cap)]
            if before := due(missing, i):
                yield [], before
            shown = hidden = 0
            last, first = i, None
        spent = run_spent(policy.limits, values, characters, checks)  # by the files before
        if spent is not None:
            costs.close()
            yield (
                [],
                [
                    over_run_limit(work[i][1], len(work) - i - 1, spent, partly),
                    *due(missing, len(work)),
                ],
            )
            return
        kept = errs[: max(0, cap - shown)]
        if len(kept) < len(errs) and first is None:
            first = errs[len(kept)]
        shown, hidden = shown + len(kept), hidden + len(errs) - len(kept)
        yield results, kept
        values, characters = values + used, characters + read
        checks += len(results) * each
    if first is not None:
        yield [], [more_errors(first, hidden, cap)]
    if after := due(missing, len(work)):
        yield [], after


def check(paths: list[Path], policy: Policy, cwd: Path, jobs: int = 1) -> Report:
    """Check every scheme file under ``paths``."""
    results: list[SchemeResult] = []
    errors: list[InputError] = []
    for found, errs in iter_check(paths, policy, cwd, jobs):
        results += found
        errors += errs
    return Report(tuple(results), tuple(errors))
