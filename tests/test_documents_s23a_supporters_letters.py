"""Attachments (acc23a, session 23): a letter, email or note from someone outside the group
saying they support the project, or from a partner or supporter, is a letter of support however
it is worded ("a short email from the youth worker saying they will help you", "a letter from
your university partner confirming their support"); a letter that grants or confirms something
else (a landlord's consent, a venue's booking, the bank's details) stays a document of its own
(`other`), and the funder's own letter is nothing to send. Small documents of the test's own in
several wordings and formats (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["What to send", "Please send these with your application form:"]
FORMATS = [".txt", ".docx", ".html", ".md", ".pdf"]

# a listed letter whose words say the writer supports the project, or who is a partner
LISTED = [
    "- an email or letter from the youth worker who is helping you, saying they will support"
    " your group;",
    "- a short letter from your head teacher confirming that the school backs the project;",
    "- a letter from a partner organisation setting out what it will do;",
    "- a note from your adult supporter;",
    "- an email from each delivery partner agreeing to its part of the budget;",
    "- a letter from the community centre manager supporting your application;",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(LISTED)))
def test_a_listed_supporters_letter_is_a_letter_of_support(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [*HEAD, "- a copy of your constitution;", LISTED[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["governing_document", "letters_of_support"],
        [],
    )


# in a sentence of prose, not a list: found at all, not only read as a letter of support
PROSE = [
    "Every group must also send us an email or letter from a local councillor or community"
    " leader saying that they support the idea.",
    "You will need to upload a letter from your referral partner, such as a GP surgery or a"
    " food bank.",
    "Please include a letter from the school confirming that it supports the project and will"
    " give you the use of its hall.",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
@pytest.mark.parametrize("case", range(len(PROSE)))
def test_a_supporters_letter_asked_in_prose(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["How to apply", "Send us a copy of your constitution.", PROSE[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["governing_document", "letters_of_support"],
        [],
    )


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_a_supporters_letter_some_send(tmp_path: Path, suffix: str) -> None:
    lines = [
        *HEAD,
        "- a copy of your constitution;",
        "- if you will work in a school: a letter from the head teacher saying they support the"
        " project.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["governing_document"],
        ["letters_of_support"],
    )


# the same words doing another job: a landlord's consent, a booking, a bank's letter are
# documents of their own; an owner who "supports" the work is giving permission
OTHER_LETTERS = [
    "- a letter from your landlord confirming that they support the work to the hall;",
    "- a letter from the venue confirming your booking;",
    "- a letter from your bank confirming the name on the account;",
    "- a letter from the owner of the field saying they are happy for you to use it;",
]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".pdf"])
@pytest.mark.parametrize("case", range(len(OTHER_LETTERS)))
def test_a_letter_granting_or_confirming_something_else_is_other(
    tmp_path: Path, suffix: str, case: int
) -> None:
    lines = [*HEAD, "- a copy of your constitution;", OTHER_LETTERS[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "other"], [])


# nothing to send: the funder's letter, a partner who supports the applicant's work, or letters
# the funder says it does not need
NOTHING = [
    "If your application is successful we will send you a letter confirming our support.",
    "We do not need letters from partners who support your work.",
    "Our officers support groups from across the district with letters and advice.",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("case", range(len(NOTHING)))
def test_a_letter_that_is_not_sent(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["How to apply", "Send us a copy of your constitution.", NOTHING[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


# an age group named as the only senders, in brackets after the letter: "(under 18s only)"
@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_a_supporters_letter_for_under_18s_only(tmp_path: Path, suffix: str) -> None:
    lines = [
        *HEAD,
        "- a copy of your constitution;",
        "- a short letter from your youth leader saying they back the idea (under 18s only);",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["governing_document"],
        ["letters_of_support"],
    )


# an email someone writes, saying nothing of support, is a document of its own (`other`), not a
# contact detail to type in; an email address is still a detail
@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".pdf"])
def test_an_email_from_someone_is_a_document(tmp_path: Path, suffix: str) -> None:
    lines = [
        *HEAD,
        "- a copy of your constitution;",
        "- if the trainee is a volunteer: a short email from your manager saying how many hours"
        " they give;",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], ["other"])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_an_email_address_is_no_document(tmp_path: Path, suffix: str) -> None:
    lines = [*HEAD, "- a copy of your constitution;", "- your treasurer's name and email;"]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


# review23 F1: a letter's words end at a comma, so the documents a prose list names after it are
# read (every one of them sent)
LISTS = [
    (
        "Please send us your constitution, a letter from a local councillor supporting the"
        " project, your latest accounts and a budget.",
        ["accounts", "budget", "governing_document", "letters_of_support"],
    ),
    (
        "Please send a letter from your partner organisation confirming their support, bank"
        " statements for the last three months and a copy of your constitution.",
        ["bank_statement", "governing_document", "letters_of_support"],
    ),
    (
        "You must send a letter from a partner organisation, your constitution and your"
        " safeguarding policy.",
        ["governing_document", "letters_of_support", "policy"],
    ),
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf", ".html"])
@pytest.mark.parametrize("case", range(len(LISTS)))
def test_documents_named_after_a_letter(tmp_path: Path, suffix: str, case: int) -> None:
    sentence, expected = LISTS[case]
    lines = ["What to send", sentence]
    assert kinds(written(tmp_path, suffix, lines)) == (expected, [])


# review23 F2: the funder's own letter, named by its sender or by "our" support, is sent to the
# applicant, nothing to send
FUNDERS = [
    "If your application is successful, you will receive a letter from the Council confirming"
    " our support and the conditions of the grant.",
    "If you are successful we will send you a letter from the Chair of the panel confirming that"
    " the council supports your project.",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".pdf", ".html"])
@pytest.mark.parametrize("case", range(len(FUNDERS)))
def test_the_funders_letter_is_not_sent(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [
        "What to send",
        "Please send a copy of your constitution and your latest accounts.",
        "What happens next",
        FUNDERS[case],
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["accounts", "governing_document"], [])


# review23 F5: a letter the applicant is told to get and send on is sent, whoever sends it first
GOT = [
    "You should get a letter from a local councillor supporting your project and send it with"
    " your form.",
    "Ask your partner organisation to send you a letter from their chair confirming their"
    " support, and upload it with your application.",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
@pytest.mark.parametrize("case", range(len(GOT)))
def test_a_letter_to_get_and_send_on(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [
        "What to send",
        "Please send a copy of your constitution and your latest accounts.",
        GOT[case],
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (
        ["accounts", "governing_document", "letters_of_support"],
        [],
    )
