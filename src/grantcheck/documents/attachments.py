"""Documents and policies a sentence asks for: their kinds, names and conditions.

A document's kind comes from the vocabulary's phrases ("a copy of your constitution" is a
governing document); alternatives ("accounts or bank statements") are one document; a
condition next to a document ("..., and if you employ staff, your insurance certificate")
makes that one conditional, not the whole list. A checklist item naming no known kind is a
document all the same ("a risk assessment"). Policies are named with a policy word
("safeguarding and equality policies", "a policy on lone working") or listed under a
policies heading, never the funder's own ("our equality policy").
"""

from __future__ import annotations

import re

from grantcheck.documents.asks import OPTIONAL_ITEM
from grantcheck.documents.attachment_cues import AttachmentCues, offered_here
from grantcheck.documents.beside import OR_IF
from grantcheck.documents.blocks import Block, clip
from grantcheck.documents.certified import certified
from grantcheck.documents.conditions import LEADING_IF, is_listed
from grantcheck.documents.facts import Attachment
from grantcheck.documents.items import FACT, HOLD, PART_OF, TOPIC, after_label, is_item, run_in
from grantcheck.documents.level_notes import clause_offer
from grantcheck.documents.loosely import loosely_named, named_again
from grantcheck.documents.misnamed import misnamed
from grantcheck.documents.named import (
    ANNUAL_REPORT,
    CLAUSE_START,
    COVERS,
    INSTEAD_OF,
    OR_NEXT,
    OR_ONLY,
    OR_OPENS,
    beside,
    bracket_offer,
    covers,
    identifier,
    outside_conditions,
    response,
    substitute,
    unsent,
)
from grantcheck.documents.negation import excepted, negated
from grantcheck.documents.parts import described, either, lettered, shown_with
from grantcheck.documents.policies import _unlisted
from grantcheck.documents.replaced import replaced
from grantcheck.documents.sent_objects import unnamed

