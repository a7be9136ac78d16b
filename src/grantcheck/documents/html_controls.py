"""A saved page's controls resolved once the whole page is read: each placeholder becomes a
field, answer space or upload, named by its label (``<label for=…>``, an enclosing label,
``aria-labelledby``, ``aria-label``, ``title``, ``placeholder``) with its limit as the page
writes it; hints a textarea names are read with it, and a form table's cells are located.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from grantcheck.documents import buttons
from grantcheck.documents import html_parts as parts
from grantcheck.documents import html_refs as refs
from grantcheck.documents import html_widgets as widgets
from grantcheck.documents.answers import NOT_SET
from grantcheck.documents.blocks import FIELD, FILE, SPACE, TEXT, Block
from grantcheck.documents.html_table import attr_number
from grantcheck.documents.html_typed import typed
from grantcheck.documents.phrases import has_stem
from grantcheck.documents.placeholders import DATE_PARTS

if TYPE_CHECKING:
    from grantcheck.documents.html_reader import _Parser

GROUPED = {"radio", "checkbox"}
# a form's trap for robots, hidden from people: "Leave this field blank", "Do Not Fill This Out"
# (a form builder's hidden comment box)
HONEYPOT = (
    "leave this field blank",
    "leave this blank",
    "left unchanged",
    "validation purposes",
    "do not fill this out",
    "do not fill this in",
    "do not fill in this field",
    "don't fill this out",
    "don't fill this in",
)
# where a control's limit is written, in the order a browser enforces it (GOV.UK's character
# count puts data-maxwords / data-maxlength on the textarea's wrapper)
LIMIT_ATTRIBUTES = ("_data-maxwords", "maxlength", "_data-maxlength")  # as questions reads them


OPTION_WORDS = 40  # words after a tick box that name it: a phrase or a sentence, not a passage
HELP_NOTES, NOTE_WORDS = 2, 30  # notes under a box in its wrapper read as its help: how many, words
DROP_WORDS = 12  # a drop zone's words beside a file input: "Click to choose a file or drag here"
NOT_FILLED = {"hidden", "submit", "button", "reset", "image"}
ROOTS = {"html", "body", "main", "form", "article", "section"}  # what holds a page's items


def add_control(parser: _Parser, tag: str, attrs: dict[str, str], aria: str = "") -> None:
    """A control (or a widget drawn as one, ``aria`` its kind) read where the parser is: a
    placeholder block, with what names and limits it noted, resolved once the page is read."""
    kind = aria or (attrs.get("type", "text").lower() if tag == "input" else tag)
    if kind in NOT_FILLED or parser.chrome_at is not None:
        return
    if not aria and widgets.trap(tag, kind, attrs):
        return
    inline = parser.label_open[-1].strip() if parser.label_open else ""
    for _, ident, _ in reversed(parser.ids_open[-3:]):  # <label for> an element holding it
        inline = inline or parser.labels.get(ident, "")
    count = parser.counts[-1][1] if parser.counts and kind == "textarea" else {}
    limits = {f"_{k}": count[k] for k in ("data-maxwords", "data-maxlength") if k in count}
    name = refs.element_name(tag, attrs, parser.seen.get(tag, 1))
    place = {"_name": name, "_last": parser.last_label, "_title": parser.last_title}
    parser.last_title = ""  # (a title names the control after it, never the next)
    if parser.named_by:  # the label of the element it is in ("<div aria-labelledby=...>")
        place["_wrapname"] = parser.named_by[-1][1]
    if parser.shown_at is not None:
        place["_shown_if"] = "yes"
    group = parser.group_of(kind, attrs)
    labelled = [i for i, s in enumerate(parser.stack) if s.startswith("label:")]
    wrap = labelled[-1] if labelled else parser.wrap
    # (a label written straight into the form, not in a wrapper of its own, has no help)
    item = wrap is not None and parser.stack[wrap - 1] not in ROOTS if wrap else False
    parser.helping = (len(parser.blocks), wrap) if wrap and item else None
    if parser.hidden_at is not None:  # (a trap for robots, or a step not shown yet)
        parser.hidden.append(len(parser.blocks))
    parser.controls.append(
        (len(parser.blocks), kind, {**attrs, **limits, **place, **group, "_inline": inline})
    )
    parser._in_cell()
    parser.blocks.append(Block(FIELD, "", ()))  # placeholder, resolved when labels are known


def resolve(parser: _Parser) -> list[Block]:
    blocks = parser.blocks
    date = ""  # the group of a date written as day, month and year inputs: one field
    # a page with controls has its answers in them; without any, a page saved from a word
    # processor, its form tables' empty cells are where applicants write, as on paper
    laid = parser.layout | parser.spacers
    dropped = {i for i in parser.empty if parser.controls or parser.cells[i][0] in laid}
    dropped |= parser.trapped
    moved: dict[int, list[int]] = {}  # an upload -> its help, read before it
    widgets.reveal(parser.revealed, sum(k in widgets.ANSWERS for _, k, _ in parser.controls))
    names = Counter(a.get("name", "") for _, k, a in parser.controls if k in GROUPED)
    shared = {n for n, count in names.items() if n and count > 1}  # a group's options
    for index, kind, attrs in parser.controls:
        hints = refs.blocks(parser.named, parser.blocks, attrs.get("aria-describedby", ""))
        hints += [i for i in parser.sublabels.get(attrs.get("id", ""), ()) if i not in hints]
        helped = parser.help.get(index, [])
        label = _label(parser, attrs)
        if not label and kind in GROUPED and _alone(attrs, shared):
            label = _words_after(parser, index)
        said = " ".join([label, *(blocks[i].text for i in [*hints, *helped])])
        if widgets.TRAP.search(said) or any(bait in said.lower() for bait in HONEYPOT):
            dropped.add(index)  # "Leave this field blank": a trap for robots, not for people
            continue
        where = (("element", attrs["_name"]),)
        chars = attr_number(
            attrs.get("maxlength") or attrs.get("_data-maxlength")
        ) or refs.data_max(attrs)
        words = attr_number(attrs.get("_data-maxwords")) or refs.data_max(attrs, "word")
        # the limit as the page writes it, to quote: 'maxlength="1200" on textarea#q2'
        key = next((k for k in LIMIT_ATTRIBUTES if attr_number(attrs.get(k))), "")
        on = "for" if key.startswith("_") else "on"  # (data-* sit on the textarea's wrapper)
        written = f'{key.lstrip("_")}="{attrs[key].strip()}" {on} {attrs["_name"]}' if key else ""
        if not key and (words or chars):  # a form builder's counter: 'data-counter-type="word"'
            counter = [f'{k}="{v.strip()}"' for k, v in attrs.items() if refs.is_counter(k)]
            written = f"{' '.join(counter[:2])} on {attrs['_name']}"
        if kind == "file":
            dropped |= _button_label(parser, index, attrs)
            required = (
                "required" in attrs
                or attrs.get("aria-required", "").lower() == "true"
                or label.rstrip().endswith("*")  # (the mark of a required answer)
            )
            shown = "_shown_if" in attrs  # (in a part shown only after an earlier answer)
            block = Block(FILE, label, where, required=required, shown_if=shown)
            moved[index] = [i for i in (*hints, *helped) if i > index][:3]
        elif kind == "textarea":  # its hint and counter ("0 of 1500 characters") are its words
            said = " ".join([label, *(blocks[i].text for i in hints)]).strip()
            if not (chars or words) and index in parser.counters:  # '<span data-limit="300"
                counting, at = parser.counters[index]  # type="Words">0/300</span>' below
                chars, words = refs.data_max(counting), refs.data_max(counting, "word")
                written = (
                    f"{refs.counter_said(counting)} on {attrs['_name']}" if chars or words else ""
                )
                hints = [*hints, at] if (chars or words) and at in helped else hints
            counted = refs.counter(blocks, helped)
            if counted is None and not (chars or words):  # ("0 / 600" under it, unwrapped)
                counted = refs.counter(blocks, refs.after(blocks, index), refs.PROSE_CHARS)
            if counted is not None:
                if not (chars or words):
                    chars, words, written = counted[:3]  # "0 of 200 max words." under the box
                # (read with the box, even when the box's own limit is known: "0 / 150 words"
                # under a box of data-wordlimit="150" is no prompt for the next box's limit)
                hints = [*hints, counted[3]] if counted[3] not in hints else hints
            if not words and (chars or NOT_SET) >= NOT_SET:  # and so is a short note under it
                # in its label's wrapper, when the box sets no limit itself (a form builder's
                # help line: "Up to 300 words. What will you do, where and when?"; a maxlength
                # of 65535 is the builder's, no limit): its limit is the box's
                notes = [i for i in helped[:HELP_NOTES] if i > index and i not in hints]
                hints += [i for i in notes if _note(blocks[i].text)]
                said = " ".join([label, *(blocks[i].text for i in hints)]).strip()
            empty = attrs.get("placeholder", "")  # the words in the empty box: "Up to 200 words"
            if not (chars or words) and empty != label and has_stem(empty.lower()):
                said = f"{said} {empty}"
            block = Block(SPACE, said, where, max_chars=chars, max_words=words, limit_said=written)
        else:
            group = attrs.get("_group") or _one_answer(parser, index, kind, attrs)
            group = group or (attrs.get("name", "") if kind in GROUPED else "")
            # the parts of one name or address: in one fieldset, or in one autofill section
            # ('autocomplete="section-contact given-name"', as form builders write them)
            scope = attrs.get("_fieldset") or parts.autofill_section(attrs)
            whole = parts.part_of(label, attrs) if scope else ""
            group = group or (f"{whole} in {scope}" if whole else "")
            part = label.strip(" *:").lower() in DATE_PARTS
            date = (date or f"date {index}") if part and kind not in GROUPED else ""
            block = Block(
                FIELD, label, where, max_chars=chars, group=group or date, limit_said=written
            )
        blocks[index] = block
        for i in hints if kind == "textarea" else ():
            blocks[i] = replace(blocks[i], hint=True)
    for index, (table, row, cell) in parser.cells.items():
        if table not in parser.layout:  # a form's table: located as a Word form's cells are
            place = (("table", table), ("row", row), ("cell", cell))
            blocks[index] = replace(blocks[index], where=(*place, *blocks[index].where))
    ordered = _ordered(blocks, dropped, moved)
    return ordered if parser.controls else typed(ordered)  # (a page to print: its blanks)


def _label(parser: _Parser, attrs: dict[str, str]) -> str:
    """A control's label: its own, else its question's (the group it is in), else its
    accessible name; an upload button's own words ("Add file") name no document."""
    ids = attrs.get("aria-labelledby", "")
    own = parser.labels.get(attrs.get("id", "")) or attrs["_inline"]
    title = "" if own else attrs["_title"]  # (an unlabelled control's: the title just before)
    if own and attrs.get("type", "").lower() == "file" and buttons.names_no_file(own):
        own = ""  # <label for> a file input saying "Choose file or drag here": its button's
    own = own or refs.text(parser.named, parser.blocks, ids)  # words, not the document's name
    if "_button" in attrs:
        group = refs.text(parser.named, parser.blocks, attrs.get("_grouplabel", ""))
        return own or group or title or attrs["_last"]
    own = own or attrs.get("aria-label") or attrs.get("title") or attrs.get("placeholder") or ""
    if not own and attrs.get("type", "").lower() == "file":  # an upload with no name of its own
        # ("Choose File" is its button's): its question's, the group's or the heading above
        group = refs.text(parser.named, parser.blocks, attrs.get("_grouplabel", ""))
        wrap = refs.text(parser.named, parser.blocks, attrs.get("_wrapname", ""))
        return group or wrap or title or attrs["_last"]
    return own


