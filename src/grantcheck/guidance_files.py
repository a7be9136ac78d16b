"""Reading the guidance documents a scheme names, inside the folders it may read.

A scheme file comes from a stranger's pull request as often as not, so the
documents it names are read only from its own repository (or a folder allowed
with --allow-path), only if they are regular files of a known kind; anything
else is a located input error, never a crash.
"""

from __future__ import annotations

from pathlib import Path

from grantcheck.errors import InputError
from grantcheck.guidance import SUFFIXES, DocumentMeasure, GuidanceMeasure, Unreadable, combine, measure_document, read_document
from grantcheck.trust import repository_root
from grantcheck.validate import Parsed


def _project_root(scheme_file: Path) -> Path:
    """The repository holding the scheme, else the scheme's own folder."""
    folder = scheme_file.resolve().parent
    return repository_root(folder) or folder


def _document_problem(path: Path, name: str, roots: list[Path]) -> str | None:
    """Why a named guidance document may not be read, or None."""
    root = roots[0]
    if not any(path.is_relative_to(r) for r in roots):
        return f"guidance document {name!r} is outside {root.name or root}"
    if path.suffix.lower() not in SUFFIXES:
        return f"guidance document {name!r} is not a .md, .txt, .pdf or .docx file"
    if not path.exists():
        return f"guidance document {name!r} was not found"
    if not path.is_file():
        return f"guidance document {name!r} is not a regular file"
    return None


_HINTS = {"outside": "Keep guidance inside the repository, or allow the folder with --allow-path",
          "not a .md": "Publish the guidance as Markdown, plain text, PDF or Word (.docx)",
          "not found": "The path is relative to the scheme file",
          "regular file": "Name a file, not a folder or a device"}


def measure_guidance(parsed: Parsed, scheme_file: Path,
                     allowed: tuple[Path, ...] = ()) -> tuple[GuidanceMeasure | None, list[InputError]]:
    """Read and measure the guidance documents, relative to the scheme file."""
    names = parsed.scheme.application.guidance.documents
    if not names:
        return None, []
    roots, errors = [_project_root(scheme_file), *allowed], []
    measured: list[DocumentMeasure] = []
    texts: list[str] = []
    for i, name in enumerate(names):
        pos = parsed.doc.position(("application", "guidance", "documents", i))
        try:
            path = (scheme_file.parent / name).resolve()
            problem = _document_problem(path, name, roots)
        except (RuntimeError, OSError):  # a loop of symbolic links
            path, problem = scheme_file, f"guidance document {name!r} cannot be followed (a loop of links?)"
        if problem is None:
            try:
                text, pages = read_document(path)
                measured.append(measure_document(name, text, pages))
                texts.append(text)
                continue
            except Unreadable as exc:
                problem = f"guidance document {name!r} {exc}"
            except OSError as exc:
                problem = f"guidance document {name!r} cannot be read ({exc.strerror or exc})"
        hint = next((h for key, h in _HINTS.items() if key in problem), "")
        errors.append(InputError(parsed.doc.file, pos.line, pos.column, problem, hint))
    return (None, errors) if errors else (combine(measured, texts), [])
