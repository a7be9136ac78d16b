"""A document's title, for the starter scheme ``grantcheck init --from`` writes and the
scheme name ``measure`` suggests: the first heading that opens the document and reads as a
title, not a section's or the publisher's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grantcheck.documents.blocks import Block
    from grantcheck.documents.facts import Evidence

TITLE_WORDS = (3, 16)  # a title has a few words: fewer is a section's ('Key dates'), more prose
OPENING = 4  # blocks with words: a title opens its document, never one further in
KIND_WORDS = 6  # words: a masthead's last line saying what the document is is no longer
# the last word of a heading naming who publishes the form ('Marlinford County Council'),
# which often opens it above the scheme's own title
PUBLISHER = {"council", "foundation", "trust", "charity", "authority", "commissioner", "board"}


def document_title(name: str, blocks: list[Block]) -> Evidence | None:
    """A document's title: its first heading, among the blocks that open it, of a title's
    length and not a numbered section's ('1. Your project', 'Section A'), passing over one
    naming its publisher ('Hatherley Town Council')."""
    from grantcheck.documents.blocks import TEXT
    from grantcheck.documents.facts import Evidence

    opening = [b for b in blocks[: OPENING * 4] if b.kind == TEXT and b.text.strip()][:OPENING]
    for b in opening:
        words = b.text.split()
        if not b.heading:
            continue
        first, last = (w.lower().strip(".:)'’") for w in (words[0], words[-1]))
        if last in PUBLISHER or " ".join(words[:2]).lower() == "office of":
            continue
        numbered = first[:1].isdigit() or first in ("section", "part", "step", "adran", "rhan")
        if TITLE_WORDS[0] <= len(words) <= TITLE_WORDS[1] and not numbered:
            return Evidence(name, b.where, masthead(words, _after(blocks, b)))
        return None  # the first heading is not a title: none further in is
    return None


def masthead(words: list[str], after: Block | None) -> str:
    """A title's words, with the line under it when that line says what the document is
    ("Community Spaces Fund 2027/28" over "Guidance notes for applicants", or "Application
    form"): a masthead of several lines, the document's kind on the last. A section's title
    under it ("About this fund") is not the title's."""
    from grantcheck.documents.about_questions import GUIDANCE, OWN_FORM

    if after is None:
        return " ".join(words)
    more = after.text.split()
    if (
        0 < len(more) <= KIND_WORDS
        and len(words) + len(more) <= TITLE_WORDS[1]
        and after.text.rstrip()[-1:] not in ".?"
        and not more[0][:1].isdigit()
        and (GUIDANCE.search(after.text) or OWN_FORM.search(after.text))
    ):
        words = [*words, *more]
    return " ".join(words)


def _after(blocks: list[Block], block: Block) -> Block | None:
    """The block just after ``block`` (its next line), if it holds words."""
    at = next((i for i, b in enumerate(blocks) if b is block), None)
    nxt = blocks[at + 1] if at is not None and at + 1 < len(blocks) else None
    return nxt if nxt is not None and nxt.text.strip() else None
