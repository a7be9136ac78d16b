"""Wording a new user tripped over (trial-s4 item 14): the register's row of descriptions, the
questionnaire's answers, file and Ctrl-C, the portfolio legend, HTML and XLSX punctuation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from grantcheck.questionnaire import check_answer, scheme_yaml
from grantcheck.register_columns import columns


def test_register_descriptions_say_required_once_and_a_rows_id() -> None:
    cols = columns()
    assert not [c.key for c in cols.values() if "Required. Required." in c.description]
    assert cols["name"].description.startswith("Required. ")
    assert "Default: the file name" not in cols["id"].description
    assert "row" in cols["id"].description


@pytest.mark.parametrize("typed", ["in advance", "In Advance", "in-advance", " IN_ADVANCE "])
def test_a_closed_answer_is_taken_as_typed(typed: str) -> None:
    assert check_answer("funding.payment", typed, {}) == ("in_advance", None)


def test_a_list_of_closed_answers_is_taken_as_typed() -> None:
    from grantcheck.questionnaire import closed_answer

    key = next(k for k, c in columns().items() if c.kind == "choices")
    first, second = columns()[key].choices[:2]
    typed = f"{first.replace('_', ' ').upper()}; {second.replace('_', ' ')}"
    assert closed_answer(key, typed) == f"{first}; {second}"
    assert closed_answer(key, "nonsense") == "nonsense"  # left for validation to refuse


def test_the_written_file_names_itself_and_leaves_out_what_the_dates_give() -> None:
    import datetime as dt

    answers: dict[str, Any] = {
        "name": "Fund",
        "funder": "Council",
        "award.max": 1000,
        "application.opens": dt.date(2026, 1, 5),
        "application.closes": dt.date(2026, 2, 16),
    }
    text = scheme_yaml(answers, "fund.yaml")
    assert "grantcheck check fund.yaml" in text and "check FILE" not in text
    assert "# not known: window_days" not in text
    assert "# not known: window_days" in scheme_yaml({"name": "F"}, "f.yaml")


def test_ctrl_c_says_nothing_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import signal

    import typer

    from grantcheck.cli import Stopped, interactive
    from grantcheck.cli.workdir import Workdir

    def interrupted(prompt: str = "") -> str:
        raise Stopped(signal.SIGINT)  # what Ctrl-C raises under the CLI's signal handler

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", interrupted)
    with pytest.raises(typer.Exit) as stop:
        interactive.questionnaire(Path("fund.yaml"), False, Workdir(tmp_path))
    assert stop.value.exit_code == 130
    assert "nothing was written" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_portfolio_legend_and_html_and_xlsx_punctuation(policy: Any) -> None:
    from grantcheck.pipeline_scheme import check_text
    from grantcheck.portfolio import build, row_of
    from grantcheck.reporters import html
    from grantcheck.reporters.overview_html import picture
    from grantcheck.reporters.xlsx_report import rule_row

    rules = {r.id: r for r in policy.pack.rules}
    text = "name: A\nfunder: B\naward:\n  max: 1000\napplication:\n  window_days: 5\n"
    results = []
    for name in ("a", "b"):
        results += check_text(text, f"{name}.yaml", Path(f"{name}.yaml"), policy)[0]
    svg = picture(build([row_of(s, rules) for s in results], {}), rules)
    assert "not stated or known" not in svg and "not stated or not known" in svg
    page = html.render(  # type: ignore[call-arg]
        __import__("grantcheck.findings", fromlist=["Report"]).Report(tuple(results[:1]), ()),
        rules,
        "0",
        "check",
    )
    assert ".(limit:" not in page and ". (limit:" in page
    sources = [rule_row(r, ["micro"])[-1] for r in policy.pack.rules]
    assert not [s for s in sources if s and ".;" in s]
