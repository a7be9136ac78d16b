"""How a value in a validated file should be written: what a wrong value was expected to be,
in plain words, and the hint that says how to write it (a number in its key's own unit, a date,
a mistyped choice's closest match). model_errors.py places each error at its key.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import islice
from typing import Any

from grantcheck.errors import closest
from grantcheck.load import Document
from grantcheck.register_columns import DATE_CELL, DATE_HINT
from grantcheck.safe_text import clip
from grantcheck.scheme import Scheme

EXPECTED = {
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "int_parsing": "must be a whole number",
    "bool_type": "must be true or false",
    "string_type": "must be text",
    "date_type": "must be a date written YYYY-MM-DD",
    "list_type": "must be a list",
    "model_type": "must be a mapping of keys and values",
    "dataclass_type": "must be a mapping of keys and values",
    "dataclass_args_type": "must be a mapping of keys and values",
    "dict_type": "must be a mapping of keys and values",
}
PATTERNS = {
    "reason": "must give a reason in words",
    "rule": "must be a rule ID such as GC301",
    "currency": "must be a three-letter currency code such as GBP",
}
HINTS = {
    "bool_type": "Write true or false",
    "date_type": "Write dates as YYYY-MM-DD, for example 2025-03-17",
}


NUMBER_KINDS = ("float_type", "float_parsing", "int_type", "int_parsing", "int_from_float")
UNITS = {  # a unit named in a key (spec: durations are in the unit in the key's name)
    "days": ("14", " (not 'two weeks')"),
    "weeks": ("6", " (not 'six')"),
    "months": ("12", " (not 'twelve' or 'a year')"),
    "years": ("2", " (not 'two')"),
    "hours": ("3", " (not 'three')"),
    "minutes": ("10", " (not 'ten')"),
    "pages": ("4", " (not 'four')"),
}
MONEY = (
    "Write amounts as plain numbers in the scheme's currency, for example 5000 (not '£5,000' "
    "or '5k')"
)


def number_hint(key: str, kind: str, root: type) -> str:
    """How to write the number a key wants, in its own unit: days, months, a percentage, a count,
    pounds (a scheme's amounts, which name no unit)."""
    words = key.lower().split("_")
    whole = kind.startswith("int")
    unit = next((w for w in words if w in UNITS), None)
    if unit is not None:
        example, not_ = UNITS[unit]
        number = "a whole number" if whole else "a number"
        return f"Write {number} of {unit} in figures, for example {example}{not_}"
    if "percent" in words:
        return "Write a percentage as a plain number, for example 10 (not '10%')"
    if whole:
        return "Write a plain whole number in figures, for example 10 (not 'ten')"
    if root is Scheme or "cost" in words:
        return MONEY
    return "Write a plain number, for example 20"


def is_register(file: str) -> bool:
    from grantcheck.register import REGISTER_SUFFIXES

    return file.lower().endswith(REGISTER_SUFFIXES)


def describe(value: Any) -> str:
    """The value as written: 'empty' for a key with nothing after it (not Python's None), a
    yes/no as YAML writes it ('true', never Python's True), a list or mapping named and shown
    as YAML writes it ('a list ([A])', never Python's "['A']"), a spreadsheet's date and time
    as a person reads it."""
    if isinstance(value, bool):
        return str(value).lower()
    if value is None:
        return "empty"
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}, a date with a time of day"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple, dict)):
        kind = "a mapping" if isinstance(value, dict) else "a list"
        return f"{kind} ({clip(_flow(value, 3), 40)})" if value else f"an empty {kind[2:]}"
    return clip(repr(value), 40)


def _flow(value: Any, depth: int) -> str:
    """A value in YAML's flow style ('[a, b]', '{x: 1}'), nested no deeper than ``depth`` and
    at most 10 items a level (a hostile value may be huge: only its start is read and shown)."""
    if isinstance(value, bool) or value is None:
        return "null" if value is None else str(value).lower()
    if not isinstance(value, (dict, list, tuple)):
        return clip(str(value), 40)
    opens, shuts = "{}" if isinstance(value, dict) else "[]"
    if depth <= 0:  # (the level below is not read at all)
        return opens + "..." + shuts
    if isinstance(value, dict):
        items = [f"{_flow(k, 0)}: {_flow(v, depth - 1)}" for k, v in islice(value.items(), 10)]
    else:
        items = [_flow(v, depth - 1) for v in islice(value, 10)]
    return opens + ", ".join(items) + ("" if len(value) <= 10 else ", ...") + shuts


