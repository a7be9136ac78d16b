"""What a saved page's controls belong to, and controls that are not the applicant's.

Form builders (Google Forms, Microsoft Forms, Gravity Forms' multi-file field, many council
e-forms) make an upload a button ("Add file", "Upload file", "Select files") rather than a file
input, labelled by its question's group (``role="group"`` with ``aria-labelledby``); they write
a name or an address as several inputs in one fieldset (html_parts.py); and they hide spam
traps from people (``aria-hidden``, "Leave this field blank"). ``Widgets`` is the parser's part
that follows groups, hidden parts and buttons (``html_aria`` reads controls drawn with ARIA
roles).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from grantcheck.documents.buttons import uploads

# what holds a question's choices: its radio buttons or tick boxes are one field
GROUP_ROLES = {"radiogroup", "group", "list"}
# ARIA's containers of choices, a list to choose from among them (html_aria reads its options)
ARIA_CONTAINERS = GROUP_ROLES | {"listbox"}
CHOICES = {"radio", "checkbox", "select"}  # controls that choose: nothing typed, nothing sent
RESULT_ROLES = {"status", "alert"}  # a live region: where a script writes what it found


class Group(NamedTuple):
    """An open group of a form's controls: a ``fieldset`` or an ARIA container."""

    depth: int  # the stack's depth where it opened
    key: str  # "group 3": the name its choices share, which they lack ("radio" with no name)
    role: str  # "radiogroup", "group", "list", "listbox"; "" for a fieldset with no role
    labelledby: str  # its question's label ids (aria-labelledby)
    values: dict[str, str]  # its attributes (a radio group's label names its buttons)


# a spam trap's own words: "Leave this field blank", "should be left unchanged", "If you are
# human, leave this empty"
TRAP = re.compile(
    r"\bleave\s+(?:this|it)\b.{0,20}\b(?:blank|empty|unchanged)\b|"
    r"\bshould\s+be\s+left\s+(?:blank|empty|unchanged)\b|\bif\s+you\s+are\s+(?:a\s+)?human\b",
    re.IGNORECASE,
)


# where an inline element ended in the text being read: a form builder writes a question's
# number and its words in elements side by side ("<span>13.</span><span>Upload ...</span>"), and
# CSS, not a space, sets them apart; after a full stop or a colon a word starts
EDGE = "\x00"
SPACED = re.compile("(?<=[.:;!?)])\x00+(?=[^\\W\\d_])")


def joined(text: list[str]) -> str:
    """The words read since the last block, on one line, elements set apart where they must be
    ("13.Upload" is "13. Upload"; "£<b>500</b>" stays "£500")."""
    raw = "".join(text)
    if EDGE in raw:
        raw = SPACED.sub(" ", raw).replace(EDGE, "")
    return " ".join(raw.split())


TYPED = {"text", "email", "url", "tel", "number", "search", "password", "textarea"}
# a form builder's rule showing a part of the form only after an earlier answer, in the name of
# the data attribute that holds it ("data-cog-show-if", "data-logic-show-if", Drupal's
# "data-drupal-states", "data-conditional-logic", "data-depends-on")
SHOWN_IF = ("show-if", "showif", "show-when", "visible-if", "conditional", "condition", "depends")
SHOWN_IF_ALSO = ("-states", "-logic")


def shown_if(values: dict[str, str]) -> bool:
    """Whether an element is a part of the form shown only after an earlier answer."""
    for key in values:
        if key.startswith("data-") and (
            any(word in key for word in SHOWN_IF) or key.endswith(SHOWN_IF_ALSO)
        ):
            return True
    return False


def trap(tag: str, kind: str, attrs: dict[str, str]) -> bool:
    """Whether a form element is hidden from people: ``aria-hidden`` on itself, or a box to
    type in taken out of the keyboard's reach (``tabindex="-1"``), as spam traps are and no
    field a person fills in is (a radio button's -1 is a group's roving focus: not this)."""
    if attrs.get("aria-hidden", "").strip().lower() == "true":
        return True
    return kind in TYPED and attrs.get("tabindex", "").strip() == "-1"


