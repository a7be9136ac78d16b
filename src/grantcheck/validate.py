"""Turn a loaded document into a ``Scheme``, or into located, fixable errors.

pydantic checks types and ranges (through model.parse); the cross-field rules of scheme-format.md
(dates that agree, ``min`` not above ``max`` ...) are checked here afterwards,
so that each error can name the exact key that is wrong.
"""

from __future__ import annotations

import re

from typing import Any

from grantcheck.errors import InputError, did_you_mean
from grantcheck.load import Document, KeyPath
from grantcheck.frozen import frozen_dataclass
from grantcheck.model import Invalid, hints, is_model, parse
from grantcheck.scheme import Scheme

_EXPECTED = {
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "bool_type": "must be true or false",
    "string_type": "must be text",
    "date_type": "must be a date written YYYY-MM-DD",
    "list_type": "must be a list",
    "model_type": "must be a mapping of keys and values",
    "dataclass_type": "must be a mapping of keys and values",
    "dataclass_args_type": "must be a mapping of keys and values",
    "dict_type": "must be a mapping of keys and values",
}
_PATTERNS = {
    "reason": "must give a reason in words",
    "rule": "must be a rule ID such as GC301",
    "currency": "must be a three-letter currency code such as GBP",
}
_HINTS = {
    "float_type": "Write amounts as plain numbers in the scheme's currency, for example 5000 (not '£5,000' or '5k')",
    "int_type": "Write a plain whole number, for example 14",
    "bool_type": "Write true or false",
    "date_type": "Write dates as YYYY-MM-DD without quotes, for example 2025-03-17",
}


@frozen_dataclass
class Parsed:
    """A document that validated: the scheme and where it came from."""

    doc: Document
    scheme: Scheme


def dotted(path: KeyPath) -> str:
    """A key path as users write it: ``application.form.questions`` or ``waivers[0].reason``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def model_errors(doc: Document, exc: Invalid, root: type) -> list[InputError]:
    """Located, friendly errors for pydantic's verdict on ``doc`` against the model ``root``."""
    errors = [_to_error(doc, e, root) for e in _unions(exc.errors)]
    return sorted(errors, key=lambda e: (e.line, e.column))


_TAG = re.compile(r"^[a-z_][a-z0-9_]*$")
_WRONG_TYPE = ("literal_error", "union_tag_invalid")


def _is_tag(part: Any, last: bool, kind: str) -> bool:
    """A union member's name in pydantic's error location ('constrained-int', 'list[Stage]', 'Attachment')."""
    if not isinstance(part, str) or (last and kind in ("extra_forbidden", "unexpected_keyword_argument")):
        return False
    return not _TAG.match(part) or part in ("int", "str", "float", "bool", "date")


