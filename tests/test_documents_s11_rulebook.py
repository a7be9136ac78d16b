"""The labelling rulebook (tests/forms/README.md, "The rules applied"), rule by rule, on small
documents of the test's own (several wordings, several formats), never the labelled corpus.

Match funding: "0 when the document says outright that none is needed ("we can fund the whole
cost", "you do not need to raise money from anywhere else")". A funder that says it can pay the
whole cost of a project, or that the applicant need not find money elsewhere, states 0%, though
the words "match funding" are absent; a share stated beside it comes first, and "we cannot fund
the whole cost", "the full cost of equipment" or "other funding in place before you apply" say
nothing of the kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure, write_docx, write_pdf
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts

NONE_NEEDED = [
    "We can fund the whole cost of your project, so there is nothing else to raise.",
    "The parish council can pay for the entire project if it meets the aims above.",
    "You do not have to raise money from anywhere else to apply.",
    "Your group does not need other funding: the panel pays for the whole thing.",
    "There is no need to find money from elsewhere for a project like this.",
    "Grants can cover the full costs of a small event; you do not need to raise money yourselves.",
]
NOT_NONE = [
    "We cannot fund the whole cost of a project, so please tell us who else is helping.",
    "We will not normally pay the full cost of a building project.",
    "We can fund the full cost of equipment that volunteers will use.",
    "You do not need other funding in place before you apply, but tell us who you will ask.",
    "If you have money from elsewhere, tell us about it in the budget.",
    "It is unlikely that we will pay for the whole project.",
]


def _document(tmp_path: Path, fmt: str, sentence: str) -> DocumentFacts:
    """Guidance notes for a small grants fund, the sentence in its money section."""
    lines = [
        "Community Small Grants: notes for applicants",
        "Who can apply",
        "Constituted voluntary and community groups working in the district.",
        "How much you can ask for",
        f"Grants are between £250 and £2,000. {sentence}",
        "How to apply",
        "Send the form to the grants officer by the closing date.",
    ]
    if fmt in ("txt", "md"):
        return measure(tmp_path, f"notes.{fmt}", "\n\n".join(lines) + "\n")
    if fmt == "html":
        body = "".join(f"<p>{line}</p>" for line in lines[1:])
        page = f"<html lang=en><body><main><h1>{lines[0]}</h1>{body}</main></body></html>"
        return measure(tmp_path, "notes.html", page)
    path = tmp_path / f"notes.{fmt}"
    if fmt == "docx":
        write_docx(path, lines[1:], heading=lines[0])
    else:
        write_pdf(path, [lines])
    return Measurer().measure(path, path.name)[1]


def _match(facts: DocumentFacts) -> float | None:
    return None if facts.match_funding is None else float(facts.match_funding.value)


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "docx", "pdf"])
@pytest.mark.parametrize("sentence", NONE_NEEDED)
def test_the_funder_paying_the_whole_cost_states_no_match_funding(
    tmp_path: Path, fmt: str, sentence: str
) -> None:
    facts = _document(tmp_path, fmt, sentence)
    assert _match(facts) == 0.0
    assert facts.match_funding is not None and facts.match_funding.evidence.words


@pytest.mark.parametrize("fmt", ["md", "docx"])
@pytest.mark.parametrize("sentence", NOT_NONE)
def test_a_whole_cost_refused_or_of_a_part_states_nothing(
    tmp_path: Path, fmt: str, sentence: str
) -> None:
    assert _match(_document(tmp_path, fmt, sentence)) is None


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_a_share_stated_beside_a_whole_cost_for_small_projects_comes_first(
    tmp_path: Path, fmt: str
) -> None:
    sentence = (
        "We can pay the whole cost of projects under £1,000. For larger projects at least 20%"
        " of the total cost must come from other sources."
    )
    assert _match(_document(tmp_path, fmt, sentence)) == 20.0
