"""A sentence about the document named just before it ("It should include ...") names what
that document holds, not more documents (acc22c, session 22).

"- Your business plan. It should be no more than four pages and include your start-up costs and
your first year's income and spending.": the income and spending are the plan's, no accounts; as
"Your business plan, including your first year's income and spending" is one document (the
rulebook: "an event plan, including a risk assessment" is one). A sentence naming documents to
send, or one about another subject, still names them. Small documents of the test's own, never
the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HELD = [
    (
        "- Your business plan. It should be no more than four pages and include your start-up"
        " costs and your first year's income and spending.",
        ["business_plan", "insurance_certificate"],
    ),
    (
        "- A project plan. This must show your expected income and expenditure and a simple"
        " risk assessment.",
        ["insurance_certificate", "project_plan"],
    ),
    (
        "Please send your event plan. It needs to set out the timings, the stewarding and a"
        " site map.",
        ["insurance_certificate", "project_plan"],
    ),
]
# a second sentence that asks for documents, or is about something else, still names them
NAMED = [
    (
        "- Your business plan. Please also send a budget and a risk assessment.",
        ["budget", "business_plan", "insurance_certificate", "other"],
    ),
    (
        "- Your business plan. Your budget should show each cost.",
        ["budget", "business_plan", "insurance_certificate"],
    ),
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(HELD)))
def test_what_a_document_holds_is_no_document(tmp_path: Path, suffix: str, case: int) -> None:
    line, every = HELD[case]
    lines = ["Start-up grants", "What to send", line, "- a copy of your insurance certificate"]
    assert kinds(written(tmp_path, suffix, lines)) == (every, [])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(NAMED)))
def test_documents_named_in_the_next_sentence(tmp_path: Path, suffix: str, case: int) -> None:
    line, every = NAMED[case]
    lines = ["Start-up grants", "What to send", line, "- a copy of your insurance certificate"]
    assert kinds(written(tmp_path, suffix, lines)) == (every, [])
