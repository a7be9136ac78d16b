"""One sentence read for what it asks of the applicant: whether it asks for a document to be
sent now (not a policy only to hold, help offered, a report after the award, a declaration, nor
a yes/no question), what it offers instead, and the policies, accounts and insurance it names,
with whether a condition ("if you work with children") limits them.

The blocks and the sentences in them are walked by ``requirements``; what a sentence names is
found by ``attachments``, ``policies`` and ``holdings``.
"""

from __future__ import annotations

import re

from grantcheck.documents.asks import asks_whether, awarded, offered, to_hold
from grantcheck.documents.blocks import FILE, Block
from grantcheck.documents.conditions import LEADING_IF, is_listed
from grantcheck.documents.holdings import INSTEAD
from grantcheck.documents.label_words import YES_NO
from grantcheck.documents.loosely import may_name_loosely
from grantcheck.documents.named import CLAUSE_START
from grantcheck.documents.policies import VOICE
from grantcheck.documents.prompts import NUMBERED_PREFIX
from grantcheck.documents.prose import COPY, Prose
from grantcheck.documents.said_again import named_again
from grantcheck.documents.sent_objects import may_send, sent_objects
from grantcheck.documents.vocab import tokens

# a clause opening with its condition after another's: "accounts or, if new, ...", "accounts;
# if you have none yet, ...", "accounts, and if you are new, ...": what it offers instead is its own
ALTERNATIVE_OR = re.compile(  # (" or" from a run's start only: from inside one, quadratic)
    r"(?i)(?:,?(?<!\s)\s+or[\s,]+|;\s*(?:(?:or|and)\s+)?|,\s+and\s+)(?:if|where|when|for|unless)\b",
)
# a listed item's note in brackets: "... bank statements (you must have a business bank account
# before we can pay)" says what is held beside it, not that the item itself is only held
NOTE_BRACKET = re.compile(r"\([^()]{0,200}\)")
# a sentence that only accepts forms of a document ("A simple timetable and a site map are
# fine.", "... is enough", "... is acceptable"), after one its block has named: the same document
ACCEPTS = re.compile(
    r"\s(?:is|are)\s+(?:fine|enough|acceptable|ok|okay)(?:\s+too)?[\s.;,!]*$", re.IGNORECASE
)
# what an acceptance alone never holds: a clause asking for something else ("We need a quote for
# each item; a screenshot is fine", "Your policy must be sent too, and a short one is fine"), or
# how many are enough ("One letter of support ... is enough")
NOT_ACCEPTANCE = re.compile(
    r";(?=\s*\w)|,\s+(?:and|but|or|so)\b|\b(?:must|need|needs|should|have\s+to)\b"
    r"|^\W*(?:a\s+single|only\s+one|one|two|three|four|five)\b",
    re.IGNORECASE,
)
# a sentence asking for words in the form, not a paper, though under "What to send": "Tell us
# which policies in your plan the study will support, and ..." (never one also sending: "Tell us
# about it and send a copy of your policy", read by its sending words)
# (the verb, before what to write of: never "outline planning permission", review26 F6)
WRITE_ASK = re.compile(
    r"^[\s\-*•▪0-9.()]*(?:tell\s+us|describe|explain|outline|summari[sz]e|give\s+(?:us\s+)?details)"
    r"\s+(?:your|the|how|what|which|why|who|when|where|about|of|any|briefly)\b",
    re.IGNORECASE,
)
DECLARATION = re.compile(r"^(?:declaration|datganiad)\b[\s:.–—-]*", re.IGNORECASE)


