"""A source file read as text, bounded: UTF-8 (a byte-order mark allowed) or UTF-16 or UTF-32
with its byte-order mark, or an error saying where and why not (a folder, device or pipe; too large;
not text; binary data). Scheme files, configs and registers are all read through here.
"""

from __future__ import annotations

from pathlib import Path

from grantcheck.errors import InputError
from grantcheck.limits import Limits, raise_hint

NOT_UTF8 = "the file is not UTF-8 text"  # located at the first byte that is not


def read_text(
    path: Path,
    file: str,
    limits: Limits = Limits(),
    size: str = "A scheme file is a few kilobytes; check this is the right file",
) -> tuple[str | None, InputError | None]:
    """Read a file as UTF-8 text (a byte-order mark is allowed), or explain why not; ``size`` says
    how large such a file usually is."""
    try:
        if path.exists() and not path.is_file():  # reading a pipe or device could hang or never end
            return None, InputError(
                file,
                1,
                1,
                "this is not a regular file (it is a folder, device or pipe)",
                "Name a scheme file",
            )
        if path.stat().st_size > limits.max_file_bytes:
            return None, InputError(
                file,
                1,
                1,
                f"the file is larger than {limits.max_file_bytes:,} bytes",
                f"{size}. " + raise_hint("max_file_bytes"),
            )
        raw = path.read_bytes()
    except OSError as exc:
        return None, InputError(
            file,
            1,
            1,
            f"cannot read the file: {exc.strerror or exc}",
            "Check the path and its permissions",
        )
    # UTF-32 or UTF-16 with a byte-order mark, as YAML allows (UTF-32LE's mark, FF FE 00 00,
    # starts as UTF-16LE's does: read as UTF-16, its text held a NUL beside every letter)
    if wide := _wide(raw):
        try:
            return raw.decode(wide), None
        except UnicodeDecodeError:
            return None, InputError(
                file,
                1,
                1,
                f"the file starts like {wide.upper()} but is not valid {wide.upper()}",
                "Save it as UTF-8",
            )
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, InputError(
            file,
            line,
            column,
            NOT_UTF8,
            "Save it as UTF-8 (most editors offer this under 'Save as')",
        )


def _wide(raw: bytes) -> str | None:
    """The codec a UTF-32 or UTF-16 byte-order mark opening ``raw`` names, else None."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    return "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else None


def read_source(
    path: Path, file: str, limits: Limits = Limits()
) -> tuple[str | None, InputError | None]:
    """Read a YAML source file as text, refusing binary data."""
    text, error = read_text(path, file, limits)
    if text is not None and "\x00" in text:
        return None, InputError(
            file, 1, 1, "the file contains binary data", "Point grantcheck at YAML files"
        )
    return text, error
