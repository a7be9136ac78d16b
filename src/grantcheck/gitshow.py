"""A scheme file as it was at a git revision, for ``diff --git REV FILE``.

The revision may come from a branch name a stranger chose, so it is resolved
to a commit with ``rev-parse --verify --end-of-options`` before anything else
(it can never become an option); the file must be a plain file both now and
at the revision (a symbolic link could compare two different schemes); and
its size is checked before it is read, against the same limit as any file.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


class GitProblem(Exception):
    """Why the file cannot be read at the revision (a message for the user)."""


def _git(args: list[str], folder: Path) -> str:
    return _run(args, folder).decode("utf-8", "replace")


def _run(args: list[str], folder: Path) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        raise GitProblem(f"cannot run git ({exc})") from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitProblem(lines[-1] if lines else f"git {args[0]} failed")
    return done.stdout


def show(rev: str, path: Path, max_bytes: int) -> str:
    """The file's text at ``rev`` (the path taken relative to its own folder); raises GitProblem."""
    if path.is_symlink():
        raise GitProblem(
            "the file is a symbolic link; name the scheme file itself, so that both "
            "sides of the comparison are the same file"
        )
    folder = Path(os.path.abspath(path)).parent
    try:
        commit = _git(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], folder
        ).strip()
    except GitProblem:
        raise GitProblem(f"{rev!r} is not a commit in this repository") from None
    listing = _git(["ls-tree", "--end-of-options", commit, "--", f"./{path.name}"], folder).strip()
    if not listing:
        raise GitProblem(f"the file does not exist at {rev!r}")
    mode, kind, blob = listing.split("\t", 1)[0].split()
    if mode == "120000" or kind != "blob":
        raise GitProblem(f"the file is a symbolic link or a folder at {rev!r}; compare plain files")
    size = int(_git(["cat-file", "-s", blob], folder).strip())
    if size > max_bytes:
        raise GitProblem(
            f"the file at {rev!r} is larger than {max_bytes:,} bytes (limits.max_file_bytes)"
        )
    return _run(["cat-file", "blob", blob], folder).decode("utf-8-sig", "replace")
