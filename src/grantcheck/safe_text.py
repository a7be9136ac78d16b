"""Text from input, made safe for each output format: one small module for every reporter.

Scheme files, config, rule files and file names may come from a stranger's pull
request, so any text they supply can hold terminal escape sequences, bidi
overrides, newlines that forge a CI log line, HTML, Markdown or characters XML
forbids. Reporters never write such text raw; they pass it through the helper
for their format:

- ``visible(text)``: controls (C0, DEL, C1), bidi controls, line and paragraph
  separators and lone surrogates shown as escapes (``\\x1b``, ``\\u202e``). For
  text output, ``explain``, ``diff`` and error lines. One line, always.
- ``prose(text)``: the same, but runs of white space (newlines included) folded to
  one space first: for wrapped sentences such as messages and waiver reasons.
- ``clip(text)``: at most ``QUOTE_LIMIT`` characters, with an ellipsis: a huge
  input value is quoted, not echoed whole.
- ``markdown(text)`` / ``markdown_code(text)``: inline Markdown text or a code
  span that no HTML, comment, link, image, emphasis or table pipe survives.
- ``html(text)``: HTML text or attribute value.
- ``xml(text)``: text for an XML 1.0 document (ElementTree escapes ``<&>"``; this
  replaces what XML forbids outright). Keeps ``\\n`` and ``\\t``.
- ``workflow_data(text)`` / ``workflow_property(text)``: GitHub workflow command
  encoding (``%``, CR, LF; and ``:`` and ``,`` in properties).
- ``no_commands(text)``: a whole output with no line a CI runner could take for a
  workflow command (``::`` leading a line, ``##[`` anywhere).
- ``terminal(text)``: both, for a whole plain-text output (``rules``, ``explain``).
- ``json_text(text)``: a serialised JSON document with the same escaping, data kept.
- ``uri(path)``: a relative path percent-encoded as an RFC 3986 URI reference.

Each is pure and cheap when there is nothing to change (a single regex search).
"""

from __future__ import annotations

import re

QUOTE_LIMIT = 200

# Controls, bidi embeddings/overrides/isolates and marks, line/paragraph
# separators, the BOM, non-characters and lone surrogates (from file names that
# are not UTF-8): none may reach a terminal, a log or a document raw.
_UNSAFE = (
    "\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff"
)
_UNSAFE_RE = re.compile(f"[{_UNSAFE}]")
_SPACE_RE = re.compile(r"[\s\u0085\u2028\u2029]+")
# Markdown's active characters; "_" only where it could open or close emphasis (not
# inside a word such as hours_per_stage, where GFM leaves it alone).
_MARKDOWN_RE = re.compile(r"[\\`*\[\]|<>&~$]|_(?![^\W_])|(?<![^\W_])_")
# A list, heading or underline where the text starts a line.
_LEADING_RE = re.compile(r"^(\d{1,9})([.)])|^([#+\-=])")
_MARKDOWN = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_COMMAND_LINE_RE = re.compile(r"^([ \t]*)::", re.MULTILINE)
_JSON_RE = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
    "\ufeff\ufffe\uffff\ud800-\udfff]"
)


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escaped(char: str) -> str:
    """One character written out: ``\\n``, ``\\x1b``, ``\\u202e`` or ``\\U000e0001``, each
    with all its digits, so that no escape reads as a shorter one and the letters after it."""
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _escape(match: re.Match[str]) -> str:
    return escaped(match.group())


def visible(text: str) -> str:
    """``text`` on one line with every control and bidi character shown as an escape."""
    return _UNSAFE_RE.sub(_escape, text) if _UNSAFE_RE.search(text) else text


def prose(text: str) -> str:
    """``text`` with white space folded to single spaces, then ``visible``."""
    return visible(_SPACE_RE.sub(" ", text).strip())


