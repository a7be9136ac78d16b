"""A stage of work named "Gathering evidence" read as the title of a list of documents (acc22b,
session 22): a table of a plan's stages and the costs the grant pays at each ("Gathering
evidence | Surveys of residents; a housing needs study", "Writing the plan | A consultant's help
to draft policies; maps"), read as lines, opened a checklist at the stage, and each cost after
it was read as a document every applicant sends. Gathering or collecting evidence is work to
do, not a list of what to send. A title that names evidence to send ("Supporting evidence",
"Evidence we need", "Evidence of need: please send ...") opens its list as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.total import distinct

STAGES = [
    ("Getting started", "Publicity to recruit a steering group; room hire for meetings."),
    (
        "Gathering evidence",
        "Surveys of residents and businesses; a housing needs assessment; a site assessment.",
    ),
    ("Writing the plan", "A planning consultant's help to draft policies; maps and a design code."),
    ("Consultation", "Printing copies of the draft plan; publicity for the six-week consultation."),
]
DOCUMENTS = ["Every applicant must send:", "a map of your area;", "a budget for the work."]


def kinds(path: Path) -> tuple[list[str], list[str]]:
    """The kinds of the documents every applicant sends, and of those some send."""
    required, conditional = distinct(Measurer().measure(path, path.name)[1].attachments)
    return sorted(a.kind for a in required), sorted(a.kind for a in conditional)


def stages_pdf(tmp_path: Path, stages: list[tuple[str, str]]) -> Path:
    """Guidance printed to PDF: a two-column table of stages and costs, read as lines."""
    lines = ["4. What the grant can pay for", "Stage", "Examples of costs we can fund"]
    lines += [line for stage in stages for line in stage]
    lines += ["5. What to send with your application form", *DOCUMENTS]
    return write_pdf(tmp_path / "guide.pdf", [lines])


def stages_docx(tmp_path: Path, stages: list[tuple[str, str]]) -> Path:
    """Word guidance: each stage a short paragraph over a paragraph of its costs."""
    paragraphs = ["What the grant can pay for"]
    paragraphs += [line for stage in stages for line in stage]
    paragraphs += ["What to send with your application", *DOCUMENTS]
    return write_docx(tmp_path / "guide.docx", paragraphs)


def stages_text(tmp_path: Path, stages: list[tuple[str, str]]) -> Path:
    """Plain-text guidance: each stage in capitals over its costs."""
    lines = ["WHAT WE CAN FUND", ""]
    for stage, costs in stages:
        lines += [stage.upper(), costs, ""]
    lines += ["WHAT TO SEND", "", *DOCUMENTS]
    path = tmp_path / "guide.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


WRITERS = {"pdf": stages_pdf, "docx": stages_docx, "txt": stages_text}
OTHER_STAGES = [
    ("Scoping the project", "Room hire and publicity for a first public meeting."),
    ("Collecting evidence", "Printing the questionnaire; a housing survey; a site assessment."),
    ("Drafting", "A consultant's help to draft policies; maps; a design code."),
]


@pytest.mark.parametrize(
    ("fmt", "stages"),
    [("pdf", STAGES), ("docx", STAGES), ("txt", OTHER_STAGES), ("pdf", OTHER_STAGES)],
)
def test_a_stage_gathering_evidence_opens_no_list(
    tmp_path: Path, fmt: str, stages: list[tuple[str, str]]
) -> None:
    assert kinds(WRITERS[fmt](tmp_path, stages)) == (["budget", "other"], [])


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("title", ["Supporting evidence", "Evidence we need from you"])
def test_a_title_naming_evidence_to_send_opens_its_list(
    tmp_path: Path, fmt: str, title: str
) -> None:
    """Near miss: the list's own title, its items with no lead-in."""
    lines = ["Part 3", title, "A copy of your constitution", "Your latest accounts"]
    path = (
        write_pdf(tmp_path / "guide.pdf", [lines])
        if fmt == "pdf"
        else write_docx(tmp_path / "guide.docx", lines)
    )
    assert kinds(path) == (["accounts", "governing_document"], [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # copies printed as the work the grant pays for
        ("The grant can pay for printing copies of the neighbourhood plan.", ([], [])),
        ("Photocopying copies of the consultation leaflet; room hire.", ([], [])),
        # near misses: a copy printed to send, and printed copies sent
        ("Please print a copy of your lease and send it with your form.", (["other"], [])),
        ("Send us printed copies of your hall's lease.", (["other"], [])),
    ],
)
def test_copies_printed_as_a_cost_are_not_sent(
    tmp_path: Path, line: str, expected: tuple[list[str], list[str]]
) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(f"GRANT NOTES\n\nWHAT WE FUND\n\n{line}\n", encoding="utf-8")
    assert kinds(path) == expected
