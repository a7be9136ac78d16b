"""The Typer application: the root options, and each command registered by name.

Commands are plain functions in ``check.py`` and ``commands.py``; they are
registered here, explicitly, rather than by decorators that run on import.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import typer

from grantcheck import __version__
from grantcheck.cli import check, commands, init, measure
from grantcheck.cli.workdir import Workdir

# grantcheck uses no pydantic plugins; skipping their discovery (an entry-point
# scan) shortens every run. A value the user has set is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="Check grant and contract schemes for proportionality, against the LGA/NAVCA good "
    "practice guide.",
)


def _version(wanted: bool) -> None:
    if wanted:
        print(f"grantcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """grantcheck: proportionality checks for grant and contract schemes."""
    if ctx.obj is None:  # the one place the process's working folder is read (see workdir.py)
        # a removed folder cannot be read: only the commands that read paths need it
        with contextlib.suppress(OSError):
            ctx.obj = Workdir(Path.cwd())


app.command("check")(check.check)
app.command("rules")(commands.rules_command)
app.command("explain")(commands.explain)
app.command("schema")(commands.schema)
app.command("init")(init.init)
app.command("diff")(commands.diff_command)
app.command("measure")(measure.measure_command)
