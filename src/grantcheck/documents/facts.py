"""What the measurer finds in a document, each item with its evidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from grantcheck.documents.blocks import Location


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was found: the document, the place in it, and the words matched."""

    document: str
    where: Location  # the block's place: what the readers compare
    words: str  # at most 120 characters
    # the line of the words matched, in a paragraph joined from several lines (0: its first)
    line: int = field(default=0, compare=False)

    @property
    def place(self) -> Location:
        """Where the words matched are, for people: the block's place, at their line."""
        if not self.line:
            return self.where
        return tuple((k, self.line) if k == "line" else (k, v) for k, v in self.where)


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    word_limit: int | None
    limit_as_written: str | None
    evidence: Evidence
    limit_where: Location = ()  # a limit set on a form control (MaxLen, maxlength): its place
    # a limit in characters, in words before rounding: a document's total is rounded once
    # (three boxes of 1,000 characters are 500 words, not 3 x 167)
    exact: float | None = None
    # the question says it has no limit ("(No length limit)"): a section's default is not its
    open: bool = False


@dataclass(frozen=True, slots=True)
class Attachment:
    kind: str
    conditional: bool
    text: str
    evidence: Evidence
    policy: str | None = None  # for kind "policy": which one
    name: str = ""  # for kind "other": the document as named ("risk assessment"); for an
    # insurance certificate, its cover when not public liability's; a list's second quote's words


# kinds a reader writes otherwise than their vocabulary id: an acronym in capitals
_WRITTEN = {"dbs_check": "DBS check"}


def kind_words(kind: str, policy: str | None = None) -> str:
    """An attachment's kind as the reports name it ("health and safety policy", "DBS
    check"), never the vocabulary's id ("health_and_safety", "dbs_check")."""
    if policy:
        return f"{policy} policy".replace("_", " ")
    return _WRITTEN.get(kind, kind.replace("_", " "))


def attachment_key(a: Attachment) -> tuple[str, str]:
    """What makes two attachments one document: the kind, and a policy's name or, for "other",
    its words (an insurance certificate: its cover, when not public liability's; a second quote
    one list asks for: its words)."""
    if a.kind in ("insurance_certificate", "quotes"):
        return a.kind, a.name
    return a.kind, a.policy or ((a.name or a.text.lower()) if a.kind == "other" else "")


@dataclass(frozen=True, slots=True)
class Found:
    """A single fact found in the text (a policy, accounts level, sum or percentage)."""

    value: str | int | float
    conditional: bool
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Award:
    """The award range stated ("grants of between £500 and £10,000"): see award.py."""

    max: float
    min: float | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Jargon:
    term: str
    plain: str
    source: str
    evidence: Evidence


@dataclass(slots=True)
class DocumentFacts:
    """Everything measured in one document."""

    file: str
    format: str
    pages: int | None
    words: int
    language: str
    questions: list[Question] = field(default_factory=list)
    fields: list[Evidence] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    policies: list[Found] = field(default_factory=list)
    accounts: Found | None = None
    insurance: Found | None = None
    match_funding: Found | None = None
    award: Award | None = None
    jargon: list[Jargon] = field(default_factory=list)
    acronyms: dict[str, Evidence] = field(default_factory=dict)  # used, with first use
    defined: frozenset[str] = frozenset()
    note: str = ""  # "not measurable: ..."
    unmeasured: str = ""  # "jargon and English readability not measured: Welsh text"
    drafted: str = ""  # review marks left in a Word file (Extracted.drafted), read as accepted
    # the English text of a document in English and Welsh (bilingual.py): its words, reading
    # time and scores are this text's
    english_half: str | None = None

    @property
    def word_limit(self) -> int:
        return int(sum(_words(q) for q in self.questions) + 0.5)

    @property
    def unlimited(self) -> int:
        return sum(1 for q in self.questions if q.word_limit is None)


def _words(q: Question) -> float:
    return q.exact if q.exact is not None else q.word_limit or 0