# kinds of which an applicant sends one: a second name in a sentence is the same document
ONE_EACH = frozenset(
    ("governing_document", "accounts", "bank_statement", "budget", "project_plan", "business_plan")
    + ("insurance_certificate", "quotes", "references", "letters_of_support", "dbs_check")
)
# the funder's own: "covered by our own insurance", "Our Tenant Group Insurance scheme" (never in
# a list in the applicant's voice: "- A copy of our public liability certificate", COPY_OURS)
OURS = re.compile(r"\bour\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
COPY_OURS = re.compile(r"\bcop(?:y|ies)\s+of\s+our\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
MARKS = " -*•▪0123456789.()"  # a list item's mark
SENT_AS = re.compile(r"\s+as\s+(?:your|the|a|an|their|its)\s+", re.I)  # (not "as well as")
# documents named in one sentence that are read: each is weighed against the others and the words
# before it, so a stranger's sentence naming thousands ("your constitution (" repeated) took time
# growing with their square; no council's sentence names more than a few dozen
MOST_NAMED = 100
INSURED_KIND = ("insurance_certificate",)  # (its own condition each, by the covers it names)
INSURED = re.compile(r"insur|liabilit|indemnit|yswiriant|\bpli\b", re.I)  # ("PLI certificate")
PLACED = re.compile(  # (or what carries the rest: "upload these with this method statement")
    r"\b(?:(?:in|into|within)\s+(?:your|the|this|its|their)\s+(?:[\w'’-]+\s+)?|with\s+this\s+)$",
    re.I,
)


class Attachments(AttachmentCues):
    """Finds the documents and policies in a sentence."""

    quoting = False  # a request for quotation: its quotes are the response (named.quoting)
    sent: tuple[tuple[int, int, int], ...] = ()  # what the sentence being read sends (requested)

    def _attachments(self, block: Block, s: str, row_condition: bool) -> None:
        listed = [
            (m.start(), m.end(), kind)
            for kind, pattern in self.vocab.kinds.could(s)
            if self.may(f"kind:{kind}")
            for m in pattern.finditer(s)
        ]
        known = [*listed, *loosely_named(s)]
        matches = sorted(
            (start, -end, kind)
            for start, end, kind in (*known, *unnamed(self.sent, known))  # (sent_objects.py)
            # "a reference number", "your Stage 2 reference": one that identifies, no referee's;
            # "with your quotation", any quote in a request for quotation: the response, not sent
            if not (kind == "references" and identifier(s, start, end))
            and not (kind == "quotes" and response(s, start, end, self.quoting))
            # "include their contribution in your budget": where something goes, not a document
            and PLACED.search(s, max(0, start - 40), start) is None
            and not misnamed(s, start, end, kind)  # ("as your constitution requires")
            # "Westfield CVS", a Council for Voluntary Service, is written in capitals; the
            # curricula vitae are "CVs"
            and not (kind == "other" and s[start:end] == "CVS")
        )
        found: list[tuple[int, int, str]] = []
        for start, end, kind in matches:  # the longest at each place: "food hygiene certificate"
            if named_again(s, found, start, kind):  # ("a quote or price list": one name)
                found[-1] = (found[-1][0], -end, kind)
                continue
            if not found or start >= found[-1][1]:
                found.append((start, -end, kind))
        del found[MOST_NAMED:]
        if len(found) > 1 and ("," in s or "(" in s):
            found = outside_conditions(s, found)
        clause = LEADING_IF.match(s) if len(found) > 1 else None
        if clause and found[-1][0] >= clause.end():
            # "if any item in your budget costs over £500, a quote for it": what the condition
            # names is who sends, not what is sent
            found = [f for f in found if f[0] >= clause.end()]
        if (
            not found
            and self.checklist
            and (is_listed(block) or self.after_box or block.boxed)  # (a box before or on its line)
            and (
                is_item(s)
                or is_item(run_in(s))
                # "- if the learner is a volunteer: a short email from your chair": the item's
                # words after its condition's label
                or ((lead := LEADING_IF.match(s)) is not None and after_label(s, lead.end()))
            )
            and not FACT.match(s)  # "Closing date: 30 June": a fact, not a document
            and not TOPIC.match(s)  # "what we fund and what we do not fund;": a topic
            and dict(block.where).get("row") != 1
            and not self._answer_grid(block)
            and dict(block.where).get("cell", self.item_cell) == self.item_cell
            # (its first sentence, a list mark aside: "3. A copy of ..." reads "3." first)
            and block.text.lstrip(MARKS).startswith(s.lstrip(MARKS)[:20])
            and not self.vocab.not_attachment.search(s)
            and not OPTIONAL_ITEM.search(s)  # ("photographs (optional)": offered, not asked)
            # "something that shows how your money stands. A bank statement will do": the item
            # names its document in another sentence, or its row in another cell ("Proof of
            # your bank account | Everyone | A recent bank statement")
            and not any(
                p.search(t)
                for t in {block.text, self.row_text} - {s}
                for _, p in self.vocab.kinds.could(t)
            )
        ):
            # a checklist item naming no known kind: a document all the same ("a risk assessment")
            self.attachments.append(
                Attachment(
                    "other",
                    row_condition or self._limited(s),
                    clip(s),
                    self.evidence(block, s),
                )
            )
            return
        if not found:
            self._copy_of(block, s, row_condition)
            return
        kept: list[tuple[int, int, str]] = []
        ends: dict[int, int] = {}  # a kept item's own words end where its alternative begins
        offered: set[int] = set()  # kept items offered after "or": "or, if you are new, a ..."
        swapped: set[int] = set()  # those offered "instead", or excused but for some
        stood_for: dict[int, tuple[int, int, str]] = {}  # what a kept item is sent in place of
        for item in found:  # "accounts or bank statements": alternatives are one document
            bare = (
                item[2] == "insurance_certificate" and s[item[0] : item[1]].lower() == "certificate"
            )
            what = None
            if bare:  # (insurance named in its block or the one before: "the renewal certificate")
                near = INSURED.search(block.text) or self.insurance_named >= self.blocks_read - 1
                what = certified(s, item[0], item[1], bool(near))
            if what is not None and INSURED.search(s, what, item[1]) is None:
                # "your affiliation certificate": of something else, a document no kind names
                # (read first: "an Energy Performance or Display Energy Certificate" is one)
                item, bare = (what, item[1], "other"), False
            gap = s[kept[-1][1] : item[0]] if kept else ""
            # ("..., or the landowner's permission": another of its kind offered in its place)
            split = either(s, kept[-1][1], item[0]) if kept and item[2] == kept[-1][2] else None
            if kept and (
                OR_ONLY.fullmatch(gap)
                or (item[2] == kept[-1][2] and OR_OPENS.match(gap) and ";" not in gap)
                or split is not None
            ):
                ends.setdefault(len(kept) - 1, split or kept[-1][1] + gap.index("or"))
                ends[-len(kept)] = item[1]  # where the alternatives end (keyed apart: -1, -2 ...)
                continue  # "accounts or, if you have none, an income and expenditure statement"
            if kept and item[2] == kept[-1][2] and SENT_AS.fullmatch(gap):
                kept[-1] = (kept[-1][0], item[1], item[2])  # "the parish council's consent as
                continue  # your landlord's consent": one document, named by what it serves as
            if (
                kept
                and item[2] == "accounts"
                and ANNUAL_REPORT.fullmatch(s[kept[-1][0] : kept[-1][1]] + gap)
            ):  # "your annual report and accounts": the charity's one filing, its accounts
                kept[-1] = (kept[-1][0], item[1], "accounts")
                continue
            if kept and (
                PART_OF.fullmatch(gap)
                or described(s, kept[-1], item[0], item[1], item[2])
                or lettered(s, kept[-1][1], item[0], item[2])
                or shown_with(s, kept[-1][1], item[0], item[1], item[2])
            ):
                continue  # "an event plan, including a risk assessment": one document
            if (
                item[2] == "policy"
                and kept
                and kept[-1][2] == "insurance_certificate"
                and not self._named(s, item[0], item[1])  # (not "...; your equality policy")
            ):
                continue  # "your insurance certificate or policy": the insurance's own
            if bare and kept:
                continue  # "... hold a DBS check, with the date of each certificate": the same
            if (
                item[2] == "insurance_certificate"
                and s[item[0] : item[1]].lower() == "insurance"
                and HOLD.search(s)
                and not self._sends(s)
            ):
                continue  # "you must hold insurance" asks for cover, not for a document
            if (
                bare
                and INSURED.search(s) is None
                and self.insurance_named < self.blocks_read - 1  # (not just named: "... a copy
            ):  # of the certificate"); "the date of each (DBS) certificate": of something else
                continue
            if (
                item[2] == "insurance_certificate"
                and OURS.search(s, max(0, item[0] - 40), item[0])
                and not (is_listed(block) and COPY_OURS.search(s, max(0, item[0] - 50), item[0]))
            ):
                continue  # "covered by our own insurance": the funder's cover, nothing to send
            if negated(s, item[0]) and excepted(s, item[1]):
                swapped.add(len(kept))  # "... need not send it again unless it has changed"
            elif negated(s, item[0]):
                self._withdrawn(block, item[2])
                continue  # "you do not need to send the certificate"
            if unsent(s, item[0], self.vocab.attach):
                if kept and kept[-1][2] != item[2] and replaced(s, item[0]):
                    stood_for[len(kept) - 1] = item  # (everyone else's, if some send the other)
                continue  # held ("you must have an equality policy") or replaced: not sent
            alternative = OR_NEXT.match(gap) or (OR_IF.search(gap) if kept else None)
            if kept and alternative is None:  # (offered instead: the clause is the substitute's)
                alternative = substitute(s, gap, item[1], item[2] == kept[-1][2])
                if alternative is not None:  # sent in another's place: by some applicants only
                    swapped.add(len(kept))
                elif item[2] == kept[-1][2]:  # "accounts (if you are new, a statement is fine)",
                    # "accounts; if your income is under £10,000, a statement is fine"
                    alternative = bracket_offer(s, gap, item[0]) or clause_offer(
                        s, kept[-1][1], item[0], item[1]
                    )
            if kept and alternative is not None:
                # "your accounts, or if your group is new, bank statements", "audited accounts
                # for two years or, if you need no audit, examined accounts": the condition after
                # "or" belongs to the alternative, not to the document before it
                at = (
                    alternative.end() - 2
                    if alternative.group(0)[-2:] == "or"
                    else alternative.start()
                )
                if alternative.re is INSTEAD_OF:  # (from the clause's bracket or comma)
                    at = max((m.start() for m in CLAUSE_START.finditer(gap, 0, at)), default=0)
                ends.setdefault(len(kept) - 1, kept[-1][1] + at)
                offered.add(len(kept))
            kept.append(item)
        limited = [
            # a condition applies to the document it is next to, not to the whole list; in a
            # table whose column says who sends it, only an alternative's own condition does
            (not self.who_decides or index in offered) and self._limits(s, found, ends, index, kept)
            for index in range(len(kept))
        ]
        # certificates each naming its cover ("public liability ..., and employer's ...") are two
        spans = [s[kept[i - 1][1] if i else 0 : k[1]] for i, k in enumerate(kept)]
        own = all(COVERS.search(spans[i]) for i, k in enumerate(kept) if k[2] in INSURED_KIND)
        cover = [covers(w if own else s) for w in spans]
        for index, (start, end, kind) in enumerate(kept):
            if offered_here(s, found, kept, index):
                continue  # "photographs of the site (optional)": offered, not asked
            # one document named twice ("Dau ddyfynbris / Two quotes, for capital projects
            # only"): a condition beside either name is its condition
            same = (
                [i for i, k in enumerate(kept) if k[2] == kind and i not in offered]
                if kind in ONE_EACH and index not in offered
                else [index]
            )
            if kind == "insurance_certificate":
                same = [i for i in same if cover[i] == cover[index]]
            conditional = row_condition or index in swapped or any(limited[i] for i in same)
            if conditional and index in stood_for:
                self._others_send(block, s, stood_for[index])
            if kind == "policy":
                names = self._named(s, start, end) or (
                    _unlisted(s, start, end) if s[start:end].lower().startswith("polic") else {}
                )  # (a procedure is a policy by a policy's name alone: not "the application ...")
                # "policy" alone names nothing; a policy whose copy is given only when asked
                # ("... and will provide a copy on request") is held, not sent (the rulebook)
                window = beside(s, found, ends.get(index, len(s)), start, end)
                if not names or self._requested(window):
                    continue
                for name in self._not_own(s, names):  # ("Read our complaints policy")
                    self.attachments.append(
                        Attachment(
                            kind, conditional, clip(s), self.evidence(block, s, (start, end)), name
                        )
                    )
                continue
            named = " ".join(s[start:end].lower().split()) if kind == "other" else ""
            for name in cover[index] if kind == "insurance_certificate" else (named,):
                self.attachments.append(
                    Attachment(
                        kind, conditional, clip(s), self.evidence(block, s, (start, end)), name=name
                    )
                )
