"""A note Word prints in the margin beside a paragraph: a framed paragraph (``w:framePr``) set
to the right or outside edge, placed level with the paragraph after it ("Up to 400 words"
beside "2.2 Describe your project ..."). The file keeps the frame before that paragraph; read in
the file's order, the note would come before the prompt it is printed beside, and be taken for
the box above. Read as printed, it comes after the paragraph it sits beside.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FRAME = f"{_W}pPr/{_W}framePr"
X_ALIGN = f"{_W}xAlign"
P = f"{_W}p"
T = f"{_W}t"
BESIDE = ("right", "outside")  # where a margin note is set


def _margin_note(element: Any) -> bool:
    """Whether a body element is a paragraph framed at the right or outside edge, with words."""
    if element.tag != P:
        return False
    frame = element.find(FRAME)
    return (
        frame is not None
        and frame.get(X_ALIGN, "") in BESIDE
        and any((t.text or "").strip() for t in element.iter(T))
    )


def as_printed(body: list[Any]) -> list[Any]:
    """The body's elements with each margin note moved after the paragraph it is printed
    beside (the next paragraph with words that is not itself framed)."""
    out: list[Any] = []
    held: list[Any] = []
    for element in body:
        if _margin_note(element):
            held.append(element)
            continue
        if held and element.tag != P:
            out += held  # (a table or a control next: the note is left where the file has it)
            held = []
        out.append(element)
        if (
            held
            and element.find(FRAME) is None
            and any((t.text or "").strip() for t in element.iter(T))
        ):
            out += held
            held = []
    return out + held
