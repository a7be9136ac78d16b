"""A form written out as a screen reader announces it: the "text version" councils publish
for people who use one ("Question 3 of 12. Email address." / "Edit field. Required." /
"Hint: ..."). Each control is a line naming its role, as NVDA, JAWS or VoiceOver says it:
"Edit field", "Multi-line edit field", "Radio button, not selected, ..., 1 of 4", "Check
box, not checked", "Combo box", "Group, 3 items", "Button, Choose file". Read as prose, those
lines are words, and no box is seen: here each becomes the control it names, so the prompt
above it is a question (a box of several lines), a field (one line, a choice, a date) or an
upload (a file button stays text: uploads.py reads it with its label and help). Buttons that
only move through the form, links and heading levels are not the form's words.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block
from grantcheck.documents.buttons import HINT, uploads

# a control's role, opening its line ("Edit field. Required.", "Button, Choose file.") or after
# its label ("Email address, edit text, required")
ROLE = re.compile(
    r"(?:^|,\s*)(?P<role>multi[- ]?line\s+edit(?:\s+(?:field|text|box))?"
    r"|edit(?:\s*,)?\s+multi[- ]?line|text\s*area|edit(?:\s+(?:field|text|box))?"
    r"|text\s+(?:field|box)"
    r"|radio\s+button(?:\s+group)?|check\s*box|tick\s+box|combo\s+box|drop[- ]?down(?:\s+list)?"
    r"|list\s+box|spin\s+button|date\s+picker|group(?=,\s*\d+\s+items)"
    r"|button|link|heading(?:\s+level\s+\d)?)(?=\s*[,.:;]|\s*$)",
    re.IGNORECASE,
)
LONG = re.compile(r"multi|area", re.IGNORECASE)
CHOICE = re.compile(r"radio|check|tick|combo|drop|list|spin|picker", re.IGNORECASE)
ITEMS = re.compile(r"group,\s*(\d{1,2})\s+items", re.IGNORECASE)
# what a control's announcement says of its state, not its label
STATE = re.compile(
    r"\b(?:not\s+)?(?:checked|selected|ticked|pressed)\b|\b(?:required|mandatory)\b"
    r"|\b\d+\s+of\s+\d+\b|\b\d+\s+options?\b|[,.;]",
    re.IGNORECASE,
)
ENOUGH = 3  # role lines: fewer, and a document only mentions a button or a link


def _role(text: str) -> tuple[str, str, str] | None:
    """A role line's role, the label before it (VoiceOver says the label first: "Email
    address, edit text, required") and the words after it; None for a line of prose. The role
    is a whole clause: "Edit your answers" is an instruction, "Edit field." a control."""
    if len(text) > 160:
        return None
    m = ROLE.match(text)
    if m is None:
        m = ROLE.search(text)
        if m is None or len(text[: m.start()].split()) > 12:
            return None
    return m["role"].lower(), text[: m.start()].strip(" ,."), text[m.end() :]


def role_lines(lines: list[str]) -> set[int]:
    """The numbers (from 1) of the lines of a plain text that name a control, when it has
    ``ENOUGH`` of them: each is a block of its own, never the end of a wrapped sentence."""
    opening = [n for n, line in enumerate(lines, start=1) if ROLE.match(line.strip())]
    if len(opening) < ENOUGH:
        return set()
    return {n for n, line in enumerate(lines, start=1) if _role(line.strip()) is not None}


def announced(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a screen reader's role lines read as the controls they name (unchanged
    when the text has fewer than ``ENOUGH`` of them)."""
    opening = (b.kind == TEXT and ROLE.match(b.text) is not None for b in blocks)
    if sum(opening) < ENOUGH:  # (quick: a role opening the line, tested where it starts)
        return blocks
    roles = [_role(b.text) if b.kind == TEXT else None for b in blocks]
    out: list[Block] = []
    group = ""
    i = 0
    while i < len(blocks):
        block, role = blocks[i], roles[i]
        i += 1
        if role is None:
            out.append(block)
            group = ""
            continue
        name, label, rest = role
        if label:  # the control's label, said before its role
            out.append(Block(TEXT, label, block.where))
        hints: list[Block] = []
        while i < len(blocks) and roles[i] is None and HINT.match(blocks[i].text):
            hints.append(blocks[i])  # "Hint: You can write up to 1,500 characters."
            i += 1
        if name.startswith("heading"):
            if out and out[-1].kind == TEXT:  # "Heading level 1." under the heading's words
                last = out[-1]
                out[-1] = Block(TEXT, last.text, last.where, heading=True)
            out += hints
            continue
        if name == "link" or (name == "button" and not uploads(rest.lstrip(" ,.;:"))):
            out += hints  # "Button, Continue.", "Link, Back.": moving through the form
            continue
        if name == "button":  # "Button, Choose file. Required.": an upload, read as the text
            out += [block, *hints]  # of its button (uploads.py), with its help
            continue
        items = ITEMS.match(name + rest) or ITEMS.search(block.text)
        if items:  # "Group, 3 items." then "Edit field, Day." ...: one field (a date)
            skip = int(items[1])
            while skip and i < len(blocks) and roles[i] is not None:
                skip, i = skip - 1, i + 1
            out.append(Block(FIELD, "", block.where))
            out += [Block(TEXT, h.text, h.where, hint=True) for h in hints]
            continue
        if CHOICE.search(name):  # a choice's options, announced one a line: one group
            if not group:
                group = f"announced {dict(block.where)}"
                own = " ".join(STATE.sub(" ", rest).strip(" ,.;").split())
                # "Check box, not checked. I agree ...": the words after the role are its label
                text = own if len(own.split()) >= 2 else ""
                out.append(Block(FIELD, text, block.where, group=group))
            out += [Block(TEXT, h.text, h.where, hint=True) for h in hints]
            continue
        group = ""
        if LONG.search(name):  # a box of several lines: its hint gives the limit
            words = " ".join(HINT.sub("", h.text) for h in hints)
            out.append(Block(SPACE, words, block.where))
        else:
            out.append(Block(FIELD, "", block.where))
            out += [Block(TEXT, h.text, h.where, hint=True) for h in hints]
    return out
