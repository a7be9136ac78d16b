"""What a bare "certificate" certifies, when that is no insurance cover: the word before it
("your affiliation certificate", "an Energy Performance Certificate") or the words after it ("a
certificate showing that your lead has completed the course"); never its number, nor a
certificate naming who holds or gives it ("a Display Energy Certificate assessor").
"""

from __future__ import annotations

import re

from grantcheck.documents.named import IDENTIFIER_AFTER

# the word before a bare "certificate" that says what it certifies, when that is no cover: "your
# affiliation certificate", "an Energy Performance Certificate", "the gas safety certificate" (the
# rulebook's kinds: a certificate other than insurance is `other`); not a determiner, an amount or
# a word of its state ("your current certificate", "the £5 million certificate", "no certificate
# numbers", "an up-to-date certificate"), a cover's ("PL certificate"), nor whose it is ("the
# Institute's Certificate": a course's qualification, or a person's certificate of anything)
CERTIFIES = re.compile(r"\b([A-Za-z][\w'’-]*)\s+$")
NOT_WHAT = frozenset(
    (
        "a an the your their its his her our my this that these those each every any one copy "
        "of and or current valid latest recent signed original relevant new own full scanned "
        "updated dated same pl el pli eli cover no million thousand above below such which "
        "up-to-date in-date electronic digital renewal annual paper printed"
    ).split()
)
# where insurance is named beside it ("You must hold public liability insurance. Please send
# the renewal certificate"), only a word a certificate of something else is named by says so
CERTIFIED_THINGS = frozenset(
    (
        "affiliation registration membership accreditation performance epc energy gas "
        "electrical safety hygiene pat mot completion incorporation training qualification "
        "coaching aid fire occupancy compliance calibration inspection mark standard award"
    ).split()
)


# a certificate naming who or what holds or gives it, no document: "a Display Energy Certificate
# assessor", "a certificate holder"
CERTIFICATE_OF_WHO = re.compile(
    r"\s+(?:assessors?|holders?|schemes?|providers?|issuers?|bod(?:y|ies))\b", re.IGNORECASE
)

# a certificate saying after it what someone has done: "a certificate showing that your lead has
# completed the course", "a certificate of attendance" (a course's, no cover's)
ACHIEVED = re.compile(
    r"\s+(?:of\s+(?:completion|attendance|achievement|competence)\b|(?:showing|confirming|"
    r"proving|to\s+show)\s+(?:that\s+)?[^.;:]{0,60}?\b(?:completed|passed|attended|achieved)\b)",
    re.IGNORECASE,
)


def certified(s: str, start: int, end: int, near_cover: bool) -> int | None:
    """Where the words naming what a bare "certificate" at ``s[start:end]`` certifies begin, when
    it certifies something other than cover ("affiliation certificate") and is itself asked for,
    not its number ("the award certificate number"); else None. ``near_cover``: insurance is
    named in its block or the one before, so only a thing certified names it."""
    m = CERTIFIES.search(s, max(0, start - 40), start)
    if IDENTIFIER_AFTER.match(s, end) or CERTIFICATE_OF_WHO.match(s, end):
        return None
    if ACHIEVED.match(s, end):
        return start  # (the certificate itself names what it certifies, after it)
    if m is None:
        return None
    word = m.group(1).lower()
    if near_cover:
        return m.start(1) if word in CERTIFIED_THINGS else None
    if word in NOT_WHAT or word[-2:] in ("'s", "’s"):
        return None
    return m.start(1)
