"""A scheme's documents: read the form and the guidance it names, measure them, and
turn the measurements into facts the rules read (the stated ones, when GC002 is waived).

Paths follow one rule for every document: relative to the scheme file, inside the
repository (or a folder allowed with --allow-path), a regular file of a known format.
One ``Measurer`` serves a whole run, so a document named by many schemes (or twice by
one) is read once, and the run's budget covers every document.
"""

from __future__ import annotations

import dataclasses
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grantcheck.errors import InputError
from grantcheck.guidance import (
    DocumentMeasure,
    GuidanceMeasure,
    Unreadable,
    combine,
    measure_document,
    problem_and_fix,
)
from grantcheck.guidance_files import wrong_with
from grantcheck.load import KeyPath

if TYPE_CHECKING:
    from grantcheck.documents import Measurer
    from grantcheck.documents.blocks import Extracted
    from grantcheck.documents.facts import DocumentFacts
    from grantcheck.policy import Policy
    from grantcheck.validate import Parsed

_HINTS = {
    "outside": "Keep documents inside the repository, or allow the folder with --allow-path",
    "not a .md": "Publish the document as Markdown, plain text, PDF, Word (.docx) or HTML",
    "not found": "The path is relative to the scheme file",
    "regular file": "Name a file, not a folder or a device",
}
_RUN: dict[str, Any] = {}


def run_measurer(policy: Policy | None = None) -> Measurer:
    """The run's measurer (made on first use: a check without documents never imports it),
    measuring with the policy's budgets, assumptions and vocabularies (another policy in the
    same process gets a measurer of its own)."""
    from grantcheck.documents import Measurer, settings

    if "measurer" in _RUN and _RUN.get("policy") is policy:
        return _RUN["measurer"]  # scheme after scheme of one run: no paths resolved again
    wanted = settings(policy) if policy is not None else None
    if "measurer" not in _RUN or _RUN.get("settings") != wanted:
        _RUN["measurer"], _RUN["settings"] = Measurer.for_policy(policy), wanted
    _RUN["policy"] = policy
    return _RUN["measurer"]


def new_run() -> None:
    """Forget the previous run's documents and budget."""
    _RUN.clear()


@dataclasses.dataclass
class SchemeDocuments:
    """What a scheme's documents say: reading measures and the measured facts."""

    guidance: GuidanceMeasure | None  # guidance documents only (GC102, GC103 read these)
    everything: GuidanceMeasure | None  # every document, for the reports' table
    # each form: where, its stage, its documents
    forms: list[tuple[KeyPath, str, list[DocumentFacts]]]
    guidance_facts: list[DocumentFacts]
    # the documents that could not be read (each a located error): their facts are not known
    unread: list[str] = dataclasses.field(default_factory=list)
    # every file named that exists, resolved, read or not: no output may replace one
    paths: list[str] = dataclasses.field(default_factory=list)
    # a form listed again in another format -> the one it repeats (formats.py): counted once
    again: dict[str, str] = dataclasses.field(default_factory=dict)
    # the reports' sentence for each, naming where the copies differ (formats.note)
    said: list[str] = dataclasses.field(default_factory=list)

    @property
    def form_facts(self) -> list[DocumentFacts]:
        return [f for _, _, facts in self.forms for f in facts]


def _problem(path: Path, name: str, roots: list[Path], what: str) -> str | None:
    if not any(path.is_relative_to(r) for r in roots):
        return f"{what} {name!r} is outside {roots[0]}, the folder whose documents check may read"
    said = wrong_with(path)
    return None if said is None else f"{what} {name!r} {said}"


