"""Papers sent with the accounts or a bank statement, not a level of accounts in themselves: a
level some send beside the accounts ("please also send your latest management accounts"),
management accounts asked because the annual accounts are old, and a statement of income and
spending sent together with the bank statements (then the statement's level, not the bank
statements'). Accounts levels (accounts_levels.py) read sentences with them.
"""

from __future__ import annotations

import re

# a level sent beside the accounts, not in their place: "please also send your latest management
# accounts", "as well as your annual accounts", "in addition to"
BESIDE = re.compile(
    r"\balso\s+(?:send|provide|include|attach|upload|enclose|need)\b|\bas\s+well\s+as\b|"
    r"\bin\s+addition\s+to\b",
    re.IGNORECASE,
)


# management accounts asked because the annual accounts are old: "Management accounts for the
# current year | If your latest accounts are more than ten months old": in-year figures sent
# beside the annual accounts, never their level
MANAGEMENT = re.compile(r"\bmanagement\s+accounts\b", re.IGNORECASE)
AGED = re.compile(r"\b(?:more|older)\s+than\s+(?:\w+|\d+)\s+months?\b", re.IGNORECASE)


def in_year(s: str, row_text: str) -> bool:
    """Whether a sentence (or its table row) asks for management accounts because the annual
    accounts are more than some months old: sent beside them, not a lower level."""
    return MANAGEMENT.search(s) is not None and AGED.search(f"{s} {row_text}") is not None


# a bank statement and a statement of income and spending joined by "and", one paper to the
# other: "your bank statements and an income and expenditure statement", "... and a simple record
# of money in and money out"; only the words of a noun phrase between them, never a second
# subject or verb ("bank statements and smaller groups can send accounts signed by ...": two
# groups' two alternatives; review22 F3)
JOINED = re.compile(
    r"\s+and\s+(?:(?:a|an|the|your|their|its|our|simple|short|brief|basic|signed|written|"
    r"recent|latest|full|copy|copies|record|statement|summary|of)\s+){0,5}",
    re.IGNORECASE,
)


def joined(s: str, spans: dict[int, tuple[int, int]]) -> bool:
    """Whether the bank statement and the unaudited statement a sentence names (``spans[1]``,
    ``spans[2]``) are sent together ("New groups can send their bank statements and an income
    and expenditure statement instead of accounts"): bank statements alone are then never
    accepted, and the statement's level is the easiest."""
    first, second = sorted((spans[1], spans[2]))
    return JOINED.fullmatch(s, first[1], second[0]) is not None
