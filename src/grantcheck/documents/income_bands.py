"""Income bands: a level of accounts asked of the larger applicants only ("independently
examined if your income is over £25,000"), and whether a sentence says the smaller applicants'
level too."""

from __future__ import annotations

import re

# an income band: "if your income is over £25,000", "groups with a turnover above £250k", "(annual
# income of more than GBP 100,000)": a level of accounts asked of the larger applicants only
INCOME_BAND = re.compile(
    r"\b(?:income|turnover|expenditure|spend)\b[^.;:()]{0,30}?\b(?:over|above|exceed(?:s|ing)?|"
    r"more\s+than|greater\s+than|in\s+excess\s+of|at\s+least|of|reaches|from)\s+(?:£|GBP\s?)\s?\d",
    re.IGNORECASE,
)
# any band, the smaller applicants' too: "(unaudited if your income is below £25,000)"
ANY_BAND = re.compile(
    r"\b(?:income|turnover|expenditure|spend)\b[^.;:()]{0,30}?\b(?:over|above|exceed(?:s|ing)?|"
    r"more\s+than|greater\s+than|in\s+excess\s+of|at\s+least|of|reaches|from|below|under|"
    r"less\s+than|up\s+to)\s+(?:£|GBP\s?)\s?\d",
    re.IGNORECASE,
)


BELOW = "the sentence quoted asks more only of groups over the income it names"


def below_band(level: object, words: str) -> str:
    """Why unaudited accounts rest on a sentence that asks more ('Organisations with an income
    over £25,000 must send independently examined accounts': the smaller send their accounts
    as they are): said beside the quote, which alone seems to say the opposite (trial22 T17);
    '' for any other level or sentence."""
    return BELOW if str(level) == "unaudited" and INCOME_BAND.search(words) else ""


def unbanded(window: str, levels: dict[str, re.Pattern[str]]) -> str:
    """'Your accounts (audited if your income is over £250,000)', '... these can be unaudited
    if your income is below £25,000': an income band limits the level named before it, not
    the accounts: the window ends where the level's words (``levels``' patterns) begin."""
    band = ANY_BAND.search(window)
    if band is None:
        return window
    found = [
        m.start()
        for level in ("unaudited", "independent_examination", "audited")
        if (m := levels[level].search(window, 0, band.start())) is not None
    ]
    return window[: min(found)] if found else window


# the smaller applicants' level said in the same sentence: "..., otherwise independently
# examined", "all others (everyone else) must send ...", "groups under £25,000 may send ..."
LOWER_BAND = re.compile(
    r"\b(?:otherwise|all\s+others|other\s+(?:groups|organi[sz]ations|applicants|charities)|smaller|"
    r"(?:everyone|everybody|anyone|all)\s+else|the\s+rest|remaining|"
    r"below|under|less\s+than|up\s+to)\b",
    re.IGNORECASE,
)


def banded(s: str) -> bool:
    """Whether a sentence names an income band (a level of accounts for the larger applicants)
    and says nothing of the smaller applicants' level."""
    return (
        ("£" in s or "GBP" in s)
        and INCOME_BAND.search(s) is not None
        and LOWER_BAND.search(s) is None
    )


# ", or" between two levels: what follows is the higher level's alone, the band with it
COMMA_OR = re.compile(r",\s*or\b", re.IGNORECASE)


def own_band(s: str, lower_end: int, higher_start: int) -> bool:
    """Whether a sentence's income band is the higher level's alone, after ", or" between the
    levels ("independently examined, or audited if your annual income is over £250,000", "...
    examined, or, if your income is over £250,000, audited"): the level before the comma
    (ending at ``lower_end``) is every other applicant's. A band before both ("If your income
    is over £25,000, your accounts must be examined, or audited") is both levels'."""
    split = COMMA_OR.search(s, lower_end, higher_start)
    return (
        split is not None
        and INCOME_BAND.search(s, split.end()) is not None
        and INCOME_BAND.search(s, 0, lower_end) is None
    )
