"""The columns of a scheme register: one for every field of the scheme format that fits a cell.

Worked out from the scheme models' type hints, so a field added to the format
becomes a column without a second list to keep in step. A field fits a cell
when it is a number, a yes/no, a date, text, one of a closed set of words, or
a list of text or words (items separated by ``;``). Lists of mappings (waivers,
stages given one by one) do not fit a cell and are left to YAML files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from grantcheck.frozen import frozen_dataclass
from grantcheck.model import hints, is_model

LIST_SEPARATOR = ";"
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_YES = {"yes", "true", "y"}
_NO = {"no", "false", "n"}


@frozen_dataclass
class Column:
    """One register column: its dotted key, what a cell holds, and a plain-words description."""

    key: str
    kind: str  # "number", "whole", "yes/no", "date", "text", "choice", "list", "choices"
    choices: tuple[str, ...]
    description: str
    required: bool


def _strip(tp: Any) -> Any:
    """The type inside ``Annotated[...]``."""
    return get_args(tp)[0] if get_origin(tp) is Annotated else tp


def _members(tp: Any) -> list[Any]:
    """The members of a union (``X | None`` included), without None; else ``[tp]``."""
    tp = _strip(tp)
    if get_origin(tp) in (Union, types.UnionType):
        return [m for arg in get_args(tp) for m in _members(arg) if m is not type(None)]
    return [tp]


def _scalar(tp: Any) -> tuple[str, tuple[str, ...]] | None:
    """The kind of cell a single value of type ``tp`` needs, or None."""
    tp = _strip(tp)
    if get_origin(tp) is Literal:
        return ("choice", tuple(str(a) for a in get_args(tp)))
    named = {bool: "yes/no", int: "whole", float: "number", dt.date: "date", str: "text"}
    return (named[tp], ()) if tp in named else None


def _kind(tp: Any) -> tuple[str, tuple[str, ...]] | None:
    """The kind of cell for a field of type ``tp``, or None when it does not fit a cell."""
    kinds = []
    for member in _members(tp):
        if get_origin(member) is list:
            items = [_scalar(m) for m in _members(get_args(member)[0])]
            plain = [k for k in items if k is not None]
            if plain:  # list[Item | Attachment]: items given by name fit; a mapping does not
                choices = tuple(c for _, cs in plain for c in cs)
                kinds.append(
                    ("choices", choices) if all(k == "choice" for k, _ in plain) else ("list", ())
                )
            continue
        found = _scalar(member)
        if found is not None:
            kinds.append(found)
    if not kinds:
        return None
    if {k for k, _ in kinds} == {"choice"}:
        return ("choice", tuple(c for _, cs in kinds for c in cs))
    return kinds[0]  # stages: a number or a list of mappings; the number fits a cell


def _description(f: dataclasses.Field[Any], tp: Any) -> str:
    """The field's own description (metadata, or its constraints), else ''."""
    if f.metadata.get("description"):
        return str(f.metadata["description"])
    for part in get_args(tp) if get_origin(tp) is Annotated else ():
        text = getattr(part, "rules", {}).get("description")
        if text:
            return str(text)
    return ""


_FALLBACK = {
    "number": "A number.",
    "whole": "A whole number.",
    "yes/no": "yes or no.",
    "date": "A date, YYYY-MM-DD.",
    "text": "Text.",
    "list": "Items separated by ;",
}

# how to write a date in a register's cell (a scheme file's hint speaks of YAML's quotes)
DATE_HINT = "Type the date as YYYY-MM-DD, for example 2025-03-17"
DATE_CELL = ", or make the cell a date"  # a workbook's cell may hold a date itself


# where a register row differs from a scheme file
_IN_A_REGISTER = {
    "id": "A short name for waivers in config and baselines. Default: the register's file name "
    "and the row, such as schemes:7.",
}


def _plain(column: Column) -> str:
    """What to tell a user who fills in the column."""
    text = column.description or _FALLBACK.get(column.kind, "")
    if column.kind in ("choice", "choices"):
        text = (text + " " if text else "") + "One of: " + ", ".join(column.choices) + "."
        if column.kind == "choices":
            text += " Several separated by ;"
    elif column.kind == "list" and column.description:
        text += " Items separated by ;"
    text = _IN_A_REGISTER.get(column.key, text)
    return ("Required. " if column.required and not text.startswith("Required.") else "") + text


def _walk(cls: type, prefix: str, required: bool) -> list[Column]:
    out: list[Column] = []
    types_ = hints(cls)
    for f in dataclasses.fields(cls):
        tp, key = types_[f.name], prefix + f.metadata.get("alias", f.name)
        needed = (
            required
            and f.default is dataclasses.MISSING
            and f.default_factory is dataclasses.MISSING
        )
        inner = [m for m in _members(tp) if is_model(m)]
        if inner:
            out += _walk(inner[0], key + ".", needed)
            continue
        kind = _kind(tp)
        if kind is not None:
            col = Column(key, kind[0], kind[1], _description(f, tp), needed)
            out.append(dataclasses.replace(col, description=_plain(col)))
    return out


@functools.cache
def columns() -> dict[str, Column]:
    """Every register column, by dotted key, in the order of the scheme format."""
    from grantcheck.scheme import Scheme

    return {c.key: c for c in _walk(Scheme, "", True) if c.key != "format"}


def cell_value(column: Column, value: Any) -> Any:
    """A cell's value as the scheme format has it, or None when the cell is empty (not stated).

    Text that is plainly a number, a yes/no or an ISO date is read as one (a CSV
    holds only text, and spreadsheets often store numbers as text); anything else
    is passed on unchanged, so that validation says what is wrong, as for YAML.
    """
    if isinstance(value, str):
        value = value.strip()
        if not value:
            return None
    elif value is None:
        return None
    kind = column.kind
    if kind in ("list", "choices"):
        text = _text(value)
        return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]
    if kind in ("number", "whole"):
        return _number(value, kind)
    if kind == "yes/no" and isinstance(value, str):
        low = value.lower()
        return True if low in _YES else False if low in _NO else value
    if kind == "date":
        return _date(value)
    if kind in ("text", "choice"):
        return _text(value)
    return value


def _text(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(value: Any, kind: str) -> Any:
    if isinstance(value, str) and _NUMBER.match(value):
        try:
            value = float(value)
        except (ValueError, OverflowError):
            return value
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)  # a spreadsheet stores 14 as 14.0
    return value


def _date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time() else value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value
