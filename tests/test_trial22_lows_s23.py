"""trial22's LOW findings a council reading the report would trip on, each failing before its
fix: T14 ("Award: not found" where nothing could be read, so not known), ..."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINIMAL, run, write
from documents import write_scanned_pdf

NOTES = "# Notes\n\nGrants of up to £5,000 are available for groups in the county.\n"


def test_t14_an_award_in_no_document_read_is_not_known(project: Path) -> None:
    write_scanned_pdf(project / "scan.pdf")
    write(project, "notes.md", NOTES)
    write(project, "plain.md", "# Notes\n\nSend the form by May.\n")
    alone = run("measure", "scan.pdf", cwd=project).output
    assert "  Award: not known (no text in scan.pdf)\n" in alone
    both = run("measure", "scan.pdf", "notes.md", cwd=project).output
    assert "  Award: up to £5,000 in the documents read (no text in scan.pdf)\n" in both
    read = run("measure", "plain.md", cwd=project).output  # every document read: none stated
    assert "  Award: not found\n" in read


FORM = (
    "# Form\n\nName of group: ____\nEmail address: ____\n\n"
    "1. Describe your project (max 300 words)\n"
)


def test_t10_a_fact_not_stated_neither_agrees_nor_disagrees(project: Path) -> None:
    """JSON's measured said "agrees": true for facts the scheme does not state (fields, the
    jargon rate), and held a documents.disagreements entry whose every value was null (GC002's
    own list, not a measured fact: each GC002 finding carries its own evidence)."""
    write(project, "form.md", FORM)
    write(
        project,
        "s.yaml",
        MINIMAL + "kind: grant\napplication:\n  form:\n    documents: [form.md]\n"
        "    questions: 4\n",
    )
    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    measured = s["measured"]
    assert measured["application.form.fields"]["agrees"] is None
    assert measured["application.form.questions"]["agrees"] is False  # stated 4, measured 1
    assert "documents.disagreements" not in measured
    gc002 = [f for f in s["findings"] if f["rule"] == "GC002"]
    assert gc002 and gc002[0]["evidence"]["metric"] == "application.form.questions"


def test_t13_a_share_beside_its_limit_shows_the_decimal_that_parts_them() -> None:
    """The Word example's header said '10% of the £30,000 total' while GC105 under it said
    'at least 10.4%: above the warning limit of 10%': 10% against a limit of 10%, and a
    warning. The header and Markdown's sector sentence now say 10.4%, as the finding does."""
    example = "examples/community-chest-word-form.yaml"
    text = " ".join(run("check", example).output.split())
    assert "spent applying by all applicants: 10.4% of the £30,000 total" in text
    markdown = run("check", example, "-f", "markdown").output
    assert "applying: 10.4% of the £30,000 on offer." in markdown


def test_t6_a_limit_the_same_in_every_band_names_no_band(project: Path) -> None:
    """Every GC002 opened 'The number of stated facts the documents contradict is 1: above the
    warning limit of 0 for micro awards.', though its limit is the same in every band (as
    GC111's): 'for micro awards' suggested a limit scaled by band. A rule whose band matters
    (a limit per band, or one applied to some bands only) still names it; and GC002 opens with
    the disagreement itself."""
    write(project, "form.md", FORM)
    write(
        project,
        "s.yaml",
        MINIMAL + "kind: grant\napplication:\n  window_days: 7\n  form:\n"
        "    documents: [form.md]\n    questions: 4\n",
    )
    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    said = {f["rule"]: f["message"] for f in s["findings"]}
    assert said["GC002"].startswith("Questions: stated 4, measured 1 ("), said["GC002"]
    assert "above the warning limit of 0." in said["GC002"], said["GC002"]
    assert "awards" not in said["GC002"]
    assert "for micro awards" in said["GC101"]  # a window's limits differ by band


LISTED = (
    "# Form\n\n1. Describe your project (max 300 words)\n\n____\n\n## Documents\n\n"
    "Please send with your form:\n\n- a copy of your constitution\n- a recent bank statement\n"
    "- a project budget\n"
)


def test_t7_gc002_names_the_documents_stated_and_measured(project: Path) -> None:
    """GC002 said 'Attachments: stated 3, measured 6 (measured from ...)': an officer could not
    see that 'project plan' is stated but not asked. It names both lists, as it does for
    policies and for as many documents of other kinds."""
    write(project, "form.md", LISTED)
    write(
        project,
        "s.yaml",
        MINIMAL + "kind: grant\napplication:\n  form:\n    documents: [form.md]\n"
        "    attachments: [constitution, project plan]\n",
    )
    s = json.loads(run("check", "s.yaml", "-f", "json", cwd=project).output)["schemes"][0]
    said = [f["message"] for f in s["findings"] if f["rule"] == "GC002"]
    assert said and said[0].startswith(
        "Attachments: stated 2 (constitution and project plan), measured 3 (governing "
        "document, bank statement and budget) ("
    ), said


EOI = (
    "# Expression of interest\n\nName of organisation: ____\n\n"
    "1. What is your project? (max 100 words)\n\n2. Why your group? (max 100 words)\n\n"
    "3. Who will benefit? (max 100 words)\n"
)


