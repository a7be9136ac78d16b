"""Attachments (acc26b, session 26): what a note on the accounts says of their form, not of who
sends them. A second clause offering some applicants a simpler form of the same accounts ("...;
small clubs may send accounts their treasurer has signed"); an alternative level with its own
condition ("..., signed by the chair, or audited if you have had an audit"); a note on what only
some need, a signature or an audit, not the accounts ("an examiner's report is only needed for
..."); optional extras named in the accounts' bracket. The accounts stay every applicant's; near
misses keep their condition. Small documents of the test's own in several formats (never the
labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

FORMATS = [".txt", ".md", ".html", ".docx", ".pdf"]
HEAD = ["Riverside Play Grants", "Documents we need", "Every club must send:"]
EVERYONE = ["accounts", "governing_document"]


def _listed(item: str) -> list[str]:
    return [*HEAD, "- a copy of your club's rules;", f"- {item}"]


# -- a clause after the accounts offering some a simpler form of them: everyone's still --------

OFFERED = [
    "your most recent accounts; if turnover went over £50,000 they must be audited; small "
    "clubs may send accounts their treasurer has signed",
    "last year's accounts, independently examined; newer clubs can send accounts signed by "
    "two officers",
]
# the accounts themselves asked of some only, by a clause of their own: conditional still
OFFERED_NOT = [
    "last year's accounts, if your club has been running for more than a year",
    "your most recent accounts (only for clubs with an income over £10,000)",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(OFFERED)))
def test_a_simpler_form_offered_to_some_leaves_the_accounts_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    assert kinds(written(tmp_path, suffix, _listed(OFFERED[case]))) == (EVERYONE, [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(OFFERED_NOT)))
def test_accounts_asked_of_some_stay_conditional(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, _listed(OFFERED_NOT[case]))
    assert kinds(path) == (["governing_document"], ["accounts"])


# -- an alternative level after "or" with its own condition: the level's, not the accounts' ----

LEVELS = [
    "your most recent accounts, signed by the chair, or audited if you have had an audit",
    "last year's accounts, approved at your AGM, or independently examined if you already "
    "have them",
]
# a closing "if you have them" with no level before it is the accounts' own condition
LEVELS_NOT = ["your most recent accounts, if you have them"]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(LEVELS)))
def test_a_level_offered_after_or_keeps_the_accounts_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    assert kinds(written(tmp_path, suffix, _listed(LEVELS[case]))) == (EVERYONE, [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_accounts_if_you_have_them_stay_conditional(tmp_path: Path, suffix: str) -> None:
    path = written(tmp_path, suffix, _listed(LEVELS_NOT[0]))
    assert kinds(path) == (["governing_document"], ["accounts"])


# -- what only some need is a signature or an audit: a note on the accounts' form --------------

NEEDED = [
    "your most recent accounts (an examiner's report is only needed for clubs with an income "
    "over £25,000)",
    "last year's accounts (for every club; the chair's signature is only required for clubs "
    "with paid staff)",
]
NEEDED_NOT = [
    "your most recent accounts (only needed for clubs with an income over £25,000)",
    "last year's accounts (these are only required for clubs with paid staff)",
    # the accounts' own condition beside a level's: only the level's clause is the form's
    # (review26 F1)
    "your most recent accounts (only needed for clubs that have run a full year; an audit is "
    "only required for clubs over £250,000)",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(NEEDED)))
def test_a_signature_or_audit_only_some_need_is_the_form(
    tmp_path: Path, suffix: str, case: int
) -> None:
    assert kinds(written(tmp_path, suffix, _listed(NEEDED[case]))) == (EVERYONE, [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(NEEDED_NOT)))
def test_accounts_only_some_need_stay_conditional(tmp_path: Path, suffix: str, case: int) -> None:
    path = written(tmp_path, suffix, _listed(NEEDED_NOT[case]))
    assert kinds(path) == (["governing_document"], ["accounts"])


# -- optional extras named in the bracket: the extras are optional, not the accounts -----------

EXTRAS = [
    "your most recent accounts (optional extras, such as a newsletter, can follow later)",
    "last year's accounts (optional items like photographs may be sent by email)",
]
EXTRAS_NOT = [
    "your most recent accounts (optional for clubs set up this year)",
]
# "optional" over words that may be the item itself: its own mark, never everyone's (review26 F2)
OPTIONAL_OWN = [
    "letters of support from parents (optional information that helps the panel)",
    "a budget for the season (optional information, but it helps)",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(EXTRAS)))
def test_optional_extras_in_the_bracket_leave_the_accounts_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    assert kinds(written(tmp_path, suffix, _listed(EXTRAS[case]))) == (EVERYONE, [])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_accounts_optional_for_some_stay_conditional(tmp_path: Path, suffix: str) -> None:
    path = written(tmp_path, suffix, _listed(EXTRAS_NOT[0]))
    assert kinds(path) == (["governing_document"], ["accounts"])


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
@pytest.mark.parametrize("case", range(len(OPTIONAL_OWN)))
def test_optional_words_that_may_be_the_item_are_never_everyones(
    tmp_path: Path, suffix: str, case: int
) -> None:
    required, _ = kinds(written(tmp_path, suffix, _listed(OPTIONAL_OWN[case])))
    assert required == ["governing_document"]
