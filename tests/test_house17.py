"""Session 17's house-keeping: patterns that grew faster than linearly on a run (of spaces, most
often), each run once on such a run in a child process that is killed when it outlasts many
times its linear cost (a bounded number of steps, not a timing: the linear pattern takes
milliseconds, the old one minutes or hours).

A regular expression runs inside one C call that a document's budget cannot interrupt, so a
pattern that no document is yet known to reach on such a run is held to it all the same: a
later change to the measurer may open a path to it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import bounded_child

# the child reads the text on its standard input (one argument may hold at most 128 kB)
RUN = (
    "import importlib, sys\n"
    "module, name, op = sys.argv[1:4]\n"
    "pattern = getattr(importlib.import_module(module), name)\n"
    "text = sys.stdin.read()\n"
    "found = getattr(pattern, op)('', text) if op == 'sub' else getattr(pattern, op)(text)\n"
    "list(found) if op == 'finditer' else None\n"
)
KILL_AFTER = 60.0  # seconds: each case is linear in a few milliseconds, quadratic in minutes


def _bounded(module: str, name: str, op: str, text: str) -> None:
    bounded_child(
        "-c", RUN, f"grantcheck.documents.{module}", name, op, kill_after=KILL_AFTER, text=text
    )


@pytest.mark.parametrize(
    "module,name,op,text",
    [
        # a label ending in what names a value: "\s*[*:]?\s*" twice around a bracket shared
        # one run four ways, about n**3.5 (100 spaces 35 ms, 300 spaces some 2 s, 2,000 hours)
        ("label_words", "VALUE_LAST", "search", "Grid reference" + " " * 2_000 + "x"),
        # the rest were quadratic: each start in a run of 200,000 read it to its end (minutes)
        ("shared", "TITLE", "match", "Section" + " " * 200_000 + "!"),  # "\s*[:.]?\s*"
        ("recaps", "BOX", "search", "[" + " " * 200_000 + "y"),  # "\s*\[" and "\s*[x]?\s*"
        ("prompts", "JOINED", "split", "a" + " " * 200_000 + "b"),  # ",?\s+and" from each space
        ("prompts", "JOINS", "split", "a" + " " * 200_000 + "b"),
        ("label_words", "SUM", "search", "Amount £" + " " * 200_000 + ":*"),  # "\s*[:*]?\s*$"
        ("label_words", "SUM", "search", "a" * 200_000 + "£::"),  # ".*" from each letter
        ("typed", "TYPE_SAID", "search", "a" + " " * 200_000 + "b"),  # "\s*" after each space
        ("requested", "ALTERNATIVE_OR", "search", "a" + " " * 200_000 + "b"),  # ",?\s+or"
        ("preview", "CHARACTERS", "match", "Maximum" + " " * 200_000 + "x"),  # "\s*:?\s*"
        ("applicants", "WHO_ONLY", "match", "Groups only" + " " * 200_000 + "x"),  # "\s*[.!]?\s*$"
        ("applicants", "LEADING_FOR", "match", "For groups" + " " * 200_000 + "x"),  # "\s*:?\s*$"
        ("typed", "ABOUT_ITEM", "match", " " * 200_000 + "x:"),  # "^\s*[-*•]?\s*" (10,000: 5 s)
        ("referred_limits", "LISTED", "match", " " * 200_000 + "x"),  # "\s*,?\s*"
    ],
)
def test_a_pattern_is_linear_on_a_long_run(module: str, name: str, op: str, text: str) -> None:
    _bounded(module, name, op, text)


@pytest.mark.parametrize(
    "kind,count,said",
    [  # before: 800,000 entries of a 16 MB table were read (172 MB, 3 s), the file measured
        ("table", 800_000, "names at least 800,000 objects in its cross-reference tables"),
        # a 2 kB file: 1.9 million entries read (356 MB), then 'damaged'
        ("stream", 1_900_000, "names at least 1,900,000 objects in its cross-reference streams"),
        # no cross-reference to read: pypdf mended it from 1.2 million headers (172 MB, 12 s)
        ("headers", 1_200_000, "names at least 1,200,003 objects in object headers"),
    ],
)
def test_a_pdf_whose_cross_reference_names_too_many_objects_is_refused_before_pypdf_opens_it(
    tmp_path: Path, kind: str, count: int, said: str
) -> None:
    """pypdf reads a PDF's whole cross-reference as it opens the file, before any budget is
    charged. The entries its tables and streams declare, and the object headers it would be
    mended from, are now held to limits: max_document_objects first (pdf_xref.py)."""
    from conftest import run
    from hostile_cases import child
    from hostile_documents import cross_reference_pdf

    (tmp_path / ".git").mkdir()
    cross_reference_pdf(tmp_path / "x.pdf", kind, count)
    code, _, told, _, peak = child(["measure", "x.pdf"], tmp_path)
    assert code == 2 and said in told and "Raise 'limits: max_document_objects'" in told, told
    assert peak < 120, f"{peak:.0f} MB"
    if kind == "table":  # (a genuine few: read; test_house16's packed PDFs have a stream)
        cross_reference_pdf(tmp_path / "x.pdf", kind, 200)
        assert run("measure", "x.pdf", cwd=tmp_path).exit_code == 0
