"""Policies a sentence names: by a policy word ("safeguarding and equality policies", "a
policy on lone working", Welsh "polisi diogelu") or as an item under a policies heading; a
policy the list does not name is "other" ("your reserves policy"), though a listed name joined
to it names that policy ("equality and inclusion policy"); never the funder's own ("our equality
policy").
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable

from grantcheck.documents.blocks import Block, clip
from grantcheck.documents.conditions import Conditions
from grantcheck.documents.facts import Attachment, Found

# between a policy's names and its policy word: a list's joins, a few words, no full stop, an
# acronym or short aside in brackets ("data protection (GDPR) policy", "equality (EDI) policy")
NAME_GAP = re.compile(r"(?:[\s,/&()]|\b(?:and|or|your|a|an)\b|\([^()]{1,16}\)){0,12}", re.I)
# the words before a policy word: "reserves policy", "Welsh language scheme or policy"
UNLISTED = re.compile(
    r"(?P<name>(?:[\w'’-]+\s+){1,3}?)(?:(?:scheme|plan|statement|strategy|procedure)\s+"
    r"(?:or|and)\s+)?$",
    re.IGNORECASE,
)
UNLISTED_AFTER = re.compile(r"\s+(?:on|for|about|covering)\s+(?P<name>[\w'’-]+)", re.IGNORECASE)
NOT_A_NAME = frozenset(
    "a an the your our their its this that these those any all each every some other relevant "
    "written current latest recent own signed adopted up-to-date copy copies of and or with "
    "following such required appropriate suitable organisation's group's club's charity's "
    "organisations groups to for on in if as please send attach include provide upload enclose "
    "submit".split()
)
POSSESSIVE = ("'s", "’s", "s'", "s’")
FORMS = frozenset("model template sample standard draft".split())  # a policy's form, not its name
DETERMINERS = frozenset("a an the your our their its this that these those any each every".split())
JOINED = re.compile(r"\s*(?:and|&)\s+(?P<word>[^\W\d_][\w'’-]*)\s*", re.IGNORECASE)
# a tick box's statement in the applicant's voice: "We have a safeguarding policy", "We have
# adopted an equality policy", "We hold an up-to-date ..."; never "We have read the council's ..."
VOICE = re.compile(
    r"\s*we\s+(?:have|hold|keep|maintain|operate)(?:\s+(?:got|adopted|written))?\s+(?:an?|our)\b",
    re.IGNORECASE,
)
AFTER_GAP = re.compile(r"[\s:]*(?:\b(?:on|for|about|covering|ar)\b\s*)?", re.IGNORECASE)


def _unlisted(s: str, start: int, end: int) -> dict[str, int]:
    """A policy named by words the list does not know ("your reserves policy", "your Welsh
    language scheme or policy", "a policy on bullying"): a policy all the same, ``other``; not
    "a copy of your policy" or "any relevant policies", which name none."""
    for m in (UNLISTED.search(s, max(0, start - 60), start), UNLISTED_AFTER.match(s, end)):
        words = re.findall(r"[^\W\d_][\w'’-]*", m["name"].lower()) if m is not None else []
        # a name stands after its determiner: "We already hold your policy" names none
        words = words[max((i + 1 for i, w in enumerate(words) if w in DETERMINERS), default=0) :]
        # "their national body's policy", "the school's own policy", "your governing body's
        # model policy": the words up to the owner say whose; what follows ("own", "model")
        # says what form, naming no policy of its own
        owner = max((i + 1 for i, w in enumerate(words) if w.endswith(POSSESSIVE)), default=0)
        if owner and all(w in NOT_A_NAME or w in FORMS for w in words[owner:]):
            continue
        if m is not None and any(w not in NOT_A_NAME for w in words):
            return {"other": m.start("name")}
    return {}


def _always() -> bool:
    return True


class Policies(Conditions):
    """Finds the policies in a sentence."""

    recent: deque[tuple[Block, tuple[int, int, int]]]  # the last blocks read (set by Uploads)

    def _not_own(self, s: str, names: dict[str, int]) -> list[str]:
        """The policies named that are not the funder's own ("our complaints policy")."""
        own = self.vocab.own_policy
        return [n for n, at in names.items() if not own.search(s[max(0, at - 16) : at])]

    def _named(self, s: str, start: int, end: int) -> dict[str, int]:
        """The policies a policy word at ``s[start:end]`` names: the names just before it, in a
        list ("safeguarding and equality policies"), or just after it ("polisi diogelu",
        "a policy on lone working"); never a name across a colon or another policy word."""
        names: dict[str, int] = {}  # name -> where it is written
        spans = sorted(  # at one place the longest name wins: "diogelu data" over "diogelu"
            (m.start(), -m.end(), name)
            for name, pattern in self.vocab.policies.could(s, min(len(s), end + 60))
            for m in pattern.finditer(s, max(0, start - 90), min(len(s), end + 60))
        )
        spans = [(a, -b, name) for a, b, name in spans]
        edge = start
        for a, b, name in reversed([x for x in spans if x[1] <= start]):
            if b > edge or not NAME_GAP.fullmatch(s[b:edge]):
                # a listed name joined to a word the list does not know, just before the policy
                # word: one policy's title ("equality and inclusion policy", "safeguarding and
                # welfare policy") is the listed one; two policies ("safeguarding and reserves
                # policies") are it and another
                joined = JOINED.fullmatch(s, b, edge) if edge == start else None
                if joined is None or joined["word"].lower() in NOT_A_NAME:
                    break
                if s[start:end].lower().endswith("s"):
                    names.setdefault("other", joined.start("word"))
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

    def _label_ticked(self, box: Block) -> None:
        """A tick box whose label is the line just read, in the applicant's voice ("[ ] We have
        an equal opportunities policy and will follow it", a Word "☐" line): the policies it
        names are confirmed, though "we have" in prose is the funder speaking of its own."""
        last = self.recent[-1][0] if self.recent else None
        text = box.text.strip()
        if last is None or not text or last.text.strip() != text or not VOICE.match(text):
            return
        some = self.list_conditional or self.heading_conditional or self.part_conditional
        some = some or self._led_in_by_condition(text)
        for m in self.vocab.policy_word.finditer(text):
            for name, at in self._named(text, m.start(), m.end()).items():
                if self.vocab.own_policy.search(text[max(0, at - 16) : at]):  # (unread before)
                    found_at = self.evidence(last, text, (at, at + 1))
                    self.policies.append(Found(name, some, found_at))

    def _led_in_by_condition(self, label: str) -> bool:
        """Whether the line before a tick box's label leads it in with a condition ("Only if
        you work with children or vulnerable adults:" over "[ ] We have a safeguarding
        policy"): what the box confirms is asked of some applicants only."""
        label = label.strip()
        for block, _ in reversed(self.recent):
            lead = block.text.strip()
            if lead and lead != label:
                return lead.endswith(":") and self._leads_with_condition(lead)
        return False

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
        # the label after a web page's check box: "[box] We have a safeguarding policy"
        if self.after_box and VOICE.match(s) is not None:
            confirms = True
            if self._led_in_by_condition(s):
                conditional = _always  # (as a Word or text box's label is)
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
            found_at = self.evidence(block, s, (at, at + 1))
            self.policies.append(Found(name, conditional(), found_at))
            if section and self.policies_sent and not confirms:  # a copy of each is sent
                self.attachments.append(
                    Attachment("policy", conditional(), clip(s), found_at, policy=name)
                )
