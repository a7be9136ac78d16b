"""What documents ask applicants to send (session 8): each general cause of a miss shown on
small documents of the test's own, worded and laid out as different councils, foundations and
NHS bodies would (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

from documents import measure
from grantcheck.documents import measure_blocks
from grantcheck.documents.blocks import FIELD, TEXT, Block, Extracted
from grantcheck.documents.facts import DocumentFacts
from grantcheck.documents.total import distinct
from grantcheck.documents.vocab import load


def sent(f: DocumentFacts) -> tuple[list[str], list[str]]:
    """The kinds (a policy by its name) every applicant sends, and those sent in some cases."""
    required, conditional = distinct(f.attachments)
    return [a.policy or a.kind for a in required], [a.policy or a.kind for a in conditional]


def level(f: DocumentFacts) -> str | None:
    return None if f.accounts is None else str(f.accounts.value)


# -- an income band limits the level of the accounts, not the accounts ------------------------


def test_a_level_asked_above_an_income_band_leaves_the_smaller_groups_unaudited(
    tmp_path: Path,
) -> None:
    """ "Your accounts (independently examined or audited if your income is over £25,000)":
    every applicant sends accounts; the examination is asked only of the larger ones, so the
    easiest level accepted is the smaller groups' own accounts (unaudited)."""
    bracket = (
        "# Supporting documents\n\nPlease send:\n\n"
        "- your constitution\n"
        "- your most recent annual accounts (independently examined or audited if your "
        "income is over £25,000)\n"
    )
    f = measure(tmp_path, "a.md", bracket)
    assert sent(f) == (["governing_document", "accounts"], [])
    assert level(f) == "unaudited"

    clause = (
        "WHAT TO ENCLOSE\n\n"
        "1. A copy of your governing document.\n"
        "2. Last year's accounts, which must be audited where your annual turnover exceeds "
        "£250,000.\n"
    )
    f = measure(tmp_path, "b.txt", clause)
    assert sent(f) == (["governing_document", "accounts"], [])
    assert level(f) == "unaudited"

    leading = (
        "## Accounts\n\nCharities with an income of more than £100,000 must send accounts that "
        "have been independently examined.\n"
    )
    assert level(measure(tmp_path, "c.md", leading)) == "unaudited"


def test_a_sentence_that_states_the_smaller_groups_level_keeps_it(tmp_path: Path) -> None:
    """ "Audited accounts if your income is over £250,000, otherwise independently examined
    accounts": the smaller groups' level is said, and it is the easiest."""
    page = (
        "# What to send\n\n"
        "- accounts for your last year: audited if your income is over £250,000, otherwise "
        "independently examined\n"
    )
    assert level(measure(tmp_path, "d.md", page)) == "independent_examination"
    notes = (
        "Documents\n\nYour latest accounts. Groups with a turnover above £500,000 must send "
        "audited accounts; all others must send independently examined accounts.\n"
    )
    assert level(measure(tmp_path, "e.txt", notes)) == "independent_examination"


# -- some applicants excused from a document: only the others send it --------------------------


def test_a_document_some_applicants_are_excused_from_is_conditional(tmp_path: Path) -> None:
    """ "(town councils do not need to send this)", "(not needed from schools or parish
    councils)", "registered charities need not send one", "(except parish councils)": the
    document is sent by the other applicants only; "You do not need to send this now"
    excuses everyone and asks for nothing."""
    forms = {
        "a.md": "- a copy of your constitution (town councils do not need to send this)\n",
        "b.md": "- your set of rules (not needed from schools or parish councils)\n",
        "c.md": "- your governing document - registered charities need not send one\n",
        "d.md": "- your constitution or rules (except parish councils)\n",
        "e.md": "- your constitution (schools are exempt)\n",
    }
    for name, item in forms.items():
        page = "## Checklist of enclosures\n\n" + item + "- your latest bank statement\n"
        assert sent(measure(tmp_path, name, page)) == (
            ["bank_statement"],
            ["governing_document"],
        ), name
    everyone = "## Documents\n\n- your latest accounts\n- your constitution\n"
    assert sent(measure(tmp_path, "f.md", everyone)) == (["accounts", "governing_document"], [])


