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
from grantcheck.documents.vocab import Vocabulary

LEVELS = ("none", "bank_statements", "unaudited", "independent_examination", "audited")
ITEM_WORDS = 40  # a checklist item is short; a long paragraph under the heading is prose


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

    def feed(self, block: Block, row_text: str = "") -> None:
        if block.kind == FILE:
            self._sentence(block, block.text or "upload", True, row_text)
            return
        if block.kind != TEXT:
            return
        text = block.text
        explicit = block.heading or (len(text.split()) <= 10 and text.rstrip().endswith(":")) \
            or (text.isupper() and len(text.split()) <= 8)
        short_title = len(text.split()) <= 6 and not text.rstrip().endswith((".", "?"))
        if explicit or (short_title and self.vocab.checklist.search(text)
                        and not any(p.search(text) for k, p in self.vocab.kinds if k != "policy")):
            self.checklist = bool(self.vocab.checklist.search(text))
            self.policy_section = "polic" in text.lower() and not self.vocab.attach.search(text)
            return
        if text.rstrip().endswith("?"):
            self.checklist = self.policy_section = False  # a question ends a checklist
        if len(text.split()) > ITEM_WORDS or len(sentences(text)) > 2:
            self.checklist = self.policy_section = False  # prose: the list has ended
        in_list = self.checklist or self.policy_section
        for sentence in sentences(text):
            self._sentence(block, sentence, in_list, row_text)

    def _sentence(self, block: Block, s: str, in_list: bool, row_text: str) -> None:
        v = self.vocab
        context = f"{s} {row_text}" if row_text else s
        conditional = bool(v.condition.search(context))
        asked = in_list or bool(v.attach.search(s))
        if asked:
            self._attachments(block, s, bool(row_text and v.condition.search(row_text)))
        self._policies(block, s, conditional, (in_list and self.policy_section) or asked)
        self._facts(block, s, conditional, asked)

    def evidence(self, block: Block, words: str) -> Evidence:
        return Evidence(self.name, block.where, clip(words))

    def _attachments(self, block: Block, s: str, row_condition: bool) -> None:
        found: list[tuple[int, int, str]] = []
        for kind, pattern in self.vocab.kinds:
            for m in pattern.finditer(s):
                if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in found):
                    found.append((m.start(), m.end(), kind))
        found.sort()
        kept: list[tuple[int, int, str]] = []
        for item in found:  # "accounts or bank statements": alternatives are one document
            if kept and re.fullmatch(r"[\s,]*or(\s+(a|an|your|the|recent))?\s*", s[kept[-1][1]:item[0]]):
                continue
            if item[2] == "policy" and kept and kept[-1][2] == "insurance_certificate":
                continue
            kept.append(item)
        for start, end, kind in kept:
            # a condition applies to the document it is next to, not to the whole list
            before = max([b for _, b, _ in found if b <= start], default=0)
            after = min([a for a, _, _ in found if a >= end], default=len(s))
            conditional = row_condition or bool(self.vocab.condition.search(s[before:after]))
            if kind == "policy":
                names = [n for n, p in self.vocab.policies if p.search(s[max(0, start - 60):end])]
                if not names:
                    continue  # "policy" alone names nothing an applicant can send
                for name in names:
                    self.attachments.append(Attachment(kind, conditional, clip(s), self.evidence(block, s),
                                                       name))
                continue
            self.attachments.append(Attachment(kind, conditional, clip(s), self.evidence(block, s)))

    def _policies(self, block: Block, s: str, conditional: bool, listed: bool) -> None:
        v = self.vocab
        if not (listed or v.policy_word.search(s)):
            return
        for name, pattern in v.policies:
            m = pattern.search(s)
            if not m or v.own_policy.search(s[max(0, m.start() - 25):m.start()]):
                continue
            if not listed and not self._near_policy_word(s, m.end()):
                continue
            self.policies.append(Found(name, conditional, self.evidence(block, s)))

    def _near_policy_word(self, s: str, end: int) -> bool:
        """A policy word after the name, allowing a list: 'safeguarding and equality policies'."""
        return bool(self.vocab.policy_word.search(s[end:end + 60]))

    def _facts(self, block: Block, s: str, conditional: bool, asked: bool) -> None:
        v = self.vocab
        acc = v.accounts
        levels = [i for i, level in enumerate(LEVELS[1:], start=1) if acc[level].search(s)]
        if not levels and acc["generic"].search(s) and not re.search(r"\bbank accounts?\b", s, re.I):
            levels = [2]
        if acc["none"].search(s):
            self.accounts.append((0, True, self.evidence(block, s)))
        elif levels and (asked or any(acc[LEVELS[i]].search(s) for i in levels if i > 1)):
            alternative = len(levels) > 1 and bool(acc["alternatives"].search(s))
            for i in levels:
                self.accounts.append((i, alternative or conditional, self.evidence(block, s)))
        if self.insurance is None and v.insurance.search(s):
            amount = money(s)
            if amount:
                self.insurance = Found(amount, conditional, self.evidence(block, s))
        if self.match is None:
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
