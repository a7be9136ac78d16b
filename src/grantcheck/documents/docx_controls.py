"""Word's fields that an applicant fills in: content controls (the Developer tab's text, date,
choice and check-box controls, inline or holding whole paragraphs) and a protected form's
legacy form fields. A control still showing its grey prompt is an empty box; one filled in is
its words.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Extracted
from grantcheck.documents.budget import Budget
from grantcheck.documents.phrases import has_stem

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FF_DATA, MAX_LENGTH, VAL = f"{_W}ffData", f"{_W}maxLength", f"{_W}val"
LEGACY_CHECK = f"{_W}checkBox"
# content controls (Word's Developer tab): a control, its settings, and what they say
SDT, SDT_PR, SDT_CONTENT = f"{_W}sdt", f"{_W}sdtPr", f"{_W}sdtContent"
PLACEHOLDER, T, TAB, P = f"{_W}showingPlcHdr", f"{_W}t", f"{_W}tab", f"{_W}p"
CHECKBOX = "{http://schemas.microsoft.com/office/word/2010/wordml}checkbox"
ONE_VALUE = {f"{_W}date", f"{_W}dropDownList", f"{_W}comboBox"}  # a date or a choice
RUN, INS = f"{_W}r", f"{_W}ins"
LONG_PROMPT = 300  # characters: a box's prompt is no longer (a filled-in control's words are)
LONG_FIELD = 200  # characters: a text field this long is an answer box (as a PDF's MaxLen)
TBL, TR, TC = f"{_W}tbl", f"{_W}tr", f"{_W}tc"  # a table, its row and its cell


def unwrapped(parent: Any, inner: str = TBL) -> Iterator[Any]:
    """``parent``'s children in order, a content control that holds an ``inner`` element (a
    table in a body, a row in a table) given as what it holds: a locked section or a repeating
    section round a form's table or rows. Read as a control, or not at all, their questions
    were lost."""
    for element in parent.iterchildren():
        content = element.find(SDT_CONTENT) if element.tag == SDT else None
        if content is not None and (
            content.find(inner) is not None
            or content.find(f"{SDT}/{SDT_CONTENT}/{inner}") is not None
        ):
            yield from unwrapped(content, inner)
        else:
            yield element


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
    """A paragraph's words with its inline content controls and legacy form fields read as Word
    shows them: a check box is a tick box ("☐"), a text control still showing its grey prompt
    ("Enter details.") is an empty box, and one filled in is its words."""
    out = []
    for child in element.iterchildren():
        if child.tag != SDT:
            for e in child.iter(T, TAB, FF_DATA):
                if e.tag == FF_DATA:  # a legacy form field: a check box is a tick box
                    out.append(" ☐ " if e.find(LEGACY_CHECK) is not None else "")
                else:
                    out.append(" " if e.tag == TAB else e.text or "")
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
        # the prompt the box shows may state its limit ("Click or tap here to enter text.
        # Please use no more than 200 words."): what the applicant reads in the box is the box's
        shown = "".join(e.text or "" for e in content.iter(T)) if content is not None else ""
        said = shown.strip() if not one and _states_limit(shown) else ""
        out.blocks.append(Block(FIELD if one else SPACE, said, where))
        return paragraph
    for inner in content.iterchildren(P) if content is not None else ():
        paragraph += 1
        text = inline_words(inner).strip()
        budget.chars(len(text))
        if text:
            out.blocks.append(Block(TEXT, text, (("paragraph", paragraph),)))
    return paragraph


def _states_limit(text: str) -> bool:
    """Whether a box's prompt may state a limit: a figure and a limit's unit ("200 words")."""
    return len(text) < LONG_PROMPT and any(c.isdigit() for c in text) and has_stem(text.lower())


def paragraph_box(element: Any, inline: bool) -> tuple[str, int | None] | None:
    """The box a paragraph outside a table ends in, for the applicant to fill: an inline content
    control still showing its grey prompt ("Click or tap here to enter text."), or a protected
    form's legacy text field (FORMTEXT). Its kind is a SPACE, or a FIELD for a date, a choice or
    a legacy field too short for prose; a legacy field's maxLength is a character limit. A
    paragraph of words only, or whose box comes before its words (a blank in a sentence:
    "I, ____, confirm ..."), has none."""
    if inline:
        last = _last_content(element)
        if last is None or last.tag != SDT:
            return None
        settings = last.find(SDT_PR)
        if settings is None or settings.find(PLACEHOLDER) is None:
            return None  # filled in: its words are the paragraph's
        if settings.find(CHECKBOX) is not None:
            return None  # a tick box, read as "☐"
        one = any(settings.find(tag) is not None for tag in ONE_VALUE)
        return (FIELD if one else SPACE), None
    _, typed, max_chars = form_fields(element)
    if not typed:
        return None
    long = max_chars is None or max_chars >= LONG_FIELD
    return (SPACE if long else FIELD), max_chars


def _last_content(element: Any) -> Any:
    """A paragraph's last child that shows something (a run with words, or a control), past
    its properties, bookmarks and empty runs."""
    for child in reversed(element):
        if child.tag == SDT:
            return child
        if child.tag in (RUN, INS) and "".join(t.text or "" for t in child.iter(T)).strip():
            return child
    return None