def test_a_bracket_naming_only_kinds_of_applicant_limits_the_document(tmp_path: Path) -> None:
    """ "Your constitution (community groups and charities)": the bracket says which applicants
    send it (a parish council or a business applying does not); "(all applicants)" is every
    one, and "(from a partner organisation)" says who writes it."""
    page = (
        "Section 6 - Enclosures\n\n"
        "* Your constitution (community groups and charities)\n"
        "* Certificate of incorporation (companies and CIOs)\n"
        "* A map of the site (all applicants)\n"
        "* A letter of support (from a partner organisation)\n"
    )
    f = measure(tmp_path, "g.md", page)
    required, conditional = sent(f)
    assert "governing_document" in conditional and "letters_of_support" in required
    assert "governing_document" not in required


# -- a tick box before each line of a checklist: each line is its own item ----------------------


def _pdf(lines: list[tuple[str, str]]) -> DocumentFacts:
    """A fillable PDF's page as its reader gives it: text lines, and the check boxes each
    read before the line beside it."""
    blocks, line = [], 0
    for kind, text in lines:
        if kind == "box":
            blocks.append(Block(FIELD, text, (("page", 2), ("element", f"Box{line}"))))
        else:
            line += 1
            blocks.append(Block(TEXT, text, (("page", 2), ("line", line))))
    return measure_blocks("form.pdf", Extracted("pdf", blocks, 2), load(()))


def test_a_box_before_each_line_starts_a_new_item() -> None:
    """A checklist drawn with a tick box before each line, each line long and without a full
    stop ("a copy of your group's rules or constitution" / "a recent bank statement in the
    group's name"): the lines are items, not one sentence the margin broke; a line stopping
    on a word that needs the next ("If yes, attach your" [Yes/No] "safeguarding policy.") is
    still carried on."""
    f = _pdf(
        [
            ("text", "Section D   Documents"),
            ("text", "Please send with this form (tick each one you are sending):"),
            ("box", "Enclosure 1"),
            ("text", "a copy of your group's rules, constitution or terms of reference"),
            ("box", "Enclosure 2"),
            ("text", "a recent bank statement (under three months old) in the group's name"),
            ("box", "Enclosure 3"),
            ("text", "your latest statement of income and expenditure, signed by the treasurer"),
            ("box", "Enclosure 4"),
            (
                "text",
                "if the activity involves children or adults at risk, your safeguarding policy",
            ),
        ]
    )
    assert sent(f) == (["governing_document", "bank_statement", "accounts"], ["safeguarding"])
    assert level(f) == "unaudited"
    f = _pdf(
        [
            ("text", "Will you work with children or adults at risk? If yes, please attach your"),
            ("box", "Yes"),
            ("box", "No"),
            ("text", "safeguarding policy. Yes No"),
        ]
    )
    assert sent(f) == ([], ["safeguarding"])


def test_the_funders_own_insurance_is_nothing_to_send(tmp_path: Path) -> None:
    """ "Activities in our halls are covered by our own insurance": the funder's cover; the
    applicant's certificate is still asked where the form asks for it."""
    page = (
        "## What to send\n\n- your constitution\n\n"
        "Activities in our community rooms are covered by our own insurance. Elsewhere, "
        "send a copy of your public liability insurance certificate.\n"
    )
    f = measure(tmp_path, "h.md", page)
    assert "insurance_certificate" in sent(f)[0] + sent(f)[1]
    assert all("our own" not in a.evidence.words for a in f.attachments)
    ours = (
        "## Documents to send\n\n- your constitution\n- your latest accounts\n"
        "- events in our parks are covered by our insurance\n"
    )
    assert sent(measure(tmp_path, "i.md", ours)) == (["governing_document", "accounts"], [])


# -- the level's band, the smaller groups' too ---------------------------------------------------


def test_a_band_said_for_the_smaller_groups_limits_the_level_not_the_accounts(
    tmp_path: Path,
) -> None:
    """ "your accounts - these can be unaudited if your income is below £25,000; above that we
    need examined accounts": every applicant sends accounts, and unaudited is accepted."""
    page = (
        "<h2>What to send</h2><ul>"
        "<li>your constitution or rules;</li>"
        "<li>your latest accounts &ndash; these can be unaudited, as long as your committee has "
        "approved them, if your income is under £25,000; above that we need independently "
        "examined accounts;</li>"
        "<li>a recent bank statement.</li></ul>"
    )
    f = measure(tmp_path, "a.html", page)
    assert sent(f) == (["governing_document", "accounts", "bank_statement"], [])
    assert level(f) == "unaudited"


# -- a refusal's "unless" asks of everyone -------------------------------------------------------


