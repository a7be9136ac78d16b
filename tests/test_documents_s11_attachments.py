"""What documents ask applicants to send (session 11): each general cause of a miss shown on
small documents of the test's own, worded and laid out as different funders would (never the
labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import write_docx
from form_documents import PdfField, write_fillable_pdf
from test_documents_s10_attachments import measured, sent


def page(tmp_path: Path, items: list[str], lead: str = "Please upload:") -> Path:
    """A saved web page listing documents in a bulleted list."""
    body = "".join(f"<li>{i}</li>" for i in items)
    html = f"<html><body><main><h1>Documents</h1><p>{lead}</p><ul>{body}</ul></main></body></html>"
    (path := tmp_path / "page.html").write_text(html, encoding="utf-8")
    return path


def text(tmp_path: Path, body: str, name: str = "notes.md") -> Path:
    (path := tmp_path / name).write_text(body, encoding="utf-8")
    return path


# -- a document offered in another's place: the condition between them is the substitute's ------


@pytest.mark.parametrize(
    "item",
    [
        "your latest annual accounts (if your group is under a year old, send your last three "
        "bank statements instead);",
        "your most recent accounts; if your group has not yet produced any, a bank statement "
        "from the last two months instead;",
        "your year-end accounts (groups formed in the last twelve months: two recent bank "
        "statements in their place)",
    ],
)
def test_a_condition_offering_a_substitute_is_the_substitutes(tmp_path: Path, item: str) -> None:
    """Accounts stay asked of everyone; the bank statements offered instead are conditional."""
    path = text(
        tmp_path, f"# What to send\n\nWith your form, send us:\n\n- your constitution;\n- {item}\n"
    )
    assert sent(measured(path)) == (["accounts", "governing_document"], ["bank_statement"])


def test_a_substitute_without_a_condition_cue_is_still_sent_by_some(tmp_path: Path) -> None:
    """'... (groups less than a year old may send two bank statements in their place)': who
    may send it is named by no condition cue, but a document offered in another's place is
    sent by some applicants only (a Word paragraph and a web page)."""
    line = (
        "Everyone must send us their governing document and their latest accounts (groups less "
        "than a year old may send two recent bank statements in their place) together with a "
        "project budget."
    )
    want = (["accounts", "budget", "governing_document"], ["bank_statement"])
    assert sent(measured(write_docx(tmp_path / "form.docx", ["What to send", line]))) == want
    assert sent(measured(page(tmp_path, [line], "What to send"))) == want


@pytest.mark.parametrize("name", ["guidance.txt", "guidance.md"])
def test_a_condition_in_brackets_is_the_brackets_alone(tmp_path: Path, name: str) -> None:
    """'accounts (or bank statements if you are a new group), a budget ..., your equality
    policy': the bracket's condition is the bank statements'; what comes after the bracket is
    asked of everyone (trial 10 §6)."""
    body = (
        "WHAT TO SEND\n\nPlease send a copy of your constitution, your most recent annual "
        "accounts (or three months' bank statements if you are a new group), a breakdown of "
        "the costs, your equal opportunities policy and your insurance certificate.\n"
    )
    required, conditional = sent(measured(text(tmp_path, body, name)))
    assert required == [
        "accounts",
        "budget",
        "equality",
        "governing_document",
        "insurance_certificate",
    ]
    assert conditional == ["bank_statement"]


# -- "where" continuing what a document shows is no condition ----------------------------------


def test_where_joined_to_what_a_document_shows_is_not_a_condition(tmp_path: Path) -> None:
    items = [
        "your constitution;",
        "a project budget, showing each cost and where the rest of the money will come from;",
        "a timetable explaining what will happen and where the sessions will run.",
    ]
    want = (["budget", "governing_document", "project_plan"], [])
    assert sent(measured(page(tmp_path, items))) == want
    body = "# Documents we need from every group\n\n" + "".join(f"- {i}\n" for i in items)
    assert sent(measured(text(tmp_path, body))) == want


# -- cover the applicant must be covered by is held, not sent ----------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Any public event must be covered by public liability insurance of at least £5 million.",
        "Events open to the public need to be covered by public liability insurance (£5m).",
    ],
)
def test_being_covered_by_insurance_asks_for_no_certificate(tmp_path: Path, sentence: str) -> None:
    body = (
        "WHAT TO SEND\n\nYour constitution.\nYour latest annual accounts.\nFor events open to "
        f"the public: your public liability insurance certificate.\n\n{sentence}\n"
    )
    facts = measured(text(tmp_path, body, "notes.txt"))
    assert sent(facts) == (["accounts", "governing_document"], ["insurance_certificate"])
    assert facts.insurance is not None  # the cover is still the one asked


# -- a numbered section's title with a note in brackets heads the list under it ----------------


@pytest.mark.parametrize(
    "title",
    [
        "4 Please send with this form (tick each one you are sending)",
        "6 Documents to post to the clerk with your form (tick each one you enclose)",
        "B. What we need from you to assess your application (tick if enclosed)",
    ],
)
def test_a_numbered_title_with_a_note_heads_a_checklist(tmp_path: Path, title: str) -> None:
    """A fillable PDF's numbered title, its note in brackets making it long: the lines under
    it, a tick box beside each, are the checklist's items, with who sends each in brackets."""
    items = [
        "Your child protection policy (all groups)",
        "A copy of your latest bank statement (all groups)",
        "Your public liability insurance certificate, £5m cover (all groups)",
        "Food hygiene certificate (if you will cook on site)",
    ]
    page: list[str | PdfField] = ["Summer playscheme grant", "3 How many children will come?"]
    page += [PdfField("children", "How many children will come?"), title]
    for n, item in enumerate(items):
        page += [PdfField(f"doc{n}", item, kind="/Btn", edges=(40, 52)), item]
    page += ["7 Declaration", "I confirm that this information is correct."]
    facts = measured(write_fillable_pdf(tmp_path / "form.pdf", [page]))
    assert sent(facts) == (
        ["bank_statement", "insurance_certificate", "safeguarding"],
        ["other"],
    )


