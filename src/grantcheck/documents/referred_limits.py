"""Limits a document states away from their questions: by question number, in its notes
("questions 6 to 9: 250 words", "keep questions 5, 8 and 12 to 500 words in total"), or in a
table of references ("C1 | Maximum two sides", a figure under a "Word limit" heading), and the
references themselves ("C1", "2.3", "Question 2:") as a question's head names them.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.cells import column
from grantcheck.documents.followups import answered_ref, unmarked
from grantcheck.documents.phrases import SHARED, says_open
from grantcheck.documents.prompts import Prompts
from grantcheck.documents.shapes import PLACEHOLDER

# "questions 6 to 9", "question 10", "cwestiynau 6 i 9": limits stated away from the questions
REFERS = re.compile(
    r"\b(?:questions?|q|cwestiwn|cwestiynau)\s*(\d{1,3})(?:\s*(?:to|-|–|and|i|a)\s*(\d{1,3}))?",
    re.IGNORECASE,
)


def may_refer(text: str) -> bool:
    """Whether ``text`` could hold REFERS's words (a quick test: a "q" of "question" or "Q4", or
    the "cwe" of Welsh "cwestiwn"; no other character is read as one of those letters when case
    is ignored, and lower() makes no other character one of them)."""
    return "q" in text or "Q" in text or "cwe" in text.lower()


# "questions 6, 7 and 8", "Q2, Q3 and Q5": the numbers a note lists after the first (the comma
# takes the white space after it: "\s*,?\s*" split a run every way, quadratic)
LISTED = re.compile(r"\s*(?:,|(?:,\s*)?(?:and|&|a|ac)\b)\s*(?:q\s*)?(\d{1,3})\b", re.IGNORECASE)
# a question's reference in a table of limits, and at the head of the question: "C1", "2.3", "Q4"
REF = re.compile(r"([A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?|\d{1,2}(?:\.\d{1,2})+|Q\d{1,2})(?:\s|$)")
REF_ONLY = 8  # characters: a reference alone is no longer ("AB12.34")
# a question's reference said in full at the head of a row or a question: "Question 2:", "Q2."
SAID_REF = re.compile(r"(?:question|q)\.?\s*(\d{1,2})[.:)]?(?:\s|$)", re.IGNORECASE)
# (a web form's required mark may come first: "* 6. What will you do?")
QUESTION_NUMBER = re.compile(r"^\s*(?:\*\s*)?(?:q(?:uestion)?\s*)?(\d{1,3})\b", re.IGNORECASE)
# a column headed with a limit's unit ("Word limit", "Max. characters", "Limit (words)"): its
# cells' bare numbers ("400") are limits in that unit
LIMIT_HEAD = re.compile(
    r"\b(?:words?|characters?|chars|pages?|sides|geiriau|nodau)\b", re.IGNORECASE
)
UNIT_NEXT = re.compile(r"\s*(?:words?|characters?|chars|pages?|sides?|gair|geiriau|nod)\b", re.I)
FIGURE_ONLY = re.compile(r"\d{1,3}(?:,?\d{3})*(?:\.\d{1,2})?|\d?½")  # ("0.5", "1½": pages)


def limit_columns(heads: list[tuple[object, list[Block]]]) -> dict[tuple[object, object], str]:
    """Columns headed by a limit's unit ("No. | Question | Word limit"): each column's unit, for
    the bare numbers in its cells ("50")."""
    out: dict[tuple[object, object], str] = {}
    for _, cells in heads:
        for cell in cells:
            head = cell.text.strip(" ()[]:*.")
            unit = LIMIT_HEAD.search(head) if len(head.split()) <= 4 else None
            if unit is not None:
                out[column(cell.where)] = unit[0].lower()
    return out


def column_limit(block: Block, units: dict[tuple[object, object], str]) -> str:
    """A bare number in a limit column ("400" under "Word limit") with its unit: "400 words"."""
    text = block.text.strip()
    unit = units.get(column(block.where)) if FIGURE_ONLY.fullmatch(text) else None
    return f"{text} {unit}" if unit else ""


def limits_by_ref(
    blocks: list[Block], reader: Prompts, units: dict[tuple[object, object], str]
) -> tuple[dict[str, tuple[int, str] | None], set[object]]:
    """A table with nothing to fill in whose rows start with a question's reference ("C1",
    "2.3") and give a limit ("Maximum two sides of A4", or a figure in a column of ``units``):
    each reference's limit (None for a row of the table saying its question has none)."""
    rows: dict[tuple[object, object], list[Block]] = {}
    spaces: set[object] = set()
    last: object = None  # the table of the cell read last, while no text outside it came after
    control = False  # a control read since that cell
    for b in blocks:
        place = dict(b.where) if len(b.where) > 2 else {}
        if b.kind != TEXT and "table" not in place:
            control = True  # (a fillable page's box, placed by its height among a table's rows)
            continue
        if "table" not in place or "row" not in place:
            last = None  # (a page and line, a paragraph, an element: not a table cell)
            continue
        if control and last == place["table"]:
            spaces.add(last)  # a box read between two of the table's rows is in the table
        last, control = place["table"], False
        if b.kind != TEXT:
            spaces.add(place["table"])
        elif b.text.strip():
            rows.setdefault((place["table"], place["row"]), []).append(b)
    out: dict[str, tuple[int, str] | None] = {}
    tables: set[object] = set()
    unlimited: list[tuple[object, str]] = []  # "3.6 | Anything else? | No limit": no limit
    for (table, _), cells in rows.items():
        if table in spaces or len(cells) < 2:
            continue
        ref = REF.fullmatch(cells[0].text.strip())
        said = None if ref else ref_of(cells[0].text)  # "Q1. Who is the project for?"
        # (a bare figure under a unit's heading: "C1  Your experience | 300" under "Question |
        # Maximum words", as "300 words")
        said_in = [column_limit(c, units) or c.text for c in cells[1:]]
        limit = next((lim for t in said_in if (lim := reader.limit(t))), None)
        if (ref or said) and limit:
            out.setdefault(ref[1] if ref else str(said), limit)
            tables.add(table if ref else ("said", table))
        elif ref and any(PLACEHOLDER.match(c.text) or says_open(c.text) for c in cells[2:]):
            unlimited.append((table, ref[1]))
    for table, key in unlimited:
        if table in tables:  # (in a table of limits: its other rows give theirs)
            out.setdefault(key, None)
    # a table whose rows give limits to references ("C1 | Service model | 2 sides") or open
    # with the question itself ("Q1. Who is ...? | ... | 400 words") gives them only to
    # questions named again outside it ("C1" over its question, "Question 1: Who is ...?"): a
    # table of the questions themselves, each answered on a separate sheet headed with its
    # reference, keeps them (each row its own question, its limit in the row)
    if tables:
        inside = {t[1] if isinstance(t, tuple) else t for t in tables}
        again = {
            ref_of(b.text)
            for b in blocks
            if b.kind == TEXT and dict(b.where).get("table", False) not in inside
        }
        again.discard(None)  # (a header row, "Question | Guidance", names no question again)
        asked = {tb for (tb, _), cs in rows.items() if tb in inside and ref_of(cs[0].text) in again}
        tables = asked
        out = {k: v for k, v in out.items() if k in again}
    return out, tables


