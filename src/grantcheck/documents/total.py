"""The facts of several documents together: what an applicant faces across all of them.

A document asked for twice (in the form and in the notes, or twice in one form)
counts once: attachments are the same when their kind (and, for a policy, its name,
or for "other", its words) is the same. A document required of everyone in one
place is required, even if another place asks for it only in some cases.

A document that could not be read (damaged, encrypted, over budget) or holds no text
(scanned) leaves the total incomplete: what the others hold is a lower bound, and
what can only be known from all of them (the counts, the easiest accounts level) is
not known, never none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from grantcheck.documents.award import awards_apart, largest
from grantcheck.documents.facts import (
    Attachment,
    Award,
    DocumentFacts,
    Evidence,
    Found,
    Jargon,
    attachment_key,
)
from grantcheck.documents.requirements import LEVELS
from grantcheck.documents.said_again import said_once


@dataclass
class Total:
    """All documents together."""

    questions: int = 0
    fields: int = 0
    word_limit: int = 0
    unlimited_questions: int = 0
    attachments: list[Attachment] = field(default_factory=list)  # distinct, required of everyone
    conditional_attachments: list[Attachment] = field(default_factory=list)
    policies: list[Found] = field(default_factory=list)
    conditional_policies: list[Found] = field(default_factory=list)
    accounts: Found | None = None
    insurance: Found | None = None
    match_funding: Found | None = None  # the first document's that states it (the form first)
    match_apart: str | None = None  # each document's share, when they differ (trial25 T2)
    award: Award | None = None  # the largest any document states (award.largest)
    award_apart: str | None = None  # each document's award, when they differ (trial22 T15)
    words: int = 0  # of English documents: plain English is measured in English text only
    jargon: list[Jargon] = field(default_factory=list)
    undefined_acronyms: dict[str, Evidence] = field(default_factory=dict)
    english: set[str] = field(default_factory=set)  # the documents not in Welsh
    # documents with no text (scanned?): the counts above are then not known, not zero
    unreadable: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # documents that could not be read at all
    read: int = 0  # documents with text: none, and nothing at all could be measured
    # a form in another format (Word, PDF, web page) -> the earlier document it repeats: its
    # questions, limits and fields are counted once (formats.py)
    again: dict[str, str] = field(default_factory=dict)

    @property
    def incomplete(self) -> bool:
        """Whether some document could not be read or had no text: the counts are lower bounds."""
        return bool(self.unreadable or self.unread)

    @property
    def missing(self) -> list[str]:
        """The documents the total could not look into, unread first."""
        return [*self.unread, *self.unreadable]

    def as_jargon(self) -> set[str]:
        """The acronyms never spelt out that are also on the jargon list ("KPIs"): listed as
        acronyms, in each document and in the total alike, but counted once, as jargon."""
        return jargon_acronyms(self.undefined_acronyms, self.jargon)


def standing(t: Total, found: bool, easiest: bool = False) -> str:
    """How a fact of the documents read stands for all of them, as measure and check both say
    it: the whole ("") when every document was read; beside one that could not be, what the
    others hold is a lower bound ("at least": the unread one may ask for more documents,
    policies, cover or match funding, or hold more acronyms), and none found is "not known",
    as is the easiest accounts level (``easiest``: the unread one may accept an easier one)."""
    if not t.incomplete:
        return ""
    return "at least" if found and not easiest else "not known"


def bounded(t: Total, shown: str, found: bool) -> str:
    """A fact of the documents read in words, as it stands for all of them (``standing``):
    '3', 'at least 3' or 'not known'."""
    said = standing(t, found)
    return shown if not said else f"at least {shown}" if said == "at least" else said


def accounts_not_known(t: Total) -> str:
    """The easiest accounts level when it is not known: 'not known', and beside a document
    that could not be read, what the others accept ('not known (the documents read accept
    unaudited at the easiest)': the unread one may accept an easier level)."""
    if t.accounts is None or standing(t, True, easiest=True) != "not known":
        return "not known"
    level = str(t.accounts.value).replace("_", " ")
    return f"not known (the documents read accept {level} at the easiest)"


