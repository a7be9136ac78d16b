"""The format registry: every name ``--format`` accepts is wired to a reporter, and renders every
example."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from conftest import ROOT, run
from grantcheck.cli.app import app
from grantcheck.cli.check_options import FORMAT_ALIASES, canonical_format
from grantcheck.reporters.registry import REPORTERS

FINDINGS_ONLY = {"sarif", "github", "csv"}  # these list findings, not schemes
EXAMPLES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "examples").rglob("*.yaml"))


def _format_choices() -> list[str]:
    """The choices the check command's --format option offers, as the command line parses them."""
    command = typer.main.get_command(app).commands["check"]  # type: ignore[attr-defined]
    option = next(p for p in command.params if p.name == "format")
    return list(option.type.choices)


def test_every_format_choice_is_a_registered_reporter() -> None:
    # and each short name (md) is of one (trial23 T8)
    assert _format_choices() == [*REPORTERS, *FORMAT_ALIASES]
    assert set(FORMAT_ALIASES.values()) <= set(REPORTERS)


@pytest.mark.parametrize("name", list(REPORTERS))
def test_each_reporter_has_its_interface(name: str) -> None:
    reporter = REPORTERS[name]
    if reporter.streams and reporter.binary:
        module, wanted = reporter.writer(), ("stream_writer",)
    elif reporter.streams:
        module, wanted = reporter.streaming(), ("stream_begin", "stream_scheme", "stream_end")
    else:
        module, wanted = reporter.whole(), ("document",)
    assert all(callable(getattr(module, f, None)) for f in wanted), name


@pytest.mark.parametrize("name", _format_choices())
def test_every_format_renders_every_example(name: str, tmp_path: Path) -> None:
    out = tmp_path / f"report.{name}"
    result = run("check", *EXAMPLES, "-f", name, "-o", str(out))
    assert result.exit_code in (0, 1), result.output
    body = out.read_bytes()
    assert body.strip(), name
    name = canonical_format(name)
    if not REPORTERS[name].binary and name not in FINDINGS_ONLY:
        text = body.decode("utf-8")
        missing = [example for example in EXAMPLES if Path(example).name not in text]
        assert not missing, (name, missing)


def test_a_binary_format_needs_an_output_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from grantcheck.reporters import registry

    monkeypatch.setitem(
        registry.REPORTERS,
        "text",
        registry.Reporter("text", "grantcheck.reporters.text", True, binary=True),
    )
    result = run("check", "examples/micro-grant-worst-practice.yaml", "-f", "text")
    assert result.exit_code == 2 and "binary format" in result.output
