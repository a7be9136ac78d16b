"""Attachments (acc26a, session 26): documents counted as every applicant's that are not.

- Groups applying for the first time ("Groups applying for the first time must also send:",
  "If you are applying to us for the first time, ...") are some applicants (review25): what is
  asked of them is conditional, as "first-time applicants" already was.
- A run-in label of up to ten words ending "only:" ("Schemes set up in the last six months
  only: a letter of support ...") limits what follows, as a shorter one did (seven words).
- A run-in label naming the kind of spending some applications make ("For building work or new
  housing: planning permission", "For leader training: the provider's quote") limits what follows
  whatever word the document's name opens with (before, only "a", "your", "two" ... did).
- A bracket excusing some applicants from a document ("not needed from schools, or from
  charities whose governing document is online") limits it though it names the document's kind
  again: the kind said again there is the note's, not a second document whose window ended the
  first's (before, the first name's window stopped at it and saw no excuse).
- The funder's own papers named in a documents list ("The council's data protection notice",
  "The grants panel's decision"; review24 acc24a F4) are not the applicant's to send; the
  papers of others named so (the venue's, the supplier's) are unchanged.

Small documents of the test's own in several formats (never the labelled corpus).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]
HEAD = ["Supporting documents", "Please send us a copy of your constitution."]
LEAD = "Please send us:"


# -- groups applying for the first time ----------------------------------------------------------

FIRST_TIME = [
    ["Groups applying for the first time must also send:", "- a map of the site", "- a budget"],
    [
        "Organisations applying to us for the first time should also include:",
        "- a map of the site",
        "- a budget",
    ],
    ["If you are applying for the first time, please also send a site map and a budget."],
    [
        "Please also send these if you apply to us for the first time:",
        "- a map of the site",
        "- a budget",
    ],
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(FIRST_TIME)))
def test_what_first_time_applicants_send_is_for_some(
    tmp_path: Path, suffix: str, case: int
) -> None:
    path = written(tmp_path, suffix, [*HEAD, *FIRST_TIME[case]])
    assert kinds(path) == (["governing_document"], ["budget", "other"])


# near misses: everyone, whether or not the words "first time" are near
EVERY_TIME = [
    ["Every group must also send:", "- a map of the site", "- a budget"],
    ["Groups applying to this fund must also send:", "- a map of the site", "- a budget"],
    ["Please also send a site map and a budget, even if this is your first application."],
    # (review26 F1: first-time applicants named among everyone)
    [
        "All groups, including those applying for the first time, must also send a site map "
        "and a budget."
    ],
    [
        "Please also send:",
        "- a map of the site",
        "- a budget, whether or not you are applying for the first time",
    ],
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(EVERY_TIME)))
def test_what_every_applicant_sends_stays_everyones(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, [*HEAD, *EVERY_TIME[case]])
    assert kinds(path) == (["budget", "governing_document", "other"], [])


# -- a long run-in label ending "only:" ----------------------------------------------------------

LONG_ONLY = [
    "- Teams new to the league in the last two seasons only: a letter of support from the "
    "league secretary",
    "- Parent groups started in the last twelve months only: a letter of support from your "
    "headteacher",
]


# near misses: "only" saying how the documents come, in a sentence that asks (review26 F2)
HOW_ONLY = [
    "Please send us the following, in one single PDF file only: a copy of your constitution and "
    "your latest accounts.",
    "- One copy only: your latest accounts",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(HOW_ONLY)))
def test_only_saying_how_limits_nobody(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [*HEAD, LEAD, "- a copy of your constitution", HOW_ONLY[case]]
    assert kinds(written(tmp_path, suffix, lines))[1] == []


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(LONG_ONLY)))
def test_a_long_label_ending_only_limits_its_document(
    tmp_path: Path, suffix: str, case: int
) -> None:
    path = written(tmp_path, suffix, [*HEAD, LEAD, LONG_ONLY[case]])
    assert kinds(path) == (["governing_document"], ["letters_of_support"])


# -- a label naming the kind of spending some applications make ---------------------------------

FOR_LABELS = [
    "- For building work or a new shelter: planning permission for it",
    "- For coach training: the booking confirmation from the course provider",
    "- For bursaries: the invoice for each young person's place",
]
# near misses: a label saying what the document is for, or what the grant pays
PURPOSE_LABELS = [
    "- For payment: a copy of a recent bank statement",
    "- For training and all other costs: a budget",  # (review26 F3)
    "- For us to check your group: your latest accounts",
    "- For equipment: up to £500 towards the cost, with your latest accounts",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(FOR_LABELS)))
def test_a_label_naming_a_kind_of_spending_limits_its_document(
    tmp_path: Path, suffix: str, case: int
) -> None:
    path = written(tmp_path, suffix, [*HEAD, LEAD, FOR_LABELS[case]])
    required, conditional = kinds(path)
    assert required == ["governing_document"] and len(conditional) == 1


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(PURPOSE_LABELS)))
def test_a_label_naming_a_purpose_leaves_it_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    required, conditional = kinds(written(tmp_path, suffix, [*HEAD, LEAD, PURPOSE_LABELS[case]]))
    assert len(required) == 2 and conditional == []


# -- a kind named again inside the bracket excusing some from a document --------------------------

EXCUSED = [
    "- Your constitution or set of rules (not needed from town councils, or from charities "
    "whose constitution we can read online)",
    "- Constitution or governing document (not required from schools or from groups whose "
    "governing document we already hold)",
]
# near misses: a bracket naming the kind again that excuses nobody
NOT_EXCUSED = [
    "- Your constitution (we can send you a model constitution if you need one)",
    "- Your constitution (any version of your constitution is fine, even if it is old)",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(EXCUSED)))
def test_a_bracket_excusing_some_naming_the_kind_again(
    tmp_path: Path, suffix: str, case: int
) -> None:
    path = written(tmp_path, suffix, [*HEAD[:1], LEAD, EXCUSED[case], "- your latest accounts"])
    assert kinds(path) == (["accounts"], ["governing_document"])


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(NOT_EXCUSED)))
def test_a_bracket_excusing_nobody_leaves_it_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [*HEAD[:1], LEAD, NOT_EXCUSED[case], "- your latest accounts"]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])


# -- the funder's own papers ---------------------------------------------------------------------

FUNDERS = [
    "- The council's data protection notice, on our website",
    "- The grants panel's decision",
    "- The funder's conditions of award",
    "- The borough's grant terms, which we send with an offer",
    "- The district council's equality statement",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(FUNDERS)))
def test_the_funders_own_paper_is_not_sent(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, [*HEAD, LEAD, "- your latest accounts", FUNDERS[case]])
    assert kinds(path) == (["accounts", "governing_document"], [])


# near misses: another's paper named after "the" is still a document to send
OTHERS = [
    "- The venue's booking confirmation",
    "- The landowner's written agreement to the work",
    "- The town council's written permission to use the green",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(OTHERS)))
def test_anothers_paper_is_still_sent(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, [*HEAD, LEAD, "- your latest accounts", OTHERS[case]])
    assert kinds(path) == (["accounts", "governing_document", "other"], [])


# near miss: a bracket excusing some that asks them for another policy keeps that policy
# (review26 F5)
@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
def test_a_bracket_asking_for_another_policy_keeps_it(tmp_path: Path, suffix: str) -> None:
    item = (
        "- your safeguarding policy (not needed from clubs without junior members; they should "
        "send their health and safety policy)"
    )
    path = written(tmp_path, suffix, [*HEAD[:1], LEAD, item])
    policies = Measurer().measure(path, path.name)[1].attachments
    assert sorted(a.policy for a in policies if a.kind == "policy") == [
        "health_and_safety",
        "safeguarding",
    ]