def named_problem(scheme_file: Path, name: str, roots: list[Path], what: str) -> str | None:
    """What check says of a document a scheme names, with how to fix it, or None when check
    will read it: the questionnaire asks with the same test, so it never writes a scheme that
    check refuses for its documents (a file that is there but cannot be read is check's to say)."""
    if "\0" in name:
        return f"{what} {name!r} names no file (it holds a NUL character)"
    try:
        path = (scheme_file.parent / name).resolve()
        problem = _problem(path, name, roots, what)
    except (RuntimeError, OSError):  # a loop of symbolic links
        return f"{what} {name!r} cannot be followed (a loop of links?)"
    if problem is None:
        return None
    hint = next((h for k, h in _HINTS.items() if k in problem), "")
    if "is outside" in problem:
        hint = _outside_hint(path.parent, roots[0])
    return f"{problem}. {hint}" if hint else problem


def _reading(name: str, facts: DocumentFacts, text: str, pages: int | None) -> DocumentMeasure:
    if facts.language != "en" and text.strip():
        what = "Welsh text" if facts.language == "cy" else "the text is not in English"
        note = f"readability not measured: {what}"
        return DocumentMeasure(name, pages, None, note, counted=facts.words)
    measured = measure_document(name, text, pages)
    if facts.english_half is not None and measured.text is not None:
        return dataclasses.replace(measured, note=BILINGUAL)
    return measured


BILINGUAL = (
    "in English and Welsh, paragraph by paragraph: its English text is read and scored "
    "(an applicant reads one language)"
)


def reading_text(extracted: Extracted, facts: DocumentFacts) -> str:
    """A document's text an applicant reads: one language's, when it is in two."""
    return extracted.text() if facts.english_half is None else facts.english_half


def read_scheme_documents(
    parsed: Parsed, scheme_file: Path, roots: list[Path], policy: Policy | None = None
) -> tuple[SchemeDocuments | None, list[InputError]]:
    """Read and measure every document the scheme names, relative to the scheme file."""
    from grantcheck.stages import form_paths, stage_facts

    s = parsed.scheme
    names = [st.name for st in stage_facts(s, 0) if st.fixed_hours is None]
    forms = [
        (path, stage)
        for (path, _), stage in zip(form_paths(s), names[-len(form_paths(s)) :], strict=False)
    ]
    lists: list[tuple[str, KeyPath, list[str]]] = [
        (
            "guidance document",
            ("application", "guidance", "documents"),
            s.application.guidance.documents,
        )
    ]
    lists += [
        ("form document", (*path, "documents"), form.documents) for path, form in form_paths(s)
    ]
    if not any(names for _, _, names in lists):
        return None, []
    measurer = run_measurer(policy)
    errors: list[InputError] = []
    named: list[str] = []  # the files named, resolved: SchemeDocuments.paths
    read: dict[KeyPath, list[tuple[DocumentMeasure, str, DocumentFacts]]] = {}
    for what, key, listed in lists:
        read[key] = []
        seen: set[Path] = set()  # one list naming a file twice (form.md, ./form.md): counted once
        for i, name in enumerate(listed):
            pos = parsed.doc.position((*key, i))
            if "\0" in name:  # (no file name holds one: the system refuses it, a ValueError)
                errors.append(
                    InputError(
                        parsed.doc.file,
                        pos.line,
                        pos.column,
                        f"{what} {name!r} names no file (it holds a NUL character)",
                        "Write the document's file name",
                    )
                )
                continue
            try:
                path = (scheme_file.parent / name).resolve()
                if path in seen:
                    continue
                seen.add(path)
                named += [str(path)] if path.is_file() else []
                problem = _problem(path, name, roots, what)
            except (RuntimeError, OSError):  # a loop of symbolic links
                path, problem = (
                    scheme_file,
                    f"{what} {name!r} cannot be followed (a loop of links?)",
                )
            fix = ""  # how to mend an unreadable document, when its message says
            if problem is None:
                try:
                    extracted, facts = measurer.measure(path, name)
                    text = reading_text(extracted, facts)
                    read[key].append((_reading(name, facts, text, extracted.pages), text, facts))
                    continue
                except Unreadable as exc:
                    problem, fix = problem_and_fix(exc, path)
                    problem = f"{what} {name!r} {problem}"
                except OSError as exc:
                    problem = f"{what} {name!r} cannot be read ({exc.strerror or exc})"
            hint = fix or next((h for k, h in _HINTS.items() if k in problem), "")
            if "is outside" in problem:  # name both folders: which to move into, which to allow
                hint = _outside_hint(path.parent, roots[0])
            errors.append(InputError(parsed.doc.file, pos.line, pos.column, problem, hint))
            read[key].append(_unread(name))  # its facts not known; the others still measured
    guide = _read_once(read.pop(lists[0][1]))
    for items in read.values():  # the form documents
        items[:] = [(dataclasses.replace(m, role="form"), t, f) for m, t, f in items]
    both = guide + [item for items in read.values() for item in items]
    from grantcheck.documents.formats import alternatives, as_counted, note

    stages = {key: [f for _, _, f in items] for key, items in read.items()}
    each = {key: alternatives(facts) for key, facts in stages.items()}
    again = {k: v for found in each.values() for k, v in found.items()}
    documents = SchemeDocuments(
        combine([m for m, _, _ in guide], [t for _, t, _ in guide]) if guide else None,
        combine([m for m, _, _ in both], [t for _, t, _ in both]),
        [  # each stage's forms, one form in several formats counted once
            (path, stage, as_counted(stages[(*path, "documents")], again))
            for path, stage in forms
            if read[(*path, "documents")]
        ],
        [f for _, _, f in guide],
        [m.name for m, _, _ in [*guide, *chain.from_iterable(read.values())] if m.unread],
        named,
        again,
        [n for key, facts in stages.items() for n in note(each[key], facts)],
    )
    return documents, errors


