"""Finding scheme files: the files named, and those found under the folders named.

Also how a path is shown to the user, and which folders named hold nothing to check.
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from grantcheck.config_files import CONFIG_NAMES
from grantcheck.errors import InputError
from grantcheck.units import plural


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


# a key at the top level of a YAML document, unquoted (one pass, nothing to backtrack over)
TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:", re.MULTILINE)
HEAD = 65536  # the bytes read to tell another tool's YAML from a scheme


def foreign(path: Path) -> bool:
    """True for another tool's YAML found beside the schemes (docker-compose.yaml, mkdocs.yml):
    no top-level funder or award (nor a misspelling of one), the keys every scheme needs, and a
    top-level key that is neither the scheme format's nor a misspelling of one ('services',
    'nav'). A folder search skips it, as ruff skips what is not Python; a scheme that lacks a
    key or misspells one is still checked, and a file named is always checked."""
    from grantcheck.errors import closest
    from grantcheck.model import keys
    from grantcheck.scheme import Scheme

    try:
        with path.open("rb") as file:
            head = file.read(HEAD).decode("utf-8", "replace")
    except OSError:  # (a link that leads nowhere: the reader says so)
        return False
    # (a few hundred keys at most: each is compared with the format's own)
    found, known, needed = set(TOP_KEY.findall(head)[:300]), keys(Scheme), ["funder", "award"]
    if any(k in needed or closest(k, needed) for k in found):
        return False
    return any(k not in known and not closest(k, known) for k in found)


GIT_SECONDS = 10  # how long git may take to say which files it ignores (redteam20 #4: 60 s)


@dataclass
class Search:
    """What searching folders found: the scheme files, each file or folder skipped with why
    (SKIPPED: shown by ``check --show-skipped``, counted in a note), and what git could not
    tell. A file git tracks is never skipped for git's ignore rules (redteam20 #1: a stranger's
    .gitignore line must not hide a committed scheme); the other reasons are names."""

    skipped: list[tuple[Path, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    git: bool = True  # False once git has run out of time: not asked again this run
    # folders named whose every scheme file was skipped: an input error, not a warning (R7)
    emptied: list[Path] = field(default_factory=list)
    # the files found and the names that are no file, once searched: a run searches once
    # (its clash checks, its checking and its closing notes share it)
    done: tuple[list[Path], list[tuple[int, InputError]]] | None = None


def _skipped_part(rel: tuple[str, ...]) -> tuple[int, str] | None:
    """The first hidden or tool folder in a path found, and why it is skipped."""
    for at, part in enumerate(rel[:-1]):
        if part.startswith("."):
            return at, "a hidden folder"
        if part in TOOL_FOLDERS:
            return at, "another tool's folder"
    return None


def _scheme_files(folder: Path, exclude: tuple[str, ...], search: Search) -> list[Path]:
    """The scheme files under a folder, unsorted; each YAML file passed over (in a hidden or
    tool folder, named as a config file, matching ``exclude``, ignored by git and not tracked)
    goes to ``search.skipped``, a skipped folder once."""
    found: list[Path] = []
    folders: set[Path] = set()
    for candidate in folder.rglob("*"):
        # any case of suffix: BAD.YAML is a scheme to a reader (redteam20 #1)
        if candidate.suffix.lower() not in (".yaml", ".yml"):
            continue
        # a link that leads nowhere is kept, so that the reader can say so
        if not (candidate.is_file() or candidate.is_symlink()):
            continue
        rel = candidate.relative_to(folder).parts
        if (part := _skipped_part(rel)) is not None:
            top = folder.joinpath(*rel[: part[0] + 1])
            if top not in folders:
                folders.add(top)
                search.skipped.append((top, part[1]))
        elif candidate.name in CONFIG_NAMES:  # (at the top: the config a run there uses)
            if len(rel) > 1:
                search.skipped.append((candidate, "a config file's name"))
        elif _excluded("/".join(rel), exclude):
            search.skipped.append((candidate, "matches an exclude pattern"))
        else:
            found.append(candidate)
    ignored = _git_ignored(folder, found, search) if found and search.git else set()
    search.skipped += [(f, "ignored by git and not committed") for f in found if f in ignored]
    kept = [f for f in found if f not in ignored]
    others = {f for f in kept if foreign(f)}
    search.skipped += [(f, "another tool's YAML: no funder or award") for f in sorted(others)]
    return [f for f in kept if f not in others]


def _git_ignored(folder: Path, files: list[Path], search: Search) -> set[Path]:
    """Those of ``files`` git ignores (.gitignore, .git/info/exclude), as ruff honours them;
    none when git is not installed or the folder is in no repository. A file git tracks is
    never ignored (git's own rule: the index is read, so no --no-index). One call a folder,
    within GIT_SECONDS; names go NUL-separated on standard input, so none can become an
    option; no fsmonitor, so a repository cannot make git run a program of its choosing."""
    names = b"".join(os.fsencode(f.relative_to(folder)) + b"\0" for f in files)
    try:
        done = subprocess.run(
            ["git", "-c", "core.fsmonitor=false", "check-ignore", "--stdin", "-z"],
            cwd=folder,
            input=names,
            capture_output=True,
            timeout=GIT_SECONDS,
        )
    except subprocess.TimeoutExpired:
        search.git = False
        search.notes.append(
            f"git did not say within {plural(GIT_SECONDS, 'second')} which files its ignore "
            "rules (.gitignore) leave out, so every file found was checked"
        )
        return set()
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
    paths: list[Path], cwd: Path, exclude: tuple[str, ...] = (), search: Search | None = None
) -> tuple[list[Path], list[tuple[int, InputError]]]:
    """Scheme files named, or found under folders named (see _scheme_files for what a search
    skips, recorded in ``search``; a file named on the command line is always checked), and the
    names that are no file, each with the number of files found before it: its problem is
    reported in the order the inputs were given, after those files' own."""
    search = search if search is not None else Search()
    if search.done is not None:  # (copies: the caller takes from the list of problems)
        return list(search.done[0]), list(search.done[1])
    found: list[Path] = []
    errors: list[tuple[int, InputError]] = []
    for path in paths:
        if path.is_dir():
            before = len(search.skipped)
            inside = sorted(_scheme_files(path, exclude, search))
            found += inside
            hidden = [] if inside else _skipped_schemes(search.skipped[before:])
            if hidden:
                search.emptied.append(path)
                errors.append((len(found), _all_skipped(display_name(path, cwd), hidden)))
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
    search.done = (found, errors)
    return list(found), list(errors)


PEEK = 100  # YAML files looked into in a skipped folder for one that is a scheme


def _skipped_schemes(skipped: list[tuple[Path, str]]) -> list[str]:
    """Why each of ``skipped`` that is or holds a scheme file (a top-level funder or award) was
    skipped: never a config file or another tool's YAML (.github's workflows)."""
    out = []
    for path, why in skipped:
        if why in ("a config file's name", "another tool's YAML: no funder or award"):
            continue
        files = path.rglob("*.y*ml") if path.is_dir() else iter([path])
        if any(_schemish(f) for f in islice(files, PEEK)):
            out.append(why)
    return out


def _schemish(path: Path) -> bool:
    """Whether a YAML file has a top-level funder or award key, as every scheme does."""
    try:
        with path.open("rb") as file:
            head = file.read(HEAD).decode("utf-8", "replace")
    except OSError:
        return False
    return not {"funder", "award"}.isdisjoint(TOP_KEY.findall(head)[:300])


def _all_skipped(name: str, reasons: list[str]) -> InputError:
    """A folder named whose every scheme file the search skipped: checking nothing there is an
    error, or a change that hides the schemes (into a hidden folder, under an exclude pattern)
    would pass CI (redteam21 R7). A folder with no scheme file at all is only a warning."""
    counts = "; ".join(f"{why}: {n:,}" for why, n in Counter(reasons).items())
    return InputError(
        name,
        1,
        1,
        f"no scheme was checked in this folder: every scheme file in it was skipped ({counts})",
        "Name the scheme files on the command line to check them, or move them where the "
        "search looks (not in a hidden or tool folder, not excluded, not ignored by git); "
        "--show-skipped names each",
    )


def due(missing: list[tuple[int, InputError]], upto: int) -> list[InputError]:
    """Takes from ``missing`` (as ``find_files`` gives it) the problems of the names given
    before the ``upto``-th file found, in the order given."""
    count = next((n for n, (at, _) in enumerate(missing) if at > upto), len(missing))
    taken = [error for _, error in missing[:count]]
    del missing[:count]
    return taken


def empty_folders(paths: list[Path], found: list[Path]) -> list[Path]:
    """The folders named that hold none of the scheme files ``found`` in them."""
    return [p for p in paths if p.is_dir() and not any(f.is_relative_to(p) for f in found)]
