"""A form exported from a grants database as records: each item a run of ``KEY: value`` lines
("[ITEM]" / "ITEM_NO: 2.2" / "TYPE: MEMO" / "PROMPT: Describe your event." / "MAX_LENGTH: 1200"
/ "MAX_LENGTH_UNIT: CHARS" / "REQUIRED: Y" / "ANSWER:"), or ``key = value`` in an INI file's
sections.

Such an export, offered to print and answer, is the form itself, written out item by item with
the answer each takes, as a portal's "export questions" file is (typed.py). Read as lines, each
record is a heap of settings: every "PROMPT:" a question, however short its answer, and a limit
on its own line with its unit on another. Read as the form, each record is its prompt, then its
answer type with the limit and unit joined ("Answer type: Memo (max 1200 characters)"), its help,
whether it is required and when it is shown: the lines the typed reader already reads. A record
whose type is a heading or help ("SECTION", "INFO") is that heading or that help. Each record's
lines are rewritten in its own lines' places (as many lines: every block keeps its line number).
Only a document of such records is rewritten: three items at least, each with a prompt and a
type.
"""

from __future__ import annotations

import re

# "PROMPT: Describe ...", "ITEM_NO: 2.2", "MaxLength = 400": a setting's key is one word at the
# line's start (a YAML page's nested settings are indented: a front matter's form is not this)
# (the value runs to the line's end and is stripped in Python: a lazy value before "\s*$" is
# tried at every space of a long run, quadratic; 200,000 spaces in one line took minutes)
SETTING = re.compile(r"^([A-Za-z][A-Za-z0-9_.-]{0,39})\s*[:=][ \t]*(.*)$")
HEADER = re.compile(r"^\s*\[[A-Za-z][\w .:-]{0,39}\]\s*$")  # "[ITEM]", "[Question 3]"
MOST_LINES = 20_000  # a longer document is read as it is
LEAST_ITEMS = 3
PROMPT_KEYS = frozenset("prompt question questiontext label caption title itemtext".split())
TYPE_KEYS = frozenset(
    "type itemtype fieldtype answertype questiontype inputtype datatype controltype responsetype"
    " control".split()
)
NUMBER_KEYS = frozenset("itemno itemnumber no number ref itemref questionno questionnumber".split())
HELP_KEYS = frozenset("help helptext hint guidance description instructions".split())
REQUIRED_KEYS = frozenset("required mandatory isrequired".split())
SHOWN_KEYS = frozenset("condition shownif showif displaycondition visibleif dependson".split())
OPTION_KEYS = frozenset("options choices values".split())
# a limit's key, and the key naming its unit ("MAX_LENGTH" with "MAX_LENGTH_UNIT: CHARS")
LIMIT_KEY = re.compile(r"^(?:max|maximum|limit|wordlimit|charlimit|characterlimit)")
UNIT_KEY = re.compile(r"unit$|^(?:limittype|lengthtype)$")
NUMBERING = re.compile(r"[A-Za-z]?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?")  # "2.2", "B4", "10a"
# a record's type when it asks nothing: a heading, or help to read
HEADING_TYPES = frozenset("section heading header page pagebreak group part title".split())
HELP_TYPES = frozenset("text info information instructions static label html note display".split())
YES = frozenset("y yes true 1 mandatory required".split())
NO = frozenset("n no false 0 optional".split())
FIGURE = re.compile(r"\d{1,7}")


def rewritten(lines: list[str]) -> list[str]:
    """``lines`` with each record of a database's export rewritten as the item it is (as many
    lines, each record in its own lines' places); ``lines`` itself when they are no export."""
    if len(lines) > MOST_LINES:
        return lines
    records = _records(lines)
    items = [r for r in records if _item(r[1]) is not None]
    if len(items) < LEAST_ITEMS:
        return lines
    out = list(lines)
    for start, settings in records:
        item = _item(settings)
        if item is None:
            continue
        said = _said(item, settings)
        span = len(settings) + (1 if HEADER.match(lines[start]) else 0)
        # (blank lines first: blank lines under an item would be room to write in plain text)
        said = [""] * (span - len(said)) + said[:span]
        out[start : start + span] = said
    return out


