"""The question reader's quick path for plain prose (documents/plain.py) reads exactly as the full
walk does: the same questions, fields and limits, whatever comes before and after a line of
prose. A speed change must not change what is measured."""

from __future__ import annotations

import random
import re

import pytest

from grantcheck.documents import plain
from grantcheck.documents.asks import (
    AFTER_AWARD,
    ASKED_NOW,
    AWARD_CLAUSE,
    CLAUSE_BREAK,
    DECIDED,
    DESCRIBED,
    awarded,
)
from grantcheck.documents.blocks import FIELD, SPACE, TEXT, Block
from grantcheck.documents.keyed import TOKEN, tokens, words_before
from grantcheck.documents.label_words import ANSWER_TYPE
from grantcheck.documents.phrases import NUMBERED
from grantcheck.documents.questions import questions_and_fields
from grantcheck.documents.referred_limits import QUESTION_NUMBER
from grantcheck.documents.shapes import (
    CHOICE_ONLY,
    FILL_IN,
    MIN_LETTERS,
    MOSTLY,
    OFFICE,
    PLACEHOLDER,
    SUBITEM,
    TWIN_NUMBER,
    WRITE_HERE,
    latin_share,
)
from grantcheck.documents.vocab import load

PROSE = [
    "You can apply for a grant of up to five thousand pounds for work anywhere in the borough.",
    "We will look at how your project helps people who find it hard to get support from us.",
    "We utilise the information you give us to decide which projects to fund this year, and why.",
    "Groups must have a bank account in the name of the group with two signatories on it.",
    "Please read these notes before you start, and ask us if anything at all is unclear to you.",
    "Tell us about the people who will run the project and the skills they bring to the work.",
    "The questions on the portal are set out below so that you can plan your answers offline.",
    "A pamphlet or leaflet about your group is welcome but not needed; we do not score it here.",
    "Continue on a separate sheet if you need to, and put your group's name at the top of it.",
    "What we fund: equipment, sessional staff, venue hire and volunteer expenses for the work.",
]
OTHER = [
    "1. Describe how your project will help (max 250 words)",
    "2. What difference will it make?",
    "(a) Who will benefit from the project and how do you know they need it?",
    "(b) How many people will take part?",
    "Please keep your answer to 300 words.",
    "Name of group:",
    "Amount requested (£)",
    "Is your group a registered charity? Yes / No",
    "Continue on a separate sheet if necessary.",
    "Write your answer here",
    "For office use only",
    "Section 2: Your project (no more than 900 words in total for this section)",
    "Section 3: Budget",
    "Options: Date",
    "Tell us (100 words each):",
    "Question 4 Explain your plans for the future of the group in the years after the grant ends.",
    "- Tip: most good answers are about 150 words and say who, what and when.",
    "Describe it: [Insert text here]",
    "400",
    "Yes    No",
    "These are the questions on the online form.",
]


