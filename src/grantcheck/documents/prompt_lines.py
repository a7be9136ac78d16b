"""A form's text lines as the question reader meets them: prompts, labels and answer marks.

A line of text may be a table's border drawn in text, a contents entry, a box's "Write here",
an answer mark ("Answer:"), a choice to make ("Registered charity?  Yes / No"), a label ending
in a colon over nothing (a field to fill in), an item about the last one ("Required: Yes") or
a prompt: each is told here, and the prompt is read on (text_prompts.py).
"""

from __future__ import annotations

from dataclasses import replace

from grantcheck.documents.asides import ARROWS, LEAD_IN_WORDS, NUMBERED_ITEM
from grantcheck.documents.blocks import FIELD, SPACE, Block
from grantcheck.documents.cells import headings_row, same_row
from grantcheck.documents.label_words import CHOICES
from grantcheck.documents.prompts import NUMBERED_PREFIX
from grantcheck.documents.shapes import (
    FILL_ENDS,
    FILL_IN,
    WRITE_HERE,
    boxed,
    contents_entry,
    marks_answer,
    options_line,
)
from grantcheck.documents.text_prompts import TextPrompts
from grantcheck.documents.twins import welsh
from grantcheck.documents.typed import about_item, answer_type


def translated(label: Block, block: Block) -> bool:
    """Whether a field's label beside the one just counted, in its row, is that label in the
    form's other language (trial23 T11)."""
    return same_row(label, block) and welsh(label.text) != welsh(block.text)


# what a table's border or a rule drawn in plain text is made of ("+------+-----+", "|  |")
BORDER = frozenset("-+=|_ :")
CURRENCY = frozenset("£$€")  # a line holding only one of these is a sum's answer line


class PromptLines(TextPrompts):
    """Tells what each line of text is, for the question reader (questions.py)."""

    def _line(self, block: Block, previous: Block | None, labelled: Block | None) -> None:
        """Read a text line (``previous``: the block before it; ``labelled``: the label just
        read, when the block before was one)."""
        if block.text[:1] in BORDER and set(block.text) <= BORDER:
            return  # "-----+------+---": a table's border drawn in text asks nothing
        if contents_entry(block.text):
            self._drop()  # "2. What we will fund ........ 3": the contents, no prompt
            return
        if labelled is not None and labelled is previous and options_line(block.text):
            return  # "Type of organisation (delete those that do not apply):" over its choices
        if "|" in block.text and not self.typed and headings_row(block.text):
            self._drop()  # "WEEK | ACTIVITY | LEAD" drawn in text: a grid's headings, the
            self._text(block)  # words over them its title; the empty rows under, one field
            return
        if self.typed and about_item(block.text):
            return  # "Required: Yes", "Shown if: 3.6 = Yes": about the item just read
        if (typed := answer_type(block.text)) is not None:
            self._typed(block, *typed)  # "Answer type: Paragraph text (max 300 words)"
            return
        if block.text.endswith(ARROWS) and self._arrowed(block):
            return  # "Group name ->", "->": an e-mail's form, answered after the arrow
        if block.text.endswith(FILL_ENDS) and (fill := FILL_IN.search(block.text)):
            if label := self._filled(block, fill.start()):  # "Describe it: [Insert here]"
                self._text(replace(block, text=label))
                self._space(Block(SPACE, "", block.where))
            return
        bare = block.text.strip(" _*:.-–>£$€").lower()
        if (
            self.pending is not None
            and len(bare.split()) <= 12
            and self.vocab.space_cue.search(bare)
        ):  # "Continue on a separate sheet if necessary.": under a box drawn on the page
            self._space(Block(SPACE, "", block.where))
            return
        if len(bare) < 60 and ("here" in bare or " box" in bare) and WRITE_HERE.match(bare):
            self._space(Block(SPACE, "", block.where))  # a box holding only "Write here"
            return
        if (
            self.pending is not None
            and not bare
            and self.pending.limit is None
            and self._sum_line(block, self.pending.block)
        ):
            p, self.pending = self.pending, None  # "6. What was your income?" over a line
            self.fields.append(self.evidence(block, p.text))  # holding only "£": a sum
            self._numbered(p.text)
            return
        if self.pending is not None and self._typed_over(block, bare):
            return  # "Type here - up to 250 words" typed over, beside its prompt
        if marks_answer(block.text, self.vocab):
            # "Answer:" (or "Your answer: £" for a sum): where the applicant writes (so, as
            self.elsewhere = False  # a drawn box, no list of another form's questions)
            self._space(Block(SPACE, "", block.where))
        elif (
            "?" in block.text
            and CHOICES.search(plain := _unstarred(block.text))
            and not boxed(block.text)
            and self.is_field_label(plain)
        ):  # (with tick boxes, the boxes are the field)
            self._drop()  # "Registered charity?  Yes / No (please circle)": a choice to make
            if previous is not None and previous.kind == FIELD and previous.group:
                return  # the words of radio buttons just read: the buttons are the field
            self.fields.append(self.evidence(block, block.text))
            self.choice_words = True
            self._numbered(block.text)
        elif (
            block.text.rstrip().endswith((":", "£", "GBP"))
            and self.is_field_label(block.text)
            and not self.asks_prose(NUMBERED_PREFIX.sub("", block.text.lstrip("-*• ")))
        ):
            self._drop()  # "Organisation name:" with nothing after it: a field to fill in
            if labelled is not None and labelled is previous and translated(labelled, block):
                return  # "How much ...? £ | Faint ...? £": one field, in two languages
            self.fields.append(self.evidence(block, block.text))
            self.labelled = block
            if block.text.count(" ") >= LEAD_IN_WORDS and not NUMBERED_ITEM.match(block.text):
                self.lead_in = self.fields[-1]  # (perhaps a list's lead-in: see _led)
            self._numbered(block.text)
        else:
            self._text(block)

    @staticmethod
    def _sum_line(block: Block, prompt: Block) -> bool:
        """Whether a line holding only a currency sign is the answer line of a sum ("£" under
        "12. How much are you asking for?"), written on: a page's "£" beside an input is the
        input's sign, and the input its field (placed by its element). In a table, "£" beside
        its label on the row ("Total income | £") is that sum's box; in a table under the
        prompt it heads a column ("Item | £"), over the cells to fill in."""
        place = dict(block.where)
        if block.text.strip() not in CURRENCY or "element" in place:
            return False
        return "table" not in place or same_row(prompt, block)


def _unstarred(text: str) -> str:
    """A line's words without Markdown's emphasis marks ("**2.2 Have you ...?** Yes / No
    *(delete as appropriate)*"): the choices after the "?" are read as printed."""
    return " ".join(text.replace("*", " ").split()) if "*" in text else text
