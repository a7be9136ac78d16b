"""Session 19 (house19c): trial19's deviations as users meet them: a count is never "1 errors"
(N12), every effort estimate in every format says what it assumed (N4), diff's lower bounds say
"at least" (N5), a register or YAML value of the wrong type is described in words (N8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import MINIMAL


def test_the_questionnaire_counts_one_error_as_one_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """N12: the questionnaire's close printed '15 findings: 1 errors, 3 warnings, 11 info.'"""
    from grantcheck.cli.init import _verdict
    from grantcheck.cli.workdir import Workdir

    text = MINIMAL + "application:\n  window_days: 7\n"
    _verdict(text, Path("fund.yaml"), Workdir(tmp_path))
    out = capsys.readouterr().out
    assert ": 1 error, " in out and "1 errors" not in out, out


@pytest.mark.parametrize(
    "n,word,shown",
    [
        (1, "day", "1 day"),
        (2, "day", "2 days"),
        (1204, "word", "1,204 words"),
        (2.0, "report", "2 reports"),
        (0.5, "report", "0.5 reports"),
        (1, "scheme ID is", "1 scheme ID is"),
    ],
)
def test_one_plural_helper_for_every_count(n: float, word: str, shown: str) -> None:
    from grantcheck.units import plural

    assert plural(n, word) == shown
