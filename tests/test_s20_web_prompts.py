"""Session 20 (trial20 D3, D4; trial19 N9): a web form's prompt right over a box or input is
that control's, never a note under the box before it. A labelled textarea with no limit took
the next prompt's limit ("<label for=a>Describe your project</label><textarea id=a>" then
"<label for=b>Describe your group (max 150 words)</label>..."): both questions 150 words, or
with <p> prompts the two merged into one. (A note under a box that no control follows, "Include
any surveys you have. (max. 250 words)", is still that box's limit: tests of _control_note.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from documents import measure

PAGE = "<html><body><form>\n{}\n</form></body></html>\n"


@pytest.mark.parametrize(
    "page,want",
    [
        (  # trial20 h13.html: two labelled textareas, the second with a limit
            "<label for=a>Describe your project</label><textarea id=a></textarea>\n"
            "<label for=b>Describe your group (max 150 words)</label><textarea id=b></textarea>",
            [("Describe your project", None), ("Describe your group (max 150 words)", 150)],
        ),
        (  # trial19 N9 / trial20 D4 h9.html: an input after the textarea
            "<label for=w>Why is it needed?</label><textarea id=w></textarea>\n"
            "<label for=t>Tell us who will benefit (max 100 words)</label><input id=t>",
            [("Why is it needed?", None), ("Tell us who will benefit (max 100 words)", 100)],
        ),
        (  # trial20 h10.html: <p> prompts over unlabelled textareas (they merged into one)
            "<p>Describe your project</p><textarea name=a></textarea>\n"
            "<p>Describe your group (max 150 words)</p><textarea name=b></textarea>",
            [("Describe your project", None), ("Describe your group (max 150 words)", 150)],
        ),
    ],
)
def test_a_web_prompt_over_a_control_is_its_own_not_the_box_before_it(
    tmp_path: Path, page: str, want: list[tuple[str, int | None]]
) -> None:
    facts = measure(tmp_path, "f.html", PAGE.format(page))
    assert [(q.text, q.word_limit) for q in facts.questions] == want
