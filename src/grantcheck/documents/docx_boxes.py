"""Text boxes in a Word document, each read once and in reading order.

Word 2010 and later write every text box twice: as a DrawingML shape (``mc:Choice``) and, for
older readers, as VML (``mc:Fallback``). A reader takes one, as Word does; read both, a box's
words, questions and jargon were counted twice (trial21 D40). A box floats on the page but is
anchored to a paragraph, whose own words python-docx reads without the box's. A box beside a
paragraph with words of its own (a sidebar: "At a glance", "What you need to send"), or holding
a table or several paragraphs, is read after the paragraph it is anchored to, its paragraphs
and tables as the body's are; read as one block with the paragraph, or not at all, a documents
list in a sidebar was lost. A box holding a line or two under a question, with nothing else in
the paragraph, is left to the reader: an answer box with its prompt in it, or a few words.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from grantcheck.documents.blocks import Block
from grantcheck.documents.docx_controls import RUN, TBL, P, T
from grantcheck.documents.docx_spaces import TEXT_BOX

FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
IN_BOX = "{urn:grantcheck}box"  # set on a sidebar's paragraphs and tables: the box's number


def opened(body: Iterable[Any], numbers: Iterator[int] | None = None) -> Iterator[Any]:
    """The body's elements with each sidebar's paragraphs and tables given after the paragraph
    it is anchored to (the paragraph left out when it has no words of its own), each marked
    with its box's number (``IN_BOX``, from 1 in reading order)."""
    numbers = itertools.count(1) if numbers is None else numbers
    for element in body:
        boxes = drawn(element) if element.tag == P else []
        own = _own_words(element) if boxes else False
        if boxes and (own or any(_sidebar(box) for box in boxes)):
            _detach(element, boxes)  # the anchor's words read without the boxes' (tracked())
            if own:
                yield element
            for box in boxes:
                number = str(next(numbers))
                for inner in box.iterchildren(P, TBL):
                    inner.set(IN_BOX, number)  # (a box within it marks its own again)
                yield from opened(box.iterchildren(P, TBL), numbers)
        else:
            yield element


def drawn(element: Any) -> list[Any]:
    """A paragraph's text boxes, each once: not the VML copy in ``mc:Fallback``, and not a box
    inside another (read with the box that holds it)."""
    return [
        box
        for box in element.iter(TEXT_BOX)
        if next(box.iterancestors(FALLBACK, TEXT_BOX), None) is None
    ]


def _own_words(element: Any) -> bool:
    """Whether a paragraph has words of its own, outside any text box drawn in it."""
    return any(
        (t.text or "").strip() and next(t.iterancestors(TEXT_BOX), None) is None
        for t in element.iter(T)
    )


def _sidebar(box: Any) -> bool:
    """Whether a text box holds a table or more than one paragraph with words: part of the page
    to read, never an answer box with its prompt in it."""
    worded = sum(
        1
        for paragraph in box.iterchildren(P)
        if any((t.text or "").strip() for t in paragraph.iter(T))
    )
    return worded > 1 or box.find(TBL) is not None


def _detach(paragraph: Any, boxes: list[Any]) -> None:
    """Take the shapes holding ``boxes`` (with their VML copies) out of ``paragraph``: what is
    drawn in a run, from the run's child down (``mc:AlternateContent``, ``w:drawing``,
    ``w:pict``)."""
    for box in boxes:
        node = box
        while (parent := node.getparent()) is not None and parent.tag != RUN:
            if parent is paragraph:
                break
            node = parent
        if parent is not None:
            parent.remove(node)


def in_boxes(blocks: list[Block], spans: list[tuple[int, int, str]]) -> None:
    """Mark the blocks read from each sidebar with its box's number: ``spans`` holds each
    element's first and last block, end excluded, and its ``IN_BOX`` mark."""
    for start, end, number in spans:
        for i in range(start, end):
            blocks[i] = replace(blocks[i], drawn=int(number))
