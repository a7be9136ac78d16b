"""Attachments (acc26a, session 26): too many documents counted as every applicant's.

A form that lists what to have ready ("What you will need: a sketch of the mural design, ...")
and then asks for each in an upload ("Your mural design: a sketch or drawing *") names each
document twice in other words: one document. Before, a document of no known kind (``other``)
was one only when its words were the same, or when two documents (a form and its notes) named
it; now a list's item and an upload of the same form naming it in mostly the same words are one.

An upload's label that runs on past its first sentence ("Your latest accounts. If your club is
under a year old, upload your bank statements instead.") holds the upload's help as well as its
name: a saved web form (Contact Form 7 wraps the file input in the label with its words) says
there what a hint says elsewhere. Before, the whole label was read as one sentence, so the bank
statements offered to new groups in place of accounts counted for every applicant. Now the
label's later sentences are read as the upload's help.

"Only needed if ..." / "only required if ..." (and "needed only if ...") limits a document
whoever the condition names ("if anyone taking part is under 18"), as "only needed for ..."
already did; before, only an "if" naming the applicant ("if you", "if your") was a cue.

Drupal's own words under its file controls ("One file only.", "10 MB limit.", "Allowed types:
pdf doc docx.") are the file's rules, not help: before, they stood for the last lines of help,
so a "Required if ..." above them was never read and the upload was every applicant's.

Small documents of the test's own in several formats (never the labelled corpus).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".docx", ".pdf", ".html"]


def cf7(label: str, required: bool, n: int) -> str:
    """A Contact Form 7 upload: the file input inside its label, after the label's words."""
    marks = (
        ' class="wpcf7-form-control wpcf7-file wpcf7-validates-as-required" aria-required="true"'
        if required
        else ' class="wpcf7-form-control wpcf7-file"'
    )
    return (
        f"<p><label> {label}<br>"
        f'<span class="wpcf7-form-control-wrap" data-name="f{n}">'
        f'<input size="40"{marks} type="file" name="f{n}"></span> </label></p>'
    )


def govuk(label: str, required: bool, n: int) -> str:
    """A GOV.UK upload with no hint: its label, then the input."""
    marks = " required" if required else ""
    return (
        f'<div class="govuk-form-group"><label class="govuk-label" for="f{n}">{label}</label>'
        f'<input class="govuk-file-upload" id="f{n}" name="f{n}" type="file"{marks}></div>'
    )


LAYOUTS = {"cf7": cf7, "govuk": govuk}


def page(
    tmp_path: Path, layout: str, uploads: list[tuple[str, bool]], ready: tuple[str, ...] = ()
) -> Path:
    """A saved form: what to have ready (a list, if given), a name box, then a required
    governing document upload and those given."""
    make = LAYOUTS[layout]
    boxes = [make("Your group's constitution or rules", True, 0)]
    boxes += [make(label, required, n) for n, (label, required) in enumerate(uploads, 1)]
    listed = "".join(f"<li>{t}</li>" for t in ready)
    before = (
        f"<h2>What you will need</h2><p>Have these ready:</p><ul>{listed}</ul>" if ready else ""
    )
    path = tmp_path / "apply.html"
    path.write_text(
        f"<html><body><main><h1>Apply for a small grant</h1>{before}<form>"
        '<p><label> Your name<br><input type="text" name="your-name"></label></p>'
        "<h2>Your documents</h2>" + "".join(boxes) + '<input type="submit" value="Send">'
        "</form></main></body></html>",
        encoding="utf-8",
    )
    return path


# -- an upload's label running on: its later sentences are its help ------------------------------

INSTEAD_LABELS = [
    "Your most recent annual accounts. If your club started less than a year ago, you can "
    "upload your last three bank statements instead.",
    "Your latest accounts. Where your income is under £5,000 a year, please upload two recent "
    "bank statements instead *",
    "Last year's accounts. Groups without accounts yet may upload bank statements instead.",
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("case", range(len(INSTEAD_LABELS)))
def test_a_label_offering_bank_statements_instead_asks_them_of_some(
    tmp_path: Path, layout: str, case: int
) -> None:
    path = page(tmp_path, layout, [(INSTEAD_LABELS[case], True)])
    assert kinds(path) == (["accounts", "governing_document"], ["bank_statement"])


# near misses: a label's later sentence that only says more of the upload's own document
SAME_LABELS = [
    "Your latest accounts. They must be signed by your treasurer.",
    "Your latest accounts. Please upload them as a single PDF file.",
    "Your latest bank statement. It must show the group's name and be less than three months old.",
]
SAME_KINDS = [
    (["accounts", "governing_document"], []),
    (["accounts", "governing_document"], []),
    (["bank_statement", "governing_document"], []),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("case", range(len(SAME_LABELS)))
def test_a_label_saying_more_of_its_own_document_is_one_upload(
    tmp_path: Path, layout: str, case: int
) -> None:
    path = page(tmp_path, layout, [(SAME_LABELS[case], True)])
    assert kinds(path) == SAME_KINDS[case]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_label_giving_the_alternative_in_brackets_still_reads_so(
    tmp_path: Path, layout: str
) -> None:
    label = "Your latest accounts (or, if your group is new, your last two bank statements) *"
    path = page(tmp_path, layout, [(label, True)])
    assert kinds(path) == (["accounts", "governing_document"], ["bank_statement"])


# -- "only needed if ...": a condition whoever it names ------------------------------------------

ONLY_NEEDED = [
    "- your safeguarding policy (only needed if anyone taking part is under 18)",
    "- your safeguarding policy, only required if any volunteer works alone with children",
    "- your safeguarding policy (needed only if children will take part)",
    "- your safeguarding policy - only needed when anybody under 18 takes part",
]
HEAD = ["What to send", "Please send us:", "- a copy of your constitution"]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(ONLY_NEEDED)))
def test_only_needed_if_limits_the_document(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, [*HEAD, ONLY_NEEDED[case]])
    assert kinds(path) == (["governing_document"], ["policy"])


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_upload_only_needed_if_is_for_some(tmp_path: Path, layout: str) -> None:
    label = "Your safeguarding policy (only needed if anyone taking part is under 18)"
    path = page(tmp_path, layout, [(label, False)])
    assert kinds(path) == (["governing_document"], ["policy"])


