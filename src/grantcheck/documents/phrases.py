"""Numbers in plain text: answer limits, numbering, sentences (sums of money and
percentages are in ``sums``).

These patterns read words already extracted from a document (never markup).
"""

from __future__ import annotations

import re
from functools import lru_cache

from grantcheck.documents.openings import may_open, opening
from grantcheck.documents.sums import words_value

# a number in words, up to the thousands: "fifty", "two hundred", "one hundred and fifty",
# "twenty-five" (each alternative a fixed word: the longer before its prefix, "seventeen" before
# "seven", "eighty" before "eight")
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_SMALL = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:" + _UNITS + "))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    + _UNITS
    + ")"
)
_HUNDREDS = rf"{_SMALL}(?:\s+hundred(?:\s+and\s+{_SMALL})?)?"
# ("two thousand five hundred", "one thousand and fifty", "one and a half")
_WORDS = (
    rf"{_SMALL}\s+thousand(?:\s+(?:and\s+)?{_HUNDREDS})?|(?:one|two|three)\s+and\s+a\s+half|"
    + _HUNDREDS
)
_NUM = (
    # a fraction of a page: "1/2 page", "1 1/2 pages", "max 1/2 a page", "3/4 page", "a quarter
    # of a page", "three quarters of a page", "half of a page" (before the whole numbers, as
    # "2" of "1/2" is none)
    r"\d{1,2}\s+\d/\d{1,2}|\d/\d{1,2}(?:\s+an?)?|(?:(?:an?|one|two|three)\s+)?"
    r"(?:quarters?|thirds?|half)\s+of\s+an?|"
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|half an?|half|" + _WORDS + "|an?|hanner|un|dwy|dau|tair|tri"
    # (Welsh: half, one, two, three: "dwy dudalen")
    r"|½|¼"  # a vulgar fraction, as Word types "1/2" ("½ page")
)
FRACTIONS = {"½": 0.5, "¼": 0.25}
PARTS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}
HOW_MANY = {"two": 2, "three": 3}  # "three quarters of a page"
# "there is no word limit": a text that says its answer has none states no limit. The unit
# takes its white space with it ("(?:word\s*)?", not "word?\s*"): with no unit, "\s+" and "\s*"
# met in one run and shared it every way, quadratic from one "no" (the same matches)
NO_LIMIT = re.compile(r"\bno\s+(?:set\s+)?(?:(?:word|character|page)\s*)?(?:limit|count)\b", re.I)
# what a question says of itself when a section's default limit does not apply to it: "(No
# length limit)", "There is no word limit for this question", "no maximum length", "any
# length", "Limit: none", "Dim terfyn" (Welsh: no limit). Read only in a question's own words.
# (The unit takes its white space with it, as in NO_LIMIT: linear in a run of spaces.)
OPEN = re.compile(
    r"\bno\s+(?:set\s+|fixed\s+|maximum\s+|upper\s+)?(?:(?:word|character|page|length)\s*)?"
    r"(?:limit|count|maximum)\b|\bno\s+(?:set\s+|fixed\s+|maximum\s+)length\b|"
    r"\b(?:any|unlimited)\s+length\b|\bdim\s+terfyn\b|"
    r"\b(?:limit|length)\s*:\s*(?:none|unlimited|n/a)\b",  # "Limit: none", "Word limit: n/a"
    re.I,
)
OPEN_KEYS = ("limit", "length", "maximum", "terfyn")  # a quick test before OPEN
# the words that make a limit a whole section's or form's, shared by its questions ("in total",
# "altogether", "for this section", "across this part"): read only in a block stating a limit
SHARED = re.compile(
    r"\b(?:in total|altogether|combined|overall|in all|all together|between them|across|"
    r"(?:and|&) \(?[a-h]\)? together|"  # ("1 side of A4 for (a) and (b) together")
    r"for (?:this|the|the whole|this whole) (?:section|part)|"
    r"(?:this|the whole) (?:section|part) (?:should|must|can|may)|"
    r"i gyd|yn gyfan gwbl|ar gyfer yr adran hon)\b",
    re.IGNORECASE,
)
NUMBERED = re.compile(
    r"^\s*(?:(?:q(?:uestion)?\.?\s*|[a-h])?\d{1,3}(?:\.\d{1,3}){0,3}[.):]?|\(?[a-h]\)|"
    r"\(?[ivx]{1,4}\)|"
    r"[a-h]\.)\s+\S",
    re.IGNORECASE,
)
NUMBERED_OPENS = opening("q0123456789abcdefgh(ivx")  # (what NUMBERED's first \S may be)


