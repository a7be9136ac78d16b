"""A council's own vocabularies, checked before the measurer uses them.

A rule folder (``--rules DIR`` or the config's ``rule_folders``) may hold ``documents/``
with ``vocabulary.yaml``, ``jargon.yaml`` and ``welsh.yaml`` that add phrases to the
shipped lists (rules/documents/). Each is read like a rule file (positions, size limits)
and compared with the shipped file of the same name: a list name it does not know, a
phrase that is not text, a jargon entry without its plain word or source, is a located
error (file, line, column, what is wrong, how to fix it), as a rule file's would be.
Nothing here imports the document measurer: loading a pack stays quick.
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from pathlib import Path
from typing import Any

from grantcheck.errors import InputError
from grantcheck.load import Document, KeyPath, load_file
from grantcheck.trust import escapes

FILES = ("vocabulary.yaml", "jargon.yaml", "welsh.yaml")
JARGON_KEYS = {"term": True, "plain": True, "source": True, "forms": False}  # name -> required
Problem = tuple[KeyPath, bool, str, str]  # where, at the key (not the value), what, how to fix


@lru_cache(maxsize=4)
def shipped(name: str) -> dict[str, Any]:
    """The shipped vocabulary file ``name``: the shape a council's own file must have."""
    import yaml

    from grantcheck.rulepack import default_pack_dir

    path = default_pack_dir() / "documents" / name
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}


def vocabulary_errors(folder: Path, display: Path) -> list[InputError]:
    """Every problem in the vocabularies of ``folder``/documents (none if it has none)."""
    here = folder / "documents"
    if not here.is_dir():
        return []
    errors: list[InputError] = []
    for path in sorted(here.iterdir()):
        name = str(display / "documents" / path.name)
        if path.suffix.lower() not in (".yaml", ".yml"):
            continue  # a README beside the lists
        if path.name not in FILES:
            hint = "Name it vocabulary.yaml, jargon.yaml or welsh.yaml, as in rules/documents/"
            errors.append(InputError(name, 1, 1, "is not a vocabulary grantcheck reads", hint))
            continue
        if escapes(path):
            errors.append(
                InputError(
                    name,
                    1,
                    1,
                    "the vocabulary is a symbolic link to a file outside the repository",
                    "Copy the file into the rule folder's documents/ folder",
                )
            )
            continue
        docs, errs = load_file(path, name)
        errors += errs
        for doc in docs[1:2]:
            p = doc.value_position(())
            errors.append(
                InputError(
                    name,
                    p.line,
                    p.column,
                    "holds more than one YAML document",
                    "Keep one document: remove the '---' line and join the lists",
                )
            )
        for doc in docs[:1]:
            errors += [_located(doc, problem) for problem in _problems(doc.data, path.name)]
    return errors


def _located(doc: Document, problem: Problem) -> InputError:
    path, at_key, message, hint = problem
    p = doc.position(path) if at_key else doc.value_position(path)
    return InputError(doc.file, p.line, p.column, message, hint)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "a number" if isinstance(value, (int, float)) else "text"


def _problems(data: Any, name: str) -> list[Problem]:
    if data is None:
        return []  # an empty file adds nothing
    if not isinstance(data, dict):
        return [
            (
                (),
                False,
                f"the vocabulary must be a mapping of list names to phrases, not {_kind(data)}",
                f"Write 'list_name:' and then '- phrase' lines, as rules/documents/{name} does",
            )
        ]
    if name == "welsh.yaml":
        return _welsh(data)
    return _shape(data, shipped(name), (), name)


def _unknown(path: KeyPath, key: Any, known: list[str], name: str, label: str = "") -> Problem:
    where = label or ".".join(map(str, path))
    close = difflib.get_close_matches(str(key), known, n=1)
    also = f"did you mean {close[0]!r}? " if close else ""
    if not path:
        return (
            (key,),
            True,
            f"{key!r} is not a list grantcheck reads",
            f"{also[:1].upper() + also[1:]}The lists are those of rules/documents/{name}",
        )
    return (
        (*path, key),
        True,
        f"{where}: {key!r} is not one of its names",
        f"{also[:1].upper() + also[1:]}Use one of: {', '.join(known)}",
    )