def clip(text: str, limit: int = QUOTE_LIMIT) -> str:
    """At most ``limit`` characters: a longer text ends in an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _markdown_char(match: re.Match[str]) -> str:
    char = match.group()
    return _MARKDOWN.get(char) or "\\" + char


def markdown(text: str, line_start: bool = False) -> str:
    """Inline Markdown (and table cell) text: nothing in it renders as markup.

    ``line_start``: the text begins a line, where ``1.``, ``#``, ``-``, ``+`` or ``=``
    would start a list or heading: those are escaped too.
    """
    text = _MARKDOWN_RE.sub(_markdown_char, prose(text))
    return _LEADING_RE.sub(r"\1\\\2\3", text, count=1) if line_start else text


def markdown_code(text: str, in_table: bool = False) -> str:
    """A code span holding ``text`` exactly (shown escaped), whatever backticks it holds."""
    body = visible(text)
    if in_table:
        body = body.replace("|", "\\|")  # GFM removes this escape inside table cells
    longest = max((len(run) for run in re.findall("`+", body)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if body.startswith(("`", " ")) or body.endswith(("`", " ")) else ""
    return f"{fence}{pad}{body}{pad}{fence}"


def html(text: str) -> str:
    """HTML text or a quoted attribute value; ``[`` too, so no ``##[`` reaches a CI log."""
    from html import escape

    return escape(prose(text), quote=True).replace("[", "&#91;")


def xml(text: str) -> str:
    """Text XML 1.0 allows: forbidden characters, escapes and bidi controls shown escaped."""
    if not _UNSAFE_RE.search(text):
        return text
    return _UNSAFE_RE.sub(lambda m: m.group() if m.group() in "\n\t" else _escape(m), text)


def workflow_data(text: str) -> str:
    """The message of a GitHub workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def workflow_property(text: str) -> str:
    """A property value (file, title) of a GitHub workflow command."""
    return workflow_data(text).replace(":", "%3A").replace(",", "%2C")


def no_commands(text: str) -> str:
    """A whole output in which no line can be read as a workflow command by a CI runner.

    GitHub's runner takes a line as a command when, after leading spaces, it starts
    with ``::``, or when it holds ``##[`` anywhere (the old syntax). A backslash
    breaks both and shows the reader where the text was changed.
    """
    if "::" not in text and "##[" not in text:
        return text
    return _COMMAND_LINE_RE.sub(r"\1\\::", text).replace("##[", "##\\[")


def terminal(text: str) -> str:
    """A whole plain-text output of many lines: each line ``visible``, none a workflow command."""
    return no_commands("\n".join(visible(line) for line in text.split("\n")))


def json_text(document: str) -> str:
    """A serialised JSON document with C1 and bidi controls as ``\\u`` escapes and no ``##[``.

    Those characters and ``#`` occur only inside JSON strings, where the escapes
    mean the same: the data is unchanged, the bytes are safe to print. A lone surrogate (a
    byte of a file name that is not UTF-8) is no Unicode text, and a ``\\udce9`` escape of one
    is refused by strict parsers: it is shown as ``visible`` shows it, a backslash and its
    code, in the string's text (the one change to the data).
    """
    if _JSON_RE.search(document):
        document = _JSON_RE.sub(_json_escape, document)
    return document.replace("##[", "##\\u005b")


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\\\u{code:04x}" if 0xD800 <= code <= 0xDFFF else f"\\u{code:04x}"


def whole_text(text: str) -> str:
    """``text`` with each lone surrogate shown as ``visible`` shows it, so that it can be
    written as UTF-8 or as JSON any parser reads (a file name that is not UTF-8)."""
    return _SURROGATE_RE.sub(_escape, text) if _SURROGATE_RE.search(text) else text


def uri(path: str) -> str:
    """A relative path as an RFC 3986 URI reference (``/`` kept, everything else encoded)."""
    from urllib.parse import quote  # only SARIF needs it

    return quote(path.replace("\\", "/"), safe="/", errors="surrogateescape")
