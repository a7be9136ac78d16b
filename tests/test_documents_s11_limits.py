"""Questions said twice, limits written under the box, a portal's export and labels beside their
boxes: session 11's reading causes, each shown on small documents of the test's own (several
wordings, more than one format), never the labelled corpus (tests/forms).

A prompt beside its translation in one table row, or a form given whole in Welsh and again in
English, is each question once. A blank counter under a box ("Characters: 0 / 2,000") or a note
that opens with the limit ("Word limit: 200 | Pass / fail") is the box's limit, and help under a
counted box that says the limit again is that box's help, no new question. An export listing
each item's "Type:" alone reads as the form. A short label beside its box names a value, its
number aside; a printed question that says it has no limit is a question with no limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure

EXPORT = """\
NEIGHBOURHOOD GRANTS - QUESTION LIST (EXPORT)
{lead}

PART A - YOUR GROUP
[A1] Name of your group
     Type: Short text              Required: Yes
[A2] Type of group
     Type: Single choice           Required: Yes
     Options: Charity | Community group | Other

PART B - YOUR PLAN
[B1] What will you do with the grant?
     Type: Long text (max 300 words)        Required: Yes
     Scored: Yes - weight 40%
[B2] Why does your area need it?
     Type: Paragraph (max 1,200 characters) Required: Yes
     Panel note: local evidence scores well.
[B3] Is there anything else you would like to tell us?
     Type: Long text (no limit)    Required: No
     Displayed when: B2 is answered
"""


@pytest.mark.parametrize(
    "lead",
    [
        "",
        "These are the questions in the online form; apply there, not with this list.",
        "Exported from the grants system for applicants who want to draft offline.",
    ],
)
def test_an_exports_items_typed_as_type_alone_are_its_questions_and_fields(
    tmp_path: Path, lead: str
) -> None:
    f = measure(tmp_path, "export.txt", EXPORT.format(lead=lead))
    assert [(q.text[:4], q.word_limit, q.open) for q in f.questions] == [
        ("[B1]", 300, False),
        ("[B2]", 200, False),
        ("[B3]", None, True),
    ]
    assert len(f.fields) == 2
