"""Uploads: a form's file controls, and the uploads its text's buttons describe.

A saved web form's ``<input type="file">`` comes as a file block with its label; an upload
button described in text ("Button, Choose file. Required.") is found by ``UploadButtons``
(upload_buttons.py) and read here the same way. Either way the label names the document, the
help beside it may limit it ("Required if ...", "Optional", "Groups only"), and a required mark
("Required", a trailing "*") says every applicant sends it.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace

from grantcheck.documents.applicants import EXEMPT, WHO_ONLY
from grantcheck.documents.blocks import FILE, Block, clip
from grantcheck.documents.buttons import label_help, names_no_file, offered_box, rules_out
from grantcheck.documents.facts import Attachment, Found
from grantcheck.documents.items import form_part
from grantcheck.documents.level_notes import FORM_OF, holds_only, level_note
from grantcheck.documents.loosely import LETTER
from grantcheck.documents.phrases import sentences
from grantcheck.documents.section_titles import SectionTitles
from grantcheck.documents.vocab import Vocabulary

LABEL_WORDS = 15
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
EXAMPLES = re.compile(r"^\s*(?:(?:for\s+example|for\s+instance|such\s+as)\b|e\.\s?g\.)", re.I)
ALONE = re.compile(r"^\s*\(?optional\)?[.!]?\s*$", re.IGNORECASE)  # "Optional." and no more
INSTEAD = re.compile(r"\binstead\b", re.IGNORECASE)
MARKED_OPTIONAL = re.compile(r"\(optional\)\W*$", re.IGNORECASE)  # an upload's label, so marked
# help saying what a letter says: "The letter should say that the school supports the project"
SUPPORTS = re.compile(r"\b(?:supports?|supporting|backs|endorses?)\b", re.IGNORECASE)
GENERIC_WORDS = 3  # "Supporting documents", "Other evidence": a few words naming a checklist
UPLOAD_NUMBER = re.compile(r"^\s*(?:upload|file|attachment)\s+\d{1,2}\s*[.:)]", re.IGNORECASE)
# a part of the form's number before its title: "4. Documents", "5) Attachments", "6.2 Documents"
PART_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})?[.)]?\s+")

# help asking for another document besides ("Please also upload a risk assessment"), not
# another way to send this one ("You may also send these by email")
ALSO = re.compile(
    r"\balso\s+(?:upload|send|attach|enclose|provide|include)\s+"
    r"(?:a|an|your|any|copies|a\s+copy)\b",
    re.IGNORECASE,
)
# help asking for something of its own, not describing the box's document ("Also upload ...")
ASKS_MORE = re.compile(
    r"\b(?:also|as\s+well|too|upload|send|attach|enclose|provide|submit)\b", re.IGNORECASE
)
# what a box asks of a document when its label names one: its number, reference or date
VALUE_NAMED = re.compile(r"\b(?:number|no\.|reference|ref\.?|expiry|expires|date)\b", re.I)


class Uploads(SectionTitles):
    """Reads uploads, as controls or as found in the text of their buttons."""

    row: list[Block] | None  # the table row being read (Rows keeps it)

    def __init__(self, name: str, vocab: Vocabulary) -> None:
        super().__init__(name, vocab)
        # the last text blocks read, each with what had been found before it
        self.recent: deque[tuple[Block, tuple[int, int, int]]] = deque(maxlen=3)
        # the upload just read from a button's text (whether required, and what had been found
        # before it): the hint on the next line may limit it
        self.last_upload: tuple[bool, tuple[int, int, int]] | None = None
        self.unnamed: Attachment | None = None  # the last upload named by its label alone
        self.uploads_marked = False  # an upload marked required has been read (the page marks them)

    def _sentence(self, block: Block, s: str, in_list: bool, row_text: str) -> None:
        """Read one sentence for what it asks for (the requirement reader's)."""
        raise NotImplementedError

    def _upload(self, block: Block, row_text: str) -> None:
        """An upload: its label, and the help under it ("Only needed if ...")."""
        seen = self.since_control
        # (not in a table's row: the row's cells were read with the row)
        after = seen[seen.index(block.text) + 1 :] if block.text in seen and not row_text else []
        # (the file's rules, not help: "Max. file size: 10 MB." before "Only if ..." goes alone)
        # (nor help asking for something more, "Please also upload a risk assessment": read as
        # it stands, another document)
        after = [r for t in after if (r := rules_out(t)) and ALSO.search(r) is None]
        # (help giving examples of what goes in it, however far above the file's rules; never a
        # general box's, "Supporting documents": its examples are what may go in it)
        ones = not self._generic(block.text)
        hints = [t for t in after[:-2] if ones and EXAMPLES.match(t)] + after[-2:]
        self.since_control = []
        whole, (first, more) = block.text, label_help(block.text, self.vocab.kinds.names)
        block, hints = replace(block, text=first), [*more, *hints]
        parts = [t for h in hints for t in sentences(h)]
        # help that names another document asks for it ("... send bank statements instead");
        # the rest qualifies this upload ("Only if your project includes sport"), and so does
        # help naming only the upload's own kind ("Quotes" / "Required if ...: a quote for each")
        label = self._kinds_in(block.text)
        levels = "accounts" in label
        # and so does help giving examples of what goes in it ("For example the provider's
        # approval, or each trainer's certificate"): one box is one document
        own = [t for t in parts if self._kinds_in(t) <= label or (ones and EXAMPLES.match(t))]
        # help offering something else in its place under a condition ("If your group has no
        # bank account, upload instead a letter from ...") asks that of some applicants, and
        # the upload's own document of the others: it is read apart, not as the upload's limit
        own = [t for t in own if INSTEAD.search(t) is None or not self._leads_with_condition(t)]
        # the label and its help are read again here, together: what they gave alone goes
        # (its own sentences too: "We already hold your policy. Only upload it if ...")
        said = {clip(w) for t in (whole, *hints, *own) for w in (t, t.rstrip(" *"))}
        self.attachments = [a for a in self.attachments if a.evidence.words not in said]
        self.policies = [f for f in self.policies if f.evidence.words not in said]
        before, policies = len(self.attachments), len(self.policies)
        found = self._found()
        title = "" if self._part_title(block.text) else block.text
        self._sentence(block, " ".join([title or "upload", *own]), True, row_text)
        if not any(ASKS_MORE.search(t) for t in own):
            self._one_named(block.text, " ".join(own), before)
        # (its help may name what goes in it: "Your constitution, set of rules or ...")
        named = any(p.search(t) for t in parts for _, p in self.vocab.kinds.could(t))
        self.uploads_marked = self.uploads_marked or (block.kind == FILE and block.required)
        # an upload whose label names no kind: required, or on a page that marks none required
        # ("Evidence of FCA authorisation": every upload there asks), never one whose label's
        # kind is asked later ("Your constitution" / "leave this blank and send it before ...")
        unmarked = not (self.uploads_marked or self.vocab.kinds.names(block.text))
        if (
            self._found() == found
            and block.kind == FILE
            and not named
            and (block.required or unmarked)
        ):
            self._unnamed(block, row_text, " ".join(own))
        # a required box whose help excuses those who sent it before ("you do not need to
        # upload it again", "We already hold your policy") is sent by the others only
        # and so is one whose help excuses some ("Parish councils do not need to upload anything
        # here"): every applicant but those sends it
        required = block.required and not any(
            SENT_BEFORE.search(t) or EXEMPT.search(t) for t in own
        )
        # the help that may limit the upload: not the accounts' level, nor what the document
        # must hold ("It must cover working near water if ...")
        limiting = [t for t in own if not (levels and level_note(t)) and not holds_only(t)]
        if block.required or any(
            WHO_ONLY.match(t)
            or ONLY_WHEN.match(t)
            # (not what form it takes for some: "If you are new, your rules can be one page")
            # (nor the accounts' level: "If your income is over £25,000 these must be examined")
            or (
                self._leads_with_condition(t)
                and FORM_OF.search(t) is None
                and not (levels and level_note(t))
            )
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
        elif any(EXEMPT.search(t) for t in own):  # "Parish councils need not upload this":
            self.attachments[before:] = [  # the others send it
                replace(a, conditional=True) if a.kind in label else a
                for a in self.attachments[before:]
            ]
        elif not (
            self._limited(" ".join([block.text, *limiting]))
            or self._leads_with_condition(block.text)
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

    def _one_named(self, label: str, help_text: str, since: int) -> None:
        """One box is one document: where the label names one document the closed list does
        not ("Landowner's permission") and help asking for nothing describes it in other words
        ("A letter or email from the landowner ..."), the help's first name is the label's
        document (a second it names is a document of its own: "... and a copy of your lease";
        a label naming two, "Lease and landlord's consent", is two)."""
        low, said = label.lower(), help_text.lower()
        others = [a for a in self.attachments[since:] if a.kind == "other"]
        if len(others) < 2 or sum(a.name in low for a in others) != 1:
            return
        helped = [a for a in others if a.name not in low and a.name in said]
        if helped:
            first = min(helped, key=lambda a: said.find(a.name))
            self.attachments[since:] = [a for a in self.attachments[since:] if a is not first]

    def _kinds_in(self, text: str) -> set[str]:
        """The kinds ``text`` names, less a kind matched only inside a longer name of another
        ("certificate" in "each volunteer's DBS certificate" names no insurance certificate)."""
        spans = [(m.start(), m.end(), k) for k, p in self.vocab.kinds for m in p.finditer(text)]
        return {
            k
            for a, b, k in spans
            if not any(c <= a and b <= d and d - c > b - a and j != k for c, d, j in spans)
        }

    def _generic(self, label: str) -> bool:
        """Whether an upload's label is a few words naming a list ("Supporting documents",
        "Other evidence"), not a document."""
        return len(label.split()) <= GENERIC_WORDS and bool(self.vocab.checklist.search(label))

    def _part_title(self, label: str) -> bool:
        """Whether an upload's label is only its part of the form's numbered title ("4.
        Documents", as a page labels a hidden file input by its group's heading): the part's,
        naming no document ("4. Your constitution" names one)."""
        number = PART_NUMBER.match(label)
        rest = label[number.end() :].strip(" *.") if number is not None else ""
        return bool(rest) and self._generic(rest) and not self.vocab.kinds.names(rest)

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

    def _unnamed(self, block: Block, row_text: str, help_text: str) -> None:
        """A required upload whose label names no known kind ("Upload a letter from your trusted
        adult *"): a document all the same, as a checklist's item is (``other``; a letter whose
        help says its writer supports the project is a letter of support); never a
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
            or self._generic(label)
            or self.vocab.not_attachment.search(label)
            or self.after_award
            or self.optional
            or (not block.required and offered_box(label, help_text))
        ):
            return
        supports = LETTER.search(label) and SUPPORTS.search(help_text)
        kind = "letters_of_support" if supports else "other"
        self.unnamed = Attachment(kind, False, clip(label), self.evidence(block, label))
        self.attachments.append(self.unnamed)
