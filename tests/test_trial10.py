"""Trial 10's findings on one form published in several formats: copies counted once must
still say where they differ (a question one copy lacks, a limit one sets differently)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import MINIMAL, run, write

WORD_COPY = """# Riverside Fund: application form

1. Describe what your group will do with the grant. (max 300 words)

Answer:

2. Who will take part, and how will you reach them? (max 200 words)

Answer:

3. How will you know the project has worked? (max 150 words)

Answer:

4. Why does your area need this now? (max 100 words)

Answer:

5. Tell us about your group's volunteers. (max 100 words)

Answer:
"""


def _page(*questions: tuple[str, str]) -> str:
    """A saved online form: each question a label and a textarea with its maxlength ('' for
    none)."""
    rows = "".join(
        f'<label for="q{i}">{text}</label>'
        f'<textarea id="q{i}" name="q{i}"{f" maxlength={limit}" if limit else ""}></textarea>\n'
        for i, (text, limit) in enumerate(questions, 1)
    )
    return f"<!DOCTYPE html><html><body><form>\n{rows}</form></body></html>\n"


SAME = (
    ("1. Describe what your group will do with the grant.", "1800"),
    ("2. Who will take part, and how will you reach them?", "1200"),
    ("3. How will you know the project has worked?", "900"),
    ("4. Why does your area need this now?", "600"),
    ("5. Tell us about your group's volunteers.", "600"),
)


def _notes(project: Path, page: str) -> tuple[list[str], str]:
    write(project, "form.md", WORD_COPY)
    write(project, "online.html", page)
    write(
        project,
        "s.yaml",
        MINIMAL + "application:\n  form:\n    documents: [form.md, online.html]\n",
    )
    checked = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)
    measured = run("measure", "form.md", "online.html", cwd=project).output
    return checked["schemes"][0]["notes"], " ".join(measured.split())


@pytest.mark.parametrize(
    ("page", "said"),
    [
        (  # the online copy lost a limit: its field takes any length
            _page(SAME[0], (SAME[1][0], ""), *SAME[2:]),
            '"2. Who will take part, and how will you reach them? (max 200 words)" has a limit'
            " of 200 words in form.md, no limit in online.html",
        ),
        (  # the online copy caps an answer far below the Word copy's limit
            _page(*SAME[:2], (SAME[2][0], "100"), *SAME[3:]),
            "has a limit of 150 words in form.md, a limit of 17 words in online.html",
        ),
        (  # the online copy asks a question the Word copy does not
            _page(*SAME, ("6. Explain how the project meets our climate priorities.", "600")),
            'only online.html asks "6. Explain how the project meets our climate priorities."',
        ),
    ],
)
def test_copies_of_one_form_that_differ_say_how(project: Path, page: str, said: str) -> None:
    notes, measured = _notes(project, page)
    (note,) = [n for n in notes if "another format" in n]
    assert "but the copies differ" in note and said in note, note
    assert said in measured


def test_copies_that_agree_say_only_that_they_are_counted_once(project: Path) -> None:
    notes, measured = _notes(project, _page(*SAME))
    (note,) = [n for n in notes if "another format" in n]
    assert note.endswith("so its questions, limits and fields are counted once"), note
    assert "differ" not in measured


def test_the_starter_scheme_says_grantcheck_can_read_the_form_and_notes(project: Path) -> None:
    # trial 9 F13 and trial 10: `grantcheck init` never mentioned documents, so a user who
    # starts there does not learn that the form and guidance can be measured from themselves
    assert run("init", "s.yaml", cwd=project).exit_code == 0
    text = (project / "s.yaml").read_text(encoding="utf-8")
    assert "# documents: [forms/application.docx]" in text
    assert "# documents: [guidance/notes.pdf]" in text and "init --from" in text
    checked = run("check", "s.yaml", "-f", "json", cwd=project)  # still a scheme check accepts
    assert checked.exit_code in (0, 1), checked.output
    assert json.loads(checked.output)["schemes"][0]["metrics"]["application.form.questions"] == 8


def test_measure_on_a_link_to_something_else_says_it_is_a_link(project: Path) -> None:
    # trial 10: a link named form.md to a file with no document suffix was refused as "'form.md'
    # is not a .docx, .pdf, .html, .htm, .md or .txt file", which its own name contradicts
    write(project, "data", "1. Describe your project. (max 100 words)\n")
    (project / "form.md").symlink_to(project / "data")
    result = run("measure", "form.md", cwd=project)
    assert result.exit_code == 2
    assert "'form.md' is a link to a file named 'data', which is not a .docx" in " ".join(
        result.output.split()
    )
    write(project, "real.md", "1. Describe your project. (max 100 words)\n\nAnswer:\n")
    (project / "alias.md").symlink_to(project / "real.md")  # a link to a document still reads
    assert run("measure", "alias.md", cwd=project).exit_code == 0


def test_measure_with_an_unread_document_gives_cover_and_acronyms_as_lower_bounds(
    project: Path,
) -> None:
    # trial 10: beside a damaged document, measure gave the insurance cover, the jargon rate
    # and the acronyms of the documents read as the whole (JSON and text), though the unread
    # one could ask for more cover or use more jargon
    write(
        project,
        "form.md",
        "1. Describe your project (max 300 words)\n\nAnswer:\n\n"
        "You must hold public liability insurance of £5 million. Tell the PCT.\n",
    )
    (project / "broken.docx").write_bytes(b"PK\x03\x04 not a whole zip")
    result = run("measure", "form.md", "broken.docx", "-f", "json", cwd=project)
    total = json.loads(result.stdout)["total"]
    assert result.exit_code == 2 and total["incomplete"] is True
    for key in ("public_liability_insurance", "jargon_per_1000_words", "undefined_acronyms"):
        assert total[key] is None, key
    assert total["at_least"]["public_liability_insurance"] == 5000000
    assert total["at_least"]["undefined_acronyms"] == ["PCT"]
    shown = run("measure", "form.md", "broken.docx", cwd=project).stdout
    assert "  Public liability insurance: at least £5,000,000\n" in shown
    assert "  Match funding: not known\n" in shown
    assert "  Acronyms never spelt out: at least PCT\n" in shown
    assert "  Jargon and acronyms never spelt out: not known: " in shown
    whole = json.loads(run("measure", "form.md", "-f", "json", cwd=project).stdout)["total"]
    assert whole["public_liability_insurance"] == 5000000 and whole["undefined_acronyms"] == ["PCT"]
