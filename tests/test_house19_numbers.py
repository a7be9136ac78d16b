"""A number of 5,000 digits (redteam19 H) was 'cannot be read (Exceeds the limit (4300 digits)
for integer string conversion ... use sys.set_int_max_str_digits() ...)', the value echoed
whole (a 2 MB value, a 2 MB line). It is too large a number, said as for 10^16, clipped."""

from __future__ import annotations

from pathlib import Path

from conftest import run


def test_a_number_of_thousands_of_digits_is_too_large_and_clipped(project: Path) -> None:
    (project / "s.yaml").write_text(
        f"name: S\nfunder: F\naward: {{max: {'9' * 5_000}}}\n", encoding="utf-8"
    )
    told = run("check", "s.yaml", "-q", cwd=project)
    said = " ".join(told.output.split())
    assert told.exit_code == 2, said
    assert "'99999999999999999999...' is too large a number" in said, said
    assert "set_int_max_str_digits" not in said and len(told.output) < 1_000
