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
from collections.abc import Callable, Sequence
from dataclasses import replace

from grantcheck.documents.blocks import FILE, TEXT, Block, clip
from grantcheck.documents.facts import Attachment, Evidence, Found
from grantcheck.documents.phrases import Amount, amounts, nearest, percentages, sentences
from grantcheck.documents.vocab import Vocabulary, tokens

LEVELS = ("none", "bank_statements", "unaudited", "independent_examination", "audited")
ITEM_WORDS = 40
NEGATED = re.compile(
    r"(?:\b(?:not|no|never|without|cannot|nid|nad|na|nac|dim)|n't|n’t)\b[^.,;:!?()]{0,70}$",
    re.IGNORECASE,
)
# a requirement waived: "do not have to be", "need not", "we do not expect", Welsh "nid oes rhaid"
NOT_NEEDED = re.compile(
    r"(?:\b(?:do|does|will)\s*(?:not|n't|n’t)\s+(?:need|have|expect|require|ask)|\bneed\s+not\b"
    r"|\bno\s+need\b|\bnot\s+(?:required|necessary|needed)\b|\bnid\s+oes\s+(?:angen|rhaid))"
    r"[^.;!?]{0,70}$",
    re.IGNORECASE,
)
SPACES = re.compile(r"\s*")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪]\s|\(?[0-9]{1,2}[.)]\s|\(?[a-h]\)\s)")
# a level waived after it is named: "Audited figures are not needed", "an audit isn't required"
NOT_AFTER = re.compile(
    r"[^.,;:!?()]{0,25}?(?:\b(?:is|are)\s+not|\b(?:isn't|aren't|isn’t|aren’t))\s+"
    r"(?:needed|required|necessary|essential)\b",
    re.IGNORECASE,
)
HOLD = re.compile(r"\b(?:hold|have|has|held|maintain|carry|take out)\b", re.IGNORECASE)
# "All organisations must have a health and safety policy": to hold, not to send
MUST_HAVE = re.compile(
    r"\b(?:must|should|need to|needs to|will need to|expected to|required to)\s+(?:also\s+)?"
    r"(?:have|hold|maintain|carry|keep|have in place)\b"
    r"|\b(?:organi[sz]ation|group|charity|club|we|it)\s+(?:has|have|holds?)\s+"
    r"(?:a|an|the|its|our|their|current|written)\b",  # "My organisation has a ... policy"
    re.IGNORECASE,
)
# what may stand between a clause's start and a condition that opens it
CLAUSE_OPENING = re.compile(r"(?:^|[,;:(–—])[\s\-*•]*(?:(?:and|or|but|that|only)\s+)*$", re.I)
# a share of the cost in words: "half of the cost", "the remaining quarter", "the other fifth"
FRACTION = re.compile(
    r"\b(?P<lead>(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+|a\s+|one\s+|three\s+)?"
    r"(?P<part>half|third|quarter|fifth|tenth)s?\b",
    re.IGNORECASE,
)
FRACTIONS = {"half": 50.0, "third": 33.3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
# the funder's own share, never the applicant's: "We will pay up to 80%", "will meet no more than"
FUNDER_SHARE = re.compile(
    r"\b(?:we|council|fund|grant|it)\s+(?:will|can|may|could|would)?\s*(?:pay|meet|fund|cover|"
    r"give|contribute|award)s?\b[^.;:]{0,30}$",
    re.IGNORECASE,
)


def _shares(text: str) -> list[Amount]:
    """Percentages and shares in words, in order of place."""
    found = percentages(text)
    for m in FRACTION.finditer(text):
        lead = (m["lead"] or "").strip().lower()
        value = FRACTIONS[m["part"].lower()] * (3 if lead == "three" else 1)
        found.append(Amount(value, m.start(), m.end()))
    return sorted(found, key=lambda a: a.start)


# "Building projects only: proof of ownership", "Charities only - annual return": a few words
# and "only" opening a line or item limit it to those applicants ("Office use only" is a box)
LEADING_ONLY = re.compile(
    r"^[\s\-*•▪0-9.()]*(?!(?:for\s+)?office\b)(?:[\w'’/&-]+\s+){1,5}only\s*(?::|[-–—]\s)",
    re.IGNORECASE,
)
INSTEAD = re.compile(r"\binstead\b|\byn lle\b", re.IGNORECASE)  # Welsh: yn lle (instead of)
# between a policy's names and its policy word: a list's joins, a few words, no full stop
NAME_GAP = re.compile(r"(?:[\s,/&]|\b(?:and|or|your|a|an)\b){0,12}", re.IGNORECASE)
AFTER_GAP = re.compile(r"[\s:]*(?:\b(?:on|for|about|covering|ar)\b\s*)?", re.IGNORECASE)
# a checklist item is short; a long paragraph under the heading is prose
SECTION = re.compile(  # Welsh: adran section, rhan part, cam step
    r"^\s*(?:part|section|stage|step|adran|rhan|cam)\s+[\w.]{1,4}\b\s*[:.–—-]?", re.IGNORECASE
)


def _skip(s: str, at: int) -> int:
    """The first position at or after ``at`` that is not a space."""
    return SPACES.match(s, at).end()  # type: ignore[union-attr]  # \s* always matches


def _listed(block: Block) -> bool:
    """A list item or a table cell: where a checklist's items are."""
    place = dict(block.where)
    return (
        "cell" in place
        or str(place.get("element", "")).startswith("li ")
        or bool(LIST_ITEM.match(block.text))
        or block.item
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
            r"(?i)\s*(?:we|you|if|please|the|this|it|i|any|all|each|every|these|those)\b",
            s.strip(" -*•0123456789.()"),
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
        self.row_conditional = False  # a table row that applies to some applicants only
        self.row_requested = False  # a table row whose copy is sent only on request
        self.marked = False  # the list has bulleted or numbered items: a plain paragraph ends it
        self._cue_text = ""  # the last text asked about, and its condition cues (see _cues)
        self._cue_found: tuple[tuple[int, bool], ...] = ()
        self.who_decides = False
        self.match_section = False  # under a "Match funding" heading
        self.blocks_read = 0  # text blocks read so far
        self.insurance_named = -2  # the text block that last named public liability insurance
        self.contents = False  # in a contents list
        self.since_control: list[str] = []  # text blocks since the last control (a file's help)
        self.item_cell: object = None  # the cell of a table row that names the document

    def feed(
        self, block: Block, row: list[Block] | None = None, header: Sequence[Block] = ()
    ) -> None:
        """Read one block; a table cell comes with its row's cells and the table's header row."""
        row_text = " ".join(b.text for b in row) if row else ""
        columns = self._who_columns(header) if header else []
        if header and any(
            self.vocab.checklist.search(b.text) or self.vocab.tick_column.search(b.text)
            for b in header
        ):  # "Document | Enclosed (✓)": the table is a checklist of what to send
            self.checklist = True
        if columns and dict(block.where).get("cell") in columns:
            return  # "All applicants", "Groups running events": who, not what, to send
        self.who_decides = bool(columns)  # the table says who must send each document
        # a row's condition ("If you employ staff") applies to all it names; a row's "on request"
        # only to the copy, not to the policy every applicant has ("copies available on request")
        self.row_conditional = (
            self._row_conditional(row or [], columns)
            if columns
            else bool(row_text) and self._conditioned(row_text, policy=True)
        )
        self.row_requested = not columns and bool(row_text) and self._requested(row_text)
        if block.kind == FILE:  # an upload: its label, and the help under it ("Only needed if ...")
            seen = self.since_control
            after = seen[seen.index(block.text) + 1 :] if block.text in seen else []
            hints, self.since_control = after[-2:], []
            # the label and its help are read again here, together: what they gave alone goes
            said = {clip(t) for t in (block.text, *hints)}
            self.attachments = [a for a in self.attachments if a.evidence.words not in said]
            self.policies = [f for f in self.policies if f.evidence.words not in said]
            # help that names another document asks for it ("... send bank statements instead");
            # the rest qualifies this upload ("Only if your project includes sport")
            parts = [t for h in hints for t in sentences(h)]
            own = [t for t in parts if not any(p.search(t) for _, p in self.vocab.kinds)]
            before = len(self.attachments)
            self._sentence(block, " ".join([block.text or "upload", *own]), True, row_text)
            if block.required:  # the page requires the upload: every applicant sends it
                self.attachments[before:] = [
                    replace(a, conditional=False) for a in self.attachments[before:]
                ]
            for other in (t for t in parts if t not in own):
                self._sentence(block, other, False, row_text)
            return
        if block.kind != TEXT:
            self.since_control = []
            return
        self.blocks_read += 1
        self.since_control.append(block.text)
        if block.link:
            return  # "Privacy notice", a link in a list: a page to read, not a document to send
        text = block.text
        words = text.count(" ") + 1
        v = self.vocab
        if block.heading or words >= 12:
            self.contents = False
        if (block.heading or words <= 4) and v.contents.fullmatch(text.strip(" :")):
            self.contents = True  # "Contents": a list of the sections, not of documents
            return
        if self.contents:
            return
        cells = [b for b in row if b.text.strip()] if row else []
        if (
            len(cells) == 1
            and self.checklist
            and not any(p.search(text) for _, p in v.kinds)
            and (v.condition.search(text) or v.everyone.search(text))
        ):  # "Required in some cases", a table row across the table: it leads the rows below
            self.list_conditional = bool(v.condition.search(text))
            return
        items = [
            dict(b.where).get("cell") for b in cells if dict(b.where).get("cell") not in columns
        ]
        self.item_cell = min(items, default=None, key=str)
        explicit = (
            block.heading
            or (words <= 16 and text.rstrip().endswith((":", "?")))
            or (text.isupper() and words <= 8)
            or (bool(SECTION.match(text)) and words <= 16)  # not "Stage 2. The fund pays ..."
        )
        # a short title names a section, but not a cell with words beside it: a table's
        # "Evidence of match funding | Where you have other funding" is an item
        short_title = words <= 6 and not text.rstrip().endswith((".", "?")) and len(cells) < 2
        if explicit:
            self.match_section = bool(self.may("match", text) and v.match.search(text))
        if explicit or (
            short_title
            and v.checklist.search(text)
            and not any(p.search(text) for k, p in v.kinds if k != "policy")
        ):
            if text.rstrip().endswith(":") and any(p.search(text) for _, p in v.kinds):
                pass  # "If you employ staff: your insurance certificate" is an item, not a heading
            elif self.checklist and not block.heading and v.condition.search(text):
                self.list_conditional = True  # "Only in some cases:" within the checklist
                return
            elif (
                self.checklist
                and not block.heading
                and text.rstrip().endswith(":")
                and not text.isupper()
                and not SECTION.match(text)
            ):
                self.list_conditional = False  # "Three things, from every group:" leads the list
                return
            else:
                self.checklist = bool(v.checklist.search(text) or v.attach.search(text))
                self.list_conditional = self.checklist and bool(v.condition.search(text))
                self.policy_section = "polic" in text.lower() and not v.attach.search(text)
                return
        item = (
            bool(LIST_ITEM.match(text))
            or block.item
            or str(dict(block.where).get("element", "")).startswith("li ")
        )  # a list item is the list's, even with a note after it ("2. Your accounts. These ...")
        body = LIST_ITEM.sub("", text, count=1) if item else text
        if (
            body.count(" ") >= ITEM_WORDS * (2 if item else 1)
            or (not item and body.count(". ") >= 2)
            or (self.marked and not item and "cell" not in dict(block.where))
        ):
            self.checklist = self.policy_section = False  # prose: the list has ended
        self.marked = (self.checklist or self.policy_section) and (self.marked or item)
        in_list = self.checklist or self.policy_section
        if self.match is None:
            self._match(block, text)  # a paragraph: "... 10% of the cost. This match funding ..."
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
        some = (self.list_conditional and in_list) or self.row_conditional
        confirms = bool(v.confirmation.match(s.lstrip(" -*•0123456789.()")))
        listed = in_list and (self.checklist or block.kind == FILE)  # an upload always asks
        # asked for (to send): only a sentence that could name a document or accounts at all
        asked = (
            (listed or self.may("documents"))
            and ((listed and not MUST_HAVE.search(s)) or self._sends(s))
            and not confirms
        )
        if asked:
            alternative = bool(INSTEAD.search(s))  # "send a bank statement instead"
            lead = self._leads_with_condition(s)
            self._attachments(block, s, some or alternative or lead or self.row_requested)

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
        self._facts(block, s, conditional, asked)

    def _sends(self, s: str) -> bool:
        """Whether a sentence asks for something to be sent ("attach", "a copy of"), not that it
        need not be ("You do not need to send the certificate")."""
        if not self.may("attach"):
            return False
        return any(
            not NEGATED.search(s[max(0, m.start() - 70) : m.start()])
            for m in self.vocab.attach.finditer(s)
        )

    def _cues(self, text: str) -> tuple[tuple[int, bool], ...]:
        """Where ``text``'s condition cues start, and whether each only says when a copy is sent
        ("on request"); the last text's cues are kept, as a sentence is asked about several
        times."""
        if self._cue_text != text:
            v = self.vocab
            self._cue_text, self._cue_found = (
                text,
                (
                    tuple(
                        (m.start(), v.request.fullmatch(m.group(0)) is not None)
                        for m in v.condition.finditer(text)
                    )
                    if self.may("condition", text)
                    else ()
                ),
            )
            if LEADING_ONLY.match(text):
                self._cue_found = ((0, False), *self._cue_found)
        return self._cue_found

    def _conditioned(self, text: str, policy: bool = False) -> bool:
        """Whether a condition cue applies to ``text`` (for a policy, a cue that only says when
        a copy is sent, "on request", does not)."""
        return any(not (policy and request) for _, request in self._cues(text))

    def _opens(self, text: str) -> bool:
        """Whether a condition (not "on request") opens a clause of ``text``: "..., if you work
        with children", not "... used only for the project"."""
        return any(
            not request and CLAUSE_OPENING.search(text, max(0, at - 40), at) is not None
            for at, request in self._cues(text)
        )

    def _requested(self, text: str) -> bool:
        """Whether ``text`` says a copy is sent only when asked ("available on request")."""
        return any(request for _, request in self._cues(text))

    def _leads_with_condition(self, s: str) -> bool:
        """'If your organisation is new, send ... instead': a condition opening the sentence
        applies to every document the sentence asks for."""
        if LEADING_ONLY.match(s):
            return True
        bare = s.lstrip(" -*•▪0123456789.()")
        m = self.vocab.condition.search(bare[:40])
        return m is not None and m.start() <= 12 and not self.vocab.request.fullmatch(m.group(0))

    def _who_columns(self, header: Sequence[Block]) -> list[object]:
        """A documents table's 'Who must send it' columns, by cell number."""
        return [dict(b.where).get("cell") for b in header if self.vocab.who_column.search(b.text)]

    def _row_conditional(self, row: list[Block], columns: list[object]) -> bool:
        """A row whose 'Who must send it' cell names some applicants, not all, asks for the
        document in some cases only."""
        v = self.vocab
        cells = [b for b in row if dict(b.where).get("cell") in columns]
        said = [" ".join(b.text.lower().strip(" .*:;").split()) for b in cells]
        return any(text and not v.everyone.fullmatch(text) for text in said)

    def may(self, gate: str, text: str = "") -> bool:
        """Whether any phrase of a list could match: its key tokens are in the sentence."""
        toks = tokens(text) if text else self.toks
        return not self.vocab.gates[gate].isdisjoint(toks)

    def evidence(self, block: Block, words: str) -> Evidence:
        return Evidence(self.name, block.where, clip(words))

    def _attachments(self, block: Block, s: str, row_condition: bool) -> None:
        matches = sorted(
            (m.start(), -m.end(), kind)
            for kind, pattern in self.vocab.kinds
            if self.may(f"kind:{kind}")
            for m in pattern.finditer(s)
        )
        found: list[tuple[int, int, str]] = []
        for start, end, kind in matches:  # the longest at each place: "food hygiene certificate"
            if not found or start >= found[-1][1]:
                found.append((start, -end, kind))
        if (
            not found
            and self.checklist
            and _listed(block)
            and _item(s)
            and dict(block.where).get("row") != 1
            and dict(block.where).get("cell", self.item_cell) == self.item_cell
            and block.text.lstrip().startswith(s.lstrip()[:20])
            and not self.vocab.not_attachment.search(s)
            # "something that shows how your money stands. A bank statement will do": the item
            # names its document in another sentence
            and not (s != block.text and any(p.search(block.text) for _, p in self.vocab.kinds))
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
        ends: dict[int, int] = {}  # a kept item's own words end where its alternative begins
        for item in found:  # "accounts or bank statements": alternatives are one document
            gap = s[kept[-1][1] : item[0]] if kept else ""
            if kept and (
                re.fullmatch(r"[\s,]*or(\s+(a|an|your|the|recent))?\s*", gap)
                or (item[2] == kept[-1][2] and re.match(r"[\s,]*or\b", gap) and ";" not in gap)
            ):
                ends.setdefault(len(kept) - 1, kept[-1][1] + gap.index("or"))
                continue  # "accounts or, if you have none, an income and expenditure statement"
            if item[2] == "policy" and kept and kept[-1][2] == "insurance_certificate":
                continue
            if (
                item[2] == "insurance_certificate"
                and s[item[0] : item[1]].lower() == "insurance"
                and HOLD.search(s)
                and not self._sends(s)
            ):
                continue  # "you must hold insurance" asks for cover, not for a document
            if NEGATED.search(s[max(0, item[0] - 70) : item[0]]):
                continue  # "you do not need to send the certificate"
            if kept and re.match(r"[\s,]*or\b", gap):
                # "your accounts, or if your group is new, bank statements": the condition after
                # "or" belongs to the alternative, not to the accounts before it
                ends.setdefault(len(kept) - 1, kept[-1][1] + gap.index("or"))
            kept.append(item)
        for index, (start, end, kind) in enumerate(kept):
            # a condition applies to the document it is next to, not to the whole list
            before = max([b for _, b, _ in found if b <= start], default=0)
            after = min([a for a, _, _ in found if a >= end], default=len(s))
            after = min(after, ends.get(index, after))
            conditional = row_condition or (
                not self.who_decides and bool(self.vocab.condition.search(s[before:after]))
            )
            if kind == "policy":
                names = self._named(s, start, end)
                if not names:
                    continue  # "policy" alone names nothing an applicant can send
                for name in names:
                    self.attachments.append(
                        Attachment(kind, conditional, clip(s), self.evidence(block, s), name)
                    )
                continue
            named = " ".join(s[start:end].lower().split()) if kind == "other" else ""
            self.attachments.append(
                Attachment(kind, conditional, clip(s), self.evidence(block, s), name=named)
            )

    def _named(self, s: str, start: int, end: int) -> dict[str, int]:
        """The policies a policy word at ``s[start:end]`` names: the names just before it, in a
        list ("safeguarding and equality policies"), or just after it ("polisi diogelu",
        "a policy on lone working"); never a name across a colon or another policy word."""
        names: dict[str, int] = {}  # name -> where it is written
        spans = sorted(  # at one place the longest name wins: "diogelu data" over "diogelu"
            (m.start(), -m.end(), name)
            for name, pattern in self.vocab.policies
            for m in pattern.finditer(s, max(0, start - 90), min(len(s), end + 60))
        )
        spans = [(a, -b, name) for a, b, name in spans]
        edge = start
        for a, b, name in reversed([x for x in spans if x[1] <= start]):
            if b > edge or not NAME_GAP.fullmatch(s[b:edge]):
                break
            names.setdefault(name, a)
            edge = a
        edge = end
        for a, b, name in (x for x in spans if x[0] >= end):
            if a < edge:
                continue
            if not (AFTER_GAP if edge == end else NAME_GAP).fullmatch(s[edge:a]):
                break
            names.setdefault(name, a)
            edge = b
        return dict(sorted(names.items(), key=lambda item: item[1]))  # in the order written

    def _policies(
        self,
        block: Block,
        s: str,
        conditional: Callable[[], bool],
        section: bool,
        confirms: bool,
    ) -> None:
        """Policies named in a sentence: by a policy word ("your safeguarding policy"), or
        as an item under a policies heading; ``confirms``: the sentence is a declaration."""
        v = self.vocab
        if not section and not self.may("policy_word"):
            return  # no policy word, and not a policies list: no policy named
        words = list(v.policy_word.finditer(s)) if self.may("policy_word") else []
        found: dict[str, int] = {}
        for m in words:
            for name, at in self._named(s, m.start(), m.end()).items():
                found.setdefault(name, at)
        if not words and section:
            for name, pattern in v.policies:
                hit = pattern.search(s) if self.may(f"policy:{name}") else None
                if hit:
                    found.setdefault(name, hit.start())
        for name, at in found.items():
            if not confirms and v.own_policy.search(s[max(0, at - 16) : at]):
                continue  # the funder's own policy, not one asked of the applicant ("I confirm
                # that we have ..." is the applicant's)
            self.policies.append(Found(name, conditional(), self.evidence(block, s)))

    def _facts(self, block: Block, s: str, conditional: Callable[[], bool], asked: bool) -> None:
        """Accounts and insurance; ``conditional`` says (when asked) whether a cue limits it."""
        if self.may("documents"):  # (accounts words are among the documents' words)
            self._accounts(block, s, conditional, asked)
        if self.insurance is None:
            self._insurance(block, s, conditional)

    def _accounts(self, block: Block, s: str, conditional: Callable[[], bool], asked: bool) -> None:
        """The levels of accounts a sentence accepts."""
        acc = self.vocab.accounts
        levels, waived = [], False
        for i, level in enumerate(LEVELS[1:], start=1):
            if not self.may(f"accounts:{level}"):
                continue
            for m in acc[level].finditer(s):
                after = NOT_AFTER.match(s, m.end())
                if after is None and not NEGATED.search(s[max(0, m.start() - 70) : m.start()]):
                    levels.append(i)
                    break
                # "These do not have to be independently examined or audited", "We do not expect
                # ... an audit", "Audited figures are not needed": a higher level waived
                # accepts unaudited accounts
                waived = waived or (
                    i > 2 and (after is not None or bool(NOT_NEEDED.search(s, 0, m.start())))
                )
        if waived:
            self.accounts.append((2, True, self.evidence(block, s)))
        if (
            not levels
            and self.may("accounts:generic")
            and acc["generic"].search(s)
            and not re.search(r"\bbank accounts?\b", s, re.I)
        ):
            levels = [2]
        # "Audited accounts are not required" waives a level; it does not say no accounts
        if not waived and self.may("accounts:none") and acc["none"].search(s):
            self.accounts.append((0, True, self.evidence(block, s)))
        elif levels and (asked or any(acc[LEVELS[i]].search(s) for i in levels if i > 1)):
            # what a sentence names beside a waived level is offered instead ("Audited figures
            # are not needed: your last two bank statements are enough")
            alternative = waived or (len(levels) > 1 and bool(acc["alternatives"].search(s)))
            for i in levels:
                self.accounts.append((i, alternative or conditional(), self.evidence(block, s)))

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
            self.insurance = Found(int(amount.value), conditional(), self.evidence(block, s))

    def _match(self, block: Block, text: str) -> None:
        """Match funding, read from a paragraph: a percentage beside its name ("10% match
        funding", "20% from other sources"), or a share of the project's cost that the applicant
        puts in or that a "Match funding" section states ("at least 15% of the total cost",
        Welsh "o leiaf 20% o gost y prosiect"); never the funder's own share or instalments."""
        v = self.vocab
        named = v.match.search(text) if self.may("match", text) else None
        if named is None and not (self.match_section or self.may("match_share", text)):
            return
        if named is not None and v.no_match.search(text):
            self.match = Found(0.0, False, self.evidence(block, text))
            return
        found = [
            a for a in _shares(text) if not FUNDER_SHARE.search(text, max(0, a.start - 60), a.start)
        ]  # "We will pay up to 80%": the funder's share, not the applicant's
        if named is not None and not found and NOT_NEEDED.search(text, 0, named.start()):
            # "You do not have to provide match funding", "we do not expect match funding"
            self.match = Found(0.0, False, self.evidence(block, text))
            return
        if named is not None:
            pick = nearest(found, *named.span())
        elif self.match_section or v.match_contribution.search(text):
            pick = next(
                (
                    p
                    for p in found
                    if v.match_share.match(text, _skip(text, p.end))
                    or re.match(r"(?i)(?:the\s+)?(?:other|remaining)\b", text[p.start :])
                ),
                None,
            )
        else:
            pick = None
        if pick is not None:
            self.match = Found(pick.value, False, self.evidence(block, text))

    def accounts_level(self) -> Found | None:
        """The easiest level accepted: the least of any alternative offered, else of those named."""
        if not self.accounts:
            return None
        named = [a for a in self.accounts if a[0] != 1 or a[1]] or self.accounts
        level, _, evidence = min(named, key=lambda a: a[0])
        return Found(LEVELS[level], False, evidence)
