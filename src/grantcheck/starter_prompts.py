"""The commented prompts of a starter measured from documents (``init --from``): every key
plain ``grantcheck init`` writes that the documents did not give, taken from init's own
template (templates/starter.yaml), so that the two starters never drift apart (trial21 D9:
the --from starter prompted for a third of them, and check then reported sixteen facts "not
stated" that the file never mentioned). Each prompt is the template's line commented out,
with its example value and its explanation, and says it was not measured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Place = tuple[str, ...]  # a key's place in the scheme: ('application', 'support')

# a key line, written or commented out: its indent, key, value and comment
KEY = re.compile(r"^(?P<indent> *)(?:# ?)?(?P<key>[a-z_]+):(?P<rest>.*)$")
NOT_MEASURED = "not measured from documents"
PAD = 34  # the template's comments start in this column


def template() -> str:
    """Plain init's starter, as ``grantcheck init`` writes it."""
    from importlib import resources

    return (resources.files("grantcheck") / "templates" / "starter.yaml").read_text(
        encoding="utf-8"
    )


@dataclass
class Entry:
    """A key of the template, with its comment lines that follow it (a longer explanation)."""

    path: Place
    lines: list[str] = field(default_factory=list)


def entries(text: str) -> tuple[list[Entry], list[str]]:
    """The template's keys in order, and its closing comment block (the waivers example)."""
    found: list[Entry] = []
    stack: list[tuple[int, str]] = []
    tail: list[str] = []
    started = blank = False
    for line in text.splitlines():
        m = KEY.match(line) if not line.lstrip().startswith("#") else None
        if m:
            stack = _nested(stack, m)
            found.append(Entry(tuple(k for _, k in stack), [line]))
            started, blank = True, False
        elif not line.strip():
            blank = started
        elif started and (tail or (blank and not line.startswith(" "))):
            tail.append(line)  # a comment block of its own at the end: the waivers example
        elif found:
            found[-1].lines.append(line)
    return found, tail


def prompt(entry: Entry) -> list[str]:
    """The entry commented out: '  # typical: 3000   # not measured from documents'; a
    section's line bare ('# decision:'), its keys saying it themselves."""
    first, *more = entry.lines
    m = KEY.match(first)
    assert m is not None  # (entries() made it from a key line)
    value, _, comment = m["rest"].partition(" #")
    head = f"{m['indent']}# {m['key']}:{value.rstrip()}"
    if not value.strip():
        return [head, *more]
    said = f"{NOT_MEASURED}: {comment.strip()}" if comment.strip() else NOT_MEASURED
    return [f"{head.ljust(PAD - 1)} # {said}", *more]


def paths(lines: list[str]) -> list[Place | None]:
    """Each line's key path (a key written or commented out), or None for any other line."""
    out: list[Place | None] = []
    stack: list[tuple[int, str]] = []
    for line in lines:
        m = KEY.match(line)
        if m is None:
            out.append(None)
            continue
        stack = _nested(stack, m)
        out.append(tuple(k for _, k in stack))
    return out


def _nested(stack: list[tuple[int, str]], m: re.Match[str]) -> list[tuple[int, str]]:
    """The keys (with their indents) a key line stands under, itself last: the YAML nesting
    that entries() reads from the template and paths() from a starter."""
    indent = len(m["indent"])
    return [s for s in stack if s[0] < indent] + [(indent, m["key"])]


def with_prompts(lines: list[str], measured: frozenset[Place] = frozenset()) -> list[str]:
    """``lines`` (a starter measured from documents) with a prompt for each key of init's
    template they neither write nor prompt for, each in its section, in the template's order;
    ``measured``: keys the documents give though the starter does not write them (the
    guidance's pages, when its documents are listed)."""
    found, tail = entries(template())
    out = list(lines)
    order = [e.path for e in found]
    for entry in found:
        have = paths(out)
        if entry.path in have or entry.path in measured:
            continue
        at = _place(out, have, entry.path, order)
        out[at:at] = prompt(entry)
    return out + ([""] + tail if tail else [])


def _place(lines: list[str], have: list[Place | None], path: Place, order: list[Place]) -> int:
    """Where a key's prompt goes: after the nearest earlier key of its section in the template
    that the lines have (with the starter's own keys that follow it: award.min after
    award.max), else first in its section (a section's prompt is placed before its keys')."""
    parent, mine = path[:-1], order.index(path)
    earlier = [p for p in order[:mine] if p[:-1] == parent and p in have]
    if earlier:
        return _block_end(lines, have, have.index(earlier[-1]), order)
    return have.index(parent) + 1 if parent in have else len(lines)


def _block_end(lines: list[str], have: list[Place | None], start: int, order: list[Place]) -> int:
    """The index after a key's block: its own keys, list items and comments (indented
    deeper), and the keys of the starter's own that follow it at its level."""
    depth, indent = len(have[start] or ()), _indent(lines[start])
    i = start + 1
    while i < len(lines):
        p = have[i]
        if p is not None and (len(p) < depth or (len(p) == depth and p in order)):
            break
        if p is None and lines[i].strip() and _indent(lines[i]) <= indent:
            break
        i += 1
    return i


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))
