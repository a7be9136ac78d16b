"""An item and the lines describing it, one document: a term and its description ("Permission
from the owner" / "... a letter from the owner"), a short item and the line under it limiting
it ("Quotes" / "One written quote for every item over £500."), a table row's later cell naming
its document again, and a condition opening a paragraph carried on to a later sentence asking
for the document it named. Each is one document, conditional if either says so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from grantcheck.documents.accounts_phrases import INSTEAD
from grantcheck.documents.asks import MUST_HAVE
from grantcheck.documents.blocks import Block, clip
from grantcheck.documents.conditions import LEADING_IF, is_listed
from grantcheck.documents.facts import Attachment
from grantcheck.documents.items import run_in_label
from grantcheck.documents.level_notes import level_note
from grantcheck.documents.notes import Notes
from grantcheck.documents.phrases import sentences
from grantcheck.documents.who_columns import row_names_accounts

# "you need employer's liability insurance", "you will need planning permission": to have
NEEDED = re.compile(
    r"\b(?:you|groups?|organi[sz]ations?)\s+(?:will\s+)?(?:also\s+)?needs?\s+(?!help|advice|to\s)",
    re.I,
)
# a policy, or a document no kind names and no words of the vocabulary name: never the same
UNNAMED = frozenset((("policy", ""), ("other", "")))
# kinds a row's note may name a second of: a policy by its name, a certificate of another cover
SEVERAL = frozenset(("policy", "other", "insurance_certificate"))


class Described(Notes):
    """An item and the lines describing it, read as one document."""

    def _described(self, block: Block, since: int) -> None:
        """'Quotes' / 'One written quote for every item over £500.': a line under a list's short
        item, naming again only the item's kinds and limiting them, describes the item: one
        document, asked of some. So does a paragraph under a titled item and the line saying who
        sends it ("Budget" / "Who: Only if you ask for over £5,000." / "Use our budget
        template."): one document, asked of those the line names."""
        self._carried(block, since)
        if self._cell_again(block, since) or not self.checklist or not self.recent:
            return
        if is_listed(block):
            return
        title, (first, _, _) = self.recent[-1]
        # (the line between named nothing and is run in with a label: "Who: ...", "Needed from:
        # ...", saying who sends the item above it; not the item's own words wrapped on)
        who = first == since and len(self.recent) > 1 and run_in_label(title.text)
        if who:
            title, (first, _, _) = self.recent[-2]
        above, here = self.attachments[first:since], self.attachments[since:]
        if (
            above
            and here
            and title.text.count(" ") < 6
            # (an item ending "." or ";" is done: "your public liability certificate;" then
            # "a copy of your employer's liability certificate, if you employ staff;" are two)
            and not title.text.rstrip().endswith((".", ";"))
            and (
                (all(a.conditional for a in here) and not any(a.conditional for a in above))
                or (
                    who
                    and all(a.conditional for a in above)
                    and not any(a.conditional for a in here)
                )
            )
            # (two documents of no known kind are two: "Risk assessment" / "Event plan - ...",
            # unless both name the same: "Risk assessment" / "A risk assessment for ...")
            and {_named(a) for a in here} <= {_named(a) for a in above} - UNNAMED
        ):
            self._one_each(first)

    def _carried(self, block: Block, since: int) -> None:
        """'If your project involves children, you must have a safeguarding policy. Please send
        a copy of your safeguarding policy with your application.': a condition opening a
        paragraph goes on to a later sentence asking for a document the condition's sentence
        named as one to have or send (the same document), not to one it did not name, nor to
        one it named as help's or a question's subject ("If you need help writing a safeguarding
        policy, ...", "If you are not sure which accounts to send, call us."), nor past a
        sentence saying every applicant sends it."""
        if self.row or len(self.attachments) == since or ". " not in block.text:
            return
        first, *rest = sentences(block.text)
        clause = LEADING_IF.match(first)
        if not rest or clause is None or not self._leads_with_condition(first):
            return
        main = first[clause.end() :]  # what the condition's sentence says, after the condition
        asks = self.vocab.attach.search(main) is not None  # ("please also send ...")
        sent = [a for a in self.attachments[since:] if asks and a.text == clip(first)]
        held = MUST_HAVE.search(main) is not None or NEEDED.search(main) is not None
        kinds = {a.kind for a in sent} | {
            k for k, p in self.vocab.kinds.could(main) if held and p.search(main)
        }
        policies = {str(a.policy) for a in sent} | {
            n for n, p in self.vocab.policies.could(main) if held and p.search(main)
        }
        self.attachments[since:] = [
            replace(a, conditional=True)
            if a.kind in kinds
            and (a.kind != "policy" or a.policy in policies)
            and a.text != clip(first)
            and self.vocab.everyone.search(a.text) is None
            else a
            for a in self.attachments[since:]
        ]

    def _cell_again(self, block: Block, since: int) -> bool:
        """'Your last annual accounts | Only groups running a year. A simple income and spending
        sheet is fine': a documents table's row names one document, and a later cell naming only
        kinds the row has named already describes it (one document, whose condition is the
        row's); True when the later cell's were dropped. A policy of another name, a certificate
        of another cover and a document no kind names are documents of their own."""
        if not self.row or block is self.row[0] or len(self.attachments) == since:
            return False
        above, here = self.attachments[self.row_first : since], self.attachments[since:]
        if not above or not {a.kind for a in here} <= {a.kind for a in above} - SEVERAL:
            return False
        del self.attachments[since:]
        return True

    def _unlevelled(self, row: list[Block], text: str) -> str:
        """A row's other cells' words (``text``) less what they say of the form the accounts the
        row names take ("Accounts | If your income is over £250,000, these must be examined.
        Otherwise, accounts signed by two trustees are fine"; "... may send an income and
        expenditure statement instead"): which level, not who sends them (level_notes.py); nor
        the bank statements some may send in their place ("If your group is less than a year
        old, send your last three months' bank statements instead"): the statements' own
        condition, read with them."""
        if not text or not row_names_accounts(self.vocab, row, []):
            return text
        return " ".join(
            t
            for t in sentences(text)
            if not (
                (level_note(t) or INSTEAD.search(t))
                and {k for k, p in self.vocab.kinds.could(t) if p.search(t)}
                <= ({"accounts", "bank_statement"} if INSTEAD.search(t) else {"accounts"})
            )
        )

    def _one_each(self, since: int) -> None:
        """A term and its description name one document of a kind ("Permission from the owner"
        / "... a letter from the owner"): once, conditional if either says so."""
        kept: dict[str, int] = {}
        for a in self.attachments[since:]:
            if a.kind == "policy":
                continue
            if a.kind in kept:
                first = self.attachments[kept[a.kind]]
                if a.conditional and not first.conditional:
                    self.attachments[kept[a.kind]] = replace(first, conditional=True)
            else:
                kept[a.kind] = self.attachments.index(a, since)
        keep = set(kept.values())
        self.attachments[since:] = [
            a
            for i, a in enumerate(self.attachments[since:], start=since)
            if a.kind == "policy" or i in keep
        ]


def _named(a: Attachment) -> tuple[str, str]:
    """A document's kind, and for one no kind names the vocabulary's words naming it ("risk
    assessment"); a policy is never one document with another here ("" for its name)."""
    return (a.kind, a.name if a.kind == "other" else "")
