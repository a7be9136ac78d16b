"""The trust boundary: which folders untrusted files may reach, and which patterns say nothing.

A pull request controls the repository's files (schemes, config, rules,
guidance, symbolic links) but not the command line. So a file may reach only
paths inside the repository holding it (or its own folder, outside any
repository); only ``--allow-path`` and ``--rules`` on the command line open other
folders. A pattern that matches nothing or everything is refused, because it
silently switches checking off. See SECURITY.md.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

# The system's folders: a hint never suggests opening one (or a hidden one, ~/.ssh) with
# --allow-path, although the user may still choose to
_SYSTEM = tuple(
    Path(p)
    for p in (
        "/etc", "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/boot", "/dev", "/proc",
        "/sys", "/root", "/run", "/var/lib", "/var/log", "/var/cache", "/var/spool", "/var/run",
    )
)  # fmt: skip
# Names no real pattern should match all of: a pattern matching every one matches everything.
_PROBES = ("zq7-probe-scheme.yaml", "xk4-probe-scheme.yml")


def repository_root(folder: Path) -> Path | None:
    """The git repository holding ``folder`` (an absolute path), if any."""
    for parent in [folder, *folder.parents]:
        if (parent / ".git").exists():
            return parent
    return None


def project_root(path: Path) -> Path:
    """The repository holding ``path`` (as written, links not followed), else its folder;
    resolved."""
    folder = Path(os.path.abspath(path)).parent
    return (repository_root(folder) or folder).resolve()


def inside(path: Path, roots: list[Path] | tuple[Path, ...]) -> bool:
    """True when ``path`` (resolved) lies in one of ``roots`` (resolved)."""
    return any(path.is_relative_to(root) for root in roots)


def escapes(path: Path, allowed: tuple[Path, ...] = ()) -> bool:
    """True when ``path`` is a symbolic link leading outside its repository and the allowed
    folders."""
    try:
        if not path.is_symlink():
            return False
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of links: the reader says so
        return False
    return not inside(target, [project_root(path), *allowed])


def fit_to_allow(folder: Path) -> bool:
    """Whether a hint may suggest ``--allow-path`` for ``folder`` (absolute): never the file
    system's root or the home folder itself, a system folder or a hidden one."""
    if folder == folder.parent or folder == Path.home():
        return False
    if any(part.startswith(".") for part in folder.parts):
        return False
    return not any(folder.is_relative_to(system) for system in _SYSTEM)


def folder_problem(folder: Path, root: Path, name: str) -> str | None:
    """Why a config may not name ``folder`` (written ``name``; outside its repository), or None."""
    if "\0" in name:  # (no file name holds one: the system refuses it, a ValueError)
        return f"{name!r} names no folder (it holds a NUL character)"
    try:
        resolved = folder.resolve()
    except (OSError, RuntimeError):
        return f"{name} cannot be followed (a loop of links?)"
    if inside(resolved, [root]):
        return None
    return f"{name} is outside the repository, and a config file cannot open folders outside it"


def empty(pattern: str) -> bool:
    """True for a pattern with no text in it (it would match everything, or nothing)."""
    return not pattern.strip()


def matches_everything(pattern: str, probes: tuple[str, ...] = _PROBES) -> bool:
    """True for a glob that matches any name at all (``*``, ``**``, ``*.y*ml`` ...)."""
    return all(fnmatch.fnmatchcase(name, pattern) for name in probes)
