"""What a saved page's controls name by id: ``aria-labelledby`` (a label kept in another
element, as form builders write them) and ``aria-describedby`` (a hint, a character counter),
and a form builder's own limit attribute ("data-fb-max-chars", "data-counter-maximum").

The parser notes each element with an id and the text blocks read inside it; a control's
references are resolved to those blocks, at most a few ids and a few blocks each (a hostile
page may name thousands).
"""

from __future__ import annotations

from grantcheck.documents.blocks import TEXT, Block

MAX_IDS = 8  # ids one reference may name
MAX_BLOCKS = 8  # text blocks read from one named element
UNIT_KEYS = ("type", "unit", "units", "mode")  # "data-counter-type": what a counter counts


def blocks(named: dict[str, tuple[int, int]], found: list[Block], ids: str) -> list[int]:
    """The text blocks (their indexes in ``found``) of the elements ``ids`` names."""
    out: list[int] = []
    for ident in ids.split()[:MAX_IDS]:
        first, end = named.get(ident, (0, 0))
        out += [i for i in range(first, min(end, first + MAX_BLOCKS)) if found[i].kind == TEXT]
    return out


def text(named: dict[str, tuple[int, int]], found: list[Block], ids: str) -> str:
    """The words of the elements ``ids`` names: a control's label by id."""
    return " ".join(found[i].text for i in blocks(named, found, ids)).strip()


def data_limit(attrs: dict[str, str]) -> tuple[int | None, int | None, str]:
    """A form builder's own limit on a control, as (words, characters, attribute): a data
    attribute naming a most ("data-fb-max-chars", "data-max-words", "data-word-limit",
    Drupal Webform's "data-counter-maximum" with "data-counter-type"), its unit in its name
    or in a sibling attribute naming a type or unit ("word", "character")."""
    unit = " ".join(
        v.lower() for k, v in attrs.items() if k.startswith("data-") and k.endswith(UNIT_KEYS)
    )
    for key, value in attrs.items():
        if not key.startswith("data-") or "min" in key or "file" in key or "size" in key:
            continue
        if ("max" not in key and "limit" not in key) or key.endswith(UNIT_KEYS):
            continue
        raw = value.strip()
        if not raw.isdigit() or len(raw) >= 9:
            continue
        said = f"{key} {unit}"
        if "word" in said:
            return int(raw), None, key
        if "char" in said or "length" in key or "len" in key:
            return None, int(raw), key
    return None, None, ""
