"""'grantcheck init --interactive', driven through a real pseudo-terminal (pexpect)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from grantcheck.questionnaire import QUESTIONS, check_answer, scheme_yaml

TIMEOUT = 60  # the machine may be busy; each step is well under a second alone


def _spawn(folder: Path, *args: str) -> pexpect.spawn:
    return pexpect.spawn(
        sys.executable,
        ["-m", "grantcheck", "init", "--interactive", *args],
        cwd=str(folder),
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(40, 200),
    )


def _answer(child: pexpect.spawn, question: str, text: str) -> None:
    child.expect_exact(question)
    child.expect_exact("> ")
    child.sendline(text)


@pytest.mark.slow  # a whole questionnaire on a terminal (the others keep pexpect in the fast loop)
def test_a_questionnaire_writes_a_scheme_that_check_accepts(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    child = _spawn(tmp_path, "fund.yaml")
    _answer(child, "What is the scheme called?", "")  # required: asked again
    child.expect_exact("grantcheck needs this one")
    child.expect_exact("> ")
    child.sendline("Village Fund")
    _answer(child, "Who runs it", "Example Council")
    _answer(child, "grant or a contract", "loan")
    child.expect_exact("That is not valid: kind must be 'grant' or 'contract', not 'loan'")
    child.expect_exact("> ")
    child.sendline("grant")
    _answer(child, "largest single award", "£5,000")
    child.expect_exact("That is not valid: award.max must be a number")
    child.expect_exact("> ")
    child.sendline("1000")
    _answer(child, "typical award", "5000")
    child.expect_exact("is outside award.min to award.max")
    child.expect_exact("> ")
    child.sendline("750")
    _answer(child, "whole pot", "")
    _answer(child, "How many applications", "40")
    _answer(child, "open for applications (YYYY-MM-DD)", "2026-03-01")
    _answer(child, "close (YYYY-MM-DD)", "2026-03-15")
    for q in QUESTIONS[
        10:
    ]:  # the rest: not known (the window-days question is skipped: dates given)
        if q.key == "application.window_days":
            continue
        _answer(child, q.ask, "" if q.key != "funding.payment" else "in_arrears")
    child.expect_exact("findings:")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    text = (tmp_path / "fund.yaml").read_text(encoding="utf-8")
    assert (
        'name: "Village Fund"' in text
        and 'payment: "in_arrears"' in text
        and "# not known: total" in text
    )
    check = subprocess.run(
        [sys.executable, "-m", "grantcheck", "check", "fund.yaml", "-f", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert (
        check.returncode == 1 and '"application.window_days": 14' in check.stdout
    )  # the short window fails


def test_ctrl_c_leaves_nothing_written(tmp_path: Path) -> None:
    child = _spawn(tmp_path, "fund.yaml")
    _answer(child, "What is the scheme called?", "Fund")
    child.expect_exact("Who runs it")
    child.expect_exact("> ")
    # A ^C that reaches the pseudo-terminal while readline is switching its modes can be read
    # as a character rather than raise SIGINT (a race in the terminal, not in grantcheck, seen
    # only on a loaded machine); press it again, as a user would, at most three times.
    ended = False
    for _ in range(3):
        child.sendintr()
        ended = child.expect([pexpect.EOF, pexpect.TIMEOUT], timeout=10) == 0
        if ended:
            break
    assert ended, "grantcheck did not stop on Ctrl-C"
    child.close()
    assert child.exitstatus == 130 or child.signalstatus is not None
    assert list(tmp_path.iterdir()) == []


def test_end_of_input_leaves_nothing_written(tmp_path: Path) -> None:
    child = _spawn(tmp_path, "fund.yaml")
    child.expect_exact("> ")
    child.sendeof()
    child.expect_exact("nothing was written")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2 and list(tmp_path.iterdir()) == []


def test_without_a_terminal_it_says_what_to_use_instead(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "grantcheck", "init", "--interactive"],
        cwd=tmp_path,
        input="",
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert (
        done.returncode == 2
        and "grantcheck init FILE" in done.stderr
        and "--register" in done.stderr
    )
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_not_overwritten(tmp_path: Path) -> None:
    (tmp_path / "fund.yaml").write_text("mine\n", encoding="utf-8")
    child = _spawn(tmp_path, "fund.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert (
        child.exitstatus == 2 and (tmp_path / "fund.yaml").read_text(encoding="utf-8") == "mine\n"
    )


@pytest.mark.parametrize(
    "key, text, ok",
    [
        ("award.max", "0", False),
        ("award.max", "12.5", True),
        ("engagement.lio_involved", "Yes", True),
        ("funding.months", "x", False),
        ("application.opens", "2026-02-30", False),
        ("name", "", True),
    ],
)
def test_each_answer_is_checked_by_the_scheme_validation(key: str, text: str, ok: bool) -> None:
    _, problem = check_answer(key, text, {})
    assert (problem is None) == ok, problem


def test_a_file_with_every_answer_unknown_but_the_required_ones_loads(tmp_path: Path) -> None:
    from grantcheck.load import load_text
    from grantcheck.validate import validate

    text = scheme_yaml({"name": "A: B # c", "funder": '"Q"', "award.max": 100})
    docs, errors = load_text(text, "x.yaml")
    parsed, errs = validate(docs[0])
    assert not errors and not errs and parsed is not None and parsed.scheme.name == "A: B # c"
