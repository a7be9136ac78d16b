"""A food business registration is a document councils ask for (acc22c, session 22).

Any group that prepares and serves food registers as a food business with its council's
environmental health team; grants for warm spaces, lunch clubs and community cafes ask for a
copy, as they ask for a food hygiene certificate. Named in prose ("please also send a copy of
your food business registration with the Council's Environmental Health team") it was no
document: no kind named it, and the copy's name ran on past four words. The rulebook: food
hygiene certificates -> other. Small documents of the test's own, never the labelled corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

ASKED = [
    [
        "What to send",
        "- a copy of your constitution",
        "If you will cook and serve hot meals, please also send a copy of your food business"
        " registration with the district council's environmental health service.",
    ],
    [
        "What to send",
        "- a copy of your constitution",
        "If you will serve food, please upload your food business registration from the council"
        " together with your application.",
    ],
    [
        "Please send a copy of your constitution. If you run a lunch club, you must also send"
        " your food business registration (from the council's environmental health team).",
    ],
]
# named but not asked for: a number to write on the form, a duty to register
NOT_ASKED = [
    [
        "Your details",
        "Food business registration number: ____________",
        "What to send",
        "- a copy of your constitution",
    ],
    [
        "Any group serving food must register as a food business with us at least 28 days"
        " before opening; your food business registration is checked by our environmental"
        " health team.",
        "What to send",
        "- a copy of your constitution",
    ],
]


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".docx", ".pdf"])
@pytest.mark.parametrize("case", range(len(ASKED)))
def test_food_business_registration_asked(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, ["Community cafe grant", *ASKED[case]])
    assert kinds(path) == (["governing_document"], ["other"])


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
@pytest.mark.parametrize("case", range(len(NOT_ASKED)))
def test_food_business_registration_not_asked(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, ["Community cafe grant", *NOT_ASKED[case]])
    assert kinds(path) == (["governing_document"], [])
