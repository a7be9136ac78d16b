"""The largest award a document states (session 22, trial21 D38): a sum a year for a number of
years is every year's together (rules.md 5: award.max is the whole agreement's), and a usual
range is not the largest award when a larger one is stated with it. Sentences of the test's
own (never the labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.award import award_range
from grantcheck.documents.blocks import TEXT, Block


def got(*lines: str) -> tuple[float | None, float] | None:
    """The award (smallest, largest) read from ``lines``, one block each."""
    found = award_range("x.txt", [Block(TEXT, t, (("line", n),)) for n, t in enumerate(lines)])
    return None if found is None else (found.min, found.max)


@pytest.mark.parametrize(
    ("said", "award"),
    [
        ("The maximum grant is £5,000 per year for up to three years.", (None, 15_000)),
        ("Grants of £1,000 to £8,000 a year for 3 years.", (1000, 24_000)),
        ("Grants up to £5,000 per annum, for a maximum of two years.", (None, 10_000)),
        ("You can apply for up to £4,000 each year for two years.", (None, 8000)),
    ],
)
def test_a_yearly_award_for_some_years_is_every_years_together(
    said: str, award: tuple[float | None, float]
) -> None:
    assert got(said) == award


def test_a_yearly_award_with_no_term_is_not_the_largest() -> None:
    """A sum a year for as long as is not said is no whole award: not read (award.max is then
    a prompt in init --from, and never contradicted)."""
    assert got("You can apply for up to £5,000 a year.") is None


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Grants are usually between £1,000 and £3,000, but in exceptional cases we may "
            "award up to £10,000.",
        ),
        ("Grants are usually between £1,000 and £3,000.", "Exceptionally we award up to £10,000."),
        ("Most grants are between £1,000 and £3,000.", "The maximum is £10,000."),
        ("Awards are typically £1,000 to £3,000; the most we will give is £10,000.",),
    ],
)
def test_a_usual_range_gives_way_to_the_largest(lines: tuple[str, ...]) -> None:
    assert got(*lines) == (1000, 10_000)


def test_a_usual_range_alone_states_no_largest_award() -> None:
    assert got("Grants are usually between £1,000 and £3,000.") is None
    # near miss: a sum of something else after it is not the award
    assert (
        got("Grants are usually between £1,000 and £3,000.", "You need cover of up to £5 million.")
        is None
    )


@pytest.mark.parametrize(
    "said",
    ["Grants of between £500 and £10,000 are available.", "The maximum grant is £10,000."],
)
def test_a_plain_range_is_read_as_before(said: str) -> None:
    """Near misses: no year, no usual range: the range as stated."""
    assert got(said)[1] == 10_000  # type: ignore[index]


def test_measure_quotes_the_years(tmp_path: Path) -> None:
    path = tmp_path / "aw.txt"
    path.write_text(
        "Guidance notes\n\nThe maximum grant is £5,000 per year for up to three years.\n",
        encoding="utf-8",
    )
    award = Measurer().measure(path, path.name)[1].award
    assert award is not None and award.max == 15_000
    assert award.evidence.words.endswith("for up to three years.")
