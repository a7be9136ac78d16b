"""Trial 25's T8 and T2 (house26): match funding read from a cap on the funder's share, whoever
it is said of (the grant, what you ask for, "we", or no subject at all: a form's hint "no more
than 80% of the total cost"), as the rest the applicant finds; a floor on the applicant's own
share ("a contribution of at least 10%") as itself; and documents that disagree named. Sentences
of the test's own, with near misses: a share of something else, an overhead rate, a payment
schedule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run, write
from documents import measure

TRIAL = (
    "Up to £5,000, and no more than 80% of the total cost. You must find at least 20% of the "
    "cost yourselves."
)


def _match(tmp_path: Path, text: str, name: str = "notes.txt") -> float | None:
    if name.endswith(".html"):
        body = f"<html><body><h1>Small grants guidance</h1><p>{text}</p></body></html>"
    else:
        body = f"{'# ' if name.endswith('.md') else ''}Small grants guidance\n\n{text}\n"
    found = measure(tmp_path, name, body).match_funding
    return None if found is None else found.value


CAPS = {
    # trial25 T2 and its probes
    TRIAL: 20.0,
    "Up to £5,000, and no more than 80% of the total cost.": 20.0,
    "No more than 80% of the total cost.": 20.0,
    "We will not fund more than 80% of the project.": 20.0,
    "Your request must not be more than 80% of the total project cost.": 20.0,
    # the funder's share said of what you ask, of the grant, of "we"
    "You can ask for up to 80% of the total cost.": 20.0,
    "You can apply for up to 75% of your project's costs.": 25.0,
    "The amount you ask for must be no more than 75% of the project's total cost.": 25.0,
    "Grants are limited to 80% of eligible costs.": 20.0,
    "Grants are capped at 70% of the total project cost.": 30.0,
    "Grants can be up to 80% of the total cost.": 20.0,
    "We can fund up to 90% of your project.": 10.0,
    "We will consider requests of up to 80% of the total cost.": 20.0,
    "Maximum 80% of project costs.": 20.0,
    "Your request can be up to 100% of the cost.": 0.0,
    # both said, and they agree: one figure
    "We will fund up to 80% of the cost; you must find at least 20%.": 20.0,
    "We will not fund more than 80% of the project, so you must find at least 20% yourselves.": (
        20.0
    ),
    # the funder's share, then what it leaves: the rest is the applicant's
    "We fund 70%, so 30% must come from elsewhere.": 30.0,
    # a label naming the grant (review26 F1)
    "Maximum grant: 80% of the total cost.": 20.0,
    "Grant: up to 75% of the total project cost.": 25.0,
    # a floor on the applicant's own share
    "Applicants must make a contribution of at least 10%.": 10.0,
    "You must put in at least 15% yourselves.": 15.0,
    "Your contribution should be at least 10%, in cash or in kind.": 10.0,
}

NEAR_MISSES = {
    # a percentage of something else
    "80% of groups we funded last year were new.": None,
    "You can spend up to 80% of your time on delivery.": None,
    "We will fund up to 80% of your time.": None,
    "We will not fund more than 80% of groups.": None,
    "At least 80% of the people who benefit must live in Ashcombe.": None,
    "We will pay half the cost of your training provider's fees.": None,
    "In-kind contributions can make up no more than half of your match funding.": None,
    "Volunteer time can count for up to 50% of your contribution.": None,
    "Up to 20% of the grant can be spent on staff costs.": None,
    "Management fees of no more than 15% of the grant are allowed.": None,
    # an overhead rate, a contingency: a cap on a part of the budget, not on the grant
    "You can include overheads of up to 10% of the total cost.": None,
    "Overheads of up to 10% of the total cost can be included.": None,
    "No more than 10% of the total cost should be contingency.": None,
    "Up to 80% of the cost of equipment can be funded.": None,
    # a label naming a cost, not the grant (review26 F1)
    "Overheads: up to 10% of the total cost": None,
    "Management fee: no more than 15% of the total project cost.": None,
    "Contingency: up to 10% of the total cost.": None,
    # a floor towards a part of the cost (review26 F2)
    "We ask for a contribution of at least 20% towards venue hire.": None,
    "Partners must make a contribution of at least 10% towards their own travel costs.": None,
    "We expect a contribution of at least 10% towards staff costs.": None,
    # a payment schedule
    "We will pay 80% on signing the agreement and 20% on completion.": None,
    "We pay 80% of the grant on signing and 20% on completion.": None,
    # a floor on something that is not the applicant's share
    "We expect at least 50% attendance; you must raise funds for the trip.": None,
}


def test_t8_a_cap_on_the_funders_share_leaves_the_rest_to_the_applicant(tmp_path: Path) -> None:
    """Whoever the cap is said of (the grant, the request, "we", none), N% leaves 100 - N; a
    floor on the applicant's share is itself; both said and agreeing give one figure."""
    got = {text: _match(tmp_path, text) for text in CAPS}
    assert got == CAPS


