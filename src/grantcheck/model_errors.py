"""pydantic's validation errors in plain words, each located at the key it is about.

Used for every file grantcheck validates against a model: scheme files,
config files and rule files. Unknown keys get a "did you mean"; type errors say
what was expected and how to write it (model_hints.py).
"""

from __future__ import annotations

import re
from typing import Any, get_origin

from grantcheck.errors import InputError, did_you_mean
from grantcheck.load import Document, KeyPath
from grantcheck.model import hints, is_model, keys
from grantcheck.model_hints import (
    NUMBER_KINDS,
    describe,
    expected,
    is_register,
    number_hint,
    value_hint,
)
from grantcheck.parsing import Invalid
from grantcheck.safe_text import clip
from grantcheck.scheme import Scheme


def dotted(path: KeyPath) -> str:
    """A key path as users write it: ``application.form.questions`` or ``waivers[0].reason``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def model_errors(doc: Document, exc: Invalid, root: type) -> list[InputError]:
    """Located, friendly errors for pydantic's verdict on ``doc`` against the model ``root``."""
    errors = [_to_error(doc, e, root) for e in _unions(exc.errors, root)]
    return sorted(errors, key=lambda e: (e.line, e.column))


_TAG = re.compile(r"^[a-z_][a-z0-9_]*$")
_RULE_ID = re.compile(r"^[A-Z]+[0-9]+$")  # a key of config's rules:, never a union's member
_WRONG_TYPE = ("literal_error", "union_tag_invalid")


def _is_tag(part: Any, last: bool, kind: str) -> bool:
    """A union member's name in pydantic's error location ('constrained-int', 'list[Stage]',
    'Attachment')."""
    if not isinstance(part, str) or (
        last and kind in ("extra_forbidden", "unexpected_keyword_argument")
    ):
        return False
    if _RULE_ID.match(part):
        return False
    return not _TAG.match(part) or part in ("int", "str", "float", "bool", "date")


def _field(root: type, loc: tuple[Any, ...], i: int) -> bool:
    """True when ``loc[i]`` is a field of the model it follows: decision.date's 'date' is the
    key, not pydantic's tag for the date member of a union (trial19 N8: 'decision must be')."""
    model = _model_at(root, loc[:i])
    return model is not None and str(loc[i]) in hints(model)


def _unions(errors: list[dict[str, Any]], root: type) -> list[dict[str, Any]]:
    """One error for each value that fits no member of a union: the member the value was
    meant for (an error other than a wrong type) if there is one, else "must be A or B"."""
    sites: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    out: list[dict[str, Any]] = []
    for e in errors:
        loc = tuple(e["loc"])
        tags = [
            i
            for i, part in enumerate(loc)
            if _is_tag(part, i == len(loc) - 1, e["type"]) and not _field(root, loc, i)
        ]
        if not tags:
            out.append(e)
            continue
        clean = {**e, "loc": tuple(p for i, p in enumerate(loc) if i not in tags)}
        sites.setdefault(loc[: tags[0]], []).append(clean)
    for group in sites.values():
        meant = [e for e in group if not (e["type"].endswith("_type") or e["type"] in _WRONG_TYPE)]
        if meant:
            out += meant
            continue
        first = group[0]
        wanted = " or ".join(
            dict.fromkeys(
                expected(e["type"], "", e["msg"], {}).removeprefix("must be ") for e in group
            )
        )
        out.append({**first, "type": "union_mismatch", "msg": f"must be {wanted}"})
    return out


def _model_at(root: type, path: KeyPath) -> type | None:
    """The model the keys at ``path`` belong to: a part below a mapping (a rule ID under
    ``rules:``) is that mapping's key, not a field, so it is stepped over, not looked up."""
    model: Any = root
    keyed = False  # the next part is a key of a mapping
    for part in path:
        if isinstance(part, int):
            continue
        if keyed:
            keyed = False
            continue
        annotation = hints(model).get(str(part)) if is_model(model) else None
        if annotation is None:
            return None
        keyed = _is_mapping(annotation)
        model = _inner_model(annotation)
    return model if is_model(model) and not keyed else None