BOUNDS = {"gt": "above", "ge": "of at least", "lt": "below", "le": "of at most"}
QUOTED = re.compile(r"'([^']*)'")  # the choices in pydantic's "'grant' or 'contract'"


# what to fill in where a scheme leaves a required text empty (the starter of 'init --from'
# leaves funder empty, with this as its prompt, for check to stop at until filled in; kind it
# writes as grant, the default, with its prompt beside it)
FUNDER_PROMPT = "fill in who runs the scheme (the council's name)"
KIND_PROMPT = "grant or contract: write contract for a tender (a contract for services)"
NAME_PROMPT = "fill in the scheme's name as applicants see it"
EMPTY = {("funder",): FUNDER_PROMPT, ("kind",): KIND_PROMPT, ("name",): NAME_PROMPT}


def value_hint(doc: Document, err: dict[str, Any], root: type) -> str:
    """How to fix a wrong value: a register's date in a cell's words; a mistyped choice's match;
    what to fill in where a scheme's required text is empty."""
    kind, given = err["type"], err.get("input")
    prompt = EMPTY.get(tuple(err["loc"])) if given is None and root is Scheme else None
    if prompt:
        return prompt[:1].upper() + prompt[1:]
    if kind == "date_type" and isinstance(given, dt.datetime):  # a workbook's date and time
        return (
            f"The cell holds a time of day as well as the date: {DATE_HINT[:1].lower()}"
            f"{DATE_HINT[1:]}, or clear the time (format the cell as a date only)"
            if is_register(doc.file)
            else "Write the date alone as YYYY-MM-DD, for example 2025-03-17"
        )
    if kind == "list_type" and not is_register(doc.file):
        return _as_list(doc.file, str(err["loc"][-1]) if err["loc"] else "", given)
    if kind == "date_type" and is_register(doc.file):
        return DATE_HINT + (DATE_CELL if doc.file.lower().endswith(".xlsx") else "")
    bound = next((k for k in BOUNDS if k in (err.get("ctx") or {})), "")
    if kind.startswith(("greater_than", "less_than")) and bound:
        limit = err["ctx"][bound]
        shown = int(limit) if isinstance(limit, float) and limit.is_integer() else limit
        return f"Write a number {BOUNDS[bound]} {shown}"
    if kind == "literal_error" and isinstance(given, str):
        choices = QUOTED.findall(str((err.get("ctx") or {}).get("expected", "")))
        match = closest(given[:60], choices)
        if match or not choices:
            return f"Did you mean {match!r}?" if match else ""
        return f"Write {', '.join(choices[:-1])} or {choices[-1]}" if choices[1:] else ""
    return HINTS.get(kind, "")


def _as_list(file: str, key: str, given: Any) -> str:
    """How to write one value as the list a key takes ('ignore: GC7' -> 'ignore: [GC7]'), in
    the file's own syntax: TOML in pyproject.toml, YAML elsewhere."""
    one = isinstance(given, (str, int, float)) and not isinstance(given, bool)
    if not one or not key:
        return "Write a list: [first, second], or one item a line, each starting '- '"
    item = clip(str(given), 40)
    if file.endswith("pyproject.toml"):
        return f"Write a list, even of one item: {key} = {json.dumps([item], ensure_ascii=False)}"
    # a plain word stays plain; anything YAML might read otherwise is quoted
    shown = item if re.fullmatch(r"[\w.-]+(?: [\w.-]+)*", item) else json.dumps(item)
    return f"Write a list, even of one item: {key}: [{shown}]"


def expected(kind: str, key: str, msg: str, ctx: dict[str, Any]) -> str:
    """What the value should have been, in plain words."""
    if kind == "string_too_long":
        return f"must have at most {ctx.get('max_length')} characters"
    if kind == "string_pattern_mismatch":
        return PATTERNS.get(key, "is not in the expected form")
    if kind == "string_too_short":
        return "must not be empty"
    if kind in EXPECTED:
        return EXPECTED[kind]
    if msg.startswith("Input should be "):
        return "must be " + msg.removeprefix("Input should be ")
    return msg[:1].lower() + msg[1:]
