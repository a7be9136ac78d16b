"""The HTML report in a real browser: Debian's chromium, driven by Playwright
(which uses the installed browser; nothing is downloaded). Each example's
report loads with no console errors, shows the picture, renders to PNG, and
prints to A4 PDF with the expected pages. Skips, saying why, without chromium;
.ci/run installs it so CI always runs these tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
    ),
]
EXAMPLES = sorted(
    p.relative_to(ROOT / "examples").as_posix() for p in (ROOT / "examples").rglob("*.yaml")
)
EXAMPLE_SCHEMES = sum(
    1
    for name in EXAMPLES
    for doc in yaml.safe_load_all((ROOT / "examples" / name).read_text())
    if doc is not None
)
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chrome = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chrome
        chrome.close()


def _render(browser, html_path: Path, out: Path):
    page = browser.new_page(viewport={"width": 1000, "height": 1400})
    page.set_default_timeout(120_000)  # a loaded 2-core machine prints the whole folder slowly
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "request",
        lambda r: problems.append(f"fetched {r.url}") if not r.url.startswith("file:") else None,
    )
    page.goto(html_path.as_uri())
    page.screenshot(path=str(out.with_suffix(".png")), full_page=True)
    page.pdf(
        path=str(out.with_suffix(".pdf")),
        format="A4",
        print_background=True,
        prefer_css_page_size=True,
    )
    return page, problems


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_report_in_chromium(browser, example: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    html_path = tmp_path / "report.html"
    assert run("check", f"examples/{example}", "-f", "html", "-o", str(html_path)).exit_code in (
        0,
        1,
    )
    page, problems = _render(browser, html_path, tmp_path / "report")
    assert problems == []
    assert page.locator("svg.chart").count() >= 1
    title = page.locator("svg.chart:not(.portfolio) > title").first.text_content()
    assert title.startswith("Key measures against the limits")
    assert page.locator("h1").count() == 1 and page.locator("table th[scope=col]").count() > 0
    png = (tmp_path / "report.png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 10_000
    pdf = PdfReader(str(tmp_path / "report.pdf"))
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    expected = sum(1 for _ in (ROOT / "examples" / example).read_text().split("\n---\n"))
    assert len(pdf.pages) >= expected  # each scheme starts a page
    assert "Proportionality report" in pdf.pages[0].extract_text()
    if expected == 1:  # the summary starts on page 1, under the title (trial24 T16: it was pushed
        assert "Summary" in pdf.pages[0].extract_text()  # whole to page 2, page 1 left blank)
    page.close()


def test_whole_folder_prints_one_scheme_per_page_at_least(browser, tmp_path: Path) -> None:
    from pypdf import PdfReader

    html_path = tmp_path / "all.html"
    run("check", "examples/", "-f", "html", "-o", str(html_path))
    page, problems = _render(browser, html_path, tmp_path / "all")
    assert problems == []
    assert page.locator("section.scheme").count() == EXAMPLE_SCHEMES
    assert len(PdfReader(str(tmp_path / "all.pdf")).pages) >= EXAMPLE_SCHEMES
    page.close()


def test_portfolio_picture_in_chromium(browser, tmp_path: Path) -> None:
    """The overview's picture of all schemes: drawn, titled, described, with its figures in
    tables."""
    html_path = tmp_path / "portfolio.html"
    assert (
        run("check", "examples/", "-f", "html", "--portfolio-only", "-o", str(html_path)).exit_code
        == 1
    )
    page, problems = _render(browser, html_path, tmp_path / "portfolio")
    assert problems == []
    svg = page.locator("svg.chart.portfolio")
    assert svg.count() == 1 and svg.get_attribute("role") == "img"
    assert (
        svg.locator("> title").text_content()
        == "Key measures of every scheme against its band's limits"
    )
    # versions of one scheme (examples/before-after states one id twice) are counted once
    n = EXAMPLE_SCHEMES - 1
    assert f"{n} of {n} schemes" in (svg.locator("> desc").text_content() or "")
    box = svg.bounding_box()
    assert box is not None and box["width"] > 500 and box["height"] > 300  # really drawn
    assert svg.locator("g > title").count() == n * 6  # every cell says its figures in words
    assert page.locator("section.scheme").count() == 0  # only the overview
    assert page.locator("section.portfolio table").count() == 3
    assert _overflow(page) == []  # the tables fit a 1000-pixel window...
    page.set_viewport_size({"width": 673, "height": 1123})  # A4 within 16 mm margins
    page.emulate_media(media="print")
    assert _overflow(page) == []  # ...and an A4 page
    page.close()


def _overflow(page) -> list[int]:
    """How far each overview table is wider than the space it has (none: an empty list)."""
    return page.evaluate(
        "() => [...document.querySelectorAll('section.portfolio table')]"
        ".map(t => t.scrollWidth - t.parentElement.clientWidth).filter(d => d > 0)"
    )
