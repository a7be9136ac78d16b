"""A documents table's 'Who must send it' and 'When we check it' columns: whether a row's
cells there name some applicants only, or say its document is seen later.

"Document | Who must send it | Notes": a column whose heading names who (or when) says, in
each row, whether the row's document is asked of every applicant ("All applicants", "Every
group (see note A)") or of some ("Charities with paid staff"). A cell says who in its first
clause; what follows explains. The accounts' row may except new groups and still ask everyone
else ("Every applicant, except groups less than a year old"). A 'When' column's cell says
whether the row's document comes with the application ("Upload it with your application") or
is seen later (at a visit, after the award): then it is not sent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from grantcheck.documents.applicants import ALL_OF, NEW_EXCEPTED
from grantcheck.documents.asks import awarded
from grantcheck.documents.beside import excused
from grantcheck.documents.blocks import Block
from grantcheck.documents.vocab import Vocabulary

# where a cell's first clause ends: a bracket, or white space after a full stop or semicolon
# (white space before a bracket from a run's start only, "(?<!\s)": tried from every space of a
# run, "\s*" ran to the run's end each time, quadratic; a break always opens where a run does)
FIRST_CLAUSE = re.compile(r"(?<!\s)\s*\(|(?<=[.;])\s+")
NOTE = re.compile(r"\((?:see|note|as)\b[^()]{0,60}\)", re.IGNORECASE)
# a 'When we check it' column ("When to send", "When we need it"): its cell says whether the
# row's document comes with the application or is seen later (at a visit, after the award)
WHEN = re.compile(r"^\W*when\b", re.IGNORECASE)
NOW = re.compile(
    r"\bwith\s+(?:your|the|this|each)\s+(?:application|form|bid|proposal)\b|\bwhen\s+you\s+"
    r"apply\b|\bat\s+(?:the\s+)?application\b|\bapplication\s+stage\b|\bwhen\s+applying\b",
    re.IGNORECASE,
)
LATER = re.compile(
    r"\b(?:visits?|inspection|interview|on\s+request|if\s+we\s+ask|when\s+we\s+ask|monitoring|"
    r"before\s+(?:we\s+pay|payment|the\s+(?:grant|first\s+payment)|we\s+release)|"
    r"after\s+(?:award|the\s+(?:award|decision)|we\s+(?:offer|award|agree))|"
    r"if\s+(?:your\s+application\s+is\s+|you\s+are\s+)?"
    r"(?:successful|offered|awarded|shortlisted))\b",
    re.IGNORECASE,
)

# a 'Who must send it' cell offering the row's document: "Optional", "Optional (we like to see
# them)", "If you wish" (never "Optional if ...", "If you want to buy ...": who some are)
OPTIONAL_CELL = re.compile(
    r"^\W*(?:optional\b(?!\s*[,-]?\s*(?:if|for|where|when|unless)\b)"
    r"|if\s+you\s+(?:wish|like|want)\W*$)",
    re.IGNORECASE,
)
# or saying it is seen after the decision, or when asked (never who: "Groups that host visits")
LATER_WHO = re.compile(
    r"^\W*(?:only\s+)?(?:on\s+request|if\s+we\s+ask|when\s+we\s+ask|after\s+(?:award|the\s+"
    r"(?:award|decision)|we\s+(?:offer|award|agree))|(?:only\s+)?if\s+(?:your\s+application\s+is\s+"
    r"|you\s+are\s+)?(?:successful|offered\s+a\s+grant|awarded\s+a\s+grant)|before\s+(?:we\s+pay"
    r"|payment|the\s+(?:grant|first\s+payment)|we\s+release))\b",
    re.IGNORECASE,
)


def when_said(text: str) -> str:
    """What a 'When' column's cell says of its row's document: "now" (sent with the
    application, perhaps as well as something seen later), "later" (seen at a visit, after the
    award, on request: not sent with the application), or "" (neither: "Always", "If you
    employ staff" say who, as a 'Who must send it' cell does)."""
    if NOW.search(text):
        return "now"
    return "later" if LATER.search(text) or awarded(text) else ""


TICK_IFS = {"if", "only if"}  # the who-words a tick column's own heading uses: "Tick if enclosed"


def who_columns(vocab: Vocabulary, header: Sequence[Block]) -> list[object]:
    """A documents table's 'Who must send it' (or 'When') columns, by cell number: a column
    heading is a few words, never a sentence that happens to say "when", nor the column an
    applicant ticks whose only who-word is its tick's "if" ("Tick if enclosed": trial23 T1);
    "Required (✓)" still says who sends (review23 F3)."""
    return [
        dict(b.where).get("cell")
        for b in header
        if b.text.count(" ") < 6
        and (who := vocab.who_column.findall(b.text))
        and not (vocab.tick_column.search(b.text) and all(w.lower() in TICK_IFS for w in who))
    ]


def row_conditional(vocab: Vocabulary, row: list[Block], columns: list[object]) -> bool:
    """A row whose 'Who must send it' cell names some applicants, not all, asks for the
    document in some cases only."""
    cells = [b for b in row if dict(b.where).get("cell") in columns]
    # "Every group (see note A)": a note in brackets does not narrow who sends it
    # "All applicants (this grant is for work with adults at risk)", "All applicants. Charities:
    # ...": a cell says who sends it in its first clause; what follows explains (a cell
    # carrying on its heading's words, "If ..." over "... you employ staff", after its dots)
    texts = [NOTE.sub(" ", b.text).lstrip(" .…") for b in cells]
    said = [" ".join(FIRST_CLAUSE.split(t, 1)[0].lower().strip(" .*:;").split()) for t in texts]
    if row_names_accounts(vocab, row, cells):  # (the row's document, not its notes' words)
        said = [NEW_EXCEPTED.sub("", text) for text in said]  # (new groups: none yet)
        if all(vocab.everyone.fullmatch(t) or ALL_OF.fullmatch(t) for t in said if t):
            return False  # "Every applicant, except groups less than a year old"
    return any(
        text and not (vocab.everyone.fullmatch(text) or ALL_OF.fullmatch(text)) for text in said
    ) or any(excused(b.text) for b in cells)  # "Always. Charities need not send this."


def row_names_accounts(vocab: Vocabulary, row: list[Block], cells: list[Block]) -> bool:
    """Whether the document a row names (its first cell with words, outside the 'who'
    cells) is the accounts: the first kind named there ("Your annual report | ... | The
    report that goes with your accounts" names a report)."""
    item = next((b.text for b in row if b not in cells and b.text.strip()), "")
    named = [(m.start(), k) for k, p in vocab.kinds.could(item) if (m := p.search(item))]
    return min(named, default=(0, ""))[1] == "accounts"


def when_column(
    row: list[Block], header: Sequence[Block], columns: list[object]
) -> tuple[object, str] | None:
    """The row's cell in a 'When we check it' column, when it says the document is sent
    with the application or seen later; None when it says neither (then it says who)."""
    for b in header:
        cell = dict(b.where).get("cell")
        if cell in columns and WHEN.match(b.text):
            said = next((when_said(c.text) for c in row if dict(c.where).get("cell") == cell), "")
            return (cell, said) if said else None
    for b in row:  # a 'Who' cell saying when or whether: "After we award a grant", "Optional"
        cell = dict(b.where).get("cell")
        if cell in columns and (OPTIONAL_CELL.match(b.text) or LATER_WHO.search(b.text)):
            return cell, "later"  # (asked of nobody now)
    return None
