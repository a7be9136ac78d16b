"""YAML of mappings, sequences and strings read from the parser's events (the vocabularies).

Every run that measures a document reads the vocabularies (``rules/documents/*.yaml``: about
2,400 phrases). libyaml parses them in C, but PyYAML then builds a node for each value, asks the
resolver's patterns what each one is, and constructs it, in Python: most of the time. A
document holding only mappings, sequences and strings (as the shipped vocabularies do) is built
here straight from the events, as the safe loader would build it; anything else (a number, a
yes or no, a null, an anchor or alias, a tag, a merge key, more than one document, an error) is
left to the loader itself, so every document reads exactly as ``yaml.load`` reads it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)


class _NotPlain(Exception):
    """The document holds something the safe loader reads as more than a string."""


def load(text: str, loader: Any) -> Any:
    """``yaml.load(text, Loader=loader)``, quicker for a document of strings."""
    try:
        return _built(text, loader)
    except (_NotPlain, yaml.YAMLError):
        return yaml.load(text, Loader=loader)


def _built(text: str, loader: Any) -> Any:
    resolvers = loader.yaml_implicit_resolvers  # what a plain scalar may be read as
    anything = resolvers.get(None, [])
    out: list[Any] = []  # the document's value
    # the collections open, each with the key its mapping waits to give a value (or none)
    open_: list[tuple[Any, list[str]]] = []
    documents = 0
    events: Iterable[Any] = yaml.parse(text, Loader=loader)  # (each event's own fields)
    for event in events:
        kind = type(event)
        if kind is ScalarEvent:
            value = event.value
            if event.anchor is not None or event.tag is not None:
                raise _NotPlain
            if (
                event.implicit[0]
                and any(  # a plain scalar the resolver reads as no string
                    pattern.match(value)
                    for _, pattern in [*resolvers.get(value[:1], []), *anything]
                )
            ):
                raise _NotPlain
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None or event.tag is not None:
                raise _NotPlain
            value = {} if kind is MappingStartEvent else []
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            open_.pop()
            continue
        elif kind is AliasEvent:
            raise _NotPlain
        else:
            documents += kind is DocumentStartEvent
            if documents > 1:
                raise _NotPlain  # (the loader reads one document, or says why not)
            continue
        _put(open_[-1] if open_ else (out, []), value)
        if type(value) is not str:
            open_.append((value, []))
    if len(out) != 1:
        raise _NotPlain
    return out[0]


def _put(into: tuple[Any, list[str]], value: Any) -> None:
    """Add ``value`` to the open collection: a sequence's next item, or a mapping's key or the
    value of the key before it (a later value of a key written twice wins, in the first's
    place, as the loader has it)."""
    collection, key = into
    if type(collection) is list:
        collection.append(value)
    elif key:
        collection[key.pop()] = value
    elif type(value) is str:
        key.append(value)
    else:
        raise _NotPlain  # a collection as a key
