"""The award range a document states: "grants of between £500 and £10,000", "up to £5,000",
"awards of £1,000-£3,000", "the maximum grant is £2,000".

Read only where the words are clear: a sentence that names grants, awards or what an
applicant may apply for, with the sum right after a range or a ceiling ("between ... and",
"from ... to", a dash, "up to", "no more than", "a maximum of"), and nothing in between
that makes the sum something else (insurance cover, the total budget or pot, a project's
cost, an organisation's income). Anything less clear is not read: ``init --from`` then
leaves ``award.max`` as a prompt that ``check`` reports until it is filled in, because a
made-up figure would choose the band and so every threshold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from grantcheck.documents.blocks import TEXT, Block, clip
from grantcheck.documents.facts import Award, Evidence
from grantcheck.documents.phrases import sentences
from grantcheck.documents.sums import Amount, amounts

CUE = re.compile(
    r"\b(?:grants?|awards?|bursar(?:y|ies)|apply\s+for|ask\s+for|bid\s+for|request"
    r"|give(?:\s+out)?|grantiau|dyfarniad\w*)\b",  # Welsh: grants, awards
    re.I,
)
# the sum belongs to something else: cover, a pot, a project's or a group's size, a share;
# "more than" is a floor, but "no more than" / "not more than" is the ceiling CEILING reads
OTHER = re.compile(
    r"\b(?:insurance|liability|indemnity|cover|budget|total|pot|costing|costs?\s+(?:of|up)"
    r"|turnover|income|reserves|salar(?:y|ies)|match|contribut\w*|over|above"
    r"|(?<!\bno\s)(?<!\bnot\s)more\s+than|less\s+than|under|below|at\s+least|minimum)\b",
    re.I,
)
# (CEILING and LARGEST are quadratic in a long run of white space before the end they
# want: they are only ever searched in the NEAR characters before a sum, never a whole
# sentence; keep it so)
CEILING = re.compile(
    r"(?:up\s+to|a\s+maximum\s+of|maximum(?:\s+of)?|max\.?|no\s+more\s+than|not\s+more\s+than"
    r"|not\s+exceeding|at\s+most|(?:grants?|awards?)\s+(?:of|worth)|hyd\s+at|uchafswm(?:\s+o)?)"
    r"\s*[:(]?\s*$",
    re.I,
)
LARGEST = re.compile(
    r"\b(?:maximum|largest|biggest|most\s+we\s+(?:can|will)\s+(?:give|award))"
    r"(?:\s+(?:grant|award|amount))?(?:\s+\w+){0,3}?\s*(?:is|of|will\s+be|:)?\s*$",
    re.I,
)
RANGE_FROM = re.compile(r"(?:between|from|of|rhwng)\s*$", re.I)  # Welsh rhwng ... a ...
RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|a)\s*$", re.I)
BLOCKS = 400  # the range is stated near the start: never read a long document's every block
NEAR = 160  # characters: how far a clear statement's words lie from its sum
SUMS = 12  # sums read in one sentence: a sentence with more states no clear range
QUOTE = 110  # characters of a quote (clip's 120, less its ellipses and a word's slack)


def award_range(name: str, blocks: Iterable[Block]) -> Award | None:
    """The first award range stated clearly in ``blocks``, with its evidence, else None."""
    for n, block in enumerate(blocks):
        if n == BLOCKS:
            break
        if block.kind != TEXT or ("£" not in block.text and "pound" not in block.text.lower()):
            continue
        for s in sentences(block.text):
            found = _in_sentence(s)
            if found is not None:
                low, high, start, end = found
                # the quote is centred on the words matched, the figure included (a long title
                # before "grants of between £1,000 and £10,000" never pushes it out)
                return Award(high, low, Evidence(name, block.where, clip(s, at=(start, end))))
    return None


def _in_sentence(s: str) -> tuple[float | None, float, int, int] | None:
    """(smallest or None, largest, where the words matched start and end) when ``s`` states an
    award range: the end is the largest sum's, the start its cue's or the phrase before it,
    within a quote's length of the end.
    Every pattern reads a bounded window (NEAR characters), so a hostile sentence costs
    little however long it is."""
    cue = CUE.search(s)
    sums = amounts(s)[:SUMS]
    if cue is None or not sums:
        return None
    at = cue.start()
    for i, a in enumerate(sums):
        before = s[max(0, a.start - NEAR) : a.start]  # the phrase just before the sum
        if a.start < at:
            if at - a.start > NEAR or LARGEST.search(s[max(0, at - NEAR) : a.start]) is None:
                continue
        elif a.start - at > NEAR or OTHER.search(s[at : a.start]):
            return None  # far from the cue, or a sum of something else first: not clear
        b = sums[i + 1] if i + 1 < len(sums) else None
        if b is not None and _joined(s, a, b) and a.value < b.value:
            return a.value, b.value, _quote_start(s, min(at, a.start), b.end), b.end
        if CEILING.search(before) or LARGEST.search(before):
            return None, a.value, _quote_start(s, min(at, a.start), a.end), a.end
    return None


def _quote_start(s: str, start: int, end: int) -> int:
    """Where the words matched start: a little before ``start`` (the cue, the sum), but never
    so far from ``end`` that a quote's length (QUOTE characters) would cut the figure off."""
    return _word_start(s, max(0, start - 30, end - QUOTE))


def _joined(s: str, a: Amount, b: Amount) -> bool:
    """Whether ``a`` and ``b`` make a range: 'between a and b', 'from a to b', 'a-b', 'a to b'."""
    join = s[a.end : b.start]
    if len(join) > 12 or not RANGE_JOIN.match(join):
        return False
    before = s[max(0, a.start - 20) : a.start]
    return join.strip().lower() not in ("and", "a") or bool(RANGE_FROM.search(before))


def _word_start(s: str, at: int) -> int:
    """``at``, moved on to the start of a word (a quote never opens mid-word)."""
    if at == 0 or s[at - 1].isspace():
        return at
    space = s.find(" ", at)
    return at if space < 0 else space + 1


def award_words(a: Award | None) -> str:
    """'£500 to £10,000', 'up to £5,000', or 'not found'."""
    from grantcheck.units import pounds

    if a is None:
        return "not found"
    return f"{pounds(a.min)} to {pounds(a.max)}" if a.min else f"up to {pounds(a.max)}"


def award_json(a: Award | None, document: bool = False) -> dict[str, object] | None:
    """The range in measure's JSON (an added key: cli.md allows keys of ours); ``document``:
    with the document it was read in (the total's)."""
    from grantcheck.documents.blocks import where_dict
    from grantcheck.units import whole

    if a is None:
        return None
    return {
        "min": None if a.min is None else whole(a.min),
        "max": whole(a.max),
        **({"document": a.evidence.document} if document else {}),
        "text": a.evidence.words,
        "location": where_dict(a.evidence.where),
    }
