"""Data models: frozen dataclasses that pydantic validates, with a fast path for valid data.

Why two paths. Importing pydantic and building its validators takes longer than
yamllint's whole run on one file, and ``grantcheck check`` on one small file
must stay within 1.5 times that (issue 5). So the models are plain frozen
dataclasses, declared with the constraints pydantic understands, and:

- ``parse`` first tries a small validator compiled from the type hints. It
  accepts only data it is sure of: exact types (``True`` is not a number,
  ``"5"`` is not a number), every constraint met, no unknown key. On any doubt
  it declines, it never guesses.
- Whatever the fast path declines goes to pydantic, which gives the verdict
  and the errors (``Invalid``). So pydantic remains the authority on what is
  valid and on what an error says; it also writes the JSON Schemas.

tests/test_model.py checks that the fast path never accepts what pydantic
refuses, and that both build the same object.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
import sys
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar, Union, dataclass_transform, get_args, get_origin

M = TypeVar("M")
Check = Callable[[Any], Any]  # returns the value (converted as pydantic would) or raises _Decline

STRICT = {"extra": "forbid", "strict": True, "allow_inf_nan": False}  # scheme files: nothing coerced
LAX = {"extra": "forbid", "validate_by_name": True, "validate_by_alias": True}  # rule packs and config


class _Decline(Exception):
    """The fast path is not sure; pydantic decides."""


class Invalid(Exception):
    """pydantic refused the data; ``errors`` are its error dicts (type, loc, msg, input, ctx)."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} validation error(s)")
        self.errors = errors


class _Unset:
    """A key that was not given (unlike one given as null)."""

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """In a JSON Schema, a default of UNSET reads as null: the key may be left out."""
        from pydantic_core import core_schema

        return core_schema.any_schema(serialization=core_schema.plain_serializer_function_ser_schema(lambda _: None))


UNSET: Any = _Unset()


class C:
    """Constraints on one value, with pydantic.Field's names: ge, gt, le, min_length, max_length, pattern, union_mode."""

    def __init__(self, **rules: Any) -> None:
        self.rules = rules

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import Field  # only on pydantic's path

        return handler.generate_schema(Annotated[source, Field(**self.rules)])

    def check(self, inner: Check) -> Check:
        """The fast check of a value against these constraints, after ``inner``."""
        r = self.rules
        pattern = re.compile(r["pattern"].replace("$", r"\Z")) if "pattern" in r else None  # pydantic's $ is end of text

        def run(value: Any) -> Any:
            value = inner(value)
            ok = (("ge" not in r or value >= r["ge"]) and ("gt" not in r or value > r["gt"])
                  and ("le" not in r or value <= r["le"]) and ("min_length" not in r or len(value) >= r["min_length"])
                  and ("max_length" not in r or len(value) <= r["max_length"])
                  and (pattern is None or pattern.search(value) is not None))
            if not ok:
                raise _Decline
            return value

        return run


def about(text: str = "", default: Any = None, factory: Callable[[], Any] | None = None) -> Any:
    """A field's default, with the description the JSON Schema gives it."""
    meta = {"description": text} if text else {}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


class Frozen:
    """The methods every frozen dataclass here shares, written once.

    ``dataclass`` would generate them for each class by compiling source text,
    about a millisecond a class at every start (46 classes); these behave the
    same: arguments with defaults, no change after construction, equality and
    hash by value, a repr of the fields that ask for one.
    """

    __slots__ = ()
    _plan: tuple[tuple[str, Callable[[], Any] | None], ...] = ()  # each field and how to make its default
    _names: tuple[str, ...] = ()
    _name_set: frozenset[str] = frozenset()
    _shown: tuple[str, ...] = ()

    def __init__(self, *args: Any, **values: Any) -> None:
        if not values and len(args) == len(self._names):
            self.__dict__.update(zip(self._names, args))  # every field given in order: the commonest case, kept quick
            return
        given = len(args) + len(values)
        if args:
            values.update(zip(self._names, args))
        if given == len(values) == len(self._names) and values.keys() == self._name_set:
            self.__dict__.update(values)  # every field given once: the common case, kept quick (not through __setattr__)
            return
        self._fill(args, values, given)

    def _fill(self, args: tuple[Any, ...], values: dict[str, Any], given: int) -> None:
        """Defaults for fields not given, or the error a dataclass would raise."""
        name = type(self).__name__
        if len(args) > len(self._plan):
            raise TypeError(f"{name}() takes {len(self._plan)} arguments but {len(args)} were given")
        if given != len(values):
            raise TypeError(f"{name}() got two values for one field")
        for field, default in self._plan:
            if field not in values:
                if default is None:
                    raise TypeError(f"{name}() needs the keyword argument {field!r}")
                values[field] = default()
        unknown = values.keys() - self._name_set
        if unknown:
            raise TypeError(f"{name}() got an unexpected keyword argument {sorted(unknown)[0]!r}")
        self.__dict__.update(values)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name, _ in self._plan)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self._shown)})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def value(cls: type[M]) -> type[M]:
    """``@dataclass(frozen=True)``, with the shared methods of ``Frozen`` instead of generated ones."""
    body = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    body["__doc__"] = cls.__doc__ or ""  # else dataclass writes one with inspect.signature, slowly (and JSON Schemas show it)
    made: Any = dataclasses.dataclass(init=False, repr=False, eq=False)(type(cls.__name__, (Frozen,), body))  # fields only: Frozen has the methods
    made._plan = tuple((f.name, _default(f)) for f in dataclasses.fields(made))
    made._names = tuple(name for name, _ in made._plan)
    made._name_set = frozenset(made._names)
    made._shown = tuple(f.name for f in dataclasses.fields(made) if f.repr)
    return made  # type: ignore[no-any-return]


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(dataclasses.field, about))
def model(config: dict[str, Any] = STRICT) -> Callable[[type[M]], type[M]]:
    """Declare a model: a frozen dataclass that accepts mappings and follows ``config`` under pydantic."""

    def wrap(cls: type[M]) -> type[M]:
        made = value(cls)
        made.__pydantic_config__ = config  # type: ignore[attr-defined]
        made.__get_pydantic_core_schema__ = classmethod(_core_schema)  # type: ignore[attr-defined]
        return made

    return wrap