def _block(kind: str, text: str, n: int, **extra: object) -> Block:
    return Block(kind, text, (("page", 1 + n // 40), ("line", n % 40 + 1)), **extra)


def _sequence(rng: random.Random) -> list[Block]:
    out: list[Block] = []
    for n in range(rng.randint(1, 30)):
        r = rng.random()
        if r < 0.5:
            out.append(_block(TEXT, rng.choice(PROSE), n))
        elif r < 0.8:
            out.append(_block(TEXT, rng.choice(OTHER), n, heading=rng.random() < 0.2))
        elif r < 0.9:  # (a box may be named by its label's words: a web form's, say)
            out.append(_block(SPACE, rng.choice(["", "", rng.choice(PROSE)]), n))
        else:
            out.append(_block(FIELD, "", n, group=rng.choice(["", "g1", "g2"])))
    return out


def _read(blocks: list[Block], quick: bool, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as m:
        if not quick:
            m.setattr(plain.Plain, "_plain", lambda self, block: False)
        return questions_and_fields("f.pdf", blocks, load(()), 500.0, 6.0)


def test_the_quick_path_reads_as_the_full_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(8)
    quick_lines = 0
    for _ in range(200):
        blocks = _sequence(rng)
        quick_lines += sum(bool(plain.LONG_PLAIN.fullmatch(b.text)) for b in blocks)
        assert _read(blocks, True, monkeypatch) == _read(blocks, False, monkeypatch), blocks
    assert quick_lines > 600  # (the sequences do exercise it)


def test_a_long_plain_line_is_none_of_what_the_walk_looks_for() -> None:
    """Whatever LONG_PLAIN accepts, no pattern of the walk's would have read otherwise."""
    rng = random.Random(9)
    words = [
        *"q Q question QUESTION options answer response field input yes Yes ydy oes".split(),
        *"a b i iv x 1 2.1 B3 (a) a) iv) - • [ ] ] < > » £ GBP : ? . , here office use".split(),
        *"write your answer Continue on separate sheet no limit none N/A dim type".split(),
        "We",
        "will",
        "fund",
        "the",
        "work",
    ]
    seen = 0
    for _ in range(10000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 40)))
        text = text + rng.choice(["", ".", ":", "?", " GBP", "].", " ", "_"])
        if not plain.LONG_PLAIN.fullmatch(text):
            continue
        seen += 1
        bare = text.strip(" _*:.-–>£$€").lower()
        assert "?" not in text and len(bare) >= 60
        assert not text.rstrip().endswith((":", "£", "GBP"))
        assert not text.endswith(("]", ">", "»", "]."))
        for pattern in (SUBITEM, PLACEHOLDER, CHOICE_ONLY, TWIN_NUMBER, QUESTION_NUMBER):
            assert pattern.match(text) is None, (pattern.pattern, text)
        assert NUMBERED.match(text) is None and ANSWER_TYPE.match(text) is None
        assert FILL_IN.search(text) is None
        assert OFFICE.search(text) is None or len(text) >= 60
        assert WRITE_HERE.match(bare) is None or len(bare) >= 60
    assert seen > 200


def _words_before_slowly(text: str, endpos: int) -> frozenset[str]:
    """words_before as it was written first, letter by letter."""
    toks = tokens(text)
    if endpos >= len(text) or endpos <= 0 or not TOKEN.match(text[endpos].lower()):
        return toks
    start = endpos
    while start > 0 and TOKEN.match(text[start - 1].lower()):
        start -= 1
    return toks.union(TOKEN.findall(text[start:endpos].lower()))


def test_words_before_a_cut_are_as_before() -> None:
    rng = random.Random(10)
    alphabet = "abcXYZ019 -_.,'?\t\u0130\u0131\u017f\u212a\u00e9"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        endpos = rng.randint(0, 26)
        assert words_before(text, endpos) == _words_before_slowly(text, endpos), (text, endpos)
    assert re.fullmatch(r"[a-z]+", "pam")  # (a cut word is a key: "pam|phlet" at 80)


def _awarded_slowly(s: str) -> bool:
    """asks.awarded without its word test: every search of every sentence (the decision's
    words, acc25a's, included: "After we offer you a grant")."""
    if AFTER_AWARD.search(s):
        return True
    m = AWARD_CLAUSE.search(s)
    if m is not None and CLAUSE_BREAK.search(s, 0, m.start()) is None:
        return True
    d = DECIDED.search(s)
    if d is None or CLAUSE_BREAK.search(s, 0, d.start()) or ASKED_NOW.search(s, d.end()):
        return False
    clause = max(s.rfind(c, 0, d.start()) for c in ".;()") + 1
    return DESCRIBED.search(s, clause, d.start()) is None


def test_the_award_words_answer_as_the_searches() -> None:
    rng = random.Random(24)
    words = "when WHEN After once within two weeks of the end project event has finished".split()
    words += "monitoring report if we offer you a grant is agreed before any money paid".split()
    words += "successful applicants will application are award".split()
    words += ["with", "your", "first", "claim", "send", "accounts", "end-of-grant", ";", ","]
    words += ["w\u0131thin", "\u0130f", "be\ufb00ore", "\u212aept"]  # letters folded otherwise
    said = 0
    for _ in range(20000):
        s = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9)))
        assert awarded(s) == _awarded_slowly(s), s
        said += awarded(s)
    assert said > 50  # (some sentences of each kind)


def _latin_share_slowly(text: str) -> bool | None:
    """shapes.latin_share as it was before its quick path for ASCII: letter by letter."""
    letters = [c for c in text[:200] if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return None
    latin = sum(c < "\u0250" for c in letters) / len(letters)
    return True if latin >= MOSTLY else False if latin <= 1 - MOSTLY else None


def test_a_lines_script_is_told_as_letter_by_letter() -> None:
    rng = random.Random(24)
    alphabet = "ab Z09 .,-_\t'\u00e9\u20ac\u0416\u96fb"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 240)))
        text = text if rng.random() < 0.5 else text.encode("ascii", "ignore").decode()
        assert latin_share(text) == _latin_share_slowly(text), text
