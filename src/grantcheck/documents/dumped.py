"""A web page printed by a text browser: ``lynx -dump`` (and ``links -dump``, ``elinks -dump``)
ends the page's words with "References" and a numbered list of the addresses its links point
to ("1. https://www.example.gov.uk/"), each named in the text by its number ("[12]Contact
us"). The list is the browser's, not the page's: read as the page's words, "References" under a
form's documents would be a document asked for, and each address another.
"""

from __future__ import annotations

import re

from grantcheck.documents.lazy import lazy

# one of the browser's numbered addresses: "  12. https://...", "3. mailto:..." (no spaces)
ADDRESS = lazy(lambda: re.compile(r"\s*\d{1,5}\.\s+(?:[a-z][a-z0-9+.-]{1,15}:)\S*", re.I))
HEADINGS = frozenset(("references", "visible links", "hidden links"))


def link_list(lines: list[str]) -> int | None:
    """The number (counting from 1) of the line opening a text browser's list of link addresses
    at the end of ``lines``: "References" (or "Visible links"), then only numbered addresses
    and blank lines to the end; ``None`` when the text does not end so."""
    addresses = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index].strip()
        if not line:
            continue
        if line.lower() in HEADINGS:
            return index + 1 if addresses else None
        if ADDRESS.fullmatch(line) is None:
            return None
        addresses += 1
    return None