def _read_once(
    guide: list[tuple[DocumentMeasure, str, DocumentFacts]],
) -> list[tuple[DocumentMeasure, str, DocumentFacts]]:
    """The guidance documents, each one that repeats an earlier one in another format (the same
    notes as Word and as PDF) marked so: read once, its words and pages not counted again."""
    from grantcheck.documents.formats import repeated, welsh_copies

    if len(guide) < 2:
        return guide
    again = repeated([(m.name, t) for m, t, _ in guide if m.text is not None])
    kept = [(m.name, f.language, m.words) for m, _, f in guide if m.name not in again]
    welsh = welsh_copies(kept)
    return [
        (
            dataclasses.replace(
                m,
                again=again.get(m.name) or welsh[m.name],
                welsh=m.name not in again,
                note=f"the same guidance as {again[m.name]} in another format: read once"
                if m.name in again
                else f"the same guidance as {welsh[m.name]} in Welsh: read once (an applicant "
                "reads one language's notes)",
            ),
            t,
            f,
        )
        if m.name in again or m.name in welsh
        else (m, t, f)
        for m, t, f in guide
    ]


def _unread(name: str) -> tuple[DocumentMeasure, str, DocumentFacts]:
    """A document that could not be read, kept so that what it could hold is not known (as a
    scanned one's is), never none: the scheme is still reported beside its located error."""
    from grantcheck.documents.facts import DocumentFacts

    note = "not measurable: it could not be read"
    suffix = Path(name).suffix.lower().lstrip(".")
    return (
        DocumentMeasure(name, None, None, note, unread=True),
        "",
        DocumentFacts(name, suffix, None, 0, "en", note=note),
    )


def _outside_hint(folder: Path, root: Path) -> str:
    """Where to move a document from outside, and which folder to allow instead: never a system
    or hidden one (/etc, ~/.ssh), which no report should suggest opening."""
    from grantcheck.trust import fit_to_allow

    if fit_to_allow(folder):
        return f"Move it into {root}, or allow its folder: --allow-path {folder}"
    return f"Copy it into {root} and name the copy ({folder} is a system or hidden folder)"
