"""Uploads: a form's file controls, and the upload buttons a page's text describes.

A saved web form's ``<input type="file">`` comes as a file block with its label; a form
builder's upload question (Google Forms' "Add file"), a screen reader's "Button, Choose file.
Required." or a print preview's "Browse..." comes as text. Either way the label names the
document, the help beside it may limit it ("Required if ...", "Optional", "Groups only"), and
a required mark ("Required", a trailing "*") says every applicant sends it.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace

from grantcheck.documents.applicants import EXEMPT, WHO_ONLY
from grantcheck.documents.blocks import FILE, Block, clip
from grantcheck.documents.buttons import (
    BUTTON,
    BUTTON_WORDS,
    DRAWN,
    HINT,
    HINT_IN,
    names_no_file,
)
from grantcheck.documents.facts import Attachment, Found
from grantcheck.documents.items import form_part
from grantcheck.documents.notes import FORM_OF
from grantcheck.documents.phrases import sentences
from grantcheck.documents.section_titles import SectionTitles
from grantcheck.documents.vocab import Vocabulary, tokens

REQUIRED = re.compile(r"\brequired\b|\bmandatory\b", re.IGNORECASE)
LABEL_WORDS = 15
PROSE_WORDS = 10  # a sentence this long around a button's words tells how to attach
# an upload's help about the file, not its label: "Upload 1 supported file", "Max 10 MB"
FILE_HELP = re.compile(r"\bsupported\s+files?\b|\b\d+\s?(?:mb|kb|megabytes?)\b", re.IGNORECASE)
OPTIONAL = re.compile(r"^\s*optional\b", re.IGNORECASE)
SENT_BEFORE = re.compile(
    r"\b(?:not|no|never)\b[^.;]{0,40}?\b(?:send|upload|attach|provide|submit)\w*\b[^.;]{0,40}?"
    r"\bagain\b|\b(?:we|we've|we['’]ve)\s+already\s+(?:hold|have|got)\b",
    re.IGNORECASE,
)
# "Only upload it if you have changed it", "Only needed where ...": help saying when to send it
ONLY_WHEN = re.compile(r"^\s*only\b[^.;]{0,40}?\b(?:if|when|where|unless)\b", re.IGNORECASE)
# a documents table's cell saying every applicant sends it: "Required", "Essential", "Yes"
REQUIRED_CELL = re.compile(
    r"^\s*(?:required|mandatory|essential|yes)\b(?!\s+(?:if|only|where|when|for)\b)", re.I
)
ALONE = re.compile(r"^\s*\(?optional\)?[.!]?\s*$", re.IGNORECASE)  # "Optional." and no more
INSTEAD = re.compile(r"\binstead\b", re.IGNORECASE)
MARKED_OPTIONAL = re.compile(r"\(optional\)\W*$", re.IGNORECASE)  # an upload's label, so marked
GENERIC_WORDS = 3  # "Supporting documents", "Other evidence": a few words naming a checklist
UPLOAD_NUMBER = re.compile(r"^\s*(?:upload|file|attachment)\s+\d{1,2}\s*[.:)]", re.IGNORECASE)


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


# what a box asks of a document when its label names one: its number, reference or date
VALUE_NAMED = re.compile(r"\b(?:number|no\.|reference|ref\.?|expiry|expires|date)\b", re.I)


class Uploads(SectionTitles):
    """Reads uploads, as controls or as the text of their buttons."""

    row: list[Block] | None  # the table row being read (Rows keeps it)

    def __init__(self, name: str, vocab: Vocabulary) -> None:
        super().__init__(name, vocab)
        # the last text blocks read, each with what had been found before it
        self.recent: deque[tuple[Block, tuple[int, int, int]]] = deque(maxlen=3)
        # the upload just read from a button's text (whether required, and what had been found
        # before it): the hint on the next line may limit it
        self.last_upload: tuple[bool, tuple[int, int, int]] | None = None
        self.unnamed: Attachment | None = None  # the last upload named by its label alone

    def _sentence(self, block: Block, s: str, in_list: bool, row_text: str) -> None:
        """Read one sentence for what it asks for (the requirement reader's)."""
        raise NotImplementedError

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
        if not required and first and ALONE.match(first[0]):
            del self.attachments[attachments:]  # "Hint: Optional.": asked of nobody
        elif (
            not required
            and first
            and (
                WHO_ONLY.match(first[0])
                or self._leads_with_condition(first[0])
                or OPTIONAL.match(first[0])
            )
        ):
            self.attachments[attachments:] = [
                replace(a, conditional=True) for a in self.attachments[attachments:]
            ]
            self.policies[policies:] = [
                Found(p.value, True, p.evidence) for p in self.policies[policies:]
            ]

    def _upload(self, block: Block, row_text: str) -> None:
        """An upload: its label, and the help under it ("Only needed if ...")."""
        seen = self.since_control
        after = seen[seen.index(block.text) + 1 :] if block.text in seen else []
        if row_text:  # an upload in a table's row: the row's cells were read with the row
            after = []
        hints, self.since_control = after[-2:], []
        parts = [t for h in hints for t in sentences(h)]
        # help that names another document asks for it ("... send bank statements instead");
        # the rest qualifies this upload ("Only if your project includes sport"), and so does
        # help naming only the upload's own kind ("Quotes" / "Required if ...: a quote for each")
        label = {k for k, p in self.vocab.kinds if p.search(block.text)}
        own = [t for t in parts if {k for k, p in self.vocab.kinds if p.search(t)} <= label]
        # help offering something else in its place under a condition ("If your group has no
        # bank account, upload instead a letter from ...") asks that of some applicants, and
        # the upload's own document of the others: it is read apart, not as the upload's limit
        own = [t for t in own if INSTEAD.search(t) is None or not self._leads_with_condition(t)]
        # the label and its help are read again here, together: what they gave alone goes
        # (its own sentences too: "We already hold your policy. Only upload it if ...")
        said = {clip(t) for t in (block.text, *hints, *own)}
        self.attachments = [a for a in self.attachments if a.evidence.words not in said]
        self.policies = [f for f in self.policies if f.evidence.words not in said]
        before, policies = len(self.attachments), len(self.policies)
        found = self._found()
        self._sentence(block, " ".join([block.text or "upload", *own]), True, row_text)
        # (its help may name what goes in it: "Your constitution, set of rules or ...")
        named = any(p.search(t) for t in parts for _, p in self.vocab.kinds.could(t))
        if self._found() == found and block.kind == FILE and block.required and not named:
            self._unnamed(block, row_text)
        # a required box whose help excuses those who sent it before ("you do not need to
        # upload it again", "We already hold your policy") is sent by the others only
        # and so is one whose help excuses some ("Parish councils do not need to upload anything
        # here"): every applicant but those sends it
        required = block.required and not any(
            SENT_BEFORE.search(t) or EXEMPT.search(t) for t in own
        )
        if block.required or any(
            WHO_ONLY.match(t)
            or ONLY_WHEN.match(t)
            # (not what form it takes for some: "If you are new, your rules can be one page")
            or (self._leads_with_condition(t) and FORM_OF.search(t) is None)
            for t in own
        ):  # the page requires the upload: every applicant sends it; help opening with a
            # condition ("Required if ...", "Groups only."): only some do
            read = self.attachments[before:]
            # one box is one document: a required box whose label offers another in its place
            # ("Accounts or, if you are under a year old, bank statements *") asks every
            # applicant for the first, and the alternative only of those its condition names
            offered = required and any(a.conditional for a in read)
            keep = offered and not all(a.conditional for a in read)
            self.attachments[before:] = [
                replace(a, conditional=not required or (keep and a.conditional)) for a in read
            ]
        elif not (
            self._limited(" ".join([block.text, *own])) or self._leads_with_condition(block.text)
        ):  # "Latest accounts" / "... may upload an income and expenditure statement instead":
            # the same upload, from all (not a label opening with its condition: "15. Walking
            # groups only: upload ...")
            self.attachments[before:] = [
                replace(a, conditional=False) if a.kind in label else a
                for a in self.attachments[before:]
            ]
        if block.shown_if:  # a part of the form shown only after an earlier answer: only some
            self.attachments[before:] = [  # applicants see it, and send what it asks
                replace(a, conditional=True) for a in self.attachments[before:]
            ]
            self.policies[policies:] = [
                Found(p.value, True, p.evidence) for p in self.policies[policies:]
            ]
        cells = [b.text for b in self.row or () if b is not block] if row_text else []
        marked = any(REQUIRED_CELL.match(t) for t in cells)  # "Required", not "Required if"
        if cells and not block.required and not marked and self.row_conditional:  # an upload
            self.attachments[before:] = [  # in a documents table's row: "Safeguarding
                replace(a, conditional=True)
                for a in self.attachments[before:]  # policy |
            ]  # Required if ... | [file]"
        if not block.required and (
            any(ALONE.match(t) for t in [*own, *cells]) or MARKED_OPTIONAL.search(block.text)
        ):
            # "Optional.", "Photographs (optional)": asked of nobody, nor what its help says may
            # go in it ("For example photos or a letter of support"), read alone before it
            told = {clip(t) for t in parts}
            self.attachments = [
                a for a in self.attachments[:before] if a.evidence.words not in told
            ]
            return
        for other in (t for t in parts if t not in own):
            self._sentence(block, other, False, row_text)

    def _value_asked(self, block: Block) -> None:
        """A web form's box for a document's number, reference or date (a text input, not a
        file input: "Public liability insurance policy number (minimum cover £5 million)"),
        though under "Upload supporting documents": its label asks for the value, so the
        document it names is not sent. (A drop zone's hidden text input, labelled "Your
        safeguarding policy", names no value: the upload stands.)"""
        place = block.where[-1][1] if block.where and block.where[-1][0] == "element" else ""
        if isinstance(place, str) and place.startswith("input#"):
            label = (("element", f"label[for={place[6:]}]"),)
            self.attachments = [
                a
                for a in self.attachments
                if a.evidence.where != label or not VALUE_NAMED.search(a.text)
            ]

    def _unnamed(self, block: Block, row_text: str) -> None:
        """A required upload whose label names no known kind ("Upload a letter from your trusted
        adult *"): a document all the same, as a checklist's item is (``other``); never a
        button's words ("Choose file"), a label naming no document ("Supporting documents",
        the form itself) or asking a question, nor one after the award or in a part of the form
        the applicant may skip."""
        label = UPLOAD_NUMBER.sub("", block.text).strip(" *.")
        if (
            row_text  # (in a table's row, its cells name the document)
            or not label
            or len(label.split()) > LABEL_WORDS
            or label.endswith("?")
            or names_no_file(label)
            or form_part(label)
            or (len(label.split()) <= GENERIC_WORDS and self.vocab.checklist.search(label))
            or self.vocab.not_attachment.search(label)
            or self.after_award
            or self.optional
        ):
            return
        self.unnamed = Attachment("other", False, clip(label), self.evidence(block, label))
        self.attachments.append(self.unnamed)