# -- a document the sentence says to have is held, not sent -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "As well as the safeguarding policy you upload, your organisation must have an equality "
        "policy and a data protection policy.",
        "Upload your safeguarding policy; your group must also have an equality policy and a "
        "data protection policy.",
        "Alongside the safeguarding policy you enclose, we expect each group to have an equality "
        "policy and a data protection policy in place.",
    ],
)
def test_policies_to_have_after_one_to_send_are_held(tmp_path: Path, sentence: str) -> None:
    """Only the policy the sentence asks to send is an attachment; the ones it says the
    applicant must have are policies every applicant needs (a Word paragraph, a text file)."""
    lead = "Please send your constitution and your latest accounts."
    for facts in (
        measured(write_docx(tmp_path / "form.docx", ["What to send", lead, sentence])),
        measured(text(tmp_path, f"WHAT TO SEND\n\n{lead}\n\n{sentence}\n", "notes.txt")),
    ):
        assert sent(facts) == (["accounts", "governing_document", "safeguarding"], [])
        assert sorted({str(p.value) for p in facts.policies if not p.conditional}) == [
            "data_protection",
            "equality",
            "safeguarding",
        ]


def test_a_policy_to_have_and_to_send_is_sent(tmp_path: Path) -> None:
    body = "WHAT TO SEND\n\nYou must have a safeguarding policy and send us a copy with the form.\n"
    assert sent(measured(text(tmp_path, body, "notes.txt"))) == (["safeguarding"], [])


# -- a refusal with an exception still asks some applicants -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "You do not need to send your constitution or safeguarding policy again unless it has "
        "changed since last year.",
        "There is no need to send us your constitution and safeguarding policy again if we "
        "already hold them, except where they have been updated.",
    ],
)
def test_not_again_unless_changed_is_sent_by_some(tmp_path: Path, sentence: str) -> None:
    lead = "Please send receipts for what you bought with last year's grant."
    for facts in (
        measured(write_docx(tmp_path / "form.docx", ["Documents", lead, sentence])),
        measured(text(tmp_path, f"DOCUMENTS\n\n{lead}\n\n{sentence}\n", "form.txt")),
    ):
        assert sent(facts)[1] == ["governing_document", "safeguarding"]


