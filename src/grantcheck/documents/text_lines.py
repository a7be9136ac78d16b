"""A line of text read on its own: whether it wraps the line before, and whether it is prose or
an answer space, a tick-box group or a row of labelled blanks ("Name: ______").

Text, Markdown and PDF pages share these (a Word form its labelled blanks); each format's
reader (text_reader.py, pdf_reader.py) walks its lines with them.
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block, Location
from grantcheck.documents.lazy import lazy

# characters: a paragraph this long takes no more lines (the next starts a block of its own).
# Each line run on copies the paragraph, so with no end a page of lines that all run on (a
# table of figures, 400 KB) was quadratic; the longest in the forms is about 1,000 characters
RUN_ON = 20_000
WRAPS_PAST = 40  # characters: a line longer than this may have wrapped at a page's margin
LEAD_WORDS = 4  # words: a sentence's last words wrapped onto a line of their own, ending ":"
EDGES = frozenset("-=")  # a box's edge drawn in plain text
RULE_LENGTH = 10  # characters: a rule this long is drawn, not a dash in the words
RULED = set("_.…-=|[] \t")
LIST = re.compile(
    r"^(?:[-*+•▪]\s|\(?[0-9]{1,3}[.)]\s|[0-9]{1,2}\s+[A-Z]|[0-9]{1,3}(?:\.[0-9]{1,3})+\s|"
    r"(?:section|part|stage|step|adran|rhan)\s+[0-9A-Z]{1,3}\b|[A-Z][0-9]{1,2}[.):]?\s|"
    r"\(?[a-hivx]{1,4}\)\s|[A-Za-z]\.\s|(?:q|question)\s*\d)",
    re.IGNORECASE,
)
LONE_NUMBER = re.compile(r"\s*\(?(?P<n>\d{1,2})[.)]?\s*")  # "2", "2.", "(2)" on a line alone
ITEM_END = (";", ".", ":", "!", "?", ")")  # how a list's item ends, before the next one's number
# typographic ligatures, as text copied or exported from a designed PDF keeps them: a word with
# one ("ﬁnancial") is not the word the vocabularies know
LIGATURES: dict[str, str | int | None] = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
BOXES = ("☐", "☑", "☒", "□", "[ ]", "[x]")
MARKERS = set("<>[] \t")  # answer markers: ">>>  <<<", "[[", "]]"
# a yes/no question's choices end its line: "... registered? Yes / No", "... ? Oes / Nac oes"
CHOSEN = lazy(
    lambda: re.compile(r"\?[^?]{0,40}\b(?:yes|oes|ydy)\b[^?]{0,20}\b(?:no|nac\s+\w+)\W*$", re.I)
)
# a blank to write on: underscores, a row of dots (spaced or not), or ellipses; the dots'
# repeat is possessive (nothing follows it to give back to), so that the engine keeps no
# backtracking state per dot: a line of 5,000,000 dots took 600 MB, now a few
# a sentence's end inside a line: a word's last two letters (or figures, or a bracket) and the
# stop, then a capital ("... of £5 million. Please give ..."); "e.g. The", "St. Anne's" and
# "Approx. cost" are none
SENTENCE_END = lazy(lambda: re.compile(r"(?<=[a-z0-9)]{2}[.!?]) {1,3}(?=[A-Z])"))
SAID_WORDS = 4
BLANK = lazy(lambda: re.compile(r"_{3,}[_ ]*|\.(?: ?\.){4,}+|…{2,}|…[ .]*(?=$)"))


def wraps(
    previous: str,
    line: str,
    ends: tuple[str, ...] = (":", "?"),
    caps: Capitals | None = None,
    least: int = WRAPS_PAST,
) -> bool:
    """Whether ``line`` continues ``previous`` (a paragraph or list item wrapped at the margin):
    the previous line is long (past ``least`` characters) and unfinished, and this one starts no
    list item, table or field. ``caps`` knows whether ``previous`` is all capitals when the
    caller joined it there."""
    return (
        least < len(previous) < RUN_ON
        and not previous.endswith(ends)
        and not (caps.upper(previous) if caps else previous.isupper())
        and not previous.endswith(("___", "…"))
        # "... charity? Yes / No" (the question mark is in the last 60 characters or nowhere
        # that matters: looking through a whole paragraph for one, line by line, was quadratic)
        and not ("?" in previous[-60:] and CHOSEN.search(previous[-60:]))
        and not LIST.match(line)
        # a list's number printed apart from its item, after one that ended ("... are fine;"
        # then "2"): the next item (not "you must send" then "3" then "written quotes ...")
        and not (previous.endswith(ITEM_END) and LONE_NUMBER.fullmatch(line))
        and not line.startswith(("#", "|", "[", ">"))
        and not set(line) <= RULED
        and not any(box in line for box in BOXES)
        and not line.rstrip().endswith(("___", "…"))
        and not (line.rstrip().endswith(":") and not _leads_in(line))
    )


def _leads_in(line: str) -> bool:
    """Whether a line ending in ":" is the last few words of the sentence wrapped onto it,
    leading a list in ("two sides" then "of A4:", "please send us the" then "following:"): it
    starts in lower case, as no label of a field does ("Name:", "Postcode:")."""
    return line[:1].islower() and len(line.split(None, LEAD_WORDS)) <= LEAD_WORDS


def joined(text: str, line: str) -> str:
    """A wrapped line joined to the words before it; a word broken with a hyphen at the line's
    end ("applic-" then "able") is made whole again."""
    if len(text) > 2 and text[-1] == "-" and text[-2].isalpha() and line[:1].islower():
        return text[:-1] + line
    return f"{text} {line}"


def _case(text: str) -> int:
    """2 when a text holds a cased letter that is not a capital, else 1 when it holds a capital
    (then ``text.isupper()``), else 0 (no letter with a case: figures, signs)."""
    return 1 if text.isupper() else 0 if (text + "A").isupper() else 2


class Capitals:
    """Whether the paragraph a text reader is joining lines into is all capitals (a heading in
    capitals is never run on into), kept as each line joins it: asking ``str.isupper`` of the
    whole paragraph at each line was quadratic (a table of figures, 8 columns and 400 KB, read
    as one paragraph: 8 s). Exact: a joined text's case is the greater of its two parts'."""

    def __init__(self) -> None:
        self.text: str | None = None  # the last text asked of or made, and its case
        self.case = 0

    def upper(self, text: str) -> bool:
        """``text.isupper()``, known without reading it again when ``text`` was made here."""
        if text is not self.text:
            self.text, self.case = text, _case(text)
        return self.case == 1

    def join(self, text: str, line: str) -> str:
        """``joined(text, line)``, its case kept (a hyphen taken off or a space put in has none)."""
        case = self.case if text is self.text else _case(text)
        self.text = joined(text, line)
        self.case = max(case, _case(line))
        return self.text


def line_blocks(line: str, where: Location, group: str) -> list[Block] | None:
    """A line that is not prose: ruled lines (an answer space), a tick-box group, or
    "Name: ______" (a field, labelled); None for prose. Shared by text and PDF pages."""
    chars = set(line)
    if chars <= MARKERS and sum(ch in "<>[]" for ch in line) >= 2:
        # "Type your answer between >>> and <<<": both marks on one line are a one-line
        # answer (a field), an opening mark alone opens an answer space, a closing one ends it
        opens, closes = any(c in line for c in ">["), any(c in line for c in "<]")
        if opens and closes and not (line.startswith("[") and line.endswith("]")):
            return [Block(FIELD, "", where)]
        if opens and not closes:
            return [Block(SPACE, "", where)]
        if closes and not opens:
            return []
    if chars <= RULED:
        if sum(ch in "_." for ch in line) >= 5 or (line.startswith("[") and line.endswith("]")):
            return [Block(SPACE, "", where)]
        return []  # a Markdown rule or table divider
    if any(box in line for box in BOXES):  # "[ ] Yes  [ ] No": a tick-box group
        label = " ".join(line.replace("[ ]", " ").replace("[x]", " ").strip("☐☑☒□ -*").split())
        task = line[:1] in "-*+" and line[1:6].lstrip().startswith(("[ ]", "[x]"))  # "- [ ] ..."
        # (a line opening with its one box is a tick list's item: Block.boxed)
        boxed = line.lstrip().startswith(BOXES) and line.count("[") + line.count("☐") == 1
        text = Block(TEXT, label, where, item=task, boxed=boxed)  # (a task list's: the list's)
        return [text] * bool(label) + [Block(FIELD, label, where, group=group)]
    return labelled_blanks(line, where)


def labelled_blanks(line: str, where: Location) -> list[Block] | None:
    """ "Name: ______", "Phone ..........", "Postcode: ____  Telephone: ____": each label with
    the blank after it is a field (two on one line are two). The line must end with a blank:
    a contents line's dot leader runs to a page number, and a blank inside a sentence is
    prose. None when the line is not such a row of blanks."""
    if not line.rstrip().endswith(("___", "....", "…")):
        return None
    parts = BLANK.split(line)
    labels = [part.strip(" \t:£$€-–") for part in parts[:-1]]
    if not labels or parts[-1].strip(" \t.:") or not labels[0]:
        return None  # no blank ("Name ...." is four dots, not five), words after the last
        # blank, or a blank before any label
    # "Date ___/___/______": the slashes between a date's blanks are not labels
    out = [Block(FIELD, label, where) for label in labels if any(c.isalnum() for c in label)]
    said, label = said_first(labels[0])
    if said:  # "You must hold ... of £5 million. Please give your policy number: ____": the
        # sentences before the last are the document's words; the blank is the last one's
        out[0] = Block(FIELD, label, where)
        return [Block(TEXT, said, where), *out]
    return out


def said_first(label: str) -> tuple[str, str]:
    """A label's whole sentences before its last, if there are words enough to say something
    (four or more), and the last sentence, the label itself; else ("", the label)."""
    ends = list(SENTENCE_END.finditer(label)) if ". " in label or "? " in label else []
    if not ends:
        return "", label
    said, rest = label[: ends[-1].start()].strip(), label[ends[-1].end() :].strip()
    if len(said.split(None, SAID_WORDS)) < SAID_WORDS or not rest:
        return "", label
    return said, rest


def tick_group(
    blocks: list[Block], where: Location, default: str, gap: int = 1, through: int = 0
) -> str:
    """A line of tick boxes right under another (``gap`` lines on: a table's rows have blank
    lines between them) is the same group ("[ ] Aim 1", "[ ] Aim 2"); ``through`` is the last
    line of the item before, when its words ran on over more lines ("- [ ] Your governing
    document (constitution or" / "      rules)")."""
    last = blocks[-1] if blocks else None
    line, before = dict(where).get("line"), dict(last.where).get("line") if last else None
    if through and isinstance(before, int) and through > before:
        before = through
    if (
        last is not None
        and last.kind == FIELD
        and last.group
        and isinstance(line, int)
        and isinstance(before, int)
        and 0 < line - before <= gap
    ):
        return last.group
    return default


def boxed_blanks(lines: list[str]) -> set[int]:
    """The blank lines (1-based) between two rules of dashes or equals signs drawn alike: a
    box drawn in plain text, its top and bottom edges ("-----" / blank / "-----"), room to
    write. Unlike rules (a digest's "=====" closing one message, "-----" opening the next) are
    separators, with no room between them."""
    out: set[int] = set()
    top: int | None = None  # the last rule read, while only blank lines came after it
    edge = ""  # that rule
    for number, line in enumerate(lines, start=1):
        bare = line.strip()
        if not bare:
            continue
        if len(bare) >= RULE_LENGTH and set(bare) <= EDGES:
            alike = set(bare) == set(edge) and abs(len(bare) - len(edge)) <= len(edge) // 10 + 2
            if top is not None and number - top > 1 and alike:
                out.add(top + 1)
            top, edge = number, bare
        else:
            top = None
    return out