class Requested(Prose):
    """Reads one sentence of a block for what it asks."""

    def _sentence(self, block: Block, s: str, in_list: bool, row_text: str) -> None:
        self.toks = tokens(s)
        context = f"{s} {row_text}" if row_text else s
        some = (
            (self.list_conditional and in_list)
            or self.row_conditional
            or self.part_conditional
            or block.shown_if  # in a part of a page only some applicants open or are shown
            or self.heading_conditional
            or self._answers_question(block, s)  # "Do you ...?" / "Then send us ..."
        )
        # a declaration, its heading perhaps run into it ("5. Declaration I confirm that ...")
        confirms = self._confirms(block, s)
        listed = in_list and (self.checklist or block.kind == FILE)  # an upload always asks
        self.sent = self._sent(block, s)  # ("Attach a map showing where the trees will go")
        # asked for (to send): only a sentence that could name a document or accounts at all
        asked = (
            (
                listed
                or self.may("documents")
                or not self.toks.isdisjoint(COPY)
                or may_name_loosely(s)  # ("upload a screenshot showing its price")
                or bool(self.sent)
            )
            # (an upload asks, whatever its help says is held: "we have a template")
            and (
                (
                    listed
                    and (block.kind == FILE or not to_hold(NOTE_BRACKET.sub(" ", s)))
                    and (block.kind == FILE or WRITE_ASK.match(s) is None)
                )
                or self._sends(s)
                or bool(self.sent)
            )
            and not confirms
        )
        later = (asked or self.may("documents")) and (self.after_award or awarded(s))
        if asked and (later or self.optional or offered(s)):
            asked = False  # monitoring after the award, or help offered: nothing to send now
        if asks_whether(NUMBERED_PREFIX.sub("", s.lstrip(" -*•")), YES_NO):
            # "Do you have a safeguarding policy?": a question asks, it requires nothing (no
            # document, policy or accounts level); the cover it names is still the cover asked
            if self.insurance is None:  # ("Do you hold public liability cover of £5m?")
                self._insurance(block, s, lambda: some)
            return
        if asked:
            instead = INSTEAD.search(s)  # "send a bank statement instead", not "(... may
            alternative = (  # instead send ...)": a bracket's alternative is the bracket's alone,
                instead is not None  # as is one after "or" ("accounts or, if new, ... instead")
                and s.count("(", 0, instead.start()) <= s.count(")", 0, instead.start())
                and ALTERNATIVE_OR.search(s, 0, instead.start()) is None
                and not self._instead_of_none(block.text, s, instead.start())
                and not self._stands_in(s, instead.start())
            )
            lead = self._leads_with_condition(s)
            conditioned = some or alternative or lead
            if conditioned or not self._accepts(block, s):  # ("A site map is fine": the same)
                first = len(self.attachments)
                self._attachments(block, s, conditioned or self.row_requested)
                if not (in_list or row_text or block.kind == FILE or is_listed(block)):
                    self.prose_asked += self.attachments[first:]  # (repeated.as_listed)

        # whether a condition limits what the sentence names: worked out only when a policy,
        # accounts or insurance is found (most sentences name none)
        def conditional() -> bool:
            return some or self._conditioned(context)

        def policy_conditional() -> bool:
            if confirms:  # "I confirm that we have an equality policy and that any grant will be
                # used only for the project": a declaration's conditions are about the grant,
                # unless one opens a clause ("I confirm that, if we work with children, ...")
                return (self.list_conditional and in_list) or self._opens(s)
            # "we will provide copies on request": the copy is asked in some cases, not the policy
            return some or self._conditioned(context, policy=True)

        self._policies(block, s, policy_conditional, in_list and self.policy_section, confirms)
        if not later:  # a statement of income after the event says nothing of the accounts
            self._facts(block, s, conditional, asked)
        elif self.insurance is None:
            self._insurance(block, s, conditional)

    def _sent(self, block: Block, s: str) -> tuple[tuple[int, int, int], ...]:
        """What a verb sending something takes as its object ("Attach a map showing ..."): each
        noun phrase a document, named by a kind or not (sent_objects.py); never in an upload's
        help (one box is one document, its label's), nor one named before ("a letter or email
        from your trusted adult" under the upload "Letter from your trusted adult")."""
        if block.kind == FILE or not may_send(self.toks):
            return ()
        others = [a.name or a.text for a in self.attachments if a.kind == "other"]
        return tuple(
            o for o in sent_objects(s, self.vocab) if not named_again(s[o[0] : o[1]], others)
        )

    def _stands_in(self, s: str, at: int) -> bool:
        """'- your latest accounts; new groups can send bank statements instead': "instead" (at
        ``at``) in a clause after the document it stands in for, the words before the clause
        naming a document and no condition; the clause's condition is the substitute's alone
        (Attachments reads it: named.substitute), never the whole sentence's."""
        marks = [m.start() for m in CLAUSE_START.finditer(s, 0, at)]
        head = s[: marks[-1]] if marks else ""
        return (
            self.vocab.kinds.names(head)
            and not self._leads_with_condition(head)
            and not self._conditioned(head)
        )

    def _accepts(self, block: Block, s: str) -> bool:
        """Whether ``s`` only accepts forms of the document its block named before it ("A
        project plan. A simple timetable and a site map are fine."), with no condition of its
        own ("If you are new, bank statements are fine" offers some applicants another)."""
        return (
            ACCEPTS.search(s) is not None
            and NOT_ACCEPTANCE.search(s) is None
            and not self._sends(s)
            and bool(self.attachments)
            and self.attachments[-1].evidence.where == block.where
            and not block.text.lstrip().startswith(s.lstrip()[:20])  # (its block's first words)
            and self.vocab.condition.search(s) is None
            and LEADING_IF.match(s) is None
        )

    def _confirms(self, block: Block, s: str) -> bool:
        """Whether a sentence is a declaration's, in the applicant's voice: opening "I confirm"
        (its heading perhaps run into it: "5. Declaration I confirm that ..."), after its own
        condition ("Where our activities involve children, we confirm that we have ..."), or
        a later sentence of a declaration saying what the group has ("I confirm that ... . If
        our group works with children, we have a safeguarding policy")."""
        v = self.vocab
        bare = DECLARATION.sub("", s.lstrip(" -*•0123456789.()"))
        lead = LEADING_IF.match(bare)
        rest = bare[lead.end() :].lstrip() if lead is not None else bare
        if v.confirmation.match(bare) or (lead is not None and v.confirmation.match(rest)):
            return True
        text = DECLARATION.sub("", block.text.lstrip(" -*•0123456789.()"))
        return bool(v.confirmation.match(text)) and VOICE.match(rest) is not None
