"""The folder a command runs in: read once, and every relative path is read against it.

The app's callback reads ``Path.cwd()`` into the click context object when the caller gave
none; every command takes it from there (``workdir``). Paths from the command line are made
absolute with ``Workdir.path`` at the CLI boundary, so nothing below the CLI depends on the
process's working folder, and tests run a command in any folder by passing
``obj=Workdir(folder)`` (changing the process's folder is unsafe when tests run in parallel).

The join is lexical (``folder / "../x"`` keeps its ``..``): the name a user typed can be
read back from the path (``pipeline_files.display_name``), so messages name files as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import typer


@dataclass(frozen=True)
class Workdir:
    """The working folder of one command (an absolute path)."""

    folder: Path

    def __post_init__(self) -> None:
        if not self.folder.is_absolute():  # a relative one would itself depend on the process
            raise ValueError(f"the working folder must be an absolute path, not {self.folder}")

    def path(self, given: Path) -> Path:
        """A path from the command line, made absolute (an absolute one is kept as it is)."""
        return self.folder / given

    def paths(self, given: list[Path] | None) -> list[Path]:
        return [self.path(p) for p in given or []]


def workdir(ctx: typer.Context) -> Workdir:
    """The working folder the app's callback (or a test) put in the context."""
    found = ctx.find_object(Workdir)
    if found is None:  # the callback could not read it
        from grantcheck.cli import _fail

        _fail(["the current folder no longer exists (or cannot be read); change to one that does"])
    return found
