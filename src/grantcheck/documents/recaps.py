"""Lists that repeat what the document has already asked for, and lists read as lines.

A form often ends with a checklist to tick ("I have enclosed:", "Checklist", a "Document |
✓" table) that names again, in a word or two, the documents asked for above, without the
conditions said there ("Safeguarding policy" after "if you work with children, your
safeguarding policy"). Such a recap adds no document: where the document is asked for
elsewhere, that place says who sends it. A recap's item asked for nowhere else is a
document of its own.

A documents table read from a PDF or plain text comes as lines: a document's name, then
its "Who must send it" cell ("All applicants", "Projects working with children") on the
line after. The line after qualifies the document before it, as a table's cell would.
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.applicants import ALL_OF, LEADING_WHO, SOME_WHO
from grantcheck.documents.blocks import FIELD, Block, Location
from grantcheck.documents.conditions import LIST_ITEM, Conditions
from grantcheck.documents.facts import Attachment, Found, attachment_key
from grantcheck.documents.matrix_marks import NOT_NEEDED
from grantcheck.documents.vocab import Vocabulary

WORD = re.compile(r"\w+")  # a label's words, to compare with a line's

# a "who" line is a few words: a table's cell, never a sentence of the notes
WHO_WORDS = 14
# a word broken at a line's end, "exam- ined" ("pre- and post-event" is two words)
BROKEN = re.compile(r"(?<=[a-z])- (?=[a-z]{2})(?!(?:and|or|to|nor)\b)")
# Markdown emphasis around words: "*if* your project", "**must**"
EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}(?=\w)|(?<=\w)\*{1,2}(?![\w*])")
LINES = frozenset(("page", "line"))
ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
WRAPPED = 45  # characters: a line at least this long may have been broken by the margin
# a sentence carried on over lines is at most this long and this many lines (the forms' longest:
# about 400 characters, 4 lines): each line carried on is read again with all before it, so
# with no bound 40 KB of short lines each stopping on 'your' took 9 s (quadratic)
CARRIED = (4_000, 8)
JOINERS = frozenset(
    "a an the your our their its of and or to for with in on by from that if as any".split()
)
# a tick box typed in text: "[   ]" (white space before it from a run's start only, and the tick
# takes the white space after it: each start in a run read it to its end, quadratic)
BOX = re.compile(r"(?:(?<!\s)\s+)?\[\s*(?:[xX✓✔]\s*)?\]\s*")
THEN = re.compile(r"^\s*(?:then|if\s+so|if\s+yes|if\s+you\s+do)\b", re.IGNORECASE)
# a line carrying on with a number ("8 weeks before ...") after a word that needs one
COUNTED = re.compile(r"\d{1,3}(?:,\d{3})*\s+[a-z]")
COUNT_JOINERS = JOINERS | frozenset(
    "least than within about around over under most last next every first after before".split()
)
ENDS = (".", ";", ":", "?", "!", ")")


def counted(text: str, wrapped: tuple[Block, int, int, int, int] | None) -> bool:
    """Whether a line opening with a number and a word in lower case ("8 weeks before the event,
    and send us ...") carries on the line ``wrapped``, stopped on a word that needs it ("... a
    temporary road closure at least"); never a title's number ("3 Two written quotes")."""
    return (
        wrapped is not None
        and COUNTED.match(text) is not None
        and wrapped[0].text.rsplit(None, 1)[-1].lower() in COUNT_JOINERS
    )  # a line ending so ends its sentence or item


ENDS_AT = frozenset(ENDS)


def closes(text: str, wrapped: tuple[Block, int, int, int, int] | None) -> bool:
    """Whether a line closes the bracket the line ``wrapped`` left open ("... (for example a" /
    "Registered Assessor);", broken over a page): its first ")" before any "(", in any case."""
    if wrapped is None or ")" not in text:
        return False
    before = LIST_ITEM.sub("", wrapped[0].text, count=1)  # (not its mark's: "a) a quote (for")
    return before.count("(") > before.count(")") and text.find(")") < (text + "(").find("(")


def may_mend(text: str) -> bool:
    """Whether ``Recaps._unwrap`` could mend a line's text: a word broken at the line's end,
    Markdown emphasis or a typed tick box (each of its mends first tests for one of these)."""
    return "- " in text or "*" in text or "[" in text


class Recaps(Conditions):
    """Marks the places that recap a list, and the lines that say who sends a document."""

    def __init__(self, name: str, vocab: Vocabulary) -> None:
        super().__init__(name, vocab)
        # in a checklist to tick, or a table with a tick column and no "who" column
        self.recap = False
        self.recap_list = False  # under a heading such as "Checklist" or "I have enclosed:"
        self.recap_places: set[Location] = set()
        self.who_lines = False  # under a 'Who must send it' heading read as a line
        # the line before: its place, and how many documents and policies had been found before
        # it (a "who" line qualifies what it found)
        self.last_item: tuple[Location, int, int] | None = None
        # a line that stops mid-sentence, when it was read, and what was found before it
        self.wrapped: tuple[Block, int, int, int, int] | None = None
        self.carried = 0  # how many lines the last line read carries on from
        self.question_at = -2  # the last text block that ended with a question
        self.answer_rows: set[tuple[object, object]] = set()  # table rows with an answer box

    def _found(self) -> tuple[int, int, int]:
        """How many documents, policies and accounts levels have been found so far."""
        return len(self.attachments), len(self.policies), len(self.accounts)

    def _forget(self, counts: tuple[int, ...]) -> None:
        """Forget what was found after ``counts`` (see ``_found``), to read it again."""
        attachments, policies, accounts = counts
        del self.attachments[attachments:], self.policies[policies:], self.accounts[accounts:]
        self.plain_accounts = {i for i in self.plain_accounts if i < accounts}

    def _unwrap(self, block: Block) -> Block:
        """A line that carries on the line before ("If yes, attach your" / "safeguarding
        policy."): the two are read as one, from the first's place, and what the first found
        alone is forgotten. Words broken at a line's end and Markdown emphasis are mended."""
        text = block.text
        if "- " in text:
            text = BROKEN.sub("", text)
        if "*" in text:
            text = EMPHASIS.sub("", text)
        boxed = "[" in text and BOX.search(text) is not None  # a typed box marks a list's item
        if boxed:
            text = BOX.sub(" ", text).strip()
        wrapped, self.wrapped = self.wrapped, None
        # (it opens lower case, or with an aside in brackets that does: "(minimum cover £5m).",
        # never a list's next marker, "(e) Your safeguarding policy", "e. your policy")
        carries = (
            text[:1].islower()
            or (text[:1] == "(" and text[1:2].islower())
            or counted(text, wrapped)
            or closes(text, wrapped)
        ) and LIST_ITEM.match(text) is None
        if carries and self.who_lines and self._says_who(text):
            carries = False  # "all applicants", "only groups working with children": who sends
        carried, self.carried = self.carried, 0
        if wrapped is not None and wrapped[1] == self.blocks_read - 1 and carries:
            self._forget(wrapped[2:])
            self.carried = carried + 1
            return replace(wrapped[0], text=f"{wrapped[0].text} {text}")
        if boxed or self.ticked:  # (a typed box, or a bullet or number on the line before:
            return replace(block, text=text, item=True)  # a list's item, whatever it names)
        return block if text is block.text else replace(block, text=text)

    def _says_who(self, text: str) -> bool:
        """Whether a line under a who heading says who sends the document (review21 F6): every
        applicant, a condition, "only", or the applicants named ("groups running events")."""
        said = " ".join(text.lower().strip(" .*:;").split())
        return bool(
            self.vocab.everyone.fullmatch(said)
            or ALL_OF.fullmatch(said)
            or self.vocab.condition.search(text)
            or ONLY.search(text)
            or LEADING_WHO.match(text)
            or SOME_WHO.search(text)
        )

    def _wrap(self, block: Block, found: tuple[int, int, int]) -> None:
        """Keep a line that stops mid-sentence, with what was found before it, for the next."""
        last = block.text[-1:]  # (most lines end their sentence: one character tells)
        if "?" in block.text and not self.vocab.attach.search(block.text):
            self.asked_at = self.blocks_read  # (not "Have you attached everything?")
        if last == "?":
            self.question_at = self.blocks_read
        if last in ENDS_AT:
            return
        text = block.text.rstrip()
        if (
            text  # (a line that held only a tick box is nothing once the box is taken out)
            and not text.endswith(ENDS)
            and not block.heading
            and all(key in LINES for key, _ in block.where)  # a line of a PDF or a text
            and any(key == "line" for key, _ in block.where)
            # a line a margin broke is long, or stops on a word that needs the next ("If yes,
            # attach your"); a short title does not ("6. What you need to send"); a documents
            # table read as lines breaks its narrow cells short ("Accounts for your last two" /
            # "financial years" / "Everyone": the second is the name's, not who sends it)
            and (
                len(text) >= WRAPPED
                or text.rsplit(None, 1)[-1].lower() in JOINERS
                or self.who_lines
            )
            and len(text) < CARRIED[0]
            and self.carried < CARRIED[1]
        ):
            self.wrapped = (block, self.blocks_read, *found)

    # the groups two boxes or more share (a web page's check boxes of one name), set by
    # measure_blocks
    box_sets: frozenset[str] = frozenset()

    def _boxed(self, box: Block) -> None:
        """A control between two lines: a box before each of a checklist's lines ("[box] a copy
        of your rules" / "[box] a recent bank statement") starts the next line afresh, unless
        the line before stops on a word that needs it ("If yes, attach your" [Yes/No] ...)."""
        self.box_label = box.text if box.kind == FIELD else ""
        self.box_group = box.group if box.kind == FIELD else ""
        if self.wrapped is not None:
            last = self.wrapped[0].text.rsplit(None, 1)[-1].lower()
            if last not in JOINERS:
                self.wrapped = None

    def _own_box(self, block: Block) -> bool:
        """Whether a checklist's line is read just after its own box: a fillable form's check
        box placed left of its words, its label their start ("[box] Your latest accounts. If
        you are new, ..."), so the line is the box's item however many sentences its note
        runs to; not the box of the line before, read after that line (a Word form's)."""
        if not (self.checklist and self.after_box and self.box_label):
            return False
        label = WORD.findall(self.box_label[:60].lower())[:6]  # (quotes typed either way)
        return label == WORD.findall(block.text[:120].lower())[: len(label)]

    def _ticked_line(self, block: Block) -> bool:
        """Whether a checklist's line is read right after a tick box before it: its own box
        (labelled with its words), or one of a group of boxes, one before each line, named by
        the form's maker ("s4 doc3"). Either way the line is an item to read, whether or not
        a kind of document names it ("[box] Photographs of the damage"); but a box of another
        set than the list's first item's is another question's option or a declaration's
        ("How did you hear about us?" / "[box] Word of mouth"), not a document (review22 F2)."""
        if not (self._own_box(block) or (self.checklist and self.after_box and self.box_group)):
            return False
        group = self.box_group
        if group not in self.box_sets:
            return True  # (a box of its own: a fillable PDF's, named by its label)
        if self.list_group is None:
            self.list_group = group
        return group == self.list_group

    def _answers_question(self, block: Block, s: str) -> bool:
        """'Does your group work with children?' / 'Then send us your safeguarding policy.': a
        sentence opening with "Then" or "If so" after a question asks only when the answer is
        yes (the question in the same block, or the line before)."""
        if THEN.match(s) is None:
            return False
        before = block.text[: block.text.find(s)] if s in block.text else ""
        return "?" in before or self.question_at == self.blocks_read - 1

    def recapped(self, block: Block) -> None:
        """Note that ``block`` sits in a recap: what it names counts only if asked for nowhere
        else."""
        self.recap_places.add(block.where)

    def who_line(self, block: Block, text: str, kinds: bool) -> bool:
        """Whether ``text`` is the 'Who must send it' line of the document on the line before
        (and if so, apply it to what that line found); ``kinds``: ``text`` names a document."""
        last, self.last_item = self.last_item, None
        if kinds and not any(c in text for c in ",:;") and self._leads_with_condition(text):
            kinds = False  # "Only if you lease the building": a lease names whose case it is
        if (
            not self.who_lines
            or last is None
            or kinds
            or text.count(" ") >= WHO_WORDS
            or "cell" in dict(block.where)
        ):
            return False
        said = " ".join(text.lower().strip(" .*:;").split())
        if self.vocab.everyone.fullmatch(said) or ALL_OF.fullmatch(said):
            return True  # "All applicants": as the line before said
        _, attachments, policies = last
        if NOT_NEEDED.fullmatch(said):  # "Required? | No", "Not required": not asked at all
            del self.attachments[attachments:], self.policies[policies:]
            return True
        self.attachments[attachments:] = [
            replace(a, conditional=True) for a in self.attachments[attachments:]
        ]
        self.policies[policies:] = [
            Found(p.value, True, p.evidence) for p in self.policies[policies:]
        ]
        return True

    def settled(self) -> tuple[list[Attachment], list[Found]]:
        """The documents and policies asked for, less a recap's that are asked elsewhere."""
        places = self.recap_places
        if not places:
            return self.attachments, self.policies
        asked = {attachment_key(a) for a in self.attachments if a.evidence.where not in places}
        held = {str(p.value) for p in self.policies if p.evidence.where not in places}
        return (
            [
                a
                for a in self.attachments
                if a.evidence.where not in places or attachment_key(a) not in asked
            ],
            [
                p
                for p in self.policies
                if p.evidence.where not in places or str(p.value) not in held
            ],
        )
