"""Declaring data models: frozen dataclasses with the constraints pydantic understands.

A model is declared once, here (``@model``, ``Constraints``, ``described_field``),
and read two ways: by pydantic, the authority on what is valid, which also
writes the JSON Schemas; and by the fast path (fastpath.py), which checks valid
data without importing pydantic. parsing.py tries the fast path first and gives
pydantic whatever it declines. docs/design.md says why there are two paths.
"""

from __future__ import annotations

import dataclasses
import functools
import typing
from collections.abc import Callable
from typing import Annotated, Any, TypeVar, dataclass_transform

from grantcheck.frozen import frozen_dataclass

M = TypeVar("M")

# scheme files: nothing coerced
STRICT = {"extra": "forbid", "strict": True, "allow_inf_nan": False}
# rule packs and config
LAX = {"extra": "forbid", "validate_by_name": True, "validate_by_alias": True}


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

        return core_schema.any_schema(
            serialization=core_schema.plain_serializer_function_ser_schema(lambda _: None)
        )


UNSET: Any = _Unset()


class Constraints:
    """Constraints on one value, with pydantic.Field's names: ge, gt, le, min_length, max_length,
    pattern, union_mode.

    pydantic reads them through ``Field``; fastpath.py checks them itself.
    """

    def __init__(self, **rules: Any) -> None:
        self.rules = rules

    def __get_pydantic_core_schema__(self, source: Any, handler: Any) -> Any:
        from pydantic import Field  # only on pydantic's path

        return handler.generate_schema(Annotated[source, Field(**self.rules)])


def described_field(
    text: str = "", default: Any = None, factory: Callable[[], Any] | None = None
) -> Any:
    """A field's default, with the description the JSON Schema gives it."""
    meta = {"description": text} if text else {}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta)
    return dataclasses.field(default=default, metadata=meta)


@dataclass_transform(
    frozen_default=True, kw_only_default=True, field_specifiers=(dataclasses.field, described_field)
)
def model(config: dict[str, Any] = STRICT) -> Callable[[type[M]], type[M]]:
    """Declare a model: a frozen dataclass that accepts mappings and follows ``config`` under
    pydantic."""

    def wrap(cls: type[M]) -> type[M]:
        made = frozen_dataclass(cls)  # fields, with Frozen's methods
        hooks: Any = made  # pydantic reads these two from the class; they are not in its type
        hooks.__pydantic_config__ = config
        hooks.__get_pydantic_core_schema__ = classmethod(_core_schema)
        return made

    return wrap


def _core_schema(cls: type, source: Any, handler: Any) -> Any:
    """pydantic's schema for a model: mappings accepted even when strict, and the model's
    ``prepare`` hook run first."""
    schema = handler(source)
    node = schema["schema"] if schema.get("type") == "definitions" else schema
    if node.get("type") == "dataclass":
        node["strict"] = (
            False  # strict fields, but a mapping may stand for the model (as with BaseModel)
        )
    prepare = cls.__dict__.get("prepare")
    if prepare is not None:
        from pydantic_core import core_schema

        return core_schema.no_info_before_validator_function(prepare.__func__, schema)
    return schema


def is_model(tp: Any) -> bool:
    return (
        isinstance(tp, type)
        and dataclasses.is_dataclass(tp)
        and "__pydantic_config__" in tp.__dict__
    )


def keys(cls: type) -> list[str]:
    """The keys a model accepts, as users write them (aliases such as ``in``; no private names)."""
    return [f.metadata.get("alias", f.name) for f in dataclasses.fields(cls)]


@functools.cache
def hints(cls: type) -> dict[str, Any]:
    """Each field's type, with its ``Annotated`` constraints."""
    return typing.get_type_hints(cls, include_extras=True)


def dump(obj: Any) -> Any:
    """A model as plain data, by alias (the inverse of ``parse``): keys not given are left out,
    and so is a null that only means "not given" (where null is the default)."""
    if is_model(type(obj)):
        out = {}
        for f in dataclasses.fields(obj):
            given = getattr(obj, f.name)
            if given is not UNSET and not (given is None and f.default is None):
                out[f.metadata.get("alias", f.name)] = dump(given)
        return out
    if isinstance(obj, list):
        return [dump(v) for v in obj]
    if isinstance(obj, dict):
        return {k: dump(v) for k, v in obj.items()}
    return obj
