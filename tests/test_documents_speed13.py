"""The requirements reader passes plain prose by in one call (prose.Prose.passes): a line it
passes by leaves the reader exactly as the full reading (feed, _unwrap, _button, _text, _wrap)
leaves it, at the gate's edges too (a line carrying on the one before, a line under an
upload, a list's note, a table's cell, a short line, a line naming a document)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grantcheck.documents import Measurer, _row_texts, read, row_key
from grantcheck.documents.blocks import FIELD, FILE, TEXT, Block
from grantcheck.documents.requirements import Requirements
from grantcheck.documents.vocab import load

ROOT = Path(__file__).resolve().parents[1]
PROSE = "We will look at how your project helps people who find it hard to get support."


class Full(Requirements):
    """The reader with no pass-by: every block read in full."""

    def passes(self, block: Block, row: list[Block] | None, header: object) -> bool:
        return False


def _readers() -> tuple[Requirements, Requirements]:
    vocab = load(())
    return Requirements("form.pdf", vocab), Full("form.pdf", vocab)


def _line(text: str, n: int = 1, heading: bool = False) -> Block:
    return Block(TEXT, text, (("page", 1), ("line", n)), heading=heading)


def test_plain_prose_is_passed_by() -> None:
    reader, _ = _readers()
    assert reader.passes(_line(PROSE), None, ())
    assert reader.blocks_read == 1 and list(reader.since_control) == [PROSE]


@pytest.mark.parametrize(
    "text",
    [
        "We will look at how your project helps people.",  # short: perhaps a list's item
        "Please attach a copy of your constitution and your latest accounts to the form.",
        "We will look at how your project helps people - who find it hard to get support.",
        "We will look at how your *project* helps people who find it hard to get support.",
        "We will look at how your project helps people who find it hard to get [ ] support.",
        "We will look at how your project helps people who find it ☐ hard to get support.",
        "Drag and drop files here or browse to choose the ones that find it hard to get it.",
    ],
)
def test_a_line_the_full_reading_may_act_on_is_not_passed_by(text: str) -> None:
    reader, _ = _readers()
    assert not reader.passes(_line(text), None, ())
    assert reader.blocks_read == 0


def test_the_reader_state_decides_too() -> None:
    cell = Block(TEXT, PROSE, (("table", 1), ("row", 2), ("cell", 1)))
    reader, _ = _readers()
    assert not reader.passes(cell, [cell], ())  # a table's cell
    assert not reader.passes(_line(PROSE, heading=True), None, ())
    reader.checklist = True  # a list's note
    assert not reader.passes(_line(PROSE), None, ())
    reader, _ = _readers()
    reader.last_upload = (True, (0, 0, 0))  # the hint under an upload
    assert not reader.passes(_line(PROSE), None, ())
    reader, _ = _readers()
    reader.feed(_line("If you work with children or vulnerable adults, please attach your"))
    assert reader.wrapped is not None  # a line carrying on the one before is read with it
    assert not reader.passes(_line(PROSE.lower(), 2), None, ())


def _same(blocks: list[Block]) -> None:
    """Both readers fed ``blocks`` (a table's cells with their rows) agree after each."""
    fast, full = _readers()
    rows, fast.answer_rows = _row_texts(blocks)
    full.answer_rows = set(fast.answer_rows)
    for block in blocks:
        key = row_key(block.where)
        args: tuple[object, ...] = ()
        if key is not None:
            args = (rows.get(key, []), rows.get((key[0], 1), []) if key[1] != 1 else [])
        fast.feed(block, *args)  # type: ignore[arg-type]
        full.feed(block, *args)  # type: ignore[arg-type]
        assert vars(fast) == vars(full), block.text


LINES = st.sampled_from(
    [
        PROSE,
        PROSE.lower(),
        "Please read these notes before you start, and ask us if anything is unclear to you.",
        "Groups must have a bank account in the name of the group with two signatories.",
        "The Community Resilience Fund (CRF) is paid in advance, in one instalment each year",
        "If you work with children or vulnerable adults, please attach your",
        "safeguarding policy and the name of the person who leads on it in your group.",
        "Supporting documents",
        "Please send the following with your application form when you post it to us:",
        "- Your constitution",
        "Only if you work with children or vulnerable adults in the project we fund.",
        "Your accounts *",
        "Button, Choose file. Required.",
        "Hint: Only needed if your group has been running for less than a year or so.",
        "Do you hold public liability insurance of at least £5 million for the work?",
        "You will need to find at least 10% of the cost of your project from other funders.",
        "Monitoring",
        "1. Describe how your project will help (max 250 words)",
        "We do not insist on it, but we will look at how your project helps people to get on.",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(LINES, st.sampled_from([TEXT, TEXT, TEXT, FIELD, FILE])), max_size=25))
def test_a_line_passed_by_leaves_the_reader_as_the_full_reading(
    lines: list[tuple[str, str]],
) -> None:
    _same([Block(kind, text, (("page", 1), ("line", n))) for n, (text, kind) in enumerate(lines)])


@pytest.mark.parametrize(
    "name",
    [
        "forms/neighbourhood-fund-form.pdf",
        "forms/community-chest-form.docx",
        "guidance/youth-activities-guidance.md",
        "guidance/welfare-rights-specification.txt",
    ],
)
def test_the_examples_are_read_alike(name: str) -> None:
    _same(read(ROOT / "examples" / name, Measurer().run.document()).blocks)
