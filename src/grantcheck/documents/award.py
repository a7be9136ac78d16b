"""The award range a document states: "grants of between £500 and £10,000", "up to £5,000",
"awards of £1,000-£3,000", "the maximum grant is £2,000".

Read only where the words are clear: a sentence that names grants, awards or what an
applicant may apply for, with the sum right after a range or a ceiling ("between ... and",
"from ... to", a dash, "up to", "no more than", "a maximum of"), and nothing in between
that makes the sum something else (insurance cover, the total budget or pot, a project's
cost, an organisation's income). Anything less clear is not read: ``init --from`` then
leaves ``award.max`` as a prompt that ``check`` reports until it is filled in, because a
made-up figure would choose the band and so every threshold.

The award is the whole agreement's (rules.md 5): a sum a year for a number of years is their
product ("£5,000 per year for up to three years" is £15,000), and one a year for a term not
stated is not read. A usual range ("usually between £1,000 and £3,000") is not the largest
award: the larger ceiling stated with it or in the next few sentences is ("but in exceptional
cases we may award up to £10,000"), and a usual range alone states none (trial21 D38).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from grantcheck.documents.blocks import TEXT, Block, Location, clip, each_says
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
# a sum a year, and for how many years ("£5,000 per year for up to three years"): the award is
# every year's together (rules.md 5: award.max is the whole agreement's, all years together)
YEARLY = re.compile(
    r"\s*(?:per\s+(?:year|annum)|a\s+year|each\s+year|every\s+year|annually|yearly|p\.?a\.?)"
    r"(?=\W|$)",
    re.I,
)
YEARS = re.compile(
    r"[\s,]*(?:for|over)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+|no\s+more\s+than\s+)?"
    r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:full\s+)?years?\b",
    re.I,
)
NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# a usual range, not the largest: "usually between £1,000 and £3,000, but ... up to £10,000"
USUAL = re.compile(
    r"\b(?:usually|typically|normally|generally|mostly|commonly|on\s+average|tend\s+to"
    r"|in\s+most\s+cases|most\s+(?:grants|awards))\b",
    re.I,
)
FOLLOWING = 3  # sentences after a usual range read for the largest award ("In exceptional ...")
RANGE_FROM = re.compile(r"(?:between|from|of|rhwng)\s*$", re.I)  # Welsh rhwng ... a ...
RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|a)\s*$", re.I)
BLOCKS = 400  # the range is stated near the start: never read a long document's every block
NEAR = 160  # characters: how far a clear statement's words lie from its sum
SUMS = 12  # sums read in one sentence: a sentence with more states no clear range
QUOTE = 110  # characters of a quote (clip's 120, less its ellipses and a word's slack)


def award_range(name: str, blocks: Iterable[Block]) -> Award | None:
    """The first award range stated clearly in ``blocks``, with its evidence, else None. A
    usual range ("Grants are usually between £1,000 and £3,000") is not the largest award: the
    largest is the larger ceiling stated with it or in the next few sentences ("but in
    exceptional cases we may award up to £10,000"); a usual range alone states none."""
    usual: tuple[float | None, float] | None = None
    after = 0  # sentences read since the usual range
    for s, where in _sentences(blocks):
        found = _in_sentence(s)
        if usual is not None and after < FOLLOWING:
            after += 1
            larger = found[:4] if found is not None else _ceiling(s, 0)
            if larger is not None and larger[1] > usual[1]:
                low = min((v for v in (usual[0], larger[0]) if v is not None), default=None)
                return Award(larger[1], low, Evidence(name, where, clip(s, at=larger[2:4])))
            continue
        if found is None:
            continue
        low, high, start, end, is_usual = found
        if is_usual:  # (its sentence goes on: "..., but in exceptional cases up to £10,000")
            larger = _ceiling(s, end)
            if larger is not None and larger[1] > high:
                return Award(larger[1], low, Evidence(name, where, clip(s, at=(start, larger[3]))))
            usual, after = (low, high), 0
            continue
        # the quote is centred on the words matched, the figure included (a long title
        # before "grants of between £1,000 and £10,000" never pushes it out)
        return Award(high, low, Evidence(name, where, clip(s, at=(start, end))))
    return None


def _sentences(blocks: Iterable[Block]) -> Iterator[tuple[str, Location]]:
    """The sentences of the first BLOCKS blocks that could state a sum, with their block's
    place."""
    for n, block in enumerate(blocks):
        if n == BLOCKS:
            break
        if block.kind != TEXT or ("£" not in block.text and "pound" not in block.text.lower()):
            continue
        for s in sentences(block.text):
            yield s, block.where


def _ceiling(s: str, start: int) -> tuple[None, float, int, int] | None:
    """(None, the sum, where its words start and end): the first sum in ``s`` after ``start``
    with a ceiling or "the maximum" right before it and nothing making it the sum of something
    else (cover, a budget, a project's cost), with or without a cue (said of the award a usual
    range was stated for: "The maximum is £10,000")."""
    for a in amounts(s)[:SUMS]:
        if a.start < start:
            continue
        before = s[max(start, a.start - NEAR) : a.start]
        if OTHER.search(before) is None and (CEILING.search(before) or LARGEST.search(before)):
            return None, a.value, _quote_start(s, max(start, a.start - 40), a.end), a.end
    return None


def _in_sentence(s: str) -> tuple[float | None, float, int, int, bool] | None:
    """(smallest or None, largest, where the words matched start and end, whether the range is
    only the usual one) when ``s`` states an award range: the end is the largest sum's, the
    start its cue's or the phrase before it, within a quote's length of the end. A sum a year
    for a number of years is their product, its words read to the years' end.
    Every pattern reads a bounded window (NEAR characters), so a hostile sentence costs
    little however long it is."""
    found = _stated(s)
    if found is None:
        return None
    low, high, start, end = found
    years = _years(s, end)
    if years is None:  # a sum a year for no stated term: not the whole award, so not read
        return None
    usual = USUAL.search(s, max(0, start - NEAR), end) is not None
    return low, high * years[0], start, years[1], usual


def _years(s: str, end: int) -> tuple[int, int] | None:
    """(how many years, where the words end) after a sum ending at ``end``: 1 when it is not
    said to be a year's; None for a year's sum with no term ("up to £5,000 a year")."""
    yearly = YEARLY.match(s, end)
    if yearly is None:
        return 1, end
    term = YEARS.match(s, yearly.end())
    if term is None:
        return None
    n = term[1].lower()
    return (int(n) if n.isdigit() else NUMBERS.index(n) + 1), term.end()


def _stated(s: str) -> tuple[float | None, float, int, int] | None:
    """The range ``s`` states, as ``_in_sentence`` gives it, before any years are counted."""
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


def largest(found: list[Award]) -> Award | None:
    """The award range several documents state: the largest award any of them states, whatever
    order they were named in (trial22 T15: the first named was read, so 'measure form notes'
    and 'measure notes form' differed). A grants officer reads the fund's ceiling: the notes'
    'up to £5,000' beside a form's 'up to £3,000' lets an applicant ask for £5,000. Of the
    documents that state it, a range with its smallest too ("between £500 and £5,000"), the
    lowest; else the first (the form comes first)."""
    if not found:
        return None
    top = [a for a in found if a.max == max(f.max for f in found)]
    ranges = [a for a in top if a.min is not None]
    return min(ranges, key=lambda a: a.min or 0) if ranges else top[0]


def awards_apart(found: list[Award]) -> str | None:
    """Each document's award range when the documents state different largest awards
    ('form.md states up to £3,000 (line 3); notes.md states up to £5,000 (line 3)'), as for
    the accounts (output.accounts_apart), smallest first; None when they agree."""
    if len({a.max for a in found}) < 2:
        return None
    # smallest first, then by name: the same text whatever order the documents were named in
    ordered = sorted(found, key=lambda a: (a.max, a.min or 0, a.evidence.document))
    return each_says(
        [(a.evidence.document, f"states {award_words(a)}", a.evidence.place) for a in ordered]
    )


def award_json(
    a: Award | None, document: bool = False, apart: str | None = None
) -> dict[str, object] | None:
    """The range in measure's JSON (an added key: cli.md allows keys of ours); ``document``:
    with the document it was read in (the total's); ``apart``: each document's, when they
    differ (added too: ``documents_disagree``, as check's fact has it)."""
    from grantcheck.documents.blocks import where_dict
    from grantcheck.units import whole

    if a is None:
        return None
    return {
        "min": None if a.min is None else whole(a.min),
        "max": whole(a.max),
        **({"document": a.evidence.document} if document else {}),
        "text": a.evidence.words,
        "location": where_dict(a.evidence.place),
        **({"documents_disagree": apart} if apart else {}),
    }
