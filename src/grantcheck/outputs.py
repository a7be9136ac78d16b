"""Writing outputs safely: every report, baseline and starter file goes through here.

A command stages all its outputs first and commits them together at the end,
so a failure leaves nothing half-written and no earlier output changed:

- a regular file (or a new one) is written to a temporary file beside it and
  renamed into place; an existing file keeps its mode, a new one follows the
  umask;
- a character device or a pipe (``/dev/null``, ``/dev/stdout``, ``/dev/full``,
  a FIFO someone reads) is written directly, never replaced; its content is
  staged in the temporary folder and copied at commit, before any rename;
- a folder, a block device, a socket, an empty path, or a symbolic link outside
  ``/dev`` and ``/proc`` (which a pull request could plant) is refused.

This module raises ``OutputError`` with a message for the user; it never prints.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import IO

STREAM_FOLDERS = ("/dev/", "/proc/")  # links here name streams (/dev/stdout), never files


class OutputError(Exception):
    """An output that cannot be written; the message names it and says why."""


def reason(exc: OSError) -> str:
    """Why an output could not be written, in words (the disk, a pipe nobody reads, the system)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full (no space left on the device)"
    if exc.errno == errno.ENXIO:
        return "nothing is reading from the pipe"
    return exc.strerror or str(exc)


def _umask() -> int:
    old = os.umask(0o022)
    os.umask(old)
    return old


def classify(path: Path, name: str | None = None) -> str:
    """``"file"`` (written atomically) or ``"stream"`` (written directly); raises OutputError.

    ``name`` is the path as the user gave it (before the CLI made it absolute), for messages.
    """
    name = os.fspath(path) if name is None else name
    if name in ("", "."):
        raise OutputError(f"{name!r}: an output must name a file, not an empty path or a folder")
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        if not os.path.isdir(os.path.dirname(os.fspath(path)) or "."):
            raise OutputError(
                f"{name}: cannot write here: the folder {os.path.dirname(name) or '.'} "
                "does not exist"
            ) from None
        return "file"
    except OSError as exc:
        raise OutputError(f"{name}: cannot write here: {reason(exc)}") from None
    if stat.S_ISLNK(info.st_mode):
        if not os.path.abspath(path).startswith(STREAM_FOLDERS):
            raise OutputError(
                f"{name}: is a symbolic link; grantcheck does not write through links, "
                "so name the file itself"
            )
        try:
            info = os.stat(path)
        except OSError as exc:
            raise OutputError(f"{name}: cannot write here: {reason(exc)}") from None
        if stat.S_ISREG(
            info.st_mode
        ):  # /dev/stdout redirected to a file: write to it, never replace it
            return "stream"
    if stat.S_ISREG(info.st_mode):
        return "file"
    if stat.S_ISCHR(info.st_mode) or stat.S_ISFIFO(info.st_mode):
        return "stream"
    what = (
        "a folder"
        if stat.S_ISDIR(info.st_mode)
        else "a block device"
        if stat.S_ISBLK(info.st_mode)
        else "a socket"
        if stat.S_ISSOCK(info.st_mode)
        else "not a regular file"
    )
    raise OutputError(f"{name}: is {what}; name a file to write")


