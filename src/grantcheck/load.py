"""Load YAML documents as plain data, keeping the position of every key.

PyYAML composes a node graph (libyaml's C composer when available, for speed);
we turn nodes into plain Python ourselves so that we can:
- record the line and column of every key and value, addressed by key path;
- refuse duplicate keys, merge keys and tags that build objects;
- bound the work an alias bomb or deep nesting can cause.
Reading a file as text is in source_text.py; YAML syntax errors, located, in yaml_errors.py.
"""

from __future__ import annotations

import math
from dataclasses import field
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from grantcheck.errors import InputError, InputFailure
from grantcheck.frozen import frozen_dataclass
from grantcheck.limits import Limits, raise_hint
from grantcheck.plain_numbers import not_plain
from grantcheck.source_text import read_source
from grantcheck.yaml_errors import yaml_error

try:  # libyaml is much faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    # mypy sees two classes for one name; either loader serves (their interface is the same)
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

KeyPath = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
# more than any real amount or count; beyond it, sums could overflow a float
LARGEST_NUMBER = 10**15


class Position(NamedTuple):  # one for every key and value of every file: built at C speed
    """A 1-based line and column in a file."""

    line: int
    column: int


@frozen_dataclass
class Document:
    """One YAML document as plain data, with positions by key path."""

    file: str
    index: int
    data: Any
    keys: dict[KeyPath, Position] = field(repr=False)
    values: dict[KeyPath, Position] = field(repr=False)

    def position(self, path: KeyPath) -> Position:
        """The position of the key at ``path``, or of its nearest stated parent."""
        while path:
            if path in self.keys:
                return self.keys[path]
            path = path[:-1]
        return self.values.get((), Position(1, 1))

    def value_position(self, path: KeyPath) -> Position:
        """Where the value at ``path`` starts (the spot a type error is about), else its key's
        position."""
        return self.values.get(path) or self.position(path)


