"""What a prompt's words, and the blocks around it, show about it: a sub-question's letter, a
cell saying a question has no limit, a choice written out ("Yes    No"), tick boxes in the
words, the same prompt given in a bilingual form's other language, an office-use box, and a
guidance document saying the questions it lists are another form's.
"""

from __future__ import annotations

import re
import string

from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.facts import Question
from grantcheck.documents.language import language
from grantcheck.documents.vocab import Vocabulary

SUBITEM = re.compile(r"^\s*\(?[a-h]\)\s|^\s*\(?[ivx]{1,4}\)\s", re.IGNORECASE)
# a cell that says a question has no limit, or holds nothing yet
PLACEHOLDER = re.compile(r"^\s*(?:[-–—]+|n/?a|none|no limit|dim)\s*$", re.IGNORECASE)
CHOICE_ONLY = re.compile(
    r"^[\W_]*(?:yes|ydy|oes)[\W_]+(?:or[\W_]+)?(?:no|nac ydy|nac oes)"
    r"(?:[\W_]+(?:not sure|don['’]?t know|n/a))?[\W_]*$",
    re.IGNORECASE,
)
# how to mark the choice, in brackets after it: "(please delete)", "(delete as appropriate)"
MARKING = ("delete", "circle", "tick", "underline", "appropriate")


def choice_only(text: str) -> bool:
    """Whether a line is only a yes/no choice ("Yes / No", "YES / NO (please delete)", "Yes / No
    / Not sure"): the field of the question above it."""
    bare = text.rstrip()
    at = bare.rfind("(") if bare.endswith(")") else -1
    if at > 0 and any(word in bare[at:].lower() for word in MARKING):
        bare = bare[:at]
    return CHOICE_ONLY.match(bare) is not None


