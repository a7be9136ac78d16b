"""What a saved page's controls name by id: ``aria-labelledby`` (a label kept in another
element, as form builders write them) and ``aria-describedby`` (a hint, a character counter),
a form builder's own limit attribute ("data-fb-max-chars"), and a counter written under a box
("0 of 200 max words").

The parser notes each element with an id and the text blocks read inside it; a control's
references are resolved to those blocks, at most a few ids and a few blocks each (a hostile
page may name thousands).
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import TEXT, Block

MAX_IDS = 8  # ids one reference may name
MAX_BLOCKS = 8  # text blocks read from one named element
# a counter under a box: "0 of 200 max words", "0/1500 characters", "Words: 0 / 250", "250
# words remaining"; one with no unit and none typed yet ("0 / 600") counts characters, as a
# browser's and a framework's counters do (Vuetify's v-counter, Angular Material's hint)
COUNTER = re.compile(
    r"^\W*(?:(?P<pre>words?|characters?|chars?)(?:\s+(?:used|count|entered))?\s*:?\s*)?"
    r"(?:(?P<typed>\d[\d,]*)\s*(?:/|of|out\s+of)\s*)?(?P<most>\d[\d,]*)\s*(?:max(?:imum)?\s+)?"
    r"(?P<unit>words?|characters?|chars?)?(?:\s+(?:remaining|left|allowed|max(?:imum)?))?\W*$",
    re.IGNORECASE,
)
# a bare count after a box, outside its wrapper, is its counter ("0 / 600") from ten words'
# characters up: "0 / 5" after the last box is a count of answers or steps done
PROSE_CHARS = 60
# a form builder's range under a box, with its count so far: "Maximum allowed: 200 words.
# Currently Used: 0 words.", "Must be between 20 and 300 words." (Wufoo's)
RANGE = re.compile(
    r"^\W*(?:max(?:imum)?\s+allowed\s*:?|must\s+be\s+between\s+\d[\d,]*\s+and)\s*"
    r"(?P<most>\d[\d,]*)\s*(?P<unit>words?|characters?)\.?"
    r"(?:\s*currently\s+used\s*:?\s*0\s*(?:words?|characters?)?)?\W*$",
    re.IGNORECASE,
)


def blocks(named: dict[str, tuple[int, int]], found: list[Block], ids: str) -> list[int]:
    """The text blocks (their indexes in ``found``) of the elements ``ids`` names."""
    out: list[int] = []
    for ident in ids.split()[:MAX_IDS]:
        first, end = named.get(ident, (0, 0))
        out += [
            i
            for i in range(first, min(end, first + MAX_BLOCKS, len(found)))
            if found[i].kind == TEXT
        ]
    return out


def text(named: dict[str, tuple[int, int]], found: list[Block], ids: str) -> str:
    """The words of the elements ``ids`` names: a control's label by id."""
    return " ".join(found[i].text for i in blocks(named, found, ids)).strip()


def is_counter(key: str) -> bool:
    """Whether an attribute is part of a form builder's limit: its maximum or its unit."""
    return (
        key.startswith("data-")
        and ("max" in key or "type" in key or "limit" in key)
        and "message" not in key
    )


def data_max(attrs: dict[str, str], unit: str = "char") -> int | None:
    """A form builder's own limit on a control, in characters ("data-fb-max-chars") or, with
    ``unit="word"``, in words ("data-max-words"); a counter whose type another attribute gives
    ("data-counter-type="word" data-counter-maximum="300"", as Drupal's Webform writes it)."""
    typed = _unit(attrs) or _class_unit(attrs.get("class", ""))
    for key, value in attrs.items():
        if not key.startswith("data-") or key.endswith(("message", "type")):
            continue
        if ("max" not in key and "limit" not in key) or "file" in key or "size" in key:
            continue  # ("data-limit" with "data-limit-type"; never a file's size)
        said = "word" if "word" in key else "char" if "char" in key or "length" in key else ""
        if (said or typed[:4]) == unit:
            raw = value.strip()
            return int(raw) if raw.isdigit() and len(raw) < 9 else None
    return None


