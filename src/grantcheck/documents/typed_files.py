"""An upload in a portal's export of its questions ("5.1 Governing document / Answer type: File
upload (PDF, max 10MB) / Required: Yes / Help text: Your constitution or rules"): the item is a
document to send, named by its title, as a web form's file control is named by its label.

Its lines about the item say who sends it: "Required: Yes" every applicant, "Required: Only
if ..." those the condition names, "Required: No" nobody (an optional upload asks nothing);
"Shown if: ..." the item is shown only after an earlier answer. Its help is read with it, as a
file control's hint is. Each item becomes its title, its help, the requirement as a hint, then
a file block, in the order a saved web form gives them (uploads.py reads them so).
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.blocks import FILE, TEXT, Block
from grantcheck.documents.lazy import lazy
from grantcheck.documents.typed import FILE_TYPE, TYPE_KEYS, about_item, answer_type

# an item's line about it, run together with others or alone: "Required: Yes", "- *Help text:*"
ABOUT = lazy(
    lambda: re.compile(
        r"(?:^|\s)[-*•]?\s*\**(required|mandatory|help\s+text|hint|shown\s+if|only\s+shown\s+if|"
        r"options|validation)\**\s*:\s*\**",
        re.IGNORECASE,
    )
)
EVERYONE = lazy(lambda: re.compile(r"^(?:yes|required|mandatory|always)\b", re.IGNORECASE))
NOBODY = lazy(lambda: re.compile(r"^(?:no|optional|not\s+required)\W*$", re.IGNORECASE))


def exported_uploads(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each upload of a portal's export read as a file block (unchanged when no
    block states an answer type)."""
    if not any(key in b.text for b in blocks if b.kind == TEXT for key in TYPE_KEYS):
        return blocks
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        # (an upload said as "Type: File upload" alone is left to the requirements' reading)
        typed = answer_type(block.text, bare=False) if block.kind == TEXT else None
        if typed is None or typed[1] != FILE_TYPE:
            out.append(block)
            continue
        before, _, written = typed
        if before:
            title = replace(block, text=before)
        elif out and out[-1].kind == TEXT and not about_item(out[-1].text):
            title = out.pop()
        else:
            out.append(block)  # (no title to name the document: read as it is)
            continue
        said = block.text[block.text.find(written) + len(written) :]
        while index < len(blocks) and blocks[index].kind == TEXT and about_item(blocks[index].text):
            said += " " + blocks[index].text
            index += 1
        out += _item(title, block, said)
    return out


def _item(title: Block, typed: Block, said: str) -> list[Block]:
    """An upload's blocks: its title, its help, the hint its requirement makes, the file."""
    parts = ABOUT.split(said)  # [before, label, value, label, value, ...]
    lines = {
        parts[i].lower().split()[0]: parts[i + 1].strip(" *") for i in range(1, len(parts) - 1, 2)
    }
    where = typed.where
    out = [title]
    if lines.get("help"):
        out.append(Block(TEXT, lines["help"], where))
    required = lines.get("required", lines.get("mandatory", ""))
    some = bool(required) and not EVERYONE.match(required) and not NOBODY.match(required)
    if NOBODY.match(required):
        out.append(Block(TEXT, "Optional.", where))
    elif some:
        out.append(Block(TEXT, required, where))  # "Only if you answer Yes to 6.1"
    # asked of some: only if a case holds, or shown only after an earlier answer
    shown = some or "shown" in lines or "only" in lines
    out.append(
        Block(
            FILE,
            title.text,
            where,
            required=not shown and EVERYONE.match(required) is not None,
            shown_if=shown,
        )
    )
    return out
