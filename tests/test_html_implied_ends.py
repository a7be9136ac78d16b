"""A web page that leaves out the end tags HTML lets it leave out (``<li>``, ``<option>``,
table rows and cells, ``<p>``) is read, not refused as nested too deep (redteam19 D): the
parser does not close them, so each was counted one level deeper than the last."""

from __future__ import annotations

from pathlib import Path

import pytest

from grantcheck.documents import Measurer
from grantcheck.documents.html_bounds import implied_ends
from grantcheck.guidance import Unreadable

QUESTION = (
    '<form><label for="q">Describe your project (max 300 words)</label>'
    '<textarea id="q" name="q"></textarea></form>'
)
PAGES = {
    "options": '<form><label for="w">Which ward?</label><select id="w" name="w">'
    + "".join(f"<option>Ward {i}" for i in range(600))
    + "</select></form>",
    "items": "<h2>Our work</h2><ul>" + "".join(f"<li>Item {i}" for i in range(600)) + "</ul>",
    "rows": "<table>" + "".join(f"<tr><td>Row {i}<td>£{i}" for i in range(300)) + "</table>",
    "paragraphs": "".join(f"<p>Paragraph {i}." for i in range(600)),
    "items with paragraphs": "<ul>" + "".join(f"<li><p>Item {i}" for i in range(400)) + "</ul>",
    "terms": "<dl>" + "".join(f"<dt>Term {i}<dd>Meaning {i}" for i in range(300)) + "</dl>",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_left_out_end_tags_are_read_not_refused(tmp_path: Path, name: str) -> None:
    page = tmp_path / f"{name}.html"
    page.write_text(f"<html><body>{PAGES[name]}{QUESTION}</body></html>", encoding="utf-8")
    facts = Measurer().measure(page, page.name)[1]
    assert len(facts.questions) == 1 and facts.word_limit == 300


def test_a_deep_page_is_still_refused(tmp_path: Path) -> None:
    """Near miss: elements really nested (divs inside divs) are still too deep."""
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 600 + "x" + "</body></html>", encoding="utf-8")
    with pytest.raises(Unreadable, match="nested more than"):
        Measurer().measure(page, page.name)


def test_what_a_start_tag_ends() -> None:
    assert implied_ends(["ul", "li"], "li") == ["li"]
    assert implied_ends(["table", "tr", "td"], "tr") == ["td", "tr"]
    assert implied_ends(["table", "tr", "td"], "td") == ["td"]
    assert implied_ends(["ul", "li", "ul"], "li") == []  # a nested list's first item
    assert implied_ends(["div"], "li") == []
    assert implied_ends(["ul", "li", "p"], "li") == ["p", "li"]