def _shape(value: Any, model: Any, path: KeyPath, name: str) -> list[Problem]:
    """``value`` against the shipped ``model``: a mapping of known names, or a list."""
    where = ".".join(map(str, path)) or "the file"
    if isinstance(model, dict):
        if not isinstance(value, dict):
            return [
                (
                    path,
                    False,
                    f"{where} must be a mapping of names to lists of phrases, not {_kind(value)}",
                    f"Write its names ({', '.join(list(model)[:3])}, ...), each with"
                    " '- phrase' lines",
                )
            ]
        out: list[Problem] = []
        for key, item in value.items():
            if key not in model:
                out.append(_unknown(path, key, [str(k) for k in model], name))
            else:
                out += _shape(item, model[key], (*path, key), name)
        return out
    if not isinstance(value, list):
        return [
            (
                path,
                False,
                f"{where} must be a list, not {_kind(value)}",
                "Write each entry on its own line, starting '- '",
            )
        ]
    entry = model[0] if model else ""
    out = []
    for i, item in enumerate(value):
        if isinstance(entry, dict):
            out += _jargon(item, (*path, i), i + 1)
        elif not _phrase(item):
            out.append(_not_phrase((*path, i), f"{where}, entry {i + 1}", item))
    return out


def _phrase(item: Any) -> bool:
    return (
        isinstance(item, (str, int, float))
        and not isinstance(item, bool)
        and bool(str(item).strip())
    )


def _not_phrase(path: KeyPath, where: str, item: Any) -> Problem:
    return (
        path,
        False,
        f"{where}: a phrase must be words, not {_kind(item) if item != '' else 'empty text'}",
        "Write the phrase as text, in quotes if it holds a colon or starts with a symbol",
    )


def _jargon(item: Any, path: KeyPath, number: int) -> list[Problem]:
    where = f"jargon, entry {number}"
    hint = "Give each entry term, plain (the plainer word) and source (where it comes from)"
    if not isinstance(item, dict):
        return [(path, False, f"{where} must be a mapping, not {_kind(item)}", hint)]
    out: list[Problem] = []
    for key in item:
        if key not in JARGON_KEYS:
            out.append(_unknown(path, key, list(JARGON_KEYS), "jargon.yaml", where))
    for key, required in JARGON_KEYS.items():
        if key == "forms" and key in item:
            forms = item[key]
            if not isinstance(forms, list):
                out.append(((*path, key), False, f"{where}: forms must be a list", hint))
            else:
                out += [
                    _not_phrase((*path, key, i), f"{where}, form {i + 1}", f)
                    for i, f in enumerate(forms)
                    if not _phrase(f)
                ]
        elif required and not _phrase(item.get(key)):
            at = (*path, key) if key in item else path
            out.append((at, key in item, f"{where} has no {key}", hint))
    return out


def _welsh(data: dict[str, Any]) -> list[Problem]:
    """welsh.yaml: sources by name, and words for lists of vocabulary.yaml named by key."""
    out: list[Problem] = []
    for key in data:
        if key not in ("sources", "words"):
            out.append(_unknown((), key, ["sources", "words"], "welsh.yaml"))
    sources = data.get("sources") or {}
    if not isinstance(sources, dict):
        return [
            *out,
            (
                ("sources",),
                False,
                "sources must be a mapping of names to references",
                "Write 'name: the reference' under sources:",
            ),
        ]
    words = data.get("words") or {}
    if not isinstance(words, dict):
        return [
            *out,
            (
                ("words",),
                False,
                "words must be a mapping of list names to entries",
                "Write 'attachment_kinds.accounts:' and then '- [Welsh, English, source]'",
            ),
        ]
    model = shipped("vocabulary.yaml")
    for key, entries in words.items():
        target: Any = model
        for part in str(key).split("."):
            target = target.get(part) if isinstance(target, dict) else None
        if not isinstance(target, list):
            out.append(
                (
                    ("words", key),
                    True,
                    f"words: {key!r} is not a list of vocabulary.yaml",
                    "Name a list as rules/documents/welsh.yaml does: 'attachment_kinds.accounts'",
                )
            )
            continue
        listed = entries if isinstance(entries, list) else [entries]
        for i, entry in enumerate(listed):
            at = ("words", key, i) if isinstance(entries, list) else ("words", key)
            out += _welsh_entry(entry, at, f"words: {key}, entry {i + 1}", sources)
    return out


def _welsh_entry(entry: Any, at: KeyPath, where: str, sources: dict[str, Any]) -> list[Problem]:
    if not (isinstance(entry, list) and len(entry) == 3 and all(map(_phrase, entry))):
        hint = "Write '- [Welsh, English, source]', the source one named under sources:"
        return [(at, False, f"{where} is not [Welsh, English, source]", hint)]
    if str(entry[2]) not in sources:
        hint = f"Add '{entry[2]}: <the reference>' under sources: in this file"
        return [
            (
                at,
                False,
                f"{where} names source {entry[2]!r}, which this file's sources do not list",
                hint,
            )
        ]
    return []