# near misses: "needed" and "only" that limit nobody
EVERYONE_NEEDED = [
    "- your safeguarding policy (needed from every group, even if you do not work with children)",
    # (review26 F4: a part of the document only needed in some cases)
    "- your latest accounts (a treasurer's signature is only needed if they are not examined)",
    "- your latest accounts (only the last year's are needed)",
    "- your safeguarding policy; we only need it once, even if you apply every year",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(EVERYONE_NEEDED)))
def test_needed_and_only_that_limit_nobody_leave_it_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    path = written(tmp_path, suffix, [*HEAD, EVERYONE_NEEDED[case]])
    kind = "accounts" if "accounts" in EVERYONE_NEEDED[case] else "policy"
    assert kinds(path) == (sorted(["governing_document", kind]), [])


# -- a list of what to have ready, then an upload for each ---------------------------------------

READY = (
    "your group's constitution",
    "a sketch or drawing of the mural design",
    "a letter or email from the owner of the wall saying you may paint it",
    "photos of murals your artist has painted before",
)
BOXES = [
    ("Mural design: a sketch or drawing (required)", True),
    ("Letter from the wall's owner giving permission (required)", True),
    ("Examples of your artist's earlier murals (required)", True),
]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_list_and_the_uploads_naming_the_same_documents_count_each_once(
    tmp_path: Path, layout: str
) -> None:
    path = page(tmp_path, layout, BOXES, READY)
    assert kinds(path) == (["governing_document", "other", "other", "other"], [])


# near misses: an upload naming a document the list does not is a document of its own
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_upload_naming_another_document_is_another(tmp_path: Path, layout: str) -> None:
    ready = ("your group's constitution", "a letter from your landlord agreeing to the work")
    boxes = [("A risk assessment for the work *", True)]
    path = page(tmp_path, layout, boxes, ready)
    assert kinds(path) == (["governing_document", "other", "other"], [])


# -- Drupal's file rules under a control are not its help -----------------------------------------


def drupal(label: str, help_lines: list[str], n: int, required: bool = False) -> str:
    """A Drupal webform managed file: its label, the input, then its description's lines."""
    marks = ' required="required"' if required else ""
    return (
        f'<div class="js-form-item form-item js-form-type-managed-file">'
        f'<label for="edit-f{n}-upload">{label}</label>'
        f'<div id="edit-f{n}" class="js-form-managed-file form-managed-file">'
        f'<input type="file" id="edit-f{n}-upload" name="files[f{n}]" class="form-file"{marks}>'
        f'<input class="js-hide button" type="submit" value="Upload"></div>'
        f'<div class="description">{"<br />".join(help_lines)}</div></div>'
    )


def drupal_page(tmp_path: Path, boxes: str) -> Path:
    path = tmp_path / "webform.html"
    path.write_text(
        "<html><body><main><h1>Training grant</h1><form><fieldset><legend>Documents</legend>"
        + drupal("Constitution", ["One file only.", "10 MB limit.", "Allowed types: pdf."], 0, True)
        + boxes
        + "</fieldset></form></main></body></html>",
        encoding="utf-8",
    )
    return path


RULES = ["One file only.", "10 MB limit.", "Allowed types: pdf doc docx."]


@pytest.mark.parametrize(
    "first",
    [
        "Required if any of the people you train are under 18.",
        "Only needed if the sessions are for adults at risk.",
    ],
)
def test_a_condition_above_drupals_file_rules_limits_the_upload(tmp_path: Path, first: str) -> None:
    path = drupal_page(tmp_path, drupal("Safeguarding policy", [first, *RULES], 1))
    assert kinds(path) == (["governing_document"], ["policy"])


# near miss: the rules alone under a required upload leave it everyone's
def test_drupals_file_rules_alone_leave_a_required_upload_everyones(tmp_path: Path) -> None:
    path = drupal_page(tmp_path, drupal("Safeguarding policy", RULES, 1, required=True))
    assert kinds(path) == (["governing_document", "policy"], [])


# -- an upload's help opening "Only needed if": the policy behind it is some applicants' too -----


def test_help_opening_only_needed_if_makes_the_policy_some_applicants(tmp_path: Path) -> None:
    from grantcheck.documents import Measurer

    box = (
        '<div class="gfield"><label class="gfield_label" for="input_9">Safeguarding policy</label>'
        '<div class="ginput_container"><input name="input_9" id="input_9" type="file">'
        '<span class="gform_fileupload_rules">Max. file size: 10 MB.</span></div>'
        '<div class="gfield_description">Only needed if children will come to the sessions.'
        "</div></div>"
    )
    path = tmp_path / "apply.html"
    path.write_text(f"<html><body><form><h2>Documents</h2>{box}</form></body></html>")
    facts = Measurer().measure(path, path.name)[1]
    assert [a.conditional for a in facts.attachments if a.kind == "policy"] == [True]
    assert [(p.value, p.conditional) for p in facts.policies] == [("safeguarding", True)]
