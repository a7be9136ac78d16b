"""Reading the documents a scheme names (guidance and forms), inside the folders it may read.

A scheme file comes from a stranger's pull request as often as not, so the
documents it names are read only from its own repository (or a folder allowed
with --allow-path), only if they are regular files of a known kind; anything
else is a located input error, never a crash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grantcheck.errors import InputError
from grantcheck.policy import Policy
from grantcheck.trust import repository_root
from grantcheck.validate import Parsed

FORMATS = ".md, .txt, .pdf, .docx, .html or .htm"
SUFFIXES = {".md", ".markdown", ".txt", ".pdf", ".docx", ".html", ".htm"}


def _project_root(scheme_file: Path) -> Path:
    """The repository holding the scheme, else the scheme's own folder."""
    folder = scheme_file.resolve().parent
    return repository_root(folder) or folder


def document_roots(scheme_file: Path, policy: Policy) -> tuple[Path, ...]:
    """The folders check reads a scheme's documents from: its repository, and those allowed."""
    return (_project_root(scheme_file), *policy.allow_paths)


def measure_documents(
    parsed: Parsed, scheme_file: Path, policy: Policy
) -> tuple[Any, list[InputError]]:
    """Read and measure the form and guidance documents a scheme names (see scheme_documents.py,
    imported only when there are some: a check without documents never loads a document library)."""
    from grantcheck.stages import form_paths

    s = parsed.scheme
    if not s.application.guidance.documents and not any(f.documents for _, f in form_paths(s)):
        return None, []
    from grantcheck.scheme_documents import read_scheme_documents

    return read_scheme_documents(
        parsed, scheme_file, list(document_roots(scheme_file, policy)), policy
    )


def wrong_with(path: Path) -> str | None:
    """What is wrong with a document named inside the folder, if anything: a folder (as measure
    says it, trial23 T10), a format not read (a .docx saved as .doc named as what it is), none."""
    if path.is_dir():
        from grantcheck.guidance import folder_problem

        return folder_problem(path)
    if path.suffix.lower() not in SUFFIXES:
        from grantcheck.documents import refused
        from grantcheck.guidance import misnamed

        said = refused(path.suffix)
        return misnamed(said, path) if said else f"is not a {FORMATS} file"
    if not path.exists():
        return "was not found"
    return None if path.is_file() else "is not a regular file"