def open_stream(path: str) -> int:
    """Open a device, pipe or /dev/stdout for writing without creating, truncating or hanging."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY | os.O_NONBLOCK)
    os.set_blocking(fd, True)  # non-blocking only so that opening a pipe nobody reads fails at once
    return fd


class Staged:
    """One output being written: bytes go to a temporary file until ``commit``."""

    def __init__(self, path: Path, max_bytes: int | None = None, name: str | None = None) -> None:
        self.path = path
        self.name = os.fspath(path) if name is None else name  # as the user gave it
        self.kind = classify(path, self.name)
        self.max_bytes = max_bytes
        self.size = 0
        self.tmp: str | None = None
        try:
            if self.kind == "file":
                fd, self.tmp = tempfile.mkstemp(
                    dir=os.path.dirname(os.fspath(path)) or ".",
                    prefix=f".{path.name}.",
                    suffix=".tmp",
                )
                self.handle: IO[bytes] = os.fdopen(fd, "wb")
            else:
                # open until commit, so not in a with block
                self.handle = tempfile.TemporaryFile(prefix="grantcheck-")  # noqa: SIM115
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot write the output: {reason(exc)}") from None

    def write(self, text: str) -> None:
        """Add text (UTF-8; anything unencodable is shown escaped, never a crash)."""
        self.write_bytes(text.encode("utf-8", "backslashreplace"))

    def write_bytes(self, data: bytes) -> None:
        """Add bytes (binary formats such as XLSX)."""
        self.size += len(data)
        if self.max_bytes is not None and self.size > self.max_bytes:
            raise OutputError(
                f"{self.name}: the output is larger than {self.max_bytes:,} bytes "
                "(limits.max_output_bytes); check fewer files at once"
            )
        try:
            self.handle.write(data)
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot write the output: {reason(exc)}") from None

    def finish(self) -> None:
        """Make the staged bytes durable, with the mode the file will have (step one of commit)."""
        try:
            self.handle.flush()
            if self.kind == "file":
                os.fsync(self.handle.fileno())
                self._set_mode()
                self.handle.close()
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot write the output: {reason(exc)}") from None

    def _set_mode(self) -> None:
        fd = self.handle.fileno()
        try:
            old = os.stat(self.path)
        except FileNotFoundError:
            os.fchmod(fd, 0o666 & ~_umask())
            return
        os.fchmod(fd, stat.S_IMODE(old.st_mode))
        if os.geteuid() == 0:  # root replacing someone's file keeps it theirs
            with contextlib.suppress(OSError):
                os.fchown(fd, old.st_uid, old.st_gid)

    def copy_to_stream(self) -> None:
        """Copy the staged bytes to the device or pipe (step two of commit)."""
        if self.kind != "stream":
            return
        try:
            self.handle.seek(0)
            fd = open_stream(os.fspath(self.path))
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(self.handle, out)
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot write the output: {reason(exc)}") from None
        finally:
            self.handle.close()

    def rename(self) -> None:
        """Put the finished temporary file in place (step three of commit)."""
        if self.tmp is None:
            return
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot write the output: {reason(exc)}") from None
        self.tmp = None

    def abort(self) -> None:
        """Forget the output: the temporary file is removed and the target left as it was."""
        with contextlib.suppress(OSError):
            self.handle.close()
        if self.tmp is not None:
            Path(self.tmp).unlink(missing_ok=True)
            self.tmp = None


def commit(staged: list[Staged]) -> None:
    """Commit every output, or (on any failure) none that can still be held back."""
    try:
        for s in staged:
            s.finish()
        for s in staged:  # streams cannot be taken back, so they go before any rename
            s.copy_to_stream()
        for s in staged:
            s.rename()
    except BaseException:
        for s in staged:
            s.abort()
        raise


def abort(staged: list[Staged]) -> None:
    """Drop every staged output."""
    for s in staged:
        s.abort()


def write_all(
    outputs: list[tuple[Path, str | bytes]],
    max_bytes: int | None = None,
    names: list[str] | None = None,
) -> None:
    """Write several outputs, all or none (``names``: each path as the user gave it)."""
    staged: list[Staged] = []
    try:
        for i, (path, content) in enumerate(outputs):
            staged.append(Staged(path, max_bytes, names[i] if names else None))
            if isinstance(content, bytes):
                staged[-1].write_bytes(content)
            else:
                staged[-1].write(content)
    except BaseException:
        abort(staged)
        raise
    commit(staged)


def append(path: Path, text: str, name: str | None = None) -> None:
    """Add text to the end of a file or pipe (such as $GITHUB_STEP_SUMMARY), never hanging on a
    pipe (``name``: the path as the user gave it)."""
    name = os.fspath(path) if name is None else name
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOCTTY | os.O_NONBLOCK
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as exc:
        raise OutputError(f"{name}: cannot append: {reason(exc)}") from None
    with os.fdopen(fd, "wb") as out:
        try:
            mode = os.fstat(fd).st_mode
            if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
                raise OutputError(f"{name}: cannot append: it is not a file or a pipe")
            os.set_blocking(fd, True)
            out.write(text.encode("utf-8", "backslashreplace"))
        except OSError as exc:
            raise OutputError(f"{name}: cannot append: {reason(exc)}") from None


def _identity(path: Path) -> tuple[int, int] | None:
    """A file's, pipe's or terminal's identity ('2>&1': /dev/stdout's is /dev/stderr's)."""
    try:
        info, null = os.stat(path), os.stat(os.devnull)  # (any outputs may share /dev/null)
    except (OSError, ValueError):
        return None
    ident = (info.st_dev, info.st_ino)
    kept = stat.S_IFMT(info.st_mode) in (stat.S_IFREG, stat.S_IFIFO, stat.S_IFCHR)
    return ident if kept and ident != (null.st_dev, null.st_ino) else None


def clashes(outputs: list[tuple[str, Path, str]], inputs: list[Path]) -> list[str]:
    """Problems with (what, path, name) outputs: two going to one file, or one replacing an
    input (``name``: the path as the user gave it)."""
    problems: list[str] = []
    seen: dict[object, str] = {}
    read = {i for i in map(_identity, inputs) if i is not None}
    for what, path, name in outputs:
        keys: list[object] = [os.path.abspath(path)]
        ident = _identity(path)
        if ident is not None:
            keys.append(ident)
        if ident is not None and ident in read:
            problems.append(
                f"{name}: {what} would overwrite a file grantcheck reads in this run; "
                "write it somewhere else"
            )
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is not None:
            problems.append(
                f"{name}: {what} and {earlier} would go to the same file; "
                "give each its own --output"
            )
        for k in keys:
            seen.setdefault(k, what)
    return problems