# what a counter's attribute calls its unit: 'type="Words"', 'data-unit="characters"',
# 'data-counter-type="word"' (Jotform calls characters "Letters")
UNITS = {"word": "word", "words": "word", "letters": "char", "letter": "char"}
UNITS |= dict.fromkeys(("char", "chars", "character", "characters"), "char")


def _unit(attrs: dict[str, str]) -> str:
    """The unit an attribute of a control or its counter gives its limit in, if any."""
    return next(
        (UNITS[v.strip().lower()] for v in attrs.values() if v.strip().lower() in UNITS), ""
    )


NOT_LIMITS = ("file", "size", "message", "min")


def limit_key(attrs: dict[str, str]) -> str:
    """The attribute holding a form builder's limit on a counter, a number ("data-limit",
    "data-max", "data-maxwords"), never a file's size, a minimum or a message; else ""."""
    for key, value in attrs.items():
        if not key.startswith("data-") or not value.isdigit():  # ('data-typing-limit="true"'
            continue  # is a switch, not a limit)
        if ("max" in key or "limit" in key) and not any(w in key for w in NOT_LIMITS):
            return key
    return ""


def counter_said(attrs: dict[str, str]) -> str:
    """A counter's limit as the page writes it: 'data-limit="300" type="Words"'."""
    key = limit_key(attrs)
    unit = next((k for k, v in attrs.items() if v.strip().lower() in UNITS), "")
    said = [f'{k}="{attrs[k].strip()}"' for k in (key, unit) if k]
    return " ".join(said or ['class="' + attrs.get("class", "").strip() + '"'])


def _class_unit(names: str) -> str:
    """The unit a form builder's class names for a control's limit ("wpforms-limit-words-
    enabled", "char-count"), when no attribute gives it."""
    low = names.lower()
    return "word" if "word" in low else "char" if "char" in low else ""


FORM_CONTROLS = {"input", "textarea", "select"}


def element_name(tag: str, values: dict[str, str], nth: int) -> str:
    """An element as a user finds it in the file: ``tag#id``, ``label[for=q1]``,
    ``input[name=email]``, else ``tag n`` (the n-th element of that name in the file)."""
    ident = " ".join(values.get("id", "").split())[:60]
    if ident:
        return f"{tag}#{ident}"
    for key in ("for",) if tag == "label" else ("name",) if tag in FORM_CONTROLS else ():
        value = " ".join(values.get(key, "").split())[:60]
        if value:
            return f"{tag}[{key}={value}]"
    return f"{tag} {nth}"


def counter(
    blocks: list[Block], helped: list[int], least: int = 0
) -> tuple[int | None, int | None, str, int] | None:
    """A counter written under a box, in its wrapper ("0 of 200 max words.", "0/1500
    characters", "250 words remaining"): its limit in characters and in words, as written,
    and its block (read with the box, never a prompt). A bare count under ``least`` is none."""
    for i in helped[:3]:
        text = blocks[i].text
        # (at most 60 characters: COUNTER is quadratic in a long run of white space after a
        # figure, and a counter is short)
        m = COUNTER.match(text) if len(text) <= 60 and any(c.isdigit() for c in text) else None
        if m is None and len(text) <= 90 and text.lstrip()[:1] in ("M", "m"):
            m = RANGE.match(text)
        unit = m and (m["unit"] or m.groupdict().get("pre"))
        if m is not None and not unit and m.groupdict().get("typed") == "0":
            # "0 / 600": none typed yet, of the characters the box takes
            unit = "characters" if int(m["most"].replace(",", "")) >= least else None
        if m is not None and unit:  # (a count alone, "3 / 5", is no limit)
            most = int(m["most"].replace(",", ""))
            word = unit.lower().startswith("word")
            return (None, most, text, i) if word else (most, None, text, i)
    return None


def after(blocks: list[Block], index: int) -> list[int]:
    """The text blocks straight after a box (``index``), before the next control: where a
    framework writes the box's counter outside its label's wrapper (Vuetify's details row,
    under the box, beside its messages)."""
    out = []
    for i in range(index + 1, min(index + 4, len(blocks))):
        if blocks[i].kind != TEXT:
            break
        out.append(i)
    return out