def _alone(attrs: dict[str, str], shared: set[str]) -> bool:
    """Whether a tick box or option is a choice of its own (a declaration's box), not one of
    a group answering one question, which its question names better than any option."""
    grouped = attrs.get("_group") or attrs.get("_grouplabel")
    return not grouped and attrs.get("name", "") not in shared


def _words_after(parser: _Parser, index: int) -> str:
    """A tick box or option with no name of its own is named by the words written after it,
    as a browser lays one out ("[ ] We have a safeguarding policy", in its label or its
    paragraph): they are what an applicant reads, where the text before it is a heading or
    the last box's. Not when they are a word or two ("Yes": its question, before it, says
    more), another control's label, or in another table cell."""
    after = index + 1
    if after >= len(parser.blocks) or parser.cells.get(after) != parser.cells.get(index):
        return ""
    block = parser.blocks[after]
    if block.kind != TEXT or str(dict(block.where).get("element", "")).startswith("label["):
        return ""
    words = block.text.split(None, OPTION_WORDS)
    return block.text if 3 <= len(words) <= OPTION_WORDS else ""


def _one_answer(parser: _Parser, index: int, kind: str, attrs: dict[str, str]) -> str:
    """The group of controls that answer one question together, each named apart: the tick
    boxes in a container its question's label names (``role="group"`` with
    ``aria-labelledby``: "Which priorities? [] A [] B [] C", one choice group), and the boxes
    of a form's table there (an "Item | Cost" grid, one field as a budget table is)."""
    if not attrs.get("_grouplabel"):
        return ""
    if kind == "checkbox":
        return f"choices {attrs['_fieldset']}"
    table = parser.cells.get(index, (None,))[0]
    if kind not in ("file", "textarea", "radio") and table is not None:
        return "" if table in parser.layout else f"grid {attrs['_fieldset']}"
    return ""


