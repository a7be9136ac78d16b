"""Frozen dataclasses whose methods are written once, not generated for each class.

``@dataclass(frozen=True)`` compiles five or six methods from source text for
every class, about a millisecond a class at every start of the program; with
some forty classes that was a fifth of checking one small file. ``@frozen_dataclass``
keeps everything that makes a dataclass (fields, ``dataclasses.fields``,
``replace``, pickling) and takes its methods from ``Frozen``.

Classes made thousands of times a run (positions, metrics, findings) use
NamedTuple or a generated dataclass instead: there, a generated ``__init__``
is quicker than a shared one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")


class Frozen:
    """The methods of a frozen dataclass, shared (see above): arguments with defaults,
    no change after construction, equality and hash by value, a repr of the fields that ask for
    one."""

    __slots__ = ()
    _plan: tuple[
        tuple[str, Callable[[], Any] | None], ...
    ] = ()  # each field and how to make its default
    _names: tuple[str, ...] = ()
    _name_set: frozenset[str] = frozenset()
    _shown: tuple[str, ...] = ()

    def __init__(self, *args: Any, **values: Any) -> None:
        if not values and len(args) == len(self._names):
            # every field given in order: the commonest case, kept quick
            self.__dict__.update(zip(self._names, args, strict=True))
            return
        given = len(args) + len(values)
        if args:
            values.update(zip(self._names, args, strict=False))  # (too many: _fill says so)
        if given == len(values) == len(self._names) and values.keys() == self._name_set:
            # every field given once: the common case, kept quick (not through __setattr__)
            self.__dict__.update(values)
            return
        self._fill(args, values, given)

    def _fill(self, args: tuple[Any, ...], values: dict[str, Any], given: int) -> None:
        """Defaults for fields not given, or the error a dataclass would raise."""
        name = type(self).__name__
        if len(args) > len(self._plan):
            raise TypeError(
                f"{name}() takes {len(self._plan)} arguments but {len(args)} were given"
            )
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
        return tuple(getattr(self, name) for name in self._names)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self._shown)})"
        )

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def frozen_dataclass(cls: type[T]) -> type[T]:
    """``@dataclass(frozen=True)``, with the shared methods of ``Frozen`` instead of generated
    ones."""
    body = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    # else dataclass writes one with inspect.signature, slowly (and JSON Schemas show it)
    body["__doc__"] = cls.__doc__ or ""
    made: Any = dataclasses.dataclass(init=False, repr=False, eq=False)(
        type(cls.__name__, (Frozen,), body)
    )  # fields only: Frozen has the methods
    made._plan = tuple((f.name, default_maker(f)) for f in dataclasses.fields(made))
    made._names = tuple(name for name, _ in made._plan)
    made._name_set = frozenset(made._names)
    made._shown = tuple(f.name for f in dataclasses.fields(made) if f.repr)
    return made


def default_maker(f: dataclasses.Field[Any]) -> Callable[[], Any] | None:
    """How to make a field's default, or None when the field is required."""
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory
    if f.default is not dataclasses.MISSING:
        default = f.default
        return lambda: default
    return None