def _pos(node: Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


class _Converter:
    """Turns one composed document into plain data, recording positions."""

    def __init__(self, file: str, limits: Limits, spent: int = 0) -> None:
        self.file = file
        self.limits = limits
        self.nodes = spent  # values already loaded from earlier documents of the same file
        self.keys: dict[KeyPath, Position] = {}
        self.values: dict[KeyPath, Position] = {}
        self.constructor = yaml.SafeLoader("")

    def fail(self, node: Node, message: str, hint: str = "") -> InputFailure:
        p = _pos(node)
        return InputFailure(InputError(self.file, p.line, p.column, message, hint))

    def convert(self, node: Node, path: KeyPath, depth: int = 0) -> Any:
        self.nodes += 1
        if self.nodes > self.limits.max_values:
            raise self.fail(
                node,
                f"the file expands to more than {self.limits.max_values:,} values "
                "(all its documents together)",
                "Remove repeated aliases (*name); a scheme never needs this many. "
                + raise_hint("max_values"),
            )
        if depth > self.limits.max_depth:
            raise self.fail(
                node,
                f"nesting is deeper than {self.limits.max_depth} levels",
                "A scheme file is only a few levels deep; check the indentation",
            )
        self.values.setdefault(path, _pos(node))
        if isinstance(node, MappingNode):
            return self._mapping(node, path, depth)
        if isinstance(node, SequenceNode):
            return self._sequence(node, path, depth)
        assert isinstance(node, ScalarNode)  # a composed YAML node is one of the three kinds
        return self._scalar(node)

    def _mapping(self, node: MappingNode, path: KeyPath, depth: int) -> dict[str, Any]:
        if node.tag != _TAG + "map":
            raise self.fail(node, f"the tag {node.tag!r} is not allowed", "Remove the tag")
        out: dict[str, Any] = {}
        seen: set[int] = set()
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if (
                id(key_node) in seen
            ):  # an alias reuses its anchor's node, so its own position is lost
                raise self.fail(
                    node,
                    f"the key {key!r} is given twice in this mapping, once through an alias",
                    "Give each key once; YAML would silently keep only the last",
                )
            seen.add(id(key_node))
            if key in out:
                first = self.keys[path + (key,)]
                raise self.fail(
                    key_node,
                    f"duplicate key {key!r} (first given on line {first.line})",
                    "Give each key once; YAML would silently keep only the last",
                )
            self.keys[path + (key,)] = _pos(key_node)
            out[key] = self.convert(value_node, path + (key,), depth + 1)
        return out

    def _key(self, node: Node) -> str:
        if node.tag == _TAG + "merge":
            raise self.fail(
                node,
                "merge keys (<<) are not supported",
                "Write the keys out in full, so every value has one place",
            )
        if not isinstance(node, ScalarNode) or node.tag not in _SCALAR_TAGS:
            raise self.fail(node, "a key must be plain text", "Use a simple name such as 'award'")
        return str(node.value)

    def _sequence(self, node: SequenceNode, path: KeyPath, depth: int) -> list[Any]:
        if node.tag != _TAG + "seq":
            raise self.fail(node, f"the tag {node.tag!r} is not allowed", "Remove the tag")
        items = []
        for i, item in enumerate(node.value):
            self.keys[path + (i,)] = _pos(item)
            items.append(self.convert(item, path + (i,), depth + 1))
        return items

    def _scalar(self, node: ScalarNode) -> Any:
        if node.tag not in _SCALAR_TAGS:
            raise self.fail(
                node,
                f"the tag {node.tag!r} is not allowed",
                "grantcheck reads plain data only; remove the tag",
            )
        try:
            value = self.constructor.construct_object(node)
        except (ValueError, OverflowError) as exc:
            if node.tag == _TAG + "timestamp":
                raise self.fail(
                    node,
                    f"{_shown(node.value)!r} is not a real date ({exc})",
                    "Write dates as YYYY-MM-DD, for example 2025-03-17",
                ) from None
            if "digits" in str(exc):  # (4,301 digits or more: Python's own limit, not ours)
                raise self.fail(node, *_too_large(_shown(node.value))) from None
            raise self.fail(node, f"{_shown(node.value)!r} cannot be read ({exc})") from None
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(node, f"{node.value!r} is not a finite number", "Write a plain number")
        if (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and abs(value) > LARGEST_NUMBER
        ):
            raise self.fail(node, *_too_large(_shown(node.value)))
        if not node.style and (problem := not_plain(node.value, node.tag, value)):  # (unquoted)
            raise self.fail(node, *problem)
        return value


def _shown(value: str) -> str:
    """A value as an error shows it: a long one clipped (a 2 MB number made a 2 MB line)."""
    return value if len(value) <= 24 else value[:20] + "..."


def _too_large(shown: str) -> tuple[str, str]:
    """The message and hint for a number past what grantcheck reads."""
    return (
        f"{shown!r} is too large a number (grantcheck reads up to 10^15)",
        "Write the real amount or count",
    )


class Cost:
    """What loading has cost so far: values (after aliases) and characters, for the run's budget."""

    def __init__(self) -> None:
        self.values = 0
        self.chars = 0


def load_text(
    text: str, file: str, limits: Limits = Limits(), cost: Cost | None = None
) -> tuple[list[Document], list[InputError]]:
    """Parse every document in ``text``; return the documents and any errors.

    The limits hold for the whole file: values and documents are counted across
    every document in it, so many small documents cannot add up to a bomb.
    """
    docs: list[Document] = []
    errors: list[InputError] = []
    spent = 0
    try:
        for index, root in enumerate(yaml.compose_all(text, Loader=_Loader), start=1):
            if root is None:
                continue
            if index > limits.max_documents:
                p = _pos(root)
                errors.append(
                    InputError(
                        file,
                        p.line,
                        p.column,
                        f"the file holds more than {limits.max_documents:,} documents",
                        "Split it into several files; " + raise_hint("max_documents"),
                    )
                )
                break
            conv = _Converter(file, limits, spent)
            try:
                data = conv.convert(root, ())
            except InputFailure as failure:
                errors.append(failure.error)  # later documents are still checked
                if conv.nodes > limits.max_values:
                    break  # the file's budget is spent: nothing after this can load
                spent = conv.nodes
                continue
            spent = conv.nodes
            if data is None:  # an empty document, such as after a trailing '---': nothing to check
                continue
            docs.append(Document(file, index, data, conv.keys, conv.values))
    except yaml.YAMLError as exc:
        errors.append(yaml_error(file, exc, text))
    except RecursionError:
        errors.append(
            InputError(
                file,
                1,
                1,
                "nesting is too deep to read",
                "A scheme file is only a few levels deep; check the indentation",
            )
        )
    if cost is not None:
        cost.values += spent
        cost.chars += len(text)
    return docs, errors


def load_file(
    path: Path, file: str, limits: Limits = Limits()
) -> tuple[list[Document], list[InputError]]:
    """Read and parse one YAML file."""
    text, error = read_source(path, file, limits)
    if text is None:
        return [], [error] if error else []
    return load_text(text, file, limits)