NO_DISPLAY = re.compile(r"display\s*:\s*none", re.IGNORECASE)
ANSWERS = {"textarea", "file"}  # what a question hidden until an earlier answer asks for


def one_question(controls: list[tuple[int, str, dict[str, str]]]) -> bool:
    """Whether the controls of a part the page hides are one question (one box or upload, with
    at most one control beside it): more is a step of the form not shown yet, and one box to
    type in alone a trap for robots."""
    return len(controls) <= 2 and sum(kind in ANSWERS for _, kind, _ in controls) == 1


def reveal(items: list[list[tuple[int, str, dict[str, str]]]], answers: int) -> None:
    """Mark the questions the page hides one by one as shown only after an earlier answer,
    when they are few among the page's ``answers`` (boxes and uploads): a form that hides
    most of its questions one by one shows them one at a time, to everyone."""
    if 2 * len(items) < answers:
        for controls in items:
            for _, _, attrs in controls:
                attrs["_shown_if"] = "yes"


def checker(
    values: dict[str, str], controls: list[tuple[int, str, dict[str, str]]], shows: bool
) -> bool:
    """Whether a form is a check the reader runs for themselves ("Can we apply? Answer five
    questions"), not an application: it sends its answers nowhere (no ``action``), a script
    answers on the page (``onsubmit``, or a part showing the result: ``<output>``, a live
    region), and it asks only choices (no box to type in, no file to upload)."""
    if values.get("action", "").strip("# ") or not controls:
        return False
    if not (shows or "onsubmit" in values):
        return False
    return all(kind in CHOICES for _, kind, _ in controls)


