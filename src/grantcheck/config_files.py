"""Finding the config file, as ruff and yamllint do, and reading a ``pyproject.toml`` table.

Discovered as ``grantcheck.yaml`` or ``.grantcheck.yaml`` in the current folder
or the nearest parent (stopping at a ``.git`` folder or the home folder), or the
``[tool.grantcheck]`` table of the nearest ``pyproject.toml``.
"""

from __future__ import annotations

import re
from pathlib import Path

from grantcheck.errors import InputError
from grantcheck.limits import Limits
from grantcheck.load import Document, KeyPath, Position
from grantcheck.source_text import read_text

CONFIG_NAMES = ("grantcheck.yaml", ".grantcheck.yaml")


def discover(start: Path) -> Path | None:
    """The nearest config file at or above ``start``."""
    try:
        home: Path | None = Path.home().resolve()
    except (RuntimeError, KeyError, OSError):  # no HOME and no entry in the password file
        home = None
    for folder in [start.resolve(), *start.resolve().parents]:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _names_grantcheck(pyproject):
            return pyproject
        if (folder / ".git").exists() or folder == home:
            return None
    return None


def _names_grantcheck(pyproject: Path) -> bool:
    """True when a pyproject.toml (of a sane size) has a [tool.grantcheck] table, however TOML
    spells it (``[tool.grantcheck.rules.GC101]`` alone, ``[ tool.grantcheck ]``, ``[tool]``
    with ``grantcheck = {...}``), or names grantcheck but is not TOML (reading it says where)."""
    try:
        if pyproject.stat().st_size > Limits().max_file_bytes:
            return True  # let reading it say that it is too large
        text = pyproject.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    if "grantcheck" not in text:  # most pyproject.toml files: no need to parse them
        return False
    import tomllib

    try:
        tool = tomllib.loads(text).get("tool")
    except (tomllib.TOMLDecodeError, RecursionError):
        return True
    return isinstance(tool, dict) and "grantcheck" in tool


# how tomllib before Python 3.14 places an error: only in its message
_TOML_AT = re.compile(r" \(at line (\d+), column (\d+)\)$")
_TOML_END = " (at end of document)"


def toml_place(exc: ValueError, text: str) -> tuple[str, int, int]:
    """A TOML syntax error's message without its place, and its line and column: Python 3.14
    gives them as attributes, older versions only inside the message."""
    message = str(getattr(exc, "msg", None) or exc)
    if isinstance(getattr(exc, "lineno", None), int):
        return message, exc.lineno, getattr(exc, "colno", 1) or 1  # type: ignore[attr-defined]
    if found := _TOML_AT.search(message):
        return message[: found.start()], int(found[1]), int(found[2])
    if message.endswith(_TOML_END):  # the last line, after its last character
        lines = text.splitlines() or [""]
        return message.removesuffix(_TOML_END), len(lines), len(lines[-1]) + 1
    return message, 1, 1


def pyproject_doc(path: Path, display: str) -> tuple[Document | None, InputError | None]:
    """The ``[tool.grantcheck]`` table of a pyproject.toml, located at its header line."""
    import tomllib  # only a pyproject.toml config needs it

    text, error = read_text(path, display)
    if text is None:
        return None, error
    try:
        found = tomllib.loads(text).get("tool", {})
        data = found.get("grantcheck", {}) if isinstance(found, dict) else {}
    except tomllib.TOMLDecodeError as exc:
        message, line, column = toml_place(exc, text)
        return None, InputError(
            display, line, column, f"invalid TOML: {message}", "Check the syntax of pyproject.toml"
        )
    except RecursionError:
        return None, InputError(
            display,
            1,
            1,
            "pyproject.toml is nested too deeply to read",
            "Check the file; a config table is only a few levels deep",
        )
    # its header however it is spelt ('[ tool.grantcheck ]', or a sub-table's alone)
    line = next(
        (
            i
            for i, row in enumerate(text.splitlines(), 1)
            if "".join(row.split()).startswith(("[tool.grantcheck]", "[tool.grantcheck."))
        ),
        1,
    )
    return Document(display, 1, data, _key_places(text), {(): Position(line, 1)}), None


def _key_places(text: str) -> dict[KeyPath, Position]:
    """Where each key under [tool.grantcheck] is written (its line, and column), so that an
    error names the key's own line, as a grantcheck.yaml's does, not the table's header. Read
    a line at a time: table headers and ``key = value`` lines (dotted keys too). A key in an
    array of tables or an inline table is not placed: its errors fall back to the nearest
    placed parent, else the header."""
    out: dict[KeyPath, Position] = {}
    prefix: tuple[str, ...] | None = None
    for number, row in enumerate(text.splitlines(), 1):
        stripped = row.strip()
        if stripped.startswith("["):
            inner = stripped.lstrip("[").split("]", 1)[0]
            parts = _dotted(inner)
            table = not stripped.startswith("[[") and parts[:2] == ("tool", "grantcheck")
            prefix = parts[2:] if table else None
            if prefix:
                out.setdefault(prefix, Position(number, 1))
        elif prefix is not None and "=" in stripped and not stripped.startswith("#"):
            key = _dotted(row.split("=", 1)[0])
            if key:
                out.setdefault((*prefix, *key), Position(number, len(row) - len(row.lstrip()) + 1))
    return out


def _dotted(key: str) -> tuple[str, ...]:
    """A TOML key's parts: 'rules.GC101.warning', '"rules" . GC101' (quotes and spaces gone)."""
    parts = tuple(p.strip().strip("\"'") for p in key.split("."))
    return parts if all(parts) else ()