# a quick test before the limit patterns: text with none of these has no limit (Welsh:
# gair/geiriau words, nod characters, tudalen page, ochr side)
LIMIT_STEMS = (
    "word",
    "wds",  # "Max. 150 wds"
    "char",
    "page",
    "side",
    "gair",
    "eiriau",
    "nod",
    "dudalen",
    "tudalen",
    "ochr",
)


def numbered(text: str) -> re.Match[str] | None:
    """NUMBERED's match ("3. ", "Q2 ", "(b) "), tried only where the text's first character
    may open one (openings.py): most prose opens with a word no item number opens with."""
    return NUMBERED.match(text) if may_open(text, NUMBERED_OPENS) else None


def says_open(text: str) -> bool:
    """Whether a question's own words say its answer has no limit ("(No length limit)"), so a
    section's default limit is not its."""
    low = text.lower()
    return any(k in low for k in OPEN_KEYS) and OPEN.search(text) is not None


def number(raw: str) -> float | None:
    """A limit's number, in figures or words ("300", "1,500", "two", "half a"; "a" is 1)."""
    raw = raw.strip().lower()
    if raw in ("a", "an"):
        return 1.0
    if raw in FRACTIONS:
        return FRACTIONS[raw]
    if "/" in raw:  # "1/2", "1 1/2", "1/2 a"
        words = raw.split()
        whole = int(words[0]) if len(words) > 1 and "/" in words[1] else 0  # ("1 1/2")
        top, bottom = next(w for w in words if "/" in w).split("/")
        return whole + int(top) / int(bottom) if int(bottom) else None
    if raw.endswith((" of a", " of an")):  # "a quarter of a", "three quarters of an"
        words = raw.split()
        return HOW_MANY.get(words[0], 1) * PARTS[words[-3]]
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return words_value(raw)


@lru_cache(maxsize=4)
def limit_patterns(units: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    unit = "|".join(
        re.escape(u).replace(r"\ ", r"\s+") for u in sorted(units, key=len, reverse=True)
    )
    return (
        # (a number in words is a word of its own: "set aside" is not "a side")
        re.compile(
            rf"(?<![\w£$.,])(?P<n>{_NUM})(?:(?<=[a-z])(?:\s+|\s*-\s*)|(?<![a-z])\s*(?:-\s*)?)"
            rf"(?:[x×]\s*)?(?P<u>{unit})"  # ("1 x A4 page": so many of the unit)
            r"(?![\w])",
            re.IGNORECASE,
        ),
        # (In these three a mark between two runs of white space takes the second run with it,
        # "\s*(?::\s*)?", never "\s*:?\s*": with no mark the two shared one run every way,
        # quadratic after one "Word count" or "max words" when no number followed.)
        re.compile(  # "Word limit: 300"; a counter as printed on a blank form, "Word count: 0/300"
            r"\b(?P<u>words?|characters?)\s+(?:limit|count|used|maximum|max\.?)"
            r"\s*(?:(?:of|:|-|=)\s*)?(?:0\s*(?:/|of|out of)\s*)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)",
            re.IGNORECASE,
        ),
        re.compile(  # a blank counter, the unit first: "Characters: 0 / 2,000", "Words 0 of 250"
            r"\b(?P<u>words|characters)\s*(?::\s*)?0\s*(?:/|of|out of)\s*"
            r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)",
            re.IGNORECASE,
        ),
        re.compile(
            r"\bmax(?:imum|\.)?\s+(?:number\s+of\s+)?(?P<u>words|characters)\s*(?:[-:=]\s*)?"
            r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)",
            re.IGNORECASE,
        ),
        re.compile(  # "(A4 page maximum)", "A4 side max.": one page, its number left out
            r"\b(?P<n>)(?P<u>a4\s+(?:page|side))\s+(?:max(?:imum)?|limit)\b", re.IGNORECASE
        ),
    )


def has_stem(low: str) -> bool:
    """Whether a lower-cased text has a limit's unit stem (a loop: every block is asked)."""
    for stem in LIMIT_STEMS:  # noqa: SIM110 (a loop: any() over a generator costs more)
        if stem in low:
            return True
    return False


