"""Trial 24's findings fixed in session 25 (house25): T13, match funding said as the funder's share
of the eligible project costs or as a contribution towards the cost (with review24's house24 F2:
a share from elsewhere only where it is asked, "half the cost" only of the project)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure


def _match(tmp_path: Path, text: str, name: str = "notes.txt") -> float | None:
    if name.endswith(".html"):
        body = f"<html><body><h1>Small grants guidance</h1><p>{text}</p></body></html>"
    else:
        body = f"{'# ' if name.endswith('.md') else ''}Small grants guidance\n\n{text}\n"
    found = measure(tmp_path, name, body).match_funding
    return None if found is None else found.value


T13_SAID = {
    # trial24 T13 (w2.md, w5.md)
    "We will fund up to 80% of the eligible project costs.": 20.0,
    "We normally expect a contribution of at least 10% towards the cost, in cash or in kind.": 10.0,
    # the same said otherwise
    "The council will fund up to 70% of the approved project costs.": 30.0,
    "We will pay up to 90% of the total eligible project costs.": 10.0,
    "We will cover up to 60% of eligible project costs.": 40.0,
    "Groups should contribute at least 15% towards the total costs of the project.": 15.0,
    "You will need to put in at least 20% towards the project costs yourselves.": 20.0,
    "We can pay up to 80% towards your costs.": 20.0,
    "Please find at least 10% from elsewhere, for example members' contributions.": 10.0,
    "If your project costs more than £5,000, you must find at least 25% from elsewhere.": 25.0,
    "We will pay up to half the cost of the work.": 50.0,
    # review25 F1: a hedge outside the share's clause leaves the ask standing
    "The average grant is £2,000, and you must find at least 25% from elsewhere.": 25.0,
    "Typically, you must find at least 25% from elsewhere.": 25.0,
    "Groups must, wherever possible, find 20% from elsewhere.": 20.0,
    # near misses: none of these asks the applicant for a share of the project's cost
    "We will contribute 20% towards the cost of equipment.": None,
    "We will give 10% towards the cost of a celebration for volunteers.": None,
    "About 10% of the eligible project costs went on publicity last year.": None,
    "Towards the cost of your project we can give up to £500.": None,
    "Groups typically raise 25% from elsewhere.": None,
    "If you can find at least 20% from elsewhere, we may give you a larger grant.": None,
    "We ask for a contribution of 10% towards the cost of your venue hire.": None,  # (review25)
    "We will pay half the cost of your volunteers' travel.": None,
}

# review24 F2 on house24's ecebb7f: each was read as a share
F2_SAID = {
    "Last year 40% from elsewhere was the average our groups raised.": None,
    "You do not need to find money from elsewhere, but about 30% from elsewhere is typical.": 0.0,
    "If you raise 20% from elsewhere, we may be able to give you a larger grant.": None,
    "We will pay up to half the cost of a part-time worker.": None,
    "We will pay up to half of the cost of a part-time worker.": None,
    "Stallholders pay half the cost of the pitch.": None,
}


def test_t13_the_funders_share_of_eligible_costs_and_a_contribution_towards_the_cost(
    tmp_path: Path,
) -> None:
    """A share "of the eligible project costs" is of the project's cost, as is "towards the cost";
    near misses: towards a part of the cost, a share spent, a sum, a share reported."""
    got = {text: _match(tmp_path, text) for text in T13_SAID}
    assert got == T13_SAID


def test_review24_f2_a_share_from_elsewhere_is_read_only_where_it_is_asked(
    tmp_path: Path,
) -> None:
    """A share from elsewhere that is reported, typical or in an "if" clause is no requirement;
    "half the cost of" a worker or a pitch is of a part, not of the project."""
    got = {text: _match(tmp_path, text) for text in F2_SAID}
    assert got == F2_SAID


@pytest.mark.parametrize("name", ["notes.md", "notes.html"])
def test_t13_in_markdown_and_html(tmp_path: Path, name: str) -> None:
    """The trial's two sentences read the same in Markdown and HTML."""
    said = dict(list(T13_SAID.items())[:2])
    assert {text: _match(tmp_path, text, name) for text in said} == said
