"""Finding scheme files: the files named, and those found under the folders named.

Also how a path is shown to the user, and which folders named hold nothing to check.
"""

from __future__ import annotations

import fnmatch
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

from grantcheck.config_files import CONFIG_NAMES
from grantcheck.errors import InputError


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


# Folders of other tools, never of schemes, skipped when a folder is searched, as ruff skips
# them by default (trial19 N7: 'check' with no path read venv/ and node_modules/ as schemes)
TOOL_FOLDERS = frozenset(
    ("node_modules", "venv", "site-packages", "__pypackages__", "_build", "buck-out", "dist")
)


def _scheme_files(folder: Path, exclude: tuple[str, ...]) -> Iterator[Path]:
    """The scheme files under a folder, unsorted (hidden folders, tool folders, config files,
    ``exclude`` patterns and files git ignores skipped)."""
    found = []
    for candidate in folder.rglob("*"):
        rel = candidate.relative_to(folder).parts
        # a link that leads nowhere is kept, so that the reader can say so
        if (
            candidate.suffix in (".yaml", ".yml")
            and (candidate.is_file() or candidate.is_symlink())
            and not any(part.startswith(".") or part in TOOL_FOLDERS for part in rel)
            and candidate.name not in CONFIG_NAMES
            and not _excluded("/".join(rel), exclude)
        ):
            found.append(candidate)
    ignored = _git_ignored(folder, found) if found else set()
    yield from (f for f in found if f not in ignored)


def _git_ignored(folder: Path, files: list[Path]) -> set[Path]:
    """Those of ``files`` git ignores (.gitignore, .git/info/exclude), as ruff honours them;
    none when git is not installed or the folder is in no repository. One call for them all;
    names go NUL-separated on standard input, so none can become an option; --no-index and no
    fsmonitor, so a stranger's repository cannot make git run a program of its choosing."""
    names = b"".join(os.fsencode(f.relative_to(folder)) + b"\0" for f in files)
    try:
        done = subprocess.run(
            ["git", "-c", "core.fsmonitor=false", "check-ignore", "--no-index", "--stdin", "-z"],
            cwd=folder,
            input=names,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    if done.returncode != 0:  # 1: none ignored; 128: not a repository (or git failed)
        return set()
    return {folder / os.fsdecode(n) for n in done.stdout.split(b"\0") if n}


# '-' names standard input to many linters; a scheme names its documents relative to its own
# file, so grantcheck reads schemes and documents from files only
STDIN = (
    "standard input ('-') is not read: grantcheck reads files, as a scheme names its documents "
    "relative to its own file"
)


def find_files(
    paths: list[Path], cwd: Path, exclude: tuple[str, ...] = ()
) -> tuple[list[Path], list[tuple[int, InputError]]]:
    """Scheme files named, or found under folders named (hidden folders, config files and
    ``exclude`` patterns skipped; a file named on the command line is always checked), and the
    names that are no file, each with the number of files found before it: its problem is
    reported in the order the inputs were given, after those files' own."""
    found: list[Path] = []
    errors: list[tuple[int, InputError]] = []
    for path in paths:
        if path.is_dir():
            found += sorted(_scheme_files(path, exclude))
        elif path.exists() or path.is_symlink():
            found.append(path)
        elif path.name == "-":  # standard input, to ruff or yamllint: not read here
            errors.append(
                (len(found), InputError("-", 1, 1, STDIN, "Name the scheme file to check"))
            )
        else:
            name = display_name(path, cwd)
            errors.append(
                (len(found), InputError(name, 1, 1, "no such file or folder", "Check the path"))
            )
    return found, errors


def due(missing: list[tuple[int, InputError]], upto: int) -> list[InputError]:
    """Takes from ``missing`` (as ``find_files`` gives it) the problems of the names given
    before the ``upto``-th file found, in the order given."""
    count = next((n for n, (at, _) in enumerate(missing) if at > upto), len(missing))
    taken = [error for _, error in missing[:count]]
    del missing[:count]
    return taken


def empty_folders(paths: list[Path], exclude: tuple[str, ...] = ()) -> list[Path]:
    """The folders named that hold no scheme file to check (stops at the first file found)."""
    return [p for p in paths if p.is_dir() and next(_scheme_files(p, exclude), None) is None]
