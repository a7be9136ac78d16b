"""A page's form written as template macro calls, read as the HTML the macros draw.

Design-system sites (GOV.UK Frontend, NHS.UK frontend, HMRC's and MOJ's, with Nunjucks or
Jinja) write each control as a macro call whose argument is an object: ``{{ govukInput({
label: { text: "Your name" }, id: "name" }) }}``, ``govukCharacterCount`` with ``maxwords`` or
``maxlength``, ``govukRadios`` with a ``fieldset``'s ``legend`` and ``items``, ``govukFileUpload``.
The page's source is its form: read as words, it is code ("label:", "classes:"); read as the
site shows it, each call is a label, a hint and a control. Each call becomes that HTML (as GOV.UK
Frontend draws it: a character count's limit on its wrapper), in the call's place, and a line
holding only a template tag (``{% from ... import ... %}``, ``{# ... #}``) is blank. Untrusted
text is bounded: calls this many at most, each this long and nested this deep.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

MOST_CALLS = 400  # calls read at most
MOST_FAILED = 40  # calls left unread (each read up to its bound for nothing) before giving up
MOST_CHARS = 10_000  # characters of one call's argument read at most
MOST_DEPTH = 20  # brackets nested at most (a control's items are three or four deep)
# "{{ govukInput({", "{%- call govukFieldset({", "{{ input({" (NHS.UK's macros have no prefix)
CALL = re.compile(r"\{([{%])-?\s*(?:call\s+)?([A-Za-z]{1,40})\s*\(\s*(?=\{)")
COMPONENTS = (  # longest first: "dateinput" before "input"
    "charactercount fileupload dateinput checkboxes textarea radios select input button "
    "details insettext warningtext fieldset panel"
).split()
TAG_LINE = re.compile(r"\s*\{([%#])[^\n]*[%#]\}\s*")  # a line that is only a template tag
TOKEN = re.compile(r"[\w.$]{1,200}")  # a number, a constant or a variable's name
STRINGS = {q: re.compile(f"{q}((?:[^{q}\\\\]|\\\\.)*){q}", re.DOTALL) for q in "\"'`"}
CLOSE = {"{": "}", "[": "]", "(": ")"}


class _Unread(Exception):
    """An argument nested too deep or running past its bound: the call is left as it is."""


def drawn(text: str) -> str:
    """``text`` with each macro call as the HTML it draws (its line breaks kept after it, so
    every line stays in its place), and lines that are only template tags blank; ``text``
    itself when it calls no macro this module knows."""
    out: list[str] = []
    at = calls = failed = 0
    for m in CALL.finditer(text):
        if calls >= MOST_CALLS or failed >= MOST_FAILED:
            break
        kind = _component(m[2]) if m.start() >= at else None
        if kind is None:
            continue
        failed += 1  # (until it is read)
        try:
            arg, end = _Reader(text, m.end()).value(0)
        except _Unread:
            continue
        close = re.compile(r"\s*\)\s*-?" + ("\\}\\}" if m[1] == "{" else "%\\}")).match(text, end)
        if close is None or not isinstance(arg, dict):
            continue
        span = text[m.start() : close.end()]
        out += [text[at : m.start()], _html(kind, arg), "\n" * span.count("\n")]
        at, calls, failed = close.end(), calls + 1, failed - 1
    if not calls:
        return text
    out.append(text[at:])
    lines = "".join(out).split("\n")
    return "\n".join("" if TAG_LINE.fullmatch(line) else line for line in lines)


def _component(name: str) -> str | None:
    """The component a macro's name calls ("govukCharacterCount" -> "charactercount"), if one
    this module draws: a lower-case prefix (a design system's) and the component's name."""
    lower = name.lower()
    for kind in COMPONENTS:
        if lower.endswith(kind):
            prefix = name[: len(name) - len(kind)]
            if not prefix or (prefix.islower() and name[len(prefix)].isupper()):
                return kind
            return None
    return None


class _Reader:
    """A JavaScript (or Python) object literal read as data: strings, numbers, constants,
    objects and lists; an expression's other parts (a variable, a filter, a sum) are read
    past, a string joined to another ("a" + "b", "a" ~ b) keeping its words."""

    def __init__(self, text: str, at: int) -> None:
        self.text, self.at, self.end = text, at, min(len(text), at + MOST_CHARS)

    def value(self, depth: int) -> tuple[Any, int]:
        if depth > MOST_DEPTH:
            raise _Unread
        self._space()
        c = self._peek()
        if c in "{[":
            self.at += 1
            got: Any = self._object(depth) if c == "{" else self._list(depth)
        elif c in "\"'`":
            got = self._string()
        else:
            token = TOKEN.match(self.text, self.at, self.end)
            if token is None:
                raise _Unread
            self.at = token.end()
            got = _constant(token[0])
        got = self._rest(got, depth)
        return got, self.at

    def _rest(self, got: Any, depth: int) -> Any:
        """Read past the rest of an expression, up to the comma or bracket that ends it."""
        while True:
            self._space()
            c = self._peek()
            if c in ",}])":
                return got
            self.at += 1
            if c in "+~":  # a string joined to another: the words of both
                self._space()
                if self._peek() in "\"'`":
                    more = self._string()
                    got = f"{got}{more}" if isinstance(got, str) else more
            elif c in "([{":
                self._group(CLOSE[c], depth + 1)
            elif c in "\"'`":
                self.at -= 1
                self._string()
            elif (token := TOKEN.match(self.text, self.at, self.end)) is not None:
                self.at = token.end()  # (a filter's or a variable's name: "| safe")

    def _group(self, close: str, depth: int) -> None:
        """Read past a bracketed part of an expression ("| join(', ')")."""
        while True:
            self._space()
            if self._peek() == close:
                self.at += 1
                return
            self.value(depth)
            self._space()
            if self._peek() == ",":
                self.at += 1

    def _object(self, depth: int) -> dict[str, Any]:
        got: dict[str, Any] = {}
        while True:
            self._space()
            c = self._peek()
            if c == "}":
                self.at += 1
                return got
            if c in "\"'":
                key = self._string()
            else:
                token = TOKEN.match(self.text, self.at, self.end)
                if token is None:
                    raise _Unread
                key, self.at = token[0], token.end()
            self._space()
            if self._peek() != ":":
                raise _Unread
            self.at += 1
            got[key], _ = self.value(depth + 1)
            self._space()
            if self._peek() == ",":
                self.at += 1

    def _list(self, depth: int) -> list[Any]:
        got: list[Any] = []
        while True:
            self._space()
            if self._peek() == "]":
                self.at += 1
                return got
            item, _ = self.value(depth + 1)
            got.append(item)
            self._space()
            if self._peek() == ",":
                self.at += 1

    def _string(self) -> str:
        m = STRINGS[self._peek()].match(self.text, self.at, self.end)
        if m is None:
            raise _Unread
        self.at = m.end()
        return re.sub(r"\\(.)", r"\1", m[1])

    def _space(self) -> None:
        while self.at < self.end and self.text[self.at].isspace():
            self.at += 1

    def _peek(self) -> str:
        if self.at >= self.end:
            raise _Unread
        return self.text[self.at]


def _constant(token: str) -> Any:
    """A token's value: a whole number, a boolean, or None (a variable the page fills in)."""
    if token.isdigit():
        return int(token)
    return {"true": True, "false": False}.get(token.lower())


def _mapping(value: Any) -> dict[str, Any]:
    """A setting that should be an object ("attributes:", "fieldset:"), or none."""
    return value if isinstance(value, dict) else {}


def _words(value: Any) -> str:
    """The words a setting shows: a string, or a ``{ text: ... }`` / ``{ html: ... }`` object's
    (HTML kept as HTML, text escaped)."""
    if isinstance(value, dict):
        if isinstance(value.get("text"), str | int):
            return escape(str(value["text"]))
        return str(value["html"]) if isinstance(value.get("html"), str) else ""
    return escape(value) if isinstance(value, str) else ""


def _html(kind: str, arg: dict[str, Any]) -> str:
    """The HTML a component draws from its argument, on one line."""
    ident = escape(str(arg.get("id") or arg.get("name") or kind), quote=True)
    name = escape(str(arg.get("name") or ident), quote=True)
    hint = _words(arg.get("hint"))
    hinted = f'<div class="govuk-hint" id="{ident}-hint">{hint}</div>' if hint else ""
    label = _words(arg.get("label"))
    head = f'<label class="govuk-label" for="{ident}">{label}</label>' if label else ""
    most = arg.get("maxlength") or _mapping(arg.get("attributes")).get("maxlength")
    limit = f' maxlength="{most}"' if isinstance(most, int) else ""
    attrs = f'id="{ident}" name="{name}"' + (f' aria-describedby="{ident}-hint"' if hint else "")
    if kind in ("input", "fileupload"):
        shown = "file" if kind == "fileupload" else escape(str(arg.get("type") or "text"), True)
        return f'<div>{head}{hinted}<input type="{shown}" {attrs}{limit}></div>'
    if kind in ("textarea", "charactercount"):
        counted = [
            f'data-{k}="{arg[k]}"'
            for k in ("maxwords", "maxlength")
            if kind == "charactercount" and isinstance(arg.get(k), int)
        ]
        box = f"<textarea {attrs}{limit if kind == 'textarea' else ''}></textarea>"
        wrap = f'<div class="govuk-character-count" {" ".join(counted)}>' if counted else "<div>"
        return f"{wrap}{head}{hinted}{box}</div>"
    if kind in ("radios", "checkboxes", "select", "dateinput"):
        return _choices(kind, arg, ident, name, head, hinted)
    if kind == "button":
        return f"<p><button>{_words(arg) or _words(arg.get('text'))}</button></p>"
    if kind == "details":
        summary = _words(arg.get("summaryText")) or _words(arg.get("summaryHtml"))
        return f"<details><summary>{summary}</summary><div>{_words(arg)}</div></details>"
    if kind == "fieldset":
        legend = _words(arg.get("legend"))
        return f"<h2>{legend}</h2>" if legend else ""
    title = _words(arg.get("titleText")) or _words(arg.get("titleHtml"))
    return f"<div>{f'<h2>{title}</h2>' if title else ''}<p>{_words(arg)}</p></div>"


def _choices(kind: str, arg: dict[str, Any], ident: str, name: str, head: str, hint: str) -> str:
    """A group of choices (radios, check boxes, a list to pick from, a date's three boxes)."""
    legend = _words(_mapping(arg.get("fieldset")).get("legend"))
    items = [i for i in arg.get("items") or [] if isinstance(i, dict)][:MOST_CALLS]
    if kind == "select":
        options = "".join(f"<option>{_words(i)}</option>" for i in items)
        return f'<div>{head}{hint}<select id="{ident}" name="{name}">{options}</select></div>'
    if kind == "dateinput":
        parts = "".join(
            f'<label for="{ident}-{p}">{p.title()}</label>'
            f'<input type="text" id="{ident}-{p}" name="{name}-{p}" inputmode="numeric">'
            for p in ("day", "month", "year")
        )
        boxes = f'<div class="govuk-date-input" id="{ident}">{parts}</div>'
    else:
        box = "radio" if kind == "radios" else "checkbox"
        boxes = "".join(
            f'<div><input type="{box}" id="{ident}-{n}" name="{name}">'
            f'<label for="{ident}-{n}">{_words(i)}</label>'
            f"{_words(i.get('conditional'))}</div>"
            for n, i in enumerate(items)
            if "divider" not in i
        )
    caption = f"<legend>{legend}</legend>" if legend else head
    return f"<div><fieldset>{caption}{hint}{boxes}</fieldset></div>"