def _records(lines: list[str]) -> list[tuple[int, list[tuple[str, str]]]]:
    """Each run of settings (a header line, then ``key: value`` lines, up to a blank line or
    another header): the line it starts on (from 0) and its keys (normalised) and values."""
    out: list[tuple[int, list[tuple[str, str]]]] = []
    start: int | None = None
    settings: list[tuple[str, str]] = []
    for i, line in enumerate(lines + [""]):
        matched = SETTING.match(line) if line.strip() else None
        setting = (_key(matched[1]), matched[2].rstrip()) if matched else None
        header = setting is None and line.strip() != "" and HEADER.match(line) is not None
        if setting is not None and start is not None:
            settings.append(setting)
            continue
        if start is not None and settings:
            out.append((start, settings))
        start, settings = None, []
        if header:
            start = i
        elif setting is not None:
            start, settings = i, [setting]
    return out


def _key(key: str) -> str:
    """A key as compared: lower case, without its separators ("MAX_LENGTH" -> "maxlength")."""
    return re.sub(r"[_.-]", "", key.lower())


def _item(settings: list[tuple[str, str]]) -> dict[str, str] | None:
    """A record's settings by key, if it is a form's item: it has a prompt and a type."""
    keys = dict(settings)
    if any(k in keys for k in PROMPT_KEYS) and any(k in keys for k in TYPE_KEYS):
        return keys
    return None


def _first(keys: dict[str, str], names: frozenset[str]) -> str:
    return next((keys[k] for k in keys if k in names and keys[k]), "")


def _said(keys: dict[str, str], settings: list[tuple[str, str]]) -> list[str]:
    """The lines an item is, read as the form: prompt, answer type, help, required, shown."""
    prompt = _first(keys, PROMPT_KEYS)
    kind = _first(keys, TYPE_KEYS)
    bare = _key(kind)
    help_text = _first(keys, HELP_KEYS)
    if bare in HEADING_TYPES:  # (a heading in capitals, as a plain-text form prints one)
        return [prompt.upper()] + ([help_text] if help_text else [])
    number = _first(keys, NUMBER_KEYS)
    if NUMBERING.fullmatch(number):
        prompt = f"{number} {prompt}"
    required = _first(keys, REQUIRED_KEYS)
    if bare in HELP_TYPES and not required:
        return [prompt] + ([help_text] if help_text else [])
    words = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", kind).capitalize()  # "LongText", "TEXT_SHORT"
    out = [prompt, f"Answer type: {words}{_limit(settings)}"]
    if help_text:
        out.append(f"Help text: {help_text}")
    if options := _first(keys, OPTION_KEYS):
        out.append(f"Options: {options.replace('|', '/')}")
    if required:
        low = required.strip().lower()
        out.append(f"Required: {'Yes' if low in YES else 'No' if low in NO else required}")
    if shown := _first(keys, SHOWN_KEYS):
        out.append(f"Shown if: {shown}")
    return out


def _limit(settings: list[tuple[str, str]]) -> str:
    """An item's limit with its unit, as its type's words say it (" (max 1200 characters)"), or
    "" when it has none: a figure under a limit's key, in the unit its unit key (or its own key)
    names; characters when none is named (a database's field length)."""
    figure = unit = ""
    for key, value in settings:
        if UNIT_KEY.search(key):
            unit = value.lower()
        elif LIMIT_KEY.match(key) and FIGURE.fullmatch(value.replace(",", "")):
            figure, unit = value.replace(",", ""), unit or key
    if not figure:
        return ""
    return f" (max {figure} {'words' if 'word' in unit else 'characters'})"
