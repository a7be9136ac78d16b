"""grantcheck's own advice spells out the acronym its GC111 would flag (trial21 D15): GC701's
fix, in every report that lacks an LIO, read "Ask your local CVS or voluntary action body"."""

from __future__ import annotations

from conftest import run


def test_gc701s_advice_spells_out_cvs() -> None:
    shown = " ".join(run("explain", "GC701").stdout.split())
    assert "your local council for voluntary service (CVS) or voluntary action body" in shown