class Widgets:
    """The parser's state for groups, upload buttons and hidden parts."""

    stack: list[str]
    text: list[str]
    controls: list[tuple[int, str, dict[str, str]]]  # (block index, kind, attributes)

    def __init__(self) -> None:
        self.groups: list[Group] = []  # open groups (fieldsets, ARIA containers), innermost last
        self.button: tuple[int, dict[str, str]] | None = None  # an open button: may upload
        # inside aria-hidden="true": a spam trap (one box), or a form's step not shown yet
        self.hidden_at: int | None = None
        self.shown_at: int | None = None  # inside a part shown only after an earlier answer
        # open elements the page hides ("display:none", ``hidden``): (depth, controls before)
        self.concealed: list[tuple[int, int]] = []
        self.revealed: list[list[tuple[int, str, dict[str, str]]]] = []  # one question each
        self.hidden: list[int] = []  # the controls (their blocks) read in the hidden part
        # controls that are not the application's: alone in a hidden part (traps for robots),
        # or a check the reader runs on the page for themselves (``checker``)
        self.trapped: set[int] = set()
        self.forms: list[tuple[int, dict[str, str], int, list[bool]]] = []  # open forms:
        # (depth, attributes, controls before, [a part showing its result on the page])
        # open elements that name their label (aria-labelledby): a drop zone round a file input
        self.named_by: list[tuple[int, str]] = []
        self.last_label = ""  # the last label or heading read: an upload button's question
        # the last label, heading or title (words, not a sentence: "Board minutes *") since the
        # last control: it names the control after it, never the next
        self.last_title = ""
        self.opened = 0  # groups met so far: each group's key
        self.page_lang = ""  # the language the page says it is in (<html lang>)
        self.langs: list[tuple[int, str]] = []  # open elements with a lang: (depth, language)

    def open_widget(self, tag: str, values: dict[str, str], depth: int) -> bool:
        """Note groups, hidden parts and buttons opening at ``depth``; whether a button opens
        (its words may say it uploads a file)."""
        role = values.get("role", "").lower()
        if role in ARIA_CONTAINERS or tag == "fieldset":
            self.opened += 1
            key = f"group {self.opened}"
            self.groups.append(Group(depth, key, role, values.get("aria-labelledby", ""), values))
        if self.hidden_at is None and values.get("aria-hidden", "").lower() == "true":
            self.hidden_at = depth
        if self.shown_at is None and values and shown_if(values):
            self.shown_at = depth
        if values.get("aria-labelledby") and role not in ARIA_CONTAINERS and tag != "fieldset":
            self.named_by.append((depth, values["aria-labelledby"]))  # (a group names its own)
        if tag == "form":
            self.forms.append((depth, values, len(self.controls), [False]))
        elif self.forms and (tag == "output" or role in RESULT_ROLES or "aria-live" in values):
            self.forms[-1][3][0] = True  # where the page shows what it makes of the answers
        style = values.get("style", "")  # (the pattern runs only on a style saying "none")
        if "hidden" in values or ("none" in style and NO_DISPLAY.search(style)):
            self.concealed.append((depth, len(self.controls)))
        if (tag == "button" or role == "button") and self.button is None:
            self.button = (depth, values)
            return True
        return False

    def open_lang(self, tag: str, lang: str, depth: int) -> None:
        """An element saying what language it is in ("en-GB", "cy")."""
        primary = lang.strip().lower().split("-")[0]
        if tag in ("html", "body") and not self.page_lang:
            self.page_lang = primary
        self.langs.append((depth, primary))

    def translating(self) -> bool:
        """Whether the words being read are marked as in another language than the page's."""
        return bool(self.page_lang and self.langs and self.langs[-1][1] != self.page_lang)

    def end_button(self, tag: str) -> dict[str, str] | None:
        """Before an element ends (``tag``, the top of the stack): when it is the open button
        and it says it uploads a file, the upload's attributes."""
        if self.button is None or self.button[0] != len(self.stack) or self.stack[-1] != tag:
            return None
        values, self.button = self.button[1], None
        words = values.get("aria-label") or joined(self.text)
        if not uploads(words):
            return None
        self.text = []  # "Add file": the button's words, not prose
        return {**values, "type": "file", "_button": words}

    def close_widget(self, depth: int) -> None:
        """Close what ends above ``depth`` (the stack's depth once an element has ended)."""
        if self.button is not None and self.button[0] > depth:
            self.button = None
        while self.groups and self.groups[-1][0] > depth:
            self.groups.pop()
        if self.shown_at is not None and self.shown_at > depth:
            self.shown_at = None
        while self.concealed and self.concealed[-1][0] > depth:
            controls = self.controls[self.concealed.pop()[1] :]
            if one_question(controls):
                self.revealed.append(controls)
        if self.hidden_at is not None and self.hidden_at > depth:
            # a hidden part with one control is a trap for robots ("Leave this blank"); with
            # more, it is a step of a multi-step form the browser has not shown yet: the form's
            self.hidden_at = None
            if len(self.hidden) < 2:
                self.trapped.update(self.hidden)
            self.hidden = []
        while self.langs and self.langs[-1][0] > depth:
            self.langs.pop()
        while self.named_by and self.named_by[-1][0] > depth:
            self.named_by.pop()
        while self.forms and self.forms[-1][0] > depth:
            _, values, first, shows = self.forms.pop()
            if checker(values, self.controls[first:], shows[0]):
                self.trapped.update(index for index, _, _ in self.controls[first:])

    def group_of(self, kind: str, attrs: dict[str, str]) -> dict[str, str]:
        """A control's group and its question's label ids: a radio or tick box drawn without a
        name is one of its group's choices, and so is a box typed in beside them ("Other:")."""
        out: dict[str, str] = {}
        groups = [g for g in self.groups if g.role != "listbox"]  # (a list's options: no group)
        if not groups:
            return out
        key = groups[-1].key
        out["_fieldset"] = key
        out["_grouplabel"] = next((g.labelledby for g in reversed(groups) if g.labelledby), "")
        choices = next((g for g in reversed(groups) if g.role == "radiogroup"), None)
        if kind in ("radio", "checkbox") and not attrs.get("name"):
            out["_group"] = key
        elif choices is not None and kind not in ("file", "textarea"):
            out["_group"] = choices.key
        return out