def find_limit(
    text: str, units: dict[str, str], words_per_page: float, characters_per_word: float
) -> tuple[int, str] | None:
    """The answer limit ``text`` states, in words, and the words as written; or None."""
    low = text.lower()
    if not has_stem(low):
        return None  # most prose: no unit, so no limit (a quick test before the patterns)
    if "no " in low and (no := NO_LIMIT.search(text)) and "unless" not in low[: no.start()]:
        return None  # "There is no word limit, but pages of about 500 words do best"
    for pattern in limit_patterns(tuple(units)):
        for match in pattern.finditer(text):
            n = number(match["n"]) if match["n"] else 1.0  # ("A4 page maximum": one)
            unit = units.get(" ".join(match["u"].lower().split()))
            if n is None or n <= 0 or unit is None:
                continue
            if match["n"].lower() in ("a", "an") and unit != "pages":
                continue  # "a word" is prose; "a page" or "a side of A4" is a limit
            words = (
                n
                if unit == "words"
                else n / characters_per_word
                if unit == "characters"
                else n * words_per_page
            )
            if (unit == "pages" and n > 50) or (unit == "words" and n > 100_000):
                continue  # a document's own length, not an answer's
            if unit == "pages" and text[match.end() : match.end() + 4].strip()[:1].isdigit():
                continue  # "2027-28 Page 2 of 4": a page's number, not a number of pages
            if unit == "pages" and ON_PAGE.search(text[max(0, match.start() - 40) : match.start()]):
                continue  # "showing every question on one page": where the form shows them
            if MEASURE.search(text[max(0, match.start() - 40) : match.start()]):
                continue  # "one line is about twelve words": what a line holds, no limit
            return int(words + 0.5), _as_written(text, match.start(), match.end())
    return None


# "every question on one page", "the whole form on a single page": pages where a form's questions
# are shown, not the length of an answer ("Answer on no more than one page" is one)
ON_PAGE = re.compile(
    r"\b(?:questions?|form|sections?)\s+(?:all\s+)?on\s+(?:a\s+single\s+|the\s+same\s+)?$", re.I
)
# "one line is about", "each line holds around", "a side of A4 is roughly": what a line or a
# page holds, said to help fill it in, not the answer's length (an approximating word: "this box
# is 250 words maximum" is a limit)
MEASURE = re.compile(
    r"\b(?:line|page|side(?: of a4)?|box)\s+(?:is|holds|takes|fits)\s+"
    r"(?:about|around|roughly|approximately|some)\s+$",
    re.I,
)
QUALIFIER = re.compile(
    r"\b(?:max(?:imum)?\.?(?: of)?|up to|no more than|not more than|not exceeding|"
    r"limit(?:ed to| of)?|at most|within|under|less than|fewer than|"
    r"dim mwy na|hyd at|uchafswm(?: o)?)\s*:?\s*$",  # Welsh: no more than, up to, maximum
    re.IGNORECASE,
)


def _as_written(text: str, start: int, end: int) -> str:
    """The limit as the document words it: the match, with a qualifier before it if any."""
    before = QUALIFIER.search(text[max(0, start - 30) : start])
    if before:
        start = max(0, start - 30) + before.start()
    after = re.match(r"\s+(?:limit|maximum|max\b\.?)", text[end:], re.IGNORECASE)
    if after:  # "300 word limit"
        end += after.end()
    return " ".join(text[start:end].split())


# where a block's sentences part: white space after a sentence's end, before the next one's
# start, or around a bullet. Both ways open with white space, and so does the pattern (the
# look-behind on the sentence's end comes after that first space, looking at the character
# before it: ``\s+`` is ``\s\s*``), so a search skips ahead in C from one white space to the
# next; opening with the look-behind, it was tried at every character (some 300K instructions
# for a 600-character prompt gathering its guidance). A break opens only where a run of white
# space opens (``(?<!\s\s)``: no white space before the first): tried from every space of a
# run, ``\s*`` ran to the run's end each time, quadratic (a Markdown line of 120,000 spaces took
# over 25 s inside one call the document's budget cannot stop). The same breaks: each way needs
# the whole run (a sentence's end before its first space; a capital or a bullet after its last),
# and a split resumes after a run's end.
SENTENCE_BREAK = re.compile(r"\s(?<!\s\s)(?:(?<=[.!?;]\s)\s*(?=[A-Z(•\-–])|\s*[•▪●]\s+)")


def sentences(text: str) -> list[str]:
    """A block's sentences (a list item or cell is usually one)."""
    parts = SENTENCE_BREAK.split(text)
    return [p.strip() for p in parts if p.strip()]
