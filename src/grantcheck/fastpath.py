"""The fast path of model.parse: a checking function for each model, compiled from its type hints.

It accepts only what it is sure pydantic accepts, and builds what pydantic
would build (ints in float fields become floats); on any doubt it raises
``Decline`` and pydantic decides. tests/test_model.py holds it to that.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
import sys
import types
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from grantcheck.frozen import default_maker
from grantcheck.model import Constraints, hints, is_model

Check = Callable[[Any], Any]  # returns the value (converted as pydantic would) or raises Decline


class Decline(Exception):
    """The fast path is not sure; pydantic decides."""


@functools.cache
def compiled(cls: type) -> Check:
    """The checking function for a model."""
    fields, types_ = [], hints(cls)
    for f in dataclasses.fields(cls):
        fields.append(
            (f.metadata.get("alias", f.name), f.name, _check(types_[f.name]), default_maker(f))
        )
    keys = {key for key, *_ in fields}
    prepare = cls.__dict__.get("prepare")

    def run(data: Any) -> Any:
        if prepare is not None:
            try:
                data = prepare.__func__(data)
            except ValueError:
                raise Decline from None
        if type(data) is not dict or not keys.issuperset(data):
            raise Decline
        values = {}
        for key, name, check, default in fields:
            if key in data:
                values[name] = check(data[key])
            elif default is None:
                raise Decline  # a required key is missing
            else:
                values[name] = default()
        return cls(**values)

    return run


def _check(tp: Any) -> Check:
    """The fast check for one type."""
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:
        rules = [x for x in args[1:] if isinstance(x, Constraints)]
        ordered = any(c.rules.get("union_mode") == "left_to_right" for c in rules)
        inner = _union(get_args(args[0]), ordered) if ordered else _check(args[0])
        for extra in rules:
            inner = _constrained(extra.rules, inner) if set(extra.rules) - DESCRIPTIVE else inner
        return inner
    if origin in (Union, types.UnionType):
        return _union(args)
    if origin is Literal:
        return _literal(args)
    if origin is list:
        item = _check(args[0])
        return lambda v: [item(x) for x in v] if type(v) is list else _decline()
    if origin is dict:
        value = _check(args[1])
        return lambda v: (
            {k: value(x) for k, x in v.items() if type(k) is str or _decline()}
            if type(v) is dict
            else _decline()
        )
    if is_model(tp):
        return lambda v: compiled(tp)(v)  # late-bound: a model may contain itself
    return _SCALARS.get(tp) or _unknown(tp)


def _decline() -> Any:
    raise Decline


def _number(v: Any) -> float:
    if type(v) is float and math.isfinite(v):
        return v
    if type(v) is int and -sys.float_info.max <= v <= sys.float_info.max:
        return float(v)
    raise Decline


def _exact(kind: type) -> Check:
    return lambda v: v if type(v) is kind else _decline()


_SCALARS: dict[Any, Check] = {
    float: _number,
    int: _exact(int),
    bool: _exact(bool),
    str: _exact(str),
    dt.date: _exact(dt.date),
    type(None): _exact(type(None)),
    Any: lambda v: v,
}


def _unknown(tp: Any) -> Check:
    raise TypeError(f"the fast path has no check for {tp!r}")


def _literal(values: tuple[Any, ...]) -> Check:
    allowed = {(type(x), x) for x in values}  # by type too: True is not 1
    kinds = {type(x) for x in values}  # and only hashable kinds are looked up
    return lambda v: v if type(v) in kinds and (type(v), v) in allowed else _decline()


def _union(members: tuple[Any, ...], ordered: bool = False) -> Check:
    """A union, as pydantic reads it.

    ``left_to_right``: the first member that takes the value. Otherwise (pydantic's
    "smart" mode) the members of the value's exact type, in order; and for
    ``X | None``, whatever X takes (an int for ``float | None``).
    """
    checks = [(_plain(m), _check(m)) for m in members]
    others = [c for plain, c in checks if plain is not type(None)]
    single = others[0] if len(others) == 1 else None

    def run(v: Any) -> Any:
        if v is None and type(None) in members:
            return None
        for plain, check in checks:
            if ordered or type(v) is plain:
                try:
                    return check(v)
                except Decline:
                    continue
        if single is not None and not ordered:
            return single(v)
        raise Decline

    return run


def _plain(tp: Any) -> Any:
    """The Python type a value must have to be taken by ``tp`` as it stands."""
    origin = get_origin(tp)
    if origin is Annotated:
        return _plain(get_args(tp)[0])
    if is_model(tp):
        return dict
    return origin if origin in (list, dict) else tp


# The constraints the fast path checks itself, each as a test of (value, limit).
# Any other constraint (multiple_of, strict, ...) makes the check decline every
# value, so pydantic judges it: a constraint added to a model can never be skipped.
IMPLEMENTED: dict[str, Callable[[Any, Any], bool]] = {
    "ge": lambda v, limit: v >= limit,
    "gt": lambda v, limit: v > limit,
    "le": lambda v, limit: v <= limit,
    "lt": lambda v, limit: v < limit,
    "min_length": lambda v, limit: len(v) >= limit,
    "max_length": lambda v, limit: len(v) <= limit,
    "pattern": lambda v, limit: limit.search(v) is not None,
    # the fast path takes exact types only (never True for a number, nor "5"): strict already,
    # as pydantic's strict mode, which takes an int in a float field too
    "strict": lambda v, strict: True,
}
# Keys that describe a value (for the JSON Schema) or steer a union: they constrain nothing.
DESCRIPTIVE = frozenset({"union_mode", "description", "title", "examples"})


def _constrained(r: dict[str, Any], inner: Check) -> Check:
    """``inner``, then a ``Constraints``' checks; declines every value if one is not implemented."""
    if set(r) - set(IMPLEMENTED) - DESCRIPTIVE:
        return lambda value: _decline()
    # pydantic's $ is the end of the text
    tests = [
        (IMPLEMENTED[k], re.compile(v.replace("$", r"\Z")) if k == "pattern" else v)
        for k, v in r.items()
        if k in IMPLEMENTED
    ]

    def run(value: Any) -> Any:
        value = inner(value)
        if not all(test(value, limit) for test, limit in tests):
            raise Decline
        return value

    return run
