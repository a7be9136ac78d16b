"""What the effort model reads: each stage's form as facts (stated or measured), and the
attachments it asks for, held already or written for the application (kind_of, by the
vocabulary when the scheme does not say).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Attachment(NamedTuple):
    name: str
    prepared: bool | None  # None: the scheme does not say; the vocabulary decides


class FormFacts(NamedTuple):
    """What one stage's form asks, stated or measured; None: not stated."""

    questions: int | None = None
    word_limit: float | None = None
    attachments: tuple[Attachment, ...] | None = None
    fields: int | None = None  # measured forms only
    unlimited_questions: int | None = None  # measured forms only: questions with no word limit
    measured: bool = False  # read from the form's own documents: complete by construction


class StageFacts(NamedTuple):
    """One stage of an application: its form, who is invited, or a fixed cost."""

    name: str
    form: FormFacts
    invited: int | str | None = None  # a number, "all", or None (the default rule)
    fixed_hours: float | None = None  # a default expression of interest: no form, a fixed cost


class Vocabulary(NamedTuple):
    """Attachment names an organisation already holds, and ones written for an application."""

    held: tuple[str, ...]
    prepared: tuple[str, ...]


def _words(text: str) -> tuple[str, ...]:
    """Lower-case words, plurals folded (policies: policy; accounts: account)."""
    out = []
    for w in re.findall(r"[a-z]+", text.lower()):
        w = w[:-3] + "y" if w.endswith("ies") and len(w) > 4 else w
        out.append(w[:-1] if w.endswith("s") and not w.endswith("ss") and len(w) > 3 else w)
    return tuple(out)


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return n > 0 and any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def kind_of(a: Attachment, vocab: Vocabulary) -> str:
    """'held', 'prepared' or 'unrecognised': as the scheme says, else by the vocabulary.

    A name matching both lists counts as prepared ("budget for the accounts period"
    is written for the application); the words must appear whole, in order.
    """
    if a.prepared is not None:
        return "prepared" if a.prepared else "held"
    words = _words(a.name)
    if any(_contains(words, _words(p)) for p in vocab.prepared):
        return "prepared"
    if any(_contains(words, _words(h)) for h in vocab.held):
        return "held"
    return "unrecognised"