def test_a_list_led_in_by_a_refusal_is_asked_of_everyone(tmp_path: Path) -> None:
    """ "Your application will not be considered unless it comes with:", "We cannot accept a
    bid unless you send:": what follows is asked of every applicant; "Only if you employ staff:"
    still leads a list some send."""
    for lead in (
        "Your application will not be considered unless it comes with:",
        "We cannot accept a bid unless you send:",
        "Applications won't be assessed unless they include:",
    ):
        page = f"## What to send\n\n{lead}\n\n- two written quotes\n- your latest accounts\n"
        assert sent(measure(tmp_path, "b.md", page)) == (["quotes", "accounts"], []), lead
    some = "## What to send\n\nOnly if you employ staff:\n\n- your latest accounts\n"
    assert sent(measure(tmp_path, "c.md", some)) == ([], ["accounts"])


# -- a charity's annual report and accounts is one document -------------------------------------


def test_an_annual_report_and_accounts_is_one_document(tmp_path: Path) -> None:
    """ "Your latest annual report and accounts" is the one filing a charity makes; "your
    annual report" alone, a report of the year's work, is a document of its own."""
    one = "## Documents\n\n- Your latest annual report and accounts.\n- A bank statement.\n"
    assert sent(measure(tmp_path, "d.md", one)) == (["accounts", "bank_statement"], [])
    two = "## Documents\n\n- Your annual report.\n- Your latest accounts.\n"
    assert sent(measure(tmp_path, "e.md", two)) == (["other", "accounts"], [])


# -- what a clause after a document's name says is the clause's ----------------------------------


def test_a_clause_after_an_items_name_neither_hides_nor_limits_it(tmp_path: Path) -> None:
    """ "a map or plan showing where the project will happen": a document no kind names, asked
    of everyone ("where" asks what it shows, "will" is the clause's); "a note from the hall,
    if sessions will be held there": a document some send; "Where a partner will hold the
    money: your partnership agreement": the same, its condition first."""
    page = (
        "## Before you start\n\nMake sure you have:\n\n"
        "* your most recent annual accounts\n"
        "* a map or plan showing where the project will happen\n"
        "* a note from the hall, if sessions will be held there\n"
        "* Where a partner will hold any of the money: your partnership agreement\n"
    )
    f = measure(tmp_path, "f.md", page)
    assert sent(f) == (["accounts", "other"], ["other", "other"])


# -- prose asking for what follows opens a list -------------------------------------------------


def test_prose_asking_for_what_follows_opens_the_list(tmp_path: Path) -> None:
    """Under a heading no checklist word names ("Information you will need at Stage 2"), a
    lead-in that asks for what follows ("the portal will ask you to upload them", "Please send
    us the following:") opens the list; one saying nothing need be sent does not."""
    for lead in (
        "Have these ready before you begin; the portal will ask you to upload them.",
        "Please send us the following with your bid:",
        "You will need to attach these to your e-mail.",
    ):
        page = (
            f"## 4. Information for the full application\n\n{lead}\n\n"
            "1. Your governing document.\n2. Your latest accounts.\n3. A project plan.\n"
        )
        assert sent(measure(tmp_path, "a.md", page)) == (
            ["governing_document", "accounts", "project_plan"],
            [],
        ), lead
    none = (
        "## 4. Stage 1\n\nYou do not need to upload these yet:\n\n"
        "1. Your governing document.\n2. Your latest accounts.\n"
    )
    assert sent(measure(tmp_path, "b.md", none)) == ([], [])


# -- a list running over a PDF page break -------------------------------------------------------


def test_a_list_running_over_a_page_break_goes_on_past_the_footer(tmp_path: Path) -> None:
    """A "what to send" list broken by the page's end: a footer line under the first half and
    the second half opening the next page are still one list (trial S7 0f)."""
    from documents import write_pdf
    from grantcheck.documents import Measurer

    path = write_pdf(
        tmp_path / "notes.pdf",
        [
            [
                "Applying for a grant",
                "What you need to send",
                "With your application please send:",
                "- a copy of your constitution;",
                "- your latest annual accounts;",
                "Registered charity 1234567. Printed on recycled paper.",
            ],
            [
                "- two quotes for the works;",
                "- your safeguarding policy (for projects working with children).",
                "We may ask for references after we decide.",
            ],
        ],
    )
    f = Measurer().measure(path, "notes.pdf")[1]
    assert sent(f) == (["governing_document", "accounts", "quotes"], ["safeguarding"])


# -- a 'Who must send it' cell: who in its first clause; what else it says still counts ---------


