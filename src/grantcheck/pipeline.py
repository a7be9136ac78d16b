"""Run the stages over files: find, load, validate, measure, compute, evaluate.

This module reads files but never prints or exits: it returns a ``Report`` with
every scheme checked and every input error, so one bad file never stops the rest.
"""

from __future__ import annotations

import fnmatch
import math
import os
from collections.abc import Iterator
from pathlib import Path

from grantcheck.config_files import CONFIG_NAMES
from grantcheck.engine import evaluate
from grantcheck.errors import InputError
from grantcheck.findings import Report, SchemeResult
from grantcheck.guidance_files import measure_guidance
from grantcheck.load import Document, load_text, read_source
from grantcheck.metrics import Computed, compute
from grantcheck.policy import Policy
from grantcheck.register import REGISTER_SUFFIXES
from grantcheck.validate import validate


def display_name(path: Path, cwd: Path) -> str:
    """A path as the user will recognise it: relative to the current folder where possible."""
    try:  # abspath, not resolve: a loop of links must not stop us naming the file
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(cwd)).as_posix()
    except ValueError:
        return path.as_posix()


def _excluded(rel: str, patterns: tuple[str, ...]) -> bool:
    """True when a path found in a folder matches an exclude pattern (whole path, or any part of it)."""
    parts = rel.split("/")
    return any(fnmatch.fnmatchcase(rel, p) or any(fnmatch.fnmatchcase(part, p) for part in parts) for p in patterns)


def find_files(paths: list[Path], cwd: Path, exclude: tuple[str, ...] = ()) -> tuple[list[Path], list[InputError]]:
    """Scheme files named, or found under folders named (hidden folders, config files and
    ``exclude`` patterns skipped; a file named on the command line is always checked)."""
    found: list[Path] = []
    errors: list[InputError] = []
    for path in paths:
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                rel = candidate.relative_to(path).parts
                # a link that leads nowhere is kept, so that the reader can say so
                if (candidate.suffix in (".yaml", ".yml") and (candidate.is_file() or candidate.is_symlink())
                        and not any(part.startswith(".") for part in rel) and candidate.name not in CONFIG_NAMES
                        and not _excluded("/".join(rel), exclude)):
                    found.append(candidate)
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            errors.append(InputError(display_name(path, cwd), 1, 1, "no such file or folder", "Check the path"))
    return found, errors


def check_text(text: str, name: str, scheme_file: Path, policy: Policy) -> tuple[list[SchemeResult], list[InputError]]:
    """Every scheme in ``text`` (named ``name``); guidance is read relative to ``scheme_file``."""
    docs, errors = load_text(text, name, policy.limits)
    if not docs and not errors:
        errors.append(InputError(name, 1, 1, "the file holds no scheme", "Run 'grantcheck init' for a starter file"))
    results = []
    for doc in docs:
        result, errs = check_document(doc, scheme_file, policy)
        errors += errs
        results += [result] if result is not None else []
    return results, errors


def check_document(doc: Document, scheme_file: Path, policy: Policy) -> tuple[SchemeResult | None, list[InputError]]:
    """One scheme document (from a YAML file or a register row): validated, measured and judged."""
    parsed, errs = validate(doc)
    if parsed is None:
        return None, errs
    guidance, errs = measure_guidance(parsed, scheme_file, policy.allow_paths)
    if errs:
        return None, errs
    pack = policy.pack
    computed = compute(parsed.scheme, pack.bands, pack.assumption_values, guidance, pack.vocabulary)
    if errs := _not_finite(doc, computed):  # never 'Infinity' or 'nan' in a report
        return None, errs
    return evaluate(parsed, computed, policy, guidance)


def _not_finite(doc: Document, computed: Computed) -> list[InputError]:
    """A located error for the first metric too large to compute (the others follow from it)."""
    for m in computed.metrics.values():
        if isinstance(m.value, float) and not math.isfinite(m.value):
            p = doc.position(m.path)
            return [InputError(doc.file, p.line, p.column,
                               f"{m.name} cannot be computed: the numbers it comes from are "
                               "too large",
                               "Check the amounts and the config's assumptions")]
    return []


def check_file(path: Path, name: str, policy: Policy) -> tuple[list[SchemeResult], list[InputError]]:
    """Every scheme in one file (a register's rows too)."""
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
    return check_text(text, name, path, policy)


PARALLEL_FROM = 200  # below this many files, starting workers costs more than it saves
Outcome = tuple[list[SchemeResult], list[InputError]]
_POLICY: Policy | None = None


def check_register(path: Path, name: str, policy: Policy) -> Iterator[Outcome]:
    """Each row of a register checked as a scheme file is, one outcome a row; guidance is
    found relative to the register. A bad row never stops the rows after it."""
    from grantcheck.errors import InputFailure
    from grantcheck.register import documents
    from grantcheck.register_read import register_rows

    try:
        for doc, errs in documents(name, register_rows(path, name, policy.limits)):
            if doc is None:
                yield [], errs
                continue
            result, errs = check_document(doc, path, policy)
            yield ([result] if result is not None else []), errs
    except InputFailure as failure:
        yield [], [failure.error]


def _start_worker(policy: Policy) -> None:
    global _POLICY  # each worker process receives the policy once, not with every file
    _POLICY = policy


def _check_in_worker(job: tuple[Path, str]) -> Outcome:
    assert _POLICY is not None
    return check_file(job[0], job[1], _POLICY)


def iter_check(paths: list[Path], policy: Policy, cwd: Path, jobs: int = 1) -> Iterator[Outcome]:
    """Results and errors file by file, in a stable order whatever ``jobs`` is."""
    files, errors = find_files(paths, cwd, policy.exclude)
    if errors:
        yield [], errors
    work = [(path, display_name(path, cwd)) for path in files]
    if jobs <= 1 or len(work) < PARALLEL_FROM:
        for path, name in work:
            if path.suffix.lower() in REGISTER_SUFFIXES:  # row by row: a long register is never held whole
                yield from check_register(path, name, policy)
            else:
                yield check_file(path, name, policy)
        return
    import multiprocessing  # only large folders need workers
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else methods[0])
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(policy,)) as pool:
        yield from pool.map(_check_in_worker, work, chunksize=max(1, min(64, len(work) // (jobs * 8))))


def check(paths: list[Path], policy: Policy, cwd: Path, jobs: int = 1) -> Report:
    """Check every scheme file under ``paths``."""
    results: list[SchemeResult] = []
    errors: list[InputError] = []
    for found, errs in iter_check(paths, policy, cwd, jobs):
        results += found
        errors += errs
    return Report(tuple(results), tuple(errors))
