"""What the documents ask of applicants: attachments, policies, accounts, insurance, match.

Read sentence by sentence from text blocks. A sentence asks for a document when it
uses an attachment cue ("a copy of", "attach", "upload") or sits in a checklist
section (under a heading such as "Supporting documents") or is an upload control's
label; the document's kind comes from the vocabulary, and a condition cue ("if you
work with children") makes it conditional. Policies are named with a policy word
("safeguarding policy") or under a policies heading, never the funder's own ("our").
"""

from __future__ import annotations

import re

from grantcheck.documents.blocks import FILE, TEXT, Block, clip
from grantcheck.documents.facts import Attachment, Evidence, Found
from grantcheck.documents.phrases import money, percent, sentences
from grantcheck.documents.vocab import Vocabulary, tokens

LEVELS = ("none", "bank_statements", "unaudited", "independent_examination", "audited")
ITEM_WORDS = 40
NEGATED = re.compile(
    r"\b(?:not|no|don't|doesn't|never|without)\b(?:\s+\w+){0,4}\s*$", re.IGNORECASE
)
LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪]\s|\(?[0-9]{1,2}[.)]\s|\(?[a-h]\)\s)")
HOLD = re.compile(r"\b(?:hold|have|has|held|maintain|carry|take out)\b", re.IGNORECASE)
# a checklist item is short; a long paragraph under the heading is prose
SECTION = re.compile(r"^\s*(?:part|section|stage|step)\s+[\w.]{1,4}\b\s*[:.–—-]?", re.IGNORECASE)


def _listed(block: Block) -> bool:
    """A list item or a table cell: where a checklist's items are."""
    place = dict(block.where)
    return (
        "cell" in place
        or str(place.get("element", "")).startswith("li ")
        or bool(LIST_ITEM.match(block.text))
    )


def _item(s: str) -> bool:
    """Words that could name a document: a few words, not a heading, question or instruction."""
    words = s.strip(" -*•.;").split()
    return (
        2 <= len(words) <= 20
        and not s.rstrip().endswith((":", "?"))
        and not HOLD.search(s)
        and not re.search(r"(?i)\b(?:must|should|will|can|may|need|needs)\b|✓", s)
        and not re.match(
            r"(?i)\s*(?:we|you|if|please|the|this|it|i)\b", s.strip(" -*•0123456789.()")
        )
    )


