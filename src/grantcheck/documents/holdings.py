"""What an applicant must have, read from sentences: accounts, insurance and match funding.

Insurance is the public liability cover demanded (the sum beside the words, or in the next
sentence); a 'Who must send it' cell's cover or level of accounts is asked all the same. The
levels of accounts accepted are accounts_levels.py's; match funding is match.py's.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from grantcheck.documents.accounts_levels import AccountsLevels
from grantcheck.documents.accounts_phrases import INSTEAD as INSTEAD  # (requirements.py: here)
from grantcheck.documents.accounts_phrases import LEVELS as LEVELS  # (output.py: from here)
from grantcheck.documents.accounts_phrases import names_accounts as names_accounts
from grantcheck.documents.blocks import TEXT, Block
from grantcheck.documents.facts import Found
from grantcheck.documents.income_bands import ANY_BAND as ANY_BAND  # (notes.py: from here)
from grantcheck.documents.income_bands import unbanded as unbanded  # (attachments.py: here)
from grantcheck.documents.phrases import sentences
from grantcheck.documents.sums import amounts, nearest
from grantcheck.documents.vocab import tokens


class Holdings(AccountsLevels):
    """Finds accounts levels, insurance cover and match funding."""

    def _facts(self, block: Block, s: str, conditional: Callable[[], bool], asked: bool) -> None:
        """Accounts and insurance; ``conditional`` says (when asked) whether a cue limits it."""
        if self.may("documents"):  # (accounts words are among the documents' words)
            self._accounts(block, s, conditional, asked)
        if self.insurance is None:
            self._insurance(block, s, conditional)

    def _who_cell(self, block: Block) -> None:
        """A 'Who must send it' cell says who, not what, to send; but the cover or the level of
        accounts it names is asked all the same ("All applicants (minimum cover £5 million)",
        "Other groups: a statement of money in and money out, signed by two members")."""
        if block.kind != TEXT or not (
            self.may("documents", block.text)
            or self.may("insurance", block.text)
            or self.may("insurance_cover", block.text)
        ):
            return
        for s in sentences(block.text):
            self.toks = tokens(s)
            self._facts(block, s, partial(self._conditioned, s), True)

    def _insurance(self, block: Block, s: str, conditional: Callable[[], bool]) -> None:
        """The public liability cover asked for: the sum next to the words, or in the sentence
        just after them ("... must have public liability insurance. The cover must be at least
        two million pounds.")."""
        v = self.vocab
        named = v.insurance.search(s) if self.may("insurance") else None
        if named is None:
            if self.insurance_named < self.blocks_read - 1 or not (
                self.may("insurance_cover") and v.insurance_cover.search(s)
            ):
                return
            found, at = amounts(s), (0, 0)
        else:
            found, at = amounts(s), named.span()
            self.insurance_named = self.blocks_read
        amount = nearest(found, *at)
        if amount is not None:
            self.insurance = Found(
                int(amount.value),
                conditional(),
                self.evidence(block, s, (amount.start, amount.end)),
            )
