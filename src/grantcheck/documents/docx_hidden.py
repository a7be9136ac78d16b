"""Hidden text in a Word document: runs formatted hidden (``w:vanish``) do not print and are not
shown on screen unless the author turns on formatting marks, so no applicant reads them (an
author's note, a question taken out of this year's form by hiding it, a field's instructions).
Words struck through (``w:strike``, ``w:dstrike``) are deleted, as a reader takes them: a
draft marked up by hand ("(~~750~~ 600 words)", a question struck out whole) says what it
keeps. A paragraph's words are read as the applicant sees them: hidden and struck runs left
out, tracked insertions in, deletions out.
"""

from __future__ import annotations

from typing import Any

from grantcheck.documents.docx_controls import TAB, T

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VANISH, R, RPR, VAL = f"{_W}vanish", f"{_W}r", f"{_W}rPr", f"{_W}val"
INS, MOVED_FROM, BR, CR = f"{_W}ins", f"{_W}moveFrom", f"{_W}br", f"{_W}cr"
STRIKES = (VANISH, f"{_W}strike", f"{_W}dstrike")  # run properties that take its words out
OFF = ("0", "false", "off")  # w:vanish w:val="0": a style's hiding turned off again


def hidden(element: Any) -> bool:
    """Whether a run's text, tab or break (``element``) is in a run formatted hidden or struck
    through."""
    run = element.getparent()
    if run is None or run.tag != R:
        return False
    properties = run.find(RPR)
    if properties is None:
        return False
    marks = (properties.find(tag) for tag in STRIKES)
    return any(m is not None and m.get(VAL, "1").lower() not in OFF for m in marks)


def tracked(element: Any, plain: str) -> str:
    """A paragraph's words with its tracked changes accepted, less hidden runs (docx_hidden):
    python-docx's text leaves out insertions (``w:ins``) and keeps hidden runs; deletions are
    never words (``w:delText``, ``w:moveFrom``). ``plain`` is python-docx's text."""
    if element is None or next(element.iter(INS, *STRIKES), None) is None:
        return plain
    out = []
    for e in element.iter(T, TAB, BR, CR):
        if hidden(e):
            continue
        if e.tag != T:
            out.append("\t" if e.tag == TAB else "\n")
        elif not any(a.tag == MOVED_FROM for a in e.iterancestors(MOVED_FROM)):
            out.append(e.text or "")
    return "".join(out)
