"""What documents ask of applicants, each rule shown on a small document of the test's own
(never the labelled corpus): sums of money and percentages however they are written,
insurance cover and match funding."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from documents import measure
from grantcheck.documents import Measurer
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.phrases import number
from grantcheck.documents.sums import amounts, percentages, words_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("cover of £5 million", 5_000_000),
        ("at least £5m", 5_000_000),
        ("GBP 5 million", 5_000_000),
        ("minimum £1,000,000, for any one claim", 1_000_000),
        ("two million pounds", 2_000_000),
        ("half a million pounds", 500_000),
        ("one hundred and fifty thousand pounds", 150_000),
        ("£2.5 million", 2_500_000),
        ("£250k", 250_000),
        ("£10 miliwn", 10_000_000),  # Welsh: million
        ("£2 filiwn o leiaf", 2_000_000),  # Welsh, soft-mutated after "dwy" (two)
        ("dwy filiwn o bunnoedd", 2_000_000),  # Welsh: two million pounds
        ("5 million pounds", 5_000_000),
        ("£5 million pounds", 5_000_000),  # one sum, not two
    ],
)
def test_sums_of_money_however_written(text: str, value: int) -> None:
    assert [a.value for a in amounts(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20%", 20),
        ("20 per cent", 20),
        ("20 percent", 20),
        ("twenty per cent", 20),
        ("twenty-five per cent", 25),
        ("o leiaf 20%", 20),  # Welsh: at least
        ("20 y cant", 20),  # Welsh: per cent
        ("1.5%", 1.5),
    ],
)
def test_percentages_however_written(text: str, value: float) -> None:
    assert [a.value for a in percentages(text)] == [value]


def test_what_is_not_a_sum_or_a_percentage() -> None:
    assert amounts("have a pound shop") == []
    assert amounts("£" + "9" * 40) == []  # beyond every number grantcheck reads
    assert percentages("often per cent") == []
    assert percentages("150%") == []
    assert words_value("and") is None
    assert (number("half a"), number("a"), number("two"), number("1,500")) == (0.5, 1, 2, 1500)


@pytest.mark.parametrize(
    "text",
    [
        "one pound " * 20_000,
        "one %" * 40_000,
        "1%" * 100_000,
        "half a " * 30_000 + "million pounds",
        "£" * 200_000,
        "twenty-" * 30_000 + " per cent",
    ],
)
def test_hostile_text_is_read_quickly(text: str) -> None:
    start = time.perf_counter()
    amounts(text)
    percentages(text)
    # linear (about 0.1 s here; quadratic would take hours), at most 200 sums read back
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        (  # the sum in the next sentence, in words
            "faq.md",
            "## Insurance\n\nGroups running public events must have public liability "
            "insurance. The cover must be at least two million pounds.\n",
            2_000_000,
        ),
        (  # the sum beside the words, not the grant's, nor the higher cover for some events
            "notes.txt",
            "Grants of up to £5,000 are paid in advance, and you need public liability cover "
            "of GBP 5 million (£10 million for firework displays).\n",
            5_000_000,
        ),
        (  # Welsh
            "cy.txt",
            "Rhaid i bob grŵp fod ag yswiriant atebolrwydd cyhoeddus o £3 filiwn o leiaf.\n",
            3_000_000,
        ),
        (
            "pli.txt",
            "All funded activities must be covered by PLI with a minimum indemnity of five "
            "million pounds.\n",
            5_000_000,
        ),
    ],
)
def test_insurance_cover(tmp_path: Path, name: str, text: str, value: int) -> None:
    f = measure(tmp_path, name, text)
    assert f.insurance is not None and f.insurance.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Applicants must contribute at least 30% of the total project cost, in cash or in "
            "kind.",
            30,
        ),
        (
            "Every applicant must find at least 20 per cent of the total project cost from other "
            "sources.",
            20,
        ),
        (
            "You will need to pay for at least 15% of the total cost of the project from other "
            "sources.",
            15,
        ),
        ("Rhaid i'r grŵp gyfrannu o leiaf 25% o gost y prosiect.", 25),  # Welsh
        ("We fund up to 90% of costs; you need 10% match funding.", 10),
        # the funder's share of the whole cost leaves the rest to the applicant (trial S5, 6)
        ("We will pay for up to 90% of the total cost.", 10),
    ],
)
def test_match_funding_as_a_share_of_the_cost(tmp_path: Path, text: str, value: float) -> None:
    f = measure(tmp_path, "notes.txt", f"{text}\n")
    assert f.match_funding is not None and f.match_funding.value == value


@pytest.mark.parametrize(
    "text",
    [
        "We will pay for up to 90% of your overheads.",  # the funder's share of a part, not all
        "Larger grants are paid in two instalments: 75% on signing and 25% at the end.",
    ],
)
def test_percentages_that_are_not_match_funding(tmp_path: Path, text: str) -> None:
    assert measure(tmp_path, "notes.txt", f"{text}\n").match_funding is None


def test_welsh_words_match_in_their_mutated_forms() -> None:
    from grantcheck.documents.vocab import mutated

    assert mutated("cyfrifon") == ["cyfrifon", "gyfrifon", "nghyfrifon", "chyfrifon"]
    assert mutated("polisi") == ["polisi", "bolisi", "mholisi", "pholisi"]
    assert mutated("llwytho") == ["llwytho", "lwytho"]
    assert mutated("gweithdrefn") == ["gweithdrefn", "weithdrefn", "ngweithdrefn"]
    assert mutated("chwythu'r chwiban") == ["chwythu'r chwiban", "chwythu’r chwiban"]
    assert mutated("adroddiad") == ["adroddiad", "hadroddiad"]  # "ei hadroddiad"
    assert mutated("os ydych") == ["os ydych"]


def test_every_welsh_word_has_a_source_and_joins_a_list_that_exists() -> None:
    import yaml

    from grantcheck.rulepack import default_pack_dir

    folder = default_pack_dir() / "documents"
    welsh = yaml.safe_load((folder / "welsh.yaml").read_text(encoding="utf-8"))
    base = yaml.safe_load((folder / "vocabulary.yaml").read_text(encoding="utf-8"))
    for key, entries in welsh["words"].items():
        place = base
        for part in key.split("."):
            assert part in place, f"welsh.yaml: {key} is not a vocabulary list"
            place = place[part]
        for cy, en, source in entries:
            assert cy and en and source in welsh["sources"], (key, cy)


def test_a_welsh_form_with_mutated_document_names_and_welsh_conditions(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "cais.txt",
        "DOGFENNAU\n\n"
        "Rhaid i bob grŵp amgáu:\n\n"
        "- copi o'ch gyfansoddiad;\n"
        "- eich cyfrifon diwethaf;\n"
        "- cyfriflen banc ddiweddar.\n\n"
        "- Os ydych yn cyflogi staff, amgaewch eich polisi iechyd a diogelwch.\n\n"
        "DATGANIAD\n\n"
        "Rwy'n cadarnhau bod gan y grŵp bolisi cyfle cyfartal a pholisi diogelu data.\n",
    )
    kinds = sorted((a.kind, a.conditional) for a in f.attachments)
    assert kinds == [
        ("accounts", False),
        ("bank_statement", False),
        ("governing_document", False),
        ("policy", True),
    ]
    assert sorted((str(p.value), p.conditional) for p in f.policies) == [
        ("data_protection", False),
        ("equality", False),
        ("health_and_safety", True),
    ]


def kinds(f: DocumentFacts) -> list[tuple[str, bool]]:
    return sorted((a.policy or a.kind, a.conditional) for a in f.attachments)


def policies(f: DocumentFacts) -> list[tuple[str, bool]]:
    return sorted({(str(p.value), p.conditional) for p in f.policies})


def test_a_declaration_confirms_policies_and_its_conditions_are_about_the_grant(
    tmp_path: Path,
) -> None:
    f = measure(
        tmp_path,
        "form.md",
        "## Declaration\n\n"
        "| |\n| --- |\n"
        "| We declare that the group has adopted a complaints procedure and a data protection "
        "policy, copies of which are available on request, and that the grant will be spent "
        "only for the purposes set out above. |\n\n"
        "I confirm that, where we work with children, we have a safeguarding policy.\n",
    )
    assert kinds(f) == []
    assert policies(f) == [
        ("complaints", False),
        ("data_protection", False),
        ("safeguarding", True),
    ]


def test_held_not_sent(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.txt",
        "INSURANCE\n\n"
        "Your group must hold public liability insurance of at least £5m. Please do not send "
        "the certificate now; we will ask for it if your application succeeds.\n\n"
        "POLICIES\n\n"
        "Every group must have a safeguarding policy and an equal opportunities policy. You "
        "do not need to send them to us.\n",
    )
    assert kinds(f) == []
    assert f.insurance is not None and f.insurance.value == 5_000_000
    assert policies(f) == [("equality", False), ("safeguarding", False)]


def test_a_negated_audit_accepts_unaudited_accounts(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "faq.md",
        "### What accounts do you need?\n\n"
        "We do not expect small groups to have their accounts audited or independently "
        "examined. Please send your accounts for last year, signed by your treasurer.\n",
    )
    assert f.accounts is not None and f.accounts.value == "unaudited"


def test_a_documents_table_with_group_rows_and_notes(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.md",
        "## What to send\n\n"
        "| Document | Notes |\n| --- | --- |\n"
        "| **Needed from every applicant** | |\n"
        "| Constitution | Signed by your chair and adopted at a general meeting. |\n"
        "| Bank statement | No more than three months old. |\n"
        "| **Only in some cases** | |\n"
        "| Two written quotes | For any single item over £500. |\n"
        "| Letters of support | Where you work with partners. |\n",
    )
    assert kinds(f) == [
        ("bank_statement", False),
        ("governing_document", False),
        ("letters_of_support", True),
        ("quotes", True),
    ]


def test_a_condition_in_an_uploads_help_text(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "apply.html",
        "<html><body><main><form>"
        "<label for='a'>Your constitution</label><input type='file' id='a'>"
        "<label for='b'>Your lone working policy</label>"
        "<p class='hint'>Needed only if staff or volunteers work alone.</p>"
        "<input type='file' id='b'>"
        "</form></main></body></html>",
    )
    assert kinds(f) == [("governing_document", False), ("lone_working", True)]


def test_a_list_item_with_a_note_and_a_paragraph_after_the_list(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.md",
        "## Documents\n\nSend us:\n\n"
        "1. A copy of your constitution.\n"
        "2. Your accounts for the last year. These do not have to be independently examined "
        "or audited.\n"
        "3. A bank statement dated in the last three months.\n\n"
        "We may ask to see your health and safety policy.\n",
    )
    assert kinds(f) == [
        ("accounts", False),
        ("bank_statement", False),
        ("governing_document", False),
    ]  # the paragraph after the numbered list is not one of its items
    assert f.accounts is not None and f.accounts.value == "unaudited"  # a waived examination


def test_a_word_documents_table_with_a_when_needed_column(tmp_path: Path) -> None:
    from form_documents import write_form_docx

    path = write_form_docx(
        tmp_path / "form.docx",
        [
            "SECTION 5: SUPPORTING DOCUMENTS",
            [
                ["Document", "When needed", "Enclosed"],
                ["Constitution or governing document", "All applicants", ""],
                ["Quotes for items over £500", "Capital requests only", ""],
                ["Evidence of match funding", "Where you have other funding", ""],
            ],
            "You must have public liability insurance of at least £5,000,000. We will ask for "
            "a copy of the certificate if you are offered a grant.",
        ],
    )
    f = Measurer().measure(path, "form.docx")[1]
    assert kinds(f) == [
        ("governing_document", False),  # (the certificate is asked for after the offer, not
        ("other", True),  # with the form: not an attachment, accr s9) "Evidence of ..." beside
        # its condition is an item, not a heading
        ("quotes", True),
    ]
    assert f.insurance is not None and f.insurance.value == 5_000_000


def test_a_condition_after_or_belongs_to_the_alternative(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.txt",
        "CHECKLIST\n\n- Your latest accounts, or if your group is new, three months of bank "
        "statements\n- A detailed budget\n",
    )
    assert kinds(f) == [("accounts", False), ("bank_statement", True), ("budget", False)]


def test_a_long_line_opening_with_a_stage_number_is_prose(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "notes.txt",
        "Stage 2. The fund pays no more than half of the cost: you must find at least 50% match "
        "funding from elsewhere.\n",
    )
    assert f.match_funding is not None and f.match_funding.value == 50


def test_optional_and_desirable_documents_are_not_asked_of_everyone(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "list.txt",
        "ESSENTIAL DOCUMENTS\nConstitution (required)\nQuotes (optional - if buying equipment)\n"
        "Equal opportunities policy (desirable)\n",
    )
    assert kinds(f) == [("equality", True), ("governing_document", False), ("quotes", True)]


def test_welsh_guidance_with_sums_in_words_and_welsh_conditions(tmp_path: Path) -> None:
    f = measure(
        tmp_path,
        "canllaw.txt",
        "DOGFENNAU I'W HANFON\n\nAnfonwch y canlynol gyda'ch cais:\n"
        "- copi o'ch dogfen lywodraethol;\n"
        "- polisi diogelu, lle bo'n berthnasol;\n"
        "- dau ddyfynbris os ydych yn prynu offer.\n\n"
        "YSWIRIANT\n\nRhaid i chi fod ag yswiriant atebolrwydd cyhoeddus gwerth o leiaf pum "
        "miliwn o bunnoedd.\n\n"
        "ARIAN CYFATEBOL\n\nDisgwyliwn i bob grŵp gyfrannu o leiaf 10% o gyfanswm y gost.\n",
    )
    assert kinds(f) == [("governing_document", False), ("quotes", True), ("safeguarding", True)]
    assert f.insurance is not None and f.insurance.value == 5_000_000  # five million pounds
    assert f.match_funding is not None and f.match_funding.value == 10


def test_match_funding_waived_in_other_words(tmp_path: Path) -> None:
    f = measure(tmp_path, "n.txt", "You do not have to provide match funding, but it helps.\n")
    assert f.match_funding is not None and f.match_funding.value == 0
    g = measure(
        tmp_path, "m.txt", "We cannot accept applications without match funding of at least 10%.\n"
    )
    assert g.match_funding is not None and g.match_funding.value == 10


@pytest.mark.parametrize("box", ["[  ]", "[ ]", "[x]"])
def test_a_tick_box_alone_on_a_line_after_an_open_condition(tmp_path: Path, box: str) -> None:
    """A checklist whose tick box sits on a line of its own, after a condition that does not
    end its sentence ("Consortium bids only" / "[  ]"): the box's line is nothing once the
    box is taken out. It raised IndexError (an internal error, exit 3) before."""
    from documents import write_pdf

    lines = ["Documents checklist", "A copy of your constitution", "All bidders", box]
    lines += ["A consortium agreement signed by every member", "Consortium bids only", box]
    path = write_pdf(tmp_path / "checklist.pdf", [lines])
    facts = Measurer().measure(path, path.name)[1]
    assert "governing_document" in {a.kind for a in facts.attachments}
