"""A phrase list from a stranger's rule folder cannot hang the measurer (redteam18's first
finding): a phrase's spaces and the hyphens beside them are one unit of its pattern, and its
ends lose spaces and hyphens, so no pattern shares a run between units or starts on one.

The end-to-end case runs in a child process killed when it outlasts many times its linear
cost (a bounded number of steps, not a timing: linear, it takes a second or two; before the
fix, 35 hyphens took a second and 60 never finished).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from conftest import bounded_child
from grantcheck.documents import phrase_pattern

KILL_AFTER = 60.0  # seconds


@pytest.mark.parametrize(
    "phrase,units",
    [
        ("e mail", ["e", phrase_pattern.SPACE, "m", "a", "i", "l"]),
        ("e-mail", ["e", r"\-", "m", "a", "i", "l"]),  # a hyphen alone stays as written
        ("a - b", ["a", phrase_pattern.SPACE, "b"]),  # was SPACE, "-", SPACE: a run shared two ways
        ("zq     zz", ["z", "q", phrase_pattern.SPACE, "z", "z"]),  # was five SPACEs in a row
    ],
)
def test_a_run_of_spaces_and_hyphens_is_one_unit(phrase: str, units: list[str]) -> None:
    assert phrase_pattern._units(phrase) == units


def test_a_phrase_loses_spaces_and_hyphens_at_its_ends() -> None:
    assert phrase_pattern.unique_phrases([" - Budget -\u00a0", "- - - -", "\u2003"]) == {"budget"}


def test_no_unit_follows_a_space_unit_that_could_share_its_run() -> None:
    """Every shipped and every hostile phrase: a SPACE is followed by a letter-like unit."""
    for phrase in ["a - - - - b", "x -- y", "one  -  two", "landlord's  - letter"]:
        units = phrase_pattern._units(phrase)
        for here, after in itertools.pairwise(units):
            if here == phrase_pattern.SPACE:
                assert after not in (phrase_pattern.SPACE, r"\-", r"\ "), phrase


def test_the_same_phrases_match_as_before_on_ordinary_text() -> None:
    pattern = phrase_pattern.whole_pattern(
        ["e mail", "e-mail", "landlord's letter", "bank statement"]
    )
    text = "Send an e-mail, an e mail, the landlord’s letter and a bank-statement; not email."
    assert [m.group() for m in pattern.finditer(text)] == [
        "e-mail",
        "e mail",
        "landlord’s letter",
        "bank-statement",
    ]


# the child reads the text on its standard input (one argument may hold at most 128 kB)
SEARCH = (
    "import sys\n"
    "from grantcheck.documents import phrase_pattern\n"
    "phrase_pattern.whole_pattern([sys.argv[1]]).search(sys.stdin.read())\n"
)


@pytest.mark.parametrize(
    "phrase,text",
    [
        ("zq          zz", "zq" + " " * 200 + "x"),  # ten SPACEs sharing one run of 200
        ("- budget -", "- " * 100_000 + "x"),  # a pattern starting on a run: each place tried
        ("- - - - - -", "a " + "-" * 200 + "b"),  # eleven units sharing one run of 200
    ],
)
def test_a_phrases_pattern_is_linear_on_a_long_run(phrase: str, text: str) -> None:
    bounded_child("-c", SEARCH, phrase, kill_after=KILL_AFTER, text=text)


def test_a_rule_folders_phrase_cannot_hang_measure(tmp_path: Path) -> None:
    """redteam18's case: a question cue of twelve hyphens, three lines with a run of 60."""
    rules = tmp_path / "policy" / "rules" / "documents"
    rules.mkdir(parents=True)
    phrase = "- - - - - - - - - - - -"
    (rules / "vocabulary.yaml").write_text(f'question_cues: ["{phrase}"]\n', encoding="utf-8")
    (tmp_path / "grantcheck.yaml").write_text("rule_folders: [policy/rules]\n", encoding="utf-8")
    run = "-" * 60
    form = f"Application form\n\n1. Your project {run}a?\n\n2. Budget {run}a\n\n"
    form += f"You must send {run}a accounts.\n"
    (tmp_path / "form.txt").write_text(form, encoding="utf-8")
    bounded_child(
        "-m", "grantcheck", "measure", "form.txt", "-f", "json", kill_after=KILL_AFTER, cwd=tmp_path
    )
