"""Hidden text in a Word document: runs formatted hidden (``w:vanish``) do not print and are not
shown on screen unless the author turns on formatting marks, so no applicant reads them (an
author's note, a question taken out of this year's form by hiding it, a field's instructions).
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VANISH, R, RPR, VAL = f"{_W}vanish", f"{_W}r", f"{_W}rPr", f"{_W}val"
OFF = ("0", "false", "off")  # w:vanish w:val="0": a style's hiding turned off again


def hidden(element: Any) -> bool:
    """Whether a run's text, tab or break (``element``) is in a run formatted hidden."""
    run = element.getparent()
    if run is None or run.tag != R:
        return False
    properties = run.find(RPR)
    vanish = properties.find(VANISH) if properties is not None else None
    return vanish is not None and vanish.get(VAL, "1").lower() not in OFF
