"""Load YAML documents as plain data, keeping the position of every key.

PyYAML composes a node graph (libyaml's C composer when available, for speed);
we turn nodes into plain Python ourselves so that we can:
- record the line and column of every key and value, addressed by key path;
- refuse duplicate keys, merge keys and tags that build objects;
- bound the work an alias bomb or deep nesting can cause.
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
                    f"{node.value!r} is not a real date ({exc})",
                    "Write dates as YYYY-MM-DD, for example 2025-03-17",
                ) from None
            raise self.fail(node, f"{node.value!r} cannot be read ({exc})") from None
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(node, f"{node.value!r} is not a finite number", "Write a plain number")
        if (
            isinstance(value, (int, float))
            and not isinstance(value, bool)
            and abs(value) > LARGEST_NUMBER
        ):
            shown = node.value if len(node.value) <= 24 else node.value[:20] + "..."
            raise self.fail(
                node,
                f"{shown!r} is too large a number (grantcheck reads up to 10^15)",
                "Write the real amount or count",
            )
        return value


_OPENED = {  # what a parser's context left open, and how to close it (said at the opening)
    "while parsing a flow mapping": ("the '{' that starts here", "Close it with '}'"),
    "while parsing a flow sequence": ("the '[' that starts here", "Close it with ']'"),
    "while scanning a quoted scalar": ("the quotation that starts here", "Close it"),
}


def _yaml_error(file: str, exc: yaml.YAMLError, text: str) -> InputError:
    """A YAML syntax error, located where the fix is: at the '{', '[' or quotation the parser
    was inside when it gave up (not at the end of the file, where running off it is reported),
    else where it stopped; never past the last line."""
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    context = getattr(exc, "context", None) or ""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    at_end = problem_mark is None or problem_mark.index >= len(text.rstrip())
    opened = context_mark is not None and context in _OPENED
    mark = context_mark if opened else problem_mark or context_mark
    line, column = _within(text, mark.line + 1, mark.column + 1) if mark else (1, 1)
    if not opened:
        message = f"invalid YAML: {problem}" + (f" ({context})" if context else "")
        return InputError(
            file, line, column, message, "Check the indentation and quoting on this line"
        )
    what, fix = _OPENED[context]
    if at_end or problem_mark is None:
        message = f"invalid YAML: {what} is never closed: the file ends first ({problem})"
    else:
        stopped = _within(text, problem_mark.line + 1, 1)[0]
        message = f"invalid YAML: {what} is not closed where expected: {problem} on line {stopped}"
        fix += ", and separate its items with commas" if "flow" in context else ""
    return InputError(file, line, column, message, fix)


def _within(text: str, line: int, column: int) -> tuple[int, int]:
    """A position moved back onto the file's last line if it is past it (the end of the file)."""
    lines = text.splitlines() or [""]
    if line <= len(lines):
        return line, column
    return len(lines), len(lines[-1]) + 1


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
        errors.append(_yaml_error(file, exc, text))
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


def read_text(
    path: Path,
    file: str,
    limits: Limits = Limits(),
    size: str = "A scheme file is a few kilobytes; check this is the right file",
) -> tuple[str | None, InputError | None]:
    """Read a file as UTF-8 text (a byte-order mark is allowed), or explain why not; ``size`` says
    how large such a file usually is."""
    try:
        if path.exists() and not path.is_file():  # reading a pipe or device could hang or never end
            return None, InputError(
                file,
                1,
                1,
                "this is not a regular file (it is a folder, device or pipe)",
                "Name a scheme file",
            )
        if path.stat().st_size > limits.max_file_bytes:
            return None, InputError(
                file,
                1,
                1,
                f"the file is larger than {limits.max_file_bytes:,} bytes",
                f"{size}. " + raise_hint("max_file_bytes"),
            )
        raw = path.read_bytes()
    except OSError as exc:
        return None, InputError(
            file,
            1,
            1,
            f"cannot read the file: {exc.strerror or exc}",
            "Check the path and its permissions",
        )
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte-order mark, as YAML allows
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError:
            return None, InputError(
                file,
                1,
                1,
                "the file starts like UTF-16 but is not valid UTF-16",
                "Save it as UTF-8",
            )
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, InputError(
            file,
            line,
            column,
            "the file is not UTF-8 text",
            "Save it as UTF-8 (most editors offer this under 'Save as')",
        )


def read_source(
    path: Path, file: str, limits: Limits = Limits()
) -> tuple[str | None, InputError | None]:
    """Read a YAML source file as text, refusing binary data."""
    text, error = read_text(path, file, limits)
    if text is not None and "\x00" in text:
        return None, InputError(
            file, 1, 1, "the file contains binary data", "Point grantcheck at YAML files"
        )
    return text, error


def load_file(
    path: Path, file: str, limits: Limits = Limits()
) -> tuple[list[Document], list[InputError]]:
    """Read and parse one YAML file."""
    text, error = read_source(path, file, limits)
    if text is None:
        return [], [error] if error else []
    return load_text(text, file, limits)
