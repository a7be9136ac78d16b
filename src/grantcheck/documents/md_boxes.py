"""A static site's template tag that draws an answer box, and the limits a page's front matter
gives its boxes.

A Jekyll, Eleventy or Hugo page written as a form puts a box under each question with a tag of
the site's own: ``{% include answer-box.html id="B1" rows=8 %}``, ``{{< textarea rows="6" >}}``.
Read as words, the tag is code and the question has nowhere to write; read as the site shows
it, it is a box to write in. The page's settings (its YAML front matter) may hold each box's
limit, keyed by the question's reference (``limits:`` / ``B1: { words: 200 }``), which the site
draws under the box as a counter ("0 of 200 words"); a limit set to nothing is a box without
one. Each tag becomes a box (a ruled line), with its counter on the blank line after it; a
limit whose box has no tag naming it is written after the heading its reference numbers.

A page may also show room to write with no tag at all: paragraphs of only non-breaking spaces
or line breaks ("&nbsp;", "<br><br>") under a question, where a blank line would show none.
"""

from __future__ import annotations

import re
from typing import Any

from grantcheck.documents.blocks import cut_trailing
from grantcheck.documents.md_form import settings

RULE = "_" * 20  # a box to write in, as a ruled line is
MOST_LIMITS = 200
# a line that is only a site's tag: Liquid's or Nunjucks' "{% include name args %}", Hugo's
# shortcode "{{< name args >}}" or "{{% name args %}}"
TAG = re.compile(
    r"\s*(?:\{%-?\s*include\s+|\{\{[<%]\s*)[\"']?([\w./-]{1,80})[\"']?"
    r"((?:\s+[\w-]{1,30}\s*=\s*(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[\w.-]{1,40}))*)"
    r"\s*(?:-?%\}|[>%]\}\})\s*"
)
# a paragraph of only non-breaking spaces or line breaks: room the page shows
SHOWN_BLANK = re.compile(r"(?:&nbsp;|<br\s*/?>|[ \t])+", re.IGNORECASE)
ARGUMENT = re.compile(r"([\w-]{1,30})\s*=\s*(?:\"([^\"\n]*)\"|'([^'\n]*)'|([\w.-]+))")
# the names of a tag that draws a box to write in (a textarea): not a call-out's or a button's
BOX_NAME = re.compile(r"answer|textarea|text[-_]area|response|write[-_]?in", re.IGNORECASE)
# a question's reference, as a limit's key: "B1", "q3", "2.1", "C1a"
REFERENCE = re.compile(r"[A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?[a-z]?")
UNITS = {"words": "words", "maxwords": "words", "characters": "characters", "chars": "characters"}
UNITS |= {"maxlength": "characters", "maxchars": "characters", "max_words": "words"}


def limits(front: str) -> dict[str, str | None]:
    """The limits a page's front matter gives its questions' boxes, by reference ("B1" ->
    "200 words"; None: a box with no limit); empty when it gives none."""
    if "words" not in front and "char" not in front and "max" not in front:
        return {}
    data = settings(front)
    if not isinstance(data, dict):
        return {}
    out: dict[str, str | None] = {}
    for value in list(data.values())[:MOST_LIMITS]:
        if not isinstance(value, dict) or len(value) > MOST_LIMITS:
            continue
        keyed = {str(k): _limit(v) for k, v in value.items()}
        if keyed and all(REFERENCE.fullmatch(k) for k in keyed) and any(keyed.values()):
            out |= {k.upper(): v or None for k, v in keyed.items()}
    return out


def _limit(value: Any) -> str:
    """A box's limit as written ("200 words"), "" for none (null, or a setting not a limit)."""
    if isinstance(value, dict):
        for key, figure in value.items():
            unit = UNITS.get(str(key).lower())
            if unit and isinstance(figure, int) and not isinstance(figure, bool) and figure > 0:
                return f"{figure} {unit}"
    return ""


