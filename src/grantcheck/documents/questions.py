"""Questions and fields, from blocks of any format.

A prompt (a text block) becomes a question when it asks for prose (numbered, ends
with "?", or starts with a cue such as "Describe") and has an answer space after it
(an empty cell, ruled lines, a textarea or long text field) or states a limit. A
prompt whose words are a contact or organisation detail, a sum or a date, followed by
a space or a control, is a field; so is every control, tick-box group and signature.
Text between a prompt and its space (guidance on the question) stays with the prompt
(text_prompts.py); what each line of text is, prompt or label or answer mark, is
prompt_lines.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice, pairwise

from grantcheck.documents.about_questions import asked_later_lead, titled_guidance
from grantcheck.documents.answer_state import Pending
from grantcheck.documents.asides import ARROWS
from grantcheck.documents.blocks import FIELD, FILE, SIGNATURE, SPACE, TEXT, Block, Location, clip
from grantcheck.documents.cells import (
    blank_notes,
    grids,
    inner_heads,
    label_rows,
    leading_blanks,
    notes_beside_box,
    same_row,
)
from grantcheck.documents.facts import Evidence, Question
from grantcheck.documents.html_chrome import without_feedback
from grantcheck.documents.prepass import (
    bare_labels,
    header_rows,
    office_columns,
    sum_columns,
    tick_columns,
    uploads_shown,
)
from grantcheck.documents.prompt_lines import PromptLines
from grantcheck.documents.prompts import NUMBERED_PREFIX
from grantcheck.documents.referred_limits import (
    REF,
    SAID_REF,
    limit_columns,
    limits_by_number,
    limits_by_ref,
    ref_of,
)
from grantcheck.documents.runs import promoted
from grantcheck.documents.shapes import (
    ELSEWHERE_KEYS,
    asked_elsewhere,
    nowhere_to_write,
    on_sheets,
    once,
)
from grantcheck.documents.vocab import Vocabulary

# a box's counter as a blank form shows it, with no unit: "0 / 1500", "0/250", "0 of 600"
COUNTER = re.compile(r"0\s*(?:/|of)\s*\d{1,3}(?:,?\d{3})?")
LABELLED = 20  # characters: a box's label this long is a prompt ("Name" labels a value's box)
MOST_LABELS = 200  # boxes' labels kept (a prompt is looked for among them)
CONTROLS = ("textarea", "input", "select")  # a web form's elements that take an answer


class Reader(PromptLines):
    """Walks the blocks once, pairing prompts with the spaces after them."""

    over_controls: frozenset[Location] = frozenset()  # a web form's prompts: see prompts_over

    def feed(self, block: Block) -> None:
        if self.lead_in is not None:
            self._led(block)
        if block.kind == TEXT and not block.heading and not block.hint and self._plain(block):
            return  # plain prose, read quickly (plain.py)
        if block.hint or self._office(block):
            return  # a box's hint or counter is read with the box (its words carry the limit)
        closed, self.boxed = self.boxed, self.boxed if block.kind == SPACE else None
        if closed is not None and block.kind == TEXT and not block.heading:
            if block.text[:1] == "0" and COUNTER.fullmatch(block.text):
                self.boxed = closed  # "0 / 1500" under the box: its counter; its help may follow
                return
            if block.where not in self.over_controls and self._under_box(block, closed):
                return  # "Word count: 0/300" under the box just read: that box's limit
        if self.by_ref:
            if dict(block.where).get("table", False) in self.ref_tables:
                return  # a table of the limits, apart from the questions: nothing to fill in
            ref = ref_of(block.text) if block.kind == TEXT else None
            if ref and ref in self.by_ref:
                self._drop()
                self.ref = ref  # "C1  Service model and delivery": the question below is C1's
                if ref_alone(block.text, ref):  # "3.1 | [box]", "Q1 >>" in an answer sheet
                    said = self.by_ref[ref]
                    self.pending = Pending(block, ref, said, open=said is None)
                    if block.text.rstrip().endswith((*ARROWS, ">>", "»")):
                        self._space(Block(SPACE, "", block.where))  # "Q1 >>": write after it
                    return
                if not self.asks_prose(NUMBERED_PREFIX.sub("", block.text, count=1)):
                    return  # (a title; "Q2 Explain ..." is the question itself)
        if block.heading and self.elsewhere:
            self._drop()  # the section listing another form's questions ends: its last one too
        if block.kind != TEXT or block.heading:
            self.elsewhere = False  # somewhere to write (the form itself), or a new section
        if self.cues and block.kind == TEXT and any(key in block.text for key in ELSEWHERE_KEYS):
            self.elsewhere = (
                self.elsewhere
                or bool(self.vocab.elsewhere.search(block.text))
                or asked_later_lead(block.text)  # "You will be asked:": the form's questions
            )
        if self.shared is not None and block.kind == TEXT:
            self._section_ends(block)  # a limit shared by a section's questions: its end
        previous, self.previous = self.previous, block
        self.before = previous
        labelled, self.labelled = self.labelled, None
        if (
            block.kind == TEXT
            and previous is not None
            and previous.kind == FIELD
            and previous.group
            and same_row(previous, block)
            and "?" not in block.text
        ):  # "☐ | We have read the terms and accept them.": a tick box's own words, after it
            return
        if (
            block.kind == FIELD
            and labelled is not None
            and labelled is previous
            and block.text in ("", labelled.text, bare_label(labelled.text))
        ):  # "Name of group:" then its one-line box (a web form's, named by that label; a
            return  # fillable PDF's "Amount requested" after "4. Amount requested £"): counted
        if (
            block.kind == FIELD
            and labelled is not None
            and labelled is previous
            and block.group
            and block.text
            and self.fields
            and self.fields[-1].where == labelled.where
        ):  # "Tick each one you are sending:" over tick boxes with words of their own: the
            self.fields.pop()  # boxes are the field, the lead-in over them is not a second
        if block.kind not in (FIELD, SIGNATURE):
            self.choice_words = False  # (set again below when this block is a yes/no's words)
        if block.kind == TEXT:
            self._line(block, previous, labelled)
        elif block.kind == SPACE:
            self._space(block)
        elif block.kind in (FIELD, SIGNATURE):
            self._field(block)
        elif block.kind == FILE:
            self._drop()

    def finish(self) -> None:
        self._drop()
        self._share()
        self.questions = once(self.questions)
        for item in reversed(promoted(self.listed)):  # an email's list: its unlimited items
            if item.value and item.evidence:
                self.fields.append(item.evidence)
            elif item.evidence:
                question = Question(clip(item.text, 120), None, None, item.evidence)
                self.questions.insert(item.at, question)


def prompts_over(blocks: list[Block]) -> frozenset[Location]:
    """Where a web form's line stands right over a box or input with no label of its own, or
    one labelled by that line ("<label for=b>Describe your group (max 150 words)</label>
    <textarea id=b>", "<p>...</p><textarea>"): that control's prompt, never a note under the
    box before it, whatever limit it states (the box before would take the next one's)."""
    return frozenset(
        a.where
        for a, b in pairwise(blocks)
        if a.kind == TEXT
        and b.kind in (SPACE, FIELD)
        and b.text in ("", a.text)
        and str(dict(b.where).get("element", "")).startswith(CONTROLS)
    )


def unwritten_notes(blocks: list[Block], vocab: Vocabulary) -> list[Block]:
    """The blocks less a table's blanks among notes (cells.blank_notes, after leading_blanks)
    when those blanks are all the document's answer spaces: a guide's documents table with a
    note left empty here and there ("Document | Who must send it | Notes"), or two lists set
    side by side, one running out, has nowhere to write; a cue in a note ("On the partner's
    headed paper, saying what they will do.") asks nothing of it. A form has boxes besides."""
    if nowhere_to_write(blocks, vocab) or not any(len(b.where) >= 3 for b in blocks):
        return blocks  # (quick: nothing to take out, or no table)
    noted = blank_notes(leading_blanks(blocks))
    return noted if len(noted) < len(blocks) and nowhere_to_write(noted, vocab) else blocks


def bare_label(text: str) -> str:
    """A label's words without its number and the marks after it ("4. Amount requested £":
    "Amount requested"), as a fillable field's own name gives them."""
    return NUMBERED_PREFIX.sub("", text.strip(), count=1).rstrip(" :£").strip()


def ref_alone(text: str, ref: str) -> bool:
    """Whether ``text`` is only the reference ``ref`` (as ``ref_of`` reads it) with marks and
    no words: an answer sheet's label for the question it answers ("3.1", "Q1 >>", "C2:")."""
    head = SAID_REF.match(text.lstrip()) or REF.match(text.lstrip())
    rest = text.lstrip()[head.end() :] if head else text
    return ref_of(text) == ref and not any(c.isalnum() for c in rest)


def questions_and_fields(
    name: str,
    blocks: list[Block],
    vocab: Vocabulary,
    words_per_page: float,
    characters_per_word: float,
    tick: Callable[[], object] = lambda: None,
) -> tuple[list[Question], list[Evidence]]:
    """A document's questions and fields; ``tick`` (the document's time budget) is called as
    the blocks are read: 200,000 one-word lines took 83 processor seconds here unchecked, past
    the 30 allowed (redteam21 R5)."""
    reader = Reader(name, vocab, words_per_page, characters_per_word)
    blocks = unwritten_notes(blocks, vocab)
    heads = header_rows(blocks)  # each table's header row
    reader.tick_columns = tick_columns(heads, vocab)
    reader.limit_columns = limit_columns(heads)
    reader.sum_columns = sum_columns(heads)
    reader.by_number = limits_by_number(blocks, reader)
    reader.by_ref, reader.ref_tables = limits_by_ref(blocks, reader, reader.limit_columns)
    reader.grids, reader.heads = grids(blocks), inner_heads(blocks)
    reader.label_rows = label_rows(blocks)
    pairs = pairwise(blocks)
    reader.ruled = {a.where for a, b in pairs if a.kind == b.kind == SPACE and len(a.where) < 3}
    reader.office_columns, reader.office_rows = office_columns(blocks)
    reader.over_controls = prompts_over(blocks)
    whole = "\n".join(b.text for b in blocks)
    # (a form answered on separate sheets asks its own questions, whatever portal it names)
    reader.cues = any(key in whole for key in ELSEWHERE_KEYS) and not on_sheets(blocks, vocab)
    reader.spaceless = nowhere_to_write(blocks, vocab)
    labels = (b.text for b in blocks if b.kind == SPACE and len(b.text) >= LABELLED)
    reader.box_labels = frozenset(islice(labels, MOST_LABELS))
    blocks = leading_blanks(blocks)  # a list in columns, one column running out: no boxes
    blocks = notes_beside_box(blocks, reader.limit)  # "Guidance | [box]" under its question
    blocks = without_feedback(blocks)  # "Was this page helpful?" written out: site chrome
    for n, block in enumerate(bare_labels(uploads_shown(blocks, vocab), reader)):
        if not n % 64:
            tick()
        reader.feed(block)
    reader.finish()
    if reader.cues and reader.questions and not reader.typed and asked_elsewhere(blocks, vocab):
        return [], reader.fields
    if reader.spaceless and reader.questions and not reader.typed and titled_guidance(name, blocks):
        return [], reader.fields  # guidance notes with nowhere to write: the form asks
    return reader.questions, reader.fields