def _note(text: str) -> bool:
    """Whether words under a box in its wrapper are a short note on it, not a passage."""
    return 0 < len(text.split(None, NOTE_WORDS)) <= NOTE_WORDS


def _button_label(parser: _Parser, index: int, attrs: dict[str, str]) -> set[int]:
    """A file input's own label when it is the button's words ("Choose file or drag here"): a
    widget's words, not a second upload described in the page's text (the blocks to drop)."""
    own = parser.labels.get(attrs.get("id", ""), "")
    near = range(max(0, index - 3), min(len(parser.blocks), index + 4))
    # (and the drop zone drawn in a div beside it, "Click to choose a file or drag here": the
    # same widget's words, which the page's text would read as an upload of its own)
    return {
        i
        for i in near
        if parser.blocks[i].kind == TEXT
        and (
            (
                own
                and buttons.names_no_file(own)
                and parser.blocks[i].text == own
                and str(dict(parser.blocks[i].where).get("element", "")).startswith("label")
            )
            or (
                len(parser.blocks[i].text.split()) <= DROP_WORDS
                and buttons.DROP.search(parser.blocks[i].text) is not None
            )
        )
    }


def _ordered(blocks: list[Block], dropped: set[int], moved: dict[int, list[int]]) -> list[Block]:
    """The blocks without spam traps, each upload's help (written under it) read before it,
    as a reader meets a label, its help and then the button."""
    if not dropped and not any(moved.values()):
        return blocks
    later = {i for help in moved.values() for i in help}
    out: list[Block] = []
    for index, block in enumerate(blocks):
        if index in dropped or index in later:
            continue
        out += [blocks[i] for i in moved.get(index, ())]
        out.append(block)
    return out