def distinct(attachments: list[Attachment]) -> tuple[list[Attachment], list[Attachment]]:
    """Attachments required of everyone, and those only in some cases, each counted once."""
    required: dict[tuple[str, str], Attachment] = {}
    conditional: dict[tuple[str, str], Attachment] = {}
    for a in attachments:
        (conditional if a.conditional else required).setdefault(attachment_key(a), a)
    every = said_once(list(required.values()))  # (and "other" named again in other words)
    return every, said_once([a for k, a in conditional.items() if k not in required], every)


def policies(found: list[Found], attachments: list[Attachment]) -> tuple[list[Found], list[Found]]:
    """Policies every applicant must have, and those asked only in some cases."""
    every = found + [Found(a.policy, a.conditional, a.evidence) for a in attachments if a.policy]
    required: dict[str, Found] = {}
    conditional: dict[str, Found] = {}
    for f in every:
        (conditional if f.conditional else required).setdefault(str(f.value), f)
    return list(required.values()), [f for k, f in conditional.items() if k not in required]


def combine(documents: list[DocumentFacts], unread: list[str] | None = None) -> Total:
    """The total over ``documents`` (each file once: the caller drops repeats); ``unread``
    names the documents that could not be read at all."""
    from grantcheck.documents.formats import alternatives, as_counted

    total = Total(unread=list(unread or []), again=alternatives(documents))
    documents = as_counted(documents, total.again)
    every: list[Attachment] = []
    found: list[Found] = []
    awards: list[Award] = []
    defined: set[str] = set()
    for d in documents:
        if d.note:
            total.unreadable.append(d.file)
        else:
            total.read += 1
        total.questions += len(d.questions)
        total.fields += len(d.fields)
        total.word_limit += d.word_limit
        total.unlimited_questions += d.unlimited
        if d.language == "en":  # (Welsh, or a language not told: no jargon rate over it)
            total.words += d.words
            total.english.add(d.file)
        total.jargon += d.jargon
        every += d.attachments
        found += d.policies
        defined |= d.defined
        for name, evidence in d.acronyms.items():
            total.undefined_acronyms.setdefault(name, evidence)
        if d.accounts is not None and (
            total.accounts is None
            or LEVELS.index(str(d.accounts.value)) < LEVELS.index(str(total.accounts.value))
        ):
            total.accounts = d.accounts
        total.insurance = total.insurance or d.insurance
        total.match_funding = total.match_funding or d.match_funding
        awards += [d.award] if d.award is not None else []
    # every acronym never spelt out, as each document lists it ("KPIs" counts once, as jargon)
    total.undefined_acronyms = {
        k: v for k, v in total.undefined_acronyms.items() if k not in defined
    }
    total.award, total.award_apart = largest(awards), awards_apart(awards)
    total.match_apart = shares_apart(documents)
    total.attachments, total.conditional_attachments = distinct(every)
    total.policies, total.conditional_policies = policies(found, every)
    return total


def shares_apart(documents: list[DocumentFacts]) -> str | None:
    """Each document's match funding when the documents state different shares ('form.md
    states 20% (line 3); notes.md states 30% (line 3)'), smallest first, as the award's and the
    accounts' disagreements are named; None when they agree. The total reads the first."""
    from grantcheck.documents.blocks import each_says
    from grantcheck.units import number

    found = [d.match_funding for d in documents if d.match_funding is not None]
    if len({round(float(f.value), 1) for f in found}) < 2:
        return None
    ordered = sorted(found, key=lambda f: (float(f.value), f.evidence.document))
    return each_says(
        [
            (f.evidence.document, f"states {number(float(f.value))}%", f.evidence.place)
            for f in ordered
        ]
    )


def jargon_acronyms(acronyms: Iterable[str], jargon: list[Jargon]) -> set[str]:
    """Which of ``acronyms`` are also jargon terms found ("KPI" and the jargon "KPIs"), or in
    capitals within one ("SMART" and the jargon "SMART objectives"): one word, one finding, as
    jargon, whose plain words say what to write instead."""
    words = {j.term.upper().rstrip("S") for j in jargon}
    words |= {w.rstrip("S") for j in jargon for w in j.term.split() if w.isupper() and w[1:]}
    return {k for k in acronyms if k.rstrip("S") in words}


def undefined(d: DocumentFacts, defined: set[str] | frozenset[str]) -> list[str]:
    return sorted(k for k in d.acronyms if k not in defined)
