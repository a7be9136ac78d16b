"""Upload buttons a page's text describes, read with their labels and the help under them.

A form builder's upload question (Google Forms' "Add file"), a screen reader's "Button, Choose
file. Required." or a print preview's "Browse..." comes as text, not as a file control: the
words before the button (or the line before, perhaps with help between) are the upload's label,
a required mark says every applicant sends it, and the hint on the next line may limit it.
``Uploads`` reads the upload itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.applicants import WHO_ONLY
from grantcheck.documents.blocks import FILE, Block
from grantcheck.documents.buttons import BUTTON, BUTTON_WORDS, DRAWN, HINT, HINT_IN
from grantcheck.documents.facts import Found
from grantcheck.documents.level_notes import level_note
from grantcheck.documents.phrases import sentences
from grantcheck.documents.uploads import ALONE, LABEL_WORDS, Uploads
from grantcheck.documents.vocab import tokens

REQUIRED = re.compile(r"\brequired\b|\bmandatory\b", re.IGNORECASE)
PROSE_WORDS = 10  # a sentence this long around a button's words tells how to attach
# an upload's help about the file, not its label: "Upload 1 supported file", "Max 10 MB"
FILE_HELP = re.compile(r"\bsupported\s+files?\b|\b\d+\s?(?:mb|kb|megabytes?)\b", re.IGNORECASE)
OPTIONAL = re.compile(r"^\s*optional\b", re.IGNORECASE)


def _label(text: str) -> bool:
    """Whether ``text`` could be an upload's label: a few words, not its help ("Upload 1
    supported file: PDF. Max 10 MB.", "Hint: ...") nor another button."""
    return (
        len(text.split()) <= LABEL_WORDS
        and HINT.match(text) is None
        and BUTTON.search(text) is None
        and FILE_HELP.search(text) is None
    )


def _told(text: str, start: int, end: int) -> bool:
    """Whether a button's words sit in a sentence of prose telling how to attach ("Drag and drop
    files into this box, or paste them, to attach them."), not on a button ("Button, Choose
    file.", "Drag and drop files here or browse"): a button's sentence is a few words."""
    before = max(text.rfind(". ", 0, start), text.rfind(": ", 0, start))
    after = text.find(". ", end)
    return text[before + 1 : after if after >= 0 else len(text)].count(" ") > PROSE_WORDS


class UploadButtons(Uploads):
    """Reads uploads from the text of their buttons."""

    def _button(self, block: Block, row_text: str) -> bool:
        """Whether ``block`` is an upload button's text ("Upload 2. Your accounts. Button,
        Choose file. Required."); if so, read the upload it belongs to, with its label (the
        words before the button, or the line before, perhaps with help between)."""
        if BUTTON_WORDS.isdisjoint(tokens(block.text)):  # (cached: the block's words are asked
            return False  # for again when it is read)
        m = BUTTON.search(block.text)
        if m is None or _told(block.text, m.start(), m.end()):
            return False
        label = DRAWN.sub(" ", block.text[: m.start()]).strip(" ,.;:")
        rest = block.text[m.end() :].strip(" .,;")
        required = REQUIRED.match(rest) is not None  # "Button, Choose file. Required."
        hint = HINT_IN.search(rest)  # "... Choose file. Hint: Only if ...": help on one line
        hints = [rest[hint.end() :]] if hint is not None else []
        found = self._found()
        if len(label.split()) < 2:
            if not self.recent:
                return False
            before = [b for b, _ in self.recent]
            labels = [i for i in (-1, -2) if len(before) >= -i and _label(before[i].text)]
            if not labels:
                return False
            take = labels[0]  # "Your accounts *" / "Not needed if ... Max 10 MB." / "Add file"
            label = before[take].text
            hints = [b.text for b in before[take:][1:]] + hints
            found, block = self.recent[take][1], before[take]
        required = required or label.rstrip().endswith("*")
        label = label.rstrip(" *")
        self._forget(found)  # what the label and its help gave alone is read again with them
        self.since_control = [label, *hints]
        self.last_upload = (required, self._found())
        self._upload(Block(FILE, label, block.where, required=required), row_text)
        return True

    def _hint(self, block: Block) -> None:
        """The help under the upload just read ("Hint: Required if your project involves
        children."): a hint opening with a condition or "Optional" limits it. The hint is read
        as text all the same: it may name other documents ("... bank statements instead")."""
        last, self.last_upload = self.last_upload, None
        # (help with no "Hint:" before it counts when it is short and right under the upload)
        if last is None or (HINT.match(block.text) is None and block.text.count(" ") >= 40):
            return
        required, (attachments, policies, _) = last
        if self.attachments[attachments:] == [self.unnamed] and any(
            p.search(block.text) for _, p in self.vocab.kinds.could(block.text)
        ):  # "Upload 2. A document showing how your money is managed." / "Hint: Your latest
            del self.attachments[attachments:]  # accounts ...": the upload is what it names
        first = sentences(HINT.sub("", block.text, count=1))[:1]
        levels = any(a.kind == "accounts" for a in self.attachments[attachments:])
        if not required and first and ALONE.match(first[0]):
            del self.attachments[attachments:]  # "Hint: Optional.": asked of nobody
        elif (
            not required
            and first
            and (
                WHO_ONLY.match(first[0])
                # (not the accounts' level: "Hint: If your income is over £25,000 these must
                # be audited.")
                or (self._leads_with_condition(first[0]) and not (levels and level_note(first[0])))
                or OPTIONAL.match(first[0])
            )
        ):
            self.attachments[attachments:] = [
                replace(a, conditional=True) for a in self.attachments[attachments:]
            ]
            self.policies[policies:] = [
                Found(p.value, True, p.evidence) for p in self.policies[policies:]
            ]
