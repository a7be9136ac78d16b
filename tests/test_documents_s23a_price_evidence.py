"""Attachments (acc23a, session 23): a quote named by what it shows, not by the word "quote": a
screenshot, photo, link or printout showing an item's price, a price list, a price from a shop or
supplier, a builder's or contractor's estimate. A picture or link showing something else (the
site, the damage, money raised), an estimate of numbers, and prices the funder sets or pays are
not quotes. Small documents of the test's own in several wordings and formats (never the
labelled corpus)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_documents_s16a_attachments import kinds, written

HEAD = ["What to send", "Please send these with your application form:"]
FORMATS = [".txt", ".docx", ".html", ".md", ".pdf"]

# a listed document showing a price: quotes
LISTED = [
    "- a screenshot or link showing the price of each thing you want to buy;",
    "- a photo of the shop's price tag, or a printout of the web page with the price on it;",
    "- a price list from the supplier;",
    "- a written estimate from a builder for the work;",
    "- a cost estimate from your contractor or surveyor;",
    "- a price from a local shop or an online retailer for the equipment;",
]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("case", range(len(LISTED)))
def test_a_listed_price_is_a_quote(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [*HEAD, "- a copy of your constitution;", LISTED[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "quotes"], [])


# asked in a sentence of prose, for some purchases only
PROSE = [
    "If anything you want to buy costs more than £150, upload a screenshot or photo showing its"
    " price.",
    "For any item over £500 please send us a price from a supplier, such as a web page printout.",
    "Where the grant pays for building work, you will need to send an estimate from a builder.",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
@pytest.mark.parametrize("case", range(len(PROSE)))
def test_a_price_some_send(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["How to apply", "Send us a copy of your constitution.", PROSE[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], ["quotes"])


# the same words doing another job: pictures of other things are documents of their own, or
# nothing; an estimate of numbers, the funder's prices and a price to be included are no quote
OTHER = [
    "- photographs of the site showing where the new path will go;",
    "- a screenshot of your crowdfunding page showing how much you have raised;",
]


@pytest.mark.parametrize("suffix", [".txt", ".html", ".pdf"])
@pytest.mark.parametrize("case", range(len(OTHER)))
def test_a_picture_of_something_else_is_no_quote(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [*HEAD, "- a copy of your constitution;", OTHER[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "other"], [])


NOTHING = [
    "Please give us your best estimate of how many people will take part.",
    "Prices in your budget must include VAT where you cannot claim it back.",
    "We estimate that most grants will be about £2,000, and we will publish a price list of"
    " room hire at the community centre.",
    "Photographs from funded projects may be used in our publicity, with the price of each grant.",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
@pytest.mark.parametrize("case", range(len(NOTHING)))
def test_words_about_prices_that_ask_for_nothing(tmp_path: Path, suffix: str, case: int) -> None:
    lines = ["How to apply", "Send us a copy of your constitution.", NOTHING[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], [])


# a quote named twice, as a quote and by what shows the price: one document, and a condition
# after the second name is the one document's
TWICE = [
    "- a quote or price list for any single item costing more than £250;",
    "- quotes or written estimates for any item over £500;",
    "- a quote or a screenshot showing the price, for anything costing more than £100;",
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
@pytest.mark.parametrize("case", range(len(TWICE)))
def test_a_quote_named_twice_for_some(tmp_path: Path, suffix: str, case: int) -> None:
    lines = [*HEAD, "- a copy of your constitution;", TWICE[case]]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document"], ["quotes"])


# review23 F6: prices looked at, written into the budget, or publicity at no cost ask for no quote
LOOKED = [
    ("Photographs of your project may be used in our publicity at no cost to you.", []),
    ("Your budget should include a cost estimate for each item.", ["budget"]),
    ("Check the price list on the community centre's website before you book the hall.", []),
    ("Include links to any equipment you plan to buy, with its cost, in your budget.", []),
]


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
@pytest.mark.parametrize("case", range(len(LOOKED)))
def test_a_price_that_is_not_sent(tmp_path: Path, suffix: str, case: int) -> None:
    sentence, more = LOOKED[case]
    lines = [
        "What to send",
        "Please send a copy of your constitution and your latest accounts.",
        sentence,
    ]
    expected = sorted(["accounts", "governing_document", *more])
    assert kinds(written(tmp_path, suffix, lines)) == (expected, [])


# review23 on the F6 fix: a comma before what the picture shows
@pytest.mark.parametrize("suffix", [".txt", ".html"])
def test_a_screenshot_then_showing_its_price(tmp_path: Path, suffix: str) -> None:
    lines = [
        "What to send",
        "Please send a copy of your constitution.",
        "Please also send a screenshot of each item you want to buy, showing its price.",
    ]
    assert kinds(written(tmp_path, suffix, lines)) == (["governing_document", "quotes"], [])
