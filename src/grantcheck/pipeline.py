"""Run the stages over files: find, load, validate, measure, compute, evaluate.

This module reads files but never prints or exits: it returns a ``Report`` with
every scheme checked and every input error, so one bad file never stops the rest.
"""

from __future__ import annotations

from pathlib import Path

from grantcheck.config import CONFIG_NAMES, Policy
from grantcheck.engine import evaluate
from grantcheck.errors import InputError
from grantcheck.findings import Report, SchemeResult
from grantcheck.load import Limits, load_file, read_text
from grantcheck.metrics import compute
from grantcheck.readability import TextMeasure, measure
from grantcheck.validate import Parsed, validate

GUIDANCE_SUFFIXES = {".md", ".markdown", ".txt"}


def display_name(path: Path, cwd: Path) -> str:
    """A path as the user will recognise it: relative to the current folder where possible."""
    try:
        return path.resolve().relative_to(cwd.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def find_files(paths: list[Path], cwd: Path) -> tuple[list[Path], list[InputError]]:
    """Scheme files named, or found under folders named (hidden folders and config files skipped)."""
    found: list[Path] = []
    errors: list[InputError] = []
    for path in paths:
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                rel = candidate.relative_to(path).parts
                if (candidate.suffix in (".yaml", ".yml") and candidate.is_file()
                        and not any(part.startswith(".") for part in rel) and candidate.name not in CONFIG_NAMES):
                    found.append(candidate)
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            errors.append(InputError(display_name(path, cwd), 1, 1, "no such file or folder", "Check the path"))
    return found, errors


def _project_root(scheme_file: Path) -> Path:
    """The repository holding the scheme, else the scheme's own folder."""
    folder = scheme_file.resolve().parent
    for parent in [folder, *folder.parents]:
        if (parent / ".git").exists():
            return parent
    return folder


def measure_guidance(parsed: Parsed, scheme_file: Path, limits: Limits) -> tuple[TextMeasure | None, list[InputError]]:
    """Read and measure the guidance documents, relative to the scheme file."""
    docs = parsed.scheme.application.guidance.documents
    if not docs:
        return None, []
    root, texts, errors = _project_root(scheme_file), [], []
    for i, name in enumerate(docs):
        pos = parsed.doc.position(("application", "guidance", "documents", i))

        def problem(message: str, hint: str) -> None:
            errors.append(InputError(parsed.doc.file, pos.line, pos.column, message, hint))

        path = (scheme_file.parent / name).resolve()
        if not path.is_relative_to(root):
            problem(f"guidance document {name!r} is outside {root.name or root}",
                    "Keep guidance beside the scheme, inside the same repository")
        elif path.suffix.lower() not in GUIDANCE_SUFFIXES:
            problem(f"guidance document {name!r} is not a .md or .txt file", "Save the guidance as Markdown or plain text")
        elif not path.is_file():
            problem(f"guidance document {name!r} was not found", f"The path is relative to {parsed.doc.file}")
        else:
            text, error = read_text(path, name, limits)
            if error is not None:
                problem(f"guidance document {name!r}: {error.message}", error.hint)
            else:
                texts.append(text or "")
    if errors:
        return None, errors
    return measure("\n\n".join(texts)), []


def check_file(path: Path, name: str, policy: Policy, limits: Limits = Limits()) -> tuple[list[SchemeResult], list[InputError]]:
    """Every scheme in one file."""
    docs, errors = load_file(path, name, limits)
    if not docs and not errors:
        errors.append(InputError(name, 1, 1, "the file holds no scheme", "Run 'grantcheck init' for a starter file"))
    results = []
    for doc in docs:
        parsed, errs = validate(doc)
        errors += errs
        if parsed is None:
            continue
        text, errs = measure_guidance(parsed, path, limits)
        errors += errs
        if errs:
            continue
        a = {n: x.value for n, x in policy.pack.assumptions.items()}
        result, errs = evaluate(parsed, compute(parsed.scheme, policy.pack.bands, a, text), policy)
        errors += errs
        results.append(result)
    return results, errors


def check(paths: list[Path], policy: Policy, cwd: Path, limits: Limits = Limits()) -> Report:
    """Check every scheme file under ``paths``."""
    files, errors = find_files(paths, cwd)
    results: list[SchemeResult] = []
    for path in files:
        found, errs = check_file(path, display_name(path, cwd), policy, limits)
        results += found
        errors += errs
    return Report(tuple(results), tuple(errors))
