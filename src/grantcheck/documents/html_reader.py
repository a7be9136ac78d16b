"""Online forms saved from a browser (.html, .htm), read with the standard library's parser.

``html.parser.HTMLParser`` is maintained with Python and tolerant of real-world
markup; no regular expression ever reads the markup. Prose comes from block
elements (headings, paragraphs, list items, labels, legends, table cells); controls
from ``input``, ``textarea`` and ``select``, labelled by ``<label for=…>``, an
enclosing ``<label>``, ``aria-label``, ``title`` or ``placeholder``. Nesting deeper
than ``MAX_DEPTH`` is refused, and scripts, styles and hidden inputs are skipped.

An element is named so that a user can find it in the saved file: by its ``id`` when it has
one (``h2#eligibility``, ``textarea#q2``), else a label by its ``for`` target
(``label[for=q1]``) and a control by its ``name`` (``input[name=email]``), else by its
place among the elements of its name, counted from the top of the file as a browser's
``document.getElementsByTagName`` does (``p 3``: the third ``<p>`` in the file).

What is found in a table cell is located as in a Word form: table (every ``<table>``,
1-based, in document order), row and cell (the grid column, counting ``colspan`` and
``rowspan`` as a browser draws them), then the element. A table that lays the page out
(it holds another table, a form or a heading, or says ``role="presentation"``) is not a
table of the form: what it holds is located by element only, as outside any table.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from grantcheck.documents.applicants import states_case
from grantcheck.documents.blocks import TEXT, Block, Extracted
from grantcheck.documents.budget import Budget
from grantcheck.documents.buttons import names_no_file
from grantcheck.documents.html_aria import ARIA_CONTROLS, aria_control
from grantcheck.documents.html_bounds import CHUNK, bounded, few, implied_ends
from grantcheck.documents.html_chrome import is_chrome
from grantcheck.documents.html_controls import add_control, resolve
from grantcheck.documents.html_refs import FORM_CONTROLS, MAX_BLOCKS, element_name, limit_key
from grantcheck.documents.html_table import Tables
from grantcheck.documents.html_widgets import EDGE, Widgets, joined
from grantcheck.guidance import Unreadable

MAX_DEPTH = 500
# the how-to-fix every document error carries (trial S9 F18: this one had none)
NESTED = (
    f"is nested more than {MAX_DEPTH} elements deep: a page saved from a browser rarely is; "
    "save the page again (or print it to PDF) and name that file"
)
# elements whose words are a block of their own
BLOCKS = set(
    "p li h1 h2 h3 h4 h5 h6 td th dt dd div legend label caption section article form fieldset"
    " tr br ul ol table body main header footer option blockquote pre summary nav aside".split()
)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "legend", "caption"}
SKIP = {"script", "style", "template", "noscript", "head", "title"}
# the classes form builders' style sheets hide an element by (Wufoo's "hide", Bootstrap's
# "d-none"): a label so hidden ('<label class="hide">Range</label>' in a word counter) is
# no control's label
HIDING = frozenset(["hide", "hidden", "d-none", "is-hidden"])
VOID = set("area base br col embed hr img input link meta source track wbr".split())
CONTROLS = {"textarea", "select", "option", "label", "button", "a"}  # named for their data


class _Parser(HTMLParser, Widgets, Tables):
    def __init__(self, budget: Budget) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)
        Widgets.__init__(self)
        Tables.__init__(self)
        self.budget = budget
        self.blocks: list[Block] = []
        self.stack: list[str] = []
        self.skip = 0
        self.text: list[str] = []
        self.text_tag = "p"
        self.text_heading = False  # the block being read is a heading (or role="heading")
        self.labels: dict[str, str] = {}  # for= id -> label text
        self.label_open: list[str] = []
        self.label_at: list[int] = []  # where each open label's blocks begin
        # a second label for a control already labelled: its help (a form builder's sub-label,
        # "Only needed if ..."), not its name: the control's id -> the later labels' blocks
        self.sublabels: dict[str, list[int]] = {}
        self.controls: list[tuple[int, str, dict[str, str]]] = []  # (block index, tag, attrs)
        self.select: dict[str, str] | None = None
        self.textarea: dict[str, str] | None = None
        self.seen: dict[str, int] = {}  # elements of each name met so far, for their place
        self.places: list[tuple[str, str]] = []  # open block elements: (tag, name for people)
        self.chrome_at: int | None = None  # stack depth where site chrome began
        self.in_link = 0  # inside <a href>: how deep
        self.unlinked = False  # the text being gathered has words outside a link
        # GOV.UK's character count: data-maxwords / data-maxlength on the textarea's wrapper
        self.counts: list[tuple[int, dict[str, str]]] = []
        # elements with an id (what aria-labelledby and aria-describedby name): their blocks
        self.named: dict[str, tuple[int, int]] = {}
        self.ids_open: list[tuple[int, str, int]] = []  # (stack depth, id, first block)
        self.ids_text: list[int] = []  # for each, the words gathered when it opened
        self.wrap: int | None = None  # depth of the element holding the last label, while open
        self.help: dict[int, list[int]] = {}  # a control's block -> text read after it, in its
        self.helping: tuple[int, int] | None = None  # wrapper: (control's block, wrapper depth)
        # a counter under a box whose attributes give its limit ('data-limit="300"
        # type="Words"', its text only "0/300"): the box's block -> its attributes, its block
        self.counters: dict[int, tuple[dict[str, str], int]] = {}
        self.folds: list[int] = []  # open <details>: the depth each opened at

    def _titled(self, words: str) -> None:
        """A label, heading or title read: the name of the next control, unless it is a button's
        own words ("Sign in to upload files")."""
        if words and not names_no_file(words):
            self.last_title = words

    def _flush(self) -> None:
        words = joined(self.text)
        link, self.unlinked = not self.unlinked, False
        self.text = []
        if words:
            if self.label_open:
                self.label_open[-1] += " " + words
            elif self.text_heading:
                self.last_label = words
            if not self.label_open and (self.text_heading or words[-1] not in ".!?;:,"):
                self._titled(words)  # ("Board minutes *": a title, not a sentence or an item)
            if (
                self.helping is not None and not self.label_open
            ):  # help under a control, in the wrapper of its label
                self.help.setdefault(self.helping[0], []).append(len(self.blocks))
            self._in_cell()
            self.blocks.append(
                Block(
                    TEXT,
                    words,
                    (("element", self.places[-1][1] if self.places else self.text_tag),),
                    heading=self.text_heading,
                    link=link,
                    translation=self.translating(),
                    shown_if=self.shown_at is not None,
                )
            )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in few(attrs)}
        for ended in implied_ends(self.stack, tag):  # "<li>a<li>b": the first item ends
            self.handle_endtag(ended)
        self.seen[tag] = self.seen.get(tag, 0) + 1
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCKS:
            self._flush()
            self.text_tag = tag
            self.text_heading = tag in HEADINGS or values.get("role", "").lower() == "heading"
            if tag not in VOID:
                self.places.append((tag, element_name(tag, values, self.seen[tag])))
        self._table_tag(tag, values)
        if (
            self.chrome_at is None
            and tag not in VOID | CONTROLS
            and is_chrome(tag, values, self.stack)
        ):
            self.chrome_at = len(self.stack)
        if tag == "img" and self.tables:
            self.tables[-1].opened = -1  # a picture in a cell: the cell shows something
        helping = self.helping  # (a counter is read only in a control's wrapper, after it)
        if helping and tag not in VOID and helping[0] not in self.counters and limit_key(values):
            self.counters[helping[0]] = (values, len(self.blocks))
        if tag not in VOID and ("data-maxwords" in values or "data-maxlength" in values):
            self.counts.append((len(self.stack), values))
        if tag == "a" and "href" in values:
            self.in_link += 1
        if (tag == "label" and HIDING.isdisjoint(values.get("class", "").lower().split())) or (
            tag in HEADINGS
        ):
            self.helping = None  # the next control's label: what follows is not this one's help
        if tag == "label":
            self.label_open.append("")
            self.label_at.append(len(self.blocks))
            if values.get("for"):
                self.labels.setdefault(values["for"], "")
            self.stack.append(f"label:{values.get('for', '')}")
        elif tag not in VOID:
            self.stack.append(tag)
            if tag == "details":
                self.folds.append(len(self.stack))
        if values.get("lang") and tag not in VOID:
            self.open_lang(tag, values["lang"], len(self.stack))
        if values.get("id") and tag not in VOID:
            self.ids_open.append((len(self.stack), values["id"], len(self.blocks)))
            self.ids_text.append(len(self.text))
        if len(self.stack) > MAX_DEPTH:
            raise Unreadable(NESTED)
        role = values.get("role", "").lower() if "role" in values else ""
        if role in ARIA_CONTROLS and tag not in FORM_CONTROLS:
            aria_control(self, tag, role, values)
        if tag not in VOID and self.open_widget(tag, values, len(self.stack)):
            self._flush()  # a button that may upload a file: its words are its own
        if tag == "input":
            self._flush()
            self._control("input", values)
        elif tag == "textarea":
            self._flush()
            self.textarea = values
        elif tag == "select":
            self._flush()
            self.select = values

    def handle_endtag(self, tag: str) -> None:
        if self.text and tag not in BLOCKS:
            self.text.append(EDGE)  # (where an inline element ends: "13." then "Upload")
        upload = self.end_button(tag)
        if upload is not None:
            self._control(tag, upload, "file")
        if tag in SKIP and self.skip:
            self.skip -= 1
        if tag == "a" and self.in_link:
            self.in_link -= 1
        if tag == "textarea" and self.textarea is not None:
            self.text = []  # a textarea's default content is not prose
            self._control("textarea", self.textarea)
            self.textarea = None
        if tag == "select" and self.select is not None:
            self.text = []
            self._control("select", self.select)
            self.select = None
        if (
            tag == "summary"
            and self.folds
            and self.shown_at is None
            and states_case(joined(self.text))
        ):  # a folded part whose title states a case ("If you work with children"): what it
            self.shown_at = self.folds[-1]  # holds is asked of the applicants it describes only
        if tag in BLOCKS:
            self._flush()
            for i in range(len(self.places) - 1, max(-1, len(self.places) - 50), -1):
                if self.places[i][0] == tag:  # (an element left open is closed with its parent)
                    del self.places[i:]
                    break
        self._end_table(tag)
        if tag == "label" and self.label_open:
            words = self.label_open.pop().strip()
            first = self.label_at.pop() if self.label_at else len(self.blocks)
            opened = next((s for s in reversed(self.stack) if s.startswith("label:")), "label:")
            if opened[6:] and self.labels.get(opened[6:]):  # labelled already: this is help
                # (at most MAX_BLOCKS an id, as aria-describedby reads: a page repeating one id
                # would give every control every label's words, quadratic in the page)
                helps = self.sublabels.setdefault(opened[6:], [])
                helps.extend(range(first, min(len(self.blocks), first + MAX_BLOCKS - len(helps))))
            elif opened[6:]:
                self.labels[opened[6:]] = words
            self.last_label = words or self.last_label
            self._titled(words)
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 50), -1):
            if self.stack[i] == tag or (tag == "label" and self.stack[i].startswith("label:")):
                del self.stack[i:]
                break
        self.close_widget(len(self.stack))
        while self.folds and self.folds[-1] > len(self.stack):
            self.folds.pop()
        if self.wrap is not None and len(self.stack) < self.wrap:
            self.wrap = None
        if self.helping is not None and len(self.stack) < self.helping[1]:
            self.helping = None
        if tag == "label":  # the element holding it holds its control and the control's help
            self.wrap = len(self.stack)
        if self.chrome_at is not None and len(self.stack) <= self.chrome_at:
            self.chrome_at = None
        while self.counts and self.counts[-1][0] >= len(self.stack):
            self.counts.pop()
        while self.ids_open and self.ids_open[-1][0] > len(self.stack):
            _, ident, first = self.ids_open.pop()
            gathered, end = self.ids_text.pop(), len(self.blocks)
            if first == end and joined(self.text[gathered:]):  # an inline element's words
                end += 1  # ("<span id=count>0 / 1800 characters</span>"): the next block's
            self.named.setdefault(ident, (first, end))

    def handle_data(self, data: str) -> None:
        self.budget.chars(len(data))
        if not self.skip and self.select is None and self.chrome_at is None:
            self.text.append(data)
            if not self.in_link and data.strip():
                self.unlinked = True

    def _control(self, tag: str, attrs: dict[str, str], aria: str = "") -> None:
        """A control, or a widget drawn as one: a placeholder block, resolved at the end."""
        add_control(self, tag, attrs, aria)


def read_html(path: Path, budget: Budget, text: str) -> Extracted:
    """The blocks of a saved web form. ``text`` is the decoded file."""
    parser = _Parser(budget)
    if "({" in text:  # a template's design-system macro calls: the form they draw
        from grantcheck.documents.macros import drawn

        text = drawn(text)
    try:
        for start in range(0, len(text), CHUNK):
            parser.feed(text[start : start + CHUNK])
            bounded(parser.rawdata)
        parser.close()
    except RecursionError:
        raise Unreadable(NESTED) from None
    parser._flush()
    parser.close_widget(0)  # (what is left open ends with the page)
    return Extracted("html", resolve(parser))
