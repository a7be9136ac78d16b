"""Data as a model: the fast path first, pydantic for whatever it declines.

Why two paths. Importing pydantic and building its validators takes longer than
yamllint's whole run on one file, and ``grantcheck check`` on one small file
must stay within 1.5 times that (issue 5). So the models are plain frozen
dataclasses (model.py), declared with the constraints pydantic understands, and:

- ``parse`` first tries a small validator compiled from the type hints
  (fastpath.py). It accepts only data it is sure of: exact types (``True`` is
  not a number, ``"5"`` is not a number), every constraint met, no unknown key.
  On any doubt it declines; it never guesses.
- Whatever the fast path declines goes to pydantic, which gives the verdict
  and the errors (``Invalid``). So pydantic remains the authority on what is
  valid and on what an error says; it also writes the JSON Schemas.

tests/test_model.py checks that the fast path never accepts what pydantic
refuses, and that both build the same object.
"""

from __future__ import annotations

import functools
from typing import Any, TypeVar, cast

from grantcheck.fastpath import Decline, compiled

M = TypeVar("M")


class Invalid(Exception):
    """pydantic refused the data; ``errors`` are its error dicts (type, loc, msg, input, ctx)."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} validation error(s)")
        self.errors = errors


def parse(cls: type[M], data: Any) -> M:
    """``data`` as a ``cls``; raises ``Invalid`` with pydantic's errors."""
    declared: type = cls  # (a plain type for the caches, which want something hashable)
    try:
        return cast(M, compiled(declared)(data))
    except Decline:
        pass
    from pydantic import ValidationError

    try:
        return cast(M, _adapter(declared).validate_python(data))
    except ValidationError as exc:
        raise Invalid([dict(e) for e in exc.errors(include_url=False)]) from None


@functools.cache
def _adapter(cls: type) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(cls)


def json_schema(cls: type) -> dict[str, Any]:
    """pydantic's JSON Schema for a model."""
    schema: dict[str, Any] = _adapter(cls).json_schema()
    return schema
