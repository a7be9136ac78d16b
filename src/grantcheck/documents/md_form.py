"""A form defined in a Markdown page's YAML front matter, read as the form the site shows.

Flat-file sites (Grav's form plugin, and others built like it) let an author define a page's
form in its front matter: ``form:`` then ``fields:``, each field a ``type`` (text, textarea,
select, radio, checkbox, file, section ...), a ``label``, ``help`` and ``maxlength``. The site
draws the form from these settings; the page's Markdown only says where. Read as settings,
the page has no form at all. Here the definition becomes the HTML form the site draws, read by
the HTML reader as a saved page's form is: each textarea an answer space with its limit, each
input a field, each file input an upload. Untrusted YAML is bounded: a front matter this long
at most, and none with anchors or aliases (which can make a small text a huge document).
"""

from __future__ import annotations

from html import escape
from typing import Any

import yaml
from yaml.events import AliasEvent

MOST_CHARS = 100_000  # a front matter longer than this is no form's definition we read
MOST_EVENTS = 20_000  # YAML events (each key, value and bracket) read at most
MOST_FIELDS = 500
MOST_DEPTH = 20  # brackets nested at most (a form's options are a level or two deep)
# settings, not controls the applicant fills in: spam traps, buttons, hidden values
NOT_FILLED = frozenset(
    "honeypot captcha basic-captcha recaptcha turnstile hidden submit reset button ignore"
    " spacer conditional".split()
)
INPUTS = frozenset("text email tel number date url password range color datetime".split())


def front_form(front: str) -> str:
    """The HTML form a page's front matter defines (its YAML, between the ``---`` lines), on
    one line; "" when it defines none."""
    if "fields" not in front:
        return ""
    data = settings(front)
    form = data.get("form") if isinstance(data, dict) else None
    if not isinstance(form, dict):
        forms = data.get("forms") if isinstance(data, dict) else None
        form = next((f for f in (forms or {}).values() if isinstance(f, dict)), None)
    fields = form.get("fields") if isinstance(form, dict) else None
    if isinstance(fields, dict):
        items = [(str(k), v) for k, v in fields.items() if isinstance(v, dict)]
    elif isinstance(fields, list):  # (the older list form: "- name: org" ...)
        items = [(str(v.get("name", i)), v) for i, v in enumerate(fields) if isinstance(v, dict)]
    else:
        return ""
    html = "".join(_field(name, field) for name, field in items[:MOST_FIELDS])
    return f"<form>{html}</form>" if html else ""


def settings(front: str) -> Any:
    """A page's front matter (its YAML) read as data; None when it is no YAML, or longer,
    deeper or more tangled (anchors and aliases) than any page's settings are."""
    if len(front) > MOST_CHARS or _too_deep(front):
        return None
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # (libyaml's, in C, when built)
    try:
        for events, event in enumerate(yaml.parse(front, Loader=loader)):
            if isinstance(event, AliasEvent) or events > MOST_EVENTS:
                return None
        return yaml.load(front, Loader=loader)
    except yaml.YAMLError:
        return None


def _too_deep(front: str) -> bool:
    """Whether brackets nest deeper than any form's settings do ("[[[[..."): PyYAML's parser
    takes time growing with the square of the depth, and its loader recurses."""
    depth = 0
    for c in front:
        if c in "[{":
            depth += 1
            if depth > MOST_DEPTH:
                return True
        elif c in "]}":
            depth -= 1 if depth else 0
    return False


def _field(name: str, field: dict[str, Any]) -> str:
    """One field as the site draws it: its label, its control and its help under it."""
    kind = str(field.get("type", "text")).lower()
    label = escape(_words(field.get("label") or field.get("title") or ""))
    ident = escape(f"f-{name}", quote=True)
    if kind in NOT_FILLED:
        return ""
    if kind in ("section", "fieldset"):
        return f"<h2>{label}</h2>" if label else ""
    if kind in ("display", "markdown"):
        content = escape(_words(field.get("content") or field.get("markdown") or ""))
        return f"<p>{label} {content}</p>" if label or content else ""
    help_words = escape(_words(field.get("help") or field.get("description") or ""))
    helped = f' aria-describedby="h-{ident}"' if help_words else ""
    rules = _mapping(field.get("validate"))
    required = " required" if rules.get("required") in (True, "true") else ""
    most = field.get("maxlength") or rules.get("max_length") or rules.get("maxlength")
    limit = f' maxlength="{int(most)}"' if isinstance(most, int) and most > 0 else ""
    attrs = f'id="{ident}" name="{ident}"{helped}{required}'
    if kind in ("select", "radio", "checkboxes", "select_optionize"):
        options = _mapping(field.get("options"))
        words = [escape(_words(v)) for v in list(options.values())[:MOST_FIELDS]]
        if kind.startswith("select"):
            control = f"<select {attrs}>{''.join(f'<option>{w}</option>' for w in words)}</select>"
        else:
            box = "radio" if kind == "radio" else "checkbox"
            control = "".join(
                f'<label><input type="{box}" name="{ident}">{w}</label>' for w in words
            )
            control = f'<fieldset><legend id="l-{ident}">{label}</legend>{control}</fieldset>'
            label = ""
    elif kind == "textarea" or kind == "editor":
        control = f"<textarea {attrs}{limit}></textarea>"
    elif kind == "file":
        control = f'<input type="file" {attrs}>'
    elif kind in ("checkbox", "toggle"):
        return f'<p><input type="checkbox" {attrs}><label for="{ident}">{label}</label></p>'
    else:
        shown = kind if kind in INPUTS else "text"
        control = f'<input type="{shown}" {attrs}{limit}>'
    head = f'<label for="{ident}">{label}</label>' if label else ""
    note = f'<p id="h-{ident}">{help_words}</p>' if help_words else ""
    return f"<div>{head}{control}{note}</div>"


def _words(value: Any) -> str:
    """A setting's words on one line ("" for anything but words or a number)."""
    return " ".join(str(value).split()) if isinstance(value, str | int | float) else ""


def _mapping(value: Any) -> dict[Any, Any]:
    """A setting that should be a mapping ("validate:", "options:"), or none."""
    return value if isinstance(value, dict) else {}
