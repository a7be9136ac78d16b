"""Word's fields that an applicant fills in: content controls (the Developer tab's text, date,
choice and check-box controls, inline or holding whole paragraphs) and a protected form's
legacy form fields. A control still showing its grey prompt is an empty box; one filled in is
its words.
"""

from __future__ import annotations

from typing import Any

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted
from grantcheck.documents.budget import Budget

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FF_DATA, MAX_LENGTH, VAL = f"{_W}ffData", f"{_W}maxLength", f"{_W}val"
# content controls (Word's Developer tab): a control, its settings, and what they say
SDT, SDT_PR, SDT_CONTENT = f"{_W}sdt", f"{_W}sdtPr", f"{_W}sdtContent"
PLACEHOLDER, T, TAB, P = f"{_W}showingPlcHdr", f"{_W}t", f"{_W}tab", f"{_W}p"
CHECKBOX = "{http://schemas.microsoft.com/office/word/2010/wordml}checkbox"
ONE_VALUE = {f"{_W}date", f"{_W}dropDownList", f"{_W}comboBox"}  # a date or a choice


def form_fields(element: Any) -> tuple[bool, bool, int | None]:
    """A cell's legacy form fields (a protected Word form): any check box, any text field, and
    the text field's maxLength (a character limit)."""
    check = text = False
    longest: int | None = None
    for data in element.iter(FF_DATA):
        for child in data:
            name = child.tag.rsplit("}", 1)[-1]
            check = check or name == "checkBox"
            if name == "textInput":
                text = True
                for limit in child.iter(MAX_LENGTH):
                    raw = str(limit.get(VAL) or "")
                    if raw.isdigit() and len(raw) < 9:
                        longest = max(longest or 0, int(raw))
    return check, text, longest


def inline_words(element: Any) -> str:
    """A paragraph's words with its inline content controls read as Word shows them: a check box
    is a tick box ("☐"), a text control still showing its grey prompt ("Enter details.") is
    an empty box, and one filled in is its words."""
    out = []
    for child in element.iterchildren():
        if child.tag != SDT:
            out += [" " if e.tag == TAB else e.text or "" for e in child.iter(T, TAB)]
            continue
        settings = child.find(SDT_PR)
        if settings is not None and settings.find(CHECKBOX) is not None:
            out.append(" ☐ ")
        elif settings is None or settings.find(PLACEHOLDER) is None:
            content = child.find(SDT_CONTENT)
            out += [e.text or "" for e in content.iter(T)] if content is not None else []
    return "".join(out)


def control(element: Any, paragraph: int, out: Extracted, budget: Budget) -> int:
    """A block-level content control: still showing its prompt ("Type your answer here."), an
    answer box (a date or a choice: a field); filled in, its paragraphs' words. Returns the
    paragraph count after it."""
    settings = element.find(SDT_PR)
    content = element.find(SDT_CONTENT)
    where = (("paragraph", paragraph),)  # under the paragraph before it
    if settings is not None and settings.find(PLACEHOLDER) is not None:
        one = any(settings.find(tag) is not None for tag in ONE_VALUE)
        out.blocks.append(Block(FIELD if one else SPACE, "", where))
        return paragraph
    for inner in content.iterchildren(P) if content is not None else ():
        paragraph += 1
        text = inline_words(inner).strip()
        budget.chars(len(text))
        if text:
            out.blocks.append(Block(TEXT, text, (("paragraph", paragraph),)))
    return paragraph