def drawn(lines: list[str], limits: dict[str, str | None]) -> None:
    """Each line that is only a tag drawing a box becomes the box, its counter (a limit for its
    reference, or its own) on the blank line after it; a limit no box's tag names goes after
    the heading its reference numbers. Only on a page whose boxes' limits are settings (its
    front matter's, or the tags'): the box drawn is where the page's limits are shown."""
    tags: list[tuple[int, dict[str, str]]] = []
    for i, line in enumerate(lines):
        tag = TAG.fullmatch(line) if "{" in line else None
        if tag is None:
            continue
        args = {m[1].lower(): m[2] or m[3] or m[4] or "" for m in ARGUMENT.finditer(tag[2])}
        rows = args.get("rows", "")
        if BOX_NAME.search(tag[1]) is not None or (rows.isdigit() and int(rows) > 1):
            tags.append((i, args))
    own = {i: _limit({k: int(v) for k, v in a.items() if v.isdigit()}) for i, a in tags}
    if not limits and not any(own.values()):
        return
    placed: set[str] = set()
    for i, args in tags:
        lines[i] = RULE
        ref = next((v.upper() for k, v in args.items() if k in ("id", "ref", "for")), "")
        said = limits.get(ref) or own[i]
        if said and i + 1 < len(lines) and not lines[i + 1].strip():
            lines[i + 1] = f"0 of {said}"  # (the counter the site draws under the box)
            placed.add(ref)
        elif said and i and not lines[i - 1].strip():
            lines[i - 1] = f"Maximum {said}"  # (the page's last line: the limit over its box)
            placed.add(ref)
    for ref, given in limits.items():
        if given and ref not in placed:
            _after_heading(lines, ref, given)


def _after_heading(lines: list[str], ref: str, said: str) -> None:
    """Write a limit after the heading its reference numbers ("### B1. Tell us ..." or a
    heading with the id "{#B1}")."""
    numbered = re.compile(rf"#{{1,6}}\s+(?:{re.escape(ref)}\b|.*\{{#{re.escape(ref)}\}})", re.I)
    for i, line in enumerate(lines):
        if line[:1] == "#" and numbered.match(line):
            lines[i] = f"{cut_trailing(line, '{#', '}')} ({said})"  # (its id off)
            return


# what may follow room to write in: the next heading, item, label, field or prompt ("2.", "Q3",
# "**Name:**", "Signed: ____", "Is there anything else ...?", "Describe ..."), never a statement
NEXT_PROMPT = re.compile(
    r"[#*|>_-]|\(?[0-9a-z]{1,3}[.):]\s|q\d|[^\n]*(?:[?:]|_{3,}|\))\s*$"
    r"|(?:please|describe|tell|explain|list|give|outline|say|show|summarise|what|how|why|who"
    r"|when|where|which|is|are|do|does|have|has|will|can)\b",
    re.IGNORECASE,
)


def room(lines: list[str]) -> list[str]:
    """``lines`` with blank room shown two lines tall or more ("&nbsp;" paragraphs, "<br>" tags,
    and the blank lines between them) drawn as a ruled line, a box to write in, when what comes
    after it is the next prompt (or the page ends); one line of it is spacing, a line with words
    ends it, and room followed by a statement is spacing before the answer an FAQ gives ("###
    Who can apply?", room, "Any constituted group in Anyshire.")."""
    first, tall = -1, 0  # the run's first line and its height
    for i, line in enumerate([*lines, "#"]):
        bare = line.strip()
        if bare and SHOWN_BLANK.fullmatch(bare) is not None:
            first = i if first < 0 else first
            tall += bare.count(";") + bare.count("<")  # (each "&nbsp;" or "<br>" a line)
        elif bare:
            if tall >= 2 and NEXT_PROMPT.match(bare) is not None:
                lines[first:i] = [RULE] + ["" for _ in lines[first + 1 : i]]
            first, tall = -1, 0
    return lines