def _is_mapping(annotation: Any) -> bool:
    """True for ``dict[K, V]``, alone or with ``| None``."""
    if get_origin(annotation) is dict:
        return True
    return any(get_origin(arg) is dict for arg in getattr(annotation, "__args__", ()))


def _inner_model(annotation: Any) -> Any:
    """The model inside ``list[M]`` or ``M | None``, if any."""
    if is_model(annotation):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def _unknown_key(doc: Document, loc: KeyPath, root: type) -> InputError:
    # a hostile key can be huge: quote and match only its start
    key, parent = (str(loc[-1])[:60], loc[:-1])
    model = _model_at(root, parent)
    allowed = keys(model) if model else []  # as users write them: aliases, never private names
    where = f" in {dotted(parent)}" if parent else ""
    hint = did_you_mean(key, allowed, "Allowed keys here")
    p = doc.position(loc)
    shown = repr(clip(str(loc[-1]), 40))
    return InputError(doc.file, p.line, p.column, f"unknown key {shown}{where}", hint)


def _missing_cell(doc: Document, loc: KeyPath, row: int) -> InputError:
    """A required key missing from a register's row: name its column(s) and the cell to fill,
    not YAML (a register has columns, such as award.max, where a scheme file has 'award:')."""
    from grantcheck.register_columns import columns

    key = dotted(loc)
    needed = [c for c in columns().values() if c.required and c.key.startswith(key + ".")]
    names = [key] if not needed else [c.key for c in needed]
    shown = " and ".join(repr(n) for n in names)
    return InputError(
        doc.file,
        row,
        1,
        f"{shown} {'is' if len(names) == 1 else 'are'} required: this row leaves "
        f"{'it' if len(names) == 1 else 'them'} empty",
        f"Fill in this row's {shown} cell{'' if len(names) == 1 else 's'} (add a column headed "
        f"{shown} if the register has none; 'grantcheck init --register' writes every heading)",
    )


def _to_error(doc: Document, err: dict[str, Any], root: type) -> InputError:
    loc: KeyPath = tuple(err["loc"])
    kind = err["type"]
    if kind in (
        "extra_forbidden",
        "unexpected_keyword_argument",
    ):  # the second is a dataclass's word for it
        return _unknown_key(doc, loc, root)
    if kind in ("missing", "missing_keyword_only_argument"):
        p = doc.position(loc[:-1]) if loc[:-1] else doc.values.get((), doc.position(()))
        if is_register(doc.file):
            return _missing_cell(doc, loc, p.line)
        where = f" in {dotted(loc[:-1])}" if loc[:-1] else ""
        return InputError(
            doc.file,
            p.line,
            p.column,
            f"{loc[-1]!r} is required{where}",
            # 'grantcheck init' writes a scheme: no pointer to it for a rule or config file
            f"Add '{loc[-1]}:' here"
            + ("; see 'grantcheck init' for a starter file" if root is Scheme else ""),
        )
    if not loc:
        what = (
            "a scheme must be a mapping of keys such as name:, funder: and award:"
            if root is Scheme
            else "this file must be a mapping of keys and values"
        )
        p = doc.position(())  # where this document starts: later documents of a file are not at 1:1
        return InputError(
            doc.file,
            p.line,
            p.column,
            what,
            "Run 'grantcheck init' for a starter file" if root is Scheme else "",
        )
    p = doc.value_position(loc)
    if (
        kind == "value_error"
    ):  # a model's own check (such as a rule's levels): its sentence says it all
        return InputError(
            doc.file, p.line, p.column, f"{dotted(loc)}: {err['msg'].removeprefix('Value error, ')}"
        )
    wanted = expected(kind, str(loc[-1]), err["msg"], err.get("ctx") or {})
    message = f"{dotted(loc)} {wanted}, not {describe(err.get('input'))}"
    hint = (
        number_hint(str(loc[-1]), kind, root)
        if kind in NUMBER_KINDS
        else value_hint(doc, err, root)
    )
    return InputError(doc.file, p.line, p.column, message, hint)
