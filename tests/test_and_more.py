"""A long list cut short: the first few named, then 'and N more' (units.and_more), as
measured evidence and the portfolio overview say it."""

from __future__ import annotations

from grantcheck.units import and_more


def test_nothing_is_added_when_every_item_is_shown() -> None:
    assert and_more("a, b", 2, 5) == "a, b"
    assert and_more("a, b, c, d, e", 5, 5) == "a, b, c, d, e"


def test_a_list_joined_with_commas_takes_no_comma_before_and() -> None:
    assert and_more("a, b, c, d, e", 8, 5) == "a, b, c, d, e and 3 more"


def test_items_that_hold_commas_are_set_apart_with_semicolons() -> None:
    shown = 'form.docx, line 1: "x"; notes.md, line 4: "y"'
    assert and_more(shown, 3, 2, "; ") == shown + "; and 1 more"


def test_a_list_ending_in_its_own_and_takes_a_comma() -> None:
    assert and_more("a.docx (line 1) and b.md (line 2)", 9, 5, ", ") == (
        "a.docx (line 1) and b.md (line 2), and 4 more"
    )


def test_thousands_are_grouped() -> None:
    assert and_more("a", 1_006, 5) == "a and 1,001 more"
