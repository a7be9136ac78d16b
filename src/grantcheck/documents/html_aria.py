"""Controls a page draws with ARIA roles instead of form controls, as Google Forms and other
form builders do: a ``role="textbox"`` (with ``aria-multiline``, an answer space), a radio group
of ``role="radio"`` buttons (one choice), ``role="checkbox"`` boxes (one group to a list), and
lists to choose from. Each becomes a control placeholder, as an ``input`` or ``textarea`` does,
labelled and resolved with the page's other controls (``html_controls``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grantcheck.documents.html_reader import _Parser

# ARIA widgets a form builder draws instead of form controls, and the groups they sit in
ARIA_CONTROLS = {
    "textbox",
    "searchbox",
    "radiogroup",
    "radio",
    "checkbox",
    "switch",
    "menuitemcheckbox",
    "combobox",
    "listbox",
    "spinbutton",
    "slider",
}


def aria_control(parser: _Parser, tag: str, role: str, values: dict[str, str]) -> None:
    """A control a page draws with ARIA roles instead of a form control (Google Forms and
    other builders): a ``role="textbox"`` (``aria-multiline``: an answer space), a radio
    group (one choice), check boxes (one group per list) and lists to choose from."""
    containers = [g for g in parser.groups if g.role]  # (ARIA's, not a fieldset with no role)
    group = containers[-1] if containers else None
    choice = next((g for g in reversed(containers) if g.role == "radiogroup"), None)
    if role in ("textbox", "searchbox"):
        if choice is not None:
            return  # the "Other:" box of a choice is part of the choice
        multiline = values.get("aria-multiline", "").lower() == "true"
        parser._flush()
        parser._control(tag, values, "textarea" if multiline else "text")
    elif role in ("radio", "checkbox", "switch", "menuitemcheckbox"):
        # a radio group's buttons are one field, named by the group (its label is the
        # question); check boxes in one list are one group (the reader counts a group once)
        labelled = choice.values if role == "radio" and choice is not None else values
        own = choice or group
        name = own.key if own is not None else group_name(values, parser.seen[tag])
        parser._flush()
        parser._control(tag, {**labelled, "name": name}, "checkbox")
    elif role == "radiogroup":
        return  # its buttons are the field (role="radio", or native radio inputs)
    else:  # combobox, listbox, spinbutton, slider: one value to choose or enter
        parser._flush()
        parser._control(tag, values, "select")


def group_name(values: dict[str, str], nth: int) -> str:
    """A name for an ARIA group's choices, which have no ``name`` attribute to share."""
    return f"aria {values.get('id') or values.get('aria-labelledby') or nth}"