def test_t8_a_share_of_something_else_is_no_match_funding(tmp_path: Path) -> None:
    """A share of groups, of time, of a part of the cost, of the match funding itself, an
    overhead rate or a payment schedule states no match funding."""
    got = {text: _match(tmp_path, text) for text in NEAR_MISSES}
    assert got == NEAR_MISSES


@pytest.mark.parametrize("name", ["notes.md", "notes.html"])
def test_t8_the_trials_hint_in_markdown_and_html(tmp_path: Path, name: str) -> None:
    """The online form's hint reads 20 in Markdown and in a web page."""
    assert _match(tmp_path, TRIAL, name) == 20.0


ONLINE = """<html><body><h1>Apply for a community spaces grant</h1>
<form><div class="govuk-form-group">
<label class="govuk-label" for="amount-requested">How much are you asking for?</label>
<div id="amount-requested-hint" class="govuk-hint">{hint}</div>
<input class="govuk-input" id="amount-requested" name="amount-requested" type="text">
</div></form></body></html>
"""


def test_t8_the_online_forms_hint_under_its_amount(tmp_path: Path) -> None:
    """The trial's online form: the hint under "How much are you asking for?" caps the grant."""
    facts = measure(tmp_path, "apply.html", ONLINE.format(hint=TRIAL))
    assert facts.match_funding is not None and facts.match_funding.value == 20.0


COSTS_LIST = (
    "# Small grants guidance\n\n## How much you can apply for\n\nGrants are up to £5,000.\n\n"
    "## What we fund\n\n- Staff costs\n- Equipment\n- Overheads: up to 10% of the total cost\n"
    "- Publicity: no more than 5% of the total cost\n\nPlease send a copy of your constitution.\n"
)
COSTS_TABLE = (
    "# Small grants guidance\n\nGrants are up to £5,000.\n\n| Cost | Limit |\n| --- | --- |\n"
    "| Overheads | Up to 10% of the total cost |\n| Staff | No more than 50% of the total cost |\n"
)


@pytest.mark.parametrize("body", [COSTS_LIST, COSTS_TABLE])
def test_review26_f1_a_cap_on_a_cost_in_a_list_or_a_table_is_no_match_funding(
    tmp_path: Path, body: str
) -> None:
    """A cost named by a label or a row's first cell is what the cap is on, not the grant."""
    assert measure(tmp_path, "notes.md", body).match_funding is None


def test_t2_documents_that_disagree_are_named(tmp_path: Path) -> None:
    """Two documents measured together that state different match funding: measure says so,
    naming each document's, as it does for the award and the accounts; the first is read."""
    write(tmp_path, "form.md", "# Form\n\nYou must find at least 20% of the cost.\n")
    write(tmp_path, "notes.md", "# Notes\n\nYou must find at least 30% of the cost.\n")
    r = run("measure", "form.md", "notes.md", cwd=tmp_path)
    assert r.exit_code == 0, r.output
    total = r.stdout.split("In total", 1)[1]
    assert (
        "  Match funding: 20% (the first document's); the documents disagree: form.md states 20% "
        "(line 3); notes.md states 30% (line 3)\n"
    ) in total
    r = run("measure", "-f", "json", "notes.md", "form.md", cwd=tmp_path)
    said = json.loads(r.stdout)["total"]
    assert said["match_funding_percent"] == 30
    assert said["match_funding_documents_disagree"] == (
        "form.md states 20% (line 3); notes.md states 30% (line 3)"
    )


def test_t2_documents_that_agree_say_nothing_more(tmp_path: Path) -> None:
    """The Word form's 20 and the online form's hint, now read as 20 too: no disagreement."""
    write(tmp_path, "form.md", "# Form\n\nYou must find at least 20% of the cost.\n")
    write(tmp_path, "online.html", ONLINE.format(hint=TRIAL))
    r = run("measure", "form.md", "online.html", cwd=tmp_path)
    assert r.exit_code == 0, r.output
    total = r.stdout.split("In total", 1)[1]
    assert "  Match funding: 20%\n" in total and "disagree" not in total
