"""Session 20 (trial19 D2): a scheme's sums are shown in its own currency in every output. A
scheme stating ``currency: EUR`` was told its amounts are "read and shown as pounds" and every
sum then printed with "£" (its award, its cost of applying, the income floor a finding quotes).
Now each formatter of money says the scheme's currency (units.in_currency); the rulebook's own
prose (the guide's "£1,000", the law's thresholds) stays in pounds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import ROOT, run, write

WORST = (ROOT / "examples" / "micro-grant-worst-practice.yaml").read_text(encoding="utf-8")
# the example in euros: its award, income floor and estimates are the scheme's sums
EURO = WORST.replace(
    "funder: Example Borough Council\n", "funder: Example Borough Council\ncurrency: EUR\n", 1
)
SCHEME_SUMS = ("£336", "£50,452", "£30,000", "£500 to")  # (never a guide's or a law's figure)


def _outputs(project: Path, *args: str) -> str:
    return run(*args, cwd=project).output


@pytest.mark.parametrize(
    "fmt,said",
    [
        ("text", ("€500 to €1,000", "worth €336", "€25,000", "hourly_cost: €20")),
        ("json", ("€25,000", "€10,000 for micro awards")),
        ("sarif", ("€25,000",)),
        ("github", ("€25,000", "worth €336")),
        ("junit", ("€25,000", "worth €336")),
        ("markdown", ("grant of up to €1,000", "about €50,452", "€25,000", "| €20 |")),
        ("html", ("grant of up to €1,000", "about €50,452", "€25,000")),
        ("csv", ("€25,000", "worth €336")),
    ],
)
def test_every_format_says_a_euro_scheme_s_sums_in_euros(
    project: Path, fmt: str, said: tuple[str, ...]
) -> None:
    write(project, "eur.yaml", EURO)
    shown = _outputs(project, "check", "eur.yaml", "-f", fmt)
    for words in said:
        assert words in shown, (fmt, words)
    assert not [s for s in SCHEME_SUMS if s in shown], fmt
    assert "read and shown as pounds" not in shown


def test_a_spreadsheet_says_a_euro_scheme_s_sums_in_euros(project: Path) -> None:
    write(project, "eur.yaml", EURO)
    run("check", "eur.yaml", "-o", "r.xlsx", cwd=project)
    cells = [
        str(c)
        for sheet in load_workbook(project / "r.xlsx")
        for row in sheet.iter_rows(values_only=True)
        for c in row
        if c is not None
    ]
    assert any("€25,000" in c for c in cells) and any("worth €336" in c for c in cells)
    assert not [c for c in cells for s in SCHEME_SUMS if s in c]


def test_the_note_and_band_say_sums_are_in_the_scheme_s_currency(project: Path) -> None:
    write(project, "eur.yaml", EURO)
    data = json.loads(_outputs(project, "check", "eur.yaml", "-f", "json"))["schemes"][0]
    assert data["notes"][0].startswith("amounts are in EUR, the scheme's currency, and shown in")
    shown = _outputs(project, "check", "eur.yaml")
    assert "micro band (awards up to €2,000); the bands and money limits, the guide's" in shown
    # a currency with no sign of its own is named by its code
    write(project, "chf.yaml", EURO.replace("currency: EUR", "currency: CHF"))
    assert "CHF 500 to CHF 1,000" in _outputs(project, "check", "chf.yaml")
    write(project, "gbp.yaml", WORST)  # pounds as before
    assert "£500 to £1,000" in _outputs(project, "check", "gbp.yaml")


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_diff_and_a_portfolio_say_a_euro_scheme_s_sums_in_euros(project: Path, fmt: str) -> None:
    write(project, "old.yaml", EURO)
    write(project, "new.yaml", EURO.replace("max: 1000", "max: 1500", 1))
    shown = _outputs(project, "diff", "old.yaml", "new.yaml", "-f", fmt)
    assert "€1,000" in shown and "€1,500" in shown and "£1,500" not in shown, shown
    write(project, "pf/a.yaml", EURO.replace("id: neighbourhood-celebration-2025", "id: a1"))
    write(project, "pf/b.yaml", EURO.replace("id: neighbourhood-celebration-2025", "id: b2"))
    overview = _outputs(project, "check", "pf", "--portfolio-only", "-f", fmt)
    assert "€" in overview and "£50,452" not in overview and "£101,000" not in overview