def test_t8_a_waived_fact_is_read_in_the_singular_and_by_its_stage(project: Path) -> None:
    """'GC002 is waived, so the stated match funding are read.' (one fact, a plural verb), and
    'the stated questions are read' without the stage whose questions they are: now 'the rules
    read the stated questions of the expression of interest'."""
    write(project, "eoi.md", EOI)
    write(project, "form.md", FORM)
    write(
        project,
        "s.yaml",
        MINIMAL + "kind: grant\napplication:\n  stages:\n"
        "    - name: expression of interest\n      form:\n        documents: [eoi.md]\n"
        "        questions: 1\n"
        "    - name: full application\n      invited: 10\n      form:\n"
        "        documents: [form.md]\n"
        "waivers:\n  - rule: GC002\n    key: application.stages.0.form.questions\n"
        "    reason: The other prompts are optional.\n",
    )
    text = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert "GC002 is waived, so the rules read the stated questions of the expression of" in text


def test_t9_a_stages_waiver_key_says_which_stage_it_is(project: Path) -> None:
    """A stage's waiver key counts stages from 0 ('application.stages.0.form.questions') while
    reports number them from 1 ('@1', 'stage 1'): a user who reads 'stage 1' would write
    stages.1 and waive the wrong stage. The key stays as the file's path, with its stage named."""
    write(project, "eoi.md", EOI)
    write(project, "form.md", FORM)
    write(
        project,
        "s.yaml",
        MINIMAL + "kind: grant\napplication:\n  stages:\n"
        "    - name: expression of interest\n      form:\n        documents: [eoi.md]\n"
        "        questions: 1\n"
        "    - name: full application\n      invited: 10\n      form:\n"
        "        documents: [form.md]\n",
    )
    text = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert (
        "Waiver key: application.stages.0.form.questions (stage 1, the expression of "
        "interest: stages are counted from 0 in the key)." in text
    ), text


def test_t12_init_from_says_the_documents_disagree_on_the_accounts(project: Path) -> None:
    """init --from wrote 'accounts: unaudited  # measured from notes.md ...' with no word that
    the form asks for audited accounts, though measure and check both say the documents
    disagree; and its conditional policy line had no evidence, where the conditional
    attachments beside it each had theirs."""
    write(project, "form.md", "# Form\n\nPlease send your audited accounts.\n")
    write(
        project,
        "notes.md",
        "# Notes\n\nSend your latest accounts; unaudited accounts are fine.\n\n"
        "Groups that employ staff must also have a health and safety policy.\n",
    )
    starter = run("init", "--from", "form.md", "notes.md", "-o", "-", cwd=project).output
    lines = starter.splitlines()
    said = next((line for line in lines if "disagree" in line), "")
    assert said.startswith("  # the documents disagree: form.md accepts audited accounts"), said
    assert lines[lines.index(said) + 1].startswith("  accounts: "), starter
    assert '  #   - "health_and_safety"  # measured from notes.md, line 5: Groups' in starter


HALL = (
    "# Hall improvement grants\n\nPlease enclose: your last two years' accounts; three quotes "
    "for the works.\n\nOrganisations with an income over £25,000 must send independently "
    "examined accounts.\n"
)


def test_t17_a_level_read_below_an_income_band_says_so(project: Path) -> None:
    """'Accounts: unaudited (the easiest level accepted), from ...: "Organisations with an income
    over £25,000 must send independently examined accounts."': a fair reading (plain accounts
    below £25,000), but the quote alone seems to say the opposite. Each place that quotes it
    now says the sentence asks more only of the larger groups."""
    write(project, "hall.md", HALL)
    note = "the sentence quoted asks more only of groups over the income it names"
    measured = run("measure", "hall.md", cwd=project).output
    assert f"  Accounts: unaudited (the easiest level accepted; {note}), from hall.md, line 5" in (
        measured
    )
    write(
        project,
        "s.yaml",
        MINIMAL + "kind: grant\napplication:\n  form:\n    documents: [hall.md]\n",
    )
    text = " ".join(run("check", "s.yaml", cwd=project).output.split())
    assert f"Accounts accepted unaudited ({note}), measured from hall.md, line 5" in text
    starter = run("init", "--from", "hall.md", "-o", "-", cwd=project).output
    assert f"  accounts: unaudited  # measured from hall.md, line 5 ({note}): Organisations" in (
        starter
    )


def test_t5_a_pdf_field_with_no_tooltip_quotes_its_label_not_its_name(project: Path) -> None:
    """A fillable PDF whose fields carry no tooltip (/TU) was quoted by each field's name
    ('element org: "org"'), not the label printed beside it that an officer looks for. The
    words before the box are quoted; what is counted is unchanged."""
    from form_documents import PdfField, write_fillable_pdf

    write_fillable_pdf(
        project / "f.pdf",
        [
            [
                "Application form",
                "Name of organisation",
                PdfField("org", "", edges=(200, 400)),
                "Email address",
                PdfField("email", "", edges=(200, 400)),
                "Contact name",
                PdfField("contact_name", "Main contact", edges=(200, 400)),
            ]
        ],
    )
    data = json.loads(run("measure", "-f", "json", "f.pdf", cwd=project).output)
    items = data["documents"][0]["field_items"]
    said = [i["text"] for i in items]
    assert data["documents"][0]["fields"] == 3, items
    assert said[1:] == ["Email address", "Main contact"], said  # (a tooltip is still quoted)
    assert said[0].endswith("Name of organisation"), said