def _unions(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One error for each value that fits no member of a union: the member the value was
    meant for (an error other than a wrong type) if there is one, else "must be A or B"."""
    sites: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    out: list[dict[str, Any]] = []
    for e in errors:
        loc = tuple(e["loc"])
        tags = [i for i, part in enumerate(loc) if _is_tag(part, i == len(loc) - 1, e["type"])]
        if not tags:
            out.append(e)
            continue
        clean = {**e, "loc": tuple(p for i, p in enumerate(loc) if i not in tags)}
        sites.setdefault(loc[:tags[0]], []).append(clean)
    for group in sites.values():
        meant = [e for e in group if not (e["type"].endswith("_type") or e["type"] in _WRONG_TYPE)]
        if meant:
            out += meant
            continue
        first = group[0]
        wanted = " or ".join(dict.fromkeys(_expected(e["type"], "", e["msg"], {}).removeprefix("must be ")
                                           for e in group))
        out.append({**first, "type": "union_mismatch", "msg": f"must be {wanted}"})
    return out


def _model_at(root: type, path: KeyPath) -> type | None:
    model: Any = root
    for part in path:
        if isinstance(part, int):
            continue
        annotation = hints(model).get(str(part)) if is_model(model) else None
        if annotation is None:
            return None
        model = _inner_model(annotation)
    return model if is_model(model) else None


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
    key, parent = str(loc[-1])[:60], loc[:-1]  # a hostile key can be huge: quote and match only its start
    model = _model_at(root, parent)
    allowed = list(hints(model)) if model else []
    where = f" in {dotted(parent)}" if parent else ""
    hint = did_you_mean(key, allowed, "Allowed keys here")
    p = doc.position(loc)
    shown = repr(key) if len(str(loc[-1])) <= 60 else repr(key[:37] + "...")
    return InputError(doc.file, p.line, p.column, f"unknown key {shown}{where}", hint)


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _to_error(doc: Document, err: dict[str, Any], root: type) -> InputError:
    loc: KeyPath = tuple(err["loc"])
    kind = err["type"]
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):  # the second is a dataclass's word for it
        return _unknown_key(doc, loc, root)
    if kind in ("missing", "missing_keyword_only_argument"):
        p = doc.position(loc[:-1]) if loc[:-1] else doc.values.get((), doc.position(()))
        where = f" in {dotted(loc[:-1])}" if loc[:-1] else ""
        return InputError(doc.file, p.line, p.column, f"{loc[-1]!r} is required{where}",
                          f"Add '{loc[-1]}:' here; see 'grantcheck init' for a starter file")
    if not loc:
        what = "a scheme must be a mapping of keys such as name:, funder: and award:" if root is Scheme \
            else "this file must be a mapping of keys and values"
        return InputError(doc.file, 1, 1, what, "Run 'grantcheck init' for a starter file" if root is Scheme else "")
    p = doc.value_position(loc)
    if kind == "value_error":  # a model's own check (such as a rule's levels): its sentence says it all
        return InputError(doc.file, p.line, p.column, f"{dotted(loc)}: {err['msg'].removeprefix('Value error, ')}")
    expected = _expected(kind, str(loc[-1]), err["msg"], err.get("ctx") or {})
    message = f"{dotted(loc)} {expected}, not {_describe(err.get('input'))}"
    return InputError(doc.file, p.line, p.column, message, _HINTS.get(kind, ""))


def _expected(kind: str, key: str, msg: str, ctx: dict[str, Any]) -> str:
    """What the value should have been, in plain words."""
    if kind == "string_too_long":
        return f"must have at most {ctx.get('max_length')} characters"
    if kind == "string_pattern_mismatch":
        return _PATTERNS.get(key, "is not in the expected form")
    if kind == "string_too_short":
        return "must not be empty"
    if kind in _EXPECTED:
        return _EXPECTED[kind]
    if msg.startswith("Input should be "):
        return "must be " + msg.removeprefix("Input should be ")
    return msg[:1].lower() + msg[1:]


def _stage_problems(s: Scheme) -> list[tuple[KeyPath, str, str]]:
    """Rolling schemes have no closing date; listed stages carry their own forms; all may apply at first."""
    app = s.application
    out: list[tuple[KeyPath, str, str]] = []
    if app.rolling and (app.closes or app.window_days is not None):
        key = "closes" if app.closes else "window_days"
        out.append((("application", key), f"application.{key} is given, but application.rolling says "
                    "applications are taken at any time", "Remove one of them"))
    if isinstance(app.stages, list):
        form = app.form
        if any(x is not None for x in (form.questions, form.word_limit, form.attachments)):
            out.append((("application", "form"), "application.form is given as well as a list of stages",
                        "Describe each stage's form under its stage, in application.stages"))
        if app.stages[0].invited not in (None, "all"):
            out.append((("application", "stages", 0, "invited"), "the first stage is open to every applicant",
                        "Remove invited from the first stage"))
    return out


def _consistency(s: Scheme) -> list[tuple[KeyPath, str, str]]:
    """Cross-field problems as (key path, message, hint)."""
    out: list[tuple[KeyPath, str, str]] = []
    a, app, dec = s.award, s.application, s.decision
    if a.min is not None and a.min > a.max:
        out.append((("award", "min"), f"award.min ({a.min:g}) is above award.max ({a.max:g})", "Swap them or correct one"))
    if a.typical is not None and (a.typical > a.max or (a.min is not None and a.typical < a.min)):
        out.append((("award", "typical"), f"award.typical ({a.typical:g}) is outside award.min to award.max",
                    "The typical award lies between the smallest and the largest"))
    if a.total is not None and a.total < a.max:
        out.append((("award", "total"), f"award.total ({a.total:g}) is less than award.max ({a.max:g})",
                    "award.total is the whole pot; it cannot be smaller than one award"))
    if None not in (a.expected_awards, a.expected_applications) and a.expected_awards > a.expected_applications:  # type: ignore[operator]
        out.append((("award", "expected_awards"), "award.expected_awards is more than award.expected_applications",
                    "More awards than applications cannot be made"))
    if app.opens and app.closes:
        days = (app.closes - app.opens).days
        if days <= 0:
            out.append((("application", "closes"), f"application.closes ({app.closes}) is not after application.opens ({app.opens})",
                        "Check the two dates"))
        elif app.window_days is not None and app.window_days != days:
            out.append((("application", "window_days"), f"application.window_days is {app.window_days}, but opens and closes are {days} days apart",
                        "Give the dates or window_days, or make them agree"))
    if dec.date and app.closes:
        days = (dec.date - app.closes).days
        if days < 0:
            out.append((("decision", "date"), f"decision.date ({dec.date}) is before application.closes ({app.closes})",
                        "Check the two dates"))
        elif dec.days is not None and dec.days != days:
            out.append((("decision", "days"), f"decision.days is {dec.days}, but decision.date is {days} days after application.closes",
                        "Give decision.date or decision.days, or make them agree"))
    return out + _date_range(s) + _stage_problems(s)


def _date_range(s: Scheme) -> list[tuple[KeyPath, str, str]]:
    """Dates outside 1990 to 2150 are mistakes, and would overflow date arithmetic."""
    from grantcheck.scheme import EARLIEST, LATEST

    dates = {("application", "opens"): s.application.opens, ("application", "closes"): s.application.closes,
             ("decision", "date"): s.decision.date, ("funding", "starts"): s.funding.starts,
             ("funding", "previous_ends"): s.funding.previous_ends}
    return [(path, f"{dotted(path)} ({value}) is not between {EARLIEST.year} and {LATEST.year}", "Check the year")
            for path, value in dates.items() if value is not None and not EARLIEST <= value <= LATEST]


def validate(doc: Document) -> tuple[Parsed | None, list[InputError]]:
    """Validate one document; return the parsed scheme or the errors found."""
    try:
        scheme = parse(Scheme, doc.data)
    except Invalid as exc:
        return None, model_errors(doc, exc, Scheme)
    errors = []
    for path, message, hint in _consistency(scheme):
        p = doc.position(path)
        errors.append(InputError(doc.file, p.line, p.column, message, hint))
    errors.sort(key=lambda e: (e.line, e.column))
    return (None, errors) if errors else (Parsed(doc, scheme), [])