def test_an_exception_on_request_asks_for_nothing(tmp_path: Path) -> None:
    """'... but you need not send them unless we ask': copies on request are no attachment."""
    body = (
        "DOCUMENTS\n\nPlease send your constitution.\n\nEvery group must have a safeguarding "
        "policy and an equality policy, but you do not need to send them unless we ask.\n"
    )
    assert sent(measured(text(tmp_path, body, "notes.txt"))) == (["governing_document"], [])


@pytest.mark.parametrize(
    "help_text",
    [
        "We already hold your policy. Only upload it if you have changed it.",
        "We have last year's copy on file. Only needed where it has been updated since then.",
    ],
)
def test_upload_help_saying_only_when_limits_it(tmp_path: Path, help_text: str) -> None:
    """An upload whose help says the funder holds it and when to send it again is sent by
    some applicants only; the help's own sentence names no second document."""
    html = (
        "<html><body><main><form><h2>Documents</h2>"
        '<label for="acc">Your latest annual accounts</label><p>Everyone must upload these.</p>'
        '<input type="file" id="acc">'
        '<label for="sg">Your updated safeguarding policy</label>'
        f'<p>{help_text}</p><input type="file" id="sg"></form></main></body></html>'
    )
    (path := tmp_path / "renewal.html").write_text(html, encoding="utf-8")
    assert sent(measured(path)) == (["accounts"], ["safeguarding"])


# -- the words around a document that do not limit it -----------------------------------------


@pytest.mark.parametrize(
    "item",
    [
        "Club safeguarding policy (all clubs - we cannot fund a club without one)",
        "Group safeguarding policy, signed by your chair",
    ],
)
def test_a_thing_named_by_an_ing_word_is_no_applicant_doing_it(tmp_path: Path, item: str) -> None:
    """'Club safeguarding policy' names the club's policy; it is not 'clubs safeguarding ...'
    (applicants doing something, and so some of them)."""
    body = f"DOCUMENTS TO SEND\n\n- Club constitution or rules (all clubs)\n- {item}\n"
    assert sent(measured(text(tmp_path, body, "list.txt"))) == (
        ["governing_document", "safeguarding"],
        [],
    )
    lines = ["Documents to send", "Club constitution or rules (all clubs)", item]
    assert sent(measured(write_docx(tmp_path / "form.docx", lines))) == (
        ["governing_document", "safeguarding"],
        [],
    )


@pytest.mark.parametrize(
    "item",
    [
        "Food hygiene certificates of caterers - if there will be food stalls",
        "Temporary event notice - where alcohol will be sold",
    ],
)
def test_a_condition_after_a_spaced_hyphen_limits_the_item(tmp_path: Path, item: str) -> None:
    body = f"# Documents to send\n\n- Your constitution\n- {item}\n"
    assert sent(measured(text(tmp_path, body))) == (["governing_document"], ["other"])


@pytest.mark.parametrize(
    "help_text",
    [
        "If you sent it to us with last year's application you do not need to upload it again.",
        "We already have a copy from most groups, so you will not need to send it again.",
    ],
)
def test_a_required_upload_excusing_those_who_sent_it_before(
    tmp_path: Path, help_text: str
) -> None:
    """A required upload whose help excuses those who sent it before is sent by the others:
    a web form's file input and a portal's export of its questions."""
    html = (
        "<html><body><main><form><h2>Documents</h2>"
        '<label for="acc">Your latest annual accounts *</label>'
        '<input type="file" id="acc" required>'
        '<label for="gov">Your constitution *</label>'
        f'<p>{help_text}</p><input type="file" id="gov" required></form></main></body></html>'
    )
    (path := tmp_path / "apply.html").write_text(html, encoding="utf-8")
    assert sent(measured(path)) == (["accounts"], ["governing_document"])
    export = (
        "SECTION 4: DOCUMENTS\n\n4.1  Accounts\n     Answer type: File upload\n     Required: "
        "Yes\n     Help text: Your latest annual accounts.\n\n4.2  Governing document\n     "
        "Answer type: File upload\n     Required: Yes\n     Help text: Your constitution or "
        f"rules. {help_text}\n"
    )
    assert sent(measured(text(tmp_path, export, "questions.txt"))) == (
        ["accounts"],
        ["governing_document"],
    )