class Requirements:
    """Collects requirements from blocks in reading order."""

    def __init__(self, name: str, vocab: Vocabulary) -> None:
        self.name, self.vocab = name, vocab
        self.attachments: list[Attachment] = []
        self.policies: list[Found] = []
        self.accounts: list[tuple[int, bool, Evidence]] = []  # level index, alternative offered
        self.insurance: Found | None = None
        self.match: Found | None = None
        self.checklist = False
        self.policy_section = False
        self.list_conditional = False  # "Some groups also need to send:"
        self.toks: frozenset[str] = frozenset()

    def feed(self, block: Block, row_text: str = "") -> None:
        if block.kind == FILE:
            self._sentence(block, block.text or "upload", True, row_text)
            return
        if block.kind != TEXT:
            return
        text = block.text
        words = text.count(" ") + 1
        explicit = (
            block.heading
            or (words <= 16 and text.rstrip().endswith((":", "?")))
            or (text.isupper() and words <= 8)
            or bool(SECTION.match(text))
        )
        short_title = words <= 6 and not text.rstrip().endswith((".", "?"))
        v = self.vocab
        if explicit or (
            short_title
            and v.checklist.search(text)
            and not any(p.search(text) for k, p in v.kinds if k != "policy")
        ):
            if text.rstrip().endswith(":") and any(p.search(text) for _, p in v.kinds):
                pass  # "If you employ staff: your insurance certificate" is an item, not a heading
            else:
                self.checklist = bool(v.checklist.search(text) or v.attach.search(text))
                self.list_conditional = self.checklist and bool(v.condition.search(text))
                self.policy_section = "polic" in text.lower() and not v.attach.search(text)
                return
        if text.count(" ") >= ITEM_WORDS or text.count(". ") >= 2:
            self.checklist = self.policy_section = False  # prose: the list has ended
        in_list = self.checklist or self.policy_section
        if not (in_list and self.checklist and _listed(block)) and self.vocab.interest.isdisjoint(
            tokens(text)
        ):
            return  # nothing here an applicant could be asked for
        for sentence in sentences(text):
            self._sentence(block, sentence, in_list, row_text)

    def _sentence(self, block: Block, s: str, in_list: bool, row_text: str) -> None:
        v = self.vocab
        self.toks = tokens(s)
        context = f"{s} {row_text}" if row_text else s
        conditional = (self.list_conditional and in_list) or (
            self.may("condition", context) and bool(v.condition.search(context))
        )
        asked = in_list or (self.may("attach") and bool(v.attach.search(s)))
        if asked:
            self._attachments(
                block,
                s,
                bool(row_text and v.condition.search(row_text))
                or (in_list and self.list_conditional),
            )
        self._policies(block, s, conditional, (in_list and self.policy_section) or asked)
        self._facts(block, s, conditional, asked)

    def may(self, gate: str, text: str = "") -> bool:
        """Whether any phrase of a list could match: its key tokens are in the sentence."""
        toks = tokens(text) if text else self.toks
        return not self.vocab.gates[gate].isdisjoint(toks)

    def evidence(self, block: Block, words: str) -> Evidence:
        return Evidence(self.name, block.where, clip(words))

    def _attachments(self, block: Block, s: str, row_condition: bool) -> None:
        found: list[tuple[int, int, str]] = []
        for kind, pattern in self.vocab.kinds:
            if not self.may(f"kind:{kind}"):
                continue
            for m in pattern.finditer(s):
                if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in found):
                    found.append((m.start(), m.end(), kind))
        found.sort()
        if (
            not found
            and self.checklist
            and _listed(block)
            and _item(s)
            and dict(block.where).get("row") != 1
            and block.text.lstrip().startswith(s.lstrip()[:20])
        ):
            # a checklist item naming no known kind: a document all the same ("a risk assessment")
            self.attachments.append(
                Attachment(
                    "other",
                    row_condition or bool(self.vocab.condition.search(s)),
                    clip(s),
                    self.evidence(block, s),
                )
            )
            return
        kept: list[tuple[int, int, str]] = []
        for item in found:  # "accounts or bank statements": alternatives are one document
            if kept and re.fullmatch(
                r"[\s,]*or(\s+(a|an|your|the|recent))?\s*", s[kept[-1][1] : item[0]]
            ):
                continue
            if item[2] == "policy" and kept and kept[-1][2] == "insurance_certificate":
                continue
            if (
                item[2] == "insurance_certificate"
                and s[item[0] : item[1]].lower() == "insurance"
                and HOLD.search(s)
                and not self.vocab.attach.search(s)
            ):
                continue  # "you must hold insurance" asks for cover, not for a document
            kept.append(item)
        for start, end, kind in kept:
            # a condition applies to the document it is next to, not to the whole list
            before = max([b for _, b, _ in found if b <= start], default=0)
            after = min([a for a, _, _ in found if a >= end], default=len(s))
            conditional = row_condition or bool(self.vocab.condition.search(s[before:after]))
            if kind == "policy":
                names = [n for n, p in self.vocab.policies if p.search(s[max(0, start - 60) : end])]
                if not names:
                    continue  # "policy" alone names nothing an applicant can send
                for name in names:
                    self.attachments.append(
                        Attachment(kind, conditional, clip(s), self.evidence(block, s), name)
                    )
                continue
            self.attachments.append(Attachment(kind, conditional, clip(s), self.evidence(block, s)))

    def _policies(self, block: Block, s: str, conditional: bool, listed: bool) -> None:
        v = self.vocab
        if not (listed or (self.may("policy_word") and v.policy_word.search(s))):
            return
        for name, pattern in v.policies:
            m = pattern.search(s) if self.may(f"policy:{name}") else None
            if not m or v.own_policy.search(s[max(0, m.start() - 16) : m.start()]):
                continue
            if not listed and not self._near_policy_word(s, m.end()):
                continue
            self.policies.append(Found(name, conditional, self.evidence(block, s)))

    def _near_policy_word(self, s: str, end: int) -> bool:
        """A policy word after the name, allowing a list: 'safeguarding and equality policies'."""
        return bool(self.vocab.policy_word.search(s[end : end + 60]))

    def _facts(self, block: Block, s: str, conditional: bool, asked: bool) -> None:
        v = self.vocab
        acc = v.accounts
        levels = [
            i
            for i, level in enumerate(LEVELS[1:], start=1)
            if self.may(f"accounts:{level}")
            and any(
                not NEGATED.search(s[max(0, m.start() - 30) : m.start()])
                for m in acc[level].finditer(s)
            )
        ]
        if (
            not levels
            and self.may("accounts:generic")
            and acc["generic"].search(s)
            and not re.search(r"\bbank accounts?\b", s, re.I)
        ):
            levels = [2]
        if self.may("accounts:none") and acc["none"].search(s):
            self.accounts.append((0, True, self.evidence(block, s)))
        elif levels and (asked or any(acc[LEVELS[i]].search(s) for i in levels if i > 1)):
            alternative = len(levels) > 1 and bool(acc["alternatives"].search(s))
            for i in levels:
                self.accounts.append((i, alternative or conditional, self.evidence(block, s)))
        if self.insurance is None and self.may("insurance") and v.insurance.search(s):
            amount = money(s)
            if amount:
                self.insurance = Found(amount, conditional, self.evidence(block, s))
        if self.match is None and self.may("match"):
            if v.no_match.search(s):
                self.match = Found(0.0, False, self.evidence(block, s))
            elif v.match.search(s) and percent(s) is not None:
                self.match = Found(percent(s) or 0.0, conditional, self.evidence(block, s))

    def accounts_level(self) -> Found | None:
        """The easiest level accepted: the least of any alternative offered, else of those named."""
        if not self.accounts:
            return None
        named = [a for a in self.accounts if a[0] != 1 or a[1]] or self.accounts
        level, _, evidence = min(named, key=lambda a: a[0])
        return Found(LEVELS[level], False, evidence)