def ref_cell(block: Block) -> bool:
    """Whether a block is a table row's first cell holding only a question's reference ("B2",
    "L1.1", "2.3"): the reference of the question the row asks."""
    place = dict(block.where) if len(block.where) > 2 else {}
    return (
        place.get("cell") == 1 and "row" in place and REF.fullmatch(block.text.strip()) is not None
    )


def ref_of(text: str) -> str | None:
    """A question's reference at the head of its words, as a table of limits names it: "C1",
    "2.3", and "Q2", "Q2.", "Question 2:" all as "Q2"."""
    said = SAID_REF.match(text.lstrip())
    if said:
        return f"Q{int(said[1])}"
    ref = REF.match(text.lstrip())
    return ref[1] if ref else None


def limits_by_number(
    blocks: list[Block], reader: Prompts
) -> dict[int, tuple[int, str, float | None]]:
    """Limits a document states for questions by their numbers, in its notes: each question's
    ("questions 6 to 9: 250 words each"), or one the questions named share ("keep questions 5,
    8 and 12 to 500 words in total": a third each, in words unrounded)."""
    out: dict[int, tuple[int, str, float | None]] = {}
    for b in blocks:
        if b.kind != TEXT or len(b.text) > 400:
            continue
        limit = reader.limit(b.text)  # (a quick test first: most text states no limit)
        refers = REFERS.search(b.text) if limit else None
        if refers and limit and refers.start() > 3 and not answered_ref(b.text, refers.start()):
            if reader.asks_prose(unmarked(b.text)):  # ("Q1. What ... (2,000 characters)",
                continue  # "5. Thinking about Q4, please explain ... (100 words)": its own)
            numbers = referred(b.text, refers)
            if len(numbers) > 1 and SHARED.search(b.text) is not None:
                share = limit[0] / len(numbers)
                said = f"{limit[1]}, shared by {len(numbers)} questions"
                for n in numbers:
                    out.setdefault(n, (int(share + 0.5), said, share))
            for n in numbers:
                out.setdefault(n, (limit[0], limit[1], None))
    return out


def referred(text: str, refers: re.Match[str]) -> list[int]:
    """The question numbers a note names: a range ("questions 6 to 9") or a list ("questions
    6, 7 and 8", "Q2 and Q5")."""
    first = int(refers[1])
    if refers[2] is not None and (
        int(refers[2]) <= first or UNIT_NEXT.match(text, refers.end(2)) is not None
    ):
        return [first]  # "question 4 - 300 words": the second number is the limit's
    if refers[2] is not None:
        joiner = text[refers.end(1) : refers.start(2)].strip().lower()
        if joiner not in ("and", "a"):  # "6 to 9", "6-9": a range
            return list(range(first, min(int(refers[2]), first + 50) + 1))
        numbers, at = [first, int(refers[2])], refers.end()
    else:
        numbers, at = [first], refers.end()
    while (more := LISTED.match(text, at)) is not None and len(numbers) < 50:
        numbers.append(int(more[1]))
        at = more.end()
    return numbers