def test_a_who_cell_says_who_first_and_may_name_a_cover_a_level_or_a_kind(tmp_path: Path) -> None:
    """In a "Document | Who must send it" table the who-cell's first clause says who sends it
    ("All applicants (this fund is for work with older people)" is everyone); what follows may
    excuse some ("Always. Parish councils need not send this."), name the cover asked ("All
    applicants (minimum cover £2 million)") or the accounts accepted and so the kind of a
    document no kind names ("Year-end money report | Everyone. Charities: the accounts they
    filed; others: income and expenditure signed by the treasurer")."""
    rows = [
        ("Constitution or rules", "Always. Parish councils need not send this."),
        (
            "Year-end money report",
            "Everyone. Charities: the accounts you filed with the "
            "regulator. Other groups: income and expenditure signed by the treasurer.",
        ),
        ("Safeguarding policy", "All applicants (this fund is for work with older people)"),
        ("Public liability insurance certificate", "All applicants (minimum cover £2 million)"),
        ("Lone working policy", "Only if volunteers visit people at home"),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>&#9744;</td></tr>" for a, b in rows)
    page = (
        "<h2>Checklist</h2><table><tr><th>Document</th><th>Who must send it</th>"
        f"<th>Attached?</th></tr>{body}</table>"
    )
    f = measure(tmp_path, "a.html", page)
    assert sent(f) == (
        ["accounts", "safeguarding", "insurance_certificate"],
        ["governing_document", "lone_working"],
    )
    assert level(f) == "unaudited"
    assert f.insurance is not None and f.insurance.value == 2_000_000


# -- a bank statement sent beside the accounts is not accepted in their place -------------------


def test_a_bank_statement_beside_the_accounts_is_not_their_easier_level(tmp_path: Path) -> None:
    """ "your latest accounts" and "a bank statement, if this is your first grant from us":
    some send the statement as well as the accounts, so the easiest level is still the
    accounts; a statement offered to groups too new for accounts ("less than a year old",
    "yet to finish their first year: ... are fine") is accepted in their place."""
    beside = (
        "## What to send\n\n- your constitution;\n- your latest accounts;\n"
        "- a recent bank statement, if this is your first grant from us;\n"
    )
    f = measure(tmp_path, "a.md", beside)
    assert level(f) == "unaudited"
    assert sent(f) == (["governing_document", "accounts"], ["bank_statement"])
    for new in (
        "- if your club is less than a year old, a bank statement will do;\n",
        "- groups that have not finished their first year: your last three bank statements "
        "are fine.\n",
    ):
        page = "## What to send\n\n- your constitution;\n- your latest accounts;\n" + new
        assert level(measure(tmp_path, "b.md", page)) == "bank_statements", new


# -- a policies table by lot, and a lead-in asking for a copy of each ---------------------------


def test_a_policies_table_marked_by_lot_or_size_of_grant(tmp_path: Path) -> None:
    """ "Upload a copy of each policy marked Required for the lot you bid for", over a table
    "Policy | Lot 1 | Lot 2" of Required / Not required: every policy is sent; one required
    for one lot only is sent by some. The same with "Small grants | Large grants" and ticks."""
    rows = [
        ("Safeguarding", "Required", "Required"),
        ("Equality and diversity", "Required", "Required"),
        ("Lone working", "Required", "Not required"),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    page = (
        "<h2>Part E: Policies</h2>"
        "<p>Upload a copy of each policy marked Required for the lot or lots you bid for.</p>"
        f"<table><tr><th>Policy</th><th>Lot 1</th><th>Lot 2</th></tr>{body}</table>"
    )
    f = measure(tmp_path, "a.html", page)
    assert sent(f) == (["safeguarding", "equality"], ["lone_working"])
    sizes = (
        "## Policies\n\nPlease send us a copy of each of these policies.\n\n"
        "| Policy | Small grants | Large grants |\n| --- | --- | --- |\n"
        "| Safeguarding | ✓ | ✓ |\n| Health and safety | - | ✓ |\n"
    )
    assert sent(measure(tmp_path, "b.md", sizes)) == (["safeguarding"], ["health_and_safety"])


def test_a_level_said_in_the_sentence_after_the_accounts(tmp_path: Path) -> None:
    """ "your latest accounts. These can be examined or simply approved by your committee":
    the second sentence says what the accounts may be (unaudited), as if it named them."""
    for note in (
        "These can be independently examined or simply approved by your committee.",
        "They may be audited, or signed off by two trustees.",
    ):
        page = f"## What to send\n\n- your constitution;\n- your latest accounts. {note}\n"
        assert level(measure(tmp_path, "a.md", page)) == "unaudited", note