@pytest.mark.parametrize("title", ["Who cannot apply?", "Who can't apply", "Who may not apply?"])
def test_who_cannot_apply_ends_a_list_and_names_no_document(tmp_path: Path, title: str) -> None:
    """An eligibility heading under a list of what to send starts a new part: the kinds of
    applicant under it are not documents, nor "Who needs to send it" lines."""
    body = (
        "# Before you apply\n\nPlease send us:\n\n- your constitution\n- your latest accounts\n\n"
        f"## {title}\n\n- individuals and sole traders\n- businesses that make a profit\n"
        "- groups that have not reported on an earlier grant\n"
    )
    assert sent(measured(text(tmp_path, body))) == (["accounts", "governing_document"], [])
    plain = body.replace("# ", "").replace("#", "")
    assert sent(measured(text(tmp_path, plain, "notes.txt"))) == (
        ["accounts", "governing_document"],
        [],
    )


@pytest.mark.parametrize(
    "question",
    [
        "### 3.3 Why is your project needed? What evidence do you have?",
        "### 2.4 What evidence is there that people want this?",
    ],
)
def test_a_question_naming_evidence_heads_no_list(tmp_path: Path, question: str) -> None:
    """A portal export's question asking what evidence there is asks for words: the lines
    about its answer under it are no documents (a question asking what to send would be)."""
    body = (
        "# Questions\n\n### 3.2 Describe your project\n\n- *Answer type:* Paragraph text "
        f"(max 2,000 characters)\n- *Required:* Yes\n\n{question}\n\n- *Answer type:* Paragraph "
        "text (max 1,500 characters)\n- *Required:* Yes\n- *Help text:* For example waiting "
        "lists or what people have told you.\n\n### 4.1 Accounts\n\n- *Answer type:* File "
        "upload\n- *Required:* Yes\n- *Help text:* Your latest annual accounts.\n"
    )
    assert sent(measured(text(tmp_path, body, "questions.md"))) == (["accounts"], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Name each file with your application reference and attach it to your email.",
        "You will get an email with a reference number as soon as you send the form.",
        "Please attach each annex as a PDF named with your Stage 2 reference.",
    ],
)
def test_a_reference_that_identifies_is_no_referees(tmp_path: Path, sentence: str) -> None:
    lead = "Please attach your constitution."
    want = (["governing_document"], [])
    assert sent(measured(write_docx(tmp_path / "form.docx", ["Documents", lead, sentence]))) == want
    assert sent(measured(text(tmp_path, f"# Documents\n\n{lead} {sentence}\n"))) == want


@pytest.mark.parametrize(
    "item",
    ["A map or plan showing the site"],
)
def test_a_fillable_checklist_line_of_no_known_kind_is_a_document(
    tmp_path: Path, item: str
) -> None:
    """A fillable PDF's list of what to send, a tick box before each line: a line naming no
    known kind is a document all the same (other), as a bulleted list's would be."""
    page: list[str | PdfField] = ["Village green grant", "Section 4 Documents (tick each one)"]
    for n, line in enumerate(["Constitution or set of rules", item]):
        page += [PdfField(f"Check Box{n}", f"Check Box{n}", kind="/Btn", edges=(40, 52)), line]
    page += ["Section 5 Declaration", "I confirm that this information is correct."]
    facts = measured(write_fillable_pdf(tmp_path / "form.pdf", [page]))
    assert sent(facts) == (["governing_document", "other"], [])


@pytest.mark.parametrize(
    "line",
    ["Read our complaints policy before you apply.", "See the council's equality policy online."],
)
def test_the_funders_own_policy_in_a_list_is_not_sent(tmp_path: Path, line: str) -> None:
    body = f"What to send\n\n- Your constitution\n- {line}\n"
    assert sent(measured(text(tmp_path, body))) == (["governing_document"], [])
    assert sent(
        measured(write_docx(tmp_path / "f.docx", ["What to send:", "Your constitution", line]))
    ) == (
        ["governing_document"],
        [],
    )