def _default(f: dataclasses.Field[Any]) -> Callable[[], Any] | None:
    """How to make a field's default, or None when the field is required."""
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory
    if f.default is not dataclasses.MISSING:
        value = f.default
        return lambda: value
    return None


def _core_schema(cls: type, source: Any, handler: Any) -> Any:
    """pydantic's schema for a model: mappings accepted even when strict, and the model's ``prepare`` hook run first."""
    schema = handler(source)
    node = schema["schema"] if schema.get("type") == "definitions" else schema
    if node.get("type") == "dataclass":
        node["strict"] = False  # strict fields, but a mapping may stand for the model (as with BaseModel)
    prepare = cls.__dict__.get("prepare")
    if prepare is not None:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(prepare.__func__, schema)
    return schema


def is_model(tp: Any) -> bool:
    return isinstance(tp, type) and dataclasses.is_dataclass(tp) and "__pydantic_config__" in tp.__dict__


def hints(cls: type) -> dict[str, Any]:
    """Each field's type, with its ``Annotated`` constraints."""
    return typing.get_type_hints(cls, include_extras=True)


def parse(cls: type[M], data: Any) -> M:
    """``data`` as a ``cls``; raises ``Invalid`` with pydantic's errors."""
    try:
        return _compiled(cls)(data)  # type: ignore[no-any-return,arg-type]
    except _Decline:
        pass
    from pydantic import ValidationError

    try:
        return _adapter(cls).validate_python(data)  # type: ignore[no-any-return,arg-type]
    except ValidationError as exc:
        raise Invalid([dict(e) for e in exc.errors(include_url=False)]) from None


@functools.cache
def _adapter(cls: type) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(cls)


def json_schema(cls: type) -> dict[str, Any]:
    """pydantic's JSON Schema for a model."""
    return _adapter(cls).json_schema()  # type: ignore[no-any-return]


def dump(obj: Any) -> Any:
    """A model as plain data, by alias (the inverse of ``parse``): keys not given are left out,
    and so is a null that only means "not given" (where null is the default)."""
    if is_model(type(obj)):
        out = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if value is not UNSET and not (value is None and f.default is None):
                out[f.metadata.get("alias", f.name)] = dump(value)
        return out
    if isinstance(obj, list):
        return [dump(v) for v in obj]
    if isinstance(obj, dict):
        return {k: dump(v) for k, v in obj.items()}
    return obj


# --- the fast path: one checking function per model, compiled from its type hints ---


@functools.cache
def _compiled(cls: type) -> Check:
    fields, types_ = [], hints(cls)
    for f in dataclasses.fields(cls):
        fields.append((f.metadata.get("alias", f.name), f.name, _check(types_[f.name]), _default(f)))
    keys = {key for key, *_ in fields}
    prepare = cls.__dict__.get("prepare")

    def run(data: Any) -> Any:
        if prepare is not None:
            try:
                data = prepare.__func__(data)
            except ValueError:
                raise _Decline from None
        if type(data) is not dict or not keys.issuperset(data):
            raise _Decline
        values = {}
        for key, name, check, default in fields:
            if key in data:
                values[name] = check(data[key])
            elif default is None:
                raise _Decline  # a required key is missing
            else:
                values[name] = default()
        return cls(**values)

    return run


def _check(tp: Any) -> Check:
    """The fast check for one type."""
    origin, args = get_origin(tp), get_args(tp)
    if origin is Annotated:
        rules = [x for x in args[1:] if isinstance(x, C)]
        ordered = any(c.rules.get("union_mode") == "left_to_right" for c in rules)
        inner = _union(get_args(args[0]), ordered) if ordered else _check(args[0])
        for extra in rules:
            inner = extra.check(inner) if set(extra.rules) - {"union_mode"} else inner
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
        return lambda v: {k: value(x) for k, x in v.items() if type(k) is str or _decline()} if type(v) is dict else _decline()
    if is_model(tp):
        return lambda v: _compiled(tp)(v)  # late-bound: a model may contain itself
    return _SCALARS.get(tp) or _unknown(tp)


def _decline() -> Any:
    raise _Decline


def _number(v: Any) -> float:
    if type(v) is float and math.isfinite(v):
        return v
    if type(v) is int and -sys.float_info.max <= v <= sys.float_info.max:
        return float(v)
    raise _Decline


def _exact(kind: type) -> Check:
    return lambda v: v if type(v) is kind else _decline()


_SCALARS: dict[Any, Check] = {float: _number, int: _exact(int), bool: _exact(bool), str: _exact(str),
                              dt.date: _exact(dt.date), type(None): _exact(type(None)), Any: lambda v: v}


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
                except _Decline:
                    continue
        if single is not None and not ordered:
            return single(v)
        raise _Decline

    return run


def _plain(tp: Any) -> Any:
    """The Python type a value must have to be taken by ``tp`` as it stands."""
    origin = get_origin(tp)
    if origin is Annotated:
        return _plain(get_args(tp)[0])
    if is_model(tp):
        return dict
    return origin if origin in (list, dict) else tp
