"""The words of an upload button and of a control's help, one pattern each for every reader.

A saved page's button ("Add file", "Upload", "Browse…"), a screen reader's text version
("Button, Choose file. Required.") and a form builder's page printed to text ("Drag files here
or browse") all name an upload in the same few words; the help under a control is said the same
way in each ("Hint: Only if ...", "Help: Optional.", "Description: ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from grantcheck.documents.asks import awarded, offered
from grantcheck.documents.phrases import sentences
from grantcheck.documents.sent_objects import stands_for

# an upload button described in a page's text: "Choose file", "Select your files", "Browse…",
# "Drag and drop files here", "Click or drag a file to this area to upload" (a file must be
# named: "add your documents" in prose is an instruction, not a button)
BUTTON = re.compile(
    r"(?:\bbutton,?\s*)?\b(?:choose|select|add|upload|attach|browse\s+for)\s+"
    r"(?:a\s+|your\s+|the\s+)?files?\b|\bbrowse\s*(?:\.\.\.|…|files?\b)|\bdrag\s+(?:and|&)\s+drop\b"
    r"|(?:\b(?:click|tap)\s+or\s+)?\bdrag\s+(?:a\s+|your\s+|the\s+)?files?\s+"
    r"(?:to|into)\s+this\s+(?:area|box)\b",
    re.IGNORECASE,
)
BUTTON_WORDS = frozenset(("file", "files", "browse", "drop"))  # a quick test before the pattern
# a button's own words opening with what it does to a file: "Upload", "Attach", "Browse",
# "Add a document", "Choose attachments", "Lanlwytho ffeil", "Ychwanegu ffeil"
OWN = re.compile(
    r"^\W*(?:upload|attach|browse|lanlwytho|uwchlwytho|"
    r"(?:add|choose|select|attach)\s+(?:a\s+|your\s+|the\s+)?(?:files?|documents?|attachments?)"
    r"|ychwanegu\s+ffeil)\b",
    re.IGNORECASE,
)
# the help under a control, said as such: "Hint: Required if ...", "Help: Optional.",
# "Description: You can write up to 1,500 characters."
HINT = re.compile(r"^\s*(?:hint|help|note|guidance|description)\s*[:.-]\s*", re.IGNORECASE)
HINT_IN = re.compile(r"\b(?:hint|help)\s*:\s*", re.IGNORECASE)  # on the button's own line
# an upload's rules on the file, not help on the document: "Accepted file types: pdf, doc, docx,
# Max. file size: 10 MB.", "Maximum file size 5MB. Allowed file types: PDF, JPG."; Drupal's own
# words under its file controls: "One file only.", "10 MB limit.", "Allowed types: pdf doc docx."
FILE_RULES = re.compile(
    r"^\W*(?:(?:accepted|allowed|permitted|supported)\s+)?(?:file\s+(?:types?|formats?|size)"
    r"|max(?:imum|\.)?\s+(?:file\s+)?size)\b[^?!]{0,200}?\b\d{1,5}\s?(?:mb|kb)\b"
    r"|^\W*(?:(?:accepted|allowed|permitted|supported)\s+)?file\s+(?:types?|formats?)\s*:"
    r"[^?!]{0,200}$"
    r"|^\W*(?:\d{1,5}\s?(?:mb|kb)\s+limit|one\s+file\s+only|(?:unlimited|\d{1,2})\s+files?)\W*$"
    r"|^\W*allowed\s+types\s*:[\w\s,.]{0,120}$",
    re.IGNORECASE,
)
# a text browser's drawing of the control before its button's words: the file input's blank and
# lynx's mark for a button ("____________________ (BUTTON) Browse..."): the control, no label
DRAWN = re.compile(r"_{3,}|\(button\)", re.IGNORECASE)


# a drop zone's words: "Drag files here or browse", "Drop your file here"
DROP = re.compile(r"\b(?:drag|drop)\b.{0,20}\bhere\b", re.IGNORECASE)


def names_no_file(label: str) -> bool:
    """Whether a file input's own label is its button's or drop zone's words ("Choose file or
    drag here"), which name no document: the question it answers does."""
    return BUTTON.search(label) is not None or DROP.search(label) is not None


def uploads(words: str) -> bool:
    """Whether a button's words (known to be a button's) say it uploads a file."""
    return OWN.match(words) is not None or BUTTON.search(words) is not None


def rules_out(help_text: str) -> str:
    """An upload's help less the sentences that only give the file's rules (FILE_RULES):
    "Maximum file size 5MB. Only needed if you serve food." keeps its second sentence."""
    if FILE_RULES.match(help_text) is None:
        return help_text  # (most help: no rules at its start)
    kept = [s for s in sentences(help_text) if FILE_RULES.match(s) is None]
    return " ".join(kept)


def label_help(label: str, names: Callable[[str], bool]) -> tuple[str, list[str]]:
    """An upload's label that runs on past the sentence naming its document ("Your latest
    accounts. If your club is new, upload bank statements instead."; a saved form may wrap the
    file input in its label with all its words): the upload's name is its first sentence, the
    rest is its help, read as a hint is. A label whose first sentence names no document ("4.
    Documents", "Upload 1. Your constitution") is left whole."""
    first, *more = sentences(label) or [label]
    return (first, more) if more and names(first) else (label, [])


# an unmarked upload's label offering room for more, not asking for a document: "Photos of your
# project", "Any other supporting documents", "Additional information" (never "Photo ID ...")
OFFERED = re.compile(
    r"\b(?:photos?(?!\s+(?:id|identification)\b)|photographs?|pictures?|images?|videos?|other"
    r"|additional|further|extra|anything|optional|more)\b",
    re.IGNORECASE,
)


def offered_box(label: str, help_text: str) -> bool:
    """Whether an upload not marked required only offers room for more ("Photos of your
    project", "Any other documents"), for what stands for no document ("Receipts", "Your logo",
    "Answers to the questions"), or for what is sent after the award or may be sent ("After
    your event, upload your receipts here", "You may upload your answers ...")."""
    return bool(
        OFFERED.search(label) or stands_for(label) or awarded(help_text) or offered(help_text)
    )
