"""keyed.Family: which of several phrase lists could match a text, asked once for them all."""

from __future__ import annotations

from grantcheck.documents.keyed import family

LISTS = [
    ("constitution", ["governing document", "constitution", "set of rules"]),
    ("accounts", ["annual accounts", "accounts"]),
    ("safeguarding", ["safeguarding", "child protection"]),
    ("odd", ["-", "\u017fafe"]),  # no word, and a long s: only the whole pattern can tell
]
TEXTS = [
    "Please send your set of rules and your annual accounts.",
    "We will protect your data.",
    "Your child protection policy, if you work with children.",
    "Governing-document",
    "Ein Dokument \u0130stanbul",
    "",
]


def test_could_keeps_every_list_that_matches_and_drops_lists_without_their_words() -> None:
    named = family(LISTS[:3])
    for text in TEXTS:
        could = {name for name, _ in named.could(text)}
        found = {name for name, pattern in named if pattern.search(text)}
        assert found <= could, text
    assert [name for name, _ in named.could("We will protect your data.")] == []
    assert [name for name, _ in named.could("Send the accounts and the budget")] == ["accounts"]


def test_could_keeps_a_list_its_words_cannot_test_and_reads_to_endpos() -> None:
    named = family(LISTS)
    assert [name for name, _ in named.could("Nothing here.")] == ["odd"]
    # a word cut at the end is a word there: "accounts" in "accountsy"[:8]
    assert [n for n, _ in named.could("Your accountsy", 13)] == ["accounts", "odd"]
    for text in TEXTS:
        for end in range(len(text) + 1):
            could = {name for name, _ in named.could(text, end)}
            found = {name for name, p in named if p.search(text, 0, end)}
            assert found <= could, (text, end)


def test_a_family_is_still_the_tuple_of_its_lists() -> None:
    named = family(LISTS[:2])
    assert [name for name, _ in named] == ["constitution", "accounts"]
    assert len(named) == 2 and named[1][0] == "accounts"
