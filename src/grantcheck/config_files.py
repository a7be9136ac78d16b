"""Finding the config file, as ruff and yamllint do, and reading a ``pyproject.toml`` table.

Discovered as ``grantcheck.yaml`` or ``.grantcheck.yaml`` in the current folder
or the nearest parent (stopping at a ``.git`` folder or the home folder), or the
``[tool.grantcheck]`` table of the nearest ``pyproject.toml``.
"""

from __future__ import annotations

from pathlib import Path

from grantcheck.errors import InputError
from grantcheck.load import Document, Position

CONFIG_NAMES = ("grantcheck.yaml", ".grantcheck.yaml")


def discover(start: Path) -> Path | None:
    """The nearest config file at or above ``start``."""
    home = Path.home().resolve()
    for folder in [start.resolve(), *start.resolve().parents]:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.grantcheck]" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
        if (folder / ".git").exists() or folder == home:
            return None
    return None


def pyproject_doc(path: Path, display: str) -> tuple[Document | None, InputError | None]:
    """The ``[tool.grantcheck]`` table of a pyproject.toml, located at its header line."""
    import tomllib  # only a pyproject.toml config needs it

    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = tomllib.loads(text).get("tool", {}).get("grantcheck", {})
    except tomllib.TOMLDecodeError as exc:
        return None, InputError(display, getattr(exc, "lineno", 1) or 1, getattr(exc, "colno", 1) or 1,
                                f"invalid TOML: {exc}", "Check the syntax of pyproject.toml")
    line = next((i for i, l in enumerate(text.splitlines(), 1) if l.strip() == "[tool.grantcheck]"), 1)
    return Document(display, 1, data, {}, {(): Position(line, 1)}), None