# a prompt's number, as a bilingual form repeats it in each language: "2.1", "Q4", "B3"
TWIN_NUMBER = re.compile(r"^\s*(?:q\.?\s*)?([a-z]?\d{1,3}(?:\.\d{1,3})*)[.):]?\s", re.I)
# words every "asked elsewhere" cue has one of, in the cases they are written in
ELSEWHERE_KEYS = (
    "uestion",
    "UESTION",
    " asks",
    " be asked",
    "will ask",
    "r answers",  # "plan your answers"
    "is guidance",  # "not on this guidance"
    "cwesti",
    "portal",  # "on the Foundation's grants portal"
    "nline form",  # "A short online form: ..."
    "orm has",  # "The application form has five sections"
    "platform",  # "Fill these in on the crowdfunding platform:"
    " page",  # "Your project page has four parts:"
)
# a form named as what asks, words between: "The full application form will ask you:", "The
# stage 2 form asks:", "... the full application form. It asks:", "Fill in Document 2, the
# Response Form, in Word. It asks", "Questions on the stage 2 form:", "a full form with these
# questions", "The application form has five sections" (but not "This form has": a document
# with nowhere to write can be the form itself, answered in a reply), a step's word between
# ("The site's form then asks you about:", "The portal will also ask"); vocabulary's
# elsewhere_cues are whole phrases
FORM_ASKS = re.compile(
    r"\b(?:form|portal)(?:[^.?!\n]{0,40}\.\s+it)?\s+(?:(?:will|then|also|next|now)\s+){0,3}"
    r"asks?\b"
    r"|\b(?:the|our|application|response)\s+form\s+has\s+(?:[\w-]+\s+){0,2}"
    r"(?:sections|parts|questions)\b"
    r"|\bquestions\s+(?:on|in)\s+(?:the|our|your)\s+(?:[\w-]+\s+){0,3}(?:form|portal)\b"
    r"|\b(?:form|portal)\s+with\s+(?:these|the\s+following)\s+questions\b",
    re.IGNORECASE,
)
# where else the applicant writes: a page of their own on a crowdfunding or fundraising site
# ("Your project page has four parts", "your campaign page"), or a platform named as where
# ("Fill these in on the crowdfunding platform"): what a guide lists with lengths is written
# there, not in the guide
WRITTEN_ON = re.compile(
    r"\b(?:project|campaign|crowdfunding|crowdfunder|fundraising|appeal)\s+pages?\b"
    r"|\b(?:on|in|through|via)\s+(?:the|our|a|their)\s+(?:[\w-]+\s+){0,2}platform\b",
    re.IGNORECASE,
)
# the form a sentence speaks of is the one it is in: "this (application) form" ("our form" is
# either: guidance says "Our application form has three questions" of the form it describes)
SELF = re.compile(r"\bthis\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a box holding only its prompt to write: "Write or draw your answer here", "Type here", "Type
# your response in this box"
WRITE_HERE = re.compile(
    r"(?:please\s+)?(?:write|type|enter|draw|put)\b[\w\s,/]{0,30}?\b(?:here|in\s+this\s+box)\b\W*$"
    r"|click or tap here to enter text\W*$",
    re.IGNORECASE,
)
# a template's placeholder for the answer, alone or after its label: "[Insert text here]",
# "Name of group: [Type here]", "<Enter your answer>", "[Your answer]"
FILL_IN = re.compile(
    r"[\[<«]\s*(?:please\s+)?(?:insert|type|enter|add|write|put|your|answer|complete|fill)\b"
    r"[^\]>»\[<«]{0,40}[\]>»]\W*$",
    re.IGNORECASE,
)
# the one question an answer marker names, at its end: "(2.1)", "to question 3", "for Q4", "to
# B2" (a range, "(3.1 to 3.3)", names several items, each answered on its own line below).
# Quadratic on a run of white space (each start reads the run to its end): it only ever runs
# on a marker of MARKER_CHARS or fewer (marks_answer), so it is never given a long run
ANSWERS_REF = re.compile(
    r"\s*(?:\(\s*(?:q(?:uestion)?\.?\s*)?[a-z]?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?\s*\)"
    r"|\s(?:to|for)\s+(?:q(?:uestion)?\.?\s*)?[a-z]?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)$"
)
MIN_LETTERS, MOSTLY = 3, 0.8  # a line's letters in one script: this many, this share at least
ASCII_LETTERS = string.ascii_letters.encode()  # (what isalpha() finds in ASCII text)
STATEMENT = 12  # words: a sentence this long is no label
# an indirect ask in a sentence about the funder ("We are interested in how you ...", "Our
# panel will want to understand how you will ..."): the applicant is asked after all
ASKS_INDIRECTLY = re.compile(
    r"\b(?:how|what|why|who|whom|whose|whether|which|where|interested|like to|want|wants"
    r"|wish|keen|hear about|know about|understand)\b",
    re.IGNORECASE,
)
# a contents entry: a title of at most 100 characters, a leader of dots, its page number (not
# a limit's figure: "Tell us about your project… 300 words maximum", Word's ellipsis typed)
CONTENTS_ENTRY = re.compile(
    r"[^.…]{1,100}(?:\.[^.…]{1,100})?(?:\.{4,}|…+)\s*\d{1,3}(?!\d)"
    r"(?!\s*(?i:words?|characters?|chars?|pages?|sides?|lines?)\b)(?:\s|$)"
)
OPTIONS, OPTION_WORDS = 3, 4  # a line of choices: this many at least, each this short at most
MARKER_CHARS = 40  # an answer marker's line is short: "Type your answer here:" with room to spare
FILL_ENDS = ("]", ">", "»", "].")  # (a quick test before FILL_IN)
OFFICE = re.compile(r"\b(?:for\s+)?office\s+use\b|\bd?defnydd\s+(?:y\s+)?swyddfa\b", re.I)


def asked_elsewhere(blocks: list[Block], vocab: Vocabulary) -> bool:
    """Whether a document with nowhere to answer (no answer space, field or upload) says its
    questions are asked elsewhere ("These are the questions on the portal", "The online form
    asks ..."): guidance listing a form's questions, each with its word count, so that
    applicants can draft their answers. The questions are that form's, not this document's."""
    if not nowhere_to_write(blocks, vocab):
        return False  # (a form: somewhere to write)
    return any(
        any(key in b.text for key in ELSEWHERE_KEYS)  # (a quick test: most text has none)
        and (vocab.elsewhere.search(b.text) is not None or _another_form(b.text))
        for b in blocks
    )


def _another_form(text: str) -> bool:
    """Whether ``text`` tells what another form asks (FORM_ASKS), not what this one does: never
    after "this" ("This application form has four sections", "Please fill in this form in
    black ink. It asks about your group ...": a form with blank space to write in); or names
    where else the applicant writes (WRITTEN_ON: "your project page", "on the platform")."""
    return (
        any(
            SELF.search(text, max(0, m.start() - 40), m.start()) is None
            for m in FORM_ASKS.finditer(text)
        )
        or WRITTEN_ON.search(text) is not None
    )


def on_sheets(blocks: list[Block], vocab: Vocabulary) -> bool:
    """Whether a document says its answers go on sheets of the applicant's own ("Answer each
    question on separate sheets, headed with its reference"): it is the form, its questions
    its own, though it draws nowhere to write and names a portal (to send it through)."""
    return any("separate" in b.text and vocab.sheets.search(b.text) for b in blocks)


def nowhere_to_write(blocks: list[Block], vocab: Vocabulary) -> bool:
    """Whether a document has no answer space, field or upload at all. A line that is only the
    form's own answer marker ("Response:", "Your answer:", under each item) is where to write,
    though the reader hands it on as words (a printed preview's items are read by it)."""
    return all(
        b.kind == TEXT
        and not (len(b.text) < MARKER_CHARS and ":" in b.text and marks_answer(b.text, vocab))
        for b in blocks
    )


def options_line(text: str) -> bool:
    """Whether a line is only the choices of a field above it, three or more short ones split
    by slashes ("Registered charity / CIC / Constituted community group / Other"): a choice to
    make (delete, circle or tick), not a prompt of its own."""
    if text.count(" / ") < OPTIONS - 1 or "?" in text or ":" in text:
        return False
    parts = [part.strip() for part in text.split(" / ")]
    return all(0 < len(part.split()) <= OPTION_WORDS and part[-1:] != "." for part in parts)


def funder_tells(text: str) -> bool:
    """Whether a prompt is the funder's sentences about itself ("We will acknowledge your
    application by email and tell you our decision within six weeks.", "Our panel meets
    monthly ..."): a sentence whose subject is the funder tells, and unless it asks (the caller
    checks) a space after it is the page's, not an answer's. A label's few words are not, nor
    is a sentence asking indirectly ("We are interested in how you involved local people.")."""
    return (
        text[:3] in ("We ", "Our")
        and text.rstrip().endswith(".")
        and len(text.split(None, STATEMENT)) > STATEMENT
        and ASKS_INDIRECTLY.search(text) is None
    )


def contents_entry(text: str) -> bool:
    """Whether a line opens with an entry of a table of contents: a title, a leader of dots,
    and the page it starts on ("2. What we will fund ........ 3", "How to apply … 6"). It
    names a part of the document; it asks nothing, whatever its words."""
    return ("...." in text or "…" in text) and CONTENTS_ENTRY.match(text) is not None


def marks_answer(text: str, vocab: Vocabulary) -> bool:
    """Whether a line is a label marking where the answer goes: "Answer:", "Your response:"
    (or "Your answer: £" for a sum), in the form's vocabulary of answer markers, perhaps naming
    the one question it answers ("Your answer (2.1):", "Answer to question 3:")."""
    bare = text.strip(" _*:.-–>£$€").lower()
    if len(bare) <= MARKER_CHARS and (bare[-1:].isdigit() or bare[-1:] == ")"):
        bare = ANSWERS_REF.sub("", bare, count=1)
    return answer_marker(bare, vocab.answer_markers) and text.rstrip(" _*£$€").endswith(":")


def twins(first: str, second: str, limited: bool) -> bool:
    """Whether two prompts one after the other are one prompt in two languages, as a bilingual
    form gives each ("2.1 Describe your project (250 words)", "2.1 Disgrifiwch eich prosiect
    (250 gair)"): numbered alike, or the second unnumbered with the same limit (the caller
    compares them), in different languages."""
    a, b = TWIN_NUMBER.match(first), TWIN_NUMBER.match(second)
    if a is not None and b is None and limited:
        pass  # "1. Disgrifiwch ... (300 gair)" over "Describe ... (300 words)": stacked, once
    elif (a is None) != (b is None) or (a is not None and b is not None and a[1] != b[1]):
        return False
    if a is None and not limited:
        return False
    found = {language(first), language(second)}
    return found == {"en", "cy"}


def script_apart(first: str, second: str) -> bool:
    """Whether two lines are written in different scripts, one in Latin letters and the other
    in none ("1. Name of your group" over "Назва вашої групи", "Phone" under "電話"): a form
    in two languages gives each line in both, one under the other; the line in the other
    script is the same prompt again, never a prompt of its own."""
    a, b = latin_share(first), latin_share(second)
    return a is not None and b is not None and {a, b} == {True, False}


def latin_share(text: str) -> bool | None:
    """Whether a line's letters are Latin (True), of another script (False) or mixed (None)."""
    head = text[:200]
    if head.isascii():  # (quick: every letter Latin, counted in C; one by one took 16 µs a line)
        raw = head.encode()
        return True if len(raw) - len(raw.translate(None, ASCII_LETTERS)) >= MIN_LETTERS else None
    letters = [c for c in head if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    latin = sum(c < "\u0250" for c in letters) / len(letters)  # (Latin and its accents)
    return True if latin >= MOSTLY else False if latin <= 1 - MOSTLY else None


def same_number(first: str, second: str) -> bool:
    """Whether two prompts open with the same item number ("2.2 What will ...", "2.2 Co
    będzie ..."): side by side in one row, one prompt said in two languages."""
    a = TWIN_NUMBER.match(first) if first[:1].isalnum() else None
    b = TWIN_NUMBER.match(second) if a is not None else None
    return a is not None and b is not None and a[1] == b[1]


def once(questions: list[Question]) -> list[Question]:
    """The questions, each once where a form is given whole in two languages ("Please complete
    one version only"): a question numbered and limited as one before it, in the other
    language, is that question again."""
    seen: dict[tuple[str, int | None], str] = {}
    out: list[Question] = []
    for q in questions:
        number = TWIN_NUMBER.match(q.text) if q.text[:1].isalnum() else None
        if number is None:
            out.append(q)
            continue
        key = (number[1], q.word_limit)
        if key in seen and language(seen[key]) != language(q.text):
            continue
        seen.setdefault(key, q.text)
        out.append(q)
    return out


def boxed(text: str) -> bool:
    """Whether text carries tick boxes (they are read as a field of their own)."""
    return any(box in text for box in ("☐", "□", "☑", "☒", "[ ]"))


def answer_marker(bare: str, markers: frozenset[str]) -> bool:
    """Whether a line's words (lower-cased, bare) mark where the answer goes: "Answer", or a
    bilingual form's "Ateb / Answer" (each half a marker)."""
    if bare in markers:
        return True
    return " / " in bare and all(half.strip() in markers for half in bare.split(" / "))
