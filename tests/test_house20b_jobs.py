"""A register stops at the same row whatever --jobs is (redteam20 #9; SECURITY.md promises
the same files checked whatever --jobs is).

With a run's rule checks spent part-way down a register, -j 1 stopped at the row that would pass
the limit ('830 schemes checked', the error at row 832) but -j 2 checked one row more and
located its error at the file's first line. The cap now comes before the rows part for
workers."""

from __future__ import annotations

from pathlib import Path

from conftest import run


def test_a_register_stops_at_the_same_row_whatever_jobs_is(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "grantcheck.yaml").write_text(
        "limits:\n  max_run_rule_checks: 12000\n", encoding="utf-8"
    )
    rows = "".join(f"Fund {n},Council,grant,1000\n" for n in range(400))
    (tmp_path / "reg.csv").write_text("name,funder,kind,award.max\n" + rows, encoding="utf-8")
    one = run("check", "reg.csv", "-q", "-f", "json", "-j", "1", cwd=tmp_path)
    two = run("check", "reg.csv", "-q", "-f", "json", "-j", "2", cwd=tmp_path)
    assert one.exit_code == two.exit_code == 2, one.output
    assert "rows from here not checked" in one.stdout
    assert one.stdout == two.stdout
